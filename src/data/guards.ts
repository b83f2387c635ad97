/**
 * Byte-level guards on an input stream: valid UTF-8 (a Latin-1 export must not turn into
 * silent U+FFFD group names), and a cap on how far a gzip file may expand (a gzip bomb
 * must not fill the runner's memory or disk).
 */
import { isUtf8 } from 'node:buffer'
import { Transform, type TransformCallback } from 'node:stream'
import { ProblemError } from '../config/problem.js'
import {
  DECOMPRESSION_ALLOWANCE,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DEFAULT_MAX_DECOMPRESSION_RATIO,
  type ReadLimits,
} from './table.js'

/** How many bytes at the end of `buf` start a UTF-8 sequence that continues in the next chunk. */
export function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back] as number
    if ((b & 0xc0) === 0x80) continue // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? back : 0
  }
  return 0
}

/** Offset of the first invalid UTF-8 byte (only called once a chunk is known to be invalid). */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0
  while (i < buf.length) {
    const b = buf[i] as number
    const need = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (need === 0) return i
    if (need > 1 && !isUtf8(buf.subarray(i, i + need))) return i
    i += need
  }
  return buf.length
}

/** The problem `utf8Guard` fails with: its line counts the LFs the guard saw (a reader that started mid-file adds those before). */
export class InvalidUtf8Problem extends ProblemError {}

/**
 * The LF bytes of `bytes`, four at a time (a word's bytes that equal LF, found without a branch
 * each): the text readers count every chunk's lines for their messages' line numbers, and an
 * indexOf call per line cost ~40 ns a line, ~10 times the rest of a run of empty lines' cost
 * (red team 11 R11-7, R10-21's 50 audits: 5 M empty lines read 100 times took 28 s).
 */
export function countLineFeeds(bytes: Uint8Array): number {
  let n = 0
  let i = 0
  const end = bytes.length
  // Byte by byte up to a 4-byte boundary of the underlying memory, which Uint32Array needs.
  for (; i < end && ((bytes.byteOffset + i) & 3) !== 0; i++) if (bytes[i] === 10) n++
  const words = (end - i) >> 2
  if (words > 0) {
    const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words)
    for (let w = 0; w < words; w++) {
      const x = (u32[w] as number) ^ 0x0a0a0a0a
      // The high bit of each byte of x that is zero (a LF byte), exactly: no carry crosses bytes.
      const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080
      if (zero !== 0) {
        let v = zero >>> 7
        v += v >>> 8
        v += v >>> 16
        n += v & 0xff
      }
    }
    i += words << 2
  }
  for (; i < end; i++) if (bytes[i] === 10) n++
  return n
}

/**
 * Where a deferred `utf8Guard` found the first invalid UTF-8 sequence (offsets from the guard's
 * first byte): the problem, the offset of its first invalid byte (`cut`), and where the line that
 * holds it starts (after the last LF or CR before it). Unset until then.
 */
export interface DeferredUtf8 {
  problem?: InvalidUtf8Problem
  cut?: number
  lineStart?: number
  /** Told when the guard stops: the stages before it need read no further. */
  onStop?: () => void
}

/**
 * Passes bytes through unchanged; fails with file:line on the first invalid UTF-8 sequence.
 * `deferred`: instead of failing, pass the valid bytes before that sequence on, end the output
 * there and note the problem in `deferred`: a parser downstream then hands over every record
 * ahead of it, and its reader reports a problem on an earlier line first, in file order, whatever
 * the chunks the bytes came in (a failure at once destroyed the records csv-parse held from the
 * chunk, so a later line's bad byte was reported before an earlier line's bad weight).
 */
export function utf8Guard(display: string, deferred?: DeferredUtf8): Transform {
  let carry: Buffer | null = null
  let lines = 1
  // Bytes passed on so far, and where the line the next byte is on starts.
  let passed = 0
  let lineStart = 0
  let stopped = false
  const check = (chunk: Buffer, final: boolean, push: (b: Buffer) => void): Buffer | null => {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk
    const tail = final ? 0 : incompleteTail(buf)
    const body = tail > 0 ? buf.subarray(0, buf.length - tail) : buf
    carry = tail > 0 ? Buffer.from(buf.subarray(buf.length - tail)) : null
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body)
      let line = lines
      for (let i = body.indexOf(10); i !== -1 && i < at; i = body.indexOf(10, i + 1)) line++
      const hex = [...body.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')
      const problem = new InvalidUtf8Problem([
        {
          file: display,
          line,
          message: `invalid UTF-8 (bytes ${hex}); save the file as UTF-8 (it looks like ${/^[89a-f]/.test(hex) ? 'Latin-1 or Windows-1252' : 'another encoding'})`,
        },
      ])
      if (!deferred) throw problem
      const valid = body.subarray(0, at)
      const end = Math.max(valid.lastIndexOf(10), valid.lastIndexOf(13))
      deferred.problem = problem
      deferred.cut = passed + at
      deferred.lineStart = end === -1 ? lineStart : passed + end + 1
      stopped = true
      carry = null
      if (valid.length > 0) push(valid)
      deferred.onStop?.()
      return null
    }
    lines += countLineFeeds(body)
    if (deferred) {
      const end = Math.max(body.lastIndexOf(10), body.lastIndexOf(13))
      if (end !== -1) lineStart = passed + end + 1
      passed += body.length
    }
    return body
  }
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      if (stopped) return cb()
      try {
        const out = check(chunk, false, (b) => this.push(b))
        if (out === null) {
          this.push(null)
          return cb()
        }
        cb(null, out)
      } catch (e) {
        cb(e as Error)
      }
    },
    flush(cb: TransformCallback) {
      if (stopped || !carry) return cb()
      try {
        const out = check(Buffer.alloc(0), true, (b) => this.push(b))
        cb(null, out ?? undefined)
      } catch (e) {
        cb(e as Error)
      }
    },
  })
}

/** Fails once more than `limit` bytes have come out of a decompressor. */
export function sizeCap(
  display: string,
  limits: Pick<ReadLimits, 'maxDecompressedBytes' | 'maxDecompressionRatio' | 'allowance'>,
  whole?: { gunzip: { bytesWritten: number }; source: { bytesRead: number } },
): Transform {
  const limit = limits.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES
  const ratio = limits.maxDecompressionRatio ?? DEFAULT_MAX_DECOMPRESSION_RATIO
  // This file's bytes free of the ratio check, taken from the run's pool (given back, less what
  // the file used, when it ends).
  const pool = limits.allowance
  const free = pool ? Math.min(DECOMPRESSION_ALLOWANCE, Math.max(0, pool.left)) : DECOMPRESSION_ALLOWANCE
  if (pool) pool.left -= free
  let used = 0
  let total = 0
  // Given back once, when the stream ends or is destroyed early (a header read stops after a line).
  let returned = !pool
  const giveBack = (): void => {
    if (returned || !pool) return
    returned = true
    pool.left += free - Math.max(0, used)
  }
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      total += chunk.length
      if (total > limit) {
        cb(
          new ProblemError([
            {
              file: display,
              message: `expands to more than ${limit.toLocaleString('en-US')} bytes when decompressed (max_decompressed_bytes); raise the cap if the file is genuine`,
            },
          ]),
        )
        return
      }
      // Against the compressed bytes read so far (read ahead of gunzip, so never too strict).
      const read = whole?.source.bytesRead
      if (read !== undefined) used = Math.max(used, Math.min(free, total - read * ratio))
      if (read !== undefined && total > free && total > read * ratio + free) {
        cb(
          new ProblemError([
            {
              file: display,
              message: `expands more than ${ratio.toLocaleString('en-US')} times (${total.toLocaleString('en-US')} bytes from the first ${read.toLocaleString('en-US')} compressed; max_decompression_ratio, past the first MiB${free < DECOMPRESSION_ALLOWANCE ? ", which the run's earlier files have used up" : ''}); real evaluation data compresses 3 to 20 times: raise max_decompression_ratio (at most 1,100) if the file is genuine`,
            },
          ]),
        )
        return
      }
      cb(null, chunk)
    },
    // zlib stops at bytes that cannot start another gzip member (zero padding, say) without a word:
    // data after them would be audited by no one, while other readers may read it.
    destroy(err: Error | null, cb: (error: Error | null) => void) {
      giveBack()
      cb(err)
    },
    flush(cb: TransformCallback) {
      giveBack()
      if (whole && whole.gunzip.bytesWritten < whole.source.bytesRead) {
        const at = whole.gunzip.bytesWritten
        cb(
          new ProblemError([
            {
              file: display,
              message: `has ${(whole.source.bytesRead - at).toLocaleString('en-US')} bytes after the end of its gzip data (from byte ${at.toLocaleString('en-US')}), which would not be audited; recompress the file whole (gzip -c data > data.gz)`,
            },
          ]),
        )
        return
      }
      cb()
    },
  })
}

/**
 * Fails with file:line as soon as one line grows past `limit` bytes, before a line reader
 * (readline) would have buffered it whole: a 1 GB line in a 1 MB `.jsonl.gz`.
 */
export function lineCap(display: string, limit: number, message: string): Transform {
  let line = 1
  let run = 0
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      if (run + chunk.length <= limit) {
        // No line can pass the limit in this chunk: count its line endings at once (an indexOf
        // call per line cost more than the line did in a run of empty lines, R10-21).
        line += countLineFeeds(chunk)
        const last = chunk.lastIndexOf(10)
        run = last === -1 ? run + chunk.length : chunk.length - last - 1
        cb(null, chunk)
        return
      }
      let from = 0
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
        if (run + (nl - from) > limit) break
        line++
        run = 0
        from = nl + 1
      }
      run += chunk.length - from
      if (run > limit) {
        cb(new ProblemError([{ file: display, line, message }]))
        return
      }
      cb(null, chunk)
    },
  })
}

/**
 * Fails with file:line as soon as a CSV record has more than `limit` fields, while it streams:
 * csv-parse builds a record whole before its field count is checked, and a 2 MB header of
 * 1,000,000 columns took 273 MB, an 8 MiB row of commas 400 MB. It lexes as csv-parse does for
 * counting: a quote opens a quoted field only at the field's start, `""` inside one is a quote,
 * and CR, LF and CRLF end a record outside quotes (every CR and LF inside counts as a line).
 * The first record with any text is the header; its width is in the message about a later record.
 */
export function fieldCap(
  display: string,
  delimiter: string,
  limit: number,
  from?: { line: number; width: number },
): Transform {
  const delim = Buffer.from(delimiter, 'utf8')
  // `from`: the bytes start at a record after the header (a read that resumes mid-file), on this line.
  let line = from?.line ?? 1
  let fields = 1
  let matched = 0
  let inQuote = false
  let quoteInQuote = false
  let fieldStart = true
  let recordText = false
  let lastCR = false
  let header = !from
  let width = from?.width ?? 0
  const endRecord = (): void => {
    if (header && (recordText || fields > 1)) {
      header = false
      width = fields
    }
    fields = 1
    fieldStart = true
    recordText = false
  }
  const tooMany = (): ProblemError =>
    new ProblemError([
      header
        ? {
            file: display,
            line,
            message: `the header has more than ${limit.toLocaleString('en-US')} columns; expected a table with at most ${limit.toLocaleString('en-US')} (is this the right file and delimiter?)`,
          }
        : {
            file: display,
            line,
            message: `expected ${width.toLocaleString('en-US')} fields like the header, found more than ${limit.toLocaleString('en-US')}`,
          },
    ])
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i] as number
        if (inQuote) {
          if (quoteInQuote) {
            quoteInQuote = false
            if (b === 0x22) continue
            inQuote = false // the closing quote: b is read as outside the field
          } else {
            if (b === 0x22) quoteInQuote = true
            else if (b === 0x0a || b === 0x0d) line++
            continue
          }
        }
        if (lastCR) {
          lastCR = false
          if (b === 0x0a) continue
        }
        if (b === delim[matched]) {
          if (++matched < delim.length) continue
          matched = 0
          fields++
          fieldStart = true
          if (fields > limit) {
            cb(tooMany())
            return
          }
          continue
        }
        if (matched > 0) {
          // The bytes matched so far were text (a multi-byte delimiter's lead byte in another character).
          matched = 0
          fieldStart = false
          recordText = true
          if (b === delim[0]) {
            matched = 1
            continue
          }
        }
        if (b === 0x0a || b === 0x0d) {
          line++
          lastCR = b === 0x0d
          endRecord()
          continue
        }
        if (b === 0x22 && fieldStart) inQuote = true
        fieldStart = false
        recordText = true
      }
      cb(null, chunk)
    },
  })
}

/**
 * Most values a JSON record (a JSONL line, a JSON-array element) may hold, nested ones and keys
 * included, counted on its text as each `[`, `{`, `,` and `:` outside strings. The 8 MiB record
 * cap bounds bytes, not what JSON.parse builds from them: 8 MiB of `[],` is 2.8 million arrays
 * (over 250 MB of heap), of distinct keys 800,000 properties (about 170 MB). Measured on the CLI,
 * 60 records of the worst shapes (distinct keys, small objects) peak at 135 MB at 100,000 values
 * each, 205 MB at 250,000 and 355 MB at 1,000,000 (V8 lets the heap grow between records). A
 * table's row holds a few dozen values; a 4,096-float embedding fits many times over.
 */
export const MAX_RECORD_VALUES = 100_000

/**
 * Why the text of one JSON record would cost far more to parse than its bytes, or null: it nests
 * arrays and objects more than `maxDepth` levels below the record (4,000,000 nested `[` fit in a
 * 7.8 KB gzip file and took 690 MB), or holds more than MAX_RECORD_VALUES values. Checked on the
 * text before JSON.parse, for every key, read by the audit or not. Text that is not valid JSON
 * comes out as it went in, for JSON.parse to name. A record with at most `maxDepth` brackets and
 * at most MAX_RECORD_VALUES characters (nearly every one) is settled by two indexOf counts.
 */
export function jsonRecordBound(text: string, maxDepth: number): string | null {
  if (text.length <= MAX_RECORD_VALUES) {
    let brackets = 0
    for (let i = text.indexOf('['); i !== -1 && brackets <= maxDepth; i = text.indexOf('[', i + 1)) brackets++
    for (let i = text.indexOf('{'); i !== -1 && brackets <= maxDepth; i = text.indexOf('{', i + 1)) brackets++
    if (brackets <= maxDepth) return null
  }
  let depth = 0
  let values = 0
  // The record's key whose value is being read (its text span), for the message.
  let keyAt = -1
  let keyEnd = -1
  let wantKey = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      const start = i
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i++
        else if (d === 0x22) break
      }
      if (depth === 1 && wantKey) {
        keyAt = start
        keyEnd = i + 1
        wantKey = false
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++values > MAX_RECORD_VALUES) break
      if (depth === 0) wantKey = c === 0x7b
      if (++depth > maxDepth + 1) {
        let key: unknown
        try {
          key = keyAt >= 0 ? JSON.parse(text.slice(keyAt, keyEnd)) : undefined
        } catch {
          key = undefined
        }
        return typeof key === 'string'
          ? `column '${key}' holds a value nested more than ${maxDepth} levels deep; expected a string, number, boolean or null`
          : `the record nests arrays or objects more than ${maxDepth + 1} levels deep; expected a JSON object of strings, numbers, booleans or null`
      }
    } else if (c === 0x5d || c === 0x7d) depth--
    else if (c === 0x2c || c === 0x3a) {
      if (++values > MAX_RECORD_VALUES) break
      if (depth === 1 && c === 0x2c) wantKey = true
    }
  }
  if (values <= MAX_RECORD_VALUES) return null
  return `the record holds more than ${MAX_RECORD_VALUES.toLocaleString('en-US')} values (nested arrays, objects and keys included); expected a row of a table`
}
