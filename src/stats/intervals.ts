/**
 * Closed-form confidence intervals: Wilson score intervals for single rates, DeLong's
 * variance for ROC AUC, and percentile intervals from bootstrap replicates. The bootstrap
 * itself lives in `bootstrap.ts`; this module has no randomness.
 */
import quickselect from 'quickselect'
import type { BaseMetric, Confusion } from './metrics.js'

/** A confidence interval, or null when none can be given (undefined value, no data). */
export type Interval = [number, number] | null

/** The normal quantile for a two-sided interval at `level` (0.95 → 1.959963984540054). */
export function zFor(level: number): number {
  return normalQuantile(1 - (1 - level) / 2)
}

const poly = (c: readonly number[], x: number): number => {
  let s = 0
  for (let i = c.length - 1; i >= 0; i--) s = s * x + (c[i] as number)
  return s
}

// Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37 (1988) 477–484: about 1e-16 relative accuracy.
// The coefficients are written as published (20 digits), so they can be checked against the paper.
/* eslint-disable no-loss-of-precision */
const A = [3.387132872796366608, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3]
const B = [1, 4.2313330701600911252e1, 6.871870074920579083e2, 5.3941960214247511077e3, 2.1213794301586595867e4, 3.930789580009271061e4, 2.8729085735721942674e4, 5.226495278852854561e3]
const C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 2.4178072517745061177e-1, 2.27238449892691845833e-2, 7.7454501427834140764e-4]
const D = [1, 2.05319162663775882187, 1.6763848301838038494, 6.897673349851000045e-1, 1.4810397642748007459e-1, 1.51986665636164571966e-2, 5.475938084995344946e-4, 1.05075007164441684324e-9]
const E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 2.9656057182850489123e-1, 2.6532189526576123093e-2, 1.2426609473880784386e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7]
const F = [1, 5.9983220655588793769e-1, 1.3692988092273580531e-1, 1.48753612908506148525e-2, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15]
/* eslint-enable no-loss-of-precision */

/** The standard normal quantile Φ⁻¹(p), for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`)
  const q = p - 0.5
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q
    return (q * poly(A, r)) / poly(B, r)
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p))
  let x: number
  if (r <= 5) {
    r -= 1.6
    x = poly(C, r) / poly(D, r)
  } else {
    r -= 5
    x = poly(E, r) / poly(F, r)
  }
  return q < 0 ? -x : x
}

/**
 * Wilson's score interval for `successes` out of `trials`: unlike the normal ("Wald")
 * interval it stays inside [0, 1] and keeps its coverage for small groups and rates near 0 or 1.
 */
export function wilsonInterval(successes: number, trials: number, z: number): Interval {
  if (trials <= 0) return null
  const p = successes / trials
  const z2 = z * z
  const denom = 1 + z2 / trials
  const centre = (p + z2 / (2 * trials)) / denom
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))
  // At 0 or all successes the bound is exactly 0 or 1; rounding would leave 1e-17.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === trials ? 1 : Math.min(1, centre + half)]
}

/** The rates that are a binomial proportion, as (successes, trials) of the confusion counts. */
const PROPORTIONS: Partial<Record<BaseMetric, (c: Confusion) => [number, number]>> = {
  base_rate: (c) => [c.tp + c.fn, c.tp + c.fp + c.tn + c.fn],
  selection_rate: (c) => [c.tp + c.fp, c.tp + c.fp + c.tn + c.fn],
  accuracy: (c) => [c.tp + c.tn, c.tp + c.fp + c.tn + c.fn],
  true_positive_rate: (c) => [c.tp, c.tp + c.fn],
  recall: (c) => [c.tp, c.tp + c.fn],
  false_negative_rate: (c) => [c.fn, c.tp + c.fn],
  false_positive_rate: (c) => [c.fp, c.fp + c.tn],
  true_negative_rate: (c) => [c.tn, c.fp + c.tn],
  precision: (c) => [c.tp, c.tp + c.fp],
  negative_predictive_value: (c) => [c.tn, c.tn + c.fn],
}

/** The metrics whose interval is Wilson's; the others (f1, balanced accuracy) come from the bootstrap, ROC AUC from DeLong. */
export const WILSON_METRICS: readonly BaseMetric[] = Object.keys(PROPORTIONS) as BaseMetric[]

/** Wilson intervals of every proportion metric of one group's counts. */
export function wilsonIntervals(c: Confusion, z: number): Partial<Record<BaseMetric, Interval>> {
  const out: Partial<Record<BaseMetric, Interval>> = {}
  for (const m of WILSON_METRICS) {
    const [k, n] = (PROPORTIONS[m] as (c: Confusion) => [number, number])(c)
    out[m] = wilsonInterval(k, n, z)
  }
  return out
}

/** ROC AUC with DeLong's variance, from sorted positive and negative scores. */
export interface AucEstimate {
  auc: number
  /** DeLong's standard error (DeLong, DeLong & Clarke-Pearson 1988); 0 when a class has one score. */
  se: number
}

/**
 * DeLong's estimate: the AUC is the mean of the positives' placements (the share of negatives
 * ranked below, ties half), and its variance is var(placements of positives)/m +
 * var(placements of negatives)/n. O(m + n) on sorted scores; null when a class is absent.
 */
export function delongAuc(pos: Float64Array, neg: Float64Array): AucEstimate | null {
  const m = pos.length
  const n = neg.length
  if (m === 0 || n === 0) return null
  // Placement of each positive: negatives strictly below + half of equal ones, over n.
  const v10 = new Float64Array(m)
  let below = 0
  for (let i = 0; i < m; ) {
    const s = pos[i] as number
    while (below < n && (neg[below] as number) < s) below++
    let equal = 0
    while (below + equal < n && neg[below + equal] === s) equal++
    const v = (below + equal / 2) / n
    while (i < m && pos[i] === s) v10[i++] = v
  }
  // Placement of each negative: positives strictly above + half of equal ones, over m.
  const v01 = new Float64Array(n)
  let atOrBelow = 0
  for (let j = 0; j < n; ) {
    const s = neg[j] as number
    while (atOrBelow < m && (pos[atOrBelow] as number) < s) atOrBelow++
    let equal = 0
    while (atOrBelow + equal < m && pos[atOrBelow + equal] === s) equal++
    const v = (m - atOrBelow - equal + equal / 2) / m
    while (j < n && neg[j] === s) v01[j++] = v
  }
  const auc = mean(v10)
  const variance = (m > 1 ? sampleVariance(v10, auc) / m : 0) + (n > 1 ? sampleVariance(v01, mean(v01)) / n : 0)
  return { auc, se: Math.sqrt(variance) }
}

function mean(xs: Float64Array): number {
  let s = 0
  for (const x of xs) s += x
  return s / xs.length
}

function sampleVariance(xs: Float64Array, mu: number): number {
  let s = 0
  for (const x of xs) s += (x - mu) * (x - mu)
  return s / (xs.length - 1)
}

/** A normal interval clipped to [0, 1] (for the AUC). */
export function normalInterval(estimate: number, se: number, z: number): Interval {
  return [Math.max(0, estimate - z * se), Math.min(1, estimate + z * se)]
}

/**
 * The percentile interval of bootstrap replicates (NaN = undefined in that replicate, left
 * out). Quantiles interpolate linearly between order statistics (Hyndman & Fan type 7, as
 * numpy's default). Null when fewer than half the replicates define the value: an interval
 * from a minority of resamples would describe a different statistic.
 */
export function percentileInterval(replicates: Float64Array, level: number): Interval {
  const defined = new Float64Array(replicates.length)
  let n = 0
  for (const x of replicates) if (!Number.isNaN(x)) defined[n++] = x
  if (n === 0 || n * 2 < replicates.length) return null
  const xs = defined.subarray(0, n)
  const alpha = (1 - level) / 2
  // Type 7: v[l] + (h − l)(v[l + 1] − v[l]), v the values in order. Only four order statistics
  // are needed, so they are selected (Floyd–Rivest, the `quickselect` package), not sorted for.
  const h1 = (n - 1) * alpha
  const l1 = Math.floor(h1)
  const h2 = (n - 1) * (1 - alpha)
  const l2 = Math.floor(h2)
  if (n === 1) return [xs[0] as number, xs[0] as number]
  // The lower pair: select v[l1 + 1]; v[l1] is then the largest of the l1 + 1 values before it.
  quickselect(xs as unknown as number[], l1 + 1, 0, n - 1, byValue)
  const b1 = xs[l1 + 1] as number
  let a1 = -Infinity
  for (let i = 0; i <= l1; i++) if ((xs[i] as number) > a1) a1 = xs[i] as number
  const lower = a1 + (h1 - l1) * (b1 - a1)
  // At a level near 0 both quantiles fall between the same two values.
  if (l2 === l1) return [lower, a1 + (h2 - l2) * (b1 - a1)]
  // The upper pair, among the values from l1 + 1 on (all at least v[l1 + 1]): select v[l2];
  // v[l2 + 1] is then the smallest of the values after it.
  quickselect(xs as unknown as number[], l2, l1 + 1, n - 1, byValue)
  const a2 = xs[l2] as number
  let b2 = Infinity
  for (let i = l2 + 1; i < n; i++) if ((xs[i] as number) < b2) b2 = xs[i] as number
  return [lower, l2 + 1 < n ? a2 + (h2 - l2) * (b2 - a2) : a2]
}

const byValue = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0)
