/**
 * Sufficient statistics, one pass: each row increments the confusion counts of its group
 * in every grouping (each sensitive attribute on its own, and each intersection), so memory
 * is O(groups), not O(rows). Scores, when an AUC is wanted, go to per-group typed arrays.
 */
import { ScoreSketch } from './auc.js'
import type { Confusion } from './metrics.js'

/** A grouping: one sensitive attribute, or an intersection of several. */
export interface Grouping {
  /** The columns, in the order the config gives them. One column: a plain attribute. */
  columns: string[]
}

/** Counts (and optionally scores) of one group. */
export interface GroupCell extends Confusion {
  values: string[]
  sketch: ScoreSketch | null
}

/** Thrown when a grouping has more distinct groups than the configured cap. */
export class TooManyGroupsError extends Error {
  constructor(
    readonly columns: string[],
    readonly limit: number,
  ) {
    super(`more than ${limit} distinct groups in ${columns.join(' × ')}`)
  }
}

const SEP = '\u001f'

/** Joins group values into a map key; the separator cannot appear in a CSV cell we keep. */
export function groupKey(values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : values.join(SEP)
}

function newCell(values: string[], withScores: boolean): GroupCell {
  return { values, tp: 0, fp: 0, tn: 0, fn: 0, sketch: withScores ? new ScoreSketch() : null }
}

function bump(cell: Confusion, label: boolean, pred: boolean): void {
  if (label) {
    if (pred) cell.tp++
    else cell.fn++
  } else if (pred) cell.fp++
  else cell.tn++
}

/**
 * Accumulates rows into per-group counts.
 *
 * `columnValues` given to `add` are the sensitive values in the order of `columns`
 * (the union of the groupings' columns); each grouping picks its own by index.
 */
export class GroupAccumulator {
  readonly overall: GroupCell
  readonly cells: Map<string, GroupCell>[]
  private readonly picks: number[][]
  rows = 0

  constructor(
    readonly columns: readonly string[],
    readonly groupings: readonly Grouping[],
    readonly withScores: boolean,
    readonly maxGroups: number,
  ) {
    this.overall = newCell([], withScores)
    this.cells = groupings.map(() => new Map())
    this.picks = groupings.map((g) => g.columns.map((c) => columns.indexOf(c)))
  }

  /** Adds one row. `score` is ignored unless scores are kept. */
  add(label: boolean, pred: boolean, score: number, columnValues: readonly string[]): void {
    this.rows++
    bump(this.overall, label, pred)
    if (this.withScores) this.overall.sketch!.add(score, label)
    for (let g = 0; g < this.picks.length; g++) {
      const pick = this.picks[g] as number[]
      const map = this.cells[g] as Map<string, GroupCell>
      const key = pick.length === 1 ? (columnValues[pick[0] as number] as string) : groupKey(pick.map((i) => columnValues[i] as string))
      let cell = map.get(key)
      if (cell === undefined) {
        if (map.size >= this.maxGroupsFor(g)) throw new TooManyGroupsError((this.groupings[g] as Grouping).columns, this.maxGroupsFor(g))
        cell = newCell(
          pick.map((i) => columnValues[i] as string),
          this.withScores,
        )
        map.set(key, cell)
      }
      bump(cell, label, pred)
      if (this.withScores) cell.sketch!.add(score, label)
    }
  }

  /** Adds pre-aggregated counts of one group combination (the `counts` input format). */
  addCounts(c: Confusion, columnValues: readonly string[]): void {
    this.rows += c.tp + c.fp + c.tn + c.fn
    addInto(this.overall, c)
    for (let g = 0; g < this.picks.length; g++) {
      const pick = this.picks[g] as number[]
      const map = this.cells[g] as Map<string, GroupCell>
      const values = pick.map((i) => columnValues[i] as string)
      const key = groupKey(values)
      let cell = map.get(key)
      if (cell === undefined) {
        if (map.size >= this.maxGroupsFor(g)) throw new TooManyGroupsError((this.groupings[g] as Grouping).columns, this.maxGroupsFor(g))
        cell = newCell(values, false)
        map.set(key, cell)
      }
      addInto(cell, c)
    }
  }

  private maxGroupsFor(g: number): number {
    const n = (this.groupings[g] as Grouping).columns.length
    return n === 1 ? this.maxGroups : this.maxGroups ** Math.min(n, 2)
  }
}

function addInto(cell: Confusion, c: Confusion): void {
  cell.tp += c.tp
  cell.fp += c.fp
  cell.tn += c.tn
  cell.fn += c.fn
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

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
