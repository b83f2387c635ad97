/**
 * The records the fast CSV pass's scan counts itself (an unweighted audit: a record whose label,
 * prediction and combination of sensitive values an earlier row gave their meaning adds to its
 * cell's counts and its score key in WebAssembly) against csv-parse: files of many rows drawn
 * from a small pool, so that most are counted so, with scores the key cannot hold (more than six
 * decimals, negative, past 4294.967295, -0, trailing zeros), sensitive columns with enough values
 * that the scan's cell index is laid out again or given up, missing values, and audits with and
 * without a prediction column (then score ≥ threshold) and with and without an AUC. Counts, AUCs
 * with DeLong's sums, rows, dropped rows and every problem (the threshold's message quotes the
 * score range) must be the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'
import { csvAudit } from '../support/csv-audit.js'
import { fuzzRuns, fuzzTimeout } from '../support/fuzz.js'

const dir = mkdtempSync(join(tmpdir(), 'mag-fused-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const auditOf = (extra: Record<string, unknown>): AuditConfig =>
  csvAudit({ label: 'y', score: 's', sensitive: ['a', 'b', 'c'], intersections: [['a', 'b']], max_groups: 5000 }, extra)

interface Group {
  values: string[]
  tp: number
  fp: number
  tn: number
  fn: number
  sketch: { auc(): unknown; delong(): unknown } | null
}

async function outcome(path: string, audit: AuditConfig, fast: boolean, chunkBytes?: number): Promise<unknown> {
  try {
    const table = await openTable(path, 'x.csv', 'csv')
    const { acc, stats } = await accumulateRows(audit, [{ table, display: 'x.csv' }], { fast, chunkBytes })
    const group = (c: Group) => [c.values, c.tp, c.fp, c.tn, c.fn, c.sketch?.auc(), c.sketch?.delong()]
    return {
      result: {
        rows: stats.rows,
        dropped: stats.dropped,
        missingAsGroup: stats.missingAsGroup,
        overall: group(acc.overall),
        groups: acc.cells.map((m) =>
          [...m.values()].map(group).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        ),
      },
      reader: stats.reader,
    }
  } catch (e) {
    if (e instanceof ProblemError) return { problems: e.problems.map(formatProblem) }
    throw e
  }
}

const scoreText = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 999999 }).map((k) => `0.${String(k).padStart(6, '0')}`), weight: 20 },
  { arbitrary: fc.integer({ min: 0, max: 99 }).map((k) => `0.${k}`), weight: 5 },
  {
    arbitrary: fc.constantFrom(
      '1',
      '0',
      '-0',
      '+0.5',
      '0.5000000',
      '0.1234567',
      '-0.25',
      '4294.967295',
      '4294.967296',
      '12345678.5',
      '0.123456789012345',
      '0.1234567890123456789',
      '.5',
      '7.',
      '1e-3',
    ),
    weight: 3,
  },
)
const labelText = fc.oneof(
  { arbitrary: fc.constantFrom('0', '1'), weight: 30 },
  { arbitrary: fc.constantFrom('1.0', 'True', '0.0'), weight: 2 },
  { arbitrary: fc.constantFrom('', '2'), weight: 1 },
)
const groupText = (values: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: values - 1 }).map((i) => `g${i}`), weight: 30 },
    { arbitrary: fc.constantFrom('', 'NA'), weight: 1 },
  )

const fileArb = fc
  .record({
    values: fc.constantFrom(3, 5, 40, 70),
    poolSize: fc.integer({ min: 1, max: 60 }),
    rows: fc.integer({ min: 1, max: 1500 }),
    seed: fc.nat(),
    trailing: fc.boolean(),
  })
  .chain((f) =>
    fc.record({
      f: fc.constant(f),
      pool: fc.array(
        fc.tuple(
          labelText,
          fc.constantFrom('0', '1'),
          scoreText,
          groupText(f.values),
          groupText(f.values),
          groupText(4),
        ),
        { minLength: f.poolSize, maxLength: f.poolSize },
      ),
    }),
  )

describe('fast CSV pass: records counted in the scan = csv-parse', () => {
  const RUNS = fuzzRuns(120)
  let counted = 0
  it(
    `agrees on files of repeated rows (${RUNS} runs, fixed seed)`,
    async () => {
      let n = 0
      await fc.assert(
        fc.asyncProperty(
          fileArb,
          fc.boolean(),
          fc.boolean(),
          fc.constantFrom('error', 'group', 'drop'),
          fc.option(fc.integer({ min: 40, max: 400 })),
          async ({ f, pool }, predicted, auc, missing, chunk) => {
            const lines = [predicted ? 'id,y,p,s,a,b,c' : 'id,y,s,a,b,c']
            let x = f.seed
            for (let r = 0; r < f.rows; r++) {
              x = (Math.imul(x, 1103515245) + 12345) >>> 0
              // Skewed: a few rows of the pool are most of the file.
              const [y, p, s, a, b, c] = pool[Math.floor(((x >>> 8) / 2 ** 24) ** 3 * pool.length)] as string[]
              lines.push((predicted ? [r, y, p, s, a, b, c] : [r, y, s, a, b, c]).join(','))
            }
            const path = join(dir, `f${n++}.csv`)
            writeFileSync(path, lines.join('\n') + (f.trailing ? '\n' : ''))
            const audit = auditOf({
              ...(predicted ? { prediction: 'p' } : { threshold: 0.5 }),
              metrics: auc ? ['accuracy', 'roc_auc'] : ['accuracy'],
              missing,
            })
            const generic = (await outcome(path, audit, false)) as { result?: unknown; problems?: string[] }
            const fast = (await outcome(path, audit, true, chunk ?? undefined)) as {
              result?: unknown
              problems?: string[]
              reader?: string
            }
            if (fast.reader === 'fast') counted++
            expect(fast.problems ?? fast.result).toEqual(generic.problems ?? generic.result)
          },
        ),
        { seed: 161616, numRuns: RUNS },
      )
      // Most files are read by the fast pass (and so mostly counted in the scan), not handed to csv-parse.
      expect(counted).toBeGreaterThan(0.3 * RUNS)
    },
    fuzzTimeout(RUNS, 60),
  )

  it('counts 200,000 rows in the scan as csv-parse does, AUC and its DeLong sums included', async () => {
    const lines = ['id,y,p,s,a,b,c']
    for (let r = 0; r < 200_000; r++) {
      const h = Math.imul(r, 2654435761) >>> 0
      lines.push(
        [
          r,
          h & 1,
          (h >>> 1) & 1,
          `0.${String(h % 1_000_000).padStart(6, '0')}`,
          `a${h % 3}`,
          `b${(h >>> 3) % 5}`,
          `c${(h >>> 7) % 4}`,
        ].join(','),
      )
    }
    const path = join(dir, 'large.csv')
    writeFileSync(path, lines.join('\n') + '\n')
    const audit = auditOf({ prediction: 'p', metrics: ['accuracy', 'roc_auc'] })
    const generic = (await outcome(path, audit, false)) as { result: { rows: number } }
    const fast = (await outcome(path, audit, true)) as { result: unknown; reader: string }
    expect(fast.reader).toBe('fast')
    expect(generic.result.rows).toBe(200_000)
    expect(fast.result).toEqual(generic.result)
  })
})
