/**
 * The seeded Poisson bootstrap over confusion-count cells.
 *
 * Resampling rows with independent Poisson(1) weights (the Poisson bootstrap) gives every
 * cell a total weight that is exactly Poisson(count), independently across cells, because
 * a sum of n independent Poisson(1) variables is Poisson(n). So one replicate of a whole
 * grouping is one Poisson draw per (group, TP/FP/TN/FN) cell: thousands of replicates cost
 * O(cells × replicates), whatever the number of rows. Every statistic (a difference, a
 * ratio, a gated value) is then recomputed on each replicate by the very function that
 * computed its point value, and the interval is the replicates' percentile interval.
 *
 * ROC AUC cannot be rebuilt from counts: in a replicate, each group's AUC is drawn from the
 * normal distribution with its DeLong standard error (groups are disjoint samples, so
 * independent); the overall AUC is not resampled, so AUC comparisons to overall get no
 * interval.
 *
 * Randomness: xoroshiro128+ from `pure-rand`, seeded per grouping from the configured seed
 * and the grouping's name, so one attribute's intervals do not move when another attribute
 * is added. Same seed, same data, same intervals, on every platform (IEEE doubles only).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'
import type { Interval } from './intervals.js'
import { normalQuantile, percentileInterval } from './intervals.js'
import type { BaseMetric, ZeroDivision } from './metrics.js'
import { BASE_METRICS, writeMetrics } from './metrics.js'
import type { GroupResult, MetricTable } from './table.js'

export interface ConfidenceSpec {
  /** Two-sided confidence level, e.g. 0.95. */
  level: number
  /** Bootstrap replicates, e.g. 2000. */
  replicates: number
  /** The seed: the same seed gives the same intervals, byte for byte. */
  seed: number
}

export const DEFAULT_CONFIDENCE: ConfidenceSpec = { level: 0.95, replicates: 2000, seed: 1 }

/** A seeded generator of uniform doubles in [0, 1) with 53 random bits. */
export interface Uniform {
  (): number
}

/**
 * Replicate values of one grouping, as flat arrays: `group[m * G + i]` is base metric number
 * `m` (in BASE_METRICS order) of group `i`, `overall[m]` the overall value; NaN = undefined.
 * The bootstrap evaluates thousands of replicates, so its statistics read numbers, not objects.
 */
export interface ReplicateValues {
  group: Float64Array
  overall: Float64Array
}

/** A statistic over replicate values; NaN when undefined in that replicate. */
export type ValueStatistic = (rep: ReplicateValues) => number

const METRIC_INDEX = new Map<BaseMetric, number>(BASE_METRICS.map((m, i) => [m, i]))

/** The index of a base metric in ReplicateValues. */
export function metricIndex(metric: BaseMetric): number {
  return METRIC_INDEX.get(metric) as number
}

/** FNV-1a, 32 bits: turns (seed, stream name) into a generator seed. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** A uniform stream for (seed, name): xoroshiro128+ through pure-rand's 53-bit double. */
export function seededUniform(seed: number, name: string): Uniform {
  const rng: RandomGenerator = xoroshiro128plus(fnv1a(`${seed}\u0000${name}`))
  return () => uniformFloat64(rng)
}

// Stirling series coefficients B(2k) / (2k (2k − 1)), k = 1..10.
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400, 43867 / 244188, -174611 / 125400]
const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI)

/** ln Γ(x) for x ≥ 1 by the Stirling series (shifted up to x ≥ 7), as numpy's Poisson sampler uses it. */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0
  const n = x < 7 ? Math.floor(7 - x) : 0
  let x0 = x + n
  const x2 = 1 / (x0 * x0)
  let series = STIRLING[9] as number
  for (let k = 8; k >= 0; k--) series = series * x2 + (STIRLING[k] as number)
  let gl = series / x0 + HALF_LN_2PI + (x0 - 0.5) * Math.log(x0) - x0
  for (let k = 1; k <= n; k++) {
    gl -= Math.log(x0 - 1)
    x0 -= 1
  }
  return gl
}

/**
 * An exact Poisson(λ) draw. λ < 10: inversion by sequential search (one uniform). λ ≥ 10:
 * Hörmann's transformed rejection with squeeze, PTRS (Insurance: Mathematics and Economics
 * 12 (1993) 39–45), the algorithm numpy uses; O(1) expected time for any λ.
 */
export function poisson(lambda: number, u: Uniform): number {
  if (lambda <= 0) return 0
  if (lambda < 10) {
    let p = Math.exp(-lambda)
    let cdf = p
    const target = u()
    let k = 0
    // The loop bound guards against the cdf's rounding never reaching a target near 1.
    while (target > cdf && k < 1000) {
      k++
      p *= lambda / k
      cdf += p
    }
    return k
  }
  const slam = Math.sqrt(lambda)
  const loglam = Math.log(lambda)
  const b = 0.931 + 2.53 * slam
  const a = -0.059 + 0.02483 * b
  const invalpha = 1.1239 + 1.1328 / (b - 3.4)
  const vr = 0.9277 - 3.6224 / (b - 2)
  for (;;) {
    const U = u() - 0.5
    const V = u()
    const us = 0.5 - Math.abs(U)
    const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43)
    if (us >= 0.07 && V <= vr) return k
    if (k < 0 || (us < 0.013 && V > us)) continue
    if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logGamma(k + 1)) return k
  }
}

interface Draws {
  /** replicates × groups × 4 (tp, fp, tn, fn). */
  counts: Float64Array
  /** replicates × groups: the replicate AUC, NaN where the group has none. */
  auc: Float64Array
}

/** Draws are kept for reuse up to this many doubles (16 MB) per grouping; larger groupings draw again on each use, from the same seed. */
const CACHE_LIMIT = 2 ** 21

/** Groups × replicates beyond which a grouping gets no bootstrap intervals (1,000 groups at 2,000 replicates take about 3 s on a 2-core runner; 5,000 took minutes): a report that never finishes helps no one. */
export const MAX_CELL_REPLICATES = 2_000_000

/**
 * Replicates of a metric table, drawn per grouping from its own seeded stream, so that the
 * disparities, the gates and the per-group intervals all read the same replicates.
 */
export class TableBootstrap {
  private readonly draws = new Map<number, Draws>()

  constructor(
    private readonly table: MetricTable,
    readonly spec: ConfidenceSpec,
    private readonly zeroDivision: ZeroDivision,
    /** Doubles of draws kept per grouping (tests lower it to exercise the drawing-afresh path). */
    private readonly cacheLimit = CACHE_LIMIT,
  ) {}

  private groupsOf(g: number): GroupResult[] {
    const grouping = this.table.groupings[g]
    if (!grouping) throw new RangeError(`no grouping ${g}`)
    return grouping.groups
  }

  /** Why grouping `g` gets no bootstrap intervals, or null when it does. */
  tooLarge(g: number): string | null {
    const G = this.groupsOf(g).length
    if (G * this.spec.replicates <= MAX_CELL_REPLICATES) return null
    const label = (this.table.groupings[g] as { columns: string[] }).columns.join(' × ')
    return `${label}: ${G.toLocaleString('en-US')} groups × ${this.spec.replicates.toLocaleString('en-US')} replicates is too much bootstrap work; its differences and ratios have no interval (lower confidence.replicates, or audit fewer combinations)`
  }

  /** One replicate of every group of a grouping: four Poisson draws, and a normal draw for a group's AUC. */
  private drawReplicate(groups: readonly GroupResult[], u: Uniform, counts: Float64Array, auc: Float64Array): void {
    for (let i = 0; i < groups.length; i++) {
      const grp = groups[i] as GroupResult
      const c = grp.counts
      counts[i * 4] = poisson(c.tp, u)
      counts[i * 4 + 1] = poisson(c.fp, u)
      counts[i * 4 + 2] = poisson(c.tn, u)
      counts[i * 4 + 3] = poisson(c.fn, u)
      const a = grp.metrics.roc_auc
      if (a !== null && grp.aucSe !== undefined) {
        let v = u()
        while (v === 0) v = u()
        auc[i] = Math.min(1, Math.max(0, a + grp.aucSe * normalQuantile(v)))
      } else {
        auc[i] = Number.NaN
      }
    }
  }

  private streamOf(g: number): Uniform {
    return seededUniform(this.spec.seed, (this.table.groupings[g] as { columns: string[] }).columns.join('\u0000'))
  }

  /** Calls `each` with every replicate's counts and AUCs, from the cache or drawn afresh (the same values either way). */
  private forEachReplicate(g: number, each: (counts: Float64Array, auc: Float64Array) => void): void {
    const groups = this.groupsOf(g)
    const R = this.spec.replicates
    const G = groups.length
    const cached = this.draws.get(g)
    if (cached) {
      for (let r = 0; r < R; r++) each(cached.counts.subarray(r * G * 4, (r + 1) * G * 4), cached.auc.subarray(r * G, (r + 1) * G))
      return
    }
    const u = this.streamOf(g)
    if (R * G * 5 <= this.cacheLimit) {
      const d: Draws = { counts: new Float64Array(R * G * 4), auc: new Float64Array(R * G) }
      for (let r = 0; r < R; r++) this.drawReplicate(groups, u, d.counts.subarray(r * G * 4, (r + 1) * G * 4), d.auc.subarray(r * G, (r + 1) * G))
      this.draws.set(g, d)
      this.forEachReplicate(g, each)
      return
    }
    const counts = new Float64Array(G * 4)
    const auc = new Float64Array(G)
    for (let r = 0; r < R; r++) {
      this.drawReplicate(groups, u, counts, auc)
      each(counts, auc)
    }
  }

  /** Fills `rep` with the metric values of one replicate of `groups` (NaN = undefined), allocation-free. */
  private fill(groups: readonly GroupResult[], counts: Float64Array, auc: Float64Array, rep: ReplicateValues): void {
    const G = groups.length
    const M = BASE_METRICS.length
    let tp = 0
    let fp = 0
    let tn = 0
    let fn = 0
    for (let i = 0; i < G; i++) {
      if (!(groups[i] as GroupResult).present) {
        for (let m = 0; m < M; m++) rep.group[m * G + i] = Number.NaN
        continue
      }
      const c0 = counts[i * 4] as number
      const c1 = counts[i * 4 + 1] as number
      const c2 = counts[i * 4 + 2] as number
      const c3 = counts[i * 4 + 3] as number
      tp += c0
      fp += c1
      tn += c2
      fn += c3
      writeMetrics(c0, c1, c2, c3, auc[i] as number, this.zeroDivision, rep.group, i, G)
    }
    // The overall ROC AUC is not resampled.
    writeMetrics(tp, fp, tn, fn, Number.NaN, this.zeroDivision, rep.overall, 0, 1)
  }

  /**
   * Percentile intervals of several statistics of grouping `g`, all from the same replicates.
   * `points` are the statistics' values on the data (null: undefined, no interval).
   *
   * Each interval is widened, if need be, to contain the value on the data. A max − min gap
   * (or a min/max ratio) is biased away from 0 (from 1) in resamples, so when the groups are
   * nearly equal its percentile interval can miss the estimate itself, e.g. a gap of 0.000
   * with [0.002, 0.160]; the widened [0.000, 0.160] says what the data can tell. Widening
   * never lowers coverage.
   */
  intervals(g: number, stats: readonly ValueStatistic[], points: readonly (number | null)[]): Interval[] {
    if (stats.length === 0) return []
    if (this.tooLarge(g)) return stats.map(() => null)
    const groups = this.groupsOf(g)
    const R = this.spec.replicates
    const G = groups.length
    const rep: ReplicateValues = { group: new Float64Array(BASE_METRICS.length * G), overall: new Float64Array(BASE_METRICS.length) }
    const values = stats.map(() => new Float64Array(R))
    let r = 0
    this.forEachReplicate(g, (counts, auc) => {
      this.fill(groups, counts, auc, rep)
      for (let s = 0; s < stats.length; s++) (values[s] as Float64Array)[r] = (stats[s] as ValueStatistic)(rep)
      r++
    })
    return values.map((v, s) => {
      const point = points[s]
      if (point === null || point === undefined) return null
      const ci = percentileInterval(v, this.spec.level)
      return ci ? [Math.min(ci[0], point), Math.max(ci[1], point)] : null
    })
  }
}

/** Per-group and overall metrics that are not single proportions, so their interval is the bootstrap's. */
export const BOOTSTRAP_METRICS: readonly BaseMetric[] = ['f1', 'balanced_accuracy']

/** Adds bootstrap intervals of f1 and balanced accuracy to every group and to overall (overall from the first grouping's replicates: its cells sum to the overall counts). */
export function addBootstrapMetricIntervals(table: MetricTable, boot: TableBootstrap): void {
  table.groupings.forEach((grouping, g) => {
    const G = grouping.groups.length
    const targets: { holder: { ci?: Partial<Record<BaseMetric, Interval>> }; metric: BaseMetric; point: number | null; stat: ValueStatistic }[] = []
    grouping.groups.forEach((grp, i) => {
      if (!grp.present) return
      for (const metric of BOOTSTRAP_METRICS) {
        const at = metricIndex(metric) * G + i
        targets.push({ holder: grp, metric, point: grp.metrics[metric], stat: (rep) => rep.group[at] as number })
      }
    })
    if (g === 0) {
      for (const metric of BOOTSTRAP_METRICS) {
        const at = metricIndex(metric)
        targets.push({ holder: table.overall, metric, point: table.overall.metrics[metric], stat: (rep) => rep.overall[at] as number })
      }
    }
    const cis = boot.intervals(
      g,
      targets.map((t) => t.stat),
      targets.map((t) => t.point),
    )
    targets.forEach(({ holder, metric }, k) => {
      holder.ci = { ...holder.ci, [metric]: cis[k] ?? null }
    })
  })
}
