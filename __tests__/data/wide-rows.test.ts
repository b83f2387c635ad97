/**
 * Rows of many group columns (red team 26 R26-3: 32 two-valued sensitive columns and 32
 * intersections, 10,000,000 rows of a 2 MB Parquet file, 17.5 s of CPU): their codes' bits pass
 * the dense table of known rows (16) and the cell table's (20), so the columnar pass keys rows by
 * their codes interned column by column (`ChainKeys`) and the cell table hashes the ids
 * themselves. Either way the counts, the groups and their order are the generic pass's, on
 * Parquet (dictionary and plain INT32 columns) and on CSV.
 */
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { loadConfig } from '../../src/config/load.js'
import { formatProblem } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { CellTable } from '../../src/data/sink.js'
import { passOutcome } from '../support/pass-outcome.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** A pseudo-random generator (the same numbers on every machine). */
function lcg(seed: number): (m: number) => number {
  let x = seed >>> 0
  return (m) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return (x >>> 8) % m
  }
}

interface Wide {
  rows: number
  columns: number
  /** Distinct values of each group column: a few, so that the combinations stay within the bound. */
  values: number
  /** Rows between two that bring a value never seen (a new combination late in the file). */
  fresh: number
  seed: number
}

/** Label, prediction and `columns` group columns; each group column is a function of a hidden draw, so combinations repeat. */
function wideRows(w: Wide): { y: number[]; p: number[]; g: number[][] } {
  const rand = lcg(w.seed)
  const y: number[] = []
  const p: number[] = []
  const g: number[][] = Array.from({ length: w.columns }, () => [])
  for (let i = 0; i < w.rows; i++) {
    y.push(rand(2))
    p.push(rand(3) === 0 ? 1 - (y[i] as number) : (y[i] as number))
    const draw = rand(200)
    for (let c = 0; c < w.columns; c++) {
      const v = i % w.fresh === w.fresh - 1 ? w.values + (c % 3) : ((draw >> (c % 7)) + c) % w.values
      g[c]?.push(v)
    }
  }
  return { y, p, g }
}

function auditOf(file: string, columns: number, intersections: number): AuditConfig {
  const sens = Array.from({ length: columns }, (_, c) => `g${c}`)
  const { config, problems } = loadConfig(
    JSON.stringify({
      audits: [
        {
          name: 'w',
          data: file,
          label: 'y',
          prediction: 'p',
          sensitive: sens,
          intersections: Array.from({ length: intersections }, (_, c) => [sens[c], sens[(c + 1) % columns]]),
          max_groups: 5000,
          confidence: false,
          metrics: ['accuracy', 'selection_rate'],
        },
      ],
    }),
    'audit.json',
  )
  if (!config) throw new Error(problems.map(formatProblem).join('\n'))
  return config.audits[0] as AuditConfig
}

describe('rows of many group columns: the columnar pass and the cell table give the generic pass’s cells', () => {
  for (const [name, w, plain] of [
    [
      '34 dictionary columns of 2 values (68 bits of codes)',
      { rows: 6000, columns: 34, values: 2, fresh: 997, seed: 1 },
      false,
    ],
    ['12 dictionary columns of 5 values', { rows: 8000, columns: 12, values: 5, fresh: 1999, seed: 2 }, false],
    ['24 plain INT32 columns of 3 values', { rows: 5000, columns: 24, values: 3, fresh: 1201, seed: 3 }, true],
  ] as const) {
    it(name, async () => {
      const { y, p, g } = wideRows(w)
      const file = `wide-${w.seed}.parquet`
      ws.write(
        file,
        Buffer.from(
          parquetWriteBuffer({
            rowGroupSize: 2500,
            columnData: [
              { name: 'y', data: Int32Array.from(y), type: 'INT32' },
              { name: 'p', data: Int32Array.from(p), type: 'INT32' },
              ...g.map((col, c) =>
                plain
                  ? // Plain values, some past the small integers a table keeps, some negative.
                    {
                      name: `g${c}`,
                      data: Int32Array.from(col, (v) => (c % 4 === 0 ? v * 700 - 1 : v)),
                      type: 'INT32' as const,
                      encoding: 'PLAIN' as const,
                    }
                  : { name: `g${c}`, data: col.map((v) => `v${v}`), type: 'STRING' as const },
              ),
            ],
          }),
        ),
      )
      const audit = auditOf(file, w.columns, Math.min(w.columns, 8))
      const fast = await passOutcome(audit, join(ws.dir, file), file, true)
      expect(fast).toEqual(await passOutcome(audit, join(ws.dir, file), file, false))
      expect((fast as { rows: number }).rows).toBe(w.rows)
    })
  }

  it('32 binned columns of 1,024 codes (2 groups each): past the tables, the keys in maps give the generic pass’s cells (red team 30 R30-3)', async () => {
    const rows = 4096
    const rand = lcg(5)
    const g = Array.from({ length: 32 }, () => [] as string[])
    for (let i = 0; i < rows; i++) for (let c = 0; c < 32; c++) g[c]?.push(String(c === 0 ? i % 1024 : rand(1024)))
    ws.write(
      'binned-codes.parquet',
      Buffer.from(
        parquetWriteBuffer({
          rowGroupSize: rows,
          columnData: [
            { name: 'y', data: Array.from({ length: rows }, (_, i) => String(i & 1)), type: 'STRING' },
            { name: 'p', data: Array.from({ length: rows }, (_, i) => String((i >> 1) & 1)), type: 'STRING' },
            ...g.map((data, c) => ({ name: `g${c}`, data, type: 'STRING' as const })),
          ],
        }),
      ),
    )
    const base = auditOf('binned-codes.parquet', 32, 0)
    const audit = { ...base, bins: Object.fromEntries(g.map((_, c) => [`g${c}`, [512]])) } as AuditConfig
    const file = join(ws.dir, 'binned-codes.parquet')
    const fast = await passOutcome(audit, file, 'binned-codes.parquet', true)
    expect(fast).toEqual(await passOutcome(audit, file, 'binned-codes.parquet', false))
    expect((fast as { rows: number }).rows).toBe(rows)
  })

  it('CSV of 24 group columns (past the cell table’s dense 20 bits): the fast pass’s report is csv-parse’s', async () => {
    const w = { rows: 6000, columns: 24, values: 3, fresh: 1409, seed: 4 }
    const { y, p, g } = wideRows(w)
    const header = ['y', 'p', ...g.map((_, c) => `g${c}`)].join(',')
    const lines = y.map((v, i) => [v, p[i], ...g.map((col) => `v${col[i] as number}`)].join(','))
    ws.write('wide.csv', `${header}\n${lines.join('\n')}\n`)
    const config = JSON.stringify({
      audits: [
        {
          name: 'w',
          data: 'wide.csv',
          label: 'y',
          prediction: 'p',
          sensitive: g.map((_, c) => `g${c}`),
          max_groups: 5000,
          confidence: false,
          metrics: ['accuracy'],
        },
      ],
    })
    const report = async (fast?: false) => {
      const out = await runConfigText(config, 'audit.yml', { workspace: ws.dir, fast })
      if (!out.ok) throw new Error(out.problems.map(formatProblem).join('\n'))
      const a = out.report.audits[0]
      return { rows: a?.rows, overall: a?.overall, groups: a?.groups }
    }
    const fast = await report()
    expect(fast.rows).toBe(w.rows)
    expect(fast).toEqual(await report(false))
  })
})

describe('CellTable past its dense 20 bits', () => {
  it('gives each tuple of ids its own cell, tuples one id apart too, and -1 for a tuple not set', () => {
    const slots = 24
    const table = new CellTable(slots)
    const oracle = new Map<string, number>()
    const rand = lcg(9)
    const tuples: Int32Array[] = []
    for (let t = 0; t < 600; t++) {
      const base = Int32Array.from({ length: slots }, () => rand(8))
      // Variants that differ from the base in one id, at each position in turn.
      for (let v = 0; v < 8; v++) {
        const ids = base.slice()
        ids[(t + v) % slots] = v
        tuples.push(ids)
      }
    }
    for (const ids of tuples) {
      const key = ids.join(',')
      if (oracle.has(key)) continue
      expect(table.get(ids)).toBe(-1)
      table.set(ids, oracle.size)
      oracle.set(key, oracle.size)
    }
    expect(oracle.size).toBeGreaterThan(3000)
    for (const ids of tuples) expect(table.get(ids)).toBe(oracle.get(ids.join(',')))
    expect(table.get(new Int32Array(slots).fill(9))).toBe(-1)
  })
})
