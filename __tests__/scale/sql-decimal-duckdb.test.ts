/**
 * A DECIMAL(38, x) or HUGEINT score, weight or binned column is read as the rows read it, its exact
 * text as a double (red team 34 R34-6): DuckDB casts such a value to a double in two roundings (its
 * 128-bit integer to a double, then divided by 10^scale), one ulp off for about a quarter of 17-digit
 * DECIMAL(38, 20) values and 1 % of 20- to 34-digit HUGEINTs, where the rows read the Parquet DECIMAL's
 * or the CSV's text correctly rounded. A score at a threshold it equals was below it in the
 * warehouse, a value at a bin's edge in the bin below, and the weights' sums another double. The
 * query now casts such a column to text first, then to a double, as `parseScore` reads the text.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { comparableBinned, copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** A seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31
    return x / 2 ** 31
  }
}

/** The values among `texts` (the type's text of each) that DuckDB's direct cast to a double puts below the text's double. */
async function castLow(texts: string[], type: string): Promise<string[]> {
  const values = texts.map((t) => `('${t}')`).join(', ')
  const r = await duck.con.runAndReadAll(
    `SELECT v FROM (SELECT v, CAST(v AS ${type}) AS d FROM (VALUES ${values}) AS x(v)) WHERE CAST(d AS DOUBLE) < CAST(v AS DOUBLE)`,
  )
  return r.getRowObjectsJson().map((o) => String(o.v))
}

/** The rows audit of `file` and the counts audit of the printed query over table `predictions`. */
async function both(file: string, entry: Record<string, unknown>): Promise<[unknown, unknown]> {
  const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
  const counts = `${file}.counts.csv`
  await copyToCsv(duck.con, duck.ws, sql, counts)
  return [
    comparableBinned(await duck.report({ ...entry, data: file })),
    comparableBinned(await duck.report({ ...entry, data: counts, format: 'counts' })),
  ]
}

describe('DECIMAL(38, 20) and HUGEINT columns read through their text (R34-6)', () => {
  it('a Parquet DECIMAL(38, 20) score, weight and binned column: the counts audit is the rows audit', async () => {
    const next = random(34_6)
    // Shortest texts of doubles (15 to 17 digits, which the rows accept from a DECIMAL: a double holds each).
    const scores = Array.from({ length: 400 }, () => String(0.01 + next() * 0.98))
    const low = await castLow(scores, 'DECIMAL(38, 20)')
    expect(low.length).toBeGreaterThan(20)
    const threshold = Number(low[0])
    const edge = Number(low[1])
    // Weights 1 + j/2^20 (20 decimals, exact in DECIMAL(38, 20)): their sums are exact in any order.
    const rows = scores.map((s, i) => {
      const w = String(1 + Math.floor(next() * 1024) / 2 ** 20)
      return `(${i % 3 === 0 ? 1 : 0}, CAST('${s}' AS DECIMAL(38, 20)), CAST('${w}' AS DECIMAL(38, 20)), CAST('${scores[(i + 1) % scores.length]}' AS DECIMAL(38, 20)), '${'AB'[i % 2]}', CAST('${scores[i % 3]}' AS DECIMAL(38, 20)))`
    })
    // The label and a group column DECIMAL(38, 20) too, read by their text (as before): 1.00000000000000000000 is 1.
    await duck.con.run(
      `CREATE OR REPLACE TABLE predictions (y DECIMAL(38, 20), s DECIMAL(38, 20), w DECIMAL(38, 20), b DECIMAL(38, 20), g VARCHAR, h DECIMAL(38, 20))`,
    )
    await duck.con.run(`INSERT INTO predictions VALUES ${rows.join(', ')}`)
    await duck.con.run(`COPY predictions TO '${join(duck.ws.dir, 'dec.parquet')}' (FORMAT PARQUET)`)
    const entry = {
      name: 'm',
      label: 'y',
      score: 's',
      weight: 'w',
      threshold,
      sensitive: ['g', 'b', 'h'],
      bins: { b: [edge] },
      confidence: false,
      metrics: ['selection_rate', 'accuracy', 'false_positive_rate'],
    }
    const [r, c] = await both('dec.parquet', entry)
    expect(c).toEqual(r)
  })

  it('a HUGEINT score at a threshold it equals (CSV read with types): the counts audit is the rows audit', async () => {
    const next = random(34_66)
    const big = Array.from({ length: 400 }, () => {
      let s = String(1 + Math.floor(next() * 9))
      for (let j = 0; j < 21; j++) s += String(Math.floor(next() * 10))
      return s
    })
    const low = await castLow(big, 'HUGEINT')
    expect(low.length).toBeGreaterThan(0)
    const at = low[0] as string
    const lines = ['y,s,g', ...big.map((s, i) => `${i % 2},${s},${'AB'[i % 2]}`), `1,${at},A`, `0,${at},B`]
    duck.ws.write('huge.csv', `${lines.join('\n')}\n`)
    await duck.con.run(
      `CREATE OR REPLACE TABLE predictions AS SELECT * FROM read_csv('${join(duck.ws.dir, 'huge.csv')}', header = true, types = {'s': 'HUGEINT'})`,
    )
    const [r, c] = await both('huge.csv', {
      name: 'm',
      label: 'y',
      score: 's',
      threshold: Number(at),
      sensitive: ['g'],
      confidence: false,
      metrics: ['selection_rate', 'accuracy'],
    })
    expect(c).toEqual(r)
  })

  it('Spark reads a DECIMAL through its text too (the printed query)', () => {
    const sql = countsQuery(
      parsedAudit({ name: 'm', data: 'x.csv', label: 'y', score: 's', weight: 'w', threshold: 0.5, sensitive: ['g'] }),
      { dialect: 'spark', table: 'predictions' },
    )
    for (const c of ['s', 'w'])
      expect(sql).toContain(
        `(CASE WHEN typeof(audit_source.\`${c}\`) LIKE 'decimal%' THEN CAST(CAST(audit_source.\`${c}\` AS STRING) AS DOUBLE) ELSE CAST(audit_source.\`${c}\` AS DOUBLE) END)`,
      )
  })

  it("BigQuery reads a NUMERIC or BIGNUMERIC through its text (FORMAT('%T') names the type; the printed query)", () => {
    const sql = countsQuery(
      parsedAudit({
        name: 'm',
        data: 'x.csv',
        label: 'y',
        prediction: 'p',
        weight: 'w',
        sensitive: ['a'],
        bins: { a: [30] },
      }),
      { dialect: 'bigquery', table: 'predictions' },
    )
    for (const c of ['w', 'a'])
      expect(sql).toContain(
        `(CASE WHEN REGEXP_CONTAINS(FORMAT('%T', audit_source.\`${c}\`), '^(?:BIG)?NUMERIC ') THEN CAST(CAST(audit_source.\`${c}\` AS STRING) AS FLOAT64) ELSE CAST(audit_source.\`${c}\` AS FLOAT64) END)`,
      )
  })
})
