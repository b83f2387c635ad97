/**
 * Streaming readers: CSV/TSV (csv-parse), JSON Lines, and a JSON array, each optionally
 * gzipped. A reader yields records as cells aligned with the columns asked for, with the
 * line number each came from, and never holds more than one chunk of the file in memory.
 */
import { createReadStream } from 'node:fs'
import { Readable, Transform, type TransformCallback } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import type * as CsvParseModule from 'csv-parse'
import type { CsvError, Options as CsvParseOptions } from 'csv-parse'
import type { FileFormat, Format } from '../config/types.js'
import { ProblemError, type Problem } from '../config/problem.js'
import { isUtf8 } from 'node:buffer'
import {
  type DeferredUtf8,
  fieldCap,
  InvalidUtf8Problem,
  jsonRecordBound,
  lineCap,
  sizeCap,
  utf8Guard,
} from './guards.js'
import { openVerified, verifiedStreamFs } from '../files/open.js'
import { nodeZlib } from '../lazy-builtins.js'
import { showValue, type Cell } from './values.js'
import { dedupeHeader } from './header.js'
import {
  fsProblem,
  headerTooLong,
  MAX_COLUMNS,
  MAX_HEADER_CHARS,
  MAX_RECORD_BYTES,
  type ByteSource,
  type CsvWork,
  type DataRecord,
  type JsonKind,
  type ReadLimits,
  type ResumePoint,
  type Table,
} from './table.js'

export { dedupeHeader, MAX_HEADER_WARNINGS, WARNING_NAME_CHARS, warningName } from './header.js'
export {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  fsProblem,
  MAX_COLUMNS,
  MAX_RECORD_BYTES,
  type CsvSource,
  type DataRecord,
  type ReadLimits,
  type Table,
} from './table.js'

/** The format from the file name, ignoring a trailing .gz. */
export function formatFromPath(path: string): FileFormat | undefined {
  const base = path.toLowerCase().replace(/\.gz$/, '')
  if (base.endsWith('.parquet') || base.endsWith('.pq')) return 'parquet'
  if (base.endsWith('.csv')) return 'csv'
  if (base.endsWith('.tsv') || base.endsWith('.tab')) return 'tsv'
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson')) return 'jsonl'
  if (base.endsWith('.json')) return 'json'
  return undefined
}

/** Bytes a file stream reads at a time when not told: Node's default. */
const READ_CHUNK_BYTES = 64 * 1024

/**
 * The file's bytes: gunzipped (and capped) for .gz, checked to be UTF-8; `chunk`: bytes read at a
 * time (default Node's 64 KiB). `skip`: the bytes from that offset of the (gunzipped) file on, in
 * the chunks a read from the start gives (a plain file is read from the chunk that holds it; a
 * gzipped one is inflated from its start, under the same cap), so that every guard and the parser
 * meet them as they do in a whole read. `held`: the bytes from `skip` on, as a pass's one inflation
 * of a gzipped file holds them (`inflated.ts`), under its cap: the file is not read again.
 */
export function openBytes(
  path: string,
  display: string,
  limits: ReadLimits,
  chunk?: number,
  skip = 0,
  held?: ByteSource,
  deferred?: DeferredUtf8,
): Readable {
  const gz = path.toLowerCase().endsWith('.gz')
  if (held) return guarded([heldBytes(held, skip, chunk ?? READ_CHUNK_BYTES), utf8Guard(display, deferred)], deferred)
  const start = gz ? 0 : skip - (skip % (chunk ?? READ_CHUNK_BYTES))
  const source = createReadStream(path, {
    fs: verifiedStreamFs(limits.identity),
    ...(chunk === undefined ? {} : { highWaterMark: chunk }),
    ...(start > 0 ? { start } : {}),
  })
  const chain: (Readable | Transform)[] = [source]
  if (gz) {
    const gunzip = nodeZlib().createGunzip()
    chain.push(gunzip, sizeCap(display, limits, { gunzip, source }))
  }
  if (skip > start) chain.push(dropBytes(skip - start))
  chain.push(utf8Guard(display, deferred))
  return guarded(chain, deferred)
}

/**
 * The stages piped in order, as one stream: the last one, which every stage's error ends and whose
 * close closes them all. `deferred`: the last stage is a deferred UTF-8 guard; when it stops, the
 * stages before it stop (no later error of theirs, a decompression bound say, is reported before
 * the bytes it passed on are read).
 */
function guarded(chain: (Readable | Transform)[], deferred?: DeferredUtf8): Readable {
  const last = chain[chain.length - 1] as Transform
  if (deferred) {
    deferred.onStop = () => {
      for (let i = 0; i < chain.length - 1; i++) {
        const s = chain[i] as Readable
        s.unpipe()
        s.destroy()
      }
    }
  }
  // pipe() does not forward errors: send each stage's error to the end of the chain.
  for (let i = 0; i < chain.length - 1; i++) {
    const from = chain[i] as Readable
    from.on('error', (e) => last.destroy(e))
    from.pipe(chain[i + 1] as Transform)
  }
  // Nor does it close the source when the end is destroyed (a reader that stops early): close
  // every stage with the end, or the file stays open and gunzip goes on.
  last.on('close', () => {
    for (const s of chain) s.destroy()
  })
  return last
}

/** The bytes of `source` from `offset` on, `chunk` at a time at most (csv-parse parses a whole chunk before it hands over a record). */
function heldBytes(source: ByteSource, offset: number, chunk: number): Readable {
  let at = offset
  return new Readable({
    read() {
      source.at(at).then(
        (bytes) => {
          if (this.destroyed) return
          if (bytes === null) return void this.push(null)
          const part = bytes.length > chunk ? bytes.subarray(0, chunk) : bytes
          at += part.length
          this.push(part)
        },
        (e: unknown) => this.destroy(e as Error),
      )
    },
  })
}

/** Passes a stream's bytes on from its `n`th. */
function dropBytes(n: number): Transform {
  let left = n
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      if (left >= chunk.length) {
        left -= chunk.length
        return cb()
      }
      const rest = left > 0 ? chunk.subarray(left) : chunk
      left = 0
      cb(null, rest)
    },
  })
}

/**
 * `shift`: lines before csv-parse's first (a parse that resumed mid-file): added to its line, and
 * to the line its message names (`at line 7`, `on line 7`: csv-parse's words, once, before any
 * value), so that the problem reads as in a read of the whole file.
 */
function csvProblem(file: string, e: unknown, shift = 0): Problem {
  if (e instanceof ProblemError && e.problems[0]) return e.problems[0]
  const problem = csvParseProblem(file, e, shift)
  if (shift === 0) return problem
  return {
    ...problem,
    message: problem.message.replace(
      /\b(at|on) line (\d+)/,
      (_, w: string, n: string) => `${w} line ${Number(n) + shift}`,
    ),
  }
}

function csvParseProblem(file: string, e: unknown, shift: number): Problem {
  const err = e as Error & { code?: string; lines?: number; column?: number }
  if (!err.code?.startsWith('CSV_')) return fsProblem(file, e)
  const line = err.lines === undefined ? undefined : err.lines + shift
  switch (err.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const m = /expect (\d+), got (\d+)/.exec(err.message)
      return { file, line, message: m ? `expected ${m[1]} fields like the header, found ${m[2]}` : err.message }
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        file,
        line,
        message: `reached the end of the file (line ${line}) inside a quoted field: a " was opened and never closed`,
      }
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return {
        file,
        line,
        message: 'unexpected character after a closing quote; a quote inside a quoted field must be doubled ("")',
      }
    case 'CSV_MAX_RECORD_SIZE':
      return {
        file,
        line,
        message: `a record is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; is this the right file and delimiter?`,
      }
    default:
      return { file, line, message: err.message }
  }
}

interface CsvOptions {
  delimiter: string
}

/**
 * Every line ending ends a record, whichever came first in the file: csv-parse on its own
 * takes the first one it meets as the only one, so in a file that mixes LF and CRLF lines
 * the others kept a `\r` in their last field (`A` and `A\r`, two groups that print alike).
 * CRLF first, so that it is one ending, not two; a bare CR (classic Mac) is one too.
 * Inside a quoted field a line ending stays part of the value.
 */
const RECORD_DELIMITERS = ['\r\n', '\n', '\r']

function csvParseOptions(opts: CsvOptions): CsvParseOptions {
  return {
    bom: true,
    delimiter: opts.delimiter,
    record_delimiter: RECORD_DELIMITERS,
    info: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    relax_column_count: false,
  }
}

type CsvParse = typeof CsvParseModule
let csvParse: Promise<CsvParse> | undefined
/**
 * csv-parse, loaded on first use (a chunk of its own in the bundle): a CSV whose header is plain
 * and whose rows the fast pass reads never needs it, and its module cost every run's start.
 */
const loadCsvParse = (): Promise<CsvParse> => (csvParse ??= import('csv-parse'))

async function csvParser(opts: CsvOptions, records: number, extra: Partial<CsvParseOptions> = {}) {
  const { parse } = await loadCsvParse()
  return parse({ ...csvParseOptions(opts), to: records, ...extra })
}

/** Thrown from csv-parse's `on_skip` to end its parse at the record it is noting, mid-chunk. */
const STOP_AT_MALFORMED = new Error('stop at the first malformed record')

/**
 * csv-parse finds a malformed record (ragged, a stray quote) while it parses a chunk, before
 * the records ahead of it in that chunk reach the reader: thrown there, it would be reported
 * before a problem on an earlier row. This parser notes the first one (`malformed`), ends its
 * output after the records ahead of it, and parses nothing further: the reader throws it when
 * the records run out, in file order, as the fast pass reports it. Parsing on past it (csv-parse's
 * `skip_records_with_error` alone) built a CsvError of every later bad record, and a file of bad
 * lines with no good one after the first was all of them (red team 10, R10-20: 520,000
 * one-space lines, a 1 KB .gz, kept 1.16 GB). A record past the size bound is an error at once.
 */
/** What `firstMalformedParser` makes: csv-parse's parser that stops at the first malformed record. */
interface FirstMalformed extends Transform {
  readonly malformed: CsvError | undefined
}

/** The class of FirstMalformedParser, made once csv-parse is loaded (it extends csv-parse's Parser). */
function firstMalformedClass(Parser: CsvParse['Parser']) {
  return class FirstMalformedParser extends Parser {
    private readonly noted: { error?: CsvError }
    private readonly onStop: () => void

    constructor(opts: CsvOptions, onStop: () => void) {
      const noted: { error?: CsvError } = {}
      super({
        ...csvParseOptions(opts),
        skip_records_with_error: true,
        on_skip: (e) => {
          if (e === undefined || e.code === 'CSV_MAX_RECORD_SIZE') throw e
          noted.error = e
          throw STOP_AT_MALFORMED
        },
      })
      this.noted = noted
      this.onStop = onStop
    }

    /** The first malformed record's error, once the parse reached it. */
    get malformed(): CsvError | undefined {
      return this.noted.error
    }

    override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
      super._transform(chunk, encoding, (err?: Error | null) => {
        if (err !== STOP_AT_MALFORMED) return callback(err)
        // csv-parse is stopped now (it takes no more input): end the output after what it pushed.
        this.onStop()
        callback()
        this.push(null)
      })
    }

    override _flush(callback: TransformCallback): void {
      // The last record, parsed at the end of the input: its output ends after the flush as usual.
      super._flush((err?: Error | null) => callback(err === STOP_AT_MALFORMED ? null : err))
    }
  }
}

let firstMalformed: ReturnType<typeof firstMalformedClass> | undefined

/** A FirstMalformedParser for `opts`; `onStop` is told when it stops at a malformed record. */
async function firstMalformedParser(opts: CsvOptions, onStop: () => void): Promise<FirstMalformed> {
  const { Parser } = await loadCsvParse()
  firstMalformed ??= firstMalformedClass(Parser)
  return new firstMalformed(opts, onStop)
}

export function headerParser(opts: CsvOptions): ReturnType<typeof csvParser> {
  // A header of more than MAX_HEADER_CHARS stops the parse there, not at the record's 8 MiB
  // (red team 12 R12-5: csv-parse took 0.6 s an audit over a 7.9 MB header).
  return csvParser(opts, 1, { max_record_size: MAX_HEADER_CHARS })
}

/**
 * A CSV file's bytes with every record's fields counted as they stream (MAX_COLUMNS); `from`: from
 * that record on, the header's width known.
 */
function csvBytes(
  path: string,
  display: string,
  opts: CsvOptions,
  limits: ReadLimits,
  chunk?: number,
  from?: { at: ResumePoint; width: number; held?: ByteSource | undefined },
  deferred?: DeferredUtf8,
): Readable {
  const bytes = openBytes(path, display, limits, chunk, from?.at.offset, from?.held, deferred)
  const cap = fieldCap(display, opts.delimiter, MAX_COLUMNS, from && { line: from.at.line, width: from.width })
  bytes.on('error', (e) => cap.destroy(e))
  cap.on('close', () => bytes.destroy())
  return bytes.pipe(cap)
}

/** Bytes read at a time for a CSV file's header (a header is a few hundred bytes). */
const HEADER_CHUNK_BYTES = 4096

/**
 * The header of an uncompressed CSV file whose first line is plain — no quote, not empty, ended
 * within the first HEADER_CHUNK_BYTES or by the end of the file — from one read of that chunk:
 * what the parser's read in `openCsv` gives for it (the fields between delimiters, a BOM
 * dropped), without a stream and a parser, which cost ~15 ms of CPU at the start of every run
 * for a few hundred bytes. The chunk is checked as `utf8Guard` checks the stream's first one (a
 * chunk that small holds no record of more than MAX_COLUMNS fields). Null for any other file,
 * and when the file cannot be opened: the parser reads it, with its messages. `dataStart`: where
 * the record after it starts (unknown when the chunk ends with the header's CR).
 */
async function plainHeader(path: string, opts: CsvOptions, limits: ReadLimits): Promise<CsvHeader | null> {
  const d = opts.delimiter
  if (path.toLowerCase().endsWith('.gz') || d.length === 0 || /["\r\n]/.test(d)) return null
  let handle: Awaited<ReturnType<typeof openVerified>>
  try {
    handle = await openVerified(path, limits.identity)
  } catch {
    return null
  }
  try {
    const chunk = Buffer.alloc(HEADER_CHUNK_BYTES)
    const { bytesRead } = await handle.read(chunk, 0, HEADER_CHUNK_BYTES, 0)
    const whole =
      bytesRead < HEADER_CHUNK_BYTES && (await handle.read(Buffer.alloc(1), 0, 1, bytesRead)).bytesRead === 0
    const bytes = chunk.subarray(0, bytesRead)
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    let end = start
    while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++
    if (end === start || (end === bytes.length && !whole)) return null
    // The header's bytes only: the records' are the pass's to check, after the records ahead of them.
    if (!isUtf8(bytes.subarray(0, end))) return null
    const line = bytes.toString('utf8', start, end)
    if (line.includes('"')) return null
    // After its ending: LF, CRLF or a bare CR (csv-parse's record delimiters), or the end of the file.
    const next =
      end === bytes.length
        ? end
        : bytes[end] === 10
          ? end + 1
          : end + 1 < bytes.length
            ? bytes[end + 1] === 10
              ? end + 2
              : end + 1
            : whole
              ? end + 1
              : -1
    return { names: line.split(d), dataStart: next < 0 ? undefined : { offset: next, line: 2 } }
  } catch {
    return null
  } finally {
    await handle.close()
  }
}

/** A header's data start as the run's header cache keeps it ([offset, line]). */
function startOf(kept: string[] | undefined): ResumePoint | undefined {
  return kept?.length === 2 ? { offset: Number(kept[0]), line: Number(kept[1]) } : undefined
}

/** What a CSV header's problem of length calls its names (`headerTooLong`). */
const HEADER_NAMES = "the header's column names"

/**
 * A CSV file's header: its names, as csv-parse reads its first record, and where the record after
 * it starts, when known: a pass starts there and does not read the header again (red team 12
 * R12-7: a header over the fast pass's 1 MiB sent every audit's read of its file to csv-parse).
 */
interface CsvHeader {
  names: string[]
  dataStart?: ResumePoint | undefined
}

/** The header read by csv-parse: its first record (no names for a file of none). */
async function parsedHeader(path: string, display: string, opts: CsvOptions, limits: ReadLimits): Promise<CsvHeader> {
  // One record: what gunzip gives at once (all of a small file, a MiB of it at a high ratio) is
  // written to the parser before the stream can be stopped, and without `to` every record of it
  // was parsed (red team 6: 1,000 one-MiB .gz files took 17 s to open).
  const parser = await headerParser(opts)
  // Bytes that are not UTF-8 after the header are the pass's to report, after the records ahead of them.
  const deferred: DeferredUtf8 = {}
  const cutShort = (bytes: number | undefined): boolean =>
    deferred.problem !== undefined && (bytes ?? Infinity) > (deferred.lineStart ?? 0)
  return new Promise<CsvHeader>((resolve, reject) => {
    const stream = csvBytes(path, display, opts, limits, HEADER_CHUNK_BYTES, undefined, deferred)
    let done = false
    const finish = (fn: () => void): void => {
      if (done) return
      done = true
      stream.destroy()
      fn()
    }
    parser.on('readable', () => {
      const rec = parser.read() as { record: string[]; info: { lines: number; bytes: number } } | null
      // csv-parse's `info.bytes` runs to the record's end, its ending (and a byte-order mark) included.
      if (rec && deferred.problem && cutShort(rec.info.bytes)) {
        const problem = deferred.problem
        finish(() => reject(problem))
      } else if (rec)
        finish(() => resolve({ names: rec.record, dataStart: { offset: rec.info.bytes, line: rec.info.lines + 1 } }))
    })
    parser.on('error', (e) => {
      const err = e as { code?: string; bytes?: number }
      if (deferred.problem && (err.code === 'CSV_QUOTE_NOT_CLOSED' || cutShort(err.bytes))) {
        const problem = deferred.problem
        return finish(() => reject(problem))
      }
      const long = err.code === 'CSV_MAX_RECORD_SIZE'
      const problem = long ? headerTooLong(MAX_HEADER_CHARS + 1, display, 1, HEADER_NAMES) : null
      finish(() => reject(new ProblemError([problem ?? csvProblem(display, e)])))
    })
    parser.on('end', () => {
      const problem = deferred.problem
      finish(() => (problem ? reject(problem) : resolve({ names: [] })))
    })
    stream.on('error', (e) => finish(() => reject(new ProblemError([fsProblem(display, e)]))))
    stream.pipe(parser)
  })
}

async function openCsv(path: string, display: string, opts: CsvOptions, limits: ReadLimits): Promise<Table> {
  // Read the header with its own short-lived parser, so that header problems surface
  // before the pass, together with config problems. In chunks of HEADER_CHUNK_BYTES: csv-parse
  // parses the whole of a chunk before it hands over the first record, and a 64 KiB first chunk
  // (every row of a 1,000-row COMPAS file's first 180) took ~100 ms of a 1 s run; a longer header
  // takes more chunks.
  // A file's header is read once a run, by content (`ReadLimits.keysOf`, as a JSON file's keys):
  // each audit read a header of 10,000 long names again, some 0.4 s of csv-parse (red team 12 R12-7).
  const cache = limits.keysOf
  const cacheKey = cache ? `csv:${opts.delimiter}:${cache.key}` : ''
  let header = cache?.columns.get(cacheKey)
  // Where its data starts, kept with it as [offset, line] (the cache holds lists of names).
  let dataStart = startOf(cache?.columns.get(`${cacheKey}:data`))
  if (header === undefined) {
    const read = (await plainHeader(path, opts, limits)) ?? (await parsedHeader(path, display, opts, limits))
    header = read.names
    dataStart = read.dataStart
    if (header.length === 0)
      throw new ProblemError([{ file: display, line: 1, message: 'the file is empty; expected a header row' }])
    let chars = 0
    for (const name of header) chars += name.length
    const long = headerTooLong(chars, display, 1, HEADER_NAMES)
    if (long) throw new ProblemError([long])
    cache?.columns.set(cacheKey, header)
    if (dataStart) cache?.columns.set(`${cacheKey}:data`, [String(dataStart.offset), String(dataStart.line)])
  }
  const { columns, warnings, duplicates } = dedupeHeader(header)
  const work: CsvWork = { parsed: 0, read: 0 }
  return {
    columns,
    warnings,
    duplicates,
    source: { path, display, delimiter: opts.delimiter, header, limits, dataStart, work },
    records: (wanted) =>
      csvRecords(
        path,
        display,
        opts,
        limits,
        header.length,
        wanted.map((w) => columns.indexOf(w)),
        work,
      ),
    recordsFrom: (wanted, from, bytes) =>
      csvRecords(
        path,
        display,
        opts,
        limits,
        header.length,
        wanted.map((w) => columns.indexOf(w)),
        work,
        from,
        bytes,
      ),
    // csv-parse's records: some 60 ns a byte, where the fast pass reads a row in a fraction of a µs.
    // A .csv.gz of records with 1.1 MiB cells in a column no audit reads, at the config's ratio of
    // 1100, was csv-parse's from end to end and cost a row a record: 221 KB ran 12.7 s of CPU an
    // audit, 50 audits some 10 minutes (red team 16 R16-3).
    textBytes: () => work.parsed,
    readBytes: () => work.read,
  }
}

/**
 * What csv-parse's read of a record costs beyond its bytes, in bytes of text (`Table.textBytes`,
 * 16 a row of the run's bound): some 5 µs a short record, 4 rows. A delimiter the fast pass does
 * not take (`§`) sent a 93 KB .csv.gz of 6 million short rows to csv-parse, 35 s of CPU charged a
 * row and a half each (red team 17 R17-2).
 */
export const CSV_PARSE_RECORD_BYTES = 64

/**
 * A CSV file's records (cells of columns `idx`), read by csv-parse; `from`: from that record on.
 * csv-parse then starts on a record of the header's width (`width` empty fields, or one letter),
 * which it takes, as in a whole read, for the width every record must have: skipped as the header
 * is, and csv-parse's lines are those after that record's line, `from.line - 1`. `held`: the bytes
 * from `from` on, as the pass's inflation of a gzipped file holds them.
 */
async function* csvRecords(
  path: string,
  display: string,
  opts: CsvOptions,
  limits: ReadLimits,
  width: number,
  idx: readonly number[],
  work: CsvWork,
  from?: ResumePoint,
  held?: ByteSource,
): AsyncGenerator<{ cells: Cell[]; line: number; end: ResumePoint }> {
  // A malformed record is thrown after the records ahead of it (FirstMalformedParser); csv-parse
  // is loaded before the stream opens, so the stream's errors always have their listener.
  await loadCsvParse()
  // Bytes that are not UTF-8 end the bytes csv-parse reads, and are reported after the records
  // ahead of them, as the fast pass reports them (in file order, whatever the chunks).
  const deferred: DeferredUtf8 = {}
  const stream = csvBytes(path, display, opts, limits, undefined, from && { at: from, width, held }, deferred)
  const parser = await firstMalformedParser(opts, () => {
    stream.unpipe(parser)
    stream.destroy()
  })
  stream.on('error', (e) => parser.destroy(e))
  const shift = from ? from.line - 2 : 0
  const first = from ? widthRecord(opts.delimiter, width) : ''
  // Where the bytes csv-parse counts start in the file (its `info.bytes` runs to a record's end, its ending included).
  const base = from ? from.offset - first.length : 0
  if (from) parser.write(first)
  stream.pipe(parser)
  let header = true
  // The width record a read from a record on starts with is none of the file's: its bytes are not
  // counted, nor is it as a record.
  let counted = first.length
  // Whether the parse's error or malformed record `e` is the line with the bytes that are not
  // UTF-8 (csv-parse met the end of the bytes there): that problem is the one to report.
  const cutShort = (e: unknown): boolean => {
    if (!deferred.problem) return false
    const err = e as { code?: string; bytes?: number }
    return err.code === 'CSV_QUOTE_NOT_CLOSED' || base + (err.bytes ?? Infinity) > fileOffset(deferred.lineStart)
  }
  const fileOffset = (at: number | undefined): number => (from ? from.offset : 0) + (at ?? 0)
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      // A record past the start of the line that is not UTF-8 is that line, cut short.
      if (deferred.problem && base + rec.info.bytes > fileOffset(deferred.lineStart)) throw deferred.problem
      const bytes = rec.info.bytes - counted
      counted = rec.info.bytes
      if (!header || !from) {
        work.read += bytes
        work.parsed += bytes + CSV_PARSE_RECORD_BYTES
      }
      if (header) {
        header = false
        continue
      }
      const r = rec.record
      const line = rec.info.lines + shift
      yield { cells: idx.map((i) => r[i]), line, end: { offset: base + rec.info.bytes, line: line + 1 } }
    }
    if (parser.malformed) throw cutShort(parser.malformed) ? deferred.problem : parser.malformed
    if (deferred.problem) throw deferred.problem
  } catch (caught) {
    const e = !(caught instanceof ProblemError) && cutShort(caught) ? deferred.problem : caught
    if (from && e instanceof InvalidUtf8Problem) throw await utf8ProblemFrom(e, path, display, limits, from.offset)
    throw new ProblemError([csvProblem(display, e, shift)])
  } finally {
    stream.destroy()
  }
}

/** A record of `width` fields that is not an empty line, in a delimited file of one-character `delimiter`. */
function widthRecord(delimiter: string, width: number): string {
  return `${delimiter === 'a' ? 'b' : 'a'}${delimiter.repeat(width - 1)}\n`
}

/**
 * The UTF-8 guard's problem in a read that started at `offset`: its line counts the LFs after it,
 * so those before it are counted (a read of the file up to there, only on this error path).
 */
async function utf8ProblemFrom(
  e: InvalidUtf8Problem,
  path: string,
  display: string,
  limits: ReadLimits,
  offset: number,
): Promise<ProblemError> {
  let lfs = 0
  let left = offset
  try {
    const source = createReadStream(path, { fs: verifiedStreamFs(limits.identity) })
    const bytes: Readable = path.toLowerCase().endsWith('.gz') ? source.pipe(nodeZlib().createGunzip()) : source
    try {
      for await (const chunk of bytes as AsyncIterable<Buffer>) {
        const part = left < chunk.length ? chunk.subarray(0, left) : chunk
        for (let i = part.indexOf(10); i !== -1; i = part.indexOf(10, i + 1)) lfs++
        left -= part.length
        if (left === 0) break
      }
    } finally {
      source.destroy()
      bytes.destroy()
    }
  } catch (err) {
    return new ProblemError([fsProblem(display, err)])
  }
  return new ProblemError(e.problems.map((p) => (p.line === undefined ? p : { ...p, line: p.line + lfs })))
}

function jsonRecord(display: string, value: unknown, line: number): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProblemError([
      {
        file: display,
        line,
        message: `expected a JSON object per record, got ${Array.isArray(value) ? 'an array' : typeof value}`,
      },
    ])
  }
  return value as Record<string, unknown>
}

/** Deeper arrays and objects in a cell an audit reads are an error: JSON.stringify would overflow the stack. */
export const MAX_CELL_DEPTH = 64

/** Whether a JSON value nests arrays or objects more than `limit` levels deep; iterative, so any depth is safe to ask about. */
function nestsDeeper(v: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: v, depth: 1 }]
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number }
    if (typeof value !== 'object' || value === null) continue
    if (depth > limit) return true
    for (const child of Array.isArray(value) ? value : Object.values(value))
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 })
  }
  return false
}

/**
 * A record's value of one column as a cell: a scalar as it is, an array or object as its
 * JSON text. Only the record's own keys count: a record without a `constructor` or
 * `__proto__` key has that column missing, not Object.prototype's member.
 */
function cellOf(obj: Record<string, unknown>, column: string, display: string, line: number): Cell {
  if (!Object.hasOwn(obj, column)) return undefined
  const v = obj[column]
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return v
  if (nestsDeeper(v, MAX_CELL_DEPTH)) {
    throw new ProblemError([
      {
        file: display,
        line,
        message: `column '${column}' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
      },
    ])
  }
  return JSON.stringify(v)
}

/** A record of a JSON/JSONL file: the parsed object, its line, and its text. */
interface JsonRecord {
  obj: Record<string, unknown>
  line: number
  text: string
}

/** Where the JSON value that starts at `i` of valid JSON `text` ends (exclusive). */
function skipValue(text: string, i: number): number {
  let depth = 0
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      i = skipString(text, i) - 1
      if (depth === 0) return i + 1
    } else if (c === 0x7b || c === 0x5b) depth++
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return i
      if (--depth === 0) return i + 1
    } else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)) return i
  }
  return i
}

/** Where the JSON string that starts with the quote at `i` ends (after its closing quote). */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5c) i++
    else if (c === 0x22) return i + 1
  }
  return i
}

/**
 * The top-level keys that a JSON object's text holds more than once, each with the text of every
 * copy's value, or null when there are none. JSON.parse keeps the last copy without a word, while a
 * reviewer, and some readers, see the first. `keys` is how many keys the parsed object has: every
 * key is followed by a colon, so text with no more colons than keys has no key twice, and only
 * other records (colons in values, nested objects) are scanned.
 */
export function duplicateKeys(text: string, keys: number, only?: ReadonlySet<string>): Map<string, string[]> | null {
  let colons = 0
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) if (++colons > keys) break
  if (colons <= keys) return null
  const values = new Map<string, string[]>()
  let dup = false
  forEachMember(text, (key, i, valueEnd) => {
    const copies = values.get(key)
    if (only && !only.has(key)) {
      // A key the audit does not read: that it repeats is all that is kept, never its copies
      // (1.68 million copies of one such key a line took 313 MB).
      if (copies) dup = true
      else values.set(key, [])
    } else if (copies) {
      dup = true
      const copy = text.slice(i, valueEnd)
      if (!only || copies.length === 1) copies.push(copy)
      // With `only`, two copies at most: the first, and one that differs from it if any does (all
      // the check needs).
      else if (
        canonical(copies[1] as string) === canonical(copies[0] as string) &&
        canonical(copy) !== canonical(copies[0] as string)
      )
        copies[1] = copy
    } else values.set(key, [text.slice(i, valueEnd)])
  })
  if (!dup) return null
  for (const [k, v] of values) if (v.length < 2) values.delete(k)
  return values
}

/**
 * The source texts of the numbers, objects and arrays a JSON object's text gives the top-level
 * `keys` (each key's last copy, as JSON.parse keeps; a key whose value is a string, a boolean or
 * null is left out), in one walk: `9007199254740993`, which JSON.parse rounds, and `0.0`, `-0`,
 * `1e2`, which it reads as 0, 0 and 100, kept as written, as a CSV cell is; and `{"a":1.0}`,
 * `{"a":1,"a":2}` or `[9007199254740993]`, which JSON.stringify of the parsed value would write
 * as `{"a":1}`, `{"a":2}` and `[9007199254740992]` (red team 8 R8-10: one group each).
 */
export function sourceTexts(text: string, keys: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>()
  forEachMember(text, (name, i, valueEnd) => {
    if (!keys.has(name)) return
    const value = text.slice(i, valueEnd)
    if (/^[-\d{[]/.test(value)) found.set(name, value)
    else found.delete(name)
  })
  return found
}

/**
 * Calls `each` with every top-level member of a JSON object's text, in order: its key (parsed)
 * and where its value's text starts and ends. The walk duplicateKeys and sourceTexts share.
 */
function forEachMember(text: string, each: (key: string, valueStart: number, valueEnd: number) => void): void {
  let i = text.indexOf('{') + 1
  const ws = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  }
  for (;;) {
    ws()
    if (text[i] !== '"') break
    const end = skipString(text, i)
    const key = JSON.parse(text.slice(i, end)) as string
    i = end
    ws()
    i++ // the colon
    ws()
    const valueEnd = skipValue(text, i)
    each(key, i, valueEnd)
    i = valueEnd
    ws()
    if (text[i] !== ',') break
    i++
  }
}

/** A JSON value's text in one spelling (`1.0` and `1`, spaces), as checkDuplicates compares copies. */
function canonical(text: string): string {
  return JSON.stringify(JSON.parse(text))
}

/**
 * A text file's read so far: its decompressed bytes (characters, for a JSON array), and what to
 * tell each time a chunk is read (a blank line is no record, but its bytes cost a read).
 */
interface TextRead {
  bytes: number
  each?: () => void
}

/** Lines of one stretch of a text file, in order: their texts and their 1-based numbers. */
export interface LineBatch {
  texts: string[]
  lines: number[]
}

/** Whether a line may be blank for `String.prototype.trim` (its whitespace is at most U+0020 or at least U+00A0). */
function mayBeBlank(text: string): boolean {
  const c = text.charCodeAt(0)
  return !(c > 0x20 && c < 0xa0)
}

/**
 * Splits text, given a piece at a time, into lines as readline splits them (CRLF, LF and a bare
 * CR each end a line, a CRLF across two pieces is one), numbered from 1, and keeps those that
 * hold more than spaces and tabs (`texts`, `lines`; the caller takes them as it goes). A plain
 * class, not the reader's generator: V8 optimises its loop, ~3 ns a blank line, not ~14.
 */
class LineSplitter {
  texts: string[] = []
  lines: number[] = []
  private line = 1
  private rest = ''
  // The last piece ended in a CR: a LF at the start of the next is the same line ending.
  private cr = false

  /** Splits the next piece of the text; the line it leaves open waits for the next piece or `end`. */
  split(text: string): void {
    if (text === '') return
    let from = this.cr && text.charCodeAt(0) === 10 ? 1 : 0
    this.cr = false
    let line = this.line
    // The next LF and CR at or after `from` (-1: none left), each searched for once.
    let lf = text.indexOf('\n', from)
    let cReturn = text.indexOf('\r', from)
    for (;;) {
      // A run of blank lines (spaces and tabs, LF or CRLF endings) at byte speed.
      if (this.rest === '')
        for (;;) {
          let j = from
          let c = text.charCodeAt(j)
          while (c === 0x20 || c === 0x09) c = text.charCodeAt(++j)
          if (c === 10) from = j + 1
          else if (c === 13 && text.charCodeAt(j + 1) === 10) from = j + 2
          else if (c === 13 && j + 1 < text.length) from = j + 1
          else break
          line++
        }
      if (lf !== -1 && lf < from) lf = text.indexOf('\n', from)
      if (cReturn !== -1 && cReturn < from) cReturn = text.indexOf('\r', from)
      let end: number
      let ending = 1
      if (cReturn !== -1 && (lf === -1 || cReturn < lf)) {
        end = cReturn
        if (text.charCodeAt(end + 1) === 10) ending = 2
      } else if (lf !== -1) end = lf
      else break
      const piece = this.rest + text.slice(from, end)
      this.rest = ''
      if (piece !== '') this.add(piece, line)
      line++
      from = end + ending
      if (ending === 1 && end === cReturn && from === text.length) this.cr = true
    }
    this.line = line
    this.rest += text.slice(from)
  }

  /** The last line, if the text does not end with a line ending. */
  end(last: string): void {
    const text = this.rest + last
    this.rest = ''
    if (text !== '') this.add(text, this.line)
  }

  private add(text: string, line: number): void {
    // A blank line the run above did not take (at a piece's end, or after a partial line).
    let j = 0
    for (let c = text.charCodeAt(0); c === 0x20 || c === 0x09; c = text.charCodeAt(++j));
    if (j === text.length) return
    this.texts.push(line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    this.lines.push(line)
  }
}

/**
 * Lines of a (possibly gzipped) text file that hold any text but spaces and tabs, with 1-based
 * numbers (the others count, and are not given), a chunk of the file at a time (`LineSplitter`).
 * A line cost an async iteration each, ~1 µs (readline's, then this reader's): 5 M empty lines
 * were 9.3 s an audit (red team 10, R10-21), and 5 M lines of one space, which JSON allows as
 * a blank line, still 5.5 s (red team 11, R11-7).
 */
export async function* lineBatches(
  path: string,
  display: string,
  limits: ReadLimits,
  read: TextRead = { bytes: 0 },
): AsyncGenerator<LineBatch> {
  // Bytes that are not UTF-8 end the text: the lines ahead of them are handed over first, in file order.
  const deferred: DeferredUtf8 = {}
  const bytes = openBytes(path, display, limits, undefined, 0, undefined, deferred)
  // The cap applies while the line streams in: a line is not buffered whole past it.
  const stream = lineCap(display, MAX_RECORD_BYTES, `line is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MiB`)
  bytes.on('error', (e) => stream.destroy(e))
  stream.on('close', () => bytes.destroy())
  bytes.pipe(stream)
  const decoder = new StringDecoder('utf8')
  const splitter = new LineSplitter()
  /** The lines split so far, handed over (and the splitter's lists started anew). */
  const take = (): LineBatch => {
    const batch = { texts: splitter.texts, lines: splitter.lines }
    splitter.texts = []
    splitter.lines = []
    return batch
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read.bytes += chunk.length
      read.each?.()
      // Only the new text is searched: a long line across many chunks is not scanned again.
      splitter.split(decoder.write(chunk))
      if (splitter.texts.length > 0) yield take()
    }
    // The line the bad bytes are on is not handed over cut short.
    if (deferred.problem) throw deferred.problem
    splitter.end(decoder.end())
    if (splitter.texts.length > 0) yield take()
  } catch (e) {
    if (e instanceof ProblemError) throw e
    throw new ProblemError([fsProblem(display, e)])
  } finally {
    stream.destroy()
  }
}

/** A JSON Lines file's line as a record: bounded, parsed, an object. */
function jsonlRecord(display: string, text: string, line: number): JsonRecord {
  // Bounded on the text, for every key: JSON.parse would build all of it first.
  const bound = jsonRecordBound(text, MAX_CELL_DEPTH)
  if (bound !== null) throw new ProblemError([{ file: display, line, message: bound }])
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new ProblemError([{ file: display, line, message: `invalid JSON: ${(e as Error).message}` }])
  }
  return { obj: jsonRecord(display, value, line), line, text }
}

/**
 * A JSON Lines file's records, a chunk of the file at a time. A line that is not a record is
 * thrown after the records ahead of it in its chunk are handed over, in file order.
 */
async function* jsonlBatches(
  path: string,
  display: string,
  limits: ReadLimits,
  read: TextRead,
): AsyncGenerator<JsonRecord[]> {
  for await (const { texts, lines: numbers } of lineBatches(path, display, limits, read)) {
    const out: JsonRecord[] = []
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k] as string
      if (mayBeBlank(text) && text.trim() === '') continue
      let record: JsonRecord
      try {
        record = jsonlRecord(display, text, numbers[k] as number)
      } catch (e) {
        if (out.length > 0) yield out
        throw e
      }
      out.push(record)
    }
    if (out.length > 0) yield out
  }
}

/** JavaScript's `\s`: what may stand around a JSON array's elements (and after it) here. */
function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true
  return c >= 0xa0 && /\s/.test(String.fromCharCode(c))
}

/**
 * The elements of a top-level JSON array, a chunk of the file at a time: a small scanner splits
 * the text at top-level commas (tracking strings and nesting), and JSON.parse reads each element.
 * An element that is not a record is thrown after the records ahead of it in its chunk.
 */
async function* jsonArrayBatches(
  path: string,
  display: string,
  limits: ReadLimits,
  read: TextRead,
): AsyncGenerator<JsonRecord[]> {
  // Bytes that are not UTF-8 end the text: the elements ahead of them are handed over first, in file order.
  const deferred: DeferredUtf8 = {}
  const stream = openBytes(path, display, limits, undefined, 0, undefined, deferred)
  stream.setEncoding('utf8')
  let line = 1
  let depth = 0
  let inString = false
  let escape = false
  let started = false
  let ended = false
  let buf = ''
  let elementLine = 1
  let out: JsonRecord[] = []
  let commas = 0
  /**
   * The element read up to a comma or the closing `]` (`last`). An empty one is JSON only as the
   * whole of `[]`: two commas, a comma first or a comma before the `]` are refused, as JSON.parse,
   * Python's json and pandas refuse them (red team 29 R29-5: they were skipped, the file audited).
   */
  const emit = (last = false): void => {
    const text = buf.trim()
    buf = ''
    if (text === '') {
      if (last && commas === 0) return
      throw new ProblemError([
        {
          file: display,
          line: elementLine,
          message: `invalid JSON: an empty element (${last ? 'a comma before the closing "]"' : 'a comma with no value before it'}); expected a JSON array of objects separated by single commas`,
        },
      ])
    }
    const bound = jsonRecordBound(text, MAX_CELL_DEPTH)
    if (bound !== null) throw new ProblemError([{ file: display, line: elementLine, message: bound }])
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (e) {
      throw new ProblemError([{ file: display, line: elementLine, message: `invalid JSON: ${(e as Error).message}` }])
    }
    out.push({ obj: jsonRecord(display, value, elementLine), line: elementLine, text })
  }
  /** Reads one chunk of the text, its elements into `out`. */
  const scan = (chunk: string): void => {
    let start = 0
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i)
      if (c === 0x0a) line++
      if (!started) {
        if (c === 0xfeff || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) continue
        if (c !== 0x5b)
          throw new ProblemError([
            { file: display, line, message: 'expected a JSON array of objects (the file should start with "[")' },
          ])
        started = true
        start = i + 1
        elementLine = line
        continue
      }
      if (ended) {
        if (!isSpace(c))
          throw new ProblemError([{ file: display, line, message: 'unexpected text after the closing "]"' }])
        continue
      }
      if (inString) {
        if (escape) escape = false
        else if (c === 0x5c) escape = true
        else if (c === 0x22) inString = false
        continue
      }
      if (c === 0x22) inString = true
      else if (c === 0x7b || c === 0x5b) depth++
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0 && c === 0x5d) {
          buf += chunk.slice(start, i)
          emit(true)
          ended = true
          start = i + 1
          continue
        }
        depth--
      } else if (c === 0x2c && depth === 0) {
        buf += chunk.slice(start, i)
        emit()
        commas++
        start = i + 1
        elementLine = line
        continue
      }
      if (buf.length === 0 && start === i && isSpace(c)) {
        start = i + 1
        elementLine = line
      }
    }
    if (!ended) buf += chunk.slice(start)
    // Checked per chunk, strings included: a huge string inside an element is no exception.
    if (buf.length > MAX_RECORD_BYTES)
      throw new ProblemError([
        {
          file: display,
          line: elementLine,
          message: `a JSON element is longer than ${MAX_RECORD_BYTES / 1024 / 1024} MiB`,
        },
      ])
  }
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      read.bytes += chunk.length
      read.each?.()
      try {
        scan(chunk)
      } catch (e) {
        if (out.length > 0) yield out
        throw e
      }
      if (out.length > 0) {
        yield out
        out = []
      }
    }
    // The element the bad bytes are in is not read cut short.
    if (deferred.problem) throw deferred.problem
  } catch (e) {
    if (e instanceof ProblemError) throw e
    throw new ProblemError([fsProblem(display, e)])
  } finally {
    stream.destroy()
  }
  if (!started)
    throw new ProblemError([{ file: display, line: 1, message: 'the file is empty; expected a JSON array of objects' }])
  if (!ended) throw new ProblemError([{ file: display, line, message: 'the JSON array is never closed (missing "]")' }])
}

/**
 * The records of `batches()`, each made by `make`, one at a time, for the pass's `for await`: a
 * batch's records are handed over from resolved promises, where an async generator per record
 * cost ~0.4 µs a record for each generator on the way (three: lines, objects, records). A record
 * `make` refuses, like the consumer's stopping early, closes the file.
 */
function eachRecord<T, U>(batches: () => AsyncGenerator<T[]>, make: (item: T) => U): AsyncIterable<U> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<U> {
      const source = batches()
      let batch: T[] = []
      let k = 0
      const done = (): Promise<IteratorResult<U>> =>
        source.return(undefined).then(() => ({ done: true, value: undefined }))
      const iterator: AsyncIterator<U> = {
        next() {
          if (k < batch.length) {
            try {
              return Promise.resolve({ done: false, value: make(batch[k++] as T) })
            } catch (e) {
              return done().then(() => Promise.reject(e as Error))
            }
          }
          return source.next().then((r) => {
            if (r.done === true) return { done: true, value: undefined }
            batch = r.value
            k = 0
            return iterator.next()
          })
        },
        return: done,
      }
      return iterator
    },
  }
}

/**
 * A key the audit reads that a record holds twice: copies that differ are refused (which one is
 * the value depends on the reader, and a pull request can hide the one the gate reads behind the
 * one a reviewer sees), copies that agree are a warning, once per key. As a CSV header that
 * names a column twice (audit.ts).
 */
function checkDuplicates(
  dups: Map<string, string[]>,
  read: ReadonlySet<string>,
  display: string,
  line: number,
  warned: Set<string>,
  warnings: string[],
): void {
  for (const [key, copies] of dups) {
    if (!read.has(key)) continue
    const values = copies.map((c) => JSON.stringify(JSON.parse(c)))
    const other = values.findIndex((v) => v !== values[0])
    if (other > 0) {
      const shown = (v: string): string => {
        const x = JSON.parse(v) as unknown
        return typeof x === 'object' && x !== null ? (v.length > 60 ? `${v.slice(0, 60)}…` : v) : showValue(x as Cell)
      }
      throw new ProblemError([
        {
          file: display,
          line,
          message: `the record has key ${JSON.stringify(key)} more than once, and the copies differ (${shown(values[0] as string)} and ${shown(values[other] as string)}); JSON readers disagree on which one counts: keep one`,
        },
      ])
    }
    if (!warned.has(key)) {
      warned.add(key)
      warnings.push(
        `key ${JSON.stringify(key)} appears more than once in a record (first at line ${line}), with the same value; it is read once`,
      )
    }
  }
}

/**
 * What a JSON/JSONL record costs a pass (its keys' at opening, or the audit's), in rows of the
 * run's row budget (`Table.rowUnits`): JSON.parse, an object and its checks took some 1.4 µs a
 * record a pass, where the fast CSV pass takes 0.15 µs a row (1 M rows of `y,p,g`, load ~12).
 */
export const JSON_ROW_UNITS = 2

/**
 * The columns of a JSON/JSONL file are the union of its records' keys, in the order they first
 * appear (as pandas' read_json): a record that leaves a key out has that value missing, which is
 * a common way to write a missing value in JSON. Finding them takes a pass of its own.
 */
async function openJson(path: string, display: string, format: 'jsonl' | 'json', limits: ReadLimits): Promise<Table> {
  const source = format === 'jsonl' ? jsonlBatches : jsonArrayBatches
  const read: TextRead = { bytes: 0 }
  const cache = limits.keysOf
  const cacheKey = cache ? `${format}:${cache.key}` : ''
  let columns = cache?.columns.get(cacheKey)
  if (columns === undefined) {
    const seen = new Set<string>()
    let records = 0
    // Characters of the distinct keys so far (MAX_HEADER_CHARS).
    let chars = 0
    const onKeys = limits.onKeys
    if (onKeys) read.each = () => onKeys(records, read.bytes, false)
    for await (const batch of source(path, display, limits, read)) {
      records += batch.length
      for (const { obj, line } of batch) {
        for (const key of Object.keys(obj)) {
          if (seen.has(key)) continue
          if (seen.size >= MAX_COLUMNS) {
            throw new ProblemError([
              {
                file: display,
                line,
                message: `the records have more than ${MAX_COLUMNS.toLocaleString('en-US')} distinct keys between them; expected a table (the same few keys in every record)`,
              },
            ])
          }
          seen.add(key)
          chars += key.length
          const long = headerTooLong(chars, display, line, "the records' distinct keys")
          if (long) throw new ProblemError([long])
        }
      }
    }
    read.each = undefined
    if (records === 0)
      throw new ProblemError([{ file: display, line: 1, message: 'no records; expected at least one JSON object' }])
    onKeys?.(records, read.bytes, true)
    columns = [...seen]
    cache?.columns.set(cacheKey, columns)
  }
  const warnings: string[] = []
  const warned = new Set<string>()
  return {
    columns,
    warnings,
    rowUnits: JSON_ROW_UNITS,
    textBytes: () => read.bytes,
    records(wanted, options) {
      const asked = new Set(wanted)
      const exact = options?.exactText
      return eachRecord(
        () => source(path, display, limits, read),
        ({ obj, line, text }): DataRecord => {
          let keys = 0
          for (const _ in obj) keys++
          const dups = duplicateKeys(text, keys, asked)
          if (dups) checkDuplicates(dups, asked, display, line, warned, warnings)
          const cells = wanted.map((w) => cellOf(obj, w, display, line))
          // A number, object or array that names a group is named by its text, whatever its value
          // (red team 6 N6-5: `0`, `0.0` and `-0` were one group in JSON and three in CSV).
          let texts: Map<string, string> | undefined
          const kinds = options?.valueKinds
          if (exact)
            for (let k = 0; k < wanted.length; k++) {
              const c = cells[k]
              const column = wanted[k] as string
              if (!exact.has(column)) continue
              if (typeof c === 'number' || (typeof c === 'string' && typeof obj[column] === 'object')) {
                texts ??= sourceTexts(text, exact)
                cells[k] = texts.get(column) ?? c
              }
              if (kinds && c !== null && c !== undefined) {
                const v = obj[column]
                const kind: JsonKind =
                  typeof v === 'number'
                    ? 'a number'
                    : typeof v === 'boolean'
                      ? 'a boolean'
                      : typeof v === 'string'
                        ? 'a string'
                        : 'an object or array'
                kinds.valueKind(column, String(cells[k]), kind, line)
              }
            }
          return { cells, line }
        },
      )
    },
  }
}

/** Opens a data file: reads its header (or first record's keys) now, records on demand. */
export async function openTable(
  path: string,
  display: string,
  format: Format,
  delimiter?: string,
  limits: ReadLimits = {},
): Promise<Table> {
  switch (format) {
    case 'csv':
      return openCsv(path, display, { delimiter: delimiter ?? ',' }, limits)
    case 'tsv':
      return openCsv(path, display, { delimiter: delimiter ?? '\t' }, limits)
    case 'jsonl':
    case 'json':
      return openJson(path, display, format, limits)
    case 'parquet': {
      // Loaded for a Parquet file only (its own chunk in the bundle): the decoders (hyparquet,
      // fzstd) were about a quarter of the code every run parsed at start-up.
      const { openParquet } = await import('./parquet.js')
      return openParquet(path, display, limits)
    }
    case 'counts':
      // A counts table is stored in one of the other formats: tell which from the name.
      return openTable(path, display, formatFromPath(path) ?? 'csv', delimiter, limits)
    default:
      throw new ProblemError([{ file: display, message: `unsupported format '${String(format)}'` }])
  }
}
