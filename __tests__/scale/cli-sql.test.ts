/** `model-audit-gate sql` and the pass's progress reports. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { runCli } from '../../src/cli/run.js'
import type { PassProgress } from '../../src/data/extract.js'
import { formatProgress } from '../../src/data/progress.js'
import { captureIO as io } from '../support/cli-io.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const CONFIG = `audits:
  - name: credit
    data: preds.csv
    label: outcome
    prediction: decision
    positive_label: approved
    sensitive: [sex, race]
    intersections: [[sex, race]]
  - name: scored
    data: preds.csv
    label: y
    score: risk
    threshold: 0.3
    sensitive: [region]
    missing: group
    missing_group: "n/a"
`

describe('model-audit-gate sql', () => {
  it('prints the GROUPING SETS query of the chosen audit', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    const t = io(ws.dir)
    expect(await runCli(['sql', '--audit', 'credit', '--table', 'ml.preds'], t)).toBe(0)
    expect(t.err).toBe('')
    // The label as the rows read it: the positive label's text 1, plain text and numbers 0, NULL and NA spellings NULL.
    // A FLOAT (float32) column's text is its value's double's, as the rows read it (red team 30 R30-6).
    // A JSON column's text is its scalar's, a string without its quotes (red team 32 R32-12).
    // Compared by its bytes (COLLATE "binary"), whatever the collation (red team 36 R36-6).
    const y = `((CASE WHEN typeof(audit_source."outcome") = 'FLOAT' THEN CAST(CAST(CAST(CAST(audit_source."outcome" AS VARCHAR) AS FLOAT) AS DOUBLE) AS VARCHAR) WHEN typeof(audit_source."outcome") = 'JSON' THEN json_extract_string(CAST(audit_source."outcome" AS VARCHAR), '$') ELSE CAST(audit_source."outcome" AS VARCHAR) END) COLLATE "binary")`
    // A text positive label and a DuckDB BOOLEAN column, which keeps no spelling: the query stops (red team 32 R32-4).
    expect(t.out).toContain(
      `    CASE WHEN typeof(audit_source."outcome") = 'BOOLEAN' THEN error('model-audit-gate: column "outcome" is DuckDB''s BOOLEAN type`,
    )
    expect(t.out).toContain(
      `ELSE CASE WHEN ${y} = 'approved' THEN 1 WHEN ${y} = '0' THEN 0 WHEN ${y} IS NULL THEN NULL WHEN NOT (regexp_full_match(${y}, '|#N/A|`,
    )
    expect(t.out).toContain(`'NaN', 'None', 'n/a', 'nan', 'null') THEN NULL ELSE 0 END END AS audit_y`)
    expect(t.out).toContain('FROM (SELECT * FROM ml.preds) AS audit_source')
    // Group columns by the query's names, the data's columns by the table's (red team 31 R31-4).
    // A text group column by its bytes too (audit_b1, …: COLLATE "binary", red team 36 R36-6).
    expect(t.out).toContain(
      'GROUP BY GROUPING SETS ((audit_g1, audit_b1), (audit_g2, audit_b2), (audit_g1, audit_b1, audit_g2, audit_b2), ())',
    )
    expect(t.out).toContain(`WHEN GROUPING(audit_g1) = 0 AND GROUPING(audit_g2) = 0 THEN 'sex,race'`)
    // Each group's name as the rows write its value (a FLOAT or DOUBLE as JavaScript does, F2).
    expect(t.out).toMatch(
      /\nSELECT grouping_set, \(CASE WHEN audit_d1 IS NULL THEN .* END COLLATE "binary"\) AS "sex", \(CASE WHEN audit_d2 IS NULL THEN .* END COLLATE "binary"\) AS "race", tp, fp, tn, fn,/,
    )
    expect(t.out).toContain('FROM audit_digits\n')
  })

  it.each([
    [
      'spark',
      '`region`',
      "WHEN GROUPING(audit_g1) = 0 THEN COALESCE((CASE WHEN typeof(audit_g1) = 'float' THEN CAST(CAST(CAST(CAST(audit_g1 AS STRING) AS FLOAT) AS DOUBLE) AS STRING) ELSE CAST(audit_g1 AS STRING) END), 'n/a') END AS audit_n1",
      'DOUBLE',
      "WHEN (CASE WHEN typeof(audit_source.`y`) = 'float' THEN CAST(CAST(CAST(CAST(audit_source.`y` AS STRING) AS FLOAT) AS DOUBLE) AS STRING) ELSE CAST(audit_source.`y` AS STRING) END) IS NULL",
    ],
    [
      'bigquery',
      '`region`',
      "WHEN GROUPING(audit_g1) = 0 THEN COALESCE(CAST(audit_g1 AS STRING), 'n/a') END AS audit_n1",
      'FLOAT64',
      'WHEN CAST(audit_source.`y` AS STRING) IS NULL',
    ],
    [
      'postgres',
      '"region"',
      `WHEN GROUPING(audit_g1) = 0 THEN COALESCE((CASE WHEN pg_typeof(COALESCE(audit_g1, NULL)) = CAST('real' AS REGTYPE) THEN CAST(CAST(CAST(CAST(audit_g1 AS TEXT) AS REAL) AS DOUBLE PRECISION) AS TEXT) ELSE CAST(audit_g1 AS TEXT) END), 'n/a') END AS audit_n1`,
      'DOUBLE PRECISION',
      // Compared by its bytes (COLLATE "C"), whatever the column's collation.
      `WHEN ((CASE WHEN pg_typeof(COALESCE(audit_source."y", NULL)) = CAST('real' AS REGTYPE) THEN CAST(CAST(CAST(CAST(audit_source."y" AS TEXT) AS REAL) AS DOUBLE PRECISION) AS TEXT) ELSE CAST(audit_source."y" AS TEXT) END) COLLATE "C") IS NULL`,
    ],
  ])('%s: quoting, a score threshold and missing: group', async (dialect, ident, coalesce, double, label) => {
    ws.write('.github/model-audit.yml', CONFIG)
    const t = io(ws.dir)
    expect(await runCli(['sql', '-a', 'scored', '--dialect', dialect], t)).toBe(0)
    expect(t.out).toContain(`GROUPING(audit_g1) = 0`)
    expect(t.out).toContain(coalesce)
    // The score a double, and the threshold cast from its shortest text (red team 29 R29-1, R29-3).
    const risk = `audit_source.${ident.replace('region', 'risk')}`
    // Spark: a DECIMAL through its text, read correctly rounded (red team 34 R34-6).
    // BigQuery: a NUMERIC or BIGNUMERIC through its text too.
    const plain =
      dialect === 'spark'
        ? `(CASE WHEN typeof(${risk}) LIKE 'decimal%' THEN CAST(CAST(${risk} AS STRING) AS DOUBLE) ELSE CAST(${risk} AS DOUBLE) END)`
        : dialect === 'bigquery'
          ? `(CASE WHEN REGEXP_CONTAINS(FORMAT('%T', ${risk}), '^(?:BIG)?NUMERIC ') THEN CAST(CAST(${risk} AS STRING) AS FLOAT64) ELSE CAST(${risk} AS FLOAT64) END)`
          : `CAST(${risk} AS ${double})`
    // A text column by its text, a number of the rows' pattern or NULL (PostgreSQL's cast read `0x10`).
    const text = {
      spark: `typeof(${risk}) IN ('string', 'boolean')`,
      bigquery: `SUBSTR(FORMAT('%T', ${risk}), 1, 1) IN ('"', '\\'')`,
      postgres: `CAST(pg_typeof(COALESCE(${risk}, NULL)) AS TEXT) IN ('text', 'character varying', 'character', 'name', 'citext')`,
    }[dialect as 'spark' | 'bigquery' | 'postgres']
    const re = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const read = new RegExp(
      `${re(`(CASE WHEN ${text} THEN CAST(`)}(?:NULLIF\\()?(?:substring|regexp_extract|REGEXP_EXTRACT)\\([^\\n]*? AS ${re(double)}\\) ELSE ${re(plain)} END\\)`,
    ).exec(t.out)
    expect(read).not.toBeNull()
    const s = read?.[0] as string
    expect(t.out).toContain(
      `CASE WHEN ${s} - ${s} = 0 AND ${s} >= CAST('0.3' AS ${double}) THEN 1 WHEN ${s} - ${s} = 0 THEN 0 END`,
    )
    // The label's text: a 32-bit float's as its double's (red team 30 R30-6; BigQuery has no such type).
    expect(t.out).toContain(label)
  })

  it('prints the query exactly, or refuses a name the log escape would change (red team A74: "p::text" was printed "p: :text")', async () => {
    const hostile = (prediction: string, positive: string, sensitive: string): string => `audits:
  - name: "m */ ::error::x \u2028 ##[warning]y"
    data: d.csv
    label: "y\\"; DROP TABLE t; --"
    prediction: "${prediction}"
    positive_label: "${positive}"
    sensitive: ["${sensitive}"]
`
    ws.write('a.yml', hostile('p::text', "##[yes' OR 1=1 --", 'a\\u0001b'))
    for (const dialect of ['duckdb', 'postgres', 'spark', 'bigquery']) {
      const t = io(ws.dir)
      expect(await runCli(['sql', '-c', 'a.yml', '-d', dialect], t)).toBe(2)
      expect(t.out).toBe('')
      expect(t.err).toContain(
        "model-audit-gate sql: prediction 'p: :text' (as the log shows it) holds a workflow-command prefix",
      )
      expect(t.err).toContain("model-audit-gate sql: positive_label '# #[yes' OR 1=1 --'")
      expect(t.err).toContain("model-audit-gate sql: sensitive 'a<U+0001>b'")
    }
    // Quotes and comment markers are SQL's to quote: printed exactly; the audit name is only a comment, shown inert.
    ws.write('b.yml', hostile('p', "yes' OR 1=1 --", 's`; DROP TABLE u; --'))
    const t = io(ws.dir)
    expect(await runCli(['sql', '-c', 'b.yml', '-d', 'spark'], t)).toBe(0)
    const y = 'CAST(audit_source.`y"; DROP TABLE t; --` AS STRING)'
    expect(t.out).toContain(
      `CASE WHEN (CASE WHEN typeof(audit_source.\`y"; DROP TABLE t; --\`) = 'float' THEN CAST(CAST(CAST(${y} AS FLOAT) AS DOUBLE) AS STRING) ELSE ${y} END) = 'yes\\' OR 1=1 --' THEN 1`,
    )
    expect(t.out).toContain('`s``; DROP TABLE u; --`')
    expect(t.out.split('\n')[0]).toBe(
      '-- model-audit-gate: per-group confusion counts for audit m */ : :error: :x <U+2028> # #[warning]y (spark).',
    )
  })

  it('says what is wrong: no --audit among several, an unknown audit or dialect', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    const cases: [string[], RegExp][] = [
      [['sql'], /the config has 2 audits; choose one with --audit \(credit, scored\)/],
      [['sql', '-a', 'credt'], /no audit named 'credt'.*credit/],
      [['sql', '-a', 'credit', '-d', 'duckbd'], /unknown dialect 'duckbd'.*duckdb/],
    ]
    for (const [argv, message] of cases) {
      const t = io(ws.dir)
      expect(await runCli(argv, t)).toBe(2)
      expect(t.err).toMatch(message)
      expect(t.out).toBe('')
    }
  })

  it.each([
    // A problem of the schema in one audit's key: the loader still gives the config, the audit refuses it (red team 34 R34-8).
    [
      'a reference group as a mapping',
      CONFIG.replace('    missing: group\n', '    reference: {region: {group: "n"}}\n'),
    ],
    ['two audits of one name', CONFIG.replace('  - name: scored', '  - name: credit')],
    // A binned column's groups are its bins' labels: the audit refused another name only after reading the data.
    [
      'a reference group no bin has',
      CONFIG.replace(
        '    intersections: [[sex, race]]\n',
        '    intersections: [[sex, race]]\n    bins: {race: [1, 2]}\n    reference: {race: "[1, 3)"}\n',
      ),
    ],
    // So are a binned control column's levels: the audit refused a control_level no bin has only after reading the data.
    [
      'a control_level no bin has',
      CONFIG.replace(
        '    intersections: [[sex, race]]\n',
        '    control: [age]\n    bins: {age: [30, 50]}\n    gates:\n      - metric: demographic_parity_difference\n        max: 0.5\n        control_level: "< 31"\n',
      ),
    ],
  ])('refuses a config the audit refuses (%s): exit 2, the audit’s messages, nothing printed', async (_, config) => {
    ws.write('.github/model-audit.yml', config)
    ws.write(
      'preds.csv',
      'outcome,decision,sex,race,y,risk,region,age\napproved,approved,f,a,1,0.9,n,20\ndenied,denied,m,b,0,0.1,s,60\n',
    )
    const rows = io(ws.dir)
    expect(await runCli(['--audit', 'credit'], rows)).toBe(2)
    const messages = rows.err.split('\n').filter((l) => l.startsWith('.github/model-audit.yml:'))
    expect(messages.length).toBeGreaterThan(0)
    const t = io(ws.dir)
    expect(await runCli(['sql', '-a', 'credit'], t)).toBe(2)
    expect(t.out).toBe('')
    expect(t.err.split('\n').filter((l) => l.startsWith('.github/model-audit.yml:'))).toEqual(messages)
  })

  it('prints the query of a binned reference group that is a bin, or the missing group', async () => {
    for (const [group, extra] of [
      ['[1, 2)', ''],
      ['n/a', '    missing: group\n    missing_group: n/a\n'],
    ]) {
      ws.write(
        '.github/model-audit.yml',
        CONFIG.replace(
          '    intersections: [[sex, race]]\n',
          `    intersections: [[sex, race]]\n    bins: {race: [1, 2]}\n    reference: {race: "${group}"}\n${extra}`,
        ),
      )
      const t = io(ws.dir)
      const code = await runCli(['sql', '-a', 'credit'], t)
      expect(t.err).toBe('')
      expect(code).toBe(0)
    }
  })
})

describe('progress', () => {
  it('reports rows and bytes as the fast pass goes, ending at the whole file', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i % 2},${(i >> 1) % 2},g${i % 3}`)
    const content = `y,p,g\n${rows.join('\n')}\n`
    ws.write('big.csv', content)
    const seen: PassProgress[] = []
    const out = await runConfigText(
      JSON.stringify({ audits: [{ name: 'a', data: 'big.csv', label: 'y', prediction: 'p', sensitive: ['g'] }] }),
      'c.yml',
      {
        workspace: ws.dir,
        onProgress: (audit, p) => {
          expect(audit).toBe('a')
          seen.push(p)
        },
        progressIntervalMs: 0,
      },
    )
    expect(out.ok).toBe(true)
    expect(seen.length).toBeGreaterThanOrEqual(3)
    for (let i = 1; i < seen.length; i++)
      expect((seen[i] as PassProgress).rows).toBeGreaterThanOrEqual((seen[i - 1] as PassProgress).rows)
    expect(seen.at(-1)).toEqual({ file: 'big.csv', rows: 200_000, bytes: content.length, totalBytes: content.length })
    expect(formatProgress(seen.at(-1) as PassProgress, 2000)).toBe(
      `big.csv: 200,000 rows, 100,000 rows/s, 100% of ${(content.length / 1e6).toFixed(0)} MB`,
    )
  })
})
