/**
 * The Mermaid `xychart-beta` bar chart of one attribute's key per-group rate. GitHub draws
 * Mermaid in comments and summaries and shows a red syntax-error box for a chart it cannot
 * parse, so every label from data is reduced to characters the chart grammar takes inside
 * quotes. The table next to it stays the source of truth; the chart is for the eye.
 */
import { baseMetricsOf, FAIRNESS_AGGREGATES, resolveMetricName, type Kind } from '../stats/catalog.js'
import { resolveBaseMetric, type BaseMetric } from '../stats/catalog.js'
import type { GateResult } from '../gate/evaluate.js'
import { visibleValue } from '../config/log-escape.js'
import { distinguishNames, METRIC_LABELS, scopeOf, worseDirection } from './format.js'
import type { AuditReport, GroupReport } from './types.js'

/** More bars than this are unreadable; the largest groups are drawn. */
export const MAX_BARS = 20
const MAX_LABEL = 24

/**
 * The rate the chart shows for an attribute: the one the first gate on that attribute reads
 * (an audit gated on FPR differences wants to see FPRs), else the selection rate.
 */
export function keyRate(audit: AuditReport, attribute: string): BaseMetric {
  const shown = new Set(audit.settings.metrics.map(resolveBaseMetric))
  for (const g of audit.gates) {
    if (g.attribute !== attribute && g.attribute !== null) continue
    const resolved = resolveMetricName(g.metric)
    if (!resolved || (g.attribute === null && resolved.type === 'base')) continue
    // Equalized odds reads two rates: chart the one the table shows.
    const bases = baseMetricsOf(resolved).filter((m) => m !== 'count')
    const base = bases.find((m) => shown.has(m)) ?? bases[0]
    if (base) return base
  }
  return 'selection_rate'
}

/**
 * The opening lines of a Mermaid xychart in a tilde fence (GitHub draws it as a backtick fence,
 * and no backtick appears outside our own code spans): the fence, the front matter with
 * `config` (its indented lines), and the diagram type. The bar charts and the trend charts use it.
 */
export function xyChartOpening(config: readonly string[]): string[] {
  return ['~~~mermaid', '---', 'config:', ...config, '---', 'xychart-beta']
}

/**
 * A label the chart grammar accepts inside quotes and that stays inert: letters, digits and a
 * few punctuation marks pass; anything else (quotes, backticks, `#`/`;` entities, `%%`
 * comments, `<`, `@`, line breaks) becomes a middle dot. Control, zero-width and bidirectional
 * characters are first written out (`visibleValue`: U+200B shows as `·U+200B·`), so a label
 * never reads reversed or hides a character.
 */
export function chartLabel(text: string, maxLength = MAX_LABEL): string {
  return cleanLabel(binWords(visibleValue(text)), maxLength)
}

/**
 * A binned attribute's labels (`bins`: `< 25`, `[25, 45)`, `>= 65`) in words the label's
 * characters allow (`under 25`, `25 to 45`, `65 and over`), in an intersection's key too;
 * the middle dot would draw them `· 25`, `·25, 45)`, `·· 65`.
 */
function binWords(text: string): string {
  return text
    .split(' | ')
    .map((part) =>
      part
        .replace(/^< (\S+)$/, 'under $1')
        .replace(/^>= (\S+)$/, '$1 and over')
        .replace(/^\[(\S+), (\S+)\)$/, '$1 to $2'),
    )
    .join(' | ')
}

/** `chartLabel` of a name already made visible (`visibleValue`, `distinguishNames`). */
function cleanLabel(text: string, maxLength = MAX_LABEL): string {
  const cleaned = text
    .replace(/[^\p{L}\p{N} _.,/+'()-]/gu, '·')
    .replace(/\s+/g, ' ')
    .trim()
  const chars = [...cleaned]
  const short = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : cleaned
  return short.length > 0 ? short : '·'
}

/**
 * Labels made distinct: shortening and the middle dot can draw two different groups alike
 * (`a<b` and `a>b`, or two long names with one start), so a repeated label gets ` (2)`, ` (3)`…,
 * skipping any label already taken. The table beside the chart names the groups in full.
 */
export function distinctLabels(labels: string[]): string[] {
  const taken = new Set(labels)
  const seen = new Set<string>()
  return labels.map((l) => {
    if (!seen.has(l)) {
      seen.add(l)
      return l
    }
    let k = 2
    while (taken.has(`${l} (${k})`)) k++
    const unique = `${l} (${k})`
    taken.add(unique)
    return unique
  })
}

/** A gate's threshold as lines on its chart, and what they are in words: `the maximum 0.35`, `lowest + 0.1`. */
export interface ChartLimit {
  /** Where the line is drawn, one value per line. */
  at: number[]
  /** What the line is, in words of the chart label's characters. */
  text: string
}

/** A group the gate judged on this metric: with rows enough, and a value. */
function judged(g: GroupReport, metric: BaseMetric): boolean {
  return (
    g.present && g.sufficient && g.insufficient_for?.[metric] === undefined && typeof g.metrics[metric] === 'number'
  )
}

const fmt = (x: number): string => `${+x.toFixed(4)}`

/**
 * The base metric a gate's chart shows: its own, or for a gate over two rates (equalized odds)
 * the one whose gap is the larger (the smaller ratio), which is what breached under `worst_case`.
 */
export function gateRate(gate: GateResult, groups: readonly GroupReport[]): BaseMetric | undefined {
  const resolved = resolveMetricName(gate.metric)
  if (!resolved) return undefined
  const parts = baseMetricsOf(resolved).filter((m) => m !== 'count')
  if (parts.length < 2) return parts[0]
  const ratio = resolved.type === 'fairness' && FAIRNESS_AGGREGATES[resolved.name].kind === 'ratio'
  const spread = (m: BaseMetric): number => {
    const values = groups.filter((g) => judged(g, m)).map((g) => g.metrics[m] as number)
    if (values.length < 2) return -Infinity
    const lo = Math.min(...values)
    const hi = Math.max(...values)
    return ratio ? (hi > 0 ? 1 - lo / hi : -Infinity) : hi - lo
  }
  return parts.reduce((best, m) => (spread(m) > spread(best) ? m : best))
}

/**
 * Where a gate's threshold falls on the chart of its rate. A bound on each group's value (an
 * `each_group` gate, a group minimum or maximum) is drawn where it is. A bound on a gap between
 * groups is drawn from the group the gap is measured from: for a difference `≤ t`, at the best
 * group's value ∓ t (the lowest + t when higher is worse, or for a descriptive rate such as the
 * selection rate; the highest − t when lower is worse); for a ratio `≥ t`, at the highest × t
 * (the lowest ÷ t when higher is worse). A gap to the overall value or to a reference group is
 * drawn from that value. Bars past the line are the groups that breach; none, when the gate has
 * no bound the chart can show (a minimum difference, change-only bounds).
 */
export function chartLimit(
  audit: AuditReport,
  gate: GateResult,
  metric: BaseMetric,
  groups: readonly GroupReport[],
): ChartLimit | null {
  const { min, max } = gate.threshold
  const resolved = resolveMetricName(gate.metric)
  if (!resolved) return null
  const kind: Kind | 'each' =
    resolved.type === 'base'
      ? 'each'
      : resolved.type === 'aggregate'
        ? resolved.kind
        : FAIRNESS_AGGREGATES[resolved.name].kind
  if (kind === 'each' || kind === 'group_min' || kind === 'group_max') {
    const lines = [
      ...(min !== undefined ? [{ at: min, text: `the minimum ${fmt(min)}` }] : []),
      ...(max !== undefined ? [{ at: max, text: `the maximum ${fmt(max)}` }] : []),
    ]
    return lines.length ? { at: lines.map((l) => l.at), text: lines.map((l) => l.text).join(' and ') } : null
  }
  const values = groups.filter((g) => judged(g, metric)).map((g) => g.metrics[metric] as number)
  if (values.length < 2) return null
  const higherWorse = worseDirection(metric) === 'high'
  const lowerWorse = worseDirection(metric) === 'low'
  const method = gate.method ?? 'between_groups'
  let anchor: { value: number; name: string }
  if (method === 'between_groups') {
    // The group the others are measured from: the best one (for a descriptive rate, the lowest for a difference).
    const lowest = kind === 'difference' ? !lowerWorse : higherWorse
    anchor = lowest ? { value: Math.min(...values), name: 'lowest' } : { value: Math.max(...values), name: 'highest' }
  } else if (method === 'to_overall') {
    const overall = audit.overall[metric]
    if (typeof overall !== 'number') return null
    anchor = { value: overall, name: 'overall' }
  } else {
    const ref = groups.find((g) => g.key === gate.reference?.group)
    const value = ref?.metrics[metric]
    if (typeof value !== 'number') return null
    anchor = { value, name: 'reference' }
  }
  const both = method !== 'between_groups' && !higherWorse && !lowerWorse
  if (kind === 'difference') {
    if (max === undefined) return null
    const up = { at: anchor.value + max, text: `${anchor.name} + ${fmt(max)}` }
    const down = { at: anchor.value - max, text: `${anchor.name} - ${fmt(max)}` }
    const lines = both ? [down, up] : anchor.name === 'highest' || lowerWorse ? [down] : [up]
    return { at: lines.map((l) => l.at), text: lines.map((l) => l.text).join(' and ') }
  }
  if (min === undefined || min <= 0) return null
  const times = { at: anchor.value * min, text: `${fmt(min)} of ${anchor.name}` }
  const over = { at: anchor.value / min, text: `${anchor.name} / ${fmt(min)}` }
  const lines = both ? [times, over] : anchor.name === 'lowest' || higherWorse ? [over] : [times]
  return { at: lines.map((l) => l.at), text: lines.map((l) => l.text).join(' and ') }
}

/** The chart's height in pixels: short enough that a comment reads at a glance (the default is 500). */
export const CHART_HEIGHT = 240

/**
 * The chart as markdown lines (a `~~~mermaid` fenced block), or none when fewer than two groups
 * have a value. With a gate: its rate (`gateRate`), its threshold as a line (`chartLimit`) and
 * its name in the title; without, the attribute's key rate (`keyRate`). Values are written on
 * the bars (`showDataLabel`; a Mermaid that lacks the option ignores it and draws the bars).
 */
export function renderRateChart(
  audit: AuditReport,
  attribute: string | string[],
  groups: GroupReport[],
  gate?: GateResult,
): string[] {
  const metric = (gate && gateRate(gate, groups)) ?? keyRate(audit, Array.isArray(attribute) ? '' : attribute)
  // A report read back may lack a metric (the report schema does not require each one): no value, no bar.
  const drawn = groups.filter((g) => g.present && typeof g.metrics[metric] === 'number')
  if (drawn.length < 2) return []
  const largest =
    drawn.length > MAX_BARS ? new Set([...drawn].sort((a, b) => b.count - a.count).slice(0, MAX_BARS)) : new Set(drawn)
  const bars = drawn.filter((g) => largest.has(g))
  const label = METRIC_LABELS[metric]
  const scope = scopeOf(attribute)
  const limit = gate ? chartLimit(audit, gate, metric, groups) : null
  const title =
    `${label} by ${scope}` +
    (limit ? `, line at ${limit.text}` : '') +
    (bars.length < drawn.length ? ` (largest ${bars.length} of ${drawn.length} groups)` : '')
  const values = bars.map((g) => g.metrics[metric] as number)
  // Every key rate lies in [0, 1]; a fixed axis keeps charts of different runs comparable. A line past it widens it.
  const top = Math.max(1, ...(limit?.at ?? []))
  const bottom = Math.min(0, ...(limit?.at ?? []))
  return [
    ...xyChartOpening([
      '  xyChart:',
      `    height: ${CHART_HEIGHT}`,
      '    showDataLabel: true',
      '  themeVariables:',
      '    xyChart:',
      // Bars in a blue that reads on light and dark pages, the threshold line in red (no `#` before a digit: a
      // hostile-name check reads the whole comment for issue references).
      '      plotColorPalette: "cornflowerblue, #d1242f, #d1242f"',
    ]),
    `  title "${chartLabel(title, 100)}"`,
    `  x-axis [${distinctLabels(
      distinguishNames(bars.map((g) => g.key)).map(
        (name, i) => `${cleanLabel(name)}${(bars[i] as GroupReport).sufficient ? '' : ' †'}`,
      ),
    )
      .map((l) => `"${l}"`)
      .join(', ')}]`,
    `  y-axis "${chartLabel(label)}" ${fmt(bottom)} --> ${fmt(top)}`,
    `  bar [${values.map((v) => v.toFixed(4)).join(', ')}]`,
    ...(limit?.at ?? []).map((at) => `  line [${bars.map(() => at.toFixed(4)).join(', ')}]`),
    '~~~',
  ]
}
