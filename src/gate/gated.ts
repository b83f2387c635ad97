/**
 * The groupings of a metric table that some gate reads, for the bootstrap to serve first
 * (`TableBootstrap`'s `gated`): a gate's verdict must not depend on how many groups the other
 * attributes have (red team 40 R40-10). The first grouping counts as read whenever any gate is
 * set (`overall`): the overall intervals (f1, balanced accuracy) are its replicates.
 */
import type { GateConfig } from '../config/types.js'
import { resolveMetricName } from '../stats/catalog.js'
import type { MetricTable } from '../stats/table.js'
import { scopes } from './evaluate.js'

export function gatedGroupings(
  gates: readonly GateConfig[],
  table: MetricTable,
  overall = gates.length > 0,
): Set<number> {
  const out = new Set<number>()
  if (overall && table.groupings.length > 0) out.add(0)
  for (const gate of gates) {
    // A gate on an overall metric reads the overall value, not a grouping.
    if (resolveMetricName(gate.metric)?.type === 'base' && !gate.each_group) continue
    for (const { index } of scopes(gate, table)) out.add(index)
  }
  return out
}
