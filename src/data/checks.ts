/**
 * What every pass shares: the per-row checks of an audit's label, prediction and sensitive
 * values (`RowChecks`), its groupings, the too-many-groups problem, and the pass's options and
 * statistics. The passes (`fastcsv.ts`, `columnar.ts`, `sink.ts`, `counts.ts`) and their
 * dispatcher (`extract.ts`) import this; it imports none of them.
 */
import type { AuditConfig } from '../config/types.js'
import { plural, ProblemError, type Problem } from '../config/problem.js'
import {
  GroupNamesTooLongError,
  TooManyCellsError,
  TooManyPartialsError,
  TooManyGroupsInAllError,
  type GroupAccumulator,
  type GroupBudget,
  type Grouping,
  type TooManyGroupsError,
} from '../stats/accumulate.js'
import type { JsonKind, Table, ValueKinds } from './table.js'
import { binNumber, Binner } from './bins.js'
import { isBooleanWord, isZonedStamp, spellingKey, spellingKind } from './spelling.js'
import {
  groupValue,
  isDoubleText,
  isInexactNumber,
  isMissing,
  KeptCells,
  MAX_GROUP_VALUE_LENGTH,
  normaliseLabel,
  parseScore,
  PLAIN_NEGATIVES,
  positiveSet,
  showValue,
  type Cell,
} from './values.js'

/**
 * A binned cell as `bins` reads it: its number, why it is none (a message's words), or, for a
 * number text no double holds (`isDoubleText`), the double it reads as: a Parquet file's is
 * refused (`RowChecks.binValue`), another file's text is that double, as pandas reads it.
 */
type BinReading = number | string | { inexact: number }

function binReading(cell: Cell): BinReading {
  const x = binNumber(cell as string | number | boolean)
  return typeof x === 'number' && typeof cell === 'string' && !isDoubleText(cell, x) ? { inexact: x } : x
}

/**
 * What a character of a long cell read anew costs (`KeptCells.reading`), in bytes of a scan (about
 * a nanosecond a byte), as measured on the generic pass: a binned number's miss some 7 ns (its
 * number, whether a double holds it, and the cache's own work: red team 27 R27-2's four columns
 * of 16,400 values of 800 characters cycled, 5.7 µs a cell), a number's exactness some 4.5.
 */
const BIN_READING_COST = 8
const INEXACT_READING_COST = 5

/**
 * The largest sample weight a row may have. No sampled row stands for more than a trillion, and
 * the bound keeps every sum exact enough and finite: Σw and Σw² of a billion rows stay far below
 * the largest double (weights near 1e154 would overflow Σw² to infinity, and every Kish size to 0).
 */
export const MAX_WEIGHT = 1e12
export const MAX_WEIGHT_TEXT = '1e12'
/**
 * The smallest weight above 0 a row may have: 1e-12, whose square (1e-24) is far from the doubles'
 * underflow. A weight of 1.5e-162 squares to 0, so a group of such rows had Σw² = 0, a Kish size of
 * 0, and was left out of every gate as "insufficient" (red team 5, F2). Scale weights that small up:
 * every metric is the same under any common factor.
 */
export const MIN_WEIGHT = 1e-12
export const MIN_WEIGHT_TEXT = '1e-12'

export interface ExtractStats {
  rows: number
  dropped: number
  missingAsGroup: number
  /**
   * Which reader did the pass: the fast byte-level CSV pass (and the columnar one), the generic
   * record reader, or both (`mixed`: csv-parse read on where the fast CSV pass stopped in a file,
   * or read a file whole that it does not take).
   */
  reader?: 'fast' | 'generic' | 'mixed'
  /** Findings that do not stop the audit (e.g. no label equals positive_label). */
  warnings?: string[]
  /** Per binned column (`bins`), the smallest and largest raw value per bin (null: none, or a counts input, which has no raw values). */
  binRanges?: Record<string, { min: (number | null)[]; max: (number | null)[] }>
}

/**
 * The group columns an audit reads, in a fixed order: its control columns, then its sensitive
 * ones (those of its intersections included). A control column is read as a sensitive one is:
 * the same bound on its values, the same `missing` policy.
 */
export function sensitiveColumns(audit: AuditConfig): string[] {
  return [...new Set([...audit.control, ...audit.sensitive, ...audit.intersections.flat()])]
}

/**
 * The groupings the accumulator builds: each attribute and intersection; with control columns
 * each of them prefixed by the control columns (its groups are then the (level, group) cells),
 * plus the control columns alone, whose groups are the levels' overall (`stats/control.ts`
 * splits the table by level).
 */
export function groupingsOf(audit: AuditConfig): Grouping[] {
  const c = audit.control
  return [
    ...audit.sensitive.map((s) => ({ columns: [...c, s] })),
    ...audit.intersections.map((x) => ({ columns: [...c, ...x] })),
    ...(c.length > 0 ? [{ columns: [...c] }] : []),
  ]
}

export interface BinaryTracker {
  column: string
  role: 'label' | 'prediction'
  seen: Map<string, { line: number; file: string }>
}

function trackBinary(t: BinaryTracker, value: string, file: string, line: number, col: number): void {
  if (t.seen.has(value)) return
  if (t.seen.size >= 2) {
    const list = [...t.seen.keys(), value].map((v) => showValue(v)).join(', ')
    throw new ProblemError([
      {
        file,
        line,
        column: col,
        message: `${t.role} column '${t.column}' has a third distinct value ${showValue(value)} (values so far: ${list}); ${t.role}s must be binary`,
      },
    ])
  }
  t.seen.set(value, { line, file })
}

function hasPositive(t: BinaryTracker, positives: ReadonlySet<string>): boolean {
  for (const v of t.seen.keys()) if (positives.has(v)) return true
  return false
}

function seenList(t: BinaryTracker): string {
  return [...t.seen.keys()].map((v) => showValue(v)).join(', ')
}

function firstFile(t: BinaryTracker): string {
  return t.seen.values().next().value?.file ?? ''
}

/**
 * Labels that never equal positive_label: two label values, neither of them positive_label, are a
 * misspelled positive_label. One value is a sample with no positive outcome, which is real (a quiet
 * fortnight of a rare event) and which fairlearn audits, so it is a warning; it is an error only
 * when the predictions never equal positive_label either (and no score makes them): then
 * positive_label is most likely misspelled, unless every value is a plain 0.
 */
function checkLabelPositive(
  labelT: BinaryTracker,
  predT: BinaryTracker | null,
  positives: ReadonlySet<string>,
  positiveLabel: unknown,
): { problem?: Problem; warning?: string } {
  if (labelT.seen.size === 0 || hasPositive(labelT, positives)) return {}
  const twoValues = checkTwoValues(labelT, positives, positiveLabel)
  if (twoValues) return { problem: twoValues }
  const shown = showValue(positiveLabel as string)
  const plain = (t: BinaryTracker): boolean => [...t.seen.keys()].every((v) => PLAIN_NEGATIVES.has(v))
  if (predT !== null && predT.seen.size > 0 && !hasPositive(predT, positives) && !(plain(labelT) && plain(predT))) {
    return {
      problem: {
        file: firstFile(labelT),
        message: `neither label column '${labelT.column}' (values seen: ${seenList(labelT)}) nor prediction column '${predT.column}' (values seen: ${seenList(predT)}) has a value equal to positive_label ${shown}; positive_label is likely misspelled: set it to the favourable value as the data writes it`,
      },
    }
  }
  return {
    warning: `no value of label column '${labelT.column}' equals positive_label ${shown} (values seen: ${seenList(labelT)}): every row is a negative outcome, audited as fairlearn does; rates over positive labels (TPR, FNR, ROC AUC) have no positives to count`,
  }
}

/** Two values, neither of them positive_label, are a misspelled positive_label (one value is a column with no positives). */
function checkTwoValues(t: BinaryTracker, positives: ReadonlySet<string>, positiveLabel: unknown): Problem | null {
  if (t.seen.size < 2 || hasPositive(t, positives)) return null
  return {
    file: firstFile(t),
    message: `no value of ${t.role} column '${t.column}' equals positive_label ${showValue(positiveLabel as string)} (values seen: ${seenList(t)}); set \`positive_label\` to the favourable value`,
  }
}

/** DuckDB's boolean words other than true/false, as a label's text (`normaliseLabel` writes true/false as 1/0). */
const BOOLEAN_LETTERS = /^(?:t|f|yes|no)$/i

/**
 * PostgreSQL's BOOLEAN input (`boolin`, what COPY into a BOOLEAN column reads): yes/no, y/n, on/off,
 * t/f, true/false, 1/0 and every unique prefix (`ye`, `tr`, `fal`, `of`; not `o`), in any case,
 * with C spaces around (` yes`, `true `; not a no-break space). A superset of DuckDB's words and of
 * BigQuery's CSV load's (yes/no, y/n, t/f, true/false, 1/0).
 */
const POSTGRES_BOOLEAN =
  /^[ \t\n\v\f\r]*(?:t|tr|tru|true|f|fa|fal|fals|false|y|ye|yes|n|no|on|of|off|1|0)[ \t\n\v\f\r]*$/i

/**
 * A CSV/TSV label or prediction column of DuckDB's boolean words with a positive label of 1 or 0
 * (`true`, `1`, `false`): DuckDB's read_csv types a column of nothing but t/f, yes/no and true/false
 * (any case) BOOLEAN, and the query of `model-audit-gate sql` reads `yes` and `t` as true, where
 * the rows compare them as text, not `true`: labels of `true` and `yes` were positives and
 * negatives here, all positives there, so the rows passed a gate the warehouse failed (red team
 * 34; one value `yes` was a warning only). So are PostgreSQL's words (`POSTGRES_BOOLEAN`), which a
 * typed load (COPY into a BOOLEAN column) reads so: `on` beside `true` was a text negative here and
 * true there, counts passing where the rows fail and the other way round (red team 36 R36-5).
 * Refused, naming the word: a tracker's values are `normaliseLabel`'s, so `1` may have been `true`
 * (a BOOLEAN column) or `1` (text to DuckDB); either way the column is refused.
 */
function booleanWordsProblem(t: BinaryTracker, positives: ReadonlySet<string>, positiveLabel: unknown): Problem | null {
  // Two values, neither positive: refused already as a misspelled positive_label (`checkTwoValues`).
  if (t.seen.size >= 2 && !hasPositive(t, positives)) return null
  const values = [...t.seen.keys()]
  // At most two values, one of them positive (1 or 0): one word.
  const word = values.find((v) => v !== '1' && v !== '0' && POSTGRES_BOOLEAN.test(v))
  if (word === undefined || !values.every((v) => v === '1' || v === '0' || v === word)) return null
  const at = t.seen.get(word)
  const reader = BOOLEAN_LETTERS.test(word)
    ? "DuckDB's read_csv reads as a boolean (a column of nothing but t/f, yes/no and true/false, in any case, it types BOOLEAN, and the query of `model-audit-gate sql` reads yes and t as true, no and f as false; so does PostgreSQL's BOOLEAN input)"
    : "PostgreSQL's BOOLEAN input reads as a boolean (COPY into a BOOLEAN column reads yes/no, y/n, on/off, t/f, true/false, 1/0 and their unique prefixes such as ye, tr, fal, of, in any case and with spaces around, as true or false, and the query of `model-audit-gate sql` reads such a column as a boolean)"
  return {
    file: firstFile(t),
    message: `${t.role} column '${t.column}' holds ${showValue(word)}${at ? ` (${at.file}:${at.line})` : ''}, a word ${reader}, where this audit compares ${t.role}s as text with positive_label ${showValue(positiveLabel as string)}: the two would count different positives; write the column as true/false or 1/0`,
  }
}

/** The NaN spellings that are NA (values.ts NA_TOKENS, pandas' own, case-exact). */
const NAN_NA = ['NaN', 'nan', '-NaN', '-nan']
const NAN_TEXT = /^[+-]?nan$/i

/**
 * Whether a group value is a NaN in another case or with spaces (`NAN`, `Nan`, ` nan`): not NA to
 * pandas (its NA list is case-exact, and a text column keeps it as text) nor here, but DuckDB's
 * number reader types a column of numbers and `NAN` DOUBLE, reads it as NaN and the printed query
 * makes it missing (red team 32 R32-5). No one reading agrees with both, so it is refused.
 */
function isNanSpelling(v: string): boolean {
  return v.length < 64 && NAN_TEXT.test(v.trim())
}

/** Per-row checks and the missing-value policy, shared by the generic pass and the fast CSV pass so both say the same thing. */
export class RowChecks implements ValueKinds {
  readonly sens: string[]
  readonly positives: ReadonlySet<string>
  readonly labelT: BinaryTracker
  readonly predT: BinaryTracker | null
  readonly stats: ExtractStats = { rows: 0, dropped: 0, missingAsGroup: 0 }
  /** What the pass found worth saying that does not stop the audit. */
  readonly warnings: string[] = []
  readonly missing = new Map<string, { count: number; lines: string[] }>()
  display = ''
  labelCol = 0
  predCol = 0
  scoreCol = 0
  weightCol = 0
  /** 1-based column numbers of the sensitive columns (`sens` order) in the current file. */
  sensCols: number[] = []
  /** Per sensitive column (`sens` order), its `bins`, or null when it is not binned. */
  readonly binners: (Binner | null)[]
  /**
   * Long cells' readings, kept while they repeat (a Parquet dictionary's values on the generic
   * pass), each miss charged to the table read now (`setTable`).
   */
  readonly kept: KeptCells
  /** Per binned column (`sens` order), its cells' numbers as `binReading` reads them. */
  private readonly binReadings: ((cell: Cell) => BinReading)[]
  /** Whether a label's, prediction's or score's cell is a number text no double holds (`isInexactNumber`). */
  private readonly inexactText: (cell: Cell) => boolean
  /** Whether the table read now is Parquet, whose numeric text is a number's exact value (`binValue`). */
  private exactNumbers = false
  /** Whether a CSV/TSV file was read (`booleanWordsProblem`). */
  private textTable = false
  /** The table read now (`setTable`): a long cell read anew is charged to it. */
  private table: Table | null = null
  /** Per sensitive column (`sens` order), where each of its group values was first read (`file:line:column`). */
  private readonly firstSeen: Map<string, string>[]
  /** The sensitive columns (by index) with a missing value audited as the group `missing_group`. */
  private readonly missingAsGroupIn = new Set<number>()
  /**
   * Per sensitive column (`sens` order), whether every table read so far stores it as exact numbers
   * (a Parquet integer or DECIMAL column): its numbers are keyed by exact value, not by double
   * (`spellingKey`); a text file's, or an integer shard's beside a DOUBLE shard's, by double.
   */
  private readonly exactColumn: boolean[]
  /**
   * Per sensitive column (`sens` order), whether a Parquet table held it: its times keep every digit
   * of their fraction (a TIMESTAMP_NS is nanoseconds to DuckDB), where a text file's are truncated
   * to microseconds as DuckDB's read_csv truncates them (`spellingKey`).
   */
  private readonly typedColumn: boolean[]

  /**
   * `counts`: the pass reads a counts table, whose binned columns already hold the bins'
   * labels (the query `model-audit-gate sql` prints writes them): those are checked to be
   * labels, not binned again.
   */
  constructor(
    readonly audit: AuditConfig,
    readonly input: 'rows' | 'counts' = 'rows',
  ) {
    this.sens = sensitiveColumns(audit)
    const bins = audit.bins ?? {}
    this.binners = this.sens.map((c) => (Object.hasOwn(bins, c) ? new Binner(bins[c] as number[]) : null))
    this.firstSeen = this.sens.map(() => new Map())
    this.exactColumn = this.sens.map(() => true)
    this.typedColumn = this.sens.map(() => false)
    this.kept = new KeptCells((chars) => this.table?.chargeBytes?.(chars))
    this.binReadings = this.sens.map(() => this.kept.reading(binReading, BIN_READING_COST))
    this.inexactText = this.kept.reading(isInexactNumber, INEXACT_READING_COST)
    this.positives = positiveSet(audit.positive_label)
    this.labelT = { column: audit.label, role: 'label', seen: new Map() }
    this.predT = audit.prediction ? { column: audit.prediction, role: 'prediction', seen: new Map() } : null
  }

  /** Switches to the next file: its name and the 1-based column numbers of the roles. */
  setTable(table: Table, display: string): void {
    const colNumber = (name: string | undefined): number => (name ? table.columns.indexOf(name) + 1 : 0)
    this.display = display
    this.labelCol = colNumber(this.audit.label)
    this.predCol = colNumber(this.audit.prediction)
    this.scoreCol = colNumber(this.audit.score)
    this.weightCol = colNumber(this.audit.weight)
    this.sensCols = this.sens.map(colNumber)
    this.sensCols.forEach((col, i) => {
      if (table.numberKinds?.[col - 1] !== 'exact') this.exactColumn[i] = false
      if (col > 0 && table.declaredRows !== undefined) this.typedColumn[i] = true
    })
    this.exactNumbers = table.declaredRows !== undefined
    if (table.source !== undefined) this.textTable = true
    this.table = table
  }

  /**
   * Sensitive column i's cell as a group name (null: missing), refused when it is longer than
   * a group name may be. Every pass reads group values through here, so the bound holds for
   * every format.
   */
  groupValue(cell: Cell, i: number, line: number): string | null {
    const binner = this.binners[i]
    if (binner) return this.binValue(binner, cell, i, line)
    const v = groupValue(cell)
    if (v !== null && v.length > MAX_GROUP_VALUE_LENGTH) {
      throw new ProblemError([
        {
          file: this.display,
          line,
          column: this.sensCols[i] ?? 0,
          message: `${this.roleOf(this.sens[i] as string)} column '${this.sens[i] as string}' has a value of ${v.length.toLocaleString('en-US')} characters (${showValue(v)}), longer than the ${MAX_GROUP_VALUE_LENGTH.toLocaleString('en-US')} a group name may have; is it the right column? Bin or shorten its values`,
        },
      ])
    }
    if (v !== null) {
      const seen = this.firstSeen[i] as Map<string, string>
      if (!seen.has(v)) seen.set(v, `${this.display}:${line}:${this.sensCols[i] ?? 0}`)
    }
    return v
  }

  /**
   * A binned column's cell as its bin's label (null: missing, for the `missing` policy). A
   * number is what `score` accepts (decimal, spaces around allowed); anything else — text,
   * hex, a boolean, ±infinity — is a data problem at its cell. pandas' `cut` with finite
   * edges would leave +inf out of every bin (NaN) and put −inf in the first: an infinite age
   * or income is a data error, so both are refused alike. In a counts table the cell must be
   * one of the labels already (or, with `missing: group`, the missing group's name).
   */
  private binValue(binner: Binner, cell: Cell, i: number, line: number): string | null {
    if (isMissing(cell)) return null
    const column = this.sens[i] as string
    const problem = (message: string): ProblemError =>
      new ProblemError([{ file: this.display, line, column: this.sensCols[i] ?? 0, message }])
    if (this.input === 'counts') {
      const v = groupValue(cell) as string
      // With `missing: group` the query writes the missing group's name for a NULL.
      if (binner.labels.includes(v) || (this.audit.missing === 'group' && v === this.audit.missing_group)) return v
      throw problem(
        `binned column '${column}' has ${showValue(v)}, which is not one of its bins (${binner.labels.map((l) => showValue(l)).join(', ')}); a counts table holds the bins' labels, as the query of \`model-audit-gate sql\` writes them for these \`bins\``,
      )
    }
    // A long cell's number is read once while it repeats, as a Parquet dictionary's value does row
    // after row on the generic pass (red team 26 R26-1: two 3,999-character numbers binned on each
    // of 4,000,000 rows of a 280 KB file, 25.5 s of CPU, exit 0), each column's on its own (R27-2).
    const read = (this.binReadings[i] as (cell: Cell) => BinReading)(cell)
    if (typeof read === 'string') {
      throw problem(
        `binned column '${column}' has ${showValue(cell)} (${read}); \`bins\` needs a finite number in every row, or an empty/NA cell for a missing value (see \`missing\`)`,
      )
    }
    if (typeof read === 'number') return binner.label(read)
    // A Parquet DECIMAL or 64-bit integer that no double holds is its exact text: binned by its
    // double, 2.99999999999999999 went to `>= 3`, where the warehouse's query (\`sql\`) compares the
    // exact value and puts it below 3, and a failing bin passed (red team 26 R26-2).
    const x = read.inexact
    if (this.exactNumbers)
      throw problem(
        `binned column '${column}' has ${showValue(cell)}, which no double holds exactly (it reads as ${String(x)}): bins compare doubles, and the warehouse's query compares the exact value, so the two could put it in different bins; write the column as a DOUBLE, or round it to 15 significant digits`,
      )
    return binner.label(x)
  }

  /**
   * A missing value audited as a group a present value also names (red team 33 R33-5): the
   * missing rows joined that group, and a failing group's rates were diluted by rows made
   * missing elsewhere, with a warning only. Refused, as a `missing_group` that is also a bin is.
   */
  private missingGroupProblems(tables: readonly { display: string }[]): Problem[] {
    const name = this.audit.missing_group
    const problems: Problem[] = []
    if (this.input !== 'rows' || this.audit.missing !== 'group') return problems
    for (const i of this.missingAsGroupIn) {
      const where = this.firstSeen[i]?.get(name)
      if (where === undefined) continue
      const column = this.sens[i] as string
      problems.push({
        file: tables.map((t) => t.display).join(', '),
        message: `${this.roleOf(column)} column '${column}' holds ${showValue(name)} (${where}), the name \`missing_group\` gives its missing values: they would join that group and change its rates; choose a \`missing_group\` no value has`,
      })
    }
    return problems
  }

  /**
   * A group column in which two texts are one typed value — one number (`1` and `1.0`, `01`, `1e0`,
   * `+1`, `0x1`, and `1.0000000000000001`, one double), one boolean (`True` and `true`, `t`, `yes`),
   * one date, time or timestamp (`2024-01-01` and `2024-1-1`, `00:00` and `00:00:00`, `T` or a
   * space): named as written, each would be a group of its own, where pandas, DuckDB's readers and
   * a typed (Parquet, warehouse) column read one value; so the rows one wants out of a gate,
   * re-spelled, became a small group of their own, insufficient and ungated (red team 31 R31-9: 40
   * wrong rows of band `1.0` beside 100 of `1`, exit 0; the warehouse, exit 1; red team 32 R32-2,
   * R32-3: dates, times, DuckDB's boolean words, hex, two texts of one double). Refused, naming
   * both spellings and where each was first read (`spellingKey`). A binned column's values are
   * bins, by value already.
   */
  private spellingProblems(tables: readonly { display: string }[], acc: GroupAccumulator): Problem[] {
    const problems: Problem[] = []
    const bins = this.audit.bins ?? {}
    for (const [column, values] of acc.distinctValues()) {
      if (Object.hasOwn(bins, column)) continue
      const firstSeen = this.firstSeen[this.sens.indexOf(column)]
      const exact = this.exactColumn[this.sens.indexOf(column)] === true
      const text = this.typedColumn[this.sens.indexOf(column)] !== true
      const booleans = [...values].every((v) => isBooleanWord(v))
      const at = (v: string): string => {
        const where = firstSeen?.get(v)
        return where === undefined ? '' : ` (${where})`
      }
      const seen = new Map<string, string>()
      let nan = false
      let collided = false
      // A text file's first timestamp (or date) without a zone and first with one (`isZonedStamp`).
      let naive: string | undefined
      let zoned: string | undefined
      for (const v of values) {
        if (!nan && isNanSpelling(v)) {
          nan = true
          problems.push({
            file: tables.map((t) => t.display).join(', '),
            message: `${this.roleOf(column)} column '${column}' holds ${showValue(v)}${at(v)}, a NaN to DuckDB (its number reader takes any case), so missing to the query of \`model-audit-gate sql\`, where it is not one of the NA spellings pandas and this audit read as missing (${NAN_NA.map((n) => showValue(n)).join(', ')}, case as written): a group here, dropped or the missing group there; write a missing value as an empty cell or one of those, or name the group another way`,
          })
        }
        const key = spellingKey(v, exact, booleans, text)
        if (key === null) continue
        if (text && key.charCodeAt(0) === 100 /* d */) {
          if (isZonedStamp(v)) zoned ??= v
          else naive ??= v
        }
        const other = seen.get(key)
        if (other === undefined) {
          seen.set(key, v)
          continue
        }
        collided = true
        if (nan) break
        problems.push({
          file: tables.map((t) => t.display).join(', '),
          message: `${this.roleOf(column)} column '${column}' holds ${showValue(other)}${at(other)} and ${showValue(v)}${at(v)}, one ${spellingKind(key)} written two ways: named as written they would be two groups, where pandas, DuckDB and a typed column read one value; write each value one way`,
        })
        break
      }
      // Keys read a timestamp without a zone as UTC; DuckDB's read_csv types a column of both
      // TIMESTAMP WITH TIME ZONE and reads those in its session's TimeZone (its machine's, by
      // default): in Europe/Paris `2024-01-01 12:00:00` and `2024-01-01 11:00:00Z` are one value
      // there, two here (red team 34 R34-2). Which values are one depends on where the query runs.
      if (!collided && naive !== undefined && zoned !== undefined)
        problems.push({
          file: tables.map((t) => t.display).join(', '),
          message: `${this.roleOf(column)} column '${column}' holds ${showValue(naive)}${at(naive)}, a date or time without a zone, and ${showValue(zoned)}${at(zoned)}, one with a zone: DuckDB's read_csv reads such a column as TIMESTAMP WITH TIME ZONE and the ones without a zone in its session's TimeZone, so which values are one group there depends on where the query runs; write every value with its zone, or none with one`,
        })
    }
    return problems
  }

  /** Per JSON group column, each text's first JSON kind and where it was read (`valueKind`). */
  private readonly jsonKinds = new Map<string, Map<string, { kind: JsonKind; at: string }>>()

  /**
   * A JSON/JSONL group value's kind: one text of two JSON kinds (the number 2 and the string "2",
   * `true` and "true"), across an audit's files or in one, is refused. Named by its text, the two
   * were one group, where DuckDB's read_json_auto (a JSON column: `2` and `"2"`) and pandas (an
   * object column of int 2 and str '2') read two, so 40 wrong rows hid in a group of 440 and the gate
   * passed (red team 32 R32-1). As R30-1 refuses a Parquet group column stored as two kinds. Texts
   * that differ but spell one value (2 and "2.0") are `spellingProblems`'.
   */
  valueKind(column: string, text: string, kind: JsonKind, line: number): void {
    if (kind === 'an object or array') {
      // Named by its text, `{"a":1}` and `{"a":1.0}` (or `{"b":2,"a":1}`) were two groups, where
      // DuckDB's read_json_auto reads one STRUCT or LIST value and pandas one dict or list (red team
      // 34 R34-5): 40 wrong rows re-spelled were a small group of their own, ungated.
      const i = this.sens.indexOf(column)
      throw new ProblemError([
        {
          file: this.display,
          line,
          column: this.sensCols[i] ?? 0,
          message: `${this.roleOf(column)} column '${column}' holds ${showValue(text)}, a JSON ${text.trimStart().startsWith('[') ? 'array' : 'object'}: DuckDB's read_json_auto reads it as a STRUCT or LIST and pandas as a dict or list, whose value is not its text (\`{"a":1}\` and \`{"a":1.0}\`, or keys in another order, are one value there, two groups here); a group value must be a string, a number or a boolean: write it as one`,
        },
      ])
    }
    let kinds = this.jsonKinds.get(column)
    if (!kinds) this.jsonKinds.set(column, (kinds = new Map()))
    const first = kinds.get(text)
    if (first === undefined) {
      const i = this.sens.indexOf(column)
      kinds.set(text, { kind, at: `${this.display}:${line}:${this.sensCols[i] ?? 0}` })
      return
    }
    if (first.kind === kind) return
    const i = this.sens.indexOf(column)
    throw new ProblemError([
      {
        file: this.display,
        line,
        column: this.sensCols[i] ?? 0,
        message: `${this.roleOf(column)} column '${column}' holds ${showValue(text)} as ${first.kind} (${first.at}) and as ${kind} here: one group name, where DuckDB's read_json and pandas read two values (DuckDB a JSON column of ${kind === 'a string' || first.kind === 'a string' ? `${text} and ${JSON.stringify(text)}` : 'two kinds'}); write the column as one JSON kind in every record and file`,
      },
    ])
  }

  /** How messages name a group column: `control` or `sensitive`. */
  roleOf(column: string): 'control' | 'sensitive' {
    return this.audit.control.includes(column) ? 'control' : 'sensitive'
  }

  /**
   * A Parquet label or prediction no double holds (a DECIMAL 1.00000000000000001 given as its exact
   * text), as a problem: read as the double 1 it was positive, where a DECIMAL compared exactly is
   * no 1, as pandas' `Decimal` is not (red team 27 R27-1); bins and scores refuse it so too.
   * `label` is the cell as `normaliseLabel` wrote it: a number text already in the form it writes
   * is a double's.
   */
  private exactLabel(raw: Cell, label: string, line: number, role: 'label' | 'prediction'): void {
    if (!this.exactNumbers || typeof raw !== 'string' || raw === label || !this.inexactText(raw)) return
    const column = role === 'label' ? this.audit.label : (this.audit.prediction as string)
    throw new ProblemError([
      {
        file: this.display,
        line,
        column: role === 'label' ? this.labelCol : this.predCol,
        message: `${role} column '${column}' has ${showValue(raw)}, which no double holds exactly (it reads as ${label}): labels are compared as numbers by value, and the exact value is not ${label}; write the column as an integer, a boolean or text, or round it to 15 significant digits`,
      },
    ])
  }

  /**
   * A normalised label (null: missing) → whether it is positive; tracks binarity. `raw`: its cell,
   * for a Parquet number no double holds (`exactLabel`).
   */
  label(label: string | null, line: number, raw?: Cell): boolean {
    if (label !== null && raw !== undefined) this.exactLabel(raw, label, line, 'label')
    if (label === null)
      throw new ProblemError([
        {
          file: this.display,
          line,
          column: this.labelCol,
          message: `label column '${this.audit.label}' is empty or NA; every row needs a label`,
        },
      ])
    trackBinary(this.labelT, label, this.display, line, this.labelCol)
    return this.positives.has(label)
  }

  scoreProblem(raw: Cell, line: number): ProblemError {
    return new ProblemError([
      {
        file: this.display,
        line,
        column: this.scoreCol,
        message:
          typeof raw === 'string' && parseScore(raw) !== null
            ? `score column '${this.audit.score}' has ${showValue(raw)}, which no double holds exactly (it reads as ${String(parseScore(raw))}): the threshold and ROC AUC compare doubles, and the warehouse's query compares the exact value, so the two could classify it differently; write the column as a DOUBLE, or round it to 15 significant digits`
            : `score column '${this.audit.score}' has ${showValue(raw)}; expected a finite number`,
      },
    ])
  }

  /**
   * Whether a score cell of the table read now is a number no double holds: a Parquet DECIMAL
   * given as its exact text. At `threshold: 0.5`, 0.49999999999999999 read as 0.5 was positive
   * where the warehouse's query compares it exactly (red team 26 R26-5: the rows audit passed,
   * the counts audit of the same file failed).
   */
  inexactScore(raw: Cell, x: number | null): boolean {
    return this.exactNumbers && typeof raw === 'string' && x !== null && this.inexactText(raw)
  }

  /**
   * A row's sample weight from its raw cell (already parsed to a number when `parsed` is not
   * null): a finite number ≥ 0. Missing, negative, NaN or infinite is a problem at file:line:
   * a weight cannot be guessed, and a row dropped for it would silently change every rate.
   */
  weight(raw: Cell, parsed: number | null, line: number): number {
    const w = parsed ?? parseScore(raw)
    if (w !== null && (w === 0 || (w >= MIN_WEIGHT && w <= MAX_WEIGHT))) return w
    const what = isMissing(raw)
      ? 'is empty or NA; every row needs a weight'
      : `has ${showValue(raw)}; expected 0 or a number from ${MIN_WEIGHT_TEXT} to ${MAX_WEIGHT_TEXT}${w === null ? '' : w < 0 ? ' (a weight cannot be negative)' : w > MAX_WEIGHT ? ' (no sampled row stands for more)' : " (a smaller weight's square is below what a number holds: scale the weights up, which changes no metric)"}`
    throw new ProblemError([
      { file: this.display, line, column: this.weightCol, message: `weight column '${this.audit.weight}' ${what}` },
    ])
  }

  /** A normalised prediction (null: missing) → whether it is positive; tracks binarity. `raw`: as `label`'s. */
  prediction(pred: string | null, line: number, raw?: Cell): boolean {
    if (pred !== null && raw !== undefined) this.exactLabel(raw, pred, line, 'prediction')
    if (pred === null)
      throw new ProblemError([
        {
          file: this.display,
          line,
          column: this.predCol,
          message: `prediction column '${this.audit.prediction}' is empty or NA; every row needs a prediction`,
        },
      ])
    trackBinary(this.predT as BinaryTracker, pred, this.display, line, this.predCol)
    return this.positives.has(pred)
  }

  /** A missing value of sensitive column i: the value to use instead, or null to drop the row. */
  missingValue(i: number, line: number): string | null {
    if (this.audit.missing === 'group') {
      this.stats.missingAsGroup++
      this.missingAsGroupIn.add(i)
      return this.audit.missing_group
    }
    if (this.audit.missing === 'error') {
      const col = this.sens[i] as string
      const m = this.missing.get(col) ?? { count: 0, lines: [] }
      m.count++
      if (m.lines.length < 10) m.lines.push(`${this.display}:${line}`)
      this.missing.set(col, m)
    }
    return null
  }

  /** Smallest and largest score read, for the message when the threshold is off the score's scale. */
  minScore = Infinity
  maxScore = -Infinity

  /** Problems that need the whole pass to report. */
  finish(tables: readonly { display: string }[], acc: GroupAccumulator): Problem[] {
    const { stats } = this
    const problems: Problem[] = []
    this.binners.forEach((b, i) => {
      if (!b) return
      stats.binRanges ??= Object.create(null) as NonNullable<ExtractStats['binRanges']>
      const seen = (v: number): number | null => (Number.isFinite(v) ? v : null)
      stats.binRanges[this.sens[i] as string] = { min: b.min.map(seen), max: b.max.map(seen) }
    })
    for (const [col, m] of this.missing) {
      problems.push({
        file: m.lines[0]?.split(':')[0] ?? '',
        message: `${this.roleOf(col)} column '${col}' is empty or NA in ${plural(m.count, 'row')} (${m.lines.join(', ')}${m.count > m.lines.length ? ', …' : ''}); set \`missing: group\` to audit them as their own group, or \`missing: drop\` to leave them out`,
      })
    }
    problems.push(...this.spellingProblems(tables, acc))
    problems.push(...this.missingGroupProblems(tables))
    if (problems.length === 0 && stats.rows === 0) {
      problems.push({
        file: tables.map((t) => t.display).join(', '),
        message:
          stats.dropped > 0
            ? `every row was dropped (${stats.dropped}) for a missing sensitive value`
            : 'no data rows (only a header)',
      })
    }
    if (problems.length === 0 && stats.rows > 0 && this.audit.weight) {
      // Weighted counts: Σw. Every weight 0 leaves nothing to audit, as every row dropped does:
      // every gate `insufficient` made it a pass with warnings (red team 9 R9-6).
      const o = acc.overall
      if (o.tp + o.fp + o.tn + o.fn === 0)
        problems.push({
          file: tables.map((t) => t.display).join(', '),
          message: `every row has weight 0 (${plural(stats.rows, 'row')} in weight column '${this.audit.weight}'${stats.dropped > 0 ? `, after ${plural(stats.dropped, 'row')} dropped for a missing sensitive value` : ''}): nothing to audit; a row of weight 0 counts in no metric`,
        })
    }
    const p = normaliseLabel(this.audit.positive_label as Cell)
    if (stats.rows > 0 && this.input === 'rows' && this.textTable && (p === '1' || p === '0')) {
      for (const t of [this.labelT, this.predT]) {
        const words = t ? booleanWordsProblem(t, this.positives, this.audit.positive_label) : null
        if (words) problems.push(words)
      }
    }
    if (stats.rows > 0) {
      const label = checkLabelPositive(this.labelT, this.predT, this.positives, this.audit.positive_label)
      if (label.problem) problems.push(label.problem)
      if (label.warning) this.warnings.push(label.warning)
      const pp = this.predT ? checkTwoValues(this.predT, this.positives, this.audit.positive_label) : null
      if (pp) problems.push(pp)
    }
    const audit = this.audit
    if (!audit.prediction && stats.rows > 1 && problems.length === 0 && this.minScore <= this.maxScore) {
      const p = oneClassThreshold(
        audit,
        acc,
        tables.map((t) => t.display).join(', '),
        stats.rows,
        `on all ${stats.rows} rows; scores range from ${this.minScore} to ${this.maxScore}`,
      )
      if (p) problems.push(p)
    }
    return problems
  }
}

/**
 * A score's threshold that makes every prediction one class, from the overall counts of `total`
 * rows, as the rows and the counts audit refuse it (`where` says over what). Rows, not their
 * weights: a weighted audit's counts are sums of weights (red team 14 R14-1: weights of 3 hid a
 * threshold under every score, and two positive rows of weight 2 in four were taken for all of them).
 */
export function oneClassThreshold(
  audit: AuditConfig,
  acc: GroupAccumulator,
  file: string,
  total: number,
  where: string,
  after = '',
): Problem | null {
  if (audit.prediction || total <= 1) return null
  const o = acc.overall
  const rows = o.weights?.rows ?? o
  const positives = rows.tp + rows.fp
  if (positives !== 0 && positives !== total) return null
  const negative = positives === 0
  return {
    file,
    message: `threshold ${audit.threshold} makes every prediction ${negative ? 'negative' : 'positive'} (${audit.score} ${negative ? '<' : '>='} ${audit.threshold} ${where}); check \`threshold\` against the score's scale${after}`,
  }
}

/** Whether the AUC needs every row's score kept. */
export function wantsScores(audit: AuditConfig): boolean {
  return !!audit.score && (audit.metrics.includes('roc_auc') || audit.gates.some((g) => g.metric.startsWith('roc_auc')))
}

/**
 * The problem for too many groups. With control columns (`control`, first in every grouping's
 * columns but their own) a grouping's groups are its (level, group) cells, which is what is
 * built and counted: the message says so.
 */
export function tooManyGroupsProblem(
  e: TooManyGroupsError,
  display: string,
  control: readonly string[] = [],
): ProblemError {
  if (e instanceof TooManyCellsError) {
    const sizes = e.columns.map((c, i) => `'${c}' ${(e.sizes?.[i] ?? 0).toLocaleString('en-US')}`).join(', ')
    return new ProblemError([
      {
        file: display,
        message: `the rows hold more than ${e.limit.toLocaleString('en-US')} combinations of the sensitive columns' values (distinct values so far: ${sizes}), the most one audit ${e.columns.length > 4 ? `of ${e.columns.length} such columns ` : ''}may count (each combination is counted apart, then added into its groups): audit attributes that are not intersected in audits of their own, or bin them coarser`,
      },
    ])
  }
  if (e instanceof TooManyPartialsError) {
    const columns = e.columns.map((c) => `'${c}'`).join(', ')
    return new ProblemError([
      {
        file: display,
        message: `the sums of weights in the combinations of ${columns} need more than ${(e.limit / 2 ** 20).toLocaleString('en-US')} MiB of partials, the most one audit may hold (each combination's sums of weights are kept exactly, and weights of many magnitudes in many combinations need more partials than two a sum): round the weights to fewer significant digits or magnitudes, or audit fewer combinations (fewer sensitive columns, or bin them coarser)`,
      },
    ])
  }
  if (e instanceof GroupNamesTooLongError) {
    const parts = e.parts.map((p) => `${p.name} ${p.n.toLocaleString('en-US')}`).join(', ')
    const limit = e.limit.toLocaleString('en-US')
    const why = `each name is written in every table, interval and disparity of the report, an intersection's once for each of its possible groups`
    return new ProblemError([
      {
        file: display,
        message:
          e.scope === 'audit'
            ? `the audit's group names have more than ${limit} characters in all (${parts}), the most one audit may have (${why}); shorten or bin the values, or audit fewer attributes or intersections`
            : `the group names of this run's audits have more than ${limit} characters in all (${parts}), the most one run may have (${why}); shorten or bin the values, or run fewer audits at a time (\`--audit NAME\`, or several config files)`,
      },
    ])
  }
  if (e instanceof TooManyGroupsInAllError) {
    const parts = e.parts.map((p) => `${p.name} ${p.n.toLocaleString('en-US')}`).join(', ')
    const limit = e.limit.toLocaleString('en-US')
    return new ProblemError([
      {
        file: display,
        message:
          e.scope === 'audit'
            ? `the audit's attributes and intersections have more than ${limit} groups in all (${parts}), the most one audit may have whatever \`max_groups\` says (each group is a row of every table, interval and disparity); audit fewer attributes or intersections, or bin them coarser`
            : `the audits of this run have more than ${limit} groups in all (${parts}), the most one run may have (every audit's results are kept for the report); run fewer audits at a time (\`--audit NAME\`, or several config files)`,
      },
    ])
  }
  const names = e.columns.map((c) => `'${c}'`).join(' × ')
  const controlled = control.length > 0 && control.every((c, i) => e.columns[i] === c)
  if (e.sizes && controlled) {
    const product = e.sizes.reduce((a, b) => a * b, 1)
    const rest = e.columns.slice(control.length)
    const what =
      rest.length === 0
        ? `control ${names} has at least ${product.toLocaleString('en-US')} levels`
        : `${rest.length === 1 ? 'attribute' : 'intersection'} ${rest.map((c) => `'${c}'`).join(' × ')} split by control ${control.map((c) => `'${c}'`).join(' × ')} has at least ${e.sizes.map((n) => n.toLocaleString('en-US')).join(' × ')} = ${product.toLocaleString('en-US')} (level, group) cells`
    return new ProblemError([
      {
        file: display,
        message: `${what}, more than \`max_groups\` (${e.limit.toLocaleString('en-US')}): each control level repeats every group; control by fewer or coarser columns, or raise \`max_groups\``,
      },
    ])
  }
  if (e.sizes) {
    const product = e.sizes.reduce((a, b) => a * b, 1)
    return new ProblemError([
      {
        file: display,
        message: `intersection ${names} has at least ${e.sizes.map((n) => n.toLocaleString('en-US')).join(' × ')} = ${product.toLocaleString('en-US')} possible groups, more than \`max_groups\` (${e.limit.toLocaleString('en-US')}); intersect fewer or coarser attributes, or raise \`max_groups\``,
      },
    ])
  }
  return new ProblemError([
    {
      file: display,
      message: `attribute ${e.columns.map((c) => `'${c}'`).join(' × ')} has more than ${e.limit} distinct values — is it an id or a continuous column? Bin it, or raise \`max_groups\``,
    },
  ])
}

/** Options of the pass. */
export interface PassOptions {
  /** Called now and then on long files, and once at the end of each file read by the fast pass. */
  onProgress?: ((p: PassProgress) => void) | undefined
  /** Least time between two progress calls (default 5000 ms). */
  progressIntervalMs?: number | undefined
  /** Bytes per read of the fast pass (default 1 MiB); small values let tests cross chunk boundaries everywhere. */
  chunkBytes?: number | undefined
  /** Use the fast CSV pass where it applies (default true); false reads every file with csv-parse. */
  fast?: boolean | undefined
  /** The run's group count, shared by its audits (`MAX_RUN_GROUPS`); none: this audit's alone. */
  groups?: { budget: GroupBudget; audit: string } | undefined
  /**
   * Told of each file before its rows are read (it may refuse the read by throwing) and after,
   * with the rows it held: the run's budget of rows read again (`audit.ts`, MAX_RUN_REREAD_ROWS).
   */
  onTable?: TableWatch | undefined
  /**
   * Told, every 65,536 rows or so, the rows (kept and dropped) the pass has read of all its files
   * so far (it may stop the pass by throwing): the run's row budget, checked while a file streams.
   */
  onRows?: ((rows: number) => void) | undefined
}

/** See `PassOptions.onTable`. */
export interface TableWatch {
  before(table: Table, display: string): void
  after(table: Table, display: string, rows: number): void
  /** Told, while the file is read, the rows read of it so far (it may refuse to go on by throwing). */
  during?(table: Table, display: string, rows: number): void
}

/** How far the pass is: rows so far (all files), bytes of the current file read so far, and its size. */
export interface PassProgress {
  file: string
  rows: number
  bytes: number
  totalBytes: number
}
