/**
 * The counts audit refuses what the rows of the same data refuse in their labels and predictions
 * (red team 32): labels `yes`/`no`, which DuckDB's read_csv types BOOLEAN, so that the printed
 * query read every row as a negative (R32-4: the rows exit 1, the counts passed, exit 0); two
 * distinct predictions none of them positive; and a threshold over or under every score, which
 * the rows refuse and the counts audited (R32-9: exit 0).
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The rows audit's and the counts audit's problems (none: the audit ran). */
async function bothWays(rowsFile: string, entry: Record<string, unknown>): Promise<{ rows: string; counts: string }> {
  const sql = countsQuery(parsedAudit({ ...entry, data: rowsFile }), { dialect: 'duckdb', table: 'predictions' })
  const countsFile = `${rowsFile}.counts.csv`
  await duck.countsFromDuckDb(rowsFile, sql, countsFile)
  const problems = async (config: Record<string, unknown>): Promise<string> => {
    const out = await duck.ws.run({ audits: [config] })
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
    duck.ws.write('yesno.csv', `${lines.join('\n')}\n`)
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
    duck.ws.write('scores.csv', `${lines.join('\n')}\n`)
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

  it.each([
    ['neg', 'neg', 'pos'],
    ['2', '2', 1],
    ['Pos', 'POS', 'pos'],
  ])(
    'one label value %s and one prediction value %s, neither positive_label %s: refused in both (R33-2b)',
    async (y, p, positive) => {
      const lines = ['y,p,g']
      for (let i = 0; i < 200; i++) lines.push(`${y},${p},${i % 3 ? 'A' : 'B'}`)
      duck.ws.write('none.csv', `${lines.join('\n')}\n`)
      const entry = {
        name: 'm',
        label: 'y',
        prediction: 'p',
        positive_label: positive,
        sensitive: ['g'],
        confidence: false,
        gates: [{ metric: 'accuracy', min: 0.9 }],
      }
      const { rows, counts } = await bothWays('none.csv', entry)
      expect(rows).toMatch(
        /neither label column 'y' .* nor prediction column 'p' .* has a value equal to positive_label/,
      )
      // The counts were all true negatives, accuracy 1: the gate passed, exit 0.
      expect(counts).toMatch(
        /no row's label nor any row's prediction is positive \(tp \+ fn \+ fp = 0 on all 200 rows\)/,
      )
    },
  )

  it('labels and predictions all 0: the rows audit (a warning), the counts cannot tell 0 from other text and refuse', async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 200; i++) lines.push(`0,0,${i % 3 ? 'A' : 'B'}`)
    duck.ws.write('zeros.csv', `${lines.join('\n')}\n`)
    const { rows, counts } = await bothWays('zeros.csv', {
      name: 'm',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      confidence: false,
    })
    expect(rows).toBe('')
    expect(counts).toMatch(/unless every label and prediction is 0, which the counts cannot tell from other values/)
  })

  it('a sound table still audits', async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 200; i++) lines.push(`${i % 2},${i % 4 < 2 ? 1 : 0},${i % 3 ? 'A' : 'B'}`)
    duck.ws.write('sound.csv', `${lines.join('\n')}\n`)
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
