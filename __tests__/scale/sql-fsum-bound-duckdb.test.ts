/**
 * How far DuckDB's weighted sums are from the rows' (F6). The rows sum each cell's weights exactly
 * and round once (`ExactSums`); the DuckDB query's `FSUM` compensates but is not the correctly
 * rounded sum: in cells of 2 to 10 weights in tenths, thirds or spread over 12 decades, some 3 to
 * 20 % of the cells' Σw and Σw² are an ulp or two off it (two terms too, which plain `SUM` adds
 * correctly rounded). This test holds the bound SECURITY.md ("Weighted sums") states: every Σw and
 * Σw² within 2 ulps of the rows', every rate within 8 ulps of its value (1.8e-15 relative), row
 * counts equal, and the counts audit's consistency check accepting the table.
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The distance of two doubles of one sign in ulps (their bit patterns' difference). */
function ulps(a: number, b: number): number {
  const v = new DataView(new ArrayBuffer(16))
  v.setFloat64(0, a)
  v.setFloat64(8, b)
  const d = v.getBigInt64(0) - v.getBigInt64(8)
  return Number(d < 0n ? -d : d)
}

const KINDS: Record<string, (u: number) => number> = {
  tenths: (u) => Math.ceil(u * 100) / 10,
  thirds: (u) => Math.ceil(u * 30) / 3,
  decades: (u) => 10 ** (u * 12 - 6),
}

describe('DuckDB’s weighted sums are within the stated bound of the rows’ (F6)', () => {
  it.each(Object.keys(KINDS))('weights in %s, groups of 2 to 10 rows', async (kind) => {
    let s = 2026
    const rnd = (): number => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0
      return s / 2 ** 32
    }
    const weight = KINDS[kind] as (u: number) => number
    const lines: string[] = []
    for (let g = 0; g < 300; g++) {
      const n = 2 + (g % 9)
      for (let i = 0; i < n; i++) lines.push(`g${g},${i % 2},${(i >> 1) % 2},${weight(rnd())}`)
    }
    duck.ws.write('rows.csv', `g,y,p,w\n${lines.join('\n')}\n`)
    const entry = {
      name: 'w',
      label: 'y',
      prediction: 'p',
      weight: 'w',
      sensitive: ['g'],
      min_group_size: 1,
      max_groups: 1000,
      confidence: false,
      metrics: ['selection_rate', 'accuracy', 'tpr', 'fpr', 'precision'],
    }
    const sql = countsQuery(parsedAudit({ ...entry, data: 'rows.csv' }), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const rows = await duck.report({ ...entry, data: 'rows.csv' })
    const counts = await duck.report({ ...entry, data: 'counts.csv', format: 'counts' })
    const byKey = new Map(counts.groups.map((g) => [g.key, g]))
    let off = 0
    let worstSum = 0
    let worstRate = 0
    for (const r of rows.groups) {
      const c = byKey.get(r.key)
      expect(c?.counts).toEqual(r.counts)
      const rw = r.weighted
      const cw = c?.weighted
      if (!rw || !cw) throw new Error(`group ${r.key} has no weighted cells`)
      let differs = false
      for (const part of ['counts', 'squares'] as const)
        for (const cell of ['tp', 'fp', 'tn', 'fn'] as const) {
          const d = ulps(cw[part][cell], rw[part][cell])
          worstSum = Math.max(worstSum, d)
          if (d > 0) differs = true
        }
      if (differs) off++
      for (const [metric, value] of Object.entries(r.metrics)) {
        const other = (c?.metrics as Record<string, number | null>)[metric]
        if (typeof value !== 'number' || typeof other !== 'number') {
          expect(other).toBe(value)
          continue
        }
        worstRate = Math.max(worstRate, ulps(other, value))
      }
    }
    // The bound the docs state (measured with DuckDB 1.5: 41, 47 and 26 of the 300 groups had a cell
    // off, by at most 2 ulps, and no rate by more than 2 ulps).
    expect({ worstSum: worstSum <= 2, worstRate: worstRate <= 8 }).toEqual({ worstSum: true, worstRate: true })
    // Should DuckDB's FSUM become correctly rounded, this fails: then SECURITY.md's paragraph can say so.
    expect(off).toBeGreaterThan(0)
  })
})
