/** `format: counts`: the two shapes, and every way a counts table can be wrong, with file:line:column. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const entry = (extra: Record<string, unknown> = {}) => ({
  audits: [
    {
      name: 'c',
      data: 'counts.csv',
      format: 'counts',
      label: 'y',
      prediction: 'p',
      sensitive: ['sex', 'race'],
      ...extra,
    },
  ],
})

const SETS = `grouping_set,sex,race,tp,fp,tn,fn,n_rows
,,,10,5,20,5,40
sex,f,,4,2,10,4,20
sex,m,,6,3,10,1,20
race,,a,7,1,12,0,20
race,,b,3,4,8,5,20
"sex,race",f,a,1,1,1,1,4
`

async function report(config: object): Promise<AuditReport> {
  const out = await ws.run(config)
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0] as AuditReport
}

describe('counts input', () => {
  it('reads grouping-set rows: overall from its row, each attribute from its own', async () => {
    // The "sex,race" row is a set this audit does not use: skipped.
    ws.write('counts.csv', SETS)
    const r = await report(entry())
    expect(r.rows).toBe(40)
    expect(r.overall_counts).toEqual({ tp: 10, fp: 5, tn: 20, fn: 5 })
    expect(r.groups.map((g) => [g.key, g.counts])).toEqual([
      ['f', { tp: 4, fp: 2, tn: 10, fn: 4 }],
      ['m', { tp: 6, fp: 3, tn: 10, fn: 1 }],
      ['a', { tp: 7, fp: 1, tn: 12, fn: 0 }],
      ['b', { tp: 3, fp: 4, tn: 8, fn: 5 }],
    ])
  })

  it('names a set in any order and spacing; a value longer than any set it uses names none (red team 14 R14-5)', async () => {
    const spaced = SETS.replace('\nrace,,a', '\n" race ",,a').replace('\nrace,,b', '\n"race ",,b')
    // Sets of another audit, or no set, as long as 1 MiB of commas or of names: skipped, never split.
    const long = `"${','.repeat(1 << 20)}",f,,1,1,1,1,4\n"${'sex,race,'.repeat(100_000)}",f,a,1,1,1,1,4\n`
    ws.write('counts.csv', SETS)
    const plain = await report(entry())
    ws.write('counts.csv', spaced + long)
    const r = await report(entry())
    expect(r.groups).toEqual(plain.groups)
    expect(r.overall_counts).toEqual(plain.overall_counts)
  })

  it('says what is wrong, where', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [
        SETS.replace('sex,m,,6,3,10,1,20', 'sex,m,,6,x,10,1,20'),
        {},
        /^counts\.csv:4:5: count column 'fp' has "x"; expected a whole number ≥ 0$/,
      ],
      [
        SETS.replace('sex,m,,6,3,10,1,20', 'sex,m,,6,3,10,1,23'),
        {},
        /^counts\.csv:4:8: n_rows is 23 but tp \+ fp \+ tn \+ fn is 20: 3 rows of this group have a NULL label or prediction/,
      ],
      [
        SETS.replace(/race,,.*\n/g, ''),
        {},
        /^counts\.csv: no rows with grouping_set 'race'; the query must include that grouping set$/,
      ],
      [
        SETS.replace('race,,b,3,4,8,5,20', 'race,,b,3,4,8,4,19'),
        {},
        /^counts\.csv:2: the 'race' rows \(from counts\.csv:5\) count 39 rows but the overall row counts 40/,
      ],
      [
        SETS.replace('sex,m,,6,3,10,1,20', 'sex,,,6,3,10,1,20'),
        {},
        /^counts\.csv: sensitive column 'sex' is empty or NA in 1 row \(counts\.csv:4\)/,
      ],
      [
        SETS.replace('sex,m,,6,3,10,1,20', 'sex,,,6,3,10,1,20'),
        { missing: 'drop' },
        /^counts\.csv:4:2: 'sex' is NULL in a 'grouping_set' row; with `missing: drop` the query must drop those rows/,
      ],
      ['sex,race,tp,fp,tn\nf,a,1,2,3\n', {}, /^audit\.yml:\d+:\d+: counts column 'fn' is not in counts\.csv/],
    ]
    for (const [csv, extra, message] of cases) {
      ws.write('counts.csv', csv)
      const problems = await ws.problems(entry(extra))
      expect(problems.join('\n')).toMatch(message)
    }
  })

  it('every grouping must add up to the overall row, cell by cell', async () => {
    // Accuracy 1.0 overall, 0.0 in every group: the same row total, other cells.
    ws.write(
      'counts.csv',
      'grouping_set,sex,race,tp,fp,tn,fn\n,,,5,0,5,0\nsex,f,,0,3,0,2\nsex,m,,0,2,0,3\nrace,,a,0,5,0,5\n',
    )
    expect(await ws.problems(entry())).toEqual([
      "counts.csv:2: tp of the overall row is 5, but the 'sex' rows (from counts.csv:3) add up to 0; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: fp of the overall row is 0, but the 'sex' rows (from counts.csv:3) add up to 5; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: tn of the overall row is 5, but the 'sex' rows (from counts.csv:3) add up to 0; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: fn of the overall row is 0, but the 'sex' rows (from counts.csv:3) add up to 5; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: tp of the overall row is 5, but the 'race' rows (from counts.csv:5) add up to 0; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: fp of the overall row is 0, but the 'race' rows (from counts.csv:5) add up to 5; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: tn of the overall row is 5, but the 'race' rows (from counts.csv:5) add up to 0; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: fn of the overall row is 0, but the 'race' rows (from counts.csv:5) add up to 5; each grouping set's tp, fp, tn, fn must add up to the overall row's",
    ])
  })

  it("an intersection's rows must add up to its attributes' rows, group by group", async () => {
    // Every grouping adds up to the overall row, but f and m are at accuracy 0.5 by sex and at 1.0 and 0.0 by sex × race.
    ws.write(
      'counts.csv',
      'grouping_set,sex,race,tp,fp,tn,fn\n,,,50,50,50,50\nsex,f,,25,25,25,25\nsex,m,,25,25,25,25\nrace,,A,25,25,25,25\nrace,,B,25,25,25,25\n"sex,race",f,A,50,0,50,0\n"sex,race",m,B,0,50,0,50\n',
    )
    expect(await ws.problems(entry({ intersections: [['sex', 'race']] }))).toEqual([
      `counts.csv:3: for sex = "f", the 'sex' rows give tp 25, fp 25, tn 25, fn 25, but the 'sex,race' rows add up to tp 50, fp 0, tn 50, fn 0; an intersection's rows must add up to its attributes' rows`,
      `counts.csv:4: for sex = "m", the 'sex' rows give tp 25, fp 25, tn 25, fn 25, but the 'sex,race' rows add up to tp 0, fp 50, tn 0, fn 50; an intersection's rows must add up to its attributes' rows`,
      `counts.csv:5: for race = "A", the 'race' rows give tp 25, fp 25, tn 25, fn 25, but the 'sex,race' rows add up to tp 50, fp 0, tn 50, fn 0; an intersection's rows must add up to its attributes' rows`,
      `counts.csv:6: for race = "B", the 'race' rows give tp 25, fp 25, tn 25, fn 25, but the 'sex,race' rows add up to tp 0, fp 50, tn 0, fn 50; an intersection's rows must add up to its attributes' rows`,
    ])
    // The same marginals from consistent cells pass the check.
    ws.write(
      'counts.csv',
      'grouping_set,sex,race,tp,fp,tn,fn\n,,,50,50,50,50\nsex,f,,25,25,25,25\nsex,m,,25,25,25,25\nrace,,A,25,25,25,25\nrace,,B,25,25,25,25\n"sex,race",f,A,25,25,25,25\n"sex,race",m,B,25,25,25,25\n',
    )
    expect((await report(entry({ intersections: [['sex', 'race']] }))).rows).toBe(200)
  })

  it('one cell off in an intersection is named, with its grouping', async () => {
    // A row moved from fn to tp keeps the row total: only the cells tell.
    // Cells that add up to the overall row and to every attribute's rows.
    const rows = (fb: string) =>
      SETS.replace(
        '"sex,race",f,a,1,1,1,1,4\n',
        `"sex,race",f,a,4,1,6,0,11\n"sex,race",f,b,${fb}\n"sex,race",m,a,3,0,6,0,9\n"sex,race",m,b,3,3,4,1,11\n`,
      )
    ws.write('counts.csv', rows('0,1,4,4,9'))
    expect((await report(entry({ intersections: [['sex', 'race']] }))).rows).toBe(40)
    ws.write('counts.csv', rows('1,1,4,3,9'))
    expect(await ws.problems(entry({ intersections: [['sex', 'race']] }))).toEqual([
      "counts.csv:2: tp of the overall row is 10, but the 'sex,race' rows (from counts.csv:7) add up to 11; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: fn of the overall row is 5, but the 'sex,race' rows (from counts.csv:7) add up to 4; each grouping set's tp, fp, tn, fn must add up to the overall row's",
    ])
  })

  it('without an overall row, every grouping must add up to the first one', async () => {
    ws.write(
      'counts.csv',
      'grouping_set,sex,race,tp,fp,tn,fn\nsex,f,,4,2,10,4\nsex,m,,6,3,10,1\nrace,,a,7,1,12,0\nrace,,b,3,4,8,5\n',
    )
    expect((await report(entry())).overall_counts).toEqual({ tp: 10, fp: 5, tn: 20, fn: 5 })
    ws.write(
      'counts.csv',
      'grouping_set,sex,race,tp,fp,tn,fn\nsex,f,,4,2,10,4\nsex,m,,6,3,10,1\nrace,,a,7,1,12,0\nrace,,b,4,4,8,4\n',
    )
    expect(await ws.problems(entry())).toEqual([
      "counts.csv:2: tp of the 'sex' rows is 10, but the 'race' rows (from counts.csv:4) add up to 11; each grouping set's tp, fp, tn, fn must add up to the overall row's",
      "counts.csv:2: fn of the 'sex' rows is 5, but the 'race' rows (from counts.csv:4) add up to 4; each grouping set's tp, fp, tn, fn must add up to the overall row's",
    ])
  })

  it('rolls cells up, and applies missing: group and drop to them', async () => {
    ws.write('counts.csv', 'sex,race,tp,fp,tn,fn\nf,a,1,0,2,0\nf,b,0,1,0,1\nm,a,2,2,2,2\n,a,1,1,1,1\nf,a,1,0,0,0\n')
    const grouped = await report(entry({ missing: 'group' }))
    expect(grouped.rows).toBe(18)
    expect(grouped.groups.find((g) => g.key === '(missing)')?.counts).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 })
    expect(grouped.groups.find((g) => g.key === 'a')?.counts).toEqual({ tp: 5, fp: 3, tn: 5, fn: 3 })
    const dropped = await report(entry({ missing: 'drop' }))
    expect([dropped.rows, dropped.dropped_rows]).toEqual([14, 4])
  })
})

/**
 * Counts are summed exactly or refused: past 2^53 doubles round (2^53 + 1 === 2^53), and the red
 * team's table, whose sex rows really add up to the overall row + 5, passed the cell-by-cell check.
 */
describe('counts past 2^53 − 1', () => {
  const MAX = Number.MAX_SAFE_INTEGER // 9007199254740991
  const one = (extra: Record<string, unknown> = {}) => ({
    audits: [
      { name: 'c', data: 'counts.csv', format: 'counts', label: 'y', prediction: 'p', sensitive: ['sex'], ...extra },
    ],
  })
  const bound = `more than ${MAX.toLocaleString('en-US')} (2^53 − 1), the most a count may add up to exactly; is this the right table?`

  it("the red team's table (sex rows add up to overall + 5) is refused where a sum passes the bound", async () => {
    ws.write(
      'counts.csv',
      `grouping_set,sex,tp,fp,tn,fn\n,,${MAX},0,0,0\n,,1,0,0,0\nsex,F,${MAX - 1},0,0,0\nsex,M,1,0,0,0\nsex,M,1,0,0,0\n${'sex,X,1,0,0,0\n'.repeat(5)}`,
    )
    expect(await ws.problems(one())).toEqual([`counts.csv:3: the overall rows up to this one add up to ${bound}`])
  })

  it("a grouping's rows that pass the bound are refused at the row where they do", async () => {
    ws.write(
      'counts.csv',
      `grouping_set,sex,tp,fp,tn,fn\n,,${MAX},0,0,0\nsex,F,${MAX - 1},0,0,0\nsex,M,1,0,0,0\nsex,X,1,0,0,0\n`,
    )
    expect(await ws.problems(one())).toEqual([`counts.csv:5: the 'sex' rows up to this one add up to ${bound}`])
  })

  it('one row whose tp + fp + tn + fn passes the bound is refused', async () => {
    ws.write('counts.csv', `sex,tp,fp,tn,fn\nF,1,0,1,0\nM,${MAX},0,1,0\n`)
    expect(await ws.problems(one())).toEqual([`counts.csv:3: tp + fp + tn + fn of this row is ${bound}`])
  })

  it('cells (no grouping_set) that add up past the bound are refused', async () => {
    ws.write('counts.csv', `sex,tp,fp,tn,fn\nF,${2 ** 52},0,0,0\nM,${2 ** 52},0,0,0\n`)
    expect(await ws.problems(one())).toEqual([`counts.csv:3: the rows up to this one add up to ${bound}`])
  })

  it.each([
    ['9007199254740992', '"9007199254740992"'],
    ['9007199254740993', '"9007199254740993"'],
    ['123456789012345678901234567890', '"123456789012345678901234567890"'],
  ])('a count cell %s (past 2^53 − 1) is refused at its file:line:column, naming the bound', async (cell, shown) => {
    ws.write('counts.csv', `sex,tp,fp,tn,fn\nF,1,0,1,0\nM,1,0,${cell},0\n`)
    expect(await ws.problems(one())).toEqual([
      `counts.csv:3:4: count column 'tn' has ${shown}; expected a whole number ≥ 0 and at most ${MAX.toLocaleString('en-US')} (2^53 − 1, the largest a number holds exactly)`,
    ])
  })

  it('a JSONL count past the bound is refused too', async () => {
    ws.write(
      'counts.jsonl',
      `{"sex":"F","tp":1,"fp":0,"tn":1,"fn":0}\n{"sex":"M","tp":1,"fp":9007199254740993,"tn":1,"fn":0}\n`,
    )
    expect(await ws.problems({ audits: [{ ...one().audits[0], data: 'counts.jsonl' }] })).toEqual([
      `counts.jsonl:2:3: count column 'fp' has 9007199254740992; expected a whole number ≥ 0 and at most ${MAX.toLocaleString('en-US')} (2^53 − 1, the largest a number holds exactly)`,
    ])
  })

  it('counts up to the bound, and sums that reach it exactly, are read', async () => {
    ws.write('counts.csv', `grouping_set,sex,tp,fp,tn,fn\n,,${MAX - 1},0,1,0\nsex,F,${MAX - 2},0,0,0\nsex,M,1,0,1,0\n`)
    const r = await report(one())
    expect(r.rows).toBe(MAX)
    expect(r.overall_counts).toEqual({ tp: MAX - 1, fp: 0, tn: 1, fn: 0 })
  })
})

describe('weighted counts (`weight:` with w_ and w2_ columns)', () => {
  const HEAD = 'grouping_set,sex,tp,fp,tn,fn,w_tp,w_fp,w_tn,w_fn,w2_tp,w2_fp,w2_tn,w2_fn'
  const weighted = (extra: Record<string, unknown> = {}) =>
    entry({ sensitive: ['sex'], weight: 'w', confidence: false, ...extra })

  it('reads the weighted cells: metrics from Σw, rows counted, Kish sizes from Σw²', async () => {
    ws.write(
      'counts.csv',
      `${HEAD}\n,,3,1,2,2,6,1,4,2,20,1,8,2\nsex,f,1,1,1,1,2,1,2,1,4,1,4,1\nsex,m,2,0,1,1,4,0,2,1,16,0,4,1\n`,
    )
    const r = await report(weighted())
    expect(r.rows).toBe(8)
    expect(r.overall.accuracy).toBe((6 + 4) / 13)
    expect(r.overall.count).toBe(8)
    const m = r.groups.find((g) => g.key === 'm')!
    expect(m.count).toBe(4)
    expect(m.weighted).toEqual({
      weight_sum: 7,
      n_eff: 49 / 21,
      counts: { tp: 4, fp: 0, tn: 2, fn: 1 },
      squares: { tp: 16, fp: 0, tn: 4, fn: 1 },
    })
  })

  it('refuses weighted cells that cannot be, and groupings whose weights do not add up', async () => {
    ws.write(
      'counts.csv',
      `${HEAD}\n,,3,1,2,2,6,1,4,2,20,1,8,2\nsex,f,1,0,1,1,2,1,2,1,4,1,4,1\nsex,m,2,1,1,1,4,0,2,1,16,0,4,1\n`,
    )
    expect(await ws.problems(weighted())).toEqual([
      "counts.csv:3:8: weight column 'w_fp' is 1 but fp is 0: a cell with no rows weighs nothing",
    ])
    ws.write('counts.csv', `${HEAD}\n,,3,1,2,2,6,1,4,2,20,1,8,2\nsex,f,1,1,1,1,2,1,2,-1,4,1,4,1\n`)
    expect(await ws.problems(weighted())).toEqual([
      `counts.csv:3:10: weight column 'w_fn' has "-1"; expected a finite number >= 0`,
    ])
    // Rows agree, weights do not: a gate on the overall row would read other data than the groups.
    ws.write(
      'counts.csv',
      `${HEAD}\n,,3,1,2,2,6,1,4,2,20,1,8,2\nsex,f,1,1,1,1,2,1,2,1,4,1,4,1\nsex,m,2,0,1,1,9,0,2,1,41,0,4,1\n`,
    )
    expect(await ws.problems(weighted())).toEqual([
      "counts.csv:2: the overall row and the 'sex' rows (from counts.csv:3) differ in w_tp 6 against 11; each grouping set's weights must add up to the overall row's",
    ])
  })

  it('a weighted audit of a counts table needs its weighted columns', async () => {
    ws.write('counts.csv', SETS)
    const problems = await ws.problems(weighted())
    expect(problems[0]).toMatch(/^audit\.yml:\d+:\d+: counts column 'w_tp' is not in counts\.csv/)
  })
})

describe('weighted counts that no rows could give', () => {
  const HEAD = 'grouping_set,sex,tp,fp,tn,fn,w_tp,w_fp,w_tn,w_fn,w2_tp,w2_fp,w2_tn,w2_fn'
  const cfg = () => entry({ sensitive: ['sex'], weight: 'w', confidence: false })
  it('refuses a Σw² outside what the rows allow (a Kish size above the rows, or below one), and Σw past the largest weight', async () => {
    // 4 rows weighing 8 in all: Σw² must lie in [16, 64]; 4 here would claim n_eff = 16 from 4 rows.
    ws.write('counts.csv', `${HEAD}\n,,4,0,0,0,8,0,0,0,4,0,0,0\nsex,f,4,0,0,0,8,0,0,0,4,0,0,0\n`)
    expect(await ws.problems(cfg())).toEqual([
      'counts.csv:2:11: w2_tp is 4, but tp = 4 rows whose weights add up to 8 have a sum of squared weights between 16 (equal weights) and 64 (all on one row)',
    ])
    ws.write('counts.csv', `${HEAD}\n,,1,0,0,0,8,0,0,0,65,0,0,0\n`)
    expect((await ws.problems(cfg()))[0]).toMatch(/^counts\.csv:2:11: w2_tp is 65, but tp = 1 rows/)
    // Tiny weights whose squares underflow to 0 (red team 5, F2: a Kish size of 0 left the group out of every gate).
    ws.write('counts.csv', `${HEAD}\n,,1,0,0,0,1e-163,0,0,0,0,0,0,0\n`)
    expect((await ws.problems(cfg()))[0]).toMatch(
      /^counts\.csv:2:7: w_tp is 1e-163; rows weigh 0 or at least 1e-12, so a cell's weights add up to 0 or at least that$/,
    )
    ws.write('counts.csv', `${HEAD}\n,,1,0,0,0,2e12,0,0,0,4e24,0,0,0\n`)
    expect((await ws.problems(cfg()))[0]).toMatch(
      /^counts\.csv:2:7: w_tp is 2000000000000, more than tp \(1\) rows of the largest weight \(1e12\) can add up to/,
    )
  })
})
