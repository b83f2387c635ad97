/**
 * Cell values: what counts as missing, how labels are normalised, how scores parse.
 * Missing tokens follow pandas' `read_csv` defaults, so a file that fairlearn users read
 * with pandas has the same missing cells here.
 */

export type Cell = string | number | boolean | null | undefined

/** pandas' default `na_values`, plus the empty string. */
export const NA_TOKENS: ReadonlySet<string> = new Set([
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
])

export function isMissing(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true
  if (typeof cell === 'string') return NA_TOKENS.has(cell)
  if (typeof cell === 'number') return Number.isNaN(cell)
  return false
}

const NUMBER = /^\s*[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/

/**
 * A label or prediction in canonical form: numbers by value ("1", "1.0", 1 → "1"),
 * booleans as numbers ("True", true → "1"; "false" → "0"), other text unchanged.
 * Returns null for a missing cell.
 */
export function normaliseLabel(cell: Cell): string | null {
  if (isMissing(cell)) return null
  if (typeof cell === 'boolean') return cell ? '1' : '0'
  if (typeof cell === 'number') return String(cell)
  const s = cell as string
  if (NUMBER.test(s)) return String(Number(s))
  const lower = s.toLowerCase()
  if (lower === 'true') return '1'
  if (lower === 'false') return '0'
  return s
}

/** The set of canonical values that mean "positive" for a configured positive label. */
export function positiveSet(positiveLabel: string | number | boolean): ReadonlySet<string> {
  const p = normaliseLabel(positiveLabel as Cell)
  return new Set(p === null ? [] : [p])
}

/** Values that plainly mean "negative" whatever the positive label. */
export const PLAIN_NEGATIVES: ReadonlySet<string> = new Set(['0'])

/** A finite score, or null when the cell is not a finite number. */
export function parseScore(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  if (typeof cell !== 'string' || !NUMBER.test(cell)) return null
  const v = Number(cell)
  return Number.isFinite(v) ? v : null
}

/**
 * The longest a group name may be, in UTF-16 code units (characters; one outside the Basic
 * Multilingual Plane counts two): a group's name is written into every table, chart, gate
 * and disparity of the reports, many times over, so one 1 MiB value cost 800 MB to report.
 * No real group name comes near it: a longer value is a wrong column (free text, a JSON
 * blob). It bounds the values the data gives (`RowChecks.groupValue`) and the group names a
 * config may give (`missing_group`, `reference`).
 */
export const MAX_GROUP_VALUE_LENGTH = 1000

/** A sensitive attribute value as a group name; null when missing. */
export function groupValue(cell: Cell): string | null {
  if (isMissing(cell)) return null
  if (typeof cell === 'string') return cell
  return String(cell)
}

/** Shows a value so that whitespace and emptiness are visible in a message. */
export function showValue(v: Cell): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v)
  return String(v)
}

/**
 * Characters from which a label or number cell's reading is kept (`GenericRows.labelOf`), and how
 * many are kept: more than a Parquet dictionary page (16 MiB) holds of strings of 512 characters or
 * more, so a dictionary's long values, cycled row after row, are read once; a value that misses is
 * shorter, and its reading costs about what a row does (red team 25 R25-3: 5,000 labels of 3,000
 * characters cycled past a cache of 4,096, 21.8 s an audit, exit 0).
 */
export const LONG_CELL_CHARS = 64
export const LONG_CELLS_KEPT = 1 << 15

/** `read(cell)`, kept in `kept` for a string of LONG_CELL_CHARS or more (at most LONG_CELLS_KEPT of them, then anew). */
export function keptOf<T>(
  kept: Map<string, T>,
  cell: Cell,
  read: (cell: Cell) => T,
  onMiss?: (chars: number) => void,
): T {
  if (typeof cell !== 'string' || cell.length < LONG_CELL_CHARS) return read(cell)
  let v = kept.get(cell)
  if (v === undefined) {
    v = read(cell)
    onMiss?.(cell.length)
    if (kept.size >= LONG_CELLS_KEPT) kept.clear()
    kept.set(cell, v)
  }
  return v
}

/** A double's text in plain decimal notation (`1e-7` as `0.0000001`, `1e+21` as `1000000000000000000000`). */
export function plainNumber(n: number): string {
  const s = String(n)
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s)
  if (!m) return s
  const sign = m[1] as string
  const digits = (m[2] as string) + (m[3] ?? '')
  const point = (m[2] as string).length + Number(m[4])
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/**
 * Whether decimal `text` is exactly the shortest text of the double `x` it reads as (leading and
 * trailing zeros, a `+` and spaces aside): the Parquet reader gives a DECIMAL, or a 64-bit integer
 * past 2^53, as its exact text just when no double is that value.
 */
export function isDoubleText(text: string, x: number): boolean {
  // One scan, no backtracking: a regex of lazy digit runs took time quadratic in a fraction's
  // zeros, some 300 µs a 330-character value (red team 27 R27-3).
  let i = 0
  let end = text.length
  while (i < end && /\s/.test(text[i] as string)) i++
  while (end > i && /\s/.test(text[end - 1] as string)) end--
  let negative = false
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-'
  const isDigit = (k: number): boolean => {
    const c = text.charCodeAt(k)
    return c >= 48 && c <= 57
  }
  let intStart = i
  while (i < end && isDigit(i)) i++
  const intEnd = i
  let fracStart = i
  let fracEnd = i
  if (i < end && text[i] === '.') {
    fracStart = ++i
    while (i < end && isDigit(i)) i++
    fracEnd = i
  }
  if (i !== end) return false
  while (intStart < intEnd && text[intStart] === '0') intStart++
  while (fracEnd > fracStart && text[fracEnd - 1] === '0') fracEnd--
  const int = intStart < intEnd ? text.slice(intStart, intEnd) : '0'
  const frac = text.slice(fracStart, fracEnd)
  const sign = negative && (int !== '0' || frac !== '') ? '-' : ''
  return `${sign}${int}${frac ? `.${frac}` : ''}` === plainNumber(x)
}
