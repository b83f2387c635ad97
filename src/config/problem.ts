/**
 * A problem a user can act on: where (file, line, column, key path) and what was expected.
 * Config, data and pipeline errors are all values of this type; only the CLI and the
 * action turn them into text and an exit status.
 */
export interface Problem {
  file: string
  line?: number | undefined
  column?: number | undefined
  /** A key path in the config, like `audits[0].gates[1].max`. */
  path?: string | undefined
  message: string
}

/** `file:line:column: message (path)`, the form editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  let where = p.file
  if (p.line !== undefined) {
    where += `:${p.line}`
    if (p.column !== undefined) where += `:${p.column}`
  }
  return `${where}: ${p.message}${p.path ? ` (at ${p.path})` : ''}`
}

/** Thrown inside streaming code where returning is impractical; caught at the pipeline boundary and turned back into values. */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'))
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
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] as number) + 1)
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
