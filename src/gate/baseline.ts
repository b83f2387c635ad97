/**
 * Regression against a baseline: a previous run's JSON report is the whole baseline (no
 * second pass over old data). `applyBaseline` adds each value's change (overall, per group,
 * per disparity, per gate) and evaluates the gates' `max_increase`, `max_decrease` and
 * `max_relative_change`. A missing baseline, or one without an audit or a value, is
 * reported in the result and never throws: the first run on a branch has no baseline.
 */
import { resolveMetricName } from '../stats/catalog.js'
import { judgeEachLevel } from './control.js'

export { parseBaseline } from '../report/check.js'
export type { AuditBaselineStatus, BaselineStatus } from '../report/types.js'
import type {
  AuditBaselineStatus,
  AuditReport,
  BaselineStatus,
  ControlLevelReport,
  DisparityReport,
  GroupReport,
  Report,
} from '../report/types.js'
import type { Interval } from '../stats/intervals.js'
import type { BaseMetric } from '../stats/catalog.js'
import {
  changeThreshold,
  effectOf,
  fmt,
  judge,
  NO_BASELINE,
  statusOfVerdict,
  summarizeGates,
  type Delta,
  type GateResult,
  type GateStatus,
} from './evaluate.js'

/** The change from `base` to `current`, and whether `base` is outside `current`'s interval. */
export function deltaOf(current: number | null, base: number | null | undefined, ci?: Interval): Delta {
  const b = base ?? null
  const change = current !== null && b !== null ? current - b : null
  return {
    baseline: b,
    change,
    relative_change: change !== null && b !== null && b !== 0 ? change / Math.abs(b) : null,
    outside_interval: ci && b !== null ? b < ci[0] || b > ci[1] : null,
  }
}

/**
 * One key for a tuple of JSON values, equal exactly when every part is (`undefined` apart from
 * `null`): JSON text has no raw newline, and `~` alone is no JSON text.
 */
const keyOf = (...parts: unknown[]): string => parts.map((p) => (p === undefined ? '~' : JSON.stringify(p))).join('\n')

/**
 * What an attribute is matched on: a column, or an intersection's columns as a set (sorted), so
 * `[h, g]` in one report is `[g, h]` in another (red team 40 R40-14: reordering `intersections`
 * unmatched every baseline and history value of it).
 */
const attributeOf = (a: string | string[] | null): string | string[] | null => (Array.isArray(a) ? [...a].sort() : a)

/** What a disparity (or a gate's disparity fallback) is matched on: its metric, attribute (`attributeOf`) and method. */
const disparityKey = (metric: string, attribute: string | string[] | null, method: string | null | undefined): string =>
  keyOf(metric, attributeOf(attribute), method ?? null)

/** What a group is matched on: its attribute and its key, an intersection's group by its value in each column. */
function groupKeyOf(g: Pick<GroupReport, 'attribute' | 'group' | 'key'>): string {
  if (!Array.isArray(g.attribute)) return keyOf(g.attribute, g.key)
  const columns = attributeOf(g.attribute) as string[]
  return keyOf(
    columns,
    columns.map((c) => (Object.hasOwn(g.group, c) ? g.group[c] : null)),
  )
}

/** The first item of each key, as `find` would return it. */
function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>()
  for (const item of items) {
    const k = key(item)
    if (!out.has(k)) out.set(k, item)
  }
  return out
}

/**
 * A baseline audit indexed once by what each value is matched on, so the comparison is linear
 * in the groups, gates and disparities of both reports (the baseline is as large as a pull
 * request makes it).
 */
export interface BaselineIndex extends ValuesIndex {
  audit: AuditReport
  gates: Map<string, GateResult>
}

/**
 * A gate is matched on its metric, attribute or intersection, method, `each_group` and `agg` (an
 * `agg: mean` equalized-odds gate is another number than the worst case: red team 40 R40-1). A
 * gate of a controlled audit is matched with the baseline's gate of the same control level
 * when it names one (`control_level`), and with the baseline's worst-level gate when it takes
 * the worst level: each level's value is then judged against that gate's value in the same
 * level (`judgeEachLevel`); for a report read back, or against a history, the worst level's value
 * against the worst level's value, whichever level each was.
 */
const gateKey = (g: Pick<GateResult, 'metric' | 'attribute' | 'method' | 'agg' | 'each_group' | 'control'>): string =>
  g.control
    ? keyOf(
        g.metric,
        attributeOf(g.attribute),
        g.method ?? null,
        g.agg ?? null,
        g.each_group,
        g.control.chosen === 'named' ? g.control.level : null,
      )
    : keyOf(g.metric, attributeOf(g.attribute), g.method ?? null, g.agg ?? null, g.each_group)

/** The groups and disparities of an audit, or of one control level, indexed for matching. */
export interface ValuesIndex {
  groups: Map<string, GroupReport>
  /** By metric, attribute and method, a missing method as null (a gate's fallback). */
  disparities: Map<string, DisparityReport>
  /** By metric, attribute and method exactly (a disparity's own delta). */
  disparitiesExact: Map<string, DisparityReport>
}

function indexValues(v: { groups: readonly GroupReport[]; disparities: readonly DisparityReport[] }): ValuesIndex {
  return {
    groups: firstByKey(v.groups, groupKeyOf),
    disparities: firstByKey(v.disparities, (d) => disparityKey(d.metric, d.attribute, d.method)),
    disparitiesExact: firstByKey(v.disparities, (d) => keyOf(d.metric, attributeOf(d.attribute), d.method)),
  }
}

export function indexBaseline(audit: AuditReport): BaselineIndex {
  return { audit, gates: firstByKey(audit.gates, gateKey), ...indexValues(audit) }
}

/** What `baselineValueOf` reads of an index. */
export type GateValueIndex = Pick<BaselineIndex, 'audit' | 'gates' | 'disparities'>

/**
 * The index `baselineValueOf` needs, for a report read only for its gates' values (a history
 * report): no groups, and the disparities indexed only once a gate is not matched by a gate.
 * 20 history reports of 50 audits × 60 gates indexed every group and disparity twice each
 * (red team 8 R8-7).
 */
export function indexGateValues(audit: AuditReport): GateValueIndex {
  let disparities: Map<string, DisparityReport> | undefined
  return {
    audit,
    gates: firstByKey(audit.gates, gateKey),
    get disparities() {
      return (disparities ??= firstByKey(audit.disparities, (d) => disparityKey(d.metric, d.attribute, d.method)))
    },
  }
}

/** The key a gate is matched on (`baselineValueOf`), for a caller matching one gate in many reports. */
export const gateKeyOf = gateKey

/** A controlled gate's baseline value when the baseline has no such gate: the same level's value, or the worst level's. */
function controlledBaselineValue(
  gate: GateResult,
  c: { name: string; base: BaseMetric | null },
  base: AuditReport,
): { value: number | null; found: boolean } {
  const control = gate.control as NonNullable<GateResult['control']>
  const none = { value: null, found: false }
  if (!base.control) return none
  if (control.chosen === 'named') {
    const level = base.control.levels.find((l) => l.level === control.level)
    if (!level) return none
    if (gate.attribute === null && c.base)
      return c.base in level.overall ? { value: level.overall[c.base], found: true } : none
    const want = disparityKey(c.name, gate.attribute, gate.method)
    const d = level.disparities.find((x) => disparityKey(x.metric, x.attribute, x.method) === want)
    return d ? { value: d.value, found: true } : none
  }
  const want = disparityKey(c.name, gate.attribute, gate.method)
  const w = base.control.worst.find((x) => disparityKey(x.metric, x.attribute, x.method) === want)
  return w ? { value: w.value, found: true } : none
}

/** The canonical name of a gate metric in the disparity list (`tpr_difference` → `true_positive_rate_difference`). */
function canonical(
  metric: string,
): { name: string; base: BaseMetric | null; type: 'base' | 'aggregate' | 'fairness' } | null {
  const r = resolveMetricName(metric)
  if (!r) return null
  if (r.type === 'base') return { name: r.metric, base: r.metric, type: 'base' }
  if (r.type === 'aggregate') return { name: `${r.metric}_${r.kind}`, base: r.metric, type: 'aggregate' }
  return { name: r.name, base: null, type: 'fairness' }
}

/** The baseline's value for a gate result: the same gate in the baseline, else the same disparity or overall value. */
export function baselineValueOf(
  gate: GateResult,
  index: GateValueIndex,
  key: string = gateKey(gate),
): { value: number | null; found: boolean } {
  const base = index.audit
  const same = index.gates.get(key)
  if (same) return { value: same.value, found: true }
  // The disparities (and a control level's) hold the worst case only: an `agg: mean` gate's value is its gate's alone.
  if (gate.agg === 'mean') return { value: null, found: false }
  const c = canonical(gate.metric)
  if (!c) return { value: null, found: false }
  if (gate.control) return controlledBaselineValue(gate, c, base)
  if (gate.attribute === null && c.base) {
    return c.base in base.overall ? { value: base.overall[c.base], found: true } : { value: null, found: false }
  }
  const d = index.disparities.get(disparityKey(c.name, gate.attribute, gate.method))
  return d ? { value: d.value, found: true } : { value: null, found: false }
}

function describeChange(change: NonNullable<GateResult['change']>): string {
  const parts: string[] = []
  if (change.max_increase !== undefined) parts.push(`max_increase ${fmt(change.max_increase)}`)
  if (change.max_decrease !== undefined) parts.push(`max_decrease ${fmt(change.max_decrease)}`)
  if (change.max_relative_change !== undefined) parts.push(`max_relative_change ${fmt(change.max_relative_change)}`)
  return parts.join(', ')
}

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${fmt(Math.abs(x))}`

const RANK: Record<GateStatus, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 }

/** How `judgeChange` words a gate's reference value: the baseline's, or the history's median. */
export interface ChangeWords {
  /** What the value is compared with, before its number: `the baseline`, `the median of 5 earlier runs`. */
  against: string
  /** Why there is no reference value, when there is none. */
  missing: string
  /** The message's suffix of a gate with change bounds only, before any comparison (`NO_BASELINE`). */
  pending: string
}

/**
 * Judges a gate's change bounds against a reference value (a baseline's value, or the median
 * of the history's): the worse of its own status and the change's; without a reference value
 * the change is `insufficient`, which the gate's `insufficient` policy turns into its effect.
 */
export function judgeChange(gate: GateResult, reference: number | null, words: ChangeWords): GateResult {
  const value = gate.value
  const change = gate.change
  if (!change || value === null) return gate
  const hasBounds = gate.threshold.min !== undefined || gate.threshold.max !== undefined
  let status: GateStatus
  let note: string
  if (reference === null) {
    status = 'insufficient'
    note = `${words.missing}, so ${describeChange(change)} was not checked`
  } else {
    const t = changeThreshold(reference, change)
    const j = judge(value, gate.ci ?? undefined, t, gate.on ?? 'point')
    const d = value - reference
    status = statusOfVerdict(j.verdict, gate.level)
    const straddle =
      j.verdict === 'straddle'
        ? ', but the interval straddles the limit: the data cannot tell'
        : j.verdict === 'breach' && gate.on === 'interval'
          ? ', and so does the whole interval'
          : ''
    note = `${signed(d)} against ${words.against} ${fmt(reference)} (${j.verdict === 'pass' ? 'within' : 'beyond'} ${describeChange(change)})${straddle}`
  }
  // A gate that has only change bounds takes the change's status; one with both takes the worse,
  // an unchecked change bound (`insufficient`) included, so its `insufficient` policy applies to
  // it as to a gate with change bounds only (red team 40 R40-6: `insufficient: fail` passed).
  const combined = !hasBounds ? status : RANK[status] > RANK[gate.status] ? status : gate.status
  const head =
    !hasBounds && gate.message.endsWith(`, ${words.pending}`)
      ? gate.message.slice(0, -`, ${words.pending}`.length)
      : !hasBounds && gate.message.endsWith(`: ${words.pending}`)
        ? gate.message.slice(0, -`: ${words.pending}`.length)
        : gate.message
  return {
    ...gate,
    status: combined,
    effect: effectOf(combined, gate.level, gate.insufficient_policy ?? 'warn'),
    message: `${head}; ${note}`,
  }
}

/**
 * A worst-level gate's baseline value for one control level: the baseline gate's value in that
 * level, else the baseline's disparity (or overall value) of that level; a level the baseline
 * has not (a new level), or whose gate it could not judge, takes the baseline's worst level's
 * value, as the whole gate did before.
 */
function levelBaselineValue(
  gate: GateResult,
  level: string,
  base: BaselineIndex,
): { value: number | null; found: boolean; against: string } {
  const same = base.gates.get(gateKey(gate))
  const entry = same?.control?.levels.find((l) => l.level === level)
  const worst = (): { value: number | null; found: boolean; against: string } => ({
    ...baselineValueOf(gate, base),
    against: "the baseline's worst level",
  })
  // A level the baseline's gate could not judge (one group, say: its value is no gap) is no reference.
  const bounded = gate.threshold.min !== undefined || gate.threshold.max !== undefined
  if (entry && bounded && entry.status === 'insufficient') return worst()
  if (entry) return { value: entry.value ?? null, found: true, against: `level ${level}'s baseline` }
  const c = canonical(gate.metric)
  const named = {
    ...gate,
    control: { ...(gate.control as NonNullable<GateResult['control']>), chosen: 'named' as const, level },
  }
  const v = c ? controlledBaselineValue(named, c, base.audit) : { value: null, found: false }
  if (v.found) return { ...v, against: `level ${level}'s baseline` }
  return worst()
}

/** Applies a gate's baseline bounds (a `history_median` gate's are `gate/history.ts`'s): its change, and its status. */
function applyToGate(gate: GateResult, base: BaselineIndex | null, why: string): GateResult {
  // A worst-level gate of this run: every level against the same level's baseline (red team 40 R40-8).
  const each =
    base && gate.against !== 'history_median'
      ? judgeEachLevel(gate, (result, level) => {
          const found = levelBaselineValue(gate, level, base)
          return judgeChange(
            { ...result, delta: deltaOf(result.value, found.value, result.ci ?? undefined) },
            found.value,
            {
              against: found.against,
              missing: `no baseline value (${found.found ? 'undefined in the baseline' : 'not in the baseline'})`,
              pending: NO_BASELINE,
            },
          )
        })
      : null
  if (each) return each
  const found = base ? baselineValueOf(gate, base) : { value: null, found: false }
  const out: GateResult = { ...gate, delta: deltaOf(gate.value, found.value, gate.ci ?? undefined) }
  if (gate.against === 'history_median') return out
  return judgeChange(out, found.value, {
    against: 'the baseline',
    missing: `no baseline value (${base ? (found.found ? 'undefined in the baseline' : 'not in the baseline') : why})`,
    pending: NO_BASELINE,
  })
}

function groupDeltas(group: GroupReport, base: ValuesIndex): GroupReport {
  const b = base.groups.get(groupKeyOf(group))
  if (!b || !group.present) return group
  const deltas: Partial<Record<BaseMetric, Delta>> = {}
  for (const m of Object.keys(group.metrics) as BaseMetric[]) {
    if (m === 'count') continue
    deltas[m] = deltaOf(group.metrics[m], b.metrics[m], group.ci?.[m] ?? undefined)
  }
  return { ...group, deltas }
}

function disparityDelta(d: DisparityReport, base: ValuesIndex): DisparityReport {
  const b = base.disparitiesExact.get(keyOf(d.metric, attributeOf(d.attribute), d.method))
  return { ...d, delta: deltaOf(d.value, b ? b.value : null, d.ci ?? undefined) }
}

/** A control level's changes against the baseline's level of the same name (none when the baseline has no such level). */
function levelDeltas(level: ControlLevelReport, base: AuditReport): ControlLevelReport {
  const b = base.control?.levels.find((l) => l.level === level.level)
  if (!b) return level
  const index = indexValues(b)
  const overall: Partial<Record<BaseMetric, Delta>> = {}
  for (const m of Object.keys(level.overall) as BaseMetric[])
    if (m !== 'count') overall[m] = deltaOf(level.overall[m], b.overall[m], level.overall_ci?.[m] ?? undefined)
  return {
    ...level,
    overall_delta: overall,
    groups: level.groups.map((g) => groupDeltas(g, index)),
    disparities: level.disparities.map((d) => disparityDelta(d, index)),
  }
}

/**
 * Compares a report with a baseline report and evaluates the baseline bounds of its gates.
 * Pure: returns a new report. `baseline` null means none was given (or it could not be
 * read: say why in `problem`, and set `missing` when the file is not there); the report then says so and baseline-only gates are
 * `insufficient`, which their `insufficient` policy turns into pass, warn or fail.
 */
export function applyBaseline(
  report: Report,
  baseline: Report | null,
  options: { source?: string | null; problem?: string; missing?: boolean } = {},
): Report {
  const source = options.source ?? null
  const status: BaselineStatus = baseline
    ? { source, status: 'compared', ...(baseline.tool?.version ? { tool_version: baseline.tool.version } : {}) }
    : {
        source,
        status: options.missing ? 'missing' : options.problem ? 'invalid' : 'none',
        message: options.problem ?? 'no baseline report given',
      }
  const baseAudits = firstByKey(baseline?.audits ?? [], (a) => a.name)
  const audits = report.audits.map((audit): AuditReport => {
    const found = baseAudits.get(audit.name)
    const index = found ? indexBaseline(found) : null
    const base = index?.audit ?? null
    const why = baseline ? `the baseline has no audit '${audit.name}'` : (options.problem ?? 'no baseline report given')
    const auditStatus: AuditBaselineStatus = base
      ? { status: 'compared' }
      : { status: baseline ? 'missing_audit' : 'none', message: why }
    const gates = audit.gates.map((g) => applyToGate(g, index, why))
    const out: AuditReport = { ...audit, gates, baseline: auditStatus, passed: !gates.some((g) => g.effect === 'fail') }
    if (base && index) {
      const overallDelta: Partial<Record<BaseMetric, Delta>> = {}
      for (const m of Object.keys(audit.overall) as BaseMetric[])
        if (m !== 'count')
          overallDelta[m] = deltaOf(audit.overall[m], base.overall[m], audit.overall_ci?.[m] ?? undefined)
      out.overall_delta = overallDelta
      out.groups = audit.groups.map((g) => groupDeltas(g, index))
      out.disparities = audit.disparities.map((d) => disparityDelta(d, index))
      if (audit.control)
        out.control = { ...audit.control, levels: audit.control.levels.map((l) => levelDeltas(l, base)) }
    }
    return out
  })
  const gates = audits.flatMap((a) => a.gates)
  return {
    ...report,
    passed: audits.every((a) => a.passed),
    summary: summarizeGates(gates),
    baseline: status,
    audits,
  }
}
