/**
 * The WebAssembly kernels (src/stats/kernels.ts) against independent references: the
 * random stream against pure-rand, the Poisson draws against the pmf, the replicates' metrics
 * against computeMetrics, the per-metric summary against a plain loop, the percentile
 * selection against a sort.
 */
import fc from 'fast-check'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { describe, expect, it } from 'vitest'
import { seededUniform } from '../../src/stats/bootstrap.js'
import {
  drawReplicates,
  logGamma,
  percentileInterval,
  poissonDraws,
  replicateMetrics,
  SUMMARY,
  summarizeColumns,
  toReferenceColumn,
  combinePartColumns,
  Uniform,
} from '../../src/stats/kernels.js'
import { BASE_METRICS } from '../../src/stats/catalog.js'
import { computeMetrics, type ZeroDivision } from '../../src/stats/metrics.js'
import { fuzzRuns } from '../support/fuzz.js'

/** xoroshiro128+ as its authors publish it (a = 24, b = 16, c = 37), in 64-bit BigInt arithmetic. */
function referenceXoroshiro(s0: bigint, s1: bigint): () => bigint {
  const M = (1n << 64n) - 1n
  const rotl = (x: bigint, k: bigint): bigint => ((x << k) | (x >> (64n - k))) & M
  return () => {
    const result = (s0 + s1) & M
    s1 ^= s0
    s0 = rotl(s0, 24n) ^ s1 ^ ((s1 << 16n) & M)
    s1 = rotl(s1, 37n)
    return result
  }
}

describe('the generator', () => {
  it("pure-rand's xoroshiro128+ is the published algorithm (low 32 bits of each output)", () => {
    const seed = 12345
    // pure-rand's seeding: s0 = (−1 << 32) | ~seed, s1 = seed << 32, each half as 32 unsigned bits.
    const u32 = (x: number): bigint => BigInt(x >>> 0)
    const ref = referenceXoroshiro((u32(-1) << 32n) | u32(~seed), u32(seed) << 32n)
    const rng = xoroshiro128plus(seed)
    for (let i = 0; i < 1000; i++) expect(BigInt(rng.next() >>> 0)).toBe(ref() & 0xffffffffn)
  })
  it("our stream is pure-rand's xoroshiro128plus + uniformFloat64, value for value, in any chunks", () => {
    for (const seed of [0, 1, -1, 12345, 2 ** 31 - 1, -(2 ** 31), 0x9e3779b9 | 0]) {
      const rng = xoroshiro128plus(seed)
      const want = Float64Array.from({ length: 3000 }, () => uniformFloat64(rng))
      const u = new Uniform(seed)
      const got = [...u.take(1000), ...Array.from({ length: 1000 }, () => u.next()), ...u.take(1000)]
      expect(got).toEqual([...want])
    }
  })
  it('streams are reproducible per (seed, name) and differ across them', () => {
    const a = seededUniform(1, 'race')
    const b = seededUniform(1, 'race')
    const c = seededUniform(2, 'race')
    const d = seededUniform(1, 'sex')
    const xa = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa)
    expect(Array.from({ length: 5 }, () => d.next())).not.toEqual(xa)
    for (const x of xa) expect(x >= 0 && x < 1).toBe(true)
  })
  it('gives uniform doubles in [0, 1)', () => {
    const xs = new Uniform(7).take(100000)
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2)
    expect(xs.reduce((m, x) => Math.min(m, x), 1)).toBeGreaterThanOrEqual(0)
    expect(xs.reduce((m, x) => Math.max(m, x), 0)).toBeLessThan(1)
  })
})

describe('logGamma', () => {
  it.each([1, 2, 3, 5, 7, 10, 50, 171])('ln Γ(%i) = ln((n−1)!)', (n) => {
    let s = 0
    for (let i = 2; i < n; i++) s += Math.log(i)
    expect(logGamma(n)).toBeCloseTo(s, 9)
  })
  it('ln Γ(1/2) = ln √π', () => {
    expect(logGamma(0.5 + 7) - Math.log(0.5 * 1.5 * 2.5 * 3.5 * 4.5 * 5.5 * 6.5)).toBeCloseTo(
      0.5 * Math.log(Math.PI),
      10,
    )
  })
})

/** Pearson's chi-square of draws against the Poisson pmf, cells with expected count ≥ 5 (tails pooled). */
function chiSquare(lambda: number, draws: number[]): { stat: number; df: number } {
  const n = draws.length
  const counts = new Map<number, number>()
  for (const k of draws) counts.set(k, (counts.get(k) ?? 0) + 1)
  const pmf = (k: number): number => Math.exp(-lambda + k * Math.log(lambda) - logGamma(k + 1))
  const lo = Math.max(0, Math.floor(lambda - 6 * Math.sqrt(lambda) - 2))
  const hi = Math.ceil(lambda + 6 * Math.sqrt(lambda) + 2)
  const cells: { e: number; o: number }[] = []
  let acc = { e: 0, o: 0 }
  for (let k = 0; k <= hi; k++) {
    acc.e += n * pmf(k)
    acc.o += counts.get(k) ?? 0
    if (k >= lo && acc.e >= 5) {
      cells.push(acc)
      acc = { e: 0, o: 0 }
    }
  }
  const rest = draws.filter((k) => k > hi).length
  const last = cells[cells.length - 1]!
  last.e += acc.e + n * Math.max(0, 1 - cells.reduce((s, c) => s + c.e, 0) / n - acc.e / n)
  last.o += acc.o + rest
  return { stat: cells.reduce((s, c) => s + (c.o - c.e) ** 2 / c.e, 0), df: cells.length - 1 }
}

describe('Poisson draws', () => {
  it.each([0.3, 2.5, 9.99, 10, 37, 1000, 250000])('λ = %f: mean, variance and the pmf (chi-square)', (lambda) => {
    const u = seededUniform(3, `poisson ${lambda}`)
    const draws = [...poissonDraws(lambda, 20000, u)]
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / (draws.length - 1)
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / draws.length))
    expect(variance / lambda).toBeGreaterThan(0.94)
    expect(variance / lambda).toBeLessThan(1.06)
    for (const x of draws) expect(Number.isInteger(x) && x >= 0).toBe(true)
    const { stat, df } = chiSquare(lambda, draws)
    // The 99.9% point of chi-square with df degrees of freedom is below df + 4.5√(2df) + 10.
    expect(stat).toBeLessThan(df + 4.5 * Math.sqrt(2 * df) + 10)
  })
  it('is 0 for λ = 0', () => {
    expect([...poissonDraws(0, 3, seededUniform(1, 'x'))]).toEqual([0, 0, 0])
  })
})

describe('replicate metrics', () => {
  it('equal computeMetrics (null as NaN) for any counts, both zero_division modes, with and without an AUC', () => {
    const count = fc.oneof(fc.constant(0), fc.nat({ max: 5 }), fc.nat({ max: 1e6 }))
    fc.assert(
      fc.property(
        count,
        count,
        count,
        count,
        fc.constantFrom<ZeroDivision>('undefined', 'fairlearn'),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        (tp, fp, tn, fn, zd, auc) => {
          const expected = computeMetrics(
            { tp, fp, tn, fn },
            zd,
            auc === null ? { value: null, reason: 'x' } : { value: auc },
          ).values
          const got = replicateMetrics(tp, fp, tn, fn, auc ?? Number.NaN, zd === 'fairlearn')
          expect(got.length).toBe(BASE_METRICS.length)
          BASE_METRICS.forEach((m, i) => {
            expect(got[i], m).toBe(expected[m] ?? Number.NaN)
          })
        },
      ),
      { numRuns: fuzzRuns(2000), seed: 7 },
    )
  })
})

describe('drawReplicates', () => {
  it('gives the same replicates in one call as one replicate at a time, also when many groups make it draw in several parts', () => {
    const next = lcg(3)
    for (const G of [3, 700]) {
      const R = 300
      const cells = {
        counts: Float64Array.from({ length: 4 * G }, () => Math.floor(next() * 40)),
        present: Uint8Array.from({ length: G }, (_, i) => (i % 97 === 5 ? 0 : 1)),
        auc: Float64Array.from({ length: G }, (_, i) => (i % 2 ? 0.7 : Number.NaN)),
        aucSe: new Float64Array(G).fill(0.05),
      }
      const M = BASE_METRICS.length
      const group = new Float64Array(M * G * R)
      const overall = new Float64Array(M * R)
      drawReplicates(cells, new Uniform(42), R, false, group, overall)
      const u = new Uniform(42)
      const one = new Float64Array(M * G)
      const oneOverall = new Float64Array(M)
      // One comparison per replicate (Object.is, so NaN equals NaN and 0 differs from -0): the first
      // mismatching column is named, without an expect call per value.
      const firstMismatch = (all: Float64Array, single: Float64Array, r: number): number => {
        for (let c = 0; c < single.length; c++) if (!Object.is(all[c * R + r], single[c])) return c
        return -1
      }
      for (let r = 0; r < R; r++) {
        drawReplicates(cells, u, 1, false, one, oneOverall)
        expect(firstMismatch(group, one, r), `groups of ${G}, replicate ${r}: first column that differs`).toBe(-1)
        expect(
          firstMismatch(overall, oneOverall, r),
          `groups of ${G}, replicate ${r}: first overall metric that differs`,
        ).toBe(-1)
      }
    }
  })
})

/** A pseudo-random sequence for test data (Park–Miller). */
function lcg(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647
}

describe('summarizeColumns', () => {
  it('gives per replicate the min, max, their difference and ratio, the largest |value − overall| and the smallest folded ratio of the eligible defined groups', () => {
    const next = lcg(11)
    for (let t = 0; t < 600; t++) {
      const G = 1 + Math.floor(next() * (t < 400 ? 8 : 40))
      const R = 1 + Math.floor(next() * 50)
      // Rates on a coarse grid (ties), then any finite doubles of either sign (the largest
      // |value − overall| and the smallest folded ratio are read off the extremes: this holds
      // them to the definition group by group), with zeros and undefined values throughout.
      const finite = (): number => (next() - 0.5) * 10 ** Math.floor(next() * 12 - 6)
      const value = (): number =>
        next() < 0.15 ? Number.NaN : next() < 0.1 ? 0 : t < 300 ? Math.round(next() * 40) / 40 : finite()
      const values = Float64Array.from({ length: G * R }, value)
      const overall = Float64Array.from({ length: R }, value)
      const eligible = Uint8Array.from({ length: G }, () => (next() < 0.8 ? 1 : 0))
      const into = SUMMARY.map(() => new Float64Array(R).fill(-7))
      summarizeColumns(values, overall, eligible, R, into)
      const [min, max, gap, quotient, diff, ratio] = into as [
        Float64Array,
        Float64Array,
        Float64Array,
        Float64Array,
        Float64Array,
        Float64Array,
      ]
      for (let r = 0; r < R; r++) {
        const vs = Array.from({ length: G }, (_, i) => values[i * R + r]!).filter(
          (v, i) => eligible[i] === 1 && !Number.isNaN(v),
        )
        const o = overall[r]!
        const diffs = vs.map((v) => Math.abs(v - o)).filter((d) => !Number.isNaN(d))
        // fairlearn's folded ratio, as computeAggregate writes it: v/o, or 1/(v/o) when that is not below 1.
        const ratios = vs.map((v) => (v / o < 1 ? v / o : 1 / (v / o))).filter((q) => !Number.isNaN(q))
        const lo = vs.length ? Math.min(...vs) : Number.NaN
        const hi = vs.length ? Math.max(...vs) : Number.NaN
        expect(min[r]).toBe(lo)
        expect(max[r]).toBe(hi)
        expect(gap[r]).toBe(hi - lo)
        expect(quotient[r]).toBe(lo / hi)
        expect(diff[r]).toBe(diffs.length ? Math.max(...diffs) : Number.NaN)
        expect(ratio[r]).toBe(ratios.length ? Math.min(...ratios) : Number.NaN)
      }
    }
  })
})

describe('toReferenceColumn', () => {
  it("gives per replicate the largest |value − reference| or the smallest folded ratio over the eligible groups, as toGroup's JavaScript loop did", () => {
    const next = lcg(23)
    for (let t = 0; t < 300; t++) {
      const G = 1 + Math.floor(next() * 8)
      const R = 1 + Math.floor(next() * 50)
      const value = (): number => (next() < 0.15 ? Number.NaN : next() < 0.1 ? 0 : Math.round(next() * 40) / 40)
      const values = Float64Array.from({ length: G * R }, value)
      const eligible = Uint8Array.from({ length: G }, () => (next() < 0.8 ? 1 : 0))
      const ref = Math.floor(next() * G)
      for (const difference of [true, false]) {
        // The loop it replaced (src/fairness/aggregates.ts before it moved to the kernels).
        const none = difference ? -Infinity : Infinity
        const want = new Float64Array(R).fill(none)
        for (let i = 0; i < G; i++) {
          if (eligible[i] === 0) continue
          for (let r = 0; r < R; r++) {
            const x = values[i * R + r]!
            const y = values[ref * R + r]!
            if (difference) {
              const d = Math.abs(x - y)
              if (d > want[r]!) want[r] = d
            } else {
              const q = x / y < 1 ? x / y : 1 / (x / y)
              if (q < want[r]!) want[r] = q
            }
          }
        }
        for (let r = 0; r < R; r++) if (want[r] === none) want[r] = Number.NaN
        const got = new Float64Array(R).fill(-7)
        toReferenceColumn(values, eligible, R, ref, difference, got)
        expect(Array.from(got)).toEqual(Array.from(want))
      }
    }
  })
})

describe('combinePartColumns', () => {
  it("gives per replicate the mean or the worse of two parts, with fairlearn's NaN rules, as fairnessStatistic's JavaScript loop did", () => {
    const next = lcg(31)
    for (let t = 0; t < 300; t++) {
      const R = 1 + Math.floor(next() * 60)
      const value = (): number => (next() < 0.2 ? Number.NaN : next() < 0.1 ? 0 : Math.round(next() * 40) / 40)
      const tprs = Float64Array.from({ length: R }, value)
      const fprs = Float64Array.from({ length: R }, value)
      for (const mean of [true, false])
        for (const fairlearnNaN of [true, false])
          for (const difference of [true, false]) {
            // The loop it replaced (src/fairness/aggregates.ts before it moved to the kernels).
            const want = new Float64Array(R)
            for (let r = 0; r < R; r++) {
              const tpr = tprs[r]!
              const fpr = fprs[r]!
              if (mean) {
                if (!fairlearnNaN || (!Number.isNaN(tpr) && !Number.isNaN(fpr))) want[r] = (tpr + fpr) / 2
                else want[r] = Number.isNaN(tpr) ? fpr : tpr
              } else if (Number.isNaN(tpr)) want[r] = Number.NaN
              else if (Number.isNaN(fpr)) want[r] = fairlearnNaN ? tpr : Number.NaN
              else want[r] = difference ? (fpr > tpr ? fpr : tpr) : fpr < tpr ? fpr : tpr
            }
            const got = new Float64Array(R).fill(-7)
            combinePartColumns(tprs, fprs, mean, fairlearnNaN, difference, got)
            expect(Array.from(got)).toEqual(Array.from(want))
          }
    }
  })
})

describe('percentileInterval on large inputs', () => {
  /** Type 7 quantiles of the defined values, by a sort. */
  const bySort = (xs: Float64Array, level: number): [number, number] => {
    const v = Array.from(xs)
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => a - b)
    const q = (p: number): number => {
      const h = (v.length - 1) * p
      const l = Math.floor(h)
      return v[l]! + (h - l) * (v[Math.min(l + 1, v.length - 1)]! - v[l]!)
    }
    return [q((1 - level) / 2), q(1 - (1 - level) / 2)]
  }
  it('selects the order statistics a sort gives, beyond 600 values (the sampling step), and leaves its input as it was', () => {
    const next = lcg(5)
    for (const n of [601, 2000, 2001, 5000, 20000]) {
      for (const level of [0.95, 0.9, 0.5]) {
        const xs = Float64Array.from({ length: n }, () =>
          next() < 0.05 ? Number.NaN : next() < 0.2 ? Math.round(next() * 10) : next(),
        )
        const copy = xs.slice()
        expect(percentileInterval(xs, level)).toEqual(bySort(xs, level))
        expect(xs).toEqual(copy)
      }
    }
  })
  it('reads the tails right whatever the order of the values, and when a sample of them misleads', () => {
    const n = 2000
    const next = lcg(9)
    const stride = n / 128
    const inputs: Record<string, Float64Array> = {
      sorted: Float64Array.from({ length: n }, (_, i) => i / n),
      reversed: Float64Array.from({ length: n }, (_, i) => 1 - i / n),
      'all equal': new Float64Array(n).fill(0.25),
      'two values': Float64Array.from({ length: n }, () => (next() < 0.97 ? 1 : 2)),
      'two values, rare low': Float64Array.from({ length: n }, () => (next() < 0.03 ? 1 : 2)),
      // The values where a strided sample looks are the smallest and the largest: the sample's
      // thresholds leave too few values in each tail, and the kernel must select among all.
      'misleading sample': Float64Array.from({ length: n }, (_, i) =>
        i % stride === 0 ? (i % (2 * stride) === 0 ? -1 - i : 10 + i) : next(),
      ),
      'misleading, other way': Float64Array.from({ length: n }, (_, i) => (i % stride === 0 ? 0.5 : next())),
      'mostly NaN': Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? Number.NaN : next())),
    }
    for (const [name, xs] of Object.entries(inputs)) {
      for (const level of [0.95, 0.99, 0.9, 0.8, 0.01])
        expect(percentileInterval(xs, level), `${name} at ${level}`).toEqual(bySort(xs, level))
    }
  })
  it('grows its memory for 3 million replicates and stays right for small inputs after', () => {
    const xs = Float64Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) % 3_000_000)
    expect(percentileInterval(xs, 0.9)).toEqual(bySort(xs, 0.9))
    expect(percentileInterval(Float64Array.from([0, 10]), 0.5)).toEqual([2.5, 7.5])
  })
})
