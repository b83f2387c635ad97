/**
 * The columnar pass's own page decoder (`parquet-pages.ts`): DuckDB's version-1 pages (what
 * warehouses write: optional columns, dictionary-encoded strings and integers, PLAIN doubles)
 * with nulls in every column give the values hyparquet's own reader gives, batches that cross
 * pages and row groups included; a string that is not UTF-8 in a dictionary is refused at the
 * first row that holds it; damaged run-length data and dictionary indices are errors, and a run
 * that claims billions of values costs only the values the page has.
 */
import { join } from 'node:path'
import { decompress } from 'fzstd'
import { asyncBufferFromFile, parquetReadObjects, type PageHeader } from 'hyparquet'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeFlatPage, readHybrid, type ColumnDecoder } from '../../src/data/parquet-pages.js'
import { BATCH_ROWS } from '../../src/data/parquet.js'
import { openTable } from '../../src/data/readers.js'
import { cellAt, isCoded } from '../../src/data/table.js'
import type { Cell } from '../../src/data/values.js'
import { audit } from '../support/workspace.js'
import { duckDbFixture } from '../support/duckdb.js'

const duck = duckDbFixture()
const ROWS = 150_000
beforeAll(async () => {
  const con = duck.con
  // Every column has nulls (every 97th row, or 89th), so pages carry definition levels.
  await con.run(`CREATE TABLE t AS SELECT
      CASE WHEN i % 97 = 5 THEN NULL ELSE (i * 7919) % 2 END::BIGINT AS y,
      CASE WHEN i % 89 = 3 THEN NULL ELSE ((i * 104729) % 1000003) / 1000003.0 END::DOUBLE AS score,
      CASE WHEN i % 97 = 11 THEN NULL ELSE ['female', 'male', 'nonbinary'][1 + (i * 31) % 3] END AS sex,
      CASE WHEN i % 89 = 7 THEN NULL ELSE (i % 5)::INTEGER END AS band,
      CASE WHEN i % 97 = 13 THEN NULL ELSE i % 3 = 0 END AS flag,
      i::BIGINT * 3 AS id
    FROM range(${ROWS}) r(i)`)
  for (const codec of ['snappy', 'zstd'])
    await con.run(
      `COPY t TO '${join(duck.ws.dir, `nulls.${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 70001)`,
    )
  // A BLOB is a BYTE_ARRAY without a UTF-8 annotation, read as text: here e9 e9 (Latin-1 `éé`) at row 100,000 only.
  await con.run(`COPY (SELECT (i % 2)::INTEGER AS y, (i % 3 = 0)::INTEGER AS p,
      CASE WHEN i = 99999 THEN '\\xE9\\xE9'::BLOB ELSE ['a', 'b'][1 + i % 2]::BLOB END AS g
    FROM range(${ROWS}) r(i)) TO '${join(duck.ws.dir, 'latin1.parquet')}' (FORMAT parquet)`)
}, 180_000)

async function batchesOf(name: string, wanted: string[]): Promise<{ coded: number; columns: Cell[][] }> {
  const table = await openTable(join(duck.ws.dir, name), name, 'parquet')
  const columns: Cell[][] = wanted.map(() => [])
  let coded = 0
  for await (const b of table.batches?.(wanted) ?? []) {
    expect(b.length).toBeLessThanOrEqual(BATCH_ROWS)
    b.columns.forEach((c, k) => {
      if (isCoded(c)) coded++
      for (let i = 0; i < b.length; i++) (columns[k] as Cell[]).push(cellAt(c, i))
    })
  }
  return { coded, columns }
}

describe("DuckDB's pages with nulls in every column", () => {
  it.each(['snappy', 'zstd'])('%s: the values hyparquet reads, row for row', async (codec) => {
    const name = `nulls.${codec}.parquet`
    const wanted = ['sex', 'y', 'score', 'band', 'flag', 'id', 'sex']
    const got = await batchesOf(name, wanted)
    // The string and small-integer columns arrive as dictionary codes, not one cell per row.
    expect(got.coded).toBeGreaterThan(0)
    // hyparquet's reader, with fzstd for ZSTD: the pass decodes it with zstd's WebAssembly.
    const objects = await parquetReadObjects({
      file: await asyncBufferFromFile(join(duck.ws.dir, name)),
      compressors: { ZSTD: (input, length) => decompress(input, new Uint8Array(length)) },
    })
    expect(objects.length).toBe(ROWS)
    const expected = wanted.map((w) =>
      objects.map((o) => {
        const v = o[w] as unknown
        return typeof v === 'bigint' ? Number(v) : (v as Cell)
      }),
    )
    expect(got.columns).toEqual(expected)
    expect(got.columns[0]?.filter((v) => v === null).length).toBeGreaterThan(1000)
  })

  it('a dictionary string that is not UTF-8 is refused at the first row that holds it', async () => {
    expect(await duck.ws.problems(audit('latin1.parquet'))).toEqual([
      "latin1.parquet:100000:3: column 'g' holds a string that is not UTF-8 (bytes e9 e9); write the file's strings as UTF-8 (pyarrow and Spark do)",
    ])
  })
})

describe('readHybrid (RLE / bit-packed hybrid)', () => {
  it('decodes bit-packed runs of 3 bits and RLE runs', () => {
    // Bit-packed, 1 group of 8 values 0..7 at 3 bits: 0x88 0xc6 0xfa; then RLE of 5 × value 6.
    const bytes = Uint8Array.from([0x03, 0x88, 0xc6, 0xfa, 0x0a, 0x06])
    const out = new Int32Array(13)
    readHybrid(bytes, 0, bytes.length, 3, out)
    expect([...out]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 6, 6, 6, 6, 6])
  })

  it('a run that claims 2^31 values is an error, at once; a bit-packed run padded past the values is read', () => {
    // RLE header 2^32 - 2 (count 2^31 - 1) as a varint, value 1 (red team 9 R9-2, R9-3).
    const bytes = Uint8Array.from([0xfe, 0xff, 0xff, 0xff, 0x0f, 0x01])
    expect(() => readHybrid(bytes, 0, bytes.length, 1, new Uint8Array(1000))).toThrow(
      'a run-length encoded run claims 2,147,483,647 values, more than the 1,000 left in its page',
    )
    // DuckDB pads its last bit-packed run to 256 values: 32 groups of 1 bit, 3 values asked for.
    const padded = Uint8Array.from([(32 << 1) | 1, 0b101, ...new Array<number>(31).fill(0)])
    const out = new Uint8Array(3)
    readHybrid(padded, 0, padded.length, 1, out)
    expect([...out]).toEqual([1, 0, 1])
  })

  it('bytes that end before the values are an error, as is a value wider than its bits', () => {
    expect(() => readHybrid(Uint8Array.from([0x03, 0x88]), 0, 2, 3, new Int32Array(8))).toThrow(/past the end/)
    expect(() => readHybrid(Uint8Array.from([0x10]), 0, 1, 3, new Int32Array(8))).toThrow(/past the end/)
    expect(() => readHybrid(Uint8Array.from([0x10, 0x09]), 0, 2, 3, new Int32Array(8))).toThrow(/wider than 3 bits/)
  })
})

describe('decodeFlatPage', () => {
  const decoder = {
    element: { name: 'g', type: 'BYTE_ARRAY', repetition_type: 'REQUIRED' },
    type: 'BYTE_ARRAY',
    codec: 'UNCOMPRESSED',
    schemaPath: [],
    pathInSchema: ['g'],
  } as unknown as ColumnDecoder
  const header = (bytes: Uint8Array, values: number): PageHeader =>
    ({
      type: 'DATA_PAGE',
      uncompressed_page_size: bytes.length,
      compressed_page_size: bytes.length,
      data_page_header: {
        num_values: values,
        encoding: 'RLE_DICTIONARY',
        definition_level_encoding: 'RLE',
        repetition_level_encoding: 'RLE',
      },
    }) as PageHeader

  it('gives dictionary codes', () => {
    // Width 2, RLE of 3 × 1.
    const bytes = Uint8Array.from([2, 0x06, 0x01])
    expect(decodeFlatPage(bytes, header(bytes, 3), decoder, 2)).toEqual({ codes: Int32Array.from([1, 1, 1]) })
  })

  it('refuses an index past the dictionary, and a dictionary-encoded page without one', () => {
    const bytes = Uint8Array.from([2, 0x06, 0x03])
    expect(() => decodeFlatPage(bytes, header(bytes, 3), decoder, 2)).toThrow(
      'a dictionary index 3 past its dictionary of 2 values',
    )
    expect(() => decodeFlatPage(bytes, header(bytes, 3), decoder, undefined)).toThrow(/without a dictionary page/)
  })
})
