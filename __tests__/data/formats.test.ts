/**
 * One dataset, every way it can arrive: CSV, gzipped CSV, gzipped JSON Lines, Parquet
 * (snappy, several row groups, with nulls, written by a pure-JS writer here) and CSV shards
 * matched by a glob — one report, identical but for the file names. Also the ROC AUC, so
 * the score column survives every reader. And the columnar Parquet pass against the generic
 * one on random files, problems included.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import type { AuditConfig } from '../../src/config/types.js'
import type { AuditReport } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'
import { fuzzRuns } from '../support/fuzz.js'
import { passOutcome } from '../support/pass-outcome.js'

const CSV = readFileSync(join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'synthetic-10k.csv'), 'utf8')
const [HEAD, ...LINES] = CSV.trimEnd().split('\n') as [string, ...string[]]
const COLUMNS = HEAD.split(',')
// Blank out some sensitive values, so missing cells are checked too (missing: group).
const ROWS = LINES.map((l, i) => {
  const c = l.split(',')
  if (i % 97 === 0) c[6] = ''
  return c
})
const WITH_BLANKS = `${[HEAD, ...ROWS.map((r) => r.join(','))].join('\n')}\n`

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

function entry(data: string | string[]): object {
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
        gates: [
          { metric: 'demographic_parity_difference', max: 0.1 },
          { metric: 'roc_auc', min: 0.7 },
        ],
      },
    ],
  }
}

async function audit(data: string | string[]): Promise<AuditReport> {
  const out = await ws.run(entry(data))
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

function withoutFiles(r: AuditReport): unknown {
  const { data: _data, ...rest } = r
  return rest
}

function parquet(): ArrayBuffer {
  const num = (i: number) => ROWS.map((r) => Number(r[i]))
  const text = (i: number) => ROWS.map((r) => (r[i] === '' ? null : (r[i] as string)))
  return parquetWriteBuffer({
    rowGroupSize: 3000,
    columnData: COLUMNS.map((name, i) =>
      i <= 2
        ? { name, data: Int32Array.from(num(i)), type: 'INT32' as const }
        : i === 3
          ? { name, data: Float64Array.from(num(i)), type: 'DOUBLE' as const }
          : { name, data: text(i), type: 'STRING' as const, nullable: true },
    ),
  })
}

describe('every format gives the report of the CSV', () => {
  it('csv.gz, jsonl.gz, parquet and a glob of shards', async () => {
    ws.write('d.csv', WITH_BLANKS)
    const reference = await audit('d.csv')
    expect(reference.rows).toBe(10_000)
    expect(reference.overall.roc_auc).toBeGreaterThan(0.5)
    expect(reference.groups.some((g) => g.group.age_band === '(missing)')).toBe(true)

    ws.writeGz('d.csv.gz', WITH_BLANKS)
    ws.writeGz(
      'd.jsonl.gz',
      ROWS.map((r) =>
        JSON.stringify(
          Object.fromEntries(COLUMNS.map((c, i) => [c, i <= 3 ? Number(r[i]) : r[i] === '' ? null : r[i]])),
        ),
      ).join('\n'),
    )
    ws.write('d.parquet', Buffer.from(parquet()))
    for (let s = 0; s < 4; s++)
      ws.write(
        `shards/part-${s}.csv`,
        `${[HEAD, ...ROWS.filter((_, i) => i % 4 === s).map((r) => r.join(','))].join('\n')}\n`,
      )

    for (const data of ['d.csv.gz', 'd.jsonl.gz', 'd.parquet', 'shards/part-*.csv']) {
      const r = await audit(data)
      expect(withoutFiles(r), data).toEqual(withoutFiles(reference))
    }
    expect((await audit('shards/part-*.csv')).data).toEqual([
      'shards/part-0.csv',
      'shards/part-1.csv',
      'shards/part-2.csv',
      'shards/part-3.csv',
    ])
  })

  it('a file that is not Parquet says so', async () => {
    ws.write('bad.parquet', 'id,y\n1,0\n')
    const problems = await ws.problems(entry('bad.parquet'))
    expect(problems.join('\n')).toMatch(/^bad\.parquet: cannot read as Parquet: /)
  })
})

describe('the columnar Parquet pass = the generic pass', () => {
  it('same counts, groups and AUCs, or the same problems (300 runs, fixed seed)', async () => {
    const label = fc.oneof(
      { arbitrary: fc.constantFrom<string | null>('0', '1', 'True'), weight: 20 },
      { arbitrary: fc.constantFrom<string | null>(null, '', 'maybe', 'false'), weight: 1 },
    )
    const group = fc.oneof(
      { arbitrary: fc.constantFrom<string | null>('a', 'b', 'c'), weight: 20 },
      { arbitrary: fc.constantFrom<string | null>(null, 'NA', ''), weight: 1 },
    )
    const score = fc.oneof(
      { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 20 },
      { arbitrary: fc.constantFrom(Number.NaN, Infinity), weight: 1 },
    )
    let n = 0
    let okRuns = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(label, label, score, group, group), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('error', 'group', 'drop'),
        fc.integer({ min: 1, max: 15 }),
        async (rows, missing, rowGroupSize) => {
          const file = `p${n++}.parquet`
          const col = (i: number) => rows.map((r) => r[i] as string | null)
          ws.write(
            file,
            Buffer.from(
              parquetWriteBuffer({
                rowGroupSize,
                columnData: [
                  { name: 'y', data: col(0), type: 'STRING', nullable: true },
                  { name: 'p', data: col(1), type: 'STRING', nullable: true },
                  { name: 's', data: Float64Array.from(rows.map((r) => r[2])), type: 'DOUBLE' },
                  { name: 'a', data: col(3), type: 'STRING', nullable: true },
                  { name: 'b', data: col(4), type: 'STRING', nullable: true },
                ],
              }),
            ),
          )
          const { config } = loadConfig(
            JSON.stringify({
              audits: [
                {
                  name: 't',
                  data: file,
                  label: 'y',
                  prediction: 'p',
                  score: 's',
                  sensitive: ['a', 'b'],
                  intersections: [['a', 'b']],
                  metrics: ['accuracy', 'roc_auc'],
                  missing,
                },
              ],
            }),
            'audit.yml',
          )
          const audit = config?.audits[0] as AuditConfig
          const run = (fast: boolean): Promise<unknown> => passOutcome(audit, join(ws.dir, file), file, fast)
          const generic = await run(false)
          if (!Array.isArray(generic)) okRuns++
          expect(await run(true)).toEqual(generic)
        },
      ),
      { seed: 7, numRuns: fuzzRuns(300) },
    )
    expect(okRuns).toBeGreaterThan(50)
  }, 180_000)
})
