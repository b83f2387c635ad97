/**
 * The trend of an audit's gated values over the history runs (`report.history`, after
 * `applyHistory`): a table row per gate with a Unicode sparkline and its first, last and
 * median history values beside this run's, and a small Mermaid `xychart-beta` line chart per
 * gate. A pure function of the report, which may be a `workflow_run` artifact: every string is
 * escaped as the rest of the markdown report (`escapeMarkdown`), every chart label reduced to
 * the characters the chart grammar takes inside quotes (`chartLabel`).
 */
import type { GateResult } from '../gate/evaluate.js'
import { chartLabel, distinctLabels, xyChartOpening } from './chart.js'
import { escapeMarkdown as esc, formatValue, groupDigits, scopeOf } from './format.js'
import type { AuditReport, HistoryRun, Report } from './types.js'

/** Eight levels, lowest first. */
export const SPARK_LEVELS = '▁▂▃▄▅▆▇█'
/** Where a run has no value: a gap that keeps the other points in their place. */
export const SPARK_GAP = '·'

/** Most line charts one audit's trend draws: the gates that fail first; the table has every gate. */
export const MAX_TREND_CHARTS = 6
/** Chart size in pixels: small, since there is one per gate. */
const CHART_HEIGHT = 180
const CHART_WIDTH = 560

/** How much of the trend to render: all of it, the table without charts (to fit), or nothing. */
export type TrendDetail = 'full' | 'table' | false

/**
 * A sparkline of the values: each scaled between the smallest and largest defined value onto
 * eight block heights (all equal: the middle height), a missing value as `·`.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const defined = values.filter((v): v is number => v !== null && Number.isFinite(v))
  if (defined.length === 0) return values.map(() => SPARK_GAP).join('')
  let lo = Infinity
  let hi = -Infinity
  for (const v of defined) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  const top = SPARK_LEVELS.length - 1
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return SPARK_GAP
      const level = hi === lo ? top >> 1 : Math.round(((v - lo) / (hi - lo)) * top)
      return SPARK_LEVELS[level] as string
    })
    .join('')
}

/** A metric name as code when it is one (the schema's vocabulary is [a-z0-9_]); escaped text otherwise, as markdown.ts does. */
function code(name: string): string {
  return /^[a-z0-9_]+$/.test(name) ? `\`${name}\`` : esc(name)
}

function scopeText(g: GateResult): string {
  const scope = scopeOf(g.attribute)
  return g.control ? `${scope} · ${g.control.level}` : scope
}

/** A gate's history values as the report holds them, cut to the runs the report lists (a report read back may disagree). */
function valuesOf(g: GateResult, runs: number): (number | null)[] {
  const values = g.history?.values ?? []
  return values.length > runs ? values.slice(values.length - runs) : values
}

const firstDefined = (values: readonly (number | null)[]): number | null => values.find((v) => v !== null) ?? null
const lastDefined = (values: readonly (number | null)[]): number | null => {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i] as number
  return null
}

/** A run as a chart's x-axis names it: its commit, else its day. */
function runLabel(run: HistoryRun): string {
  return chartLabel(run.sha ? run.sha.slice(0, 7) : run.started_at.slice(0, 10), 12)
}

/** The value a `history_median` gate's change bounds allow above (or below) the median, for the chart's limit line. */
function historyLimits(g: GateResult): number[] {
  const m = g.history?.median
  if (g.against !== 'history_median' || m === null || m === undefined || !g.change) return []
  const out: number[] = []
  if (g.change.max_increase !== undefined) out.push(m + g.change.max_increase)
  if (g.change.max_decrease !== undefined) out.push(m - g.change.max_decrease)
  if (g.change.max_relative_change !== undefined)
    out.push(m + g.change.max_relative_change * Math.abs(m), m - g.change.max_relative_change * Math.abs(m))
  return out
}

const num = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(4))

/** One gate's line chart: its history values and this run's, and its limits as flat lines. Null with fewer than two points. */
export function trendChart(g: GateResult, runs: readonly HistoryRun[]): string[] | null {
  const values = valuesOf(g, runs.length)
  const offset = runs.length - values.length
  const points: { label: string; value: number }[] = []
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) points.push({ label: runLabel(runs[offset + i] as HistoryRun), value: v })
  })
  if (g.value !== null && Number.isFinite(g.value)) points.push({ label: 'this run', value: g.value })
  if (points.length < 2) return null
  const limits = [
    ...(g.threshold.max !== undefined ? [g.threshold.max] : []),
    ...(g.threshold.min !== undefined ? [g.threshold.min] : []),
    ...historyLimits(g),
  ].filter((v) => Number.isFinite(v))
  const all = [...points.map((p) => p.value), ...limits]
  let lo = Math.min(...all)
  let hi = Math.max(...all)
  // A tenth of the span each side, computed so that no finite pair overflows to ±Infinity (red team 8 R8-9).
  const pad = hi > lo ? hi * 0.1 - lo * 0.1 : Math.max(Math.abs(hi) * 0.1, 0.01)
  lo -= pad
  hi += pad
  // Mermaid reads no exponent (`1e+21`), which JavaScript writes from 1e21 on: no chart for such values.
  if (!(Math.abs(lo) < 1e21 && Math.abs(hi) < 1e21)) return null
  const title = `${g.name ?? g.metric} (${scopeText(g)})`
  return [
    ...xyChartOpening(['  xyChart:', `    height: ${CHART_HEIGHT}`, `    width: ${CHART_WIDTH}`]),
    `  title "${chartLabel(title, 80)}"`,
    `  x-axis [${distinctLabels(points.map((p) => p.label))
      .map((l) => `"${l}"`)
      .join(', ')}]`,
    `  y-axis "${chartLabel(g.metric, 40)}" ${num(lo)} --> ${num(hi)}`,
    `  line [${points.map((p) => num(p.value)).join(', ')}]`,
    ...limits.map((v) => `  line [${points.map(() => num(v)).join(', ')}]`),
    '~~~',
  ]
}

const ORDER: Record<GateResult['status'], number> = { fail: 0, warn: 1, insufficient: 2, pass: 3 }

/**
 * The trend section of one audit: nothing when the report has no history, or `detail` is false.
 * The table lists every gate; the charts, the first `MAX_TREND_CHARTS` gates by status. `draw`
 * draws one chart (a test passes one that counts).
 */
export function renderTrend(
  report: Report,
  audit: AuditReport,
  detail: TrendDetail = 'full',
  draw: typeof trendChart = trendChart,
): string[] {
  const history = report.history
  if (!history || detail === false) return []
  const runs = history.runs
  const gates = audit.gates.filter((g) => g.history)
  if (gates.length === 0) return []
  const lines = [
    runs.length === 0
      ? '#### Trend: no earlier runs to compare with yet'
      : `#### Trend over ${runs.length === 1 ? 'the last run' : `the last ${runs.length} runs`} and this one`,
    '',
    '| Gate | Scope | Trend | First | Last | Median | This run |',
    '|---|---|---|--:|--:|--:|--:|',
  ]
  for (const g of gates) {
    const values = valuesOf(g, runs.length)
    const name = g.name ? `${esc(g.name)}<br><sub>${code(g.metric)}</sub>` : code(g.metric)
    const median = g.history?.median ?? null
    const against = g.against === 'history_median' ? ' (gated)' : ''
    lines.push(
      `| ${name} | ${esc(scopeText(g))} | ${sparkline([...values, g.value])} | ${formatValue(firstDefined(values), g.metric)} | ${formatValue(lastDefined(values), g.metric)} | ${formatValue(median, g.metric)}${against} | ${formatValue(g.value, g.metric)} |`,
    )
  }
  const left = history.skipped_count
  lines.push(
    '',
    `<sub>Sparkline: the history runs oldest first, then this run (${SPARK_GAP}: no value); first, last and median of the history runs, read from ${groupDigits(history.matched)} report file${history.matched === 1 ? '' : 's'} matched by ${history.patterns.map((p) => esc(p)).join(', ')}${left > 0 ? `; ${groupDigits(left)} left out (the JSON report's history.skipped says why)` : ''}.</sub>`,
    '',
  )
  if (detail === 'full') {
    // Drawn until MAX_TREND_CHARTS are: drawing every gate's chart to keep six took most of a
    // 3,000-gate comment's render (red team 8 R8-7).
    const charts: string[][] = []
    for (const g of [...gates].sort((a, b) => ORDER[a.status] - ORDER[b.status])) {
      if (charts.length === MAX_TREND_CHARTS) break
      const chart = draw(g, runs)
      if (chart !== null) charts.push(chart)
    }
    if (charts.length > 0) {
      lines.push(`<details><summary>Trend charts (${charts.length})</summary>`, '')
      for (const chart of charts) lines.push(...chart, '')
      lines.push('</details>', '')
    }
  }
  return lines
}
