/**
 * The query's `n_bad_weight` counts the weights the rows refuse (red team 31 R31-3): a weight of
 * 1e-13 or 5e13 is refused by the rows (0 or 1e-12 to 1e12, `data/checks.ts`), but passed the
 * query's test (finite and >= 0) and the counts audit's cell-sum bounds: rows exit 2, warehouse exit 0.
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

const entry = {
  name: 'w',
  label: 'y',
  prediction: 'p',
  weight: 'w',
  sensitive: ['g'],
  confidence: false,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.8 } }],
}

const outcome = async (data: string, extra: Record<string, unknown> = {}): Promise<string> => {
  try {
    const a = await duck.report({ ...entry, data, ...extra })
    return a.passed ? 'pass' : 'fail'
  } catch (e) {
    return (e as Error).message.includes('weight') ? 'refused' : (e as Error).message
  }
}

describe('weights the rows refuse are refused from the query’s counts (R31-3)', () => {
  it.each(['1e-13', '5e13', '0', '1e-12', '1e12'])('40 wrong rows of weight %s', async (w) => {
    const lines = [
      ...Array.from({ length: 100 }, (_, i) => `A,${i % 2},${i % 2},1`),
      ...Array.from({ length: 100 }, (_, i) => `B,${i % 2},${i % 2},1`),
      ...Array.from({ length: 40 }, (_, i) => `B,${i % 2},${1 - (i % 2)},${w}`),
    ]
    const file = `rows-${w}.csv`
    duck.ws.write(file, `g,y,p,w\n${lines.join('\n')}\n`)
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb(file, sql, `${file}.counts.csv`)
    const rows = await outcome(file)
    expect(rows).toBe(['1e-13', '5e13'].includes(w) ? 'refused' : w === '1e12' ? 'fail' : 'pass')
    expect(await outcome(`${file}.counts.csv`, { format: 'counts' })).toBe(rows)
  })
})
