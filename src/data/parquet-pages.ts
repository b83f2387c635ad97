/**
 * A flat column's data page (DATA_PAGE as warehouses write it, or DATA_PAGE_V2) decoded into
 * typed arrays, not a value per row on the heap: a dictionary-encoded page into its
 * dictionary indices (an Int32Array), a PLAIN page into the typed array hyparquet's `readPlain`
 * gives (a view of the decompressed page for a DOUBLE column). hyparquet's own `readPage` builds
 * an Array per page for the definition levels, assembles a flat column as if it were a list
 * (a loop per value), and dereferences the dictionary into another Array: 30% of a 10M-row
 * audit's CPU, and most of its garbage. The other encodings are decoded by
 * `parquet-encodings.ts`: no data page of a flat column reaches hyparquet's decoders, which trust
 * the lengths and counts a page claims (red team 9 R9-2, R9-3, R9-4).
 */
import type { DecodedArray, PageHeader } from 'hyparquet'
import type { readPage } from 'hyparquet/src/column.js'
import { decompressPage } from 'hyparquet/src/datapage.js'
import { convertValues } from './parquet-decimal.js'
import { decodeValues, readPlainInPage, VALUE_ENCODINGS } from './parquet-encodings.js'

export type ColumnDecoder = Parameters<typeof readPage>[2]

/** A decoded page: dictionary indices (null rows as `nullCode`), or values (null rows as null). */
export type DecodedPage = { codes: Int32Array; values?: undefined } | { codes?: undefined; values: DecodedArray }

/** An opened page: dictionary indices decoded as they are read (`PageCodes`), or values decoded whole. */
export type OpenedPage = { codes: PageCodes; values?: undefined } | { codes?: undefined; values: DecodedArray }

/** Widest bit-packed value decoded with 32-bit arithmetic (a dictionary of 2^24 entries); wider ones exactly, slower. */
const MAX_FAST_WIDTH = 24

/**
 * Decodes `output.length` values of the RLE/bit-packed hybrid encoding held in `bytes[pos, end)`,
 * of any width up to 32 bits; returns whether every value is below `limit` (a dictionary's
 * length: its indices are checked as they are decoded, not in another pass). A run that claims
 * more values than are left (hyparquet's loop walked a claimed 2^31-value run: 6 s of CPU for a
 * 10-byte page, red team 9 R9-2) is an error, as are bytes that end before the values do. A
 * bit-packed run may claim more values than are left (DuckDB pads its last one to 256 values),
 * as its bytes bound what it costs.
 */
export function readHybrid(
  bytes: Uint8Array,
  pos: number,
  end: number,
  width: number,
  output: Int32Array | Uint8Array,
  limit: number = 2 ** width,
): boolean {
  const n = output.length
  if (width === 0) {
    output.fill(0)
    return n === 0 || limit > 0
  }
  if (width > 32) throw new Error(`run-length encoded values of ${width} bits`)
  const mask = width > MAX_FAST_WIDTH ? 2 ** width - 1 : (1 << width) - 1
  const byteWidth = (width + 7) >> 3
  let below = true
  let seen = 0
  while (seen < n) {
    let header = 0
    let shift = 0
    let b: number
    do {
      if (pos >= end || shift > 28) throw new Error('a run-length encoded run runs past the end of its page')
      b = bytes[pos++] as number
      header += (b & 0x7f) * 2 ** shift
      shift += 7
    } while (b & 0x80)
    const count = Math.floor(header / 2)
    if (header % 2 === 1) {
      // Bit-packed: groups of 8 values of `width` bits, least significant bit first.
      const take = Math.min(count * 8, n - seen)
      const used = Math.ceil((take * width) / 8)
      if (pos + used > end) throw new Error('a bit-packed run runs past the end of its page')
      if (width > MAX_FAST_WIDTH) {
        readWide(bytes, pos, width, output, seen, take)
        for (let i = seen; i < seen + take; i++) if ((output[i] as number) >= limit) below = false
      } else {
        const fit =
          width <= 8
            ? unpackBytes(bytes, pos, pos + used, width, output, seen, take, limit)
            : unpackWide(bytes, pos, pos + used, width, output, seen, take, limit)
        below &&= fit
      }
      pos = Math.min(end, pos + count * width)
      seen += take
    } else {
      if (pos + byteWidth > end) throw new Error('a run-length encoded run runs past the end of its page')
      let value = 0
      for (let i = 0; i < byteWidth; i++) value += (bytes[pos++] as number) * 2 ** (8 * i)
      if (value > mask) throw new Error(`a run-length encoded value ${value} is wider than ${width} bits`)
      if (count > n - seen)
        throw new Error(
          `a run-length encoded run claims ${count.toLocaleString('en-US')} values, more than the ${(n - seen).toLocaleString('en-US')} left in its page`,
        )
      if (value > 0x7fffffff) throw new Error(`a run-length encoded value ${value} past 2^31 - 1`)
      const take = count
      output.fill(value, seen, seen + take)
      if (take > 0 && value >= limit) below = false
      seen += take
    }
  }
  return below
}

/**
 * The RLE/bit-packed hybrid encoding of `n` values at `bytes[pos, end)` (as `readHybrid`: the
 * same checks, the same errors), decoded as they are asked for, in order: a run is decoded in
 * parts, a bit-packed one in whole groups of 8 (a part-group into `carry`). Each value must be
 * below `limit`: a dictionary index past its dictionary is an error when it is read.
 */
export class HybridReader {
  /** Values whose run header is still to come. */
  private left: number
  /** The current run-length run: values left, and its value. */
  private rle = 0
  private rleValue = 0
  /** The current bit-packed run: values left, where its next group starts, where its bytes end. */
  private packed = 0
  private packedPos = 0
  private packedEnd = 0
  /** A group decoded ahead: its values `carry[carryAt, carryEnd)` come first. */
  private readonly carry = new Int32Array(8)
  private carryAt = 0
  private carryEnd = 0
  private readonly mask: number
  private readonly byteWidth: number

  constructor(
    private readonly bytes: Uint8Array,
    private pos: number,
    private readonly end: number,
    private readonly width: number,
    n: number,
    private readonly limit: number,
  ) {
    if (width > 32) throw new Error(`run-length encoded values of ${width} bits`)
    this.left = n
    this.mask = width > MAX_FAST_WIDTH ? 2 ** width - 1 : (1 << width) - 1
    this.byteWidth = (width + 7) >> 3
  }

  /** The next `take` values into `output[at, at + take)`. */
  read(output: Int32Array, at: number, take: number): void {
    while (take > 0) {
      if (this.carryAt < this.carryEnd) {
        const t = Math.min(take, this.carryEnd - this.carryAt)
        output.set(this.carry.subarray(this.carryAt, this.carryAt + t), at)
        this.carryAt += t
        at += t
        take -= t
      } else if (this.rle > 0) {
        const t = Math.min(take, this.rle)
        output.fill(this.rleValue, at, at + t)
        this.rle -= t
        at += t
        take -= t
      } else if (this.packed > 0) {
        const whole = Math.min(take, this.packed) & ~7
        if (whole > 0) {
          this.unpack(output, at, whole)
          this.packedPos += (whole >>> 3) * this.width
          this.packed -= whole
          at += whole
          take -= whole
        } else {
          const g = Math.min(8, this.packed)
          this.unpack(this.carry, 0, g)
          this.packedPos += this.width
          this.packed -= g
          this.carryAt = 0
          this.carryEnd = g
        }
      } else this.nextRun()
    }
  }

  /** Reads the next run's header (`readHybrid`'s checks). */
  private nextRun(): void {
    if (this.left <= 0) throw new Error('more values read than a page holds')
    if (this.width === 0) {
      // Every value 0: one run of all of them.
      if (this.limit <= 0) throw new Error(`a dictionary index 0 past its dictionary of ${this.limit} values`)
      this.rle = this.left
      this.rleValue = 0
      this.left = 0
      return
    }
    const bytes = this.bytes
    const end = this.end
    let pos = this.pos
    let header = 0
    let shift = 0
    let b: number
    do {
      if (pos >= end || shift > 28) throw new Error('a run-length encoded run runs past the end of its page')
      b = bytes[pos++] as number
      header += (b & 0x7f) * 2 ** shift
      shift += 7
    } while (b & 0x80)
    const count = Math.floor(header / 2)
    if (header % 2 === 1) {
      const take = Math.min(count * 8, this.left)
      const used = Math.ceil((take * this.width) / 8)
      if (pos + used > end) throw new Error('a bit-packed run runs past the end of its page')
      this.packed = take
      this.packedPos = pos
      this.packedEnd = pos + used
      this.pos = Math.min(end, pos + count * this.width)
      this.left -= take
    } else {
      if (pos + this.byteWidth > end) throw new Error('a run-length encoded run runs past the end of its page')
      let value = 0
      for (let i = 0; i < this.byteWidth; i++) value += (bytes[pos++] as number) * 2 ** (8 * i)
      if (value > this.mask) throw new Error(`a run-length encoded value ${value} is wider than ${this.width} bits`)
      if (count > this.left)
        throw new Error(
          `a run-length encoded run claims ${count.toLocaleString('en-US')} values, more than the ${this.left.toLocaleString('en-US')} left in its page`,
        )
      if (value > 0x7fffffff) throw new Error(`a run-length encoded value ${value} past 2^31 - 1`)
      if (count > 0 && value >= this.limit)
        throw new Error(`a dictionary index ${value} past its dictionary of ${this.limit} values`)
      this.rle = count
      this.rleValue = value
      this.pos = pos
      this.left -= count
    }
  }

  /** `take` values of the bit-packed run from its next group into `output[at, …)`, each below the limit. */
  private unpack(output: Int32Array, at: number, take: number): void {
    const { bytes, width, limit } = this
    let fit: boolean
    if (width > MAX_FAST_WIDTH) {
      readWide(bytes, this.packedPos, width, output, at, take)
      fit = true
      for (let i = at; i < at + take; i++) if ((output[i] as number) >= limit) fit = false
    } else
      fit =
        width <= 8
          ? unpackBytes(bytes, this.packedPos, this.packedEnd, width, output, at, take, limit)
          : unpackWide(bytes, this.packedPos, this.packedEnd, width, output, at, take, limit)
    if (!fit)
      for (let i = at; i < at + take; i++)
        if ((output[i] as number) >= limit)
          throw new Error(`a dictionary index ${output[i]} past its dictionary of ${limit} values`)
  }
}

/**
 * A dictionary-encoded page's rows as dictionary indices, decoded as they are read, in order
 * (`HybridReader`); a null row (from the definition levels, decoded when the page was opened)
 * is `nullCode`.
 */
export class PageCodes {
  /** The row read next. */
  private row = 0
  private present: Int32Array | null = null
  /** The page's indices (and its bytes), until its last row is read. */
  private reader: HybridReader | null
  /** Per row, whether it has a value; null when every row has. */
  private defined: Uint8Array | null

  constructor(
    /** Rows of the page. */
    readonly length: number,
    reader: HybridReader,
    defined: Uint8Array | null,
    private readonly nullCode: number,
  ) {
    this.reader = reader
    this.defined = defined
  }

  /** The next `take` rows' indices into `output[at, at + take)`. */
  read(output: Int32Array, at: number, take: number): void {
    if (this.row + take > this.length) throw new Error('more rows read than a page holds')
    this.readRows(output, at, take)
    // Read to its end, the page holds nothing: a batch keeps the pages it spans until it is built.
    if (this.row === this.length) {
      this.reader = null
      this.defined = null
      this.present = null
    }
  }

  private readRows(output: Int32Array, at: number, take: number): void {
    if (take === 0) return
    const reader = this.reader as HybridReader
    const defined = this.defined
    if (!defined) {
      reader.read(output, at, take)
      this.row += take
      return
    }
    let n = 0
    for (let i = this.row; i < this.row + take; i++) n += defined[i] as number
    if (this.present === null || this.present.length < n) this.present = new Int32Array(Math.max(n, 1024))
    const present = this.present
    reader.read(present, 0, n)
    for (let i = 0, j = 0; i < take; i++)
      output[at + i] = defined[this.row + i] ? (present[j++] as number) : this.nullCode
    this.row += take
  }

  /** Every row not read yet. */
  rest(): Int32Array {
    const out = new Int32Array(this.length - this.row)
    this.read(out, 0, out.length)
    return out
  }
}

/** `take` bit-packed values of 25 to 32 bits from `bytes[pos, …)` into `output[seen, …)`, exactly. */
function readWide(
  bytes: Uint8Array,
  pos: number,
  width: number,
  output: Int32Array | Uint8Array,
  seen: number,
  take: number,
): void {
  for (let i = 0; i < take; i++) {
    let bit = pos * 8 + i * width
    let v = 0
    for (let k = 0; k < width;) {
      const off = bit & 7
      const part = Math.min(8 - off, width - k)
      v += (((bytes[bit >> 3] as number) >> off) & ((1 << part) - 1)) * 2 ** k
      k += part
      bit += part
    }
    if (v > 0x7fffffff) throw new Error(`a bit-packed value ${v} past 2^31 - 1`)
    output[seen + i] = v
  }
}

/** A little-endian 32-bit word at `bytes[p]` (as a signed int: shift it with `>>>`). */
function word(bytes: Uint8Array, p: number): number {
  return (
    (bytes[p] as number) |
    ((bytes[p + 1] as number) << 8) |
    ((bytes[p + 2] as number) << 16) |
    ((bytes[p + 3] as number) << 24)
  )
}

/**
 * Unpacks `take` values of `width` bits (1 to 8), least significant bit first, from
 * `bytes[from, to)` into `output` from `at`; returns whether all are below `limit`. A group of
 * 8 values is `width` bytes: its first 4 values lie in the 32-bit word at its start, its last 4
 * in the word from the byte where the fifth begins, so a group is two reads and 8 shifts (4
 * times faster than a loop over bits). The last groups, whose words would pass `to`, bit by bit.
 */
function unpackBytes(
  bytes: Uint8Array,
  from: number,
  to: number,
  width: number,
  output: Int32Array | Uint8Array,
  at: number,
  take: number,
  limit: number,
): boolean {
  const mask = (1 << width) - 1
  // `top - v` is negative for a value past the limit: OR-ed together, the sign says whether any was.
  const top = Math.min(limit, mask + 1) - 1
  let past = top
  const s1 = width
  const s2 = 2 * width
  const s3 = 3 * width
  const half = (4 * width) >>> 3
  const h0 = (4 * width) & 7
  const h1 = h0 + width
  const h2 = h0 + 2 * width
  const h3 = h0 + 3 * width
  let i = 0
  let p = from
  for (; i + 8 <= take && p + 8 <= to; i += 8, p += width) {
    const lo = word(bytes, p)
    const hi = word(bytes, p + half)
    const v0 = lo & mask
    const v1 = (lo >>> s1) & mask
    const v2 = (lo >>> s2) & mask
    const v3 = (lo >>> s3) & mask
    const v4 = (hi >>> h0) & mask
    const v5 = (hi >>> h1) & mask
    const v6 = (hi >>> h2) & mask
    const v7 = (hi >>> h3) & mask
    const o = at + i
    output[o] = v0
    output[o + 1] = v1
    output[o + 2] = v2
    output[o + 3] = v3
    output[o + 4] = v4
    output[o + 5] = v5
    output[o + 6] = v6
    output[o + 7] = v7
    past |= (top - v0) | (top - v1) | (top - v2) | (top - v3) | (top - v4) | (top - v5) | (top - v6) | (top - v7)
  }
  // The rest bit by bit, from the byte where group i / 8 starts.
  let acc = 0
  let bits = 0
  for (; i < take; i++) {
    while (bits < width) {
      acc |= (bytes[p++] as number) << bits
      bits += 8
    }
    const v = acc & mask
    output[at + i] = v
    past |= top - v
    acc >>>= width
    bits -= width
  }
  return past >= 0 && limit > 0
}

/**
 * `unpackBytes` for 9 to 24 bits: each value read from the bytes that hold its bits as one
 * little-endian window (3 or 4 bytes: a value starts at most 7 bits into its first byte); the
 * last values, whose window would pass `to`, bit by bit.
 */
function unpackWide(
  bytes: Uint8Array,
  from: number,
  to: number,
  width: number,
  output: Int32Array | Uint8Array,
  at: number,
  take: number,
  limit: number,
): boolean {
  const mask = (1 << width) - 1
  const top = Math.min(limit, mask + 1) - 1
  let past = top
  let i = 0
  for (; i < take; i++) {
    const bit = i * width
    const p = from + (bit >>> 3)
    if (p + 4 > to) break
    const v = (word(bytes, p) >>> (bit & 7)) & mask
    output[at + i] = v
    past |= top - v
  }
  const bit = i * width
  let p = from + (bit >>> 3)
  let bits = 0
  let acc = 0
  if (i < take) {
    acc = (bytes[p++] as number) >>> (bit & 7)
    bits = 8 - (bit & 7)
  }
  for (; i < take; i++) {
    while (bits < width) {
      acc |= (bytes[p++] as number) << bits
      bits += 8
    }
    const v = acc & mask
    output[at + i] = v
    past |= top - v
    acc >>>= width
    bits -= width
  }
  return past >= 0 && limit > 0
}

/**
 * The zeros among `n` values of width 1 in the RLE/bit-packed hybrid encoding at `bytes[pos, end)`
 * (a page's null rows, from its definition levels), without writing them out: a run of ones, as
 * writers give a column without nulls, costs nothing a value. The errors are `readHybrid`'s.
 */
export function hybridZeros(bytes: Uint8Array, pos: number, end: number, n: number): number {
  let zeros = 0
  let seen = 0
  while (seen < n) {
    let header = 0
    let shift = 0
    let b: number
    do {
      if (pos >= end || shift > 28) throw new Error('a run-length encoded run runs past the end of its page')
      b = bytes[pos++] as number
      header += (b & 0x7f) * 2 ** shift
      shift += 7
    } while (b & 0x80)
    const count = Math.floor(header / 2)
    if (header % 2 === 1) {
      const take = Math.min(count * 8, n - seen)
      const used = Math.ceil(take / 8)
      if (pos + used > end) throw new Error('a bit-packed run runs past the end of its page')
      let ones = 0
      const whole = take >>> 3
      for (let i = 0; i < whole; i++) ones += POPCOUNT[bytes[pos + i] as number] as number
      if (take & 7) ones += POPCOUNT[(bytes[pos + whole] as number) & ((1 << (take & 7)) - 1)] as number
      zeros += take - ones
      pos = Math.min(end, pos + count)
      seen += take
    } else {
      if (pos + 1 > end) throw new Error('a run-length encoded run runs past the end of its page')
      const value = bytes[pos++] as number
      if (value > 1) throw new Error(`a run-length encoded value ${value} is wider than 1 bits`)
      if (count > n - seen)
        throw new Error(
          `a run-length encoded run claims ${count.toLocaleString('en-US')} values, more than the ${(n - seen).toLocaleString('en-US')} left in its page`,
        )
      const take = count
      if (value === 0) zeros += take
      seen += take
    }
  }
  return zeros
}

/** The 1 bits of each byte. */
const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0
  for (let x = b; x; x >>= 1) n += x & 1
  return n
})

/**
 * A data page's header (version 1 or 2) and its values' encoding, which must be one the
 * product decodes (else an error: no page goes on to hyparquet's decoders).
 */
export function dataPageOf(header: PageHeader): {
  v1: PageHeader['data_page_header']
  v2: PageHeader['data_page_header_v2']
  encoding: string
  dictionaryEncoded: boolean
} {
  const v1 = header.type === 'DATA_PAGE' ? header.data_page_header : undefined
  const v2 = header.type === 'DATA_PAGE_V2' ? header.data_page_header_v2 : undefined
  if (!v1 && !v2) throw new Error(`a page of type ${header.type} where a data page is expected`)
  const encoding = (v1?.encoding ?? v2?.encoding) as string
  const dictionaryEncoded = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY'
  if (!dictionaryEncoded && encoding !== 'PLAIN' && !VALUE_ENCODINGS.has(encoding))
    throw new Error(`values in the ${String(encoding)} encoding, which is not read`)
  return { v1, v2, encoding, dictionaryEncoded }
}

/**
 * Decodes a data page of a flat column (`compressed`: its bytes after the header), whatever its
 * encoding; a page it cannot read is an error. `dictionaryLength`: the column chunk's
 * dictionary, when it has one; its indices must lie inside it, and null rows get the index
 * `dictionaryLength`. `charge(bytes)` is told what a DELTA_BYTE_ARRAY page's strings take
 * decoded, before they are allocated (it throws to refuse them).
 */
export function decodeFlatPage(
  compressed: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  dictionaryLength: number | undefined,
  charge: (bytes: number, longest: number) => void = () => {},
): DecodedPage {
  const page = openFlatPage(compressed, header, decoder, dictionaryLength, charge)
  return page.codes ? { codes: page.codes.rest() } : page
}

/**
 * `decodeFlatPage`, but a dictionary-encoded page's indices are decoded as they are read
 * (`PageCodes`): its definition levels and values are checked now, its indices (and whether
 * they lie inside the dictionary) when read. Decoded whole, 34 columns of pages of 360,000
 * indices held 4 bytes an index at once and a row group of 1,000,000 rows was refused as
 * too much to hold; read a batch at a time they hold the page's bytes (10 bits an index of a
 * dictionary of 1,024) and a byte a row for the nulls.
 */
export function openFlatPage(
  compressed: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  dictionaryLength: number | undefined,
  charge: (bytes: number, longest: number) => void = () => {},
): OpenedPage {
  const { v1, v2, encoding, dictionaryEncoded } = dataPageOf(header)
  const element = decoder.element
  if (element.repetition_type === 'REPEATED') throw new Error('a repeated column read as a flat one')
  const optional = element.repetition_type === 'OPTIONAL'
  if (v1 && optional && v1.definition_level_encoding !== 'RLE')
    throw new Error(
      `definition levels in the ${String(v1.definition_level_encoding)} encoding (deprecated; not read): rewrite the file with a current writer (pyarrow, Spark, DuckDB)`,
    )
  const rows = (v1?.num_values ?? v2?.num_values) as number
  // Where the definition levels are (`levels[from, to)`), and the values (`page[pos, …)`).
  let levels: Uint8Array
  let from = 0
  let to = 0
  let page: Uint8Array
  let pos = 0
  const size = Number(header.uncompressed_page_size)
  if (v1) {
    page = decompressPage(compressed, size, decoder.codec, decoder.compressors)
    levels = page
    if (optional) {
      if (page.length < 4) throw new Error('a page ends before its definition levels')
      from = 4
      to = 4 + new DataView(page.buffer, page.byteOffset, page.byteLength).getUint32(0, true)
      pos = to
    }
  } else {
    const d = v2 as NonNullable<PageHeader['data_page_header_v2']>
    // Version 2 keeps the levels uncompressed, before the values. A flat column's repetition
    // levels (all 0) are skipped, as hyparquet skips them, and a required one's definition levels.
    const rep = d.repetition_levels_byte_length
    from = rep
    to = rep + d.definition_levels_byte_length
    levels = compressed
    if (!(rep >= 0 && to >= rep) || to > compressed.length || to > size)
      throw new Error('the definition levels run past the end of their page')
    const values = compressed.subarray(to)
    // An uncompressed page's bytes are its uncompressed size, as `decompressPage` holds a
    // compressed one's to it: the size is what the page is charged (`pageCost`, HeldPages), and a
    // claim of 3 bytes for 16 MiB let 32 columns sharing one chunk hold 592 MB (review 18 F5).
    if (d.is_compressed === false && values.length !== size - to)
      throw new Error(
        `an uncompressed page of ${compressed.length.toLocaleString('en-US')} bytes whose header says ${size.toLocaleString('en-US')}`,
      )
    page = d.is_compressed === false ? values : decompressPage(values, size - to, decoder.codec, decoder.compressors)
  }
  if (to > levels.length) throw new Error('the definition levels run past the end of their page')
  let defined: Uint8Array | null = null
  let nulls = 0
  if (optional) {
    nulls = hybridZeros(levels, from, to, rows)
    if (v2 && v2.num_nulls !== nulls)
      throw new Error(`a page's definition levels hold ${nulls} nulls, its header says ${v2.num_nulls}`)
    if (nulls > 0) {
      defined = new Uint8Array(rows)
      readHybrid(levels, from, to, 1, defined)
    }
  }
  const present = rows - nulls
  if (dictionaryEncoded) {
    if (dictionaryLength === undefined) throw new Error('a dictionary-encoded page comes without a dictionary page')
    let width = 0
    if (present > 0) {
      if (pos >= page.length) throw new Error('a page ends before its dictionary indices')
      width = page[pos] as number
      if (width > 32) throw new Error(`dictionary indices of ${width} bits`)
    }
    // The page's bytes stay until its rows are read: a view of a larger buffer (an uncompressed
    // page in the column chunk's read window) is copied, so that it does not keep the window.
    const bytes = page.buffer.byteLength > 2 * page.byteLength + 4096 ? page.slice() : page
    const reader = new HybridReader(bytes, pos + 1, bytes.length, width, present, dictionaryLength)
    return { codes: new PageCodes(rows, reader, defined, dictionaryLength) }
  }
  const raw =
    encoding === 'PLAIN'
      ? readPlainInPage(page, pos, present, decoder)
      : decodeValues(encoding, page, pos, present, decoder, readHybrid, charge)
  const values = convertValues(raw, decoder)
  if (values.length !== present) throw new Error(`a page holds ${values.length} values, its header says ${present}`)
  if (!defined) return { values }
  const all = new Array<unknown>(rows)
  for (let i = 0, j = 0; i < rows; i++) all[i] = defined[i] ? values[j++] : null
  return { values: all }
}
