/**
 * The bootstrap's numeric statistics must be the same functions as the aggregates the report
 * shows: on random tables (sizes, empty cells, insufficient groups, min_positives, both
 * zero_division modes, references), every aggregateStatistic / fairnessStatistic evaluated
 * on the data equals computeAggregate / computeFairnessAggregate's value.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aggregateStatistic,
  computeAggregate,
  computeFairnessAggregate,
  FAIRNESS_AGGREGATES,
  fairnessStatistic,
  type FairnessAggregate,
  type Kind,
  type Method,
} from '../../src/fairness/aggregates.js'
import { referenceKeys, referenceValue } from '../../src/fairness/reference.js'
import { computeDisparities } from '../../src/fairness/disparities.js'
import { GroupAccumulator } from '../../src/stats/accumulate.js'
import { addBootstrapMetricIntervals, metricIndex, ReplicateBlock, TableBootstrap } from '../../src/stats/bootstrap.js'
import { computeMetricTable } from '../../src/stats/table.js'
import { BASE_METRICS, type BaseMetric } from '../../src/stats/catalog.js'
import { computeMetrics, type ZeroDivision } from '../../src/stats/metrics.js'
import type { GroupResult } from '../../src/stats/table.js'
import { fuzzRuns } from '../support/fuzz.js'

const count = fc.nat({ max: 30 })
const groupArb = fc.record({
  tp: count,
  fp: count,
  tn: count,
  fn: count,
  present: fc.boolean(),
  sufficient: fc.boolean(),
  shortPositives: fc.boolean(),
  auc: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
})

interface Cell {
  tp: number
  fp: number
  tn: number
  fn: number
  present: boolean
  sufficient: boolean
  shortPositives: boolean
  auc: number | null
}

function build(cells: Cell[], zd: ZeroDivision): GroupResult[] {
  return cells.map((c, i) => {
    const counts = { tp: c.tp, fp: c.fp, tn: c.tn, fn: c.fn }
    const m = computeMetrics(counts, zd, c.auc === null ? undefined : { value: c.auc })
    return {
      key: `g${i}`,
      group: { g: `g${i}` },
      values: [`g${i}`],
      present: c.present,
      counts,
      metrics: m.values,
      undefined: m.undefined,
      sufficient: c.sufficient,
      ...(c.shortPositives
        ? { insufficientFor: { true_positive_rate: 'few', recall: 'few', false_negative_rate: 'few' } }
        : {}),
    }
  })
}

/** The data's values as a block of one replicate. */
function valuesOf(groups: GroupResult[], overall: Record<BaseMetric, number | null>): ReplicateBlock {
  const block = new ReplicateBlock(groups.length, 1)
  for (const m of BASE_METRICS) {
    groups.forEach(
      (g, i) => (block.column(metricIndex(m), i)[0] = g.present ? (g.metrics[m] ?? Number.NaN) : Number.NaN),
    )
    block.overallColumn(metricIndex(m))[0] = overall[m] ?? Number.NaN
  }
  return block
}

const same = (a: number, b: number | null): boolean => (b === null ? Number.isNaN(a) : a === b)

describe('bootstrap statistics = report aggregates', () => {
  it('holds for every metric, kind, method and fairness aggregate', () => {
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<ZeroDivision>('undefined', 'fairlearn'),
        fc.constantFrom('largest', 'best', 'g0'),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        (cells, zd, refSpec, overallValue) => {
          const groups = build(cells, zd)
          const overall = Object.fromEntries(BASE_METRICS.map((m) => [m, overallValue])) as Record<
            BaseMetric,
            number | null
          >
          const rep = valuesOf(groups, overall)
          const spec = refSpec === 'g0' ? { group: 'g0' } : (refSpec as 'largest' | 'best')
          const refKeys = referenceKeys(groups, [...BASE_METRICS], spec)
          const inputs = (metric: BaseMetric) => {
            const key = refKeys[metric]
            return {
              groups,
              metric,
              overall: overall[metric],
              ...(key ? { reference: { key, value: referenceValue(groups, metric, key) } } : {}),
            }
          }
          for (const metric of BASE_METRICS) {
            for (const kind of ['group_min', 'group_max', 'difference', 'ratio'] as Kind[]) {
              for (const method of ['between_groups', 'to_overall', 'to_reference'] as Method[]) {
                const want = computeAggregate(inputs(metric), kind, method).value
                const got = rep.valuesOf(aggregateStatistic(groups, metric, kind, method, refKeys[metric]))[0]!
                if (!same(got, want)) throw new Error(`${metric} ${kind} ${method}: ${got} vs ${want}`)
              }
            }
          }
          for (const name of Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]) {
            for (const method of ['between_groups', 'to_overall', 'to_reference'] as Method[]) {
              for (const agg of ['worst_case', 'mean'] as const) {
                const want = computeFairnessAggregate(name, inputs, method, agg, zd === 'fairlearn').value
                const got = rep.valuesOf(fairnessStatistic(name, groups, method, agg, zd === 'fairlearn', refKeys))[0]!
                if (!same(got, want)) throw new Error(`${name} ${method} ${agg}: ${got} vs ${want}`)
              }
            }
          }
        },
      ),
      { numRuns: fuzzRuns(300) },
    )
    expect(true).toBe(true)
  })
})

describe('every reported interval', () => {
  it('contains its value, and exists only for a defined value', () => {
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 5 }),
        fc.constantFrom<ZeroDivision>('undefined', 'fairlearn'),
        fc.nat({ max: 1000 }),
        (cells, zd, seed) => {
          const acc = new GroupAccumulator(['g'], [{ columns: ['g'] }], false, 100)
          cells.forEach((c, i) => {
            if (c.present) acc.addCounts({ tp: c.tp, fp: c.fp, tn: c.tn, fn: c.fn }, [`g${i}`])
          })
          if (acc.rows === 0) return
          const table = computeMetricTable(acc, { zeroDivision: zd, minGroupSize: 5, minPositives: 3, level: 0.9 })
          const bootstrap = new TableBootstrap(table, { level: 0.9, replicates: 200, seed }, zd)
          addBootstrapMetricIntervals(table, bootstrap)
          for (const d of computeDisparities(table, { hasScore: false, fairlearnNaN: zd === 'fairlearn', bootstrap })) {
            if (d.value === null) expect(d.ci).toBeNull()
            else if (d.ci) {
              expect(d.ci[0]).toBeLessThanOrEqual(d.value)
              expect(d.ci[1]).toBeGreaterThanOrEqual(d.value)
            }
          }
          for (const g of table.groupings[0]!.groups) {
            for (const [m, ci] of Object.entries(g.ci ?? {})) {
              const v = g.metrics[m as BaseMetric]
              if (v === null) expect(ci).toBeNull()
              else if (ci) {
                expect(ci[0]).toBeLessThanOrEqual(v + 1e-12)
                expect(ci[1]).toBeGreaterThanOrEqual(v - 1e-12)
              }
            }
          }
        },
      ),
      { numRuns: fuzzRuns(60) },
    )
  })
})
