/** The bootstrap's allocation-free metric writer gives exactly computeMetrics' values. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASE_METRICS, computeMetrics, writeMetrics, type ZeroDivision } from '../../src/stats/metrics.js'

describe('writeMetrics', () => {
  it('equals computeMetrics (null as NaN) for any counts, both zero_division modes, with and without an AUC', () => {
    const count = fc.oneof(fc.constant(0), fc.nat({ max: 5 }), fc.nat({ max: 1e6 }))
    fc.assert(
      fc.property(count, count, count, count, fc.constantFrom<ZeroDivision>('undefined', 'fairlearn'), fc.option(fc.double({ min: 0, max: 1, noNaN: true })), (tp, fp, tn, fn, zd, auc) => {
        const expected = computeMetrics({ tp, fp, tn, fn }, zd, auc === null ? { value: null, reason: 'x' } : { value: auc }).values
        const out = new Float64Array(3 * BASE_METRICS.length + 1).fill(-1)
        writeMetrics(tp, fp, tn, fn, auc ?? Number.NaN, zd, out, 1, 3)
        BASE_METRICS.forEach((m, i) => {
          expect(out[1 + i * 3], m).toBe(expected[m] ?? Number.NaN)
        })
      }),
      { numRuns: 2000, seed: 7 },
    )
  })
})
