/**
 * The weighted Adult example (examples/adult-weighted/: the Adult-census model output with a
 * weight that gives every education level equal total weight, scripts/derive-adult-weights.mjs)
 * against fairlearn 0.14 / scikit-learn 1.2.1 on the same file
 * (__fixtures__/golden/weighted/adult-weighted.json, written by scripts/oracle/adult-weighted.py):
 * per group and overall, difference and ratio by both methods, and the aggregates with
 * sample_weight, within 1e-9; and the weighted numbers are not the unweighted ones.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../src/audit.js'
import type { AuditReport } from '../src/report/types.js'

const ROOT = join(import.meta.dirname, '..')
const TOL = 1e-9
type Values = Record<string, number | null>
const golden = JSON.parse(
  readFileSync(join(ROOT, '__fixtures__', 'golden', 'weighted', 'adult-weighted.json'), 'utf8'),
) as {
  unweighted_overall: Values
  results: Record<
    string,
    {
      overall: Values
      by_group: { group: Record<string, string>; metrics: Values }[]
      difference: Record<string, Values>
      ratio: Record<string, Values>
      fairness: Record<string, Record<string, number | null | Record<string, number | null>>>
    }
  >
}

function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) return expect(actual ?? null, what).toBeNull()
  expect(actual, what).toBeTypeOf('number')
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL)
}

const METHODS = ['between_groups', 'to_overall'] as const

/** The example as written, but with no min_group_size (fairlearn has none; the example's 30 applies to Kish sizes). */
async function run(extra: string): Promise<AuditReport> {
  const yml = readFileSync(join(ROOT, 'examples', 'adult-weighted', 'model-audit.yml'), 'utf8').replace(
    /min_group_size: 30/,
    'min_group_size: 0',
  )
  const out = await runConfigText(yml + extra, 'examples/adult-weighted/model-audit.yml', { workspace: ROOT })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0] as AuditReport
}

describe('the weighted Adult example equals fairlearn with sample_weight', async () => {
  const attrs = Object.keys(golden.results).map((k) => k.split('+'))
  const attrOf = (cols: string[]): string | string[] => (cols.length === 1 ? (cols[0] as string) : cols)
  // Gates that never fail, reading every fairlearn aggregate variant.
  const gates = attrs.flatMap((cols) => [
    ...['demographic_parity_difference', 'demographic_parity_ratio'].flatMap((metric) =>
      METHODS.map((method) => ({ metric, method, attribute: attrOf(cols), max: 1 })),
    ),
    ...['equalized_odds_difference', 'equalized_odds_ratio'].flatMap((metric) =>
      ['worst_case', 'mean'].flatMap((agg) =>
        METHODS.map((method) => ({ metric, agg, method, attribute: attrOf(cols), max: 1 })),
      ),
    ),
  ])
  const r = await run(`      - ${gates.map((g) => JSON.stringify(g)).join('\n      - ')}\n`)
  // The example's own two gates come first.
  const OWN = 2
  const plain = await runConfigText(
    readFileSync(join(ROOT, 'examples', 'adult-weighted', 'model-audit.yml'), 'utf8').replace(
      /^ {4}weight: weight\n/m,
      '',
    ),
    'examples/adult-weighted/model-audit.yml',
    { workspace: ROOT },
  )

  it('the unweighted run gives other numbers (the weights matter)', () => {
    if (!plain.ok) throw new Error('unweighted run failed')
    const u = plain.report.audits[0] as AuditReport
    for (const [m, v] of Object.entries(golden.unweighted_overall))
      close(u.overall[m as keyof typeof u.overall], v, `unweighted ${m}`)
    expect(Math.abs((r.overall.accuracy as number) - (u.overall.accuracy as number))).toBeGreaterThan(0.03)
    expect(r.rows).toBe(u.rows)
  })

  for (const [name, block] of Object.entries(golden.results)) {
    const cols = name.split('+')
    const same = (a: string | string[]): boolean => JSON.stringify(a) === JSON.stringify(attrOf(cols))
    it(`${name}: overall, every group, difference and ratio`, () => {
      for (const [m, v] of Object.entries(block.overall))
        close(r.overall[m as keyof typeof r.overall], v, `overall ${m}`)
      for (const row of block.by_group) {
        const g = r.groups.find((x) => same(x.attribute) && JSON.stringify(x.group) === JSON.stringify(row.group))
        expect(g, JSON.stringify(row.group)).toBeDefined()
        for (const [m, v] of Object.entries(row.metrics))
          close(g!.metrics[m as keyof AuditReport['overall']], v, `${JSON.stringify(row.group)} ${m}`)
      }
      for (const kind of ['difference', 'ratio'] as const)
        for (const method of METHODS)
          for (const [m, v] of Object.entries(block[kind][method] as Values))
            close(
              r.disparities.find((d) => same(d.attribute) && d.metric === `${m}_${kind}` && d.method === method)?.value,
              v,
              `${kind} ${method} ${m}`,
            )
    })
    it(`${name}: fairlearn's aggregates with sample_weight`, () => {
      gates.forEach((g, i) => {
        if (!same(g.attribute)) return
        const f = block.fairness[g.metric] as Record<string, unknown>
        const want = ('agg' in g ? (f[g.agg as string] as Values) : (f as Values))[g.method] as number | null
        expect(r.gates[OWN + i]?.metric).toBe(g.metric)
        close(r.gates[OWN + i]?.value, want, `${g.metric} ${'agg' in g ? g.agg : ''} ${g.method}`)
      })
    })
  }
})
