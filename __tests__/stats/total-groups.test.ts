/**
 * `max_groups` bounds one grouping; an audit's groups in all (its attributes' distinct values
 * and its intersections' possible groups) and a run's (over its audits, whose results are all
 * kept for the report) have their own bound, checked as groups appear (red team N6: four
 * attributes of 20,000 groups took 379 MB, 32 above 1 GB; six audits of one 557 MB).
 */
import { afterAll, describe, expect, it } from 'vitest'
import {
  MAX_AUDIT_CELL_VALUES,
  MAX_AUDIT_CELLS,
  MAX_AUDIT_GROUPS,
  MAX_GROUP_NAME_CHARS,
  MAX_RUN_GROUPS,
} from '../../src/stats/accumulate.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const n = (x: number): string => x.toLocaleString('en-US')

/** Rows 0..rows-1, column a = i, b = i (so a and b each have `rows` distinct values). */
function data(rows: number): string {
  let s = 'y,p,a,b\n'
  for (let i = 0; i < rows; i++) s += `${i % 2},${(i >> 1) % 2},${i},${i}\n`
  return s
}

const entry = (name: string, sensitive: string[], extra: Record<string, unknown> = {}) => ({
  name,
  data: 'd.csv',
  label: 'y',
  prediction: 'p',
  sensitive,
  max_groups: 20000,
  confidence: false,
  ...extra,
})

describe(`at most ${n(MAX_AUDIT_GROUPS)} groups an audit, ${n(MAX_RUN_GROUPS)} a run`, () => {
  const half = MAX_AUDIT_GROUPS / 2
  it('two attributes of half the bound each are one audit; one group more is refused', async () => {
    ws.write('d.csv', data(half))
    expect((await ws.run({ audits: [entry('m', ['a', 'b'])] })).ok).toBe(true)
    ws.write('d.csv', data(half + 1))
    expect(await ws.problems({ audits: [entry('m', ['a', 'b'])] })).toEqual([
      `d.csv: the audit's attributes and intersections have more than ${n(MAX_AUDIT_GROUPS)} groups in all ('a' ${n(half + 1)}, 'b' ${n(half)}), the most one audit may have whatever \`max_groups\` says (each group is a row of every table, interval and disparity); audit fewer attributes or intersections, or bin them coarser`,
    ])
  })

  it('an intersection counts its possible groups', async () => {
    ws.write('x.csv', `y,p,a,b\n${Array.from({ length: 200 }, (_, i) => `${i % 2},0,a${i},b${i}`).join('\n')}\n`)
    const out = await ws.problems({ audits: [{ ...entry('m', ['a']), data: 'x.csv', intersections: [['a', 'b']] }] })
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(
      /^x\.csv: the audit's attributes and intersections have more than 20,000 groups in all \('a' 1\d\d, 'a' × 'b' \d{2},\d{3}\)/,
    )
  })

  it('the audits of a run share one bound', async () => {
    ws.write('d.csv', data(half + 1))
    expect(await ws.problems({ audits: [entry('m1', ['a']), entry('m2', ['b'])] })).toEqual([
      `d.csv: the audits of this run have more than ${n(MAX_RUN_GROUPS)} groups in all ('m1' ${n(half + 1)}, 'm2' ${n(half)}), the most one run may have (every audit's results are kept for the report); run fewer audits at a time (\`--audit NAME\`, or several config files)`,
    ])
  })
})

describe(`at most ${n(MAX_GROUP_NAME_CHARS)} characters of group names an audit and a run`, () => {
  /** `groups` rows, column a = i padded to `width` characters, b = i % 2. */
  const named = (groups: number, width: number): string => {
    let s = 'y,p,a,b\n'
    for (let i = 0; i < groups; i++) s += `${i % 2},${(i >> 1) % 2},${String(i).padStart(width, '0')},${i % 2}\n`
    return s
  }
  // 1,000 groups of 1,000 characters: exactly the bound.
  const width = MAX_GROUP_NAME_CHARS / 1000

  it('an attribute at the bound is audited; one character more is refused, naming the count', async () => {
    ws.write('n.csv', named(1000, width))
    expect((await ws.run({ audits: [{ ...entry('m', ['a']), data: 'n.csv' }] })).ok).toBe(true)
    // A 1,001st group of one character: one more than the bound.
    ws.write('n.csv', named(1000, width) + `0,0,x,0\n`)
    expect(await ws.problems({ audits: [{ ...entry('m', ['a']), data: 'n.csv' }] })).toEqual([
      `n.csv: the audit's group names have more than ${n(MAX_GROUP_NAME_CHARS)} characters in all ('a' ${n(MAX_GROUP_NAME_CHARS + 1)}), the most one audit may have (each name is written in every table, interval and disparity of the report, an intersection's once for each of its possible groups); shorten or bin the values, or audit fewer attributes or intersections`,
    ])
  })

  it("an intersection's names are its possible groups': each value once for every value of the other attribute", async () => {
    // a: 500 values of 1,000 characters; b: 2 values of 1 character. 'a' is 500,000 characters, 'b' 2,
    // 'a' × 'b' 1,000 possible groups of 1,001 characters: 1,001,000, over the bound by itself.
    ws.write('n.csv', named(500, width))
    const out = await ws.problems({
      audits: [{ ...entry('m', ['b']), data: 'n.csv', intersections: [['a', 'b']] }],
    })
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(
      /^n\.csv: the audit's group names have more than 1,000,000 characters in all \('b' 2, 'a' × 'b' 1,00\d,\d{3}\)/,
    )
  })

  it('the audits of a run share one bound', async () => {
    ws.write('n.csv', named(600, width))
    expect(
      await ws.problems({
        audits: [
          { ...entry('m1', ['a']), data: 'n.csv' },
          { ...entry('m2', ['a']), data: 'n.csv' },
        ],
      }),
    ).toEqual([
      `n.csv: the group names of this run's audits have more than ${n(MAX_GROUP_NAME_CHARS)} characters in all ('m1' 600,000, 'm2' 401,000), the most one run may have (each name is written in every table, interval and disparity of the report, an intersection's once for each of its possible groups); shorten or bin the values, or run fewer audits at a time (\`--audit NAME\`, or several config files)`,
    ])
  })
})

describe(`at most ${n(MAX_AUDIT_CELLS)} combinations of sensitive values an audit`, () => {
  /** `cells` rows, each its own combination: a = i % 1,000, b = ⌊i / 1,000⌋. */
  const cells = (count: number): string => {
    const lines = ['y,p,a,b']
    for (let i = 0; i < count; i++) lines.push(`${i % 2},${(i >> 1) % 2},a${i % 1000},b${Math.floor(i / 1000)}`)
    return `${lines.join('\n')}\n`
  }
  const audit = { ...entry('m', ['a', 'b']), data: 'c.csv' }

  it('attributes not intersected may combine up to the bound; one combination more is refused', async () => {
    ws.write('c.csv', cells(MAX_AUDIT_CELLS))
    expect((await ws.run({ audits: [audit] })).ok).toBe(true)
    ws.write('c.csv', cells(MAX_AUDIT_CELLS + 1))
    expect(await ws.problems({ audits: [audit] })).toEqual([
      `c.csv: the rows hold more than ${n(MAX_AUDIT_CELLS)} combinations of the sensitive columns' values (distinct values so far: 'a' 1,000, 'b' 251), the most one audit may count (each combination is counted apart, then added into its groups): audit attributes that are not intersected in audits of their own, or bin them coarser`,
    ])
  })

  it(`with more than four sensitive columns, fewer: at most ${n(MAX_AUDIT_CELL_VALUES)} values in all (red team 16 R16-1)`, async () => {
    // 8 columns: 125,000 combinations. a = i % 1,000 and b = ⌊i / 1,000⌋ make them; c..h repeat a.
    const wide = (count: number): string => {
      const lines = ['y,p,a,b,c,d,e,f,g,h']
      for (let i = 0; i < count; i++) {
        const a = `a${i % 1000}`
        lines.push(`${i % 2},${(i >> 1) % 2},${a},b${Math.floor(i / 1000)},${a},${a},${a},${a},${a},${a}`)
      }
      return `${lines.join('\n')}\n`
    }
    const most = MAX_AUDIT_CELL_VALUES / 8
    const eight = { ...entry('m', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), data: 'w.csv' }
    ws.write('w.csv', wide(most))
    expect((await ws.run({ audits: [eight] })).ok).toBe(true)
    ws.write('w.csv', wide(most + 1))
    const out = await ws.problems({ audits: [eight] })
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(
      /^w\.csv: the rows hold more than 125,000 combinations of the sensitive columns' values \(distinct values so far: 'a' 1,000, 'b' 126, .*\), the most one audit of 8 such columns may count/,
    )
  })

  it('the same rows as JSONL (read by the generic pass, record by record) are refused the same way', async () => {
    const lines: string[] = []
    for (let i = 0; i <= MAX_AUDIT_CELLS; i++)
      lines.push(JSON.stringify({ y: i % 2, p: (i >> 1) % 2, a: `a${i % 1000}`, b: `b${Math.floor(i / 1000)}` }))
    ws.write('c.jsonl', `${lines.join('\n')}\n`)
    const out = await ws.problems({ audits: [{ ...audit, data: 'c.jsonl' }] })
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^c\.jsonl: the rows hold more than 250,000 combinations .*'a' 1,000, 'b' 251\)/)
  })
})
