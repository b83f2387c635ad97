/**
 * DuckDB collations (red team 36 R36-6): the DuckDB query compares, groups and sorts a label's,
 * prediction's and group's text by its bytes (`COLLATE "binary"`), as the rows do, whatever the
 * session's `default_collation` or the column's own collation. Under `nocase` 40 wrong rows of
 * group `a` joined 400 right rows of `A` (the gate passed where the rows fail), a group `Null` was
 * pandas' NA `NULL` (missing), a label `Yes` was `positive_label: yes`; under `nfc` `é` and `e` +
 * U+0301 were one group.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/**
 * The query over the file in DuckDB, after `setup` (a `SET`), the table `columns` when given (its
 * types and collations, loaded from the file's text), else read_csv's; into `out` as CSV.
 */
async function duckCounts(
  entry: Record<string, unknown>,
  file: string,
  out: string,
  setup: string,
  columns = '',
): Promise<void> {
  const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
  const con = await duck.db.connect()
  try {
    const read = (options: string): string =>
      `read_csv('${join(duck.ws.dir, file)}', header = true, nullstr = ''${options})`
    if (columns === '') await con.run(`CREATE OR REPLACE TABLE predictions AS SELECT * FROM ${read('')}`)
    else
      await con.run(
        `CREATE OR REPLACE TABLE predictions (${columns}); INSERT INTO predictions SELECT * FROM ${read(', all_varchar = true')}`,
      )
    if (setup !== '') await con.run(setup)
    await copyToCsv(con, duck.ws, sql, out)
  } finally {
    await con.run('RESET default_collation')
    con.closeSync()
  }
}

/** The audit's outcome: its groups and verdict, or its problems. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> => auditOutcome(duck.ws, entry)

const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'm',
  data,
  label: 'y',
  prediction: 'p',
  sensitive: ['g'],
  min_group_size: 30,
  confidence: false,
  metrics: ['accuracy', 'selection_rate'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
  ...extra,
})

describe('DuckDB: names compared and grouped by their bytes, whatever the collation (red team 36 R36-6)', () => {
  const settings: [string, string, string][] = [
    ["default_collation 'nocase'", "SET default_collation = 'nocase'", ''],
    ["default_collation 'noaccent.nocase'", "SET default_collation = 'noaccent.nocase'", ''],
    ['a VARCHAR COLLATE nocase column', '', 'y BIGINT, p BIGINT, g VARCHAR COLLATE nocase'],
  ]
  const cases = settings.flatMap(([name, setup, columns]) =>
    ['error', 'drop', 'group'].map((missing): [string, string, string, string] => [name, missing, setup, columns]),
  )

  it.each(cases)("%s (missing: %s): 'a' apart from 'A', 'Null' no NA", async (_, missing, setup, columns) => {
    // 'a' all wrong, 'A' all right: one group of 440 at accuracy 0.91 passed where the rows fail 'a'.
    const lines = ['y,p,g']
    for (let i = 0; i < 400; i++) lines.push('1,1,A')
    for (let i = 0; i < 40; i++) lines.push('1,0,a')
    for (let i = 0; i < 200; i++) lines.push('1,1,B')
    for (let i = 0; i < 60; i++) lines.push('1,1,Null')
    duck.ws.write('ci.csv', `${lines.join('\n')}\n`)
    const e = entry('ci.csv', { missing })
    const rows = await outcome(e)
    expect(rows).toMatchObject({
      passed: false,
      groups: expect.arrayContaining([expect.arrayContaining(['a', 40]), expect.arrayContaining(['Null', 60])]),
    })
    await duckCounts(e, 'ci.csv', 'ci.counts.csv', setup, columns)
    expect(await outcome(entry('ci.counts.csv', { missing, format: 'counts' }))).toEqual(rows)
  })

  it("default_collation 'nfc': 'é' apart from 'e' + U+0301", async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 400; i++) lines.push('1,1,\u00e9')
    for (let i = 0; i < 40; i++) lines.push('1,0,e\u0301')
    for (let i = 0; i < 200; i++) lines.push('1,1,B')
    duck.ws.write('nfc.csv', `${lines.join('\n')}\n`)
    const rows = await outcome(entry('nfc.csv'))
    expect(rows).toMatchObject({
      passed: false,
      groups: expect.arrayContaining([expect.arrayContaining(['e\u0301', 40])]),
    })
    await duckCounts(entry('nfc.csv'), 'nfc.csv', 'nfc.counts.csv', "SET default_collation = 'nfc'")
    expect(await outcome(entry('nfc.counts.csv', { format: 'counts' }))).toEqual(rows)
  })

  it.each([
    ["default_collation 'nocase'", "SET default_collation = 'nocase'", 'y VARCHAR, p VARCHAR, g VARCHAR'],
    ['VARCHAR COLLATE nocase columns', '', 'y VARCHAR COLLATE nocase, p VARCHAR COLLATE nocase, g VARCHAR'],
  ])('%s: a label Yes is not positive_label yes', async (_, setup, columns) => {
    const lines = ['y,p,g']
    for (let i = 0; i < 100; i++) lines.push('Yes,yes,A', 'no,no,B')
    duck.ws.write('label.csv', `${lines.join('\n')}\n`)
    const e = entry('label.csv', { positive_label: 'yes', gates: [{ metric: 'accuracy', min: 0.9 }] })
    expect(await outcome(e)).toEqual({ problems: expect.stringMatching(/label column 'y' .*positive_label "yes"/) })
    await duckCounts(e, 'label.csv', 'label.counts.csv', setup, columns)
    expect(await outcome({ ...e, data: 'label.counts.csv', format: 'counts' })).toEqual({
      problems: expect.stringMatching(/no row's label is positive/),
    })
  })

  it("sorts the result by bytes under default_collation 'nocase' (B Z _x a e é)", async () => {
    const names = ['a', 'B', '_x', 'Z', '\u00e9', 'e']
    const lines = ['y,p,g']
    for (const n of names) for (let i = 0; i < 40; i++) lines.push(`1,1,${n}`, `0,0,${n}`)
    duck.ws.write('order.csv', `${lines.join('\n')}\n`)
    await duckCounts(entry('order.csv'), 'order.csv', 'order.counts.csv', "SET default_collation = 'nocase'")
    const order = readFileSync(join(duck.ws.dir, 'order.counts.csv'), 'utf8')
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('g,'))
      .map((l) => l.split(',')[1])
    expect(order).toEqual(['B', 'Z', '_x', 'a', 'e', '\u00e9'])
    const rows = (await outcome(entry('order.csv'))) as { groups: [string][] }
    expect(rows.groups.map((g) => g[0])).toEqual(order)
  })
})
