/**
 * A damaged Parquet file is an answer a user can act on, never a decoder's internals: 400 randomly
 * damaged files gave exit 0 or 2 and no stack trace, but some messages were "Cannot read
 * properties of undefined (reading 'map')", "Invalid typed array length: -301", "values in the
 * undefined encoding" or "a page of NaN bytes" (red team 15 R15-4). Seeded damage of a small file
 * with every kind of page: each run reads, or names the file as damaged in plain words.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { seededUniform } from '../../src/stats/bootstrap.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const n = 300
const u = seededUniform(15, 'parquet damage')
const y = Array.from({ length: n }, (_, i) => (i >> 1) % 2)
const original = new Uint8Array(
  parquetWriteBuffer({
    columnData: [
      { name: 'y', data: y, type: 'INT32' },
      { name: 's', data: y.map((v, i) => (v + (i % 7) / 10) / 2), type: 'DOUBLE' },
      { name: 'g', data: y.map((_, i) => ['A', 'B', 'C'][i % 3] as string), type: 'STRING' },
      { name: 'w', data: y.map((_, i) => BigInt(1 + (i % 3))), type: 'INT64' },
    ],
    rowGroupSize: 100,
  } as Parameters<typeof parquetWriteBuffer>[0]),
)

const INTERNALS =
  /Cannot read propert|Invalid typed array|is not a function|is not iterable|Maximum call stack|\bundefined\b|\bNaN\b|\bnull\b(?! values)/

describe('damaged Parquet files are named in plain words (red team 15 R15-4)', () => {
  it('300 seeded damages: each is read, or refused without a decoder internal in its message', async () => {
    const seen: string[] = []
    for (let k = 0; k < 300; k++) {
      const bytes = Uint8Array.from(original)
      // One to four runs of one to eight bytes overwritten, anywhere but the magic numbers.
      const runs = 1 + Math.floor(u.next() * 4)
      for (let r = 0; r < runs; r++) {
        const at = 4 + Math.floor(u.next() * (bytes.length - 12))
        const len = 1 + Math.floor(u.next() * 8)
        for (let i = at; i < Math.min(at + len, bytes.length - 4); i++) bytes[i] = Math.floor(u.next() * 256)
      }
      ws.write('d.parquet', Buffer.from(bytes))
      const out = await ws.run({
        audits: [
          {
            name: 'm',
            data: 'd.parquet',
            label: 'y',
            score: 's',
            weight: 'w',
            sensitive: ['g'],
            confidence: false,
          },
        ],
      })
      if (!out.ok) for (const p of out.problems) if (INTERNALS.test(p.message)) seen.push(`${k}: ${p.message}`)
    }
    expect(seen).toEqual([])
  }, 180_000)
})
