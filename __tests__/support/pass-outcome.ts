/**
 * What one pass over a table makes of it, in a form two passes can be compared by: the row
 * counts, the overall cell and every grouping's cells (values, confusion counts, AUC), or the
 * problems it stops on. The differential tests run it with the fast (columnar) pass and with the
 * generic one over the same file and expect the same outcome.
 */
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'

interface Cell {
  values: string[]
  tp: number
  fp: number
  tn: number
  fn: number
  sketch: { auc(): unknown } | null
}

const cellOutcome = (c: Cell): unknown[] => [c.values, c.tp, c.fp, c.tn, c.fn, c.sketch?.auc()]

/** The outcome of auditing `path` (shown as `display`) with `audit`, by the fast pass or the generic one. */
export async function passOutcome(audit: AuditConfig, path: string, display: string, fast: boolean): Promise<unknown> {
  try {
    const table = await openTable(path, display, 'parquet')
    const { acc, stats } = await accumulateRows(audit, [{ table, display }], { fast })
    return {
      rows: stats.rows,
      dropped: stats.dropped,
      missingAsGroup: stats.missingAsGroup,
      overall: cellOutcome(acc.overall),
      groups: acc.cells.map((m) => [...m.values()].map(cellOutcome)),
    }
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map(formatProblem)
    throw e
  }
}
