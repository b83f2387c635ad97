/**
 * The warehouse compares the score and a binned column as the rows do, as doubles (red team 29):
 * a FLOAT score against a bare literal was compared in float32, the literal rounded to it (R29-1),
 * and DuckDB read a 16-digit literal as a DECIMAL that it cast to a double one ulp high, so the
 * scores equal to a threshold pasted from `roc_curve` were below it in the warehouse and at it in
 * the rows (R29-3). The same Parquet file, written by DuckDB, through the rows and through the
 * printed query: the same groups and the same verdict.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** `rows` (label, score, group) into a DuckDB table of score type `type`, written as `file` (Parquet); then the query's counts as `counts`. */
async function both(
  file: string,
  type: 'FLOAT' | 'DOUBLE',
  rows: [number, string, string][],
  entry: Record<string, unknown>,
): Promise<{ rows: unknown; counts: unknown }> {
  const con = await duck.db.connect()
  try {
    await con.run(`CREATE OR REPLACE TABLE predictions (y INTEGER, s ${type}, g VARCHAR)`)
    await con.run(
      `INSERT INTO predictions VALUES ${rows.map(([y, s, g]) => `(${y}, CAST('${s}' AS ${type}), '${g}')`).join(', ')}`,
    )
    await con.run(`COPY predictions TO '${join(duck.ws.dir, file)}' (FORMAT PARQUET)`)
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    await copyToCsv(con, duck.ws, sql, `${file}.counts.csv`)
  } finally {
    con.closeSync()
  }
  const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
    const a = await duck.report({ ...entry, data, ...extra })
    return {
      groups: a.groups.map((g) => [g.key, g.count, g.metrics.false_positive_rate]),
      gates: a.gates.map((g) => g.status),
    }
  }
  return { rows: await outcome(file), counts: await outcome(`${file}.counts.csv`, { format: 'counts' }) }
}

const entry = (threshold: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'm',
  label: 'y',
  score: 's',
  threshold,
  sensitive: ['g'],
  confidence: false,
  metrics: ['false_positive_rate'],
  gates: [{ metric: 'false_positive_rate_difference', max: 0.1 }],
  ...extra,
})

/** 100 label-0 rows of group A at `a`, 100 of B at `b`, 40 label-1 rows at 0.99. */
const layout = (a: string, b: string): [number, string, string][] => [
  ...Array.from({ length: 100 }, (): [number, string, string] => [0, a, 'A']),
  ...Array.from({ length: 100 }, (): [number, string, string] => [0, b, 'B']),
  ...Array.from({ length: 40 }, (_, i): [number, string, string] => [1, '0.99', i % 2 ? 'A' : 'B']),
]

describe('the query compares scores as doubles, as the rows do (red team 29)', () => {
  it('a DOUBLE score equal to a 16-digit threshold is at it in both (R29-3)', async () => {
    const out = await both('double.parquet', 'DOUBLE', layout('0.9357789479434879', '0.1'), entry(0.9357789479434879))
    expect(out.rows).toEqual({
      groups: [
        ['A', 120, 1],
        ['B', 120, 0],
      ],
      gates: ['fail'],
    })
    expect(out.counts).toEqual(out.rows)
  })

  it('a FLOAT score 0.1f below a threshold between it and its float32 neighbour is below it in both (R29-1)', async () => {
    const out = await both('float.parquet', 'FLOAT', layout('0.1', '0.9'), entry(0.1000000015))
    expect(out.rows).toEqual({
      groups: [
        ['A', 120, 0],
        ['B', 120, 1],
      ],
      gates: ['fail'],
    })
    expect(out.counts).toEqual(out.rows)
  })

  it('pandas’ NA spellings in a text group column are missing in both, dropped or grouped (red team 30 R30-7)', async () => {
    const rows: [number, string, string][] = [
      ...layout('0.9', '0.1'),
      ...['NA', 'nan', 'None', 'null', 'NaN', ''].flatMap((na): [number, string, string][] => [
        [0, '0.9', na],
        [1, '0.1', na],
      ]),
    ]
    for (const missing of ['drop', 'group'] as const) {
      const out = await both(`na-${missing}.parquet`, 'DOUBLE', rows, entry(0.5, { missing }))
      expect(out.counts).toEqual(out.rows)
    }
  })
})

/**
 * `rows` (label, prediction, group) into a DuckDB table whose label and prediction are of SQL type
 * `type`, each cell the SQL expression given, written as `file` (Parquet); the rows' outcome and the
 * outcome of the query's counts.
 */
async function bothLabels(
  file: string,
  type: string,
  rows: [string, string, string][],
  entry: Record<string, unknown>,
): Promise<{ rows: unknown; counts: unknown }> {
  const con = await duck.db.connect()
  try {
    await con.run(`CREATE OR REPLACE TABLE predictions (y ${type}, p ${type}, g VARCHAR)`)
    await con.run(`INSERT INTO predictions VALUES ${rows.map(([y, p, g]) => `(${y}, ${p}, '${g}')`).join(', ')}`)
    await con.run(`COPY predictions TO '${join(duck.ws.dir, file)}' (FORMAT PARQUET)`)
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    await copyToCsv(con, duck.ws, sql, `${file}.counts.csv`)
  } finally {
    con.closeSync()
  }
  const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
    const a = await duck.report({ ...entry, data, ...extra })
    return {
      groups: a.groups.map((g) => [g.key, g.count, g.metrics.false_positive_rate]),
      gates: a.gates.map((g) => g.status),
    }
  }
  return { rows: await outcome(file), counts: await outcome(`${file}.counts.csv`, { format: 'counts' }) }
}

const labelEntry = (positive: unknown): Record<string, unknown> => ({
  name: 'm',
  label: 'y',
  prediction: 'p',
  positive_label: positive,
  sensitive: ['g'],
  confidence: false,
  metrics: ['false_positive_rate'],
  gates: [{ metric: 'false_positive_rate_difference', max: 0.1 }],
})

/** 100 negative rows of group A predicted `pos`, 100 of B predicted `neg`, 40 positive rows predicted `pos`. */
const labelLayout = (pos: string, neg: string): [string, string, string][] => [
  ...Array.from({ length: 100 }, (): [string, string, string] => [neg, pos, 'A']),
  ...Array.from({ length: 100 }, (): [string, string, string] => [neg, neg, 'B']),
  ...Array.from({ length: 40 }, (_, i): [string, string, string] => [pos, pos, i % 2 ? 'A' : 'B']),
]

describe('the query compares a label and a prediction as the rows read them (red team 30 R30-6)', () => {
  it('a FLOAT label and prediction 0.1f are the positive label 0.10000000149011612 in both', async () => {
    const f = (x: string): string => `CAST('${x}' AS FLOAT)`
    const out = await bothLabels(
      'float-labels.parquet',
      'FLOAT',
      labelLayout(f('0.1'), f('0.9')),
      labelEntry(0.10000000149011612),
    )
    expect(out.rows).toEqual({
      groups: [
        ['A', 120, 1],
        ['B', 120, 0],
      ],
      gates: ['fail'],
    })
    expect(out.counts).toEqual(out.rows)
  })

  it.each([
    ['INTEGER', '1', '0', 1],
    ['INTEGER', '1', '0', '1.0'],
    ['BOOLEAN', 'true', 'false', true],
    ['BOOLEAN', 'true', 'false', 1],
    ['VARCHAR', "'0.1'", "'0.9'", 0.1],
    ['VARCHAR', "'yes'", "'no'", 'yes'],
    ['DOUBLE', '0.1', '0.9', 0.1],
    ['DECIMAL(18,17)', '0.10000000149011612', '0.9', 0.10000000149011612],
  ])('a %s label %s (negative %s) is positive_label %j in both', async (type, pos, neg, positive) => {
    const file = `labels-${type.replace(/\W/g, '')}-${String(positive)}.parquet`
    const out = await bothLabels(file, type, labelLayout(pos, neg), labelEntry(positive))
    expect(out.rows).toEqual({
      groups: [
        ['A', 120, 1],
        ['B', 120, 0],
      ],
      gates: ['fail'],
    })
    expect(out.counts).toEqual(out.rows)
  })
})
