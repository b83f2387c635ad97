/**
 * Every disparity of an audit, for the report: per grouping, per base metric, the group
 * extremes and the differences and ratios by each method, and fairlearn's named aggregates.
 */
import type { BaseMetric } from '../stats/metrics.js'
import { BASE_METRICS } from '../stats/metrics.js'
import type { MetricTable } from '../stats/table.js'
import { computeAggregate, computeFairnessAggregate, FAIRNESS_AGGREGATES, type Aggregate, type DisparityInput, type FairnessAggregate, type Kind, type Method } from './disparities.js'

export interface DisparityEntry extends Aggregate {
  attribute: string | string[]
  /** The full name: `accuracy_difference`, `demographic_parity_ratio`, `selection_rate_group_min`. */
  metric: string
  method: Method | null
}

const METHODS: readonly Method[] = ['between_groups', 'to_overall']

export interface DisparityOptions {
  hasScore: boolean
  fairlearnNaN: boolean
}

export function computeDisparities(table: MetricTable, options: DisparityOptions): DisparityEntry[] {
  const out: DisparityEntry[] = []
  const metrics = BASE_METRICS.filter((m) => m !== 'roc_auc' || options.hasScore)
  for (const grouping of table.groupings) {
    const attribute = grouping.columns.length === 1 ? (grouping.columns[0] as string) : [...grouping.columns]
    const inputFor = (metric: BaseMetric): DisparityInput => ({ groups: grouping.groups, metric, overall: table.overall.metrics[metric] })
    for (const name of Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]) {
      for (const method of METHODS) {
        const { parts: _parts, ...agg } = computeFairnessAggregate(name, inputFor, method, 'worst_case', options.fairlearnNaN)
        out.push({ attribute, metric: name, method, ...agg })
      }
    }
    for (const metric of metrics) {
      for (const kind of ['group_min', 'group_max'] as Kind[]) out.push({ attribute, metric: `${metric}_${kind}`, method: null, ...computeAggregate(inputFor(metric), kind) })
      for (const kind of ['difference', 'ratio'] as Kind[]) {
        for (const method of METHODS) out.push({ attribute, metric: `${metric}_${kind}`, method, ...computeAggregate(inputFor(metric), kind, method) })
      }
    }
  }
  return out
}
