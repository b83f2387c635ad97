import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { judge } from '../../src/gate/evaluate.js'
import type { Report } from '../../src/report/types.js'

const GOLDEN = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden')

async function run(audit: Record<string, unknown>): Promise<Report> {
  const config = {
    audits: [
      {
        name: 'adult',
        data: 'adult_rf_binary.csv',
        label: 'label_value',
        prediction: 'score',
        sensitive: ['race'],
        ...audit,
      },
    ],
  }
  const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: GOLDEN })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

describe('judge', () => {
  it.each([
    // value, interval, bounds, on → verdict
    [0.12, [0.08, 0.16], { max: 0.1 }, 'point', 'breach'],
    [0.12, [0.08, 0.16], { max: 0.1 }, 'interval', 'straddle'],
    [0.12, [0.11, 0.16], { max: 0.1 }, 'interval', 'breach'],
    [0.09, [0.05, 0.16], { max: 0.1 }, 'interval', 'pass'],
    [0.09, [0.05, 0.16], { max: 0.1 }, 'point', 'pass'],
    [0.75, [0.7, 0.85], { min: 0.8 }, 'interval', 'straddle'],
    [0.75, [0.7, 0.79], { min: 0.8 }, 'interval', 'breach'],
    [0.85, [0.78, 0.9], { min: 0.8 }, 'interval', 'pass'],
    [0.5, [0.45, 0.55], { min: 0.4, max: 0.6 }, 'interval', 'pass'],
  ] as const)('%f in %j against %j on %s: %s', (value, ci, bounds, on, verdict) => {
    expect(judge(value, [ci[0], ci[1]], bounds, on).verdict).toBe(verdict)
  })
})

describe('gates on the evidence (adult, race)', () => {
  const gate = (extra: Record<string, unknown>) => ({
    gates: [{ metric: 'accuracy_difference', attribute: 'race', ...extra }],
  })

  it('default `point` fails on the value alone, and the report carries the interval', async () => {
    const g = (await run(gate({ max: 0.1 }))).audits[0]!.gates[0]!
    expect(g.on).toBe('point')
    expect(g.status).toBe('fail')
    const [lo, hi] = g.ci!
    expect(lo).toBeLessThan(0.1)
    expect(hi).toBeGreaterThan(0.1)
    expect(g.message).toMatch(/95% CI \[/)
  })

  it('`interval` warns when the point is past the bound but the interval straddles it', async () => {
    const r = await run(gate({ max: 0.1, on: 'interval' }))
    const g = r.audits[0]!.gates[0]!
    expect(g.status).toBe('warn')
    expect(g.effect).toBe('warn')
    expect(g.message).toMatch(/straddles/)
    expect(r.passed).toBe(true)
  })

  it('`interval` fails when the whole interval is past the bound', async () => {
    const r = await run(gate({ max: 0.05, on: 'interval' }))
    const g = r.audits[0]!.gates[0]!
    expect(g.ci![0]).toBeGreaterThan(0.05)
    expect(g.status).toBe('fail')
    expect(g.message).toMatch(/whole interval/)
    expect(r.passed).toBe(false)
  })

  it('`interval` passes when the point is within the bound, even if the interval reaches past it', async () => {
    const g = (await run(gate({ max: 0.15, on: 'interval' }))).audits[0]!.gates[0]!
    expect(g.ci![1]).toBeGreaterThan(0.15)
    expect(g.status).toBe('pass')
  })

  it('each_group on `interval` judges every group by its own interval', async () => {
    // Black: accuracy 0.096 on 967 rows, interval about [0.079, 0.116]; Other: 0.055 on 73 rows.
    const at = async (min: number, on: string) =>
      (await run({ gates: [{ metric: 'accuracy', attribute: 'race', each_group: { min }, on }] })).audits[0]!.gates[0]!
    const straddled = await at(0.1, 'interval')
    expect(straddled.status).toBe('warn')
    expect(straddled.groups).toEqual(['Amer-Indian-Eskimo', 'Black', 'Other'])
    expect(straddled.message).toMatch(/^3 groups of race have accuracy past ≥ 0\.1 but an interval that straddles it/)
    expect((await at(0.1, 'point')).status).toBe('fail')
    const breached = await at(0.12, 'interval')
    expect(breached.status).toBe('fail')
    expect(breached.groups).toEqual(['Black'])
    expect(breached.message).toMatch(/^1 group of race breaches accuracy ≥ 0\.12 with the whole interval: Black 0\.096/)
  })

  it('the gate interval equals the listed disparity interval (same replicates)', async () => {
    const a = (await run(gate({ max: 0.1 }))).audits[0]!
    const d = a.disparities.find(
      (x) => x.attribute === 'race' && x.metric === 'accuracy_difference' && x.method === 'between_groups',
    )!
    expect(a.gates[0]!.ci).toEqual(d.ci)
  })

  it('same seed, same report byte for byte; another seed moves the intervals only', async () => {
    const one = JSON.stringify(await run({ ...gate({ max: 0.1 }), confidence: { seed: 7 } }))
    const two = JSON.stringify(await run({ ...gate({ max: 0.1 }), confidence: { seed: 7 } }))
    expect(two).toBe(one)
    const other = (await run({ ...gate({ max: 0.1 }), confidence: { seed: 8 } })).audits[0]!
    const first = JSON.parse(one) as Report
    expect(other.gates[0]!.ci).not.toEqual(first.audits[0]!.gates[0]!.ci)
    expect(other.gates[0]!.value).toBe(first.audits[0]!.gates[0]!.value)
  })

  it('`confidence: false` drops the intervals, and `on: interval` then is a config error', async () => {
    const a = (await run({ ...gate({ max: 0.1 }), confidence: false })).audits[0]!
    expect(a.gates[0]!.ci).toBeUndefined()
    expect(a.disparities[0]!.ci).toBeUndefined()
    expect(a.confidence).toBeNull()
    const config = {
      audits: [
        {
          name: 'adult',
          data: 'adult_rf_binary.csv',
          label: 'label_value',
          prediction: 'score',
          sensitive: ['race'],
          confidence: false,
          ...gate({ max: 0.1, on: 'interval' }),
        },
      ],
    }
    const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: GOLDEN })
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.problems[0]!.message).toMatch(/on: interval` needs confidence/)
  })
})

describe('ROC AUC intervals (DeLong)', () => {
  it('per group and overall from DeLong, comparisons from the normal resampler, none to overall', async () => {
    const a = (
      await run({
        prediction: undefined,
        score: 'score',
        gates: [{ metric: 'roc_auc_difference', attribute: 'race', max: 0.5, on: 'interval' }],
      })
    ).audits[0]!
    expect(a.confidence!.methods.roc_auc).toMatch(/DeLong/)
    const [lo, hi] = a.overall_ci!.roc_auc!
    expect(lo).toBeLessThan(a.overall.roc_auc!)
    expect(hi).toBeGreaterThan(a.overall.roc_auc!)
    for (const g of a.groups.filter((x) => x.metrics.roc_auc !== null)) {
      expect(g.ci!.roc_auc![0]).toBeLessThanOrEqual(g.metrics.roc_auc!)
      expect(g.ci!.roc_auc![1]).toBeGreaterThanOrEqual(g.metrics.roc_auc!)
    }
    const between = a.disparities.find(
      (d) => d.attribute === 'race' && d.metric === 'roc_auc_difference' && d.method === 'between_groups',
    )!
    expect(between.ci).toHaveLength(2)
    expect(a.gates[0]!.ci).toEqual(between.ci)
    const toOverall = a.disparities.find(
      (d) => d.attribute === 'race' && d.metric === 'roc_auc_difference' && d.method === 'to_overall',
    )!
    expect(toOverall.value).not.toBeNull()
    expect(toOverall.ci).toBeNull()
  })
})
