/**
 * Red team 40 R40-12: with `insufficient: pass`, gates that had no value were counted in the
 * headline as "all 2 gates within their thresholds", and a `to_reference` gate whose reference
 * group is there but below `min_group_size` said "the reference A value is undefined".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { headline } from '../../src/report/markdown.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeAll(() => {
  ws = makeWorkspace()
  // A: 20 rows (below min_group_size 30), B and C 400 each; accuracy 0.95, 0.6, 0.95.
  const lines = ['y,p,g']
  for (const [g, n, acc] of [
    ['A', 20, 0.95],
    ['B', 400, 0.6],
    ['C', 400, 0.95],
  ] as const)
    for (let i = 0; i < n; i++) {
      const y = i % 2
      lines.push(`${y},${i < acc * n ? y : 1 - y},${g}`)
    }
  ws.write('ref.csv', `${lines.join('\n')}\n`)
})
afterAll(() => ws.cleanup())

const config = (gates: string): string =>
  `audits:\n  - name: m\n    data: ref.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    reference: {g: A}\n    confidence: false\n    min_group_size: 30\n    gates:\n${gates}`

const TO_REFERENCE =
  '      - metric: accuracy_difference\n        method: to_reference\n        attribute: g\n        max: 0.05\n        insufficient: pass\n'

async function report(gates: string) {
  ws.write('c.yml', config(gates))
  const out = await runConfigFile('c.yml', { workspace: ws.dir })
  if (!out.ok) throw new Error(JSON.stringify(out.problems))
  return out.report
}

describe('the headline counts a gate with no value as not judged (R40-12)', () => {
  it('two gates, neither with a value: "no gate judged; 2 gates could not be judged"', async () => {
    const r = await report(
      `${TO_REFERENCE}      - metric: disparate_impact\n        attribute: g\n        min: 0.8\n        insufficient: pass\n`,
    )
    expect(r.audits[0]?.gates.map((g) => g.status)).toEqual(['insufficient', 'insufficient'])
    expect(headline(r)).toMatch(
      /^✅ Model audit passed: no gate judged; 2 gates could not be judged \(insufficient: pass\) — /,
    )
    expect(headline(r)).not.toContain('within their thresholds')
  })

  it('one judged, one not: "1 of 2 gates within their thresholds; 1 gate could not be judged"', async () => {
    const r = await report(
      `${TO_REFERENCE}      - metric: accuracy_group_min\n        attribute: g\n        min: 0.5\n`,
    )
    expect(headline(r)).toMatch(
      /^✅ Model audit passed: 1 of 2 gates within their thresholds; 1 gate could not be judged \(insufficient: pass\) — /,
    )
  })

  it('a reference group below min_group_size is named as left out, with why, not as undefined', async () => {
    const r = await report(TO_REFERENCE)
    const gate = r.audits[0]?.gates[0]
    const text = JSON.stringify(gate)
    expect(text).toContain('the reference A is left out: 20 rows, below min_group_size 30')
    expect(text).not.toContain('value is undefined')
  })
})
