/**
 * A DuckDB `JSON` group column (red team 31 R31-7): `read_json_auto` makes a JSON Lines column that
 * mixes `2` and `"2"` JSON, whose values are their JSON text, so the query grouped `2` and `"2"`
 * apart and named the second `"2"` with its quotes, where the rows read one group `2`: the counts
 * audit gated on two groups the rows do not have. The query now refuses such a column, naming it and
 * the way to read it as text, and read that way the counts give the rows' report.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

const entry = {
  name: 'm',
  label: 'y',
  prediction: 'p',
  sensitive: ['g'],
  min_group_size: 5,
  confidence: false,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.6 } }],
}

/** Runs the query over `table` in DuckDB, into `out` as CSV. */
async function runQuery(table: string, out: string): Promise<void> {
  const sql = countsQuery(parsedAudit({ ...entry, data: 'm.jsonl' }), { dialect: 'duckdb', table })
  const con = await duck.db.connect()
  try {
    await copyToCsv(con, duck.ws, sql, out)
  } finally {
    con.closeSync()
  }
}

describe('a DuckDB JSON group column (R31-7)', () => {
  it('2 and "2": the rows refuse them, the query refuses the JSON column, and read as text it gives the one-kind rows’ report', async () => {
    const lines: string[] = []
    for (let i = 0; i < 30; i++)
      lines.push('{"g":2,"y":1,"p":1}', '{"g":"2","y":0,"p":1}', '{"g":"a","y":1,"p":1}', '{"g":"a","y":0,"p":0}')
    duck.ws.write('m.jsonl', `${lines.join('\n')}\n`)
    const file = join(duck.ws.dir, 'm.jsonl')
    const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
      const a = await duck.report({ ...entry, data, ...extra })
      return { groups: a.groups.map((g) => [g.key, g.count, g.metrics.accuracy]), passed: a.passed }
    }
    // The rows refuse a column holding one text as two JSON kinds (red team 32 R32-1); written as
    // one kind, they read one group `2`, which the query read as text gives too.
    const refused = await duck.ws.run({ audits: [{ ...entry, data: 'm.jsonl' }] })
    expect(refused.ok ? '' : refused.problems.map((p) => p.message).join('\n')).toMatch(
      /holds "2" as a number .* and as a string/,
    )
    duck.ws.write('one-kind.jsonl', `${lines.map((l) => l.replace('"g":"2"', '"g":2')).join('\n')}\n`)
    const rows = await outcome('one-kind.jsonl')
    expect(rows).toEqual({
      groups: [
        ['2', 60, 0.5],
        ['a', 60, 1],
      ],
      passed: false,
    })
    // The column as read_json_auto types it: JSON. The old query's counts named groups `2` and `"2"`.
    await expect(runQuery(`read_json_auto('${file}')`, 'json.csv')).rejects.toThrow(
      /column "g" is DuckDB's JSON type .* SELECT \* REPLACE \("g" ->> '\$' AS "g"\)/,
    )
    // Read as the message says: the rows' groups, names and verdict.
    await runQuery(`(SELECT * REPLACE ("g" ->> '$' AS "g") FROM read_json_auto('${file}'))`, 'text.csv')
    expect(await outcome('text.csv', { format: 'counts' })).toEqual(rows)
  })
})
