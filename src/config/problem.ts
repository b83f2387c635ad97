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

/**
 * A run of characters that is one value in a message: separators and quotes end it, so a list keeps its commas.
 * Every run is matched whole and only the long ones shortened (`shortenValue` keeps a short one): a quantifier of
 * `{201,}` was tried again at every start inside a shorter run, quadratic in it (4 ms a message of 20 names of 200).
 */
const LONG_VALUE = /[^\s,;'"`()[\]]+/g

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

/**
 * Edit distance with adjacent transpositions (optimal string alignment), for "did you mean"
 * suggestions, or `max + 1` as soon as it is known to exceed `max`: only a band of width
 * 2·max + 1 around the diagonal is computed, in three rows, so the work is O(length × max)
 * and the memory O(length) (a full matrix for a 20,000-character name took gigabytes).
 */
export function editDistance(a: string, b: string, max = Math.max(a.length, b.length)): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const far = max + 1
  let before = new Array<number>(b.length + 1).fill(far)
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far))
  let row = new Array<number>(b.length + 1).fill(far)
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    // Only the band is computed: the cells just outside it read as too far.
    row[0] = i <= max ? i : far
    if (from > 1) row[from - 1] = far
    if (to < b.length) row[to + 1] = far
    let best = row[0] as number
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (before[j - 2] as number) + 1)
      row[j] = Math.min(v, far)
      if (v < best) best = v
    }
    if (best > max) return far
    ;[before, prev, row] = [prev, row, before]
  }
  return Math.min(prev[b.length] as number, far)
}

/** Names longer than this get no suggestion: nobody misspells a 20,000-character name, and comparing costs. */
export const MAX_SUGGESTED_NAME = 100

/** The closest candidates to a misspelt name, or an empty list when none is close. */
export function suggest(name: string, candidates: Iterable<string>, max = 3): string[] {
  if (name.length > MAX_SUGGESTED_NAME) return []
  const lower = name.toLowerCase()
  const list = [...candidates].filter((c) => c.length <= 2 * MAX_SUGGESTED_NAME)
  const sameButCase = list.filter((c) => c.toLowerCase() === lower)
  if (sameButCase.length > 0) return sameButCase.slice(0, max)
  const scored: { c: string; d: number }[] = []
  for (const c of list) {
    const cl = c.toLowerCase()
    const limit = Math.max(1, Math.floor(Math.max(name.length, c.length) / 3))
    const contains = Math.min(cl.length, lower.length) >= 3 && (cl.includes(lower) || lower.includes(cl))
    const d = editDistance(lower, cl, contains ? Math.max(cl.length, lower.length) : limit)
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

/**
 * `n.toLocaleString('en-US')`, the same characters, written out for safe integers: a process's
 * first toLocaleString loads the engine's locale data, about 25 ms of CPU, which was a tenth of
 * a small audit's whole run once the rest was cut. Other numbers (fractions, -0, beyond 2^53)
 * are left to toLocaleString.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US')
  const digits = String(Math.abs(n))
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`
  return n < 0 ? `-${out}` : out
}

/** A count and its noun, singular or plural: `1 gate`, `6 gates`, `1,200 groups` (every layer's messages use it). */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${groupDigits(n)} ${n === 1 ? noun : nouns}`
}

/**
 * What to say when the process could not reserve a WebAssembly memory: each reserves some 10 GB
 * of address space (not memory in use), so under an address-space limit (`ulimit -v`, RLIMIT_AS,
 * as some self-hosted runners and containers set) of 20 GB a second kernel fails (red team 9
 * R9-8). Null for any other error, which is a bug of ours.
 */
export function addressSpaceMessage(e: unknown): string | null {
  if (!(e instanceof RangeError) || !/Wasm memory|WebAssembly\.(Instance|Memory)\(\): Out of memory/.test(e.message))
    return null
  return "cannot reserve memory for its WebAssembly kernels: this process's address space is limited (ulimit -v, or RLIMIT_AS in a container), and each kernel reserves about 10 GB of address space, not memory in use; raise the limit to 64 GB, or remove it (`ulimit -v unlimited`)"
}

/**
 * Why a gate's `control_level` is not a level of the audit's control columns (`levels`: those it
 * could name), said alike by the audit, which knows the levels of the data, and by the loader,
 * when every control column is binned and the levels are known from the config.
 */
export function controlLevelMessage(level: string, control: readonly string[], levels: readonly string[]): string {
  const shown = levels.slice(0, 20).join(', ') + (levels.length > 20 ? ', …' : '')
  return `control_level '${level}' is not a level of control ${control.map((c) => `'${c}'`).join(' × ')}${didYouMean(level, levels) || `; levels: ${shown}`}${control.length > 1 ? " (a level is its values joined by ' | ', in `control` order)" : ''}`
}
