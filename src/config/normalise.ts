/**
 * From a validated config to `AuditConfig`: defaults filled, aliases resolved, and the rules a
 * schema cannot say (a gate's bounds and method, columns named twice, references), each a
 * problem at its path.
 */
import {
  ALL_METRIC_NAMES,
  baseMetricsOf,
  FAIRNESS_AGGREGATES,
  fixedMethod,
  LOWER_IS_BETTER,
  noIntervalReason,
  resolveBaseMetric,
  resolveMetricName,
  SCORE_METRICS,
  takesAgg,
  UNBOUNDED_METRICS,
  type BaseMetric,
  type FairnessAggregate,
} from '../stats/catalog.js'
import { binLabels } from '../data/bins.js'
import { COUNTS_TABLE_COLUMNS, groupingSetCollisions, groupingSetName } from '../data/counts-columns.js'
import { controlLevelMessage, didYouMean, type Problem } from './problem.js'
import { CONFIG_LIMITS, CONFIG_SCHEMA } from './schema.js'
import type { AuditConfig, Bounds, ChangeBounds, GateConfig, ReferenceConfig, SourcePos } from './types.js'
import { DEFAULT_CONFIDENCE, DEFAULT_MAX_GROUPS, DEFAULT_METRICS, DEFAULT_MIN_HISTORY } from './types.js'
import type { PathSeg, Positions } from './positions.js'

/** The aggregates whose parts a gate's `agg` combines. */
const AGG_AGGREGATES = (Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]).filter(takesAgg)

export const FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'counts'] as const

export const RATE_BOUND_NOTE = 'a rate, difference or ratio lies in [0, 1]'

export type At = (path: PathSeg[], message: string, key?: boolean) => Problem

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined)
export const strList = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && x.length > 0)
    : typeof v === 'string' && v
      ? [v]
      : []
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

export function normaliseAudit(
  raw: Record<string, unknown>,
  base: PathSeg[],
  at: At,
  positions: Positions,
  problems: Problem[],
): AuditConfig | null {
  const name = str(raw.name) ?? `audits[${String(base[1])}]`
  const label = str(raw.label)
  const prediction = str(raw.prediction)
  const score = str(raw.score)
  const weight = str(raw.weight)
  const sensitive = strList(raw.sensitive)
  const intersections = Array.isArray(raw.intersections)
    ? raw.intersections.map(strList).filter((x) => x.length >= 2)
    : []
  const control = strList(raw.control)
  control.forEach((c, j) => {
    const where: PathSeg[] = [...base, 'control', j]
    if (sensitive.includes(c))
      problems.push(
        at(
          where,
          `control column '${c}' is also a sensitive attribute; a column is either held fixed (\`control\`) or compared (\`sensitive\`), not both`,
        ),
      )
    else if (intersections.some((x) => x.includes(c)))
      problems.push(
        at(
          where,
          `control column '${c}' is also in an intersection; a column is either held fixed (\`control\`) or compared (\`intersections\`), not both`,
        ),
      )
    const role = c === label ? 'label' : c === prediction ? 'prediction' : c === score ? 'score' : null
    if (role)
      problems.push(
        at(
          where,
          `control column '${c}' is the audit's ${role} column; control columns are attributes to hold fixed, such as a channel or an income band`,
        ),
      )
  })

  // A counts table's own columns (`grouping_set`, `tp`, `n_rows`, …) cannot also be group columns:
  // the reader would take the group column for its own (red team 31 R31-4).
  if (raw.format === 'counts') {
    const own = (c: string): string | undefined => COUNTS_TABLE_COLUMNS.find((n) => n === c.toLowerCase())
    for (const [key, list] of [
      ['sensitive', sensitive],
      ['control', control],
    ] as const)
      list.forEach((c, j) => {
        const name = own(c)
        if (name)
          problems.push(
            at(
              [...base, key, j],
              `${key === 'control' ? 'control' : 'sensitive'} column '${c}' has the name of a counts table's own column '${name}'; rename it in the data and the config`,
            ),
          )
      })
    // Two groupings one `grouping_set` text names (a column `a,b` beside the intersection [a, b]).
    const groupings = [
      ...sensitive.map((c) => [...control, c]),
      ...intersections.map((x) => [...control, ...x]),
      ...(control.length > 0 ? [control] : []),
    ]
    for (const pair of groupingSetCollisions(groupings))
      problems.push(
        at([...base, 'sensitive'], `${groupingSetName(pair)}; rename the column in the data and the config`),
      )
  }

  if (!prediction && !score && raw.prediction === undefined && raw.score === undefined) {
    problems.push(
      at(
        base,
        "missing 'prediction' or 'score': set `prediction` to the predicted label column, or `score` (with `threshold`) to derive it",
      ),
    )
  }
  if (prediction && raw.threshold !== undefined) {
    problems.push(
      at(
        [...base, 'threshold'],
        '`threshold` applies only when the prediction is derived from `score`; remove it or remove `prediction`',
        true,
      ),
    )
  }
  // The prediction or score read from the label column makes every gate green: accuracy 1 and no
  // gap in every group, ROC AUC 1 (red team 40 R40-9).
  if (prediction !== undefined && prediction === label)
    problems.push(
      at(
        [...base, 'prediction'],
        `the prediction column '${prediction}' is also the label column: every prediction would be right; name the column that holds the model's predicted labels`,
      ),
    )
  if (score !== undefined && score === label)
    problems.push(
      at(
        [...base, 'score'],
        `the score column '${score}' is also the label column: it would rank every row right; name the column that holds the model's score`,
      ),
    )
  if (prediction !== undefined && prediction === score)
    problems.push(
      at(
        [...base, 'prediction'],
        `the prediction column '${prediction}' is also the score column; name the column of predicted labels, or remove \`prediction\` to derive it from the score and \`threshold\``,
      ),
    )
  if (weight !== undefined) {
    const roles: [string, string | undefined][] = [
      ['label', label],
      ['prediction', prediction],
      ['score', score],
    ]
    for (const [role, column] of roles)
      if (column === weight)
        problems.push(
          at(
            [...base, 'weight'],
            `the weight column '${weight}' is also the ${role} column; name the column that holds each row's sample weight`,
          ),
        )
    if (sensitive.includes(weight) || intersections.some((x) => x.includes(weight)) || control.includes(weight))
      problems.push(
        at(
          [...base, 'weight'],
          `the weight column '${weight}' is also a sensitive attribute or control column; a weight is a number per row, not a group`,
        ),
      )
  }
  if (raw.missing_group !== undefined && raw.missing !== 'group') {
    problems.push(at([...base, 'missing_group'], '`missing_group` applies only with `missing: group`', true))
  }

  const metrics = (
    Array.isArray(raw.metrics) ? raw.metrics.filter((m): m is string => typeof m === 'string') : DEFAULT_METRICS
  ).map((m) => resolveBaseMetric(m) ?? m)
  // With a score and no explicit list, ROC AUC joins the default columns.
  if (score && !Array.isArray(raw.metrics)) metrics.push('roc_auc')
  if (!score) {
    metrics.forEach((m, j) => {
      if (resolveBaseMetric(m) && SCORE_METRICS.has(resolveBaseMetric(m) as BaseMetric))
        problems.push(at([...base, 'metrics', j], `'${m}' needs a score column: set \`score\``))
    })
  }

  const groupingNames = [...sensitive, ...intersections.map((x) => x.join(' × '))]
  const gates: GateConfig[] = []
  const rawGates = Array.isArray(raw.gates) ? raw.gates : []
  rawGates.forEach((g, j) => {
    if (typeof g !== 'object' || g === null || Array.isArray(g)) return
    const gate = normaliseGate(g as Record<string, unknown>, [...base, 'gates', j], at, positions, problems, {
      sensitive,
      intersections,
      groupingNames,
      hasScore: !!score,
      counts: raw.format === 'counts',
      confidence: raw.confidence !== false,
      control,
    })
    if (gate) gates.push(gate)
  })

  const pos = positions.at(base) ?? { line: 1, column: 1 }
  const keyPos: Record<string, SourcePos> = {}
  const remember = (key: string, path: PathSeg[]): void => {
    const p = positions.at(path)
    if (p) keyPos[key] = p
  }
  for (const k of ['label', 'prediction', 'score', 'weight', 'data', 'control']) remember(k, [...base, k])
  sensitive.forEach((_, j) => remember(`sensitive[${j}]`, [...base, 'sensitive', j]))
  intersections.forEach((x, j) =>
    x.forEach((_, k) => remember(`intersections[${j}][${k}]`, [...base, 'intersections', j, k])),
  )
  control.forEach((_, j) => remember(`control[${j}]`, [...base, 'control', j]))
  if (Array.isArray(raw.data)) raw.data.forEach((_, j) => remember(`data[${j}]`, [...base, 'data', j]))
  const bins = binsOf(raw, base, at, problems, { sensitive, intersections, label, prediction, score })
  const reference = referencesOf(raw.reference, base, at, problems, sensitive, intersections)
  // With `missing: group`, a binned column's groups are its bins' labels and the missing group.
  const missingGroups = raw.missing === 'group' ? [str(raw.missing_group) ?? '(missing)'] : []
  binnedReferences(raw, base, at, problems, reference, bins, missingGroups)
  binnedControlLevels(at, base, problems, gates, control, bins, missingGroups)
  return {
    name,
    description: str(raw.description),
    data: strList(raw.data),
    format: FORMATS.find((f) => f === raw.format),
    delimiter: typeof raw.delimiter === 'string' && raw.delimiter.length === 1 ? raw.delimiter : undefined,
    label: label ?? '',
    prediction,
    score,
    weight,
    threshold: num(raw.threshold) ?? 0.5,
    positive_label:
      typeof raw.positive_label === 'string' ||
      typeof raw.positive_label === 'number' ||
      typeof raw.positive_label === 'boolean'
        ? raw.positive_label
        : 1,
    sensitive,
    intersections,
    bins,
    control,
    min_group_size: num(raw.min_group_size) ?? 0,
    min_positives: num(raw.min_positives),
    min_negatives: num(raw.min_negatives),
    reference,
    zero_division: raw.zero_division === 'fairlearn' ? 'fairlearn' : 'undefined',
    missing: raw.missing === 'group' || raw.missing === 'drop' ? raw.missing : 'error',
    missing_group: str(raw.missing_group) ?? '(missing)',
    max_groups: num(raw.max_groups) ?? DEFAULT_MAX_GROUPS,
    max_decompressed_bytes: num(raw.max_decompressed_bytes),
    max_decompression_ratio: num(raw.max_decompression_ratio),
    metrics: [...new Set(metrics)],
    gates,
    confidence: confidenceOf(raw.confidence),
    pos,
    keyPos,
  }
}

/**
 * `bins`: column → edges. The schema has checked the shape (a mapping of non-empty lists of
 * numbers); here, each edge finite and above the one before it, and each column one the audit
 * groups by. A `bins` column the audit does not group by is a problem, not a warning: it is
 * most likely a misspelt attribute (`Age` for `age`), which would otherwise be audited
 * unbinned, one group per distinct age. Null-prototype, as the map is keyed by column names.
 */
function binsOf(
  raw: Record<string, unknown>,
  base: PathSeg[],
  at: At,
  problems: Problem[],
  roles: { sensitive: string[]; intersections: string[][]; label?: string; prediction?: string; score?: string },
): Record<string, number[]> {
  const out = Object.create(null) as Record<string, number[]>
  if (typeof raw.bins !== 'object' || raw.bins === null || Array.isArray(raw.bins)) return out
  // `control` columns (when the audit has them) are grouping columns too.
  const grouped = [...new Set([...roles.sensitive, ...roles.intersections.flat(), ...strList(raw.control)])]
  for (const [column, edges] of Object.entries(raw.bins as Record<string, unknown>)) {
    // Longer than any column name: the schema said so at the key (no message echoing it again).
    if (column.length > CONFIG_LIMITS.name) continue
    const path = [...base, 'bins', column]
    const role = (['label', 'prediction', 'score'] as const).find((r) => roles[r] === column)
    if (role) {
      problems.push(at(path, `'${column}' is the ${role} column; \`bins\` groups a sensitive attribute`, true))
      continue
    }
    if (!grouped.includes(column)) {
      problems.push(
        at(
          path,
          `\`bins\` names '${column}', which is not a sensitive, intersection or control column of this audit${didYouMean(column, grouped) || `; grouping columns: ${grouped.join(', ') || '(none)'}`}`,
          true,
        ),
      )
      continue
    }
    // Not a list of finite numbers (YAML's .inf and .nan are numbers ajv refuses): the schema said so.
    if (!Array.isArray(edges) || edges.length === 0 || !edges.every((e) => Number.isFinite(e))) continue
    const before = problems.length
    edges.forEach((e: number, j) => {
      const prev = edges[j - 1] as number | undefined
      if (prev !== undefined && e <= prev) {
        problems.push(
          at(
            [...path, j],
            e === prev
              ? `bin edge ${e} is given twice (edges ${j} and ${j + 1} of '${column}'); edges must be strictly increasing`
              : `bin edge ${e} is below the edge before it (${String(prev)}); the edges of '${column}' must be strictly increasing, e.g. [${[...new Set(edges as number[])].sort((a, b) => a - b).join(', ')}]`,
          ),
        )
      }
    })
    const missingGroup = str(raw.missing_group) ?? '(missing)'
    if (raw.missing === 'group' && binLabels(edges as number[]).includes(missingGroup))
      problems.push(
        at(
          [...base, 'missing_group'],
          `missing_group '${missingGroup}' is also a bin of '${column}'; missing values would join that bin: choose another name`,
        ),
      )
    if (problems.length === before) out[column] = edges as number[]
  }
  return out
}

function confidenceOf(raw: unknown): AuditConfig['confidence'] {
  if (raw === false) return null
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_CONFIDENCE }
  const r = raw as Record<string, unknown>
  return {
    level: num(r.level) ?? DEFAULT_CONFIDENCE.level,
    replicates: num(r.replicates) ?? DEFAULT_CONFIDENCE.replicates,
    seed: num(r.seed) ?? DEFAULT_CONFIDENCE.seed,
  }
}

interface GateContext {
  sensitive: string[]
  intersections: string[][]
  groupingNames: string[]
  hasScore: boolean
  /** `format: counts`: no score per row, so no score metric can be computed. */
  counts: boolean
  confidence: boolean
  /** The audit's control columns: `control_level` needs some. */
  control: string[]
}

/**
 * Normalises `reference` to one spec per grouping label; unknown attributes are problems.
 * The map is keyed by column names, so it has no prototype: a column named `__proto__` or
 * `constructor` without a reference must look up nothing, not Object.prototype's member.
 */
function referencesOf(
  raw: unknown,
  base: PathSeg[],
  at: At,
  problems: Problem[],
  sensitive: string[],
  intersections: string[][],
): Record<string, ReferenceConfig> {
  const labels = [...sensitive, ...intersections.map((x) => x.join(' × '))]
  const spec = (v: unknown): ReferenceConfig => (v === 'largest' || v === 'best' ? v : { group: String(v) })
  const out = Object.create(null) as Record<string, ReferenceConfig>
  if (typeof raw === 'string') {
    for (const l of labels) out[l] = spec(raw)
    return out
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    // The schema refuses a longer key at its line; it is no name of this audit either.
    if (key.length > CONFIG_LIMITS.referenceKey) continue
    const cols = splitIntersection(key)
    const label =
      cols.length === 1
        ? key
        : intersections.find((x) => x.length === cols.length && x.every((c) => cols.includes(c)))?.join(' × ')
    if (label === undefined || !labels.includes(label)) {
      problems.push(
        at(
          [...base, 'reference', key],
          `'${key}' is not a sensitive attribute or intersection of this audit${didYouMean(key, labels) || `; choose from: ${labels.join(', ')}`}`,
          true,
        ),
      )
      continue
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[label] = spec(value)
  }
  return out
}

/**
 * A named reference group of a binned attribute that is none of its bins' labels (nor, with
 * `missing: group`, the missing group), as a problem: such a column's groups are known from the
 * config, and the audit refused the name only once it had read the data, so \`model-audit-gate
 * sql\` printed the query of a config the audit exits 2 on (red team 34 R34-8).
 */
function binnedReferences(
  raw: Record<string, unknown>,
  base: PathSeg[],
  at: At,
  problems: Problem[],
  reference: Record<string, ReferenceConfig>,
  bins: Record<string, number[]>,
  missingGroups: readonly string[],
): void {
  for (const [label, spec] of Object.entries(reference)) {
    if (typeof spec !== 'object' || !Object.hasOwn(bins, label)) continue
    const groups = [...binLabels(bins[label] as number[]), ...missingGroups]
    if (groups.includes(spec.group)) continue
    problems.push(
      at(
        typeof raw.reference === 'object' ? [...base, 'reference', label] : [...base, 'reference'],
        `reference group '${spec.group}' is not a group of ${label}, a binned column: its groups are its bins' labels${didYouMean(spec.group, groups) || `; groups: ${groups.join(', ')}`}`,
      ),
    )
  }
}

/** Most levels `binnedControlLevels` lists: more bins than that are not worth naming in a message. */
const MAX_BINNED_LEVELS = 10_000

/**
 * A gate's `control_level` that no level can be when every control column is binned (the levels
 * are their bins' labels, joined by ' | ' in `control` order, and the missing group with `missing:
 * group`), as a problem at it: the audit refused it only after reading the data, and \`sql\`
 * printed the query (red team 34 R34-8). The message is the audit's.
 */
function binnedControlLevels(
  at: At,
  base: PathSeg[],
  problems: Problem[],
  gates: readonly GateConfig[],
  control: readonly string[],
  bins: Record<string, number[]>,
  missingGroups: readonly string[],
): void {
  if (control.length === 0 || !control.every((c) => Object.hasOwn(bins, c))) return
  let levels = ['']
  for (const [i, c] of control.entries()) {
    const values = [...binLabels(bins[c] as number[]), ...missingGroups]
    if (levels.length * values.length > MAX_BINNED_LEVELS) return
    levels = levels.flatMap((l) => values.map((v) => (i === 0 ? v : `${l} | ${v}`)))
  }
  for (const g of gates) {
    if (g.control_level === undefined || levels.includes(g.control_level)) continue
    const pos = g.control_level_pos ?? g.pos
    // At the gate's control_level, as the audit says it (no config path).
    const { file } = at(base, '')
    problems.push({
      file,
      line: pos.line,
      column: pos.column,
      message: controlLevelMessage(g.control_level, control, levels),
    })
  }
}

/**
 * A `reference` key's column names: split at each `+` or `×`, the white space around each one
 * dropped (the key's own leading and trailing white space kept, as a name's). A scan: the
 * unanchored regex it replaces (white space, a separator, white space) gave back every run of
 * white space without a separator at each of its positions, quadratic in the run (red team 28
 * R28-10: a key of 250,000 spaces took 22 s).
 */
export function splitIntersection(key: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < key.length; i++) {
    const c = key[i]
    if (c !== '+' && c !== '×') continue
    parts.push(key.slice(start, i))
    start = i + 1
  }
  parts.push(key.slice(start))
  if (parts.length === 1) return parts
  return parts.map((part, i) => (i === 0 ? part.trimEnd() : i === parts.length - 1 ? part.trimStart() : part.trim()))
}

function normaliseGate(
  raw: Record<string, unknown>,
  path: PathSeg[],
  at: At,
  positions: Positions,
  problems: Problem[],
  ctx: GateContext,
): GateConfig | null {
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
        problems.push(
          at(
            [...path, 'attribute'],
            `'${a}' is not a sensitive attribute of this audit${didYouMean(a, ctx.sensitive) || `; sensitive: ${ctx.sensitive.join(', ') || '(none)'}`}`,
          ),
        )
      }
    } else {
      const match = ctx.intersections.find(
        (x) => x.length === attribute!.length && x.every((c) => attribute!.includes(c)),
      )
      if (!match)
        problems.push(
          at(
            [...path, 'attribute'],
            `[${attribute.join(', ')}] is not one of this audit's intersections; add it to \`intersections\``,
          ),
        )
      else attribute = match
    }
  }

  const eachGroup = raw.each_group as Bounds | undefined
  const hasBounds = raw.min !== undefined || raw.max !== undefined
  const change: ChangeBounds = {}
  for (const k of ['max_increase', 'max_decrease', 'max_relative_change'] as const)
    if (num(raw[k]) !== undefined) change[k] = num(raw[k]) as number
  const hasChange = Object.keys(change).length > 0
  // A gate with a misspelt key (reported by the schema) most likely misspelt its bound: one message is enough.
  const misspelt = Object.keys(raw).some((k) => !(k in CONFIG_SCHEMA.definitions.gate.properties))
  if (!hasBounds && eachGroup === undefined && !hasChange && !misspelt)
    problems.push(at(path, 'a gate needs `min`, `max` or `each_group`'))
  if (hasChange && eachGroup !== undefined) {
    problems.push(
      at(
        path,
        `baseline bounds (\`max_increase\`, \`max_decrease\`, \`max_relative_change\`) apply to one value: gate '${metricName}_group_min' or '${metricName}_group_max' instead of \`each_group\``,
      ),
    )
  }
  if ((raw.against !== undefined || raw.min_history !== undefined) && !hasChange && !misspelt)
    problems.push(
      at(
        [...path, raw.against !== undefined ? 'against' : 'min_history'],
        '`against` and `min_history` say what `max_increase`, `max_decrease` or `max_relative_change` compare with; this gate has none of them',
        true,
      ),
    )
  if (raw.min_history !== undefined && raw.against !== 'history_median' && hasChange)
    problems.push(
      at(
        [...path, 'min_history'],
        '`min_history` applies to `against: history_median` only; add it or remove this',
        true,
      ),
    )
  // The method the gate compares with, as the returned gate says it.
  const method: GateConfig['method'] =
    resolved.type === 'fairness' && fixedMethod(resolved.name)
      ? (fixedMethod(resolved.name) as GateConfig['method'])
      : raw.method === 'to_overall' || raw.method === 'to_reference'
        ? raw.method
        : 'between_groups'
  const noInterval = raw.on === 'interval' ? noIntervalReason(resolved, method) : undefined
  if (raw.on === 'interval' && !ctx.confidence)
    problems.push(
      at(
        [...path, 'on'],
        '`on: interval` needs confidence intervals, which this audit turns off (`confidence: false`)',
      ),
    )
  // Such a gate was always "no interval could be computed", a warning by default, whatever its
  // value: it could never fail (red team 40 R40-11).
  else if (noInterval !== undefined) {
    const toOverall = resolved.type !== 'base' && method === 'to_overall'
    problems.push(
      at(
        [...path, 'on'],
        `\`on: interval\` needs an interval, which '${metricName}'${toOverall ? ' to overall' : ''} never has: ${noInterval}; ${toOverall ? 'compare between groups or to a reference group (`method`), or ' : ''}remove \`on: interval\` to judge the value itself`,
      ),
    )
  }
  if (
    raw.method !== undefined &&
    resolved.type === 'fairness' &&
    fixedMethod(resolved.name) !== undefined &&
    raw.method !== fixedMethod(resolved.name)
  ) {
    problems.push(
      at(
        [...path, 'method'],
        `'${metricName}' always compares to the reference group (${fixedMethod(resolved.name)}); remove \`method\` or gate demographic_parity_ratio instead`,
        true,
      ),
    )
  }
  if (resolved.type !== 'base' && eachGroup !== undefined)
    problems.push(
      at(
        [...path, 'each_group'],
        `\`each_group\` applies to per-group metrics like accuracy; '${metricName}' is already an aggregate over groups`,
        true,
      ),
    )
  // With a change bound too: `each_group` takes none, and the gate was judged on the overall
  // value, the attribute dropped (red team 40 R40-2).
  if (resolved.type === 'base' && attribute && !eachGroup) {
    const worst = LOWER_IS_BETTER.has(resolved.metric) ? ['max', 'min'] : ['min', 'max']
    problems.push(
      at(
        [...path, 'attribute'],
        hasChange
          ? `'${metricName}' with an attribute needs \`each_group\` (every group's value), which takes no \`max_increase\`, \`max_decrease\` or \`max_relative_change\`: to bound a change per group, gate '${metricName}_group_${worst[0]}' (or '${metricName}_group_${worst[1]}') with this attribute — or an aggregate such as '${metricName}_difference'`
          : `'${metricName}' with an attribute needs \`each_group: {max: …}\` (every group's value) — or gate an aggregate such as '${metricName}_difference'`,
        true,
      ),
    )
  }
  if (resolved.type === 'base' && eachGroup && hasBounds)
    problems.push(at(path, 'use either `min`/`max` (the overall value) or `each_group` (every group), not both'))
  if (
    raw.method !== undefined &&
    !(
      resolved.type === 'fairness' ||
      (resolved.type === 'aggregate' && (resolved.kind === 'difference' || resolved.kind === 'ratio'))
    )
  ) {
    problems.push(at([...path, 'method'], '`method` applies to differences and ratios only', true))
  }
  if (raw.agg !== undefined && !(resolved.type === 'fairness' && takesAgg(resolved.name))) {
    problems.push(at([...path, 'agg'], `\`agg\` applies to ${AGG_AGGREGATES.join(' and ')} only`, true))
  }
  const controlLevel =
    typeof raw.control_level === 'string' ||
    typeof raw.control_level === 'number' ||
    typeof raw.control_level === 'boolean'
      ? String(raw.control_level)
      : undefined
  if (controlLevel !== undefined && ctx.control.length === 0)
    problems.push(
      at(
        [...path, 'control_level'],
        '`control_level` applies only to an audit with `control` columns; remove it or set `control`',
        true,
      ),
    )
  // A counts table has no score, so such a gate could only ever be "insufficient", a warning by
  // default: a roc_auc gate the rows fail passed from the query's counts (red team 31 R31-8).
  if (ctx.counts && baseMetricsOf(resolved).some((m) => SCORE_METRICS.has(m))) {
    problems.push(
      at(
        [...path, 'metric'],
        `'${metricName}' needs each row's score, which a counts table (\`format: counts\`) does not hold: gate it on the rows, or remove this gate`,
      ),
    )
  } else if (!ctx.hasScore && baseMetricsOf(resolved).some((m) => SCORE_METRICS.has(m))) {
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
  if (typeof lo === 'number' && typeof hi === 'number' && lo > hi)
    problems.push(at(path, `min ${lo} is above max ${hi}: no value can pass`))
  if (problems.length > before) return null

  return {
    metric: metricName,
    attribute: attribute && attribute.length > 0 ? attribute : undefined,
    method,
    min: num(raw.min),
    max: num(raw.max),
    each_group:
      eachGroup && typeof eachGroup === 'object' ? { min: num(eachGroup.min), max: num(eachGroup.max) } : undefined,
    level: raw.level === 'warning' ? 'warning' : 'error',
    insufficient: raw.insufficient === 'pass' || raw.insufficient === 'fail' ? raw.insufficient : 'warn',
    agg: raw.agg === 'mean' ? 'mean' : 'worst_case',
    on: raw.on === 'interval' ? 'interval' : 'point',
    ...(hasChange ? { change } : {}),
    ...(hasChange && raw.against === 'history_median'
      ? {
          against: 'history_median' as const,
          min_history: typeof raw.min_history === 'number' ? raw.min_history : DEFAULT_MIN_HISTORY,
        }
      : {}),
    ...(controlLevel !== undefined
      ? { control_level: controlLevel, control_level_pos: positions.at([...path, 'control_level']) }
      : {}),
    name: str(raw.name),
    pos: positions.at(path) ?? { line: 1, column: 1 },
  }
}
