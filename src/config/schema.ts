/**
 * The JSON Schema of the audit config. It is the single source of truth for what keys
 * exist: ajv validates against it, and `schema/audit-config.schema.json` (written from
 * it by `npm run schema`, checked by a test) lets editors complete and check configs.
 */
import { MAX_GROUP_VALUE_LENGTH } from '../data/values.js'
import { ALL_METRIC_NAMES, BASE_METRIC_NAMES } from '../stats/catalog.js'

const bounds = {
  min: { type: 'number', description: 'Fails when the value is below this.' },
  max: { type: 'number', description: 'Fails when the value is above this.' },
}

/**
 * The most items of each list a config may hold. A config is pull-request input, and the work
 * of a run grows with these lists (every audit reads its data and bootstraps its intervals;
 * every attribute and intersection is a table, a chart and a set of disparities), so each has
 * a bound far above what a real team writes and far below what costs minutes: ajv checks the
 * length before anything runs, and the problem names the bound at the list's file:line.
 */
export const CONFIG_LIMITS = {
  /** Audits in one config: a team audits a few models or evaluation sets per config; 50 audits run in seconds, 200 took over 30 s. More belong in several configs. */
  audits: 50,
  /** Data paths or globs of one audit (a glob counts once, whatever it matches). */
  data: 100,
  /** Protected attributes of one audit: anti-discrimination law names about 10 to 20 grounds (e.g. EU Charter art. 21 lists 17). */
  sensitive: 32,
  /** Intersections of one audit. */
  intersections: 32,
  /** Attributes in one intersection (or a gate's intersection `attribute`): its groups are a product, already bounded by `max_groups`. */
  intersectionSize: 8,
  /** Control columns of one audit (`control`): each multiplies every grouping's groups by its levels. */
  control: 8,
  /** Gates of one audit. */
  gates: 100,
  /** Entries of a `reference` mapping: at most one per attribute and intersection. */
  reference: 64,
  /** Columns of one audit's `bins` mapping: at most one per grouping column. */
  bins: 64,
  /** Edges of one binned column: each bin is a group of every table, so 1,000 edges already exceed `max_groups`' default. */
  binEdges: 1000,
  /**
   * Characters of a name the reports repeat (audit and gate names, column names, the positive
   * label): each is written in many places of every report, so its length multiplies the
   * report's cost. Real names are a few words.
   */
  name: 1000,
  /** Characters of a group name a config gives (`missing_group`, `reference` groups): the bound on a group value the data gives. */
  groupName: MAX_GROUP_VALUE_LENGTH,
  /**
   * Characters of a `reference` key: an attribute, or an intersection of at most
   * `intersectionSize` names joined by ` + ` (red team 28 R28-10: a 250,000-character key).
   */
  referenceKey: 8 * (1000 + 3),
  /** Characters of an audit's `description`: a paragraph or two. */
  description: 10000,
  /** Characters of a data path or glob (Linux's PATH_MAX). */
  path: 4096,
} as const

/**
 * A data (or history) pattern over `CONFIG_LIMITS.path`, in the one wording the schema's check and
 * the resolver's guard share, so the two report it once (its first 60 characters shown).
 */
export function patternTooLong(noun: string, pattern: string): string {
  const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}…` : pattern
  return `${noun} pattern '${shown}' is ${pattern.length.toLocaleString('en-US')} characters; at most ${CONFIG_LIMITS.path.toLocaleString('en-US')} are read (a path's longest on Linux): write a shorter path or pattern`
}

const columnName = { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.name }

const columnList = { type: 'array', items: columnName, minItems: 1, uniqueItems: true }

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/model-audit-gate/model-audit-gate/v1/schema/audit-config.schema.json',
  title: 'Model Audit Gate config',
  description: 'Audits of a model: evaluation data, protected attributes, metrics and gates.',
  type: 'object',
  additionalProperties: false,
  required: ['audits'],
  properties: {
    $schema: { type: 'string' },
    audits: {
      type: 'array',
      minItems: 1,
      maxItems: CONFIG_LIMITS.audits,
      description: `One entry per model (or per evaluation set) to audit; at most ${CONFIG_LIMITS.audits}.`,
      items: { $ref: '#/definitions/audit' },
    },
  },
  definitions: {
    audit: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'data', 'label', 'sensitive'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          maxLength: CONFIG_LIMITS.name,
          pattern: '^[^\\r\\n]+$',
          description: 'Unique; names the audit in every report.',
        },
        description: { type: 'string', maxLength: CONFIG_LIMITS.description },
        data: {
          description: 'Evaluation file(s), relative to the repository root; globs allowed; .gz is read transparently.',
          anyOf: [
            { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.path },
            {
              type: 'array',
              items: { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.path },
              minItems: 1,
              maxItems: CONFIG_LIMITS.data,
            },
          ],
        },
        format: {
          enum: ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'counts'],
          description:
            'Default: from the file extension. `counts`: pre-aggregated per-group confusion counts (group columns + tp, fp, tn, fn; see `model-audit-gate sql`), in any of the other formats.',
        },
        delimiter: {
          type: 'string',
          minLength: 1,
          maxLength: 1,
          description: 'Field delimiter for csv (default ",").',
        },
        task: {
          enum: ['binary'],
          description:
            'The model kind: `binary` (the default) is a binary classifier, with a label, a prediction and/or a score.',
        },
        label: { ...columnName, description: 'The true label column.' },
        prediction: { ...columnName, description: 'The predicted label column.' },
        score: {
          ...columnName,
          description: 'A score column: gives ROC AUC, and the prediction when `prediction` is not set.',
        },
        weight: {
          ...columnName,
          description:
            "A sample-weight column (a number >= 0 per row; 0 allowed): every metric, interval, aggregate and gate is weighted, as scikit-learn's `sample_weight`; `count` stays the rows, and `min_group_size` applies to the Kish effective size.",
        },
        threshold: {
          type: 'number',
          description: 'prediction = score >= threshold (default 0.5), when `prediction` is not set.',
        },
        positive_label: {
          type: ['string', 'number', 'boolean'],
          maxLength: CONFIG_LIMITS.name,
          description: 'The favourable label (default 1, also true / "1" / 1.0).',
        },
        sensitive: {
          ...columnList,
          maxItems: CONFIG_LIMITS.sensitive,
          description: 'Protected attributes, each audited on its own.',
        },
        intersections: {
          type: 'array',
          maxItems: CONFIG_LIMITS.intersections,
          items: { ...columnList, minItems: 2, maxItems: CONFIG_LIMITS.intersectionSize },
          description: 'Combinations of attributes audited as one.',
        },
        bins: {
          type: 'object',
          maxProperties: CONFIG_LIMITS.bins,
          propertyNames: { maxLength: CONFIG_LIMITS.name },
          additionalProperties: {
            type: 'array',
            minItems: 1,
            maxItems: CONFIG_LIMITS.binEdges,
            items: { type: 'number' },
            description: 'Finite, strictly increasing edges (at least one).',
          },
          description:
            'Numeric columns turned into groups by right-open intervals, e.g. {age: [25, 45, 65]} gives the groups `< 25`, `[25, 45)`, `[45, 65)`, `>= 65` (a value on an edge goes to the bin above it), in that order in every table. Each column must be a `sensitive` or `intersections` column; its values must be finite numbers (or missing, see `missing`). With `format: counts` the column already holds these labels.',
        },
        control: {
          ...columnList,
          maxItems: CONFIG_LIMITS.control,
          description:
            "Control features (fairlearn's `control_features`): every group is split by these columns' levels, and differences and ratios are computed within each level; a gate on an aggregate uses the worst level unless it names one with `control_level`. A control column cannot also be sensitive.",
        },
        min_group_size: {
          type: 'integer',
          minimum: 0,
          description: 'Groups with fewer rows are shown but left out of aggregates and gates.',
        },
        min_positives: {
          type: 'integer',
          minimum: 0,
          description:
            'Groups with fewer positive labels are left out of TPR/FNR-based aggregates and gates (and, with ROC AUC and balanced accuracy, those too).',
        },
        min_negatives: {
          type: 'integer',
          minimum: 0,
          description:
            'Groups with fewer negative labels are left out of FPR/TNR-based aggregates and gates (and ROC AUC, balanced accuracy).',
        },
        reference: {
          description:
            'The reference group of `to_reference` and `disparate_impact`: `largest` (default), `best` (most favourable value), or per attribute a group name, `largest` or `best`, e.g. {race: Caucasian}. An intersection is written `sex+race`.',
          anyOf: [
            { enum: ['largest', 'best'] },
            {
              type: 'object',
              additionalProperties: { type: ['string', 'number', 'boolean'], maxLength: CONFIG_LIMITS.groupName },
              propertyNames: { maxLength: CONFIG_LIMITS.referenceKey },
              minProperties: 1,
              maxProperties: CONFIG_LIMITS.reference,
            },
          ],
        },
        zero_division: {
          enum: ['undefined', 'fairlearn'],
          description: '`undefined` (default): a 0/0 rate is null with a reason. `fairlearn`: 0, as fairlearn.',
        },
        missing: {
          enum: ['error', 'group', 'drop'],
          description: 'A missing sensitive value: an error (default), its own group, or the row dropped.',
        },
        missing_group: {
          type: 'string',
          minLength: 1,
          maxLength: CONFIG_LIMITS.groupName,
          description: 'The group name for missing values with `missing: group` (default "(missing)").',
        },
        max_groups: {
          type: 'integer',
          minimum: 1,
          maximum: 20000,
          description:
            "Most distinct values an attribute may have, and most possible groups of an intersection (the product of its attributes' distinct values) (default 1000, at most 20,000): catches an id column by mistake, and bounds the work a config can ask for (20,000 groups with intervals: about 6 s and 210 MB).",
        },
        max_decompressed_bytes: {
          type: 'integer',
          minimum: 1,
          maximum: 64 * 1024 ** 3,
          description:
            'Most bytes a .gz file may expand to (default 4 GiB, at most 64 GiB): a gzip bomb fails cleanly.',
        },
        max_decompression_ratio: {
          type: 'integer',
          minimum: 1,
          maximum: 1100,
          description:
            "Most times a .gz file may expand, past its first MiB (default 100; at most 1,100, more than deflate's 1,032 can reach): keeps the work proportional to the committed bytes (a 29 KB file of one repeated row expanded 686 times, into 3.3 million rows).",
        },
        metrics: {
          type: 'array',
          items: { enum: BASE_METRIC_NAMES },
          uniqueItems: true,
          description: 'Metrics shown per group.',
        },
        gates: { type: 'array', maxItems: CONFIG_LIMITS.gates, items: { $ref: '#/definitions/gate' } },
        confidence: {
          description:
            'Confidence intervals (on by default: level 0.95, 2000 replicates, seed 1): Wilson for rates, a seeded Poisson bootstrap of the count cells for differences, ratios and other values, DeLong for ROC AUC. `false` turns them off.',
          type: ['boolean', 'object'],
          additionalProperties: false,
          properties: {
            level: {
              type: 'number',
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              description: 'Two-sided confidence level (default 0.95).',
            },
            replicates: {
              type: 'integer',
              minimum: 100,
              // 10 times the default: a 99.9% interval still has 10 replicates beyond each end.
              // Each replicate of each statistic is drawn and sorted: 8 attributes at 100,000
              // took 19 s (red team 4 R4-10), and the bootstrap bounds count groups × replicates.
              maximum: 20000,
              description: 'Bootstrap replicates (default 2000, at most 20000).',
            },
            seed: {
              type: 'integer',
              minimum: 0,
              description:
                "The bootstrap seed (default 1): the same seed gives the same report, byte for byte (but for its `run` member: the run's start time and ids).",
            },
          },
        },
      },
    },
    gate: {
      type: 'object',
      additionalProperties: false,
      required: ['metric'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: CONFIG_LIMITS.name },
        metric: {
          type: 'string',
          enum: ALL_METRIC_NAMES,
          description:
            'An overall metric, an aggregate (`*_difference`, `*_ratio`, `*_group_min`, `*_group_max`), or a fairness aggregate.',
        },
        attribute: {
          description: 'The attribute, or an intersection as a list; all sensitive attributes when left out.',
          anyOf: [columnName, { ...columnList, minItems: 2, maxItems: CONFIG_LIMITS.intersectionSize }],
        },
        method: {
          enum: ['between_groups', 'to_overall', 'to_reference'],
          description:
            "How differences and ratios compare groups (default between_groups); to_reference compares every group with the audit's `reference`.",
        },
        on: {
          enum: ['point', 'interval'],
          description:
            '`point` (default): the value decides. `interval`: fail only when the whole confidence interval is past the threshold, warn when only the point is; not for a value that never has an interval (`count`, ROC AUC compared to overall).',
        },
        max_increase: {
          type: 'number',
          minimum: 0,
          description: 'Fails when the value rose by more than this against the baseline report.',
        },
        max_decrease: {
          type: 'number',
          minimum: 0,
          description: 'Fails when the value fell by more than this against the baseline report.',
        },
        max_relative_change: {
          type: 'number',
          minimum: 0,
          description:
            'Fails when the value moved by more than this fraction of the baseline value (0.1 = 10%), either way.',
        },
        against: {
          enum: ['baseline', 'history_median'],
          description:
            'What `max_increase`, `max_decrease` and `max_relative_change` compare with: `baseline` (default), the one baseline report; `history_median`, the median of the same value in the history reports (the `history` input, `--history`).',
        },
        min_history: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          description:
            'With `against: history_median`: fewest history reports that must hold the value (default 3); with fewer the gate is insufficient, never a silent pass.',
        },
        control_level: {
          type: ['string', 'number', 'boolean'],
          maxLength: CONFIG_LIMITS.groupName,
          description:
            "With `control`: gate this control level only (its values joined by ' | ' in `control` order, e.g. `online` or `online | web`) instead of the worst level.",
        },
        agg: {
          enum: ['worst_case', 'mean'],
          description: 'Equalized odds: the worse of TPR and FPR (default) or their mean.',
        },
        ...bounds,
        each_group: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: bounds,
          description: "Bounds on every group's value.",
        },
        level: {
          enum: ['error', 'warning'],
          description: 'A breached `error` gate fails the job; a `warning` gate only warns.',
        },
        insufficient: {
          enum: ['pass', 'warn', 'fail'],
          description:
            'What an insufficient gate (undefined value, too few groups) does to the verdict (default warn).',
        },
      },
    },
  },
} as const
