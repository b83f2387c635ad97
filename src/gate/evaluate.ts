/**
 * Gates → verdict. Each gate resolves to one result per scope (the overall value, or one
 * attribute/intersection), with the value, the threshold, the groups responsible, and a
 * status: pass, warn, fail, or insufficient when the value does not exist or too few
 * groups have enough data to compare.
 */
import type { GateConfig, InsufficientPolicy, Level } from '../config/types.js'
import { resolveMetricName } from '../config/metric-names.js'
import { computeAggregate, computeFairnessAggregate, participatingValues, type Aggregate, type DisparityInput } from '../fairness/disparities.js'
import type { BaseMetric } from '../stats/metrics.js'
import type { GroupingResult, MetricTable } from '../stats/table.js'

export type GateStatus = 'pass' | 'warn' | 'fail' | 'insufficient'

export interface GateResult {
  /** The metric as the config names it. */
  metric: string
  name?: string | undefined
  /** null for an overall gate; one column, or a list for an intersection. */
  attribute: string | string[] | null
  method?: string | undefined
  each_group: boolean
  value: number | null
  threshold: { min?: number; max?: number }
  status: GateStatus
  level: Level
  /** What the status means for the verdict, after the `insufficient` policy. */
  effect: 'pass' | 'warn' | 'fail'
  message: string
  /** The groups behind the value (the two ends of a gap, the breaching groups of an each_group gate). */
  groups: string[]
  skipped: { group: string; reason: string }[]
  /** The gate's line in the config, for annotations. */
  line: number
}

export interface GateOptions {
  zeroDivision: 'undefined' | 'fairlearn'
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toPrecision(4).replace(/\.?0+$/, ''))

function thresholdOf(b: { min?: number | undefined; max?: number | undefined }): { min?: number; max?: number } {
  const t: { min?: number; max?: number } = {}
  if (b.min !== undefined) t.min = b.min
  if (b.max !== undefined) t.max = b.max
  return t
}

/** Describes how a value breaches the bounds, or null when it does not. */
export function breach(value: number, t: { min?: number; max?: number }): string | null {
  if (t.max !== undefined && value > t.max) return `above max ${fmt(t.max)}`
  if (t.min !== undefined && value < t.min) return `below min ${fmt(t.min)}`
  return null
}

function thresholdText(t: { min?: number; max?: number }): string {
  const parts: string[] = []
  if (t.min !== undefined) parts.push(`≥ ${fmt(t.min)}`)
  if (t.max !== undefined) parts.push(`≤ ${fmt(t.max)}`)
  return parts.join(' and ')
}

function effectOf(status: GateStatus, level: Level, policy: InsufficientPolicy): 'pass' | 'warn' | 'fail' {
  if (status === 'pass') return 'pass'
  if (status === 'warn') return 'warn'
  if (status === 'fail') return 'fail'
  if (policy === 'pass') return 'pass'
  if (policy === 'fail') return level === 'error' ? 'fail' : 'warn'
  return 'warn'
}

function scopeLabel(attribute: string[] | null): string {
  return attribute === null ? 'overall' : attribute.join(' × ')
}

/** Evaluates every gate of an audit against its metric table. */
export function evaluateGates(gates: readonly GateConfig[], table: MetricTable, options: GateOptions): GateResult[] {
  return gates.flatMap((gate) => evaluateGate(gate, table, options))
}

function scopes(gate: GateConfig, table: MetricTable): GroupingResult[] {
  if (gate.attribute) {
    const want = gate.attribute
    return table.groupings.filter((g) => g.columns.length === want.length && g.columns.every((c, i) => c === want[i]))
  }
  return table.groupings.filter((g) => g.columns.length === 1)
}

export function evaluateGate(gate: GateConfig, table: MetricTable, options: GateOptions): GateResult[] {
  const resolved = resolveMetricName(gate.metric)
  if (!resolved) throw new Error(`unknown metric ${gate.metric}: the config loader should have rejected it`)
  const base = {
    metric: gate.metric,
    name: gate.name,
    level: gate.level,
    line: gate.pos.line,
  }
  const finish = (r: Omit<GateResult, 'effect' | 'metric' | 'name' | 'level' | 'line'>): GateResult => ({
    ...base,
    ...r,
    effect: effectOf(r.status, gate.level, gate.insufficient),
  })
  const statusFor = (value: number, t: { min?: number; max?: number }): GateStatus => (breach(value, t) === null ? 'pass' : gate.level === 'error' ? 'fail' : 'warn')

  if (resolved.type === 'base' && !gate.each_group) {
    const t = thresholdOf(gate)
    const value = table.overall.metrics[resolved.metric]
    if (value === null) {
      return [finish({ attribute: null, each_group: false, value, threshold: t, status: 'insufficient', message: `${gate.metric} overall is undefined (${table.overall.undefined[resolved.metric] ?? 'no value'})`, groups: [], skipped: [] })]
    }
    const b = breach(value, t)
    return [
      finish({
        attribute: null,
        each_group: false,
        value,
        threshold: t,
        status: statusFor(value, t),
        message: `${gate.metric} overall is ${fmt(value)}${b ? `, ${b}` : `, within ${thresholdText(t)}`}`,
        groups: [],
        skipped: [],
      }),
    ]
  }

  return scopes(gate, table).map((grouping): GateResult => {
    const attribute = grouping.columns.length === 1 ? (grouping.columns[0] as string) : [...grouping.columns]
    const label = scopeLabel(grouping.columns)
    const inputFor = (metric: BaseMetric): DisparityInput => ({ groups: grouping.groups, metric, overall: table.overall.metrics[metric] })

    if (resolved.type === 'base') {
      const t = thresholdOf(gate.each_group ?? {})
      const { points, skipped } = participatingValues(grouping.groups, resolved.metric)
      if (points.length === 0) {
        return finish({ attribute, each_group: true, value: null, threshold: t, status: 'insufficient', message: `no group of ${label} has a defined ${gate.metric} with enough data`, groups: [], skipped })
      }
      const breaching = points.filter((p) => breach(p.value, t) !== null)
      // The value shown is the worst group's: the one furthest past (or nearest to) the bound.
      const worst = points.reduce((w, p) => {
        const score = (x: number): number => Math.max(t.max !== undefined ? x - t.max : -Infinity, t.min !== undefined ? t.min - x : -Infinity)
        return score(p.value) > score(w.value) ? p : w
      })
      const status: GateStatus = breaching.length === 0 ? 'pass' : gate.level === 'error' ? 'fail' : 'warn'
      const message =
        breaching.length === 0
          ? `every group of ${label} has ${gate.metric} ${thresholdText(t)} (worst: ${worst.key} ${fmt(worst.value)})`
          : `${breaching.length} group(s) of ${label} breach ${gate.metric} ${thresholdText(t)}: ${breaching.map((p) => `${p.key} ${fmt(p.value)}`).join(', ')}`
      return finish({ attribute, each_group: true, value: worst.value, threshold: t, status, message, groups: breaching.length ? breaching.map((p) => p.key) : [worst.key], skipped })
    }

    const t = thresholdOf(gate)
    let agg: Aggregate
    if (resolved.type === 'aggregate') agg = computeAggregate(inputFor(resolved.metric), resolved.kind, gate.method)
    else agg = computeFairnessAggregate(resolved.name, inputFor, gate.method, gate.agg, options.zeroDivision === 'fairlearn')

    const comparing = resolved.type === 'fairness' || resolved.kind === 'difference' || resolved.kind === 'ratio'
    const sufficientGroups = grouping.groups.filter((g) => g.present && g.sufficient).length
    const methodNote = comparing && gate.method !== 'between_groups' ? ` (${gate.method})` : ''
    if (comparing && sufficientGroups < 2) {
      return finish({ attribute, method: gate.method, each_group: false, value: agg.value, threshold: t, status: 'insufficient', message: `${gate.metric} for ${label} needs at least two groups with enough data; found ${sufficientGroups}`, groups: agg.groups, skipped: agg.skipped })
    }
    if (agg.value === null) {
      return finish({ attribute, method: gate.method, each_group: false, value: null, threshold: t, status: 'insufficient', message: `${gate.metric}${methodNote} for ${label} is undefined: ${agg.reason ?? 'no value'}`, groups: agg.groups, skipped: agg.skipped })
    }
    const b = breach(agg.value, t)
    const behind = agg.groups.length === 2 ? ` (${agg.groups[0]} vs ${agg.groups[1]})` : agg.groups.length === 1 ? ` (${agg.groups[0]})` : ''
    return finish({
      attribute,
      method: comparing ? gate.method : undefined,
      each_group: false,
      value: agg.value,
      threshold: t,
      status: statusFor(agg.value, t),
      message: `${gate.metric}${methodNote} for ${label} is ${fmt(agg.value)}${behind}${b ? `, ${b}` : `, within ${thresholdText(t)}`}`,
      groups: agg.groups,
      skipped: agg.skipped,
    })
  })
}
