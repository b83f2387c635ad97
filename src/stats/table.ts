/**
 * From accumulated counts to the metric table: overall and per group of every grouping,
 * with intersections expanded to the full Cartesian product as fairlearn does (an empty
 * combination is listed, marked absent, and takes part in no aggregate).
 */
import type { CellWeights, GroupAccumulator, GroupCell } from './accumulate.js'
import { groupKey, makeValueComparator } from './accumulate.js'
import type { Interval } from './intervals.js'
import { kishSize, normalInterval, wilsonIntervals, zFor } from './intervals.js'
import { BASE_METRICS, classesOf, type BaseMetric } from './catalog.js'
import type { Confusion, MetricValues, ZeroDivision } from './metrics.js'
import { computeMetrics } from './metrics.js'
import { binOrder } from '../data/bins.js'

export interface GroupResult {
  /** Display key, as fairlearn prints it: values joined by " | " (distinct within a grouping: see `withDistinctKeys`). */
  key: string
  group: Record<string, string>
  values: string[]
  present: boolean
  /** The confusion cells every metric reads: row counts, or with sample weights Σw (then `weights` has the rows). */
  counts: Confusion
  /** With sample weights: each cell's rows and Σw², and the group's Kish effective size. */
  weights?: GroupWeights
  metrics: Record<BaseMetric, number | null>
  undefined: Partial<Record<BaseMetric, string>>
  /** False when the group is below `min_group_size` (with weights: its Kish effective size is): shown, but out of aggregates and gates. */
  sufficient: boolean
  insufficientReason?: string
  /** Metrics this group is too small for although it has enough rows (`min_positives`, `min_negatives`), with why. */
  insufficientFor?: Partial<Record<BaseMetric, string>>
  /** Confidence intervals by metric (with `confidence` on): Wilson for rates, DeLong for ROC AUC, bootstrap for the rest. */
  ci?: Partial<Record<BaseMetric, Interval>>
  /** DeLong's standard error of the ROC AUC, which the bootstrap uses to resample it. */
  aucSe?: number
}

export interface GroupingResult {
  columns: string[]
  groups: GroupResult[]
}

/** A weighted group's rows and squared weights per cell, its weight and its Kish effective size (Σw)² / Σw². */
export interface GroupWeights extends CellWeights {
  weightSum: number
  nEff: number
}

export interface OverallResult {
  counts: Confusion
  weights?: GroupWeights
  metrics: Record<BaseMetric, number | null>
  undefined: Partial<Record<BaseMetric, string>>
  ci?: Partial<Record<BaseMetric, Interval>>
}

export interface MetricTable {
  rows: number
  overall: OverallResult
  groupings: GroupingResult[]
}

export interface TableOptions {
  zeroDivision: ZeroDivision
  minGroupSize: number
  /** Fewest positive labels a group needs for the metrics that divide by them (TPR, FNR; with min_negatives: balanced accuracy, ROC AUC). */
  minPositives?: number | undefined
  /** Fewest negative labels a group needs for FPR, TNR (and balanced accuracy, ROC AUC). */
  minNegatives?: number | undefined
  /** The confidence level of the closed-form intervals (Wilson, DeLong); none when absent. */
  level?: number | undefined
  /** Binned columns' labels in bin order (`bins`): their groups are listed in this order, not by value. */
  binLabels?: Readonly<Record<string, readonly string[]>> | undefined
}

interface CellMetrics extends MetricValues {
  ci?: Partial<Record<BaseMetric, Interval>>
  aucSe?: number
}

function metricsOf(cell: GroupCell, options: TableOptions): CellMetrics {
  const m: CellMetrics = computeMetrics(cell, options.zeroDivision, cell.sketch?.auc(), cell.weights?.rows)
  if (options.level === undefined) return m
  const z = zFor(options.level)
  m.ci = wilsonIntervals(cell, z, cell.weights?.squares, cell.weights?.rows)
  for (const k of Object.keys(m.ci) as BaseMetric[]) if (m.values[k] === null) m.ci[k] = null
  if (cell.sketch) {
    const d = cell.sketch.delong()
    m.ci.roc_auc = d ? normalInterval(d.auc, d.se, z) : null
    if (d) m.aucSe = d.se
  }
  return m
}

function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]])
}

/** What joins an intersection's values in its display key. */
const KEY_SEPARATOR = ' | '
/** A value in a key that must be told apart: `\` and `|` written `\\` and `\|`. */
const escapeKeyValue = (v: string): string => v.replace(/[\\|]/g, (c) => `\\${c}`)

/** Computes the overall and per-group metrics of every grouping. */
export function computeMetricTable(acc: GroupAccumulator, options: TableOptions): MetricTable {
  const overallMetrics = metricsOf(acc.overall, options)
  const overallWeights = weightsOf(acc.overall)
  const overall: OverallResult = {
    counts: pickCounts(acc.overall),
    ...(overallWeights ? { weights: overallWeights } : {}),
    metrics: overallMetrics.values,
    undefined: overallMetrics.undefined,
    ...(overallMetrics.ci ? { ci: overallMetrics.ci } : {}),
  }
  const groupings = acc.groupings.map((grouping, g): GroupingResult => {
    const cells = acc.cells[g] as Map<string, GroupCell>
    const columns = grouping.columns
    const perColumn = columns.map((column, i) => {
      const seen = new Set<string>()
      for (const cell of cells.values()) seen.add(cell.values[i] as string)
      const sorted = [...seen]
      const bins = options.binLabels && Object.hasOwn(options.binLabels, column) ? options.binLabels[column] : undefined
      sorted.sort(bins ? binOrder(bins) : makeValueComparator(sorted))
      return sorted
    })
    const combos = columns.length === 1 ? (perColumn[0] as string[]).map((v) => [v]) : cartesian(perColumn)
    const groups = combos.map((values): GroupResult => {
      const group = Object.fromEntries(columns.map((c, i) => [c, values[i] as string]))
      const key = values.join(KEY_SEPARATOR)
      const cell = cells.get(groupKey(values))
      if (!cell) {
        const metrics = Object.fromEntries(BASE_METRICS.map((m) => [m, m === 'count' ? 0 : null])) as Record<
          BaseMetric,
          number | null
        >
        const undef = Object.fromEntries(
          BASE_METRICS.filter((m) => m !== 'count').map((m) => [m, 'no rows in this combination']),
        )
        return {
          key,
          group,
          values,
          present: false,
          counts: { tp: 0, fp: 0, tn: 0, fn: 0 },
          metrics,
          undefined: undef,
          sufficient: false,
          insufficientReason: 'no rows in this combination',
        }
      }
      const m = metricsOf(cell, options)
      const n = m.values.count as number
      const weights = weightsOf(cell)
      const size = weights ? weights.nEff : n
      const sufficient = size >= options.minGroupSize
      const short = shortOf(cell, options)
      return {
        key,
        group,
        values,
        present: true,
        counts: pickCounts(cell),
        ...(weights ? { weights } : {}),
        metrics: m.values,
        undefined: m.undefined,
        sufficient,
        ...(sufficient
          ? {}
          : {
              insufficientReason: weights
                ? `effective size ${effective(size)} (Kish, of ${n} weighted rows), below min_group_size ${options.minGroupSize}`
                : `${n} rows, below min_group_size ${options.minGroupSize}`,
            }),
        ...(short ? { insufficientFor: short } : {}),
        ...(m.ci ? { ci: m.ci } : {}),
        ...(m.aucSe !== undefined ? { aucSe: m.aucSe } : {}),
      }
    })
    return { columns: [...columns], groups: columns.length > 1 ? withDistinctKeys(groups) : groups }
  })
  return { rows: acc.rows, overall, groupings }
}

/**
 * An intersection's display keys, made distinct. Joined plainly, `('a | b', 'c')` and
 * `('a', 'b | c')` both read `a | b | c`; the key names a group in every report (JSON,
 * terminal, markdown, chart) and finds it again (baseline, reference, gates). When two keys of
 * a grouping coincide, every key of that grouping writes `\` and `|` inside values as `\\` and
 * `\|` (`a \| b | c`, `a | b \| c`), which is one-to-one; otherwise keys stay as fairlearn
 * prints them, byte for byte.
 */
function withDistinctKeys(groups: GroupResult[]): GroupResult[] {
  const keys = new Set(groups.map((g) => g.key))
  if (keys.size === groups.length) return groups
  return groups.map((g) => ({ ...g, key: g.values.map(escapeKeyValue).join(KEY_SEPARATOR) }))
}

/** The metrics that read the positives' or the negatives' count as their denominator (from the catalog). */
export const POSITIVE_METRICS: readonly BaseMetric[] = BASE_METRICS.filter((m) => classesOf(m).positives)
export const NEGATIVE_METRICS: readonly BaseMetric[] = BASE_METRICS.filter((m) => classesOf(m).negatives)

/**
 * The metrics a group has too few positive or negative labels for. With sample weights the
 * bound applies to the class's Kish effective size, as `min_group_size` does to the group's.
 */
function shortOf(c: GroupCell, options: TableOptions): Partial<Record<BaseMetric, string>> | undefined {
  const out: Partial<Record<BaseMetric, string>> = {}
  const w = c.weights
  const pos = w ? kishSize(c.tp + c.fn, w.squares.tp + w.squares.fn, w.rows.tp + w.rows.fn) : c.tp + c.fn
  const neg = w ? kishSize(c.fp + c.tn, w.squares.fp + w.squares.tn, w.rows.fp + w.rows.tn) : c.fp + c.tn
  const what = (n: number, kind: string): string =>
    w ? `effective size ${effective(n)} (Kish) of the ${kind} labels` : `${n} ${kind} labels`
  if (options.minNegatives !== undefined && neg < options.minNegatives)
    for (const m of NEGATIVE_METRICS) out[m] = `${what(neg, 'negative')}, below min_negatives ${options.minNegatives}`
  if (options.minPositives !== undefined && pos < options.minPositives)
    for (const m of POSITIVE_METRICS) out[m] = `${what(pos, 'positive')}, below min_positives ${options.minPositives}`
  return Object.keys(out).length > 0 ? out : undefined
}

/** An effective size as a message shows it: two decimals at most. */
function effective(n: number): string {
  return String(Math.round(n * 100) / 100)
}

/** A weighted cell's rows, squares, weight and Kish effective size; nothing for an unweighted one. */
function weightsOf(c: GroupCell): GroupWeights | undefined {
  const w = c.weights
  if (!w) return undefined
  const weightSum = c.tp + c.fp + c.tn + c.fn
  const squares = w.squares.tp + w.squares.fp + w.squares.tn + w.squares.fn
  return {
    rows: { ...w.rows },
    squares: { ...w.squares },
    weightSum,
    nEff: kishSize(weightSum, squares, w.rows.tp + w.rows.fp + w.rows.tn + w.rows.fn),
  }
}

function pickCounts(c: Confusion): Confusion {
  return { tp: c.tp, fp: c.fp, tn: c.tn, fn: c.fn }
}
