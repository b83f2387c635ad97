/**
 * A DuckDB BOOLEAN label or prediction with a text positive label (red team 32 R32-4): DuckDB's
 * read_csv types yes/no, t/f and Yes/No (any case) as BOOLEAN, which keeps no spelling; the query
 * compared its text (`true`) with `yes` and read every row as a negative, and the counts audit
 * passed (exit 0) where the rows fail the gate (exit 1). The query now stops with an error naming
 * the column and how to read it as text; read so, the counts give the rows' report or the rows'
 * refusal. A BOOLEAN column with `positive_label: true` (or 1) is read as before, as the rows read a
 * boolean or its text true/false.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, copyToCsv, duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The query over `read_csv(file, …options)` in DuckDB, into `out` as CSV; the label column's type. */
async function duckCounts(entry: Record<string, unknown>, file: string, options: string, out: string): Promise<string> {
  const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
  const con = await duck.db.connect()
  try {
    await con.run(
      `CREATE OR REPLACE TABLE predictions AS SELECT * FROM read_csv('${join(duck.ws.dir, file)}', header = true, nullstr = ''${options})`,
    )
    const type = (await con.runAndReadAll(`SELECT typeof(y) AS t FROM predictions LIMIT 1`)).getRowObjectsJson()[0]?.t
    await copyToCsv(con, duck.ws, sql, out)
    return String(type)
  } finally {
    con.closeSync()
  }
}

/** The audit's outcome: its groups and verdict, or its problems. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> => auditOutcome(duck.ws, entry)

/** Group A half wrong (its positives missed), group B right: the rows fail both gates. */
function write(file: string, pos: string, neg: string): void {
  const lines = ['y,p,g']
  for (let i = 0; i < 50; i++) lines.push(`${pos},${neg},A`, `${neg},${neg},A`, `${pos},${pos},B`, `${neg},${neg},B`)
  duck.ws.write(file, `${lines.join('\n')}\n`)
}

const entry = (positive: unknown): Record<string, unknown> => ({
  name: 'm',
  label: 'y',
  prediction: 'p',
  positive_label: positive,
  sensitive: ['g'],
  confidence: false,
  metrics: ['accuracy', 'true_positive_rate'],
  gates: [
    { metric: 'accuracy', min: 0.9 },
    { metric: 'equal_opportunity_difference', attribute: 'g', max: 0.1 },
  ],
})

describe('a DuckDB BOOLEAN label or prediction (R32-4)', () => {
  it.each([
    ['yes', 'no'],
    ['t', 'f'],
    ['Yes', 'No'],
    ['YES', 'NO'],
  ])('%s/%s, positive_label the first: the query stops; read as text, the rows’ report', async (pos, neg) => {
    const file = `${pos}.csv`
    write(file, pos, neg)
    const rows = await outcome({ ...entry(pos), data: file })
    expect(rows).toMatchObject({ passed: false })
    // The old query read every row as a negative: accuracy 1, the gates passed or were skipped.
    await expect(duckCounts(entry(pos), file, '', 'bool.csv')).rejects.toThrow(
      new RegExp(
        `column "y" is DuckDB's BOOLEAN type .* positive_label "${pos}" .*read_csv\\(\\.\\.\\., types = \\{'y': 'VARCHAR'\\}\\)`,
      ),
    )
    // Read as the message says (both columns as text): the rows' groups, numbers and verdict.
    const type = await duckCounts(entry(pos), file, `, types = {'y': 'VARCHAR', 'p': 'VARCHAR'}`, 'text.csv')
    expect(type).toBe('VARCHAR')
    expect(await outcome({ ...entry(pos), data: 'text.csv', format: 'counts' })).toEqual(rows)
  })

  it('Yes/No at positive_label yes: no label equals it, refused in both (read as text)', async () => {
    write('Yes-No.csv', 'Yes', 'No')
    const rows = await outcome({ ...entry('yes'), data: 'Yes-No.csv' })
    expect(rows).toEqual({ problems: expect.stringMatching(/equals positive_label "yes"/) })
    // A BOOLEAN true read as `yes` would have passed here: the query stops instead.
    await expect(duckCounts(entry('yes'), 'Yes-No.csv', '', 'x.csv')).rejects.toThrow(/BOOLEAN type/)
    await duckCounts(entry('yes'), 'Yes-No.csv', `, types = {'y': 'VARCHAR', 'p': 'VARCHAR'}`, 'yn.csv')
    expect(await outcome({ ...entry('yes'), data: 'yn.csv', format: 'counts' })).toEqual({
      problems: expect.stringMatching(/n_label_values is 2, but no row's label is positive/),
    })
  })

  it.each([[true], [1], ['true']])(
    'true/false at positive_label %s: a BOOLEAN column as before, the rows’ report',
    async (positive) => {
      write('tf.csv', 'true', 'false')
      const rows = await outcome({ ...entry(positive), data: 'tf.csv' })
      expect(rows).toMatchObject({ passed: false })
      expect(await duckCounts(entry(positive), 'tf.csv', '', 'tf.counts.csv')).toBe('BOOLEAN')
      expect(await outcome({ ...entry(positive), data: 'tf.counts.csv', format: 'counts' })).toEqual(rows)
    },
  )
})

describe("DuckDB's boolean words at positive_label true (red team 34)", () => {
  it('labels true and yes: the BOOLEAN column reads yes as true, so the rows refuse it, naming the word', async () => {
    // Group B: 200 labels `yes` predicted false. The rows read `yes` as text (a negative: B right,
    // the gate passed, exit 0); DuckDB's BOOLEAN reads it as true (B wrong, the gate failed).
    const lines = ['y,p,g']
    for (let i = 0; i < 200; i++) lines.push('true,true,A', 'yes,false,B')
    duck.ws.write('true-yes.csv', `${lines.join('\n')}\n`)
    const e = { ...entry(true), metrics: ['accuracy'], gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }
    expect(await outcome({ ...e, data: 'true-yes.csv' })).toEqual({
      problems: expect.stringMatching(
        /label column 'y' holds "yes" \(true-yes\.csv:3\), a word DuckDB's read_csv reads as a boolean/,
      ),
    })
    expect(await duckCounts(e, 'true-yes.csv', '', 'true-yes.counts.csv')).toBe('BOOLEAN')
    expect(await outcome({ ...e, data: 'true-yes.counts.csv', format: 'counts' })).toMatchObject({ passed: false })
  })
})

describe('a BOOLEAN label or prediction in Spark and BigQuery (red team 34 R34-3; PostgreSQL: counts-postgres.test.ts)', () => {
  const test: Record<string, (c: string) => string> = {
    spark: (c) =>
      `CASE WHEN typeof(audit_source.\`${c}\`) = 'boolean' THEN raise_error('model-audit-gate: column "${c}" is Spark\\'s BOOLEAN type`,
    bigquery: (c) =>
      `CASE WHEN FORMAT('%T', audit_source.\`${c}\`) IN ('true', 'false') THEN ERROR('model-audit-gate: column "${c}" is BigQuery\\'s BOOL type`,
  }
  it.each([['spark'], ['bigquery']] as const)(
    '%s: the query stops on a boolean column at a text positive_label',
    (dialect) => {
      const sql = countsQuery(parsedAudit({ ...entry('yes'), data: 'x.csv' }), { dialect, table: 'predictions' })
      for (const c of ['y', 'p']) expect(sql).toContain(test[dialect]?.(c))
      expect(sql).toContain(`positive_label "yes" as the rows compare the file\\'s text`)
      // The old query compared the boolean's text `true` with `yes`: every row a negative.
      for (const positive of [true, 1, 'true', 0]) {
        const plain = countsQuery(parsedAudit({ ...entry(positive), data: 'x.csv' }), { dialect, table: 'predictions' })
        expect(plain).not.toContain('BOOL')
      }
    },
  )
})
