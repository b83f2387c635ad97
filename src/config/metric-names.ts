/**
 * Every metric name a config may use, and how each resolves: an overall/per-group base
 * metric, an aggregate of a base metric (difference, ratio, group min/max), or one of
 * fairlearn's named fairness aggregates.
 */
import type { FairnessAggregate, Kind } from '../fairness/disparities.js'
import { FAIRNESS_AGGREGATES } from '../fairness/disparities.js'
import type { BaseMetric } from '../stats/metrics.js'
import { BASE_METRICS, METRIC_ALIASES, resolveBaseMetric } from '../stats/metrics.js'

export type ResolvedMetric =
  | { type: 'base'; metric: BaseMetric }
  | { type: 'aggregate'; metric: BaseMetric; kind: Kind }
  | { type: 'fairness'; name: FairnessAggregate }

const KINDS: readonly Kind[] = ['difference', 'ratio', 'group_min', 'group_max']

/** Resolves a config metric name; undefined when it is unknown. */
export function resolveMetricName(name: string): ResolvedMetric | undefined {
  const base = resolveBaseMetric(name)
  if (base) return { type: 'base', metric: base }
  if (name in FAIRNESS_AGGREGATES) return { type: 'fairness', name: name as FairnessAggregate }
  for (const kind of KINDS) {
    const suffix = `_${kind}`
    if (name.endsWith(suffix)) {
      const m = resolveBaseMetric(name.slice(0, -suffix.length))
      if (m) return { type: 'aggregate', metric: m, kind }
    }
  }
  return undefined
}

/** Base metric names a person may type (canonical and aliases). */
export const BASE_METRIC_NAMES: readonly string[] = [...BASE_METRICS, ...Object.keys(METRIC_ALIASES)]

/** Every gateable name, for the schema's enum (editor completion) and "did you mean". */
export const ALL_METRIC_NAMES: readonly string[] = [
  ...BASE_METRIC_NAMES,
  ...BASE_METRIC_NAMES.flatMap((m) => KINDS.map((k) => `${m}_${k}`)),
  ...Object.keys(FAIRNESS_AGGREGATES),
]

/** The base metrics that a resolved gate metric reads. */
export function baseMetricsOf(r: ResolvedMetric): BaseMetric[] {
  switch (r.type) {
    case 'base':
    case 'aggregate':
      return [r.metric]
    case 'fairness':
      return [...FAIRNESS_AGGREGATES[r.name].parts]
  }
}
