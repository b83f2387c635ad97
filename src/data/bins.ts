/**
 * Binned numeric attributes (`bins: {COLUMN: [e1, e2, …]}`): right-open intervals `< e1`,
 * `[e1, e2)`, …, `>= e_last`, as `pandas.cut(x, [-inf, *edges, inf], right=False)` with
 * these labels. One module for the labels, the bin of a value and the bin order, read by the
 * row passes (`checks.ts`), the table's group order (`stats/table.ts`) and the SQL
 * (`sql/generate.ts`), so the three say the same. It imports nothing.
 */

/**
 * An edge as a label prints it: the shortest decimal that reads back to the same double
 * (`25`, not `25.0`; `25.5`; `-3`; `0.000001`), which is JavaScript's `String(number)`, and
 * for the very large and very small the exponent form without its `+` (`1e21`, `1e-7`, as
 * `String` would print `1e+21`, `1e-7`). `-0` prints `0`.
 */
export function formatEdge(edge: number): string {
  return String(edge).replace('e+', 'e')
}

/** The bins' labels, in bin order: `< e1`, `[e1, e2)`, …, `>= e_last`. */
export function binLabels(edges: readonly number[]): string[] {
  const e = edges.map(formatEdge)
  if (e.length === 0) return []
  const labels = [`< ${e[0] as string}`]
  for (let i = 1; i < e.length; i++) labels.push(`[${e[i - 1] as string}, ${e[i] as string})`)
  labels.push(`>= ${e[e.length - 1] as string}`)
  return labels
}

/**
 * The bin of a finite value: the number of edges at or below it (0 … edges.length), so a
 * value exactly on an edge goes to the bin above it (25 → `[25, 45)`).
 */
export function binIndex(value: number, edges: readonly number[]): number {
  let lo = 0
  let hi = edges.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((edges[mid] as number) <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A number as the `score` column reads it: decimal digits with an optional sign, point and
 * exponent, spaces around allowed (`12`, ` 12 `, `-3.5`, `1e3`, `.5`). Not hex (`0x10`), not
 * `inf`/`Infinity`, not the empty string (that is a missing value, see `values.ts`).
 */
const NUMBER = /^\s*[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/

/** What pandas' `read_csv` reads as ±infinity (`inf`, `-Infinity`, …): said so, rather than "not a number". */
const INFINITY = /^\s*[+-]?inf(inity)?\s*$/i

/** A binned cell's number: the value, or why it is not one (`NaN` and the other missing tokens are the caller's). */
export function binNumber(cell: string | number | boolean): number | string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'an infinite number'
  if (typeof cell === 'boolean') return 'a boolean, not a number'
  if (INFINITY.test(cell)) return 'an infinite number'
  if (!NUMBER.test(cell)) return 'not a decimal number'
  const v = Number(cell)
  return Number.isFinite(v) ? v : 'a number too large for a double'
}

/** One binned column: its edges, labels, and the smallest and largest raw value seen per bin. */
export class Binner {
  readonly labels: readonly string[]
  readonly min: number[]
  readonly max: number[]

  constructor(readonly edges: readonly number[]) {
    this.labels = binLabels(edges)
    this.min = this.labels.map(() => Infinity)
    this.max = this.labels.map(() => -Infinity)
  }

  /** The label of a finite value's bin, noting the value for the bin's range. */
  label(value: number): string {
    const b = binIndex(value, this.edges)
    if (value < (this.min[b] as number)) this.min[b] = value
    if (value > (this.max[b] as number)) this.max[b] = value
    return this.labels[b] as string
  }
}

/**
 * Orders a binned column's values: the bins in bin order, then any other value (the
 * `missing: group` name) by code point.
 */
export function binOrder(labels: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(labels.map((l, i) => [l, i]))
  return (a, b) => {
    const ra = rank.get(a) ?? labels.length
    const rb = rank.get(b) ?? labels.length
    if (ra !== rb) return ra - rb
    return a === b ? 0 : a < b ? -1 : 1
  }
}
