// @types/node 20 declares no WebAssembly types; TypeScript ships them with the DOM library.
/// <reference lib="dom" />
/**
 * The bootstrap's numeric kernels: the random stream, Poisson and normal draws, the metrics
 * of every replicate, the per-metric summaries and the percentile selection. They are
 * AssemblyScript (`assembly/kernels.ts`) compiled to WebAssembly, loaded from
 * `kernels-wasm.ts`; this module is the only one that calls them, and gives them a
 * JavaScript face.
 *
 * Why WebAssembly and not JavaScript: an audit runs once per process, and in a fresh process
 * the JavaScript engine spent longer compiling these loops than running them (the
 * statistics after a 1M-row pass took ~75 ms cold against ~40 ms warm). WebAssembly is
 * compiled before it runs (about 1 ms for this module), and runs these loops faster than
 * optimized JavaScript did: the bench's 216,000 Poisson draws with their metrics in 7.6 ms
 * against 13 ms (measured in the note of issue 4).
 *
 * Memory: each call copies its inputs into the module's memory, above its own data, and
 * copies the results out, so no caller ever holds a view of memory that a later call might
 * grow (and so detach). That memory never shrinks, so no call needs much of it: replicates
 * are drawn at most 4 MB at a time.
 */
import { BASE_METRICS, metricProgram } from './catalog.js'
import { KERNELS_WASM } from './kernels-wasm.js'

interface Exports {
  memory: WebAssembly.Memory
  heapBase(): number
  uniforms(state: number, n: number, out: number): void
  normalQuantile(p: number): number
  logGamma(x: number): number
  prepareSamplers(lambdas: number, cells: number, samplers: number): void
  setScales(scales: number, cells: number, samplers: number): void
  poissonDraws(state: number, sampler: number, n: number, out: number): void
  metrics(
    program: number,
    M: number,
    tp: number,
    fp: number,
    tn: number,
    fn: number,
    auc: number,
    fairlearn: number,
    out: number,
  ): void
  drawReplicates(
    program: number,
    M: number,
    state: number,
    G: number,
    R: number,
    samplers: number,
    aucs: number,
    aucSe: number,
    present: number,
    fairlearn: number,
    out: number,
    overall: number,
  ): void
  summarize(values: number, overall: number, G: number, R: number, eligible: number, out: number): void
  toReference(
    values: number,
    G: number,
    R: number,
    eligible: number,
    ref: number,
    difference: number,
    out: number,
  ): void
  combineParts(
    tprs: number,
    fprs: number,
    R: number,
    mean: number,
    fairlearnNaN: number,
    difference: number,
    out: number,
  ): void
  percentile(values: number, len: number, level: number, out: number, scratch: number): number
}

/** A confidence interval, or null when none can be given (undefined value, no data). */
export type Interval = [number, number] | null

let instance: Exports | undefined
/** Where the caller's memory begins: 8-aligned, past the module's data. */
let base = 0

function wasm(): Exports {
  if (!instance) {
    const imports = { env: { log: Math.log, exp: Math.exp } }
    instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(KERNELS_WASM, 'base64')), imports)
      .exports as unknown as Exports
    base = (instance.heapBase() + 7) & ~7
  }
  return instance
}

/** Bytes of one Poisson sampler's constants (assembly/kernels.ts: SAMPLER). */
const SAMPLER_BYTES = 64
/** Metrics per group in a replicate, and how each is computed: the catalog's program (assembly/kernels.ts reads it). */
const METRICS = BASE_METRICS.length
const PROGRAM = metricProgram()
/** Bytes of replicate values one drawReplicates call writes at most (beyond that, several calls), so that this module's memory, which never shrinks, stays small. */
const DRAW_BYTES = 2 ** 22
/**
 * Bytes of replicate values a drawReplicates call aims at: a grouping is drawn 256 KiB at a time
 * (but at least DRAW_REPLICATES replicates a call, up to DRAW_BYTES), not all of it at once.
 * Every byte of this module's memory that a call writes is a page the process faults in and the
 * kernel zeroes first, once, and the replicates are copied out of it into pages of their own as
 * well: drawn whole, the bench's 1,000-row audit (15 groups × 2,000 replicates of 16 metrics) grew
 * the memory to 4.4 MB, some 1,100 page faults, about 6 ms of CPU on this machine, for values
 * that are copied out at once. The stream goes on from call to call, so the values are the same.
 */
const DRAW_TARGET_BYTES = 2 ** 18
/** Replicates a drawReplicates call draws at least (when DRAW_BYTES allows), so that many groups are not drawn a few replicates a call. */
const DRAW_REPLICATES = 64

/**
 * Byte offsets of consecutive 8-aligned regions of these sizes in the module's memory, which
 * is grown to hold them. A view made before a later layout() may be detached: make views
 * after it, and drop them before the next.
 */
function layout(...bytes: number[]): number[] {
  const k = wasm()
  let at = base
  const offsets = bytes.map((b) => {
    const o = at
    at += Math.ceil(b / 8) * 8
    return o
  })
  const short = at - k.memory.buffer.byteLength
  if (short > 0) k.memory.grow(Math.ceil(short / 65536))
  return offsets
}

const f64 = (at: number, n: number): Float64Array => new Float64Array(wasm().memory.buffer, at, n)
const i32 = (at: number, n: number): Int32Array => new Int32Array(wasm().memory.buffer, at, n)
const u8 = (at: number, n: number): Uint8Array => new Uint8Array(wasm().memory.buffer, at, n)

/**
 * A seeded stream of uniform doubles in [0, 1) with 53 random bits: xoroshiro128+ seeded and
 * turned into doubles exactly as pure-rand's `xoroshiro128plus` and `uniformFloat64` do (a test
 * holds the two streams equal). The state is four 32-bit halves, in pure-rand's order.
 */
export class Uniform {
  readonly state: Int32Array

  constructor(seed: number) {
    this.state = Int32Array.of(-1, ~seed, seed | 0, 0)
  }

  /** The next `n` doubles of the stream. */
  take(n: number): Float64Array {
    const [s, out] = layout(16, 8 * n) as [number, number]
    this.run(s, () => wasm().uniforms(s, n, out))
    return f64(out, n).slice()
  }

  next(): number {
    return this.take(1)[0] as number
  }

  /** Runs `call` with the stream's state at `s`, and keeps the state it leaves. */
  run(s: number, call: () => void): void {
    i32(s, 4).set(this.state)
    call()
    this.state.set(i32(s, 4))
  }
}

/** The standard normal quantile Φ⁻¹(p), for 0 < p < 1: Wichura's AS 241, about 1e-16 relative accuracy. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`)
  return wasm().normalQuantile(p)
}

/** ln Γ(x) for x ≥ 1 (Stirling series), as the Poisson sampler uses it. */
export function logGamma(x: number): number {
  return wasm().logGamma(x)
}

/** `n` exact Poisson(λ) draws from stream `u` (inversion below λ = 10, Hörmann's PTRS above), as the bootstrap draws each count cell. */
export function poissonDraws(lambda: number, n: number, u: Uniform): Float64Array {
  const [s, lam, sampler, out] = layout(16, 8, SAMPLER_BYTES, 8 * n) as [number, number, number, number]
  f64(lam, 1)[0] = lambda
  wasm().prepareSamplers(lam, 1, sampler)
  u.run(s, () => wasm().poissonDraws(s, sampler, n, out))
  return f64(out, n).slice()
}

/** The base metrics of one group's counts, in BASE_METRICS order, as a replicate holds them (NaN: undefined; fairlearn: 0 for a zero denominator). */
export function replicateMetrics(
  tp: number,
  fp: number,
  tn: number,
  fn: number,
  auc: number,
  fairlearn: boolean,
): Float64Array {
  const [program, out] = layout(8 * PROGRAM.length, 8 * METRICS) as [number, number]
  f64(program, PROGRAM.length).set(PROGRAM)
  wasm().metrics(program, METRICS, tp, fp, tn, fn, auc, fairlearn ? 1 : 0, out)
  return f64(out, METRICS).slice()
}

/** What the draws of one grouping read, by group. */
export interface ReplicateCells {
  /** The (TP, FP, TN, FN) counts, four per group: each cell is drawn Poisson with this mean. */
  counts: Float64Array
  /**
   * With sample weights, per cell (as `counts`) the scale of its draw: the cell is drawn as
   * scale × Poisson(counts[c]), `counts` then holding the cell's Kish size (see bootstrap.ts).
   */
  scales?: Float64Array
  /** 1 for a group with rows, 0 for an empty combination. */
  present: Uint8Array
  /** The group's ROC AUC and DeLong's standard error, NaN when it has none. */
  auc: Float64Array
  aucSe: Float64Array
}

/**
 * `R` replicates of a grouping from stream `u`, into `group` (metric-major:
 * `group[(m * G + i) * R + r]`) and `overall` (`overall[m * R + r]`). Per replicate and group,
 * in this order: four Poisson draws (TP, FP, TN, FN) and, for a group with a ROC AUC, a normal
 * draw around it with its DeLong standard error, clipped to [0, 1]; then every base metric
 * of the drawn counts (NaN for an absent group). The overall metrics come from the summed
 * counts, with no ROC AUC.
 */
export function drawReplicates(
  cells: ReplicateCells,
  u: Uniform,
  R: number,
  fairlearn: boolean,
  group: Float64Array,
  overall: Float64Array,
): void {
  const G = cells.present.length
  // Replicates per kernel call: all of them unless their values pass DRAW_TARGET_BYTES, then
  // DRAW_REPLICATES or what DRAW_BYTES holds (many groups), the fewer; the stream goes on from
  // call to call, so the values do not depend on it.
  const perReplicate = 8 * METRICS * (G + 1)
  const target = Math.floor(DRAW_TARGET_BYTES / perReplicate)
  const C = Math.max(
    1,
    Math.min(R, target >= DRAW_REPLICATES ? target : Math.min(DRAW_REPLICATES, Math.floor(DRAW_BYTES / perReplicate))),
  )
  const [program, s, lam, scales, samplers, aucs, aucSe, present, out, ov] = layout(
    8 * PROGRAM.length,
    16,
    32 * G,
    cells.scales ? 32 * G : 0,
    4 * G * SAMPLER_BYTES,
    8 * G,
    8 * G,
    G,
    8 * METRICS * G * C,
    8 * METRICS * C,
  ) as [number, number, number, number, number, number, number, number, number, number]
  f64(program, PROGRAM.length).set(PROGRAM)
  f64(lam, 4 * G).set(cells.counts)
  if (cells.scales) f64(scales, 4 * G).set(cells.scales)
  f64(aucs, G).set(cells.auc)
  f64(aucSe, G).set(cells.aucSe)
  u8(present, G).set(cells.present)
  const k = wasm()
  k.prepareSamplers(lam, 4 * G, samplers)
  if (cells.scales) k.setScales(scales, 4 * G, samplers)
  for (let from = 0; from < R; from += C) {
    const n = Math.min(C, R - from)
    u.run(s, () =>
      k.drawReplicates(program, METRICS, s, G, n, samplers, aucs, aucSe, present, fairlearn ? 1 : 0, out, ov),
    )
    if (n === R) {
      group.set(f64(out, METRICS * G * R))
      overall.set(f64(ov, METRICS * R))
      continue
    }
    // The call's columns are n long: place each at replicate `from` of its R-long column.
    for (let c = 0; c < METRICS * G; c++) group.set(f64(out + 8 * c * n, n), c * R + from)
    for (let m = 0; m < METRICS; m++) overall.set(f64(ov + 8 * m * n, n), m * R + from)
  }
}

/** What summarizeColumns gives per replicate, in this order. */
export const SUMMARY = [
  'group_min',
  'group_max',
  'difference between_groups',
  'ratio between_groups',
  'difference to_overall',
  'ratio to_overall',
] as const

/**
 * One pass over a metric's columns (`values[i * R + r]`: group i, replicate r) against the
 * overall value (`overall[r]`): per replicate, over the groups with `eligible[i]` = 1 that are
 * defined there, the smallest and the largest value, their difference and ratio (min/max), the
 * largest |value − overall| and the smallest folded value/overall ratio, into `into` in
 * SUMMARY order (NaN where no group counts).
 */
export function summarizeColumns(
  values: Float64Array,
  overall: Float64Array,
  eligible: Uint8Array,
  R: number,
  into: readonly Float64Array[],
): void {
  const G = eligible.length
  const [v, o, e, out] = layout(8 * G * R, 8 * R, G, 8 * SUMMARY.length * R) as [number, number, number, number]
  f64(v, G * R).set(values)
  f64(o, R).set(overall)
  u8(e, G).set(eligible)
  wasm().summarize(v, o, G, R, e, out)
  into.forEach((a, k) => a.set(f64(out + 8 * k * R, R)))
}

/**
 * Per replicate, over the groups with `eligible[i]` = 1 of a metric's columns (`values[i * R + r]`),
 * against group `ref`'s value in that replicate: the largest |value − reference| (`difference`) or
 * the smallest folded ratio (value/reference, or its inverse when that is not below 1), into
 * `into`; NaN where no group counts. `ref` must be a group of `values`.
 */
export function toReferenceColumn(
  values: Float64Array,
  eligible: Uint8Array,
  R: number,
  ref: number,
  difference: boolean,
  into: Float64Array,
): void {
  const G = eligible.length
  const [v, e, out] = layout(8 * G * R, G, 8 * R) as [number, number, number]
  f64(v, G * R).set(values)
  u8(e, G).set(eligible)
  wasm().toReference(v, G, R, e, ref, difference ? 1 : 0, out)
  into.set(f64(out, R))
}

/**
 * Per replicate, an aggregate of two parts (an equalized odds of a TPR's and an FPR's statistic),
 * into `into`: their mean (`mean`; with `fairlearnNaN` the defined part alone when the other is
 * NaN), else the worse of the two (the larger for a `difference`, the smaller for a ratio; NaN
 * when the TPR's is, and when the FPR's is unless `fairlearnNaN`, then the TPR's).
 */
export function combinePartColumns(
  tprs: Float64Array,
  fprs: Float64Array,
  mean: boolean,
  fairlearnNaN: boolean,
  difference: boolean,
  into: Float64Array,
): void {
  const R = into.length
  const [t, f, out] = layout(8 * R, 8 * R, 8 * R) as [number, number, number]
  f64(t, R).set(tprs)
  f64(f, R).set(fprs)
  wasm().combineParts(t, f, R, mean ? 1 : 0, fairlearnNaN ? 1 : 0, difference ? 1 : 0, out)
  into.set(f64(out, R))
}

/**
 * The percentile interval of bootstrap replicates (NaN = undefined in that replicate, left
 * out). Quantiles interpolate linearly between order statistics (Hyndman & Fan type 7, as
 * numpy's default), which are selected (Floyd–Rivest), not sorted for, and for an interval
 * of 75% or wider (each tail at most an eighth of the values) of 1,024 or more replicates
 * selected among the values of the two tails only (one pass past thresholds that a sample of
 * the values places). Null when fewer than
 * half the replicates define the value: an interval from a minority of resamples would
 * describe a different statistic. `replicates` is not modified.
 */
export function percentileInterval(replicates: Float64Array, level: number): Interval {
  const n = replicates.length
  const [v, out, scratch] = layout(8 * n, 16, 16 * n) as [number, number, number]
  f64(v, n).set(replicates)
  if (wasm().percentile(v, n, level, out, scratch) === 0) return null
  const r = f64(out, 2)
  return [r[0] as number, r[1] as number]
}
