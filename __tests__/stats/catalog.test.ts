/**
 * The metric catalog: its generated docs are fresh, its entries are well-formed, and every
 * metric in a report equals its definition from the group's counts, written out here
 * independently of the catalog, on every golden file in both zero_division modes.
 * Regenerate docs/metrics.md: npm run docs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import type { AuditReport } from '../../src/report/types.js'
import { renderMetricsDoc } from '../../src/stats/catalog-doc.js'
import {
  ALL_METRIC_NAMES,
  BASE_METRICS,
  FAIRNESS_AGGREGATES,
  METRIC_SPECS,
  metricSpec,
  type BaseMetric,
} from '../../src/stats/catalog.js'
import type { Confusion } from '../../src/stats/metrics.js'

const root = join(import.meta.dirname, '..', '..')
const GOLDEN = join(root, '__fixtures__', 'golden')

describe('docs/metrics.md', () => {
  it('is what the catalog gives', async () => {
    await expect(renderMetricsDoc()).toMatchFileSnapshot(join(root, 'docs', 'metrics.md'))
  })

  it('names every metric name the schema accepts', () => {
    // The rendered text, which the test above holds equal to the committed file.
    const doc = renderMetricsDoc()
    for (const name of ALL_METRIC_NAMES) expect(doc, name).toContain(`\`${name}\``)
  })
})

describe('catalog entries', () => {
  it('have unique names and aliases', () => {
    const names = METRIC_SPECS.flatMap((s) => [s.name, ...('aliases' in s ? s.aliases : [])])
    expect(new Set(names).size).toBe(names.length)
    for (const f of Object.keys(FAIRNESS_AGGREGATES)) expect(names).not.toContain(f)
  })

  it('define a mean by at most two ratio metrics listed before it (the kernels compute in order)', () => {
    BASE_METRICS.forEach((m, i) => {
      const f = metricSpec(m).formula
      if (f.kind !== 'mean') return
      expect(f.of.length).toBeLessThanOrEqual(2)
      for (const p of f.of) {
        expect(BASE_METRICS.indexOf(p as BaseMetric), `${p} before ${m}`).toBeLessThan(i)
        expect(metricSpec(p as BaseMetric).formula.kind, p).toBe('ratio')
      }
    })
  })

  it('build fairness aggregates from catalog metrics, two parts at most', () => {
    for (const [name, spec] of Object.entries(FAIRNESS_AGGREGATES)) {
      expect(spec.parts.length, name).toBeGreaterThan(0)
      expect(spec.parts.length, name).toBeLessThanOrEqual(2)
      for (const p of spec.parts) expect(BASE_METRICS, name).toContain(p)
    }
  })
})

/** Each count-based metric from its textbook definition, null for a zero denominator. */
const div = (a: number, b: number): number | null => (b > 0 ? a / b : null)
const DEFINITIONS: Partial<Record<BaseMetric, (c: Confusion) => number | null>> = {
  count: (c) => c.tp + c.fp + c.tn + c.fn,
  base_rate: (c) => div(c.tp + c.fn, c.tp + c.fp + c.tn + c.fn),
  selection_rate: (c) => div(c.tp + c.fp, c.tp + c.fp + c.tn + c.fn),
  accuracy: (c) => div(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn),
  true_positive_rate: (c) => div(c.tp, c.tp + c.fn),
  false_positive_rate: (c) => div(c.fp, c.fp + c.tn),
  false_negative_rate: (c) => div(c.fn, c.tp + c.fn),
  true_negative_rate: (c) => div(c.tn, c.fp + c.tn),
  precision: (c) => div(c.tp, c.tp + c.fp),
  negative_predictive_value: (c) => div(c.tn, c.tn + c.fn),
  false_discovery_rate: (c) => div(c.fp, c.tp + c.fp),
  false_omission_rate: (c) => div(c.fn, c.tn + c.fn),
  recall: (c) => div(c.tp, c.tp + c.fn),
  f1: (c) => div(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  balanced_accuracy: (c) => {
    const tpr = div(c.tp, c.tp + c.fn)
    const tnr = div(c.tn, c.fp + c.tn)
    return tpr === null || tnr === null ? null : (tpr + tnr) / 2
  },
}

/** Fairness aggregates that are the mean of two catalog aggregates (as AIF360 defines average odds). */
const MEAN_OF: Record<string, [string, string]> = {
  average_odds_difference: ['true_positive_rate_difference', 'false_positive_rate_difference'],
}

interface GoldenInput {
  input: { csv: string; label: string; prediction: string; score: string | null; sensitive: string[] }
}

async function audit(file: string): Promise<AuditReport> {
  const g = JSON.parse(readFileSync(join(GOLDEN, file), 'utf8')) as GoldenInput
  const s = g.input.sensitive
  const config = {
    audits: [
      {
        name: 'golden',
        data: g.input.csv.replace('../data/', ''),
        label: g.input.label,
        prediction: g.input.prediction,
        sensitive: s,
        ...(s.length > 1 ? { intersections: [s] } : {}),
        confidence: false,
      },
    ],
  }
  const out = await runConfigText(JSON.stringify(config), 'golden.json', { workspace: GOLDEN })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0] as AuditReport
}

describe('every metric equals its definition from counts on the golden files', () => {
  const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.json'))

  it('has a definition here for every count-based catalog metric', () => {
    for (const m of BASE_METRICS) if (metricSpec(m).formula.kind !== 'score') expect(DEFINITIONS[m], m).toBeDefined()
  })

  for (const file of files) {
    it(file, async () => {
      const a = await audit(file)
      const check = (counts: Confusion, metrics: Record<string, number | null>, what: string): void => {
        for (const [m, def] of Object.entries(DEFINITIONS)) expect(metrics[m], `${what} ${m}`).toBe(def(counts))
      }
      check(a.overall_counts, a.overall, 'overall')
      for (const g of a.groups) if (g.present) check(g.counts, g.metrics, g.key)
      for (const [name, [x, y]] of Object.entries(MEAN_OF)) {
        for (const d of a.disparities.filter((e) => e.metric === name)) {
          const same = (e: (typeof a.disparities)[number]) =>
            JSON.stringify(e.attribute) === JSON.stringify(d.attribute) && e.method === d.method
          const vx = a.disparities.find((e) => e.metric === x && same(e))?.value ?? null
          const vy = a.disparities.find((e) => e.metric === y && same(e))?.value ?? null
          expect(d.value, `${name} ${d.method}`).toBe(vx === null || vy === null ? null : (vx + vy) / 2)
        }
      }
    })
  }
})
