/** The config keys of issue 4, as the loader reads and checks them. */
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { formatProblem } from '../../src/config/problem.js'

const audit = (extra: string, gates = '') => `audits:
  - name: a
    data: d.csv
    label: y
    prediction: p
    sensitive: [sex, race]
    intersections: [[sex, race]]
${extra}${gates ? `    gates:\n${gates}` : ''}`

function load(text: string) {
  const { config, problems } = loadConfig(text, 'c.yml')
  return { audit: config?.audits[0], problems: problems.map(formatProblem) }
}

describe('confidence', () => {
  it('is on by default, can be tuned, and turned off', () => {
    expect(load(audit('')).audit!.confidence).toEqual({ level: 0.95, replicates: 2000, seed: 1 })
    expect(load(audit('    confidence: {level: 0.9, seed: 42}\n')).audit!.confidence).toEqual({
      level: 0.9,
      replicates: 2000,
      seed: 42,
    })
    expect(load(audit('    confidence: false\n')).audit!.confidence).toBeNull()
  })
  it.each([
    [
      '    confidence: {level: 1.5}\n',
      'c.yml:8:25: expected a number < 1, got number 1.5 (at audits[0].confidence.level)',
    ],
    [
      '    confidence: {replicates: 10}\n',
      'c.yml:8:30: expected a number >= 100, got number 10 (at audits[0].confidence.replicates)',
    ],
    [
      '    confidence: yes\n',
      'c.yml:8:17: expected true or false or a mapping, got the string "yes" (at audits[0].confidence)',
    ],
    [
      '    confidence: {levle: 0.9}\n',
      "c.yml:8:18: unknown key 'levle' (did you mean 'level'?) (at audits[0].confidence.levle)",
    ],
  ])('reports %j', (extra, message) => {
    expect(load(audit(extra)).problems).toContain(message)
  })
})

describe('gates', () => {
  it('read on, method to_reference and the baseline bounds; a baseline bound alone is a gate', () => {
    const { audit: a, problems } = load(
      audit(
        '',
        '      - {metric: accuracy_difference, attribute: race, method: to_reference, max: 0.1, on: interval}\n      - {metric: accuracy_difference, attribute: race, max_increase: 0.02, max_relative_change: 0.5}\n',
      ),
    )
    expect(problems).toEqual([])
    expect(a!.gates[0]).toMatchObject({ method: 'to_reference', on: 'interval' })
    expect(a!.gates[0]!.change).toBeUndefined()
    expect(a!.gates[1]).toMatchObject({ on: 'point', change: { max_increase: 0.02, max_relative_change: 0.5 } })
  })
  it('rejects a negative baseline bound and on: interval without intervals', () => {
    expect(load(audit('', '      - {metric: accuracy, max_decrease: -0.1}\n')).problems.join('\n')).toMatch(
      /expected a number >= 0/,
    )
    expect(
      load(audit('    confidence: false\n', '      - {metric: accuracy, min: 0.5, on: interval}\n')).problems.join(
        '\n',
      ),
    ).toMatch(/`on: interval` needs confidence intervals/)
  })
  it('baseline bounds need one value, not each_group', () => {
    expect(
      load(
        audit('', '      - {metric: accuracy, attribute: race, each_group: {min: 0.5}, max_decrease: 0.1}\n'),
      ).problems.join('\n'),
    ).toMatch(/gate 'accuracy_group_min' or 'accuracy_group_max' instead of `each_group`/)
  })
  it('a per-group metric with an attribute and a change bound is refused, not judged overall (red team 40 R40-2)', () => {
    // It was accepted and judged on the overall value, `attribute` dropped: group B's accuracy
    // fell 0.80 → 0.65, A's rose, the overall stayed 0.80, and the gate passed.
    const why = (metric: string, worst: string, other: string) =>
      `'${metric}' with an attribute needs \`each_group\` (every group's value), which takes no \`max_increase\`, \`max_decrease\` or \`max_relative_change\`: to bound a change per group, gate '${metric}_group_${worst}' (or '${metric}_group_${other}') with this attribute — or an aggregate such as '${metric}_difference' (at audits[0].gates[0].attribute)`
    expect(load(audit('', '      - {metric: accuracy, attribute: race, max_decrease: 0.01}\n')).problems).toEqual([
      `c.yml:9:28: ${why('accuracy', 'min', 'max')}`,
    ])
    // With a bound too (`min` judged the overall value), and a lower-is-better metric (its worst group is the highest).
    expect(
      load(
        audit('', '      - metric: fpr\n        attribute: [race, sex]\n        max: 0.3\n        max_increase: 1\n'),
      ).problems,
    ).toEqual([`c.yml:10:9: ${why('fpr', 'max', 'min')}`])
    // Without the attribute, the overall gate is what it says; per group, the aggregate form.
    const fine = load(
      audit(
        '',
        '      - {metric: accuracy, max_decrease: 0.01}\n      - {metric: accuracy_group_min, attribute: race, max_decrease: 0.01}\n',
      ),
    )
    expect(fine.problems).toEqual([])
    expect(fine.audit!.gates.map((g) => g.attribute)).toEqual([undefined, ['race']])
  })
  it('disparate_impact is always to_reference', () => {
    const { audit: a } = load(audit('', '      - {metric: disparate_impact, attribute: race, min: 0.8}\n'))
    expect(a!.gates[0]!.method).toBe('to_reference')
  })
})

describe('small groups and references', () => {
  it('reads min_positives, min_negatives and per-attribute references, intersections as a+b', () => {
    const { audit: a, problems } = load(
      audit(
        '    min_positives: 10\n    min_negatives: 20\n    reference: {race: White, sex: largest, "sex+race": "Female | White"}\n',
      ),
    )
    expect(problems).toEqual([])
    expect(a).toMatchObject({ min_positives: 10, min_negatives: 20 })
    expect(a!.reference).toEqual({
      race: { group: 'White' },
      sex: 'largest',
      'sex × race': { group: 'Female | White' },
    })
  })
  it('a single word applies to every attribute and intersection', () => {
    expect(load(audit('    reference: best\n')).audit!.reference).toEqual({
      sex: 'best',
      race: 'best',
      'sex × race': 'best',
    })
  })
  it('names an unknown attribute', () => {
    expect(load(audit('    reference: {rac: White}\n')).problems.join('\n')).toMatch(
      /'rac' is not a sensitive attribute or intersection of this audit \(did you mean 'race'/,
    )
  })
})

describe('against: history_median', () => {
  it('is read with its min_history (default 3); baseline is the default and adds nothing', () => {
    const { audit: a, problems } = load(
      audit(
        '',
        '      - {metric: accuracy, max_decrease: 0.02, against: history_median}\n      - {metric: accuracy, max_decrease: 0.02, against: history_median, min_history: 5}\n      - {metric: accuracy, max_decrease: 0.02, against: baseline}\n',
      ),
    )
    expect(problems).toEqual([])
    expect(a!.gates[0]).toMatchObject({ against: 'history_median', min_history: 3 })
    expect(a!.gates[1]).toMatchObject({ against: 'history_median', min_history: 5 })
    expect(a!.gates[2]!.against).toBeUndefined()
  })

  it.each([
    [
      '      - {metric: accuracy, min: 0.8, against: history_median}\n',
      'c.yml:9:38: `against` and `min_history` say what `max_increase`, `max_decrease` or `max_relative_change` compare with; this gate has none of them (at audits[0].gates[0].against)',
    ],
    [
      '      - {metric: accuracy, max_increase: 0.1, min_history: 2}\n',
      'c.yml:9:47: `min_history` applies to `against: history_median` only; add it or remove this (at audits[0].gates[0].min_history)',
    ],
    [
      '      - {metric: accuracy, max_increase: 0.1, against: median}\n',
      'c.yml:9:56: the string "median" is not allowed here; expected one of: baseline, history_median (at audits[0].gates[0].against)',
    ],
  ])('%s is refused where it is written', (gates, problem) => {
    expect(load(audit('', gates)).problems).toEqual([problem])
  })
})
