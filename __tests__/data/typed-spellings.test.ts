/**
 * One typed value spelled two ways in a group column is refused at `data` (red team 32 R32-2,
 * R32-3): as written each spelling was a group of its own, so 40 wrong rows re-spelled were a small
 * group, insufficient and ungated, and the rows audit passed, where DuckDB's CSV reader (the
 * warehouse query of `model-audit-gate sql`) and pandas read one value and the gate failed.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spellingKey } from '../../src/data/spelling.js'
import { audit } from '../support/workspace.js'
import { duckDbFixture } from '../support/duckdb.js'

const duck = duckDbFixture()

/** Writes `dir/name` as Parquet from a DuckDB SELECT. */
async function parquet(dir: string, name: string, select: string): Promise<void> {
  const con = await duck.db.connect()
  try {
    duck.ws.write(`${dir}/.keep`, '')
    await con.run(`COPY (${select}) TO '${join(duck.ws.dir, dir, name)}' (FORMAT PARQUET)`)
  } finally {
    con.closeSync()
  }
}

const gate = { min_group_size: 50, confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }

/** The red team's shape: 200 right rows of `a`, 40 wrong rows of `b` (the same value), 200 right rows of `c`. */
function shape(a: string, b: string, c: string): string {
  const lines = [
    ...Array.from({ length: 200 }, () => `1,1,${a}`),
    ...Array.from({ length: 40 }, () => `1,0,${b}`),
    ...Array.from({ length: 200 }, () => `1,1,${c}`),
  ]
  return `y,p,g\n${lines.join('\n')}\n`
}

describe('one typed value spelled two ways (red team 32 R32-2, R32-3)', () => {
  const refused: [string, string, string, string][] = [
    ['a date unpadded', '2024-01-01', '2024-1-1', '2024-02-01'],
    ['a date with slashes, year last', '01/02/2024', '1/2/2024', '03/02/2024'],
    ['a time without seconds', '00:00:00', '00:00', '01:00:00'],
    ['a time with a zero fraction', '00:00:01', '00:00:01.000', '00:00:02'],
    ['a timestamp with T and with a space', '2024-01-01T00:00:00', '2024-01-01 00:00:00', '2024-01-02 00:00:00'],
    ['a timestamp in another zone', '2024-01-01 00:00:00', '2024-01-01 01:00:00+01', '2024-01-02 00:00:00'],
    ['DuckDB booleans true/yes', 'true', 'yes', 'false'],
    ['DuckDB booleans true/t', 'true', 't', 'false'],
    ['a hex integer', '16', '0x10', '17'],
    ['a binary integer', '16', '0b10000', '17'],
    ['a hex integer with a digit separator', '16', '0x1_0', '17'],
    ['infinities', 'inf', 'Infinity', '2'],
    ['two texts of one double', '1', '1.0000000000000001', '2'],
    ['two texts of one double, a tenth', '0.1', '0.10000000000000001', '0.2'],
    ['integers past 2^53 one double holds', '9007199254740992', '9007199254740993', '1'],
  ]
  it.each(refused)('%s: refused naming both spellings and where', async (what, a, b, c) => {
    const file = `${what.replace(/\W+/g, '-')}.csv`
    duck.ws.write(file, shape(a, b, c))
    const problems = (await duck.ws.problems(audit(file, gate))).join('\n')
    const shown = (v: string): string => JSON.stringify(v).replace(/[.+^$()[\]\\]/g, '\\$&')
    expect(problems).toMatch(
      new RegExp(`sensitive column 'g' holds ${shown(a)} \\(${file}:2:3\\) and ${shown(b)} \\(${file}:202:3\\), one`),
    )
  })

  it('values that are distinct to every typed reader stay groups', async () => {
    // Letter codes beside other text: `t`, `T`, `y`, `n` are text to DuckDB there, as to pandas.
    const values = [
      '1',
      '1.5',
      '100.00000000000001',
      '100',
      'A',
      'A ',
      'y',
      'n',
      't',
      'T',
      'yes',
      '2024-01-01',
      '2024-01-02',
      '12:30',
    ]
    const lines = values.flatMap((v) => Array.from({ length: 10 }, () => `1,1,${v}`))
    duck.ws.write('distinct.csv', `y,p,g\n${lines.join('\n')}\n`)
    const out = await duck.ws.run(audit('distinct.csv', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key).sort()).toEqual([...values].sort())
  })

  it('keys: one per typed value', () => {
    const same: string[][] = [
      ['1', '1.0', '01', '+1', '1e0', '10e-1', ' 1 ', '1.0000000000000001', '0x1', '0X01', '0b1', '0o1'],
      ['0', '-0', '-0.0', '0e5'],
      ['inf', 'INF', 'Infinity', '+inf', '1e400'],
      ['-inf', '-Infinity', '-1e400'],
      ['true', 'True', 'TRUE'],
      ['false', 'False', ' FALSE'],
      [
        '2024-01-01',
        '2024-1-1',
        '2024/01/01',
        '2024.1.1',
        '2024-01-01 00:00:00',
        '2024-01-01T00:00',
        '2024-01-01T00:00:00Z',
      ],
      ['2024-01-01 02:00:00+01', '2024-01-01T01:00:00+00:00', '2024-01-01T00:00:00-0100', '2024-01-01T01:00:00.000'],
      ['00:00:00', '0:0', '00:00', '0:00:00.0'],
      ['24-01-01', '24-1-1'],
      ['1/2/2024', '01/02/2024'],
    ]
    for (const group of same) {
      const keys = group.map((v) => spellingKey(v))
      expect(keys[0], group.join(' ')).not.toBeNull()
      expect(new Set(keys).size, group.join(' ')).toBe(1)
    }
    const keys = same.map((g) => spellingKey(g[0] as string))
    expect(new Set(keys).size).toBe(same.length)
    for (const other of [
      'A',
      '',
      'nan',
      'NAN',
      '+nan',
      '1_000',
      '0x',
      '2024-13-01',
      '12:61',
      '1.2.3.4',
      'tru',
      'yess',
      '100.00000000000001',
    ])
      expect(spellingKey(other) === null || other === '100.00000000000001', other).toBe(true)
    // DuckDB's boolean words, in a column of nothing else (`booleans`), are one value by truth.
    for (const w of ['t', 'T', 'yes', 'Yes', 'YES', 'true']) expect(spellingKey(w, false, true), w).toBe('btrue')
    for (const w of ['f', 'F', 'no', 'No', 'false']) expect(spellingKey(w, false, true), w).toBe('bfalse')
    expect(spellingKey('t')).toBeNull()
    // Exact (a Parquet integer or DECIMAL column): by exact value, not by double.
    expect(spellingKey('9007199254740993', true)).not.toBe(spellingKey('9007199254740992', true))
    expect(spellingKey('1.0', true)).toBe(spellingKey('1', true))
    expect(spellingKey('100.00000000000001')).not.toBe(spellingKey('100'))
    expect(spellingKey('2024-01-01 00:00:01')).not.toBe(spellingKey('2024-01-01'))
    expect(spellingKey('00:00:01.5')).not.toBe(spellingKey('00:00:01'))
  })

  it('Parquet: an integer column keeps 2^53 and 2^53 + 1 apart, as DuckDB and pandas; beside a DOUBLE shard, refused', async () => {
    // A BIGINT column is exact to every typed reader: two groups, as before.
    await parquet(
      'int',
      'a.parquet',
      'SELECT 1 AS y, (i % 2)::INTEGER AS p, (9007199254740992 + i % 2)::BIGINT AS g FROM range(200) t(i)',
    )
    const out = await duck.ws.run(audit('int/*.parquet', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key).sort()).toEqual(['9007199254740992', '9007199254740993'])
    // The red team's r32-3b: DOUBLE 2^53 (400 right rows) beside BIGINT 2^53 + 1 (40 wrong): DuckDB's
    // read_parquet over the glob reads one DOUBLE group of 440 rows; here two, the 40 ungated.
    await parquet('mixed', 'a.parquet', 'SELECT 1 AS y, 1 AS p, 9007199254740992::DOUBLE AS g FROM range(400)')
    await parquet('mixed', 'b.parquet', 'SELECT 1 AS y, 0 AS p, 9007199254740993::BIGINT AS g FROM range(40)')
    const problems = (await duck.ws.problems(audit('mixed/*.parquet', gate))).join('\n')
    expect(problems).toMatch(
      /holds "9007199254740992" \(mixed\/a\.parquet:1:3\) and "9007199254740993" \(mixed\/b\.parquet:1:3\), one number written two ways/,
    )
  })
})

/** DuckDB's read_csv of a column of `values`: its type and how many distinct values it reads. */
async function duckRead(values: readonly string[]): Promise<{ type: string; distinct: number }> {
  const file = `duck-${Math.random().toString(36).slice(2)}.csv`
  duck.ws.write(file, `g\n${values.join('\n')}\n`)
  const con = await duck.db.connect()
  try {
    const rows = (
      await con.runAndReadAll(
        `SELECT typeof(g) AS type, count(DISTINCT g) AS n FROM read_csv('${join(duck.ws.dir, file)}', header = true, nullstr = '') GROUP BY 1`,
      )
    ).getRowObjectsJson()
    return { type: String(rows[0]?.type), distinct: Number(rows[0]?.n) }
  } finally {
    con.closeSync()
  }
}

describe('hex and binary integers with digit separators as DuckDB reads them', () => {
  // read_csv types 0x1_0 (one `_` between two digits) BIGINT 16 beside integers; a decimal 1_0 is text there.
  const pairs: [string, string][] = [
    ['16', '0x1_0'],
    ['31', '0X1_F'],
    ['2', '0b1_0'],
    ['2748', '0xA_b_C'],
    ['16', '0x_10'],
    ['16', '0x10_'],
    ['16', '0x1__0'],
    ['1', '0b_1'],
    ['10', '1_0'],
  ]
  it.each(pairs)('%s and %s: one key exactly when DuckDB reads one value', async (a, b) => {
    const duck = await duckRead([a, b])
    const one = duck.type !== 'VARCHAR' && duck.distinct === 1
    const [ka, kb] = [spellingKey(a), spellingKey(b)]
    expect({ duck, same: ka !== null && ka === kb }).toEqual({ duck, same: one })
  })
})

describe('times and timestamps as DuckDB reads them (red team 34 R34-1, R34-2)', () => {
  // Each pair: DuckDB (session TimeZone UTC) reads one value, two, or the column as text.
  const pairs: [string, string][] = [
    // R34-1: 24:00:00 is a timestamp's next midnight, a TIME of its own; 24:30, 24:00:01 are text.
    ['2024-01-01 24:00:00', '2024-01-02 00:00:00'],
    ['2024-01-01T24:00:00', '2024-01-02'],
    ['2024-12-31 24:00:00', '2025-01-01'],
    ['2024-02-29 24:00:00', '2024-03-01'],
    ['2024-01-01 24:00', '2024-01-02'],
    ['2024-01-01 24:00:00.000', '2024-01-02'],
    ['2024-01-01 24:00:00+01', '2024-01-01 23:00:00Z'],
    ['2024-01-01 24:00:00', '2024-01-01 00:00:00'],
    ['24:00:00', '00:00:00'],
    ['24:00:00', '24:00:00.000'],
    ['24:00:00.0000001', '24:00:00'],
    ['24:30', '00:00'],
    ['24:00:01', '00:00'],
    ['24:00:00.0001', '00:00'],
    ['2024-01-01 24:00:00.5', '2024-01-02'],
    ['01/02/2024 24:00:00', '01/03/2024 00:00:00'],
    // R34-2: a trailing point, a fraction past microseconds (truncated), zones.
    ['12:00:00.', '12:00:00'],
    ['12:00:00.', '12:00:00.0'],
    ['12:00.', '12:00'],
    ['2024-01-01 12:00:00.', '2024-01-01 12:00:00'],
    ['12:00:00.1234567', '12:00:00.123456'],
    ['12:00:00.1234565', '12:00:00.123457'],
    ['12:00:00.9999999', '12:00:01'],
    ['2024-01-01 12:00:00.1234567', '2024-01-01 12:00:00.123456'],
    ['2024-01-01 23:59:59.9999999', '2024-01-02'],
    ['12:00:00Z', '12:00:00'],
    ['12:00:00+01', '11:00:00'],
    ['2024-01-01 12:00:00Z', '2024-01-01 12:00:00'],
    ['2024-01-01 13:00:00+01', '2024-01-01 12:00:00Z'],
    ['2024-01-01 13:00:00+01:00', '2024-01-01 12:00:00Z'],
    ['2024-01-01 13:00:00+0100', '2024-01-01 12:00:00Z'],
    ['2024-01-01 13:00:00+01:00:00', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00+01:30:15', '2024-01-01 10:29:45Z'],
    ['2024-01-01 12:00:00-00', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00.+01', '2024-01-01 11:00:00Z'],
    ['2024-01-01 12:00:00 UTC', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00 utc', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00 GMT', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00 Europe/Paris', '2024-01-01 11:00:00Z'],
    ['2024-07-01 12:00:00 Europe/Paris', '2024-07-01 10:00:00Z'],
    ['2024-01-01 12:00:00.5 europe/paris', '2024-01-01 11:00:00.5Z'],
    ['2024-01-01 12:00:00 EST', '2024-01-01 17:00:00Z'],
    ['2024-01-01 24:00:00 UTC', '2024-01-02 00:00:00Z'],
    ['2024-01-01 13:00:00 +01', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00  UTC', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00UTC', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00 Z', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00z', '2024-01-01 12:00:00Z'],
    ['2024-01-01 13:00:00+1', '2024-01-01 12:00:00Z'],
    ['2024-01-01 13:00:00+01:0', '2024-01-01 12:00:00Z'],
    ['2024-01-01 13:00:00+010000', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00:00 Foo/Bar', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00 UTC', '2024-01-01 12:00:00Z'],
    ['2024-01-01 12:00+01', '2024-01-01 11:00:00Z'],
    ['01/02/2024 12:00:00Z', '01/02/2024 12:00:00'],
    ['2024.01.01 13:00:00+01', '2024.01.01 12:00:00'],
    ['2024-01-01t12:00:00', '2024-01-01 12:00:00'],
    ['2024-01-01  12:00:00', '2024-01-01 12:00:00'],
    ['23:59:60', '00:00'],
  ]
  it.each(pairs)('%s and %s: one key exactly when DuckDB reads one value', async (a, b) => {
    const duck = await duckRead([a, b])
    const one = duck.type !== 'VARCHAR' && duck.distinct === 1
    const [ka, kb] = [spellingKey(a), spellingKey(b)]
    expect({ duck, same: ka !== null && ka === kb }).toEqual({ duck, same: one })
  })

  it('a timestamp at 24:00:00 beside the next midnight, a point or a zone: refused', async () => {
    for (const [a, b, c] of [
      ['2024-01-02 00:00:00', '2024-01-01 24:00:00', '2024-01-03 00:00:00'],
      ['12:00:00', '12:00:00.', '13:00:00'],
      ['12:00:00.123456', '12:00:00.1234567', '13:00:00'],
      ['2024-01-01 12:00:00Z', '2024-01-01 12:00:00 UTC', '2024-01-02 12:00:00Z'],
      ['2024-01-01 11:00:00Z', '2024-01-01 12:00:00 Europe/Paris', '2024-01-02 12:00:00Z'],
    ]) {
      duck.ws.write('r34.csv', shape(a as string, b as string, c as string))
      expect((await duck.ws.problems(audit('r34.csv', gate))).join('\n')).toMatch(
        /one date or time written two ways|one time of day written two ways/,
      )
    }
  })
})

describe('a Parquet TIMESTAMP_NS keeps its nanoseconds (R34-2: only a text file is truncated)', () => {
  it('two instants 1 ns apart are two groups, as DuckDB reads them', async () => {
    await parquet(
      'ns',
      'a.parquet',
      `SELECT 1 AS y, (i % 2)::INTEGER AS p, CAST(CASE WHEN i % 2 = 0 THEN '2024-01-01 00:00:00.000000001' ELSE '2024-01-01 00:00:00.000000002' END AS TIMESTAMP_NS) AS g FROM range(200) t(i)`,
    )
    const out = await duck.ws.run(audit('ns/*.parquet', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key).sort()).toEqual([
      '2024-01-01T00:00:00.000000001Z',
      '2024-01-01T00:00:00.000000002Z',
    ])
    // The same texts in a CSV are one value to DuckDB's read_csv (truncated to microseconds): refused.
    duck.ws.write('ns.csv', shape('2024-01-01T00:00:00.000000001Z', '2024-01-01T00:00:00.000000002Z', '2024-01-02'))
    expect((await duck.ws.problems(audit('ns.csv', gate))).join('\n')).toMatch(/one date or time written two ways/)
    expect(await duckRead(['2024-01-01T00:00:00.000000001Z', '2024-01-01T00:00:00.000000002Z'])).toEqual({
      type: 'TIMESTAMP WITH TIME ZONE',
      distinct: 1,
    })
  })
})

describe("timestamps with and without a zone in one column (R34-2: DuckDB's session TimeZone)", () => {
  it('refused: DuckDB reads the ones without a zone in its TimeZone, so 12:00 and 11:00Z are one in Europe/Paris', async () => {
    const file = `paris-${Math.random().toString(36).slice(2)}.csv`
    duck.ws.write(file, 'g\n2024-01-01 12:00:00\n2024-01-01 11:00:00Z\n')
    const con = await duck.db.connect()
    try {
      await con.run(`SET TimeZone = 'Europe/Paris'`)
      const r = await con.runAndReadAll(
        `SELECT typeof(g) AS type, count(DISTINCT g) AS n FROM read_csv('${join(duck.ws.dir, file)}', header = true) GROUP BY 1`,
      )
      expect(r.getRowObjectsJson()).toEqual([{ type: 'TIMESTAMP WITH TIME ZONE', n: '1' }])
    } finally {
      con.closeSync()
    }
    expect(spellingKey('2024-01-01 12:00:00')).not.toBe(spellingKey('2024-01-01 11:00:00Z'))
    duck.ws.write('paris.csv', shape('2024-01-01 12:00:00', '2024-01-01 11:00:00Z', '2024-01-02 12:00:00'))
    expect((await duck.ws.problems(audit('paris.csv', gate))).join('\n')).toMatch(
      /sensitive column 'g' holds "2024-01-01 12:00:00" \(paris\.csv:2:3\), a date or time without a zone, and "2024-01-01 11:00:00Z" \(paris\.csv:202:3\), one with a zone: DuckDB's read_csv reads such a column as TIMESTAMP WITH TIME ZONE/,
    )
  })

  it('every value with a zone, or none with one: groups as before', async () => {
    for (const [a, b, c] of [
      ['2024-01-01 12:00:00Z', '2024-01-01 12:00:00+05', '2024-01-02 12:00:00 UTC'],
      ['2024-01-01 12:00:00', '2024-01-01 11:00:00', '2024-01-02'],
    ]) {
      duck.ws.write('zones.csv', shape(a as string, b as string, c as string))
      const out = await duck.ws.run(audit('zones.csv', { ...gate, min_group_size: 30 }))
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      expect(out.report.audits[0]?.groups.map((g) => g.key).sort()).toEqual([a, b, c].sort())
    }
  })
})
