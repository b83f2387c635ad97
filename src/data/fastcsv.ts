/**
 * The fast pass over a CSV/TSV file: a byte-level scanner fused with the accumulation.
 *
 * csv-parse turns every cell into a string and every record into an object, which caps a
 * pass at ~18 MB/s; pandas reads the same file at ~100 MB/s. Here the bytes of a cell are
 * never a string on the hot path: label, prediction and sensitive cells are interned by
 * their bytes (a small hash table per column, decoded once per distinct value and given
 * the same meaning as the generic pass gives that string), and a score is parsed straight
 * from its digits. Each row then costs a few table lookups.
 *
 * It accepts the CSV that csv-parse (with the options in readers.ts) reads the same way:
 * a UTF-8 BOM, LF and CRLF line endings (mixed too: each one ends a record, as in
 * readers.ts), quoted fields with doubled quotes and embedded newlines, empty fields and
 * empty lines. Anything else — a stray quote, a field-count mismatch, a bare-CR line
 * ending, a huge record, a UTF-16 BOM, bytes that are not UTF-8 — throws
 * `FastPathUnsupported`, and the caller reads the file again with csv-parse, which then
 * gives its exact result or its exact error. The differential property test in
 * `__tests__/data/fastcsv.test.ts` checks the two agree.
 */
import { isUtf8 } from 'node:buffer'
import { createReadStream, statSync } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { ProblemError } from '../config/problem.js'
import type { GroupAccumulator } from '../stats/accumulate.js'
import type { PassOptions, RowChecks } from './checks.js'
import { sizeCap } from './guards.js'
import { openVerified, verifiedStreamFs } from '../files/open.js'
import { fsProblem, MAX_RECORD_BYTES, type CsvSource, type Table } from './table.js'
import { InternedRows } from './sink.js'
import { parseScore } from './values.js'

/** The fast pass cannot read this file the way csv-parse would; read it with csv-parse. */
export class FastPathUnsupported extends Error {
  constructor(reason: string) {
    super(`fast CSV pass: ${reason}`)
  }
}

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d
const DOT = 0x2e
const ZERO = 0x30
const NINE = 0x39
const PLUS = 0x2b
const MINUS = 0x2d

const KIND_SKIP = 0
const KIND_INTERN = 1
/** A number: the score (numeric slot 0) or the weight (slot 1). */
const KIND_SCORE = 2
const KIND_HEADER = 3
const KIND_WEIGHT = 4

/** Records longer than this go to csv-parse (which also enforces MAX_RECORD_BYTES). */
const MAX_FAST_RECORD = Math.min(1 << 20, MAX_RECORD_BYTES)
/** 10^k for k ≤ 15: exact doubles, so digits / 10^k is the correctly rounded value, as Number(text). */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k)
/** How often the row count is compared with the clock for progress. */
const PROGRESS_EVERY = 1 << 16

/** Whether the fast pass can read a delimited file with this delimiter. */
export function fastCsvSupported(src: CsvSource): boolean {
  const d = src.delimiter
  return d.length === 1 && d.charCodeAt(0) < 0x80 && d !== '"' && d !== '\r' && d !== '\n'
}

function unsupported(reason: string): never {
  throw new FastPathUnsupported(reason)
}

/**
 * Distinct byte strings of one column → small ids. Distinct byte strings that decode to the
 * same text (invalid UTF-8 turned into U+FFFD) share the id of that text.
 *
 * A cell is keyed by its length and its last 8 bytes, packed into two int32 as the scanner
 * reads them (`lo` the last 4 bytes, `hi` the 4 before them, first byte highest): for a cell of
 * at most 8 bytes (a label, most group values) these are the bytes themselves, so a lookup
 * compares three integers and no byte; a longer cell's bytes are compared as well.
 */
class ByteInterner {
  private mask = 255
  private slots = new Int32Array(256).fill(-1)
  private arena = Buffer.alloc(4096)
  private arenaLen = 0
  private count = 0
  private entryStart = new Int32Array(128)
  private entryLen = new Int32Array(128)
  private entryLo = new Int32Array(128)
  private entryHi = new Int32Array(128)
  private entryId = new Int32Array(128)
  readonly strings: string[] = []
  private readonly byString = new Map<string, number>()

  lookup(buf: Buffer, s: number, e: number, lo: number, hi: number): number {
    const len = e - s
    let i = slotHash(lo, hi, len) & this.mask
    for (;;) {
      const entry = this.slots[i] as number
      if (entry < 0) return this.insert(buf, s, e, lo, hi)
      if (this.entryLo[entry] === lo && this.entryHi[entry] === hi && this.entryLen[entry] === len) {
        if (len <= 8) return this.entryId[entry] as number
        const a = this.entryStart[entry] as number
        let k = 0
        while (k < len && this.arena[a + k] === buf[s + k]) k++
        if (k === len) return this.entryId[entry] as number
      }
      i = (i + 1) & this.mask
    }
  }

  idOf(text: string): number {
    let id = this.byString.get(text)
    if (id === undefined) {
      id = this.strings.length
      this.strings.push(text)
      this.byString.set(text, id)
    }
    return id
  }

  private insert(buf: Buffer, s: number, e: number, lo: number, hi: number): number {
    const id = this.idOf(buf.toString('utf8', s, e))
    const len = e - s
    if (this.arenaLen + len > this.arena.length) {
      const next = Buffer.alloc(Math.max(this.arena.length * 2, this.arenaLen + len))
      this.arena.copy(next, 0, 0, this.arenaLen)
      this.arena = next
    }
    buf.copy(this.arena, this.arenaLen, s, e)
    const entry = this.count++
    if (entry === this.entryId.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const next = new Int32Array(a.length * 2)
        next.set(a)
        return next
      }
      this.entryStart = grow(this.entryStart)
      this.entryLen = grow(this.entryLen)
      this.entryLo = grow(this.entryLo)
      this.entryHi = grow(this.entryHi)
      this.entryId = grow(this.entryId)
    }
    this.entryStart[entry] = this.arenaLen
    this.entryLen[entry] = len
    this.entryLo[entry] = lo
    this.entryHi[entry] = hi
    this.entryId[entry] = id
    this.arenaLen += len
    if ((entry + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2)
    else this.place(entry)
    return id
  }

  private place(entry: number): void {
    let i =
      slotHash(this.entryLo[entry] as number, this.entryHi[entry] as number, this.entryLen[entry] as number) & this.mask
    while ((this.slots[i] as number) >= 0) i = (i + 1) & this.mask
    this.slots[i] = entry
  }

  private rehash(size: number): void {
    this.mask = size - 1
    this.slots = new Int32Array(size).fill(-1)
    for (let entry = 0; entry < this.count; entry++) this.place(entry)
  }
}

/** The hash-table slot of a cell's key (its last 8 bytes and length), mixed so nearby keys spread. */
function slotHash(lo: number, hi: number, len: number): number {
  let h = Math.imul(lo ^ Math.imul(hi ^ len, 0x9e3779b1), 0x85ebca6b)
  h ^= h >>> 15
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13)
}

class FastCsvPass {
  /** 1 + newline events consumed so far, counted as csv-parse counts `info.lines`. */
  private line = 1
  private headerDone = false
  private readonly headerFields: string[] = []
  private kinds: Int8Array
  private readonly dataKinds: Int8Array
  private readonly slotOf: Int32Array
  private readonly nCols: number
  private readonly delim: number
  /** 1 for the bytes that end an unquoted field or make it unsupported: the delimiter, LF, CR and the quote. */
  private readonly stop = new Uint8Array(256)
  /** Interners: label, prediction (if any), then each sensitive column. */
  private readonly interners: ByteInterner[]
  private readonly rows: InternedRows
  private readonly rowIds: Int32Array
  /** This row's numbers by numeric slot (0 score, 1 weight): the value when the fast parse read it, else where its text is. */
  private readonly numValue = new Float64Array(2)
  private readonly numOk = new Uint8Array(2)
  private readonly numText: (string | null)[] = [null, null]
  private readonly numBuf: (Buffer | null)[] = [null, null]
  private readonly numStart = new Int32Array(2)
  private readonly numEnd = new Int32Array(2)
  private lastProgress = Date.now()
  reported = false
  bytes = 0

  constructor(
    private readonly src: CsvSource,
    table: Table,
    private readonly checks: RowChecks,
    private readonly acc: GroupAccumulator,
    private readonly options: PassOptions,
    private readonly totalBytes: number,
  ) {
    const audit = checks.audit
    this.nCols = table.columns.length
    this.delim = src.delimiter.charCodeAt(0)
    for (const b of [this.delim, LF, CR, QUOTE]) this.stop[b] = 1
    this.kinds = new Int8Array(this.nCols).fill(KIND_HEADER)
    this.dataKinds = new Int8Array(this.nCols)
    this.slotOf = new Int32Array(this.nCols).fill(-1)
    const interned = InternedRows.slotColumns(checks)
    this.interners = interned.map(() => new ByteInterner())
    this.rows = new InternedRows(checks, acc, this)
    this.rowIds = this.rows.ids
    // A column can play several roles (label and a sensitive attribute, say): then the
    // generic pass is simpler than a fast one that handles it.
    interned.forEach((name, slot) => {
      const col = table.columns.indexOf(name)
      if (this.dataKinds[col] !== KIND_SKIP) unsupported('a column plays two roles')
      this.dataKinds[col] = KIND_INTERN
      this.slotOf[col] = slot
    })
    const numbers: [string | undefined, number][] = [
      [audit.score, KIND_SCORE],
      [audit.weight, KIND_WEIGHT],
    ]
    for (const [name, kind] of numbers) {
      if (!name) continue
      const col = table.columns.indexOf(name)
      if (this.dataKinds[col] !== KIND_SKIP) unsupported('a column plays two roles')
      this.dataKinds[col] = kind
    }
  }

  /**
   * Scans whole records in buf[p, end); returns where the first incomplete one starts.
   * With `final`, the end of buf is the end of the file.
   */
  scan(buf: Buffer, p: number, end: number, final: boolean): number {
    const D = this.delim
    const stop = this.stop
    const nCols = this.nCols
    while (p < end) {
      const recStart = p
      let c = buf[p] as number
      // An empty line: csv-parse skips it (skip_empty_lines), and counts it.
      if (c === LF) {
        this.line++
        p++
        continue
      }
      if (c === CR) {
        if (p + 1 >= end) {
          if (final) unsupported('a bare CR line ending')
          return recStart
        }
        if (buf[p + 1] !== LF) unsupported('a bare CR line ending')
        this.line++
        p += 2
        continue
      }
      const kinds = this.kinds
      // A record cut by the end of the buffer is scanned again from its start.
      if (!this.headerDone) this.headerFields.length = 0
      let col = 0
      let extraLines = 0
      let atEof = false
      for (;;) {
        const kind = col < nCols ? (kinds[col] as number) : KIND_SKIP
        let q = p
        if (q < end && buf[q] === QUOTE) {
          const r = this.quoted(buf, q, end, final, kind, col)
          if (r < 0) return recStart
          q = r
          extraLines += this.quotedLines
        } else if (kind === KIND_INTERN) {
          // The last 8 bytes, packed as the interner keys them.
          let lo = 0
          let hi = 0
          while (q < end) {
            c = buf[q] as number
            if (stop[c] !== 0) break
            hi = (hi << 8) | (lo >>> 24)
            lo = (lo << 8) | c
            q++
          }
          if (q === end) {
            if (!final) return recStart
          } else if (c === QUOTE) unsupported('a quote inside an unquoted field')
          const slot = this.slotOf[col] as number
          this.rowIds[slot] = (this.interners[slot] as ByteInterner).lookup(buf, p, q, lo, hi)
        } else if (kind === KIND_SCORE || kind === KIND_WEIGHT) {
          const ns = kind - KIND_SCORE === 0 ? 0 : 1
          // [+-]?digits[.digits], at most 15 digits: exact as Number(text). Else the generic parse.
          let i = q
          let neg = false
          c = i < end ? (buf[i] as number) : -1
          if (c === MINUS || c === PLUS) {
            neg = c === MINUS
            i++
          }
          let mant = 0
          let digits = 0
          let decimals = 0
          let dot = false
          let ok = true
          while (i < end) {
            c = buf[i] as number
            if (c >= ZERO && c <= NINE) {
              mant = mant * 10 + (c - ZERO)
              digits++
              if (dot) decimals++
            } else if (c === DOT && !dot) dot = true
            else break
            i++
          }
          q = i
          while (q < end && stop[buf[q] as number] === 0) q++
          if (q !== i) ok = false
          if (q === end) {
            if (!final) return recStart
          } else if (buf[q] === QUOTE) unsupported('a quote inside an unquoted field')
          if (ok && digits > 0 && digits <= 15) {
            const v = mant / (POW10[decimals] as number)
            this.numValue[ns] = neg ? -v : v
            this.numOk[ns] = 1
          } else if (ok && digits > 0 && digits <= 300) {
            // More digits than a double holds exactly (pandas writes 17): the text matches
            // the number pattern, so Number() of it is what parseScore gives.
            this.numValue[ns] = Number(buf.toString('latin1', p, q))
            this.numOk[ns] = 1
          } else {
            this.numOk[ns] = 0
            this.numText[ns] = null
            this.numBuf[ns] = buf
            this.numStart[ns] = p
            this.numEnd[ns] = q
          }
        } else {
          while (q < end && stop[buf[q] as number] === 0) q++
          if (q === end) {
            if (!final) return recStart
          } else if (buf[q] === QUOTE) unsupported('a quote inside an unquoted field')
          if (kind === KIND_HEADER) this.headerFields.push(buf.toString('utf8', p, q))
        }
        col++
        if (q >= end) {
          atEof = true
          p = q
          break
        }
        c = buf[q] as number
        if (c === D) {
          p = q + 1
          continue
        }
        if (c === LF) {
          p = q + 1
          break
        }
        // CR
        if (q + 1 >= end) {
          if (!final) return recStart
          unsupported('a bare CR line ending')
        }
        if (buf[q + 1] !== LF) unsupported('a bare CR line ending')
        p = q + 2
        break
      }
      if (p - recStart > MAX_FAST_RECORD) unsupported('a very long record')
      const line = this.line + extraLines
      this.line = line + (atEof ? 0 : 1)
      if (!this.headerDone) {
        this.header()
        continue
      }
      if (col !== nCols) unsupported('a record with a different number of fields than the header')
      this.row(line)
    }
    return p
  }

  /** Lines inside the last quoted field. */
  private quotedLines = 0

  /**
   * A quoted field from its opening quote: stores its value for its kind, returns the
   * index after the closing quote, or -1 when the buffer ends first.
   */
  private quoted(buf: Buffer, q: number, end: number, final: boolean, kind: number, col: number): number {
    let i = q + 1
    let lines = 0
    let doubled = false
    let lo = 0
    let hi = 0
    for (;;) {
      if (i >= end) {
        if (final) unsupported('a quoted field that is never closed')
        return -1
      }
      const c = buf[i] as number
      if (c === QUOTE) {
        if (i + 1 >= end && !final) return -1
        if (buf[i + 1] === QUOTE) {
          doubled = true
          i += 2
          continue
        }
        i++
        break
      }
      // csv-parse counts every CR and every LF inside quotes as a line (CRLF as two).
      if (c === LF || c === CR) lines++
      hi = (hi << 8) | (lo >>> 24)
      lo = (lo << 8) | c
      i++
    }
    // After the closing quote: a delimiter, a line ending, or the end of the file.
    if (i < end) {
      const c = buf[i] as number
      if (c !== this.delim && c !== LF && c !== CR) unsupported('text after a closing quote')
    } else if (!final) return -1
    this.quotedLines = lines
    if (kind === KIND_SKIP) return i
    if (kind === KIND_INTERN && !doubled) {
      // The common quoted cell ("female"): interned by its bytes, like an unquoted one.
      const slot = this.slotOf[col] as number
      this.rowIds[slot] = (this.interners[slot] as ByteInterner).lookup(buf, q + 1, i - 1, lo, hi)
      return i
    }
    const raw = buf.toString('utf8', q + 1, i - 1)
    const text = doubled ? raw.replace(/""/g, '"') : raw
    if (kind === KIND_HEADER) this.headerFields.push(text)
    else if (kind === KIND_INTERN) {
      const slot = this.slotOf[col] as number
      this.rowIds[slot] = (this.interners[slot] as ByteInterner).idOf(text)
    } else {
      const ns = kind === KIND_SCORE ? 0 : 1
      this.numOk[ns] = 0
      this.numText[ns] = text
    }
    return i
  }

  private header(): void {
    const got = this.headerFields
    const want = this.src.header
    if (got.length !== want.length || got.some((f, i) => f !== want[i])) unsupported('the header reads differently')
    this.headerDone = true
    this.kinds = this.dataKinds
  }

  /** The row source of `rows`: the raw text behind an id, and this row's score. */
  cellOf(slot: number, id: number): string {
    return (this.interners[slot] as ByteInterner).strings[id] as string
  }

  score(line: number): number {
    if (this.numOk[0] === 1) return this.numValue[0] as number
    const text = this.numberText(0)
    const s = parseScore(text)
    if (s === null) throw this.checks.scoreProblem(text, line)
    return s
  }

  weight(line: number): number {
    if (this.numOk[1] === 1) {
      const w = this.numValue[1] as number
      return w >= 0 ? w : this.checks.weight(String(w), w, line)
    }
    return this.checks.weight(this.numberText(1), null, line)
  }

  /** The text of numeric slot `ns` in this row, when the fast parse did not read it. */
  private numberText(ns: number): string {
    return this.numText[ns] ?? (this.numBuf[ns] as Buffer).toString('utf8', this.numStart[ns], this.numEnd[ns])
  }

  private row(line: number): void {
    if (this.rows.row(line) && (this.checks.stats.rows & (PROGRESS_EVERY - 1)) === 0 && this.options.onProgress)
      this.progress(false)
  }

  progress(force: boolean): void {
    const now = Date.now()
    if (!force && now - this.lastProgress < (this.options.progressIntervalMs ?? 5000)) return
    this.lastProgress = now
    this.reported = true
    this.options.onProgress?.({
      file: this.src.display,
      rows: this.checks.stats.rows,
      bytes: this.bytes,
      totalBytes: this.totalBytes,
    })
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Feeds a pass its bytes, buffer by buffer: the byte-order mark, the UTF-8 check, the record cut
 * by a buffer's end carried to the next one.
 */
class Feeder {
  private started = false

  constructor(private readonly pass: FastCsvPass) {}

  /**
   * Scans the whole records of buf[p, end) (`p` past what was carried); returns where the
   * incomplete last one starts, or -1 when not even the byte-order mark could be read yet.
   */
  feed(buf: Buffer, p: number, end: number): number {
    if (!this.started) {
      if (end - p < 3) return p
      this.started = true
      if (buf[p] === 0xff && buf[p + 1] === 0xfe) unsupported('a UTF-16 byte-order mark')
      if (UTF8_BOM.every((b, i) => buf[p + i] === b)) p += 3
    }
    // Not UTF-8: the generic reader says where, exactly as it does for any file.
    const last = buf.lastIndexOf(LF, end - 1)
    if (last >= p && !isUtf8(buf.subarray(p, last + 1))) unsupported('invalid UTF-8')
    const rest = this.pass.scan(buf, p, end, false)
    if (end - rest > MAX_FAST_RECORD) unsupported('a very long record')
    return rest
  }

  /** The file's last bytes, buf[p, end), after every buffer was fed. */
  finish(buf: Buffer, p: number, end: number): void {
    if (p >= end) return
    if (!this.started) {
      if (buf[p] === 0xff && buf[p + 1] === 0xfe) unsupported('a UTF-16 byte-order mark')
      if (end - p >= 3 && UTF8_BOM.every((b, i) => buf[p + i] === b)) p += 3
    }
    if (!isUtf8(buf.subarray(p, end))) unsupported('invalid UTF-8')
    this.pass.scan(buf, p, end, true)
  }
}

/**
 * A plain file's bytes into the pass, through two buffers that are read into in turn: the next
 * read is under way while a buffer is scanned, and the record a buffer's end cuts is copied to
 * just before the next buffer's bytes (each buffer has room for the longest record in front), so
 * nothing is concatenated or allocated per read.
 */
async function feedPlain(path: string, src: CsvSource, pass: FastCsvPass, chunkBytes: number): Promise<void> {
  const handle = await openVerified(path, src.limits.identity)
  const room = MAX_FAST_RECORD + 3
  const bufs = [Buffer.allocUnsafe(room + chunkBytes), Buffer.allocUnsafe(room + chunkBytes)] as const
  const feeder = new Feeder(pass)
  let pending: Promise<{ bytesRead: number }> | null = null
  try {
    let position = 0
    let which = 0
    let carry = 0
    pending = handle.read(bufs[0], room, chunkBytes, position)
    for (;;) {
      const { bytesRead } = await pending
      pending = null
      const buf = bufs[which] as Buffer
      if (bytesRead === 0) {
        feeder.finish(buf, room - carry, room)
        break
      }
      position += bytesRead
      pass.bytes += bytesRead
      const next = bufs[1 - which] as Buffer
      pending = handle.read(next, room, chunkBytes, position)
      const end = room + bytesRead
      const rest = feeder.feed(buf, room - carry, end)
      carry = end - rest
      buf.copy(next, room - carry, rest, end)
      which = 1 - which
    }
  } finally {
    await pending?.catch(() => undefined)
    await handle.close()
  }
}

/** A gzipped file's bytes into the pass, through the gunzip stream and the size cap. */
async function feedGzip(src: CsvSource, pass: FastCsvPass, chunkBytes: number): Promise<void> {
  const raw = createReadStream(src.path, { highWaterMark: chunkBytes, fs: verifiedStreamFs(src.limits.identity) })
  // The same guard as the generic reader: a gzip bomb stops at the cap, with its message.
  const gunzip = createGunzip({ chunkSize: Math.max(64, chunkBytes) })
  const cap = sizeCap(src.display, src.limits, {
    gunzip,
    source: raw,
  })
  raw.on('error', (e) => cap.destroy(e))
  gunzip.on('error', (e) => cap.destroy(e))
  raw.on('data', (b: Buffer | string) => {
    pass.bytes += b.length
  })
  const stream = raw.pipe(gunzip).pipe(cap)
  const feeder = new Feeder(pass)
  let carry: Buffer | null = null
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk
      const rest = feeder.feed(buf, 0, buf.length)
      carry = rest < buf.length ? buf.subarray(rest) : null
    }
    if (carry) feeder.finish(carry, 0, carry.length)
  } finally {
    raw.destroy()
  }
}

/** Runs the fast pass over one CSV/TSV table (plain or gzipped) into `acc`. */
export async function runFastCsv(
  table: Table,
  checks: RowChecks,
  acc: GroupAccumulator,
  options: PassOptions,
): Promise<void> {
  const src = table.source
  if (!src || !fastCsvSupported(src)) unsupported('not a delimited text file')
  let totalBytes: number
  try {
    totalBytes = statSync(src.path).size
  } catch (e) {
    throw new ProblemError([fsProblem(src.display, e)])
  }
  const pass = new FastCsvPass(src, table, checks, acc, options, totalBytes)
  const chunkBytes = options.chunkBytes ?? 1 << 20
  try {
    if (src.path.toLowerCase().endsWith('.gz')) await feedGzip(src, pass, chunkBytes)
    else await feedPlain(src.path, src, pass, chunkBytes)
  } catch (e) {
    if (e instanceof FastPathUnsupported || e instanceof ProblemError) throw e
    if (
      (e as NodeJS.ErrnoException).code !== undefined ||
      /gzip|header check|unexpected end/i.test((e as Error).message)
    )
      throw new ProblemError([fsProblem(src.display, e)])
    throw e
  }
  // A closing line only for a file that was long enough to report progress at all.
  if (options.onProgress && pass.reported) pass.progress(true)
}
