/** Config-side work bounds: suggestions cost O(length × bound), whatever the name's length. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { didYouMean, editDistance, formatProblems, suggest } from '../../src/config/problem.js'
import { CONFIG_LIMITS } from '../../src/config/schema.js'

/** The full-matrix optimal string alignment distance, as a reference. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[]
      const prev = d[i - 1] as number[]
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1)
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

describe('max_groups', () => {
  it('is at most 20,000: a config cannot ask for 100,000 groups (red team: 4.6 s and 490 MB from a 2 MB file)', () => {
    const text =
      'audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [id]\n    max_groups: 100000\n'
    expect(
      loadConfig(text, 'audit.yml')
        .problems.map((p) => `${p.line}: ${p.message}`)
        .join('\n'),
    ).toMatch(/^7: .*20000/)
    expect(loadConfig(text.replace('100000', '20000'), 'audit.yml').problems).toEqual([])
  })
})

describe('config list bounds', () => {
  const audit = (extra: string): string => `  - name: m\n    data: data.csv\n    label: y\n    prediction: p\n${extra}`
  const list = (n: number, f: (i: number) => string): string =>
    `[${Array.from({ length: n }, (_, i) => f(i)).join(', ')}]`

  it('every list of a config has a bound, named at its file:line before anything runs', () => {
    const cases: [string, string, RegExp][] = [
      [
        'audits',
        `audits:\n${Array.from({ length: CONFIG_LIMITS.audits + 1 }, (_, i) => audit('    sensitive: [sex]\n').replace('name: m', `name: m${i}`)).join('')}`,
        /^audit\.yml:2:3: 51 items; at most 50 are allowed here: split the audits across several config files/,
      ],
      [
        'data',
        `audits:\n${audit('    sensitive: [sex]\n').replace('data: data.csv', `data: ${list(101, (i) => `d${i}.csv`)}`)}`,
        /^audit\.yml:3:11: 101 items; at most 100 are allowed here/,
      ],
      [
        'sensitive',
        `audits:\n${audit(`    sensitive: ${list(33, (i) => `s${i}`)}\n`)}`,
        /^audit\.yml:6:16: 33 items; at most 32 are allowed here \(at audits\[0\]\.sensitive\)/,
      ],
      [
        'intersections',
        `audits:\n${audit(`    sensitive: [a, b]\n    intersections: ${list(33, () => '[a, b]')}\n`)}`,
        /^audit\.yml:7:20: 33 items; at most 32 are allowed here \(at audits\[0\]\.intersections\)/,
      ],
      [
        'an intersection',
        `audits:\n${audit(`    sensitive: [a, b]\n    intersections: [${list(9, (i) => `s${i}`)}]\n`)}`,
        /^audit\.yml:7:21: 9 items; at most 8 are allowed here \(at audits\[0\]\.intersections\[0\]\)/,
      ],
      [
        'gates',
        `audits:\n${audit(`    sensitive: [sex]\n    gates:\n${'      - {metric: accuracy, min: 0.1}\n'.repeat(101)}`)}`,
        /^audit\.yml:8:7: 101 items; at most 100 are allowed here/,
      ],
      [
        'reference',
        `audits:\n${audit(`    sensitive: [sex]\n    reference: {${Array.from({ length: 65 }, (_, i) => `s${i}: a`).join(', ')}}\n`)}`,
        /^audit\.yml:7:16: 65 entries; at most 64 are allowed here \(at audits\[0\]\.reference\)/,
      ],
    ]
    for (const [what, text, expected] of cases) {
      const { problems } = loadConfig(text, 'audit.yml')
      expect(formatProblems(problems).join('\n'), what).toMatch(expected)
    }
  })

  it('the bounds are what the schema says, and a config at every bound is valid', () => {
    const text = `audits:\n${Array.from({ length: CONFIG_LIMITS.audits }, (_, i) => audit(`    sensitive: ${list(CONFIG_LIMITS.sensitive, (j) => `s${j}`)}\n`).replace('name: m', `name: m${i}`)).join('')}`
    expect(loadConfig(text, 'audit.yml').problems).toEqual([])
  })
})
