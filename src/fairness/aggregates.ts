/**
 * Disparities across the groups of one grouping: extremes, differences and ratios
 * (between groups, to overall, to a reference group), and fairlearn's named aggregates.
 *
 * Groups whose value is null (undefined rate, absent combination) or that are marked
 * insufficient are skipped and named in `skipped`, so a gate never rests on a number
 * that does not exist and a report always says what it left out.
 */
import { metricIndex, type ReplicateBlock, type ValueStatistic } from '../stats/bootstrap.js'
import { combinePartColumns, SUMMARY, summarizeColumns, toReferenceColumn } from '../stats/kernels.js'
import {
  columnOf,
  FAIRNESS_AGGREGATES,
  fixedMethod,
  metricSpec,
  type BaseMetric,
  type FairnessAggregate,
  type Kind,
  type Method,
} from '../stats/catalog.js'
import type { GroupResult } from '../stats/table.js'

export type { FairnessAggregate, Kind, Method } from '../stats/catalog.js'
export { FAIRNESS_AGGREGATES, fixedMethod } from '../stats/catalog.js'

export interface Aggregate {
  value: number | null
  /** The groups that produced the value: [min, max] for a gap, the worst group against overall or reference. */
  groups: string[]
  /** Groups left out, with why. */
  skipped: { group: string; reason: string }[]
  reason?: string
}

interface Point {
  key: string
  value: number
}

type Participating = { points: Point[]; skipped: Aggregate['skipped'] }

// A table's group list is never changed once built, so the participating values of one metric
// are computed once per list, not once per aggregate. Only the last list's are kept: the
// disparities go grouping by grouping, and every list's kept for the table's lifetime (a
// WeakMap keyed by the list) held a point per group and metric, 15 MB of the 20,000 groups of
// 32 attributes, to the audit's end. Another list (a gate's) is computed again: one pass over
// its groups.
let cachedGroups: readonly GroupResult[] | undefined
let cachedByMetric = new Map<BaseMetric, Participating>()

/** Values of the groups that take part, and the ones skipped with reasons. The result is shared: do not modify it. */
export function participatingValues(groups: readonly GroupResult[], metric: BaseMetric): Participating {
  if (cachedGroups !== groups) {
    cachedGroups = groups
    cachedByMetric = new Map()
  }
  let p = cachedByMetric.get(metric)
  if (!p) {
    p = collectParticipating(groups, metric)
    cachedByMetric.set(metric, p)
  }
  return p
}

function collectParticipating(groups: readonly GroupResult[], metric: BaseMetric): Participating {
  const points: Point[] = []
  const skipped: Aggregate['skipped'] = []
  for (const g of groups) {
    if (!g.present) continue
    const v = g.metrics[metric]
    const short = g.insufficientFor?.[metric]
    if (!g.sufficient) skipped.push({ group: g.key, reason: g.insufficientReason ?? 'insufficient data' })
    else if (short !== undefined) skipped.push({ group: g.key, reason: short })
    else if (v === null || Number.isNaN(v)) skipped.push({ group: g.key, reason: g.undefined[metric] ?? 'undefined' })
    else points.push({ key: g.key, value: v })
  }
  return { points, skipped }
}

function extremes(points: Point[]): { min: Point; max: Point } | null {
  if (points.length === 0) return null
  let min = points[0] as Point
  let max = min
  for (const p of points) {
    if (p.value < min.value) min = p
    if (p.value > max.value) max = p
  }
  return { min, max }
}

/** fairlearn's ratio to a single value: x/y folded below 1; 0/0 is NaN, x/0 is 0. */
function foldedRatio(x: number, y: number): number {
  const r = x / y
  return r < 1 ? r : 1 / r
}

export interface DisparityInput {
  groups: readonly GroupResult[]
  metric: BaseMetric
  overall: number | null
  /** The reference group's key and value, for `to_reference`. */
  reference?: { key: string; value: number | null } | undefined
}

/** Computes one aggregate of one metric over one grouping. */
export function computeAggregate(input: DisparityInput, kind: Kind, method: Method = 'between_groups'): Aggregate {
  const shared = participatingValues(input.groups, input.metric)
  const points = shared.points
  const skipped = [...shared.skipped]
  const ext = extremes(points)
  const none = (reason: string): Aggregate => ({ value: null, groups: [], skipped, reason })
  if (!ext) return none(points.length === 0 && skipped.length > 0 ? 'every group was skipped' : 'no groups')

  if (kind === 'group_min') return { value: ext.min.value, groups: [ext.min.key], skipped }
  if (kind === 'group_max') return { value: ext.max.value, groups: [ext.max.key], skipped }

  if (method === 'between_groups') {
    if (kind === 'difference')
      return { value: ext.max.value - ext.min.value, groups: [ext.min.key, ext.max.key], skipped }
    const r = ext.min.value / ext.max.value
    if (Number.isNaN(r)) return { ...none('every group is 0, so the ratio is 0/0'), groups: [ext.min.key, ext.max.key] }
    return { value: r, groups: [ext.min.key, ext.max.key], skipped }
  }

  let target: number | null
  let targetName: string
  if (method === 'to_overall') {
    target = input.overall
    targetName = 'overall'
  } else {
    if (!input.reference) return none('no reference group')
    target = input.reference.value
    targetName = `reference ${input.reference.key}`
  }
  if (target === null) {
    // A reference group that is there but left out (too small, short of a class) is named with why, not called undefined.
    const left = method === 'to_reference' ? skipped.find((x) => x.group === input.reference?.key) : undefined
    return none(left ? `the ${targetName} is left out: ${left.reason}` : `the ${targetName} value is undefined`)
  }

  let worst: Point | null = null
  let worstValue = kind === 'difference' ? -Infinity : Infinity
  for (const p of points) {
    if (kind === 'difference') {
      const d = Math.abs(p.value - target)
      if (d > worstValue) {
        worstValue = d
        worst = p
      }
    } else {
      const r = foldedRatio(p.value, target)
      if (!Number.isNaN(r) && r < worstValue) {
        worstValue = r
        worst = p
      }
    }
  }
  if (!worst) return none(`every ratio to the ${targetName} value is 0/0`)
  return { value: worstValue, groups: [worst.key], skipped }
}

export type EqualizedOddsAgg = 'worst_case' | 'mean'

/**
 * Computes a named fairness aggregate.
 *
 * Equalized odds combines the TPR and FPR aggregates: the worst of the two (`worst_case`,
 * fairlearn's default) or their mean. In `fairlearnNaN` mode the combination follows
 * Python's builtin max/min over [tpr, fpr] exactly (a NaN first wins, a NaN second is
 * ignored); otherwise an undefined part makes the whole undefined.
 */
export function computeFairnessAggregate(
  name: FairnessAggregate,
  inputs: (metric: BaseMetric) => DisparityInput,
  method: Method,
  agg: EqualizedOddsAgg,
  fairlearnNaN: boolean,
): Aggregate & { parts: Partial<Record<BaseMetric, Aggregate>> } {
  const spec = FAIRNESS_AGGREGATES[name]
  const how = fixedMethod(name) ?? method
  const partRecord: Partial<Record<BaseMetric, Aggregate>> = {}
  const partList: Aggregate[] = []
  for (const m of spec.parts) {
    const a = computeAggregate(inputs(m), spec.kind, how)
    partRecord[m] = a
    partList.push(a)
  }
  if (partList.length === 1) return { ...(partList[0] as Aggregate), parts: partRecord }

  const [tpr, fpr] = partList as [Aggregate, Aggregate]
  const [tprName, fprName] = spec.parts.map((m) => metricSpec(m).label) as [string, string]
  // One set of the first part's skipped groups, not a search per group (quadratic in groups).
  const skippedFirst = new Set(tpr.skipped.map((t) => t.group))
  const skipped = [...tpr.skipped, ...fpr.skipped.filter((s) => !skippedFirst.has(s.group))]
  if (combineOf(name, agg) === 'mean') {
    const defined = partList.filter((a) => a.value !== null)
    // fairlearn takes a pandas mean, which skips a NaN part (and is NaN only when both are).
    if (defined.length === 2 || (fairlearnNaN && defined.length === 1)) {
      const value = defined.reduce((s, a) => s + (a.value as number), 0) / defined.length
      return { value, groups: unique(defined.flatMap((a) => a.groups)), skipped, parts: partRecord }
    }
    return { value: null, groups: [], skipped, reason: undefinedParts(tprName, tpr, fprName, fpr), parts: partRecord }
  }
  const better = spec.kind === 'difference' ? (a: number, b: number) => b > a : (a: number, b: number) => b < a
  if (fairlearnNaN) {
    if (tpr.value === null) return { ...tpr, skipped, parts: partRecord }
    if (fpr.value === null) return { ...tpr, skipped, parts: partRecord }
  } else if (tpr.value === null || fpr.value === null) {
    return { value: null, groups: [], skipped, reason: undefinedParts(tprName, tpr, fprName, fpr), parts: partRecord }
  }
  const pick = better(tpr.value, fpr.value as number) ? fpr : tpr
  return { ...pick, skipped, parts: partRecord }
}

/** Why a two-part combination (equalized odds) is undefined: which part is, and that part's own reason. */
function undefinedParts(firstName: string, first: Aggregate, secondName: string, second: Aggregate): string {
  const why = (name: string, a: Aggregate): string => `the ${name} part is undefined${a.reason ? ` (${a.reason})` : ''}`
  const parts = [
    first.value === null ? why(firstName, first) : null,
    second.value === null ? why(secondName, second) : null,
  ].filter((x) => x !== null)
  return parts.join('; ')
}

/** How a two-part aggregate's parts combine: its own rule (average odds: always the mean), or the gate's `agg`. */
function combineOf(name: FairnessAggregate, agg: EqualizedOddsAgg): EqualizedOddsAgg {
  return FAIRNESS_AGGREGATES[name].combine === 'mean' ? 'mean' : agg
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}

/**
 * The groups that take part in a metric's aggregates (present, sufficient, enough of the class
 * the metric needs), and the column the metric's values are in: recall is the true positive
 * rate under another name, so its statistics are the TPR's, computed once.
 */
function participation(
  groups: readonly GroupResult[],
  metric: BaseMetric,
): { eligible: Uint8Array; column: BaseMetric; id: string } {
  const eligible = Uint8Array.from(groups, (g) =>
    g.present && g.sufficient && g.insufficientFor?.[metric] === undefined ? 1 : 0,
  )
  const column = columnOf(metric)
  // Two statistics are the same when they read the same column over the same groups.
  return { eligible, column, id: `${column} over ${eligible.join('')}` }
}

/**
 * One pass over the columns of a metric (summarizeColumns): per replicate, over the eligible
 * groups defined there, the smallest and the largest value, their difference and ratio, the
 * largest |value − overall| and the smallest folded value/overall ratio. Every group_min,
 * group_max, between-groups and to-overall statistic of the metric reads these arrays, so a
 * block reads the metric's columns once.
 */
function summarize(block: ReplicateBlock, p: ReturnType<typeof participation>): void {
  const R = block.replicates
  const m = metricIndex(p.column)
  const into = SUMMARY.map(() => block.alloc())
  summarizeColumns(
    block.group.subarray(m * block.groups * R, (m + 1) * block.groups * R),
    block.overallColumn(m),
    p.eligible,
    R,
    into,
  )
  SUMMARY.forEach((name, k) => block.remember(`${p.id}: ${name}`, into[k] as Float64Array))
}

/** The worst group per replicate against the reference group's value: the largest |value − reference|, or the smallest folded ratio (in WebAssembly, `toReferenceColumn`). */
function toGroup(
  block: ReplicateBlock,
  p: ReturnType<typeof participation>,
  ref: number,
  difference: boolean,
): Float64Array {
  const R = block.replicates
  const out = block.alloc()
  if (ref < 0 || p.eligible[ref] === 0) return out.fill(Number.NaN)
  const m = metricIndex(p.column)
  toReferenceColumn(
    block.group.subarray(m * block.groups * R, (m + 1) * block.groups * R),
    p.eligible,
    R,
    ref,
    difference,
    out,
  )
  return out
}

/**
 * `computeAggregate(…).value` as a statistic over bootstrap replicates (NaN for null): the
 * same participating groups (present, sufficient for the metric, defined in the replicate),
 * the same extremes, the same 0/0 rules, the reference group fixed by key. It reads whole
 * columns, not objects, because it runs over thousands of replicates; a property test checks
 * it against computeAggregate on random tables.
 */
export function aggregateStatistic(
  groups: readonly GroupResult[],
  metric: BaseMetric,
  kind: Kind,
  method: Method = 'between_groups',
  referenceKey?: string | null,
): ValueStatistic {
  const p = participation(groups, metric)
  const summarized = (name: (typeof SUMMARY)[number]): ValueStatistic => ({
    key: `${p.id}: ${name}`,
    compute: (block) => {
      summarize(block, p)
      return block.valuesOf(summarized(name))
    },
  })
  if (kind === 'group_min' || kind === 'group_max') return summarized(kind)
  if (method === 'between_groups') return summarized(`${kind} between_groups`)
  if (method === 'to_overall') return summarized(`${kind} to_overall`)
  const ref = referenceKey === undefined || referenceKey === null ? -1 : groups.findIndex((g) => g.key === referenceKey)
  return {
    key: `${p.id}: ${kind} to_reference ${ref}`,
    compute: (block) => toGroup(block, p, ref, kind === 'difference'),
  }
}

/** `computeFairnessAggregate(…).value` as a replicate statistic, from its parts' statistics. */
export function fairnessStatistic(
  name: FairnessAggregate,
  groups: readonly GroupResult[],
  method: Method,
  agg: EqualizedOddsAgg,
  fairlearnNaN: boolean,
  referenceKeys: Partial<Record<BaseMetric, string | null>> = {},
): ValueStatistic {
  const spec = FAIRNESS_AGGREGATES[name]
  const how = fixedMethod(name) ?? method
  const parts = spec.parts.map((m) => aggregateStatistic(groups, m, spec.kind, how, referenceKeys[m]))
  if (parts.length === 1) return parts[0] as ValueStatistic
  const [tprOf, fprOf] = parts as [ValueStatistic, ValueStatistic]
  const difference = spec.kind === 'difference'
  const combine = combineOf(name, agg)
  return {
    key: `${name}: ${combine} of ${tprOf.key} and ${fprOf.key}${fairlearnNaN ? ' (fairlearn NaN)' : ''}`,
    compute: (block) => {
      const tprs = block.valuesOf(tprOf)
      const fprs = block.valuesOf(fprOf)
      const out = block.alloc()
      combinePartColumns(tprs, fprs, combine === 'mean', fairlearnNaN, difference, out)
      return out
    },
  }
}
