/**
 * Control features (fairlearn's `MetricFrame(control_features=…)`): the metric table of an
 * audit with `control` columns, split into one table per control level.
 *
 * The accumulator needs nothing new: `data/checks.ts` `groupingsOf` prefixes every grouping
 * with the control columns, so grouping `[channel, sex]` holds the (level, group) cells, and adds
 * the grouping `[channel]`, whose groups are the levels' overall. Being an intersection, each
 * prefixed grouping lists the full product of the observed values, as fairlearn does: a group
 * with no row in some level is listed there as absent and takes part in none of its aggregates.
 * Here each level gets a table of the audit's own groupings (the control values dropped from
 * every group) and its own overall, and every later stage (intervals, disparities, gates) runs
 * on it unchanged. Only levels with rows are levels: with several control columns an empty
 * combination of their values is not listed.
 */
import type { GroupResult, GroupingResult, MetricTable, OverallResult } from './table.js'

/**
 * The most levels a controlled audit may have (`audit.ts` refuses more; a report read back is
 * held to it too, `report/check.ts`). Each level is an audit of its own (its tables,
 * intervals, disparities and gates), so time follows the levels: 2,000 levels of 10 rows took
 * 8 s without intervals, 500 levels with intervals about 7 s (red team 5, F3). A control column with more levels is continuous or an id.
 */
export const MAX_CONTROL_LEVELS = 200

/**
 * The most (level, group) cells a controlled audit may have: each is a row of its level's tables,
 * intervals and disparities, and a cell of a level costs several times a group of an uncontrolled
 * audit (its level's own overall, bootstrap and disparities). A report read back is held to it too (`report/check.ts`). 190 levels × 100 groups (19,190
 * cells, under the 20,000 groups an audit may have) took 10 s and 421 MB (red team 6 N6-4).
 */
export const MAX_CONTROLLED_CELLS = 5000

/** One control level and its table. */
export interface ControlLevel {
  /** The level's name: its control values joined by ' | ' in `control` order (`online`, `online | web`), as an intersection's key. */
  key: string
  values: string[]
  /** The control values by column. */
  control: Record<string, string>
  /** The level's table: the audit's groupings, with the level's rows only, and the level's overall. */
  table: MetricTable
}

const KEY_SEPARATOR = ' | '
const escapeKeyValue = (v: string): string => v.replace(/[\\|]/g, (c) => `\\${c}`)

/** Keys as `stats/table.ts` makes them: values joined by ' | ', escaped only when two would coincide. */
function keysOf(valueLists: readonly string[][]): string[] {
  const plain = valueLists.map((v) => v.join(KEY_SEPARATOR))
  if (new Set(plain).size === plain.length) return plain
  return valueLists.map((v) => v.map(escapeKeyValue).join(KEY_SEPARATOR))
}

const sameValues = (a: readonly string[], b: readonly string[], n: number): boolean => {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Splits the table of a controlled audit (groupings as `groupingsOf` builds them: each prefixed
 * by the `control` columns, then the control columns alone) into one table per level with rows.
 */
export function splitByControl(table: MetricTable, control: readonly string[]): ControlLevel[] {
  const k = control.length
  const levelsGrouping = table.groupings[table.groupings.length - 1] as GroupingResult
  const inner = table.groupings.slice(0, -1)
  if (
    k === 0 ||
    levelsGrouping.columns.length !== k ||
    !control.every((c, i) => levelsGrouping.columns[i] === c) ||
    !inner.every((g) => control.every((c, i) => g.columns[i] === c))
  )
    throw new Error('splitByControl: the table was not built with these control columns')
  const present = levelsGrouping.groups.filter((g) => g.present)
  const levelKeys = keysOf(present.map((g) => g.values))
  return present.map((level, li): ControlLevel => {
    const overall: OverallResult = {
      counts: level.counts,
      metrics: level.metrics,
      undefined: level.undefined,
      ...(level.ci ? { ci: level.ci } : {}),
    }
    const groupings = inner.map((grouping): GroupingResult => {
      const columns = grouping.columns.slice(k)
      const mine = grouping.groups.filter((g) => sameValues(g.values, level.values, k))
      const values = mine.map((g) => g.values.slice(k))
      const keys = columns.length > 1 ? keysOf(values) : values.map((v) => v[0] as string)
      const groups = mine.map((g, i): GroupResult => ({
        ...g,
        key: keys[i] as string,
        values: values[i] as string[],
        group: Object.fromEntries(columns.map((c, j) => [c, (values[i] as string[])[j] as string])),
      }))
      return { columns, groups }
    })
    return {
      key: levelKeys[li] as string,
      values: [...level.values],
      control: Object.fromEntries(control.map((c, i) => [c, level.values[i] as string])),
      table: { rows: level.metrics.count ?? 0, overall, groupings },
    }
  })
}

/** The table of the levels alone (grouping `[control…]`) with the audit's overall: what gives the overall its bootstrap intervals. */
export function levelsTable(table: MetricTable): MetricTable {
  return { rows: table.rows, overall: table.overall, groupings: table.groupings.slice(-1) }
}
