/**
 * `missing: group` grouped a column by its text in the warehouse, so a DOUBLE -0.0 (`-0.0` to DuckDB)
 * was a group of its own beside 0.0, where the rows (and GROUP BY, under the other policies) have
 * one value 0 (red team 31 R31-1): 40 wrong rows stored as -0.0 made a small ungated group, the
 * rows exit 1 and the query's counts exit 0. The query now groups by the value in every policy
 * and names a missing value's group after grouping.
 */
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** `band` DOUBLE (PLAIN, so -0.0 keeps its sign): 100 rows 0 and 100 rows 1 right, 40 rows -0 wrong (first or last), 5 NULL. */
function writeParquet(file: string, negativeFirst: boolean): void {
  const right = Array.from({ length: 200 }, (_, i) => ({ band: i % 2, y: i % 2, p: i % 2 }))
  const wrong = Array.from({ length: 40 }, () => ({ band: -0, y: 0, p: 1 }))
  const none = Array.from({ length: 5 }, () => ({ band: null, y: 1, p: 1 }))
  const rows = negativeFirst ? [...wrong, ...right, ...none] : [...right, ...wrong, ...none]
  const buf = parquetWriteBuffer({
    columnData: [
      { name: 'band', data: rows.map((r) => r.band), type: 'DOUBLE', encoding: 'PLAIN' },
      { name: 'y', data: rows.map((r) => r.y), type: 'INT32' },
      { name: 'p', data: rows.map((r) => r.p), type: 'INT32' },
    ],
    dictionarySize: 0,
  } as Parameters<typeof parquetWriteBuffer>[0])
  duck.ws.write(file, Buffer.from(buf))
}

describe('a DOUBLE -0.0 is the group 0 in the warehouse too (R31-1)', () => {
  it.each([
    ['group', false],
    ['group', true],
    ['drop', false],
    ['drop', true],
  ] as const)('missing: %s, -0.0 rows first: %s — the rows’ groups and verdict', async (missing, negativeFirst) => {
    const file = `negzero-${missing}-${negativeFirst}.parquet`
    writeParquet(file, negativeFirst)
    const entry = {
      name: 'm',
      label: 'y',
      prediction: 'p',
      sensitive: ['band'],
      missing,
      min_group_size: 50,
      confidence: false,
      metrics: ['accuracy'],
      gates: [{ metric: 'accuracy', each_group: { min: 0.8 } }],
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
    // A Parquet DOUBLE 0 is `0` to the rows, and the query names it so, whether DuckDB's group
    // holds 0.0 or -0.0 (it wrote `0.0` or `-0.0` before F2).
    const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
      const a = await duck.report({ ...entry, data, ...extra })
      return { groups: a.groups.map((g) => [g.key, g.count, g.metrics.accuracy]).sort(), passed: a.passed }
    }
    const rows = await outcome(file)
    expect(rows).toEqual({
      groups: [...(missing === 'group' ? [['(missing)', 5, 1]] : []), ['0', 140, 100 / 140], ['1', 100, 1]],
      passed: false,
    })
    expect(await outcome(`${file}.csv`, { format: 'counts' })).toEqual(rows)
  })
})
