/**
 * A Parquet TIME is named by its time of day, whatever its unit (red team 32 R32-7): named by its
 * raw count, TIME_MILLIS 1000 and TIME_MICROS 1,000,000 (both 00:00:01) were two groups, 40 wrong
 * rows in a microsecond shard a small ungated group (exit 0) where DuckDB over the glob read one
 * TIME and failed; and 1000 µs (00:00:00.001) was merged with 1000 ms (00:00:01).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { describe, expect, it } from 'vitest'
import { timeOfDay } from '../../src/data/parquet-decimal.js'
import type { AuditReport } from '../../src/report/types.js'
import { duckDbFixture } from '../support/duckdb.js'

const duck = duckDbFixture()

type Unit = 'MILLIS' | 'MICROS'

/** A Parquet file of y, p and a TIME column g of `unit` (INT32 for MILLIS, INT64 for MICROS). */
function timeFile(path: string, unit: Unit, rows: { y: number; p: number; g: number }[]): void {
  const type = unit === 'MILLIS' ? 'INT32' : 'INT64'
  const g = unit === 'MILLIS' ? Int32Array.from(rows, (r) => r.g) : BigInt64Array.from(rows, (r) => BigInt(r.g))
  const buffer = parquetWriteBuffer({
    schema: [
      { name: 'root', num_children: 3 },
      { name: 'y', type: 'INT32', repetition_type: 'REQUIRED' },
      { name: 'p', type: 'INT32', repetition_type: 'REQUIRED' },
      {
        name: 'g',
        type,
        repetition_type: 'REQUIRED',
        converted_type: unit === 'MILLIS' ? 'TIME_MILLIS' : 'TIME_MICROS',
        logical_type: { type: 'TIME', isAdjustedToUTC: false, unit },
      },
    ],
    columnData: [
      { name: 'y', data: Int32Array.from(rows, (r) => r.y) },
      { name: 'p', data: Int32Array.from(rows, (r) => r.p) },
      { name: 'g', data: g },
    ],
  })
  writeFileSync(path, Buffer.from(buffer))
}

const rep = (n: number, r: { y: number; p: number; g: number }) => Array.from({ length: n }, () => r)

async function groups(dir: string): Promise<[string, number][]> {
  const out = await duck.ws.run({
    audits: [
      {
        name: 't',
        data: `${dir}/*.parquet`,
        label: 'y',
        prediction: 'p',
        sensitive: ['g'],
        min_group_size: 50,
        confidence: false,
        gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
      },
    ],
  })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return (out.report.audits[0] as AuditReport).groups.map((g) => [g.key, g.count])
}

async function duckGroups(dir: string): Promise<[string, number][]> {
  const con = await duck.db.connect()
  try {
    const r = await con.runAndReadAll(
      `SELECT CAST(g AS VARCHAR) AS g, count(*)::INTEGER AS n FROM read_parquet('${join(duck.ws.dir, dir)}/*.parquet') GROUP BY ALL ORDER BY 1`,
    )
    return r.getRows().map((row) => [String(row[0]), Number(row[1])])
  } finally {
    con.closeSync()
  }
}

describe('Parquet TIME of every unit names a time of day alike (red team 32 R32-7)', () => {
  it('timeOfDay: one time is one text in every unit, and distinct times distinct', () => {
    expect(timeOfDay(1000, 1e3)).toBe('00:00:01')
    expect(timeOfDay(1_000_000, 1e6)).toBe('00:00:01')
    expect(timeOfDay(1_000_000_000, 1e9)).toBe('00:00:01')
    expect(timeOfDay(1000, 1e6)).toBe('00:00:00.001')
    expect(timeOfDay(1, 1e6)).toBe('00:00:00.000001')
    expect(timeOfDay(1_500_000, 1e9)).toBe('00:00:00.0015')
    expect(timeOfDay(86_399_999, 1e3)).toBe('23:59:59.999')
    expect(timeOfDay(86_400_000_000, 1e6)).toBe('24:00:00')
    expect(() => timeOfDay(-1, 1e3)).toThrow(/outside a day/)
    expect(() => timeOfDay(86_400_001, 1e3)).toThrow(/outside a day/)
  })

  it('split: 00:00:01 in milliseconds and in microseconds is one group, as DuckDB reads the glob, and the gate fails', async () => {
    duck.ws.write('split/.keep', '')
    timeFile(join(duck.ws.dir, 'split/a.parquet'), 'MILLIS', [
      ...rep(200, { y: 1, p: 1, g: 1000 }),
      ...rep(200, { y: 1, p: 1, g: 2000 }),
    ])
    timeFile(join(duck.ws.dir, 'split/b.parquet'), 'MICROS', rep(40, { y: 1, p: 0, g: 1_000_000 }))
    const ours = await groups('split')
    expect(ours).toEqual([
      ['00:00:01', 240],
      ['00:00:02', 200],
    ])
    expect(ours).toEqual(await duckGroups('split'))
    const out = await duck.ws.run({
      audits: [
        {
          name: 't',
          data: 'split/*.parquet',
          label: 'y',
          prediction: 'p',
          sensitive: ['g'],
          min_group_size: 50,
          confidence: false,
          gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
        },
      ],
    })
    expect(out.ok && out.report.passed).toBe(false)
  })

  it('merge: 1000 µs and 1000 ms are two times, two groups, as DuckDB reads them', async () => {
    duck.ws.write('merge/.keep', '')
    timeFile(join(duck.ws.dir, 'merge/a.parquet'), 'MILLIS', rep(200, { y: 1, p: 1, g: 1000 }))
    timeFile(join(duck.ws.dir, 'merge/b.parquet'), 'MICROS', rep(60, { y: 1, p: 0, g: 1000 }))
    const ours = await groups('merge').catch((e: Error) => e.message)
    expect(ours).toEqual([
      ['00:00:00.001', 60],
      ['00:00:01', 200],
    ])
    expect(ours).toEqual(await duckGroups('merge'))
  })
})
