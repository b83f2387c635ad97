/**
 * `max_groups` bounds one grouping; an audit's groups in all (its attributes' distinct values
 * and its intersections' possible groups) and a run's (over its audits, whose results are all
 * kept for the report) have their own bound, checked as groups appear (red team N6: four
 * attributes of 20,000 groups took 379 MB, 32 above 1 GB; six audits of one 557 MB).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_AUDIT_GROUPS, MAX_RUN_GROUPS } from '../../src/stats/accumulate.js'
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
