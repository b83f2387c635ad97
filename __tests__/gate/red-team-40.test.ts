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

describe('R40-4: a gate over fewer than two groups with a defined value is insufficient, never 0 or 1 "A vs A"', () => {
  // A: 40 rows, 20 predicted positive (precision 0.5); B: 40 rows, never predicted positive (precision 0/0).
  const data = (): string[] => [...rows('A', 40, 20), ...rows('B', 40, 0)]
  const gates = [
    { metric: 'precision_difference', attribute: 'g', max: 0.1, insufficient: 'fail' },
    { metric: 'precision_ratio', attribute: 'g', min: 0.8 },
    { metric: 'precision_difference', attribute: 'g', method: 'to_overall', max: 0.1 },
    { metric: 'precision_group_min', attribute: 'g', min: 0.4 },
    { metric: 'precision_group_max', attribute: 'g', max: 0.6 },
  ]

  it('names the group whose value is undefined; insufficient: fail fails', async () => {
    const r = await audit(data(), gates, { metrics: ['precision'] })
    const got = r.audits[0]!.gates
    for (const g of got) {
      expect(g).toMatchObject({ status: 'insufficient', value: null, groups: [] })
      expect(g.message).toMatch(
        /needs at least two groups with a defined value; found 1: B's precision is undefined \(no positive predictions\)/,
      )
    }
    expect(got[0]!.effect).toBe('fail')
    expect(got[1]!.effect).toBe('warn')
    expect(r.passed).toBe(false)
  })

  it('a group whose rows all weigh 0 does not vanish from a gap', async () => {
    const lines = [...rows('A', 40, 20).map((l) => `${l},1`), ...rows('B', 40, 40).map((l) => `${l},0`)]
    ws.write('w0.csv', ['y,p,g,w', ...lines].join('\n') + '\n')
    const out = await ws.run({
      audits: [
        {
          name: 'm',
          data: 'w0.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['g'],
          weight: 'w',
          confidence: false,
          gates: [
            { metric: 'accuracy_difference', attribute: 'g', max: 0.05 },
            { metric: 'equalized_odds_difference', attribute: 'g', max: 0.05 },
          ],
        },
      ],
    })
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    const [acc, eo] = out.report.audits[0]!.gates
    expect(acc).toMatchObject({ status: 'insufficient', value: null })
    expect(acc!.message).toMatch(/found 1: B's accuracy is undefined \(no rows of weight above 0\)/)
    expect(eo).toMatchObject({ status: 'insufficient', value: null })
    expect(eo!.message).toMatch(/found 1: B's true_positive_rate is undefined/)
  })

  it('with zero_division: fairlearn the zero denominator is 0, a defined value, as fairlearn gives', async () => {
    const r = await audit(data(), gates.slice(0, 1), { metrics: ['precision'], zero_division: 'fairlearn' })
    // fairlearn: precision_score(zero_division="warn") is 0 for B, so the difference is 0.5 − 0.
    expect(r.audits[0]!.gates[0]).toMatchObject({ status: 'fail', value: 0.5, groups: ['B', 'A'] })
  })

  it('two defined groups of three still compare, naming the one skipped', async () => {
    // C predicts one row positive, a negative one: precision 0.
    const r = await audit([...data(), ...rows('C', 40, 1)], gates.slice(0, 1), { metrics: ['precision'] })
    const g = r.audits[0]!.gates[0]!
    expect(g).toMatchObject({ status: 'fail', value: 0.5, groups: ['C', 'A'] })
    expect(g.skipped).toEqual([{ group: 'B', reason: 'no positive predictions' }])
  })
})

describe('R40-6: a gate with a bound and a change bound, and no value to compare with, is insufficient for its policy', () => {
  const lines = (): string[] => [...rows('A', 40, 20), ...rows('B', 40, 18)]
  const gate = (over: object = {}): object => ({
    metric: 'demographic_parity_difference',
    attribute: 'g',
    max: 0.9,
    max_increase: 0,
    insufficient: 'fail',
    ...over,
  })

  it('without a baseline, without the audit in it, and without history: insufficient: fail fails', async () => {
    const r = await audit(lines(), [gate()])
    const none = applyBaseline(r, null, { source: 'gone.json', problem: 'gone.json not found', missing: true })
    expect(none.audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'fail' })
    expect(none.audits[0]!.gates[0]!.message).toMatch(
      /within ≤ 0\.9; no baseline value .*max_increase 0 was not checked/,
    )
    expect(none.passed).toBe(false)

    const other = applyBaseline(r, { ...r, audits: [{ ...r.audits[0]!, name: 'other' }] })
    expect(other.audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'fail' })

    const h = await audit(lines(), [gate({ against: 'history_median' })])
    const meta = { patterns: ['h/*.json'], limit: 20, matched: 0, skipped: [], skippedCount: 0 }
    expect(applyHistory(h, [], meta).audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'fail' })
  })

  it('the policy still decides (pass passes), and a breached bound still fails', async () => {
    const lenient = await audit(lines(), [gate({ insufficient: 'pass' })])
    expect(applyBaseline(lenient, null).audits[0]!.gates[0]).toMatchObject({ status: 'insufficient', effect: 'pass' })
    const breached = await audit(lines(), [gate({ max: 0.01, insufficient: 'pass' })])
    expect(applyBaseline(breached, null).audits[0]!.gates[0]).toMatchObject({ status: 'fail', effect: 'fail' })
    // With a baseline value the change is judged as before.
    const compared = applyBaseline(lenient, lenient).audits[0]!.gates[0]!
    expect(compared).toMatchObject({ status: 'pass', effect: 'pass' })
  })
})

describe('R40-1: an `agg: mean` equalized-odds gate is matched with its own baseline and history value, never the worst case', () => {
  /** `n` rows of group g: `tp` of the `n/2` positives and `fp` of the `n/2` negatives predicted positive. */
  function eoRows(g: string, n: number, tp: number, fp: number): string[] {
    const half = n / 2
    return [
      ...Array.from({ length: half }, (_, i) => `1,${i < tp ? 1 : 0},${g}`),
      ...Array.from({ length: half }, (_, i) => `0,${i < fp ? 1 : 0},${g}`),
    ]
  }
  const worst = { name: 'EO worst', metric: 'equalized_odds_difference', attribute: 'g', max: 0.9 }
  const mean = { name: 'EO mean', metric: 'equalized_odds_difference', attribute: 'g', agg: 'mean', max_increase: 0.02 }
  // Before: TPR gap 0.4, FPR gap 0 (worst 0.4, mean 0.2). After: TPR gap 0.3, FPR gap 0.3 (worst 0.3, mean 0.3).
  const before = (): string[] => [...eoRows('A', 100, 45, 10), ...eoRows('B', 100, 25, 10)]
  const after = (): string[] => [...eoRows('A', 100, 45, 25), ...eoRows('B', 100, 30, 10)]

  it('against a baseline with both gates: the mean against the mean', async () => {
    const base = await audit(before(), [worst, mean])
    const cur = await audit(after(), [worst, mean])
    expect(cur.audits[0]!.gates.map((g) => g.agg)).toEqual([undefined, 'mean'])
    expect(base.audits[0]!.gates.map((g) => g.value)).toEqual([0.4, 0.2])
    const g = applyBaseline(cur, base).audits[0]!.gates[1]!
    expect(g.delta!.baseline).toBe(0.2)
    expect(g).toMatchObject({ status: 'fail', effect: 'fail' })
    expect(g.message).toMatch(/\+0\.1 against the baseline 0\.2 \(beyond max_increase 0\.02\)/)
  })

  it('against a baseline without the mean gate: not in the baseline (no worst-case fallback)', async () => {
    const base = await audit(before(), [worst])
    const cur = await audit(after(), [mean])
    const g = applyBaseline(cur, base).audits[0]!.gates[0]!
    expect(g.delta!.baseline).toBeNull()
    expect(g).toMatchObject({ status: 'insufficient', effect: 'warn' })
    expect(g.message).toMatch(/not in the baseline/)
    // A worst-case gate still falls back to the baseline's disparity.
    const w = applyBaseline(await audit(after(), [{ ...worst, max_increase: 0.02 }]), base).audits[0]!.gates[0]!
    expect(w.delta!.baseline).toBe(0.4)
  })

  it('against a history median: the mean gate reads the mean gate of each run', async () => {
    const hist = { ...mean, against: 'history_median', min_history: 1 }
    const past = await audit(before(), [worst, hist])
    const now = await audit(after(), [worst, hist])
    expect(historyMatcher(now)(past)).toEqual([[0.4, 0.2]])
  })
})

describe("R40-14: an intersection is matched as a set of columns, its groups by their columns' values", () => {
  /** Rows of `g × h`: A|X and A|Y select `a` of 40, B|X and B|Y select `b` of 40. */
  function ixRows(a: number, b: number): string {
    const cell = (g: string, h: string, pos: number): string[] =>
      Array.from({ length: 40 }, (_, i) => `${i % 2},${i < pos ? 1 : 0},${g},${h}`)
    return (
      ['y,p,g,h', ...cell('A', 'X', a), ...cell('A', 'Y', a), ...cell('B', 'X', b), ...cell('B', 'Y', b)].join('\n') +
      '\n'
    )
  }
  async function ixAudit(file: string, intersection: string[], gates: object[]): Promise<Report> {
    const out = await ws.run({
      audits: [
        {
          name: 'm',
          data: file,
          label: 'y',
          prediction: 'p',
          sensitive: ['g', 'h'],
          intersections: [intersection],
          confidence: false,
          gates,
        },
      ],
    })
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    return out.report
  }
  const gate = { metric: 'demographic_parity_difference', attribute: ['g', 'h'], max_increase: 0.02 }

  it('reordering `intersections` keeps the baseline, the history and the group deltas', async () => {
    ws.write('ix-base.csv', ixRows(20, 20))
    ws.write('ix-cur.csv', ixRows(20, 8))
    const base = await ixAudit('ix-base.csv', ['g', 'h'], [gate])
    const cur = await ixAudit('ix-cur.csv', ['h', 'g'], [gate])
    expect(cur.audits[0]!.gates[0]!.attribute).toEqual(['h', 'g'])
    const r = applyBaseline(cur, base).audits[0]!
    expect(r.gates[0]!.delta!.baseline).toBe(0)
    expect(r.gates[0]).toMatchObject({ status: 'fail', effect: 'fail' })
    const by = (key: string) => r.groups.find((g) => Array.isArray(g.attribute) && g.key === key)!
    // Y | B is the baseline's B | Y: 0.5 then, 0.2 now.
    expect(by('Y | B').deltas!.selection_rate!.baseline).toBe(0.5)
    expect(by('Y | B').deltas!.selection_rate!.change).toBeCloseTo(-0.3, 12)
    const disparity = r.disparities.find(
      (d) => d.metric === 'demographic_parity_difference' && Array.isArray(d.attribute),
    )!
    expect(disparity.delta!.baseline).toBe(0)

    const hist = { ...gate, against: 'history_median', min_history: 1 }
    const past = await ixAudit('ix-base.csv', ['g', 'h'], [hist])
    const now = await ixAudit('ix-cur.csv', ['h', 'g'], [hist])
    expect(historyMatcher(now)(past)).toEqual([[0]])
  })
})
