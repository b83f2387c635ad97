import { describe, expect, it } from 'vitest'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { logGamma, metricIndex, PoissonSampler, seededUniform, TableBootstrap, type ReplicateBlock, type ValueStatistic } from '../../src/stats/bootstrap.js'
import { computeMetrics, type Confusion } from '../../src/stats/metrics.js'
import type { GroupResult, MetricTable } from '../../src/stats/table.js'

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
  it('gives uniform doubles (pure-rand uniformFloat64)', () => {
    const rng = xoroshiro128plus(7)
    let sum = 0
    for (let i = 0; i < 100000; i++) sum += uniformFloat64(rng)
    expect(sum / 100000).toBeCloseTo(0.5, 2)
  })
})

describe('logGamma', () => {
  it.each([1, 2, 3, 5, 7, 10, 50, 171])('ln Γ(%i) = ln((n−1)!)', (n) => {
    let s = 0
    for (let i = 2; i < n; i++) s += Math.log(i)
    expect(logGamma(n)).toBeCloseTo(s, 9)
  })
  it('ln Γ(1/2) = ln √π', () => {
    expect(logGamma(0.5 + 7) - Math.log(0.5 * 1.5 * 2.5 * 3.5 * 4.5 * 5.5 * 6.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 10)
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

describe('PoissonSampler', () => {
  it.each([0.3, 2.5, 9.99, 10, 37, 1000, 250000])('λ = %f: mean, variance and the pmf (chi-square)', (lambda) => {
    const u = seededUniform(3, `poisson ${lambda}`)
    const sampler = new PoissonSampler(lambda)
    const draws = Array.from({ length: 20000 }, () => sampler.draw(u))
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
    expect(new PoissonSampler(0).draw(seededUniform(1, 'x'))).toBe(0)
  })
})

function group(key: string, c: Confusion): GroupResult {
  const m = computeMetrics(c, 'undefined')
  return { key, group: { g: key }, values: [key], present: true, counts: c, metrics: m.values, undefined: m.undefined, sufficient: true }
}

function tableOf(cells: Record<string, Confusion>): MetricTable {
  const groups = Object.entries(cells).map(([k, c]) => group(k, c))
  const total = groups.reduce<Confusion>((t, g) => ({ tp: t.tp + g.counts.tp, fp: t.fp + g.counts.fp, tn: t.tn + g.counts.tn, fn: t.fn + g.counts.fn }), { tp: 0, fp: 0, tn: 0, fn: 0 })
  const o = computeMetrics(total, 'undefined')
  return { rows: total.tp + total.fp + total.tn + total.fn, overall: { counts: total, metrics: o.values, undefined: o.undefined }, groupings: [{ columns: ['g'], groups }] }
}

describe('TableBootstrap', () => {
  const table = tableOf({ a: { tp: 40, fp: 10, tn: 35, fn: 15 }, b: { tp: 20, fp: 30, tn: 40, fn: 10 } })
  const ACC = metricIndex('accuracy')
  /** A statistic computed replicate by replicate from the block's columns. */
  const each = (key: string, f: (block: ReplicateBlock, r: number) => number): ValueStatistic => ({
    key,
    compute: (block) => Float64Array.from({ length: block.replicates }, (_, r) => f(block, r)),
  })
  const accuracyOf = (i: number) => each(`accuracy ${i}`, (b, r) => b.column(ACC, i)[r]!)
  const gap = each('gap', (b, r) => b.column(ACC, 0)[r]! - b.column(ACC, 1)[r]!)
  const boot = (seed: number, replicates = 2000) => new TableBootstrap(table, { level: 0.95, replicates, seed }, 'undefined')

  it('gives the same intervals for the same seed, other ones for another seed', () => {
    const one = boot(1, 500).intervals(0, [gap], [0.15])
    expect(boot(1, 500).intervals(0, [gap], [0.15])).toEqual(one)
    expect(boot(2, 500).intervals(0, [gap], [0.15])).not.toEqual(one)
  })
  it('resamples each group around its own value with the binomial spread', () => {
    const [a, b] = boot(1).intervals(0, [accuracyOf(0), accuracyOf(1)], [0.75, 0.6])
    // a: 75/100, b: 60/100; a 95% interval is about ±1.96·√(p(1−p)/n) wide.
    for (const [ci, p] of [[a!, 0.75], [b!, 0.6]] as const) {
      expect(ci[0]).toBeLessThan(p)
      expect(ci[1]).toBeGreaterThan(p)
      const half = 1.96 * Math.sqrt((p * (1 - p)) / 100)
      expect((ci[1] - ci[0]) / 2).toBeGreaterThan(0.8 * half)
      expect((ci[1] - ci[0]) / 2).toBeLessThan(1.2 * half)
    }
  })
  it('keeps the overall consistent with the groups in every replicate', () => {
    // Overall accuracy is the count-weighted mean of the groups': check it through selection rate × n.
    const N = metricIndex('count')
    const check = each('check', (b, r) => {
      const n0 = b.column(N, 0)[r]!
      const n1 = b.column(N, 1)[r]!
      return Math.abs((b.column(ACC, 0)[r]! * n0 + b.column(ACC, 1)[r]! * n1) / (n0 + n1) - b.overallColumn(ACC)[r]!)
    })
    const [ci] = boot(1, 200).intervals(0, [check], [0])
    expect(ci![1]).toBeLessThan(1e-12)
  })
  it('widens an interval to contain the estimate, and gives none for an undefined one', () => {
    const [ci, none] = boot(1, 500).intervals(0, [each('half', () => 0.5), each('nothing', () => Number.NaN)], [0.9, null])
    expect(ci).toEqual([0.5, 0.9])
    expect(none).toBeNull()
  })
  it('gives the same intervals whether its replicates are kept or drawn afresh, in one block or many', () => {
    const stats = [gap, accuracyOf(0)]
    const spec = { level: 0.95, replicates: 300, seed: 5 }
    const kept = new TableBootstrap(table, spec, 'undefined')
    const fresh = new TableBootstrap(table, spec, 'undefined', { keep: 0 })
    // 14 metrics × (2 groups + overall) = 42 doubles a replicate: blocks of 7 replicates, the last one of 6.
    const blocks = new TableBootstrap(table, spec, 'undefined', { keep: 0, block: 42 * 7 })
    const single = new TableBootstrap(table, spec, 'undefined', { keep: 0, block: 1 })
    const a = kept.intervals(0, stats, [0.15, 0.75])
    expect(kept.intervals(0, stats, [0.15, 0.75])).toEqual(a)
    for (const b of [fresh, blocks, single]) {
      expect(b.intervals(0, stats, [0.15, 0.75])).toEqual(a)
      expect(b.intervals(0, stats, [0.15, 0.75])).toEqual(a)
    }
  })
  it('keeps replicates up to its budget in all, and draws the rest afresh with the same values', () => {
    const two: MetricTable = { ...table, groupings: [table.groupings[0]!, { columns: ['h'], groups: table.groupings[0]!.groups }] }
    const spec = { level: 0.95, replicates: 300, seed: 5 }
    const unlimited = new TableBootstrap(two, spec, 'undefined', { keep: Infinity })
    // Room for one grouping's block (42 doubles × 300 replicates): the second is not kept.
    const budget = new TableBootstrap(two, spec, 'undefined', { keep: 42 * 300 })
    for (const g of [0, 1]) {
      const want = unlimited.intervals(g, [gap, accuracyOf(1)], [0.15, 0.6])
      expect(budget.intervals(g, [gap, accuracyOf(1)], [0.15, 0.6])).toEqual(want)
      // The other grouping has its own stream: other intervals.
      expect(unlimited.intervals(1 - g, [gap], [0.15])).not.toEqual([want[0]])
    }
  })
  it('computes a statistic once per key, and gives each asker its interval', () => {
    let calls = 0
    const counted = each('counted', (b, r) => (r === 0 && calls++, b.column(ACC, 0)[r]!))
    const b = boot(3, 400)
    const [x, y, z] = b.intervals(0, [counted, counted, accuracyOf(0)], [0.75, null, 0.75])
    expect(calls).toBe(1)
    expect(x).toEqual(z)
    expect(y).toBeNull()
    b.intervals(0, [counted], [0.75])
    expect(calls).toBe(1)
  })
  it('refuses a grouping too large to resample, and says why', () => {
    const many = tableOf(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`g${i}`, { tp: 1, fp: 1, tn: 1, fn: 1 }])))
    const b = new TableBootstrap(many, { level: 0.95, replicates: 100000, seed: 1 }, 'undefined')
    expect(b.tooLarge(0)).toMatch(/201 groups × 100,000 replicates is too much bootstrap work/)
    expect(b.intervals(0, [gap], [0])).toEqual([null])
    expect(new TableBootstrap(many, { level: 0.95, replicates: 2000, seed: 1 }, 'undefined').tooLarge(0)).toBeNull()
  })
})
