/**
 * Property (fast-check, fixed seed): a CSV file written with any mixture of line endings
 * (LF, CRLF, now and then a bare CR; the last line with or without one), with or without a
 * UTF-8 BOM, with any fields quoted, comma, tab or ';' delimited, plain or gzipped, gives the very report — groups,
 * counts, metrics, verdict — of the same rows written plainly (LF, no BOM, quotes only where
 * needed). FUZZ_RUNS sets the number of runs (`npm run fuzz` runs it longer).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunOutcome } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { fuzzRuns, fuzzTimeout } from '../support/fuzz.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

const RUNS = fuzzRuns(150)
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
// Two audits a run, about 25 ms here.
const TIMEOUT = fuzzTimeout(RUNS, 25)

let ws: Workspace
beforeAll(() => {
  ws = makeWorkspace()
})
afterAll(() => ws.cleanup())

const group = fc.constantFrom(
  'A',
  'B',
  'c d',
  ' padded ',
  'with,comma',
  'with "quote"',
  'multi\nline',
  'crlf\r\ninside',
  'ünï',
  '10',
  '9',
)
const row = fc.tuple(fc.constantFrom('0', '1'), fc.constantFrom('0', '1'), group, fc.constantFrom('u', 'v'))
const ending = fc.oneof(
  { arbitrary: fc.constantFrom('\n', '\r\n'), weight: 20 },
  { arbitrary: fc.constant('\r'), weight: 1 },
)
const fileArb = fc.array(row, { minLength: 1, maxLength: 30 }).chain((rows) =>
  fc.record({
    rows: fc.constant(rows),
    // One ending and one quoting choice per line (header included), per field.
    endings: fc.array(ending, { minLength: rows.length + 1, maxLength: rows.length + 1 }),
    quoted: fc.array(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), {
      minLength: rows.length + 1,
      maxLength: rows.length + 1,
    }),
    finalEnding: fc.boolean(),
    bom: fc.boolean(),
    gz: fc.boolean(),
    delimiter: fc.constantFrom(',', '\t', ';'),
  }),
)

const HEADER = ['y', 'p', 'g', 'h']
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`
const needsQuotes = (s: string, delimiter = ','): boolean => /["\r\n]/.test(s) || s.includes(delimiter)

function clean(rows: string[][]): string {
  return `${[HEADER, ...rows].map((r) => r.map((c) => (needsQuotes(c) ? quote(c) : c)).join(',')).join('\n')}\n`
}

function messy(f: {
  rows: string[][]
  endings: string[]
  quoted: boolean[][]
  finalEnding: boolean
  bom: boolean
  delimiter: string
}): string {
  const lines = [HEADER, ...f.rows].map((r, i) =>
    r.map((c, j) => (needsQuotes(c, f.delimiter) || f.quoted[i]?.[j] ? quote(c) : c)).join(f.delimiter),
  )
  const body = lines.map((l, i) => l + (i < lines.length - 1 || f.finalEnding ? (f.endings[i] as string) : '')).join('')
  return (f.bom ? '\uFEFF' : '') + body
}

const config = (data: string, delimiter?: string) => ({
  audits: [
    {
      name: 'p',
      data,
      ...(delimiter ? { delimiter } : {}),
      label: 'y',
      prediction: 'p',
      sensitive: ['g', 'h'],
      intersections: [['g', 'h']],
      confidence: false,
      gates: [{ metric: 'accuracy_difference', attribute: 'g', max: 0.5 }],
    },
  ],
})

/** The outcome without the data file's name, the one thing that differs. */
function comparable(out: RunOutcome): unknown {
  if (!out.ok) return out.problems.map(formatProblem)
  return { ...out.report, audits: out.report.audits.map((a) => ({ ...a, data: [] })) }
}

describe('line endings, BOMs and quoting do not change the report', () => {
  it(
    'same report as the cleaned file',
    async () => {
      let n = 0
      let audited = 0
      await fc.assert(
        fc.asyncProperty(fileArb, async (f) => {
          const k = n++
          ws.write(`c${k}.csv`, clean(f.rows))
          const name = `m${k}.${f.delimiter === '\t' ? 'tsv' : 'csv'}${f.gz ? '.gz' : ''}`
          if (f.gz) ws.writeGz(name, messy(f))
          else ws.write(name, messy(f))
          const want = await ws.run(config(`c${k}.csv`))
          const got = await ws.run(config(name, f.delimiter === ';' ? ';' : undefined))
          if (want.ok) audited++
          expect(comparable(got)).toEqual(comparable(want))
        }),
        { numRuns: RUNS, seed: SEED },
      )
      // Most generated files are valid audits: the property is about reports, not about problems.
      expect(audited).toBeGreaterThan(RUNS * 0.8)
    },
    TIMEOUT,
  )
})
