/**
 * An uncompressed DATA_PAGE_V2's bytes are its header's uncompressed size (review 18 F5): the
 * size is what HeldPages charges a page, and a page of 16 MiB claiming 3 bytes, in 32 dictionary
 * columns whose chunks are the same bytes, held 592 MB of a 16 MB file, exit 0 (with the true
 * size: refused as too much to hold, 131 MB).
 */
import type { ColumnChunk } from 'hyparquet'
import { ByteWriter } from 'hyparquet-writer'
import { writePageHeader } from 'hyparquet-writer/src/datapage.js'
import { afterAll, describe, expect, it } from 'vitest'
import { finishYpgFile } from '../support/parquet-write.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** y, p INT32 PLAIN; g a dictionary {a, b} and one uncompressed DATA_PAGE_V2 of `bytes` bytes claiming `claim`. */
function v2Dictionary(bytes: number, claim: number): Buffer {
  const n = 2
  const w = new ByteWriter()
  w.appendUint32(0x31524150)
  const columns: ColumnChunk[] = []
  const chunk = (name: string, type: 'INT32' | 'BYTE_ARRAY', write: () => bigint): void => {
    const offset = BigInt(w.offset)
    const dataOffset = write()
    const size = BigInt(w.offset) - offset
    columns.push({
      file_offset: offset,
      meta_data: {
        type,
        encodings: type === 'INT32' ? ['PLAIN'] : ['PLAIN', 'RLE_DICTIONARY'],
        path_in_schema: [name],
        codec: 'UNCOMPRESSED',
        num_values: BigInt(n),
        total_uncompressed_size: size,
        total_compressed_size: size,
        data_page_offset: dataOffset,
        ...(type === 'INT32' ? {} : { dictionary_page_offset: offset }),
      },
    })
  }
  for (const name of ['y', 'p'])
    chunk(name, 'INT32', () => {
      const at = BigInt(w.offset)
      const body = Buffer.from(Int32Array.from({ length: n }, (_, i) => i % 2).buffer)
      writePageHeader(w, {
        type: 'DATA_PAGE',
        uncompressed_page_size: body.length,
        compressed_page_size: body.length,
        data_page_header: {
          num_values: n,
          encoding: 'PLAIN',
          definition_level_encoding: 'RLE',
          repetition_level_encoding: 'RLE',
        },
      })
      w.appendBytes(body)
      return at
    })
  chunk('g', 'BYTE_ARRAY', () => {
    const dict = Buffer.from([1, 0, 0, 0, 0x61, 1, 0, 0, 0, 0x62])
    writePageHeader(w, {
      type: 'DICTIONARY_PAGE',
      uncompressed_page_size: dict.length,
      compressed_page_size: dict.length,
      dictionary_page_header: { num_values: 2, encoding: 'PLAIN' },
    } as Parameters<typeof writePageHeader>[1])
    w.appendBytes(dict)
    const at = BigInt(w.offset)
    const body = Buffer.alloc(bytes)
    body[0] = 1 // index width
    body[1] = 3 // one bit-packed group
    body[2] = 0b10
    writePageHeader(w, {
      type: 'DATA_PAGE_V2',
      uncompressed_page_size: claim,
      compressed_page_size: body.length,
      data_page_header_v2: {
        num_values: n,
        num_nulls: 0,
        num_rows: n,
        encoding: 'RLE_DICTIONARY',
        definition_levels_byte_length: 0,
        repetition_levels_byte_length: 0,
        is_compressed: false,
      },
    } as Parameters<typeof writePageHeader>[1])
    w.appendBytes(body)
    return at
  })
  return finishYpgFile(w, columns, n)
}

describe("an uncompressed V2 page's bytes are its header's uncompressed size (review 18 F5)", () => {
  it('reads a page whose size is true', async () => {
    ws.write('true.parquet', v2Dictionary(1000, 1000))
    expect((await ws.run(audit('true.parquet'))).ok).toBe(true)
  })

  it('refuses a page of 1,000 bytes claiming 3, naming the file and the column', async () => {
    ws.write('claim.parquet', v2Dictionary(1000, 3))
    const problems = await ws.problems(audit('claim.parquet'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^claim\.parquet: cannot read as Parquet: row group 1, column 'g': an uncompressed page of 1,000 bytes whose header says 3/,
    )
  })
})
