/**
 * Weighted sums in the warehouse (red team 30, R30-4): the rows sum each group's weights exactly
 * (`ExactSums`), and DuckDB's plain SUM adds them in the table's order. A group whose weighted
 * selection rate is exactly 0.5 — its positive and negative predictions weigh the same, the
 * positives stored in increasing weight, the negatives in decreasing — was 0.5 in the rows
 * and 0.5000000000000001 in the counts of the printed query: a gate `max: 0.5` passed in one and
 * failed in the other. The query sums weights with DuckDB's compensated FSUM.
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

describe('the warehouse sums weights as the rows do (R30-4)', () => {
  it('a weighted selection rate of exactly 0.5 is 0.5 in both, and the gate max: 0.5 passes in both', async () => {
    const tenths = [1, 2, 3, 4, 6, 7, 8, 11, 5, 9, 10, 3, 7, 1].map((k) => k / 10)
    // In this order plain summation gives 7.700000000000001 for the positives and 7.699999999999999 for the negatives.
    const up = [...tenths].sort((a, b) => a - b)
    const down = [...tenths].sort((a, b) => b - a)
    const lines = [
      ...up.map((w) => `A,0,1,${w}`),
      ...down.map((w) => `A,0,0,${w}`),
      ...Array.from({ length: 12 }, (_, i) => `B,${i % 2},0,1`),
    ]
    duck.ws.write('rows.csv', `g,y,p,w\n${lines.join('\n')}\n`)
    const entry = {
      name: 'w',
      label: 'y',
      prediction: 'p',
      weight: 'w',
      sensitive: ['g'],
      min_group_size: 1,
      confidence: false,
      gates: [{ metric: 'selection_rate', attribute: 'g', each_group: { max: 0.5 } }],
    }
    const sql = countsQuery(parsedAudit({ ...entry, data: 'rows.csv' }), { dialect: 'duckdb', table: 'predictions' })
    expect(sql).toMatch(/FSUM\(CASE WHEN audit_y = 0 AND audit_p = 1 THEN audit_w ELSE 0 END\)/)
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
      const a = await duck.report({ ...entry, data, ...extra })
      return { A: a.groups.find((g) => g.key === 'A')?.metrics.selection_rate, passed: a.passed }
    }
    expect(await outcome('rows.csv')).toEqual({ A: 0.5, passed: true })
    expect(await outcome('counts.csv', { format: 'counts' })).toEqual({ A: 0.5, passed: true })
  })
})
