/**
 * Keeps the markdown report within GitHub's limits — 65,536 characters for a comment body,
 * 1 MiB for a step's job summary — by rendering less detail, step by step, and saying so:
 * fewer rows per group table, then no charts, then no intersections, then no group tables,
 * and as a last resort a cut at a line boundary with a notice. Pure: it only re-renders.
 */
import type { MarkdownOptions } from './markdown.js'
import { renderedLengthAtLeast, renderMarkdown } from './markdown.js'
import type { Report } from './types.js'
import { clearEscapeMemo, groupDigits } from './format.js'

export interface Budget {
  limit: number
  /** GitHub counts a comment in characters and a summary in bytes. */
  unit: 'chars' | 'bytes'
  /** Where the whole report can be read, for the notice ("the job summary", "the JSON report"). */
  fullReportAt: string
}

export const COMMENT_BUDGET: Omit<Budget, 'fullReportAt'> = { limit: 65_536, unit: 'chars' }
export const SUMMARY_BUDGET: Omit<Budget, 'fullReportAt'> = { limit: 1024 * 1024, unit: 'bytes' }

export interface Fitted {
  markdown: string
  /** The step that made it fit; null when the full report fits. */
  shortened: string | null
}

/** String length in JS counts UTF-16 units, never fewer than GitHub's characters. */
export function measure(text: string, unit: Budget['unit']): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length
}

// The trend's charts go first and its table with the other charts: the gates and groups come before history.
const STEPS: { what: string; options: Partial<MarkdownOptions> }[] = [
  { what: 'trend charts left out', options: { trend: 'table' } },
  { what: 'group tables cut to their 100 largest groups', options: { maxGroupRows: 100, trend: 'table' } },
  { what: 'group tables cut to their 25 largest groups', options: { maxGroupRows: 25, trend: 'table' } },
  {
    what: 'group tables cut to their 10 largest groups, charts and trends left out',
    options: { maxGroupRows: 10, chart: false, trend: false },
  },
  {
    what: 'intersection tables left out',
    options: { maxGroupRows: 10, chart: false, trend: false, omitIntersections: true },
  },
  { what: 'per-group tables left out', options: { chart: false, trend: false, omitGroups: true } },
]

type Render = (report: Report, options: MarkdownOptions) => string

/**
 * Renders the report within the budget. The long strings escaped by the first render are kept
 * for the next ones (`escapeMarkdown`'s memo) and let go at the end. `render` is the renderer
 * (a test passes one that records which steps were rendered).
 */
export function renderMarkdownWithin(
  report: Report,
  options: MarkdownOptions,
  budget: Budget,
  render: Render = renderMarkdown,
): Fitted {
  try {
    return fit(report, options, budget, render)
  } finally {
    clearEscapeMemo()
  }
}

/**
 * The characters a gate's row in the gates table holds whatever its text: `| `, the status icon,
 * a space, `<br><sub>`, ` · ` before the level, `</sub>`, ` | `, ` | ` and ` |` (markdown.ts's
 * gatesTable). Every gate has one row in every render, whatever the options.
 */
export const GATE_ROW_AT_LEAST = 30

/**
 * A lower bound on the length of `renderMarkdown(report, options)`: its group rows
 * (`renderedLengthAtLeast`) and its gate rows (`GATE_ROW_AT_LEAST` each).
 */
export function renderedAtLeast(report: Report, options: MarkdownOptions): number {
  let gates = 0
  for (const audit of report.audits) gates += audit.gates.length
  return gates * GATE_ROW_AT_LEAST + renderedLengthAtLeast(report, options)
}

function fit(report: Report, options: MarkdownOptions, budget: Budget, render: Render): Fitted {
  // A render whose group rows and gate rows alone are past the budget is not built
  // (`renderedAtLeast`): 3,000 gates were rendered 8 times for a comment none of them fit
  // (red team 8 R8-7).
  const mayFit = (o: MarkdownOptions): boolean => renderedAtLeast(report, o) <= budget.limit
  if (mayFit(options)) {
    const full = render(report, options)
    if (measure(full, budget.unit) <= budget.limit) return { markdown: full, shortened: null }
  }
  const limitText =
    budget.unit === 'bytes' ? `${groupDigits(budget.limit)}-byte` : `${groupDigits(budget.limit)}-character`
  // Without a history the first step would render the same report again.
  for (const step of report.history ? STEPS : STEPS.slice(1)) {
    const notice = `Shortened to fit GitHub's ${limitText} limit (${step.what}); ${budget.fullReportAt} has everything.`
    if (!mayFit({ ...options, ...step.options })) continue
    const md = render(report, { ...options, ...step.options, notice })
    if (measure(md, budget.unit) <= budget.limit) return { markdown: md, shortened: step.what }
  }
  // Only the gates tables are left, and they are too long (thousands of gates): cut them.
  const notice = `Cut to fit GitHub's ${limitText} limit; ${budget.fullReportAt} has everything.`
  const md = render(report, { ...options, ...STEPS[STEPS.length - 1]?.options, notice })
  const tail = `\n\n> [!WARNING]\n> ${notice}\n`
  const lines = md.split('\n')
  let size = measure(tail, budget.unit)
  const kept: string[] = []
  for (const line of lines) {
    const cost = measure(line, budget.unit) + 1
    if (size + cost > budget.limit) break
    kept.push(line)
    size += cost
  }
  return { markdown: kept.join('\n') + tail, shortened: 'cut at a line boundary' }
}
