/**
 * Loads an audit config (YAML or JSON), validates it against the JSON Schema with ajv and
 * with the rules a schema cannot say, and maps every problem back to its line and column.
 * Every problem is reported at once: a user fixes a config in one round, not five. Three
 * helpers hold the parts: `positions.ts` (paths and their line:column), `ajv-messages.ts` (the
 * schema's errors in words), `normalise.ts` (defaults, aliases and the rules beyond the schema).
 */
import { isAlias, isCollection, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml'
import type { Problem } from './problem.js'
import type { AuditConfig, Config } from './types.js'
import { ajvMessage, collapseAnyOf, getValidator } from './ajv-messages.js'
import { normaliseAudit } from './normalise.js'
import { formatPath, Positions, type PathSeg } from './positions.js'

export interface LoadResult {
  /** The normalised config; present even with problems, as far as it could be read, so that later checks (columns) can still run and report in the same round. */
  config: Config | null
  problems: Problem[]
}

/**
 * Parses and validates a config. `file` is only used in messages.
 */
export function loadConfig(text: string, file: string): LoadResult {
  const problems: Problem[] = []
  const lc = new LineCounter()
  // logLevel 'error': yaml never prints a warning itself (its `process.emitWarning` would put
  // config text raw on stderr, where the runner reads `##[`); what it would warn about is ours to say.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  if (/\.json$/i.test(file)) {
    // YAML accepts more than JSON (trailing commas, comments): a .json config must be JSON.
    const jsonProblem = strictJsonProblem(text, file, lc)
    if (jsonProblem) return { config: null, problems: [jsonProblem] }
  }
  for (const err of doc.errors) {
    const lp = lc.linePos(err.pos[0])
    problems.push({
      file,
      line: lp.line,
      column: lp.col,
      message: `cannot parse: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    })
  }
  if (problems.length === 0) problems.push(...collectionKeyProblems(doc, lc, file))
  if (problems.length > 0) return { config: null, problems }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (e) {
    // yaml refuses aliases that expand exponentially (a "billion laughs" document): say where they start.
    return { config: null, problems: [aliasProblem(doc, lc, file, e)] }
  }
  const positions = new Positions(doc, lc)
  const at = (path: PathSeg[], message: string, key = false): Problem => {
    const pos = positions.at(path, key)
    return { file, line: pos?.line, column: pos?.column, path: formatPath(path) || undefined, message }
  }

  if (data === null || data === undefined)
    return {
      config: null,
      problems: [
        { file, line: 1, column: 1, message: 'the config is empty; expected a mapping with an `audits` list' },
      ],
    }

  const validate = getValidator()
  if (!validate(data)) {
    for (const e of collapseAnyOf(validate.errors ?? [])) {
      const m = ajvMessage(e, data)
      if (m) problems.push(at(m.path, m.message, m.atKey))
    }
  }
  if (typeof data !== 'object' || Array.isArray(data) || !Array.isArray((data as { audits?: unknown }).audits)) {
    return { config: null, problems: dedupe(problems) }
  }

  const rawAudits = (data as { audits: unknown[] }).audits
  const audits: AuditConfig[] = []
  const seenNames = new Map<string, number>()
  rawAudits.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return
    const audit = normaliseAudit(raw as Record<string, unknown>, ['audits', i], at, positions, problems)
    if (!audit) return
    const prev = seenNames.get(audit.name)
    if (prev !== undefined)
      problems.push(
        at(['audits', i, 'name'], `duplicate audit name '${audit.name}' (also audits[${prev}]); names must be unique`),
      )
    else seenNames.set(audit.name, i)
    audits.push(audit)
  })
  return { config: { file, audits }, problems: dedupe(problems) }
}

/**
 * A key written as a list or a mapping (`? [a, b]`, or an alias to one): no config key is one,
 * and yaml would stringify it with a warning. A problem at the key instead.
 */
function collectionKeyProblems(doc: Document, lc: LineCounter, file: string): Problem[] {
  const problems: Problem[] = []
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key
      const target = isAlias(key) ? key.resolve(doc) : key
      if (!isCollection(target)) return
      const start = (key as Node).range?.[0] ?? 0
      const lp = lc.linePos(start)
      problems.push({
        file,
        line: lp.line,
        column: lp.col,
        message: `expected a key name, got a ${isSeq(target) ? 'list' : 'mapping'}`,
      })
    },
  })
  return problems
}

/** The problem for a document whose values cannot be built: at its first alias when aliases are why. */
function aliasProblem(doc: Document, lc: LineCounter, file: string, e: unknown): Problem {
  let first: Node | null = null
  visit(doc, {
    Alias(_key, node) {
      first = node
      return visit.BREAK
    },
  })
  const start = (first as Node | null)?.range?.[0]
  if (start === undefined || !/alias/i.test((e as Error).message))
    return { file, line: 1, column: 1, message: `cannot read the config: ${(e as Error).message}` }
  const lp = lc.linePos(start)
  return {
    file,
    line: lp.line,
    column: lp.col,
    message:
      'cannot parse: its aliases expand too far (a "billion laughs" document?); write the values out instead of nesting aliases',
  }
}

function strictJsonProblem(text: string, file: string, lc: LineCounter): Problem | null {
  try {
    JSON.parse(text)
    return null
  } catch (e) {
    const message = (e as Error).message
    const m = /position (\d+)/.exec(message)
    const pos = m ? lc.linePos(Number(m[1])) : undefined
    return {
      file,
      line: pos?.line,
      column: pos?.col,
      message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')}`,
    }
  }
}

/** Unique problems in file order. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return sorted.filter((p) => {
    const k = `${p.line}:${p.column}:${p.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
