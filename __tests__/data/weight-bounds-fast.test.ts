/**
 * The fast CSV pass holds weights to the bounds the generic pass does (red team 9 R9-11): a weight
 * it parsed itself was any number of 0 or more, so 999999999999999 was read where 1e15 was
 * refused, and a 1 and 250 zeros (its square past a double) hung the run. Now each is the same
 * problem, at the same cell, however the weight is written (plain digits, which the fast parse
 * reads; quoted or with an exponent, which it leaves to the check).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** 300 rows of weight 1 (the fast pass reads them), then one of weight `w` as written, on line 302. */
function csv(w: string): string {
  const lines = ['y,p,g,w']
  for (let i = 0; i < 300; i++) lines.push(`${i % 2},${(i >> 1) % 2},${i % 3 ? 'a' : 'b'},1`)
  lines.push(`1,1,a,${w}`)
  return `${lines.join('\n')}\n`
}

const config = { audits: [{ name: 'w', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['g'], weight: 'w' }] }
const expected = (shown: string, why: string): string[] => [
  `d.csv:302:4: weight column 'w' has ${shown}; expected 0 or a number from 1e-12 to 1e12 (${why})`,
]
const big = 'no sampled row stands for more'
const small = "a smaller weight's square is below what a number holds: scale the weights up, which changes no metric"

describe('weights outside their bounds, as the fast pass reads them', () => {
  it.each([
    ['999999999999999', big],
    ['1000000000000.5', big],
    [`1${'0'.repeat(250)}`, big],
    ['0.0000000000001', small],
    [`0.${'0'.repeat(202)}1`, small],
  ])('refuses %s as written, as it refuses the same value quoted', async (w, why) => {
    ws.write('d.csv', csv(w))
    const plain = await ws.problems(config)
    ws.write('d.csv', csv(`"${w}"`))
    expect(plain).toEqual(await ws.problems(config))
    expect(plain.length).toBe(1)
    expect(plain[0]).toContain(`d.csv:302:4: weight column 'w' has `)
    expect(plain[0]).toContain(`(${why})`)
    if (w.length < 60) expect(plain).toEqual(expected(`"${w}"`, why))
  })

  it('reads the bounds themselves and zero', async () => {
    for (const w of ['1000000000000', '0.000000000001', '0', '0.0']) {
      ws.write('d.csv', csv(w))
      expect((await ws.run(config)).ok, w).toBe(true)
    }
  })
})
