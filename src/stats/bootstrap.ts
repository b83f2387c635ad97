/**
 * The seeded Poisson bootstrap over confusion-count cells.
 *
 * Resampling rows with independent Poisson(1) weights (the Poisson bootstrap) gives every
 * cell a total weight that is exactly Poisson(count), independently across cells, because
 * a sum of n independent Poisson(1) variables is Poisson(n). So one replicate of a whole
 * grouping is one Poisson draw per (group, TP/FP/TN/FN) cell: thousands of replicates cost
 * O(cells × replicates), whatever the number of rows. Every statistic (a difference, a
 * ratio, a gated value) is then recomputed on each replicate by a column-wise twin of the
 * function that computed its point value (a property test holds the two equal), and the
 * interval is the replicates' percentile interval.
 *
 * ROC AUC cannot be rebuilt from counts: in a replicate, each group's AUC is drawn from the
 * normal distribution with its DeLong standard error (groups are disjoint samples, so
 * independent); the overall AUC is not resampled, so AUC comparisons to overall get no
 * interval.
 *
 * Randomness: xoroshiro128+ as `pure-rand` computes it, seeded per grouping from the
 * configured seed and the grouping's name, so one attribute's intervals do not move when
 * another attribute is added. Same seed, same data, same intervals, on every platform (IEEE
 * doubles only). The draws, the replicates' metrics and the percentile selection run in
 * WebAssembly (`kernels.ts`).
 */
import type { Interval } from './intervals.js'
import { drawReplicates, percentileInterval, type ReplicateCells, Uniform } from './kernels.js'
import { BASE_METRICS, intervalMethod, type BaseMetric } from './catalog.js'
import type { ZeroDivision } from './metrics.js'
import type { GroupResult, MetricTable } from './table.js'

export interface ConfidenceSpec {
  /** Two-sided confidence level, e.g. 0.95. */
  level: number
  /** Bootstrap replicates, e.g. 2000. */
  replicates: number
  /** The seed: the same seed gives the same intervals, byte for byte. */
  seed: number
}

export const DEFAULT_CONFIDENCE: ConfidenceSpec = { level: 0.95, replicates: 2000, seed: 1 }

/**
 * A block of bootstrap replicates of one grouping, metric-major: `group[(m * G + i) * R + r]`
 * is base metric number `m` (in BASE_METRICS order) of group `i` in replicate `r`, and
 * `overall[m * R + r]` the overall value; NaN = undefined. A statistic reads whole columns
 * (one value per replicate) in tight loops and is computed once per block, however many
 * disparities, gates and intervals ask for it.
 */
export class ReplicateBlock {
  readonly group: Float64Array
  readonly overall: Float64Array
  private readonly memo = new Map<string, Float64Array>()
  /** Arrays handed out by alloc() since the last release(). */
  private readonly lent: Float64Array[] = []

  constructor(
    /** Groups of the grouping. */
    readonly groups: number,
    /** Replicates in this block. */
    readonly replicates: number,
    /** Free arrays of `replicates` doubles, shared with other blocks of the same size. */
    private readonly pool: Float64Array[] = [],
    /** Storage to draw into instead of new arrays (at least BASE_METRICS.length × (groups + 1) × replicates doubles): a block drawn afresh on each use. */
    scratch?: Float64Array,
  ) {
    const n = BASE_METRICS.length * groups * replicates
    this.group = scratch ? scratch.subarray(0, n) : new Float64Array(n)
    this.overall = scratch
      ? scratch.subarray(n, n + BASE_METRICS.length * replicates)
      : new Float64Array(BASE_METRICS.length * replicates)
  }

  /** Metric `m` of group `i`, one value per replicate. */
  column(m: number, i: number): Float64Array {
    const at = (m * this.groups + i) * this.replicates
    return this.group.subarray(at, at + this.replicates)
  }

  /** The overall value of metric `m`, one value per replicate. */
  overallColumn(m: number): Float64Array {
    return this.overall.subarray(m * this.replicates, (m + 1) * this.replicates)
  }

  /** An array of one double per replicate, for a statistic's values, with arbitrary contents: write every element. Valid until release(). */
  alloc(): Float64Array {
    const a = this.pool.pop() ?? new Float64Array(this.replicates)
    this.lent.push(a)
    return a
  }

  /** Records values of the statistic with this key (a computation that yields several statistics at once). */
  remember(key: string, values: Float64Array): void {
    this.memo.set(key, values)
  }

  /** A statistic's values in this block, computed on first use. Shared: read them, never write them. */
  valuesOf(stat: ValueStatistic): Float64Array {
    let v = this.memo.get(stat.key)
    if (!v) {
      v = stat.compute(this)
      this.memo.set(stat.key, v)
    }
    return v
  }

  /** Forgets every statistic's values and takes back the arrays lent: values read before are no longer valid. */
  release(): void {
    this.memo.clear()
    for (const a of this.lent) this.pool.push(a)
    this.lent.length = 0
  }
}

/**
 * A statistic over replicates: one value per replicate of a block, NaN where it is undefined.
 * Two statistics with the same key must be the same function (of the same grouping): the
 * block computes a key once, and an interval is computed once per key.
 */
export interface ValueStatistic {
  readonly key: string
  /** The values in every replicate of `block`; may return a shared array (a column, another statistic's values). */
  compute(block: ReplicateBlock): Float64Array
}

const METRIC_INDEX = new Map<BaseMetric, number>(BASE_METRICS.map((m, i) => [m, i]))

/** The index of a base metric in a ReplicateBlock. */
export function metricIndex(metric: BaseMetric): number {
  return METRIC_INDEX.get(metric) as number
}

/** FNV-1a, 32 bits: turns (seed, stream name) into a generator seed. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

/** The uniform stream for (seed, name). */
export function seededUniform(seed: number, name: string): Uniform {
  return new Uniform(fnv1a(`${seed}\u0000${name}`))
}

/**
 * What one grouping's replicates are drawn from. Unweighted, each cell is Poisson(count).
 * With sample weights, the Poisson bootstrap of weighted rows gives a cell Σᵢ wᵢ·Poisson(1):
 * mean Σw and variance Σw², a compound Poisson that no cell-level sufficient statistic pins
 * down exactly. The draw is moment-matched instead: scale × Poisson(λ) with λ = (Σw)²/Σw²
 * (the cell's Kish size) and scale = Σw²/Σw, which has that mean and that variance exactly,
 * is the Poisson bootstrap itself when the cell's weights are equal (w·Poisson(n)), and needs
 * only the two sums per cell that a warehouse can give. Skewed weights: the coverage
 * simulations hold it (`__tests__/stats/weighted-coverage.test.ts`).
 */
function groupingCells(groups: readonly GroupResult[]): ReplicateCells {
  const withAuc = (g: GroupResult): boolean => g.metrics.roc_auc !== null && g.aucSe !== undefined
  const weighted = groups.some((g) => g.weights !== undefined)
  if (weighted) {
    const lambdas = new Float64Array(groups.length * 4)
    const scales = new Float64Array(groups.length * 4)
    groups.forEach((g, i) => {
      const c = g.counts
      const q = g.weights?.squares ?? c
      ;[
        [c.tp, q.tp],
        [c.fp, q.fp],
        [c.tn, q.tn],
        [c.fn, q.fn],
      ].forEach(([sum, sq], k) => {
        const ok = (sum as number) > 0 && (sq as number) > 0
        lambdas[i * 4 + k] = ok ? ((sum as number) * (sum as number)) / (sq as number) : 0
        scales[i * 4 + k] = ok ? (sq as number) / (sum as number) : 0
      })
    })
    return { ...baseCells(groups, withAuc), counts: lambdas, scales }
  }
  return {
    ...baseCells(groups, withAuc),
    counts: Float64Array.from(groups.flatMap(({ counts: c }) => [c.tp, c.fp, c.tn, c.fn])),
  }
}

function baseCells(
  groups: readonly GroupResult[],
  withAuc: (g: GroupResult) => boolean,
): Omit<ReplicateCells, 'counts'> {
  return {
    present: Uint8Array.from(groups, (g) => (g.present ? 1 : 0)),
    auc: Float64Array.from(groups, (g) => (withAuc(g) ? (g.metrics.roc_auc as number) : Number.NaN)),
    aucSe: Float64Array.from(groups, (g) => (withAuc(g) ? (g.aucSe as number) : Number.NaN)),
  }
}

/** Tuning of what a TableBootstrap keeps in memory, in doubles. */
export interface BootstrapMemory {
  /** Groupings' replicates are kept for reuse (by the metric intervals, the disparities and the gates) up to this many doubles in all; the others are drawn again, from the same seed, on each use. */
  keep: number
  /** Replicates that are not kept are evaluated in blocks of at most this many doubles. */
  block: number
}

/**
 * 8 MB of replicates kept in all (a grouping of 32 groups at 2,000 replicates), 4 MB per block beyond.
 * It was 64 MB: with the blocks, the kernels' memory and the report, 32 attributes of 624 groups peaked
 * at 261 MB (issue 11: under 256 MB for every hostile input); then 16 MB and 8 MB, 250 MB.
 */
const DEFAULT_MEMORY: BootstrapMemory = { keep: 2 ** 20, block: 2 ** 19 }

/** Groups × replicates beyond which a grouping gets no bootstrap intervals (1,000 groups at 2,000 replicates take about 3 s on a 2-core runner; 5,000 took minutes): a report that never finishes helps no one. */
export const MAX_CELL_REPLICATES = 2_000_000

/**
 * Groups × replicates of all the groupings of one audit that get bootstrap intervals, summed in
 * table order, the groupings a gate reads first: 2,000 groups in all at the default 2,000
 * replicates. The gated groupings are held to it by their own work alone, so an audit's
 * bootstrap does at most twice this (the others' work, then the gated's, across its levels or
 * the run's audits). The per-grouping bound alone
 * let 32 attributes of 624 groups each (under the audit's 20,000 groups) take over 30 s; at
 * 8,000,000 a controlled, weighted audit of 200 levels × 25 groups with 8 metrics still took about
 * 8 s of CPU in its bootstrap, 11–14 s in all (red team 8 R8-6). A grouping past it gets no
 * bootstrap intervals, with a warning, as one past `MAX_CELL_REPLICATES` does.
 */
export const MAX_AUDIT_CELL_REPLICATES = 2 * MAX_CELL_REPLICATES

/**
 * Groups × replicates of all the audits of one run that get bootstrap intervals, summed in run
 * order: a run's audits are computed one after another in one job, so the per-audit bound alone
 * let six audits of 32 attributes and 32 intersections take over 20 s (red team 4 R4-10). The
 * same figure as one audit's bound.
 */
export const MAX_RUN_CELL_REPLICATES = MAX_AUDIT_CELL_REPLICATES

/**
 * The bootstrap work a run's audits have taken so far (groups × replicates), shared by their
 * TableBootstraps, and the arrays they draw and gather replicates in, one after another: a
 * controlled audit's 200 levels, each a TableBootstrap, allocated their own and left them to the
 * collector, and 200 levels × 25 groups with weights peaked at 263–278 MB (red team 8 R8-6).
 */
export class BootstrapBudget {
  spent = 0
  /** Of `spent`, what the groupings some gate reads took: they are held to the bound by this alone (`TableBootstrap`'s `gated`). */
  gated = 0
  /** Free arrays of a block's replicates' length, by that length, for the statistics of every grouping and block in turn. */
  readonly pools = new Map<number, Float64Array[]>()
  /** What blocks that are not kept are drawn into. */
  scratch: Float64Array | undefined
  /** Where the statistics of blocks that are not kept gather all their replicates. */
  columns: Float64Array | undefined

  /**
   * An audit is done with its draws: the arrays go to the collector (the work spent stays
   * counted). They are sized by the largest grouping drawn (24–40 MB for 624 groups), and the
   * report rendered after the audits would otherwise peak on top of them. Returns the bytes let go.
   */
  release(): number {
    let bytes = (this.scratch?.byteLength ?? 0) + (this.columns?.byteLength ?? 0)
    for (const pool of this.pools.values()) for (const a of pool) bytes += a.byteLength
    this.pools.clear()
    this.scratch = undefined
    this.columns = undefined
    return bytes
  }
}

/**
 * Replicates of a metric table, drawn per grouping from its own seeded stream, so that the
 * disparities, the gates and the per-group intervals all read the same replicates.
 */
export class TableBootstrap {
  private readonly kept = new Map<number, ReplicateBlock>()
  private keptDoubles = 0
  private readonly memory: BootstrapMemory
  /** Intervals computed, by grouping and statistic key: a gate asks again for what the disparities computed. */
  private readonly computed = new Map<number, Map<string, Interval>>()
  /** Statistics to compute with a grouping's next draw (`defer`), so that the metric intervals and the disparities share one. */
  private readonly deferred = new Map<number, Map<string, ValueStatistic>>()
  /** Groupings past the audit's budget (`MAX_AUDIT_CELL_REPLICATES`) or the run's, worked out once. */
  private overBudget: Map<number, 'audit' | 'run'> | undefined
  /** Group-replicates drawn so far (a grouping of G groups drawn once at R replicates adds G × R): what the bootstrap cost. */
  drawn = 0

  constructor(
    private readonly table: MetricTable,
    readonly spec: ConfidenceSpec,
    private readonly zeroDivision: ZeroDivision,
    /** What to keep in memory (tests lower it to exercise the drawing-afresh, block-by-block path). */
    memory: Partial<BootstrapMemory> = {},
    /** The run's budget, shared by its audits' bootstraps (`MAX_RUN_CELL_REPLICATES`); none: this table's alone. */
    private readonly run: BootstrapBudget = new BootstrapBudget(),
    /**
     * The audit's bootstrap work already spent by other tables of the same audit (the levels of a
     * controlled audit, each its own table): they share `MAX_AUDIT_CELL_REPLICATES`, in order.
     * `gated`: of it, what gated groupings took.
     */
    private readonly shared: { spent: number; gated?: number } | null = null,
    /**
     * The groupings some gate reads (by index; the first grouping, which gives the overall
     * intervals, counts as one): served first, and held to the audit's and the run's bounds by
     * the gated work alone, so that no other grouping's groups, a matter of data, take a gate's
     * interval away (red team 40 R40-10: 1,000 values of two ungated columns left the gated
     * attribute without one, and its `on: interval` gate only warned). Null: none is gated.
     */
    private readonly gated: ReadonlySet<number> | null = null,
  ) {
    this.memory = { ...DEFAULT_MEMORY, ...memory }
  }

  private groupsOf(g: number): GroupResult[] {
    const grouping = this.table.groupings[g]
    if (!grouping) throw new RangeError(`no grouping ${g}`)
    return grouping.groups
  }

  /** Why grouping `g` gets no bootstrap intervals, or null when it does. */
  tooLarge(g: number): string | null {
    const G = this.groupsOf(g).length
    const label = (this.table.groupings[g] as { columns: string[] }).columns.join(' × ')
    const R = this.spec.replicates
    if (G * R > MAX_CELL_REPLICATES)
      return `${label}: ${G.toLocaleString('en-US')} groups × ${R.toLocaleString('en-US')} replicates is too much bootstrap work; its differences and ratios have no interval (lower confidence.replicates, or audit fewer combinations)`
    if (!this.overBudget) {
      // The gated groupings first, then the others, each in table order: each grouping within its
      // own bound adds its groups × replicates to the audit's and the run's, and one past either
      // gets no intervals (and takes nothing from them). A gated grouping is held to the bounds by
      // the gated work alone; the others by all the work. A run whose groupings all fit gets the
      // same intervals whatever the order (each grouping draws from its own stream).
      const overBudget = new Map<number, 'audit' | 'run'>()
      this.overBudget = overBudget
      let spent = this.shared?.spent ?? 0
      let gatedSpent = this.shared?.gated ?? 0
      const all = this.table.groupings.map((_, i) => i)
      const isGated = (i: number): boolean => this.gated?.has(i) ?? false
      for (const i of [...all.filter(isGated), ...all.filter((i) => !isGated(i))]) {
        const work = (this.table.groupings[i] as { groups: unknown[] }).groups.length * R
        if (work > MAX_CELL_REPLICATES) continue
        const gated = isGated(i)
        if ((gated ? gatedSpent : spent) + work > MAX_AUDIT_CELL_REPLICATES) overBudget.set(i, 'audit')
        else if ((gated ? this.run.gated : this.run.spent) + work > MAX_RUN_CELL_REPLICATES) overBudget.set(i, 'run')
        else {
          spent += work
          this.run.spent += work
          if (gated) {
            gatedSpent += work
            this.run.gated += work
          }
        }
      }
      if (this.shared) {
        this.shared.spent = spent
        this.shared.gated = gatedSpent
      }
    }
    const over = this.overBudget.get(g)
    // What the bound is in groups at this run's replicates (2,000 groups at the default 2,000).
    const inGroups = (bound: number): string =>
      `${bound.toLocaleString('en-US')} groups × replicates in all: ${Math.floor(bound / R).toLocaleString('en-US')} groups at ${R.toLocaleString('en-US')} replicates`
    const which = this.gated?.has(g)
      ? 'gated groupings before it'
      : this.gated && this.gated.size > 0
        ? 'groupings before it (those a gate reads come first)'
        : 'groupings before it'
    if (over === 'audit')
      return `${label}: no interval for its differences and ratios: the ${which} already take the audit's bootstrap work (${inGroups(MAX_AUDIT_CELL_REPLICATES)}; lower confidence.replicates, or audit fewer attributes)`
    if (over === 'run')
      return `${label}: no interval for its differences and ratios: the audits before it already take the run's bootstrap work${this.gated?.has(g) ? ' for gated groupings' : ''} (${inGroups(MAX_RUN_CELL_REPLICATES)}; lower confidence.replicates, or split the audits across several runs)`
    return null
  }

  /**
   * Statistics of grouping `g` to compute with its next draw, whoever asks for it: `intervals`
   * then computes them too, so that callers asking in turn (the metric intervals, the
   * disparities) share one draw of a grouping too large to keep, instead of drawing it again.
   */
  defer(g: number, stats: readonly ValueStatistic[]): void {
    let map = this.deferred.get(g)
    if (!map) this.deferred.set(g, (map = new Map()))
    for (const s of stats) map.set(s.key, s)
  }

  private streamOf(g: number): Uniform {
    return seededUniform(this.spec.seed, (this.table.groupings[g] as { columns: string[] }).columns.join('\u0000'))
  }

  /** The next `R` replicates of a grouping from stream `u`, as a block (see drawReplicates). */
  private draw(cells: ReplicateCells, u: Uniform, R: number, scratch?: Float64Array): ReplicateBlock {
    let pool = this.run.pools.get(R)
    if (!pool) this.run.pools.set(R, (pool = []))
    const block = new ReplicateBlock(cells.present.length, R, pool, scratch)
    this.drawn += cells.present.length * R
    drawReplicates(cells, u, R, this.zeroDivision === 'fairlearn', block.group, block.overall)
    return block
  }

  /** Calls `each` with blocks covering every replicate of grouping `g` in order (`from`: the first replicate's number); the same values whether kept or drawn afresh. */
  private forEachBlock(g: number, each: (block: ReplicateBlock, from: number) => void): void {
    const kept = this.kept.get(g)
    if (kept) return each(kept, 0)
    const groups = this.groupsOf(g)
    const R = this.spec.replicates
    const perReplicate = BASE_METRICS.length * (groups.length + 1)
    const cells = groupingCells(groups)
    const u = this.streamOf(g)
    if (this.keptDoubles + perReplicate * R <= this.memory.keep) {
      const block = this.draw(cells, u, R)
      this.kept.set(g, block)
      this.keptDoubles += perReplicate * R
      return each(block, 0)
    }
    const size = Math.max(1, Math.floor(this.memory.block / perReplicate))
    const need = perReplicate * Math.min(size, R)
    if (!this.run.scratch || this.run.scratch.length < need) this.run.scratch = new Float64Array(need)
    const scratch = this.run.scratch
    for (let from = 0; from < R; from += size) each(this.draw(cells, u, Math.min(size, R - from), scratch), from)
  }

  /**
   * Percentile intervals of several statistics of grouping `g`, all from the same replicates.
   * `points` are the statistics' values on the data (null: undefined, no interval).
   *
   * Each interval is widened, if need be, to contain the value on the data. A max − min gap
   * (or a min/max ratio) is biased away from 0 (from 1) in resamples, so when the groups are
   * nearly equal its percentile interval can miss the estimate itself, e.g. a gap of 0.000
   * with [0.002, 0.160]; the widened [0.000, 0.160] says what the data can tell. Widening
   * never lowers coverage.
   */
  intervals(g: number, stats: readonly ValueStatistic[], points: readonly (number | null)[]): Interval[] {
    if (stats.length === 0) return []
    if (this.tooLarge(g)) return stats.map(() => null)
    const R = this.spec.replicates
    let cis = this.computed.get(g)
    if (!cis) this.computed.set(g, (cis = new Map()))
    const missing = new Map<string, ValueStatistic>()
    stats.forEach((s, i) => {
      if (points[i] !== null && points[i] !== undefined && !cis.has(s.key)) missing.set(s.key, s)
    })
    if (missing.size > 0) {
      for (const [key, s] of this.deferred.get(g) ?? []) if (!cis.has(key)) missing.set(key, s)
      this.deferred.delete(g)
      const level = this.spec.level
      const whole = new Map<string, Float64Array>()
      this.forEachBlock(g, (block, from) => {
        for (const [key, stat] of missing) {
          const v = block.valuesOf(stat)
          if (block.replicates === R) cis.set(key, percentileInterval(v, level))
          else {
            let all = whole.get(key)
            if (!all) {
              if (!this.run.columns || this.run.columns.length < missing.size * R)
                this.run.columns = new Float64Array(missing.size * R)
              whole.set(key, (all = this.run.columns.subarray(whole.size * R, (whole.size + 1) * R)))
            }
            all.set(v, from)
          }
        }
        block.release()
      })
      for (const [key, v] of whole) cis.set(key, percentileInterval(v, level))
    }
    return stats.map((s, i) => {
      const point = points[i]
      const ci = cis.get(s.key)
      if (point === null || point === undefined || !ci) return null
      return [Math.min(ci[0], point), Math.max(ci[1], point)]
    })
  }
}

/** Per-group and overall metrics that are not single proportions, so their interval is the bootstrap's. */
export const BOOTSTRAP_METRICS: readonly BaseMetric[] = BASE_METRICS.filter((m) => intervalMethod(m) === 'bootstrap')

/** Adds bootstrap intervals of the BOOTSTRAP_METRICS (f1, balanced accuracy) to every group and to overall (overall from the first grouping's replicates: its cells sum to the overall counts). */
export function addBootstrapMetricIntervals(table: MetricTable, boot: TableBootstrap): void {
  deferBootstrapMetricIntervals(table, boot)()
}

/**
 * `addBootstrapMetricIntervals` in two steps: the statistics are deferred to each grouping's next
 * draw (`TableBootstrap.defer`) now, and the returned function, called after the disparities drew
 * every grouping, reads the intervals from that draw: one draw of each grouping for both.
 */
export function deferBootstrapMetricIntervals(table: MetricTable, boot: TableBootstrap): () => void {
  const all = table.groupings.map((grouping, g) => {
    // A grouping past the bootstrap's bounds gets no intervals: no statistics to defer (32
    // attributes of 624 groups made 40,000 of them, 8 MB, for the 29 groupings past the budget).
    if (boot.tooLarge(g)) return null
    const targets: {
      holder: { ci?: Partial<Record<BaseMetric, Interval>> }
      metric: BaseMetric
      point: number | null
      stat: ValueStatistic
    }[] = []
    grouping.groups.forEach((grp, i) => {
      if (!grp.present) return
      for (const metric of BOOTSTRAP_METRICS) {
        const m = metricIndex(metric)
        targets.push({
          holder: grp,
          metric,
          point: grp.metrics[metric],
          stat: { key: `${metric} of group ${i}`, compute: (block) => block.column(m, i) },
        })
      }
    })
    if (g === 0) {
      for (const metric of BOOTSTRAP_METRICS) {
        const m = metricIndex(metric)
        targets.push({
          holder: table.overall,
          metric,
          point: table.overall.metrics[metric],
          stat: { key: `${metric} overall`, compute: (block) => block.overallColumn(m) },
        })
      }
    }
    boot.defer(
      g,
      targets.filter((t) => t.point !== null).map((t) => t.stat),
    )
    return targets
  })
  return () =>
    all.forEach((targets, g) => {
      if (targets === null) {
        const none = (holder: { ci?: Partial<Record<BaseMetric, Interval>> }): void => {
          for (const metric of BOOTSTRAP_METRICS) holder.ci = { ...holder.ci, [metric]: null }
        }
        for (const grp of (table.groupings[g] as MetricTable['groupings'][number]).groups) if (grp.present) none(grp)
        if (g === 0) none(table.overall)
        return
      }
      const cis = boot.intervals(
        g,
        targets.map((t) => t.stat),
        targets.map((t) => t.point),
      )
      targets.forEach(({ holder, metric }, k) => {
        holder.ci = { ...holder.ci, [metric]: cis[k] ?? null }
      })
    })
}
