/**
 * A DATE or TIMESTAMP past a JavaScript Date's range is named, not called a damaged page (red
 * team 29 R29-2: DuckDB's `infinity` DATE and TIMESTAMP, and a valid DATE of year 300,000):
 * `isoTime` writes what `toISOString` writes within the range and its extended form past it.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { isoTime } from '../../src/data/parquet.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

describe('isoTime', () => {
  it('is toISOString within a Date’s range, at its ends and on random times either side of 1970', () => {
    let seed = 7
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    const ms = [0, -1, 1, 8.64e15, -8.64e15, 951782400000, -62198755200000]
    for (let i = 0; i < 5000; i++) ms.push(Math.round((rand() * 2 - 1) * 8.64e15))
    for (const t of ms) expect(isoTime(BigInt(t))).toBe(new Date(t).toISOString())
  })

  it('writes the extended form past it: the day after the last, year 300,000, the int32 days either way', () => {
    expect(isoTime(8_640_000_000_000_000n + 86_400_000n)).toBe('+275760-09-14T00:00:00.000Z')
    expect(isoTime(-8_640_000_000_000_000n - 1n)).toBe('-271821-04-19T23:59:59.999Z')
    // 300000-01-01: 2000-01-01 (10,957 days from 1970) and 745 of the calendar's 400-year cycles of 146,097 days.
    const days = BigInt((300000 - 2000) / 400) * 146_097n + 10_957n
    expect(isoTime(days * 86_400_000n)).toBe('+300000-01-01T00:00:00.000Z')
    expect(isoTime(2_147_483_647n * 86_400_000n)).toBe('+5881580-07-11T00:00:00.000Z')
    expect(isoTime(-2_147_483_647n * 86_400_000n)).toBe('-5877641-06-24T00:00:00.000Z')
  })
})

describe('a Parquet DATE past a Date’s range is a group like any other (red team 29 R29-2)', () => {
  it('DATE group values 2024-01-01 and int32 max: named, audited', async () => {
    const n = 40
    ws.write(
      'd.parquet',
      Buffer.from(
        parquetWriteBuffer({
          schema: [
            { name: 'root', num_children: 3 },
            { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
            { name: 'p', type: 'INT32', repetition_type: 'REQUIRED' },
            { name: 'd', type: 'INT32', repetition_type: 'REQUIRED', converted_type: 'DATE' },
          ] as never,
          columnData: [
            { name: 'y', data: Int32Array.from({ length: n }, (_, i) => i % 2) },
            { name: 'p', data: Int32Array.from({ length: n }, () => 1) },
            { name: 'd', data: Int32Array.from({ length: n }, (_, i) => (i < 10 ? 2_147_483_647 : 19_723)) } as never,
          ],
        }),
      ),
    )
    const config = `audits:\n  - name: a\n    data: d.parquet\n    label: y\n    prediction: p\n    sensitive: [d]\n    min_group_size: 1\n    confidence: false\n    metrics: [accuracy]\n`
    const out = await runConfigText(config, 'audit.yml', { workspace: ws.dir })
    expect(
      out.ok ? out.report.audits[0]?.groups.map((g) => [g.key, g.count]) : out.problems.map(formatProblem),
    ).toEqual([
      ['+5881580-07-11T00:00:00.000Z', 10],
      ['2024-01-01T00:00:00.000Z', 30],
    ])
  })
})
