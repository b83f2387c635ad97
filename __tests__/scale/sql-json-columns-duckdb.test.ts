/**
 * DuckDB JSON-typed label, prediction, score, weight and binned columns (red team 32 R32-12):
 * `read_json_auto` makes a JSON Lines column that mixes `"1"` and `0` DuckDB's JSON type, whose
 * text keeps a string's quotes, so the printed query read a label `"1"` as other text, a negative,
 * where the rows read 1: the counts audit passed (exit 0) where the rows failed the gate (exit 1).
 * The query now reads a JSON column's scalar, as the rows read the cell, and what the rows refuse
 * (a boolean score or weight, an NA label) it makes NULL, which the counts audit refuses.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The column types read_json_auto gives `file`, then the query's counts of it as CSV. */
async function duckCounts(entry: Record<string, unknown>, file: string, out: string): Promise<Record<string, string>> {
  const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
  const con = await duck.db.connect()
  try {
    await con.run(`CREATE OR REPLACE TABLE predictions AS SELECT * FROM read_json_auto('${join(duck.ws.dir, file)}')`)
    const types = (await con.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE predictions)`))
      .getRowObjectsJson()
      .map((r) => [String(r.column_name), String(r.column_type)])
    await copyToCsv(con, duck.ws, sql, out)
    return Object.fromEntries(types) as Record<string, string>
  } finally {
    con.closeSync()
  }
}

/** The audit's outcome: its groups (name, rows, metrics) and verdict, or its problems. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> =>
  auditOutcome(duck.ws, entry, (a) => ({
    groups: a.groups.map((g) => [g.attribute, g.key, g.count, g.metrics]),
    passed: a.passed,
  }))

/** The rows audit of `file` and the counts audit of the query's DuckDB result over it. */
async function bothWays(file: string, rows: unknown[], entry: Record<string, unknown>) {
  duck.ws.write(file, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`)
  const types = await duckCounts(entry, file, `${file}.counts.csv`)
  return {
    types,
    rows: await outcome({ ...entry, data: file }),
    counts: await outcome({ ...entry, data: `${file}.counts.csv`, format: 'counts' }),
  }
}

const base = {
  name: 'm',
  label: 'y',
  prediction: 'p',
  positive_label: 1,
  sensitive: ['g'],
  min_group_size: 5,
  confidence: false,
  metrics: ['accuracy', 'true_positive_rate', 'selection_rate'],
  gates: [{ metric: 'equal_opportunity_difference', attribute: 'g', max: 0.1 }],
}

describe('DuckDB JSON label, prediction, score and weight columns (R32-12)', () => {
  it('a label of "1" (a string) and 0 (a number): the counts give the rows’ report, and the gate fails in both', async () => {
    const rows: unknown[] = []
    for (let i = 0; i < 100; i++) rows.push({ y: i % 2 ? '1' : 0, p: 0, g: 'A' })
    for (let i = 0; i < 100; i++) rows.push({ y: i % 2 ? '1' : 0, p: i % 2, g: 'B' })
    const r = await bothWays('label.jsonl', rows, base)
    expect(r.types.y).toBe('JSON')
    expect(r.rows).toMatchObject({ passed: false })
    expect(r.counts).toEqual(r.rows)
  })

  it('a prediction of strings, numbers and booleans (" 1", 1e0, true, "0", false): the rows’ report', async () => {
    const ones = [' 1', 1, true, '1.0', 'True']
    const zeros = ['0', 0, false, '0.0', ' 0 ']
    const rows: unknown[] = []
    for (let i = 0; i < 120; i++) rows.push({ y: i % 2, p: i % 3 ? ones[i % 5] : zeros[i % 5], g: i % 4 ? 'A' : 'B' })
    const r = await bothWays('pred.jsonl', rows, { ...base, gates: [] })
    expect(r.types.p).toBe('JSON')
    expect(r.rows).toHaveProperty('groups')
    expect(r.counts).toEqual(r.rows)
  })

  it('a label "NA" (missing to the rows) and an object label: refused in both', async () => {
    const rows: unknown[] = []
    for (let i = 0; i < 40; i++) rows.push({ y: i % 2 ? '1' : 0, p: i % 2, g: 'A' })
    const na = await bothWays('na.jsonl', [...rows, { y: 'NA', p: 1, g: 'A' }], base)
    expect(na.rows).toEqual({ problems: expect.stringMatching(/label column 'y' is empty or NA/) })
    expect(na.counts).toEqual({ problems: expect.stringMatching(/n_rows is 41 but tp \+ fp \+ tn \+ fn is 40/) })
    const obj = await bothWays('obj.jsonl', [...rows, { y: { a: 1 }, p: 1, g: 'A' }], base)
    expect(obj.rows).toEqual({ problems: expect.stringMatching(/third distinct value/) })
    expect(obj.counts).toEqual({ problems: expect.stringMatching(/n_label_values is 3/) })
  })

  it('a score of strings and numbers ("0.7", 0.25, " 0.9", 1e-1): the rows’ report; a boolean score is refused in both', async () => {
    const entry = { ...base, prediction: undefined, score: 's', threshold: 0.5, gates: [] }
    const scores = ['0.7', 0.25, ' 0.9', 1e-1, '.6', 0.55, '4e-1']
    const rows: unknown[] = []
    for (let i = 0; i < 140; i++) rows.push({ y: i % 3 ? 1 : 0, s: scores[i % 7], g: i % 2 ? 'A' : 'B' })
    const r = await bothWays('score.jsonl', rows, entry)
    expect(r.types.s).toBe('JSON')
    expect(r.rows).toHaveProperty('groups')
    expect(r.counts).toEqual(r.rows)
    // A JSON true: no score to the rows; DuckDB's cast of it to a double was 1, a positive prediction.
    const b = await bothWays('score-bool.jsonl', [...rows, { y: 1, s: true, g: 'A' }], entry)
    expect(b.rows).toEqual({ problems: expect.stringMatching(/score column 's' has true; expected a finite number/) })
    expect(b.counts).toEqual({ problems: expect.stringMatching(/n_rows is 141 but tp \+ fp \+ tn \+ fn is 140/) })
  })

  it('a weight of strings and numbers ("2", 1, 0.5): the rows’ report; a boolean weight is refused in both', async () => {
    const entry = { ...base, weight: 'w', gates: [] }
    const weights = ['2', 1, 0.5, ' 3', '1e0']
    const rows: unknown[] = []
    for (let i = 0; i < 100; i++) rows.push({ y: i % 2, p: i % 3 ? 1 : 0, w: weights[i % 5], g: i % 2 ? 'A' : 'B' })
    const r = await bothWays('weight.jsonl', rows, entry)
    expect(r.types.w).toBe('JSON')
    expect(r.rows).toHaveProperty('groups')
    expect(r.counts).toEqual(r.rows)
    const b = await bothWays('weight-bool.jsonl', [...rows, { y: 1, p: 1, w: true, g: 'A' }], entry)
    expect(b.rows).toEqual({ problems: expect.stringMatching(/weight column 'w' has true/) })
    expect(b.counts).toEqual({
      problems: expect.stringMatching(/1 row of this group has a weight \('w'\) that is NULL/),
    })
  })

  it('a binned group column of strings and numbers ("25", 40, "NA"): the rows’ bins', async () => {
    const entry = { ...base, sensitive: ['age'], bins: { age: [30, 50] }, missing: 'drop', gates: [] }
    const ages = ['25', 40, '61', 55, ' 33', 'NA']
    const rows: unknown[] = []
    for (let i = 0; i < 120; i++) rows.push({ y: i % 2, p: i % 3 ? 1 : 0, age: ages[i % 6] })
    const r = await bothWays('age.jsonl', rows, entry)
    expect(r.types.age).toBe('JSON')
    expect(r.rows).toHaveProperty('groups')
    expect(r.counts).toEqual(r.rows)
  })
})
