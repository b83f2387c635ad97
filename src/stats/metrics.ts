/**
 * Metric values of one group from its sufficient statistics, as the catalog (`catalog.ts`)
 * defines them.
 *
 * Every count-based metric is a pure function of (TP, FP, TN, FN), which is what lets the
 * engine stream rows once and keep O(groups) memory. The definitions, and the two ways of
 * treating a zero denominator, are in docs/metrics.md (generated from the catalog).
 */
import { BASE_METRICS, evalLinear, metricSpec, type BaseMetric } from './catalog.js'

export type ZeroDivision = 'undefined' | 'fairlearn'

/** Confusion counts of one group. */
export interface Confusion {
  tp: number
  fp: number
  tn: number
  fn: number
}

/** Metric values of one group: a number, or null with the reason in `undefined`. */
export interface MetricValues {
  values: Record<BaseMetric, number | null>
  undefined: Partial<Record<BaseMetric, string>>
}

/**
 * Computes every metric of one group from its cells, as the catalog defines them, plus ROC
 * AUC when given.
 *
 * In `undefined` mode a zero denominator gives null and a reason a person can read; in
 * `fairlearn` mode it gives 0, as scikit-learn's `zero_division="warn"` does, so that the
 * numbers equal fairlearn's to the last digit.
 */
export function computeMetrics(
  c: Confusion,
  zeroDivision: ZeroDivision,
  rocAuc?: { value: number | null; reason?: string },
  /** With sample weights `c` holds Σw; these are the rows behind it, which a `sum` (a count of rows) reads. */
  rows?: Confusion,
): MetricValues {
  const fl = zeroDivision === 'fairlearn'
  const values = {} as Record<BaseMetric, number | null>
  const undef: Partial<Record<BaseMetric, string>> = {}
  // Denominators of the ratios, for the means that average the classes present.
  const dens = new Map<string, number>()
  for (const metric of BASE_METRICS) {
    const f = metricSpec(metric).formula
    let v: number | null
    switch (f.kind) {
      case 'sum':
        v = evalLinear(f.of, rows ?? c)
        break
      case 'ratio': {
        const den = evalLinear(f.den, c)
        dens.set(metric, den)
        if (den > 0) v = evalLinear(f.num, c) / den
        else if (fl) v = 0
        else {
          v = null
          // Weighted: rows that all weigh 0 are not "no rows".
          undef[metric] = rows && evalLinear(f.den, rows) > 0 ? `${f.undefinedWhen} of weight above 0` : f.undefinedWhen
        }
        break
      }
      case 'mean': {
        const parts = f.of as readonly BaseMetric[]
        if (fl) {
          // scikit-learn averages the recall of the classes present in y_true (y_pred-only
          // classes are ignored with a warning), so a one-class group gets that class's recall.
          const present = parts.filter((p) => (dens.get(p) as number) > 0)
          v = present.length === 0 ? 0 : present.reduce((s, p) => s + (values[p] as number), 0) / present.length
        } else if (parts.every((p) => values[p] !== null)) {
          v = parts.reduce((s, p) => s + (values[p] as number), 0) / parts.length
        } else {
          v = null
          const missing = parts.filter((p) => values[p] === null)
          undef[metric] = missing.length === parts.length ? f.emptyReason : (undef[missing[0] as BaseMetric] as string)
        }
        break
      }
      case 'score':
        v = null
        if (!rocAuc) undef[metric] = 'no score column'
        else if (rocAuc.value === null) undef[metric] = rocAuc.reason ?? 'not computed'
        else v = rocAuc.value
        break
    }
    values[metric] = v
  }
  return { values, undefined: undef }
}
