import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { applyBaseline, deltaOf, parseBaseline } from '../../src/gate/baseline.js'
import { loadReportValidator } from '../../src/report/check.js'
import type { Report } from '../../src/report/types.js'

// parseReport and checkReport need the report's validator, which readReportText loads.
await loadReportValidator()

const DIR = join(import.meta.dirname, '..', '..', '__fixtures__', 'baseline')

const GATES = [
  { name: 'gap may not widen', metric: 'accuracy_difference', attribute: 'group', max_increase: 0.05 },
  {
    name: 'gap within 0.3 and may not widen much',
    metric: 'accuracy_difference',
    attribute: 'group',
    max: 0.3,
    max_relative_change: 10,
  },
  { name: 'accuracy may not drop', metric: 'accuracy', max_decrease: 0.1 },
]

async function report(data: string, name = 'model', gates: unknown[] = GATES): Promise<Report> {
  const config = { audits: [{ name, data, label: 'label', prediction: 'prediction', sensitive: ['group'], gates }] }
  const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: DIR })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

describe('applyBaseline', () => {
  it('gives the deltas and fails a max_increase gate when the gap widens', async () => {
    const before = await report('before.csv')
    const after = await report('after.csv')
    // Without a baseline, the max_increase-only gate cannot be judged: insufficient, a warning by default.
    expect(after.audits[0]!.gates[0]!.status).toBe('insufficient')
    expect(after.passed).toBe(true)

    const r = applyBaseline(after, before, { source: 'before.json' })
    const a = r.audits[0]!
    expect(r.baseline).toMatchObject({ source: 'before.json', status: 'compared' })
    expect(a.baseline).toEqual({ status: 'compared' })

    const gapBefore = before.audits[0]!.disparities.find(
      (d) => d.metric === 'accuracy_difference' && d.method === 'between_groups' && d.attribute === 'group',
    )!.value!
    const gapAfter = after.audits[0]!.disparities.find(
      (d) => d.metric === 'accuracy_difference' && d.method === 'between_groups' && d.attribute === 'group',
    )!.value!
    expect(gapAfter - gapBefore).toBeGreaterThan(0.05)

    const [widen, relative, drop] = a.gates
    expect(widen!.delta!.baseline).toBe(gapBefore)
    expect(widen!.delta!.change).toBeCloseTo(gapAfter - gapBefore, 12)
    expect(widen!.status).toBe('fail')
    expect(widen!.effect).toBe('fail')
    expect(widen!.message).toMatch(/\+0\.14 against the baseline 0\.04 \(beyond max_increase 0\.05\)/)
    // gap 0.04 → 0.18 is +350%, within max_relative_change 10 (1000%), and 0.18 ≤ max 0.3.
    expect(relative!.status).toBe('pass')
    expect(relative!.delta!.relative_change).toBeCloseTo((gapAfter - gapBefore) / gapBefore, 12)
    // Overall accuracy 0.78 → 0.71: a drop of 0.07, within max_decrease 0.1.
    expect(drop!.delta!.change).toBeCloseTo(
      after.audits[0]!.overall.accuracy! - before.audits[0]!.overall.accuracy!,
      12,
    )
    expect(drop!.status).toBe('pass')

    expect(r.passed).toBe(false)
    expect(a.passed).toBe(false)
    expect(r.summary).toMatchObject({ gates: 3, failed: 1, passed: 2 })

    // Deltas everywhere, with whether the baseline lies outside the current interval.
    const groupB = a.groups.find((g) => g.key === 'b')!
    expect(groupB.deltas!.accuracy!.change).toBeCloseTo(0.62 - 0.76, 12)
    expect(groupB.deltas!.accuracy!.outside_interval).toBe(true)
    expect(a.groups.find((g) => g.key === 'a')!.deltas!.accuracy!.change).toBe(0)
    expect(a.groups.find((g) => g.key === 'a')!.deltas!.accuracy!.outside_interval).toBe(false)
    expect(a.overall_delta!.accuracy!.change).toBeCloseTo(0.71 - 0.78, 12)
    expect(a.disparities.every((d) => d.delta !== undefined)).toBe(true)
    // The input report is left as it was.
    expect(after.audits[0]!.gates[0]!.delta).toBeUndefined()
  })

  it('on: interval, a change past the limit whose interval straddles it only warns', async () => {
    const gates = [{ metric: 'accuracy_difference', attribute: 'group', max_increase: 0.05, on: 'interval' }]
    const r = applyBaseline(await report('after.csv', 'model', gates), await report('before.csv', 'model', gates))
    const g = r.audits[0]!.gates[0]!
    // Baseline 0.04 + 0.05 = a limit of 0.09: the value 0.18 is past it, the interval's low end is not.
    expect(g.ci![0]).toBeLessThan(0.09)
    expect(g.status).toBe('warn')
    expect(g.message).toMatch(/straddles the limit/)
    expect(r.passed).toBe(true)
  })

  it('passes the same gate when the gap narrows', async () => {
    const r = applyBaseline(await report('before.csv'), await report('after.csv'))
    expect(r.audits[0]!.gates[0]!.status).toBe('pass')
    expect(r.passed).toBe(true)
  })

  it('a missing baseline is reported, not fatal', async () => {
    const after = await report('after.csv')
    const r = applyBaseline(after, null, { source: 'gone.json', problem: 'gone.json not found', missing: true })
    expect(r.baseline).toEqual({ source: 'gone.json', status: 'missing', message: 'gone.json not found' })
    expect(applyBaseline(after, null, { source: 'bad.json', problem: 'not JSON' }).baseline?.status).toBe('invalid')
    expect(r.audits[0]!.baseline!.status).toBe('none')
    const gate = r.audits[0]!.gates[0]!
    expect(gate.status).toBe('insufficient')
    expect(gate.effect).toBe('warn')
    expect(gate.message).toMatch(/no baseline value \(gone\.json not found\)/)
    // A gate with its own bounds too: within them, but its change bound unchecked, so its
    // `insufficient` policy decides (a warning by default; red team 40 R40-6).
    expect(r.audits[0]!.gates[1]!).toMatchObject({ status: 'insufficient', effect: 'warn' })
    expect(r.audits[0]!.gates[1]!.message).toMatch(
      /within ≤ 0\.3; no baseline value .*max_relative_change 10 was not checked/,
    )
    expect(r.passed).toBe(true)
  })

  it('a baseline without that audit, or without that value, is reported per audit and per gate', async () => {
    const other = await report('before.csv', 'another model')
    const r = applyBaseline(await report('after.csv'), other)
    expect(r.baseline!.status).toBe('compared')
    expect(r.audits[0]!.baseline).toEqual({ status: 'missing_audit', message: "the baseline has no audit 'model'" })
    expect(r.audits[0]!.gates[0]!.status).toBe('insufficient')
    expect(r.audits[0]!.gates[0]!.message).toMatch(/the baseline has no audit 'model'/)

    const noGates = await report('before.csv', 'model', [])
    // Not gated in the baseline: the value comes from its disparity list instead.
    const found = applyBaseline(await report('after.csv'), noGates).audits[0]!.gates[0]!
    expect(found.status).toBe('fail')
  })

  it('the insufficient policy decides what a gate without a baseline value does', async () => {
    const strict = await report('after.csv', 'model', [
      { metric: 'accuracy_difference', attribute: 'group', max_increase: 0.05, insufficient: 'fail' },
    ])
    expect(applyBaseline(strict, null).audits[0]!.gates[0]!.effect).toBe('fail')
  })

  it('is linear: 2,000 groups against a 20,000-group baseline in well under 5 s (75 ms idle; 27 s when quadratic), first match wins (red team A32)', async () => {
    const after = await report('after.csv')
    const before = await report('before.csv')
    const a = after.audits[0]!
    const b = before.audits[0]!
    const template = a.groups[0]!
    const bTemplate = b.groups[0]!
    const current: Report = {
      ...after,
      audits: [{ ...a, groups: Array.from({ length: 2000 }, (_, i) => ({ ...template, key: `g${i}` })) }],
    }
    // 20,000 groups of another attribute, then the current ones twice: the first copy is the one compared.
    const noise = Array.from({ length: 20_000 }, (_, i) => ({ ...bTemplate, attribute: 'other', key: `g${i}` }))
    const first = Array.from({ length: 2000 }, (_, i) => ({
      ...bTemplate,
      key: `g${i}`,
      metrics: { ...bTemplate.metrics, accuracy: 0.5 },
    }))
    const second = first.map((g) => ({ ...g, metrics: { ...g.metrics, accuracy: 0.9 } }))
    const baseline: Report = { ...before, audits: [{ ...b, groups: [...noise, ...first, ...second] }] }
    const t0 = performance.now()
    const r = applyBaseline(current, baseline)
    const ms = performance.now() - t0
    expect(r.audits[0]!.groups).toHaveLength(2000)
    expect(r.audits[0]!.groups.every((g) => g.deltas!.accuracy!.baseline === 0.5)).toBe(true)
    // About 75 ms idle; the quadratic version took 27 s. 5 s leaves room for a loaded machine (1.06 s at load 19).
    expect(ms).toBeLessThan(5000)
  })

  it('parseBaseline accepts a report and explains anything else', async () => {
    const before = await report('before.csv')
    const ok = parseBaseline(JSON.stringify(before), 'before.json')
    expect('report' in ok && ok.report.audits[0]!.name).toBe('model')
    const bad = parseBaseline('{"hello": 1}', 'x.json')
    expect('problem' in bad && bad.problem).toMatch(/not a model-audit-gate JSON report/)
    const notJson = parseBaseline('<html>', 'x.json')
    expect('problem' in notJson && notJson.problem).toMatch(/not JSON/)
    // A baseline is read back like a workflow_run artifact: every rendered field typed.
    const tampered = JSON.parse(JSON.stringify(before)) as { audits: { rows: unknown }[] }
    tampered.audits[0]!.rows = '<img src=x onerror=alert(1)>'
    const refused = parseBaseline(JSON.stringify(tampered), 'x.json')
    expect('problem' in refused && refused.problem).toMatch(
      /^x\.json is not a valid report \(\/audits\/0\/rows must be integer\)/,
    )
    const older = parseBaseline(JSON.stringify({ ...before, schema_version: 0 }), 'x.json')
    expect('problem' in older && older.problem).toMatch(/schema version 0; this version reads 1/)
  })
})

describe('deltaOf', () => {
  it.each([
    [
      0.5,
      0.4,
      [0.45, 0.55],
      { baseline: 0.4, change: 0.5 - 0.4, relative_change: (0.5 - 0.4) / 0.4, outside_interval: true },
    ],
    [
      0.5,
      0.48,
      [0.45, 0.55],
      { baseline: 0.48, change: 0.5 - 0.48, relative_change: (0.5 - 0.48) / 0.48, outside_interval: false },
    ],
    [0.5, 0, undefined, { baseline: 0, change: 0.5, relative_change: null, outside_interval: null }],
    [null, 0.3, undefined, { baseline: 0.3, change: null, relative_change: null, outside_interval: null }],
    [0.2, null, [0.1, 0.3], { baseline: null, change: null, relative_change: null, outside_interval: null }],
  ] as const)('%s against %s', (cur, base, ci, want) => {
    expect(deltaOf(cur, base, ci ? [ci[0], ci[1]] : undefined)).toEqual(want)
  })
})
