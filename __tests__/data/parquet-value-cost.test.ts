/**
 * A Parquet value is named or parsed once, not once a row (red team 24): a dictionary's scores
 * and weights are parsed once a dictionary (R24-1: a weighted audit parsed two 3,999-character
 * scores on each of 2,000,000 rows, 15.7 s of CPU from a 203 KB file), and repeated DECIMAL and
 * timestamp values are named once (R24-2: 3,000,000 rows of two DECIMAL(76, 0) values, 24.7 s in
 * 3 audits; 9,000,000 nanosecond times, 15.9 s). What they are named is unchanged.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { numberAt, numbersOf } from '../../src/data/columnar.js'
import { isDoubleText, KeptCells, LONG_CELL_CHARS, plainNumber } from '../../src/data/values.js'
import { convertValues, decimalCell } from '../../src/data/parquet-decimal.js'
import { NAMED_VALUE_BYTES, openParquet, uuidText } from '../../src/data/parquet.js'
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

describe('a dictionary of scores or weights is parsed once (R24-1)', () => {
  it('once a dictionary, whatever its batches and rows', () => {
    const values = ['0.25', `0.${'0'.repeat(3990)}1`, 'x', null]
    const numbers = numbersOf(values)
    expect(numbersOf(values)).toBe(numbers)
    // The 3,991-digit number is no double's text (it reads as 0): none, as R26-5 has it.
    expect([...numbers]).toEqual([0.25, Number.NaN, Number.NaN, Number.NaN])
    const at = numberAt({ codes: Int32Array.from([1, 0, 2, 3, 0]), values })
    expect([0, 1, 2, 3, 4].map(at)).toEqual([null, 0.25, null, null, 0.25])
    // A column of cells is parsed row by row, as before.
    expect([0, 1, 2].map(numberAt(['0.5', 7, 'y']))).toEqual([0.5, 7, null])
  })

  it('a weighted audit of dictionary-coded score strings gives what its CSV twin gives', async () => {
    const n = 3000
    const scores = ['0.125', '0.625', '0.875', '0.375']
    const rows = Array.from({ length: n }, (_, i) => ({
      y: i % 2,
      s: scores[(i * 7) % 4] as string,
      w: (i % 3) + 1,
      g: `g${i % 3}`,
    }))
    ws.write(
      'dict.parquet',
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'y', data: Int32Array.from(rows, (r) => r.y), type: 'INT32' },
            { name: 's', data: rows.map((r) => r.s), type: 'STRING', encoding: 'RLE_DICTIONARY' },
            { name: 'w', data: rows.map((r) => String(r.w)), type: 'STRING', encoding: 'RLE_DICTIONARY' },
            { name: 'g', data: rows.map((r) => r.g), type: 'STRING', encoding: 'RLE_DICTIONARY' },
          ],
        }),
      ),
    )
    ws.write('twin.csv', `y,s,w,g\n${rows.map((r) => `${r.y},${r.s},${r.w},${r.g}`).join('\n')}\n`)
    const report = async (data: string) => {
      const audit = {
        name: 'a',
        data,
        label: 'y',
        score: 's',
        threshold: 0.5,
        weight: 'w',
        sensitive: ['g'],
        confidence: false,
        metrics: ['accuracy', 'selection_rate', 'roc_auc'],
      }
      const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir })
      if (!out.ok) throw new Error(out.problems.map(formatProblem).join('\n'))
      const a = out.report.audits[0]
      return { overall: a?.overall, groups: a?.groups }
    }
    expect(await report('dict.parquet')).toEqual(await report('twin.csv'))
  })
})

describe('repeated DECIMAL values are named once a page, as they were named each (R24-2)', () => {
  const decoder = (type: 'BYTE_ARRAY' | 'FIXED_LEN_BYTE_ARRAY', precision: number, scale: number) =>
    ({
      element: {
        name: 'g',
        type,
        ...(type === 'FIXED_LEN_BYTE_ARRAY' ? { type_length: 32 } : {}),
        converted_type: 'DECIMAL',
        precision,
        scale,
      },
    }) as never
  /** `v` as 32 big-endian two's-complement bytes. */
  const bytes = (v: bigint): Uint8Array => {
    const out = new Uint8Array(32)
    let x = v < 0n ? (1n << 256n) + v : v
    for (let i = 31; i >= 0; i--) {
      out[i] = Number(x & 0xffn)
      x >>= 8n
    }
    return out
  }
  it.each([
    [76, 0],
    [76, 10],
    [38, 3],
  ])(
    'DECIMAL(%i, %i): two values repeated, and 5,000 distinct ones (past the cache), each as decimalCell names it',
    (precision, scale) => {
      const big = 10n ** 75n + 12345n
      const two = [big, -big + 7n]
      const repeated = Array.from({ length: 10_000 }, (_, i) => two[i % 2] as bigint)
      const distinct = Array.from({ length: 5000 }, (_, i) => BigInt(i) * 1_000_003n - 2_500_000_000n)
      for (const values of [repeated, distinct]) {
        const out = convertValues(values.map(bytes) as never, decoder('FIXED_LEN_BYTE_ARRAY', precision, scale))
        expect([...out]).toEqual(values.map((v) => decimalCell(v, scale)))
      }
    },
  )
})

describe('a UUID is named from its bytes once, as hyparquet names it (R24-3)', () => {
  it('the same text as hyparquet’s, for 16 bytes and any other length, repeated or not', () => {
    let seed = 7
    const byte = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
    const arrays = Array.from({ length: 2000 }, (_, i) => Uint8Array.from({ length: i % 50 === 0 ? i % 7 : 16 }, byte))
    for (const bytes of [...arrays, ...arrays.slice(0, 100)])
      expect(uuidText(bytes)).toBe(DEFAULT_PARSERS.uuidFromBytes(bytes))
  })
})

describe('the generic pass reads a long label or number once while it repeats (R24-4)', () => {
  it('long numeric labels, scores and weights: the generic pass reads what the columnar one reads', async () => {
    const n = 2000
    const one = `${'0'.repeat(90)}1`
    const zero = '0'.repeat(91)
    const score = (i: number) => `0.${'0'.repeat(80)}${(i % 9) + 1}`
    const file = Buffer.from(
      parquetWriteBuffer({
        columnData: [
          {
            name: 'y',
            data: Array.from({ length: n }, (_, i) => (i % 3 ? one : zero)),
            type: 'STRING',
            encoding: 'RLE_DICTIONARY',
          },
          {
            name: 's',
            data: Array.from({ length: n }, (_, i) => score(i)),
            type: 'STRING',
            encoding: 'RLE_DICTIONARY',
          },
          {
            name: 'w',
            data: Array.from({ length: n }, (_, i) => `${'0'.repeat(70)}${(i % 2) + 1}`),
            type: 'STRING',
            encoding: 'RLE_DICTIONARY',
          },
          { name: 'g', data: Array.from({ length: n }, (_, i) => `g${i % 2}`), type: 'STRING' },
        ],
      }),
    )
    ws.write('mix/a.parquet', file)
    const report = async (data: string, fast?: false) => {
      const audit = {
        name: 'a',
        data,
        label: 'y',
        score: 's',
        threshold: 5e-81,
        weight: 'w',
        sensitive: ['g'],
        confidence: false,
        metrics: ['accuracy', 'roc_auc'],
      }
      const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir, fast })
      if (!out.ok) throw new Error(out.problems.map(formatProblem).join('\n'))
      const a = out.report.audits[0]
      return { rows: a?.rows, overall: a?.overall, groups: a?.groups }
    }
    // The generic pass (as after a stop of the fast CSV pass with nowhere to read on) and the columnar one.
    const generic = await report('mix/a.parquet', false)
    expect(generic.rows).toBe(n)
    expect(await report('mix/a.parquet')).toEqual(generic)
  })
})

describe('values a converted type names are kept past the group bound, and each one named is charged (red team 25)', () => {
  /** `n` rows of a TIMESTAMP_MICROS column g cycling through `k` times from `base`. */
  function times(n: number, k: number, base: bigint): Buffer {
    return Buffer.from(
      parquetWriteBuffer({
        statistics: false,
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
          { name: 'p', type: 'INT32', repetition_type: 'REQUIRED' },
          { name: 'g', type: 'INT64', converted_type: 'TIMESTAMP_MICROS', repetition_type: 'REQUIRED' },
        ] as never,
        columnData: [
          { name: 'y', data: Int32Array.from({ length: n }, (_, i) => i & 1) },
          { name: 'p', data: Int32Array.from({ length: n }, (_, i) => (i >> 1) & 1) },
          {
            name: 'g',
            data: BigInt64Array.from({ length: n }, (_, i) => base + BigInt(i % k)),
            encoding: 'PLAIN',
          } as never,
        ],
      }),
    )
  }

  /** The bytes a read of every batch of `path` charges (`Table.readBytes`), and the group values it gave. */
  async function read(path: string): Promise<{ bytes: number; values: Set<string> }> {
    const table = await openParquet(path, 't.parquet', { maxDecompressionRatio: 1100 })
    const values = new Set<string>()
    for await (const batch of table.batches?.(['g']) ?? []) {
      const g = batch.columns[0] as ArrayLike<unknown>
      for (let i = 0; i < batch.length; i++) values.add(String(g[i]))
    }
    return { bytes: table.readBytes?.() ?? 0, values }
  }

  it('5,000 timestamps cycled are named once each, the first read charged NAMED_VALUE_BYTES for each, a second read nothing for them (R25-1)', async () => {
    // A base no other test names: the run's kept texts start without these.
    const base = 1_600_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e9)) * 10_000n
    const path = ws.write('times.parquet', times(40_000, 5000, base))
    const first = await read(path)
    const second = await read(path)
    expect(first.values.size).toBe(5000)
    expect(second.values).toEqual(first.values)
    // The pages' own bytes are the same on both reads: the difference is the names, 5,000 of them.
    expect(first.bytes - second.bytes).toBe(5000 * NAMED_VALUE_BYTES)
  })
})

describe('a long cell is read once while it repeats, binned ones too (R24-4, R25-3, R26-1)', () => {
  it('KeptCells reads a long string once, a short one or a number each time, and starts anew past its characters', () => {
    let reads = 0
    const read = (c: unknown) => {
      reads++
      return Number(c)
    }
    const kept = new KeptCells(undefined, 50 * (LONG_CELL_CHARS + 8))
    const number = kept.reading(read, 1)
    const long = `${'0'.repeat(LONG_CELL_CHARS)}5`
    for (let i = 0; i < 10; i++) expect(number(long)).toBe(5)
    expect(reads).toBe(1)
    for (let i = 0; i < 10; i++) number('7')
    for (let i = 0; i < 10; i++) number(7)
    expect(reads).toBe(21)
    // 100 more cells of 69 characters: past the 3,600 kept, all of them start anew.
    for (let i = 0; i < 100; i++) number(`${long}${String(i).padStart(4, '0')}`)
    reads = 0
    number(long)
    expect(reads).toBe(1)
    number(`${long}0099`)
    expect(reads).toBe(1)
  })

  it('each reading keeps its own cells: one column’s values never push another’s out (R27-2)', () => {
    const misses: number[] = []
    const kept = new KeptCells((n) => misses.push(n))
    const columns = [0, 1, 2, 3].map(() => kept.reading((c) => Number(c), 4))
    // Four columns of 8,000 values of 800 characters: each read once, however they cycle.
    const values = Array.from({ length: 8000 }, (_, i) => `${String(i).padStart(800, '0')}`)
    for (let round = 0; round < 3; round++) for (const v of values) for (const col of columns) col(v)
    expect(misses.length).toBe(4 * 8000)
    expect(new Set(misses)).toEqual(new Set([800 * 4]))
    // Past LONG_CHARS_KEPT in all (16,400 values a column, 52 million characters), they cycle: every
    // miss is charged, at its reading's cost.
    misses.length = 0
    const more = Array.from({ length: 16_400 }, (_, i) => `9${String(i).padStart(799, '0')}`)
    for (let round = 0; round < 2; round++) for (const v of more) for (const col of columns) col(v)
    expect(misses.length).toBeGreaterThan(4 * 16_400)
    expect(misses.reduce((a, b) => a + b, 0)).toBe(misses.length * 800 * 4)
  })

  it('a miss is told its characters times its cost, to charge the table (R26-4: more long values than are kept, cycled, missed on every row)', async () => {
    const misses: number[] = []
    const kept = new KeptCells((n) => misses.push(n))
    const reading = kept.reading(() => 1, 3)
    const long = 'x'.repeat(LONG_CELL_CHARS + 10)
    for (let i = 0; i < 5; i++) reading(long)
    reading('short')
    expect(misses).toEqual([3 * (LONG_CELL_CHARS + 10)])
    // A Parquet table takes the charge as bytes read.
    const path = ws.write(
      'charge.parquet',
      Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'y', data: Int32Array.of(1, 0), type: 'INT32' }] })),
    )
    const table = await openParquet(path, 'charge.parquet')
    const before = table.readBytes?.() ?? 0
    table.chargeBytes?.(1000)
    expect((table.readBytes?.() ?? 0) - before).toBe(1000)
  })

  it('a binned column of long numbers on the generic pass gives what the columnar pass gives', async () => {
    const n = 3000
    const num = (v: string) => `${'0'.repeat(500)}${v}`
    const file = Buffer.from(
      parquetWriteBuffer({
        columnData: [
          { name: 'y', data: Int32Array.from({ length: n }, (_, i) => i % 2), type: 'INT32' },
          { name: 'p', data: Int32Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 1 : 0)), type: 'INT32' },
          {
            name: 'age',
            data: Array.from({ length: n }, (_, i) => num(['20.5', '41.5', '67'][i % 3] as string)),
            type: 'STRING',
            encoding: 'RLE_DICTIONARY',
          },
        ],
      }),
    )
    ws.write('bins/a.parquet', file)
    const report = async (data: string, fast?: false) => {
      const audit = {
        name: 'a',
        data,
        label: 'y',
        prediction: 'p',
        sensitive: ['age'],
        bins: { age: [30, 60] },
        confidence: false,
        metrics: ['accuracy'],
      }
      const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir, fast })
      if (!out.ok) throw new Error(out.problems.map(formatProblem).join('\n'))
      const a = out.report.audits[0]
      return { rows: a?.rows, groups: a?.groups }
    }
    const generic = await report('bins/a.parquet', false)
    expect(generic.groups?.map((g) => g.count)).toEqual([1000, 1000, 1000])
    expect(await report('bins/a.parquet')).toEqual(generic)
  })
})

describe('a binned Parquet number no double holds is refused, not binned by its double (red team 26 R26-2)', () => {
  /** 100 rows of `value` (all wrong) and 1,000 of 4 (all right) in an INT64 column `age` of `element`. */
  function ages(element: object, value: bigint, four: bigint): Buffer {
    const n = 1100
    return Buffer.from(
      parquetWriteBuffer({
        statistics: false,
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
          { name: 'p', type: 'INT32', repetition_type: 'REQUIRED' },
          { name: 'age', type: 'INT64', repetition_type: 'REQUIRED', ...element },
        ] as never,
        columnData: [
          { name: 'y', data: Int32Array.from({ length: n }, () => 1) },
          { name: 'p', data: Int32Array.from({ length: n }, (_, i) => (i < 100 ? 0 : 1)) },
          { name: 'age', data: BigInt64Array.from({ length: n }, (_, i) => (i < 100 ? value : four)) } as never,
        ],
      }),
    )
  }
  const problems = async (data: string, edge: number) => {
    const audit = {
      name: 'a',
      data,
      label: 'y',
      prediction: 'p',
      sensitive: ['age'],
      bins: { age: [edge] },
      confidence: false,
      metrics: ['accuracy'],
    }
    const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir })
    return out.ok ? out.report.audits[0]?.groups.map((g) => [g.key, g.count]) : out.problems.map(formatProblem)
  }
  const decimal = { converted_type: 'DECIMAL', precision: 18, scale: 17 }

  it('DECIMAL(18, 17) 2.99999999999999999 with an edge at 3: refused, naming the value', async () => {
    ws.write('decbin.parquet', ages(decimal, 299_999_999_999_999_999n, 400_000_000_000_000_000n))
    expect(await problems('decbin.parquet', 3)).toEqual([
      "decbin.parquet:1:3: binned column 'age' has \"2.99999999999999999\", which no double holds exactly (it reads as 3): bins compare doubles, and the warehouse's query compares the exact value, so the two could put it in different bins; write the column as a DOUBLE, or round it to 15 significant digits",
    ])
  })

  it('a DECIMAL a double holds is binned as before', async () => {
    ws.write('decbin-ok.parquet', ages(decimal, 250_000_000_000_000_000n, 400_000_000_000_000_000n))
    expect(await problems('decbin-ok.parquet', 3)).toEqual([
      ['< 3', 100],
      ['>= 3', 1000],
    ])
  })

  it('a 64-bit integer past 2^53 that no double holds: refused', async () => {
    ws.write('intbin.parquet', ages({}, 9_007_199_254_740_995n, 4n))
    const out = await problems('intbin.parquet', 9_007_199_254_740_996)
    expect(out).toHaveLength(1)
    expect(String(out?.[0])).toMatch(
      /^intbin\.parquet:1:3: binned column 'age' has "9007199254740995", which no double holds exactly/,
    )
  })
})

describe('a Parquet score no double holds is refused, not thresholded by its double (red team 26 R26-5)', () => {
  /** 100 rows of score `value` (label 0) and 1,000 of 0.25 (label 0), a DECIMAL(18, 17) column `s`. */
  function scores(value: bigint): Buffer {
    const n = 1100
    return Buffer.from(
      parquetWriteBuffer({
        statistics: false,
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
          {
            name: 's',
            type: 'INT64',
            repetition_type: 'REQUIRED',
            converted_type: 'DECIMAL',
            precision: 18,
            scale: 17,
          },
          { name: 'g', type: 'BYTE_ARRAY', repetition_type: 'REQUIRED', converted_type: 'UTF8' },
        ] as never,
        columnData: [
          { name: 'y', data: Int32Array.from({ length: n }, () => 0) },
          {
            name: 's',
            data: BigInt64Array.from({ length: n }, (_, i) => (i < 100 ? value : 25_000_000_000_000_000n)),
          } as never,
          { name: 'g', data: Array.from({ length: n }, (_, i) => (i < 100 ? 'a' : 'b')) } as never,
        ],
      }),
    )
  }
  const outcome = async (data: string, fast?: false) => {
    const audit = {
      name: 'a',
      data,
      label: 'y',
      score: 's',
      threshold: 0.5,
      sensitive: ['g'],
      confidence: false,
      metrics: ['accuracy'],
    }
    const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir, fast })
    return out.ok
      ? out.report.audits[0]?.groups.map((g) => [g.key, g.metrics.accuracy])
      : out.problems.map(formatProblem)
  }
  const refused = (file: string) =>
    `${file}:1:2: score column 's' has "0.49999999999999999", which no double holds exactly (it reads as 0.5): the threshold and ROC AUC compare doubles, and the warehouse's query compares the exact value, so the two could classify it differently; write the column as a DOUBLE, or round it to 15 significant digits`

  it('0.49999999999999999 at threshold 0.5: refused on the columnar pass and on the generic one', async () => {
    ws.write('score/alone/d.parquet', scores(49_999_999_999_999_999n))
    expect(await outcome('score/alone/d.parquet')).toEqual([refused('score/alone/d.parquet')])
    expect(await outcome('score/alone/d.parquet', false)).toEqual([refused('score/alone/d.parquet')])
  })

  it('a DECIMAL score a double holds is read as before', async () => {
    ws.write('score/ok.parquet', scores(75_000_000_000_000_000n))
    expect(await outcome('score/ok.parquet')).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })
})

describe('a Parquet text score in scientific notation is read as its plain twin (isDoubleText of an exponent)', () => {
  it('1e-1, 2.5E-1, 7.5e-1 in a STRING column: the report of the CSV twin, not refused as inexact', async () => {
    const n = 300
    const scores = ['1e-1', '2.5E-1', '7.5e-1', '+9.0e-1']
    const rows = Array.from({ length: n }, (_, i) => ({ y: i % 2, s: scores[i % 4] as string, g: `g${i % 3}` }))
    ws.write(
      'sci.parquet',
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'y', data: Int32Array.from(rows, (r) => r.y), type: 'INT32' },
            { name: 's', data: rows.map((r) => r.s), type: 'STRING' },
            { name: 'g', data: rows.map((r) => r.g), type: 'STRING' },
          ],
        }),
      ),
    )
    ws.write('sci.csv', `y,s,g\n${rows.map((r) => `${r.y},${r.s},${r.g}`).join('\n')}\n`)
    const report = async (data: string) => {
      const audit = { name: 'a', data, label: 'y', score: 's', threshold: 0.5, sensitive: ['g'], confidence: false }
      const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir })
      if (!out.ok) throw new Error(out.problems.map(formatProblem).join('\n'))
      return out.report.audits[0]?.groups
    }
    expect(await report('sci.parquet')).toEqual(await report('sci.csv'))
  })
})

describe('a Parquet label or prediction no double holds is refused, not read as its double (red team 27 R27-1)', () => {
  const one = 100_000_000_000_000_000n
  /** DECIMAL(18, 17) label and prediction columns: 100 rows of `label` and `prediction`, then 1,000 of 1 and 1. */
  function labels(label: bigint, prediction: bigint): Buffer {
    const n = 1100
    const decimal = { type: 'INT64', repetition_type: 'REQUIRED', converted_type: 'DECIMAL', precision: 18, scale: 17 }
    return Buffer.from(
      parquetWriteBuffer({
        statistics: false,
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'y', ...decimal },
          { name: 'p', ...decimal },
          { name: 'g', type: 'BYTE_ARRAY', repetition_type: 'REQUIRED', converted_type: 'UTF8' },
        ] as never,
        columnData: [
          { name: 'y', data: BigInt64Array.from({ length: n }, (_, i) => (i < 100 ? label : one)) } as never,
          { name: 'p', data: BigInt64Array.from({ length: n }, (_, i) => (i < 100 ? prediction : one)) } as never,
          { name: 'g', data: Array.from({ length: n }, (_, i) => (i % 2 ? 'a' : 'b')) } as never,
        ],
      }),
    )
  }
  const outcome = async (data: string, fast?: false) => {
    const audit = {
      name: 'a',
      data,
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      confidence: false,
      metrics: ['accuracy'],
    }
    const out = await runConfigText(JSON.stringify({ audits: [audit] }), 'audit.yml', { workspace: ws.dir, fast })
    return out.ok ? out.report.audits[0]?.overall.accuracy : out.problems.map(formatProblem)
  }
  const refused = (file: string, column: number, role: string, text: string, reads: string) =>
    `${file}:1:${column}: ${role} column '${role === 'label' ? 'y' : 'p'}' has "${text}", which no double holds exactly (it reads as ${reads}): labels are compared as numbers by value, and the exact value is not ${reads}; write the column as an integer, a boolean or text, or round it to 15 significant digits`

  it('a label 1.00000000000000001 (positive_label 1): refused on the columnar pass and on the generic one', async () => {
    ws.write('labels/y.parquet', labels(one + 1n, 0n))
    const want = [refused('labels/y.parquet', 1, 'label', '1.00000000000000001', '1')]
    expect(await outcome('labels/y.parquet')).toEqual(want)
    expect(await outcome('labels/y.parquet', false)).toEqual(want)
  })

  it('a prediction 0.99999999999999999, its label exact: refused at the prediction', async () => {
    ws.write('labels/p.parquet', labels(0n, one - 1n))
    const want = [refused('labels/p.parquet', 2, 'prediction', '0.99999999999999999', '1')]
    expect(await outcome('labels/p.parquet')).toEqual(want)
    expect(await outcome('labels/p.parquet', false)).toEqual(want)
  })

  it('DECIMAL labels a double holds (0, 1.00000000000000000) are read by value as before', async () => {
    ws.write('labels/ok.parquet', labels(0n, one))
    // 100 rows of label 0 predicted 1, 1,000 of 1 predicted 1.
    expect(await outcome('labels/ok.parquet')).toBe(1000 / 1100)
    expect(await outcome('labels/ok.parquet', false)).toBe(1000 / 1100)
  })
})

describe('isDoubleText reads a number text in one scan (red team 27 R27-3: a regex took time quadratic in a fraction’s zeros)', () => {
  /** The regex it replaced: right, and quadratic on long runs of zeros. */
  const reference = (text: string, x: number): boolean => {
    const m = /^\s*([+-]?)0*(\d*?)(?:\.(\d*?)0*)?\s*$/.exec(text)
    if (!m) return false
    const int = m[2] === '' ? '0' : (m[2] as string)
    const frac = m[3] ?? ''
    const negative = m[1] === '-' && (int !== '0' || frac !== '')
    return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}` === plainNumber(x)
  }
  /** A number with an exponent, its point moved (digits, then zeros where the exponent needs them). */
  const plainOf = (text: string): string | null => {
    const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?[eE]([+-]?\d+)\s*$/.exec(text)
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null
    const digits = `${m[2]}${m[3] ?? ''}`
    const point = (m[2] as string).length + Number(m[4])
    const body =
      point <= 0
        ? `0.${'0'.repeat(-point)}${digits}`
        : point >= digits.length
          ? digits + '0'.repeat(point - digits.length)
          : `${digits.slice(0, point)}.${digits.slice(point)}`
    return `${m[1]}${body}`
  }
  const oracle = (text: string, x: number): boolean => {
    const plain = plainOf(text)
    return plain === null ? reference(text, x) : reference(plain, x)
  }
  it('gives what the regex gave, on short texts of digits, signs, points, zeros, spaces and exponents', () => {
    let seed = 11
    const pick = (s: string) => s[(seed = (seed * 1103515245 + 12345) >>> 0) % s.length] as string
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: 1 + (k % 14) }, () => pick('0001259.-+ e')).join('')
      const x = Number(text)
      expect(isDoubleText(text, x)).toBe(oracle(text, x))
    }
    for (const [text, want] of [
      ['2.99999999999999999', false],
      ['0.10', true],
      [' -0 ', true],
      ['+25.50', true],
      ['9007199254740995', false],
      ['1e5', true],
      ['2.5E-1', true],
      ['3e-1000', false],
      ['29999999999999999e-16', false],
      ['e5', false],
    ] as const)
      expect(isDoubleText(text, Number(text))).toBe(want)
  })
  it('reads the longest exact double texts, hundreds of zeros long', () => {
    const tiny = `0.${'0'.repeat(322)}5`
    expect(isDoubleText(tiny, Number(tiny))).toBe(Number(tiny) === 5e-323)
    expect(isDoubleText(`${tiny}${'0'.repeat(5000)}`, Number(tiny))).toBe(isDoubleText(tiny, Number(tiny)))
  })
})
