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
