/**
 * The Mermaid `xychart-beta` bar chart of one attribute's key per-group rate. GitHub draws
 * Mermaid in comments and summaries and shows a red syntax-error box for a chart it cannot
 * parse, so every label from data is reduced to characters the chart grammar takes inside
 * quotes. The table next to it stays the source of truth; the chart is for the eye.
 */
import { baseMetricsOf, resolveMetricName } from '../stats/catalog.js'
import { resolveBaseMetric, type BaseMetric } from '../stats/catalog.js'
import { visibleValue } from '../config/log-escape.js'
import { distinguishNames, METRIC_LABELS } from './format.js'
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

/** The chart as markdown lines (a `~~~mermaid` fenced block), or none when fewer than two groups have a value. */
export function renderRateChart(audit: AuditReport, attribute: string, groups: GroupReport[]): string[] {
  const metric = keyRate(audit, attribute)
  // A report read back may lack a metric (the report schema does not require each one): no value, no bar.
  const drawn = groups.filter((g) => g.present && typeof g.metrics[metric] === 'number')
  if (drawn.length < 2) return []
  const largest =
    drawn.length > MAX_BARS ? new Set([...drawn].sort((a, b) => b.count - a.count).slice(0, MAX_BARS)) : new Set(drawn)
  const bars = drawn.filter((g) => largest.has(g))
  const label = METRIC_LABELS[metric]
  const title = `${label} by ${attribute}${bars.length < drawn.length ? ` (largest ${bars.length} of ${drawn.length} groups)` : ''}`
  return [
    // A tilde fence: GitHub draws it the same, and no backtick appears outside our own code spans.
    '~~~mermaid',
    'xychart-beta',
    `  title "${chartLabel(title, 80)}"`,
    `  x-axis [${distinctLabels(
      distinguishNames(bars.map((g) => g.key)).map(
        (name, i) => `${cleanLabel(name)}${(bars[i] as GroupReport).sufficient ? '' : ' †'}`,
      ),
    )
      .map((l) => `"${l}"`)
      .join(', ')}]`,
    // Every key rate lies in [0, 1]; a fixed axis keeps charts of different runs comparable.
    `  y-axis "${chartLabel(label)}" 0 --> 1`,
    `  bar [${bars.map((g) => (g.metrics[metric] as number).toFixed(4)).join(', ')}]`,
    '~~~',
  ]
}
