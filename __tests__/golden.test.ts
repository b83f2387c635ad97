/**
 * fairlearn parity: every value in every golden file (printed by fairlearn 0.14.0 itself)
 * is reproduced within 1e-9. Non-edge files are checked in both zero_division modes; the
 * edge files, which exist to show fairlearn's 0-for-0/0 behaviour, in `fairlearn` mode,
 * plus what the default mode says instead.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../src/audit.js'
import type { AuditReport } from '../src/report/types.js'

const DIR = join(import.meta.dirname, '..', '__fixtures__', 'golden')
const TOL = 1e-9

interface Golden {
  input: { csv: string; label: string; prediction: string; score: string | null; sensitive: string[] }
  overall: Record<string, number | null>
  by_group: { group: Record<string, string>; key: string; present: boolean; metrics: Record<string, number | null> }[]
  group_min: Record<string, number | null>
  group_max: Record<string, number | null>
  difference: Record<'between_groups' | 'to_overall', Record<string, number | null>>
  ratio: Record<'between_groups' | 'to_overall', Record<string, number | null>>
  fairness: Record<string, number | null>
  roc_auc?: {
    overall: number | null
    by_group: { group: Record<string, string>; roc_auc: number | null }[]
    group_min: number | null
    group_max: number | null
    difference: Record<'between_groups' | 'to_overall', number | null>
    ratio: Record<'between_groups' | 'to_overall', number | null>
  }
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))

function configFor(g: Golden, mode: 'fairlearn' | 'undefined'): string {
  const csv = g.input.csv.replace('../data/', '')
  const s = g.input.sensitive
  return JSON.stringify({
    audits: [
      {
        name: 'golden',
        data: csv,
        label: g.input.label,
        prediction: g.input.prediction,
        ...(g.input.score ? { score: g.input.score } : {}),
        sensitive: s,
        ...(s.length > 1 ? { intersections: [s] } : {}),
        zero_division: mode,
      },
    ],
  })
}

async function run(g: Golden, mode: 'fairlearn' | 'undefined'): Promise<AuditReport> {
  const out = await runConfigText(configFor(g, mode), 'golden.json', { workspace: DIR })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0] as AuditReport
}

function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual ?? null, what).toBeNull()
    return
  }
  expect(actual, what).not.toBeNull()
  expect(actual, what).not.toBeUndefined()
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL)
}

function attributeOf(g: Golden): string | string[] {
  return g.input.sensitive.length === 1 ? (g.input.sensitive[0] as string) : g.input.sensitive
}

function sameAttr(a: string | string[], b: string | string[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function disparity(r: AuditReport, g: Golden, metric: string, method: string | null): number | null | undefined {
  return r.disparities.find((d) => sameAttr(d.attribute, attributeOf(g)) && d.metric === metric && d.method === method)
    ?.value
}

/**
 * In the default mode a 0/0 rate is null where fairlearn prints 0, and aggregates skip that
 * group. Those values (and only those) are checked for the reason instead of equality.
 */
const DENOMINATOR_ZERO: Record<string, (c: { tp: number; fp: number; tn: number; fn: number }) => boolean> = {
  true_positive_rate: (c) => c.tp + c.fn === 0,
  recall: (c) => c.tp + c.fn === 0,
  false_negative_rate: (c) => c.tp + c.fn === 0,
  false_positive_rate: (c) => c.fp + c.tn === 0,
  true_negative_rate: (c) => c.fp + c.tn === 0,
  precision: (c) => c.tp + c.fp === 0,
  f1: (c) => 2 * c.tp + c.fp + c.fn === 0,
  balanced_accuracy: (c) => c.tp + c.fn === 0 || c.fp + c.tn === 0,
}

function checkAll(name: string, g: Golden, r: AuditReport): void {
  const undefinedMode = r.settings.zero_division === 'undefined'
  const nulled = new Set<string>()
  expect(r.rows).toBe(g.overall.count)
  for (const [m, v] of Object.entries(g.overall))
    close(r.overall[m as keyof typeof r.overall], v, `${name} overall.${m}`)

  const groups = r.groups.filter((x) => sameAttr(x.attribute, attributeOf(g)))
  expect(groups.map((x) => x.key)).toEqual(g.by_group.map((x) => x.key))
  for (const gg of g.by_group) {
    const ours = groups.find((x) => JSON.stringify(x.group) === JSON.stringify(gg.group))
    expect(ours, `${name} group ${gg.key}`).toBeDefined()
    expect(ours!.present).toBe(gg.present)
    if (!gg.present) continue
    for (const [m, v] of Object.entries(gg.metrics)) {
      const actual = ours!.metrics[m as keyof AuditReport['overall']]
      if (undefinedMode && actual === null && v !== null) {
        expect(DENOMINATOR_ZERO[m]?.(ours!.counts), `${name} ${gg.key}.${m} is null but its denominator is not 0`).toBe(
          true,
        )
        // fairlearn's substitute: 0 for a rate; for balanced accuracy, scikit-learn's mean
        // recall over the classes present, i.e. the one present class's recall.
        const c = ours!.counts
        const substitute =
          m !== 'balanced_accuracy'
            ? 0
            : c.tp + c.fn > 0
              ? c.tp / (c.tp + c.fn)
              : c.fp + c.tn > 0
                ? c.tn / (c.fp + c.tn)
                : 0
        close(v, substitute, `${name} ${gg.key}.${m}: fairlearn's substitute for 0/0`)
        expect(ours!.undefined[m as keyof AuditReport['overall']]).toBeTruthy()
        nulled.add(m)
        continue
      }
      close(actual, v, `${name} ${gg.key}.${m}`)
    }
  }
  const aggregate = (metric: string, base: string, method: string | null, v: number | null, what: string): void => {
    if (nulled.has(base)) {
      const d = r.disparities.find(
        (x) => sameAttr(x.attribute, attributeOf(g)) && x.metric === metric && x.method === method,
      )
      expect(d?.skipped.length, `${what}: differs from fairlearn only because a 0/0 group is skipped`).toBeGreaterThan(
        0,
      )
      return
    }
    close(disparity(r, g, metric, method), v, what)
  }
  for (const [m, v] of Object.entries(g.group_min)) aggregate(`${m}_group_min`, m, null, v, `${name} group_min.${m}`)
  for (const [m, v] of Object.entries(g.group_max)) aggregate(`${m}_group_max`, m, null, v, `${name} group_max.${m}`)
  for (const kind of ['difference', 'ratio'] as const) {
    for (const method of ['between_groups', 'to_overall'] as const) {
      for (const [m, v] of Object.entries(g[kind][method]))
        aggregate(`${m}_${kind}`, m, method, v, `${name} ${kind}.${method}.${m}`)
    }
  }
  const parts: Record<string, string[]> = {
    demographic_parity: ['selection_rate'],
    equalized_odds: ['true_positive_rate', 'false_positive_rate'],
    equal_opportunity: ['true_positive_rate'],
  }
  for (const [m, v] of Object.entries(g.fairness)) {
    const base = parts[m.replace(/_(difference|ratio)$/, '')] ?? []
    const skippedPart = base.find((b) => nulled.has(b))
    aggregate(m, skippedPart ?? m, 'between_groups', v, `${name} fairness.${m}`)
  }

  if (g.roc_auc) {
    const a = g.roc_auc
    close(r.overall.roc_auc, a.overall, `${name} roc_auc overall`)
    for (const bg of a.by_group) {
      const ours = groups.find((x) => JSON.stringify(x.group) === JSON.stringify(bg.group))
      close(ours?.metrics.roc_auc, bg.roc_auc, `${name} roc_auc ${JSON.stringify(bg.group)}`)
    }
    close(disparity(r, g, 'roc_auc_group_min', null), a.group_min, `${name} roc_auc group_min`)
    close(disparity(r, g, 'roc_auc_group_max', null), a.group_max, `${name} roc_auc group_max`)
    for (const method of ['between_groups', 'to_overall'] as const) {
      close(disparity(r, g, 'roc_auc_difference', method), a.difference[method], `${name} roc_auc difference.${method}`)
      close(disparity(r, g, 'roc_auc_ratio', method), a.ratio[method], `${name} roc_auc ratio.${method}`)
    }
  }
}

describe('fairlearn golden files', () => {
  it('has the golden files', () => {
    expect(files.length).toBe(11)
  })

  for (const file of files) {
    const g = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Golden
    const edge = file.startsWith('edge-')
    it(`${file}: every value, zero_division: fairlearn`, async () => {
      checkAll(file, g, await run(g, 'fairlearn'))
    })
    if (!edge) {
      it(`${file}: every value, zero_division: undefined (default)`, async () => {
        checkAll(file, g, await run(g, 'undefined'))
      })
    }
  }
})

describe('undefined rates in the default mode (METRICS.md)', () => {
  it('edge-no-positives: TPR of group b is null with a reason, and the ratio skips it', async () => {
    const g = JSON.parse(readFileSync(join(DIR, 'edge-no-positives.json'), 'utf8')) as Golden
    const r = await run(g, 'undefined')
    const b = r.groups.find((x) => x.key === 'b')!
    expect(b.metrics.true_positive_rate).toBeNull()
    expect(b.undefined.true_positive_rate).toBe('no positive labels')
    const eor = r.disparities.find((d) => d.metric === 'equal_opportunity_ratio' && d.method === 'between_groups')!
    // Only group a has a TPR: the ratio of one group to itself, with b named as skipped.
    expect(eor.value).toBe(1)
    expect(eor.skipped).toEqual([{ group: 'b', reason: 'no positive labels' }])
    // fairlearn says 0 here, from a TPR that does not exist.
    expect(g.fairness.equal_opportunity_ratio).toBe(0)
  })

  it('edge-all-zero-selection: a 0/0 ratio is null in both modes', async () => {
    const g = JSON.parse(readFileSync(join(DIR, 'edge-all-zero-selection.json'), 'utf8')) as Golden
    for (const mode of ['fairlearn', 'undefined'] as const) {
      const r = await run(g, mode)
      const dpr = r.disparities.find((d) => d.metric === 'demographic_parity_ratio' && d.method === 'between_groups')!
      expect(dpr.value).toBeNull()
    }
  })
})
