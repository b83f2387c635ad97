/**
 * A TEXT score, weight or binned column in PostgreSQL (the README's load: every column TEXT) is read
 * by the query as the rows read its text (`parseScore`'s pattern, JavaScript's spaces around), as
 * DuckDB's query reads a VARCHAR one: a number of that pattern as its double, anything else no
 * number, which the counts audit refuses as the rows refuse the cell. Cast plainly, PostgreSQL read
 * a hexadecimal `0x10` as 16 and `0x1p-2` as 0.25 (its strtod), counted where the rows refuse the
 * cell, and stopped on a number after a no-break space, which the rows read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countsQuery, type Dialect } from '../../src/sql/generate.js'
import { auditOutcome, groupsAndVerdict, parsedAudit } from '../support/duckdb.js'
import { countsFromPostgres, createPostgres, loadTable, type PGlite } from '../support/postgres.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
let pg: PGlite
beforeAll(async () => {
  ws = makeWorkspace()
  pg = await createPostgres()
})
afterAll(async () => {
  await pg.close()
  ws.cleanup()
})

/** The audit's groups and verdict, or 'refused'. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> =>
  auditOutcome(ws, entry, groupsAndVerdict, () => 'refused')

const base = {
  name: 'm',
  label: 'y',
  confidence: false,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
}
const weighted = { ...base, prediction: 'p', weight: 'x', sensitive: ['g'] }
const scored = { ...base, score: 'x', threshold: 0.5, sensitive: ['g'] }
const binned = { ...base, prediction: 'p', sensitive: ['x'], bins: { x: [40] } }

/** 200 rows of group A, right; 200 of B, right, and 20 of B wrong with `odd` in column x. */
function rows(entry: Record<string, unknown>, x: string, odd: string): string {
  const line = (g: string, right: boolean, v: string): string =>
    entry === scored
      ? `1,"${v}",${g}`
      : entry === binned
        ? `1,${right ? 1 : 0},"${v}"`
        : `1,${right ? 1 : 0},${g},"${v}"`
  const header = entry === scored ? 'y,x,g' : entry === binned ? 'y,p,x' : 'y,p,g,x'
  return `${[header, ...Array.from({ length: 200 }, () => line('A', true, x)), ...Array.from({ length: 200 }, () => line('B', true, x)), ...Array.from({ length: 20 }, () => line('B', false, odd))].join('\n')}\n`
}

describe('a TEXT score, weight or binned column in PostgreSQL = the rows', () => {
  const cases: [string, Record<string, unknown>, string, string, 'refused' | 'audited'][] = [
    ['weight 0x10', weighted, '1', '0x10', 'refused'],
    ['weight 0x1p-2', weighted, '1', '0x1p-2', 'refused'],
    ['weight of NBSP 2', weighted, '1', '\u00a02', 'audited'],
    ['weight " 2 " and 1e0', weighted, '1e0', ' 2 ', 'audited'],
    ['weight 1_000', weighted, '1', '1_000', 'refused'],
    ['weight Infinity', weighted, '1', 'Infinity', 'refused'],
    ['score 0x1p-2', scored, '0.9', '0x1p-2', 'refused'],
    ['score 0x0', scored, '0.9', '0x0', 'refused'],
    ['score of NBSP 0.1', scored, '0.9', '\u00a00.1', 'audited'],
    ['score +.1 and 1.', scored, '1.', '+.1', 'audited'],
    ['score NaN', scored, '0.9', 'nan', 'refused'],
    ['score 1e400', scored, '0.9', '1e400', 'refused'],
    ['binned 0x10', binned, '30', '0x10', 'refused'],
    ['binned 4_0', binned, '30', '4_0', 'refused'],
    ['binned of U+3000 50', binned, '30', '\u300050', 'audited'],
  ]
  it.each(cases)('%s: the counts audit reads as the rows', async (what, entry, x, odd, expected) => {
    const file = `${what.replace(/\W+/g, '-')}.csv`
    ws.write(file, rows(entry, x, odd))
    const rowsOutcome = await outcome({ ...entry, data: file })
    if (expected === 'refused') expect(rowsOutcome).toBe('refused')
    else expect(rowsOutcome).not.toBe('refused')
    await loadTable(pg, ws, file)
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'postgres', table: 'predictions' })
    // A query that stops (1e400 is out of PostgreSQL's range) refuses as the rows do.
    const counts = await countsFromPostgres(pg, ws, sql, `${file}.counts.csv`).then(
      () => outcome({ ...entry, data: `${file}.counts.csv`, format: 'counts' }),
      (e: unknown) => ({ stopped: String(e) }),
    )
    if (expected === 'refused' && typeof counts === 'object' && counts !== null && 'stopped' in counts)
      expect(String((counts as { stopped: string }).stopped)).toMatch(/out of range/)
    else expect(counts).toEqual(rowsOutcome)
  })

  it.each([['VARCHAR(20)'], ['CHARACTER(12)'], ['audit_text_domain']])(
    'a %s column is read by its text too (a domain as its base type)',
    async (type) => {
      await pg.exec('CREATE DOMAIN audit_text_domain AS TEXT').catch(() => undefined)
      for (const [entry, odd, expected] of [
        [weighted, '0x1p-2', 'refused'],
        [scored, '\u00a00.1', 'audited'],
      ] as const) {
        const file = `typed-${type.replace(/\W+/g, '-')}-${expected}.csv`
        ws.write(file, rows(entry, entry === scored ? '0.9' : '1', odd))
        const rowsOutcome = await outcome({ ...entry, data: file })
        expect(rowsOutcome === 'refused').toBe(expected === 'refused')
        await loadTable(pg, ws, file, { x: type })
        const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'postgres', table: 'predictions' })
        await countsFromPostgres(pg, ws, sql, `${file}.counts.csv`)
        expect(await outcome({ ...entry, data: `${file}.counts.csv`, format: 'counts' })).toEqual(rowsOutcome)
      }
    },
  )

  it('a number the rows read as 0 that PostgreSQL cannot hold (1e-400) stops the query: fail-closed', async () => {
    ws.write('tiny.csv', rows(scored, '0.9', '1e-400'))
    expect(await outcome({ ...scored, data: 'tiny.csv' })).not.toBe('refused')
    await loadTable(pg, ws, 'tiny.csv')
    const sql = countsQuery(parsedAudit({ ...scored, data: 'tiny.csv' }), { dialect: 'postgres', table: 'predictions' })
    await expect(countsFromPostgres(pg, ws, sql, 'tiny.counts.csv')).rejects.toThrow(/out of range/)
  })
})

describe('Spark and BigQuery read a text score or weight by its text too (the printed query)', () => {
  it.each([
    ['spark', "typeof(audit_source.`x`) IN ('string', 'boolean')", 'NULLIF(regexp_extract('],
    ['bigquery', "SUBSTR(FORMAT('%T', audit_source.`x`), 1, 1) IN ('\"', '\\'')", 'REGEXP_EXTRACT('],
  ] as [Dialect, string, string][])('%s', (dialect, test, extract) => {
    for (const entry of [scored, weighted, binned]) {
      const sql = countsQuery(parsedAudit({ ...entry, data: 'x.csv' }), { dialect, table: 't' })
      expect(sql).toContain(`CASE WHEN ${test} THEN CAST(${extract}`)
    }
  })
})
