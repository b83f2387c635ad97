import { describe, expect, it } from 'vitest'
import {
  addBootstrapMetricIntervals,
  BootstrapBudget,
  deferBootstrapMetricIntervals,
  MAX_AUDIT_CELL_REPLICATES,
  MAX_RUN_CELL_REPLICATES,
  metricIndex,
  TableBootstrap,
  type ReplicateBlock,
  type ValueStatistic,
} from '../../src/stats/bootstrap.js'
import { BASE_METRICS } from '../../src/stats/catalog.js'
import { computeDisparities } from '../../src/fairness/disparities.js'
import { computeMetrics, type Confusion } from '../../src/stats/metrics.js'
import type { GroupResult, MetricTable } from '../../src/stats/table.js'

function group(key: string, c: Confusion): GroupResult {
  const m = computeMetrics(c, 'undefined')
  return {
    key,
    group: { g: key },
    values: [key],
    present: true,
    counts: c,
    metrics: m.values,
    undefined: m.undefined,
    sufficient: true,
  }
}

function tableOf(cells: Record<string, Confusion>): MetricTable {
  const groups = Object.entries(cells).map(([k, c]) => group(k, c))
  const total = groups.reduce<Confusion>(
    (t, g) => ({ tp: t.tp + g.counts.tp, fp: t.fp + g.counts.fp, tn: t.tn + g.counts.tn, fn: t.fn + g.counts.fn }),
    { tp: 0, fp: 0, tn: 0, fn: 0 },
  )
  const o = computeMetrics(total, 'undefined')
  return {
    rows: total.tp + total.fp + total.tn + total.fn,
    overall: { counts: total, metrics: o.values, undefined: o.undefined },
    groupings: [{ columns: ['g'], groups }],
  }
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
  const boot = (seed: number, replicates = 2000) =>
    new TableBootstrap(table, { level: 0.95, replicates, seed }, 'undefined')

  it('gives the same intervals for the same seed, other ones for another seed', () => {
    const one = boot(1, 500).intervals(0, [gap], [0.15])
    expect(boot(1, 500).intervals(0, [gap], [0.15])).toEqual(one)
    expect(boot(2, 500).intervals(0, [gap], [0.15])).not.toEqual(one)
  })
  it('resamples each group around its own value with the binomial spread', () => {
    const [a, b] = boot(1).intervals(0, [accuracyOf(0), accuracyOf(1)], [0.75, 0.6])
    // a: 75/100, b: 60/100; a 95% interval is about ±1.96·√(p(1−p)/n) wide.
    for (const [ci, p] of [
      [a!, 0.75],
      [b!, 0.6],
    ] as const) {
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
    const [ci, none] = boot(1, 500).intervals(
      0,
      [each('half', () => 0.5), each('nothing', () => Number.NaN)],
      [0.9, null],
    )
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
  it('draws a grouping it does not keep into the same arrays block after block (issue 11: 32 attributes × 624 groups peaked at 265–285 MB)', () => {
    // Each block of a grouping drawn afresh used to get new arrays: its replicates (8 MB at the
    // default block size), every statistic's values and every statistic's whole column, all
    // left to the garbage collector, which let the run's memory grow by tens of MB between collections.
    const spec = { level: 0.95, replicates: 300, seed: 5 }
    // Seven replicates a block: the metrics of 2 groups and the overall, 7 times.
    const blocks = new TableBootstrap(table, spec, 'undefined', { keep: 0, block: BASE_METRICS.length * 3 * 7 })
    const storage = new Set<ArrayBufferLike>()
    const lent = new Set<Float64Array>()
    let calls = 0
    const seen = (key: string): ValueStatistic => ({
      key,
      compute: (block) => {
        calls++
        storage.add(block.group.buffer)
        storage.add(block.overall.buffer)
        const out = block.alloc()
        lent.add(out)
        out.set(block.column(ACC, 0))
        return out
      },
    })
    const want = new TableBootstrap(table, spec, 'undefined').intervals(0, [accuracyOf(0)], [0.75])
    expect(blocks.intervals(0, [seen('a'), seen('b')], [0.75, 0.75])).toEqual([want[0], want[0]])
    expect(blocks.intervals(0, [seen('c')], [0.75])).toEqual(want)
    // 300 replicates in blocks of 7: 43 blocks, three statistics.
    expect(calls).toBe(3 * 43)
    // One storage for the replicates of every block (the last, shorter block too).
    expect(storage.size).toBe(1)
    // Blocks of 7 and the last of 6: two arrays lent per block, reused from block to block.
    expect(lent.size).toBeLessThanOrEqual(4)
  })
  it("shares that storage between the tables of a run: a controlled audit's levels (red team 8 R8-6: 263–278 MB)", () => {
    const spec = { level: 0.95, replicates: 300, seed: 5 }
    const run = new BootstrapBudget()
    const storage = new Set<ArrayBufferLike>()
    const seen: ValueStatistic = {
      key: 'seen',
      compute: (block) => {
        storage.add(block.group.buffer)
        return block.column(ACC, 0)
      },
    }
    const want = new TableBootstrap(table, spec, 'undefined').intervals(0, [accuracyOf(0)], [0.75])
    // Two levels' tables, one after the other, as runControlled makes them.
    for (let level = 0; level < 2; level++) {
      const boot = new TableBootstrap(table, spec, 'undefined', { keep: 0, block: BASE_METRICS.length * 3 * 7 }, run)
      expect(boot.intervals(0, [seen], [0.75])).toEqual(want)
    }
    expect(storage.size).toBe(1)
  })
  it('keeps replicates up to its budget in all, and draws the rest afresh with the same values', () => {
    const two: MetricTable = {
      ...table,
      groupings: [table.groupings[0]!, { columns: ['h'], groups: table.groupings[0]!.groups }],
    }
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
    const many = tableOf(
      Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`g${i}`, { tp: 1, fp: 1, tn: 1, fn: 1 }])),
    )
    const b = new TableBootstrap(many, { level: 0.95, replicates: 100000, seed: 1 }, 'undefined')
    expect(b.tooLarge(0)).toMatch(/201 groups × 100,000 replicates is too much bootstrap work/)
    expect(b.intervals(0, [gap], [0])).toEqual([null])
    expect(new TableBootstrap(many, { level: 0.95, replicates: 2000, seed: 1 }, 'undefined').tooLarge(0)).toBeNull()
  })

  it('draws each grouping once for the metric intervals and the disparities, even when it cannot keep it (red team 3: 32 attributes × 624 groups took over 30 s)', () => {
    const three = (): MetricTable => {
      const t = tableOf({
        a: { tp: 40, fp: 10, tn: 35, fn: 15 },
        b: { tp: 20, fp: 30, tn: 40, fn: 10 },
        c: { tp: 25, fp: 20, tn: 30, fn: 12 },
      })
      const groups = () => t.groupings[0]!.groups.map((g) => ({ ...g }))
      return { ...t, groupings: [0, 1, 2].map((i) => ({ columns: [`g${i}`], groups: groups() })) }
    }
    const spec = { level: 0.95, replicates: 200, seed: 7 }
    const options = (bootstrap: TableBootstrap) => ({ hasScore: false, fairlearnNaN: false, bootstrap })
    // As before: the metric intervals, then the disparities, each drawing every grouping.
    const old = three()
    const twice = new TableBootstrap(old, spec, 'undefined', { keep: 0 })
    addBootstrapMetricIntervals(old, twice)
    const oldDisparities = computeDisparities(old, options(twice))
    expect(twice.drawn).toBe(2 * 3 * 3 * 200)
    // Deferred: one draw of each grouping (3 groups × 200 replicates), the same intervals.
    const now = three()
    const once = new TableBootstrap(now, spec, 'undefined', { keep: 0 })
    const fill = deferBootstrapMetricIntervals(now, once)
    const disparities = computeDisparities(now, options(once))
    fill()
    expect(once.drawn).toBe(3 * 3 * 200)
    expect(disparities).toEqual(oldDisparities)
    expect(now.groupings.map((g) => g.groups.map((x) => x.ci))).toEqual(
      old.groupings.map((g) => g.groups.map((x) => x.ci)),
    )
    expect(now.groupings[0]!.groups[0]!.ci?.f1).toBeDefined()
  })
  it("bounds an audit's bootstrap work in all, not only each grouping's, and says which groupings go without", () => {
    // 1,000 groups × 2,000 replicates a grouping: each within its own bound; the budget holds two of them.
    const G = 1000
    const base = tableOf(
      Object.fromEntries(Array.from({ length: G }, (_, i) => [`g${i}`, { tp: 1, fp: 1, tn: 1, fn: 1 }])),
    )
    const n = MAX_AUDIT_CELL_REPLICATES / (G * 2000) + 2
    const wide: MetricTable = {
      ...base,
      groupings: Array.from({ length: n }, (_, i) => ({ columns: [`a${i}`], groups: base.groupings[0]!.groups })),
    }
    const b = new TableBootstrap(wide, { level: 0.95, replicates: 2000, seed: 1 }, 'undefined')
    const refused = wide.groupings.map((_, g) => b.tooLarge(g))
    expect(refused.filter((r) => r === null)).toHaveLength(n - 2)
    expect(refused.slice(-2)).toEqual([
      expect.stringMatching(/^a\d+: no interval for its differences and ratios: the groupings before it already take/),
      expect.stringMatching(/^a\d+: no interval/),
    ])
    expect(b.intervals(n - 1, [gap], [0])).toEqual([null])
    expect(b.drawn).toBe(0)
  })

  it('serves the gated groupings first, and holds them to the budgets by the gated work alone (red team 40 R40-10)', () => {
    const base = tableOf(
      Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`g${i}`, { tp: 1, fp: 1, tn: 1, fn: 1 }])),
    )
    const three: MetricTable = {
      ...base,
      groupings: ['a', 'b', 'c'].map((c) => ({ columns: [c], groups: base.groupings[0]!.groups })),
    }
    const spec = { level: 0.95, replicates: 2000, seed: 1 }
    const b = new TableBootstrap(three, spec, 'undefined', {}, new BootstrapBudget(), null, new Set([2]))
    expect([b.tooLarge(2), b.tooLarge(0)]).toEqual([null, null])
    expect(b.tooLarge(1)).toMatch(
      /^b: no interval for its differences and ratios: the groupings before it \(those a gate reads come first\) already take the audit's bootstrap work/,
    )
    // The same interval as the grouping's when it is served alone (each grouping has its own stream).
    const alone = new TableBootstrap({ ...three, groupings: [three.groupings[2]!] }, spec, 'undefined')
    const stat = {
      key: 'tpr of g0',
      compute: (block: ReplicateBlock) => block.column(metricIndex('true_positive_rate'), 0),
    }
    const ci = b.intervals(2, [stat], [0.5])
    expect(ci[0]).not.toBeNull()
    expect(ci).toEqual(alone.intervals(0, [stat], [0.5]))
    // Another table of the audit (a control level) after the ungated work filled the budget: its
    // gated grouping is still served, its ungated one is not; the run's budget likewise.
    const run = new BootstrapBudget()
    const shared = { spent: 0 }
    new TableBootstrap(three, spec, 'undefined', {}, run, shared).tooLarge(0)
    expect(shared.spent).toBe(MAX_AUDIT_CELL_REPLICATES)
    const level = new TableBootstrap(three, spec, 'undefined', {}, run, shared, new Set([1]))
    expect([level.tooLarge(0), level.tooLarge(1), level.tooLarge(2)]).toEqual([
      expect.stringMatching(/^a: no interval .* the groupings before it \(those a gate reads come first\)/),
      null,
      expect.stringMatching(/^c: no interval/),
    ])
    const later = new TableBootstrap(three, spec, 'undefined', {}, run, null, new Set([0]))
    expect([later.tooLarge(0), later.tooLarge(1)]).toEqual([
      null,
      expect.stringMatching(/the audits before it already take the run's/),
    ])
  })

  it("an audit's bootstrap intervals cover 2,000 groups at the default 2,000 replicates, and the warning says so (red team 8 R8-6: 4,000 took 8 s of CPU with weights and control)", () => {
    const base = tableOf(
      Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`g${i}`, { tp: 1, fp: 1, tn: 1, fn: 1 }])),
    )
    const three: MetricTable = {
      ...base,
      groupings: ['a', 'b', 'c'].map((c) => ({ columns: [c], groups: base.groupings[0]!.groups })),
    }
    const b = new TableBootstrap(three, { level: 0.95, replicates: 2000, seed: 1 }, 'undefined')
    expect([b.tooLarge(0), b.tooLarge(1)]).toEqual([null, null])
    expect(b.tooLarge(2)).toBe(
      "c: no interval for its differences and ratios: the groupings before it already take the audit's bootstrap work (4,000,000 groups × replicates in all: 2,000 groups at 2,000 replicates; lower confidence.replicates, or audit fewer attributes)",
    )
  })

  it('bounds the run, not only each audit: audits sharing a budget stop where the run’s work is spent (red team 4 R4-10)', () => {
    // Six audits of 32 attributes and 32 intersections (640 groups) at 2,000 replicates, each
    // within the audit's bound, took over 20 s together.
    const G = 1000
    const base = tableOf(
      Object.fromEntries(Array.from({ length: G }, (_, i) => [`g${i}`, { tp: 1, fp: 1, tn: 1, fn: 1 }])),
    )
    const per = MAX_RUN_CELL_REPLICATES / (G * 2000) / 2 // groupings per audit: two audits fill the run
    const audit = (name: string): MetricTable => ({
      ...base,
      groupings: Array.from({ length: per }, (_, i) => ({
        columns: [`${name}${i}`],
        groups: base.groupings[0]!.groups,
      })),
    })
    const run = new BootstrapBudget()
    const spec = { level: 0.95, replicates: 2000, seed: 1 }
    const refused = ['a', 'b', 'c'].map((name) => {
      const t = audit(name)
      const b = new TableBootstrap(t, spec, 'undefined', {}, run)
      return t.groupings.map((_, g) => b.tooLarge(g))
    })
    expect(refused[0]!.every((r) => r === null)).toBe(true)
    expect(refused[1]!.every((r) => r === null)).toBe(true)
    expect(refused[2]).toEqual(
      Array.from({ length: per }, (_, i) =>
        expect.stringMatching(
          new RegExp(
            `^c${i}: no interval for its differences and ratios: the audits before it already take the run's bootstrap work \\(4,000,000 groups × replicates in all: 2,000 groups at 2,000 replicates; `,
          ),
        ),
      ),
    )
    expect(run.spent).toBe(MAX_RUN_CELL_REPLICATES)
    // Without a shared budget each audit is bounded alone, as before.
    const alone = new TableBootstrap(audit('d'), spec, 'undefined')
    expect(alone.tooLarge(0)).toBeNull()
  })
})
