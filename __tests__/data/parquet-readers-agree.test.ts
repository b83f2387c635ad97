/**
 * Footers that other readers read otherwise are refused (red team 15): where the footer
 * contradicts itself, or a value does not fit its annotation, this reader and DuckDB, Arrow
 * (pandas) or parquet-java (Spark) saw other labels or scores in one file, so a gate could pass
 * on the bytes a reviewer's notebook reads as failing. Each file here is written by
 * hyparquet-writer, then its footer edited as a hostile writer would.
 */
import { parquetMetadata, type FileMetaData } from 'hyparquet'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { ByteWriter } from 'hyparquet-writer/src/bytewriter.js'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const n = 40
const g = Array.from({ length: n }, (_, i) => (i % 2 ? 'A' : 'B'))
const y = Array.from({ length: n }, (_, i) => (i >> 1) % 2)

/** The file with its footer rewritten after `edit`. */
function refooter(bytes: Uint8Array, edit: (meta: FileMetaData) => void): Buffer {
  const file = Buffer.from(bytes)
  const meta = parquetMetadata(file.buffer.slice(file.byteOffset, file.byteOffset + file.length))
  const footerStart = file.length - 8 - file.readUInt32LE(file.length - 8)
  edit(meta)
  delete (meta as { metadata_length?: number }).metadata_length
  const w = new ByteWriter()
  writeMetadata(w, meta)
  w.appendUint32(0x31524150)
  return Buffer.concat([file.subarray(0, footerStart), Buffer.from(w.getBuffer())])
}

/** y, a score s (INT32, annotated by `annotation`), g. */
function scored(s: number[], annotation: Record<string, unknown> = {}): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      schema: [
        { name: 'root', num_children: 3 },
        { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
        { name: 's', type: 'INT32', repetition_type: 'REQUIRED', ...annotation },
        { name: 'g', type: 'BYTE_ARRAY', repetition_type: 'REQUIRED', converted_type: 'UTF8' },
      ],
      codec: 'UNCOMPRESSED',
      statistics: false,
      columnData: [
        { name: 'y', data: y },
        { name: 's', data: s },
        { name: 'g', data: g },
      ],
    } as Parameters<typeof parquetWriteBuffer>[0]),
  )
}

const audit = (data: string) => ({
  audits: [{ name: 'm', data, label: 'y', score: 's', threshold: 0.5, sensitive: ['g'], confidence: false }],
})

describe('Parquet footers other readers read otherwise are refused (red team 15)', () => {
  it("a chunk whose metadata's type is not its schema column's (R15-7)", async () => {
    const s = y.map((v) => v)
    ws.write('ok.parquet', Buffer.from(scored(s)))
    expect((await ws.run(audit('ok.parquet'))).ok).toBe(true)
    ws.write(
      'd.parquet',
      refooter(scored(s), (meta) => {
        ;(meta.row_groups[0]!.columns[1]!.meta_data as { type: string }).type = 'FLOAT'
      }),
    )
    expect(await ws.problems(audit('d.parquet'))).toEqual([
      "d.parquet: cannot read as Parquet: row group 1, column 's' is FLOAT in its chunk's metadata and INT32 in the schema; the file is damaged, or was not written by a Parquet writer",
    ])
  })

  it('a chunk whose dictionary page would come after its first data page (R15-3)', async () => {
    ws.write(
      'd.parquet',
      refooter(scored(y), (meta) => {
        const chunk = meta.row_groups[0]!.columns[0]!.meta_data!
        chunk.dictionary_page_offset = chunk.data_page_offset + 8n
      }),
    )
    const problems = await ws.problems(audit('d.parquet'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^d\.parquet: cannot read as Parquet: row group 1, column 'y' says its dictionary page is at byte \d+, after its first data page at byte \d+ \(a writer writes the dictionary first, and readers disagree on where such a chunk starts\)/,
    )
  })

  it.each([
    ['UINT_32', { type: 'INTEGER', bitWidth: 32, isSigned: true }, 'INTEGER(32, signed)'],
    ['DECIMAL', { type: 'INTEGER', bitWidth: 32, isSigned: true }, 'INTEGER(32, signed)'],
    ['INT_32', { type: 'INTEGER', bitWidth: 32, isSigned: false }, 'INTEGER(32, unsigned)'],
    ['UTF8', { type: 'INTEGER', bitWidth: 16, isSigned: true }, 'INTEGER(16, signed)'],
  ])('a column whose converted type %s says other than its logical type (R15-5)', async (converted, logical, name) => {
    ws.write(
      'd.parquet',
      Buffer.from(
        scored(y, {
          converted_type: converted,
          logical_type: logical,
          ...(converted === 'DECIMAL' ? { precision: 9, scale: 3 } : {}),
        }),
      ),
    )
    expect(await ws.problems(audit('d.parquet'))).toEqual([
      `d.parquet: column 's' is annotated ${name} as its logical type and ${converted} as its converted type, which name other values: readers differ on which they take, so its values cannot be read one way (the file's writer is wrong, or it was altered)`,
    ])
  })

  it('annotations that agree are read', async () => {
    for (const [converted, bits, signed] of [
      ['INT_8', 8, true],
      ['UINT_16', 16, false],
      ['INT_32', 32, true],
    ] as const) {
      ws.write(
        'a.parquet',
        Buffer.from(
          scored(y, { converted_type: converted, logical_type: { type: 'INTEGER', bitWidth: bits, isSigned: signed } }),
        ),
      )
      const out = await ws.run(audit('a.parquet'))
      expect(out.ok && out.report.audits[0]?.overall.accuracy).toBe(1)
    }
  })

  it.each([
    ['INT_8', 8, true, [-128, 127], 128],
    ['INT_8', 8, true, [-128, 127], -129],
    ['UINT_8', 8, false, [0, 255], 256],
    ['UINT_8', 8, false, [0, 255], -1],
    ['INT_16', 16, true, [-32768, 32767], 32768],
    ['UINT_16', 16, false, [0, 65535], 65536],
  ] as const)('a value outside its %s annotation (R15-6)', async (converted, bits, signed, [min, max], bad) => {
    const annotation = {
      converted_type: converted,
      logical_type: { type: 'INTEGER', bitWidth: bits, isSigned: signed },
    }
    // Every value of the range's ends is read.
    ws.write(
      'ok.parquet',
      Buffer.from(
        scored(
          y.map((v, i) => (i < 2 ? [min, max][i]! : v)),
          annotation,
        ),
      ),
    )
    expect((await ws.run(audit('ok.parquet'))).ok).toBe(true)
    ws.write(
      'd.parquet',
      Buffer.from(
        scored(
          y.map((v, i) => (i === 3 ? bad : v)),
          annotation,
        ),
      ),
    )
    expect(await ws.problems(audit('d.parquet'))).toEqual([
      `d.parquet: cannot read as Parquet: row group 1, column 's': a value of ${bad} in a column annotated ${converted}, which holds ${min} to ${max}: readers differ on what it is (DuckDB and Arrow cut it to ${converted}); the file is damaged or was written with pages too large to read`,
    ])
  })
})
