/**
 * Closed-form confidence intervals: Wilson score intervals for single rates, the normal
 * interval of ROC AUC around DeLong's standard error (computed in one sweep with the AUC:
 * `auc.ts`, `delongFromSums`), and (from `kernels.ts`, where they are computed in WebAssembly) the
 * normal quantile and percentile intervals of bootstrap replicates. The bootstrap itself
 * lives in `bootstrap.ts`; this module has no randomness.
 */
import { normalQuantile, type Interval } from './kernels.js'
import { BASE_METRICS, evalLinear, intervalMethod, proportionOf, type BaseMetric, type Linear } from './catalog.js'
import type { Confusion } from './metrics.js'

export { normalQuantile, percentileInterval } from './kernels.js'

export type { Interval } from './kernels.js'

/** The normal quantile for a two-sided interval at `level` (0.95 → 1.959963984540054). */
export function zFor(level: number): number {
  const tail = (1 - level) / 2
  // Within 1.1e-16 of 1 (a level the schema accepts, 0.9999999999999999), 1 − tail rounds to 1:
  // read the quantile from the lower tail instead, by symmetry (AS 241 is symmetric exactly).
  return 1 - tail < 1 ? normalQuantile(1 - tail) : -normalQuantile(tail)
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

/** The metrics whose interval is Wilson's (the catalog's proportions); the others (f1, balanced accuracy) come from the bootstrap, ROC AUC from DeLong. */
export const WILSON_METRICS: readonly BaseMetric[] = BASE_METRICS.filter((m) => intervalMethod(m) === 'wilson')

/**
 * Wilson intervals of every proportion metric of one group's counts. With sample weights
 * (`squares`: Σw² of each cell, `c` then holding Σw), a rate p = Σw(num) / Σw(den) gets Wilson's
 * interval at the Kish effective size of its denominator, n_eff = Σw(den)² / Σw²(den): the
 * design-effect approximation, exact for equal weights (the unweighted interval) and
 * measured by simulation for skewed ones (`__tests__/stats/weighted-coverage.test.ts`).
 */
export function wilsonIntervals(
  c: Confusion,
  z: number,
  squares?: Confusion,
  /** With `squares`: the rows behind each cell; a Kish size is never more than its rows. */
  rows?: Confusion,
): Partial<Record<BaseMetric, Interval>> {
  const out: Partial<Record<BaseMetric, Interval>> = {}
  for (const m of WILSON_METRICS) {
    const p = proportionOf(m) as { num: Linear; den: Linear }
    const num = evalLinear(p.num, c)
    const den = evalLinear(p.den, c)
    if (!squares) {
      out[m] = wilsonInterval(num, den, z)
      continue
    }
    const q = evalLinear(p.den, squares)
    if (!(den > 0) || !(q > 0)) {
      out[m] = null
      continue
    }
    const n = kishSize(den, q, rows ? evalLinear(p.den, rows) : Infinity)
    const ci = wilsonInterval((num / den) * n, n, z)
    // The bounds are exactly 0 and 1 where the rate is (rounding of p·n must not move them).
    out[m] = ci && [num === 0 ? 0 : ci[0], num === den ? 1 : ci[1]]
  }
  return out
}

/**
 * The Kish effective sample size (Σw)² / Σw² of some cells, 0 when they weigh nothing, and never
 * more than the `rows` they sum (Cauchy–Schwarz: rounding of the sums must not make it more).
 */
export function kishSize(sum: number, squares: number, rows = Infinity): number {
  return squares > 0 ? Math.min((sum * sum) / squares, rows) : 0
}

/** ROC AUC with DeLong's standard error. */
export interface AucEstimate {
  auc: number
  /** DeLong's standard error (DeLong, DeLong & Clarke-Pearson 1988); 0 when a class has one score. */
  se: number
}

/** A normal interval clipped to [0, 1] (for the AUC). */
export function normalInterval(estimate: number, se: number, z: number): Interval {
  return [Math.max(0, estimate - z * se), Math.min(1, estimate + z * se)]
}
