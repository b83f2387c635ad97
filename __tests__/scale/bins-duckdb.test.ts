/**
 * Binned attributes on the warehouse path: the query `countsQuery` prints writes each binned
 * column as a `CASE` of its bins' labels, and in a real DuckDB its counts give the report of
 * the rows (golden v2 `bins.csv`, and values on every edge, negative and decimal edges, with
 * each missing-value policy). The other dialects' `CASE` is checked as text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binCase, countsQuery, DIALECTS } from '../../src/sql/generate.js'
import { comparableBinned, duckDbFixture, parsedAudit } from '../support/duckdb.js'
import { GOLDEN_V2 } from '../support/golden-v2.js'

const BINS_CSV = readFileSync(join(GOLDEN_V2, 'bins.csv'), 'utf8')

/** JavaScript's spaces as the query writes them in RE2 (`normaliseLabel`'s number pattern). */
const RE2_SPACES = String.raw`[\x{9}-\x{D}\x{20}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]*`
/**
 * A DuckDB column as the query's double: a VARCHAR, BOOLEAN or JSON column's text (a JSON scalar's)
 * when it is a number as the rows read one, else NULL (red team 32 R32-12, red team 34), a DECIMAL
 * or HUGEINT through its text (red team 34 R34-6), another column cast.
 */
const duckText = (quoted: string): string =>
  `((CASE WHEN typeof(audit_source.${quoted}) = 'JSON' THEN json_extract_string(CAST(audit_source.${quoted} AS VARCHAR), '$') ELSE CAST(audit_source.${quoted} AS VARCHAR) END) COLLATE "binary")`
const duckDouble = (quoted: string): string =>
  `(CASE WHEN typeof(audit_source.${quoted}) IN ('VARCHAR', 'BOOLEAN', 'JSON') THEN TRY_CAST(regexp_extract(${duckText(quoted)}, '^(?:${RE2_SPACES}([+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?)${RE2_SPACES})$', 1) AS DOUBLE) ELSE (CASE WHEN typeof(audit_source.${quoted}) LIKE 'DECIMAL%' OR typeof(audit_source.${quoted}) IN ('HUGEINT', 'UHUGEINT') THEN CAST(CAST(audit_source.${quoted} AS VARCHAR) AS DOUBLE) ELSE CAST(audit_source.${quoted} AS DOUBLE) END) END)`
/** DuckDB's bins of a present value that is no number (`asDouble`'s NULL): no bin's label (red team 34). */
const notNumber = (quoted: string, missingGroup: string): string =>
  `WHEN ${duckText(quoted)} IS NULL THEN NULL WHEN ${duckDouble(quoted)} IS NULL THEN '${missingGroup} (not a number)' `
/** JavaScript's spaces as the query writes them for PostgreSQL and Java (Spark). */
const JAVA_SPACES = String.raw`[\u0009-\u000D\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]*`
/** The rows' number pattern, its one group the number without its spaces. */
const NUMBER = String.raw`([+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?)`
/** A pattern in a Spark or BigQuery string literal: its backslashes doubled. */
const escaped = (pattern: string): string => pattern.replace(/\\/g, '\\\\')
/**
 * A Spark column as the query's double: a STRING or BOOLEAN column's text when it is a number as the
 * rows read one, else NULL; a DECIMAL through its text (red team 34 R34-6); another column cast.
 */
const sparkDouble = (quoted: string): string =>
  `(CASE WHEN typeof(audit_source.${quoted}) IN ('string', 'boolean') THEN CAST(NULLIF(regexp_extract(CAST(audit_source.${quoted} AS STRING), '${escaped(`^(?:${JAVA_SPACES}${NUMBER}${JAVA_SPACES})\\z`)}', 1), '') AS DOUBLE) ELSE (CASE WHEN typeof(audit_source.${quoted}) LIKE 'decimal%' THEN CAST(CAST(audit_source.${quoted} AS STRING) AS DOUBLE) ELSE CAST(audit_source.${quoted} AS DOUBLE) END) END)`
/** A PostgreSQL column as the query's double: a text column's text when it is a number as the rows read one, else NULL; another column cast. */
const pgDouble = (quoted: string): string =>
  `(CASE WHEN CAST(pg_typeof(COALESCE(audit_source.${quoted}, NULL)) AS TEXT) IN ('text', 'character varying', 'character', 'name', 'citext') THEN CAST(substring((CAST(audit_source.${quoted} AS TEXT) COLLATE "C") from '^(?:${JAVA_SPACES}${NUMBER}${JAVA_SPACES})$') AS DOUBLE PRECISION) ELSE CAST(audit_source.${quoted} AS DOUBLE PRECISION) END)`
/**
 * A BigQuery column as the query's double: a STRING column's text (`FORMAT('%T')` quotes it) when it
 * is a number as the rows read one, else NULL; a NUMERIC or BIGNUMERIC through its text; another
 * column cast.
 */
const bigqueryDouble = (quoted: string): string =>
  `(CASE WHEN SUBSTR(FORMAT('%T', audit_source.${quoted}), 1, 1) IN ('"', '\\'') THEN CAST(REGEXP_EXTRACT(CAST(audit_source.${quoted} AS STRING), '${escaped(`^(?:${RE2_SPACES}${NUMBER}${RE2_SPACES})$`)}') AS FLOAT64) ELSE (CASE WHEN REGEXP_CONTAINS(FORMAT('%T', audit_source.${quoted}), '^(?:BIG)?NUMERIC ') THEN CAST(CAST(audit_source.${quoted} AS STRING) AS FLOAT64) ELSE CAST(audit_source.${quoted} AS FLOAT64) END) END)`
/** A column as the query's double, per dialect. */
const doubleOf = (dialect: string, quoted: string): string =>
  dialect === 'duckdb'
    ? duckDouble(quoted)
    : dialect === 'spark'
      ? sparkDouble(quoted)
      : dialect === 'postgres'
        ? pgDouble(quoted)
        : bigqueryDouble(quoted)
const AGE = duckDouble('"age"')

const duck = duckDbFixture({ perTest: true })

function goldenEntry(data: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'bins',
    data,
    label: 'outcome',
    prediction: 'decision',
    positive_label: 1,
    bins: { age: [25, 45, 65] },
    sensitive: ['age', 'sex'],
    intersections: [['age', 'sex']],
    zero_division: 'fairlearn',
    metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate', 'precision', 'f1'],
    gates: [
      { metric: 'demographic_parity_difference', max: 0.1 },
      { metric: 'equalized_odds_ratio', min: 0.5, attribute: ['age', 'sex'] },
    ],
    ...extra,
  }
}

async function viaDuckDb(entry: (data: string, extra?: Record<string, unknown>) => Record<string, unknown>) {
  const rows = await duck.report(entry('rows.csv'))
  const sql = countsQuery(parsedAudit(entry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
  const csv = await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
  const counts = await duck.report(entry('counts.csv', { format: 'counts' }))
  return { rows, counts, sql, csv }
}

describe('binned columns through DuckDB = rows', () => {
  it('golden v2 bins.csv: the same report, bins in bin order', async () => {
    duck.ws.write('rows.csv', BINS_CSV)
    const { rows, counts, sql, csv } = await viaDuckDb(goldenEntry)
    expect(sql).toContain(
      `THEN NULL ${notNumber('"age"', '(missing)')}WHEN NOT (${AGE} - ${AGE} = 0) THEN '(missing) (infinite)' WHEN ${AGE} < CAST('25' AS DOUBLE) THEN '< 25' WHEN ${AGE} < CAST('45' AS DOUBLE) THEN '[25, 45)' WHEN ${AGE} < CAST('65' AS DOUBLE) THEN '[45, 65)' WHEN ${AGE} >= CAST('65' AS DOUBLE) THEN '>= 65' END END AS audit_g1`,
    )
    expect(csv).toContain('age,"[25, 45)",,')
    expect(comparableBinned(counts)).toEqual(comparableBinned(rows))
    expect(counts.groups.filter((g) => g.attribute === 'age').map((g) => g.key)).toEqual([
      '< 25',
      '[25, 45)',
      '[45, 65)',
      '>= 65',
    ])
    expect(rows.binning?.age?.bins.map((b) => b.rows)).toEqual([296, 1238, 1187, 279])
    expect(counts.binning?.age?.bins.every((b) => b.min === null && b.max === null)).toBe(true)
  })

  it.each(['group', 'drop'])(
    'values on every edge, negative and decimal edges, NULLs with missing: %s',
    async (missing) => {
      const values = ['-5', '-5.000001', '0.5', '0.49', '30', '29.999', '1e3', '-100', '', '0']
      const lines = Array.from({ length: 400 }, (_, i) => {
        const age = values[i % values.length] as string
        const sex = i % 3 === 0 ? 'f' : 'm'
        return `${i % 2},${(i >> 1) % 2},${age},${sex}`
      })
      duck.ws.write('rows.csv', `outcome,decision,age,sex\n${lines.join('\n')}\n`)
      const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
        goldenEntry(data, { bins: { age: [-5, 0.5, 30] }, missing, ...extra })
      const { rows, counts } = await viaDuckDb(entry)
      expect(comparableBinned(counts)).toEqual(comparableBinned(rows))
      expect(rows.binning?.age?.bins.map((b) => [b.label, b.rows])).toEqual([
        ['< -5', 80],
        ['[-5, 0.5)', 120],
        ['[0.5, 30)', 80],
        ['>= 30', 80],
      ])
      if (missing === 'group') expect(rows.groups.find((g) => g.key === '(missing)')?.count).toBe(40)
      else expect(rows.dropped_rows).toBe(40)
    },
  )

  it('missing: error: NULLs in a binned column are reported from the counts as from the rows', async () => {
    duck.ws.write('rows.csv', 'outcome,decision,age,sex\n1,1,20,f\n0,0,,m\n1,0,50,f\n0,1,70,m\n')
    const rows = await duck.ws.problems({ audits: [goldenEntry('rows.csv', { gates: [] })] })
    expect(rows.join('\n')).toMatch(/sensitive column 'age' is empty or NA in 1 row/)
    const sql = countsQuery(parsedAudit(goldenEntry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const counts = await duck.ws.problems({ audits: [goldenEntry('counts.csv', { format: 'counts', gates: [] })] })
    expect(counts.join('\n')).toMatch(/'age'/)
  })
})

describe('the CASE in every dialect', () => {
  it.each(DIALECTS)('%s', (dialect) => {
    const q = dialect === 'duckdb' || dialect === 'postgres' ? '"' : '`'
    // The column and the edges as doubles: an edge's shortest text cast, which every dialect reads correctly rounded.
    const double = { duckdb: 'DOUBLE', postgres: 'DOUBLE PRECISION', spark: 'DOUBLE', bigquery: 'FLOAT64' }[dialect]
    const c = doubleOf(dialect, `${q}it's${q}`)
    const e = (text: string) => `CAST('${text}' AS ${double})`
    const text = { duckdb: 'VARCHAR', postgres: 'TEXT', spark: 'STRING', bigquery: 'STRING' }[dialect]
    // NA spellings and a NaN are NULL first, an infinity a value no bin has (red team 31 R31-2).
    const b = binCase("it's", [-2.5, 1e21], dialect, 'n/a')
    expect(b).toMatch(
      new RegExp(
        `^CASE WHEN ${dialect === 'duckdb' ? `\\(\\(CASE WHEN typeof\\(audit_source."it's"\\) = 'JSON' THEN json_extract_string\\(CAST\\(audit_source."it's" AS VARCHAR\\), '\\$'\\) ELSE CAST\\(audit_source."it's" AS VARCHAR\\) END\\) COLLATE "binary"\\)` : dialect === 'postgres' ? `\\(CAST\\(audit_source."it's" AS TEXT\\) COLLATE "C"\\)` : `CAST\\(audit_source.${q}it's${q} AS ${text}\\)`} IN \\('', '#N/A', .*'nan', 'null'\\) THEN NULL WHEN .* IS NULL THEN NULL WHEN .* IS NULL THEN 'n/a \\(not a number\\)' WHEN NOT `,
      ),
    )
    expect(b.slice(b.indexOf('WHEN NOT'))).toBe(
      `WHEN NOT (${c} - ${c} = 0) THEN 'n/a (infinite)' WHEN ${c} < ${e('-2.5')} THEN '< -2.5' WHEN ${c} < ${e('1e+21')} THEN '[-2.5, 1e21)' WHEN ${c} >= ${e('1e+21')} THEN '>= 1e21' END`,
    )
    const sql = countsQuery(parsedAudit(goldenEntry('rows.csv', { missing: 'group' })), { dialect, table: 't' })
    expect(sql).toContain(`'(missing) (infinite)' WHEN ${doubleOf(dialect, `${q}age${q}`)} < ${e('25')} THEN '< 25'`)
    // In DuckDB inside the refusal of a nested column (R34-5).
    expect(sql).toContain(`'>= 65' END${dialect === 'duckdb' ? ' END' : ''} AS audit_g1`)
    // A bin's label is text: named as it is (in DuckDB through the names' CTEs, F2).
    expect(sql).toContain(
      {
        duckdb: `CASE WHEN audit_u1 = 0 THEN COALESCE(CASE WHEN audit_d1 IS NULL THEN`,
        postgres: `ELSE CAST(audit_g1 AS TEXT) END), '(missing)')`,
        spark: `ELSE CAST(audit_g1 AS STRING) END), '(missing)')`,
        bigquery: `COALESCE(CAST(audit_g1 AS STRING), '(missing)')`,
      }[dialect],
    )
  })
})
