/**
 * The counts audit refuses what the rows of the same data refuse in their labels and predictions
 * (red team 32): labels `yes`/`no`, which DuckDB's read_csv types BOOLEAN, so that the printed
 * query read every row as a negative (R32-4: the rows exit 1, the counts passed, exit 0); two
 * distinct predictions none of them positive; and a threshold over or under every score, which
 * the rows refuse and the counts audited (R32-9: exit 0).
 */
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { countsFromDuckDb, parsedAudit } from '../support/duckdb.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
let db: DuckDBInstance
beforeAll(async () => {
  ws = makeWorkspace()
  db = await DuckDBInstance.create(':memory:')
})
afterAll(() => {
  db.closeSync()
  ws.cleanup()
})

/** The rows audit's and the counts audit's problems (none: the audit ran). */
async function bothWays(rowsFile: string, entry: Record<string, unknown>): Promise<{ rows: string; counts: string }> {
  const sql = countsQuery(parsedAudit({ ...entry, data: rowsFile }), { dialect: 'duckdb', table: 'predictions' })
  const countsFile = `${rowsFile}.counts.csv`
  await countsFromDuckDb(db, ws, rowsFile, sql, countsFile)
  const problems = async (config: Record<string, unknown>): Promise<string> => {
    const out = await ws.run({ audits: [config] })
    return out.ok ? '' : out.problems.map((p) => p.message).join('\n')
  }
  return {
    rows: await problems({ ...entry, data: rowsFile }),
    counts: await problems({ ...entry, data: countsFile, format: 'counts' }),
  }
}

describe('the counts audit refuses degenerate labels and predictions as the rows do (red team 32)', () => {
  it('labels yes/no that DuckDB reads as BOOLEAN: the query stops (R32-4; read as text: sql-boolean-duckdb)', async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 200; i++) lines.push(`${i % 2 ? 'yes' : 'no'},${i % 4 < 2 ? 'yes' : 'no'},${i % 3 ? 'A' : 'B'}`)
    ws.write('yesno.csv', `${lines.join('\n')}\n`)
    const entry = {
      name: 'm',
      label: 'y',
      prediction: 'p',
      positive_label: 'yes',
      sensitive: ['g'],
      confidence: false,
      gates: [{ metric: 'accuracy', min: 0.9 }],
    }
    // DuckDB's BOOLEAN made the query's positives none, which the counts audit refused (n_label_values 2, tp + fn = 0);
    // the query now stops, naming the column and how to read it as text.
    await expect(bothWays('yesno.csv', entry)).rejects.toThrow(
      /column "y" is DuckDB's BOOLEAN type .*positive_label "yes"/,
    )
  })

  it.each([
    [2, 'negative'],
    [-1, 'positive'],
  ])('a threshold of %s makes every prediction %s: refused in both (R32-9)', async (threshold, side) => {
    const lines = ['y,s,g']
    for (let i = 0; i < 400; i++) lines.push(`${i % 10 === 0 ? 1 : 0},${((i * 37) % 100) / 100},${i % 2 ? 'A' : 'B'}`)
    ws.write('scores.csv', `${lines.join('\n')}\n`)
    const entry = {
      name: 'm',
      label: 'y',
      score: 's',
      threshold,
      sensitive: ['g'],
      confidence: false,
      metrics: ['accuracy', 'false_positive_rate'],
      gates: [{ metric: 'accuracy', min: 0.85 }],
    }
    const { rows, counts } = await bothWays('scores.csv', entry)
    expect(rows).toMatch(new RegExp(`threshold ${threshold} makes every prediction ${side}`))
    expect(counts).toMatch(
      new RegExp(`threshold ${threshold} makes every prediction ${side} .*on all 400 rows the counts cover`),
    )
  })

  it('a sound table still audits', async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 200; i++) lines.push(`${i % 2},${i % 4 < 2 ? 1 : 0},${i % 3 ? 'A' : 'B'}`)
    ws.write('sound.csv', `${lines.join('\n')}\n`)
    const { rows, counts } = await bothWays('sound.csv', {
      name: 'm',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      confidence: false,
    })
    expect([rows, counts]).toEqual(['', ''])
  })
})
