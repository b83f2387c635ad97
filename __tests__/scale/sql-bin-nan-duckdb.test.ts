/**
 * A binned DOUBLE NaN is missing to the rows; the query had no NaN test, and DuckDB sorts NaN above
 * every number, so it was counted in the last bin (red team 31 R31-2): 40 wrong NaN rows were
 * `(missing)` in the rows (exit 1; `missing: error` exit 2) and in `>= 40` in the query's counts
 * (exit 0). Now the query makes NaN (and pandas' NA spellings) NULL before binning, and writes an
 * infinite value, which the rows refuse, as a value the counts audit refuses.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** `age` of SQL type `type`: 200 right rows at 50, 100 right at 20, 40 wrong rows at `odd` (an SQL expression); as Parquet. */
async function writeParquet(file: string, type: string, odd: string): Promise<void> {
  const con = await duck.db.connect()
  try {
    await con.run(`CREATE OR REPLACE TABLE t (age ${type}, y INTEGER, p INTEGER)`)
    await con.run(`INSERT INTO t SELECT 50, i % 2, i % 2 FROM range(200) r(i)`)
    await con.run(`INSERT INTO t SELECT 20, i % 2, i % 2 FROM range(100) r(i)`)
    await con.run(`INSERT INTO t SELECT ${odd}, i % 2, 1 - i % 2 FROM range(40) r(i)`)
    await con.run(`COPY t TO '${join(duck.ws.dir, file)}' (FORMAT PARQUET)`)
  } finally {
    con.closeSync()
  }
}

const entry = (missing: string): Record<string, unknown> => ({
  name: 'm',
  label: 'y',
  prediction: 'p',
  sensitive: ['age'],
  bins: { age: [40] },
  missing,
  min_group_size: 30,
  confidence: false,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.8 } }],
})

/** The rows' outcome and the query's, each its groups and verdict or its problems. */
async function both(file: string, missing: string): Promise<{ rows: unknown; counts: unknown }> {
  const e = entry(missing)
  const sql = countsQuery(parsedAudit({ ...e, data: file }), {
    dialect: 'duckdb',
    table: `read_parquet('${join(duck.ws.dir, file)}')`,
  })
  const con = await duck.db.connect()
  try {
    await copyToCsv(con, duck.ws, sql, `${file}.csv`)
  } finally {
    con.closeSync()
  }
  const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
    try {
      const a = await duck.report({ ...e, data, ...extra })
      return { groups: a.groups.map((g) => [g.key, g.count, g.metrics.accuracy]), passed: a.passed }
    } catch {
      return 'refused'
    }
  }
  return { rows: await outcome(file), counts: await outcome(`${file}.csv`, { format: 'counts' }) }
}

describe('a binned NaN is missing in the warehouse too (R31-2)', () => {
  it.each(['group', 'drop', 'error'])('DOUBLE NaN, missing: %s: the rows’ groups and verdict', async (missing) => {
    await writeParquet(`nan-${missing}.parquet`, 'DOUBLE', "CAST('NaN' AS DOUBLE)")
    const out = await both(`nan-${missing}.parquet`, missing)
    expect(out.rows).toEqual(
      missing === 'error'
        ? 'refused'
        : {
            groups: [['< 40', 100, 1], ['>= 40', 200, 1], ...(missing === 'group' ? [['(missing)', 40, 0]] : [])],
            passed: missing !== 'group',
          },
    )
    expect(out.counts).toEqual(out.rows)
  })

  it.each([
    ['DOUBLE', "CAST('Infinity' AS DOUBLE)"],
    ['DOUBLE', "CAST('-Infinity' AS DOUBLE)"],
    ['FLOAT', "CAST('Infinity' AS FLOAT)"],
  ])('%s %s: refused by the rows and by the counts audit', async (type, odd) => {
    const file = `inf-${type}-${odd.includes('-') ? 'neg' : 'pos'}.parquet`
    await writeParquet(file, type, odd)
    for (const missing of ['group', 'drop'])
      expect(await both(file, missing)).toEqual({ rows: 'refused', counts: 'refused' })
  })

  it('a text column holding NA: missing in both (it stopped DuckDB: NA is no DOUBLE)', async () => {
    await writeParquet('na-text.parquet', 'VARCHAR', "'NA'")
    const out = await both('na-text.parquet', 'drop')
    expect(out.rows).toEqual({
      groups: [
        ['< 40', 100, 1],
        ['>= 40', 200, 1],
      ],
      passed: true,
    })
    expect(out.counts).toEqual(out.rows)
  })
})
