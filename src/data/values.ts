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
 * Characters from which a cell's reading is kept (`KeptCells`), and how many characters are kept
 * in all: twice what a Parquet dictionary page (16 MiB) holds, so a dictionary's long values,
 * cycled row after row, are read once; a value that misses is charged as it is read (red team 25
 * R25-3: 5,000 labels of 3,000 characters cycled past a cache of 4,096, 21.8 s an audit, exit 0).
 */
export const LONG_CELL_CHARS = 64
export const LONG_CHARS_KEPT = 32 * 1024 * 1024

/**
 * Long cells' readings, kept while they repeat, as a Parquet dictionary's value does row after
 * row on the generic pass (the same string, its hash kept): each reading (`reading`) keeps its
 * own cells, so one column's values never push another's out (red team 27 R27-2: four binned
 * columns of 16,400 values of 800 characters, one cache of 32,768 shared, missed on every row,
 * 25 s, exit 0), and all of them together at most LONG_CHARS_KEPT characters, past which they
 * start anew. A miss is told (`onMiss`) its characters times the reading's cost, to charge the
 * table read (`Table.chargeBytes`): cells that cycle past what is kept cost the run's bound.
 */
export class KeptCells {
  private readonly maps: Map<string, unknown>[] = []
  private chars = 0

  constructor(
    private readonly onMiss?: (chars: number) => void,
    private readonly maxChars = LONG_CHARS_KEPT,
  ) {}

  /**
   * `read` with its long cells' readings kept. `cost`: what a character of a miss costs, in the
   * bytes a scan reads in that time (about a nanosecond a byte).
   */
  reading<T>(read: (cell: Cell) => T, cost: number): (cell: Cell) => T {
    const kept = new Map<string, T>()
    this.maps.push(kept)
    return (cell) => {
      if (typeof cell !== 'string' || cell.length < LONG_CELL_CHARS) return read(cell)
      if (kept.has(cell)) return kept.get(cell) as T
      const v = read(cell)
      this.onMiss?.(cell.length * cost)
      if (this.chars + cell.length > this.maxChars) this.clear()
      kept.set(cell, v)
      this.chars += cell.length
      return v
    }
  }

  private clear(): void {
    for (const m of this.maps) m.clear()
    this.chars = 0
  }
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
  // One scan, no backtracking and no copy: a regex of lazy digit runs took time quadratic in a
  // fraction's zeros, some 300 µs a 330-character value (red team 27 R27-3), and slices of the
  // text some 6 ns a character.
  let i = 0
  let end = text.length
  while (i < end && /\s/.test(text[i] as string)) i++
  while (end > i && /\s/.test(text[end - 1] as string)) end--
  let negative = false
  if (text[i] === '+' || text[i] === '-') negative = text[i++] === '-'
  let intStart = i
  while (i < end && isDigitAt(text, i)) i++
  const intEnd = i
  let fracStart = i
  let fracEnd = i
  if (i < end && text.charCodeAt(i) === 46) {
    fracStart = ++i
    while (i < end && isDigitAt(text, i)) i++
    fracEnd = i
  }
  if (i < end && (text.charCodeAt(i) | 32) === 101 && (intStart < intEnd || fracStart < fracEnd))
    return exponentText(text, intStart, intEnd, fracStart, fracEnd, i, end, x)
  if (i !== end) return false
  while (intStart < intEnd && text.charCodeAt(intStart) === 48) intStart++
  while (fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === 48) fracEnd--
  // The double's text: [-]int[.frac], the int part "0" when below one, no trailing zero.
  const want = plainNumber(x)
  let w = 0
  const zero = intStart === intEnd && fracStart === fracEnd
  if (want.charCodeAt(0) === 45) {
    if (!negative || zero) return false
    w = 1
  } else if (negative && !zero) return false
  let wantDot = want.indexOf('.', w)
  if (wantDot < 0) wantDot = want.length
  if (intStart === intEnd) {
    if (wantDot - w !== 1 || want.charCodeAt(w) !== 48) return false
  } else if (!sameChars(text, intStart, intEnd, want, w, wantDot)) return false
  const wantFrac = wantDot < want.length ? wantDot + 1 : want.length
  return sameChars(text, fracStart, fracEnd, want, wantFrac, want.length)
}

function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k)
  return c >= 48 && c <= 57
}

/** Whether text[a, b) and other[c, d) are the same characters. */
function sameChars(text: string, a: number, b: number, other: string, c: number, d: number): boolean {
  if (b - a !== d - c) return false
  for (let k = 0; k < b - a; k++) if (text.charCodeAt(a + k) !== other.charCodeAt(c + k)) return false
  return true
}

/**
 * `isDoubleText` of a number with an exponent (`1e-3`, `2.5E+2`), as the plain decimal text it
 * is: a text column's number in scientific notation is as exact as its plain twin. An exponent
 * that moves the point past any double's digits is no double's text.
 */
function exponentText(
  text: string,
  intStart: number,
  intEnd: number,
  fracStart: number,
  fracEnd: number,
  e: number,
  end: number,
  x: number,
): boolean {
  const exp = /^[eE]([+-]?\d{1,4})$/.exec(text.slice(e, end))
  if (!exp) return false
  const shift = Number(exp[1])
  const digits = text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd)
  if (digits.length > 4000 || Math.abs(shift) > 1100) return false
  const point = intEnd - intStart + shift
  const sign = text.slice(0, intStart).includes('-') ? '-' : ''
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}`
        : `${digits.slice(0, point)}.${digits.slice(point)}`
  return isDoubleText(`${sign}${plain}`, x)
}

/**
 * Whether `cell` is a number text (as `parseScore` reads one) that no double holds exactly: a
 * Parquet DECIMAL or 64-bit integer past 2^53 is given as its exact text just then (`decimalCell`).
 */
export function isInexactNumber(cell: Cell): boolean {
  if (typeof cell !== 'string') return false
  const x = parseScore(cell)
  return x !== null && !isDoubleText(cell, x)
}
