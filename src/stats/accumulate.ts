/**
 * Sufficient statistics, one pass: each row increments the confusion counts of its cell
 * (its combination of every sensitive value), so memory is O(cells), not O(rows), and the
 * per-row work is one lookup, whatever the number of groupings. Each grouping (a sensitive
 * attribute on its own, or an intersection) is the roll-up of the cells, made when asked.
 * Scores, when an AUC is wanted, go to one shared store with each row's cell (see auc.ts).
 */
import {
  aucFromCounts,
  delongFromSums,
  ScoreStore,
  weightedAucOf,
  weightedDelongOf,
  type AucResult,
  type AucSource,
  type GroupAucSums,
  type WeightedAucSums,
} from './auc.js'
import { ExactSums, PartialsArena } from './exact-sum.js'
import type { Confusion } from './metrics.js'

/** A grouping: one sensitive attribute, or an intersection of several. */
export interface Grouping {
  /** The columns, in the order the config gives them. One column: a plain attribute. */
  columns: string[]
}

/**
 * The rows and the squared weights behind a weighted group's cells: with `weight:`, a group's
 * confusion cells (what every metric reads) are sums of weights, and these say how many rows
 * they sum and Σw², for the Kish effective size and the weighted intervals.
 */
export interface CellWeights {
  /** Rows in each cell (zero-weight rows count). */
  rows: Confusion
  /** Σw² in each cell. */
  squares: Confusion
}

/** The weighted cells of a pre-aggregated counts row: Σw and Σw² per confusion cell. */
export interface WeightedCounts {
  sums: Confusion
  squares: Confusion
}

/** Counts (and optionally the AUC source) of one group: row counts, or sums of weights with `weights` beside them. */
export interface GroupCell extends Confusion {
  values: string[]
  sketch: AucSource | null
  /** Present when the audit is weighted. */
  weights?: CellWeights
}

/**
 * Thrown when a grouping has more groups than the configured cap: an attribute with more
 * distinct values, or an intersection whose possible groups (the product of its attributes'
 * distinct values, each a row of the table) are more. `sizes` is the intersection's
 * distinct-value counts when the product went over; the check runs as groups appear, so
 * these are the counts when it did, and the data may have more.
 */
export class TooManyGroupsError extends Error {
  constructor(
    readonly columns: string[],
    readonly limit: number,
    readonly sizes: number[] | null = null,
  ) {
    super(`more than ${limit} ${sizes ? 'possible' : 'distinct'} groups in ${columns.join(' × ')}`)
  }
}

/**
 * The most groups an audit may have in all (the sum over its groupings: each attribute's
 * distinct values, each intersection's possible groups), and the most a run may have over all
 * its audits. `max_groups` bounds one grouping; every grouping is a table, and each group a row
 * of every table, interval, disparity and report, so memory follows the sum: 20,000 groups with
 * intervals peak at about 210 MB, 40,000 (two such attributes) at 257 MB. A run keeps every
 * audit's results until the report is written (six audits of 20,000 groups: 557 MB), so the
 * run's sum has the same bound: one attribute at the largest `max_groups` still fits.
 */
export const MAX_AUDIT_GROUPS = 20000
export const MAX_RUN_GROUPS = 20000
/**
 * The most characters of group names an audit, and a run over its audits, may have in all: each
 * group's values (an intersection's possible groups: each attribute's value lengths times the
 * other attributes' distinct counts), whatever the group count. A name is written in every table,
 * interval and disparity of the report, some 44 bytes a character: 20,000 groups of names of 1,000
 * characters (the most one may have) made a 1 GB report from a 116 KB .csv.gz (red team 12 R12-12).
 * A million characters is 50 a group at the most groups, some 44 MB of report.
 */
export const MAX_GROUP_NAME_CHARS = 1_000_000

/**
 * The most combinations of sensitive values (cells) an audit may count: every row is counted in
 * its cell, and cells are rolled up into each grouping's groups at the end. Groups are bounded,
 * cells are not by them: attributes that are not intersected combine freely, and two of 1,000
 * values each made a million cells of a 6 MB .csv.gz (1.1 GB; 296 MB with cells keyed by value
 * ids). 500,000 cells with scores peak at 218 MB, so half of that is the bound.
 */
export const MAX_AUDIT_CELLS = 250_000
/**
 * The most values those combinations may hold in all (cells × sensitive columns): a cell of 32
 * columns costs some 2.4 KB and 22 µs to make, so 249,000 of them (in a 2.9 MB .csv.gz) peaked at
 * 635 MB, and 41 audits of the file ran 285 s (red team 16 R16-1). An audit of more than four
 * sensitive columns (control columns too) may count fewer combinations.
 */
export const MAX_AUDIT_CELL_VALUES = 1_000_000

/**
 * Thrown when an audit's rows hold more combinations of its sensitive columns' values than it may
 * count (`MAX_AUDIT_CELLS`, fewer past four columns: `MAX_AUDIT_CELL_VALUES`); `sizes` is each
 * column's distinct values so far.
 */
export class TooManyCellsError extends TooManyGroupsError {
  constructor(columns: string[], limit: number, sizes: number[]) {
    super(columns, limit, sizes)
    this.message = `more than ${limit} combinations of values in ${columns.join(', ')}`
  }
}

/**
 * Thrown when an audit's sums of weights need more bytes of partials beyond two a sum than one
 * audit may hold (`MAX_EXTRA_PARTIAL_BYTES`, in `limit`): weights of many magnitudes in many
 * combinations of the sensitive `columns`' values.
 */
export class TooManyPartialsError extends TooManyGroupsError {
  constructor(columns: string[], limit: number) {
    super(columns, limit)
    this.message = `the sums of weights in the combinations of ${columns.join(', ')} need more than ${limit} bytes of partials`
  }
}

/** A run's count of one kind (groups, or the characters of their names) so far, shared by its audits. */
class RunCount {
  used = 0
  /** Each audit's part so far, by audit name, for the message. */
  readonly audits = new Map<string, number>()
  constructor(readonly limit: number) {}
}

/** Groups and characters of their names counted so far: the run's, shared by its audits' accumulators. */
export class GroupBudget {
  readonly groups: RunCount
  readonly chars: RunCount
  constructor(limit: number = MAX_RUN_GROUPS, charLimit: number = MAX_GROUP_NAME_CHARS) {
    this.groups = new RunCount(limit)
    this.chars = new RunCount(charLimit)
  }
}

/** What an audit or a run holds too many of: its parts (groupings, or audits) and their counts. */
type OverBound = (scope: 'audit' | 'run', limit: number, parts: { name: string; n: number }[]) => Error

/**
 * An audit's count of one kind per grouping (its groups, or the characters of their names), checked
 * against the audit's bound and, beside it, the run's, as it grows.
 */
class AuditCount {
  private readonly per: number[]
  private total = 0

  constructor(
    private readonly groupings: readonly Grouping[],
    private readonly limit: number,
    private readonly run: { count: RunCount; audit: string } | null,
    private readonly over: OverBound,
  ) {
    this.per = groupings.map(() => 0)
  }

  /** Grouping g's count so far. */
  of(g: number): number {
    return this.per[g] as number
  }

  /** Grouping g now counts `value`: checks the audit's and the run's totals, then counts it. */
  set(g: number, value: number): void {
    const grow = value - (this.per[g] as number)
    if (grow <= 0) return
    if (this.total + grow > this.limit) {
      const parts = this.groupings.map((x, i) => ({
        name: x.columns.map((c) => `'${c}'`).join(' × '),
        n: i === g ? value : (this.per[i] as number),
      }))
      throw this.over(
        'audit',
        this.limit,
        parts.filter((p) => p.n > 0),
      )
    }
    const r = this.run
    if (r) {
      const { count, audit } = r
      if (count.used + grow > count.limit) {
        const mine = (count.audits.get(audit) ?? 0) + grow
        const parts = [...count.audits, ...(count.audits.has(audit) ? [] : [[audit, 0] as const])].map(([name, n]) => ({
          name: `'${name}'`,
          n: name === audit ? mine : n,
        }))
        throw this.over('run', count.limit, parts)
      }
      count.used += grow
      count.audits.set(audit, (count.audits.get(audit) ?? 0) + grow)
    }
    this.per[g] = value
    this.total += grow
  }
}

/**
 * Thrown when the groups of an audit (`scope` 'audit', over its groupings) or of a run
 * ('run', over its audits) would be more than their bound. `parts` names what they are so far.
 */
export class TooManyGroupsInAllError extends TooManyGroupsError {
  constructor(
    readonly scope: 'audit' | 'run',
    limit: number,
    /** Each grouping's or audit's groups so far. */
    readonly parts: { name: string; n: number }[],
  ) {
    super([], limit)
    this.message = `more than ${limit} groups in the ${scope}`
  }
}

/**
 * Thrown when the characters of the group names of an audit (`scope` 'audit') or of a run ('run')
 * would be more than their bound (`MAX_GROUP_NAME_CHARS`). `parts` names what they are so far.
 */
export class GroupNamesTooLongError extends TooManyGroupsError {
  constructor(
    readonly scope: 'audit' | 'run',
    limit: number,
    /** Each grouping's or audit's characters so far. */
    readonly parts: { name: string; n: number }[],
  ) {
    super([], limit)
    this.message = `more than ${limit} characters of group names in the ${scope}`
  }
}

const SEP = '\u001f'

/**
 * Group values as a map key, one-to-one. Values are joined by U+001F; a value may hold
 * any character, that one too, and then ('x\u001fy', 'z') and ('x', 'y\u001fz') would be
 * one key, so one cell. Such a combination (or one with an empty value) is keyed instead
 * by U+001F and each value after its length, which no plain join starts with (its first
 * value is neither empty nor holds U+001F). A grouping's keys all have its number of
 * columns, so a single value is its own key.
 */
export function groupKey(values: readonly string[]): string {
  if (values.length === 1) return values[0] as string
  for (const v of values) {
    if (v.length === 0 || v.includes(SEP)) {
      let key = SEP
      for (const w of values) key += `${w.length}:${w}`
      return key
    }
  }
  return values.join(SEP)
}

/** Where a count goes in a cell's four slots: label × 2 + prediction. */
const TN = 0
const FP = 1
const FN = 2
const TP = 3

/** The shared AUC computation behind every group's `sketch`, run on first use. */
class SharedAuc {
  private result: GroupAucSums | null = null
  private weightedResult: WeightedAucSums | null = null

  constructor(
    private readonly compute: () => GroupAucSums,
    private readonly computeWeighted: (() => WeightedAucSums) | null,
  ) {}

  of(group: number): AucSource {
    const weighted = this.computeWeighted
    if (weighted) {
      const sums = (): WeightedAucSums => (this.weightedResult ??= weighted())
      return { auc: () => weightedAucOf(sums(), group), delong: () => weightedDelongOf(sums(), group) }
    }
    const sums = (): GroupAucSums => (this.result ??= this.compute())
    return {
      auc: (): AucResult => {
        const r = sums()
        return aucFromCounts(r.pos[group] as number, r.neg[group] as number, r.wins2[group] as number)
      },
      delong: () => delongFromSums(sums(), group),
    }
  }
}

/**
 * Accumulates rows into per-cell counts.
 *
 * `columnValues` given to `add` are the sensitive values in the order of `columns`
 * (the union of the groupings' columns); each grouping picks its own by index.
 */
export class GroupAccumulator {
  rows = 0
  /**
   * Cell id by its values: the value itself with one column, else each column's value id
   * (`valueIds`) as two UTF-16 units. A key of the values themselves, and a copy of them per cell,
   * held every cell's names: a million cells of two 400-character values took 1.1 GB from a
   * 6 MB .csv.gz, though the groups were 2,000.
   */
  private readonly cellIndex = new Map<string, number>()
  /** Per column (with two or more), an id for each distinct value, in order of appearance. */
  private readonly valueIds: Map<string, number>[]
  private cellCount = 0
  /** MAX_AUDIT_CELLS, or fewer with more than four columns (MAX_AUDIT_CELL_VALUES). */
  private readonly maxCells: number
  /** Four slots per cell (TN, FP, FN, TP): row counts. */
  private counts = new Float64Array(64)
  /**
   * Weighted audits: per cell, Σw and Σw², four slots each like `counts` (which then holds the
   * rows), summed exactly: a group's sums do not depend on the order of its rows or on how
   * other sensitive columns split it into cells (see `ExactSums`).
   */
  private readonly sums: ExactSums | null = null
  private readonly squares: ExactSums | null = null
  /** Per grouping: group id (global; 0 is overall) by group key. */
  private readonly groupIndex: Map<string, number>[]
  /** Per intersection, per column: its distinct values among the grouping's groups (empty for one-column groupings). */
  private readonly distinct: Set<string>[][]
  private readonly groupValues: string[][] = [[]]
  /** Per cell, `stride` group ids: overall, then one per grouping. */
  private cellGroups = new Int32Array(64)
  private readonly stride: number
  private readonly picks: number[][]
  private readonly scores: ScoreStore | null
  private readonly shared: SharedAuc | null
  /**
   * Counts added straight to groups (4 per global group id); weighted: the rows, with Σw and Σw²
   * beside them summed exactly, so a group that several counts rows bring (or a table whose rows
   * come in another order) has the same sums (F3: they were added in the table's order).
   */
  private direct = new Float64Array(0)
  private readonly directSums: ExactSums | null = null
  private readonly directSquares: ExactSums | null = null
  private rolled: { rows: number; overall: GroupCell; cells: Map<string, GroupCell>[] } | null = null
  /** Per grouping, its groups as counted against the totals: distinct values, or an intersection's possible groups. */
  private readonly sizes: AuditCount
  /** Per grouping, the characters of its groups' names as counted against the bound (`MAX_GROUP_NAME_CHARS`). */
  private readonly chars: AuditCount
  /** Per intersection, per column: the sum of the lengths of its distinct values (see `distinct`). */
  private readonly distinctChars: number[][]

  constructor(
    readonly columns: readonly string[],
    readonly groupings: readonly Grouping[],
    readonly withScores: boolean,
    readonly maxGroups: number,
    /** The run's count, when the audit is one of a run's; its name names it in the message. */
    budget: { budget: GroupBudget; audit: string } | null = null,
    /** Rows carry sample weights: the cells sum weights, and Σw² and rows are kept beside them. */
    readonly weighted: boolean = false,
  ) {
    if (weighted) {
      // One bounded arena for the partials of every cell's Σw and Σw² beyond two (R41-1).
      const arena = new PartialsArena(undefined, (limit) => new TooManyPartialsError([...columns], limit))
      this.sums = new ExactSums(64, arena)
      this.squares = new ExactSums(64, arena)
      this.directSums = new ExactSums(0, arena)
      this.directSquares = new ExactSums(0, arena)
    }
    this.valueIds = columns.length > 1 ? columns.map(() => new Map()) : []
    this.maxCells = Math.min(MAX_AUDIT_CELLS, Math.floor(MAX_AUDIT_CELL_VALUES / Math.max(1, columns.length)))
    const run = (kind: 'groups' | 'chars') => (budget ? { count: budget.budget[kind], audit: budget.audit } : null)
    this.sizes = new AuditCount(
      groupings,
      MAX_AUDIT_GROUPS,
      run('groups'),
      (scope, limit, parts) => new TooManyGroupsInAllError(scope, limit, parts),
    )
    this.chars = new AuditCount(
      groupings,
      MAX_GROUP_NAME_CHARS,
      run('chars'),
      (scope, limit, parts) => new GroupNamesTooLongError(scope, limit, parts),
    )
    this.distinctChars = groupings.map((g) => (g.columns.length > 1 ? g.columns.map(() => 0) : []))
    this.picks = groupings.map((g) => g.columns.map((c) => columns.indexOf(c)))
    this.groupIndex = groupings.map(() => new Map())
    this.distinct = groupings.map((g) => (g.columns.length > 1 ? g.columns.map(() => new Set<string>()) : []))
    this.stride = groupings.length + 1
    this.scores = withScores ? new ScoreStore() : null
    this.shared = withScores
      ? new SharedAuc(
          () => this.computeAucs(),
          weighted
            ? () =>
                (this.scores as ScoreStore).computeWeightedGroupAucs(
                  this.cellGroups,
                  this.stride,
                  this.groupValues.length,
                )
            : null,
        )
      : null
  }

  /** The cell of a combination of sensitive values (in `columns` order), created when new. */
  cellOf(columnValues: readonly string[]): number {
    const key = this.cellKey(columnValues)
    const known = this.cellIndex.get(key)
    if (known !== undefined) return known
    const id = this.cellCount
    if (id >= this.maxCells)
      throw new TooManyCellsError(
        [...this.columns],
        this.maxCells,
        this.valueIds.map((m) => m.size),
      )
    const groups: number[] = [0]
    for (let g = 0; g < this.picks.length; g++)
      groups.push(
        this.groupOf(
          g,
          (this.picks[g] as number[]).map((i) => columnValues[i] as string),
        ),
      )
    this.cellCount++
    if ((id + 1) * 4 > this.counts.length) {
      const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
        const next = new Float64Array(a.length * 2)
        next.set(a)
        return next
      }
      this.counts = grow(this.counts)
      this.sums?.grow(this.counts.length)
      this.squares?.grow(this.counts.length)
    }
    if ((id + 1) * this.stride > this.cellGroups.length) {
      const next = new Int32Array(Math.max(this.cellGroups.length * 2, (id + 1) * this.stride))
      next.set(this.cellGroups)
      this.cellGroups = next
    }
    this.cellGroups.set(groups, id * this.stride)
    this.cellIndex.set(key, id)
    return id
  }

  /** The key of a combination of sensitive values in `cellIndex`. */
  private cellKey(columnValues: readonly string[]): string {
    if (columnValues.length === 1) return columnValues[0] as string
    let key = ''
    for (let i = 0; i < columnValues.length; i++) {
      const ids = this.valueIds[i] as Map<string, number>
      const value = columnValues[i] as string
      let id = ids.get(value)
      if (id === undefined) {
        id = ids.size
        ids.set(value, id)
      }
      key += String.fromCharCode(id >>> 16, id & 0xffff)
    }
    return key
  }

  /** The global id of grouping g's group with these values (in the grouping's column order), created when new. */
  private groupOf(g: number, values: string[]): number {
    const gk = groupKey(values)
    const map = this.groupIndex[g] as Map<string, number>
    let gid = map.get(gk)
    if (gid === undefined) {
      const product = this.checkProduct(g, values)
      if (map.size >= this.maxGroups)
        throw new TooManyGroupsError((this.groupings[g] as Grouping).columns, this.maxGroups)
      this.count(
        g,
        product ?? map.size + 1,
        product === null ? this.chars.of(g) + nameChars(values) : this.intersectionChars(g),
      )
      gid = this.groupValues.length
      this.groupValues.push(values)
      map.set(gk, gid)
    }
    return gid
  }

  /**
   * Adds counts straight to one group of grouping g (values in the grouping's column
   * order), or to the overall counts when g is -1: the rows of a GROUPING SETS table. The
   * overall row count is then the caller's to keep consistent (see `data/counts.ts`).
   */
  addGroupCounts(g: number, c: Confusion, values: readonly string[], weights?: WeightedCounts): void {
    const gid = g < 0 ? 0 : this.groupOf(g, [...values])
    if (gid === 0) this.rows += c.tp + c.fp + c.tn + c.fn
    if ((gid + 1) * 4 > this.direct.length) {
      const size = Math.max(this.direct.length * 2, (gid + 1) * 4)
      const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
        const next = new Float64Array(size)
        next.set(a)
        return next
      }
      this.direct = grow(this.direct)
      this.directSums?.grow(size)
      this.directSquares?.grow(size)
    }
    const b = gid * 4
    addToFlat(this.direct, b, c)
    if (this.directSums) {
      const w = this.weightsOf(weights)
      addToExact(this.directSums, b, w.sums)
      addToExact(this.directSquares as ExactSums, b, w.squares)
    }
    this.rolled = null
  }

  /** The weighted cells a weighted accumulator's pre-aggregated row must bring. */
  private weightsOf(weights: WeightedCounts | undefined): WeightedCounts {
    if (!weights)
      throw new Error('GroupAccumulator: a weighted accumulator needs the weighted cells of every counts row')
    return weights
  }

  /**
   * Adds one row to a cell from `cellOf`. `score` is ignored unless scores are kept; `weight`
   * (a finite number ≥ 0, checked by the caller) unless the accumulator is weighted.
   */
  addToCell(cell: number, label: boolean, pred: boolean, score: number, weight = 1): void {
    this.rows++
    const slot = cell * 4 + (label ? 2 : 0) + (pred ? 1 : 0)
    this.counts[slot] = (this.counts[slot] as number) + 1
    const sums = this.sums
    if (sums) {
      sums.add(slot, weight)
      ;(this.squares as ExactSums).add(slot, weight * weight)
      if (this.scores) this.scores.push(score, cell * 2 + (label ? 1 : 0), weight)
    } else if (this.scores) this.scores.push(score, cell * 2 + (label ? 1 : 0))
    this.rolled = null
  }

  /**
   * Adds rows counted elsewhere, in bulk (a kernel that reads and counts them itself: the fast
   * CSV pass's scan): for each cell from `cellOf` below `cells`, its four row counts at cell × 4
   * of `counts`, in the order TN, FP, FN, TP (label × 2 + prediction). Unweighted only. Their
   * scores, when kept, come by `addScoreKeys`.
   */
  addCellCounts(counts: ArrayLike<number>, cells: number): void {
    if (this.sums) throw new Error('GroupAccumulator: bulk counts need an unweighted accumulator')
    const upto = Math.min(cells, this.cellCount) * 4
    let rows = 0
    for (let i = 0; i < upto; i++) {
      const n = counts[i] as number
      if (n === 0) continue
      this.counts[i] = (this.counts[i] as number) + n
      rows += n
    }
    this.rows += rows
    this.rolled = null
  }

  /**
   * The scores of rows counted by `addCellCounts`, as `n` pairs of u32 in `pairs`: the key
   * score × 10^6 (an exact integer: key / 10^6 is the row's score), then the tag cell × 2 + label.
   */
  addScoreKeys(pairs: Uint32Array, n: number, floats = 0): void {
    if (this.scores) this.scores.pushKeys(pairs, n, floats)
  }

  /** Adds one row. `score` is ignored unless scores are kept; `weight` unless the accumulator is weighted. */
  add(label: boolean, pred: boolean, score: number, columnValues: readonly string[], weight = 1): void {
    this.addToCell(this.cellOf(columnValues), label, pred, score, weight)
  }

  /** Adds pre-aggregated counts of one group combination (the `counts` input format). */
  addCounts(c: Confusion, columnValues: readonly string[], weights?: WeightedCounts): void {
    const cell = this.cellOf(columnValues)
    this.rows += c.tp + c.fp + c.tn + c.fn
    const b = cell * 4
    addToFlat(this.counts, b, c)
    if (this.sums) {
      const w = this.weightsOf(weights)
      addToExact(this.sums, b, w.sums)
      addToExact(this.squares as ExactSums, b, w.squares)
    }
    this.rolled = null
  }

  /** Per column of a grouping, its distinct values among the groups. */
  distinctValues(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>()
    this.groupings.forEach((grouping, g) => {
      const sets = grouping.columns.map((c) => {
        let set = out.get(c)
        if (!set) out.set(c, (set = new Set()))
        return set
      })
      for (const gid of (this.groupIndex[g] as Map<string, number>).values()) {
        const values = this.groupValues[gid] as string[]
        for (let i = 0; i < sets.length; i++) (sets[i] as Set<string>).add(values[i] as string)
      }
    })
    return out
  }

  /** Overall counts (and AUC source). */
  get overall(): GroupCell {
    return this.rollUp().overall
  }

  /** Per grouping, its groups by group key. */
  get cells(): Map<string, GroupCell>[] {
    return this.rollUp().cells
  }

  private rollUp(): { overall: GroupCell; cells: Map<string, GroupCell>[] } {
    if (this.rolled) return this.rolled
    const zero = (): Confusion => ({ tp: 0, fp: 0, tn: 0, fn: 0 })
    const groups: GroupCell[] = this.groupValues.map((values, gid) => ({
      values,
      ...zero(),
      sketch: this.shared ? this.shared.of(gid) : null,
      ...(this.sums ? { weights: { rows: zero(), squares: zero() } } : {}),
    }))
    const sums = this.sums
    if (sums) {
      // Each group's Σw and Σw², exactly from its cells' (then rounded once): the same whatever
      // the cells are.
      const groupSums = new ExactSums(groups.length * 4)
      const groupSquares = new ExactSums(groups.length * 4)
      const squares = this.squares as ExactSums
      for (let c = 0; c < this.cellCount; c++) {
        const b = c * 4
        for (let s = 0; s < this.stride; s++) {
          const gid = this.cellGroups[c * this.stride + s] as number
          addFromFlat((groups[gid] as GroupCell).weights?.rows as Confusion, this.counts, b)
          for (let k = 0; k < 4; k++) {
            groupSums.addFrom(gid * 4 + k, sums, b + k)
            groupSquares.addFrom(gid * 4 + k, squares, b + k)
          }
        }
      }
      for (let gid = 0; gid < groups.length; gid++) {
        const cell = groups[gid] as GroupCell
        addFromExact(cell, groupSums, gid * 4)
        addFromExact(cell.weights?.squares as Confusion, groupSquares, gid * 4)
      }
    } else {
      for (let c = 0; c < this.cellCount; c++) {
        const b = c * 4
        for (let s = 0; s < this.stride; s++)
          addFromFlat(groups[this.cellGroups[c * this.stride + s] as number] as GroupCell, this.counts, b)
      }
    }
    for (let gid = 0; gid * 4 < this.direct.length && gid < groups.length; gid++) {
      const cell = groups[gid] as GroupCell
      const b = gid * 4
      if (cell.weights && this.directSums) {
        addFromFlat(cell.weights.rows, this.direct, b)
        addFromExact(cell, this.directSums, b)
        addFromExact(cell.weights.squares, this.directSquares as ExactSums, b)
      } else addFromFlat(cell, this.direct, b)
    }
    const cells = this.groupIndex.map((map) => {
      const out = new Map<string, GroupCell>()
      for (const [key, gid] of map) out.set(key, groups[gid] as GroupCell)
      return out
    })
    this.rolled = { rows: this.rows, overall: groups[0] as GroupCell, cells }
    return this.rolled
  }

  private computeAucs(): GroupAucSums {
    return (this.scores as ScoreStore).computeGroupAucs(this.cellGroups, this.stride, this.groupValues.length)
  }

  /**
   * The table has a row for every combination of an intersection's values, present or not,
   * and every later stage (intervals, disparities, reports) works per row: bound their number,
   * the product of the distinct counts, while reading, before any of it is built.
   */
  private checkProduct(g: number, values: readonly string[]): number | null {
    const sets = this.distinct[g] as Set<string>[]
    if (sets.length === 0) return null
    const lengths = this.distinctChars[g] as number[]
    let product = 1
    for (let i = 0; i < sets.length; i++) {
      const set = sets[i] as Set<string>
      const value = values[i] as string
      if (!set.has(value)) {
        set.add(value)
        lengths[i] = (lengths[i] as number) + value.length
      }
      product *= set.size
    }
    if (product > this.maxGroups) {
      throw new TooManyGroupsError(
        (this.groupings[g] as Grouping).columns,
        this.maxGroups,
        sets.map((x) => x.size),
      )
    }
    return product
  }

  /**
   * The characters of intersection g's possible groups' names: each column's distinct values'
   * lengths, each repeated once for every combination of the other columns' values.
   */
  private intersectionChars(g: number): number {
    const sets = this.distinct[g] as Set<string>[]
    const lengths = this.distinctChars[g] as number[]
    let chars = 0
    for (let i = 0; i < sets.length; i++) {
      let others = 1
      for (let j = 0; j < sets.length; j++) if (j !== i) others *= (sets[j] as Set<string>).size
      chars += (lengths[i] as number) * others
    }
    return chars
  }

  /**
   * Grouping g now has `size` groups whose names have `chars` characters: checks the audit's and
   * the run's totals of both, then counts them.
   */
  private count(g: number, size: number, chars: number): void {
    this.sizes.set(g, size)
    this.chars.set(g, chars)
  }
}

/** The characters of a group's name: its values' lengths. */
function nameChars(values: readonly string[]): number {
  let n = 0
  for (const v of values) n += v.length
  return n
}

const NUMERIC = /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** Compares group values as pandas orders them: numbers numerically when every value is one, text by code point. */
export function makeValueComparator(values: Iterable<string>): (a: string, b: string) => number {
  let numeric = true
  for (const v of values) {
    if (!NUMERIC.test(v)) {
      numeric = false
      break
    }
  }
  if (numeric) return (a, b) => Number(a) - Number(b) || compareCodePoints(a, b)
  return compareCodePoints
}

/** Code-point order, as Python sorts str (JS's default sort compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done) return y.done ? 0 : -1
    if (y.done) return 1
    if (x.value !== y.value) return (x.value.codePointAt(0) as number) - (y.value.codePointAt(0) as number)
  }
}

/** Adds confusion counts into a flat array of (tp, fp, tn, fn) quadruples at offset b. */
function addToFlat(flat: Float64Array, b: number, c: Confusion): void {
  flat[b + TP] = (flat[b + TP] as number) + c.tp
  flat[b + FP] = (flat[b + FP] as number) + c.fp
  flat[b + TN] = (flat[b + TN] as number) + c.tn
  flat[b + FN] = (flat[b + FN] as number) + c.fn
}

/** Adds confusion sums exactly into the quadruple of slots at b of `sums`. */
function addToExact(sums: ExactSums, b: number, c: Confusion): void {
  sums.add(b + TP, c.tp)
  sums.add(b + FP, c.fp)
  sums.add(b + TN, c.tn)
  sums.add(b + FN, c.fn)
}

/** Adds the rounded sums of the quadruple of slots at b of `sums` to a cell's counts. */
function addFromExact(cell: Confusion, sums: ExactSums, b: number): void {
  cell.tp += sums.value(b + TP)
  cell.fp += sums.value(b + FP)
  cell.tn += sums.value(b + TN)
  cell.fn += sums.value(b + FN)
}

/** Adds the quadruple at offset b of a flat array to a cell's counts. */
function addFromFlat(cell: Confusion, flat: Float64Array, b: number): void {
  cell.tp += flat[b + TP] as number
  cell.fp += flat[b + FP] as number
  cell.tn += flat[b + TN] as number
  cell.fn += flat[b + FN] as number
}
