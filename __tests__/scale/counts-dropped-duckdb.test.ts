/**
 * `missing: drop`: the rows dropped for a missing sensitive value, checked alike in both paths (red
 * team 32 R32-14). The rows read every row's label, prediction, score and weight before the
 * missing-value policy drops it, so a weight of -5 or a third label value on a dropped row stops
 * them (exit 2); the query's `(dropped)` row wrote constant 0s for its counts, bad weights and
 * distinct values, and the counts audit passed (exit 0). The `(dropped)` row now holds the dropped
 * rows' counts, weights and bad weights, and the whole table's distinct labels and predictions,
 * and the counts audit refuses them as the rows do.
 */
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, duckDbFixture, groupsAndVerdict, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The audit's outcome: its groups, dropped rows and verdict, or its problems. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> =>
  auditOutcome(duck.ws, entry, (a) => ({ ...groupsAndVerdict(a), dropped: a.dropped_rows }))

/** The rows audit of `lines` (a CSV of y,p,w,g) and the counts audit of the query's DuckDB result. */
async function bothWays(name: string, lines: string[], entry: Record<string, unknown>) {
  duck.ws.write(name, `${['y,p,w,g', ...lines].join('\n')}\n`)
  const sql = countsQuery(parsedAudit({ ...entry, data: name }), { dialect: 'duckdb', table: 'predictions' })
  const csv = await duck.countsFromDuckDb(name, sql, `${name}.counts.csv`)
  return {
    csv,
    rows: await outcome({ ...entry, data: name }),
    counts: await outcome({ ...entry, data: `${name}.counts.csv`, format: 'counts' }),
  }
}

/** 200 rows of weight 1, groups A and B, half positive, half predicted so. */
const SOUND = Array.from({ length: 200 }, (_, i) => `${i % 2},${(i >> 1) % 2},1,${'AB'[i % 2]}`)

const entry = {
  name: 'm',
  label: 'y',
  prediction: 'p',
  positive_label: 1,
  sensitive: ['g'],
  missing: 'drop',
  confidence: false,
  metrics: ['accuracy', 'true_positive_rate'],
}
const weighted = { ...entry, weight: 'w' }

describe('missing: drop — the dropped rows are checked in both paths (R32-14)', () => {
  it('a weight of -5 on a dropped row: refused in both', async () => {
    const r = await bothWays('weight.csv', [...SOUND, '1,0,-5,'], weighted)
    expect(r.rows).toEqual({ problems: expect.stringMatching(/weight column 'w' has "-5"/) })
    expect(r.counts).toEqual({
      problems: expect.stringMatching(/1 row of the rows dropped for a missing sensitive value .*has a weight \('w'\)/),
    })
  })

  it.each([
    ['label', '2,0,1,', /label column 'y' has a third distinct value "2"/, /n_label_values is 3/],
    ['prediction', '1,2,1,', /prediction column 'p' has a third distinct value "2"/, /n_prediction_values is 3/],
  ])('a third %s value on a dropped row only: refused in both', async (_, row, rowsProblem, countsProblem) => {
    const r = await bothWays(`third-${_}.csv`, [...SOUND, row], weighted)
    expect(r.rows).toEqual({ problems: expect.stringMatching(rowsProblem) })
    expect(r.counts).toEqual({ problems: expect.stringMatching(countsProblem) })
  })

  it('an NA label on a dropped row: refused in both', async () => {
    const r = await bothWays('na.csv', [...SOUND, 'NA,1,1,'], entry)
    expect(r.rows).toEqual({ problems: expect.stringMatching(/label column 'y' is empty or NA/) })
    expect(r.counts).toEqual({
      problems: expect.stringMatching(
        /the '\(dropped\)' row's n_rows is 1 but tp \+ fp \+ tn \+ fn is 0: 1 dropped row has a NULL label/,
      ),
    })
  })

  it('the only positive labels on dropped rows: audited in both, one report', async () => {
    // The kept rows' labels are all 0; the dropped rows' are 1: the rows see two values, one positive.
    const lines = [...Array.from({ length: 100 }, (_, i) => `0,${i % 2},1,${'AB'[i % 2]}`), '1,1,1,', '1,0,1,']
    const r = await bothWays('positives.csv', lines, entry)
    expect(r.rows).toMatchObject({ dropped: 2 })
    expect(r.counts).toEqual(r.rows)
  })

  it('sound rows with dropped ones, weighted: one report, and the dropped rows counted', async () => {
    const lines = [...SOUND, '1,1,2.5,', '0,1,0.5,', '0,0,3,']
    const r = await bothWays('sound.csv', lines, weighted)
    expect(r.csv).toContain('(dropped),,1,1,1,0,2.5,0.5,3.0,0.0,6.25,0.25,9.0,0.0,0,2,2,3')
    expect(r.rows).toMatchObject({ dropped: 3 })
    expect(r.counts).toEqual(r.rows)
  })

  it('a table whose (dropped) row has 0s for its counts (the old query) is refused, saying to run the query again', async () => {
    const r = await bothWays('old.csv', [...SOUND, '1,1,1,'], entry)
    const old = r.csv
      .replace('(dropped),,0,1,0,0,', '(dropped),,0,0,0,0,')
      .replace(/^\(dropped\),,1,0,0,0,/m, '(dropped),,0,0,0,0,')
    expect(old).not.toBe(r.csv)
    duck.ws.write('old.counts.csv', old)
    expect(await outcome({ ...entry, data: 'old.counts.csv', format: 'counts' })).toEqual({
      problems: expect.stringMatching(/n_rows is 1 but tp \+ fp \+ tn \+ fn is 0: .*printed before this version/),
    })
  })
})
