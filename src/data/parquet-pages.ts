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

/** Widest bit-packed value decoded with 32-bit arithmetic (a dictionary of 2^24 entries); wider ones exactly, slower. */
const MAX_FAST_WIDTH = 24

/**
 * Decodes `output.length` values of the RLE/bit-packed hybrid encoding held in `bytes[pos, end)`,
 * of any width up to 32 bits. A run that claims more values than are left (hyparquet's loop
 * walked a claimed 2^31-value run: 6 s of CPU for a 10-byte page, red team 9 R9-2) is an
 * error, as are bytes that end before the values do. A bit-packed run may claim more values
 * than are left (DuckDB pads its last one to 256 values), as its bytes bound what it costs.
 */
export function readHybrid(
  bytes: Uint8Array,
  pos: number,
  end: number,
  width: number,
  output: Int32Array | Uint8Array,
): void {
  const n = output.length
  if (width === 0) {
    output.fill(0)
    return
  }
  if (width > 32) throw new Error(`run-length encoded values of ${width} bits`)
  const mask = width > MAX_FAST_WIDTH ? 2 ** width - 1 : (1 << width) - 1
  const byteWidth = (width + 7) >> 3
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
        pos = Math.min(end, pos + count * width)
        seen += take
        continue
      }
      let acc = 0
      let bits = 0
      let p = pos
      for (let i = 0; i < take; i++) {
        while (bits < width) {
          acc |= (bytes[p++] as number) << bits
          bits += 8
        }
        output[seen + i] = acc & mask
        acc >>>= width
        bits -= width
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
      seen += take
    }
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
  charge: (bytes: number) => void = () => {},
): DecodedPage {
  const v1 = header.type === 'DATA_PAGE' ? header.data_page_header : undefined
  const v2 = header.type === 'DATA_PAGE_V2' ? header.data_page_header_v2 : undefined
  if (!v1 && !v2) throw new Error(`a page of type ${header.type} where a data page is expected`)
  const encoding = (v1?.encoding ?? v2?.encoding) as string
  const dictionaryEncoded = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY'
  if (!dictionaryEncoded && encoding !== 'PLAIN' && !VALUE_ENCODINGS.has(encoding))
    throw new Error(`values in the ${String(encoding)} encoding, which is not read`)
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
    page = d.is_compressed === false ? values : decompressPage(values, size - to, decoder.codec, decoder.compressors)
  }
  if (to > levels.length) throw new Error('the definition levels run past the end of their page')
  let defined: Uint8Array | null = null
  let nulls = 0
  if (optional) {
    defined = new Uint8Array(rows)
    readHybrid(levels, from, to, 1, defined)
    for (let i = 0; i < rows; i++) nulls += 1 - (defined[i] as number)
    if (v2 && v2.num_nulls !== nulls)
      throw new Error(`a page's definition levels hold ${nulls} nulls, its header says ${v2.num_nulls}`)
    if (nulls === 0) defined = null
  }
  const present = rows - nulls
  if (dictionaryEncoded) {
    if (dictionaryLength === undefined) throw new Error('a dictionary-encoded page comes without a dictionary page')
    const codes = new Int32Array(present)
    if (present > 0) {
      if (pos >= page.length) throw new Error('a page ends before its dictionary indices')
      const width = page[pos] as number
      if (width > 32) throw new Error(`dictionary indices of ${width} bits`)
      readHybrid(page, pos + 1, page.length, width, codes)
      for (let i = 0; i < present; i++)
        if ((codes[i] as number) >= dictionaryLength || (codes[i] as number) < 0)
          throw new Error(`a dictionary index ${codes[i]} past its dictionary of ${dictionaryLength} values`)
    }
    if (!defined) return { codes }
    const all = new Int32Array(rows)
    for (let i = 0, j = 0; i < rows; i++) all[i] = defined[i] ? (codes[j++] as number) : dictionaryLength
    return { codes: all }
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
