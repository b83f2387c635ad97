/**
 * The shared score store gives every group's exact ROC AUC in one counting sort: checked
 * against the per-group sort (`ScoreSketch`, the Mann–Whitney definition) on random data
 * with ties, 6-decimal scores, wide integer ranges and arbitrary doubles; and DeLong's
 * standard error from the same sweep.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aucFromCounts, delongFromSums, ScoreStore } from '../../src/stats/auc.js'
import { ScoreSketch } from '../support/auc-reference.js'
import { GroupAccumulator } from '../../src/stats/accumulate.js'
import { fuzzRuns } from '../support/fuzz.js'

const score = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1e6),
  fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
  fc.integer({ min: 0, max: 4_000_000_000 }).map((k) => k / 1e6),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
)

describe('ScoreStore', () => {
  it('equals the per-group sort for every group (blocked sweep and plain counting sort)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: score, label: fc.boolean(), cell: fc.integer({ min: 0, max: 79 }) }), {
          maxLength: 300,
        }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(3, 40),
        (rows, fixedOnly, blocked, split) => {
          const store = new ScoreStore()
          // Cells 0..79 count in group 0 (overall) and in group 1 + cell % split: 4 or 41
          // groups (more than 32 crosses a word of the blocked sweep's bitmap).
          const groupsOf = new Int32Array(80 * 2)
          for (let c = 0; c < 80; c++) groupsOf.set([0, 1 + (c % split)], c * 2)
          const sketches = Array.from({ length: split + 1 }, () => new ScoreSketch())
          for (const r of rows) {
            const s = fixedOnly ? Math.round(Math.abs(r.s) * 1e6) / 1e6 : r.s
            store.push(s, r.cell * 2 + (r.label ? 1 : 0))
            sketches[0]?.add(s, r.label)
            sketches[1 + (r.cell % split)]?.add(s, r.label)
          }
          const sums = store.computeGroupAucs(groupsOf, 2, split + 1, { blocked })
          const { pos, neg, wins2 } = sums
          sketches.forEach((sk, g) => {
            // DeLong's standard error from the sweep's sums = from the sorted scores.
            const d = sk.delong()
            const e = delongFromSums(sums, g)
            expect(e === null).toBe(d === null)
            if (d && e) {
              expect(Math.abs(e.auc - d.auc)).toBeLessThanOrEqual(1e-12)
              expect(Math.abs(e.se - d.se)).toBeLessThanOrEqual(1e-9)
            }
            const want = sk.auc()
            const got = aucFromCounts(pos[g] as number, neg[g] as number, wins2[g] as number)
            expect(got.value === null ? null : Math.abs(got.value - (want.value as number)) <= 1e-12).toBe(
              want.value === null ? null : true,
            )
            expect(got.reason).toBe(want.reason)
          })
        },
      ),
      { seed: 20261123, numRuns: fuzzRuns(500) },
    )
  })
})

describe('GroupAccumulator', () => {
  it('rolls cells up into every grouping with the AUC of each group', () => {
    const acc = new GroupAccumulator(
      ['a', 'b'],
      [{ columns: ['a'] }, { columns: ['b'] }, { columns: ['a', 'b'] }],
      true,
      100,
    )
    const rows: [boolean, boolean, number, string, string][] = [
      [true, true, 0.9, 'x', 'p'],
      [false, true, 0.8, 'x', 'q'],
      [true, false, 0.3, 'y', 'p'],
      [false, false, 0.3, 'y', 'p'],
      [true, true, 0.7, 'x', 'q'],
      [false, false, 0.1, 'x', 'p'],
    ]
    for (const [l, p, s, a, b] of rows) acc.add(l, p, s, [a, b])
    expect(acc.rows).toBe(6)
    expect(acc.overall).toMatchObject({ tp: 2, fp: 1, tn: 2, fn: 1 })
    expect(acc.cells[0]?.get('x')).toMatchObject({ values: ['x'], tp: 2, fp: 1, tn: 1, fn: 0 })
    expect(acc.cells[2]?.get('y\u001fp')).toMatchObject({ values: ['y', 'p'], tp: 0, fp: 0, tn: 1, fn: 1 })
    // x: positives 0.9, 0.7; negatives 0.8, 0.1 → pairs won: (0.9>0.8, 0.9>0.1, 0.7>0.1) = 3 of 4.
    expect(acc.cells[0]?.get('x')?.sketch?.auc().value).toBe(0.75)
    // y: one tie → 0.5.
    expect(acc.cells[0]?.get('y')?.sketch?.auc().value).toBe(0.5)
    expect(acc.cells[1]?.get('q')?.sketch?.auc()).toEqual({ value: 0 })
  })
})
