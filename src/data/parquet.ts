/**
 * Parquet, what Spark and pandas write, read by hyparquet (pure JavaScript: no native
 * binary in dist/). One row group at a time and only the columns asked for, so memory
 * is one row group's worth of those columns. A "line" in a message is the 1-based row.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet'
import { ProblemError } from '../config/problem.js'
import type { ColumnBatch } from './columnar.js'
import { fsProblem, type Table } from './readers.js'
import type { Cell } from './values.js'

/** A Parquet value as a cell: 64-bit integers become numbers when exact, else text; dates and nested values text. */
function toCell(v: unknown): Cell {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()
  if (v instanceof Date) return v.toISOString()
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))
}

function parquetProblem(display: string, e: unknown): ProblemError {
  if ((e as NodeJS.ErrnoException).code) return new ProblemError([fsProblem(display, e)])
  return new ProblemError([{ file: display, message: `cannot read as Parquet: ${(e as Error).message}` }])
}

/** Opens a Parquet file: its columns now (from the footer), rows on demand. */
export async function openParquet(path: string, display: string): Promise<Table> {
  let file: Awaited<ReturnType<typeof asyncBufferFromFile>>
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>
  try {
    file = await asyncBufferFromFile(path)
    metadata = await parquetMetadataAsync(file)
  } catch (e) {
    throw parquetProblem(display, e)
  }
  const columns = parquetSchema(metadata).children.map((c) => c.element.name)
  /** One batch per row group, column by column: typed arrays and dictionary strings, not an object per row. */
  async function* batches(wanted: readonly string[]): AsyncIterable<ColumnBatch> {
    let row = 0
    for (const group of metadata.row_groups) {
      const n = Number(group.num_rows)
      const names = [...new Set(wanted)]
      const byName = new Map(names.map((w) => [w, new Array<Cell>(n)]))
      const start = row
      try {
        await parquetRead({
          file,
          metadata,
          columns: names,
          rowStart: start,
          rowEnd: start + n,
          onChunk: (chunk) => {
            const out = byName.get(chunk.columnName)
            if (!out) return
            const d = chunk.columnData
            for (let k = 0; k < d.length; k++) {
              const at = chunk.rowStart + k - start
              if (at >= 0 && at < n) out[at] = toCell(d[k])
            }
          },
        })
      } catch (e) {
        throw parquetProblem(display, e)
      }
      yield { line: start + 1, length: n, columns: wanted.map((w) => byName.get(w) as Cell[]) }
      row += n
    }
  }
  return {
    columns,
    warnings: [],
    async *records(wanted) {
      for await (const batch of batches(wanted)) {
        for (let i = 0; i < batch.length; i++) yield { cells: batch.columns.map((c) => c[i]), line: batch.line + i }
      }
    },
    batches,
  }
}
