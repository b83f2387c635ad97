/**
 * A score, weight or binned column DuckDB's read_csv types VARCHAR (one odd spelling: `1_000`,
 * ` 1 `) or BOOLEAN (true/false) is read by the query as the rows read its text (red team 34): a
 * number of the rows' pattern as its double, anything else no number, refused by the counts audit as
 * the rows refuse the cell. Cast, `1_000` was 1000 (DuckDB's cast reads digit separators) and a
 * BOOLEAN true 1: the rows exit 2, the counts were audited (a weight of 1000 on 20 wrong rows failed
 * a gate, a BOOLEAN score passed one).
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, duckDbFixture, groupsAndVerdict, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The audit's outcome: its groups and verdict, or 'refused'. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> =>
  auditOutcome(duck.ws, entry, groupsAndVerdict, () => 'refused')

/** The column's type in DuckDB's read_csv of `file`. */
async function duckType(file: string, column: string): Promise<string> {
  const con = await duck.db.connect()
  try {
    const r = await con.runAndReadAll(
      `SELECT typeof("${column}") AS t FROM read_csv('${duck.ws.dir}/${file}', header = true, nullstr = '') LIMIT 1`,
    )
    return String(r.getRowObjectsJson()[0]?.t)
  } finally {
    con.closeSync()
  }
}

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
  const scoredRows = entry === scored
  const line = (g: string, right: boolean, v: string): string =>
    scoredRows ? `1,${v},${g}` : entry === binned ? `1,${right ? 1 : 0},${v}` : `1,${right ? 1 : 0},${g},${v}`
  const header = scoredRows ? 'y,x,g' : entry === binned ? 'y,p,x' : 'y,p,g,x'
  return `${[header, ...Array.from({ length: 200 }, () => line('A', true, x)), ...Array.from({ length: 200 }, () => line('B', true, x)), ...Array.from({ length: 20 }, () => line('B', false, odd))].join('\n')}\n`
}

describe('a VARCHAR or BOOLEAN score, weight or binned column in DuckDB = the rows (red team 34)', () => {
  const cases: [string, Record<string, unknown>, string, string, string, unknown][] = [
    ['weight 1_000', weighted, '1', '1_000', 'VARCHAR', 'refused'],
    ['weight " 1 " and 1e0', weighted, '1e0', ' 2 ', 'VARCHAR', null],
    ['weight of NBSP 1', weighted, '1', '\u00a01', 'VARCHAR', null],
    ['weight inf', weighted, '1', 'inf', 'DOUBLE', 'refused'],
    ['score 1_0', scored, '0.9', '0.1_0', 'VARCHAR', 'refused'],
    ['score true', scored, 'true', 'false', 'BOOLEAN', 'refused'],
    ['score 0x10', scored, '0.9', '0x10', 'VARCHAR', 'refused'],
    ['score " 0.1 "', scored, '0.9', ' 0.1 ', 'VARCHAR', null],
    ['binned 4_0', binned, '30', '4_0', 'VARCHAR', 'refused'],
    ['binned true', binned, 'true', 'false', 'BOOLEAN', 'refused'],
    ['binned +.5e2', binned, '30', '+.5e2', 'VARCHAR', null],
  ]
  it.each(cases)('%s: the counts audit reads as the rows', async (what, entry, x, odd, type, expected) => {
    const file = `${what.replace(/\W+/g, '-')}.csv`
    duck.ws.write(file, rows(entry, x, odd))
    expect(await duckType(file, 'x')).toBe(type)
    const rowsOutcome = await outcome({ ...entry, data: file })
    if (expected === 'refused') expect(rowsOutcome).toBe('refused')
    else expect(rowsOutcome).not.toBe('refused')
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb(file, sql, `${file}.counts.csv`)
    expect(await outcome({ ...entry, data: `${file}.counts.csv`, format: 'counts' })).toEqual(rowsOutcome)
  })
})
