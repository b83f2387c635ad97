/**
 * A nested column (a list or struct) is assembled by hyparquet's own row-group reader, whose
 * decoders trust what a page claims: a run of repetition or definition levels claiming 2^31
 * values grows an Array past its page (red team 9 R9-3), a DELTA_BYTE_ARRAY prefix allocates
 * what it says (R9-4). Before hyparquet reads a nested column chunk, every page of it is decoded
 * here with the product's bounded decoders (levels by `readHybrid`, values by
 * `parquet-encodings.ts`) and its inflated bytes and decoded strings charged: a page that passes
 * claims nothing hyparquet's loops could run past (its runs end with its values, its lengths
 * inside its bytes), so hyparquet's decode of it is bounded by the same page. The cost is a
 * second decode of a column that is rare in an audit.
 */
import type { DecodedArray, PageHeader, ParquetParsers, SchemaTree } from 'hyparquet'
import { assembleNested } from 'hyparquet/src/assemble.js'
import { parquetHeader, readColumn } from 'hyparquet/src/column.js'
import { decompressPage } from 'hyparquet/src/datapage.js'
import { getMaxDefinitionLevel, getMaxRepetitionLevel } from 'hyparquet/src/schema.js'
import { flatten } from 'hyparquet/src/utils.js'
import { convertValues } from './parquet-decimal.js'
import { decodeDictionaryPage, decodeValues, readPlainInPage } from './parquet-encodings.js'
import { dataPageOf, readHybrid, type ColumnDecoder } from './parquet-pages.js'
import { isDecimal } from './parquet-schema.js'

/** What a nested column chunk's pages may take, and where their costs are charged. */
export interface NestedBounds {
  /** Most values (levels) a page may hold. */
  maxPageValues: number
  /** Most bytes a page may take, compressed or not. */
  maxPageBytes: number
  /** Told each page's inflated bytes before it is inflated (throws to refuse). */
  inflate(bytes: number): void
  /** Told what a DELTA_BYTE_ARRAY page's strings take decoded, before they are (throws to refuse). */
  strings(bytes: number): void
}

const bitWidth = (max: number): number => 32 - Math.clz32(max)

/** Levels of `width` bits (at most `max`) from `bytes[pos, end)`, `n` of them. */
function levels(bytes: Uint8Array, pos: number, end: number, max: number, n: number, what: string): Int32Array {
  const out = new Int32Array(n)
  readHybrid(bytes, pos, end, bitWidth(max), out)
  for (let i = 0; i < n; i++)
    if ((out[i] as number) > max) throw new Error(`a ${what} level ${out[i]} past the column's most, ${max}`)
  return out
}

/** A version-1 page's levels: a 4-byte length, then the runs; returns where they end. */
function levelsV1(
  page: Uint8Array,
  pos: number,
  max: number,
  n: number,
  what: string,
): { at: number; out: Int32Array } {
  if (pos + 4 > page.length) throw new Error(`a page ends before its ${what} levels`)
  const length = new DataView(page.buffer, page.byteOffset + pos, 4).getUint32(0, true)
  const end = pos + 4 + length
  if (end > page.length) throw new Error(`the ${what} levels run past the end of their page`)
  return { at: end, out: levels(page, pos + 4, end, max, n, what) }
}

/** Checks one data page of a nested column, as hyparquet's readDataPage / readDataPageV2 would read it. */
function checkDataPage(
  compressed: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  dictionaryLength: number | undefined,
  bounds: NestedBounds,
): void {
  const { v1, v2, encoding, dictionaryEncoded } = dataPageOf(header)
  const maxRep = getMaxRepetitionLevel(decoder.schemaPath)
  const maxDef = getMaxDefinitionLevel(decoder.schemaPath)
  const n = (v1?.num_values ?? v2?.num_values) as number
  const size = Number(header.uncompressed_page_size)
  let page: Uint8Array
  let pos = 0
  let defs: Int32Array | null = null
  if (v1) {
    for (const [max, enc, what] of [
      [maxRep, v1.repetition_level_encoding, 'repetition'],
      [maxDef, v1.definition_level_encoding, 'definition'],
    ] as const)
      if (max > 0 && enc !== 'RLE')
        throw new Error(
          `${what} levels in the ${String(enc)} encoding (deprecated; not read): rewrite the file with a current writer (pyarrow, Spark, DuckDB)`,
        )
    page = decompressPage(compressed, size, decoder.codec, decoder.compressors)
    if (maxRep > 0) pos = levelsV1(page, pos, maxRep, n, 'repetition').at
    if (maxDef > 0) {
      const d = levelsV1(page, pos, maxDef, n, 'definition')
      pos = d.at
      defs = d.out
    }
  } else {
    const d = v2 as NonNullable<PageHeader['data_page_header_v2']>
    const rep = d.repetition_levels_byte_length
    const to = rep + d.definition_levels_byte_length
    if (!(rep >= 0 && to >= rep) || to > compressed.length || to > size)
      throw new Error('the levels run past the end of their page')
    if (maxRep > 0) levels(compressed, 0, rep, maxRep, n, 'repetition')
    if (maxDef > 0) defs = levels(compressed, rep, to, maxDef, n, 'definition')
    const values = compressed.subarray(to)
    page = d.is_compressed === false ? values : decompressPage(values, size - to, decoder.codec, decoder.compressors)
  }
  let present = n
  if (defs) {
    present = 0
    for (let i = 0; i < n; i++) if (defs[i] === maxDef) present++
  }
  if (v2 && v2.num_values - v2.num_nulls !== present)
    throw new Error(`a page's levels hold ${present} values, its header says ${v2.num_values - v2.num_nulls}`)
  if (present === 0) return
  if (dictionaryEncoded) {
    if (dictionaryLength === undefined) throw new Error('a dictionary-encoded page comes without a dictionary page')
    if (pos >= page.length) throw new Error('a page ends before its dictionary indices')
    const codes = new Int32Array(present)
    readHybrid(page, pos + 1, page.length, page[pos] as number, codes)
    for (let i = 0; i < present; i++)
      if ((codes[i] as number) >= dictionaryLength || (codes[i] as number) < 0)
        throw new Error(`a dictionary index ${codes[i]} past its dictionary of ${dictionaryLength} values`)
    return
  }
  if (encoding === 'PLAIN') readPlainInPage(page, pos, present, decoder)
  else decodeValues(encoding, page, pos, present, decoder, readHybrid, bounds.strings)
}

/**
 * Decodes every page of a nested column chunk (`chunk`: its bytes, as hyparquet reads them)
 * with bounded code, and throws (a plain Error naming what is wrong, or what `bounds` throws)
 * at the first page that claims more than it holds.
 */
export function checkNestedChunk(chunk: Uint8Array, decoder: ColumnDecoder, bounds: NestedBounds): void {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  const reader = { view, offset: 0 }
  let dictionaryLength: number | undefined
  // As hyparquet's readColumn walks a nested column: to the chunk's last byte.
  while (reader.offset < chunk.length - 1) {
    let header: PageHeader
    try {
      header = parquetHeader(reader)
    } catch (e) {
      throw new Error(`cannot read a page header (${(e as Error).message})`, { cause: e })
    }
    const values =
      header.data_page_header?.num_values ??
      header.data_page_header_v2?.num_values ??
      header.dictionary_page_header?.num_values ??
      0
    const size = Math.max(Number(header.compressed_page_size), Number(header.uncompressed_page_size))
    if (!(values >= 0 && values <= bounds.maxPageValues))
      throw new Error(
        `a page of ${values.toLocaleString('en-US')} values (at most ${bounds.maxPageValues.toLocaleString('en-US')} are read)`,
      )
    if (!(size >= 0 && size <= bounds.maxPageBytes))
      throw new Error(
        `a page of ${size.toLocaleString('en-US')} bytes (at most ${bounds.maxPageBytes.toLocaleString('en-US')} are read)`,
      )
    const end = reader.offset + Number(header.compressed_page_size)
    if (end > chunk.length) throw new Error('a page runs past the end of its column chunk')
    const compressed = chunk.subarray(reader.offset, end)
    reader.offset = end
    bounds.inflate(Number(header.uncompressed_page_size))
    if (header.type === 'DICTIONARY_PAGE') dictionaryLength = decodeDictionaryPage(compressed, header, decoder).length
    else checkDataPage(compressed, header, decoder, dictionaryLength, bounds)
  }
}

/** A leaf column's values, assembled into lists by its repetition levels, with every value `exact`. */
function mapLeaves(values: DecodedArray, exact: (v: unknown) => unknown): unknown[] {
  const out = new Array<unknown>(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as unknown
    out[i] = Array.isArray(v) ? mapLeaves(v, exact) : v === null || v === undefined ? v : exact(v)
  }
  return out
}

/**
 * One row group of a nested column, as hyparquet's readRowGroup and assembleNested give it, but
 * with its DECIMAL leaves exact (`convertValues`, as a flat DECIMAL column's): hyparquet's
 * convert makes each a double, so `[9007199254740993]` and `[9007199254740992]` in a list of
 * DECIMAL(18,0), or two DECIMAL(38,0) values past 17 digits, were one group (R9-5 one level
 * down). Each DECIMAL leaf is read without its annotation (the unscaled integer, or its bytes),
 * then converted; the other leaves are read as hyparquet reads them. `leaves`: each leaf chunk's
 * bytes, already checked by `checkNestedChunk`, with its decoder; `rows`: the row group's.
 */
export function assembleNestedExact(
  leaves: readonly { bytes: Uint8Array; decoder: ColumnDecoder }[],
  column: SchemaTree,
  rows: number,
  parsers: ParquetParsers,
): DecodedArray {
  const subcolumns = new Map<string, DecodedArray>()
  for (const { bytes, decoder } of leaves) {
    const decimal = isDecimal(decoder.element)
    const read: ColumnDecoder = decimal
      ? {
          ...decoder,
          element: { ...decoder.element, converted_type: undefined, logical_type: undefined },
          // A BYTE_ARRAY DECIMAL's bytes, not a string decoded from them.
          utf8: false,
        }
      : decoder
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
    const { data } = readColumn(reader, { groupStart: 0, selectStart: 0, selectEnd: rows, groupRows: rows }, read)
    const values = flatten(data)
    subcolumns.set(
      decoder.pathInSchema.join('.'),
      decimal ? (mapLeaves(values, (v) => convertValues([v] as DecodedArray, decoder)[0]) as DecodedArray) : values,
    )
  }
  assembleNested(subcolumns, column, parsers)
  const assembled = subcolumns.get(column.element.name)
  if (!assembled) throw new Error('the nested column was not assembled')
  return assembled
}
