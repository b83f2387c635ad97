/**
 * Parquet, what Spark and pandas write, read by hyparquet (pure JavaScript: no native
 * binary in dist/). One row group at a time and only the columns asked for, so memory
 * is one row group's worth of those columns. A "line" in a message is the 1-based row.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet'
import { ProblemError } from '../config/problem.js'
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
  return {
    columns,
    warnings: [],
    async *records(wanted) {
      let row = 0
      for (const group of metadata.row_groups) {
        const n = Number(group.num_rows)
        let objects: Record<string, unknown>[]
        try {
          objects = await parquetReadObjects({ file, metadata, columns: [...new Set(wanted)], rowStart: row, rowEnd: row + n })
        } catch (e) {
          throw parquetProblem(display, e)
        }
        for (const o of objects) {
          row++
          yield { cells: wanted.map((w) => toCell(o[w])), line: row }
        }
      }
    },
  }
}
