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

/** Most history runs a report compares with (`history-limit`, `--history-limit`): a trend of 100 points is already a blur. */
export const MAX_HISTORY_LIMIT = 100
/** History runs compared with unless the run says otherwise. */
export const DEFAULT_HISTORY_LIMIT = 20
/** Most history patterns of a run. */
export const MAX_HISTORY_PATTERNS = 20
/** Most files a report lists as left out of the history (the count says how many in all). */
export const MAX_HISTORY_SKIPPED = 50

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

/**
 * The run that wrote a report, as its shell knew it: when it started (the clock of the machine
 * that ran it), and in GitHub Actions the commit, ref and run. History reports are ordered by
 * it, since a downloaded artifact's file time is the download's.
 */
export interface RunInfo {
  /** ISO 8601, UTC, milliseconds: `2026-12-01T17:40:00.000Z`. */
  started_at: string
  /** GITHUB_SHA, when it is a commit id. */
  sha?: string
  /** GITHUB_REF, when set. */
  ref?: string
  /** GITHUB_RUN_ID, when it is a number. */
  run_id?: string
  /** GITHUB_RUN_ATTEMPT, when it is a number. */
  run_attempt?: number
}

/** One earlier run whose report a trend or a `history_median` gate read, as the report records it. */
export interface HistoryRun extends RunInfo {
  /** The report file, relative to the workspace. */
  file: string
}

/**
 * The history reports a run compared with (`history` input, `--history`): the runs used,
 * oldest first (each gate's `history.values` follow this order), and every file left out with
 * why, so a trend and a median can be audited.
 */
export interface HistoryReport {
  /** The patterns as given. */
  patterns: string[]
  /** Most runs used: the latest by `started_at`. */
  limit: number
  /** Report files the patterns matched. */
  matched: number
  runs: HistoryRun[]
  /** Files left out, at most `MAX_HISTORY_SKIPPED` listed: `notice` (another config, no run time, older than the window…), `warning` (unreadable). */
  skipped: { file: string; kind: 'notice' | 'warning'; reason: string }[]
  /** How many files were left out in all. */
  skipped_count: number
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
  /** The run that wrote this report (absent in reports of versions before trends). */
  run?: RunInfo
  /** The history reports compared with, after `applyHistory`. */
  history?: HistoryReport
  audits: AuditReport[]
}
