/**
 * The end of a hand-written Parquet file of the tests' usual shape: columns `y` and `p` (INT32)
 * and a group column `g` (UTF8 text unless given), one row group of `rows` rows.
 */
import type { ColumnChunk } from 'hyparquet'
import type { ByteWriter } from 'hyparquet-writer'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'

/** Writes the footer (one row group of `columns`) and the closing magic; gives the whole file. */
export function finishYpgFile(
  w: ByteWriter,
  columns: ColumnChunk[],
  rows: number,
  options: { version?: number; g?: object } = {},
): Buffer {
  const g = options.g ?? { name: 'g', type: 'BYTE_ARRAY', repetition_type: 'REQUIRED', converted_type: 'UTF8' }
  writeMetadata(w, {
    version: options.version ?? 2,
    schema: [
      { name: 'root', num_children: 3 },
      { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
      { name: 'p', type: 'INT32', repetition_type: 'REQUIRED' },
      g,
    ],
    num_rows: BigInt(rows),
    row_groups: [{ columns, total_byte_size: BigInt(w.offset - 4), num_rows: BigInt(rows) }],
    metadata_length: 0,
  } as Parameters<typeof writeMetadata>[1])
  w.appendUint32(0x31524150)
  return Buffer.from(w.getBuffer())
}
