/** The gate's verdict against a baseline, a history median and undefined values (red team 40). */
import { afterAll, describe, expect, it } from 'vitest'
import { applyBaseline } from '../../src/gate/baseline.js'
import { applyHistory, historyMatcher } from '../../src/gate/history.js'
import { makeWorkspace } from '../support/workspace.js'
import type { Report } from '../../src/report/types.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** `n` rows of group `g`, `pos` of them predicted positive, half of each labelled positive. */
function rows(g: string, n: number, pos: number): string[] {
  return Array.from({ length: n }, (_, i) => `${i % 2},${i < pos ? 1 : 0},${g}`)
}

let files = 0
/** Runs one audit `m` over these rows with these gates; `extra` adds audit settings. */
async function audit(lines: string[], gates: object[], extra: object = {}): Promise<Report> {
  const data = `d${files++}.csv`
  ws.write(data, ['y,p,g', ...lines].join('\n') + '\n')
  const out = await ws.run({
    audits: [{ name: 'm', data, label: 'y', prediction: 'p', sensitive: ['g'], confidence: false, ...extra, gates }],
  })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

describe('R40-3: a comparing gate with fewer than two sufficient groups stays insufficient against a baseline or history', () => {
  const gate = {
    name: 'DP gap may not widen',
    metric: 'demographic_parity_difference',
    attribute: 'g',
    max_increase: 0.02,
    insufficient: 'fail',
  }
  const extra = { min_group_size: 30 }
  // The baseline: A selects 20 of 40, B 18 of 40 (a gap of 0.05); now B has 10 rows, none selected.
  const before = (): Promise<Report> => audit([...rows('A', 40, 20), ...rows('B', 40, 18)], [gate], extra)
  const after = (): Promise<Report> => audit([...rows('A', 40, 20), ...rows('B', 10, 0)], [gate], extra)

  it('alone, with a baseline, and with a history median (insufficient: fail decides)', async () => {
    const base = await before()
    expect(base.audits[0]!.gates[0]!.value).toBeCloseTo(0.05, 12)
    const cur = await after()
    const alone = cur.audits[0]!.gates[0]!
    expect(alone).toMatchObject({ status: 'insufficient', effect: 'fail', value: null, groups: [] })
    expect(alone.message).toMatch(/needs at least two groups with enough data; found 1/)

    const compared = applyBaseline(cur, base, { source: 'base.json' })
    expect(compared.audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'fail' })
    expect(compared.passed).toBe(false)

    const hist = { ...gate, against: 'history_median', min_history: 1 }
    const past = await audit([...rows('A', 40, 20), ...rows('B', 40, 18)], [hist], extra)
    const now = await audit([...rows('A', 40, 20), ...rows('B', 10, 0)], [hist], extra)
    const values = historyMatcher(now)(past)
    expect(values).toEqual([[past.audits[0]!.gates[0]!.value]])
    const judged = applyHistory(now, [{ file: 'h.json', run: { started_at: '2026-11-01T00:00:00.000Z' }, values }], {
      patterns: ['h.json'],
      limit: 20,
      matched: 1,
      skipped: [],
      skippedCount: 0,
    })
    expect(judged.audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'fail' })
    expect(judged.passed).toBe(false)
  })

  it('under the default policy it stays a warning, never a clean pass', async () => {
    const { insufficient: _, ...warnGate } = gate
    const base = await audit([...rows('A', 40, 20), ...rows('B', 40, 18)], [warnGate], extra)
    const cur = await audit([...rows('A', 40, 20), ...rows('B', 10, 0)], [warnGate], extra)
    const compared = applyBaseline(cur, base, { source: 'base.json' })
    expect(compared.audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'warn' })
  })
})
