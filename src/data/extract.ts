/**
 * The one pass over an audit's rows: labels and predictions coerced to binary, scores
 * parsed, sensitive values checked against the missing-value policy, each row handed to
 * the accumulator. Every rejected row is an error naming file, line and column.
 */
import type { AuditConfig } from '../config/types.js'
import { ProblemError } from '../config/problem.js'
import { GroupAccumulator, TooManyGroupsError } from '../stats/accumulate.js'
import {
  groupingsOf,
  RowChecks,
  tooManyGroupsProblem,
  wantsScores,
  type ExtractStats,
  type PassOptions,
} from './checks.js'
import { runColumnar } from './columnar.js'
import { accumulateCounts } from './counts.js'
import { fastCsvSupported, FastPathUnsupported, runFastCsv } from './fastcsv.js'
import type { Table } from './table.js'
import { normaliseLabel, parseScore } from './values.js'

export {
  groupingsOf,
  RowChecks,
  sensitiveColumns,
  tooManyGroupsProblem,
  wantsScores,
  type BinaryTracker,
  type ExtractStats,
  type PassOptions,
  type PassProgress,
} from './checks.js'

/**
 * Streams every table's rows into a new accumulator. Throws ProblemError on the first bad
 * row (and, after the pass, on policy violations that need the whole file to report).
 * CSV/TSV files take the fast byte-level pass (`fastcsv.ts`), Parquet the columnar one
 * (`columnar.ts`); a CSV file the fast pass does not handle (unusual quoting or line
 * endings) makes the whole audit read again, from the start, by the generic readers. A
 * `format: counts` audit reads pre-aggregated counts instead (`counts.ts`).
 */
export async function accumulateRows(
  audit: AuditConfig,
  tables: { table: Table; display: string }[],
  options: PassOptions = {},
): Promise<{ acc: GroupAccumulator; stats: ExtractStats }> {
  if (audit.format === 'counts') return accumulateCounts(audit, tables, options)
  if (
    options.fast !== false &&
    tables.every(
      (t) => (t.table.source !== undefined && fastCsvSupported(t.table.source)) || t.table.batches !== undefined,
    )
  ) {
    try {
      return await accumulateFast(audit, tables, options)
    } catch (e) {
      if (!(e instanceof FastPathUnsupported)) throw e
    }
  }
  return accumulateGeneric(audit, tables, options)
}

/** The pass's options for one file, telling the watch (`TableWatch.during`) the file's rows as they are read. */
function watchRows(options: PassOptions, table: Table, display: string, from: number): PassOptions {
  const watch = options.onTable
  if (!watch?.during) return options
  return { ...options, onRows: (rows) => watch.during?.(table, display, rows - from) }
}

async function accumulateFast(
  audit: AuditConfig,
  tables: { table: Table; display: string }[],
  options: PassOptions,
): Promise<{ acc: GroupAccumulator; stats: ExtractStats }> {
  const checks = new RowChecks(audit)
  const acc = new GroupAccumulator(
    checks.sens,
    groupingsOf(audit),
    wantsScores(audit),
    audit.max_groups,
    options.groups ?? null,
    !!audit.weight,
  )
  for (const { table, display } of tables) {
    options.onTable?.before(table, display)
    const from = checks.stats.rows + checks.stats.dropped
    checks.setTable(table, display)
    try {
      if (table.source) await runFastCsv(table, checks, acc, watchRows(options, table, display, from))
      else await runColumnar(table, display, checks, acc, options)
    } catch (e) {
      if (e instanceof TooManyGroupsError) throw tooManyGroupsProblem(e, display, audit.control)
      throw e
    }
    options.onTable?.after(table, display, checks.stats.rows + checks.stats.dropped - from)
  }
  const problems = checks.finish(tables, acc)
  if (problems.length > 0) throw new ProblemError(problems)
  return { acc, stats: { ...checks.stats, reader: 'fast', warnings: checks.warnings } }
}

async function accumulateGeneric(
  audit: AuditConfig,
  tables: { table: Table; display: string }[],
  options: PassOptions,
): Promise<{ acc: GroupAccumulator; stats: ExtractStats }> {
  const checks = new RowChecks(audit)
  let lastProgress = Date.now()
  const sens = checks.sens
  const wanted = [
    audit.label,
    ...(audit.prediction ? [audit.prediction] : []),
    ...(audit.score ? [audit.score] : []),
    ...(audit.weight ? [audit.weight] : []),
    ...sens,
  ]
  const predIdx = audit.prediction ? 1 : -1
  const scoreIdx = audit.score ? (audit.prediction ? 2 : 1) : -1
  const weightIdx = audit.weight ? 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0) : -1
  const sensStart = 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0) + (audit.weight ? 1 : 0)
  const acc = new GroupAccumulator(
    sens,
    groupingsOf(audit),
    wantsScores(audit),
    audit.max_groups,
    options.groups ?? null,
    !!audit.weight,
  )
  const stats = checks.stats
  const values: string[] = new Array<string>(sens.length)
  let minScore = Infinity
  let maxScore = -Infinity

  for (const { table, display } of tables) {
    options.onTable?.before(table, display)
    const from = stats.rows + stats.dropped
    const during = options.onTable?.during
    checks.setTable(table, display)
    try {
      for await (const { cells, line } of table.records(wanted, { exactText: new Set(sens) })) {
        const isPos = checks.label(normaliseLabel(cells[0]), line)
        let score = 0
        if (scoreIdx >= 0) {
          const s = parseScore(cells[scoreIdx])
          if (s === null) throw checks.scoreProblem(cells[scoreIdx], line)
          score = s
          if (s < checks.minScore) checks.minScore = s
          if (s > checks.maxScore) checks.maxScore = s
          if (s < minScore) minScore = s
          if (s > maxScore) maxScore = s
        }
        const pred = predIdx >= 0 ? checks.prediction(normaliseLabel(cells[predIdx]), line) : score >= audit.threshold
        const weight = weightIdx >= 0 ? checks.weight(cells[weightIdx], null, line) : 1
        let drop = false
        for (let i = 0; i < sens.length; i++) {
          const v = checks.groupValue(cells[sensStart + i], i, line) ?? checks.missingValue(i, line)
          if (v === null) drop = true
          else values[i] = v
        }
        if (drop) {
          stats.dropped++
          // Dropped rows are rows read: the run's budget sees them too (red team 11 R11-6).
          if ((stats.dropped & 0xffff) === 0 && during)
            during.call(options.onTable, table, display, stats.rows + stats.dropped - from)
          continue
        }
        acc.add(isPos, pred, score, values, weight)
        stats.rows++
        if ((stats.rows & 0xffff) === 0 && during)
          during.call(options.onTable, table, display, stats.rows + stats.dropped - from)
        if ((stats.rows & 0xffff) === 0 && options.onProgress) {
          const now = Date.now()
          if (now - lastProgress >= (options.progressIntervalMs ?? 5000)) {
            lastProgress = now
            options.onProgress({ file: display, rows: stats.rows, bytes: 0, totalBytes: 0 })
          }
        }
      }
    } catch (e) {
      if (e instanceof TooManyGroupsError) throw tooManyGroupsProblem(e, display, audit.control)
      throw e
    }
    options.onTable?.after(table, display, stats.rows + stats.dropped - from)
  }
  const problems = checks.finish(tables, acc)
  if (problems.length > 0) throw new ProblemError(problems)
  return { acc, stats: { ...stats, reader: 'generic', warnings: checks.warnings } }
}
