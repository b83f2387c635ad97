/**
 * The terminal report of the CLI: aligned plain-text tables, ✓/✗ per gate, and a verdict
 * line. Strings from data have their control, zero-width and bidirectional characters made
 * visible (`visibleValue`), so a crafted group name cannot drive the terminal, start a line of
 * its own or pass for another group. Workflow commands are broken where the text is written
 * (`escapeLog`, in the CLI and the action).
 */
import { resolveBaseMetric, type BaseMetric } from '../stats/catalog.js'
import type { GateResult } from '../gate/evaluate.js'
import { changeBoundsText, deltaText, levelLabel, levelView, MAX_RENDERED_WARNINGS } from './markdown.js'
import {
  distinguishNames,
  formatThreshold,
  formatValue,
  groupDigits,
  groupNamer,
  METRIC_LABELS,
  plural,
  scopeOf,
} from './format.js'
import type { AuditReport, GroupReport, Report } from './types.js'
import { visibleText, visibleValue } from '../config/log-escape.js'
import { rowsOf } from './by-attribute.js'

export interface TerminalOptions {
  color: boolean
}

/** One value from data for the terminal: controls (ANSI escapes included), zero-width and bidi characters shown as `<U+XXXX>`. */
export function sanitizeTerminal(s: string): string {
  return visibleValue(s)
}

const ICON: Record<GateResult['status'], string> = { pass: '✓', warn: '!', fail: '✗', insufficient: '?' }

function paint(text: string, code: number, on: boolean): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text
}

/**
 * Characters as `[...s].length` counts them (code points: a surrogate pair is one), without
 * the array: spread twice per cell, 5,000 groups of 1,000-character names made 10 million
 * elements of garbage, and the heap grew by 36 MB to render them.
 */
export function codePointLength(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

function table(rows: string[][], rightAlign: (col: number) => boolean): string[] {
  const widths: number[] = []
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, codePointLength(c))))
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] as number) - codePointLength(c))
        return rightAlign(i) ? pad + c : c + pad
      })
      .join('  ')
      .trimEnd(),
  )
}

function scope(attribute: string | string[] | null): string {
  return attribute === null ? 'overall' : sanitizeTerminal(scopeOf(attribute))
}

function metricsOf(audit: AuditReport): BaseMetric[] {
  return [
    ...new Set(
      audit.settings.metrics
        .map((m) => resolveBaseMetric(m))
        .filter((m): m is BaseMetric => m !== undefined && m !== 'count'),
    ),
  ]
}

function groupRows(audit: AuditReport, groups: GroupReport[], header: string): string[] {
  const metrics = metricsOf(audit)
  const rows = [[header, 'n', ...metrics.map((m) => METRIC_LABELS[m])]]
  const names = distinguishNames(groups.map((g) => g.key))
  for (const [i, g] of groups.entries()) {
    const mark = !g.present ? ' (absent)' : g.sufficient ? '' : ' (insufficient)'
    rows.push([
      (names[i] as string) + mark,
      formatValue(g.count, 'count'),
      ...metrics.map((m) => (g.present ? formatValue(g.metrics[m], m) : '·')),
    ])
  }
  return table(rows, (i) => i > 0).map((l) => `  ${l}`)
}

function gateRows(gates: GateResult[], color: boolean, namer: ReturnType<typeof groupNamer>): string[] {
  if (gates.length === 0) return ['  (no gates configured)']
  const compared = gates.some((g) => g.delta !== undefined)
  const rows = gates.map((g) => [
    ICON[g.status],
    g.name ? `${sanitizeTerminal(g.name)} [${g.metric}]` : g.metric,
    scope(g.attribute) +
      (g.each_group ? ' (each group)' : '') +
      (g.control
        ? ` · ${sanitizeTerminal(g.control.level)}${g.control.chosen === 'worst' ? ' (worst level)' : ''}`
        : ''),
    (g.value === null ? '—' : formatValue(g.value, g.metric)) +
      (g.ci ? ` [${formatValue(g.ci[0], g.metric)}–${formatValue(g.ci[1], g.metric)}]` : ''),
    [formatThreshold(g.threshold), changeBoundsText(g)].filter(Boolean).join('; ') +
      (g.on === 'interval' ? ' (interval)' : ''),
    g.level,
    ...(compared ? [deltaText(g.delta, g.metric, true)] : []),
    // Shown as in the group tables (already visible: not escaped twice).
    namer(g.attribute, g.groups.length === 2 && !g.each_group ? g.groups : g.groups.slice(0, 3)).join(
      g.groups.length === 2 && !g.each_group ? ' vs ' : ', ',
    ),
  ])
  const codes: Record<GateResult['status'], number> = { pass: 32, warn: 33, fail: 31, insufficient: 36 }
  return table(rows, (i) => i === 3).map((l, i) => `  ${paint(l, codes[(gates[i] as GateResult).status], color)}`)
}

function auditLines(audit: AuditReport, color: boolean): string[] {
  const out: string[] = []
  out.push(
    paint(
      `${sanitizeTerminal(audit.name)} · ${groupDigits(audit.rows)} rows · ${audit.data.map(sanitizeTerminal).join(', ')}`,
      1,
      color,
    ),
  )
  const metrics = metricsOf(audit)
  out.push(`Overall: ${metrics.map((m) => `${METRIC_LABELS[m]} ${formatValue(audit.overall[m], m)}`).join(' · ')}`, '')
  if (audit.control) {
    for (const level of audit.control.levels) {
      const view = levelView(audit, level)
      out.push(
        paint(`Control level ${sanitizeTerminal(levelLabel(level))} · ${groupDigits(level.rows)} rows`, 1, color),
        `Overall in this level: ${metrics.map((m) => `${METRIC_LABELS[m]} ${formatValue(view.overall[m], m)}`).join(' · ')}`,
        '',
      )
      for (const line of groupLines(view)) out.push(line)
    }
  } else for (const line of groupLines(audit)) out.push(line)
  out.push('Gates', ...gateRows(audit.gates, color, groupNamer(audit.groups)), '')
  for (const g of audit.gates.filter((x) => x.status !== 'pass'))
    // Its groups already spelled as in the tables (`visibleText` keeps their `<U+XXXX>`).
    out.push(`  ${ICON[g.status]} ${visibleText(g.message)}`)
  for (const w of audit.warnings.slice(0, MAX_RENDERED_WARNINGS)) out.push(`  warning: ${sanitizeTerminal(w)}`)
  if (audit.warnings.length > MAX_RENDERED_WARNINGS)
    out.push(`  warning: and ${groupDigits(audit.warnings.length - MAX_RENDERED_WARNINGS)} more`)
  return out
}

/** Each attribute's and intersection's table, with its fairness line. */
function groupLines(audit: AuditReport): string[] {
  const out: string[] = []
  const groupings: (string | string[])[] = [...audit.settings.sensitive, ...audit.settings.intersections]
  for (const attr of groupings) {
    const label = scopeOf(attr)
    const groups = [...rowsOf(audit.groups, attr)]
    out.push(`By ${sanitizeTerminal(label)}`, ...groupRows(audit, groups, sanitizeTerminal(label)))
    const dp = rowsOf(audit.disparities, attr).filter(
      (d) =>
        d.method === 'between_groups' &&
        ['demographic_parity_difference', 'equalized_odds_difference', 'equal_opportunity_difference'].includes(
          d.metric,
        ),
    )
    if (dp.length > 0)
      out.push(`  ${dp.map((d) => `${d.metric.replace(/_/g, ' ')} ${formatValue(d.value)}`).join(' · ')}`)
    out.push('')
  }
  return out
}

/** Renders the report for a terminal. */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const out: string[] = []
  // Line by line: spreading an audit of many thousand lines into push() overflows the stack.
  for (const audit of report.audits) {
    for (const line of auditLines(audit, options.color)) out.push(line)
    out.push('')
  }
  out.push(renderVerdict(report, options))
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`
}

/** The verdict line alone, the last line of `renderTerminal` (what `--quiet` prints, without rendering every table first). */
export function renderVerdict(report: Report, options: TerminalOptions): string {
  const s = report.summary
  return !report.passed
    ? paint(
        `✗ FAILED: ${s.failed} of ${plural(s.gates, 'gate')} breached${s.warned ? `, ${plural(s.warned, 'warning')}` : ''}`,
        31,
        options.color,
      )
    : s.warned > 0
      ? paint(`! PASSED with ${plural(s.warned, 'warning')} (${plural(s.gates, 'gate')})`, 33, options.color)
      : paint(`✓ PASSED: ${plural(s.gates, 'gate')}`, 32, options.color)
}
