/**
 * The metric catalog: every metric and every fairness aggregate, defined once.
 *
 * Each per-group metric says how it is computed from a group's sufficient statistics (the
 * cells in CELLS), when it is undefined and why, which direction is favourable, its labels
 * and the scikit-learn function it equals. Everything else is derived from these entries:
 * the config schema's metric names, the aliases, config validation (what needs a score,
 * what is bounded to [0, 1]), the metric values and their undefined reasons, which metrics
 * get Wilson intervals, the bootstrap kernels' metric layout (`metricProgram`), the groups a
 * metric needs enough positives or negatives in, the reference group's "best" direction, the
 * renderers' labels, and `docs/metrics.md` (written by `npm run docs`, checked in CI).
 *
 * This module imports nothing: every layer may read it.
 *
 * Adding a count-based metric is one entry in METRIC_SPECS; adding a fairness aggregate over
 * catalog metrics is one entry in FAIRNESS_SPECS.
 */

/**
 * The sufficient statistics of one group, as named cells: the confusion counts of a binary
 * classifier. A metric reads them as linear combinations, so another model kind adds cells
 * (weighted sums, a K×K matrix, regression sums) without changing a metric that exists.
 */
export const CELLS = ['tp', 'fp', 'tn', 'fn'] as const
export type Cell = (typeof CELLS)[number]

/** A linear combination of cells: coefficient per cell, absent = 0. */
export type Linear = Readonly<Partial<Record<Cell, number>>>

/** How a metric is computed from its group's cells. */
export type Formula =
  /** Σ coefficient × cell; always defined. */
  | { kind: 'sum'; of: Linear }
  /** num / den; undefined (or 0 with `zero_division: fairlearn`) when den = 0. */
  | { kind: 'ratio'; num: Linear; den: Linear; undefinedWhen: string }
  /**
   * The mean of ratio metrics. Default mode: undefined when a part is (its reason; `emptyReason`
   * when every part is). fairlearn mode: the mean of the parts whose denominator is positive,
   * 0 when none is (scikit-learn averages the classes present in y_true).
   */
  | { kind: 'mean'; of: readonly string[]; emptyReason: string }
  /** From the group's scores (needs a score column): ROC AUC. */
  | { kind: 'score' }

export interface MetricSpec {
  /** Canonical name: config, JSON report and `docs/metrics.md`. */
  name: string
  /** Short names a config may use for it. */
  aliases?: readonly string[]
  /** Column title in tables and charts. */
  label: string
  /** One line for people. */
  description: string
  formula: Formula
  /** Which value is favourable, for the `best` reference and the worst-group mark in tables. */
  better: 'higher' | 'lower'
  /** A descriptive quantity (count, base rate, selection rate): tables mark no worst group. */
  descriptive?: boolean
  /** What it equals in scikit-learn / fairlearn, for `docs/metrics.md`. */
  equals: string
}

/** Per-group metrics in display (and JSON) order. */
export const METRIC_SPECS = [
  {
    name: 'count',
    label: 'n',
    description: 'Rows in the group.',
    formula: { kind: 'sum', of: { tp: 1, fp: 1, tn: 1, fn: 1 } },
    better: 'higher',
    descriptive: true,
    equals: 'fairlearn `count`',
  },
  {
    name: 'base_rate',
    label: 'base rate',
    description: 'Share of rows with the positive label.',
    formula: { kind: 'ratio', num: { tp: 1, fn: 1 }, den: { tp: 1, fp: 1, tn: 1, fn: 1 }, undefinedWhen: 'no rows' },
    better: 'higher',
    descriptive: true,
    equals: 'mean of `y_true == positive_label`',
  },
  {
    name: 'selection_rate',
    label: 'selection rate',
    description: 'Share of rows predicted positive.',
    formula: { kind: 'ratio', num: { tp: 1, fp: 1 }, den: { tp: 1, fp: 1, tn: 1, fn: 1 }, undefinedWhen: 'no rows' },
    better: 'higher',
    descriptive: true,
    equals: 'fairlearn `selection_rate`',
  },
  {
    name: 'accuracy',
    label: 'accuracy',
    description: 'Share of rows predicted right.',
    formula: { kind: 'ratio', num: { tp: 1, tn: 1 }, den: { tp: 1, fp: 1, tn: 1, fn: 1 }, undefinedWhen: 'no rows' },
    better: 'higher',
    equals: 'scikit-learn `accuracy_score`',
  },
  {
    name: 'true_positive_rate',
    aliases: ['tpr', 'sensitivity'],
    label: 'TPR',
    description: 'Share of positive labels predicted positive.',
    formula: { kind: 'ratio', num: { tp: 1 }, den: { tp: 1, fn: 1 }, undefinedWhen: 'no positive labels' },
    better: 'higher',
    equals: 'fairlearn `true_positive_rate`, scikit-learn `recall_score`',
  },
  {
    name: 'false_positive_rate',
    aliases: ['fpr'],
    label: 'FPR',
    description: 'Share of negative labels predicted positive.',
    formula: { kind: 'ratio', num: { fp: 1 }, den: { fp: 1, tn: 1 }, undefinedWhen: 'no negative labels' },
    better: 'lower',
    equals: 'fairlearn `false_positive_rate`',
  },
  {
    name: 'false_negative_rate',
    aliases: ['fnr'],
    label: 'FNR',
    description: 'Share of positive labels predicted negative.',
    formula: { kind: 'ratio', num: { fn: 1 }, den: { tp: 1, fn: 1 }, undefinedWhen: 'no positive labels' },
    better: 'lower',
    equals: 'fairlearn `false_negative_rate`',
  },
  {
    name: 'true_negative_rate',
    aliases: ['tnr', 'specificity'],
    label: 'TNR',
    description: 'Share of negative labels predicted negative.',
    formula: { kind: 'ratio', num: { tn: 1 }, den: { fp: 1, tn: 1 }, undefinedWhen: 'no negative labels' },
    better: 'higher',
    equals: 'fairlearn `true_negative_rate`',
  },
  {
    name: 'precision',
    aliases: ['ppv'],
    label: 'precision',
    description: 'Share of positive predictions that are right.',
    formula: { kind: 'ratio', num: { tp: 1 }, den: { tp: 1, fp: 1 }, undefinedWhen: 'no positive predictions' },
    better: 'higher',
    equals: 'scikit-learn `precision_score`',
  },
  {
    name: 'negative_predictive_value',
    aliases: ['npv'],
    label: 'NPV',
    description: 'Share of negative predictions that are right.',
    formula: { kind: 'ratio', num: { tn: 1 }, den: { tn: 1, fn: 1 }, undefinedWhen: 'no negative predictions' },
    better: 'higher',
    equals: 'scikit-learn `precision_score(pos_label=negative)`',
  },
  {
    name: 'false_discovery_rate',
    aliases: ['fdr'],
    label: 'FDR',
    description: 'Share of positive predictions that are wrong.',
    formula: { kind: 'ratio', num: { fp: 1 }, den: { tp: 1, fp: 1 }, undefinedWhen: 'no positive predictions' },
    better: 'lower',
    equals: '1 − scikit-learn `precision_score`; AIF360 `false_discovery_rate`',
  },
  {
    name: 'false_omission_rate',
    aliases: ['for'],
    label: 'FOR',
    description: 'Share of negative predictions that are wrong.',
    formula: { kind: 'ratio', num: { fn: 1 }, den: { tn: 1, fn: 1 }, undefinedWhen: 'no negative predictions' },
    better: 'lower',
    equals: '1 − negative predictive value; AIF360 `false_omission_rate`',
  },
  {
    name: 'recall',
    label: 'recall',
    description: 'The true positive rate under the name scikit-learn gives it.',
    formula: { kind: 'ratio', num: { tp: 1 }, den: { tp: 1, fn: 1 }, undefinedWhen: 'no positive labels' },
    better: 'higher',
    equals: 'scikit-learn `recall_score`',
  },
  {
    name: 'f1',
    label: 'F1',
    description: 'Harmonic mean of precision and recall.',
    formula: {
      kind: 'ratio',
      num: { tp: 2 },
      den: { tp: 2, fp: 1, fn: 1 },
      undefinedWhen: 'no positive labels and no positive predictions',
    },
    better: 'higher',
    equals: 'scikit-learn `f1_score`',
  },
  {
    name: 'balanced_accuracy',
    label: 'balanced acc.',
    description: 'Mean of the true positive and true negative rates.',
    formula: { kind: 'mean', of: ['true_positive_rate', 'true_negative_rate'], emptyReason: 'no rows' },
    better: 'higher',
    equals: 'scikit-learn `balanced_accuracy_score`',
  },
  {
    name: 'roc_auc',
    label: 'ROC AUC',
    description: 'Area under the ROC curve of the score, ties counted half.',
    formula: { kind: 'score' },
    better: 'higher',
    equals: 'scikit-learn `roc_auc_score`',
  },
] as const satisfies readonly MetricSpec[]

export type BaseMetric = (typeof METRIC_SPECS)[number]['name']

/** Metric names in display order. */
export const BASE_METRICS: readonly BaseMetric[] = METRIC_SPECS.map((s) => s.name)

const SPEC_BY_NAME = new Map<string, MetricSpec>(METRIC_SPECS.map((s) => [s.name, s]))

/** The catalog entry of a metric. */
export function metricSpec(metric: BaseMetric): MetricSpec {
  return SPEC_BY_NAME.get(metric) as MetricSpec
}

/** Short names people type; they resolve to the canonical name everywhere. */
export const METRIC_ALIASES: Readonly<Record<string, BaseMetric>> = Object.fromEntries(
  // Every metric's first alias, then every second one: `tpr, fpr, …, sensitivity, specificity`.
  [0, 1].flatMap((k) =>
    (METRIC_SPECS as readonly MetricSpec[]).flatMap((s) =>
      s.aliases?.[k] !== undefined ? [[s.aliases[k], s.name as BaseMetric]] : [],
    ),
  ),
)

/** Resolves an alias to its canonical metric name; undefined for an unknown name. */
export function resolveBaseMetric(name: string): BaseMetric | undefined {
  if (SPEC_BY_NAME.has(name)) return name as BaseMetric
  return Object.hasOwn(METRIC_ALIASES, name) ? METRIC_ALIASES[name] : undefined
}

/** The numerator and denominator cells of a ratio, the parts of a mean. */
function ratioOf(metric: string): { num: Linear; den: Linear } | undefined {
  const f = SPEC_BY_NAME.get(metric)?.formula
  return f?.kind === 'ratio' ? f : undefined
}

const sameLinear = (a: Linear, b: Linear): boolean => CELLS.every((c) => (a[c] ?? 0) === (b[c] ?? 0))
const POSITIVES: Linear = { tp: 1, fn: 1 }
const NEGATIVES: Linear = { fp: 1, tn: 1 }

/** The label classes a metric divides by: a group needs `min_positives` / `min_negatives` of them for it. */
export function classesOf(metric: BaseMetric): { positives: boolean; negatives: boolean } {
  const f = metricSpec(metric).formula
  if (f.kind === 'score') return { positives: true, negatives: true }
  const dens =
    f.kind === 'ratio' ? [f.den] : f.kind === 'mean' ? f.of.map((p) => (ratioOf(p) as { den: Linear }).den) : []
  return {
    positives: dens.some((d) => sameLinear(d, POSITIVES)),
    negatives: dens.some((d) => sameLinear(d, NEGATIVES)),
  }
}

/** Metrics that need a score column. */
export const SCORE_METRICS: ReadonlySet<BaseMetric> = new Set(
  BASE_METRICS.filter((m) => metricSpec(m).formula.kind === 'score'),
)

/** Metrics whose values are not bounded to [0, 1] (sums of cells), so thresholds get no rate-range check. */
export const UNBOUNDED_METRICS: ReadonlySet<BaseMetric> = new Set(
  BASE_METRICS.filter((m) => metricSpec(m).formula.kind === 'sum'),
)

/** Metrics where a lower value is the favourable one. */
export const LOWER_IS_BETTER: ReadonlySet<BaseMetric> = new Set(
  BASE_METRICS.filter((m) => metricSpec(m).better === 'lower'),
)

/**
 * A ratio that is a binomial proportion: its numerator is some of its denominator's cells,
 * each counted once (a share of rows). Its interval is Wilson's; other metrics' come from the
 * bootstrap (ROC AUC's from DeLong).
 */
export function proportionOf(metric: BaseMetric): { num: Linear; den: Linear } | undefined {
  const r = ratioOf(metric)
  if (!r) return undefined
  const ones = (l: Linear): boolean => CELLS.every((c) => l[c] === undefined || l[c] === 1)
  const inDen = CELLS.every((c) => r.num[c] === undefined || r.den[c] !== undefined)
  return ones(r.num) && ones(r.den) && inDen ? r : undefined
}

/** How a metric's confidence interval is computed. */
export function intervalMethod(metric: BaseMetric): 'wilson' | 'bootstrap' | 'delong' | 'none' {
  const f = metricSpec(metric).formula
  if (f.kind === 'sum') return 'none'
  if (f.kind === 'score') return 'delong'
  return proportionOf(metric) ? 'wilson' : 'bootstrap'
}

/** Σ coefficient × cell, in CELLS order (the kernels sum in the same order, so both give the same double). */
export function evalLinear(l: Linear, cells: Readonly<Record<Cell, number>>): number {
  let s = 0
  for (const c of CELLS) {
    const k = l[c]
    if (k !== undefined) s += k * cells[c]
  }
  return s
}

/**
 * The first metric with the same formula as `metric` (recall is the true positive rate): two
 * metrics with one formula share one column of bootstrap statistics.
 */
export function columnOf(metric: BaseMetric): BaseMetric {
  return COLUMN_OF.get(metric) as BaseMetric
}

/** columnOf of every metric, worked out once (it is asked for every aggregate of every grouping). */
const COLUMN_OF: ReadonlyMap<BaseMetric, BaseMetric> = (() => {
  const firstByFormula = new Map<string, BaseMetric>()
  for (const m of BASE_METRICS) {
    const key = JSON.stringify(metricSpec(m).formula)
    if (!firstByFormula.has(key)) firstByFormula.set(key, m)
  }
  return new Map(BASE_METRICS.map((m) => [m, firstByFormula.get(JSON.stringify(metricSpec(m).formula)) as BaseMetric]))
})()

/**
 * The catalog as the WebAssembly kernels read it (assembly/kernels.ts: `metricsOf`): per metric,
 * 11 doubles: kind (0 sum, 1 ratio, 2 mean, 3 score), the numerator's four coefficients, the
 * denominator's four, and for a mean the indices of its two parts (−1: none).
 */
export const PROGRAM_STRIDE = 11
export function metricProgram(): Float64Array {
  const out = new Float64Array(PROGRAM_STRIDE * BASE_METRICS.length)
  BASE_METRICS.forEach((m, i) => {
    const f = metricSpec(m).formula
    const at = i * PROGRAM_STRIDE
    const put = (l: Linear, from: number): void => CELLS.forEach((c, k) => (out[at + from + k] = l[c] ?? 0))
    out[at + 9] = -1
    out[at + 10] = -1
    if (f.kind === 'sum') put(f.of, 1)
    else if (f.kind === 'ratio') {
      out[at] = 1
      put(f.num, 1)
      put(f.den, 5)
    } else if (f.kind === 'mean') {
      out[at] = 2
      f.of.forEach((p, k) => (out[at + 9 + k] = BASE_METRICS.indexOf(p as BaseMetric)))
    } else out[at] = 3
  })
  return out
}

// ---------------------------------------------------------------------------------------
// Fairness aggregates.

/** How a per-group metric is compared across groups. */
export type Kind = 'difference' | 'ratio' | 'group_min' | 'group_max'
export const KINDS: readonly Kind[] = ['difference', 'ratio', 'group_min', 'group_max']
export type Method = 'between_groups' | 'to_overall' | 'to_reference'

export interface FairnessSpec {
  /** The catalog metrics it compares across groups. */
  parts: readonly BaseMetric[]
  kind: 'difference' | 'ratio'
  /**
   * With two parts, how their aggregates combine: `agg` — as the gate's `agg` says
   * (`worst_case`, fairlearn's default: the larger difference or smaller ratio; or `mean`);
   * `mean` — always their mean.
   */
  combine?: 'agg' | 'mean'
  /** The method it always uses. */
  method?: Method
  description: string
  equals: string
}

/** fairlearn's named aggregates, and the names people search for. */
export const FAIRNESS_SPECS = {
  demographic_parity_difference: {
    parts: ['selection_rate'],
    kind: 'difference',
    description: 'The selection rate difference.',
    equals: 'fairlearn `demographic_parity_difference`',
  },
  demographic_parity_ratio: {
    parts: ['selection_rate'],
    kind: 'ratio',
    description: 'The selection rate ratio.',
    equals: 'fairlearn `demographic_parity_ratio`',
  },
  equalized_odds_difference: {
    parts: ['true_positive_rate', 'false_positive_rate'],
    kind: 'difference',
    combine: 'agg',
    description: 'The larger of the TPR and FPR differences (`agg: mean`: their mean).',
    equals: 'fairlearn `equalized_odds_difference(agg=…)`',
  },
  equalized_odds_ratio: {
    parts: ['true_positive_rate', 'false_positive_rate'],
    kind: 'ratio',
    combine: 'agg',
    description: 'The smaller of the TPR and FPR ratios (`agg: mean`: their mean).',
    equals: 'fairlearn `equalized_odds_ratio(agg=…)`',
  },
  equal_opportunity_difference: {
    parts: ['true_positive_rate'],
    kind: 'difference',
    description: 'The true positive rate difference.',
    equals: 'fairlearn `equal_opportunity_difference`',
  },
  equal_opportunity_ratio: {
    parts: ['true_positive_rate'],
    kind: 'ratio',
    description: 'The true positive rate ratio.',
    equals: 'fairlearn `equal_opportunity_ratio`',
  },
  average_odds_difference: {
    parts: ['true_positive_rate', 'false_positive_rate'],
    kind: 'difference',
    combine: 'mean',
    description:
      "The mean of the TPR and FPR differences. AIF360 signs each difference (unprivileged − privileged); here each is the size of the gap under the gate's method (`to_reference`: to the reference group)",
    equals: 'AIF360 `average_odds_difference`, as absolute gaps',
  },
  // The name people search for (Aequitas, AIF360): the selection-rate ratio to a reference group. Not a legal test.
  disparate_impact: {
    parts: ['selection_rate'],
    kind: 'ratio',
    method: 'to_reference',
    description: 'The selection rate ratio to the reference group. A name people search for, not a legal test.',
    equals: '`demographic_parity_ratio` to a reference group (Aequitas, AIF360 `disparate_impact`)',
  },
} as const satisfies Record<string, FairnessSpec>

export type FairnessAggregate = keyof typeof FAIRNESS_SPECS
export const FAIRNESS_AGGREGATES: Readonly<Record<FairnessAggregate, FairnessSpec>> = FAIRNESS_SPECS

/** The method an aggregate always uses (disparate_impact: to_reference), if any. */
export function fixedMethod(name: FairnessAggregate): Method | undefined {
  return (FAIRNESS_AGGREGATES[name] as FairnessSpec).method
}

/** Whether a gate's `agg` chooses how the aggregate's parts combine. */
export function takesAgg(name: FairnessAggregate): boolean {
  return FAIRNESS_AGGREGATES[name].combine === 'agg'
}

// ---------------------------------------------------------------------------------------
// Names a config may use.

export type ResolvedMetric =
  | { type: 'base'; metric: BaseMetric }
  | { type: 'aggregate'; metric: BaseMetric; kind: Kind }
  | { type: 'fairness'; name: FairnessAggregate }

/** Resolves a config metric name; undefined when it is unknown. */
export function resolveMetricName(name: string): ResolvedMetric | undefined {
  const base = resolveBaseMetric(name)
  if (base) return { type: 'base', metric: base }
  if (Object.hasOwn(FAIRNESS_AGGREGATES, name)) return { type: 'fairness', name: name as FairnessAggregate }
  for (const kind of KINDS) {
    const suffix = `_${kind}`
    if (name.endsWith(suffix)) {
      const m = resolveBaseMetric(name.slice(0, -suffix.length))
      if (m) return { type: 'aggregate', metric: m, kind }
    }
  }
  return undefined
}

/** Base metric names a person may type (canonical and aliases). */
export const BASE_METRIC_NAMES: readonly string[] = [...BASE_METRICS, ...Object.keys(METRIC_ALIASES)]

/** Every gateable name, for the schema's enum (editor completion) and "did you mean". */
export const ALL_METRIC_NAMES: readonly string[] = [
  ...BASE_METRIC_NAMES,
  ...BASE_METRIC_NAMES.flatMap((m) => KINDS.map((k) => `${m}_${k}`)),
  ...Object.keys(FAIRNESS_AGGREGATES),
]

/** The base metrics that a resolved gate metric reads. */
export function baseMetricsOf(r: ResolvedMetric): BaseMetric[] {
  switch (r.type) {
    case 'base':
    case 'aggregate':
      return [r.metric]
    case 'fairness':
      return [...FAIRNESS_AGGREGATES[r.name].parts]
  }
}

/**
 * Why a gate's value never has an interval, whatever the data; undefined when it can have one.
 * A sum of cells (`count`) is counted, not estimated: neither its overall value nor a group's has
 * an interval (its extremes, differences and ratios do: the bootstrap resamples the cells). A
 * score metric's (ROC AUC's) overall value is not resampled (the bootstrap draws each group's
 * from its DeLong normal, `bootstrap.ts`), so its differences and ratios to overall have none.
 * A gate `on: interval` there could only ever be "no interval" (red team 40 R40-11).
 */
export function noIntervalReason(r: ResolvedMetric, method: Method): string | undefined {
  if (r.type === 'base')
    return intervalMethod(r.metric) === 'none' ? `'${r.metric}' is counted, not estimated` : undefined
  const kind = r.type === 'aggregate' ? r.kind : FAIRNESS_AGGREGATES[r.name].kind
  if (method !== 'to_overall' || (kind !== 'difference' && kind !== 'ratio')) return undefined
  const part = baseMetricsOf(r).find((m) => intervalMethod(m) === 'delong')
  return part === undefined
    ? undefined
    : `the overall ${metricSpec(part).label} is not resampled, so a comparison with it has no interval`
}
