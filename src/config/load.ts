/**
 * Loads an audit config (YAML or JSON), validates it against the JSON Schema with ajv and
 * with the rules a schema cannot say, and maps every problem back to its line and column.
 * Every problem is reported at once: a user fixes a config in one round, not five.
 */
import { Ajv, type ErrorObject } from 'ajv'
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml'
import { ALL_METRIC_NAMES, baseMetricsOf, FAIRNESS_AGGREGATES, fixedMethod, resolveBaseMetric, resolveMetricName, SCORE_METRICS, takesAgg, UNBOUNDED_METRICS, type BaseMetric, type FairnessAggregate } from '../stats/catalog.js'
import { didYouMean, type Problem } from './problem.js'
import { CONFIG_SCHEMA } from './schema.js'
import type { AuditConfig, Bounds, ChangeBounds, Config, GateConfig, ReferenceConfig, SourcePos } from './types.js'
import { DEFAULT_CONFIDENCE, DEFAULT_MAX_GROUPS, DEFAULT_METRICS } from './types.js'

/** The aggregates whose parts a gate's `agg` combines. */
const AGG_AGGREGATES = (Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]).filter(takesAgg)

export interface LoadResult {
  /** The normalised config; present even with problems, as far as it could be read, so that later checks (columns) can still run and report in the same round. */
  config: Config | null
  problems: Problem[]
}

type PathSeg = string | number

/** Positions in one YAML document, by key path. */
class Positions {
  constructor(
    private readonly doc: Document,
    private readonly lc: LineCounter,
  ) {}

  /** Position of the value at `path` (or of its key when `key` is set); falls back to the nearest existing parent. */
  at(path: readonly PathSeg[], key = false): SourcePos | undefined {
    let node: unknown = this.doc.contents
    let best: SourcePos | undefined = this.pos(node)
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]
      const last = i === path.length - 1
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))
        if (!pair) return best
        if (last && key) return this.pos(pair.key) ?? best
        node = pair.value
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg]
      } else {
        return best
      }
      best = this.pos(node) ?? best
    }
    return best
  }

  private pos(node: unknown): SourcePos | undefined {
    const range = (node as Node | null)?.range
    if (!range) return undefined
    const { line, col } = this.lc.linePos(range[0])
    return { line, column: col }
  }
}

/** `audits[0].gates[1].max` */
export function formatPath(path: readonly PathSeg[]): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '')
}

function parsePointer(pointer: string): PathSeg[] {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

let validator: ReturnType<Ajv['compile']> | undefined
function getValidator(): ReturnType<Ajv['compile']> {
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(CONFIG_SCHEMA)
  return validator
}

/** The schema node that a data path points into, for listing allowed keys. */
function schemaPropertiesAt(path: readonly PathSeg[]): string[] {
  const defs = CONFIG_SCHEMA.definitions
  if (path.length === 0) return Object.keys(CONFIG_SCHEMA.properties)
  if (path[0] === 'audits' && path.length === 2) return Object.keys(defs.audit.properties)
  if (path[0] === 'audits' && path[2] === 'gates' && path.length === 4) return Object.keys(defs.gate.properties)
  if (path[0] === 'audits' && path[2] === 'gates' && path[4] === 'each_group') return ['min', 'max']
  if (path[0] === 'audits' && path[2] === 'confidence') return Object.keys(defs.audit.properties.confidence.properties)
  return []
}

function describeValue(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
  return `${typeof v} ${String(v)}`
}

function typeWord(t: string | readonly string[]): string {
  const words: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false' }
  const list = Array.isArray(t) ? t : [t as string]
  return list.map((x) => words[x] ?? x).join(' or ')
}

function valueAt(data: unknown, path: readonly PathSeg[]): unknown {
  let v: unknown = data
  for (const seg of path) v = (v as Record<string | number, unknown> | undefined)?.[seg]
  return v
}

function ajvMessage(e: ErrorObject, data: unknown): { path: PathSeg[]; atKey: boolean; message: string } | null {
  const path = parsePointer(e.instancePath)
  const value = valueAt(data, path)
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty)
      const allowed = schemaPropertiesAt(path)
      const isGate = path[0] === 'audits' && path[2] === 'gates' && path.length === 4
      if (isGate && /thre?sh?o?l?d|limit|bound/i.test(name)) {
        return { path: [...path, name], atKey: true, message: `unknown key '${name}': a gate's thresholds are \`min\` and \`max\` (or \`each_group: {min, max}\`)` }
      }
      return {
        path: [...path, name],
        atKey: true,
        message: `unknown key '${name}'${didYouMean(name, allowed) || (allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '')}`,
      }
    }
    case 'required':
      return { path, atKey: false, message: `missing required key '${String(p.missingProperty)}'` }
    case 'type':
      return { path, atKey: false, message: `expected ${typeWord(p.type as string)}, got ${describeValue(value)}` }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String)
      const shown = allowed.length > 12 ? didYouMean(String(value), allowed) || ' (see the schema for the list)' : `; expected one of: ${allowed.join(', ')}`
      return { path, atKey: false, message: `${describeValue(value)} is not allowed here${shown}` }
    }
    case 'minItems':
      return { path, atKey: false, message: `expected at least ${String(p.limit)} item(s)` }
    case 'maxItems':
    case 'maxProperties': {
      const n = Array.isArray(value) ? value.length : typeof value === 'object' && value !== null ? Object.keys(value).length : 0
      const what = String(path.at(-1))
      return { path, atKey: false, message: `${n.toLocaleString('en-US')} ${e.keyword === 'maxItems' ? 'items' : 'entries'}; at most ${String(p.limit)} are allowed here${LIMIT_ADVICE[what] ?? ''}` }
    }
    case 'minLength':
      return { path, atKey: false, message: 'expected a non-empty string' }
    case 'maxLength':
      return { path, atKey: false, message: `expected at most ${String(p.limit)} character(s)` }
    case 'minimum':
      return { path, atKey: false, message: `expected a number >= ${String(p.limit)}, got ${describeValue(value)}` }
    case 'maximum':
      return { path, atKey: false, message: `expected a number <= ${String(p.limit)}, got ${describeValue(value)}` }
    case 'exclusiveMinimum':
      return { path, atKey: false, message: `expected a number > ${String(p.limit)}, got ${describeValue(value)}` }
    case 'exclusiveMaximum':
      return { path, atKey: false, message: `expected a number < ${String(p.limit)}, got ${describeValue(value)}` }
    case 'uniqueItems': {
      const item = Array.isArray(value) ? value[p.i as number] : undefined
      return { path, atKey: false, message: `${describeValue(item)} is listed twice (items ${String(p.j)} and ${String(p.i)})` }
    }
    case 'minProperties':
      return { path, atKey: false, message: 'expected at least one of min, max' }
    case 'pattern':
      return { path, atKey: false, message: 'expected a single line' }
    case 'anyOf':
      return { path, atKey: false, message: `expected ${ANY_OF_EXPECTED[String(path.at(-1))] ?? 'a path or a list of paths'}, got ${describeValue(value)}` }
    default:
      return { path, atKey: false, message: e.message ?? `invalid (${e.keyword})` }
  }
}

const ANY_OF_EXPECTED: Record<string, string> = {
  attribute: 'an attribute name or a list of two or more',
  reference: '`largest`, `best`, or a mapping of attribute to group name, `largest` or `best`',
}

/** What to do about a list over its bound (`CONFIG_LIMITS`), by the list's key. */
const LIMIT_ADVICE: Record<string, string> = {
  audits: ': split the audits across several config files (one run each)',
  data: ': use a glob (`data/*.csv`) instead of listing every file',
  gates: ': one gate without `attribute` covers every sensitive attribute',
}

const overBound = (e: ErrorObject): boolean => e.keyword === 'maxItems' || e.keyword === 'maxProperties'

/**
 * Drops the per-branch errors of an anyOf in favour of its one summary, except that a branch's
 * length bound on the value itself replaces the summary: "201 items; at most 100" says what
 * "expected a list of paths" would not.
 */
function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOf = errors.filter((e) => e.keyword === 'anyOf')
  const inside = (e: ErrorObject, a: ErrorObject): boolean => e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath)
  const bounded = (a: ErrorObject): boolean => errors.some((e) => overBound(e) && e.instancePath === a.instancePath && inside(e, a))
  return errors.filter((e) => {
    if (e.keyword === 'anyOf') return !bounded(e)
    const parent = anyOf.filter((a) => inside(e, a))
    return parent.length === 0 || (overBound(e) && parent.some((a) => a.instancePath === e.instancePath))
  })
}

const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'counts'] as const

const RATE_BOUND_NOTE = 'a rate, difference or ratio lies in [0, 1]'

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
    problems.push({ file, line: lp.line, column: lp.col, message: `cannot parse: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}` })
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

  if (data === null || data === undefined) return { config: null, problems: [{ file, line: 1, column: 1, message: 'the config is empty; expected a mapping with an `audits` list' }] }

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
    if (prev !== undefined) problems.push(at(['audits', i, 'name'], `duplicate audit name '${audit.name}' (also audits[${prev}]); names must be unique`))
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
      problems.push({ file, line: lp.line, column: lp.col, message: `expected a key name, got a ${isSeq(target) ? 'list' : 'mapping'}` })
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
  if (start === undefined || !/alias/i.test((e as Error).message)) return { file, line: 1, column: 1, message: `cannot read the config: ${(e as Error).message}` }
  const lp = lc.linePos(start)
  return { file, line: lp.line, column: lp.col, message: 'cannot parse: its aliases expand too far (a "billion laughs" document?); write the values out instead of nesting aliases' }
}

function strictJsonProblem(text: string, file: string, lc: LineCounter): Problem | null {
  try {
    JSON.parse(text)
    return null
  } catch (e) {
    const message = (e as Error).message
    const m = /position (\d+)/.exec(message)
    const pos = m ? lc.linePos(Number(m[1])) : undefined
    return { file, line: pos?.line, column: pos?.col, message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')}` }
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

type At = (path: PathSeg[], message: string, key?: boolean) => Problem

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined)
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : typeof v === 'string' && v ? [v] : [])
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

function normaliseAudit(raw: Record<string, unknown>, base: PathSeg[], at: At, positions: Positions, problems: Problem[]): AuditConfig | null {
  const name = str(raw.name) ?? `audits[${String(base[1])}]`
  const label = str(raw.label)
  const prediction = str(raw.prediction)
  const score = str(raw.score)
  const sensitive = strList(raw.sensitive)
  const intersections = Array.isArray(raw.intersections) ? raw.intersections.map(strList).filter((x) => x.length >= 2) : []

  if (!prediction && !score && raw.prediction === undefined && raw.score === undefined) {
    problems.push(at(base, "missing 'prediction' or 'score': set `prediction` to the predicted label column, or `score` (with `threshold`) to derive it"))
  }
  if (prediction && raw.threshold !== undefined) {
    problems.push(at([...base, 'threshold'], '`threshold` applies only when the prediction is derived from `score`; remove it or remove `prediction`', true))
  }
  if (raw.missing_group !== undefined && raw.missing !== 'group') {
    problems.push(at([...base, 'missing_group'], '`missing_group` applies only with `missing: group`', true))
  }

  const metrics = (Array.isArray(raw.metrics) ? raw.metrics.filter((m): m is string => typeof m === 'string') : DEFAULT_METRICS).map((m) => resolveBaseMetric(m) ?? m)
  // With a score and no explicit list, ROC AUC joins the default columns.
  if (score && !Array.isArray(raw.metrics)) metrics.push('roc_auc')
  if (!score) {
    metrics.forEach((m, j) => {
      if (resolveBaseMetric(m) && SCORE_METRICS.has(resolveBaseMetric(m) as BaseMetric)) problems.push(at([...base, 'metrics', j], `'${m}' needs a score column: set \`score\``))
    })
  }

  const groupingNames = [...sensitive, ...intersections.map((x) => x.join(' × '))]
  const gates: GateConfig[] = []
  const rawGates = Array.isArray(raw.gates) ? raw.gates : []
  rawGates.forEach((g, j) => {
    if (typeof g !== 'object' || g === null || Array.isArray(g)) return
    const gate = normaliseGate(g as Record<string, unknown>, [...base, 'gates', j], at, positions, problems, { sensitive, intersections, groupingNames, hasScore: !!score, confidence: raw.confidence !== false })
    if (gate) gates.push(gate)
  })

  const pos = positions.at(base) ?? { line: 1, column: 1 }
  const keyPos: Record<string, SourcePos> = {}
  const remember = (key: string, path: PathSeg[]): void => {
    const p = positions.at(path)
    if (p) keyPos[key] = p
  }
  for (const k of ['label', 'prediction', 'score', 'data']) remember(k, [...base, k])
  sensitive.forEach((_, j) => remember(`sensitive[${j}]`, [...base, 'sensitive', j]))
  intersections.forEach((x, j) => x.forEach((_, k) => remember(`intersections[${j}][${k}]`, [...base, 'intersections', j, k])))
  return {
    name,
    description: str(raw.description),
    data: strList(raw.data),
    format: FORMATS.find((f) => f === raw.format),
    delimiter: typeof raw.delimiter === 'string' && raw.delimiter.length === 1 ? raw.delimiter : undefined,
    label: label ?? '',
    prediction,
    score,
    threshold: num(raw.threshold) ?? 0.5,
    positive_label: typeof raw.positive_label === 'string' || typeof raw.positive_label === 'number' || typeof raw.positive_label === 'boolean' ? raw.positive_label : 1,
    sensitive,
    intersections,
    min_group_size: num(raw.min_group_size) ?? 0,
    min_positives: num(raw.min_positives),
    min_negatives: num(raw.min_negatives),
    reference: referencesOf(raw.reference, base, at, problems, sensitive, intersections),
    zero_division: raw.zero_division === 'fairlearn' ? 'fairlearn' : 'undefined',
    missing: raw.missing === 'group' || raw.missing === 'drop' ? raw.missing : 'error',
    missing_group: str(raw.missing_group) ?? '(missing)',
    max_groups: num(raw.max_groups) ?? DEFAULT_MAX_GROUPS,
    max_decompressed_bytes: num(raw.max_decompressed_bytes),
    metrics: [...new Set(metrics)],
    gates,
    confidence: confidenceOf(raw.confidence),
    pos,
    keyPos,
  }
}

function confidenceOf(raw: unknown): AuditConfig['confidence'] {
  if (raw === false) return null
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_CONFIDENCE }
  const r = raw as Record<string, unknown>
  return { level: num(r.level) ?? DEFAULT_CONFIDENCE.level, replicates: num(r.replicates) ?? DEFAULT_CONFIDENCE.replicates, seed: num(r.seed) ?? DEFAULT_CONFIDENCE.seed }
}

interface GateContext {
  sensitive: string[]
  intersections: string[][]
  groupingNames: string[]
  hasScore: boolean
  confidence: boolean
}

/**
 * Normalises `reference` to one spec per grouping label; unknown attributes are problems.
 * The map is keyed by column names, so it has no prototype: a column named `__proto__` or
 * `constructor` without a reference must look up nothing, not Object.prototype's member.
 */
function referencesOf(raw: unknown, base: PathSeg[], at: At, problems: Problem[], sensitive: string[], intersections: string[][]): Record<string, ReferenceConfig> {
  const labels = [...sensitive, ...intersections.map((x) => x.join(' × '))]
  const spec = (v: unknown): ReferenceConfig => (v === 'largest' || v === 'best' ? v : { group: String(v) })
  const out = Object.create(null) as Record<string, ReferenceConfig>
  if (typeof raw === 'string') {
    for (const l of labels) out[l] = spec(raw)
    return out
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const cols = key.split(/\s*(?:\+|×)\s*/)
    const label = cols.length === 1 ? key : intersections.find((x) => x.length === cols.length && x.every((c) => cols.includes(c)))?.join(' × ')
    if (label === undefined || !labels.includes(label)) {
      problems.push(at([...base, 'reference', key], `'${key}' is not a sensitive attribute or intersection of this audit${didYouMean(key, labels) || `; choose from: ${labels.join(', ')}`}`, true))
      continue
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[label] = spec(value)
  }
  return out
}

function normaliseGate(raw: Record<string, unknown>, path: PathSeg[], at: At, positions: Positions, problems: Problem[], ctx: GateContext): GateConfig | null {
  const metricName = str(raw.metric)
  if (!metricName) return null
  const resolved = resolveMetricName(metricName)
  if (!resolved) {
    // The schema's enum already reported it, with a suggestion.
    if (!ALL_METRIC_NAMES.includes(metricName)) return null
  }
  if (!resolved) return null
  const before = problems.length

  let attribute: string[] | undefined
  if (typeof raw.attribute === 'string') attribute = [raw.attribute]
  else if (Array.isArray(raw.attribute)) attribute = strList(raw.attribute)
  if (attribute && attribute.length > 0) {
    if (attribute.length === 1) {
      const a = attribute[0] as string
      if (!ctx.sensitive.includes(a)) {
        problems.push(at([...path, 'attribute'], `'${a}' is not a sensitive attribute of this audit${didYouMean(a, ctx.sensitive) || `; sensitive: ${ctx.sensitive.join(', ') || '(none)'}`}`))
      }
    } else {
      const match = ctx.intersections.find((x) => x.length === attribute!.length && x.every((c) => attribute!.includes(c)))
      if (!match) problems.push(at([...path, 'attribute'], `[${attribute.join(', ')}] is not one of this audit's intersections; add it to \`intersections\``))
      else attribute = match
    }
  }

  const eachGroup = raw.each_group as Bounds | undefined
  const hasBounds = raw.min !== undefined || raw.max !== undefined
  const change: ChangeBounds = {}
  for (const k of ['max_increase', 'max_decrease', 'max_relative_change'] as const) if (num(raw[k]) !== undefined) change[k] = num(raw[k]) as number
  const hasChange = Object.keys(change).length > 0
  // A gate with a misspelt key (reported by the schema) most likely misspelt its bound: one message is enough.
  const misspelt = Object.keys(raw).some((k) => !(k in CONFIG_SCHEMA.definitions.gate.properties))
  if (!hasBounds && eachGroup === undefined && !hasChange && !misspelt) problems.push(at(path, 'a gate needs `min`, `max` or `each_group`'))
  if (hasChange && eachGroup !== undefined) {
    problems.push(at(path, `baseline bounds (\`max_increase\`, \`max_decrease\`, \`max_relative_change\`) apply to one value: gate '${metricName}_group_min' or '${metricName}_group_max' instead of \`each_group\``))
  }
  if (raw.on === 'interval' && !ctx.confidence) problems.push(at([...path, 'on'], '`on: interval` needs confidence intervals, which this audit turns off (`confidence: false`)'))
  if (raw.method !== undefined && resolved.type === 'fairness' && fixedMethod(resolved.name) !== undefined && raw.method !== fixedMethod(resolved.name)) {
    problems.push(at([...path, 'method'], `'${metricName}' always compares to the reference group (${fixedMethod(resolved.name)}); remove \`method\` or gate demographic_parity_ratio instead`, true))
  }
  if (resolved.type !== 'base' && eachGroup !== undefined) problems.push(at([...path, 'each_group'], `\`each_group\` applies to per-group metrics like accuracy; '${metricName}' is already an aggregate over groups`, true))
  if (resolved.type === 'base' && attribute && !eachGroup && !hasChange) {
    problems.push(at([...path, 'attribute'], `'${metricName}' with an attribute needs \`each_group: {max: …}\` (every group's value) — or gate an aggregate such as '${metricName}_difference'`, true))
  }
  if (resolved.type === 'base' && eachGroup && hasBounds) problems.push(at(path, 'use either `min`/`max` (the overall value) or `each_group` (every group), not both'))
  if (raw.method !== undefined && !(resolved.type === 'fairness' || (resolved.type === 'aggregate' && (resolved.kind === 'difference' || resolved.kind === 'ratio')))) {
    problems.push(at([...path, 'method'], '`method` applies to differences and ratios only', true))
  }
  if (raw.agg !== undefined && !(resolved.type === 'fairness' && takesAgg(resolved.name))) {
    problems.push(at([...path, 'agg'], `\`agg\` applies to ${AGG_AGGREGATES.join(' and ')} only`, true))
  }
  if (!ctx.hasScore && baseMetricsOf(resolved).some((m) => SCORE_METRICS.has(m))) {
    problems.push(at([...path, 'metric'], `'${metricName}' needs a score column: set \`score\` in this audit`))
  }

  const bounded = !baseMetricsOf(resolved).some((m) => UNBOUNDED_METRICS.has(m))
  const checkBound = (value: unknown, p: PathSeg[]): void => {
    if (typeof value !== 'number') return
    if (bounded && (value < 0 || value > 1)) problems.push(at(p, `${value} is outside [0, 1]: ${RATE_BOUND_NOTE}`))
  }
  checkBound(raw.min, [...path, 'min'])
  checkBound(raw.max, [...path, 'max'])
  if (eachGroup && typeof eachGroup === 'object') {
    checkBound(eachGroup.min, [...path, 'each_group', 'min'])
    checkBound(eachGroup.max, [...path, 'each_group', 'max'])
  }
  const lo = typeof raw.min === 'number' ? raw.min : eachGroup?.min
  const hi = typeof raw.max === 'number' ? raw.max : eachGroup?.max
  if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) problems.push(at(path, `min ${lo} is above max ${hi}: no value can pass`))
  if (problems.length > before) return null

  return {
    metric: metricName,
    attribute: attribute && attribute.length > 0 ? attribute : undefined,
    method: resolved.type === 'fairness' && fixedMethod(resolved.name) ? (fixedMethod(resolved.name) as GateConfig['method']) : raw.method === 'to_overall' || raw.method === 'to_reference' ? raw.method : 'between_groups',
    min: num(raw.min),
    max: num(raw.max),
    each_group: eachGroup && typeof eachGroup === 'object' ? { min: num(eachGroup.min), max: num(eachGroup.max) } : undefined,
    level: raw.level === 'warning' ? 'warning' : 'error',
    insufficient: raw.insufficient === 'pass' || raw.insufficient === 'fail' ? raw.insufficient : 'warn',
    agg: raw.agg === 'mean' ? 'mean' : 'worst_case',
    on: raw.on === 'interval' ? 'interval' : 'point',
    ...(hasChange ? { change } : {}),
    name: str(raw.name),
    pos: positions.at(path) ?? { line: 1, column: 1 },
  }
}
