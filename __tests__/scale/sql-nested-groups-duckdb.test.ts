/**
 * A JSON object or array as a group value (red team 34 R34-5): the rows named it by its source text,
 * so `{"a":1}` (200 right rows) and `{"a":1.0}` (40 wrong rows) were two groups and the 40 were
 * ungated (exit 0), where DuckDB's read_json_auto reads one STRUCT value and the printed query's
 * counts failed the gate (exit 1). The rows refuse such a value at its cell, and the query refuses a
 * STRUCT, MAP, UNION, LIST or ARRAY group column with an error naming it.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

const entry = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'm',
  label: 'y',
  prediction: 'p',
  sensitive: ['g'],
  min_group_size: 50,
  confidence: false,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
  ...extra,
})

/** Runs the audit's query over `select` (as table `predictions`) in DuckDB; the group column's type. */
async function runQuery(audit: Record<string, unknown>, select: string): Promise<string> {
  const sql = countsQuery(parsedAudit({ ...audit, data: 'x.jsonl' }), { dialect: 'duckdb', table: 'predictions' })
  const con = await duck.db.connect()
  try {
    await con.run(`CREATE OR REPLACE TABLE predictions AS ${select}`)
    const type = (await con.runAndReadAll('SELECT typeof(g) AS t FROM predictions LIMIT 1')).getRowObjectsJson()[0]?.t
    await copyToCsv(con, duck.ws, sql, 'out.csv')
    return String(type)
  } finally {
    con.closeSync()
  }
}

const REFUSED = /model-audit-gate: group column "g" is a DuckDB nested type \(STRUCT, MAP, UNION, LIST or ARRAY/

describe('a JSON object or array as a group value (R34-5)', () => {
  it.each([
    ['{"a":1}', '{"a":1.0}', 'STRUCT(a DOUBLE)'],
    ['{"a":1,"b":2}', '{"b":2,"a":1}', 'STRUCT(a BIGINT, b BIGINT)'],
    ['[1]', '[1.0]', 'DOUBLE[]'],
  ])('%s beside %s: the rows refuse it; the query refuses the %s column', async (right, wrong) => {
    const lines = [
      ...Array.from({ length: 200 }, () => `{"y":1,"p":1,"g":${right}}`),
      ...Array.from({ length: 40 }, () => `{"y":1,"p":0,"g":${wrong}}`),
    ]
    duck.ws.write('x.jsonl', `${lines.join('\n')}\n`)
    const out = await duck.ws.run({ audits: [{ ...entry(), data: 'x.jsonl' }] })
    expect(out.ok ? '' : out.problems.map((p) => p.message).join('\n')).toMatch(
      /holds .*, a JSON (object|array): DuckDB's read_json_auto reads it as a STRUCT or LIST/,
    )
    await expect(runQuery(entry(), `SELECT * FROM read_json_auto('${join(duck.ws.dir, 'x.jsonl')}')`)).rejects.toThrow(
      REFUSED,
    )
  })

  it.each([
    ['a MAP', `MAP {'k': i % 2}`],
    ['a UNION', `union_value(k := i % 2)`],
    ['an ARRAY', `[i % 2, 1]::INTEGER[2]`],
    ['a LIST', `[i % 2]`],
    ['a STRUCT', `{'a': i % 2}`],
  ])('%s group column, binned or not, under every missing policy: refused by the query', async (_what, value) => {
    const select = `SELECT 1 AS y, 1 AS p, ${value} AS g FROM range(10) t(i)`
    for (const missing of ['error', 'drop', 'group'])
      for (const bins of [{}, { bins: { g: [1] } }])
        await expect(runQuery(entry({ missing, ...bins }), select)).rejects.toThrow(REFUSED)
  })

  it('a scalar group column is as before', async () => {
    expect(await runQuery(entry(), `SELECT 1 AS y, 1 AS p, CAST(i % 2 AS VARCHAR) AS g FROM range(10) t(i)`)).toBe(
      'VARCHAR',
    )
  })
})
