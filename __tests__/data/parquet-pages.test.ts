/**
 * Parquet memory follows the page, not the row group: a 9 KB file can hold 16,000,000
 * run-length-encoded rows in one row group, and reading that row group whole took 2 GB.
 * Columns are read a page at a time into batches of at most BATCH_ROWS rows, with the values
 * hyparquet's own reader gives; a page too large to decode is refused before it is decoded.
 */
import { join } from 'node:path'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { BATCH_ROWS, MAX_PAGE_BYTES, MAX_PAGE_VALUES } from '../../src/data/parquet.js'
import { openTable } from '../../src/data/readers.js'
import { cellAt } from '../../src/data/table.js'
import type { Cell } from '../../src/data/values.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** A deterministic pseudo-random sequence. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function file(rows: number, seed: number, opts: { rowGroupSize: number; pageSize?: number }): Buffer {
  const r = rng(seed)
  return Buffer.from(
    parquetWriteBuffer({
      ...opts,
      columnData: [
        { name: 'y', data: Int32Array.from({ length: rows }, () => (r() < 0.3 ? 1 : 0)), type: 'INT32' },
        { name: 'score', data: Float64Array.from({ length: rows }, () => Math.round(r() * 1e6) / 1e6), type: 'DOUBLE' },
        {
          name: 'sex',
          data: Array.from({ length: rows }, () => (r() < 0.1 ? null : r() < 0.5 ? 'F' : 'M')),
          type: 'STRING',
          nullable: true,
        },
        { name: 'flag', data: Array.from({ length: rows }, () => r() < 0.5), type: 'BOOLEAN' },
        { name: 'id', data: BigInt64Array.from({ length: rows }, (_, i) => BigInt(i) * 3n), type: 'INT64' },
      ],
    }),
  )
}

async function batchesOf(
  name: string,
  wanted: string[],
): Promise<{ lengths: number[]; lines: number[]; columns: Cell[][] }> {
  const table = await openTable(join(ws.dir, name), name, 'parquet')
  const lengths: number[] = []
  const lines: number[] = []
  const columns: Cell[][] = wanted.map(() => [])
  for await (const b of table.batches?.(wanted) ?? []) {
    lengths.push(b.length)
    lines.push(b.line)
    b.columns.forEach((c, k) => {
      for (let i = 0; i < b.length; i++) (columns[k] as Cell[]).push(cellAt(c, i))
    })
  }
  return { lengths, lines, columns }
}

describe('Parquet is read a page at a time', () => {
  it.each<[string, number, { rowGroupSize: number; pageSize?: number }]>([
    ['one row group of 140,000 rows, default pages', 140_000, { rowGroupSize: 140_000 }],
    ['one row group, pages of 4 KB', 150_000, { rowGroupSize: 150_000, pageSize: 4096 }],
    ['row groups of 70,001 rows, pages of 1 KB', 150_000, { rowGroupSize: 70_001, pageSize: 1024 }],
    ['row groups of 100 rows', 1_000, { rowGroupSize: 100 }],
  ])('%s: batches of at most BATCH_ROWS rows, with the values hyparquet reads', async (_what, rows, opts) => {
    const name = `p-${rows}-${opts.rowGroupSize}-${opts.pageSize ?? 0}.parquet`
    ws.write(name, file(rows, rows + opts.rowGroupSize, opts))
    const wanted = ['sex', 'y', 'score', 'flag', 'id', 'y']
    const got = await batchesOf(name, wanted)
    expect(Math.max(...got.lengths)).toBeLessThanOrEqual(BATCH_ROWS)
    expect(got.lengths.reduce((a, b) => a + b, 0)).toBe(rows)
    // Lines are consecutive: each batch starts where the last ended.
    got.lines.forEach((line, i) => expect(line).toBe(1 + got.lengths.slice(0, i).reduce((a, b) => a + b, 0)))
    const objects = await parquetReadObjects({ file: await asyncBufferFromFile(join(ws.dir, name)) })
    const expected = wanted.map((w) =>
      objects.map((o) => {
        const v = o[w] as unknown
        return typeof v === 'bigint' ? Number(v) : (v as Cell)
      }),
    )
    expect(got.columns).toEqual(expected)
  })

  it(`a page of more than ${MAX_PAGE_VALUES.toLocaleString('en-US')} values is refused before it is decoded`, async () => {
    const rows = MAX_PAGE_VALUES + 1
    ws.write(
      'one-page.parquet',
      Buffer.from(
        parquetWriteBuffer({
          rowGroupSize: rows,
          pageSize: 0,
          columnData: [
            { name: 'y', data: new Int32Array(rows), type: 'INT32' },
            { name: 'p', data: new Int32Array(rows), type: 'INT32' },
            { name: 'g', data: Array.from({ length: rows }, () => 'F'), type: 'STRING' },
            // Bytes enough for the footer check (rows a byte) and the ratio at its most (1,100 times the
            // file's bytes, red team 7 R7-8): the pages above are a few bytes.
            {
              name: 'pad',
              data: Int32Array.from({ length: rows }, (_, i) => (i < 4000 ? Math.imul(i, 2654435761) : 0)),
              type: 'INT32',
            },
          ],
        }),
      ),
    )
    expect(await ws.problems(audit('one-page.parquet', { max_decompression_ratio: 1100 }))).toEqual([
      "one-page.parquet: row group 1, column 'y' has a page of 1,048,577 values; at most 1,048,576 values a page are read, as each is decoded whole. Rewrite the file with smaller pages or row groups (pyarrow: pq.write_table(table, path, row_group_size=1_000_000); Spark writes 20,000 rows a page)",
    ])
  })

  it(`a page of more than ${MAX_PAGE_BYTES.toLocaleString('en-US')} bytes is refused before it is decoded (red team: a 64 MiB page of 60-byte strings took 427 MB)`, async () => {
    // 400,000 distinct 44-character strings, PLAIN in one page: about 18 MB, under the value bound.
    const rows = 400_000
    const g = Array.from({ length: rows }, (_, i) => `${String(i).padStart(8, '0')}-group-name-padding-to-44-bytes-x`)
    ws.write(
      'big-page.parquet',
      Buffer.from(
        parquetWriteBuffer({
          rowGroupSize: rows,
          pageSize: 0,
          columnData: [
            { name: 'y', data: new Int32Array(rows), type: 'INT32' },
            { name: 'p', data: new Int32Array(rows), type: 'INT32' },
            { name: 'g', data: g, type: 'STRING', encoding: 'PLAIN' },
          ],
        }),
      ),
    )
    const problems = await ws.problems(audit('big-page.parquet'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^big-page\.parquet: row group 1, column 'g' has a page of [\d,]+ bytes; at most 16,777,216 bytes a page are read/,
    )
  })
})
