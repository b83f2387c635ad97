/**
 * Writes the hostile Parquet fixtures of the bad-input corpus: a small, valid file whose
 * footer is then rewritten to claim far more rows (and values) than its bytes can hold.
 * And a valid file whose one page holds too many values to decode.
 * Run by hand after changing them: `node scripts/hostile-parquet.mjs`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parquetMetadata } from 'hyparquet'
import { ByteWriter, parquetWriteBuffer } from 'hyparquet-writer'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'

const BAD = join(import.meta.dirname, '..', '__fixtures__', 'bad')

/** A valid file of `rows` rows: y, p, sex. */
function valid(rows) {
  const ints = (f) => Int32Array.from({ length: rows }, (_, i) => f(i))
  return parquetWriteBuffer({
    columnData: [
      { name: 'y', data: ints((i) => i % 2), type: 'INT32' },
      { name: 'p', data: ints((i) => (i >> 1) % 2), type: 'INT32' },
      { name: 'sex', data: Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? 'F' : 'M')), type: 'STRING' },
    ],
  })
}

/** The same bytes with the footer re-encoded after `edit` changed its metadata. */
function withFooter(buffer, edit) {
  const bytes = new Uint8Array(buffer)
  const view = new DataView(buffer)
  const footerLength = view.getUint32(bytes.length - 8, true)
  const footerStart = bytes.length - 8 - footerLength
  const metadata = parquetMetadata(buffer)
  edit(metadata)
  const writer = new ByteWriter()
  writeMetadata(writer, metadata)
  const footer = new Uint8Array(writer.getBuffer())
  const out = new Uint8Array(footerStart + footer.length + 8)
  out.set(bytes.subarray(0, footerStart), 0)
  out.set(footer, footerStart)
  new DataView(out.buffer).setUint32(footerStart + footer.length, footer.length, true)
  out.set([0x50, 0x41, 0x52, 0x31], footerStart + footer.length + 4) // PAR1
  return out
}

/** A footer that claims `rows` rows for the 10 the pages hold. */
const claiming = (rows) => (m) => {
  m.num_rows = rows
  for (const g of m.row_groups) {
    g.num_rows = rows
    for (const c of g.columns) if (c.meta_data) c.meta_data.num_values = rows
  }
}

// Far more rows than the bytes can hold: refused from the footer alone.
writeFileSync(
  join(BAD, 'sec-bounds-parquet-footer-rows', 'data.parquet'),
  withFooter(valid(10), claiming(4_000_000_000n)),
)
// Few enough to pass that check: refused once the row group's pages are read.
writeFileSync(join(BAD, 'sec-bounds-parquet-footer-short', 'data.parquet'), withFooter(valid(10), claiming(500_000n)))

// A valid file whose one page holds more values than a page may: refused before it is decoded.
// (The small `pad` column gives the footer enough bytes for its rows.)
const rows = 1_048_577
writeFileSync(
  join(BAD, 'sec-bounds-parquet-huge-page', 'data.parquet'),
  new Uint8Array(
    parquetWriteBuffer({
      rowGroupSize: rows,
      pageSize: 0,
      columnData: [
        { name: 'y', data: new Int32Array(rows), type: 'INT32' },
        { name: 'p', data: new Int32Array(rows), type: 'INT32' },
        { name: 'sex', data: Array.from({ length: rows }, () => 'F'), type: 'STRING' },
        {
          name: 'pad',
          data: Int32Array.from({ length: rows }, (_, i) => (i < 100 ? Math.imul(i, 2654435761) : 0)),
          type: 'INT32',
        },
      ],
    }),
  ),
)
