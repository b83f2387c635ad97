/**
 * The value encodings a flat column's data page may have besides PLAIN and the dictionary
 * (RLE booleans, BYTE_STREAM_SPLIT, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY,
 * DELTA_BYTE_ARRAY), and dictionary pages, decoded with every length the page claims checked
 * against the page's values and bytes before anything is allocated from it. hyparquet's own
 * decoders trust the file: a DELTA_BYTE_ARRAY prefix is never checked against the value before
 * it (252 bytes allocated 3 GB, red team 9 R9-4), an RLE boolean run of 2^31 values grew an
 * Array past its page (257 bytes, 2.5 GB, R9-3), and a DELTA_BINARY_PACKED header sizes an
 * array from a varint. A page that breaks a bound throws a plain Error naming what is wrong,
 * which the caller reports as a damaged page.
 */
import type { DecodedArray, PageHeader } from 'hyparquet'
import type { readPage } from 'hyparquet/src/column.js'
import { decompressPage } from 'hyparquet/src/datapage.js'
import { readPlain } from 'hyparquet/src/plain.js'

type ColumnDecoder = Parameters<typeof readPage>[2]

/** Decodes `output.length` values of the RLE/bit-packed hybrid (parquet-pages.ts `readHybrid`). */
export type HybridReader = (
  bytes: Uint8Array,
  pos: number,
  end: number,
  width: number,
  output: Int32Array | Uint8Array,
) => void

/** The encodings `decodeValues` reads. */
export const VALUE_ENCODINGS: ReadonlySet<string> = new Set([
  'RLE',
  'BYTE_STREAM_SPLIT',
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
])

/**
 * Largest DELTA_BINARY_PACKED block: the spec asks for a multiple of 128 values, and writers
 * use 128 (parquet-mr, Arrow, hyparquet-writer) or a few times that (DuckDB 2,048).
 */
const MAX_DELTA_BLOCK = 1 << 16

const num = (n: number): string => n.toLocaleString('en-US')

/** A read position in `bytes[pos, end)`. */
interface Cursor {
  bytes: Uint8Array
  pos: number
  end: number
}

function uvarint(c: Cursor, what: string): number {
  let v = 0
  for (let shift = 0; ; shift += 7) {
    if (c.pos >= c.end || shift > 49) throw new Error(`${what} runs past the end of its page`)
    const b = c.bytes[c.pos++] as number
    v += (b & 0x7f) * 2 ** shift
    if (b < 0x80) return v
  }
}

function zigzag(c: Cursor, what: string): bigint {
  let v = 0n
  for (let shift = 0n; ; shift += 7n) {
    if (c.pos >= c.end || shift > 63n) throw new Error(`${what} runs past the end of its page`)
    const b = c.bytes[c.pos++] as number
    v |= BigInt(b & 0x7f) << shift
    if (b < 0x80) return (v >> 1n) ^ -(v & 1n)
  }
}

/** `width` (≤ 32) bits of `bytes` from bit `bit`, least significant first, as a number. */
function bitsAt(bytes: Uint8Array, bit: number, width: number): number {
  let v = 0
  for (let k = 0; k < width;) {
    const off = bit & 7
    const take = Math.min(8 - off, width - k)
    v += (((bytes[bit >> 3] as number) >> off) & ((1 << take) - 1)) * 2 ** k
    k += take
    bit += take
  }
  return v
}

/**
 * DELTA_BINARY_PACKED: `n` values (INT32 as an Int32Array, INT64 as a BigInt64Array), and where
 * they end. Arithmetic wraps at the type's width, as writers compute it.
 */
export function readDeltaBinaryPacked(c: Cursor, n: number, int64: boolean): Int32Array | BigInt64Array {
  const what = 'a DELTA_BINARY_PACKED header'
  const blockSize = uvarint(c, what)
  const miniblocks = uvarint(c, what)
  const total = uvarint(c, what)
  let value = zigzag(c, what)
  if (blockSize === 0 || blockSize % 128 !== 0 || blockSize > MAX_DELTA_BLOCK)
    throw new Error(`a DELTA_BINARY_PACKED block of ${num(blockSize)} values (a multiple of 128 is expected)`)
  if (miniblocks === 0 || blockSize % miniblocks !== 0 || (blockSize / miniblocks) % 32 !== 0)
    throw new Error(`a DELTA_BINARY_PACKED block of ${num(blockSize)} values in ${num(miniblocks)} miniblocks`)
  if (total !== n) throw new Error(`a DELTA_BINARY_PACKED run holds ${num(total)} values, its page ${num(n)}`)
  const per = blockSize / miniblocks
  const out = int64 ? new BigInt64Array(n) : new Int32Array(n)
  if (n === 0) return out
  let i = 1
  if (int64) {
    const o = out as BigInt64Array
    o[0] = BigInt.asIntN(64, value)
    while (i < n) {
      const minDelta = zigzag(c, 'a DELTA_BINARY_PACKED block')
      const widthsAt = c.pos
      if (widthsAt + miniblocks > c.end) throw new Error('a DELTA_BINARY_PACKED block runs past the end of its page')
      c.pos += miniblocks
      for (let m = 0; m < miniblocks && i < n; m++) {
        const width = c.bytes[widthsAt + m] as number
        if (width > 64) throw new Error(`a DELTA_BINARY_PACKED miniblock of ${width}-bit values`)
        const take = Math.min(per, n - i)
        if (c.pos + Math.ceil((take * width) / 8) > c.end)
          throw new Error('a DELTA_BINARY_PACKED miniblock runs past the end of its page')
        const bit = c.pos * 8
        for (let j = 0; j < take; j++) {
          const at = bit + j * width
          let residual: bigint
          if (width <= 32) residual = BigInt(bitsAt(c.bytes, at, width))
          else residual = BigInt(bitsAt(c.bytes, at, 32)) | (BigInt(bitsAt(c.bytes, at + 32, width - 32)) << 32n)
          value = BigInt.asIntN(64, value + minDelta + residual)
          o[i++] = value
        }
        c.pos += (per * width) / 8
      }
    }
    return o
  }
  const o = out as Int32Array
  let v = Number(BigInt.asIntN(32, value))
  o[0] = v
  while (i < n) {
    const minDelta = Number(BigInt.asIntN(32, zigzag(c, 'a DELTA_BINARY_PACKED block')))
    const widthsAt = c.pos
    if (widthsAt + miniblocks > c.end) throw new Error('a DELTA_BINARY_PACKED block runs past the end of its page')
    c.pos += miniblocks
    for (let m = 0; m < miniblocks && i < n; m++) {
      const width = c.bytes[widthsAt + m] as number
      if (width > 64) throw new Error(`a DELTA_BINARY_PACKED miniblock of ${width}-bit values`)
      const take = Math.min(per, n - i)
      if (c.pos + Math.ceil((take * width) / 8) > c.end)
        throw new Error('a DELTA_BINARY_PACKED miniblock runs past the end of its page')
      // Bits from the 33rd on vanish modulo 2^32.
      const low = Math.min(width, 32)
      const bit = c.pos * 8
      for (let j = 0; j < take; j++) {
        v = (v + minDelta + bitsAt(c.bytes, bit + j * width, low)) | 0
        o[i++] = v
      }
      c.pos += (per * width) / 8
    }
  }
  return o
}

/** Non-negative lengths of `n` byte strings (DELTA_BINARY_PACKED). */
function readLengths(c: Cursor, n: number, what: string): Int32Array {
  const lengths = readDeltaBinaryPacked(c, n, false) as Int32Array
  for (let i = 0; i < n; i++) if ((lengths[i] as number) < 0) throw new Error(`a ${what} of ${lengths[i]} bytes`)
  return lengths
}

/** DELTA_LENGTH_BYTE_ARRAY: `n` byte strings, views of the page. */
function readDeltaLengthByteArray(c: Cursor, n: number): Uint8Array[] {
  const lengths = readLengths(c, n, 'DELTA_LENGTH_BYTE_ARRAY length')
  let sum = 0
  for (let i = 0; i < n; i++) sum += lengths[i] as number
  if (c.pos + sum > c.end) throw new Error(`a page's strings take ${num(sum)} bytes, past the end of the page`)
  const out = new Array<Uint8Array>(n)
  for (let i = 0; i < n; i++) {
    const len = lengths[i] as number
    out[i] = c.bytes.subarray(c.pos, c.pos + len)
    c.pos += len
  }
  return out
}

/**
 * DELTA_BYTE_ARRAY: `n` byte strings, each a prefix of the one before and a suffix from the
 * page. A prefix longer than the string before it is an error, and `charge` is told the bytes
 * (and the longest string's)
 * the strings take in all before they are allocated (one buffer, of which each is a view).
 */
function readDeltaByteArray(c: Cursor, n: number, charge: (bytes: number, longest: number) => void): Uint8Array[] {
  const prefixes = readLengths(c, n, 'DELTA_BYTE_ARRAY prefix')
  const suffixes = readLengths(c, n, 'DELTA_BYTE_ARRAY suffix')
  let suffixBytes = 0
  let total = 0
  let previous = 0
  let longest = 0
  for (let i = 0; i < n; i++) {
    const prefix = prefixes[i] as number
    if (prefix > previous)
      throw new Error(
        `a DELTA_BYTE_ARRAY string takes a prefix of ${num(prefix)} bytes from one of ${num(previous)} (string ${num(i + 1)} of its page)`,
      )
    previous = prefix + (suffixes[i] as number)
    suffixBytes += suffixes[i] as number
    total += previous
    if (previous > longest) longest = previous
  }
  if (c.pos + suffixBytes > c.end)
    throw new Error(`a page's string suffixes take ${num(suffixBytes)} bytes, past the end of the page`)
  charge(total, longest)
  const buf = new Uint8Array(total)
  const out = new Array<Uint8Array>(n)
  let at = 0
  let last = 0
  for (let i = 0; i < n; i++) {
    const prefix = prefixes[i] as number
    const suffix = suffixes[i] as number
    buf.copyWithin(at, last, last + prefix)
    buf.set(c.bytes.subarray(c.pos, c.pos + suffix), at + prefix)
    c.pos += suffix
    out[i] = buf.subarray(at, at + prefix + suffix)
    last = at
    at += prefix + suffix
  }
  return out
}

function byteWidth(type: string | undefined, typeLength: number | undefined): number {
  if (type === 'INT32' || type === 'FLOAT') return 4
  if (type === 'INT64' || type === 'DOUBLE') return 8
  if (type === 'FIXED_LEN_BYTE_ARRAY' && typeLength !== undefined && typeLength > 0) return typeLength
  throw new Error(`BYTE_STREAM_SPLIT values of a ${type} column`)
}

/** BYTE_STREAM_SPLIT: `n` values of the column's width, their bytes one stream per byte. */
function readByteStreamSplit(c: Cursor, n: number, type: string | undefined, typeLength?: number): DecodedArray {
  const width = byteWidth(type, typeLength)
  if (c.pos + n * width > c.end) throw new Error(`a page of ${num(n)} values of ${num(width)} bytes ends before them`)
  const bytes = new Uint8Array(n * width)
  for (let b = 0; b < width; b++) {
    const from = c.pos + b * n
    for (let i = 0; i < n; i++) bytes[i * width + b] = c.bytes[from + i] as number
  }
  c.pos += n * width
  if (type === 'FLOAT') return new Float32Array(bytes.buffer)
  if (type === 'DOUBLE') return new Float64Array(bytes.buffer)
  if (type === 'INT32') return new Int32Array(bytes.buffer)
  if (type === 'INT64') return new BigInt64Array(bytes.buffer)
  return Array.from({ length: n }, (_, i) => bytes.subarray(i * width, (i + 1) * width))
}

/** RLE booleans: a 4-byte length, then the hybrid encoding of 1-bit values. */
function readRleBooleans(c: Cursor, n: number, hybrid: HybridReader): boolean[] {
  if (c.pos + 4 > c.end) throw new Error('a page of RLE booleans ends before its length')
  const b = c.bytes
  const length =
    ((b[c.pos] as number) | ((b[c.pos + 1] as number) << 8) | ((b[c.pos + 2] as number) << 16)) +
    (b[c.pos + 3] as number) * 2 ** 24
  const from = c.pos + 4
  if (from + length > c.end)
    throw new Error(`a page's RLE booleans take ${num(length)} bytes, past the end of the page`)
  const bits = new Uint8Array(n)
  hybrid(b, from, from + length, 1, bits)
  c.pos = from + length
  const out = new Array<boolean>(n)
  for (let i = 0; i < n; i++) out[i] = bits[i] === 1
  return out
}

/**
 * `n` values of `encoding` (one of VALUE_ENCODINGS) from `page[pos, …)`, as hyparquet's
 * decoders give them (before `convert`). `charge(bytes)` is told what DELTA_BYTE_ARRAY
 * strings take decoded before they are allocated.
 */
export function decodeValues(
  encoding: string,
  page: Uint8Array,
  pos: number,
  n: number,
  decoder: ColumnDecoder,
  hybrid: HybridReader,
  charge: (bytes: number, longest: number) => void,
): DecodedArray {
  const c: Cursor = { bytes: page, pos, end: page.length }
  const type = decoder.element.type
  const refuse = (): Error => new Error(`values of a ${type} column in the ${encoding} encoding`)
  switch (encoding) {
    case 'RLE':
      if (type !== 'BOOLEAN') throw refuse()
      return readRleBooleans(c, n, hybrid)
    case 'BYTE_STREAM_SPLIT':
      return readByteStreamSplit(c, n, type, decoder.element.type_length)
    case 'DELTA_BINARY_PACKED':
      if (type !== 'INT32' && type !== 'INT64') throw refuse()
      return readDeltaBinaryPacked(c, n, type === 'INT64')
    case 'DELTA_LENGTH_BYTE_ARRAY':
      if (type !== 'BYTE_ARRAY') throw refuse()
      return readDeltaLengthByteArray(c, n)
    case 'DELTA_BYTE_ARRAY': {
      if (type !== 'BYTE_ARRAY' && type !== 'FIXED_LEN_BYTE_ARRAY') throw refuse()
      const values = readDeltaByteArray(c, n, charge)
      const fixed = decoder.element.type_length
      if (type === 'FIXED_LEN_BYTE_ARRAY' && values.some((v) => v.length !== fixed))
        throw new Error(`a DELTA_BYTE_ARRAY value of a FIXED_LEN_BYTE_ARRAY(${fixed}) column of another length`)
      return values
    }
    default:
      throw new Error(`values in the ${encoding} encoding, which is not read`)
  }
}

/**
 * PLAIN values with their end checked against the page: hyparquet's readPlain makes views of
 * the buffer the page lies in, so a length past the page read the bytes after it.
 */
export function readPlainInPage(page: Uint8Array, pos: number, n: number, decoder: ColumnDecoder): DecodedArray {
  if (decoder.type === 'BYTE_ARRAY') return readPlainBytes(page, pos, n)
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const reader = { view, offset: pos }
  const values = readPlain(reader, decoder.type, n, decoder.element.type_length)
  if (reader.offset > page.length) throw new Error(`a page's ${num(n)} values run past the end of the page`)
  return values
}

/** Values of at most this many bytes are one view for every row that holds them (`readPlainBytes`). */
export const SHARED_VIEW_BYTES = 6

/**
 * `n` PLAIN byte arrays from `page[pos, …)`, each a view of the page, as hyparquet's `readPlain`
 * gives them; but the rows of a short value (a label's `0` and `1`) share one view, which the
 * string conversion then names once (see `stringFromBytes` in parquet.ts). A view and a string a
 * row, for two PLAIN label columns of 1,000,000 rows, were 103 MB of garbage to collect.
 */
function readPlainBytes(page: Uint8Array, pos: number, n: number): Uint8Array[] {
  const out = new Array<Uint8Array>(n)
  const end = page.length
  const shared = new Map<number, Uint8Array>()
  for (let i = 0; i < n; i++) {
    if (pos + 4 > end) throw new Error(`a page's ${num(n)} values run past the end of the page`)
    const length =
      ((page[pos] as number) |
        ((page[pos + 1] as number) << 8) |
        ((page[pos + 2] as number) << 16) |
        ((page[pos + 3] as number) << 24)) >>>
      0
    pos += 4
    if (length > end - pos) throw new Error(`a page's ${num(n)} values run past the end of the page`)
    if (length <= SHARED_VIEW_BYTES) {
      // The value's bytes and its length as one number below 2^51.
      let key = 0
      for (let j = 0; j < length; j++) key = key * 256 + (page[pos + j] as number)
      key = key * 8 + length
      let v = shared.get(key)
      if (v === undefined) {
        v = page.subarray(pos, pos + length)
        shared.set(key, v)
      }
      out[i] = v
    } else out[i] = page.subarray(pos, pos + length)
    pos += length
  }
  return out
}

/** A dictionary page's values (PLAIN), as hyparquet's readPage gives them (before `convert`). */
export function decodeDictionaryPage(compressed: Uint8Array, header: PageHeader, decoder: ColumnDecoder): DecodedArray {
  const d = header.dictionary_page_header
  if (!d) throw new Error('a dictionary page without its header')
  if (d.encoding !== undefined && d.encoding !== 'PLAIN' && d.encoding !== 'PLAIN_DICTIONARY')
    throw new Error(`a dictionary page in the ${d.encoding} encoding`)
  const page = decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors)
  return readPlainInPage(page, 0, d.num_values, decoder)
}
