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
  type TableWatch,
} from './checks.js'
import { runColumnar } from './columnar.js'
import { accumulateCounts } from './counts.js'
import { fastCsvSupported, FastPathUnsupported, isGzip, runFastCsv } from './fastcsv.js'
import { InflatedFile } from './inflated.js'
import type { DataRecord, RecordOptions, ResumePoint, Table } from './table.js'
import { normaliseLabel, parseScore, type Cell } from './values.js'

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
 * (`columnar.ts`), and the rest (JSON, JSON Lines, a CSV the fast pass does not read) the generic
 * readers, each file its own pass into the one accumulator. Where the fast CSV pass meets a record it does not read as csv-parse would
 * (a ragged or very long record, a stray quote, bytes that are not UTF-8), csv-parse reads that
 * record, into the same checks and accumulator, and the fast pass reads on after it (a problem
 * ends the pass there): reading every file again from the first byte took a 63 MB file with one
 * ragged last line ~50 s (red team 11 R11-9). Only a stop with nowhere to read on from reads the audit again with
 * the generic readers. A `format: counts` audit reads pre-aggregated counts instead (`counts.ts`).
 */
export async function accumulateRows(
  audit: AuditConfig,
  tables: { table: Table; display: string }[],
  options: PassOptions = {},
): Promise<{ acc: GroupAccumulator; stats: ExtractStats }> {
  if (audit.format === 'counts') return accumulateCounts(audit, tables, options)
  // Each file takes its own fastest pass (a Parquet file beside a JSON one its columnar pass),
  // into one accumulator: the generic pass read every file of a glob that held one JSON Lines
  // line, a Parquet dictionary's values row after row (red teams 24 to 27).
  if (options.fast !== false && tables.some((t) => fastTable(t.table))) {
    try {
      return await accumulateFast(audit, tables, options)
    } catch (e) {
      if (!(e instanceof FastPathUnsupported)) throw e
    }
  }
  return accumulateGeneric(audit, tables, options)
}

/** Whether a table has a pass of its own: the fast CSV pass, or the columnar one. */
function fastTable(table: Table): boolean {
  return (table.source !== undefined && fastCsvSupported(table.source)) || table.batches !== undefined
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
  // csv-parse's part: the records the fast CSV pass leaves, into the same checks and accumulator.
  const generic = new GenericRows(audit, checks, acc, options)
  let mixed = false
  for (const { table, display } of tables) {
    options.onTable?.before(table, display)
    const from = checks.stats.rows + checks.stats.dropped
    checks.setTable(table, display)
    try {
      if (!fastTable(table)) {
        mixed = true
        await generic.read(table.records(generic.wanted, generic.recordOptions), table, display, from)
      } else if (table.source) {
        const watched = watchRows(options, table, display, from)
        // A gzipped file is inflated once for all its readers: csv-parse reads a record the fast
        // pass stops at from the bytes the pass inflated, and the pass reads on from there.
        const inflated = isGzip(table.source)
          ? new InflatedFile(table.source, options.chunkBytes ?? 1 << 20)
          : undefined
        let at: ResumePoint | undefined
        try {
          for (;;) {
            try {
              await runFastCsv(table, checks, acc, watched, at, inflated)
              break
            } catch (e) {
              if (!(e instanceof FastPathUnsupported)) throw e
              // Nowhere to read on from: the caller reads the audit again from the start.
              if (e.resume === null || e.resume === undefined || (e.resume !== 'file' && !table.recordsFrom)) throw e
              mixed = true
              if (e.resume === 'file') {
                await generic.read(table.records(generic.wanted, generic.recordOptions), table, display, from)
                break
              }
              if (e.readOn) {
                // Bytes that are not UTF-8 ahead: csv-parse reads on to them (or to a problem before
                // them), as a read of the whole file does, and names them; the pass ends there.
                inflated?.close()
                const rest = table.recordsFrom?.(generic.wanted, e.resume)
                if (rest) await generic.read(rest, table, display, from)
                break
              }
              // csv-parse reads the record the fast pass stopped at, and the fast pass reads on after
              // it: a record over 1 MiB at a large file's start left all its rows to csv-parse (a
              // gzipped one's too, red team 12 R12-6, when each read inflated it from its start).
              let next: ResumePoint | null
              try {
                next = await generic.readOne(
                  table.recordsFrom?.(generic.wanted, e.resume, inflated),
                  table,
                  display,
                  from,
                )
              } catch (problem) {
                // The run's watch refusing the read is no problem of the record: nothing to read again for.
                if (
                  !inflated ||
                  problem === generic.refused ||
                  !(problem instanceof ProblemError || problem instanceof TooManyGroupsError)
                )
                  throw problem
                // Which of two close problems csv-parse names (this record's, or bytes that are not
                // UTF-8 just after) can hang on the chunks it meets: it reads on from here as a read
                // of the whole file does, in that read's chunks (the file inflated again, as the pass ends).
                inflated.close()
                const again = table.recordsFrom?.(generic.wanted, e.resume)
                if (again) await generic.read(again, table, display, from)
                throw problem
              }
              if (!next) break
              at = next
            }
          }
        } finally {
          inflated?.close()
        }
      } else await runColumnar(table, display, checks, acc, watchRows(options, table, display, from))
    } catch (e) {
      if (e instanceof TooManyGroupsError) throw tooManyGroupsProblem(e, display, audit.control)
      throw e
    }
    options.onTable?.after(table, display, checks.stats.rows + checks.stats.dropped - from)
  }
  const problems = checks.finish(tables, acc)
  if (problems.length > 0) throw new ProblemError(problems)
  return { acc, stats: { ...checks.stats, reader: mixed ? 'mixed' : 'fast', warnings: checks.warnings } }
}

async function accumulateGeneric(
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
  const generic = new GenericRows(audit, checks, acc, options)
  const stats = checks.stats
  for (const { table, display } of tables) {
    options.onTable?.before(table, display)
    const from = stats.rows + stats.dropped
    checks.setTable(table, display)
    try {
      await generic.read(table.records(generic.wanted, generic.recordOptions), table, display, from)
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

/** What a character of a long label or number read anew costs, in bytes of a scan (`KeptCells.reading`): some 1.2 ns, and the cache's own 1.3. */
const READING_COST = 3

/** Decompressed bytes of a JSON file's text between two calls of the run's watch: JSON.parse reads a MiB in some 60 ms. */
const WATCH_TEXT_BYTES = 1 << 20

/**
 * The generic pass's rows: records of the audit's columns (`wanted`, in this order) checked and
 * added to the accumulator one by one, as every reader gives them. The generic pass reads every
 * file so; the fast one, what the fast CSV pass leaves of a file.
 */
class GenericRows {
  readonly wanted: string[]
  readonly recordOptions: RecordOptions
  private readonly predIdx: number
  private readonly scoreIdx: number
  private readonly weightIdx: number
  private readonly sensStart: number
  private readonly values: string[]
  private lastProgress = Date.now()
  /** The table whose text the watch counts (`watch`), and its reader's bytes when the watch is next told. */
  private marked: Table | null = null
  private mark = 0
  /** What the run's watch threw, if it refused a read (its bound reached): no problem of a record. */
  refused: unknown = undefined

  constructor(
    private readonly audit: AuditConfig,
    private readonly checks: RowChecks,
    private readonly acc: GroupAccumulator,
    private readonly options: PassOptions,
  ) {
    const sens = checks.sens
    this.wanted = [
      audit.label,
      ...(audit.prediction ? [audit.prediction] : []),
      ...(audit.score ? [audit.score] : []),
      ...(audit.weight ? [audit.weight] : []),
      ...sens,
    ]
    this.recordOptions = { exactText: new Set(sens), valueKinds: checks }
    this.predIdx = audit.prediction ? 1 : -1
    this.scoreIdx = audit.score ? (audit.prediction ? 2 : 1) : -1
    this.weightIdx = audit.weight ? 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0) : -1
    this.sensStart = 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0) + (audit.weight ? 1 : 0)
    this.values = new Array<string>(sens.length)
    this.labelOf = checks.kept.reading(normaliseLabel, READING_COST)
    this.numberOf = checks.kept.reading(parseScore, READING_COST)
  }

  /** Reads `records` of `table`, whose rows before them in the pass are `from` (for the run's row watch). */
  async read(records: AsyncIterable<DataRecord>, table: Table, display: string, from: number): Promise<void> {
    for await (const record of records) this.row(record, table, display, from)
  }

  /** Reads the first of `records` (none: nothing), and says where the next one starts; null at the end of the file. */
  async readOne(
    records: AsyncIterable<DataRecord & { end: ResumePoint }> | undefined,
    table: Table,
    display: string,
    from: number,
  ): Promise<ResumePoint | null> {
    if (!records) return null
    for await (const record of records) {
      this.row(record, table, display, from)
      return record.end
    }
    return null
  }

  /**
   * Tells the run's watch (`TableWatch.during`) the rows read so far: every 65,536 rows (`count`
   * is the rows or the dropped rows), and every `WATCH_TEXT_BYTES` a JSON table's reader reads, so
   * a file of few wide records is checked while it is read, not at its end (red team 13 R13-1).
   */
  private watch(
    during: NonNullable<TableWatch['during']>,
    count: number,
    table: Table,
    display: string,
    from: number,
  ): void {
    let due = (count & 0xffff) === 0
    if (table.textBytes) {
      const bytes = table.textBytes()
      if (this.marked !== table) {
        this.marked = table
        this.mark = bytes + WATCH_TEXT_BYTES
      } else if (bytes >= this.mark) {
        due = true
        this.mark = bytes + WATCH_TEXT_BYTES
      }
    }
    if (!due) return
    try {
      during.call(this.options.onTable, table, display, this.checks.stats.rows + this.checks.stats.dropped - from)
    } catch (e) {
      this.refused = e
      throw e
    }
  }

  /**
   * A cell as a label (`normaliseLabel`): a long string's worked out once while it repeats, as a
   * Parquet dictionary's value does row after row (the same string, its hash kept): a glob of a
   * Parquet file and one JSON Lines line sent the Parquet rows here, and a dictionary label of
   * 3,999 characters was normalised on each of 5,000,000 rows, 31.6 s of CPU, exit 0 (red team 24
   * R24-4). A miss is charged to the table (`RowChecks.kept`, red team 26 R26-4).
   */
  private readonly labelOf: (cell: Cell) => string | null

  /** A cell as a score or weight (`parseScore`), a long string's once while it repeats (`labelOf`). */
  private readonly numberOf: (cell: Cell) => number | null

  private row({ cells, line }: DataRecord, table: Table, display: string, from: number): void {
    const { audit, checks, acc, options, values, predIdx, scoreIdx, weightIdx, sensStart } = this
    const sens = checks.sens
    const stats = checks.stats
    const during = options.onTable?.during
    const isPos = checks.label(this.labelOf(cells[0]), line, cells[0])
    let score = 0
    if (scoreIdx >= 0) {
      const s = this.numberOf(cells[scoreIdx])
      if (s === null || checks.inexactScore(cells[scoreIdx], s)) throw checks.scoreProblem(cells[scoreIdx], line)
      score = s
      if (s < checks.minScore) checks.minScore = s
      if (s > checks.maxScore) checks.maxScore = s
    }
    const pred =
      predIdx >= 0 ? checks.prediction(this.labelOf(cells[predIdx]), line, cells[predIdx]) : score >= audit.threshold
    const weight = weightIdx >= 0 ? checks.weight(cells[weightIdx], this.numberOf(cells[weightIdx]), line) : 1
    let drop = false
    for (let i = 0; i < sens.length; i++) {
      const v = checks.groupValue(cells[sensStart + i], i, line) ?? checks.missingValue(i, line)
      if (v === null) drop = true
      else values[i] = v
    }
    if (drop) {
      stats.dropped++
      // Dropped rows are rows read: the run's budget sees them too (red team 11 R11-6).
      if (during) this.watch(during, stats.dropped, table, display, from)
      return
    }
    acc.add(isPos, pred, score, values, weight)
    stats.rows++
    if (during) this.watch(during, stats.rows, table, display, from)
    if ((stats.rows & 0xffff) === 0 && options.onProgress) {
      const now = Date.now()
      if (now - this.lastProgress >= (options.progressIntervalMs ?? 5000)) {
        this.lastProgress = now
        options.onProgress({ file: display, rows: stats.rows, bytes: 0, totalBytes: 0 })
      }
    }
  }
}
