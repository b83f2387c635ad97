/**
 * Parquet, what Spark and pandas write, read by hyparquet (pure JavaScript: no native
 * binary in dist/). One row group at a time and only the columns asked for, so memory
 * is one row group's worth of those columns. A "line" in a message is the 1-based row.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet'
import { verifiedAsyncBuffer, type FileId } from '../files/open.js'
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

type Metadata = Awaited<ReturnType<typeof parquetMetadataAsync>>

/**
 * Most rows a row group may claim per byte of its largest column chunk. Every column of a row
 * group holds all of its rows, and even run-length encoding spends bytes on page headers
 * (writers start a page every 20,000 rows or so): files from Spark, pandas/Arrow, Polars or
 * DuckDB stay far below this, and a footer above it does not describe the bytes it sits on.
 */
export const MAX_ROWS_PER_BYTE = 16_384

/** A footer count as a number, or null when it is missing, negative or not an exact integer. */
function count(v: bigint | number | undefined): number | null {
  if (v === undefined) return null
  const n = Number(v)
  return Number.isSafeInteger(n) && n >= 0 ? n : null
}

/**
 * Checks the footer's claims against the file before anything is allocated from them: the
 * rows add up, every column chunk lies inside the file, and no row group claims more rows
 * than its bytes can hold (a 450-byte file whose footer says 4,000,000,000 rows).
 */
export function checkFooter(metadata: Metadata, fileBytes: number, display: string): void {
  const damaged = (what: string): ProblemError =>
    new ProblemError([{ file: display, message: `cannot read as Parquet: ${what}; the footer does not match the file (is it truncated or damaged?)` }])
  const total = count(metadata.num_rows)
  if (total === null) throw damaged(`the footer claims ${String(metadata.num_rows)} rows`)
  let sum = 0
  metadata.row_groups.forEach((group, k) => {
    const rows = count(group.num_rows)
    if (rows === null) throw damaged(`row group ${k + 1} claims ${String(group.num_rows)} rows`)
    let largest = 0
    for (const chunk of group.columns) {
      const meta = chunk.meta_data
      if (!meta) continue
      const name = meta.path_in_schema.join('.')
      const start = count(meta.dictionary_page_offset || meta.data_page_offset)
      const size = count(meta.total_compressed_size)
      if (start === null || size === null || start + size > fileBytes) {
        throw damaged(`row group ${k + 1}, column '${name}' claims bytes ${String(meta.dictionary_page_offset || meta.data_page_offset)} to ${String(Number(meta.dictionary_page_offset || meta.data_page_offset) + Number(meta.total_compressed_size))} of a ${fileBytes.toLocaleString('en-US')}-byte file`)
      }
      largest = Math.max(largest, size)
    }
    if (rows > largest * MAX_ROWS_PER_BYTE) {
      throw damaged(
        `row group ${k + 1} claims ${rows.toLocaleString('en-US')} rows and its largest column takes ${largest.toLocaleString('en-US')} bytes (at most ${MAX_ROWS_PER_BYTE.toLocaleString('en-US')} rows a byte)`,
      )
    }
    sum += rows
  })
  if (sum !== total) throw damaged(`the footer claims ${total.toLocaleString('en-US')} rows and its row groups hold ${sum.toLocaleString('en-US')}`)
}

/** Opens a Parquet file: its columns now (from the footer), rows on demand. */
export async function openParquet(path: string, display: string, identity?: FileId): Promise<Table> {
  let file: Awaited<ReturnType<typeof verifiedAsyncBuffer>>
  let metadata: Metadata
  let columns: string[]
  try {
    file = await verifiedAsyncBuffer(path, identity)
    metadata = await parquetMetadataAsync(file)
    checkFooter(metadata, file.byteLength, display)
    columns = parquetSchema(metadata).children.map((c) => c.element.name)
  } catch (e) {
    if (e instanceof ProblemError) throw e
    throw parquetProblem(display, e)
  }
  /** One batch per row group, column by column: typed arrays and dictionary strings, not an object per row. */
  async function* batches(wanted: readonly string[]): AsyncIterable<ColumnBatch> {
    let row = 0
    for (const [k, group] of metadata.row_groups.entries()) {
      const n = Number(group.num_rows)
      const names = [...new Set(wanted)]
      // Filled as pages arrive, not sized from the footer: only decoded values take memory.
      const byName = new Map(names.map((w) => [w, [] as Cell[]]))
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
      for (const [name, values] of byName) {
        if (values.length !== n) {
          throw new ProblemError([
            { file: display, message: `cannot read as Parquet: row group ${k + 1} claims ${n.toLocaleString('en-US')} rows and column '${name}' holds ${values.length.toLocaleString('en-US')}; the footer does not match the file (is it truncated or damaged?)` },
          ])
        }
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
