/**
 * What every reader gives and every pass reads: a table's columns and records, its source for
 * the fast CSV pass, its column batches for the columnar pass; the record bounds; and how a file
 * system error reads to a user. It imports no reader, so readers and passes depend on it, not on
 * each other.
 */
import { groupDigits, ProblemError, type Problem } from '../config/problem.js'
import type { FileId } from '../files/open.js'
import type { Cell } from './values.js'

/** Records bigger than this are an error, not a memory blow-up (a 200 MB line, say). */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024

/**
 * Most columns a table may have: fields in a CSV/TSV record (the header and every row, counted
 * as they stream), distinct keys of a JSON/JSONL file's records between them.
 */
export const MAX_COLUMNS = 10_000

/**
 * Most characters a table's column names may take between them: 10,000 columns of 100
 * characters. Each audit that reads a file reads its header again and holds its names until the
 * report, so a header of megabytes costs every audit (red team 12 R12-5: 9,992 names of 785
 * characters, a 2-row 7.9 MB CSV of 58 KB gzipped, took 1 s of CPU and 10 MB an audit: 50 audits
 * ran past 48 s and 520 MB). No evaluation table has such a header.
 */
export const MAX_HEADER_CHARS = 1024 * 1024

/** The problem with column names of `chars` characters in all (`what`, at `line`), or null within MAX_HEADER_CHARS. */
export function headerTooLong(chars: number, display: string, line: number, what: string): Problem | null {
  if (chars <= MAX_HEADER_CHARS) return null
  return {
    file: display,
    line,
    message: `${what} take more than ${groupDigits(MAX_HEADER_CHARS)} characters between them (10,000 columns of 100 characters); expected an evaluation table's header: shorten the column names, or keep only the columns the audit reads`,
  }
}

export interface DataRecord {
  cells: Cell[]
  line: number
}

export interface Table {
  /** Every column name in the file (CSV: the header, de-duplicated as pandas does). */
  columns: string[]
  warnings: string[]
  /** Names the header holds more than once: each as `[x, x.1, …]`, the columns it is read as (like pandas). */
  duplicates?: string[][]
  /**
   * Records with the asked-for columns' cells, in that order. `exactText`: columns (group
   * values) whose numbers that a double does not hold exactly are given as their source text.
   */
  records(wanted: readonly string[], options?: RecordOptions): AsyncIterable<DataRecord>
  /** For a delimited text file: where it is, so the fast pass (`fastcsv.ts`) can read its bytes. */
  source?: CsvSource
  /**
   * For a delimited text file: the records from the one at `from` on (where the fast pass stopped),
   * as csv-parse reads them in a read of the whole file: the same cells, lines and problems.
   * `bytes`: the file's bytes from there on, as the pass's one inflation of a gzipped file holds
   * them (`inflated.ts`); else the file is read (inflated from its start) for them.
   */
  recordsFrom?(
    wanted: readonly string[],
    from: ResumePoint,
    bytes?: ByteSource,
  ): AsyncIterable<DataRecord & { end: ResumePoint }>
  /** For a columnar file (Parquet): the asked-for columns in batches of rows, for the columnar pass (`columnar.ts`). */
  batches?(wanted: readonly string[]): AsyncIterable<ColumnBatch>
  /**
   * The rows the file says it holds before a row is read (a Parquet footer's `num_rows`, which
   * the reader checks against its row groups): the run's row budget is charged before the read.
   */
  declaredRows?: number
  /**
   * Each column's type as the file stores it (a Parquet column's physical and logical type, in
   * `columns` order): a value is named by its type (a BOOLEAN `true`, a DOUBLE 1.0 `1`, a string
   * `1.0` as written), so files of one audit must agree on a group column's (`audit.ts`).
   */
  columnTypes?: readonly string[]
  /**
   * Each column's numbers (Parquet, in `columns` order): `exact` for an integer or DECIMAL column,
   * whose values typed readers keep exact; `float` for FLOAT/DOUBLE; `other` for the rest. A text
   * format has none: its numbers are doubles to pandas and DuckDB (`spellingKey`).
   */
  numberKinds?: readonly ('exact' | 'float' | 'other')[]
  /**
   * Pages the reads of this table have read so far (Parquet): the run's row budget counts a
   * page as `PAGE_ROWS` rows (`audit.ts`), as each costs a header and a decode whatever it holds.
   */
  pagesRead?(): number
  /**
   * What one of this table's rows costs a pass, in rows of the run's row budget (`audit.ts`): a
   * JSON record, some 1.4 µs, where a CSV row takes well under 1 (red team 11 R11-11). Absent: 1.
   */
  rowUnits?: number
  /**
   * Decompressed bytes of this table's text that a parser of some 60 ns a byte has read so far,
   * its opening's reads too: JSON.parse and its line split (JSON/JSONL), csv-parse's records (a
   * CSV's records the fast pass leaves it, or all of them). The run's row budget counts
   * `TEXT_BYTES_A_ROW` of them as a row (`audit.ts`).
   */
  textBytes?(): number
  /**
   * Decompressed bytes of this table's file its reads have read so far (CSV: the fast pass's and
   * csv-parse's): a read again is charged at least these, 32 a row (`CSV_BYTES_A_ROW`).
   */
  readBytes?(): number
  /**
   * Adds bytes to what `readBytes` says, for work a pass did on this table's values that its
   * bytes do not show (a Parquet dictionary's long value read again, `keptOf`'s miss).
   */
  chargeBytes?(bytes: number): void
}

export interface RecordOptions {
  /**
   * Columns whose values name groups: a JSON number there is given as its source text in the
   * record (as a CSV gives every cell), since 9007199254740993 and 9007199254740992 parse to one
   * double and would be one group (red team 4 R4-9), and so would `0`, `0.0` and `-0` (red team 6
   * N6-5), which a CSV keeps apart.
   */
  exactText?: ReadonlySet<string>
  /**
   * Told, for a JSON/JSONL record, each `exactText` column's value's JSON kind and its text as the
   * record gives it (not for a missing one): a number 2 and a string "2" are one group name, two
   * values to DuckDB's read_json and pandas (red team 32 R32-1), which `RowChecks` refuses.
   */
  valueKinds?: ValueKinds
}

/** A JSON value's kind, as `RecordOptions.valueKinds` is told it. */
export type JsonKind = 'a number' | 'a string' | 'a boolean' | 'an object or array'

export interface ValueKinds {
  valueKind(column: string, text: string, kind: JsonKind, line: number): void
}

/**
 * A record's place in a delimited text file: its first byte in the file's bytes (gunzipped, the
 * byte-order mark counted) and csv-parse's line count there.
 */
export interface ResumePoint {
  offset: number
  line: number
}

/** A file's bytes (gunzipped) by offset, read forward: those from `offset` on, up to some end (null: the file ends first). */
export interface ByteSource {
  at(offset: number): Promise<Buffer | null>
}

export interface CsvSource {
  path: string
  display: string
  delimiter: string
  /** The header as csv-parse read it, before de-duplication. */
  header: string[]
  /**
   * Where the record after the header starts, when the header's read knows: a pass starts there,
   * and the fast pass does not read the header again.
   */
  dataStart?: ResumePoint | undefined
  limits: ReadLimits
  /** What the reads of this table have read so far (`Table.textBytes`, `Table.readBytes`): the fast pass adds its bytes. */
  work?: CsvWork
}

/** A CSV table's reads so far: for the run's row budget (`audit.ts`). */
export interface CsvWork {
  /** csv-parse's part, in bytes of text: its records' bytes, and `CSV_PARSE_RECORD_BYTES` more a record. */
  parsed: number
  /** Decompressed bytes read, by the fast pass and csv-parse. */
  read: number
}

/**
 * Default cap on a gzip file's decompressed size: 4 GiB, some 60 million rows of a typical
 * evaluation table (at about 200,000 rows a second, several minutes); the config may raise it to
 * 64 GiB. The ratio below is what bounds the work a small committed file can cause.
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 4 * 1024 ** 3
/**
 * Default bound on how many times a gzip file may expand, past its first MiB (`DECOMPRESSION_ALLOWANCE`).
 * Evaluation tables compress 3 to 20 times (predictions, labels, a few attributes, scores); a
 * file of one repeated row reaches deflate's limit, about 1,000: 29 KB expanded 686 times into
 * 3.3 million rows and took over 20 s (red team 4 R4-5). At 100, the work follows the committed
 * bytes: 29 KB gives at most about 4 MB.
 */
export const DEFAULT_MAX_DECOMPRESSION_RATIO = 100
/** Decompressed bytes a gzip file may always take, whatever its ratio (small files compress far). */
export const DECOMPRESSION_ALLOWANCE = 1024 * 1024

export interface ReadLimits {
  maxDecompressedBytes?: number | undefined
  /** Most times a gzip file may expand past DECOMPRESSION_ALLOWANCE (default DEFAULT_MAX_DECOMPRESSION_RATIO). */
  maxDecompressionRatio?: number | undefined
  /** The file the path guard approved: it is opened only while the path still names it (`files/open.ts`). */
  identity?: FileId | undefined
  /**
   * The run's pool of decompressed bytes free of the ratio check, shared by its files: each file
   * takes at most DECOMPRESSION_ALLOWANCE from it and gives back what it did not use. A first MiB
   * free in every file let 1,000 committed 1.5 KB files (a 4 KiB git pack) each expand to over a
   * MiB (red team 6, N6-1). Absent: the file's own allowance.
   */
  allowance?: { left: number } | undefined
  /** The run's pool of Parquet footer entries (`MAX_RUN_FOOTER_STRUCTS` in `parquet.ts`), shared by its files. Absent: the file's own bound only. */
  footers?: { left: number; bytesLeft: number } | undefined
  /**
   * Told while a JSON/JSONL file's keys are read at opening (a pass of its own before the audit's):
   * the records and the decompressed bytes read so far, and whether the pass is done; it may
   * refuse to go on by throwing.
   */
  onKeys?: ((records: number, bytes: number, done: boolean) => void) | undefined
  /**
   * A run's JSON/JSONL keys by content, read once a run: this file's content key (`audit.ts`) and
   * the columns found so far by format and content (50 audits of one file read its keys once).
   */
  keysOf?: { key: string; columns: Map<string, string[]> } | undefined
}

/** Decompressed bytes free of the ratio check in one run, over all its files (DECOMPRESSION_ALLOWANCE each, at most). */
export const RUN_DECOMPRESSION_ALLOWANCE = 16 * 1024 * 1024

/** Rows of a table as columns: the cells of `length` rows, starting at row (line) `line`. */
export interface ColumnBatch {
  line: number
  length: number
  /** One column per asked-for column, in the order asked. */
  columns: BatchColumn[]
}

/**
 * A dictionary-encoded column: row `i` holds `values[codes[i]]`. The columnar pass gives each of
 * the few values its meaning once, not each row (Parquet's group and label columns are so).
 */
export interface CodedColumn {
  readonly codes: Int32Array
  readonly values: readonly Cell[]
}

/** A batch's column: its cells (a typed array for numbers), or dictionary codes. */
export type BatchColumn = ArrayLike<Cell> | CodedColumn

export function isCoded(column: BatchColumn): column is CodedColumn {
  return (column as Partial<CodedColumn>).codes !== undefined
}

/** Row `i`'s cell of a batch column. */
export function cellAt(column: BatchColumn, i: number): Cell {
  return isCoded(column) ? column.values[column.codes[i] as number] : column[i]
}

export function fsProblem(file: string, e: unknown): Problem {
  if (e instanceof ProblemError && e.problems[0]) return e.problems[0]
  const err = e as NodeJS.ErrnoException
  if (err.code === 'ENOENT') return { file, message: 'file not found' }
  if (err.code === 'EACCES') return { file, message: 'permission denied' }
  if (err.code === 'EISDIR') return { file, message: 'is a directory, expected a file' }
  if (
    err.code === 'Z_DATA_ERROR' ||
    err.code === 'Z_BUF_ERROR' ||
    /incorrect header check|unexpected end of file/.test(err.message)
  ) {
    return { file, message: `not a valid gzip file (${err.message})` }
  }
  return { file, message: `cannot read: ${err.message}` }
}
