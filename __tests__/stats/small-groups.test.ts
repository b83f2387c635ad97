/**
 * Small groups: shown, marked insufficient, left out of aggregates and gates, counted in
 * the report. The acceptance case: adult, race, min_group_size 100.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import type { AuditReport } from '../../src/report/types.js'

const GOLDEN = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden')

async function run(audit: Record<string, unknown>): Promise<AuditReport> {
  const config = {
    audits: [
      {
        name: 'adult',
        data: 'adult_rf_binary.csv',
        label: 'label_value',
        prediction: 'score',
        sensitive: ['race'],
        confidence: false,
        ...audit,
      },
    ],
  }
  const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: GOLDEN })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0]!
}

const accuracyDifference = (a: AuditReport) =>
  a.disparities.find(
    (d) => d.attribute === 'race' && d.metric === 'accuracy_difference' && d.method === 'between_groups',
  )!

describe('min_group_size on adult (race)', () => {
  it('with min_group_size 0 every group counts: accuracy difference 0.1201 (Other vs Asian-Pac-Islander)', async () => {
    const a = await run({ min_group_size: 0 })
    const d = accuracyDifference(a)
    expect(d.value).toBeCloseTo(0.1201, 4)
    expect(d.groups).toEqual(['Other', 'Asian-Pac-Islander'])
    expect(d.skipped).toEqual([])
  })

  it('with min_group_size 100, Other (73 rows) is shown but left out; Amer-Indian-Eskimo (exactly 100) is not: 0.0849', async () => {
    const a = await run({
      min_group_size: 100,
      gates: [{ metric: 'accuracy_difference', attribute: 'race', max: 0.1 }],
    })
    const other = a.groups.find((g) => g.key === 'Other')!
    const aie = a.groups.find((g) => g.key === 'Amer-Indian-Eskimo')!
    expect(other.count).toBe(73)
    expect(other.sufficient).toBe(false)
    expect(other.insufficient_reason).toMatch(/73 rows, below min_group_size 100/)
    expect(other.metrics.accuracy).not.toBeNull()
    expect(aie.count).toBe(100)
    expect(aie.sufficient).toBe(true)

    const d = accuracyDifference(a)
    expect(d.value).toBeCloseTo(0.0849, 4)
    // From the groups themselves: max − min over the sufficient ones.
    const kept = a.groups.filter((g) => g.attribute === 'race' && g.sufficient).map((g) => g.metrics.accuracy!)
    expect(d.value).toBeCloseTo(Math.max(...kept) - Math.min(...kept), 12)
    expect(d.skipped.map((s) => s.group)).toEqual(['Other'])

    expect(a.insufficient).toEqual([
      { attribute: 'race', groups: 5, insufficient: ['Other'], insufficient_for_some_metrics: [], empty_cells: [] },
    ])
    const gate = a.gates[0]!
    expect(gate.status).toBe('pass')
    expect(gate.skipped.map((s) => s.group)).toEqual(['Other'])
  })

  it('min_positives leaves a group out of TPR-based aggregates only', async () => {
    // Amer-Indian-Eskimo has 10 positive labels, Other 8 (the rest have more than 25).
    const a = await run({
      min_positives: 25,
      gates: [{ metric: 'equal_opportunity_difference', attribute: 'race', max: 1 }],
    })
    const tpr = a.disparities.find(
      (d) => d.attribute === 'race' && d.metric === 'true_positive_rate_difference' && d.method === 'between_groups',
    )!
    expect(tpr.skipped.map((s) => s.group).sort()).toEqual(['Amer-Indian-Eskimo', 'Other'])
    expect(tpr.skipped[0]!.reason).toMatch(/positive labels, below min_positives 25/)
    expect(accuracyDifference(a).skipped).toEqual([])
    expect(accuracyDifference(a).value).toBeCloseTo(0.1201, 4)
    // FPR needs negatives, not positives.
    const fpr = a.disparities.find(
      (d) => d.attribute === 'race' && d.metric === 'false_positive_rate_difference' && d.method === 'between_groups',
    )!
    expect(fpr.skipped).toEqual([])
    expect(a.insufficient![0]!.insufficient_for_some_metrics.sort()).toEqual(['Amer-Indian-Eskimo', 'Other'])
    expect(a.gates[0]!.skipped.map((s) => s.group).sort()).toEqual(['Amer-Indian-Eskimo', 'Other'])
  })

  it('a gate with fewer than two sufficient groups is insufficient, and `insufficient` decides the verdict', async () => {
    const gates = (insufficient: string) => [
      { metric: 'accuracy_difference', attribute: 'race', max: 0.1, insufficient },
    ]
    for (const [policy, effect] of [
      ['pass', 'pass'],
      ['warn', 'warn'],
      ['fail', 'fail'],
    ] as const) {
      const a = await run({ min_group_size: 1000, gates: gates(policy) })
      expect(a.gates[0]!.status).toBe('insufficient')
      expect(a.gates[0]!.effect).toBe(effect)
      expect(a.gates[0]!.message).toMatch(/at least two groups/)
      expect(a.passed).toBe(effect !== 'fail')
    }
  })
})
