/**
 * Every encoding a flat column's data page may have is decoded by the product's bounded
 * decoders (`parquet-encodings.ts`, `readHybrid`), never by hyparquet's, which trust what a page
 * claims (red team 9: R9-2 dictionary indices of 25-32 bits, R9-3 RLE booleans, R9-4
 * DELTA_BYTE_ARRAY prefixes). Genuine files in each encoding (DuckDB's version-2 encodings in
 * version-1 pages; hyparquet-writer's version-2 pages) give the cells hyparquet reads and the
 * report of the same data in CSV; damaged pages are errors naming what is wrong.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { asyncBufferFromFile, parquetReadObjects, type PageHeader } from 'hyparquet'
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeFlatPage, readHybrid, type ColumnDecoder } from '../../src/data/parquet-pages.js'
import { unconvertedKind, unconvertedMessage } from '../../src/data/parquet-schema.js'
import { openTable } from '../../src/data/readers.js'
import { cellAt } from '../../src/data/table.js'
import type { Cell } from '../../src/data/values.js'
import type { AuditReport } from '../../src/report/types.js'
import { audit } from '../support/workspace.js'
import { duckDbFixture } from '../support/duckdb.js'

const GOLDEN = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'synthetic-10k.csv')
const CSV = readFileSync(GOLDEN, 'utf8')
const [HEAD, ...LINES] = CSV.trimEnd().split('\n') as [string, ...string[]]
const COLUMNS = HEAD.split(',')
// Some blank sensitive values, so pages carry definition levels (missing: group).
const ROWS = LINES.map((l, i) => {
  const c = l.split(',')
  if (i % 97 === 0) c[5] = ''
  return c
})
const WITH_BLANKS = `${[HEAD, ...ROWS.map((r) => r.join(','))].join('\n')}\n`

const duck = duckDbFixture()
beforeAll(async () => {
  duck.ws.write('d.csv', WITH_BLANKS)
  const con = duck.con
  // Without dictionaries, DuckDB's version-2 encodings: DELTA_BINARY_PACKED integers,
  // BYTE_STREAM_SPLIT floats, DELTA_LENGTH_BYTE_ARRAY strings (in version-1 pages).
  await con.run(
    `COPY (SELECT id, y_true, y_pred::INTEGER AS y_pred, score, gender, NULLIF(race, '') AS race, age_band,
        score::FLOAT AS s32
      FROM read_csv('${join(duck.ws.dir, 'd.csv')}', types = {'race': 'VARCHAR'}))
     TO '${join(duck.ws.dir, 'duck.parquet')}'
     (FORMAT parquet, PARQUET_VERSION V2, STRING_DICTIONARY_PAGE_SIZE_LIMIT 1, DICTIONARY_SIZE_LIMIT 1, ROW_GROUP_SIZE 4096)`,
  )
  const num = (i: number): number[] => ROWS.map((r) => Number(r[i]))
  const text = (i: number): (string | null)[] => ROWS.map((r) => (r[i] === '' ? null : (r[i] as string)))
  duck.ws.write(
    'writer.parquet',
    Buffer.from(
      parquetWriteBuffer({
        rowGroupSize: 3000,
        pageSize: 4096,
        columnData: [
          { name: 'id', data: BigInt64Array.from(num(0), BigInt), type: 'INT64', encoding: 'DELTA_BINARY_PACKED' },
          { name: 'y_true', data: Int32Array.from(num(1)), type: 'INT32', encoding: 'DELTA_BINARY_PACKED' },
          { name: 'y_pred', data: Int32Array.from(num(2)), type: 'INT32', encoding: 'BYTE_STREAM_SPLIT' },
          { name: 'score', data: Float64Array.from(num(3)), type: 'DOUBLE', encoding: 'BYTE_STREAM_SPLIT' },
          { name: 'gender', data: text(4), type: 'STRING', encoding: 'DELTA_BYTE_ARRAY', nullable: true },
          { name: 'race', data: text(5), type: 'STRING', encoding: 'DELTA_BYTE_ARRAY', nullable: true },
          { name: 'age_band', data: text(6), type: 'STRING', encoding: 'DELTA_LENGTH_BYTE_ARRAY', nullable: true },
          { name: 'yb', data: num(1).map((v) => v === 1), type: 'BOOLEAN', encoding: 'RLE' },
          {
            name: 'pb',
            data: num(2).map((v, i) => (i % 5 === 0 ? null : v === 1)),
            type: 'BOOLEAN',
            encoding: 'RLE',
            nullable: true,
          },
        ],
      }),
    ),
  )
}, 180_000)

function entry(data: string): object {
  return {
    audits: [
      {
        name: 'm',
        data,
        label: 'y_true',
        prediction: 'y_pred',
        score: 'score',
        sensitive: ['gender', 'race', 'age_band'],
        intersections: [['gender', 'race']],
        metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate', 'roc_auc'],
        missing: 'group',
        gates: [{ metric: 'roc_auc', min: 0.7 }],
      },
    ],
  }
}

async function report(data: string): Promise<unknown> {
  const out = await duck.ws.run(entry(data))
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}: ${p.message}`).join('\n'))
  const { data: _data, ...rest } = out.report.audits[0] as AuditReport
  return rest
}

async function cellsOf(name: string, wanted: string[]): Promise<Cell[][]> {
  const table = await openTable(join(duck.ws.dir, name), name, 'parquet')
  const columns: Cell[][] = wanted.map(() => [])
  for await (const b of table.batches?.(wanted) ?? [])
    b.columns.forEach((c, k) => {
      for (let i = 0; i < b.length; i++) (columns[k] as Cell[]).push(cellAt(c, i))
    })
  return columns
}

async function hyparquetCells(name: string, wanted: string[]): Promise<Cell[][]> {
  const objects = await parquetReadObjects({ file: await asyncBufferFromFile(join(duck.ws.dir, name)) })
  return wanted.map((w) =>
    objects.map((o) => {
      const v = o[w] as unknown
      return typeof v === 'bigint' ? Number(v) : (v as Cell)
    }),
  )
}

describe('genuine pages in every encoding', () => {
  it.each([
    ['duck.parquet', [...COLUMNS, 's32']],
    ['writer.parquet', [...COLUMNS, 'yb', 'pb']],
  ])('%s: the cells hyparquet reads, and the report of the CSV', async (name, wanted) => {
    const got = await cellsOf(name, wanted)
    expect(got[0]).toHaveLength(ROWS.length)
    expect(got).toEqual(await hyparquetCells(name, wanted))
    expect(got[COLUMNS.indexOf('race')]?.filter((v) => v === null).length).toBe(Math.ceil(ROWS.length / 97))
    expect(await report(name)).toEqual(await report('d.csv'))
  })
})

describe('readHybrid decodes every width up to 32 bits itself', () => {
  /** `values` bit-packed at `width` bits (one run of groups of 8), least significant bit first. */
  function bitPacked(values: number[], width: number): Uint8Array {
    const groups = Math.ceil(values.length / 8)
    const out = new Uint8Array(1 + groups * width)
    out[0] = (groups << 1) | 1
    values.forEach((v, i) => {
      for (let b = 0; b < width; b++) {
        const bit = i * width + b
        if (Math.floor(v / 2 ** b) % 2) out[1 + (bit >> 3)] = (out[1 + (bit >> 3)] as number) | (1 << (bit & 7))
      }
    })
    return out
  }

  it.each([25, 28, 31, 32])('%i bits: bit-packed and run-length encoded runs, exactly', (width) => {
    const top = Math.min(2 ** width - 1, 0x7fffffff)
    const values = [0, 1, top, top - 1, 2 ** 24, 2 ** 24 + 1, 12345678, top >>> 1]
    const rle = [0x06, ...[0, 8, 16, 24].map((s) => ((2 ** 24 + 7) >>> s) & 0xff).slice(0, (width + 7) >> 3)]
    const bytes = Uint8Array.from([...bitPacked(values, width), ...rle])
    const out = new Int32Array(11)
    readHybrid(bytes, 0, bytes.length, width, out)
    expect([...out]).toEqual([...values, 2 ** 24 + 7, 2 ** 24 + 7, 2 ** 24 + 7])
  })

  it('a value of 2^31 or more is an error, not a negative index', () => {
    const bytes = bitPacked([2 ** 31], 32)
    expect(() => readHybrid(bytes, 0, bytes.length, 32, new Int32Array(1))).toThrow('a bit-packed value 2147483648')
    expect(() => readHybrid(Uint8Array.from([0x02, 0, 0, 0, 0x80]), 0, 5, 32, new Int32Array(1))).toThrow(
      'a run-length encoded value 2147483648',
    )
    expect(() => readHybrid(Uint8Array.from([0x02, 0]), 0, 2, 33, new Int32Array(1))).toThrow('values of 33 bits')
  })

  it.each([1, 3, 25, 32])(
    '%i bits: a run that claims 2^31 values is an error, at once (R9-2: 6 s of CPU a page)',
    (width) => {
      const bytes = Uint8Array.from([0xfe, 0xff, 0xff, 0xff, 0x0f, ...new Array<number>((width + 7) >> 3).fill(0)])
      expect(() => readHybrid(bytes, 0, bytes.length, width, new Int32Array(1000))).toThrow(
        'a run-length encoded run claims 2,147,483,647 values, more than the 1,000 left in its page',
      )
    },
  )
})

describe('damaged pages in the other encodings are errors, before anything is allocated from them', () => {
  const decoder = (type: string, optional = false): ColumnDecoder =>
    ({
      element: { name: 'c', type, repetition_type: optional ? 'OPTIONAL' : 'REQUIRED' },
      type,
      codec: 'UNCOMPRESSED',
      schemaPath: [],
      pathInSchema: ['c'],
      parsers: DEFAULT_PARSERS,
    }) as unknown as ColumnDecoder
  const v1 = (bytes: Uint8Array, values: number, encoding: string, levels = 'RLE'): PageHeader =>
    ({
      type: 'DATA_PAGE',
      uncompressed_page_size: bytes.length,
      compressed_page_size: bytes.length,
      data_page_header: {
        num_values: values,
        encoding,
        definition_level_encoding: levels,
        repetition_level_encoding: 'RLE',
      },
    }) as PageHeader
  const varint = (n: number): number[] => {
    const o: number[] = []
    for (; n >= 0x80; n = Math.floor(n / 128)) o.push((n % 128) | 0x80)
    return [...o, n]
  }
  const zz = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1)
  /** A DELTA_BINARY_PACKED run of `count` values: `first`, then `delta` each (one block, bit width 0). */
  const dbp = (count: number, first: number, delta: number): number[] => [
    ...varint(128),
    ...varint(4),
    ...varint(count),
    ...varint(zz(first)),
    ...(count > 1 ? [...varint(zz(delta)), 0, 0, 0, 0] : []),
  ]
  const decode = (bytes: number[], values: number, encoding: string, type: string, charge?: (n: number) => void) => {
    const page = Uint8Array.from(bytes)
    return decodeFlatPage(page, v1(page, values, encoding), decoder(type), undefined, charge)
  }

  it('RLE booleans in a version-1 page (a 4-byte length, then the runs)', () => {
    // Length 4: bit-packed 1 group (0b10110001), then RLE of 3 × 1.
    expect(decode([4, 0, 0, 0, 0x03, 0b10110001, 0x06, 0x01], 11, 'RLE', 'BOOLEAN')).toEqual({
      values: [true, false, false, false, true, true, false, true, true, true, true],
    })
    // R9-3: a run of 2^31 - 1 booleans in a page of 1,000.
    expect(() => decode([6, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff, 0x0f, 0x01], 1000, 'RLE', 'BOOLEAN')).toThrow(
      'a run-length encoded run claims 2,147,483,647 values, more than the 1,000 left in its page',
    )
    expect(() => decode([9, 0, 0, 0, 0x06, 0x01], 3, 'RLE', 'BOOLEAN')).toThrow(/take 9 bytes, past the end/)
    expect(() => decode([1, 0, 0, 0, 0x06], 3, 'RLE', 'INT32')).toThrow('values of a INT32 column in the RLE encoding')
  })

  it('DELTA_BYTE_ARRAY: a prefix longer than the string before it is refused before it is allocated (R9-4)', () => {
    // Prefix lengths 0, 2, 3; suffix lengths 2, 1, 1: "ab", "abc", "abcd".
    // Each: first value, min delta, bit widths 1,0,0,0, then a 32-value miniblock of 1-bit residuals.
    const pre = [...varint(128), ...varint(4), ...varint(3), ...varint(zz(0)), ...varint(zz(1)), 1, 0, 0, 0]
    const suf = [...varint(128), ...varint(4), ...varint(3), ...varint(zz(2)), ...varint(zz(-1)), 1, 0, 0, 0]
    const strings = [...pre, 0b01, 0, 0, 0, ...suf, 0b10, 0, 0, 0, ...Buffer.from('abcd')]
    const charged: number[] = []
    expect(decode(strings, 3, 'DELTA_BYTE_ARRAY', 'BYTE_ARRAY', (n) => charged.push(n))).toEqual({
      values: ['ab', 'abc', 'abcd'],
    })
    expect(charged).toEqual([9])
    // The red team's page: each prefix 64 MiB longer than the last, suffixes all empty.
    expect(() =>
      decode([...dbp(8, 0, 2 ** 26), ...dbp(8, 0, 0)], 8, 'DELTA_BYTE_ARRAY', 'BYTE_ARRAY', (n) => charged.push(n)),
    ).toThrow('a DELTA_BYTE_ARRAY string takes a prefix of 67,108,864 bytes from one of 0 (string 2 of its page)')
    expect(charged).toEqual([9])
    // The charge refuses what the pages held may not take, before the strings are allocated.
    expect(() =>
      decode(strings, 3, 'DELTA_BYTE_ARRAY', 'BYTE_ARRAY', () => {
        throw new Error('refused')
      }),
    ).toThrow('refused')
  })

  it('DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY and BYTE_STREAM_SPLIT stay inside their page', () => {
    expect(decode(dbp(3, 5, -2), 3, 'DELTA_BINARY_PACKED', 'INT32')).toEqual({ values: Int32Array.from([5, 3, 1]) })
    expect(() => decode(dbp(2 ** 30, 5, 0), 3, 'DELTA_BINARY_PACKED', 'INT32')).toThrow(
      'a DELTA_BINARY_PACKED run holds 1,073,741,824 values, its page 3',
    )
    expect(() =>
      decode([...varint(2 ** 40), ...varint(1), ...varint(3), 0], 3, 'DELTA_BINARY_PACKED', 'INT64'),
    ).toThrow(/a DELTA_BINARY_PACKED block of 1,099,511,627,776 values/)
    // Lengths 3, 3: six bytes of strings where the page has two.
    expect(() => decode([...dbp(2, 3, 0), 0x61, 0x62], 2, 'DELTA_LENGTH_BYTE_ARRAY', 'BYTE_ARRAY')).toThrow(
      /strings take 6 bytes, past the end/,
    )
    expect(() => decode([...dbp(2, -1, 0)], 2, 'DELTA_LENGTH_BYTE_ARRAY', 'BYTE_ARRAY')).toThrow('of -1 bytes')
    expect(() => decode(new Array<number>(15).fill(0), 2, 'BYTE_STREAM_SPLIT', 'DOUBLE')).toThrow(
      'a page of 2 values of 8 bytes ends before them',
    )
    // PLAIN strings whose length runs past the page into the bytes after it.
    const buf = Uint8Array.from([3, 0, 0, 0, 0x61, 0x62, 0x63, 0x64])
    const page = buf.subarray(0, 6)
    expect(() => decodeFlatPage(page, v1(page, 1, 'PLAIN'), decoder('BYTE_ARRAY'), undefined)).toThrow(
      /run past the end of the page/,
    )
  })

  it('BIT_PACKED definition levels and unknown encodings are refused, not guessed', () => {
    const page = Uint8Array.from([0xff, 0, 0, 0])
    expect(() => decodeFlatPage(page, v1(page, 8, 'PLAIN', 'BIT_PACKED'), decoder('INT32', true), undefined)).toThrow(
      /definition levels in the BIT_PACKED encoding \(deprecated; not read\)/,
    )
    expect(() => decodeFlatPage(page, v1(page, 1, 'BIT_PACKED'), decoder('INT32'), undefined)).toThrow(
      'values in the BIT_PACKED encoding, which is not read',
    )
  })
})

describe('a list, struct or map the audit reads is refused; one it does not read is never decoded', () => {
  const ROWS_NESTED = 1000
  beforeAll(async () => {
    const con = duck.con
    for (const version of ['V1', 'V2'])
      await con.run(
        `COPY (SELECT (i % 2)::INTEGER AS y, (i % 3 = 0)::INTEGER AS p, 'g' || (i % 3) AS g,
            [['a', 'b'][1 + i % 2]] AS lst,
            CASE WHEN i % 7 = 0 THEN NULL ELSE {'k': ['x', 'y', 'z'][1 + i % 3], 'n': i % 4} END AS st,
            MAP {'k': i % 2} AS m, {'d': 12345678901234567890123456789012345678::DECIMAL(38,0)} AS sd
          FROM range(${ROWS_NESTED}) r(i))
         TO '${join(duck.ws.dir, `nested-${version.toLowerCase()}.parquet`)}' (FORMAT parquet, COMPRESSION uncompressed, PARQUET_VERSION ${version})`,
      )
  }, 180_000)

  const refusal = (file: string, column: string, kind: string): string =>
    `${file}: column '${column}' is ${kind}; an audit reads columns of single values (a label, a score, a group name), as fairlearn takes 1-D arrays: select the field you mean as its own column (e.g. in DuckDB \`COPY (SELECT *, g.v AS g_v FROM t) TO 'eval.parquet'\`) and audit that`

  it.each(['nested-v1.parquet', 'nested-v2.parquet'])(
    '%s: each nested column read is refused, by name and kind',
    async (name) => {
      for (const [column, kind] of [
        ['lst', 'a list'],
        ['st', 'a struct'],
        ['m', 'a map'],
        ['sd', 'a struct'],
      ] as const)
        expect(await duck.ws.problems(audit(name, { sensitive: [column], missing: 'group' }))).toEqual([
          refusal(name, column, kind),
        ])
      // As a label or a control column too.
      expect(await duck.ws.problems(audit(name, { sensitive: ['g'], control: ['st'] }))).toEqual([
        refusal(name, 'st', 'a struct'),
      ])
      const out = await duck.ws.run(audit(name, { confidence: false }))
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      expect(out.report.audits[0]?.rows).toBe(ROWS_NESTED)
    },
  )

  it('a damaged nested column the audit does not read is never decoded; read, it is refused before any page is', async () => {
    const file = readFileSync(join(duck.ws.dir, 'nested-v1.parquet'))
    // A list's repetition levels: a 4-byte length (3), one run of 1,000 zeros (header 2,000 = d0 0f).
    const run = Buffer.from([3, 0, 0, 0, 0xd0, 0x0f, 0x00])
    // Every such run (the list's and the map's): the same bytes claiming 2^31 - 1 values (red team 9 R9-3's bomb).
    let found = 0
    for (let at = file.indexOf(run); at >= 0; at = file.indexOf(run, at + 1), found++)
      file.set([0xfe, 0xff, 0xff, 0xff, 0x0f], at + 4)
    expect(found).toBeGreaterThan(0)
    duck.ws.write('nested-bad.parquet', file)
    const out = await duck.ws.run(audit('nested-bad.parquet', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.rows).toBe(ROWS_NESTED)
    expect(await duck.ws.problems(audit('nested-bad.parquet', { sensitive: ['lst'] }))).toEqual([
      refusal('nested-bad.parquet', 'lst', 'a list'),
    ])
  })
})

describe('a Parquet INTERVAL column the audit reads is refused by its kind, not as a damaged file (red team 14 R14-8)', () => {
  beforeAll(async () => {
    const con = duck.con
    await con.run(
      `COPY (SELECT i % 2 AS y, (i * 7) % 2 AS p, 'g' || (i % 3) AS g, to_seconds(i % 3) AS iv FROM range(300) t(i))
         TO '${join(duck.ws.dir, 'interval.parquet')}' (FORMAT parquet)`,
    )
  }, 180_000)

  it('names the column, its kind and the cast to write instead; unread, the column is never decoded', async () => {
    const refusal =
      "interval.parquet: column 'iv' is an INTERVAL column, whose values the audit does not read (a label, a score or a group name is a number, a string, a boolean, a date or a time): write it as text or as a number of seconds (e.g. in DuckDB `COPY (SELECT * REPLACE (CAST(iv AS VARCHAR) AS iv) FROM t) TO 'eval.parquet'`, or `CAST(epoch(iv) AS BIGINT)` for whole seconds) and audit that"
    expect(await duck.ws.problems(audit('interval.parquet', { sensitive: ['iv'] }))).toEqual([refusal])
    expect(await duck.ws.problems(audit('interval.parquet', { control: ['iv'] }))).toEqual([refusal])
    const out = await duck.ws.run(audit('interval.parquet', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.rows).toBe(300)
  })

  it('BSON, which hyparquet does not convert either, is refused the same way', () => {
    const leaf = { name: 'b', type: 'BYTE_ARRAY' } as const
    expect(unconvertedKind({ ...leaf, converted_type: 'BSON' })).toBe('a BSON column')
    expect(unconvertedKind({ ...leaf, logical_type: { type: 'BSON' } })).toBe('a BSON column')
    expect(unconvertedKind({ ...leaf, converted_type: 'UTF8' })).toBeNull()
    expect(unconvertedMessage('b', 'a BSON column')).toMatch(/^column 'b' is a BSON column, .*: write it as text/)
  })
})

describe('Parquet DECIMAL values are named by their exact decimal, not a double (red team 9 R9-5)', () => {
  const A = '12345678901234567890123456789012345678'
  const B = '12345678901234567890123456789012345679'
  it.each([
    ['DECIMAL(38,0)', A, B, [A, B]],
    ['DECIMAL(38,10)', `${A.slice(0, 28)}.${A.slice(28)}`, `${B.slice(0, 28)}.${B.slice(28)}`, null],
    ['DECIMAL(18,0)', '9007199254740993', '9007199254740992', ['9007199254740993', 9007199254740992]],
    ['DECIMAL(9,2)', '1.50', '-0.07', [1.5, -0.07]],
  ])('%s: 100 right rows of %s and 40 wrong of %s are two groups, and the gate fails', async (type, a, b, cells) => {
    const name = `dec-${type.replace(/\W/g, '')}.parquet`
    const con = duck.con
    await con.run(
      `COPY (SELECT 1 AS y, (i < 100)::INTEGER AS p, (CASE WHEN i < 100 THEN '${a}' ELSE '${b}' END)::${type} AS g
        FROM range(140) r(i)) TO '${join(duck.ws.dir, name)}' (FORMAT parquet)`,
    )
    const got = (await cellsOf(name, ['g']))[0] as Cell[]
    if (cells) expect([got[0], got[139]]).toEqual(cells)
    const out = await duck.ws.run(
      audit(name, { confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.5 } }] }),
    )
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    const groups = (out.report.audits[0] as AuditReport).groups.map((g) => [String(g.group.g), g.count])
    expect(groups.sort()).toEqual(
      [
        [String(cells?.[0] ?? a), 100],
        [String(cells?.[1] ?? b), 40],
      ].sort(),
    )
    expect(out.report.passed).toBe(false)
  })
})

describe('the bounded decoders read what hyparquet-writer writes, value for value', () => {
  /** A deterministic pseudo-random sequence. */
  function rng(seed: number): () => number {
    let s = seed >>> 0
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0
      return s / 2 ** 32
    }
  }

  it.each([1, 2, 3])('seed %i: extreme integers, shared-prefix strings, special floats', async (seed) => {
    const r = rng(seed)
    const n = 5000
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
    const i64 = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 53n + 1n, -(2n ** 40n)]
    const i32 = [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 123456789]
    const words = ['', 'a', 'ab', 'abc', 'abd', 'b', 'prefix-shared-long-', 'é', '日本語']
    const floats = [0, -0, 1.5, -2.25, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN]
    const columnData = [
      {
        name: 'big',
        data: BigInt64Array.from({ length: n }, () =>
          r() < 0.5 ? pick(i64) : BigInt(Math.floor((r() - 0.5) * 2 ** 50)),
        ),
        type: 'INT64' as const,
        encoding: 'DELTA_BINARY_PACKED' as const,
      },
      {
        name: 'small',
        data: Int32Array.from({ length: n }, () => (r() < 0.5 ? pick(i32) : Math.floor((r() - 0.5) * 1000))),
        type: 'INT32' as const,
        encoding: 'DELTA_BINARY_PACKED' as const,
      },
      {
        name: 'words',
        data: Array.from({ length: n }, () =>
          r() < 0.05 ? null : pick(words) + pick(words) + String(Math.floor(r() * 9)),
        ),
        type: 'STRING' as const,
        encoding: 'DELTA_BYTE_ARRAY' as const,
        nullable: true,
      },
      {
        name: 'lengths',
        data: Array.from({ length: n }, () => pick(words).repeat(Math.floor(r() * 5))),
        type: 'STRING' as const,
        encoding: 'DELTA_LENGTH_BYTE_ARRAY' as const,
      },
      {
        name: 'f64',
        data: Float64Array.from({ length: n }, () => (r() < 0.5 ? pick(floats) : r() * 1e6)),
        type: 'DOUBLE' as const,
        encoding: 'BYTE_STREAM_SPLIT' as const,
      },
      {
        name: 'f32',
        data: Float32Array.from({ length: n }, () => (r() < 0.5 ? pick(floats) : r())),
        type: 'FLOAT' as const,
        encoding: 'BYTE_STREAM_SPLIT' as const,
      },
      {
        name: 'flags',
        data: Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : r() < (i < n / 2 ? 0.02 : 0.5))),
        type: 'BOOLEAN' as const,
        encoding: 'RLE' as const,
        nullable: true,
      },
    ]
    const name = `random-${seed}.parquet`
    duck.ws.write(name, Buffer.from(parquetWriteBuffer({ rowGroupSize: 2000, pageSize: 2048, columnData })))
    const wanted = columnData.map((c) => c.name)
    const got = await cellsOf(name, wanted)
    const objects = await parquetReadObjects({ file: await asyncBufferFromFile(join(duck.ws.dir, name)) })
    const exact = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v)
    const expected = wanted.map((w) => objects.map((o) => o[w] as unknown))
    // 64-bit integers beyond 2^53 arrive as their digits (toCell), hyparquet gives BigInts.
    expect(got.map((c) => c.map(exact))).toEqual(
      expected.map((c) =>
        c.map((v) =>
          typeof v === 'bigint' ? (v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v.toString()) : v,
        ),
      ),
    )
  })
})
