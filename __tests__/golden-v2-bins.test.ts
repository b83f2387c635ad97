/**
 * fairlearn parity for a binned attribute (golden v2, case 7: `bins: {age: [25, 45, 65]}`):
 * every number of every block of `bins.json` within 1e-9 — per group, overall,
 * group_min/max, difference and ratio by both methods, the fairness aggregates and their
 * `mean` / `worst_case` variants — and its `binning` member (rows, smallest and largest raw
 * value per bin). Groups are matched by key: the golden file lists them by code point, the
 * report in bin order, which is checked too. (The readers' agreement is
 * `__tests__/data/bins.test.ts`.)
 */
import { describe, expect, it } from 'vitest'
import { binLabels } from '../src/data/bins.js'
import type { AuditReport } from '../src/report/types.js'
import { checkBinaryBlock, goldenConfig, readGolden, runGolden, variantGates } from './support/golden-v2.js'

const golden = readGolden('bins.json')
const BLOCKS = Object.keys(golden.results)
const LABELS = ['< 25', '[25, 45)', '[45, 65)', '>= 65']

function binsConfig(extra: Record<string, unknown> = {}): { audits: Record<string, unknown>[] } {
  const config = goldenConfig('bins.yml')
  const audit = config.audits[0] as Record<string, unknown>
  Object.assign(audit, { confidence: false, gates: variantGates(BLOCKS) }, extra)
  return config
}

describe('golden v2, case 7: binned attribute', () => {
  let report: AuditReport

  it('the config and the labels are the golden ones', () => {
    expect(BLOCKS).toEqual(['age', 'sex', 'age+sex'])
    expect(binLabels([25, 45, 65])).toEqual(LABELS)
    expect((golden.binning as { age: { labels: string[] } }).age.labels).toEqual(LABELS)
  })

  it('every value of every block within 1e-9', async () => {
    report = await runGolden(binsConfig(), 'bins.yml')
    expect(report.rows).toBe(golden.input.rows)
    let compared = 0
    for (const b of BLOCKS) compared += checkBinaryBlock(report, b, golden.results[b]!)
    // 12 metrics × (14 groups + 3 × (overall, min, max, 2 kinds × 2 methods)), the fairness aggregates and variants.
    expect(compared).toBeGreaterThan(450)
  })

  it('the same in the default zero_division mode (no group of this file has a 0/0 rate), with intervals on', async () => {
    const r = await runGolden(binsConfig({ zero_division: 'undefined', confidence: true }), 'bins.yml')
    for (const b of BLOCKS) checkBinaryBlock(r, b, golden.results[b]!)
    expect(r.groups.find((g) => g.key === '[25, 45)')?.ci?.selection_rate).toBeTruthy()
  })

  it('bins come in bin order, alone and inside the intersection; sex by code point', () => {
    const keys = (attr: unknown): string[] =>
      report.groups.filter((g) => JSON.stringify(g.attribute) === JSON.stringify(attr)).map((g) => g.key)
    expect(keys('age')).toEqual(LABELS)
    expect(keys('sex')).toEqual(['female', 'male'])
    expect(keys(['age', 'sex'])).toEqual(LABELS.flatMap((l) => [`${l} | female`, `${l} | male`]))
  })

  it('the binning member: rows, smallest and largest raw value per bin', () => {
    const want = golden.binning as {
      age: { edges: number[]; labels: string[]; per_bin: Record<string, { count: number; min: number; max: number }> }
    }
    const got = report.binning?.age
    expect(got?.edges).toEqual(want.age.edges)
    expect(got?.bins.map((b) => b.label)).toEqual(want.age.labels)
    for (const b of got?.bins ?? []) {
      const w = want.age.per_bin[b.label]!
      expect({ label: b.label, rows: b.rows, min: b.min, max: b.max }).toEqual({
        label: b.label,
        rows: w.count,
        min: w.min,
        max: w.max,
      })
    }
  })
})
