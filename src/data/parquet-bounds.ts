/**
 * The Parquet reader's bounds on footer structs, apart from the reader (`parquet.ts`), which
 * loads hyparquet: the audit sizes a run's pool of footer structs from them for every run, and
 * a run that reads no Parquet file loads neither module (a chunk of its own in the bundle).
 */
/**
 * Most thrift structs a footer may hold (a schema element, a row group, a column chunk, its
 * metadata, statistics and encoding stats): hyparquet parses each into an object of some 370
 * bytes, and 3 million four-byte schema elements (a 12 MB footer) took 923 MB (red team 8 R8-4).
 * A column chunk takes two to six, so 100,000 is 16,000 to 50,000 column chunks (10,000 row
 * groups of 3 columns without statistics, 3,000 of 5 with them): about 40 MB parsed.
 */
export const MAX_FOOTER_STRUCTS = 100_000
/**
 * Footer structs over all the Parquet files a run opens: every audit's files stay open (with
 * their parsed footers) until the run's report is built, so 50 audits of one file held 50 footers.
 */
export const MAX_RUN_FOOTER_STRUCTS = 2 * MAX_FOOTER_STRUCTS
/**
 * Footer bytes over all the Parquet files a run opens (four files' worth of the most one may
 * have, 8 MiB): a footer's strings (key-value metadata, statistics) are held with it until the
 * run's report is built, and 40 audits of one file with 8 MB of key-value text held 459 MB (red
 * team 10 R10-17).
 */
export const MAX_RUN_FOOTER_BYTES = 32 * 1024 * 1024
