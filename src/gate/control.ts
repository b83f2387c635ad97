/**
 * Gates of an audit with control columns. Each gate is evaluated on every control level's
 * table (`stats/control.ts`) exactly as on an uncontrolled audit's, then one result per scope
 * is kept:
 *
 * - `control_level: L` on the gate: level L's result.
 * - otherwise the worst level's: the one whose status is worst (fail, warn, insufficient,
 *   pass), then whose value lies furthest past (or nearest to) the gate's bounds. So a gate on
 *   an aggregate (`demographic_parity_difference`, `accuracy_group_min`) fails when any level
 *   breaches it, and an `each_group` gate judges every (level, group) cell. A gate with only
 *   baseline bounds takes the level with the largest difference, or the smallest ratio or
 *   minimum (the largest maximum). A gate with change bounds never takes a level left
 *   `insufficient` for lack of data (one group, say) over a level with a value, unless that
 *   level fails the gate (`insufficient: fail`): the change is judged on the level picked.
 *   Against a baseline, `judgeEachLevel` then judges every level's change against the same
 *   level's baseline value and keeps the worst result.
 * - a gate on an overall metric (`accuracy` with `min`/`max`) judges the audit's overall, all
 *   levels together, unless it names a level: then that level's overall.
 *
 * Every kept result says which level it is and lists every level's value and status.
 */
import type { GateConfig } from '../config/types.js'
import { resolveMetricName } from '../stats/catalog.js'
import type { ControlLevel } from '../stats/control.js'
import type { MetricTable } from '../stats/table.js'
import type { TableBootstrap } from '../stats/bootstrap.js'
import {
  evaluateGate,
  NO_BASELINE,
  NO_HISTORY,
  type GateOptions,
  type GateResult,
  type GateStatus,
} from './evaluate.js'

const RANK: Record<GateStatus, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 }
/** What a level's result does to the verdict comes first: an `insufficient` level under `insufficient: fail` fails (red team 5, F1). */
const EFFECT_RANK: Record<GateResult['effect'], number> = { pass: 0, warn: 1, fail: 2 }

/** How far a value is past the bounds (positive: breached), for picking the worst level. */
function pastBounds(r: GateResult): number {
  if (r.value === null) return -Infinity
  const t = r.threshold
  if (t.min === undefined && t.max === undefined) {
    const low = /_ratio$|_group_min$|^disparate_impact$/.test(r.metric)
    return low ? -r.value : r.value
  }
  return Math.max(t.max !== undefined ? r.value - t.max : -Infinity, t.min !== undefined ? t.min - r.value : -Infinity)
}

/**
 * Whether a level's result has no value its change bounds can be judged on: `insufficient` for
 * lack of data (one group, no interval), not only awaiting its baseline or history.
 */
function unjudged(r: GateResult): boolean {
  if (r.status !== 'insufficient') return false
  const pending = r.against === 'history_median' ? NO_HISTORY : NO_BASELINE
  return !r.message.endsWith(`, ${pending}`) && !r.message.endsWith(`: ${pending}`)
}

/**
 * Whether level result `a` is worse than `b`. For a gate with change bounds (judged after this
 * pick, on the picked level's value) a level left `insufficient` for lack of data never stands in
 * for a level with a value unless its own effect fails the gate: 20 rows of one group in a new
 * level took the worst level, and the level that regressed was never judged (red team 40 R40-13).
 */
function worse(a: GateResult, b: GateResult): boolean {
  if (a.change && a.effect !== 'fail' && b.effect !== 'fail' && unjudged(a) !== unjudged(b)) return unjudged(b)
  return worseJudged(a, b)
}

/** `worse` once every level's change is judged: an insufficient level's warning then counts as any other. */
function worseJudged(a: GateResult, b: GateResult): boolean {
  if (EFFECT_RANK[a.effect] !== EFFECT_RANK[b.effect]) return EFFECT_RANK[a.effect] > EFFECT_RANK[b.effect]
  return RANK[a.status] > RANK[b.status] || (RANK[a.status] === RANK[b.status] && pastBounds(a) > pastBounds(b))
}

/** Whether a gate judges the overall value (not groups or an aggregate over groups). */
function isOverallGate(gate: GateConfig): boolean {
  const r = resolveMetricName(gate.metric)
  return r?.type === 'base' && !gate.each_group
}

/** One level's evaluation context: its table and its bootstrap. */
export interface LevelGateInput {
  level: ControlLevel
  bootstrap: TableBootstrap | null
}

/**
 * Every gate's per-level results, in gate order, one list per gate (its scopes), one entry per
 * level. Evaluated level by level, so each level's bootstrap is needed only while its turn lasts.
 */
export type LevelResults = GateResult[][][]

export function evaluateLevel(
  gates: readonly GateConfig[],
  level: LevelGateInput,
  options: Omit<GateOptions, 'bootstrap'>,
): GateResult[][] {
  return gates.map((gate) =>
    isOverallGate(gate) && gate.control_level === undefined
      ? []
      : evaluateGate(gate, level.level.table, { ...options, bootstrap: level.bootstrap }),
  )
}

/** One kept result: level `pick`'s of `candidates` (one per level, keys `levels`), saying which level it is and how every level stood. */
function keep(candidates: readonly GateResult[], levels: readonly string[], pick: number, named: boolean): GateResult {
  const chosen = candidates[pick] as GateResult
  const level = levels[pick] as string
  const others = candidates
    .map((c, i) => ({ c, key: levels[i] as string }))
    .filter(({ c }, i) => i !== pick && (c.effect !== 'pass' || c.status === 'fail' || c.status === 'warn'))
    .map(({ key }) => key)
  const where = named ? `in control level ${level}` : `in control level ${level} (the worst of ${levels.length})`
  return {
    ...chosen,
    message: `${where}: ${chosen.message}${!named && others.length > 0 ? `; also not passing in ${others.join(', ')}` : ''}`,
    control: {
      level,
      chosen: named ? 'named' : 'worst',
      levels: candidates.map((c, i) => ({ level: levels[i] as string, value: c.value, status: c.status })),
    },
  }
}

/**
 * Every level's result behind a kept worst-level result with change bounds, for
 * `judgeEachLevel`: the report has each level's value and status only, not its interval,
 * message or why it is insufficient. Held for the results of this run only (a report read back
 * has none), and let go with them.
 */
const LEVEL_RESULTS = new WeakMap<GateResult, { candidates: readonly GateResult[]; levels: readonly string[] }>()

/**
 * Judges a worst-level gate's change bounds on every level, each against its own reference
 * value (`judgeOne`: the baseline's same level), and keeps the worst result after: a level
 * that regressed fails the gate though another level is nearer the static bound (red team 40
 * R40-8). A level left `insufficient` for lack of data is not judged (it keeps its status).
 * Null when the gate has no such levels held (named, no change bounds, or read back).
 */
export function judgeEachLevel(
  gate: GateResult,
  judgeOne: (result: GateResult, level: string) => GateResult,
): GateResult | null {
  const held = LEVEL_RESULTS.get(gate)
  if (!held) return null
  const judged = held.candidates.map((c, i) => (unjudged(c) ? c : judgeOne(c, held.levels[i] as string)))
  let pick = 0
  judged.forEach((c, i) => {
    if (worseJudged(c, judged[pick] as GateResult)) pick = i
  })
  return keep(judged, held.levels, pick, false)
}

/**
 * Combines the per-level results (`perLevel[levelIndex][gateIndex]`, from `evaluateLevel`) into
 * one result per gate scope. `full` is the audit's table, for overall gates without a level.
 */
export function combineLevelGates(
  gates: readonly GateConfig[],
  levels: readonly ControlLevel[],
  perLevel: readonly GateResult[][][],
  full: MetricTable,
  options: GateOptions,
): GateResult[] {
  return gates.flatMap((gate, gi) => {
    if (isOverallGate(gate) && gate.control_level === undefined)
      return evaluateGate(gate, { rows: full.rows, overall: full.overall, groupings: [] }, options)
    const named = gate.control_level !== undefined ? levels.findIndex((l) => l.key === gate.control_level) : -1
    const results = levels.map((_, li) => (perLevel[li] as GateResult[][])[gi] as GateResult[])
    const scopes = (results[0] ?? []).length
    const out: GateResult[] = []
    for (let s = 0; s < scopes; s++) {
      const candidates = results.map((r) => r[s] as GateResult)
      let pick = named
      if (pick < 0) {
        pick = 0
        candidates.forEach((c, i) => {
          if (worse(c, candidates[pick] as GateResult)) pick = i
        })
      }
      const keys = levels.map((l) => l.key)
      const kept = keep(candidates, keys, pick, named >= 0)
      if (named < 0 && kept.change) LEVEL_RESULTS.set(kept, { candidates, levels: keys })
      out.push(kept)
    }
    return out
  })
}
