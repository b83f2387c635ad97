/**
 * A problem a user can act on: where (file, line, column, key path) and what was expected.
 * Config, data and pipeline errors are all values of this type; only the CLI and the
 * action turn them into text and an exit status.
 */
import { shortenValue, visibleValue } from './log-escape.js'

export interface Problem {
  file: string
  line?: number | undefined
  column?: number | undefined
  /** A key path in the config, like `audits[0].gates[1].max`. */
  path?: string | undefined
  message: string
}

/** Longest run of non-blank characters shown whole in a problem (a column name, a value, a path); longer ones are shortened in place. */
export const PROBLEM_VALUE_CHARS = 200
/** Longest problem message, after shortening its values. */
export const PROBLEM_MESSAGE_CHARS = 1000
/** Most problems listed in one error report; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 50
/** Most characters of one error report (CLI stderr, the action's failure message, the error summary before markdown escaping). */
export const PROBLEMS_TEXT_CHARS = 16_000

/**
 * A message from data, made fit for one line of a log: every run of non-blank characters over
 * `PROBLEM_VALUE_CHARS` shortened to its start and its length, invisible and control
 * characters then made visible (`visibleValue`), and the whole within `PROBLEM_MESSAGE_CHARS`. A
 * 3 MB header gives a message of a few hundred characters that still says which file and
 * what was wrong.
 */
export function boundedText(text: string, max = PROBLEM_MESSAGE_CHARS): string {
  const shortened = visibleValue(text.replace(LONG_VALUE, (run) => shortenValue(run, PROBLEM_VALUE_CHARS)))
  return shortenValue(shortened, max, max - 60, 'characters in all')
}

/** A run of characters that is one value in a message: separators and quotes end it, so a list keeps its commas. */
const LONG_VALUE = new RegExp(`[^\\s,;'"\`()[\\]]{${PROBLEM_VALUE_CHARS + 1},}`, 'g')

/** A problem's message and key path, bounded: what annotations show. */
export function problemMessage(p: Problem): string {
  return boundedText(`${p.message}${p.path ? ` (at ${p.path})` : ''}`)
}

/** `file:line:column: message (path)`, the form editors and CI logs link to; one line, bounded in size. */
export function formatProblem(p: Problem): string {
  let where = visibleValue(p.file)
  if (p.line !== undefined) {
    where += `:${p.line}`
    if (p.column !== undefined) where += `:${p.column}`
  }
  return `${where}: ${problemMessage(p)}`
}

/**
 * Every problem of a run as lines, at most `MAX_PROBLEMS_SHOWN` of them and
 * `PROBLEMS_TEXT_CHARS` characters in all, then one line counting the rest: the one place
 * that bounds an error report, whatever the input.
 */
export function formatProblems(problems: readonly Problem[]): string[] {
  const lines: string[] = []
  let size = 0
  for (const p of problems) {
    if (lines.length >= MAX_PROBLEMS_SHOWN) break
    const line = formatProblem(p)
    if (lines.length > 0 && size + line.length > PROBLEMS_TEXT_CHARS) break
    lines.push(line)
    size += line.length + 1
  }
  const rest = problems.length - lines.length
  if (rest > 0) lines.push(`… and ${rest.toLocaleString('en-US')} more problem${rest === 1 ? '' : 's'} not shown`)
  return lines
}

/** Thrown inside streaming code where returning is impractical; caught at the pipeline boundary and turned back into values. */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems).join('\n'))
    this.name = 'ProblemError'
  }
}

/** Edit distance with adjacent transpositions (optimal string alignment), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const row = d[i] as number[]
      const prev = d[i - 1] as number[]
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1)
      row[j] = v
    }
  }
  return (d[a.length] as number[])[b.length] as number
}

/** The closest candidates to a misspelt name, or an empty list when none is close. */
export function suggest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = name.toLowerCase()
  const list = [...candidates]
  const sameButCase = list.filter((c) => c.toLowerCase() === lower)
  if (sameButCase.length > 0) return sameButCase.slice(0, max)
  const scored: { c: string; d: number }[] = []
  for (const c of list) {
    const cl = c.toLowerCase()
    const d = editDistance(lower, cl)
    const limit = Math.max(1, Math.floor(Math.max(name.length, c.length) / 3))
    const contains = Math.min(cl.length, lower.length) >= 3 && (cl.includes(lower) || lower.includes(cl))
    if (d <= limit || contains) scored.push({ c, d })
  }
  scored.sort((x, y) => x.d - y.d)
  return scored.slice(0, max).map((s) => s.c)
}

/** " (did you mean 'a' or 'b'?)" or "". */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates)
  if (s.length === 0) return ''
  return ` (did you mean ${s.map((x) => `'${x}'`).join(' or ')}?)`
}
