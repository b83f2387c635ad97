/**
 * The fast pass over a columnar table (Parquet): each row group arrives as columns; the
 * label, prediction and sensitive columns are interned by value (one Map lookup per cell),
 * and the rows go through the same per-row checks as the fast CSV pass (`sink.ts`). The
 * generic pass would build a record, normalise every cell with a regular expression and
 * join a group key for every row.
 */
import type { GroupAccumulator } from '../stats/accumulate.js'
import type { PassOptions, RowChecks } from './checks.js'
import { isCoded, type BatchColumn, type Table } from './table.js'
import { InternedRows, type RowSource } from './sink.js'
import { parseScore, type Cell } from './values.js'

const PROGRESS_EVERY = 1 << 16

/** Runs the columnar pass over one table that has `batches` into `acc`. */
export async function runColumnar(
  table: Table,
  display: string,
  checks: RowChecks,
  acc: GroupAccumulator,
  options: PassOptions,
): Promise<void> {
  if (!table.batches) throw new Error('runColumnar: the table has no column batches')
  const slots = InternedRows.slotColumns(checks)
  const score = checks.audit.score
  const weight = checks.audit.weight
  const maps = slots.map(() => new Map<Cell, number>())
  const raws: Cell[][] = slots.map(() => [])
  // A dictionary's values are interned once, into `remaps[k]` (dictionary code → id).
  const dictionaries: (readonly Cell[] | null)[] = slots.map(() => null)
  const remaps: Int32Array[] = slots.map(() => new Int32Array(0))
  const intern = (map: Map<Cell, number>, raw: Cell[], v: Cell): number => {
    let id = map.get(v)
    if (id === undefined) {
      id = raw.length
      raw.push(v)
      map.set(v, id)
    }
    return id
  }
  let scores: ArrayLike<Cell> = []
  let weights: ArrayLike<Cell> = []
  let i = 0
  const source: RowSource = {
    cellOf: (slot, id) => (raws[slot] as Cell[])[id],
    score: (line) => {
      const raw = scores[i]
      const s = parseScore(raw)
      if (s === null) throw checks.scoreProblem(raw, line)
      return s
    },
    weight: (line) => {
      const raw = weights[i]
      return checks.weight(raw, typeof raw === 'number' && Number.isFinite(raw) ? raw : null, line)
    },
  }
  const rows = new InternedRows(checks, acc, source)
  let last = Date.now()
  const numeric = [...(score ? [score] : []), ...(weight ? [weight] : [])]
  for await (const batch of table.batches([...slots, ...numeric])) {
    const ids = slots.map((_, k) => {
      const column = batch.columns[k] as BatchColumn
      const map = maps[k] as Map<Cell, number>
      const raw = raws[k] as Cell[]
      const out = new Int32Array(batch.length)
      if (isCoded(column)) {
        let remap = remaps[k] as Int32Array
        if (dictionaries[k] !== column.values) {
          remap = Int32Array.from(column.values, (v) => intern(map, raw, v))
          remaps[k] = remap
          dictionaries[k] = column.values
        }
        const codes = column.codes
        for (let r = 0; r < batch.length; r++) out[r] = remap[codes[r] as number] as number
        return out
      }
      for (let r = 0; r < batch.length; r++) out[r] = intern(map, raw, column[r])
      return out
    })
    if (score) scores = plain(batch.columns[slots.length] as BatchColumn)
    if (weight) weights = plain(batch.columns[slots.length + (score ? 1 : 0)] as BatchColumn)
    for (i = 0; i < batch.length; i++) {
      for (let k = 0; k < ids.length; k++) rows.ids[k] = (ids[k] as Int32Array)[i] as number
      if (rows.row(batch.line + i) && (checks.stats.rows & (PROGRESS_EVERY - 1)) === 0 && options.onProgress) {
        const now = Date.now()
        if (now - last >= (options.progressIntervalMs ?? 5000)) {
          last = now
          options.onProgress({ file: display, rows: checks.stats.rows, bytes: 0, totalBytes: 0 })
        }
      }
    }
  }
}

/** A numeric column's cells (a dictionary-encoded score column is rare: its cells are made). */
function plain(column: BatchColumn): ArrayLike<Cell> {
  return isCoded(column) ? Array.from(column.codes, (c) => column.values[c]) : column
}

export type { ColumnBatch } from './table.js'
