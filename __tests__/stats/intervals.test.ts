import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { aucFromSorted, delongAuc } from '../support/auc-reference.js'
import { normalQuantile, percentileInterval, wilsonInterval, zFor } from '../../src/stats/intervals.js'
import { makeWorkspace } from '../support/workspace.js'

/** Φ(x) by Simpson's rule on the density: an independent check of the quantile. */
function normalCdf(x: number): number {
  const n = 20000
  const a = Math.min(x, 0)
  const b = Math.max(x, 0)
  const h = (b - a) / n
  const f = (t: number): number => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI)
  let s = f(a) + f(b)
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h)
  const area = (s * h) / 3
  return x >= 0 ? 0.5 + area : 0.5 - area
}

describe('normalQuantile (AS 241)', () => {
  it.each([0.5, 0.6, 0.9, 0.95, 0.975, 0.995, 0.9995, 0.05, 0.001, 0.3])('Φ(Φ⁻¹(%f)) = p', (p) => {
    expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 10)
  })
  it('is odd around 1/2 and rejects p outside (0, 1)', () => {
    expect(normalQuantile(0.025)).toBeCloseTo(-normalQuantile(0.975), 14)
    expect(normalQuantile(0.5)).toBe(0)
    expect(() => normalQuantile(0)).toThrow(RangeError)
    expect(() => normalQuantile(1)).toThrow(RangeError)
  })
  it('reaches the far tail (the third branch)', () => {
    // 1 − Φ(8) ≈ 6.22e-16: the quantile of 1e-15 lies near −7.94.
    expect(normalQuantile(1e-15)).toBeLessThan(-7.9)
    expect(normalQuantile(1e-15)).toBeGreaterThan(-8)
  })
  it('gives the familiar 1.96', () => {
    expect(zFor(0.95)).toBeCloseTo(1.959964, 6)
  })
})

describe('wilsonInterval', () => {
  it("matches Newcombe (1998)'s worked example: 81/263 → 0.2553 to 0.3662", () => {
    const ci = wilsonInterval(81, 263, zFor(0.95))!
    expect(ci[0]).toBeCloseTo(0.2553, 4)
    expect(ci[1]).toBeCloseTo(0.3662, 4)
  })
  it('stays inside [0, 1] at the edges and has no interval for no trials', () => {
    const zero = wilsonInterval(0, 10, zFor(0.95))!
    expect(zero[0]).toBe(0)
    expect(zero[1]).toBeCloseTo(0.2775, 4)
    const all = wilsonInterval(10, 10, zFor(0.95))!
    expect(all[1]).toBe(1)
    expect(wilsonInterval(0, 0, 1.96)).toBeNull()
  })
  it('narrows as the sample grows and contains the estimate', () => {
    const small = wilsonInterval(3, 10, 1.96)!
    const large = wilsonInterval(300, 1000, 1.96)!
    expect(large[1] - large[0]).toBeLessThan(small[1] - small[0])
    expect(large[0]).toBeLessThan(0.3)
    expect(large[1]).toBeGreaterThan(0.3)
  })
})

describe('delongAuc', () => {
  /** DeLong's structural components by brute force over all pairs. */
  function bruteForce(pos: number[], neg: number[]): { auc: number; se: number } {
    const psi = (x: number, y: number): number => (x > y ? 1 : x === y ? 0.5 : 0)
    const v10 = pos.map((x) => neg.reduce((s, y) => s + psi(x, y), 0) / neg.length)
    const v01 = neg.map((y) => pos.reduce((s, x) => s + psi(x, y), 0) / pos.length)
    const mean = (a: number[]): number => a.reduce((s, x) => s + x, 0) / a.length
    const v = (a: number[]): number => a.reduce((s, x) => s + (x - mean(a)) ** 2, 0) / (a.length - 1)
    return { auc: mean(v10), se: Math.sqrt(v(v10) / pos.length + v(v01) / neg.length) }
  }
  it.each([
    [
      [0.9, 0.8, 0.8, 0.4, 0.35],
      [0.1, 0.4, 0.35, 0.8, 0.2, 0.05],
    ],
    [
      [1, 1, 1, 0, 0],
      [0, 0, 1, 0],
    ],
    [
      [0.5, 0.6, 0.7],
      [0.1, 0.2],
    ],
  ])('equals the pairwise definition (%j vs %j)', (pos, neg) => {
    const p = Float64Array.from(pos).sort()
    const n = Float64Array.from(neg).sort()
    const d = delongAuc(p, n)!
    const b = bruteForce(pos, neg)
    expect(d.auc).toBeCloseTo(b.auc, 12)
    expect(d.auc).toBeCloseTo(aucFromSorted(p, n).value!, 12)
    expect(d.se).toBeCloseTo(b.se, 12)
  })
  it('has no estimate without both classes', () => {
    expect(delongAuc(new Float64Array([0.1]), new Float64Array(0))).toBeNull()
  })
})

describe('percentileInterval', () => {
  it('interpolates between order statistics, leaves out undefined replicates', () => {
    const xs = Float64Array.from({ length: 101 }, (_, i) => i)
    const [lo, hi] = percentileInterval(xs, 0.9)!
    expect(lo).toBeCloseTo(5, 9)
    expect(hi).toBeCloseTo(95, 9)
    expect(percentileInterval(Float64Array.from([...xs, NaN, NaN]), 0.9)).toEqual([lo, hi])
    expect(percentileInterval(Float64Array.from([0, 10]), 0.5)).toEqual([2.5, 7.5])
  })
  it('gives none when most replicates are undefined', () => {
    expect(percentileInterval(Float64Array.from([1, NaN, NaN]), 0.95)).toBeNull()
  })
})

describe('percentileInterval selects the same order statistics as a sort', () => {
  it('on random replicates with ties and NaNs', () => {
    let seed = 1
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(next() * 300)
      const xs = Float64Array.from({ length: n }, () => (next() < 0.1 ? NaN : Math.round(next() * 20) / 4))
      const level = [0.5, 0.8, 0.9, 0.95, 0.99, 0.01][t % 6]!
      const defined = Array.from(xs)
        .filter((x) => !Number.isNaN(x))
        .sort((a, b) => a - b)
      const q = (p: number) => {
        const h = (defined.length - 1) * p
        const lo = Math.floor(h)
        const hi = Math.min(lo + 1, defined.length - 1)
        return defined[lo]! + (h - lo) * (defined[hi]! - defined[lo]!)
      }
      const want = defined.length === 0 || defined.length * 2 < n ? null : [q((1 - level) / 2), q(1 - (1 - level) / 2)]
      expect(percentileInterval(xs, level)).toEqual(want)
      // In sorted order every value enters the tails' heaps: the worst case of the selection.
      const ascending = Float64Array.from(xs).sort()
      expect(percentileInterval(ascending, level)).toEqual(want)
      expect(percentileInterval(ascending.reverse(), level)).toEqual(want)
    }
  })
})

describe('levels at the edge of what the schema accepts', () => {
  it('0.9999999999999999 has a finite z (1 − tail rounds to 1; the lower tail does not)', () => {
    const z = zFor(0.9999999999999999)
    expect(z).toBe(-normalQuantile(5.551115123125783e-17))
    expect(z).toBeGreaterThan(8.2)
    expect(z).toBeLessThan(8.4)
    expect(zFor(0.95)).toBe(normalQuantile(0.975))
    expect(zFor(5e-324)).toBe(0)
  })

  it.each([0.9999999999999999, 0.9999999999999998, 1e-16])(
    'a whole audit at level %s runs, with intervals',
    async (level) => {
      const ws = makeWorkspace()
      try {
        ws.write(
          'd.csv',
          `y,p,s,sex\n${Array.from({ length: 400 }, (_, i) => `${i % 2},${(i >> 1) % 2},${(i % 7) / 7},${i % 3 ? 'F' : 'M'}`).join('\n')}\n`,
        )
        const config = {
          audits: [
            {
              name: 'm',
              data: 'd.csv',
              label: 'y',
              prediction: 'p',
              score: 's',
              metrics: ['accuracy', 'roc_auc'],
              sensitive: ['sex'],
              confidence: { level, replicates: 200 },
              gates: [{ metric: 'accuracy_difference', max: 0.5 }],
            },
          ],
        }
        const out = await runConfigText(JSON.stringify(config), 'audit.yml', { workspace: ws.dir })
        if (!out.ok) throw new Error(JSON.stringify(out.problems))
        const ci = out.report.audits[0]?.groups[0]?.ci
        expect(ci?.accuracy?.every(Number.isFinite)).toBe(true)
        expect(ci?.roc_auc?.every(Number.isFinite)).toBe(true)
      } finally {
        ws.cleanup()
      }
    },
  )
})
