/** Reference groups: `to_reference`, `largest`, `best`, a named group, and disparate_impact. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import type { AuditReport } from '../../src/report/types.js'
import type { GroupResult } from '../../src/stats/table.js'

const GOLDEN = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden')

async function outcome(audit: Record<string, unknown>) {
  const config = {
    audits: [
      {
        name: 'adult',
        data: 'adult_rf_binary.csv',
        label: 'label_value',
        prediction: 'score',
        sensitive: ['race', 'gender'],
        ...audit,
      },
    ],
  }
  return runConfigText(JSON.stringify(config), 'audit.json', { workspace: GOLDEN })
}

async function run(audit: Record<string, unknown>): Promise<AuditReport> {
  const out = await outcome(audit)
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0]!
}

const values = (a: AuditReport, attribute: string, metric: 'selection_rate' | 'accuracy' | 'false_positive_rate') =>
  new Map(a.groups.filter((g) => g.attribute === attribute).map((g) => [g.key, g.metrics[metric]!]))
const entry = (a: AuditReport, attribute: string, metric: string, method: string) =>
  a.disparities.find((d) => d.attribute === attribute && d.metric === metric && d.method === method)

describe('reference groups', () => {
  it('a named reference: to_reference difference and ratio are the worst gap to that group', async () => {
    const a = await run({ reference: { race: 'Black' } })
    const acc = values(a, 'race', 'accuracy')
    const ref = acc.get('Black')!
    const d = entry(a, 'race', 'accuracy_difference', 'to_reference')!
    expect(d.reference).toEqual({ group: 'Black', chosen: 'Black' })
    expect(d.value).toBeCloseTo(Math.max(...[...acc.values()].map((v) => Math.abs(v - ref))), 12)
    const r = entry(a, 'race', 'accuracy_ratio', 'to_reference')!
    expect(r.value).toBeCloseTo(Math.min(...[...acc.values()].map((v) => Math.min(v / ref, ref / v))), 12)
    expect(r.ci).toHaveLength(2)
    // Only race has a configured reference; gender gets no to_reference entries besides disparate_impact.
    expect(entry(a, 'gender', 'accuracy_difference', 'to_reference')).toBeUndefined()
  })

  it('disparate_impact is the selection-rate ratio to the reference (largest by default)', async () => {
    const a = await run({})
    const sr = values(a, 'race', 'selection_rate')
    const ref = sr.get('White')! // the largest group
    const di = entry(a, 'race', 'disparate_impact', 'to_reference')!
    expect(di.reference).toEqual({ group: 'White', chosen: 'largest' })
    expect(di.value).toBeCloseTo(Math.min(...[...sr.values()].map((v) => Math.min(v / ref, ref / v))), 12)
    expect(a.disparities.filter((d) => d.metric === 'disparate_impact').map((d) => d.method)).toEqual([
      'to_reference',
      'to_reference',
    ])
  })

  it('`best` takes the most favourable group per metric: highest accuracy, lowest FPR', async () => {
    const a = await run({ reference: 'best' })
    const acc = values(a, 'race', 'accuracy')
    const fpr = values(a, 'race', 'false_positive_rate')
    const argmax = (m: Map<string, number>) => [...m].reduce((b, x) => (x[1] > b[1] ? x : b))[0]
    const argmin = (m: Map<string, number>) => [...m].reduce((b, x) => (x[1] < b[1] ? x : b))[0]
    expect(entry(a, 'race', 'accuracy_difference', 'to_reference')!.reference!.group).toBe(argmax(acc))
    expect(entry(a, 'race', 'false_positive_rate_difference', 'to_reference')!.reference!.group).toBe(argmin(fpr))
    expect(entry(a, 'gender', 'accuracy_difference', 'to_reference')!.reference!.chosen).toBe('best')
  })

  it('a gate with method to_reference names the reference in its result and message', async () => {
    const a = await run({
      reference: { race: 'White' },
      gates: [
        { metric: 'accuracy_difference', attribute: 'race', method: 'to_reference', max: 0.5 },
        { metric: 'disparate_impact', attribute: 'race', min: 0.8 },
      ],
    })
    const [gap, di] = a.gates
    expect(gap!.reference).toEqual({ group: 'White', chosen: 'White' })
    expect(gap!.message).toMatch(/to_reference White/)
    expect(gap!.value).toBe(entry(a, 'race', 'accuracy_difference', 'to_reference')!.value)
    expect(di!.value).toBe(entry(a, 'race', 'disparate_impact', 'to_reference')!.value)
    expect(di!.method).toBe('to_reference')
  })

  it('a reference group that does not exist is a config problem with a suggestion', async () => {
    const out = await outcome({ reference: { race: 'Whit' } })
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.problems[0]!.message).toMatch(/reference group 'Whit' is not a group of race.*White/)
    const unknown = await outcome({ reference: { rac: 'White' } })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.problems[0]!.message).toMatch(/'rac' is not a sensitive attribute/)
  })

  it('disparate_impact refuses another method', async () => {
    const out = await outcome({
      gates: [{ metric: 'disparate_impact', attribute: 'race', min: 0.8, method: 'between_groups' }],
    })
    expect(out.ok).toBe(false)
  })
})

describe('choosing the largest reference', () => {
  it('reads each group a bounded number of times (it was quadratic in groups)', async () => {
    const { resolveReference } = await import('../../src/fairness/reference.js')
    const n = 5000
    const groups = Array.from({ length: n }, (_, i) => {
      const rows = 10 + ((i * 7919) % n)
      return {
        key: `g${i}`,
        group: { g: `g${i}` },
        values: [`g${i}`],
        present: true,
        sufficient: true,
        counts: { tp: rows, fp: 0, tn: 0, fn: 0 },
        metrics: { selection_rate: 0.5 },
        undefined: {},
      }
    }) as unknown as GroupResult[]
    let reads = 0
    const counted = new Proxy(groups, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++
        return Reflect.get(target, prop, receiver) as unknown
      },
    })
    const largest = groups.reduce((a, b) => (b.counts.tp > a.counts.tp ? b : a))
    expect(resolveReference(counted, 'selection_rate', 'largest')).toEqual({ key: largest.key })
    expect(reads).toBeLessThanOrEqual(4 * n)
  })
})
