/**
 * The warehouse half of `format: counts`: the SQL that turns a table of predictions into
 * the per-group confusion counts an audit needs, so DuckDB, PostgreSQL, Spark or BigQuery
 * does the pass over the rows and the action only reads a few hundred counts.
 *
 * One query, `GROUP BY GROUPING SETS`: one set per sensitive attribute and intersection of
 * the audit (with `control`, each prefixed by the control columns, plus the control columns
 * alone), plus the empty set for the overall row. A `grouping_set` column names each
 * row's set (see `data/counts.ts` for the format), and `n_rows` (COUNT(*)) lets the audit
 * notice rows whose label or prediction is NULL. Every group column is grouped by its value
 * (never its text). The missing-value policy is applied in the query: `group` names NULLs
 * (after grouping), `drop` leaves those rows out and counts them in a
 * `(dropped)` row, `error` passes the NULLs on for the audit to report. A binned column
 * (`bins`) is its bins' labels (`binCase`), the groups the row path makes.
 */
import { escapeLog, visibleValue } from '../config/log-escape.js'
import type { AuditConfig } from '../config/types.js'
import { binLabels } from '../data/bins.js'
import { groupingsOf, MAX_WEIGHT, MIN_WEIGHT, sensitiveColumns } from '../data/checks.js'
import {
  BAD_WEIGHT_COLUMN,
  COUNT_COLUMNS,
  COUNTS_TABLE_COLUMNS,
  DROPPED_SET,
  GROUPING_COLUMN,
  LABEL_VALUES_COLUMN,
  PREDICTION_VALUES_COLUMN,
  ROWS_COLUMN,
  SQUARE_COLUMNS,
  WEIGHT_COLUMNS,
} from '../data/counts.js'
import { NA_TOKENS, normaliseLabel, type Cell } from '../data/values.js'
import { baseMetricsOf, resolveMetricName, SCORE_METRICS } from '../stats/catalog.js'

export const DIALECTS = ['duckdb', 'postgres', 'spark', 'bigquery'] as const
export type Dialect = (typeof DIALECTS)[number]

export interface SqlOptions {
  dialect: Dialect
  /** The prediction table, as the warehouse names it (`project.dataset.table`, say): printed as given. */
  table: string
}

const TEXT_TYPE: Record<Dialect, string> = { duckdb: 'VARCHAR', postgres: 'TEXT', spark: 'STRING', bigquery: 'STRING' }
const FLOAT_TYPE: Record<Dialect, string> = {
  duckdb: 'DOUBLE',
  postgres: 'DOUBLE PRECISION',
  spark: 'DOUBLE',
  bigquery: 'FLOAT64',
}

/**
 * A double as the query compares it: the text of its shortest round trip cast to a double, which
 * every dialect parses correctly rounded. A bare decimal literal is a DECIMAL to DuckDB, which it
 * casts to a double one ulp off for some 4 % of 16- and 17-digit values, so a threshold pasted
 * from scikit-learn's `roc_curve` put the scores equal to it below it in the warehouse and above
 * it in the rows (red team 29 R29-3: the counts audit passed the gate the rows failed).
 */
export function doubleLiteral(x: number, dialect: Dialect): string {
  return `CAST('${String(x)}' AS ${FLOAT_TYPE[dialect]})`
}

/**
 * A numeric column as the rows read it, a double: a FLOAT (float32) column compared with a
 * literal was compared in float32, the literal rounded to it (red team 29 R29-1: 0.1f at a
 * threshold of 0.1000000015 was below it in the rows, at or above it in the warehouse).
 */
function asDouble(column: string, dialect: Dialect): string {
  const c = ref(column, dialect)
  const direct = `CAST(${c} AS ${FLOAT_TYPE[dialect]})`
  // A DECIMAL or HUGEINT through its text, which every dialect reads correctly rounded, as the rows
  // read the value's text (`parseScore`): DuckDB casts its 128-bit integer to a double and divides
  // by 10^scale, two roundings, one ulp off for about a quarter of 17-digit DECIMAL(38, 20) values
  // and 1 % of HUGEINTs past 2^64; Spark divides a DECIMAL's long by 10^scale (red team 34 R34-6:
  // a score at a threshold it equals was below it, a weight's sum another double). BigQuery's
  // NUMERIC and BIGNUMERIC too (`FORMAT('%T')` writes `NUMERIC "1.5"`, `BIGNUMERIC "1.5"`): ZetaSQL
  // divides the scaled integer by 10^scale into at least 64 bits, then rounds that to a double, two
  // roundings (read from its source, not checked against a server). PostgreSQL casts a NUMERIC
  // correctly rounded (3,000 random NUMERIC(38, 20) values in PGlite, none off).
  const viaText = `CAST(CAST(${c} AS ${TEXT_TYPE[dialect]}) AS ${FLOAT_TYPE[dialect]})`
  const plain =
    dialect === 'duckdb'
      ? `(CASE WHEN typeof(${c}) LIKE 'DECIMAL%' OR typeof(${c}) IN ('HUGEINT', 'UHUGEINT') THEN ${viaText} ELSE ${direct} END)`
      : dialect === 'spark'
        ? `(CASE WHEN typeof(${c}) LIKE 'decimal%' THEN ${viaText} ELSE ${direct} END)`
        : dialect === 'bigquery'
          ? `(CASE WHEN REGEXP_CONTAINS(FORMAT('%T', ${c}), '^(?:BIG)?NUMERIC ') THEN ${viaText} ELSE ${direct} END)`
          : direct
  // A text (in DuckDB and Spark also a BOOLEAN, in DuckDB a JSON) value as the rows read its text
  // (`parseScore`): a number of their pattern as its double, anything else NULL, which the counts
  // audit refuses as the rows refuse the cell. Cast, a JSON `true` was 1 (R32-12), and so was a
  // BOOLEAN score, weight or binned value (read_csv types a column of true/false so), and a VARCHAR
  // `1_000` was 1000 (DuckDB's cast reads digit separators), all counted where the rows refuse them
  // (red team 34); PostgreSQL's cast of a TEXT column (the README's load) read `0x10` as 16 and
  // `0x1p-2` as 0.25 (its strtod), Spark's (Java's parseDouble) reads `1d` and `0x1p-2`, and each
  // stopped on a number after a no-break space, which the rows read. Spark's regexp_extract is ''
  // where the text does not match, NULL here.
  const number = `${spaces(dialect)}(${ANY_NUMBER})${spaces(dialect)}`
  const digits = wholeGroup(columnText(column, dialect), number, dialect)
  const read =
    dialect === 'duckdb'
      ? `TRY_CAST(${digits} AS DOUBLE)`
      : `CAST(${dialect === 'spark' ? `NULLIF(${digits}, '')` : digits} AS ${FLOAT_TYPE[dialect]})`
  return `(CASE WHEN ${isText(column, dialect)} THEN ${read} ELSE ${plain} END)`
}

/**
 * Whether the column is a type the rows read by its text (`asDouble`): DuckDB's VARCHAR, BOOLEAN or
 * JSON; PostgreSQL's text types (a domain's base type's, `pgType`); Spark's STRING or BOOLEAN;
 * BigQuery's STRING, which `FORMAT('%T')` writes as a literal in double quotes, or in single quotes
 * when it holds a double quote and no single one (ZetaSQL's ToStringLiteral; BigQuery casts no BOOL
 * to a FLOAT64).
 */
function isText(column: string, dialect: Dialect): string {
  const c = ref(column, dialect)
  if (dialect === 'duckdb') return `typeof(${c}) IN ('VARCHAR', 'BOOLEAN', 'JSON')`
  if (dialect === 'postgres')
    return `CAST(${pgType(c)} AS TEXT) IN (${POSTGRES_TEXT_TYPES.map((t) => quoteString(t, dialect)).join(', ')})`
  if (dialect === 'spark') return `typeof(${c}) IN ('string', 'boolean')`
  return `SUBSTR(FORMAT('%T', ${c}), 1, 1) IN ('"', ${quoteString("'", dialect)})`
}

/** DuckDB: whether the column is DuckDB's JSON type (a test of its type, the same on every row). */
function isJson(column: string): string {
  return `typeof(${ref(column, 'duckdb')}) = 'JSON'`
}

/**
 * DuckDB: a JSON column's scalar as text, as the rows read the cell (what `read_json_auto` makes
 * of a JSON Lines column that mixes kinds, `"1"` beside `0`): a string without its quotes, a
 * number or boolean as written, JSON null as NULL (an object or array as its JSON text). Cast to
 * text, `"1"` kept its quotes, and a label written `"1"` was a negative where the rows read 1
 * (red team 32 R32-12: the counts audit passed, the rows exit 1).
 */
function jsonScalar(column: string): string {
  return `json_extract_string(CAST(${ref(column, 'duckdb')} AS VARCHAR), '$')`
}

/** A column's text; in DuckDB a JSON column's its scalar's (`jsonScalar`). */
function columnText(column: string, dialect: Dialect): string {
  const text = `CAST(${ref(column, dialect)} AS ${TEXT_TYPE[dialect]})`
  return byteOrder(
    dialect === 'duckdb' ? `(CASE WHEN ${isJson(column)} THEN ${jsonScalar(column)} ELSE ${text} END)` : text,
    dialect,
  )
}

/**
 * The name the query gives the prediction table (`FROM (SELECT * FROM table) AS audit_source`), by
 * which it names every column of the data: a column is never confused with one the query makes.
 */
const SOURCE = 'audit_source'

/**
 * A column of the prediction table, qualified by the table: a group column named `audit_keep` was
 * the query's own `audit_keep` to DuckDB (which also lets a SELECT name an alias made before it), so
 * every kept row was one group (red team 31 R31-4).
 */
function ref(column: string, dialect: Dialect): string {
  return `${SOURCE}.${quoteIdent(column, dialect)}`
}

/**
 * PostgreSQL: the type of a column, a domain's base type for a domain (`CREATE DOMAIN flag AS
 * BOOLEAN`, a domain over a domain too). `pg_typeof` names the domain, so the type tests took a
 * BOOLEAN domain for no boolean and a TEXT domain of a case-insensitive collation for no text (red
 * team 36 R36-3: the BOOLEAN refusal passed, `a` and `A` were one group); `COALESCE` with a NULL
 * is of the base type (PostgreSQL resolves a domain beside another type as its base type).
 */
function pgType(c: string): string {
  return `pg_typeof(COALESCE(${c}, NULL))`
}

/** PostgreSQL's text types (`pg_typeof`'s names; a domain's its base type's, `pgType`), whose values a group column is grouped by the bytes of and a score, weight or binned column read by its text (`asDouble`). */
const POSTGRES_TEXT_TYPES = ['text', 'character varying', 'character', 'name', 'citext']

/**
 * The SQL type test of a 32-bit float column and the dialect's name of that type: BigQuery has no
 * such type (FLOAT64 only).
 */
const FLOAT32: Record<Dialect, { test: (c: string) => string; type: string } | null> = {
  duckdb: { test: (c) => `typeof(${c}) = 'FLOAT'`, type: 'FLOAT' },
  postgres: { test: (c) => `${pgType(c)} = CAST('real' AS REGTYPE)`, type: 'REAL' },
  spark: { test: (c) => `typeof(${c}) = 'float'`, type: 'FLOAT' },
  bigquery: null,
}

/**
 * A label's or prediction's text as the rows read its value: a FLOAT (float32) column's as the
 * text of its value's double. The warehouse writes a float32 as its own shortest text (`0.1`),
 * whose double is not the float's (0.10000000149011612), which is what the rows read: at
 * `positive_label: 0.10000000149011612`, 0.1f was positive in the rows and never in the warehouse
 * (red team 30 R30-6). The float is read back from its text (exact: the text is its round trip),
 * so every column type binds in every dialect (PostgreSQL casts no boolean to a double). A DuckDB
 * JSON column's text is its scalar's (`jsonScalar`: `"1"` without its quotes, red team 32 R32-12).
 */
function labelText(column: string, dialect: Dialect): string {
  const c = ref(column, dialect)
  const text = `CAST(${c} AS ${TEXT_TYPE[dialect]})`
  const f = FLOAT32[dialect]
  if (f === null) return text
  const exact = `CAST(CAST(CAST(${text} AS ${f.type}) AS ${FLOAT_TYPE[dialect]}) AS ${TEXT_TYPE[dialect]})`
  // A DuckDB JSON column's scalar (`jsonScalar`).
  const json = dialect === 'duckdb' ? ` WHEN ${isJson(column)} THEN ${jsonScalar(column)}` : ''
  const value = `(CASE WHEN ${f.test(c)} THEN ${exact}${json} ELSE ${text} END)`
  return byteOrder(value, dialect)
}

/**
 * A text compared, grouped and sorted by its bytes, as the rows compare and sort names (by code
 * point, which is UTF-8's byte order): PostgreSQL's `COLLATE "C"`, DuckDB's `COLLATE "binary"`
 * (quoted: `binary` is a keyword to DuckDB's parser). A column's own collation decided before: in
 * PostgreSQL a nondeterministic one (case-insensitive, `und@colStrength=secondary`) made `a` and
 * `A` one group where the rows have two, `Yes` equal to `positive_label: yes`, and `NEG` no third
 * value beside `neg` (and its regular expressions an error); a locale's sorted the result otherwise
 * than the rows sort it (`_` before `a` before `B`). In DuckDB so did a `VARCHAR COLLATE nocase`
 * column, or the session's `default_collation` (`nocase`, `noaccent`, `nfc`: `é` and `e` + U+0301
 * one group), and under `nocase` a group `Null` was pandas' `NULL`, missing (red team 36 R36-6).
 * Spark and BigQuery: the text as it is (see SECURITY.md).
 */
function byteOrder(text: string, dialect: Dialect): string {
  if (dialect === 'postgres') return `(${text} COLLATE "C")`
  if (dialect === 'duckdb') return `(${text} COLLATE "binary")`
  return text
}

/** A quoted identifier: "x" in DuckDB and PostgreSQL, `x` in Spark and BigQuery. */
export function quoteIdent(name: string, dialect: Dialect): string {
  if (dialect === 'duckdb' || dialect === 'postgres') return `"${name.replace(/"/g, '""')}"`
  if (dialect === 'spark') return `\`${name.replace(/`/g, '``')}\``
  return `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``
}

/** A string literal: quotes doubled in DuckDB and PostgreSQL; backslash escapes in Spark and BigQuery. */
export function quoteString(value: string, dialect: Dialect): string {
  if (dialect === 'duckdb' || dialect === 'postgres') return `'${value.replace(/'/g, "''")}'`
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/**
 * JavaScript's `\s`, which `normaliseLabel`'s number pattern allows around a number (and
 * `Number()` trims): tab to carriage return, space, U+00A0, U+1680, U+2000–U+200A, the line and
 * paragraph separators, U+202F, U+205F, U+3000 and U+FEFF. Written as escapes, not as the
 * characters, so the printed query passes the log escape unchanged.
 */
const JS_SPACE: readonly (number | readonly [number, number])[] = [
  [0x09, 0x0d],
  0x20,
  0xa0,
  0x1680,
  [0x2000, 0x200a],
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0xfeff,
]

/** One code point in a regular expression: `\x{A0}` in RE2 (DuckDB, BigQuery), `\u00A0` in PostgreSQL and Java (Spark). */
function regexChar(code: number, dialect: Dialect): string {
  const hex = code.toString(16).toUpperCase()
  return dialect === 'duckdb' || dialect === 'bigquery' ? `\\x{${hex}}` : `\\u${hex.padStart(4, '0')}`
}

/** pandas' NA spellings (`NA_TOKENS`) as a list of string literals, for `IN (…)`. */
function naList(dialect: Dialect): string {
  return [...NA_TOKENS].map((v) => quoteString(v, dialect)).join(', ')
}

/** JavaScript's spaces, as a repeated class: what `normaliseLabel`'s number pattern allows around a number. */
function spaces(dialect: Dialect): string {
  const c = (code: number): string => regexChar(code, dialect)
  return `[${JS_SPACE.map((x) => (typeof x === 'number' ? c(x) : `${c(x[0])}-${c(x[1])}`)).join('')}]*`
}

/**
 * Any number `normaliseLabel` reads (its pattern, with linear alternatives), and the numbers the
 * query compares exactly: at most 200 digits before and after the point and a one- or two-digit
 * exponent, so the value lies within 1e±299 and a cast to a double can neither overflow nor
 * underflow in any dialect (PostgreSQL raises an error on one); the one group captures it
 * without its spaces.
 */
const ANY_NUMBER = '[+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?'
const EXACT_NUMBER = '([+-]?(?:[0-9]{1,200}(?:[.][0-9]{0,200})?|[.][0-9]{1,200})(?:[eE][+-]?[0-9]{1,2})?)'

/** The usual spellings of 0 and 1 after `0` and `1`, compared one by one before any pattern. */
const USUAL = ['1.0', '0.0', 'True', 'False', 'true', 'false']

/** A literal text in a pattern: its one metacharacter, `.`, in a class. */
function regexLiteral(text: string): string {
  return text.replace(/[.*+?$(){}|[]/g, (c) => `[${c}]`)
}

/**
 * `text` matches `pattern` as a whole, per dialect. Java's `$` also matches before a final line
 * terminator (U+0085 among them, which JavaScript's `\s` is not), so Spark ends with `\z`; RE2's
 * and PostgreSQL's `$` is the end of the text.
 */
function wholeMatch(text: string, pattern: string, dialect: Dialect): string {
  if (dialect === 'duckdb') return `regexp_full_match(${text}, ${quoteString(pattern, dialect)})`
  if (dialect === 'postgres') return `${text} ~ ${quoteString(`^(?:${pattern})$`, dialect)}`
  if (dialect === 'spark') return `${text} RLIKE ${quoteString(`^(?:${pattern})\\z`, dialect)}`
  return `REGEXP_CONTAINS(${text}, ${quoteString(`^(?:${pattern})$`, dialect)})`
}

/** The text of the one capture group of `pattern`, which `text` matches as a whole, per dialect. */
function wholeGroup(text: string, pattern: string, dialect: Dialect): string {
  const p = quoteString(`^(?:${pattern})${dialect === 'spark' ? '\\z' : '$'}`, dialect)
  if (dialect === 'postgres') return `substring(${text} from ${p})`
  if (dialect === 'bigquery') return `REGEXP_EXTRACT(${text}, ${p})`
  return `regexp_extract(${text}, ${p}, 1)`
}

/**
 * 1 when the column holds the positive label, 0 for another value, NULL for a value the rows
 * refuse or that the query cannot compare as the rows do. The row path compares labels and
 * predictions as `normaliseLabel` writes them — numbers by value (`1.0`, ` 1`, `1e0` are `1`),
 * `true`/`false` in any case as 1/0, other text as written, pandas' NA spellings (and NaN) as
 * missing — so the query reads the column's text the same way (red team 14 R14-3: `'1.0' = '1'`
 * was false, so `1.0` and `True` labels were negatives where the rows read them as positives),
 * a FLOAT column's text its value's double's (`labelText`): NULL and the NA spellings are NULL; a number is compared by value, a double cast of its digits,
 * with a positive label that is a number; `true`/`false` are 1/0; other text is compared as
 * written. A number of more than 200 digits a side or a longer exponent is NULL when the
 * positive label is a number (the rows would read it, the query cannot compare it exactly), and
 * a NULL is what the counts audit refuses: `n_rows` is more than the four counts. The usual
 * spellings are compared first, and one pattern tells the few values that need more (an NA
 * spelling, a number, `true`/`false`) from plain text, so most rows cost a comparison or two.
 */
export function binary(column: string, positive: string | number | boolean, dialect: Dialect): string {
  const t = labelText(column, dialect)
  const p = normaliseLabel(positive as Cell)
  // The positive label as a finite number, when it is one (`normaliseLabel` writes numbers as String(Number)).
  const num = p !== null && Number.isFinite(Number(p)) && String(Number(p)) === p ? Number(p) : null
  const ws = spaces(dialect)
  const special = [
    ...[...NA_TOKENS].map(regexLiteral),
    `${ws}${ANY_NUMBER}${ws}`,
    '[tT][rR][uU][eE]',
    '[fF][aA][lL][sS][eE]',
  ].join('|')
  const exact = `${ws}${EXACT_NUMBER}${ws}`
  const float = (x: string): string => `CAST(${x} AS ${FLOAT_TYPE[dialect]})`
  const na = naList(dialect)
  // The positive label as `normaliseLabel` writes it, then a usual negative ('0', or '1' when 0 is
  // positive); with a number, the other usual spellings of 0 and 1 too, each as the rows read it.
  const usual = [...new Set([...(p === null ? [] : [p]), p === '0' ? '1' : '0', ...(num === null ? [] : USUAL)])]
  const whens = [
    ...usual.map((v) => `WHEN ${t} = ${quoteString(v, dialect)} THEN ${normaliseLabel(v) === p ? 1 : 0}`),
    `WHEN ${t} IS NULL THEN NULL`,
    // Plain text is itself: not the positive label (compared above).
    `WHEN NOT (${wholeMatch(t, special, dialect)}) THEN 0`,
  ]
  if (num !== null) {
    const value = float(wholeGroup(t, exact, dialect))
    whens.push(
      `WHEN ${wholeMatch(t, exact, dialect)} THEN CASE WHEN ${value} = ${float(quoteString(p as string, dialect))} THEN 1 ELSE 0 END`,
      `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`,
    )
  } else if (p === 'Infinity' || p === '-Infinity') {
    // A number that overflows reads as Infinity: only those within 1e±299 are surely not it.
    whens.push(
      `WHEN ${wholeMatch(t, exact, dialect)} THEN 0`,
      `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`,
    )
  }
  whens.push(`WHEN ${t} IN (${na}) THEN NULL`)
  // What is left is a number with a text positive label (never equal), or true/false in some case: 1 or 0.
  if (num === 1 || num === 0) whens.push(`WHEN LOWER(${t}) = '${num === 1 ? 'true' : 'false'}' THEN 1`)
  const cases = `CASE ${whens.join(' ')} ELSE 0 END`
  return p !== '1' && p !== '0' ? refuseBoolean(column, positive, cases, dialect) : cases
}

/** The name each dialect gives its boolean type, and how its CSV loader makes one. */
const BOOLEAN_TYPE: Record<Dialect, { name: string; loads: string; asText: (column: string) => string }> = {
  duckdb: {
    name: "DuckDB's BOOLEAN",
    loads: 'what read_csv makes of yes/no, t/f or true/false in any case',
    asText: (c) => `read_csv(..., types = {${quoteString(c, 'duckdb')}: 'VARCHAR'})`,
  },
  postgres: {
    name: "PostgreSQL's BOOLEAN",
    loads: 'what COPY makes of yes/no, t/f, on/off, y/n or true/false (or a unique prefix: ye, tr, of) in any case',
    asText: (c) => `a column ${quoteIdent(c, 'postgres')} TEXT loaded from the file`,
  },
  spark: {
    name: "Spark's BOOLEAN",
    loads: 'what a CSV read with a schema makes of true/false in any case',
    asText: (c) => `the column ${quoteIdent(c, 'spark')} read as STRING from the file`,
  },
  bigquery: {
    name: "BigQuery's BOOL",
    loads: 'what a CSV load makes of yes/no, y/n, t/f or true/false in any case',
    asText: (c) => `the column ${quoteIdent(c, 'bigquery')} loaded as STRING from the file`,
  },
}

/**
 * A label or prediction `value` (`binary`), or an error naming the column when it is the dialect's
 * boolean type and the positive label is neither 1 nor 0 (`true`/`false`). DuckDB's read_csv types
 * a column of yes/no, t/f or true/false, in any case, as BOOLEAN (PostgreSQL's COPY and BigQuery's
 * CSV load read yes/no into one too), which keeps no spelling: compared with `positive_label: yes`
 * as text (`true`), every row was a negative, where the rows compare the file's text (red team 32
 * R32-4 in DuckDB; R34-3 in the other dialects, where a BOOLEAN label of `yes` beside text
 * predictions left a failing gate insufficient, exit 0). Reading true as positive when the positive
 * label is one of the words a cast reads as true (true, t, yes, y, 1, in any case) would not be
 * the rows' reading either: the rows compare `Yes` and `yes` as two texts, and refuse a file of
 * `Yes`/`No` at `positive_label: yes` (no label equals it) or one of `yes`, `t` and `no` (a third
 * value), which the BOOLEAN column would pass. So the query stops and says how to read the column
 * as text: DuckDB's `error()`, Spark's `raise_error()`, BigQuery's `ERROR()`, and in PostgreSQL,
 * which has no such function, a cast of the message to an integer, which fails with the message in
 * it (made of the column, so the planner cannot fold it into an error of every query). BigQuery has
 * no type test: its `FORMAT('%T')` writes a BOOL as `true`/`false` and a STRING in quotes.
 */
function refuseBoolean(column: string, positive: string | number | boolean, value: string, dialect: Dialect): string {
  const b = BOOLEAN_TYPE[dialect]
  const message =
    `model-audit-gate: column ${JSON.stringify(column)} is ${b.name} type (${b.loads}), which keeps no spelling, ` +
    `so it cannot be compared with positive_label ${JSON.stringify(String(positive))} as the rows compare the file's ` +
    `text; read the file's column as text, e.g. ${b.asText(column)}, or, for a column that is a boolean in the table, set positive_label: true`
  const c = ref(column, dialect)
  const m = quoteString(message, dialect)
  if (dialect === 'duckdb') return `CASE WHEN typeof(${c}) = 'BOOLEAN' THEN error(${m}) ELSE ${value} END`
  if (dialect === 'spark') return `CASE WHEN typeof(${c}) = 'boolean' THEN raise_error(${m}) ELSE ${value} END`
  if (dialect === 'bigquery')
    return `CASE WHEN FORMAT('%T', ${c}) IN ('true', 'false') THEN ERROR(${m}) ELSE ${value} END`
  return `CASE WHEN ${pgType(c)} = CAST('boolean' AS REGTYPE) THEN CAST(CONCAT(${m}, LEFT(CAST(${c} AS TEXT), 0)) AS INTEGER) ELSE ${value} END`
}

/**
 * A label's or prediction's value as `normaliseLabel` writes it, up to equality, as text: `n` and
 * a number's double (plus 0, so -0 is 0; `true`/`false` are 1/0), or `t` and other text as
 * written; NULL for a missing value, and for a number the query cannot compare exactly (more than
 * 200 digits a side, a longer exponent), which the counts audit then refuses. The rows refuse a
 * column of a third distinct value; the query keeps one value besides the positive label, the
 * least such key, and reads any other as none (`countsQuery`).
 */
export function binaryKey(column: string, dialect: Dialect): string {
  const t = labelText(column, dialect)
  const ws = spaces(dialect)
  const exact = `${ws}${EXACT_NUMBER}${ws}`
  const number = (x: string): string =>
    `CONCAT('n', CAST(CAST(${x} AS ${FLOAT_TYPE[dialect]}) + 0 AS ${TEXT_TYPE[dialect]}))`
  const na = naList(dialect)
  // The usual spellings first, each a constant: most rows cost a comparison or two.
  const usual = ['0', '1', ...USUAL].map(
    (v) => `WHEN ${t} = ${quoteString(v, dialect)} THEN ${number(quoteString(normaliseLabel(v) as string, dialect))}`,
  )
  const key = [
    `CASE WHEN ${t} IS NULL THEN NULL`,
    ...usual,
    `WHEN ${t} IN (${na}) THEN NULL`,
    `WHEN ${wholeMatch(t, exact, dialect)} THEN ${number(wholeGroup(t, exact, dialect))}`,
    `WHEN ${wholeMatch(t, `${ws}${ANY_NUMBER}${ws}`, dialect)} THEN NULL`,
    `WHEN LOWER(${t}) = 'true' THEN ${number("'1'")}`,
    `WHEN LOWER(${t}) = 'false' THEN ${number("'0'")}`,
    `ELSE CONCAT('t', ${t}) END`,
  ].join(' ')
  return byteOrder(`(${key})`, dialect)
}

/**
 * A binned column (`bins`) as its bins' labels, the labels `data/bins.ts` gives the row
 * path: `CASE WHEN c < 25 THEN '< 25' WHEN c < 45 THEN '[25, 45)' … WHEN c >= 65 THEN '>= 65'
 * END`. No `ELSE`: a NULL compares to nothing and stays NULL, for the missing-value policy
 * to handle as the row path does. pandas' NA spellings (a NaN's text among them) are NULL first,
 * as `present` makes them for other columns: a NaN, missing to the rows, sorts above every number
 * in DuckDB and PostgreSQL and was counted in the last bin (red team 31 R31-2). A present
 * value that is no number as the rows read it (`asDouble`: `1_000`, a BOOLEAN) is
 * `<missing_group> (not a number)`, which the counts audit refuses (red team 34). An infinite value,
 * which the rows refuse, is `<missing_group> (infinite)`, no bin's label and never the missing
 * group's name, which the counts audit refuses as the rows do.
 */
export function binCase(column: string, edges: readonly number[], dialect: Dialect, missingGroup = ''): string {
  const c = asDouble(column, dialect)
  const labels = binLabels(edges)
  const text = columnText(column, dialect)
  const whens = [
    `WHEN ${text} IN (${naList(dialect)}) THEN NULL`,
    // A present value that is no number (`asDouble`'s NULL: `1_000`, `0x10`, a BOOLEAN, JSON text)
    // is no bin's label, refused by the counts audit as the rows refuse the cell; it was NULL, a
    // missing value (red team 34).
    `WHEN ${text} IS NULL THEN NULL`,
    `WHEN ${c} IS NULL THEN ${quoteString(`${missingGroup} (not a number)`, dialect)}`,
    `WHEN NOT (${c} - ${c} = 0) THEN ${quoteString(`${missingGroup} (infinite)`, dialect)}`,
    ...edges.map(
      (e, i) => `WHEN ${c} < ${doubleLiteral(e, dialect)} THEN ${quoteString(labels[i] as string, dialect)}`,
    ),
  ]
  const last = edges[edges.length - 1] as number
  whens.push(
    `WHEN ${c} >= ${doubleLiteral(last, dialect)} THEN ${quoteString(labels[labels.length - 1] as string, dialect)}`,
  )
  return `CASE ${whens.join(' ')} END`
}

/**
 * The names the query writes as identifiers or literals that the log escape would have to
 * change (`::`, `##[`, a control or invisible character): printed exactly, they could act in
 * an Actions log; escaped, the query would read another column or value. So none is printed.
 */
export function unprintableNames(audit: AuditConfig, options: SqlOptions): { role: string; name: string }[] {
  const names: { role: string; name: string }[] = [
    { role: 'label', name: audit.label },
    ...(audit.prediction ? [{ role: 'prediction', name: audit.prediction }] : []),
    ...(audit.score ? [{ role: 'score', name: audit.score }] : []),
    ...(audit.weight ? [{ role: 'weight', name: audit.weight }] : []),
    ...(typeof audit.positive_label === 'string' ? [{ role: 'positive_label', name: audit.positive_label }] : []),
    ...sensitiveColumns(audit).map((name) => ({ role: audit.control.includes(name) ? 'control' : 'sensitive', name })),
    ...(audit.missing === 'group' ? [{ role: 'missing_group', name: audit.missing_group }] : []),
    { role: '--table', name: options.table },
  ]
  return names.filter((n) => escapeLog(visibleValue(n.name)) !== n.name)
}

/**
 * The audit's group columns whose names are, in any case, a column the query writes beside them
 * (`grouping_set`, `tp`, `n_rows`, …): in the result, the counts audit would read the group column
 * for its own (`grouping_set` the set names), or the warehouse renames one of the two (red team 31
 * R31-4). So none is printed.
 */
export function reservedNames(audit: AuditConfig): { role: string; name: string }[] {
  return sensitiveColumns(audit)
    .filter((name) => COUNTS_TABLE_COLUMNS.includes(name.toLowerCase()))
    .map((name) => ({ role: audit.control.includes(name) ? 'control' : 'sensitive', name }))
}

/**
 * Pairs of the audit's columns (label, prediction, score, weight, group columns) whose names differ
 * only in case: DuckDB, Spark and BigQuery match a column name case-insensitively, quoted too, so
 * the query's `"G"` and `"g"` would read one column of the warehouse's table where the rows read
 * two (red team 32 R32-10). So none is printed.
 */
export function caseTwinNames(audit: AuditConfig): [string, string][] {
  const names = [
    ...new Set(
      [audit.label, audit.prediction, audit.score, audit.weight, ...sensitiveColumns(audit)].filter(
        (n): n is string => typeof n === 'string',
      ),
    ),
  ]
  const seen = new Map<string, string>()
  const twins: [string, string][] = []
  for (const name of names) {
    const key = name.toLowerCase()
    const other = seen.get(key)
    if (other === undefined) seen.set(key, name)
    else twins.push([other, name])
  }
  return twins
}

/**
 * The audit's gates on a metric that needs each row's score (`roc_auc`, …): its counts table cannot
 * hold one, so the counts audit refuses such a gate (red team 31 R31-8) and `sql` says so first.
 */
export function scoreGates(audit: AuditConfig): string[] {
  return audit.gates
    .map((g) => g.metric)
    .filter((m) => {
      const r = resolveMetricName(m)
      return r !== undefined && baseMetricsOf(r).some((b) => SCORE_METRICS.has(b))
    })
}

/**
 * A group column's value, or in DuckDB an error naming the column when the column is DuckDB's `JSON`
 * type: `read_json_auto` makes a JSON Lines column that mixes `2` and `"2"` JSON, whose values are
 * their JSON text, so the query grouped `2` and `"2"` apart and named the second with its quotes,
 * where the rows read one group `2` (red team 31 R31-7). A JSON value's text cannot be made the
 * rows' name of it in general (DuckDB writes `1e2` as `100.0`, where the rows name it as written),
 * so the query refuses the column and says how to read it (`error()` is typed as the column is).
 */
function refuseJson(column: string, value: string, dialect: Dialect): string {
  if (dialect !== 'duckdb') return value
  const message =
    `model-audit-gate: column ${JSON.stringify(column)} is DuckDB's JSON type (what read_json_auto makes of a column ` +
    `that mixes numbers and strings), whose values keep a string's quotes, so 2 and "2", one group in the rows, ` +
    `would be two; read it as text, e.g. SELECT * REPLACE (${quoteIdent(column, dialect)} ->> '$' AS ${quoteIdent(column, dialect)}) FROM read_json_auto(...)`
  return `CASE WHEN typeof(${ref(column, dialect)}) = 'JSON' THEN error(${quoteString(message, dialect)}) ELSE ${value} END`
}

/**
 * A group column's value, or in DuckDB an error naming the column when the column is a nested type
 * (STRUCT, MAP, UNION, a LIST `INTEGER[]` or an ARRAY `INTEGER[2]`): `read_json_auto` makes JSON
 * objects and arrays so, whose value is not their text: `{"a":1}` and `{"a":1.0}`, `{"a":1,"b":2}`
 * and `{"b":2,"a":1}` were one group here, two in the rows, so 40 wrong rows in a group of their own
 * there joined a group of 200 here (red team 34 R34-5). The rows refuse an object or array group value
 * (`RowChecks.valueKind`); the query stops so too.
 */
function refuseNested(column: string, value: string, dialect: Dialect): string {
  if (dialect !== 'duckdb') return value
  const t = `typeof(${ref(column, dialect)})`
  const message =
    `model-audit-gate: group column ${JSON.stringify(column)} is a DuckDB nested type (STRUCT, MAP, UNION, LIST or ARRAY: ` +
    `what read_json_auto makes of JSON objects and arrays), whose values are not the texts the rows would name groups by; ` +
    `a group value must be a string, a number or a boolean: write the column so in the data`
  return `CASE WHEN ${t} LIKE 'STRUCT(%' OR ${t} LIKE 'MAP(%' OR ${t} LIKE 'UNION(%' OR ${t} LIKE '%]' THEN error(${quoteString(message, dialect)}) ELSE ${value} END`
}

/**
 * A group value's text, a FLOAT (float32) as its double's (the text of its value's double, which
 * is the rows' name of it: a Parquet FLOAT is read as a double), other types as the dialect writes
 * them. See `labelText`.
 */
function floatText(value: string, dialect: Dialect): string {
  const text = `CAST(${value} AS ${TEXT_TYPE[dialect]})`
  const f = FLOAT32[dialect]
  if (f === null) return text
  const exact = `CAST(CAST(CAST(${text} AS ${f.type}) AS ${FLOAT_TYPE[dialect]}) AS ${TEXT_TYPE[dialect]})`
  return `(CASE WHEN ${f.test(value)} THEN ${exact} ELSE ${text} END)`
}

/** DuckDB's text of a double: an optional sign, digits, an optional fraction and exponent (`-1.5e-07`, `2.0`, `1e+21`). */
const DUCKDB_DOUBLE_TEXT = '^(-?)([0-9]+)(?:[.]([0-9]+))?(?:e([-+][0-9]+))?$'

/**
 * The CTEs that take each group value of `audit_counts` (`audit_n1`, …) apart when it is a FLOAT
 * or DOUBLE (DuckDB): the double (`audit_d`, a FLOAT's exact, through its shortest text), its
 * sign (`audit_s`), its shortest digits without leading and trailing zeros (`audit_k`) and the
 * position of the decimal point after their first (`audit_x`: the value is 0.k × 10^x), for
 * `duckdbName` to write as JavaScript writes the number, which is the rows' name of it.
 */
function groupNames(count: number): string[] {
  const each = (f: (i: number) => string): string => Array.from({ length: count }, (_, i) => f(i + 1)).join(', ')
  const part = (i: number, k: number): string => `regexp_extract(audit_t${i}, '${DUCKDB_DOUBLE_TEXT}', ${k})`
  return [
    `audit_num AS (`,
    `  SELECT *, ${each((i) => `CASE WHEN typeof(audit_n${i}) = 'FLOAT' THEN CAST(CAST(CAST(audit_n${i} AS VARCHAR) AS FLOAT) AS DOUBLE) WHEN typeof(audit_n${i}) = 'DOUBLE' THEN CAST(CAST(audit_n${i} AS VARCHAR) AS DOUBLE) END AS audit_d${i}`)}`,
    `  FROM audit_counts`,
    `),`,
    `audit_text AS (SELECT *, ${each((i) => `CAST(audit_d${i} AS VARCHAR) AS audit_t${i}`)} FROM audit_num),`,
    `audit_parts AS (`,
    `  SELECT *, ${each((i) => `${part(i, 1)} AS audit_s${i}, ${part(i, 2)} || ${part(i, 3)} AS audit_m${i}, length(${part(i, 2)}) + COALESCE(TRY_CAST(NULLIF(${part(i, 4)}, '') AS INTEGER), 0) AS audit_p${i}`)}`,
    `  FROM audit_text`,
    `),`,
    `audit_digits AS (`,
    `  SELECT *, ${each((i) => `rtrim(ltrim(audit_m${i}, '0'), '0') AS audit_k${i}, audit_p${i} - length(audit_m${i}) + length(ltrim(audit_m${i}, '0')) AS audit_x${i}`)}`,
    `  FROM audit_parts`,
    `)`,
  ]
}

/**
 * Group column `i`'s name in DuckDB, as the rows name its value: a FLOAT or DOUBLE as JavaScript's
 * `String(x)` writes its double (`2`, `1e+21`, `1.5e-7`, `0.000001`, `0.10000000149011612`
 * for 0.1f), where DuckDB wrote `2.0`, `1e+21`, `1.5e-07`, `1e-06` and `0.1` (F2); a DECIMAL
 * without its fraction's trailing zeros (`2.5`, not `2.50`); other types as DuckDB writes them.
 * With `missing: group` a NULL of the row's set is the missing group.
 */
function duckdbName(i: number, audit: AuditConfig): string {
  const v = `CAST(audit_n${i} AS VARCHAR)`
  const [d, k, x] = [`audit_d${i}`, `audit_k${i}`, `audit_x${i}`]
  const digits = [
    `CASE WHEN length(${k}) <= ${x} AND ${x} <= 21 THEN ${k} || repeat('0', ${x} - length(${k}))`,
    `WHEN 0 < ${x} AND ${x} <= 21 THEN substr(${k}, 1, ${x}) || '.' || substr(${k}, ${x} + 1)`,
    `WHEN -6 < ${x} AND ${x} <= 0 THEN '0.' || repeat('0', -${x}) || ${k}`,
    `ELSE substr(${k}, 1, 1) || CASE WHEN length(${k}) > 1 THEN '.' || substr(${k}, 2) ELSE '' END || 'e' || CASE WHEN ${x} >= 1 THEN '+' ELSE '-' END || CAST(abs(${x} - 1) AS VARCHAR) END`,
  ].join(' ')
  const text = [
    `CASE WHEN ${d} IS NULL THEN CASE WHEN typeof(audit_n${i}) LIKE 'DECIMAL%' AND contains(${v}, '.') THEN rtrim(rtrim(${v}, '0'), '.') ELSE ${v} END`,
    `WHEN isinf(${d}) THEN CASE WHEN ${d} > 0 THEN 'Infinity' ELSE '-Infinity' END`,
    `WHEN isnan(${d}) THEN 'NaN'`,
    `WHEN ${k} = '' THEN '0'`,
    `ELSE audit_s${i} || ${digits} END`,
  ].join(' ')
  return audit.missing === 'group'
    ? `CASE WHEN audit_u${i} = 0 THEN COALESCE(${text}, ${quoteString(audit.missing_group, 'duckdb')}) END`
    : text
}

/**
 * PostgreSQL: true when the server writes a double as its exact shortest text, else an error saying
 * how to make it. PostgreSQL writes a double (a weight's Σw and Σw², a DOUBLE group's name) with
 * 15 significant digits plus `extra_float_digits`, and from version 12 as its shortest exact text
 * when the setting is 1 or more (the default); with 0, as servers before 12 had it by default, a
 * sum was written rounded, another double, and the counts' rates were not the rows' (the report
 * differed in the last digits, and a rate at a gate's bound could fall on its other side). Before
 * version 12, 2 or more writes 17 digits, which are exact. The query cannot set it (a setting
 * changed in a query holds for the session after it), so it stops: a cast of the message to a
 * boolean fails holding it, evaluated on each row of the result (`current_setting` is read when
 * the query runs, never folded into the plan).
 */
const POSTGRES_FLOAT_DIGITS =
  `CASE WHEN CAST(current_setting('extra_float_digits') AS INTEGER) >= CASE WHEN CAST(current_setting('server_version_num') AS INTEGER) >= 120000 THEN 1 ELSE 2 END THEN TRUE ` +
  `ELSE CAST(CONCAT('model-audit-gate: extra_float_digits is ', current_setting('extra_float_digits'), ', so PostgreSQL writes a double rounded to fewer digits than its value (the weights'' sums, a DOUBLE group''s name), and the counts would not be the rows''; run SET extra_float_digits = 1 (3 before PostgreSQL 12) in this session first') AS BOOLEAN) END`

/** The query producing an audit's counts table from `options.table`. */
export function countsQuery(audit: AuditConfig, options: SqlOptions): string {
  const { dialect } = options
  const q = (name: string): string => quoteIdent(name, dialect)
  // With control columns every set starts with them, and the control columns alone are a set (the levels' overall).
  const columns = sensitiveColumns(audit)
  const sets = groupingsOf(audit).map((g) => g.columns)
  // A score's prediction only when the score is finite (x − x is 0 only then): NaN and +∞ are
  // above every threshold in DuckDB and PostgreSQL, and were counted as positive predictions where
  // the rows refuse them (red team 14 R14-3); a NULL prediction makes the counts audit an error.
  const score = audit.score === undefined ? '' : asDouble(audit.score, dialect)
  const pred = audit.prediction
    ? binary(audit.prediction, audit.positive_label, dialect)
    : `CASE WHEN ${score} - ${score} = 0 AND ${score} >= ${doubleLiteral(audit.threshold, dialect)} THEN 1 WHEN ${score} - ${score} = 0 THEN 0 END`
  const bins = audit.bins ?? {}
  // pandas' NA spellings (and a NaN, whose text is one) are missing values, as the rows read them:
  // grouped as themselves, the counts audit refused the query's own result (red team 30 R30-7).
  const na = naList(dialect)
  const r = (c: string): string => ref(c, dialect)
  const present = (c: string, then: string): string =>
    `CASE WHEN ${columnText(c, dialect)} IN (${na}) THEN NULL ELSE ${then} END`
  // Each group column by a name of the query's (audit_g1, …), never the data's: see `ref`.
  const g = (c: string): string => `audit_g${columns.indexOf(c) + 1}`
  // Grouped by its value in every policy (a bin's label for a binned column), as the rows group it.
  const group = (c: string): string =>
    `${refuseNested(c, Object.hasOwn(bins, c) ? binCase(c, bins[c] as number[], dialect, audit.missing_group) : refuseJson(c, present(c, r(c)), dialect), dialect)} AS ${g(c)}`
  // A group's name in the result; with \`missing: group\`, a missing value's group is named after
  // grouping. Grouped by its text, a DOUBLE -0.0 was a group of its own ('-0.0'; one value, 0, to
  // the rows and to GROUP BY): 40 wrong rows stored as -0.0 left a gate (red team 31 R31-1). In
  // DuckDB the value is passed on as it is, with whether it is in the row's set (`audit_u`), and
  // named as the rows name it after (`groupNames`); elsewhere a FLOAT's text is its double's.
  const missingGroup = audit.missing === 'group'
  const named = (c: string, i: number): string =>
    dialect === 'duckdb'
      ? `${g(c)} AS audit_n${i + 1}${missingGroup ? `, GROUPING(${g(c)}) AS audit_u${i + 1}` : ''}`
      : missingGroup
        ? `CASE WHEN GROUPING(${g(c)}) = 0 THEN COALESCE(${floatText(g(c), dialect)}, ${quoteString(audit.missing_group, dialect)}) END AS audit_n${i + 1}`
        : `${g(c)} AS audit_n${i + 1}`
  // PostgreSQL and DuckDB: a text group column is grouped by its bytes too (audit_k1, …, NULL for
  // another type, whose value alone groups it: a DOUBLE -0 is 0), sorted by them (see `byteOrder`).
  const keyed = (c: string): boolean => (dialect === 'postgres' || dialect === 'duckdb') && !Object.hasOwn(bins, c)
  // (DuckDB's audit_k1, … are the digits of a group's double, `groupNames`.)
  const k = (c: string): string => `${dialect === 'duckdb' ? 'audit_b' : 'audit_k'}${columns.indexOf(c) + 1}`
  const isTextType = (c: string): string =>
    dialect === 'duckdb'
      ? `typeof(${r(c)}) = 'VARCHAR'`
      : `CAST(${pgType(r(c))} AS TEXT) IN (${POSTGRES_TEXT_TYPES.map((t) => quoteString(t, dialect)).join(', ')})`
  const textKey = (c: string): string =>
    `CASE WHEN ${isTextType(c)} THEN ${byteOrder(`CAST(${present(c, r(c))} AS ${TEXT_TYPE[dialect]})`, dialect)} END AS ${k(c)}`
  const keys = columns.filter(keyed)
  const setColumns = (set: readonly string[]): string[] => set.flatMap((c) => (keyed(c) ? [g(c), k(c)] : [g(c)]))
  // A row's group columns are NULL exactly when `present` makes them so, binned or not (see `binCase`).
  const keep = columns.map((c) => `${present(c, r(c))} IS NOT NULL`).join(' AND ')
  const drop = audit.missing === 'drop'
  const setName = sets.map((set) => {
    const test = columns.map((c) => `GROUPING(${g(c)}) = ${set.includes(c) ? 0 : 1}`).join(' AND ')
    return `      WHEN ${test} THEN ${quoteString(set.join(','), dialect)}`
  })
  const weighted = audit.weight !== undefined
  // The confusion cell of each count column, by its label and prediction.
  const cellTest: Record<(typeof COUNT_COLUMNS)[number], string> = {
    tp: 'audit_y = 1 AND audit_p = 1',
    fp: 'audit_y = 0 AND audit_p = 1',
    tn: 'audit_y = 0 AND audit_p = 0',
    fn: 'audit_y = 1 AND audit_p = 0',
  }
  const sums = (value: string, sum = 'SUM'): string[] =>
    COUNT_COLUMNS.map((cell) => `${sum}(CASE WHEN ${cellTest[cell]} THEN ${value} ELSE 0 END)`)
  // A sum of weights depends on the order it is added in, which is the warehouse's; DuckDB's
  // FSUM compensates, closer to the audit's correctly rounded sum than SUM but not it: 1 or 2 ulps
  // off in some 10 % of small cells (F6, SECURITY.md "Weighted sums",
  // `sql-fsum-bound-duckdb.test.ts`). The other dialects have no such sum.
  const weightSum = dialect === 'duckdb' ? 'FSUM' : 'SUM'
  // The columns after the groups, as audit_counts writes them.
  const outputs = [
    ...COUNT_COLUMNS,
    ...(weighted ? [...WEIGHT_COLUMNS, ...SQUARE_COLUMNS, BAD_WEIGHT_COLUMN] : []),
    LABEL_VALUES_COLUMN,
    ...(audit.prediction ? [PREDICTION_VALUES_COLUMN] : []),
    ROWS_COLUMN,
  ]
  // Each row's sums, counts of bad weights and distinct values, by output column, after the groups.
  const aggregates: [string, string][] = [
    ...sums('1').map((v, k): [string, string] => [v, COUNT_COLUMNS[k] as string]),
    ...(weighted
      ? [
          ...sums('audit_w', weightSum).map((v, k): [string, string] => [v, WEIGHT_COLUMNS[k] as string]),
          ...sums('audit_w * audit_w', weightSum).map((v, k): [string, string] => [v, SQUARE_COLUMNS[k] as string]),
          // NULL, negative, NaN, infinite (x − x is 0 only for a finite x) or outside the rows' bounds (0, or
          // 1e-12 to 1e12: `data/checks.ts`): the audit refuses the group. A weight of 1e-13 passed here
          // where the rows refuse it (red team 31 R31-3).
          [
            `SUM(CASE WHEN audit_w - audit_w = 0 AND (audit_w = 0 OR (audit_w >= ${doubleLiteral(MIN_WEIGHT, dialect)} AND audit_w <= ${doubleLiteral(MAX_WEIGHT, dialect)})) THEN 0 ELSE 1 END)`,
            BAD_WEIGHT_COLUMN,
          ] as [string, string],
        ]
      : []),
    ['COUNT(DISTINCT audit_yk)', LABEL_VALUES_COLUMN],
    ...(audit.prediction ? [['COUNT(DISTINCT audit_pk)', PREDICTION_VALUES_COLUMN] as [string, string]] : []),
  ]
  // missing: drop: the dropped rows' own counts, weights and bad weights (0 when there are none), as the
  // rows read every row before the missing-value policy drops it: a weight of -5 or a third label
  // value on a dropped row stops the rows (exit 2), and the query's constant 0s let the counts audit
  // pass (red team 32 R32-14). Its distinct labels and predictions are the whole table's, kept and
  // dropped rows together, as the rows count them (a third value only on dropped rows is one too).
  const droppedAggregates = aggregates.map(([value, name]) =>
    name === LABEL_VALUES_COLUMN || name === PREDICTION_VALUES_COLUMN
      ? `(SELECT ${value} FROM audit_rows)`
      : `COALESCE(${value}, 0)`,
  )
  const lines = [
    // A comment only: the name shown as the log shows it (no line break, no workflow command).
    `-- model-audit-gate: per-group confusion counts for audit ${escapeLog(visibleValue(audit.name))} (${dialect}).`,
    `-- Save the result as CSV or Parquet and audit it with \`format: counts\`.`,
    `WITH audit_rows AS (`,
    `  SELECT`,
    `    ${binary(audit.label, audit.positive_label, dialect)} AS audit_y,`,
    `    ${binaryKey(audit.label, dialect)} AS audit_yk,`,
    `    ${pred} AS audit_p,`,
    ...(audit.prediction ? [`    ${binaryKey(audit.prediction, dialect)} AS audit_pk,`] : []),
    ...(weighted ? [`    ${asDouble(audit.weight as string, dialect)} AS audit_w,`] : []),
    ...(drop ? [`    ${keep} AS audit_keep,`] : []),
    `    ${[...columns.map(group), ...keys.map(textKey)].join(',\n    ')}`,
    `  FROM (SELECT * FROM ${options.table}) AS ${SOURCE}`,
    `),`,
    `audit_counts AS (`,
    `  SELECT`,
    `    CASE`,
    ...setName,
    `      ELSE ''`,
    `    END AS ${GROUPING_COLUMN},`,
    `    ${[...columns.map(named), ...keys.map(k)].join(',\n    ')},`,
    ...aggregates.map(([value, name]) => `    ${value} AS ${name},`),
    `    COUNT(*) AS ${ROWS_COLUMN}`,
    `  FROM audit_rows`,
    ...(drop ? [`  WHERE audit_keep`] : []),
    `  GROUP BY GROUPING SETS (${[...sets.map((s) => `(${setColumns(s).join(', ')})`), '()'].join(', ')})`,
    ...(drop
      ? [
          `  UNION ALL`,
          `  -- missing: drop: the rows left out for a NULL sensitive value, counted for the report and checked as the rows check them.`,
          `  SELECT ${[quoteString(DROPPED_SET, dialect), ...columns.map(() => 'NULL'), ...keys.map(() => 'NULL'), ...droppedAggregates, 'COUNT(*)'].join(', ')} FROM audit_rows WHERE NOT audit_keep`,
        ]
      : []),
    `)${dialect === 'duckdb' ? ',' : ''}`,
    ...(dialect === 'duckdb' ? groupNames(columns.length) : []),
    // The data's names only here, for the result's columns (none is one of the query's: `reservedNames`).
    `SELECT ${[GROUPING_COLUMN, ...columns.map((c, i) => `${dialect === 'duckdb' ? byteOrder(duckdbName(i + 1, audit), dialect) : `audit_n${i + 1}`} AS ${q(c)}`), ...outputs].join(', ')}`,
    `FROM ${dialect === 'duckdb' ? 'audit_digits' : 'audit_counts'}`,
    ...(dialect === 'postgres' ? [`WHERE ${POSTGRES_FLOAT_DIGITS}`] : []),
    `ORDER BY ${
      dialect === 'postgres'
        ? [
            byteOrder(`audit_counts.${GROUPING_COLUMN}`, dialect),
            ...columns.flatMap((c, i) => [...(keyed(c) ? [`audit_counts.${k(c)}`] : []), String(i + 2)]),
          ].join(', ')
        : [
            dialect === 'duckdb' ? byteOrder(GROUPING_COLUMN, dialect) : '1',
            ...columns.map((_, i) => String(i + 2)),
          ].join(', ')
    }`,
  ]
  return `${lines.join('\n')}\n`
}
