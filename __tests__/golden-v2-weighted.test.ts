/**
 * Sample weights, against scikit-learn 1.2.1 / fairlearn 0.14 (`__fixtures__/golden/v2/`,
 * case 1 of its README): every per-group and overall metric, the Kish effective size and the
 * weighted cells, group_min / group_max, difference and ratio by both methods, and fairlearn's
 * aggregates with `sample_weight` (both `agg`s), all within 1e-9, from the golden config as it
 * is written.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../src/audit.js'
import type { AuditReport, GroupReport } from '../src/report/types.js'
import { close } from './support/golden-v2.js'

const DIR = join(import.meta.dirname, '..', '__fixtures__', 'golden', 'v2')

type Values = Record<string, number | null>
interface Row {
  group: Record<string, string>
  key: string
  present: boolean
  metrics: Values
  reasons?: Record<string, string>
  sizes?: { count: number; weight_sum: number; kish_effective_n: number; weighted_counts: Values }
}
interface Block {
  sensitive: string[]
  overall: Values
  by_group: Row[]
  group_min: Values
  group_max: Values
  difference: Record<'between_groups' | 'to_overall', Values>
  ratio: Record<'between_groups' | 'to_overall', Values>
  fairness: Values
  fairness_variants: Record<string, Record<string, number | null | Record<string, number | null>>>
  overall_sizes: { count: number; weight_sum: number; kish_effective_n: number; weighted_counts: Values }
}

const golden = JSON.parse(readFileSync(join(DIR, 'weighted-binary.json'), 'utf8')) as {
  input: { metrics: string[] }
  results: Record<string, Block>
}

const sameAttr = (a: string | string[], cols: string[]): boolean =>
  JSON.stringify(a) === JSON.stringify(cols.length === 1 ? cols[0] : cols)

const NAMES = ['equalized_odds_difference', 'equalized_odds_ratio'] as const
const AGGS = ['worst_case', 'mean'] as const
const ONE_PART = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equal_opportunity_difference',
  'equal_opportunity_ratio',
] as const
const METHODS = ['between_groups', 'to_overall'] as const

/** The golden config, plus gates (that never fail) reading every fairlearn aggregate variant of every grouping. */
interface GateSpec {
  metric: string
  method: string
  agg?: string
  attribute: string | string[]
  max: number
}

async function run(): Promise<{ r: AuditReport; gates: GateSpec[] }> {
  const yml = readFileSync(join(DIR, 'weighted-binary.yml'), 'utf8')
  const attributes = Object.values(golden.results).map((b) =>
    b.sensitive.length === 1 ? (b.sensitive[0] as string) : b.sensitive,
  )
  const gates: GateSpec[] = attributes.flatMap((attribute) => [
    ...NAMES.flatMap((metric) =>
      AGGS.flatMap((agg) => METHODS.map((method) => ({ metric, agg, method, attribute, max: 1 }))),
    ),
    ...ONE_PART.flatMap((metric) => METHODS.map((method) => ({ metric, method, attribute, max: 1 }))),
  ])
  const text = `${yml}  gates: ${JSON.stringify(gates)}\n`
  const out = await runConfigText(text, 'weighted-binary.yml', { workspace: DIR })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return { r: out.report.audits[0] as AuditReport, gates }
}

describe('weighted binary (golden v2, case 1)', async () => {
  const { r, gates } = await run()

  it('says the audit is weighted, and counts rows, not weights', () => {
    expect(r.settings.weight).toBe('weight')
    const anyBlock = Object.values(golden.results)[0] as Block
    expect(r.rows).toBe(anyBlock.overall_sizes.count)
    const o = anyBlock.overall_sizes
    close(r.overall_weighted?.weight_sum, o.weight_sum, 'overall weight_sum')
    close(r.overall_weighted?.n_eff, o.kish_effective_n, 'overall n_eff')
    for (const c of ['tp', 'fp', 'tn', 'fn'] as const)
      close(r.overall_weighted?.counts[c], o.weighted_counts[c] as number, `overall weighted ${c}`)
    expect(r.overall_counts.tp + r.overall_counts.fp + r.overall_counts.tn + r.overall_counts.fn).toBe(o.count)
  })

  for (const [name, block] of Object.entries(golden.results)) {
    describe(name, () => {
      const cols = block.sensitive
      const groups = (): GroupReport[] => r.groups.filter((g) => sameAttr(g.attribute, cols))

      it('overall metrics', () => {
        for (const [m, v] of Object.entries(block.overall))
          close(r.overall[m as keyof AuditReport['overall']], v, `overall.${m}`)
      })

      it('every group: metrics, rows, weight, Kish size, weighted cells, and the reason of each null', () => {
        const ours = groups()
        expect(new Set(ours.map((g) => g.key))).toEqual(new Set(block.by_group.map((g) => g.key)))
        for (const row of block.by_group) {
          const g = ours.find((x) => JSON.stringify(x.group) === JSON.stringify(row.group)) as GroupReport
          expect(g.present, row.key).toBe(row.present)
          if (!row.present) continue
          for (const [m, v] of Object.entries(row.metrics))
            close(g.metrics[m as keyof GroupReport['metrics']], v, `${row.key}.${m}`)
          for (const m of Object.keys(row.reasons ?? {}))
            expect(g.undefined[m as keyof GroupReport['undefined']], `${row.key}.${m} reason`).toBeTruthy()
          const s = row.sizes
          if (!s) continue
          expect(g.count, `${row.key} count`).toBe(s.count)
          close(g.weighted?.weight_sum, s.weight_sum, `${row.key} weight_sum`)
          close(g.weighted?.n_eff, s.kish_effective_n, `${row.key} n_eff`)
          for (const c of ['tp', 'fp', 'tn', 'fn'] as const)
            close(g.weighted?.counts[c], s.weighted_counts[c] as number, `${row.key} weighted ${c}`)
        }
      })

      const disparity = (metric: string, method: string | null): number | null | undefined =>
        r.disparities.find((d) => sameAttr(d.attribute, cols) && d.metric === metric && (d.method ?? null) === method)
          ?.value

      it('group_min, group_max, difference and ratio by both methods, for every configured metric', () => {
        for (const m of golden.input.metrics) {
          close(disparity(`${m}_group_min`, null), block.group_min[m] as number | null, `group_min.${m}`)
          close(disparity(`${m}_group_max`, null), block.group_max[m] as number | null, `group_max.${m}`)
          for (const kind of ['difference', 'ratio'] as const)
            for (const method of METHODS)
              close(
                disparity(`${m}_${kind}`, method),
                block[kind][method][m] as number | null,
                `${kind}.${method}.${m}`,
              )
        }
      })

      it("fairlearn's aggregates with sample_weight, every agg and method", () => {
        // One result per gate, in the config's order.
        expect(r.gates).toHaveLength(gates.length)
        const gate = (metric: string, method: string, agg?: string): number | null | undefined => {
          const i = gates.findIndex(
            (x) =>
              x.metric === metric &&
              sameAttr(x.attribute, cols) &&
              x.method === method &&
              (agg === undefined || x.agg === agg),
          )
          expect(r.gates[i]?.metric).toBe(metric)
          return r.gates[i]?.value
        }
        for (const metric of ONE_PART)
          for (const method of METHODS)
            close(
              gate(metric, method),
              block.fairness_variants[metric]?.[method] as number | null,
              `${metric} ${method}`,
            )
        for (const metric of NAMES)
          for (const agg of AGGS)
            for (const method of METHODS)
              close(
                gate(metric, method, agg),
                (block.fairness_variants[metric]?.[agg] as Record<string, number | null>)[method] as number | null,
                `${metric} ${agg} ${method}`,
              )
        for (const [metric, v] of Object.entries(block.fairness))
          close(disparity(metric, 'between_groups'), v, `fairness.${metric}`)
      })
    })
  }
})
