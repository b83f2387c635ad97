/**
 * Equalized odds when one of its parts is undefined, against fairlearn 0.14's own numbers
 * (__fixtures__/golden/parity/*.json, written by scripts/oracle/equalized-odds.py):
 * `agg: mean` is a pandas mean, which skips a NaN part; `worst_case` is Python's max/min over
 * [tpr, fpr], where a NaN first element wins and a NaN second is ignored. In the default
 * zero_division mode an undefined part makes the aggregate null, with a reason naming it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { GateResult } from '../../src/gate/evaluate.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const DIR = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'parity')
const NAMES = ['equalized_odds_difference', 'equalized_odds_ratio'] as const
const AGGS = ['worst_case', 'mean'] as const
const METHODS = ['between_groups', 'to_overall'] as const
type Golden = Record<
  (typeof NAMES)[number],
  Record<(typeof AGGS)[number], Record<(typeof METHODS)[number], number | null>>
>

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

async function gates(file: string, zeroDivision: 'fairlearn' | 'undefined'): Promise<GateResult[]> {
  ws.write(file, readFileSync(join(DIR, file)))
  const combos = NAMES.flatMap((metric) =>
    AGGS.flatMap((agg) => METHODS.map((method) => ({ metric, agg, method, attribute: 'g', max: 1 }))),
  )
  const out = await ws.run(audit(file, { zero_division: zeroDivision, gates: combos }))
  if (!out.ok) throw new Error(JSON.stringify(out.problems))
  return out.report.audits[0]!.gates
}

describe.each(['eo-no-positives', 'eo-no-negatives', 'eo-defined'])('%s', (name) => {
  const golden = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Golden
  const expected = NAMES.flatMap((metric) =>
    AGGS.flatMap((agg) => METHODS.map((method) => ({ metric, agg, method, value: golden[metric][agg][method] }))),
  )

  it('equals fairlearn in zero_division: fairlearn mode, every aggregate, agg and method', async () => {
    const got = await gates(`${name}.csv`, 'fairlearn')
    expect(got.length).toBe(expected.length)
    got.forEach((g, i) => {
      const want = expected[i]!
      const label = `${want.metric} ${want.agg} ${want.method}`
      if (want.value === null) expect(g.value, label).toBeNull()
      else {
        expect(g.value, label).not.toBeNull()
        expect(Math.abs((g.value as number) - want.value), label).toBeLessThanOrEqual(1e-9)
      }
    })
  })

  it('in the default mode, is null exactly where a part is undefined, naming that part', async () => {
    const got = await gates(`${name}.csv`, 'undefined')
    for (const g of got) {
      if (g.value !== null) continue
      expect(g.message).toMatch(/the (TPR|FPR) part is undefined/)
    }
    // No positives: TPR is 0/0 in every group; no negatives: FPR is.
    if (name === 'eo-no-positives') expect(got.every((g) => g.value === null && /TPR part/.test(g.message))).toBe(true)
    if (name === 'eo-no-negatives') expect(got.every((g) => g.value === null && /FPR part/.test(g.message))).toBe(true)
    if (name === 'eo-defined') expect(got.every((g) => g.value !== null)).toBe(true)
  })
})
