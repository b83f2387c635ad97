/**
 * A dictionary-encoded page's indices are decoded as batches read them (`openFlatPage`,
 * `PageCodes` in src/data/parquet-pages.ts), not whole: a row group of 200,000 rows in 34
 * dictionary-encoded columns, each one page, was refused as "about 108,800,000 bytes decoded at
 * once" (each page's indices held 4 bytes an index, 16 while decoded); it now gives the report
 * of the same rows as CSV, with nulls among the indices, whatever the batch a page ends in.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

describe('dictionary-encoded pages read a batch at a time', () => {
  it('200,000 rows of 34 dictionary columns, one page each: the CSV twin’s report', async () => {
    const rows = 200_000
    const names = Array.from({ length: 32 }, (_, k) => `g${k}`)
    // 32 two-valued columns whose combinations repeat every 997 rows; g5 has nulls.
    const value = (k: number, i: number): string | null =>
      k === 5 && i % 13 === 0 ? null : String((((i % 997) * (7 * k + 3)) % 1009) % 2 === 0 ? 'a' : 'b')
    const cols = names.map((_, k) => Array.from({ length: rows }, (_, i) => value(k, i)))
    const y = Array.from({ length: rows }, (_, i) => String(i % 2))
    const p = Array.from({ length: rows }, (_, i) => String(((i * 7) >> 2) % 2))
    ws.write(
      'd.parquet',
      Buffer.from(
        parquetWriteBuffer({
          rowGroupSize: rows,
          columnData: [
            { name: 'y', data: y, type: 'STRING' },
            { name: 'p', data: p, type: 'STRING' },
            ...cols.map((data, k) => ({ name: names[k] as string, data, type: 'STRING' as const, nullable: true })),
          ],
        }),
      ),
    )
    const lines = [['y', 'p', ...names].join(',')]
    for (let i = 0; i < rows; i++) lines.push([y[i], p[i], ...cols.map((c) => c[i] ?? '')].join(','))
    ws.write('d.csv', `${lines.join('\n')}\n`)
    const report = async (data: string): Promise<AuditReport> => {
      const out = await ws.run({
        audits: [
          {
            name: 'wide',
            data,
            label: 'y',
            prediction: 'p',
            sensitive: names,
            missing: 'group',
            confidence: false,
            max_decompression_ratio: 1100,
            gates: [{ metric: 'accuracy', each_group: { min: 0 } }],
          },
        ],
      })
      if (!out.ok) throw new Error(out.problems.map((x) => x.message).join('\n'))
      return out.report.audits[0] as AuditReport
    }
    const parquet = await report('d.parquet')
    const csv = await report('d.csv')
    const groups = (a: AuditReport) => a.groups.map((g) => [g.attribute, g.key, g.count, g.metrics.accuracy])
    expect(groups(parquet)).toEqual(groups(csv))
    expect(parquet.groups.find((g) => g.attribute === 'g5' && g.key === '(missing)')?.count).toBe(Math.ceil(rows / 13))
    expect(parquet.overall).toEqual(csv.overall)
  }, 60_000)
})
