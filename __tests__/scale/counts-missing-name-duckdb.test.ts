/**
 * `missing: group` in the warehouse: the query writes a NULL group as `missing_group` after grouping,
 * so a present value the query names the same (a DOUBLE `2.0` is named `2`) and the missing values
 * were two rows of one name, which the counts audit added together (red team 33 R33-4: 40 wrong rows
 * of g 2.0 beside 400 right rows with g missing, `missing_group: "2"`: the rows exit 2, the counts
 * passed the gate, exit 0). Two rows of the missing group's name in one table are refused.
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

describe('a missing group named like a present value in the counts (red team 33 R33-4)', () => {
  it.each([
    ['2', /name the group "2" twice .* choose a `missing_group` no value has/],
    ['(missing)', null],
  ])('missing_group %s', async (missingGroup, refusal) => {
    const lines = ['y,p,g']
    for (let i = 0; i < 40; i++) lines.push('1,0,2.0')
    for (let i = 0; i < 400; i++) lines.push('1,1,')
    for (let i = 0; i < 200; i++) lines.push('1,1,3.0')
    duck.ws.write('rows.csv', `${lines.join('\n')}\n`)
    const entry = {
      name: 'm',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      missing: 'group',
      missing_group: missingGroup,
      min_group_size: 30,
      confidence: false,
      metrics: ['accuracy'],
      gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
    }
    const sql = countsQuery(parsedAudit({ ...entry, data: 'rows.csv' }), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const out = await duck.ws.run({ audits: [{ ...entry, data: 'counts.csv', format: 'counts' }] })
    if (refusal) expect(out.ok ? '' : out.problems.map((p) => p.message).join('\n')).toMatch(refusal)
    // Another name: the 2.0 group fails its gate, as in the rows.
    else expect(out.ok && out.report.audits[0]?.passed).toBe(false)
  })
})
