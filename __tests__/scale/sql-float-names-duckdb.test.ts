/**
 * A FLOAT, DOUBLE or DECIMAL group column's names (F2): the rows name a Parquet FLOAT by its double
 * (0.1f is `0.10000000149011612`), a DOUBLE as JavaScript writes it (`2`, `1e+21`, `1.5e-7`,
 * `0.000001`) and a DECIMAL without its fraction's trailing zeros; the query named them as DuckDB
 * writes them (`0.1`, `2.0`, `1.5e-07`, `1e-06`, `2.50`), so the counts audit's groups had other
 * names than the rows' (a `reference:` or a baseline named by the rows missed them). The query now
 * writes them as the rows do, under every `missing` policy.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** A double from a random bit pattern, finite (seeded). */
function randomDoubles(n: number, seed: number): number[] {
  let s = seed >>> 0
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const out: number[] = []
  const view = new DataView(new ArrayBuffer(8))
  while (out.length < n) {
    view.setUint32(0, next())
    view.setUint32(4, next())
    const x = view.getFloat64(0)
    if (Number.isFinite(x)) out.push(x)
  }
  return out
}

/** Doubles of every decimal exponent from 1e-9 to 1e23, the range where JavaScript's text turns from fixed to exponent (seeded). */
function scaledDoubles(n: number, seed: number): number[] {
  return randomDoubles(n, seed).map((x, i) => (Math.abs(x) % 1) * 10 ** ((i % 33) - 9) * (i % 2 ? -1 : 1))
}

const DOUBLES = [
  2,
  1e21,
  1e20,
  123e18,
  1.5e-7,
  -1.5e-7,
  1e-7,
  0.000001,
  1e-6 * 1.5,
  0.1 + 0.2,
  1e16,
  5e-324,
  1.7976931348623157e308,
  -2.5,
  0.5,
  100,
  123456789012345680000,
  1.2345678901234568e21,
  9007199254740994,
  2 ** 70,
  1 / 3,
  -0.001,
]
/** Random doubles of each kind (`RANDOM_DOUBLES=5000` for a longer run). */
const RANDOM = Number(process.env.RANDOM_DOUBLES ?? 300)
const FLOATS = [0.1, 0.2, 1 / 3, 16777217, 3.4e38, 1e-40, -7.25, 2].map(Math.fround)
const DECIMALS = ['2.50', '-0.50', '10.00', '0.00', '7.00', '123.45']

/** DuckDB writes `g` (of `type`) and labels into a Parquet file: one right row and one wrong a value (and a NULL row). */
async function writeParquet(file: string, type: string, values: readonly string[], withNull = true): Promise<void> {
  const rows = [...values.flatMap((v) => [`(${v}, 1, 1)`, `(${v}, 0, 1)`]), ...(withNull ? ['(NULL, 1, 1)'] : [])]
  const con = await duck.db.connect()
  try {
    await con.run(
      `COPY (SELECT CAST(g AS ${type}) AS g, y, p FROM (VALUES ${rows.join(', ')}) AS t(g, y, p)) TO '${join(duck.ws.dir, file)}' (FORMAT PARQUET)`,
    )
  } finally {
    con.closeSync()
  }
}

describe('FLOAT, DOUBLE and DECIMAL groups have the rows’ names in the warehouse (F2)', () => {
  const literal = (x: number): string => `CAST('${String(x)}' AS DOUBLE)`
  const cases: [string, string, string[]][] = [
    ['FLOAT', 'FLOAT', FLOATS.map(literal)],
    ['DOUBLE', 'DOUBLE', [...DOUBLES, ...randomDoubles(RANDOM, 7), ...scaledDoubles(RANDOM, 11)].map(literal)],
    ['DECIMAL', 'DECIMAL(10,2)', DECIMALS.map((d) => `CAST('${d}' AS DECIMAL(10,2))`)],
  ]
  it.each(cases.flatMap(([n, t, v]) => (['group', 'drop', 'error'] as const).map((m) => [n, m, t, v] as const)))(
    '%s, missing: %s',
    async (name, missing, type, values) => {
      const file = `${name}-${missing}.parquet`
      // With `missing: error` no NULL: the audit runs.
      await writeParquet(file, type, values, missing !== 'error')
      const entry = {
        name: 'f',
        label: 'y',
        prediction: 'p',
        sensitive: ['g'],
        missing,
        min_group_size: 1,
        max_groups: 2 * RANDOM + 100,
        confidence: false,
        metrics: ['accuracy'],
        gates: [{ metric: 'accuracy', each_group: { min: 0.4 } }],
      }
      const sql = countsQuery(parsedAudit({ ...entry, data: file }), {
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
        const a = await duck.report({ ...entry, data, ...extra })
        return { groups: a.groups.map((g) => [g.key, g.count, g.metrics.accuracy]).sort(), passed: a.passed }
      }
      const rows = await outcome(file)
      expect(rows.passed).toBe(true)
      expect(rows.groups.length).toBe(new Set(values).size + (missing === 'group' ? 1 : 0))
      expect(await outcome(`${file}.csv`, { format: 'counts' })).toEqual(rows)
    },
  )

  it('a spot check of the names', async () => {
    await writeParquet('spot.parquet', 'DOUBLE', [2, 1e21, 1.5e-7, 0.1 + 0.2, 1e-6].map(literal))
    const entry = { name: 'f', label: 'y', prediction: 'p', sensitive: ['g'], missing: 'drop', min_group_size: 1 }
    const sql = countsQuery(parsedAudit({ ...entry, data: 'spot.parquet' }), {
      dialect: 'duckdb',
      table: `read_parquet('${join(duck.ws.dir, 'spot.parquet')}')`,
    })
    const con = await duck.db.connect()
    try {
      await copyToCsv(con, duck.ws, sql, 'spot.csv')
    } finally {
      con.closeSync()
    }
    const a = await duck.report({ ...entry, data: 'spot.csv', format: 'counts' })
    expect(a.groups.map((g) => g.key).sort()).toEqual(['0.000001', '0.30000000000000004', '1.5e-7', '1e+21', '2'])
  })
})
