/**
 * A tie for the `largest` reference went to the first group by name, and the warehouse names a
 * typed column's values otherwise than the file: DuckDB reads `2024-1-5` as the DATE `2024-01-05`,
 * which sorts before `2024-01-10` where the file's text sorts after it. Three groups of 100 rows
 * (selection rates 0.75, 0.5 and 1.0) made the rows audit take `2024-01-10` as the reference
 * (disparate impact 0.5, exit 1) and the counts audit of the printed query `2024-01-05` (0.667,
 * exit 0) (red team 32 R32-6). A tie is now broken by the metric (the most favourable value, as
 * `best`), which both paths compute alike from the same counts.
 */
import { describe, expect, it } from 'vitest'
import { resolveReference } from '../../src/fairness/reference.js'
import { countsQuery } from '../../src/sql/generate.js'
import type { GroupResult } from '../../src/stats/table.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** 100 rows per group (a tie for `largest`), `k` of them predicted positive. */
function rowsCsv(groups: [string, number][]): string {
  const lines = groups.flatMap(([g, k]) => Array.from({ length: 100 }, (_, i) => `${i % 2},${i < k ? 1 : 0},${g}`))
  return `y,p,g\n${lines.join('\n')}\n`
}

const entry = {
  name: 'm',
  label: 'y',
  prediction: 'p',
  positive_label: 1,
  sensitive: ['g'],
  confidence: false,
  metrics: ['selection_rate'],
  gates: [{ name: 'four fifths', metric: 'disparate_impact', attribute: 'g', min: 0.6 }],
}

describe('a tie for the largest reference is not broken by name (red team 32 R32-6)', () => {
  it.each([
    [
      ['2024-1-5', 75],
      ['2024-01-10', 50],
      ['2024-01-20', 100],
    ],
    [
      ['2024-1-5', 100],
      ['2024-01-10', 50],
      ['2024-01-20', 75],
    ],
  ] as [string, number][][])(
    'groups %j %j %j as DATEs in DuckDB: the rows and the counts audit take one reference and agree',
    async (...groups) => {
      const file = `tie-${groups.map((g) => g[1]).join('-')}.csv`
      duck.ws.write(file, rowsCsv(groups))
      const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
      const counts = await duck.countsFromDuckDb(file, sql, `${file}.counts.csv`)
      expect(counts).toContain('2024-01-05') // the warehouse's name of the file's 2024-1-5
      const outcome = async (data: string, extra: Record<string, unknown> = {}) => {
        const a = await duck.report({ ...entry, data, ...extra })
        const di = a.disparities.find((d) => d.metric === 'disparate_impact')!
        return { value: di.value, reference: di.reference, passed: a.passed }
      }
      const rows = await outcome(file)
      const best = groups.find((g) => g[1] === 100)![0]
      // The reference is the group of selection rate 1.0; the smallest ratio is 0.5 / 1.0.
      expect(rows).toEqual({ value: 0.5, reference: { group: best, chosen: 'largest' }, passed: false })
      const fromCounts = await outcome(`${file}.counts.csv`, { format: 'counts' })
      expect({ ...fromCounts, reference: fromCounts.reference?.chosen }).toEqual({
        ...rows,
        reference: 'largest',
      })
      expect(fromCounts.reference?.group?.replace('-01-05', '-1-5')).toBe(best)
    },
  )
})

describe('resolveReference: ties for largest', () => {
  const group = (key: string, rows: number, rate: number, fpr: number): GroupResult =>
    ({
      key,
      group: { g: key },
      values: [key],
      present: true,
      sufficient: true,
      counts: { tp: rows, fp: 0, tn: 0, fn: 0 },
      metrics: { selection_rate: rate, false_positive_rate: fpr },
      undefined: {},
    }) as unknown as GroupResult

  it('the most favourable value among the tied groups, in any order of names', () => {
    const a = group('a', 100, 0.75, 0.1)
    const b = group('b', 100, 0.5, 0.3)
    const c = group('c', 100, 1.0, 0.2)
    const small = group('d', 99, 1.0, 0.0)
    for (const order of [
      [a, b, c, small],
      [c, b, a, small],
      [small, b, c, a],
    ]) {
      expect(resolveReference(order, 'selection_rate', 'largest')).toEqual({ key: 'c' })
      // An error rate: the lowest is the favourable one; the smaller group never wins.
      expect(resolveReference(order, 'false_positive_rate', 'largest')).toEqual({ key: 'a' })
    }
  })

  it('a strictly larger group wins whatever its value', () => {
    expect(resolveReference([group('a', 100, 1, 0), group('b', 101, 0.1, 0.9)], 'selection_rate', 'largest')).toEqual({
      key: 'b',
    })
  })
})
