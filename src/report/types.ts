/**
 * The JSON report: the machine-readable contract of a run, which the comment, the job
 * summary, baselines and other tools read. Metric names as in docs/metrics.md; numbers
 * unrounded; an undefined value is null with its reason beside it.
 */
import type { DisparityEntry } from '../fairness/disparities.js'
import type { Delta, GateResult } from '../gate/evaluate.js'
import type { Interval } from '../stats/intervals.js'
import type { BaseMetric } from '../stats/catalog.js'
import type { Confusion } from '../stats/metrics.js'

export const REPORT_SCHEMA_VERSION = 1

/** Where the baseline stands, for the report. */
export interface BaselineStatus {
  /** The file (or artifact) it was read from, as given. */
  source: string | null
  /** `missing`: the file is not there (a branch's first run); `invalid`: it is, but cannot be read as a report. */
  status: 'compared' | 'none' | 'missing' | 'invalid'
  message?: string
  /** The baseline report's tool version, when read. */
  tool_version?: string
}

/** Per audit: compared, or why not. */
export interface AuditBaselineStatus {
  status: 'compared' | 'missing_audit' | 'none'
  message?: string
}

/** A weighted group's sizes: what its metrics and intervals are computed from. */
export interface WeightedSizes {
  /** Σw over the group's rows. */
  weight_sum: number
  /** Kish's effective size (Σw)² / Σw²: what `min_group_size` and the Wilson intervals use. */
  n_eff: number
  /** The confusion cells as sums of weights: every metric reads these. */
  counts: Confusion
  /** Σw² of each cell (for the weighted bootstrap; a warehouse gives them as `w2_tp`, …). */
  squares: Confusion
}

export interface GroupReport {
  attribute: string | string[]
  group: Record<string, string>
  key: string
  present: boolean
  /** Rows (never weighted). */
  count: number
  /** The confusion counts in rows. */
  counts: Confusion
  /** With sample weights (`settings.weight`): the group's weight, Kish effective size, and weighted cells. */
  weighted?: WeightedSizes
  metrics: Record<BaseMetric, number | null>
  undefined: Partial<Record<BaseMetric, string>>
  sufficient: boolean
  insufficient_reason?: string
  /** Metrics the group is left out of although it has enough rows (min_positives / min_negatives), with why. */
  insufficient_for?: Partial<Record<BaseMetric, string>>
  /** Confidence intervals by metric, with `confidence` on (see AuditReport.confidence for the methods). */
  ci?: Partial<Record<BaseMetric, Interval>>
  /** Changes against the baseline report's same group, after `applyBaseline`. */
  deltas?: Partial<Record<BaseMetric, Delta>>
}

/** How the intervals of an audit were computed; null when `confidence: false`. */
export interface ConfidenceReport {
  level: number
  replicates: number
  seed: number
  methods: {
    rates: string
    other: string
    roc_auc: string
  }
}

/** A disparity as reported: with its change against the baseline after `applyBaseline`. */
export type DisparityReport = DisparityEntry & { delta?: Delta }

/** One control level of an audit with `control`: what an uncontrolled audit reports, over the level's rows. */
export interface ControlLevelReport {
  /** The level's name: its control values joined by ' | ' in `control` order (as an intersection's key). */
  level: string
  /** The control values by column. */
  control: Record<string, string>
  rows: number
  overall: Record<BaseMetric, number | null>
  overall_undefined: Partial<Record<BaseMetric, string>>
  overall_counts: Confusion
  overall_ci?: Partial<Record<BaseMetric, Interval>>
  overall_delta?: Partial<Record<BaseMetric, Delta>>
  /** Every (level, group) cell of every attribute and intersection, the full product (empty cells `present: false`). */
  groups: GroupReport[]
  insufficient: NonNullable<AuditReport['insufficient']>
  /** Extremes, differences and ratios within the level, compared with the level's overall. */
  disparities: DisparityReport[]
}

/** The worst level of one disparity: the largest difference or maximum, the smallest ratio or minimum. */
export interface WorstLevelReport {
  attribute: string | string[]
  metric: string
  method: string | null
  /** null when no level has a value. */
  level: string | null
  value: number | null
}

/** Per control level results (fairlearn's `MetricFrame(control_features=…)`). */
export interface ControlReport {
  columns: string[]
  levels: ControlLevelReport[]
  worst: WorstLevelReport[]
}

export interface AuditReport {
  name: string
  description?: string
  data: string[]
  rows: number
  dropped_rows: number
  settings: {
    label: string
    prediction: string | null
    score: string | null
    /** The sample-weight column, when the audit is weighted. */
    weight?: string
    threshold: number | null
    positive_label: string | number | boolean
    sensitive: string[]
    intersections: string[][]
    /** The control columns, when the audit has some. */
    control?: string[]
    min_group_size: number
    min_positives?: number
    min_negatives?: number
    /** Configured reference groups by grouping label (a group name, `largest` or `best`). */
    reference?: Record<string, string>
    zero_division: 'undefined' | 'fairlearn'
    missing: 'error' | 'group' | 'drop'
    metrics: string[]
  }
  /**
   * Per binned column (`bins`): its edges, and per bin in bin order its label, the rows that
   * fell in it (a missing value's rows are in no bin) and the smallest and largest raw value
   * (null for a counts input, which has only the labels).
   */
  binning?: Record<
    string,
    { edges: number[]; bins: { label: string; rows: number; min: number | null; max: number | null }[] }
  >
  overall: Record<BaseMetric, number | null>
  overall_undefined: Partial<Record<BaseMetric, string>>
  overall_counts: Confusion
  /** With sample weights: the overall weight, Kish effective size and weighted cells. */
  overall_weighted?: WeightedSizes
  /** Confidence intervals of the overall metrics, with `confidence` on. */
  overall_ci?: Partial<Record<BaseMetric, Interval>>
  confidence?: ConfidenceReport | null
  /** Changes of the overall metrics against the baseline, after `applyBaseline`. */
  overall_delta?: Partial<Record<BaseMetric, Delta>>
  /** Whether this audit was compared with a baseline, after `applyBaseline`. */
  baseline?: AuditBaselineStatus
  /** The groups; empty with `control` (the groups are per level, in `control.levels`). */
  groups: GroupReport[]
  /** Per grouping: groups with rows, those left out of every aggregate (below min_group_size), those left out of some metrics (min_positives / min_negatives), and empty intersection cells. */
  insufficient?: {
    attribute: string | string[]
    groups: number
    insufficient: string[]
    insufficient_for_some_metrics: string[]
    empty_cells: string[]
  }[]
  /** With `control` columns: the per-level results; the top-level `groups`, `insufficient` and `disparities` are then empty. */
  control?: ControlReport
  /** The disparities; empty with `control` (see `control.levels`, `control.worst`). */
  disparities: DisparityReport[]
  gates: GateResult[]
  warnings: string[]
  passed: boolean
}

export interface Report {
  schema_version: number
  tool: { name: 'model-audit-gate'; version: string }
  config: string
  passed: boolean
  /** Gate counts across audits, by effect on the verdict. */
  summary: { gates: number; failed: number; warned: number; insufficient: number; passed: number }
  /** The baseline report compared against, after `applyBaseline`. */
  baseline?: BaselineStatus
  audits: AuditReport[]
}
