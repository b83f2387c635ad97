/**
 * A JSON report read back from a file — a baseline, or in `workflow_run` mode an artifact of
 * a run that a fork's pull request controlled. The renderer escapes every string it shows, but it writes numbers and
 * enumerations as they are; so before a downloaded report reaches a comment, every field the
 * renderer reads is checked to have its type (a number is a number, a level is error or
 * warning). A report that fails is refused, never rendered.
 */
import { Ajv } from 'ajv'
import { REPORT_SCHEMA_VERSION, type Report } from './types.js'

/** Longest config path a report read back may name. */
export const REPORT_CONFIG_CHARS = 1024

const str = { type: 'string' }
const strs = { type: 'array', items: str }
const bool = { type: 'boolean' }
const int = { type: 'integer', minimum: 0 }
const num = { type: 'number' }
const numOrNull = { type: ['number', 'null'] }
const attribute = { anyOf: [str, strs] }
const interval = { anyOf: [{ type: 'null' }, { type: 'array', items: numOrNull, minItems: 2, maxItems: 2 }] }
const delta = { type: 'object', properties: { baseline: numOrNull, change: numOrNull, relative_change: numOrNull, outside_interval: { type: ['boolean', 'null'] } } }
const numbers = { type: 'object', additionalProperties: numOrNull }
const strings = { type: 'object', additionalProperties: str }
const intervals = { type: 'object', additionalProperties: interval }
const deltas = { type: 'object', additionalProperties: delta }
const counts = { type: 'object', additionalProperties: num }

const gate = {
  type: 'object',
  required: ['metric', 'attribute', 'each_group', 'value', 'threshold', 'status', 'level', 'effect', 'message', 'groups', 'line'],
  properties: {
    metric: str,
    name: str,
    attribute: { anyOf: [{ type: 'null' }, str, strs] },
    method: str,
    each_group: bool,
    value: numOrNull,
    threshold: { type: 'object', additionalProperties: false, properties: { min: num, max: num } },
    change: { type: 'object', additionalProperties: false, properties: { max_increase: num, max_decrease: num, max_relative_change: num } },
    on: { enum: ['point', 'interval'] },
    status: { enum: ['pass', 'warn', 'fail', 'insufficient'] },
    level: { enum: ['error', 'warning'] },
    effect: { enum: ['pass', 'warn', 'fail'] },
    message: str,
    groups: strs,
    skipped: { type: 'array', items: { type: 'object', properties: { group: str, reason: str } } },
    line: int,
    ci: interval,
    delta,
    reference: { type: 'object', properties: { group: { type: ['string', 'null'] }, chosen: str } },
  },
}

const group = {
  type: 'object',
  required: ['attribute', 'group', 'key', 'present', 'count', 'metrics', 'undefined', 'sufficient'],
  properties: { attribute, group: strings, key: str, present: bool, count: num, counts, metrics: numbers, undefined: strings, sufficient: bool, insufficient_reason: str, insufficient_for: strings, ci: intervals, deltas },
}

const disparity = { type: 'object', required: ['attribute', 'metric', 'value', 'groups'], properties: { attribute, metric: str, method: { type: ['string', 'null'] }, value: numOrNull, groups: strs, ci: interval, delta } }

const audit = {
  type: 'object',
  required: ['name', 'data', 'rows', 'dropped_rows', 'settings', 'overall', 'groups', 'disparities', 'gates', 'warnings', 'passed'],
  properties: {
    name: str,
    description: str,
    data: strs,
    rows: int,
    dropped_rows: int,
    settings: {
      type: 'object',
      required: ['sensitive', 'intersections', 'min_group_size', 'metrics', 'zero_division'],
      properties: { sensitive: strs, intersections: { type: 'array', items: strs }, min_group_size: int, min_positives: int, min_negatives: int, metrics: strs, zero_division: { enum: ['undefined', 'fairlearn'] }, reference: strings },
    },
    overall: numbers,
    overall_undefined: strings,
    overall_counts: counts,
    overall_ci: intervals,
    overall_delta: deltas,
    confidence: { anyOf: [{ type: 'null' }, { type: 'object', required: ['level', 'replicates', 'seed'], properties: { level: num, replicates: int, seed: { type: 'integer' } } }] },
    baseline: { type: 'object', properties: { status: str, message: str } },
    groups: { type: 'array', items: group },
    disparities: { type: 'array', items: disparity },
    gates: { type: 'array', items: gate },
    warnings: strs,
    passed: bool,
  },
}

const REPORT = {
  type: 'object',
  required: ['schema_version', 'tool', 'config', 'passed', 'summary', 'audits'],
  properties: {
    schema_version: { type: 'integer' },
    tool: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'model-audit-gate' }, version: str } },
    // The config path reaches the comment's marker, its footer and the log: one line of visible characters.
    config: { type: 'string', minLength: 1, maxLength: REPORT_CONFIG_CHARS, pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$' },
    passed: bool,
    summary: { type: 'object', required: ['gates', 'failed', 'warned', 'insufficient', 'passed'], properties: { gates: int, failed: int, warned: int, insufficient: int, passed: int } },
    baseline: { type: 'object', properties: { status: str, source: str, tool_version: str, message: str } },
    audits: { type: 'array', items: audit },
  },
}

const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(REPORT)

/** Every way `data` is not a report this version renders (empty when it is). At most 10 listed. */
export function checkReport(data: unknown): string[] {
  if (validate(data)) return []
  return (validate.errors ?? []).slice(0, 10).map((e) =>
    e.instancePath === '/config' && e.keyword !== 'type'
      ? `/config must be the config's path: one line of visible characters, at most ${REPORT_CONFIG_CHARS.toLocaleString('en-US')}`
      : `${e.instancePath || '(the report)'} ${e.message ?? 'is invalid'}`,
  )
}

/** Why a text is not a report this version reads; each caller words it for its own input. */
export type ReportRejection = { kind: 'json'; error: string } | { kind: 'not_report' } | { kind: 'version'; version: unknown } | { kind: 'invalid'; details: string[] }

/**
 * Parses a report a previous run wrote: JSON, written by this tool, of this schema version,
 * and with every field the renderer reads of its type. The one gate for every report read
 * back, so a baseline and a workflow_run artifact are trusted on the same terms.
 */
export function parseReport(text: string): { report: Report } | { rejected: ReportRejection } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { rejected: { kind: 'json', error: (e as Error).message } }
  }
  const r = data as Partial<Report> | null
  if (!r || typeof r !== 'object' || r.tool?.name !== 'model-audit-gate' || !Array.isArray(r.audits) || typeof r.config !== 'string' || !r.summary) return { rejected: { kind: 'not_report' } }
  if (r.schema_version !== REPORT_SCHEMA_VERSION) return { rejected: { kind: 'version', version: r.schema_version } }
  const wrong = checkReport(r)
  if (wrong.length > 0) return { rejected: { kind: 'invalid', details: wrong } }
  return { report: r as Report }
}
