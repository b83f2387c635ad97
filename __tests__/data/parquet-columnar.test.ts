/**
 * The columnar pass's fast way for dictionary-encoded columns (`columnar.ts`: a row known by its
 * codes costs a table lookup) against the generic pass over the same Parquet file: DuckDB writes
 * each column dictionary-encoded, as warehouses do, in row groups of any size, with nulls,
 * labels that are not binary, scores that are not finite numbers, few distinct scores (a
 * dictionary-encoded score column), prediction by threshold, every missing-value policy and
 * binned group columns. The counts, groups and AUCs are the same, or the problems are, at the
 * same line.
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { formatProblem } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { openTable } from '../../src/data/readers.js'
import { isCoded } from '../../src/data/table.js'
import { fuzzRuns, fuzzTimeout } from '../support/fuzz.js'
import { passOutcome } from '../support/pass-outcome.js'
import { duckDbFixture } from '../support/duckdb.js'

const duck = duckDbFixture()

interface Shape {
  seed: number
  rows: number
  rowGroup: number
  /** One in how many rows is odd (null, a label that is not binary, a score that is not finite). */
  odd: number
  label: 'int' | 'text' | 'bool'
  /** `decimal`: six decimals, as the score store keeps them exactly; `mixed`: so, but for a row in 50,000. */
  score: 'random' | 'few' | 'decimal' | 'mixed' | 'none'
  prediction: boolean
  missing: 'error' | 'group' | 'drop'
  binned: boolean
}

/** A pseudo-random integer in [0, m) of row i, stream k (DuckDB's hash, so the same on every machine). */
const h = (k: number, m: number, seed: number): string => `(hash(i, ${seed}, ${k}) % ${m})::INTEGER`

function tableSql(s: Shape): string {
  const odd = (k: number): string => `${h(k, s.odd, s.seed)} = 0`
  const label =
    s.label === 'int'
      ? `CASE WHEN ${odd(1)} THEN NULL ELSE ${h(2, 2, s.seed)} END::BIGINT`
      : s.label === 'bool'
        ? `CASE WHEN ${odd(1)} THEN NULL ELSE ${h(2, 2, s.seed)} = 1 END`
        : `CASE WHEN ${odd(1)} THEN ['maybe', NULL, ''][1 + ${h(3, 3, s.seed)}] ELSE ['0', '1'][1 + ${h(2, 2, s.seed)}] END`
  const fraction = `${h(4, 1000003, s.seed)} / 1000003.0`
  const value =
    s.score === 'decimal'
      ? `round(${fraction}, 6)`
      : s.score === 'mixed'
        ? `CASE WHEN ${h(9, 50_000, s.seed)} = 0 THEN ${fraction} ELSE round(${fraction}, 6) END`
        : fraction
  const score =
    s.score === 'few'
      ? `(${h(4, 7, s.seed)} / 6.0)::DOUBLE`
      : `CASE WHEN ${odd(5)} THEN ['inf'::DOUBLE, 'nan'::DOUBLE, NULL][1 + ${h(6, 3, s.seed)}] ELSE ${value} END::DOUBLE`
  const pred = `CASE WHEN ${h(7, 5 * s.odd, s.seed)} = 0 THEN NULL ELSE ${h(8, 2, s.seed)} END::BIGINT`
  const group = (k: number, values: string): string =>
    `CASE WHEN ${h(k, 3 * s.odd, s.seed)} = 0 THEN [NULL, 'NA', ''][1 + ${h(k + 1, 3, s.seed)}] ELSE ${values}[1 + ${h(k + 2, 4, s.seed)}] END`
  return `SELECT i AS id, ${label} AS y, ${score} AS s, ${pred} AS p,
      ${group(10, "['a', 'b', 'c', 'd']")} AS g1,
      ${group(20, "['x', 'y', 'z', 'x']")} AS g2,
      CASE WHEN ${h(30, 4 * s.odd, s.seed)} = 0 THEN NULL ELSE ${h(31, 90, s.seed)} END::INTEGER AS age
    FROM range(${s.rows}) r(i)`
}

let files = 0
async function compare(s: Shape): Promise<{ ok: boolean; coded: boolean }> {
  const file = `c${files++}.parquet`
  await duck.con.run(
    `COPY (${tableSql(s)}) TO '${join(duck.ws.dir, file)}' (FORMAT parquet, ROW_GROUP_SIZE ${s.rowGroup})`,
  )
  const { config, problems } = loadConfig(
    JSON.stringify({
      audits: [
        {
          name: 't',
          data: file,
          label: 'y',
          ...(s.prediction ? { prediction: 'p' } : {}),
          ...(s.score === 'none' && s.prediction ? {} : { score: 's' }),
          sensitive: ['g1', 'g2', 'age'],
          intersections: [['g1', 'g2']],
          metrics: ['accuracy', ...(s.score === 'none' && s.prediction ? [] : ['roc_auc'])],
          missing: s.missing,
          ...(s.binned ? { bins: { age: [0, 30, 60, 90] } } : {}),
        },
      ],
    }),
    'audit.yml',
  )
  if (!config) throw new Error(problems.map(formatProblem).join('\n'))
  const audit = config.audits[0] as AuditConfig
  const table = await openTable(join(duck.ws.dir, file), file, 'parquet')
  let coded = false
  for await (const b of table.batches?.(['y', 'g1', 'g2', 'age']) ?? []) coded ||= b.columns.every(isCoded)
  const run = (fast: boolean): Promise<unknown> => passOutcome(audit, join(duck.ws.dir, file), file, fast)
  const generic = await run(false)
  expect(await run(true)).toEqual(generic)
  return { ok: !Array.isArray(generic), coded }
}

describe('the columnar pass over dictionary-encoded columns = the generic pass', () => {
  const runs = fuzzRuns(60)
  it(
    `same counts, groups and AUCs, or the same problems (${runs} DuckDB files, fixed seed)`,
    async () => {
      let ok = 0
      let coded = 0
      await fc.assert(
        fc.asyncProperty(
          fc.record<Shape>({
            seed: fc.nat(1_000_000),
            rows: fc.integer({ min: 1, max: 3000 }),
            rowGroup: fc.constantFrom(1, 7, 100, 2048, 100_000),
            odd: fc.constantFrom(3, 50, 1000, 1_000_000),
            label: fc.constantFrom('int', 'text', 'bool'),
            score: fc.constantFrom('random', 'few', 'decimal', 'mixed', 'none'),
            prediction: fc.boolean(),
            missing: fc.constantFrom('error', 'group', 'drop'),
            binned: fc.boolean(),
          }),
          async (shape) => {
            const r = await compare(shape)
            if (r.ok) ok++
            if (r.coded) coded++
          },
        ),
        { seed: 1616, numRuns: runs },
      )
      // Both ways are taken: audits that pass and fail, files whose every column is dictionary-encoded.
      expect(ok).toBeGreaterThan(runs / 5)
      expect(coded).toBeGreaterThan(runs / 3)
    },
    fuzzTimeout(runs, 300),
  )

  it('200,000 rows in row groups of 70,001: batches cross pages and row groups, dictionaries change', async () => {
    const r = await compare({
      seed: 5,
      rows: 200_000,
      rowGroup: 70_001,
      odd: 1_000_000,
      label: 'int',
      score: 'random',
      prediction: true,
      missing: 'group',
      binned: false,
    })
    expect(r).toEqual({ ok: true, coded: true })
  }, 180_000)

  it.each(['decimal', 'mixed'] as const)(
    '200,000 rows of %s scores: known rows counted in bulk, their scores kept as six-decimal keys until one is not',
    async (score) => {
      const r = await compare({
        seed: 5,
        rows: 200_000,
        rowGroup: 70_001,
        odd: 1_000_000,
        label: 'int',
        score,
        prediction: false,
        missing: 'drop',
        binned: false,
      })
      expect(r).toEqual({ ok: true, coded: true })
    },
    60_000,
  )
})
