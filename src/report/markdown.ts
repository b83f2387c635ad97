/**
 * The markdown report: what the PR comment, the job summary and `--markdown FILE` show.
 * A pure function of the report; every string from data or config is escaped.
 */
import { baseMetricsOf, classesOf, resolveBaseMetric, resolveMetricName, type BaseMetric } from '../stats/catalog.js'
import type { Delta, GateResult } from '../gate/evaluate.js'
import type { Interval } from '../stats/intervals.js'
import {
  distinguishNames,
  escapeMarkdown as esc,
  escapeMarkdownText,
  formatThreshold,
  formatValue,
  groupDigits,
  groupNamer,
  markdownInert,
  METRIC_LABELS,
  plural,
  scopeOf,
  shortCommit,
  worseDirection,
} from './format.js'
import { chartLimit, gateRate, keyRate, renderRateChart } from './chart.js'
import { renderTrend, type TrendDetail } from './trend.js'
import { attributeId, rowsOf } from './by-attribute.js'
import type { AuditReport, ControlLevelReport, DisparityReport, GroupReport, Report } from './types.js'

export interface MarkdownOptions {
  /** The commit the audit ran on, shown in the header line. */
  commit?: string | undefined
  /** A first line, such as the hidden marker of a sticky comment. */
  preamble?: string | undefined
  /** A Mermaid bar chart of the key rate per attribute (default true). */
  chart?: boolean | undefined
  /** Most rows per group table, the largest groups first; the rest are counted in a note. */
  maxGroupRows?: number | undefined
  /** Leave out the intersection tables (a note says so). */
  omitIntersections?: boolean | undefined
  /** Leave out every per-group table (a note says so). */
  omitGroups?: boolean | undefined
  /** A notice shown under the headline, such as why the report was shortened. */
  notice?: string | undefined
  /** The trend over the history runs (`report/trend.ts`): table and charts (default), the table only, or none. */
  trend?: TrendDetail | undefined
  /** The action's `fail-on`, when the headline is the job's: what its verdict does to the job. */
  failOn?: 'error' | 'warning' | 'never' | undefined
}

/** The largest `max` groups in their table order, and how many were left out. */
function limitGroups(groups: GroupReport[], max: number | undefined): { shown: GroupReport[]; hidden: number } {
  if (max === undefined || groups.length <= max) return { shown: groups, hidden: 0 }
  const keep = new Set([...groups].sort((a, b) => b.count - a.count).slice(0, max))
  return { shown: groups.filter((g) => keep.has(g)), hidden: groups.length - keep.size }
}

function hiddenNote(hidden: number): string[] {
  return hidden > 0
    ? ['', `<sub>${groupDigits(hidden)} smaller groups not shown here; the JSON report has every group.</sub>`]
    : []
}

/** Most warnings an audit's section lists (a run keeps at most 100 and a count of the rest; a report read back may hold more). */
export const MAX_RENDERED_WARNINGS = 101

const STATUS_ICON: Record<GateResult['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', insufficient: '❔' }

/**
 * A gate as the headline and the job's error line name it: its name (else its metric), and
 * its scope (and control level) in parentheses.
 */
export function gateTitle(g: GateResult): string {
  const scope = g.attribute ? ` (${esc(scopeOf(g.attribute))}${g.control ? ` · ${esc(g.control.level)}` : ''})` : ''
  return `${g.name ? esc(g.name) : code(g.metric)}${scope}`
}

/**
 * The first line of the report: the verdict, and the gates behind it by name. With the action's
 * `fail-on` (`failOn`), what it does to the job: `warning` fails the job on a warning, so the
 * headline says failed, not "passed with warnings" beside a red check (red team 40 R40-5);
 * `never` keeps the job green on a breach, and the headline says so.
 */
export function headline(report: Report, failOn?: MarkdownOptions['failOn']): string {
  const failed = report.audits.flatMap((a) => a.gates.filter((g) => g.effect === 'fail'))
  const warned = report.audits.flatMap((a) => a.gates.filter((g) => g.effect === 'warn'))
  const names = (gs: GateResult[]): string =>
    gs.slice(0, 3).map(gateTitle).join(', ') + (gs.length > 3 ? ` and ${gs.length - 3} more` : '')
  const total = report.summary.gates
  if (failed.length > 0)
    return `❌ Model audit failed: ${failed.length} of ${plural(total, 'gate')} breached — ${names(failed)}${failOn === 'never' ? ' (fail-on: never, so the job passes)' : ''}`
  if (warned.length > 0 && failOn === 'warning')
    return `❌ Model audit failed: ${plural(warned.length, 'gate')} warned, and fail-on is warning — ${names(warned)}`
  if (warned.length > 0) return `⚠️ Model audit passed with ${plural(warned.length, 'warning')}: ${names(warned)}`
  if (total === 0) return '✅ Model audit: no gates configured'
  // A gate with no value that its `insufficient: pass` lets pass was not judged: it is no gate "within its threshold".
  const unjudged = report.audits.flatMap((a) => a.gates.filter((g) => g.status === 'insufficient'))
  if (unjudged.length > 0) {
    const judged = total - unjudged.length
    const within = judged === 0 ? 'no gate judged' : `${judged} of ${plural(total, 'gate')} within their thresholds`
    return `✅ Model audit passed: ${within}; ${plural(unjudged.length, 'gate')} could not be judged (insufficient: pass) — ${names(unjudged)}`
  }
  return total === 1
    ? '✅ Model audit passed: 1 gate within its threshold'
    : `✅ Model audit passed: all ${total} gates within their thresholds`
}

/**
 * A metric name as code. Metric names are validated against the schema's fixed vocabulary,
 * so they hold only [a-z0-9_]; anything else is escaped as text instead of trusted.
 */
function code(name: string): string {
  return /^[a-z0-9_]+$/.test(name) ? `\`${name}\`` : esc(name)
}

/** How the groups of a gate or disparity are named: as in their attribute's table (`groupNamer`). */
type Namer = ReturnType<typeof groupNamer>

/** A group's value of a gate's metric, for an `each_group` gate's list; undefined when the report lacks it. */
type GroupValue = (g: GateResult, key: string) => number | null | undefined

/**
 * A gate's value with the groups behind it: the two ends of a gap (`0.3009 (Other vs
 * African-American)`), or for an `each_group` gate each breaching group with its own value
 * (`Amer-Indian-Eskimo 0.9846, Black 0.9712`), the worst first.
 */
function gateValueText(g: GateResult, namer: Namer, valueOf: GroupValue): string {
  const v = formatValue(g.value, g.metric)
  if (g.value === null) return '—'
  if (g.groups.length >= 1 && g.each_group) {
    const { min, max } = g.threshold
    // How far past the bound (or how near it, for a gate that passed): the order of the list.
    const past = (x: number | null | undefined): number =>
      typeof x !== 'number'
        ? -Infinity
        : Math.max(max !== undefined ? x - max : -Infinity, min !== undefined ? min - x : -Infinity)
    const worstFirst = g.groups
      .map((key) => ({ key, value: valueOf(g, key) }))
      .sort((a, b) => past(b.value) - past(a.value))
      .slice(0, 3)
    const shown = namer(
      g.attribute,
      worstFirst.map((e) => e.key),
    ).map(markdownInert)
    const listed = worstFirst.map((e, i) => `${shown[i] as string} ${formatValue(e.value ?? null, g.metric)}`)
    const more = g.groups.length > 3 ? ` and ${groupDigits(g.groups.length - 3)} more` : ''
    return `${g.status === 'pass' ? 'worst: ' : ''}${listed.join(', ')}${more}`
  }
  const names = namer(g.attribute, g.groups.slice(0, 2)).map(markdownInert)
  if (g.groups.length === 2) return `${v} (${names[0] as string} vs ${names[1] as string})`
  if (g.groups.length === 1) return `${v} (${names[0] as string})`
  return v
}

/** A change against the baseline: ▲/▼ and the delta, `*` when the baseline lies outside this value's interval. */
export function deltaText(d: Delta | undefined, metric?: string, showZero = false): string {
  if (!d || d.change === null) return ''
  const shown = formatValue(Math.abs(d.change), metric)
  if (Math.abs(d.change) < 5e-5) return showZero ? '= 0' : ''
  return `${d.change > 0 ? '▲' : '▼'} ${shown}${d.outside_interval ? '*' : ''}`
}

function intervalText(ci: Interval | undefined, metric?: string): string {
  return ci ? `${formatValue(ci[0], metric)}–${formatValue(ci[1], metric)}` : ''
}

export function changeBoundsText(g: GateResult): string {
  const c = g.change
  if (!c) return ''
  const parts: string[] = []
  if (c.max_increase !== undefined) parts.push(`rise ≤ ${c.max_increase}`)
  if (c.max_decrease !== undefined) parts.push(`fall ≤ ${c.max_decrease}`)
  if (c.max_relative_change !== undefined) parts.push(`change ≤ ${+(c.max_relative_change * 100).toFixed(2)}%`)
  return parts.join(', ') + (g.against === 'history_median' ? ' vs the history median' : '')
}

/** A gate's message: its groups are spelled as in the tables already, so their `<U+XXXX>` are kept (`visibleText`), not escaped twice. */
function messageText(g: GateResult): string {
  return escapeMarkdownText(g.message)
}

const STATUS_ORDER: Record<GateResult['status'], number> = { fail: 0, warn: 1, insufficient: 2, pass: 3 }

/**
 * The gates, failed first: one row each, narrow enough for a comment at 780 px — the status and
 * name with its metric, scope and level beneath, the value with the groups behind it, the
 * threshold. When some gate did not pass, the passing ones are folded under the table: what a
 * reviewer must read comes first, and a long list of passes does not push it down.
 */
function gatesTable(gates: GateResult[], level: number | undefined, namer: Namer, valueOf: GroupValue): string[] {
  if (gates.length === 0) return ['_No gates configured._']
  const compared = gates.some((g) => g.delta !== undefined)
  const head = [`| Gate | Value | Threshold |${compared ? ' Change |' : ''}`, `|---|---|---|${compared ? '--:|' : ''}`]
  const row = (g: GateResult): string => {
    const ref = g.reference
      ? ` ${esc(g.reference.group ?? '?')}${g.reference.chosen !== g.reference.group ? ` (${esc(g.reference.chosen)})` : ''}`
      : ''
    const scope =
      esc(scopeOf(g.attribute)) +
      (g.each_group ? ' (each group)' : '') +
      (g.method && g.method !== 'between_groups' ? ` · ${esc(g.method)}${ref}` : '') +
      (g.control ? ` · ${esc(g.control.level)}${g.control.chosen === 'worst' ? ' (worst level)' : ''}` : '')
    const about = `${g.name ? `${code(g.metric)} · ` : ''}${scope} · ${g.level}`
    const name = `${STATUS_ICON[g.status]} ${g.name ? esc(g.name) : code(g.metric)}<br><sub>${about}</sub>`
    const ci = g.ci
      ? `<br><sub>${level !== undefined ? `${+(level * 100).toFixed(2)}% CI ` : ''}${intervalText(g.ci, g.metric)}</sub>`
      : ''
    const threshold =
      [formatThreshold(g.threshold), changeBoundsText(g)].filter(Boolean).join('; ') +
      (g.on === 'interval' ? ' · on interval' : '')
    const change = compared ? ` ${g.delta ? deltaText(g.delta, g.metric, true) || '—' : '—'} |` : ''
    return `| ${name} | ${gateValueText(g, namer, valueOf)}${ci} | ${esc(threshold)} |${change}`
  }
  const sorted = [...gates].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
  const passed = sorted.filter((g) => g.status === 'pass')
  const fold = passed.length > 0 && passed.length < sorted.length
  const lines = [...head]
  for (const g of fold ? sorted.filter((x) => x.status !== 'pass') : sorted) lines.push(row(g))
  // Every gate whose status is not a plain pass or fail on the point value says why in words.
  const explained = sorted.filter((g) => g.status !== 'pass' && (g.on === 'interval' || g.change !== undefined))
  if (explained.length > 0) {
    lines.push('')
    for (const g of explained.filter((x) => x.status !== 'insufficient'))
      lines.push(`${STATUS_ICON[g.status]} ${gateTitle(g)}: ${messageText(g)}`)
  }
  const notes = sorted.filter((g) => g.status === 'insufficient')
  if (notes.length > 0) {
    lines.push('')
    for (const g of notes) lines.push(`❔ ${gateTitle(g)}: ${messageText(g)}`)
  }
  if (fold) {
    lines.push(
      '',
      `<details><summary>✅ ${passed.length === 1 ? '1 gate passes' : `${passed.length} gates pass`}</summary>`,
      '',
      ...head,
    )
    for (const g of passed) lines.push(row(g))
    lines.push('', '</details>')
  }
  return lines
}

function displayedMetrics(audit: AuditReport): BaseMetric[] {
  const list = audit.settings.metrics
    .map((m) => resolveBaseMetric(m))
    .filter((m): m is BaseMetric => m !== undefined && m !== 'count')
  return [...new Set(list)]
}

/** The gates of one attribute or intersection (overall gates are no attribute's). */
function gatesOn(audit: AuditReport, attribute: string | string[]): GateResult[] {
  const id = attributeId(attribute)
  return audit.gates.filter((g) => g.attribute !== null && attributeId(g.attribute) === id)
}

/**
 * Which label classes the gates of an attribute divide by, from the catalog (`classesOf`): a
 * gate on TPR or FNR rests on each group's positives, one on FPR or TNR on its negatives, so
 * the table shows those counts beside the rows (a TPR of 0.5 from 4 positives reads otherwise
 * than from 400).
 */
function classesGated(audit: AuditReport, attribute: string | string[]): { positives: boolean; negatives: boolean } {
  const out = { positives: false, negatives: false }
  for (const g of gatesOn(audit, attribute)) {
    const resolved = resolveMetricName(g.metric)
    for (const m of resolved ? baseMetricsOf(resolved) : []) {
      const c = classesOf(m)
      out.positives ||= c.positives
      out.negatives ||= c.negatives
    }
  }
  return out
}

/**
 * The per-group table of one attribute, the worst value of each column in bold; with the
 * groups' positives and negatives when a gate on the attribute divides by them.
 */
export function groupTable(
  audit: AuditReport,
  groups: GroupReport[],
  attribute: string | string[],
  disparities: string | null = null,
): string[] {
  const metrics = displayedMetrics(audit)
  const head = Array.isArray(attribute) ? attribute.map(esc).join(' × ') : esc(attribute)
  const classes = classesGated(audit, attribute)
  const counts = [...(classes.positives ? ['positives'] : []), ...(classes.negatives ? ['negatives'] : [])]
  const lines = [
    `| ${head} | n | ${[...counts, ...metrics.map((m) => METRIC_LABELS[m])].join(' | ')} |`,
    `|---|--:|${[...counts, ...metrics].map(() => '--:').join('|')}|`,
  ]
  const countCells = (g: GroupReport): string[] => [
    ...(classes.positives ? [formatValue(g.counts.tp + g.counts.fn, 'count')] : []),
    ...(classes.negatives ? [formatValue(g.counts.fp + g.counts.tn, 'count')] : []),
  ]
  const worst = new Map<BaseMetric, number>()
  for (const m of metrics) {
    const dir = worseDirection(m)
    if (!dir) continue
    const values = groups
      .filter((g) => g.present && g.sufficient && g.insufficient_for?.[m] === undefined && g.metrics[m] !== null)
      .map((g) => g.metrics[m] as number)
    if (values.length > 1) worst.set(m, dir === 'low' ? Math.min(...values) : Math.max(...values))
  }
  const footnotes: string[] = []
  const shownNames = distinguishNames(groups.map((g) => g.key))
  for (const [i, g] of groups.entries()) {
    const key = markdownInert(shownNames[i] as string)
    const name = key + (g.present && !g.sufficient ? ' †' : '')
    if (!g.present) {
      lines.push(`| ${name} | 0 | ${[...counts, ...metrics].map(() => '·').join(' | ')} |`)
      continue
    }
    const cells = metrics.map((m) => {
      const v = g.metrics[m]
      if (v === null) {
        footnotes.push(`${key}: ${METRIC_LABELS[m]} undefined (${esc(g.undefined[m] ?? 'undefined')})`)
        return '—'
      }
      const text = formatValue(v, m)
      const d = deltaText(g.deltas?.[m], m)
      const shown = g.sufficient && g.insufficient_for?.[m] === undefined && worst.get(m) === v ? `**${text}**` : text
      const short = g.insufficient_for?.[m] !== undefined ? ' ‡' : ''
      return `${shown}${short}${d ? ` <sub>${d}</sub>` : ''}`
    })
    lines.push(`| ${name} | ${formatValue(g.count, 'count')} | ${[...countCells(g), ...cells].join(' | ')} |`)
  }
  const insufficient = groups.filter((g) => g.present && !g.sufficient)
  const absent = groups.filter((g) => !g.present)
  const notes: string[] = []
  // No markdown: the legend may be a <summary>, inside which GitHub reads none.
  if (worst.size > 0) notes.push('bold: the worst group of a column')
  if (insufficient.length > 0)
    notes.push(
      `† below ${esc('min_group_size')} ${audit.settings.min_group_size}: shown, left out of aggregates and gates`,
    )
  if (absent.length > 0) notes.push(`· no rows in this combination`)
  if (groups.some((g) => g.insufficient_for))
    notes.push(
      `‡ too few positive or negative labels for this metric (${esc('min_positives')} / ${esc('min_negatives')}): left out of its aggregates and gates`,
    )
  if (groups.some((g) => Object.values(g.deltas ?? {}).some((d) => d?.outside_interval)))
    notes.push("▲▼ change against the baseline; * the baseline value lies outside this value's confidence interval")
  const legend =
    notes.length > 0 || footnotes.length > 0
      ? `${[...notes, ...footnotes.slice(0, 20)].join(' · ')}${footnotes.length > 20 ? ` · and ${footnotes.length - 20} more undefined values` : ''}`
      : null
  // The disparities fold under the legend's line: the gates above say what breached, these are the rest of the picture.
  if (disparities)
    lines.push(
      '',
      `<details><summary><sub>${legend ? `${legend} · ` : ''}disparities between groups</sub></summary>`,
      '',
      `<sub>${disparities}</sub>`,
      '',
      '</details>',
    )
  else if (legend) lines.push('', `<sub>${legend}</sub>`)
  return lines
}

function overallLine(audit: AuditReport): string {
  const metrics = displayedMetrics(audit)
  return metrics
    .map((m) => {
      const d = deltaText(audit.overall_delta?.[m], m)
      return `${METRIC_LABELS[m]} **${formatValue(audit.overall[m], m)}**${d ? ` ${d}` : ''}`
    })
    .join(' · ')
}

function fairnessSummary(audit: AuditReport, attribute: string | string[]): string | null {
  const want = [
    'demographic_parity_difference',
    'equalized_odds_difference',
    'equal_opportunity_difference',
    'demographic_parity_ratio',
  ]
  const mine = rowsOf(audit.disparities, attribute)
  const rows = mine.filter((d) => d.method === 'between_groups' && want.includes(d.metric))
  if (rows.length === 0) return null
  const extra = (d: DisparityReport): string => {
    const ci = d.ci ? ` [${intervalText(d.ci)}]` : ''
    const delta = deltaText(d.delta)
    return `${ci}${delta ? ` ${delta}` : ''}`
  }
  const namer = groupNamer(audit.groups)
  const pair = (groups: string[]): string => namer(attribute, groups).map(markdownInert).join(' vs ')
  const parts = rows.map(
    (d) =>
      `${d.metric.replace(/_/g, ' ')} **${formatValue(d.value)}**${extra(d)}${d.groups.length === 2 ? ` (${pair(d.groups)})` : ''}`,
  )
  const di = mine.find((d) => d.metric === 'disparate_impact')
  if (di && di.value !== null && di.reference) {
    parts.push(
      `disparate impact **${formatValue(di.value)}**${extra(di)} (${namer(attribute, di.groups).map(markdownInert).join(', ')} against ${esc(di.reference.group ?? '?')}, the ${di.reference.chosen === di.reference.group ? 'reference' : `${esc(di.reference.chosen)} group`}; a ratio, not a legal test)`,
    )
  }
  return parts.join(' · ')
}

/** A gate's status on the audit as viewed: on a control level, the status it had there. */
function statusIn(audit: AuditReport, g: GateResult, level: string | undefined): GateResult['status'] {
  if (level === undefined || !g.control) return g.status
  return g.control.levels.find((l) => l.level === level)?.status ?? 'pass'
}

/** A grouping's gates, and whether any is not a plain pass (what keeps its section open). */
function gateStanding(
  audit: AuditReport,
  attribute: string | string[],
  level: string | undefined,
): { gates: number; open: boolean; icon: string } {
  const statuses = gatesOn(audit, attribute).map((g) => statusIn(audit, g, level))
  const open = statuses.some((st) => st !== 'pass')
  const icon = statuses.includes('fail') ? '❌' : open ? '⚠️' : statuses.length > 0 ? '✅' : ''
  return { gates: statuses.length, open, icon }
}

/** What a collapsed grouping's summary says of its gates. */
function standingText(standing: { gates: number }): string {
  if (standing.gates === 0) return 'no gates'
  return standing.gates === 1 ? 'its gate passes' : `its ${standing.gates} gates pass`
}

/**
 * The per-attribute tables and fairness lines, and the intersections' tables. A grouping with
 * a gate that did not pass is open (an attribute under its own heading); one whose gates all
 * pass, or that has none, is collapsed into a `<details>` that says so, so the comment shows
 * what failed and folds the rest.
 */
function groupSections(audit: AuditReport, options: MarkdownOptions, level?: string): string[] {
  const out: string[] = []
  const attributes = options.omitGroups ? [] : audit.settings.sensitive
  for (const attr of attributes) {
    const groups = [...rowsOf(audit.groups, attr)]
    const { shown, hidden } = limitGroups(groups, options.maxGroupRows)
    const standing = gateStanding(audit, attr, level)
    const body = ['', ...groupTable(audit, shown, attr, fairnessSummary(audit, attr)), ...hiddenNote(hidden), '']
    if (standing.open) out.push(`#### ${standing.icon} By ${esc(attr)}`, ...body)
    else
      out.push(
        `<details><summary>${standing.icon ? `${standing.icon} ` : ''}By ${esc(attr)} · ${standingText(standing)}</summary>`,
        ...body,
        '</details>',
        '',
      )
  }
  const intersections = options.omitGroups ? [] : audit.settings.intersections
  if (options.omitIntersections && intersections.length > 0)
    out.push('<sub>Intersection tables left out to fit; the JSON report has them.</sub>', '')
  for (const x of options.omitIntersections ? [] : intersections) {
    const groups = [...rowsOf(audit.groups, x)]
    const present = groups.filter((g) => g.present).length
    const { shown, hidden } = limitGroups(groups, options.maxGroupRows)
    const standing = gateStanding(audit, x, level)
    out.push(
      `<details${standing.open ? ' open' : ''}><summary>${standing.icon ? `${standing.icon} ` : ''}By ${x.map(esc).join(' × ')} (${present} of ${groups.length} combinations present)${standing.open ? '' : ` · ${standingText(standing)}`}</summary>`,
      '',
      ...groupTable(audit, shown, x, fairnessSummary(audit, x)),
      ...hiddenNote(hidden),
      '',
      '</details>',
      '',
    )
  }
  return out
}

/** Error before warning: a gate whose breach fails the run outranks one that only warns. */
const EFFECT_ORDER: Record<GateResult['effect'], number> = { fail: 0, warn: 1, pass: 2 }

/**
 * How far a gate's value lies past its bound, as a fraction of the bound: an FNR gap of 0.397
 * against `≤ 0.1` is 2.97 past, a ratio of 0.383 against `≥ 0.8` is 0.52 past. A bound of 0
 * counts the distance itself. 0 for a gate breached by its change bounds alone, or with no value.
 */
export function breachSize(g: GateResult): number {
  if (g.value === null) return 0
  const past = (distance: number, bound: number): number => Math.max(0, distance) / (Math.abs(bound) || 1)
  return Math.max(
    g.threshold.max !== undefined ? past(g.value - g.threshold.max, g.threshold.max) : 0,
    g.threshold.min !== undefined ? past(g.threshold.min - g.value, g.threshold.min) : 0,
  )
}

/**
 * The gate the audit's chart shows: the most severe breached gate on an attribute or
 * intersection — one that fails the run before one that warns, then the largest breach
 * (`breachSize`), then the first in the config. Undefined when no such gate breached.
 */
export function chartGate(audit: AuditReport): GateResult | undefined {
  const breached = audit.gates.filter(
    (g) => g.attribute !== null && g.effect !== 'pass' && (g.status === 'fail' || g.status === 'warn'),
  )
  return breached.reduce<GateResult | undefined>((best, g) => {
    if (!best) return g
    const byEffect = EFFECT_ORDER[g.effect] - EFFECT_ORDER[best.effect]
    if (byEffect !== 0) return byEffect < 0 ? g : best
    return breachSize(g) > breachSize(best) ? g : best
  }, undefined)
}

/**
 * The audit's one chart, under its gates: the rate of the most severe breached gate
 * (`chartGate`) with the gate's threshold drawn on it. When none breached, the rate of the
 * first gate on an attribute, folded away: a chart of values all within bounds is not what a
 * reviewer needs to see first.
 */
function auditChart(audit: AuditReport, options: MarkdownOptions): string[] {
  if (options.chart === false) return []
  const gate = chartGate(audit)
  const shown = gate ?? audit.gates.find((g) => g.attribute !== null && resolveMetricName(g.metric) !== undefined)
  const attribute = shown?.attribute ?? audit.settings.sensitive[0]
  if (attribute === undefined || attribute === null) return []
  const level = shown?.control ? audit.control?.levels.find((l) => l.level === shown.control?.level) : undefined
  const view = level ? levelView(audit, level) : audit
  const groups = [...rowsOf(view.groups, attribute)]
  const chart = renderRateChart(view, attribute, groups, shown)
  if (chart.length === 0) return []
  const rate = (shown && gateRate(shown, groups)) ?? keyRate(view, Array.isArray(attribute) ? '' : attribute)
  if (gate) {
    const line = chartLimit(view, gate, rate, groups) ? ', and its threshold as the red line' : ''
    return [
      // gateTitle names the control level already.
      `<sub>${STATUS_ICON[gate.status]} ${gateTitle(gate)}: each group's ${METRIC_LABELS[rate]}${line}</sub>`,
      '',
      ...chart,
      '',
    ]
  }
  return [
    `<details><summary>Chart: ${METRIC_LABELS[rate]} by ${esc(scopeOf(attribute))}${level ? ` in ${esc(levelLabel(level))}` : ''}</summary>`,
    '',
    ...chart,
    '',
    '</details>',
    '',
  ]
}

/** A level's results read as an audit's: its overall, groups and disparities. */
export function levelView(audit: AuditReport, level: ControlLevelReport): AuditReport {
  const view: AuditReport = {
    ...audit,
    rows: level.rows,
    overall: level.overall,
    overall_undefined: level.overall_undefined,
    overall_counts: level.overall_counts,
    groups: level.groups,
    disparities: level.disparities,
  }
  delete view.control
  delete view.overall_delta
  if (level.overall_ci) view.overall_ci = level.overall_ci
  else delete view.overall_ci
  if (level.overall_delta) view.overall_delta = level.overall_delta
  return view
}

/** How a level is named for people: `channel = online`, `channel = online, device = web`. */
export function levelLabel(level: ControlLevelReport): string {
  return Object.entries(level.control)
    .map(([c, v]) => `${c} = ${v}`)
    .join(', ')
}

/** Whether every gate result that judged this level passed it (what collapses its section). */
export function levelPasses(audit: AuditReport, level: ControlLevelReport): boolean {
  return audit.gates.every((g) => (g.control?.levels.find((l) => l.level === level.level)?.status ?? 'pass') === 'pass')
}

/** One control level: its tables in a `<details>`, open unless every gate passed on it. */
function levelSection(audit: AuditReport, level: ControlLevelReport, options: MarkdownOptions): string[] {
  const view = levelView(audit, level)
  const passes = levelPasses(audit, level)
  const icon = passes
    ? '✅'
    : audit.gates.some((g) => g.control?.levels.some((l) => l.level === level.level && l.status === 'fail'))
      ? '❌'
      : '⚠️'
  const out = [
    `<details${passes ? '' : ' open'}><summary>${icon} Control level ${esc(levelLabel(level))} · ${groupDigits(level.rows)} rows</summary>`,
    '',
    `Overall in this level: ${overallLine(view)}`,
    '',
  ]
  for (const line of groupSections(view, options, level.level)) out.push(line)
  out.push('</details>', '')
  return out
}

/**
 * Each group's own value of a gate's metric, looked up where the gate judged it: the audit's
 * groups, or its control level's. One map per grouping, built when first asked.
 */
function groupValues(audit: AuditReport): GroupValue {
  const maps = new Map<string, Map<string, GroupReport>>()
  return (g, key) => {
    const metric = resolveBaseMetric(g.metric)
    if (metric === undefined || g.attribute === null) return undefined
    const level = g.control ? audit.control?.levels.find((l) => l.level === g.control?.level) : undefined
    const id = `${level ? JSON.stringify(level.level) : ''}${attributeId(g.attribute)}`
    let map = maps.get(id)
    if (!map) {
      map = new Map(rowsOf(level ? level.groups : audit.groups, g.attribute).map((r) => [r.key, r]))
      maps.set(id, map)
    }
    const value = map.get(key)?.metrics[metric]
    return typeof value === 'number' ? value : value === null ? null : undefined
  }
}

function auditSection(audit: AuditReport, options: MarkdownOptions, multiple: boolean): string[] {
  const out: string[] = []
  const icon = audit.passed ? (audit.gates.some((g) => g.effect === 'warn') ? '⚠️' : '✅') : '❌'
  if (multiple) out.push(`### ${icon} ${esc(audit.name)}`, '')
  const meta = [
    `**${esc(audit.name)}**`,
    `${groupDigits(audit.rows)} rows`,
    audit.data.map(esc).join(', '),
    // The run's own commit (GITHUB_SHA, not data): shown as GitHub links it, when it is one.
    ...(options.commit ? [`commit ${shortCommit(options.commit)}`] : []),
    ...(audit.dropped_rows > 0 ? [`${groupDigits(audit.dropped_rows)} rows dropped (missing sensitive value)`] : []),
  ]
  out.push(`${meta.join(' · ')}<br>`, `Overall: ${overallLine(audit)}`, '')
  if (audit.baseline && audit.baseline.status !== 'compared')
    out.push(`<sub>No baseline comparison: ${esc(audit.baseline.message ?? 'no baseline')}</sub>`, '')
  out.push(...gatesTable(audit.gates, audit.confidence?.level, groupNamer(audit.groups), groupValues(audit)), '')
  for (const line of auditChart(audit, options)) out.push(line)
  if (options.omitGroups) {
    out.push('<sub>Per-group tables left out to fit; the JSON report has every group.</sub>', '')
  }
  // Line by line: spreading many thousand lines into push() overflows the stack.
  const sections = audit.control
    ? (options.omitGroups ? [] : audit.control.levels).map((level) => levelSection(audit, level, options))
    : [groupSections(audit, options)]
  for (const section of sections) for (const line of section) out.push(line)
  if (audit.warnings.length > 0) {
    // Never spread the list: a `workflow_run` report with 200,000 warnings overflowed the stack (red team 4 R4-13).
    out.push('<details><summary>Warnings</summary>', '')
    for (const w of audit.warnings.slice(0, MAX_RENDERED_WARNINGS)) out.push(`- ${esc(w)}`)
    const more = audit.warnings.length - MAX_RENDERED_WARNINGS
    if (more > 0) out.push(`- and ${groupDigits(more)} more warnings; the JSON report has every one`)
    out.push('', '</details>', '')
  }
  return out
}

/** The characters of a group row besides its name and its cells: `| `, ` | `, the count, ` |` and the line break. */
const ROW_AT_LEAST = 9
/** The characters of each count or metric cell of a group row: ` | ` and one character at least. */
const CELL_AT_LEAST = 4

/**
 * A lower bound on the length of `renderMarkdown(report, options)`, in UTF-16 units (so in
 * characters and in UTF-8 bytes too), from the group rows it would show: each row holds its
 * group's name, which escaping only lengthens, and one character a cell. `fit.ts` skips a render this says cannot fit: the
 * full render of 5,000 groups of 1,000-character names built megabytes of text for a
 * 65,536-character comment (red team 4 R4-3), and a name alone, not its cells, let a 20,000-group
 * summary be rendered whole, 3.3 MB and 40 MB of heap, for a 1 MiB budget (red team 12 R12-2). Cheap: no escaping, no strings built.
 */
export function renderedLengthAtLeast(report: Report, options: MarkdownOptions = {}): number {
  if (options.omitGroups) return 0
  let length = 0
  for (const audit of report.audits) {
    const views = audit.control ? audit.control.levels.map((level) => levelView(audit, level)) : [audit]
    for (const view of views) {
      const groupings = [...view.settings.sensitive, ...(options.omitIntersections ? [] : view.settings.intersections)]
      const metrics = displayedMetrics(view).length
      for (const attribute of groupings) {
        const classes = classesGated(view, attribute)
        // `| name | n |` and, for each count and metric column, ` x |` at least (`groupTable`'s rows).
        const row = ROW_AT_LEAST + CELL_AT_LEAST * (metrics + (classes.positives ? 1 : 0) + (classes.negatives ? 1 : 0))
        for (const g of limitGroups([...rowsOf(view.groups, attribute)], options.maxGroupRows).shown)
          length += g.key.length + row
      }
    }
  }
  return length
}

/** Renders the whole report as GitHub-flavoured markdown. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = []
  if (options.preamble) out.push(options.preamble)
  out.push(`## ${headline(report, options.failOn)}`, '')
  if (options.notice) out.push(`> [!NOTE]\n> ${esc(options.notice)}`, '')
  const multiple = report.audits.length > 1
  // Line by line: spreading an audit of many thousand lines into push() overflows the stack.
  for (const audit of report.audits) {
    for (const line of auditSection(audit, options, multiple)) out.push(line)
    for (const line of renderTrend(report, audit, options.trend)) out.push(line)
  }
  if (report.baseline) {
    const b = report.baseline
    out.push(
      b.status === 'compared'
        ? `<sub>▲▼ change against the baseline report ${esc(b.source ?? '')}${b.tool_version ? ` (Model Audit Gate ${esc(b.tool_version)})` : ''}; * the baseline value lies outside the current value's confidence interval</sub>`
        : `<sub>No baseline comparison: ${esc(b.message ?? 'no baseline')}</sub>`,
      '',
    )
  }
  const conf = report.audits.find((a) => a.confidence)?.confidence
  // One small-print paragraph: how the intervals were computed, and what ran.
  const intervals = conf
    ? [
        `Intervals: ${+(conf.level * 100).toFixed(2)}% — Wilson for rates; for differences, ratios and other values a Poisson bootstrap of the per-group counts (${groupDigits(conf.replicates)} replicates, seed ${conf.seed}, percentile); ROC AUC by DeLong.`,
      ]
    : []
  out.push(
    `<sub>${[...intervals, `Model Audit Gate ${esc(report.tool.version)} · config ${esc(report.config)} · metrics as fairlearn defines them${report.audits.some((a) => a.settings.zero_division === 'undefined') ? '; a rate with a zero denominator is shown as — rather than 0' : ''}`].join(' ')}</sub>`,
  )
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
