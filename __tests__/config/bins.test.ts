/** The `bins` key: what the config accepts, and each problem at the offending edge or key. */
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { formatProblem } from '../../src/config/problem.js'
import { CONFIG_LIMITS } from '../../src/config/schema.js'

function load(bins: string, extra = ''): { bins?: Record<string, number[]>; problems: string[] } {
  const text = `audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [age, sex]\n    intersections: [[sex, income]]\n${extra}    bins: ${bins}\n`
  const { config, problems } = loadConfig(text, 'audit.yml')
  return { bins: config?.audits[0]?.bins, problems: problems.map(formatProblem) }
}

describe('bins in the config', () => {
  it('accepts increasing finite edges on a sensitive or an intersection-only column', () => {
    const r = load('{age: [25, 45, 65], income: [-1.5e3, 0, 2.5e4]}')
    expect(r.problems).toEqual([])
    expect(r.bins).toEqual({ age: [25, 45, 65], income: [-1500, 0, 25000] })
  })

  it('one edge is enough; none is a problem', () => {
    expect(load('{age: [30]}').problems).toEqual([])
    expect(load('{age: []}').problems).toEqual(['audit.yml:8:17: expected at least 1 item (at audits[0].bins.age)'])
  })

  it(`at most ${CONFIG_LIMITS.binEdges} edges`, () => {
    const edges = (n: number): string => `{age: [${Array.from({ length: n }, (_, i) => i).join(', ')}]}`
    expect(load(edges(CONFIG_LIMITS.binEdges)).problems).toEqual([])
    expect(load(edges(CONFIG_LIMITS.binEdges + 1)).problems.join('\n')).toMatch(
      // The config's structure bound (no list holds more than 1,000 items) speaks first, at the list.
      /^audit\.yml:8:17: .*1,?000/,
    )
  })

  it('each unsorted or repeated edge is named at its position', () => {
    expect(load('{age: [25, 25, 20, 65]}').problems).toEqual([
      "audit.yml:8:22: bin edge 25 is given twice (edges 1 and 2 of 'age'); edges must be strictly increasing (at audits[0].bins.age[1])",
      "audit.yml:8:26: bin edge 20 is below the edge before it (25); the edges of 'age' must be strictly increasing, e.g. [20, 25, 65] (at audits[0].bins.age[2])",
    ])
  })

  it('not a number, not finite, not a list', () => {
    expect(load('{age: [25, "45"]}').problems).toEqual([
      'audit.yml:8:22: expected a number, got the string "45" (at audits[0].bins.age[1])',
    ])
    expect(load('{age: [25, .nan]}').problems).toEqual([
      'audit.yml:8:22: expected a finite number, got NaN (at audits[0].bins.age[1])',
    ])
    expect(load('{age: 25}').problems).toEqual([
      'audit.yml:8:17: expected a list, got number 25 (at audits[0].bins.age)',
    ])
  })

  it('a column the audit does not group by, or a label/prediction/score column', () => {
    expect(load('{Age: [25]}').problems).toEqual([
      "audit.yml:8:12: `bins` names 'Age', which is not a sensitive, intersection or control column of this audit (did you mean 'age'?) (at audits[0].bins.Age)",
    ])
    expect(load('{p: [0.5]}').problems).toEqual([
      "audit.yml:8:12: 'p' is the prediction column; `bins` groups a sensitive attribute (at audits[0].bins.p)",
    ])
  })

  it('missing_group may not be a bin label', () => {
    expect(load('{age: [25]}', "    missing: group\n    missing_group: '< 25'\n").problems).toEqual([
      "audit.yml:9:20: missing_group '< 25' is also a bin of 'age'; missing values would join that bin: choose another name (at audits[0].missing_group)",
    ])
  })

  it('no bins: an empty mapping, with no prototype', () => {
    const { config } = loadConfig(
      'audits:\n  - {name: m, data: d.csv, label: y, prediction: p, sensitive: [constructor]}\n',
      'audit.yml',
    )
    const bins = config?.audits[0]?.bins as Record<string, number[]>
    expect(Object.keys(bins)).toEqual([])
    expect(Object.hasOwn(bins, 'constructor')).toBe(false)
    expect(bins.constructor).toBeUndefined()
  })
})
