/**
 * Red team 42: a group with enough data whose gated value is undefined (never predicted
 * positive, so its precision is 0/0) was left out of the gate without a word. An `each_group`
 * gate passed on the other groups (R42-1), and with three groups a gap, ratio or minimum over
 * the two defined ones passed (R42-2), even with `insufficient: fail`; fairlearn, which counts
 * the 0/0 as 0, gives a precision gap of 0.9. Now a gate that passes on the defined groups while
 * such a group exists is `insufficient`, naming it, and its policy decides; a gate that fails on
 * the defined groups still fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeAll(() => {
  ws = makeWorkspace()
  const lines = ['y,p,g']
  // A: 400 rows, precision 0.9; B: 400 rows, precision 0.88; C: 400 rows never predicted positive.
  for (let i = 0; i < 400; i++) {
    const y = i % 2
    lines.push(`${y},${i < 360 ? y : 1 - y},A`)
  }
  for (let i = 0; i < 400; i++) {
    const y = i % 2
    lines.push(`${y},${i < 352 ? y : 1 - y},B`)
  }
  for (let i = 0; i < 400; i++) lines.push(`${i % 2},0,C`)
  ws.write('three.csv', `${lines.join('\n')}\n`)
})
afterAll(() => ws.cleanup())

const config = (policy: string, zeroDivision = ''): string =>
  `audits:\n  - name: m\n    data: three.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    confidence: false\n${zeroDivision}    metrics: [precision]\n    gates:\n` +
  `      - {name: gap, metric: precision_difference, attribute: g, max: 0.1, insufficient: ${policy}}\n` +
  `      - {name: ratio, metric: precision_ratio, attribute: g, min: 0.8, insufficient: ${policy}}\n` +
  `      - {name: worst, metric: precision_group_min, attribute: g, min: 0.8, insufficient: ${policy}}\n` +
  `      - {name: each, metric: precision, each_group: {min: 0.8}, insufficient: ${policy}}\n` +
  `      - {name: wide gap, metric: precision_difference, attribute: g, max: 0.001, insufficient: ${policy}}\n`

async function gates(text: string) {
  ws.write('c.yml', text)
  const out = await runConfigFile('c.yml', { workspace: ws.dir })
  if (!out.ok) throw new Error(JSON.stringify(out.problems))
  return { gates: out.report.audits[0]?.gates ?? [], passed: out.report.passed }
}

describe('a group with enough data and an undefined gated value is not passed over (red team 42 R42-1, R42-2)', () => {
  it('with insufficient: fail, every gate that passed on A and B alone fails, naming C', async () => {
    const r = await gates(config('fail'))
    const byName = Object.fromEntries(r.gates.map((g) => [g.name, g]))
    for (const n of ['gap', 'ratio', 'worst', 'each']) {
      expect(byName[n]?.status, n).toBe('insufficient')
      expect(byName[n]?.effect, n).toBe('fail')
      expect(byName[n]?.message, n).toContain("C's precision is undefined (no positive predictions)")
    }
    // A gap the defined groups already breach is a breach, not insufficient.
    expect(byName['wide gap']?.status).toBe('fail')
    expect(r.passed).toBe(false)
  })

  it('with the default policy the gates warn instead of passing', async () => {
    const r = await gates(config('warn'))
    expect(r.gates.filter((g) => g.name !== 'wide gap').map((g) => g.effect)).toEqual(['warn', 'warn', 'warn', 'warn'])
  })

  it('zero_division: fairlearn counts the 0/0 as 0: a defined value, and the gates breach on it', async () => {
    const r = await gates(config('pass', '    zero_division: fairlearn\n'))
    const byName = Object.fromEntries(r.gates.map((g) => [g.name, g]))
    expect(byName.gap?.status).toBe('fail')
    expect(byName.gap?.value).toBeCloseTo(0.9, 12)
    expect(byName.each?.status).toBe('fail')
  })
})
