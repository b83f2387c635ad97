/**
 * The JSON report assembled from what the pipeline computed: the audit's settings, the metric
 * table as group reports, the disparities, the gates and the verdict. Nothing here computes a
 * number; it decides what the report says and in which order.
 */
import type { AuditConfig } from '../config/types.js'
import { binLabels } from '../data/bins.js'
import type { ExtractStats } from '../data/checks.js'
import type { DisparityEntry } from '../fairness/disparities.js'
import { describeReference } from '../fairness/reference.js'
import { summarizeGates, type GateResult } from '../gate/evaluate.js'
import type { ControlLevel } from '../stats/control.js'
import type { Confusion } from '../stats/metrics.js'
import type { GroupWeights, MetricTable } from '../stats/table.js'
import { VERSION } from '../version.js'
import {
  REPORT_SCHEMA_VERSION,
  type AuditReport,
  type ControlLevelReport,
  type ControlReport,
  type GroupReport,
  type Report,
  type RunInfo,
  type WeightedSizes,
  type WorstLevelReport,
} from './types.js'

function toGroupReports(table: MetricTable): GroupReport[] {
  return table.groupings.flatMap((grouping) =>
    grouping.groups.map((g): GroupReport => ({
      attribute: grouping.columns.length === 1 ? (grouping.columns[0] as string) : [...grouping.columns],
      group: g.group,
      key: g.key,
      present: g.present,
      ...sizesOf(g),
      metrics: g.metrics,
      undefined: g.undefined,
      sufficient: g.sufficient,
      ...(g.insufficientReason ? { insufficient_reason: g.insufficientReason } : {}),
      ...(g.insufficientFor ? { insufficient_for: g.insufficientFor } : {}),
      ...(g.ci ? { ci: g.ci } : {}),
    })),
  )
}

/**
 * A group's size in the report: `count` and `counts` are rows (as fairlearn's `count`); with
 * sample weights, `weighted` adds the weight, the Kish effective size, and the confusion cells
 * as the metrics read them (sums of weights) with their Σw².
 */
function sizesOf(g: {
  counts: Confusion
  weights?: GroupWeights | undefined
}): Pick<GroupReport, 'count' | 'counts' | 'weighted'> {
  const w = g.weights
  const rows = w ? w.rows : g.counts
  return {
    count: rows.tp + rows.fp + rows.tn + rows.fn,
    counts: { tp: rows.tp, fp: rows.fp, tn: rows.tn, fn: rows.fn },
    ...(w ? { weighted: weightedOf(g.counts, w) } : {}),
  }
}

function weightedOf(counts: Confusion, w: GroupWeights): WeightedSizes {
  return {
    weight_sum: w.weightSum,
    n_eff: w.nEff,
    counts: { tp: counts.tp, fp: counts.fp, tn: counts.tn, fn: counts.fn },
    squares: { tp: w.squares.tp, fp: w.squares.fp, tn: w.squares.tn, fn: w.squares.fn },
  }
}

const CONFIDENCE_METHODS = {
  rates: 'Wilson score interval',
  other:
    'percentile interval of a seeded Poisson bootstrap of the per-group confusion counts (f1, balanced accuracy, differences, ratios, group extremes, gated values)',
  roc_auc:
    "DeLong's standard error, normal interval clipped to [0, 1]; in the bootstrap each group's AUC is drawn from that normal, and AUC comparisons to overall get no interval",
}

/** Groups left out of aggregates, counted per grouping, so none is dropped silently. */
function countInsufficient(table: MetricTable): AuditReport['insufficient'] {
  return table.groupings.map((grouping) => {
    const present = grouping.groups.filter((g) => g.present)
    return {
      attribute: grouping.columns.length === 1 ? (grouping.columns[0] as string) : [...grouping.columns],
      groups: present.length,
      insufficient: present.filter((g) => !g.sufficient).map((g) => g.key),
      insufficient_for_some_metrics: present.filter((g) => g.sufficient && g.insufficientFor).map((g) => g.key),
      empty_cells: grouping.groups.filter((g) => !g.present).map((g) => g.key),
    }
  })
}

/**
 * The report's `binning` member: per binned column, each bin's rows (summed over the groups of
 * the first grouping that holds the column, so every row is counted once) and raw range.
 */
function binningOf(audit: AuditConfig, stats: ExtractStats, table: MetricTable): Pick<AuditReport, 'binning'> {
  const columns = Object.keys(audit.bins ?? {})
  if (columns.length === 0) return {}
  const binning: NonNullable<AuditReport['binning']> = Object.create(null) as NonNullable<AuditReport['binning']>
  for (const column of columns) {
    const edges = audit.bins[column] as number[]
    const labels = binLabels(edges)
    const rows = new Map(labels.map((l) => [l, 0]))
    const grouping = table.groupings.find((g) => g.columns.includes(column))
    if (grouping) {
      const i = grouping.columns.indexOf(column)
      for (const g of grouping.groups) {
        const v = g.values[i] as string
        if (g.present && rows.has(v)) rows.set(v, (rows.get(v) as number) + (g.metrics.count ?? 0))
      }
    }
    const range = stats.binRanges?.[column]
    binning[column] = {
      edges: [...edges],
      bins: labels.map((label, b) => ({
        label,
        rows: rows.get(label) as number,
        min: range?.min[b] ?? null,
        max: range?.max[b] ?? null,
      })),
    }
  }
  return { binning }
}

/** Whether the worst of a disparity across levels is its smallest value (ratios, minima) rather than its largest. */
const lowIsWorst = (metric: string): boolean => /_ratio$|_group_min$|^disparate_impact$/.test(metric)

/**
 * The per-level part of a controlled audit's report. Every level's disparities are computed by
 * the same code over the same groupings, so they come in the same order: the worst level of
 * each is read across the lists at the same index.
 */
function controlReport(columns: string[], levels: readonly LevelParts[]): ControlReport {
  const reports = levels.map(({ level, disparities }): ControlLevelReport => ({
    level: level.key,
    control: level.control,
    rows: level.table.rows,
    overall: level.table.overall.metrics,
    overall_undefined: level.table.overall.undefined,
    overall_counts: level.table.overall.counts,
    ...(level.table.overall.ci ? { overall_ci: level.table.overall.ci } : {}),
    groups: toGroupReports(level.table),
    insufficient: countInsufficient(level.table) ?? [],
    disparities,
  }))
  const first = levels[0]?.disparities ?? []
  const worst = first.map((d, i): WorstLevelReport => {
    const low = lowIsWorst(d.metric)
    let level: string | null = null
    let value: number | null = null
    for (const l of levels) {
      const v = (l.disparities[i] as DisparityEntry).value
      if (v === null || Number.isNaN(v)) continue
      if (value === null || (low ? v < value : v > value)) {
        value = v
        level = l.level.key
      }
    }
    return { attribute: d.attribute, metric: d.metric, method: d.method, level, value }
  })
  return { columns: [...columns], levels: reports, worst }
}

/** One control level's table and disparities. */
export interface LevelParts {
  level: ControlLevel
  disparities: DisparityEntry[]
}

/** What one audit's run computed, for its report. */
export interface AuditParts {
  audit: AuditConfig
  /** The data files as shown. */
  data: string[]
  stats: ExtractStats
  table: MetricTable
  disparities: DisparityEntry[]
  gates: GateResult[]
  warnings: string[]
  /** With `control`: the levels, each with its table and disparities (`table` is then the audit's whole table, read for its overall only). */
  levels?: readonly LevelParts[] | undefined
}

/** One audit's report. */
export function assembleAuditReport({
  audit,
  data,
  stats,
  table,
  disparities,
  gates,
  warnings,
  levels,
}: AuditParts): AuditReport {
  const controlled = levels !== undefined && audit.control.length > 0
  return {
    name: audit.name,
    ...(audit.description ? { description: audit.description } : {}),
    data,
    rows: stats.rows,
    dropped_rows: stats.dropped,
    settings: {
      label: audit.label,
      prediction: audit.prediction ?? null,
      score: audit.score ?? null,
      ...(audit.weight ? { weight: audit.weight } : {}),
      threshold: audit.prediction ? null : audit.threshold,
      positive_label: audit.positive_label,
      sensitive: audit.sensitive,
      intersections: audit.intersections,
      ...(controlled ? { control: audit.control } : {}),
      min_group_size: audit.min_group_size,
      ...(audit.min_positives !== undefined ? { min_positives: audit.min_positives } : {}),
      ...(audit.min_negatives !== undefined ? { min_negatives: audit.min_negatives } : {}),
      ...(Object.keys(audit.reference).length > 0
        ? { reference: Object.fromEntries(Object.entries(audit.reference).map(([k, v]) => [k, describeReference(v)])) }
        : {}),
      zero_division: audit.zero_division,
      missing: audit.missing,
      metrics: audit.metrics,
    },
    ...binningOf(audit, stats, table),
    overall: table.overall.metrics,
    overall_undefined: table.overall.undefined,
    overall_counts: sizesOf(table.overall).counts,
    ...(table.overall.weights ? { overall_weighted: weightedOf(table.overall.counts, table.overall.weights) } : {}),
    ...(table.overall.ci ? { overall_ci: table.overall.ci } : {}),
    confidence: audit.confidence ? { ...audit.confidence, methods: CONFIDENCE_METHODS } : null,
    groups: controlled ? [] : toGroupReports(table),
    insufficient: controlled ? [] : countInsufficient(table),
    ...(controlled ? { control: controlReport(audit.control, levels) } : {}),
    disparities: controlled ? [] : disparities,
    gates,
    warnings,
    passed: !gates.some((g) => g.effect === 'fail'),
  }
}

/** Builds the run's report from its audits' reports. */
export function buildReport(configFile: string, audits: AuditReport[]): Report {
  const gates = audits.flatMap((a) => a.gates)
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    tool: { name: 'model-audit-gate', version: VERSION },
    config: configFile,
    passed: audits.every((a) => a.passed),
    summary: summarizeGates(gates),
    audits,
  }
}

/**
 * The run a report records, from the shell's clock and the GitHub Actions variables: each kept
 * only when it has the shape GitHub gives it (a commit id, a number), so a report never carries
 * a value the report checker would refuse. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) replaces the clock, so two runs can write the same report byte for byte.
 */
export function runInfoOf(env: Readonly<Record<string, string | undefined>>, startedAt: Date): RunInfo {
  const epoch = env.SOURCE_DATE_EPOCH?.trim()
  if (epoch && /^[0-9]{1,11}$/.test(epoch)) startedAt = new Date(Number(epoch) * 1000)
  const sha = env.GITHUB_SHA?.toLowerCase()
  const ref = env.GITHUB_REF
  const id = env.GITHUB_RUN_ID
  const attempt = env.GITHUB_RUN_ATTEMPT
  return {
    started_at: startedAt.toISOString(),
    ...(sha && /^[0-9a-f]{7,64}$/.test(sha) ? { sha } : {}),
    ...(ref && ref.length <= 1024 && /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u.test(ref) ? { ref } : {}),
    ...(id && /^[0-9]{1,20}$/.test(id) ? { run_id: id } : {}),
    ...(attempt && /^[0-9]{1,9}$/.test(attempt) ? { run_attempt: Number(attempt) } : {}),
  }
}
