/**
 * One instant is one group name whatever its timestamp unit (red team 31 R31-11): the digits
 * below the millisecond were padded to the unit's width, so 1 µs past midnight was
 * `…00.000001Z` in a TIMESTAMP (µs) shard and `…00.000001000Z` in a TIMESTAMP_NS one, two
 * groups: 40 wrong rows moved to a nanosecond shard left a gate that fails as one file (exit 1)
 * passing (exit 0), while DuckDB over the same glob kept one group.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exactTimestamp } from '../../src/data/parquet.js'
import type { AuditReport } from '../../src/report/types.js'
import { duckDbFixture } from '../support/duckdb.js'

const duck = duckDbFixture()

describe('timestamps of every unit name an instant alike', () => {
  it('exactTimestamp: milli, micro and nano seconds of one instant are one text, and distinct instants distinct', () => {
    const ms = 1_704_067_200_000n // 2024-01-01T00:00:00.000Z
    expect(exactTimestamp(ms, 1n)).toBe('2024-01-01T00:00:00.000Z')
    expect(exactTimestamp(ms * 1000n, 1000n)).toBe('2024-01-01T00:00:00.000Z')
    expect(exactTimestamp(ms * 1000n + 1n, 1000n)).toBe('2024-01-01T00:00:00.000001Z')
    expect(exactTimestamp(ms * 1_000_000n + 1000n, 1_000_000n)).toBe('2024-01-01T00:00:00.000001Z')
    expect(exactTimestamp(ms * 1_000_000n + 1n, 1_000_000n)).toBe('2024-01-01T00:00:00.000000001Z')
    expect(exactTimestamp(ms * 1_000_000n + 10n, 1_000_000n)).toBe('2024-01-01T00:00:00.00000001Z')
    expect(exactTimestamp(ms * 1000n + 120n, 1000n)).toBe(exactTimestamp(ms * 1_000_000n + 120_000n, 1_000_000n))
    expect(exactTimestamp(-1n, 1000n)).toBe('1969-12-31T23:59:59.999999Z')
  })

  it('a TIMESTAMP shard and a TIMESTAMP_NS shard of one instant: one group, and the gate fails as in one file', async () => {
    const con = await duck.db.connect()
    try {
      const at = (k: number) => (k % 2 ? "'2024-01-01 00:00:00.000001'" : "'2024-02-01 00:00:00.000001'")
      const right = Array.from({ length: 200 }, (_, i) => `(1, 1, ${at(i)})`).join(', ')
      const wrong = Array.from({ length: 40 }, () => `(1, 0, ${at(1)})`).join(', ')
      await con.run(`CREATE TABLE a (y INTEGER, p INTEGER, cohort TIMESTAMP)`)
      await con.run(`INSERT INTO a VALUES ${right}`)
      await con.run(`CREATE TABLE b (y INTEGER, p INTEGER, cohort TIMESTAMP_NS)`)
      await con.run(`INSERT INTO b VALUES ${wrong}`)
      duck.ws.write('split/.keep', '')
      await con.run(`COPY a TO '${join(duck.ws.dir, 'split', 'part-0.parquet')}' (FORMAT PARQUET)`)
      await con.run(`COPY b TO '${join(duck.ws.dir, 'split', 'part-1.parquet')}' (FORMAT PARQUET)`)
    } finally {
      con.closeSync()
    }
    const out = await duck.ws.run({
      audits: [
        {
          name: 'u',
          data: 'split/*.parquet',
          label: 'y',
          prediction: 'p',
          sensitive: ['cohort'],
          min_group_size: 50,
          confidence: false,
          gates: [{ metric: 'accuracy', each_group: { min: 0.8 } }],
        },
      ],
    })
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    const a = out.report.audits[0] as AuditReport
    expect(a.groups.map((g) => [g.key, g.count])).toEqual([
      ['2024-01-01T00:00:00.000001Z', 140],
      ['2024-02-01T00:00:00.000001Z', 100],
    ])
    expect(a.passed).toBe(false)
  })
})
