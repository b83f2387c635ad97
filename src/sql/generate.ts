/**
 * The warehouse half of `format: counts`: the SQL that turns a table of predictions into
 * the per-group confusion counts an audit needs, so DuckDB, PostgreSQL, Spark or BigQuery
 * does the pass over the rows and the action only reads a few hundred counts.
 *
 * One query, `GROUP BY GROUPING SETS`: one set per sensitive attribute and intersection of
 * the audit (with `control`, each prefixed by the control columns, plus the control columns
 * alone), plus the empty set for the overall row. A `grouping_set` column names each
 * row's set (see `data/counts.ts` for the format), and `n_rows` (COUNT(*)) lets the audit
 * notice rows whose label or prediction is NULL. The missing-value policy is applied in
 * the query: `group` names NULLs, `drop` leaves those rows out and counts them in a
 * `(dropped)` row, `error` passes the NULLs on for the audit to report. A binned column
 * (`bins`) is its bins' labels (`binCase`), the groups the row path makes.
 */
import { escapeLog, visibleValue } from '../config/log-escape.js'
import type { AuditConfig } from '../config/types.js'
import { binLabels } from '../data/bins.js'
import { groupingsOf, sensitiveColumns } from '../data/checks.js'
import {
  BAD_WEIGHT_COLUMN,
  COUNT_COLUMNS,
  DROPPED_SET,
  GROUPING_COLUMN,
  ROWS_COLUMN,
  SQUARE_COLUMNS,
  WEIGHT_COLUMNS,
} from '../data/counts.js'

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

function literal(v: string | number | boolean, dialect: Dialect): string {
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  return quoteString(v, dialect)
}

/** 1 when the column holds the positive label, 0 for any other value, NULL when NULL. */
function binary(column: string, positive: string | number | boolean, dialect: Dialect): string {
  const c = quoteIdent(column, dialect)
  return `CASE WHEN ${c} = ${literal(positive, dialect)} THEN 1 WHEN ${c} IS NOT NULL THEN 0 END`
}

/**
 * A binned column (`bins`) as its bins' labels, the labels `data/bins.ts` gives the row
 * path: `CASE WHEN c < 25 THEN '< 25' WHEN c < 45 THEN '[25, 45)' … WHEN c >= 65 THEN '>= 65'
 * END`. No `ELSE`: a NULL compares to nothing and stays NULL, for the missing-value policy
 * to handle as the row path does. (A floating-point NaN, which the row path reads as missing,
 * sorts above every number in DuckDB and PostgreSQL and lands in the last bin: store NULL.)
 */
export function binCase(column: string, edges: readonly number[], dialect: Dialect): string {
  const c = quoteIdent(column, dialect)
  const labels = binLabels(edges)
  const whens = edges.map((e, i) => `WHEN ${c} < ${String(e)} THEN ${quoteString(labels[i] as string, dialect)}`)
  const last = edges[edges.length - 1] as number
  whens.push(`WHEN ${c} >= ${String(last)} THEN ${quoteString(labels[labels.length - 1] as string, dialect)}`)
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
  const score = audit.score === undefined ? '' : q(audit.score)
  const pred = audit.prediction
    ? binary(audit.prediction, audit.positive_label, dialect)
    : `CASE WHEN ${score} - ${score} = 0 AND ${score} >= ${audit.threshold} THEN 1 WHEN ${score} - ${score} = 0 THEN 0 END`
  const bins = audit.bins ?? {}
  const value = (c: string): string =>
    Object.hasOwn(bins, c) ? binCase(c, bins[c] as number[], dialect) : `CAST(${q(c)} AS ${TEXT_TYPE[dialect]})`
  const group = (c: string): string =>
    audit.missing === 'group'
      ? `COALESCE(${value(c)}, ${quoteString(audit.missing_group, dialect)}) AS ${q(c)}`
      : Object.hasOwn(bins, c)
        ? `${value(c)} AS ${q(c)}`
        : q(c)
  const keep = columns.map((c) => `${q(c)} IS NOT NULL`).join(' AND ')
  const drop = audit.missing === 'drop'
  const setName = sets.map((set) => {
    const test = columns.map((c) => `GROUPING(${q(c)}) = ${set.includes(c) ? 0 : 1}`).join(' AND ')
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
  const sums = (value: string, names: readonly string[]): string[] =>
    COUNT_COLUMNS.map((cell, k) => `    SUM(CASE WHEN ${cellTest[cell]} THEN ${value} ELSE 0 END) AS ${names[k]},`)
  const lines = [
    // A comment only: the name shown as the log shows it (no line break, no workflow command).
    `-- model-audit-gate: per-group confusion counts for audit ${escapeLog(visibleValue(audit.name))} (${dialect}).`,
    `-- Save the result as CSV or Parquet and audit it with \`format: counts\`.`,
    `WITH audit_rows AS (`,
    `  SELECT`,
    `    ${binary(audit.label, audit.positive_label, dialect)} AS audit_y,`,
    `    ${pred} AS audit_p,`,
    ...(weighted ? [`    CAST(${q(audit.weight as string)} AS ${FLOAT_TYPE[dialect]}) AS audit_w,`] : []),
    ...(drop ? [`    ${keep} AS audit_keep,`] : []),
    `    ${columns.map(group).join(',\n    ')}`,
    `  FROM ${options.table}`,
    `),`,
    `audit_counts AS (`,
    `  SELECT`,
    `    CASE`,
    ...setName,
    `      ELSE ''`,
    `    END AS ${GROUPING_COLUMN},`,
    `    ${columns.map(q).join(', ')},`,
    ...sums('1', COUNT_COLUMNS),
    ...(weighted
      ? [
          ...sums('audit_w', WEIGHT_COLUMNS),
          ...sums('audit_w * audit_w', SQUARE_COLUMNS),
          // NULL, negative, NaN or infinite (x − x is 0 only for a finite x): the audit refuses the group.
          `    SUM(CASE WHEN audit_w >= 0 AND audit_w - audit_w = 0 THEN 0 ELSE 1 END) AS ${BAD_WEIGHT_COLUMN},`,
        ]
      : []),
    `    COUNT(*) AS ${ROWS_COLUMN}`,
    `  FROM audit_rows`,
    ...(drop ? [`  WHERE audit_keep`] : []),
    `  GROUP BY GROUPING SETS (${[...sets.map((s) => `(${s.map(q).join(', ')})`), '()'].join(', ')})`,
    ...(drop
      ? [
          `  UNION ALL`,
          `  -- missing: drop: the rows left out for a NULL sensitive value, counted for the report.`,
          `  SELECT ${quoteString(DROPPED_SET, dialect)}, ${columns.map(() => 'NULL').join(', ')}, 0, 0, 0, 0, ${weighted ? '0, 0, 0, 0, 0, 0, 0, 0, 0, ' : ''}COUNT(*) FROM audit_rows WHERE NOT audit_keep`,
        ]
      : []),
    `)`,
    `SELECT * FROM audit_counts`,
    `ORDER BY ${GROUPING_COLUMN}, ${columns.map(q).join(', ')}`,
  ]
  return `${lines.join('\n')}\n`
}
