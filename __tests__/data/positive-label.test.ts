/**
 * Labels that never equal positive_label (a sample with no positive outcome) are audited as
 * fairlearn audits them, with a warning, however the negative is spelled; the audit is refused
 * only when the predictions never equal positive_label either, where a misspelled positive_label
 * is the likely cause. fairlearn 0.14's numbers: __fixtures__/golden/parity/labels-*.json, written
 * by scripts/oracle/binary-metrics.py.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const DIR = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'parity')
const ws = makeWorkspace()
afterAll(() => ws.cleanup())

interface Golden {
  overall: Record<string, number | null>
  by_group: Record<string, Record<string, number | null>>
}

const CASES: [string, string | number][] = [
  ['labels-all-minus-one', 1],
  ['labels-all-no', 'yes'],
  ['labels-all-one-positive-zero', 0],
]

describe.each(CASES)('%s (positive_label %s)', (name, positive) => {
  const golden = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Golden
  const metrics = Object.keys(golden.overall)

  it("is audited, equal to fairlearn's numbers in zero_division: fairlearn mode, with a warning", async () => {
    ws.write(`${name}.csv`, readFileSync(join(DIR, `${name}.csv`)))
    const out = await ws.run(audit(`${name}.csv`, { positive_label: positive, zero_division: 'fairlearn', metrics }))
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const a = out.report.audits[0]!
    for (const m of metrics)
      expect(a.overall[m as keyof typeof a.overall], `overall ${m}`).toBeCloseTo(golden.overall[m] as number, 12)
    const groups = a.groups.filter((g) => g.attribute === 'g')
    expect(groups.map((g) => g.key).sort()).toEqual(Object.keys(golden.by_group).sort())
    for (const g of groups)
      for (const m of metrics)
        expect(g.metrics[m as keyof typeof g.metrics], `${g.key} ${m}`).toBeCloseTo(
          golden.by_group[g.key]![m] as number,
          12,
        )
    expect(a.warnings.join('\n')).toContain(
      `no value of label column 'y' equals positive_label ${typeof positive === 'string' ? JSON.stringify(positive) : positive}`,
    )
  })

  it('in the default mode, the rates over positive labels are undefined, not 0', async () => {
    const out = await ws.run(audit(`${name}.csv`, { positive_label: positive, metrics }))
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const a = out.report.audits[0]!
    expect(a.overall.true_positive_rate).toBeNull()
    expect(a.overall.false_negative_rate).toBeNull()
    expect(a.overall.false_positive_rate).toBeCloseTo(golden.overall.false_positive_rate as number, 12)
  })
})

describe('a misspelled positive_label', () => {
  it('is refused when neither labels nor predictions ever equal it, naming both columns', async () => {
    ws.write('yn.csv', 'y,p,g\nno,no,a\nno,no,b\n')
    const problems = await ws.problems(audit('yn.csv', { positive_label: 'Yes' }))
    expect(problems).toEqual([
      `yn.csv: neither label column 'y' (values seen: "no") nor prediction column 'p' (values seen: "no") has a value equal to positive_label "Yes"; positive_label is likely misspelled: set it to the favourable value as the data writes it`,
    ])
  })

  it('is refused when the predictions have two values and neither equals it', async () => {
    ws.write('yn2.csv', 'y,p,g\nyes,no,a\nno,yes,b\n')
    const problems = await ws.problems(audit('yn2.csv', { positive_label: 'Yes' }))
    expect(problems.join('\n')).toContain(`no value of prediction column 'p' equals positive_label "Yes"`)
  })

  it('all-0 labels and predictions stay an audit (0 is the plain negative), with the warning', async () => {
    ws.write('zeros.csv', 'y,p,g\n0,0,a\n0,0,b\n')
    const out = await ws.run(audit('zeros.csv'))
    expect(out.ok).toBe(true)
    if (out.ok)
      expect(out.report.audits[0]!.warnings.join('\n')).toContain(
        "no value of label column 'y' equals positive_label 1",
      )
  })
})
