/**
 * A Parquet file costs what its values decode to (red team 23): long strings that share prefixes
 * in DELTA_BYTE_ARRAY pages, PLAIN strings read again by many audits, dictionaries of more entries
 * than rows, decimals of a thousand digits, a label of 100,000-byte strings. Each was a tiny file
 * whose read took seconds of CPU or gigabytes, exit 0 or a V8 fatal error.
 */
import { gzipSync } from 'node:zlib'
import { ByteWriter, parquetWriteBuffer } from 'hyparquet-writer'
import { writePageHeader } from 'hyparquet-writer/src/datapage.js'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { BATCH_BYTES, BATCH_ROWS, openParquet } from '../../src/data/parquet.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** `n` audits of `data` (y, p, sensitive g), at `ratio` when given. */
function audits(data: string, n = 1, ratio?: number): object[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `a${i}`,
    data,
    label: 'y',
    prediction: 'p',
    positive_label: 1,
    sensitive: ['g'],
    confidence: false,
    min_group_size: 1,
    ...(ratio ? { max_decompression_ratio: ratio } : {}),
    metrics: ['accuracy'],
    gates: [{ metric: 'accuracy', min: 0.1 }],
  }))
}

async function problemsOf(list: object[], rereadRows?: number): Promise<string[] | 'ran'> {
  const out = await runConfigText(JSON.stringify({ audits: list }), 'audit.yml', { workspace: ws.dir, rereadRows })
  return out.ok ? 'ran' : out.problems.map(formatProblem)
}

/** `rows` rows: y and p as INT32, g strings of `length` characters, two distinct, in `encoding`. */
function stringsFile(rows: number, length: number, encoding: 'PLAIN' | 'DELTA_BYTE_ARRAY', column = 'g'): Buffer {
  const y = Int32Array.from({ length: rows }, (_, i) => i & 1)
  const p = Int32Array.from({ length: rows }, (_, i) => (i >> 1) & 1)
  const two = ['x', 'y'].map((c) => 'a'.repeat(length - 1) + c)
  const strings = Array.from({ length: rows }, (_, i) => two[i % 2] as string)
  const ints = (name: string, data: Int32Array) => ({ name, data, type: 'INT32' as const })
  return Buffer.from(
    parquetWriteBuffer({
      statistics: false,
      rowGroupSize: rows,
      pageSize: 1 << 20,
      codec: 'UNCOMPRESSED',
      columnData:
        column === 'g'
          ? [ints('y', y), ints('p', p), { name: 'g', data: strings, type: 'STRING', encoding }]
          : [
              { name: 'y', data: strings.map((s, i) => (i % 7 === 0 ? '1' : s)), type: 'STRING', encoding },
              ints('p', p),
              { name: 'g', data: Array.from({ length: rows }, (_, i) => `g${i % 2}`), type: 'STRING' },
            ],
    }),
  )
}

/**
 * Row groups of 2 rows whose g is a GZIP dictionary of `entries` strings of `length` bytes (two
 * used), or a DECIMAL(`precision`, 0) column of such values (as red team 23 built them).
 */
function dictionaryFile(groups: number, entries: number, length: number, precision?: number): Buffer {
  const w = new ByteWriter()
  w.appendUint32(0x31524150)
  const entry = (last: number) =>
    Buffer.concat([Buffer.from(Uint32Array.of(length).buffer), Buffer.alloc(length - 1, 0x61), Buffer.from([last])])
  const dict = Buffer.concat([entry(0x78), entry(0x79), ...Array.from({ length: entries - 2 }, () => entry(0x78))])
  const packed = gzipSync(dict)
  const rowGroups = []
  for (let r = 0; r < groups; r++) {
    const columns = []
    for (const [name, values] of [
      ['y', [1, 0]],
      ['p', [1, 1]],
    ] as const) {
      const offset = BigInt(w.offset)
      const body = Buffer.from(Int32Array.from(values).buffer)
      writePageHeader(w, {
        type: 'DATA_PAGE',
        uncompressed_page_size: body.length,
        compressed_page_size: body.length,
        data_page_header: {
          num_values: 2,
          encoding: 'PLAIN',
          definition_level_encoding: 'RLE',
          repetition_level_encoding: 'RLE',
        },
      })
      w.appendBytes(body)
      const size = BigInt(w.offset) - offset
      columns.push({
        file_offset: offset,
        meta_data: {
          type: 'INT32' as const,
          encodings: ['PLAIN' as const],
          path_in_schema: [name],
          codec: 'UNCOMPRESSED' as const,
          num_values: 2n,
          total_uncompressed_size: size,
          total_compressed_size: size,
          data_page_offset: offset,
        },
      })
    }
    const dictOffset = BigInt(w.offset)
    writePageHeader(w, {
      type: 'DICTIONARY_PAGE',
      uncompressed_page_size: dict.length,
      compressed_page_size: packed.length,
      dictionary_page_header: { num_values: entries, encoding: 'PLAIN', is_sorted: false },
    })
    w.appendBytes(packed)
    const dataOffset = BigInt(w.offset)
    const codes = gzipSync(Buffer.from([1, 3, 0b10]))
    writePageHeader(w, {
      type: 'DATA_PAGE',
      uncompressed_page_size: 3,
      compressed_page_size: codes.length,
      data_page_header: {
        num_values: 2,
        encoding: 'RLE_DICTIONARY',
        definition_level_encoding: 'RLE',
        repetition_level_encoding: 'RLE',
      },
    })
    w.appendBytes(codes)
    columns.push({
      file_offset: dictOffset,
      meta_data: {
        type: 'BYTE_ARRAY' as const,
        encodings: ['PLAIN' as const, 'RLE_DICTIONARY' as const],
        path_in_schema: ['g'],
        codec: 'GZIP' as const,
        num_values: 2n,
        total_uncompressed_size: BigInt(dict.length + 40),
        total_compressed_size: BigInt(w.offset) - dictOffset,
        data_page_offset: dataOffset,
        dictionary_page_offset: dictOffset,
      },
    })
    rowGroups.push({ columns, total_byte_size: BigInt(dict.length), num_rows: 2n })
  }
  const g =
    precision === undefined
      ? {
          name: 'g',
          type: 'BYTE_ARRAY' as const,
          repetition_type: 'REQUIRED' as const,
          converted_type: 'UTF8' as const,
        }
      : {
          name: 'g',
          type: 'BYTE_ARRAY' as const,
          repetition_type: 'REQUIRED' as const,
          converted_type: 'DECIMAL' as const,
          precision,
          scale: 0,
          logical_type: { type: 'DECIMAL' as const, precision, scale: 0 },
        }
  writeMetadata(w, {
    version: 1,
    schema: [
      { name: 'root', num_children: 3 },
      { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
      { name: 'p', type: 'INT32', repetition_type: 'REQUIRED' },
      g,
    ],
    num_rows: BigInt(2 * groups),
    row_groups: rowGroups,
    metadata_length: 0,
  })
  w.appendUint32(0x31524150)
  return Buffer.from(w.getBuffer())
}

describe('a Parquet file costs what its values decode to (red team 23)', () => {
  it('DELTA_BYTE_ARRAY strings that share prefixes count as inflated bytes under max_decompression_ratio (R23-2, R23-6)', async () => {
    // 60,000 strings of 1,000 bytes, each 999 of them the one before: some 60 KB on disk, 60 MB decoded.
    const file = stringsFile(60_000, 1000, 'DELTA_BYTE_ARRAY')
    ws.write('delta.parquet', file)
    const problems = await problemsOf(audits('delta.parquet'))
    expect(problems).toHaveLength(1)
    expect((problems as string[])[0]).toMatch(
      new RegExp(
        `^delta\\.parquet: its pages inflate to [\\d,]+ bytes or more in a ${file.length.toLocaleString('en-US')}-byte file: more than 100 times the file's bytes`,
      ),
    )
  })

  it('a file read again is charged the bytes its pages decode to, 128 a row, as a .csv.gz its decompressed bytes (R23-1)', async () => {
    // 4,000 PLAIN strings of 1,000 bytes: 4 MB decoded, ~31,000 rows of the bound a read; its rows alone are 4,000.
    ws.write('plain.parquet', stringsFile(4000, 1000, 'PLAIN'))
    expect(await problemsOf(audits('plain.parquet', 5, 1100), 200_000)).toBe('ran')
    const problems = await problemsOf(audits('plain.parquet', 8, 1100), 200_000)
    expect(problems).toHaveLength(1)
    expect((problems as string[])[0]).toMatch(
      /^plain\.parquet: holds what an earlier audit of this run read \(4,000 rows in \d+ pages?, [\d,]+ bytes decoded, 128 counted as a row, a page as 12 rows\): reading it again would take the rows this run reads again, or past two a byte of its files, to [\d,]+, more than 200,000/,
    )
  })

  it('a batch of long strings holds about BATCH_BYTES of them, not BATCH_ROWS rows (R23-1: 65,536 strings of 1,000 bytes held 65 MB a batch)', async () => {
    const path = ws.write('batches.parquet', stringsFile(20_000, 1000, 'PLAIN'))
    const table = await openParquet(path, 'batches.parquet', { maxDecompressionRatio: 1100 })
    const lengths: number[] = []
    const seen = new Map<string, number>()
    for await (const batch of table.batches?.(['y', 'p', 'g']) ?? []) {
      lengths.push(batch.length)
      const g = batch.columns[2] as ArrayLike<unknown>
      for (let i = 0; i < batch.length; i++) seen.set(String(g[i]), (seen.get(String(g[i])) ?? 0) + 1)
    }
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(20_000)
    expect(Math.max(...lengths)).toBeLessThanOrEqual(Math.ceil(BATCH_BYTES / 1000))
    expect(Math.max(...lengths)).toBeLessThan(BATCH_ROWS)
    // Every row read, once: the two strings 10,000 times each.
    expect([...seen.values()]).toEqual([10_000, 10_000])
  })

  it('a dictionary of more entries than its row group has rows is refused before it is decoded (R23-3)', async () => {
    ws.write('dict.parquet', dictionaryFile(3, 500, 1000))
    expect(await problemsOf(audits('dict.parquet', 1, 1100))).toEqual([
      "dict.parquet: cannot read as Parquet: row group 1, column 'g': a dictionary of 500 values where its row group has 2 rows (a column chunk's dictionary holds the distinct values of its rows); the file is damaged or was written with pages too large to read",
    ])
    // Its own rows' two values: read.
    ws.write('dict2.parquet', dictionaryFile(3, 2, 1000))
    expect(await problemsOf(audits('dict2.parquet', 1, 1100))).toBe('ran')
  })

  it('a DECIMAL of more than 76 digits is refused from the footer, before a value is named (R23-4)', async () => {
    ws.write('dec.parquet', dictionaryFile(1, 2, 40, 96))
    expect(await problemsOf(audits('dec.parquet'))).toEqual([
      "dec.parquet: cannot read as Parquet: column 'g' is DECIMAL precision 96 (at most 76 digits are read: Arrow's decimal256 and BigQuery's BIGNUMERIC, the widest warehouses write; cast the column to a string if it must be wider); the file is damaged, or was not written by a Parquet writer",
    ])
    ws.write('dec76.parquet', dictionaryFile(1, 2, 31, 76))
    expect(await problemsOf(audits('dec76.parquet'))).toBe('ran')
  })

  it.each(['PLAIN', 'DELTA_BYTE_ARRAY'] as const)(
    'a label of strings longer than any value is refused when its page is decoded (%s; R23-5)',
    async (encoding) => {
      ws.write(`label-${encoding}.parquet`, stringsFile(300, 5000, encoding, 'y'))
      expect(await problemsOf(audits(`label-${encoding}.parquet`, 1, 1100))).toEqual([
        `label-${encoding}.parquet: cannot read as Parquet: row group 1, column 'y': a value of 5,000 characters in its row 2: no label, prediction, score, weight or group value is longer than 1,000 (a column of free text, or a file altered); the file is damaged or was written with pages too large to read`,
      ])
    },
  )

  it('a DELTA_BYTE_ARRAY string of more bytes than any value takes is refused before the page is allocated (R23-5)', async () => {
    ws.write('label-long.parquet', stringsFile(300, 100_000, 'DELTA_BYTE_ARRAY', 'y'))
    expect(await problemsOf(audits('label-long.parquet', 1, 1100))).toEqual([
      "label-long.parquet: cannot read as Parquet: row group 1, column 'y': a value of 100,000 bytes in its page: no label, prediction, score, weight or group value is longer than 1,000 (a column of free text, or a file altered); the file is damaged or was written with pages too large to read",
    ])
  })
})
