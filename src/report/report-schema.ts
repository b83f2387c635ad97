/**
 * The JSON Schema of a report read back (`report/check.ts`): every field the renderer reads,
 * with its type and the config's bounds. `npm run validators` compiles it at build time into
 * `validate-report.generated.js`, as the config's schema is compiled, so that no run loads ajv
 * (its compiler was about a tenth of a small audit's start-up, loaded by every run for the few
 * that read a baseline or history) nor compiles this schema when it reads one.
 */
import { CONFIG_LIMITS } from '../config/schema.js'
import { ALL_METRIC_NAMES } from '../stats/catalog.js'
import { MAX_CONTROL_LEVELS } from '../stats/control.js'
import { MAX_HISTORY_LIMIT, MAX_HISTORY_PATTERNS, MAX_HISTORY_SKIPPED } from './types.js'

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
const delta = {
  type: 'object',
  properties: {
    baseline: numOrNull,
    change: numOrNull,
    relative_change: numOrNull,
    outside_interval: { type: ['boolean', 'null'] },
  },
}
/**
 * The most disparities (or worst levels) one audit or level can have: one per grouping
 * (attribute or intersection), metric and method (`fairness/disparities.ts`), at the config's bounds.
 */
const MAX_DISPARITIES = (CONFIG_LIMITS.sensitive + CONFIG_LIMITS.intersections) * ALL_METRIC_NAMES.length * 3
const numbers = { type: 'object', additionalProperties: numOrNull }
const strings = { type: 'object', additionalProperties: str }
const intervals = { type: 'object', additionalProperties: interval }
const deltas = { type: 'object', additionalProperties: delta }
const counts = { type: 'object', additionalProperties: num }
const weighted = {
  type: 'object',
  required: ['weight_sum', 'n_eff', 'counts', 'squares'],
  properties: { weight_sum: num, n_eff: num, counts, squares: counts },
}

const gate = {
  type: 'object',
  required: [
    'metric',
    'attribute',
    'each_group',
    'value',
    'threshold',
    'status',
    'level',
    'effect',
    'message',
    'groups',
    'line',
  ],
  properties: {
    metric: str,
    name: str,
    attribute: { anyOf: [{ type: 'null' }, str, strs] },
    method: str,
    agg: { enum: ['mean'] },
    each_group: bool,
    value: numOrNull,
    threshold: { type: 'object', additionalProperties: false, properties: { min: num, max: num } },
    change: {
      type: 'object',
      additionalProperties: false,
      properties: { max_increase: num, max_decrease: num, max_relative_change: num },
    },
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
    against: { enum: ['history_median'] },
    min_history: int,
    history: {
      type: 'object',
      required: ['values', 'count', 'median'],
      properties: {
        values: { type: 'array', items: numOrNull, maxItems: MAX_HISTORY_LIMIT },
        count: int,
        median: numOrNull,
      },
    },
    control: {
      type: 'object',
      required: ['level', 'chosen', 'levels'],
      properties: {
        level: str,
        chosen: { enum: ['named', 'worst'] },
        levels: {
          type: 'array',
          maxItems: MAX_CONTROL_LEVELS,
          items: {
            type: 'object',
            required: ['level', 'status'],
            properties: { level: str, value: numOrNull, status: { enum: ['pass', 'warn', 'fail', 'insufficient'] } },
          },
        },
      },
    },
  },
}

const group = {
  type: 'object',
  required: ['attribute', 'group', 'key', 'present', 'count', 'metrics', 'undefined', 'sufficient'],
  properties: {
    attribute,
    group: strings,
    key: str,
    present: bool,
    count: num,
    counts,
    weighted,
    metrics: numbers,
    undefined: strings,
    sufficient: bool,
    insufficient_reason: str,
    insufficient_for: strings,
    ci: intervals,
    deltas,
  },
}

const disparity = {
  type: 'object',
  required: ['attribute', 'metric', 'value', 'groups'],
  properties: {
    attribute,
    metric: str,
    method: { type: ['string', 'null'] },
    value: numOrNull,
    groups: strs,
    ci: interval,
    delta,
  },
}

/** An audit's per-level results (`control`): each level is read as an audit's groups and disparities are. */
const control = {
  type: 'object',
  required: ['columns', 'levels', 'worst'],
  properties: {
    columns: { ...strs, maxItems: CONFIG_LIMITS.control },
    // A controlled audit has at most MAX_CONTROL_LEVELS levels (`audit.ts`); each is rendered as an audit's section.
    levels: {
      type: 'array',
      maxItems: MAX_CONTROL_LEVELS,
      items: {
        type: 'object',
        required: [
          'level',
          'control',
          'rows',
          'overall',
          'overall_undefined',
          'overall_counts',
          'groups',
          'disparities',
        ],
        properties: {
          level: str,
          control: strings,
          rows: int,
          overall: numbers,
          overall_undefined: strings,
          overall_counts: counts,
          overall_ci: intervals,
          overall_delta: deltas,
          groups: { type: 'array', items: group },
          disparities: { type: 'array', items: disparity, maxItems: MAX_DISPARITIES },
        },
      },
    },
    worst: {
      type: 'array',
      maxItems: MAX_DISPARITIES,
      items: {
        type: 'object',
        required: ['attribute', 'metric', 'level', 'value'],
        properties: {
          attribute,
          metric: str,
          method: { type: ['string', 'null'] },
          level: { type: ['string', 'null'] },
          value: numOrNull,
        },
      },
    },
  },
}

const audit = {
  type: 'object',
  required: [
    'name',
    'data',
    'rows',
    'dropped_rows',
    'settings',
    'overall',
    'groups',
    'disparities',
    'gates',
    'warnings',
    'passed',
  ],
  properties: {
    name: str,
    description: str,
    data: strs,
    rows: int,
    dropped_rows: int,
    settings: {
      type: 'object',
      required: ['sensitive', 'intersections', 'min_group_size', 'metrics', 'zero_division'],
      properties: {
        // The config's own bounds: a report of a config the tool would have refused is not one it wrote.
        sensitive: { ...strs, maxItems: CONFIG_LIMITS.sensitive },
        intersections: {
          type: 'array',
          maxItems: CONFIG_LIMITS.intersections,
          items: { ...strs, maxItems: CONFIG_LIMITS.intersectionSize },
        },
        control: { ...strs, maxItems: CONFIG_LIMITS.control },
        min_group_size: int,
        min_positives: int,
        min_negatives: int,
        metrics: strs,
        zero_division: { enum: ['undefined', 'fairlearn'] },
        reference: strings,
      },
    },
    overall: numbers,
    overall_undefined: strings,
    overall_counts: counts,
    overall_weighted: weighted,
    overall_ci: intervals,
    overall_delta: deltas,
    confidence: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['level', 'replicates', 'seed'],
          properties: { level: num, replicates: int, seed: { type: 'integer' } },
        },
      ],
    },
    baseline: { type: 'object', properties: { status: str, message: str } },
    groups: { type: 'array', items: group },
    disparities: { type: 'array', items: disparity, maxItems: MAX_DISPARITIES },
    control,
    // A gate without an attribute gives one result per sensitive attribute (gate/evaluate.ts `scopes`).
    gates: { type: 'array', items: gate, maxItems: CONFIG_LIMITS.gates * CONFIG_LIMITS.sensitive },
    warnings: strs,
    passed: bool,
  },
}

/** A run's identity as the trend shows it: each field a shape no markup can hide in. */
const runProperties = {
  started_at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$' },
  sha: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
  ref: { type: 'string', maxLength: REPORT_CONFIG_CHARS, pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$' },
  run_id: { type: 'string', pattern: '^[0-9]{1,20}$' },
  run_attempt: int,
}
const run = { type: 'object', required: ['started_at'], properties: runProperties }

const history = {
  type: 'object',
  required: ['patterns', 'limit', 'matched', 'runs', 'skipped', 'skipped_count'],
  properties: {
    patterns: { ...strs, maxItems: MAX_HISTORY_PATTERNS },
    limit: int,
    matched: int,
    runs: {
      type: 'array',
      maxItems: MAX_HISTORY_LIMIT,
      items: { type: 'object', required: ['file', 'started_at'], properties: { file: str, ...runProperties } },
    },
    skipped: {
      type: 'array',
      maxItems: MAX_HISTORY_SKIPPED,
      items: {
        type: 'object',
        required: ['file', 'kind', 'reason'],
        properties: { file: str, kind: { enum: ['notice', 'warning'] }, reason: str },
      },
    },
    skipped_count: int,
  },
}

export const REPORT_SCHEMA = {
  type: 'object',
  required: ['schema_version', 'tool', 'config', 'passed', 'summary', 'audits'],
  properties: {
    schema_version: { type: 'integer' },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { const: 'model-audit-gate' }, version: str },
    },
    // The config path reaches the comment's marker, its footer and the log: one line of visible characters.
    config: {
      type: 'string',
      minLength: 1,
      maxLength: REPORT_CONFIG_CHARS,
      pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+$',
    },
    passed: bool,
    summary: {
      type: 'object',
      required: ['gates', 'failed', 'warned', 'insufficient', 'passed'],
      properties: { gates: int, failed: int, warned: int, insufficient: int, passed: int },
    },
    baseline: { type: 'object', properties: { status: str, source: str, tool_version: str, message: str } },
    run,
    history,
    audits: { type: 'array', items: audit, maxItems: CONFIG_LIMITS.audits },
  },
}
