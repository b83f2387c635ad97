/**
 * Every disparity of an audit, for the report: per grouping, per base metric, the group
 * extremes and the differences and ratios by each method, and fairlearn's named aggregates.
 */
import type { TableBootstrap, ValueStatistic } from '../stats/bootstrap.js'
import type { Interval } from '../stats/intervals.js'
import { BASE_METRICS, type BaseMetric } from '../stats/catalog.js'
import type { MetricTable } from '../stats/table.js'
import {
  aggregateStatistic,
  computeAggregate,
  computeFairnessAggregate,
  FAIRNESS_AGGREGATES,
  fairnessStatistic,
  fixedMethod,
  type Aggregate,
  type DisparityInput,
  type FairnessAggregate,
  type Kind,
  type Method,
} from './aggregates.js'
import { DEFAULT_REFERENCE, describeReference, referenceKeys, referenceValue, type ReferenceSpec } from './reference.js'

export interface DisparityEntry extends Aggregate {
  attribute: string | string[]
  /** The full name: `accuracy_difference`, `demographic_parity_ratio`, `selection_rate_group_min`. */
  metric: string
  method: Method | null
  /** The confidence interval of `value` (percentile bootstrap), when `confidence` is on; null when it cannot be given. */
  ci?: Interval
  /** For `to_reference`: the reference group (null when none could be chosen) and how it was chosen (`largest`, `best`, or the configured name). */
  reference?: { group: string | null; chosen: string }
}

const METHODS: readonly Method[] = ['between_groups', 'to_overall']

export interface DisparityOptions {
  hasScore: boolean
  fairlearnNaN: boolean
  /** With a bootstrap, every entry gets a `ci`. */
  bootstrap?: TableBootstrap | null | undefined
  /** Configured reference groups by grouping label: those groupings also get `to_reference` entries. `disparate_impact` is always listed (reference `largest` where none is set). */
  references?: Record<string, ReferenceSpec> | undefined
}

interface Spec {
  entry: Omit<DisparityEntry, keyof Aggregate | 'ci'>
  /** The aggregate on the data. */
  value: () => Aggregate
  /** The same aggregate's value on a bootstrap replicate. */
  stat: ValueStatistic
}

/** Every disparity of every grouping, with its interval when a bootstrap is given. */
export function computeDisparities(table: MetricTable, options: DisparityOptions): DisparityEntry[] {
  const out: DisparityEntry[] = []
  const metrics = BASE_METRICS.filter((m) => m !== 'roc_auc' || options.hasScore)
  table.groupings.forEach((grouping, g) => {
    const attribute = grouping.columns.length === 1 ? (grouping.columns[0] as string) : [...grouping.columns]
    const groups = grouping.groups
    const label = grouping.columns.join(' × ')
    const configured = options.references?.[label]
    const refSpec = configured ?? DEFAULT_REFERENCE
    const refKeys = referenceKeys(groups, metrics, refSpec)
    const refOf = (metric: BaseMetric): DisparityEntry['reference'] => ({
      group: refKeys[metric] ?? null,
      chosen: describeReference(refSpec),
    })
    const inputs = (metric: BaseMetric): DisparityInput => {
      const key = refKeys[metric]
      return {
        groups,
        metric,
        overall: table.overall.metrics[metric],
        ...(key ? { reference: { key, value: referenceValue(groups, metric, key) } } : {}),
      }
    }
    const methods: readonly Method[] = configured ? [...METHODS, 'to_reference'] : METHODS
    const specs: Spec[] = []
    for (const name of Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]) {
      const fixed = fixedMethod(name)
      for (const method of fixed ? [fixed] : methods) {
        specs.push({
          entry: {
            attribute,
            metric: name,
            method,
            ...(method === 'to_reference'
              ? { reference: refOf(FAIRNESS_AGGREGATES[name].parts[0] as BaseMetric) }
              : {}),
          },
          value: () => {
            const {
              value,
              groups: behind,
              skipped,
              reason,
            } = computeFairnessAggregate(name, inputs, method, 'worst_case', options.fairlearnNaN)
            return { value, groups: behind, skipped, ...(reason !== undefined ? { reason } : {}) }
          },
          stat: fairnessStatistic(name, groups, method, 'worst_case', options.fairlearnNaN, refKeys),
        })
      }
    }
    for (const metric of metrics) {
      for (const kind of ['group_min', 'group_max'] as Kind[]) {
        specs.push({
          entry: { attribute, metric: `${metric}_${kind}`, method: null },
          value: () => computeAggregate(inputs(metric), kind),
          stat: aggregateStatistic(groups, metric, kind),
        })
      }
      for (const kind of ['difference', 'ratio'] as Kind[]) {
        for (const method of methods) {
          specs.push({
            entry: {
              attribute,
              metric: `${metric}_${kind}`,
              method,
              ...(method === 'to_reference' ? { reference: refOf(metric) } : {}),
            },
            value: () => computeAggregate(inputs(metric), kind, method),
            stat: aggregateStatistic(groups, metric, kind, method, refKeys[metric]),
          })
        }
      }
    }
    const values = specs.map((s) => s.value())
    const boot = options.bootstrap
    const cis = boot
      ? boot.intervals(
          g,
          specs.map((s) => s.stat),
          values.map((v) => v.value),
        )
      : []
    specs.forEach((s, i) => {
      const entry: DisparityEntry = { ...s.entry, ...(values[i] as Aggregate) }
      if (boot) entry.ci = cis[i] ?? null
      out.push(entry)
    })
  })
  return out
}
