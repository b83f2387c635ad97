/** The audit config, as validated and normalised (defaults filled, aliases resolved). */

export type Format = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet' | 'counts'
/** A format a file is stored in (`counts` is a table stored in one of these). */
export type FileFormat = Exclude<Format, 'counts'>
export type MissingPolicy = 'error' | 'group' | 'drop'
export type Level = 'error' | 'warning'
export type InsufficientPolicy = 'pass' | 'warn' | 'fail'
export type GateMethod = 'between_groups' | 'to_overall' | 'to_reference'
/** Gate on the point value (fairlearn's way), or on the confidence interval. */
export type GateOn = 'point' | 'interval'
/** A reference group: a named group, the largest one, or the one with the most favourable value. */
export type ReferenceConfig = { group: string } | 'largest' | 'best'

/** Bounds on the change against a baseline report's value (absolute, and relative to the baseline). */
export interface ChangeBounds {
  max_increase?: number
  max_decrease?: number
  max_relative_change?: number
}

/** What a gate's change bounds compare with. */
export type ChangeReference = 'baseline' | 'history_median'

/** Fewest history values a `history_median` gate needs, unless it sets `min_history`. */
export const DEFAULT_MIN_HISTORY = 3

/** Where a config node came from, for messages and annotations. */
export interface SourcePos {
  line: number
  column: number
}

export interface Bounds {
  min?: number
  max?: number
}

export interface GateConfig extends Bounds {
  /** The metric as written in the config (an alias stays visible to the user). */
  metric: string
  attribute?: string[] | undefined
  method: GateMethod
  each_group?: Bounds | undefined
  level: Level
  insufficient: InsufficientPolicy
  agg: 'worst_case' | 'mean'
  on: GateOn
  /** Bounds against the baseline report, when any is set. */
  change?: ChangeBounds | undefined
  /** What `change` compares with: the baseline report (default), or the median of the history reports. */
  against?: ChangeReference | undefined
  /** With `against: history_median`: fewest history reports with a value for the gate to be judged (default 3). */
  min_history?: number | undefined
  name?: string | undefined
  /** With `control`: the control level this gate judges (values joined by ' | '); the worst level when absent. */
  control_level?: string | undefined
  /** Where `control_level` is written, for the problem when it names no level. */
  control_level_pos?: SourcePos | undefined
  /** Position of the gate in the config file. */
  pos: SourcePos
}

/** Confidence intervals: level, bootstrap replicates, seed. */
export interface ConfidenceConfig {
  level: number
  replicates: number
  seed: number
}

export interface AuditConfig {
  name: string
  description?: string | undefined
  data: string[]
  format?: Format | undefined
  delimiter?: string | undefined
  label: string
  prediction?: string | undefined
  score?: string | undefined
  /** The sample-weight column, if any. */
  weight?: string | undefined
  threshold: number
  positive_label: string | number | boolean
  sensitive: string[]
  intersections: string[][]
  /** Binned numeric columns (`bins:`): column → strictly increasing finite edges (no prototype). */
  bins: Record<string, number[]>
  /** Control columns (fairlearn's `control_features`); empty when not set. */
  control: string[]
  min_group_size: number
  min_positives?: number | undefined
  min_negatives?: number | undefined
  /** Reference group per grouping label (`race`, `sex × race`); `largest` where not set. */
  reference: Record<string, ReferenceConfig>
  zero_division: 'undefined' | 'fairlearn'
  missing: MissingPolicy
  missing_group: string
  max_groups: number
  max_decompressed_bytes?: number | undefined
  max_decompression_ratio?: number | undefined
  metrics: string[]
  gates: GateConfig[]
  /** null when `confidence: false`. */
  confidence: ConfidenceConfig | null
  pos: SourcePos
  /** Positions of column-naming keys (`label`, `sensitive[1]`, `intersections[0][1]`, …), for column errors. */
  keyPos: Record<string, SourcePos>
}

export interface Config {
  /** The config file's path as the user gave it. */
  file: string
  audits: AuditConfig[]
}

export const DEFAULT_METRICS = ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate']
export const DEFAULT_MAX_GROUPS = 1000
/** On by default: intervals cost O(cells × replicates), never a second pass, and a gate defaults to the point value anyway. */
export const DEFAULT_CONFIDENCE: ConfidenceConfig = { level: 0.95, replicates: 2000, seed: 1 }
