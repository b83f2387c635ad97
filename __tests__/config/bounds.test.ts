/** Config-side work bounds: suggestions cost O(length × bound), whatever the name's length. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { didYouMean, editDistance, suggest } from '../../src/config/problem.js'

/** The full-matrix optimal string alignment distance, as a reference. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[]
      const prev = d[i - 1] as number[]
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1)
      row[j] = v
    }
  }
  return (d[a.length] as number[])[b.length] as number
}

describe('did you mean', () => {
  it('the banded distance is the full distance, or max + 1 beyond max (2,000 runs, fixed seed)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 })
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 14 }), (a, b, max) => {
        const full = fullDistance(a, b)
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1)
        expect(editDistance(a, b)).toBe(full)
      }),
      { seed: 11, numRuns: 2000 },
    )
  })

  it('still suggests what it did', () => {
    expect(suggest('acuracy', ['accuracy', 'precision'])).toEqual(['accuracy'])
    expect(suggest('Sex', ['sex', 'race'])).toEqual(['sex'])
    expect(suggest('race_', ['race', 'sex'])).toEqual(['race'])
    expect(didYouMean('zzzz', ['accuracy'])).toBe('')
  })

  it('a 20,000-character name against 1,000 long names gets no suggestion, in bounded memory', () => {
    const name = 'x'.repeat(20_000)
    const candidates = Array.from({ length: 1000 }, (_, i) => `${'x'.repeat(19_990)}${i}`)
    const before = process.memoryUsage().rss
    expect(didYouMean(name, candidates)).toBe('')
    expect(didYouMean('y'.repeat(90), candidates)).toBe('')
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  })
})
