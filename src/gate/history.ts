/**
 * Trends and the `history_median` gate: earlier runs' JSON reports (downloaded artifacts) are
 * the history, as a baseline report is the baseline. Each gate's value is looked up in each
 * history report exactly as `applyBaseline` looks it up in the baseline (the same gate — same
 * metric, attribute or intersection, method, `agg` and control level — else the same disparity or
 * overall value), the runs are ordered by the time each report says its run started (a
 * downloaded file's time is the download's), and `max_increase`, `max_decrease` and
 * `max_relative_change` of a gate with `against: history_median` are judged against the
 * median of its values in the latest runs. Pure: the shell reads the files (`src/history.ts`).
 */
import { DEFAULT_MIN_HISTORY } from '../config/types.js'
import {
  DEFAULT_HISTORY_LIMIT,
  MAX_HISTORY_LIMIT,
  MAX_HISTORY_SKIPPED,
  type AuditReport,
  type HistoryReport,
  type HistoryRun,
  type Report,
  type RunInfo,
} from '../report/types.js'
import { baselineValueOf, gateKeyOf, indexGateValues, judgeChange } from './baseline.js'
import { NO_HISTORY, summarizeGates, type GateResult } from './evaluate.js'

/** The median of the values: the middle one, or the mean of the middle two of an even count; null when there is none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * What one history report gave this run: per audit of the current report (by index), that
 * audit's gates' values in the history report (by gate index), or null when the history
 * report has no such audit. Only these numbers are kept of a history report, however large.
 */
export type HistoryValues = ((number | null)[] | null)[]

/**
 * The values of every gate of `report` in an earlier report, matched as a baseline's are: a
 * function of the earlier report, for many of them. The report's gates are keyed once, and each
 * earlier report's audit indexed only for what its gates' values need (`indexGateValues`).
 */
export function historyMatcher(report: Report): (past: Report) => HistoryValues {
  const keys = report.audits.map((audit) => audit.gates.map(gateKeyOf))
  return (past) => {
    const byName = new Map<string, AuditReport>()
    for (const a of past.audits) if (!byName.has(a.name)) byName.set(a.name, a)
    return report.audits.map((audit, a) => {
      const found = byName.get(audit.name)
      if (!found) return null
      const index = indexGateValues(found)
      const keyed = keys[a] as string[]
      return audit.gates.map((g, i) => baselineValueOf(g, index, keyed[i]).value)
    })
  }
}

/** One history report read, with what it gave. */
export interface HistoryEntry {
  file: string
  run: RunInfo
  values: HistoryValues
}

/** A time as milliseconds, for ordering (the report checker has held `started_at` to ISO 8601 UTC). */
const timeOf = (run: RunInfo): number => Date.parse(run.started_at)

/** Run ids are decimal numbers of any length: compared as numbers, without a float's rounding. */
function compareRunIds(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return -1
  if (b === undefined) return 1
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : 1
}

/**
 * Orders history runs oldest first: by `started_at`, then by run id and attempt (a missing attempt is the first; GitHub's run
 * ids grow with time), then by file name, so the order never depends on the file system's.
 */
export function orderRuns<T extends { file: string; run: RunInfo }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      timeOf(a.run) - timeOf(b.run) ||
      compareRunIds(a.run.run_id, b.run.run_id) ||
      (a.run.run_attempt ?? 1) - (b.run.run_attempt ?? 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  )
}

/** What the shell learned about the history besides the entries: the patterns, the bound, the files it left out. */
export interface HistoryMeta {
  patterns: string[]
  limit: number
  matched: number
  skipped: HistoryReport['skipped']
  skippedCount: number
}

const runOf = (e: HistoryEntry): HistoryRun => ({ file: e.file, ...e.run })

function historyGate(gate: GateResult, values: (number | null)[], asked: boolean): GateResult {
  const defined = values.filter((v): v is number => v !== null)
  const median = medianOf(defined)
  const out: GateResult = asked ? { ...gate, history: { values, count: defined.length, median } } : gate
  if (gate.against !== 'history_median') return out
  const need = gate.min_history ?? DEFAULT_MIN_HISTORY
  const runs = values.length
  const enough = defined.length >= need
  return judgeChange(out, enough ? median : null, {
    against: `the median of ${defined.length} earlier run${defined.length === 1 ? '' : 's'}`,
    missing:
      runs === 0
        ? 'no history reports to compare with'
        : `only ${defined.length} of ${runs} history report${runs === 1 ? '' : 's'} hold${runs === 1 ? 's' : ''} this value, fewer than min_history ${need}: insufficient data`,
    pending: NO_HISTORY,
  })
}

/**
 * Adds the history to a report: the latest `limit` entries by run time (oldest first), each
 * gate's values over them and their median, and the `history_median` gates judged. With no
 * entries (none given, none readable), those gates are `insufficient` — never a silent pass.
 * Without patterns (no history asked for) the report gets no `history` member.
 */
export function applyHistory(report: Report, entries: readonly HistoryEntry[], meta: HistoryMeta): Report {
  const ordered = orderRuns(entries)
  const kept = ordered.slice(Math.max(0, ordered.length - meta.limit))
  const older = ordered.slice(0, ordered.length - kept.length)
  const skipped = [...meta.skipped]
  for (const e of older)
    skipped.push({
      file: e.file,
      kind: 'notice',
      reason: `older than the latest ${meta.limit} runs (history-limit ${meta.limit})`,
    })
  const audits = report.audits.map((audit, a): AuditReport => {
    const gates = audit.gates.map((g, i) =>
      historyGate(
        g,
        kept.map((e) => e.values[a]?.[i] ?? null),
        meta.patterns.length > 0,
      ),
    )
    return { ...audit, gates, passed: !gates.some((g) => g.effect === 'fail') }
  })
  const history: HistoryReport = {
    patterns: meta.patterns,
    limit: meta.limit,
    matched: meta.matched,
    runs: kept.map(runOf),
    skipped: skipped.slice(0, MAX_HISTORY_SKIPPED),
    skipped_count: meta.skippedCount + older.length,
  }
  const gates = audits.flatMap((a) => a.gates)
  return {
    ...report,
    passed: audits.every((a) => a.passed),
    summary: summarizeGates(gates),
    ...(meta.patterns.length > 0 ? { history } : {}),
    audits,
  }
}

/** A history limit as given (`--history-limit`, the `history-limit` input): a whole number from 1 to MAX_HISTORY_LIMIT, else why not. */
export function parseHistoryLimit(raw: string | undefined, what: string): number | string {
  if (raw === undefined || raw.trim() === '') return DEFAULT_HISTORY_LIMIT
  const v = raw.trim()
  if (!/^[0-9]{1,4}$/.test(v) || Number(v) < 1 || Number(v) > MAX_HISTORY_LIMIT)
    return `${what} is ${JSON.stringify(raw)}; expected a whole number from 1 to ${MAX_HISTORY_LIMIT}`
  return Number(v)
}
