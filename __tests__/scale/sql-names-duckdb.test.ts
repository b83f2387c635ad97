/**
 * The query's own names never stand for the data's (red team 31 R31-4). The query wrote its helpers
 * (`audit_y`, `audit_yk`, `audit_keep`, …) into the CTE beside the group columns, by bare name: a
 * sensitive column named `audit_keep` was the helper to DuckDB (one group `true`, every kept row),
 * `audit_yk` grouped by the label, and a column `grouping_set` was read by the counts audit as the
 * set names. Rows exit 1, the query's counts exit 0. Now the data's columns are the table's
 * (`audit_source."x"`), the group columns the query's own names, and a group column named like a
 * column of the counts table (`grouping_set`, `tp`, `n_rows`, …) is refused by `sql` and by a
 * `format: counts` audit.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { countsQuery } from '../../src/sql/generate.js'
import { captureIO } from '../support/cli-io.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** Group A: 100 right rows; B: 100 right and 40 wrong (20 y=0 p=1, 20 y=1 p=0); a weight of 1 each. */
function rowsCsv(column: string): string {
  const lines = [
    ...Array.from({ length: 100 }, (_, i) => `A,${i % 2},${i % 2},1`),
    ...Array.from({ length: 100 }, (_, i) => `B,${i % 2},${i % 2},1`),
    ...Array.from({ length: 40 }, (_, i) => `B,${i % 2},${1 - (i % 2)},1`),
  ]
  return `${column},y,p,w\n${lines.join('\n')}\n`
}

const entry = (column: string, missing: string, weighted: boolean): Record<string, unknown> => ({
  name: 'm',
  label: 'y',
  prediction: 'p',
  ...(weighted ? { weight: 'w' } : {}),
  sensitive: [column],
  missing,
  min_group_size: 50,
  confidence: false,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.8 } }],
})

describe('a group column named like one of the query’s own columns (R31-4)', () => {
  it.each(
    [
      'audit_keep',
      'audit_yk',
      'audit_y',
      'audit_p',
      'audit_pk',
      'audit_w',
      'audit_g1',
      'audit_source',
      'AUDIT_Keep',
    ].flatMap((column) => ['drop', 'group', 'error'].map((missing) => [column, missing] as const)),
  )('%s (missing: %s): the same groups and verdict as the rows', async (column, missing) => {
    const file = `rows-${column}-${missing}.csv`
    duck.ws.write(file, rowsCsv(column))
    const e = entry(column, missing, column === 'audit_w')
    const sql = countsQuery(parsedAudit({ ...e, data: file }), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb(file, sql, `${file}.counts.csv`)
    const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
      const a = await duck.report({ ...e, data, ...extra })
      return { groups: a.groups.map((g) => [g.key, g.count, g.metrics.accuracy]), passed: a.passed }
    }
    const rows = await outcome(file)
    expect(rows).toEqual({
      groups: [
        ['A', 100, 1],
        ['B', 140, 100 / 140],
      ],
      passed: false,
    })
    expect(await outcome(`${file}.counts.csv`, { format: 'counts' })).toEqual(rows)
  })

  it.each(['grouping_set', 'tp', 'n_rows', 'W_FP', 'n_label_values'])(
    'a sensitive column %s: `sql` and a counts audit refuse it, exit 2, naming it',
    async (column) => {
      duck.ws.write(
        `${column}.yml`,
        `audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    weight: w\n    sensitive: [${column}]\n`,
      )
      const t = captureIO(duck.ws.dir)
      expect(await runCli(['sql', '-c', `${column}.yml`], t)).toBe(2)
      expect(t.out).toBe('')
      expect(t.err).toContain(`sensitive column '${column}' has the name of a column the query writes beside it`)
      duck.ws.write(`${column}.csv`, rowsCsv(column))
      const c = captureIO(duck.ws.dir)
      duck.ws.write(
        `${column}-counts.yml`,
        `audits:\n  - name: m\n    data: ${column}.csv\n    format: counts\n    label: y\n    prediction: p\n    sensitive: [${column}]\n`,
      )
      expect(await runCli(['-c', `${column}-counts.yml`], c)).toBe(2)
      expect(c.err).toContain(
        `sensitive column '${column}' has the name of a counts table's own column '${column.toLowerCase()}'`,
      )
    },
  )
})
