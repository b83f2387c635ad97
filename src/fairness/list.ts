/**
 * Every disparity of an audit, for the report: per grouping, per base metric, the group
 * extremes and the differences and ratios by each method, and fairlearn's named aggregates.
 */
import type { TableBootstrap } from '../stats/bootstrap.js'
import type { Interval } from '../stats/intervals.js'
import type { BaseMetric } from '../stats/metrics.js'
import { BASE_METRICS } from '../stats/metrics.js'
import type { GroupResult, MetricTable } from '../stats/table.js'
import type { ReferenceConfig } from '../config/types.js'
import { computeAggregate, computeFairnessAggregate, FAIRNESS_AGGREGATES, fixedMethod, type Aggregate, type DisparityInput, type FairnessAggregate, type Kind, type Method } from './disparities.js'
import { DEFAULT_REFERENCE, describeReference, referenceKeys, referenceValue } from './reference.js'

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
  references?: Record<string, ReferenceConfig> | undefined
}

/** An aggregate as a function of a grouping's groups and the overall values: applied to the data for the value, to each replicate for the interval. */
type AggregateOf = (groups: readonly GroupResult[], overall: Record<BaseMetric, number | null>) => Aggregate

interface Spec {
  entry: Omit<DisparityEntry, keyof Aggregate | 'ci'>
  of: AggregateOf
}

/** Every disparity of every grouping, with its interval when a bootstrap is given. */
export function computeDisparities(table: MetricTable, options: DisparityOptions): DisparityEntry[] {
  const out: DisparityEntry[] = []
  const metrics = BASE_METRICS.filter((m) => m !== 'roc_auc' || options.hasScore)
  table.groupings.forEach((grouping, g) => {
    const attribute = grouping.columns.length === 1 ? (grouping.columns[0] as string) : [...grouping.columns]
    const label = grouping.columns.join(' × ')
    const configured = options.references?.[label]
    const refSpec = configured ?? DEFAULT_REFERENCE
    const refKeys = referenceKeys(grouping.groups, metrics, refSpec)
    const refOf = (metric: BaseMetric): DisparityEntry['reference'] => ({ group: refKeys[metric] ?? null, chosen: describeReference(refSpec) })
    const inputs =
      (groups: readonly GroupResult[], overall: Record<BaseMetric, number | null>) =>
      (metric: BaseMetric): DisparityInput => {
        const key = refKeys[metric]
        return { groups, metric, overall: overall[metric], ...(key ? { reference: { key, value: referenceValue(groups, metric, key) } } : {}) }
      }
    const methods: readonly Method[] = configured ? [...METHODS, 'to_reference'] : METHODS
    const specs: Spec[] = []
    for (const name of Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]) {
      const fixed = fixedMethod(name)
      for (const method of fixed ? [fixed] : methods) {
        specs.push({
          entry: { attribute, metric: name, method, ...(method === 'to_reference' ? { reference: refOf(FAIRNESS_AGGREGATES[name].parts[0]) } : {}) },
          of: (groups, overall) => {
            const agg: Aggregate & { parts?: unknown } = computeFairnessAggregate(name, inputs(groups, overall), method, 'worst_case', options.fairlearnNaN)
            delete agg.parts
            return agg
          },
        })
      }
    }
    for (const metric of metrics) {
      for (const kind of ['group_min', 'group_max'] as Kind[]) {
        specs.push({ entry: { attribute, metric: `${metric}_${kind}`, method: null }, of: (groups, overall) => computeAggregate(inputs(groups, overall)(metric), kind) })
      }
      for (const kind of ['difference', 'ratio'] as Kind[]) {
        for (const method of methods) {
          specs.push({ entry: { attribute, metric: `${metric}_${kind}`, method, ...(method === 'to_reference' ? { reference: refOf(metric) } : {}) }, of: (groups, overall) => computeAggregate(inputs(groups, overall)(metric), kind, method) })
        }
      }
    }
    const values = specs.map((s) => s.of(grouping.groups, table.overall.metrics))
    const boot = options.bootstrap
    // Only defined values get an interval; the replicates of an undefined one would describe nothing.
    const wanted = specs.map((_, i) => (values[i] as Aggregate).value !== null)
    const cis = boot ? boot.intervals(g, specs.filter((_, i) => wanted[i]).map((s) => (groups, overall) => s.of(groups, overall).value)) : []
    let k = 0
    specs.forEach((s, i) => {
      const entry: DisparityEntry = { ...s.entry, ...(values[i] as Aggregate) }
      if (boot) entry.ci = wanted[i] ? (cis[k++] ?? null) : null
      out.push(entry)
    })
  })
  return out
}
