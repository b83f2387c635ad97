/**
 * Property tests (fast-check, fixed seed): random valid data gives the report a naive
 * reference computation gives; random byte-level damage to a valid file gives a report or
 * a clean problem list, never an exception or a hang. `npm run fuzz` runs them longer.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditReport } from '../src/report/types.js'
import { fuzzRuns, fuzzTimeout } from './support/fuzz.js'
import { makeWorkspace, type Workspace } from './support/workspace.js'

const RUNS = fuzzRuns(1000)
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
// A run is a whole audit, about 5 ms on an idle 2-core machine and 17 ms beside other test
// workers; 20 ms a run are allowed for, ten times over (200 s for 1,000 runs). 8 ms (80 s) timed
// out once in five suite runs with a CPU hog and other workers beside it (load average 13).
const TIMEOUT = fuzzTimeout(RUNS, 20)

let ws: Workspace
beforeAll(() => {
  ws = makeWorkspace()
})
afterAll(() => ws.cleanup())

interface Row {
  y: 0 | 1
  p: 0 | 1
  a: string
  b: string
}

const groupName = fc.oneof(
  fc.constantFrom('x', 'y', 'z', '10', '9', 'with,comma', 'with "quote"', 'multi\nline', ' padded ', 'ünïcödé', '😀'),
  fc
    .string({ minLength: 1, maxLength: 6 })
    .filter(
      (s) =>
        !/^\s*$/.test(s) &&
        ![
          'NA',
          'NaN',
          'nan',
          'null',
          'None',
          'NULL',
          'N/A',
          'n/a',
          '<NA>',
          '-NaN',
          '-nan',
          '#NA',
          '#N/A',
          '#N/A N/A',
          '1.#IND',
          '-1.#IND',
          '1.#QNAN',
          '-1.#QNAN',
        ].includes(s) &&
        !s.includes('\r'),
    ),
)
const rowArb = fc.record({
  y: fc.constantFrom<0 | 1>(0, 1),
  p: fc.constantFrom<0 | 1>(0, 1),
  a: groupName,
  b: fc.constantFrom('u', 'v'),
})
const rowsArb = fc.array(rowArb, { minLength: 1, maxLength: 60 })

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`
const toCsv = (rows: Row[], crlf: boolean): string => {
  const nl = crlf ? '\r\n' : '\n'
  return `y,p,a,b${nl}${rows.map((r) => `${r.y},${r.p},${quote(r.a)},${r.b}`).join(nl)}${nl}`
}

/** The reference: counts by direct iteration, metrics by their textbook formulas. */
function reference(rows: Row[], key: 'a' | 'b') {
  const groups = new Map<string, { tp: number; fp: number; tn: number; fn: number }>()
  for (const r of rows) {
    const g = groups.get(r[key]) ?? { tp: 0, fp: 0, tn: 0, fn: 0 }
    if (r.y && r.p) g.tp++
    else if (r.y) g.fn++
    else if (r.p) g.fp++
    else g.tn++
    groups.set(r[key], g)
  }
  const sel = [...groups.values()].map((c) => (c.tp + c.fp) / (c.tp + c.fp + c.tn + c.fn))
  return { groups, dpd: Math.max(...sel) - Math.min(...sel) }
}

// Intervals are tested on their own (__tests__/stats/); here they would only cost time.
const config = (data: string) => ({
  audits: [
    {
      name: 'p',
      data,
      label: 'y',
      prediction: 'p',
      sensitive: ['a', 'b'],
      intersections: [['a', 'b']],
      confidence: false,
    },
  ],
})

describe('properties', () => {
  it(
    'random valid CSV/JSONL gives the reference counts, metrics and demographic parity',
    async () => {
      await fc.assert(
        fc.asyncProperty(rowsArb, fc.boolean(), fc.boolean(), async (rows, crlf, jsonl) => {
          const file = jsonl ? 'd.jsonl' : 'd.csv'
          ws.write(file, jsonl ? rows.map((r) => JSON.stringify(r)).join('\n') : toCsv(rows, crlf))
          const out = await ws.run(config(file))
          if (!out.ok) {
            // The only legitimate refusal of valid data: labels that never equal the positive label.
            expect(out.problems.map((p) => p.message).join()).toMatch(/equals positive_label/)
            return
          }
          const r = out.report.audits[0] as AuditReport
          expect(r.rows).toBe(rows.length)
          for (const key of ['a', 'b'] as const) {
            const ref = reference(rows, key)
            const ours = r.groups.filter((g) => g.attribute === key)
            expect(ours.length).toBe(ref.groups.size)
            for (const g of ours) {
              const c = ref.groups.get(g.key)!
              expect(g.counts).toEqual(c)
              const n = c.tp + c.fp + c.tn + c.fn
              expect(g.metrics.accuracy).toBeCloseTo((c.tp + c.tn) / n, 12)
              expect(g.metrics.true_positive_rate).toBe(c.tp + c.fn ? c.tp / (c.tp + c.fn) : null)
            }
            const dpd = r.disparities.find(
              (d) =>
                d.attribute === key && d.metric === 'demographic_parity_difference' && d.method === 'between_groups',
            )!
            expect(dpd.value).toBeCloseTo(ref.dpd, 12)
          }
          const cells = r.groups.filter((g) => Array.isArray(g.attribute))
          expect(cells.filter((g) => g.present).reduce((s, g) => s + g.count, 0)).toBe(rows.length)
        }),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )

  it(
    'damaged files give a report or clean problems, never an exception or a hang',
    async () => {
      const base = Buffer.from(
        toCsv(
          [
            { y: 1, p: 1, a: 'x', b: 'u' },
            { y: 0, p: 1, a: 'with "quote"', b: 'v' },
            { y: 1, p: 0, a: 'multi\nline', b: 'u' },
            { y: 0, p: 0, a: 'z', b: 'v' },
          ],
          false,
        ),
      )
      const mutation = fc.array(
        fc.record({
          at: fc.nat({ max: base.length }),
          op: fc.constantFrom('flip', 'insert', 'delete'),
          byte: fc.integer({ min: 0, max: 255 }),
        }),
        { minLength: 1, maxLength: 8 },
      )
      await fc.assert(
        fc.asyncProperty(mutation, fc.boolean(), async (muts, gz) => {
          const bytes = [...base]
          for (const m of muts) {
            const at = Math.min(m.at, bytes.length)
            if (m.op === 'flip' && at < bytes.length) bytes[at] = m.byte
            else if (m.op === 'insert') bytes.splice(at, 0, m.byte)
            else bytes.splice(at, 1)
          }
          const file = gz ? 'm.csv.gz' : 'm.csv'
          if (gz) ws.writeGz(file, Buffer.from(bytes).toString('latin1'))
          else ws.write(file, Buffer.from(bytes))
          const out = await Promise.race([
            ws.run(config(file)),
            new Promise<'hang'>((r) => setTimeout(() => r('hang'), 5000)),
          ])
          expect(out).not.toBe('hang')
          if (out === 'hang' || out.ok) return
          expect(out.problems.length).toBeGreaterThan(0)
          for (const p of out.problems) {
            expect(p.message).not.toMatch(/undefined|\[object Object\]|TypeError|at .+\.js:\d+/)
            expect(p.file).toBeTruthy()
          }
        }),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )
})
