/**
 * Loads an audit config (YAML or JSON), validates it against the JSON Schema with ajv and
 * with the rules a schema cannot say, and maps every problem back to its line and column.
 * Every problem is reported at once: a user fixes a config in one round, not five. Three
 * helpers hold the parts: `positions.ts` (paths and their line:column), `ajv-messages.ts` (the
 * schema's errors in words), `normalise.ts` (defaults, aliases and the rules beyond the schema).
 */
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml'
import type { Problem } from './problem.js'
import type { AuditConfig, Config } from './types.js'
import { ajvMessage, collapseAnyOf } from './ajv-messages.js'
import { normaliseAudit } from './normalise.js'
import { CONFIG_LIMITS } from './schema.js'
import { formatPath, Positions, type PathSeg } from './positions.js'
// ajv's code for CONFIG_SCHEMA, compiled at build time (`npm run validators`), not on every run.
import { validate } from './validate-config.generated.js'

/**
 * Bytes of a config file (and characters of a config text), checked before it is read or parsed:
 * a real config is a few KB (the largest the schema allows in spirit, 50 audits of 100 gates, is
 * about 200 KB of YAML). yaml builds a node, a range and a position per value before any schema
 * bound applies, so a 1 MB config of one unknown list took 14.6 s and 542 MB, 20,000 one-line
 * audits (1.4 MB, 1.1 KB as git stores it) over 20 s (red team 4 R4-12).
 */
export const CONFIG_MAX_BYTES = 256 * 1024
/**
 * Items of any one list or mapping of a config, checked on the parsed document before it is
 * converted or validated: the config's largest lists (`data`, `gates`) hold at most 100, its
 * largest mapping (`reference`) 64.
 */
export const CONFIG_MAX_COLLECTION_ITEMS = 1000
/**
 * Values of a config, counted on its text before yaml parses it (one per line and per comma,
 * which over-counts and never under-counts its list and mapping items): yaml takes about 20 µs
 * a value, so 256 KiB of `0,` (131,000 values) still took 3.7 s and 209 MB to refuse; a real
 * config has a few hundred lines.
 */
export const CONFIG_MAX_VALUES = 20_000
/** Levels of lists and mappings in a config (a real one nests about six). */
export const CONFIG_MAX_DEPTH = 64

/** The problem for a config text of more than `CONFIG_MAX_BYTES` (`size` in bytes, or characters for a text). */
export function configTooLarge(file: string, size: number, unit = 'bytes'): Problem {
  return {
    file,
    message: `the config is ${size.toLocaleString('en-US')} ${unit}; at most ${CONFIG_MAX_BYTES.toLocaleString('en-US')} (256 KiB) are read: a config is a few KB, split the audits across several config files`,
  }
}

export interface LoadResult {
  /** The normalised config; present even with problems, as far as it could be read, so that later checks (columns) can still run and report in the same round. */
  config: Config | null
  problems: Problem[]
}

/**
 * Parses and validates a config. `file` is only used in messages.
 */
export function loadConfig(text: string, file: string): LoadResult {
  if (text.length > CONFIG_MAX_BYTES)
    return { config: null, problems: [configTooLarge(file, text.length, 'characters')] }
  const crowded = crowdedAt(text, file)
  if (crowded) return { config: null, problems: [crowded] }
  const problems: Problem[] = []
  const lc = new LineCounter()
  // logLevel 'error': yaml never prints a warning itself (its `process.emitWarning` would put
  // config text raw on stderr, where the runner reads `##[`); what it would warn about is ours to say.
  // uniqueKeys false: yaml's own check compares each key with every earlier one (quadratic in a
  // mapping's size); `structureProblems` checks them with one set per mapping instead.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, logLevel: 'error' })
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
  if (problems.length === 0) problems.push(...structureProblems(doc, lc, file))
  if (problems.length > 0) return { config: null, problems: dedupe(problems) }
  // The one list bound that multiplies everything after it, checked on the document before it is
  // converted, validated and normalised audit by audit.
  const auditsNode = isMap(doc.contents) ? doc.contents.get('audits', true) : undefined
  if (isSeq(auditsNode) && auditsNode.items.length > CONFIG_LIMITS.audits) {
    const lp = lc.linePos(auditsNode.range?.[0] ?? 0)
    return {
      config: null,
      problems: [
        {
          file,
          line: lp.line,
          column: lp.col,
          path: 'audits',
          message: `${auditsNode.items.length.toLocaleString('en-US')} items; at most ${CONFIG_LIMITS.audits} are allowed here: split the audits across several config files (one run each)`,
        },
      ],
    }
  }
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
  const seenNames = new Map<string, { index: number; name: string }>()
  rawAudits.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return
    const audit = normaliseAudit(raw as Record<string, unknown>, ['audits', i], at, positions, problems)
    if (!audit) return
    // Names that differ only in spaces at their ends or inside read as one name in every
    // rendering (markdown drops them): a failing and a passing audit would look like one (red team 8 R8-11).
    const shown = audit.name.trim().replace(/\s+/g, ' ')
    const prev = seenNames.get(shown)
    if (prev !== undefined)
      problems.push(
        at(
          ['audits', i, 'name'],
          prev.name === audit.name
            ? `duplicate audit name '${audit.name}' (also audits[${prev.index}]); names must be unique`
            : `duplicate audit name '${audit.name}' (also audits[${prev.index}], which differs only in spaces and reads the same); names must differ in more than spaces`,
        ),
      )
    else seenNames.set(shown, { index: i, name: audit.name })
    audits.push(audit)
  })
  return { config: { file, audits }, problems: dedupe(problems) }
}

/**
 * One pass over the parsed document, without recursion, before it is converted or validated:
 * a list or mapping of more than `CONFIG_MAX_COLLECTION_ITEMS` items or nested more than
 * `CONFIG_MAX_DEPTH` levels (a problem at its start, not looked into further), a key written as
 * a list or a mapping (`? [a, b]`, or an alias to one: no config key is one, and yaml would
 * stringify it with a warning), and a key given twice in one mapping (yaml's own message).
 * Aliases are not followed: each node is visited once.
 */
function structureProblems(doc: Document, lc: LineCounter, file: string): Problem[] {
  const problems: Problem[] = []
  const at = (node: unknown, message: string): void => {
    const lp = lc.linePos((node as Node | null)?.range?.[0] ?? 0)
    problems.push({ file, line: lp.line, column: lp.col, message })
  }
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }]
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, depth } = top
    if (!isCollection(node)) continue
    const kind = isSeq(node) ? 'list' : 'mapping'
    if (depth > CONFIG_MAX_DEPTH) {
      at(node, `a ${kind} nested more than ${CONFIG_MAX_DEPTH} levels deep; a config nests a few`)
      continue
    }
    if (node.items.length > CONFIG_MAX_COLLECTION_ITEMS) {
      at(
        node,
        `a ${kind} of ${node.items.length.toLocaleString('en-US')} items; no list or mapping of a config holds more than ${CONFIG_MAX_COLLECTION_ITEMS.toLocaleString('en-US')} (the largest, \`data\` and \`gates\`, at most 100)`,
      )
      continue
    }
    if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], depth: depth + 1 })
      continue
    }
    const seen = new Set<unknown>()
    const values: unknown[] = []
    for (const pair of node.items) {
      const key = pair.key
      const target = isAlias(key) ? key.resolve(doc) : key
      if (isCollection(target)) at(key, `expected a key name, got a ${isSeq(target) ? 'list' : 'mapping'}`)
      else if (isScalar(key)) {
        if (seen.has(key.value)) at(key, 'cannot parse: Map keys must be unique')
        else seen.add(key.value)
      }
      values.push(pair.value)
    }
    for (let i = values.length - 1; i >= 0; i--) stack.push({ node: values[i], depth: depth + 1 })
  }
  return problems
}

/** A problem at the line and column where the text passes `CONFIG_MAX_VALUES` lines and commas, or null. */
function crowdedAt(text: string, file: string): Problem | null {
  let count = 0
  let line = 1
  let lineStart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 10 && c !== 44) continue
    if (++count > CONFIG_MAX_VALUES)
      return {
        file,
        line,
        column: i - lineStart + 1,
        message: `the config holds more than ${CONFIG_MAX_VALUES.toLocaleString('en-US')} values (lines and commas, counted before it is parsed); a config has a few hundred: split the audits across several config files`,
      }
    if (c === 10) {
      line++
      lineStart = i + 1
    }
  }
  return null
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
