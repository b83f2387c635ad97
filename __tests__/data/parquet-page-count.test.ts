/**
 * The pages of a column chunk are bounded by what the chunk holds (red team 11 R11-10: one value
 * a page, 1 M rows of 3 columns, took 17.9 s of CPU from 196 KB gzipped), and a chunk has at most
 * one dictionary page, its first (R11-8: 5,000 dictionaries of 1,000 strings in 5,008 rows).
 */
import { parquetMetadata } from 'hyparquet'
import { parquetHeader } from 'hyparquet/src/column.js'
import { ByteWriter, parquetWriteBuffer } from 'hyparquet-writer'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'
import { afterAll, describe, expect, it } from 'vitest'
import { MIN_PAGE_BYTES, MIN_PAGE_VALUES, maxChunkPages } from '../../src/data/parquet.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** n rows of y, p, g in pages of about `pageSize` bytes of values (hyparquet-writer). */
function file(n: number, pageSize: number, encoding?: 'RLE_DICTIONARY'): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      pageSize,
      rowGroupSize: n,
      statistics: false,
      columnData: [
        { name: 'y', data: Int32Array.from({ length: n }, (_, i) => i % 2), type: 'INT32' },
        { name: 'p', data: Int32Array.from({ length: n }, (_, i) => (i >> 1) % 2), type: 'INT32' },
        { name: 'g', data: Array.from({ length: n }, (_, i) => `g${i % 7}`), type: 'STRING', encoding },
      ],
    }),
  )
}

const chunksOf = (bytes: Uint8Array) =>
  parquetMetadata(bytes.slice().buffer).row_groups.flatMap((g) => g.columns.map((c) => c.meta_data!))

/** The pages of a chunk: [offset, length, type]. */
function pagesOf(bytes: Uint8Array, chunk: ReturnType<typeof chunksOf>[number]): [number, number, string][] {
  const start = Number(chunk.dictionary_page_offset ?? chunk.data_page_offset)
  const end = start + Number(chunk.total_compressed_size)
  const out: [number, number, string][] = []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = start; at < end;) {
    const reader = { view, offset: at }
    const header = parquetHeader(reader)
    const length = reader.offset - at + header.compressed_page_size
    out.push([at, length, header.type])
    at += length
  }
  return out
}

describe('pages a column chunk may have (red team 11 R11-10)', () => {
  it('refuses pages of one value past the bound, naming it', async () => {
    const n = 5000
    const bytes = file(n, 1)
    const y = chunksOf(bytes)[0]!
    const size = Number(y.total_compressed_size)
    const max = maxChunkPages(n, size)
    expect(pagesOf(bytes, y).length).toBeGreaterThan(max)
    ws.write('one.parquet', Buffer.from(bytes))
    expect(await ws.problems(audit('one.parquet'))).toEqual([
      `one.parquet: row group 1, column 'y' has more than ${max.toLocaleString('en-US')} pages for its 5,000 values in ${size.toLocaleString('en-US')} bytes: at most 2 and one for every ${MIN_PAGE_VALUES} values or ${MIN_PAGE_BYTES} bytes of the chunk are read, as each page costs a header and a decode whatever it holds. Rewrite the file with larger pages (pyarrow's and Spark's defaults write thousands of values a page; hyparquet-writer: a pageSize of 1 KB or more)`,
    ])
  })

  it(`reads pages of ${MIN_PAGE_VALUES} values, dictionary-encoded or not, and the same rows in pages of 1 KB`, async () => {
    const n = 20_000
    for (const [name, bytes] of [
      ['v64.parquet', file(n, MIN_PAGE_VALUES * 4)],
      ['v64d.parquet', file(n, MIN_PAGE_VALUES * 4, 'RLE_DICTIONARY')],
      ['k1.parquet', file(n, 1024)],
    ] as const) {
      // Many pages each (so the bound is what is tested), within it.
      const chunks = chunksOf(bytes)
      const pages = pagesOf(bytes, chunks[0]!).length
      expect(pages).toBeGreaterThan(n / 300)
      for (const c of chunks)
        expect(pagesOf(bytes, c).length).toBeLessThanOrEqual(maxChunkPages(n, Number(c.total_compressed_size)))
      ws.write(name, Buffer.from(bytes))
      const out = await ws.run(audit(name))
      expect(out.ok).toBe(true)
    }
  })
})

describe('a column chunk has at most one dictionary page, its first (red team 11 R11-8)', () => {
  /** The file with g's dictionary page copied again before each of its data pages after the first. */
  function dictionaries(bytes: Uint8Array): Buffer {
    const meta = parquetMetadata(bytes.slice().buffer)
    const g = meta.row_groups[0]!.columns[2]!.meta_data!
    const pages = pagesOf(bytes, g)
    expect(pages[0]![2]).toBe('DICTIONARY_PAGE')
    expect(pages.length).toBeGreaterThan(3)
    const [dictAt, dictLength] = pages[0]!
    const dictionary = bytes.subarray(dictAt, dictAt + dictLength)
    const parts: Uint8Array[] = [bytes.subarray(0, pages[1]![0] + pages[1]![1])]
    for (const [at, length] of pages.slice(2)) parts.push(dictionary, bytes.subarray(at, at + length))
    const [lastAt, lastLength] = pages[pages.length - 1]!
    const footerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true)
    parts.push(bytes.subarray(lastAt + lastLength, bytes.length - 8 - footerLength))
    const added = BigInt(dictLength * (pages.length - 2))
    g.total_compressed_size += added
    g.total_uncompressed_size += added
    const writer = new ByteWriter()
    writeMetadata(writer, meta)
    const footer = Buffer.from(writer.getBuffer())
    const length = Buffer.alloc(4)
    length.writeUInt32LE(footer.length)
    return Buffer.concat([...parts, footer, length, Buffer.from('PAR1')])
  }

  it('refuses a dictionary page after the first page of its chunk', async () => {
    const bytes = file(2000, 256, 'RLE_DICTIONARY')
    ws.write('dicts.parquet', Buffer.from(bytes))
    expect((await ws.run(audit('dicts.parquet'))).ok).toBe(true)
    ws.write('again.parquet', dictionaries(bytes))
    expect(await ws.problems(audit('again.parquet'))).toEqual([
      "again.parquet: cannot read as Parquet: row group 1, column 'g': a dictionary page after its first page (the format allows one dictionary page a column chunk, as its first page); the file is damaged or was written with pages too large to read",
    ])
  })
})

describe("a pass's pages are bounded by the file's bytes once, whatever its chunks claim", () => {
  it('refuses column chunks that claim the same bytes, each read again', async () => {
    // 300 rows; g holds a 600-byte string a page (each chunk within its own bound by its bytes).
    const n = 300
    const big = (i: number): string => `${i % 3}`.padEnd(600, 'x')
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        pageSize: 500,
        rowGroupSize: n,
        statistics: false,
        columnData: [
          { name: 'y', data: Int32Array.from({ length: n }, (_, i) => i % 2), type: 'INT32' },
          { name: 'p', data: Int32Array.from({ length: n }, (_, i) => (i >> 1) % 2), type: 'INT32' },
          {
            name: 'g',
            data: Array.from({ length: n }, (_, i) => big(i)),
            type: 'STRING',
            encoding: 'PLAIN',
            codec: 'UNCOMPRESSED',
          },
        ],
      }),
    )
    ws.write('own.parquet', Buffer.from(bytes))
    const own = await ws.run(audit('own.parquet', { sensitive: ['g'] }))
    expect(own.ok ? [] : own.problems.map((p) => p.message)).toEqual([])
    // h and k: g's schema element and chunk again, under other names, pointing at g's bytes.
    const meta = parquetMetadata(bytes.slice().buffer)
    const element = meta.schema[3]!
    meta.schema.push({ ...element, name: 'h' }, { ...element, name: 'k' })
    meta.schema[0]!.num_children = 5
    const chunk = meta.row_groups[0]!.columns[2]!
    for (const name of ['h', 'k'])
      meta.row_groups[0]!.columns.push({ ...chunk, meta_data: { ...chunk.meta_data!, path_in_schema: [name] } })
    const writer = new ByteWriter()
    writeMetadata(writer, meta)
    const footer = Buffer.from(writer.getBuffer())
    const length = Buffer.alloc(4)
    length.writeUInt32LE(footer.length)
    const old = new DataView(bytes.buffer).getUint32(bytes.length - 8, true)
    const shared = Buffer.concat([bytes.subarray(0, bytes.length - 8 - old), footer, length, Buffer.from('PAR1')])
    ws.write('shared.parquet', shared)
    expect(await ws.run(audit('shared.parquet', { sensitive: ['g'] }))).toMatchObject({ ok: true })
    const problems = await ws.problems(audit('shared.parquet', { sensitive: ['g', 'h', 'k'] }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      new RegExp(
        `^shared\\.parquet: its column chunks' pages number more than [0-9,]+: at most 3 a chunk and one for every ${MIN_PAGE_VALUES} of its values, and one for every ${MIN_PAGE_BYTES} bytes of the ${shared.length.toLocaleString('en-US')}-byte file, are read in a pass; its column chunks share bytes`,
      ),
    )
  })
})
