/**
 * Interval coverage, measured by simulation: on synthetic data with known rates, a 95%
 * interval must cover the truth in 93–97% of 1,000 trials. Seeds are fixed, so the test is
 * deterministic; it goes through the same code as a real audit (accumulator → metric table
 * → Wilson; bootstrap → the disparity statistic).
 */
import { describe, expect, it } from 'vitest'
import { aggregateStatistic, computeAggregate } from '../../src/fairness/aggregates.js'
import { GroupAccumulator } from '../../src/stats/accumulate.js'
import { seededUniform, TableBootstrap } from '../../src/stats/bootstrap.js'
import type { Uniform } from '../../src/stats/kernels.js'
import type { Confusion } from '../../src/stats/metrics.js'
import { computeMetricTable, type MetricTable } from '../../src/stats/table.js'

const TRIALS = 1000
const LEVEL = 0.95

/** n rows drawn over the four cells with probabilities [tp, fp, tn, fn]. */
function drawCounts(n: number, p: [number, number, number, number], u: Uniform): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 }
  for (let i = 0; i < n; i++) {
    const x = u.next()
    if (x < p[0]) c.tp++
    else if (x < p[0] + p[1]) c.fp++
    else if (x < p[0] + p[1] + p[2]) c.tn++
    else c.fn++
  }
  return c
}

function tableOf(groups: Record<string, Confusion>): MetricTable {
  const acc = new GroupAccumulator(['g'], [{ columns: ['g'] }], false, 100)
  for (const [g, c] of Object.entries(groups)) acc.addCounts(c, [g])
  return computeMetricTable(acc, { zeroDivision: 'undefined', minGroupSize: 0, level: LEVEL })
}

// Group a: accuracy 0.70; group b: accuracy 0.60. True accuracy difference: 0.10.
const A: [number, number, number, number] = [0.35, 0.15, 0.35, 0.15]
const B: [number, number, number, number] = [0.3, 0.2, 0.3, 0.2]

describe('95% intervals cover the truth 93–97% of the time', () => {
  it('Wilson interval of a rate (accuracy 0.7, 150 rows)', () => {
    const u = seededUniform(20261123, 'coverage: rate')
    let covered = 0
    for (let t = 0; t < TRIALS; t++) {
      const table = tableOf({ a: drawCounts(150, A, u) })
      const [lo, hi] = table.groupings[0]!.groups[0]!.ci!.accuracy!
      if (lo <= 0.7 && 0.7 <= hi) covered++
    }
    expect(covered / TRIALS).toBeGreaterThanOrEqual(0.93)
    expect(covered / TRIALS).toBeLessThanOrEqual(0.97)
  })

  it('bootstrap interval of a difference (accuracy 0.7 vs 0.6, 300 rows each, 2000 replicates)', () => {
    const u = seededUniform(20261123, 'coverage: difference')
    let covered = 0
    for (let t = 0; t < TRIALS; t++) {
      const table = tableOf({ a: drawCounts(300, A, u), b: drawCounts(300, B, u) })
      const boot = new TableBootstrap(table, { level: LEVEL, replicates: 2000, seed: t + 1 }, 'undefined')
      const groups = table.groupings[0]!.groups
      const point = computeAggregate(
        { groups, metric: 'accuracy', overall: table.overall.metrics.accuracy },
        'difference',
      ).value
      const [ci] = boot.intervals(0, [aggregateStatistic(groups, 'accuracy', 'difference')], [point])
      const [lo, hi] = ci!
      if (lo <= 0.1 && 0.1 <= hi) covered++
    }
    expect(covered / TRIALS).toBeGreaterThanOrEqual(0.93)
    expect(covered / TRIALS).toBeLessThanOrEqual(0.97)
  })
})
