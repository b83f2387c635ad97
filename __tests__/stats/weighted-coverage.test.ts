/**
 * Intervals with sample weights, measured by simulation: rows drawn with known cell
 * probabilities and skewed weights (lognormal, σ = 1: the largest of 300 rows often weighs
 * 30 times the median), a 95% interval must cover the truth in 93–97% of 1,000 trials. The
 * Wilson interval of a rate is computed at the Kish effective size; the bootstrap of a
 * difference draws each weighted cell moment-matched (see stats/bootstrap.ts). Seeds are fixed,
 * so the test is deterministic; it goes through the audit's own code (weighted accumulator →
 * metric table → Wilson; bootstrap → the disparity statistic). Equal weights must give the
 * unweighted intervals exactly.
 */
import { describe, expect, it } from 'vitest'
import { aggregateStatistic, computeAggregate } from '../../src/fairness/aggregates.js'
import { GroupAccumulator } from '../../src/stats/accumulate.js'
import { seededUniform, TableBootstrap } from '../../src/stats/bootstrap.js'
import type { Uniform } from '../../src/stats/kernels.js'
import { computeMetricTable, type MetricTable } from '../../src/stats/table.js'

const TRIALS = 1000
const LEVEL = 0.95

/** Cell probabilities [tp, fp, tn, fn]. Group a: accuracy 0.70; group b: 0.60. */
const A: [number, number, number, number] = [0.35, 0.15, 0.35, 0.15]
const B: [number, number, number, number] = [0.3, 0.2, 0.3, 0.2]

type Weights = (u: Uniform) => number

/** Lognormal(0, σ) by Box–Muller. */
const lognormal =
  (sigma: number): Weights =>
  (u) => {
    const r = Math.sqrt(-2 * Math.log(1 - u.next()))
    return Math.exp(sigma * r * Math.cos(2 * Math.PI * u.next()))
  }

/** Adds n rows of group g, each with its cell drawn from p and its weight from w. */
function addRows(acc: GroupAccumulator, g: string, n: number, p: readonly number[], w: Weights, u: Uniform): void {
  for (let i = 0; i < n; i++) {
    const x = u.next()
    const cell = x < p[0]! ? 0 : x < p[0]! + p[1]! ? 1 : x < p[0]! + p[1]! + p[2]! ? 2 : 3
    // cells: tp (label 1, pred 1), fp (0, 1), tn (0, 0), fn (1, 0)
    acc.add(cell === 0 || cell === 3, cell <= 1, 0, [g], w(u))
  }
}

function tableOf(groups: [string, number, readonly number[]][], w: Weights | null, u: Uniform): MetricTable {
  const acc = new GroupAccumulator(['g'], [{ columns: ['g'] }], false, 100, null, w !== null)
  for (const [g, n, p] of groups) addRows(acc, g, n, p, w ?? (() => 1), u)
  return computeMetricTable(acc, { zeroDivision: 'undefined', minGroupSize: 0, level: LEVEL })
}

function differenceInterval(table: MetricTable, seed: number): [number, number] {
  const boot = new TableBootstrap(table, { level: LEVEL, replicates: 2000, seed }, 'undefined')
  const groups = table.groupings[0]!.groups
  const point = computeAggregate({ groups, metric: 'accuracy', overall: table.overall.metrics.accuracy }, 'difference')
  const [ci] = boot.intervals(0, [aggregateStatistic(groups, 'accuracy', 'difference')], [point.value])
  return ci as [number, number]
}

describe('with skewed sample weights (lognormal σ = 1), 95% intervals cover the truth 93–97% of the time', () => {
  it('Wilson interval of a rate at the Kish effective size (accuracy 0.7, 300 rows, n_eff ≈ 110)', () => {
    const u = seededUniform(20261201, 'weighted coverage: rate')
    let covered = 0
    let nEff = 0
    for (let t = 0; t < TRIALS; t++) {
      const g = tableOf([['a', 300, A]], lognormal(1), u).groupings[0]!.groups[0]!
      nEff += g.weights!.nEff
      const [lo, hi] = g.ci!.accuracy!
      if (lo <= 0.7 && 0.7 <= hi) covered++
    }
    // The weights are as skewed as intended: the effective size is about n / e^σ².
    expect(nEff / TRIALS).toBeGreaterThan(80)
    expect(nEff / TRIALS).toBeLessThan(140)
    expect(covered / TRIALS).toBeGreaterThanOrEqual(0.93)
    expect(covered / TRIALS).toBeLessThanOrEqual(0.97)
  })

  it('bootstrap interval of a difference (accuracy 0.7 vs 0.6, 600 rows each, 2000 replicates)', () => {
    const u = seededUniform(20261201, 'weighted coverage: difference')
    let covered = 0
    for (let t = 0; t < TRIALS; t++) {
      const table = tableOf(
        [
          ['a', 600, A],
          ['b', 600, B],
        ],
        lognormal(1),
        u,
      )
      const [lo, hi] = differenceInterval(table, t + 1)
      if (lo <= 0.1 && 0.1 <= hi) covered++
    }
    expect(covered / TRIALS).toBeGreaterThanOrEqual(0.93)
    expect(covered / TRIALS).toBeLessThanOrEqual(0.97)
  })
})

describe('equal weights change no interval', () => {
  it('weight 3 on every row gives the unweighted Wilson and bootstrap intervals, to the last digit', () => {
    for (let t = 0; t < 20; t++) {
      const rows: [string, number, readonly number[]][] = [
        ['a', 200, A],
        ['b', 150, B],
      ]
      const plain = tableOf(rows, null, seededUniform(t, 'equal weights'))
      const weighted = tableOf(rows, () => 3, seededUniform(t, 'equal weights'))
      const pg = plain.groupings[0]!.groups
      const wg = weighted.groupings[0]!.groups
      for (let i = 0; i < pg.length; i++) {
        expect(wg[i]!.weights!.nEff).toBeCloseTo(pg[i]!.metrics.count as number, 9)
        for (const m of ['accuracy', 'true_positive_rate', 'selection_rate'] as const) {
          const [a, b] = pg[i]!.ci![m]!
          const [c, d] = wg[i]!.ci![m]!
          expect(Math.abs(a - c)).toBeLessThan(1e-12)
          expect(Math.abs(b - d)).toBeLessThan(1e-12)
        }
      }
      const [a, b] = differenceInterval(plain, t + 1)
      const [c, d] = differenceInterval(weighted, t + 1)
      expect(Math.abs(a - c)).toBeLessThan(1e-12)
      expect(Math.abs(b - d)).toBeLessThan(1e-12)
    }
  })
})
