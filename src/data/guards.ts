/**
 * Byte-level guards on an input stream: valid UTF-8 (a Latin-1 export must not turn into
 * silent U+FFFD group names), and a cap on how far a gzip file may expand (a gzip bomb
 * must not fill the runner's memory or disk).
 */
import { isUtf8 } from 'node:buffer'
import { Transform, type TransformCallback } from 'node:stream'
import { ProblemError } from '../config/problem.js'

/** How many bytes at the end of `buf` start a UTF-8 sequence that continues in the next chunk. */
function incompleteTail(buf: Buffer): number {
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

/** Passes bytes through unchanged; fails with file:line on the first invalid UTF-8 sequence. */
export function utf8Guard(display: string): Transform {
  let carry: Buffer | null = null
  let lines = 1
  const check = (chunk: Buffer, final: boolean): Buffer => {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk
    const tail = final ? 0 : incompleteTail(buf)
    const body = tail > 0 ? buf.subarray(0, buf.length - tail) : buf
    carry = tail > 0 ? Buffer.from(buf.subarray(buf.length - tail)) : null
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body)
      let line = lines
      for (let i = body.indexOf(10); i !== -1 && i < at; i = body.indexOf(10, i + 1)) line++
      const hex = [...body.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')
      throw new ProblemError([{ file: display, line, message: `invalid UTF-8 (bytes ${hex}); save the file as UTF-8 (it looks like ${/^[89a-f]/.test(hex) ? 'Latin-1 or Windows-1252' : 'another encoding'})` }])
    }
    for (let i = body.indexOf(10); i !== -1; i = body.indexOf(10, i + 1)) lines++
    return body
  }
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        cb(null, check(chunk, false))
      } catch (e) {
        cb(e as Error)
      }
    },
    flush(cb: TransformCallback) {
      try {
        if (carry) cb(null, check(Buffer.alloc(0), true))
        else cb()
      } catch (e) {
        cb(e as Error)
      }
    },
  })
}

/** Fails once more than `limit` bytes have come out of a decompressor. */
export function sizeCap(display: string, limit: number, whole?: { gunzip: { bytesWritten: number }; source: { bytesRead: number } }): Transform {
  let total = 0
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      total += chunk.length
      if (total > limit) {
        cb(new ProblemError([{ file: display, message: `expands to more than ${limit.toLocaleString('en-US')} bytes when decompressed (max_decompressed_bytes); raise the cap if the file is genuine` }]))
        return
      }
      cb(null, chunk)
    },
    // zlib stops at bytes that cannot start another gzip member (zero padding, say) without a word:
    // data after them would be audited by no one, while other readers may read it.
    flush(cb: TransformCallback) {
      if (whole && whole.gunzip.bytesWritten < whole.source.bytesRead) {
        const at = whole.gunzip.bytesWritten
        cb(new ProblemError([{ file: display, message: `has ${(whole.source.bytesRead - at).toLocaleString('en-US')} bytes after the end of its gzip data (from byte ${at.toLocaleString('en-US')}), which would not be audited; recompress the file whole (gzip -c data > data.gz)` }]))
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
export function fieldCap(display: string, delimiter: string, limit: number): Transform {
  const delim = Buffer.from(delimiter, 'utf8')
  let line = 1
  let fields = 1
  let matched = 0
  let inQuote = false
  let quoteInQuote = false
  let fieldStart = true
  let recordText = false
  let lastCR = false
  let header = true
  let width = 0
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
        ? { file: display, line, message: `the header has more than ${limit.toLocaleString('en-US')} columns; expected a table with at most ${limit.toLocaleString('en-US')} (is this the right file and delimiter?)` }
        : { file: display, line, message: `expected ${width.toLocaleString('en-US')} fields like the header, found more than ${limit.toLocaleString('en-US')}` },
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
