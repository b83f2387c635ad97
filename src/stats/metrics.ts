/**
 * Metric names and their definitions from confusion counts.
 *
 * Every count-based metric is a pure function of (TP, FP, TN, FN), which is what lets the
 * engine stream rows once and keep O(groups) memory. The definitions, and the two ways of
 * treating a zero denominator, follow ../../METRICS.md (fairlearn over scikit-learn).
 */

/** Metrics computed for every group and overall. Order is the display order. */
export const BASE_METRICS = [
  'count',
  'base_rate',
  'selection_rate',
  'accuracy',
  'true_positive_rate',
  'false_positive_rate',
  'false_negative_rate',
  'true_negative_rate',
  'precision',
  'negative_predictive_value',
  'recall',
  'f1',
  'balanced_accuracy',
  'roc_auc',
] as const

export type BaseMetric = (typeof BASE_METRICS)[number]

/** Short names people type; they resolve to the canonical name everywhere. */
export const METRIC_ALIASES: Readonly<Record<string, BaseMetric>> = {
  tpr: 'true_positive_rate',
  fpr: 'false_positive_rate',
  fnr: 'false_negative_rate',
  tnr: 'true_negative_rate',
  ppv: 'precision',
  npv: 'negative_predictive_value',
  sensitivity: 'true_positive_rate',
  specificity: 'true_negative_rate',
}

/** Metrics that need a score column. */
export const SCORE_METRICS: ReadonlySet<BaseMetric> = new Set(['roc_auc'])

/** Metrics that are not bounded to [0, 1], so no rate-range check applies to their thresholds. */
export const UNBOUNDED_METRICS: ReadonlySet<BaseMetric> = new Set(['count'])

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

/** Resolves an alias to its canonical metric name; returns undefined for an unknown name. */
export function resolveBaseMetric(name: string): BaseMetric | undefined {
  if ((BASE_METRICS as readonly string[]).includes(name)) return name as BaseMetric
  return METRIC_ALIASES[name]
}

/**
 * Computes every count-based metric of one group, plus ROC AUC when given.
 *
 * In `undefined` mode a zero denominator gives null and a reason a person can read; in
 * `fairlearn` mode it gives 0, as scikit-learn's `zero_division="warn"` does, so that the
 * numbers equal fairlearn's to the last digit.
 */
export function computeMetrics(
  c: Confusion,
  zeroDivision: ZeroDivision,
  rocAuc?: { value: number | null; reason?: string },
): MetricValues {
  const { tp, fp, tn, fn } = c
  const n = tp + fp + tn + fn
  const pos = tp + fn
  const neg = fp + tn
  const predPos = tp + fp
  const predNeg = tn + fn
  const undef: Partial<Record<BaseMetric, string>> = {}
  const fl = zeroDivision === 'fairlearn'

  const rate = (metric: BaseMetric, num: number, den: number, reason: string): number | null => {
    if (den > 0) return num / den
    if (fl) return 0
    undef[metric] = reason
    return null
  }

  const noRows = 'no rows'
  const noPos = 'no positive labels'
  const noNeg = 'no negative labels'
  const tpr = rate('true_positive_rate', tp, pos, noPos)
  const tnr = rate('true_negative_rate', tn, neg, noNeg)

  let balanced: number | null
  if (fl) {
    // scikit-learn averages the recall of the classes present in y_true (y_pred-only
    // classes are ignored with a warning), so a one-class group gets that class's recall.
    if (pos > 0 && neg > 0) balanced = (tp / pos + tn / neg) / 2
    else if (pos > 0) balanced = tp / pos
    else if (neg > 0) balanced = tn / neg
    else balanced = 0
  } else if (tpr !== null && tnr !== null) {
    balanced = (tpr + tnr) / 2
  } else {
    balanced = null
    undef.balanced_accuracy = pos === 0 && neg === 0 ? noRows : pos === 0 ? noPos : noNeg
  }

  const values: Record<BaseMetric, number | null> = {
    count: n,
    base_rate: rate('base_rate', pos, n, noRows),
    selection_rate: rate('selection_rate', predPos, n, noRows),
    accuracy: rate('accuracy', tp + tn, n, noRows),
    true_positive_rate: tpr,
    false_positive_rate: rate('false_positive_rate', fp, neg, noNeg),
    false_negative_rate: rate('false_negative_rate', fn, pos, noPos),
    true_negative_rate: tnr,
    precision: rate('precision', tp, predPos, 'no positive predictions'),
    negative_predictive_value: rate('negative_predictive_value', tn, predNeg, 'no negative predictions'),
    recall: tpr,
    f1: rate('f1', 2 * tp, 2 * tp + fp + fn, 'no positive labels and no positive predictions'),
    balanced_accuracy: balanced,
    roc_auc: null,
  }
  if (tpr === null) undef.recall = noPos
  if (rocAuc) {
    values.roc_auc = rocAuc.value
    if (rocAuc.value === null) undef.roc_auc = rocAuc.reason ?? 'not computed'
  } else {
    undef.roc_auc = 'no score column'
  }
  return { values, undefined: undef }
}
