/** Config-side work bounds: suggestions cost O(length × bound), whatever the name's length. */
import { truncateSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import {
  CONFIG_MAX_BYTES,
  CONFIG_MAX_COLLECTION_ITEMS,
  CONFIG_MAX_DEPTH,
  CONFIG_MAX_VALUES,
  loadConfig,
} from '../../src/config/load.js'
import { didYouMean, editDistance, formatProblem, formatProblems, suggest } from '../../src/config/problem.js'
import { CONFIG_LIMITS } from '../../src/config/schema.js'
import { makeWorkspace } from '../support/workspace.js'

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

describe('config size and structure bounds (red team 4 R4-12)', () => {
  const head =
    'audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [s]\n    confidence: false\n'
  const lines = (text: string): string[] => formatProblems(loadConfig(text, 'audit.yml').problems)

  it('a config text over 256 KiB is one problem, before yaml parses it', () => {
    const text = `${head}    description: "${'a'.repeat(CONFIG_MAX_BYTES)}"\n`
    expect(lines(text)).toEqual([
      `audit.yml: the config is ${text.length.toLocaleString('en-US')} characters; at most 262,144 (256 KiB) are read: a config is a few KB, split the audits across several config files`,
    ])
  })

  it('more than 20,000 lines and commas is one problem at the line where the count passes it', () => {
    // 1 MB of this took 14.6 s and 542 MB to refuse as an unknown key: yaml builds every node first.
    const text = `${head}    x: [${'0,'.repeat(CONFIG_MAX_VALUES)}0]\n`
    expect(text.length).toBeLessThan(CONFIG_MAX_BYTES)
    const out = lines(text)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^audit\.yml:8:\d+: the config holds more than 20,000 values \(lines and commas/)
    // 20,000 one-line audits (1.4 MB) were killed at 20 s; within the byte bound they stop at a bound too.
    const audits = `audits:\n${'  - {name: m, data: d.csv, label: y, prediction: p, sensitive: [s]}\n'.repeat(3800)}`
    expect(audits.length).toBeLessThan(CONFIG_MAX_BYTES)
    expect(lines(audits)).toEqual([
      'audit.yml:2:3: a list of 3,800 items; no list or mapping of a config holds more than 1,000 (the largest, `data` and `gates`, at most 100)',
    ])
  })

  it('a list or mapping of more than 1,000 items is a problem at its start, not looked into', () => {
    const seq = lines(`${head}    x: [${'0, '.repeat(CONFIG_MAX_COLLECTION_ITEMS)}0]\n`)
    expect(seq).toEqual([
      'audit.yml:8:8: a list of 1,001 items; no list or mapping of a config holds more than 1,000 (the largest, `data` and `gates`, at most 100)',
    ])
    const map = `${head}    reference:\n${Array.from({ length: 1500 }, (_, i) => `      k${i}: v\n`).join('')}`
    expect(lines(map)).toEqual([
      'audit.yml:9:7: a mapping of 1,500 items; no list or mapping of a config holds more than 1,000 (the largest, `data` and `gates`, at most 100)',
    ])
    const deep = `${head}    x: ${'['.repeat(CONFIG_MAX_DEPTH)}${']'.repeat(CONFIG_MAX_DEPTH)}\n`
    expect(lines(deep)).toEqual(['audit.yml:8:69: a list nested more than 64 levels deep; a config nests a few'])
  })

  it('duplicate keys are found with one set per mapping: yaml’s message, at the key, in a 1,000-key mapping too', () => {
    expect(lines(`${head}    label: p\n`)).toEqual(['audit.yml:8:5: cannot parse: Map keys must be unique'])
    const keys = Array.from({ length: 999 }, (_, i) => `      k${i}: v\n`).join('')
    expect(lines(`${head}    reference:\n${keys}      k5: w\n`)).toEqual([
      'audit.yml:1008:7: cannot parse: Map keys must be unique',
    ])
    // 1 and "1" are one property of the value yaml builds, the later one winning: one key given twice (red team 28 R28-5).
    expect(lines(`${head}    reference: {1: a, "1": b}\n`)).toEqual([
      'audit.yml:8:23: cannot parse: Map keys must be unique',
    ])
  })

  it('more than 50 audits is refused on the document, before any audit is validated', () => {
    const audit = (i: number): string => `  - {name: m${i}, data: d.csv, label: y, prediction: p, sensitive: [s]}\n`
    const text = `audits:\n${Array.from({ length: 900 }, (_, i) => audit(i)).join('')}`
    expect(lines(text)).toEqual([
      'audit.yml:2:3: 900 items; at most 50 are allowed here: split the audits across several config files (one run each) (at audits)',
    ])
  })

  it('the CLI and the action refuse a config file over 256 KiB before reading a byte', async () => {
    const ws = makeWorkspace()
    try {
      // A sparse 1 GiB file: reading it would take a gigabyte.
      const path = ws.write('audit.yml', head)
      truncateSync(path, 1024 ** 3)
      const out = await runConfigFile('audit.yml', { workspace: ws.dir })
      expect(out.ok).toBe(false)
      expect(out.ok ? [] : out.problems.map(formatProblem)).toEqual([
        'audit.yml: the config is 1,073,741,824 bytes; at most 262,144 (256 KiB) are read: a config is a few KB, split the audits across several config files',
      ])
    } finally {
      ws.cleanup()
    }
  })
})

describe('confidence.replicates', () => {
  it('is at most 20,000: 8 attributes at 100,000 took 19 s (red team 4 R4-10)', () => {
    const text = (r: number): string =>
      `audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [s]\n    confidence: {replicates: ${r}}\n`
    expect(formatProblems(loadConfig(text(100_000), 'audit.yml').problems)).toEqual([
      'audit.yml:7:30: expected a number <= 20000, got number 100000 (at audits[0].confidence.replicates)',
    ])
    expect(loadConfig(text(20_000), 'audit.yml').problems).toEqual([])
  })
})
