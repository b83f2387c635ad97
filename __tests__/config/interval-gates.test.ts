/**
 * `on: interval` where no interval can exist is refused where it is written (red team 40 R40-11):
 * such a gate was always "no interval could be computed", a warning by default, whatever its value.
 * Which gates those are comes from the catalog (`noIntervalReason`); the second test holds it to
 * what an audit computes.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { formatProblem } from '../../src/config/problem.js'
import { BASE_METRICS, FAIRNESS_AGGREGATES, fixedMethod, type FairnessAggregate } from '../../src/stats/catalog.js'
import { makeWorkspace } from '../support/workspace.js'

const audit = (gates: string, extra = '') =>
  `audits:\n  - name: m\n    data: d.csv\n    label: y\n    score: s\n    sensitive: [g]${extra}\n    gates:\n${gates}`
const problems = (text: string): string[] => loadConfig(text, 'c.yml').problems.map(formatProblem)

describe('on: interval without an interval', () => {
  it('is refused at `on` for a count and for ROC AUC to overall, saying why', () => {
    expect(
      problems(
        audit(
          '      - {metric: roc_auc_difference, attribute: g, method: to_overall, max: 0.001, on: interval}\n' +
            '      - {metric: roc_auc_ratio, attribute: g, method: to_overall, min: 0.999, on: interval}\n' +
            '      - {metric: count, min: 100000, on: interval}\n' +
            '      - {metric: count, each_group: {min: 100}, on: interval}\n' +
            '      - {metric: count, max_decrease: 10, on: interval}\n',
        ),
      ),
    ).toEqual([
      "c.yml:8:88: `on: interval` needs an interval, which 'roc_auc_difference' to overall never has: the overall ROC AUC is not resampled, so a comparison with it has no interval; compare between groups or to a reference group (`method`), or remove `on: interval` to judge the value itself (at audits[0].gates[0].on)",
      "c.yml:9:83: `on: interval` needs an interval, which 'roc_auc_ratio' to overall never has: the overall ROC AUC is not resampled, so a comparison with it has no interval; compare between groups or to a reference group (`method`), or remove `on: interval` to judge the value itself (at audits[0].gates[1].on)",
      "c.yml:10:42: `on: interval` needs an interval, which 'count' never has: 'count' is counted, not estimated; remove `on: interval` to judge the value itself (at audits[0].gates[2].on)",
      "c.yml:11:53: `on: interval` needs an interval, which 'count' never has: 'count' is counted, not estimated; remove `on: interval` to judge the value itself (at audits[0].gates[3].on)",
      "c.yml:12:47: `on: interval` needs an interval, which 'count' never has: 'count' is counted, not estimated; remove `on: interval` to judge the value itself (at audits[0].gates[4].on)",
    ])
    // The same values with an interval: between groups, to a reference, a group extreme, ROC AUC
    // overall, a count's extremes and comparisons; and every one of them `on: point`.
    expect(
      problems(
        audit(
          '      - {metric: roc_auc_difference, attribute: g, max: 0.1, on: interval}\n' +
            '      - {metric: roc_auc_ratio, attribute: g, method: to_reference, min: 0.9, on: interval}\n' +
            '      - {metric: roc_auc_group_min, attribute: g, min: 0.6, on: interval}\n' +
            '      - {metric: roc_auc, min: 0.6, on: interval}\n' +
            '      - {metric: count_group_min, attribute: g, min: 100, on: interval}\n' +
            '      - {metric: count_difference, attribute: g, method: to_overall, max: 100, on: interval}\n' +
            '      - {metric: roc_auc_difference, attribute: g, method: to_overall, max: 0.001}\n' +
            '      - {metric: count, min: 100000}\n',
        ),
      ),
    ).toEqual([])
  })

  it('with `confidence: false`, is refused once, for the intervals turned off', () => {
    expect(problems(audit('      - {metric: count, min: 1, on: interval}\n', '\n    confidence: false'))).toEqual([
      'c.yml:9:37: `on: interval` needs confidence intervals, which this audit turns off (`confidence: false`) (at audits[0].gates[0].on)',
    ])
  })

  describe('agrees with the audit', () => {
    const ws = makeWorkspace()
    afterAll(() => ws.cleanup())

    it('a gate the loader takes `on: interval` has an interval; one it refuses has none `on: point`', async () => {
      // 3 groups of 200 rows, every metric defined in each: labels and scores from a fixed LCG.
      let seed = 11
      const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
      const rows = ['y,s,g']
      for (const g of ['A', 'B', 'C'])
        for (let i = 0; i < 200; i++) {
          const y = next() < 0.4 ? 1 : 0
          rows.push(`${y},${Math.min(0.999, Math.max(0, 0.3 * y + 0.7 * next())).toFixed(3)},${g}`)
        }
      ws.write('d.csv', `${rows.join('\n')}\n`)
      const gates: Record<string, unknown>[] = []
      for (const m of BASE_METRICS) {
        gates.push({ metric: m, min: 0 }, { metric: m, each_group: { min: 0 } })
        for (const kind of ['difference', 'ratio'])
          for (const method of ['between_groups', 'to_overall', 'to_reference'])
            gates.push({ metric: `${m}_${kind}`, attribute: 'g', method, min: 0 })
        for (const kind of ['group_min', 'group_max']) gates.push({ metric: `${m}_${kind}`, attribute: 'g', min: 0 })
      }
      for (const name of Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[])
        for (const method of fixedMethod(name) ? [fixedMethod(name)] : ['between_groups', 'to_overall', 'to_reference'])
          gates.push({ metric: name, attribute: 'g', method, min: 0 })
      // At most 100 gates an audit: 50 in each of several audits over the same file.
      const config = (on: 'point' | 'interval') => ({
        audits: Array.from({ length: Math.ceil(gates.length / 50) }, (_, k) => ({
          name: `m${k}`,
          data: 'd.csv',
          label: 'y',
          score: 's',
          sensitive: ['g'],
          gates: gates.slice(50 * k, 50 * k + 50).map((g) => ({ ...g, on })),
        })),
      })
      const refusals = loadConfig(JSON.stringify(config('interval')), 'c.json').problems.map(formatProblem)
      const at = /\(at audits\[(\d+)\]\.gates\[(\d+)\]\.on\)$/
      expect(refusals.filter((p) => !at.test(p))).toEqual([])
      const refused = new Set(
        refusals.map((p) => {
          const [, k, j] = at.exec(p)!
          return 50 * Number(k) + Number(j)
        }),
      )
      // The pairs: ROC AUC's two comparisons to overall, and count overall and per group.
      expect(
        [...refused].map((i) => `${String(gates[i]!.metric)} ${String(gates[i]!.method ?? '')}`.trim()).sort(),
      ).toEqual(['count', 'count', 'roc_auc_difference to_overall', 'roc_auc_ratio to_overall'])
      const out = await ws.run(config('point'))
      if (!out.ok) throw new Error(out.problems.map(formatProblem).join('\n'))
      const audits = out.report.audits
      const withCi = (i: number): boolean => {
        const a = audits[Math.floor(i / 50)]!
        const gate = gates[i]!
        // An each_group gate's interval is each group's own.
        if (gate.each_group) return a.groups.every((g) => g.ci?.[gate.metric as 'count'] != null)
        return a.gates[i % 50]!.ci != null
      }
      expect(audits.flatMap((a) => a.gates)).toHaveLength(gates.length)
      const seen = gates.map((g, i) => [String(g.metric), String(g.method ?? ''), withCi(i)])
      expect(seen).toEqual(gates.map((g, i) => [String(g.metric), String(g.method ?? ''), !refused.has(i)]))
    })
  })
})
