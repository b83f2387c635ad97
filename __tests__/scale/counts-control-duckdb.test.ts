/**
 * Control features on the warehouse path, end to end in a real DuckDB: `countsQuery` puts the
 * control columns first in every grouping set and adds the set of the control columns alone;
 * the audit of those counts (`format: counts`, either shape) equals the audit of the rows, per
 * level, disparities and gates included.
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { comparable, duckDbFixture, parsedAudit } from '../support/duckdb.js'
import { SYNTHETIC_10K } from '../support/synthetic.js'

const duck = duckDbFixture({ perTest: true })

function auditEntry(data: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'model',
    data,
    label: 'y_true',
    prediction: 'y_pred',
    control: ['age_band'],
    sensitive: ['gender', 'race'],
    intersections: [['gender', 'race']],
    metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate'],
    min_group_size: 30,
    confidence: { replicates: 200 },
    gates: [
      { metric: 'demographic_parity_difference', max: 0.1 },
      { metric: 'equalized_odds_ratio', min: 0.5, attribute: ['gender', 'race'] },
      { metric: 'accuracy', attribute: 'race', each_group: { min: 0.6 } },
    ],
    ...extra,
  }
}

describe('control columns: counts from DuckDB = rows', () => {
  it('GROUPING SETS with the control columns first give the same per-level report', async () => {
    duck.ws.write('rows.csv', SYNTHETIC_10K)
    const rows = await duck.report(auditEntry('rows.csv'))
    expect(rows.control?.levels.length).toBeGreaterThan(2)
    const sql = countsQuery(parsedAudit(auditEntry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    expect(sql).toContain(
      'GROUP BY GROUPING SETS ((audit_g1, audit_b1, audit_g2, audit_b2), (audit_g1, audit_b1, audit_g3, audit_b3), (audit_g1, audit_b1, audit_g2, audit_b2, audit_g3, audit_b3), (audit_g1, audit_b1), ())',
    )
    const csv = await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    expect(csv.split('\n')[0]).toBe(
      'grouping_set,age_band,gender,race,tp,fp,tn,fn,n_label_values,n_prediction_values,n_rows',
    )
    const counts = await duck.report(auditEntry('counts.csv', { format: 'counts' }))
    expect(comparable(counts)).toEqual(comparable(rows))
    expect(new Set(rows.gates.map((g) => g.status)).size).toBeGreaterThan(1)
  })

  it('a plain GROUP BY of every column (cells) gives the same report too', async () => {
    duck.ws.write('rows.csv', SYNTHETIC_10K)
    const rows = await duck.report(auditEntry('rows.csv'))
    await duck.countsFromDuckDb(
      'rows.csv',
      `SELECT age_band, gender, race,
         SUM(CASE WHEN y_true = 1 AND y_pred = 1 THEN 1 ELSE 0 END) AS tp, SUM(CASE WHEN y_true = 0 AND y_pred = 1 THEN 1 ELSE 0 END) AS fp,
         SUM(CASE WHEN y_true = 0 AND y_pred = 0 THEN 1 ELSE 0 END) AS tn, SUM(CASE WHEN y_true = 1 AND y_pred = 0 THEN 1 ELSE 0 END) AS fn
       FROM predictions GROUP BY ALL ORDER BY ALL`,
      'cells.csv',
    )
    expect(comparable(await duck.report(auditEntry('cells.csv', { format: 'counts' })))).toEqual(comparable(rows))
  })

  it('a counts table without the control column is a problem naming it', async () => {
    duck.ws.write('c.csv', 'gender,race,tp,fp,tn,fn\nf,w,1,1,1,1\n')
    const out = await duck.ws.run({ audits: [auditEntry('c.csv', { format: 'counts' })] })
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.problems.map((p) => p.message).join('\n')).toMatch(/'age_band' is not in c\.csv/)
  })
})

describe('control columns and max_groups', () => {
  it('counts the (level, group) cells, and says so', async () => {
    const lines = ['y,p,sex,channel']
    for (let i = 0; i < 30; i++) for (const ch of ['a', 'b', 'c']) lines.push(`1,${i % 2},s${i},${ch}`)
    duck.ws.write('d.csv', `${lines.join('\n')}\n`)
    const out = await duck.ws.run({
      audits: [
        {
          name: 'm',
          data: 'd.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['sex'],
          control: ['channel'],
          max_groups: 50,
        },
      ],
    })
    expect(out.ok).toBe(false)
    if (!out.ok)
      expect(out.problems[0]?.message).toMatch(
        /^attribute 'sex' split by control 'channel' has at least 3 × \d+ = \d+ \(level, group\) cells, more than `max_groups` \(50\): each control level repeats every group/,
      )
  })
})
