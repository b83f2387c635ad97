/**
 * A table's column names as pandas reads them: a name given more than once is renamed (`x`,
 * `x.1`, `x.2`), with a bounded warning and the copies, so the audit can check that the copies it
 * reads agree. CSV/TSV headers and Parquet schemas alike.
 */
import { shortenValue } from '../config/log-escape.js'

/** Most repeated header names a file warns about one by one; the rest are counted in one more warning. */
export const MAX_HEADER_WARNINGS = 20
/** Longest column name a warning quotes whole; longer ones are shortened, with their length. */
export const WARNING_NAME_CHARS = 100

/** A name as a warning quotes it: whole, or its start, an ellipsis and its length. */
export function warningName(name: string): string {
  return shortenValue(name, WARNING_NAME_CHARS, WARNING_NAME_CHARS - 20)
}

/**
 * pandas' `mangle_dupe_cols`: the second `x` becomes `x.1`, the third `x.2`. One warning per
 * repeated name (not per copy), at most MAX_HEADER_WARNINGS, names shortened: a 34 KB gzip CSV
 * repeating one 780-character name 9,997 times gave 9,996 warnings quoting it whole, a 16 MB
 * report and 382 MB (red team 4 R4-15).
 */
export function dedupeHeader(header: string[]): { columns: string[]; warnings: string[]; duplicates: string[][] } {
  const seen = new Map<string, number>()
  const taken = new Set(header)
  const copies = new Map<string, string[]>()
  const columns = header.map((name) => {
    const n = seen.get(name)
    if (n === undefined) {
      seen.set(name, 0)
      return name
    }
    let k = n + 1
    while (taken.has(`${name}.${k}`)) k++
    seen.set(name, k)
    const renamed = `${name}.${k}`
    taken.add(renamed)
    const list = copies.get(name)
    if (list) list.push(renamed)
    else copies.set(name, [name, renamed])
    return renamed
  })
  const warnings: string[] = []
  for (const [name, list] of copies) {
    if (warnings.length === MAX_HEADER_WARNINGS) break
    const as = (c: string): string => `'${warningName(c)}'`
    warnings.push(
      list.length === 2
        ? `column ${as(name)} appears more than once; the later one is read as ${as(list[1] as string)} (as pandas does)`
        : `column ${as(name)} appears ${list.length.toLocaleString('en-US')} times; the later ones are read as ${list.length > 4 ? `${as(list[1] as string)}, ${as(list[2] as string)}, … ${as(list[list.length - 1] as string)}` : list.slice(1).map(as).join(', ')} (as pandas does)`,
    )
  }
  const rest = copies.size - warnings.length
  if (rest > 0)
    warnings.push(
      `and ${rest.toLocaleString('en-US')} more column name${rest === 1 ? '' : 's'} appear more than once; later copies are read as name.1, name.2, … (as pandas does)`,
    )
  return { columns, warnings, duplicates: [...copies.values()] }
}

/** Unicode's space separators (category Zs), which DuckDB trims from both ends of a CSV header name. */
export const ZS_ENDS =
  /^[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+$/g

/** ASCII lower case: DuckDB's case-insensitive name maps fold only A–Z. */
export function asciiLower(name: string): string {
  return name.replace(/[A-Z]+/g, (s) => s.toLowerCase())
}

/**
 * The column names DuckDB's `read_csv(..., header = true)` gives a CSV/TSV header (checked with
 * DuckDB 1.5.5, red team 38 R38-2): an empty cell, or one of ASCII spaces only, is named `columnN`
 * (N its 0-based index, zero-padded to the digits of the last index); other names lose the Unicode
 * space separators at either end (` g` is `g`); then a name already taken (case-insensitively) is
 * renamed: its count goes up and `_count` is appended, again while that too is taken (`g,g,g_1` is
 * `g`, `g_1`, `g_1_1`). A name that is empty after the trim is named `C<index>` by DuckDB's binder.
 */
export function duckDbCsvNames(header: readonly string[]): string[] {
  const digits = String(Math.max(header.length - 1, 0)).length
  const count = new Map<string, number>()
  return header.map((cell, i) => {
    let name = /^ *$/.test(cell) ? `column${String(i).padStart(digits, '0')}` : cell.replace(ZS_ENDS, '')
    for (let n = count.get(asciiLower(name)); n !== undefined; n = count.get(asciiLower(name))) {
      count.set(asciiLower(name), n + 1)
      name = `${name}_${n + 1}`
    }
    count.set(asciiLower(name), 0)
    return name === '' ? `C${i}` : name
  })
}

/**
 * Where DuckDB's query of a column `name` reads in a CSV/TSV file with this header (its names from
 * `duckDbCsvNames`, matched case-insensitively as DuckDB does), or -1 when no column has that name.
 */
export function duckDbColumnIndex(names: readonly string[], name: string): number {
  const key = asciiLower(name)
  return names.findIndex((n) => asciiLower(n) === key)
}
