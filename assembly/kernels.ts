/**
 * The bootstrap's numeric kernels, in AssemblyScript compiled to WebAssembly
 * (`npm run kernels` writes `src/stats/kernels-wasm.ts`; `src/stats/kernels.ts` is the only
 * caller). Why WebAssembly: the audit runs once per process, and in a fresh process the
 * JavaScript engine spent longer compiling these loops than running them; WebAssembly is
 * compiled before it runs and needs no warm-up (measured in the note of issue 4).
 *
 * Memory is laid out by the caller: every pointer is a byte offset into this module's memory,
 * above heapBase(). No allocation happens here. IEEE doubles only, so the results are the
 * same on every platform.
 */

// ---------------------------------------------------------------------------------------
// The logarithm and the exponential are the host's (JavaScript's Math.log and Math.exp, which
// the engine calls directly): AssemblyScript's own, ported from musl, differ from V8's in the
// last bit for a few inputs in a thousand, and the intervals must not move with the
// language their loops are written in.

@external("env", "log")
declare function log(x: f64): f64

@external("env", "exp")
declare function exp(x: f64): f64

// ---------------------------------------------------------------------------------------
// The random stream: xoroshiro128+ exactly as pure-rand's xoroshiro128plus computes it (in
// 32-bit halves), and pure-rand's uniformFloat64 (53 random bits from two outputs). A test
// holds this stream equal to pure-rand's.

let s01: i32 = 0
let s00: i32 = 0
let s11: i32 = 0
let s10: i32 = 0

/** Loads the stream's state (pure-rand's getState() order) from 4 i32 at `state`. */
function loadStream(state: usize): void {
  s01 = load<i32>(state)
  s00 = load<i32>(state, 4)
  s11 = load<i32>(state, 8)
  s10 = load<i32>(state, 12)
}

/** Stores the stream's state back, so the next call continues it. */
function storeStream(state: usize): void {
  store<i32>(state, s01)
  store<i32>(state, s00, 4)
  store<i32>(state, s11, 8)
  store<i32>(state, s10, 12)
}

@inline function nextInt(): i32 {
  const out = s00 + s10
  const a0 = s10 ^ s00
  const a1 = s11 ^ s01
  const t00 = s00
  const t01 = s01
  s00 = (t00 << 24) ^ (<u32>t01 >>> 8) ^ a0 ^ (a0 << 16)
  s01 = (t01 << 24) ^ (<u32>t00 >>> 8) ^ a1 ^ ((a1 << 16) | (<u32>a0 >>> 16))
  s10 = (a1 << 5) ^ (<u32>a0 >>> 27)
  s11 = (a0 << 5) ^ (<u32>a1 >>> 27)
  return out
}

@inline function uniform(): f64 {
  const v1 = nextInt() & 67108863
  const v2 = nextInt() & 134217727
  return <f64>v1 * 1.4901161193847656e-8 + <f64>v2 * 1.1102230246251565e-16
}

/** `n` uniform doubles of the stream at `state` into `out`. */
export function uniforms(state: usize, n: i32, out: usize): void {
  loadStream(state)
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), uniform())
  storeStream(state)
}

// ---------------------------------------------------------------------------------------
// The standard normal quantile: Wichura, Algorithm AS 241 (PPND16), Applied Statistics 37
// (1988) 477–484, about 1e-16 relative accuracy; coefficients as published.

export function normalQuantile(p: f64): f64 {
  const q = p - 0.5
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q
    return (
      (q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1)
    )
  }
  let r = Math.sqrt(-log(q < 0 ? p : 1 - p))
  let x: f64
  if (r <= 5) {
    r -= 1.6
    x =
      (((((((7.7454501427834140764e-4 * r + 2.27238449892691845833e-2) * r + 2.4178072517745061177e-1) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 1.51986665636164571966e-2) * r + 1.4810397642748007459e-1) * r + 6.897673349851000045e-1) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1)
  } else {
    r -= 5
    x =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.2426609473880784386e-3) * r + 2.6532189526576123093e-2) * r + 2.9656057182850489123e-1) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 1.48753612908506148525e-2) * r + 1.3692988092273580531e-1) * r + 5.9983220655588793769e-1) * r + 1)
  }
  return q < 0 ? -x : x
}

// ---------------------------------------------------------------------------------------
// Exact Poisson(λ) draws. λ < 10: inversion by sequential search (one uniform). λ ≥ 10:
// Hörmann's transformed rejection with squeeze, PTRS (Insurance: Mathematics and Economics
// 12 (1993) 39–45), the algorithm numpy uses; O(1) expected time for any λ.

const HALF_LN_2PI: f64 = 0.5 * log(2 * Math.PI)

/** ln Γ(x) for x ≥ 1 by the Stirling series (shifted up to x ≥ 7), as numpy's Poisson sampler uses it. */
export function logGamma(x: f64): f64 {
  if (x == 1 || x == 2) return 0
  const n: i32 = x < 7 ? <i32>Math.floor(7 - x) : 0
  let x0 = x + <f64>n
  const x2 = 1 / (x0 * x0)
  // Coefficients B(2k) / (2k (2k − 1)), k = 10 down to 1.
  let series: f64 = -174611.0 / 125400.0
  series = series * x2 + 43867.0 / 244188.0
  series = series * x2 + -3617.0 / 122400.0
  series = series * x2 + 1.0 / 156.0
  series = series * x2 + -691.0 / 360360.0
  series = series * x2 + 1.0 / 1188.0
  series = series * x2 + -1.0 / 1680.0
  series = series * x2 + 1.0 / 1260.0
  series = series * x2 + -1.0 / 360.0
  series = series * x2 + 1.0 / 12.0
  let gl = series / x0 + HALF_LN_2PI + (x0 - 0.5) * log(x0) - x0
  for (let k = 1; k <= n; k++) {
    gl -= log(x0 - 1)
    x0 -= 1
  }
  return gl
}

/** Bytes of one cell's sampler constants: λ, e^−λ, ln λ, a, b, ln(1/α), v_r, and the scale its draws are multiplied by. */
const SAMPLER: usize = 64

/** Computes the sampler constants of `cells` rates at `lambdas` into `samplers`, once per cell, with scale 1. */
export function prepareSamplers(lambdas: usize, cells: i32, samplers: usize): void {
  for (let c = 0; c < cells; c++) {
    const lambda = load<f64>(lambdas + (<usize>c << 3))
    const p = samplers + <usize>c * SAMPLER
    const b = 0.931 + 2.53 * Math.sqrt(lambda)
    store<f64>(p, 1, 56)
    store<f64>(p, lambda)
    store<f64>(p, exp(-lambda), 8)
    store<f64>(p, log(lambda), 16)
    store<f64>(p, -0.059 + 0.02483 * b, 24)
    store<f64>(p, b, 32)
    store<f64>(p, log(1.1239 + 1.1328 / (b - 3.4)), 40)
    store<f64>(p, 0.9277 - 3.6224 / (b - 2), 48)
  }
}

// Not inlined (nor putMetrics): drawReplicates calls it four times per group, and inlined the
// engine's optimizing compiler took about 10 ms more to compile the function than the 4,000 group
// replicates of a small audit take to run; the call costs nothing measurable at 64 groups.
function poisson(p: usize): f64 {
  const lambda = load<f64>(p)
  if (lambda <= 0) return 0
  if (lambda < 10) {
    let q = load<f64>(p, 8)
    let cdf = q
    const target = uniform()
    let k: f64 = 0
    // The bound guards against the cdf's rounding never reaching a target near 1.
    while (target > cdf && k < 1000) {
      k++
      q *= lambda / k
      cdf += q
    }
    return k
  }
  const a = load<f64>(p, 24)
  const b = load<f64>(p, 32)
  while (true) {
    const U = uniform() - 0.5
    const V = uniform()
    const us = 0.5 - Math.abs(U)
    const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43)
    if (us >= 0.07 && V <= load<f64>(p, 48)) return k
    if (k < 0 || (us < 0.013 && V > us)) continue
    if (log(V) + load<f64>(p, 40) - log(a / (us * us) + b) <= -lambda + k * load<f64>(p, 16) - logGamma(k + 1)) return k
  }
}

/** Sets the scales of `cells` samplers (from `scales`): a weighted cell's draw is scale × Poisson(λ). */
export function setScales(scales: usize, cells: i32, samplers: usize): void {
  for (let c = 0; c < cells; c++) store<f64>(samplers + <usize>c * SAMPLER, load<f64>(scales + (<usize>c << 3)), 56)
}

/** One draw of the cell at `p`: scale × Poisson(λ) (scale 1 unweighted, where the product is the draw exactly). */
@inline function scaledPoisson(p: usize): f64 {
  return poisson(p) * load<f64>(p, 56)
}

/** `n` draws of the sampler at `sampler` from the stream at `state`, into `out`. */
export function poissonDraws(state: usize, sampler: usize, n: i32, out: usize): void {
  loadStream(state)
  for (let i = 0; i < n; i++) store<f64>(out + (<usize>i << 3), poisson(sampler))
  storeStream(state)
}

// ---------------------------------------------------------------------------------------
// Metrics of confusion counts.

/** Doubles per metric in the catalog's program (src/stats/catalog.ts: metricProgram). */
const STRIDE: usize = 11

/** Σ coefficient × cell of the four coefficients at `c`, in the catalog's cell order (as its evalLinear). */
@inline function linear(c: usize, tp: f64, fp: f64, tn: f64, fn: f64): f64 {
  let s: f64 = 0
  s += load<f64>(c) * tp
  s += load<f64>(c, 8) * fp
  s += load<f64>(c, 16) * tn
  s += load<f64>(c, 24) * fn
  return s
}

/**
 * The `M` metrics of the catalog's program at `program` (per metric: kind — 0 sum, 1 ratio,
 * 2 mean, 3 score —, numerator and denominator coefficients, a mean's two part indices) of
 * counts (tp, fp, tn, fn) with ROC AUC `auc`, as computeMetrics gives them (NaN for null;
 * fairlearn mode: 0 for a zero denominator, and a mean of the parts whose denominator is
 * positive), into `out + m * stride` bytes. A mean's parts come before it. A test holds it
 * equal to computeMetrics.
 */
function putMetrics(program: usize, M: i32, tp: f64, fp: f64, tn: f64, fn: f64, auc: f64, fairlearn: bool, out: usize, stride: usize): void {
  const undef: f64 = fairlearn ? 0 : NaN
  for (let m = 0; m < M; m++) {
    const p = program + <usize>m * STRIDE * 8
    const kind = <i32>load<f64>(p)
    let v: f64
    if (kind == 0) v = linear(p + 8, tp, fp, tn, fn)
    else if (kind == 1) {
      const den = linear(p + 40, tp, fp, tn, fn)
      v = den > 0 ? linear(p + 8, tp, fp, tn, fn) / den : undef
    } else if (kind == 2) {
      let sum: f64 = 0
      let parts: f64 = 0
      for (let k = 0; k < 2; k++) {
        const part = <i32>load<f64>(p + 72 + <usize>k * 8)
        if (part < 0) continue
        const q = program + <usize>part * STRIDE * 8
        if (fairlearn && !(linear(q + 40, tp, fp, tn, fn) > 0)) continue
        sum += load<f64>(out + <usize>part * stride)
        parts += 1
      }
      v = parts > 0 ? sum / parts : undef
    } else v = auc
    store<f64>(out + <usize>m * stride, v)
  }
}

/** The `M` metrics of one group's counts into M doubles at `out` (for the test against computeMetrics). */
export function metrics(program: usize, M: i32, tp: f64, fp: f64, tn: f64, fn: f64, auc: f64, fairlearn: bool, out: usize): void {
  putMetrics(program, M, tp, fp, tn, fn, auc, fairlearn, out, 8)
}

// ---------------------------------------------------------------------------------------
// Replicates.

/**
 * `R` replicates of a grouping of `G` groups from the stream at `state`. Per replicate and
 * group, in this order: four Poisson draws (TP, FP, TN, FN, samplers at `samplers`, each times its scale) and, for
 * a group with a ROC AUC (`aucs[i]` not NaN), a normal draw around it with standard error
 * `aucSe[i]`, clipped to [0, 1]; then the group's metrics into `out` (metric-major:
 * `out[(m * G + i) * R + r]`), NaN for a group with no rows (`present[i]` = 0); and the
 * overall metrics of the summed counts into `overall[m * R + r]` (no ROC AUC).
 */
export function drawReplicates(program: usize, M: i32, state: usize, G: i32, R: i32, samplers: usize, aucs: usize, aucSe: usize, present: usize, fairlearn: bool, out: usize, overall: usize): void {
  loadStream(state)
  const stride = <usize>G * <usize>R * 8
  for (let r = 0; r < R; r++) {
    let tp: f64 = 0
    let fp: f64 = 0
    let tn: f64 = 0
    let fn: f64 = 0
    for (let i = 0; i < G; i++) {
      const s = samplers + <usize>i * 4 * SAMPLER
      const c0 = scaledPoisson(s)
      const c1 = scaledPoisson(s + SAMPLER)
      const c2 = scaledPoisson(s + 2 * SAMPLER)
      const c3 = scaledPoisson(s + 3 * SAMPLER)
      const a = load<f64>(aucs + (<usize>i << 3))
      let auc: f64 = NaN
      if (a == a) {
        let v = uniform()
        while (v == 0) v = uniform()
        auc = Math.min(1, Math.max(0, a + load<f64>(aucSe + (<usize>i << 3)) * normalQuantile(v)))
      }
      const at = out + ((<usize>i * <usize>R + <usize>r) << 3)
      if (load<u8>(present + i) == 0) {
        for (let m = 0; m < M; m++) store<f64>(at + <usize>m * stride, NaN)
        continue
      }
      tp += c0
      fp += c1
      tn += c2
      fn += c3
      putMetrics(program, M, c0, c1, c2, c3, auc, fairlearn, at, stride)
    }
    putMetrics(program, M, tp, fp, tn, fn, NaN, fairlearn, overall + (<usize>r << 3), <usize>R * 8)
  }
  storeStream(state)
}

/**
 * One pass over a metric's columns (`values[i * R + r]`, group i, replicate r; `overall[r]`):
 * per replicate, over the groups with `eligible[i]` = 1 that are defined there, into the six
 * arrays of R doubles at `out`: the smallest value, the largest, their difference (max − min),
 * their ratio (min / max), the largest |value − overall| and the smallest folded value/overall
 * ratio (x/y, or 1/(x/y) when that is not below 1; 0/0 is NaN and skipped). NaN where no
 * group counts.
 *
 * The last two are read off the smallest and the largest value alone, not computed for every
 * group: in IEEE arithmetic v − t is monotone in v, so |v − t| falls then rises and its largest
 * value is at an end; v/t is monotone in v and the fold (q below 1, else 1/q) rises to 1 then
 * falls, so its smallest value is at an end too (for t = 0: −∞, 0 or 0/0, likewise). For a
 * finite overall the same doubles come out (an infinite one could only flip the sign of a zero
 * ratio; metrics are finite), with two divisions a replicate instead of two a group: a test
 * holds it to the group-by-group definition, negative, zero and undefined values and overalls
 * among them. The bench's 1,000-row audit calls this 60 times over 2,000 replicates.
 */
export function summarize(values: usize, overall: usize, G: i32, R: i32, eligible: usize, out: usize): void {
  const row = <usize>R << 3
  for (let r = 0; r < R; r++) {
    const o = <usize>r << 3
    const t = load<f64>(overall + o)
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < G; i++) {
      if (load<u8>(eligible + i) == 0) continue
      // A NaN value (undefined in this replicate) fails every comparison: skipped.
      const v = load<f64>(values + <usize>i * row + o)
      if (v < min) min = v
      if (v > max) max = v
    }
    const none = min == Infinity
    let diff = -Infinity
    let ratio = Infinity
    // Any defined value (all +∞ leave min unset, all −∞ max: the unset end then stands for them).
    if (min != Infinity || max != -Infinity) {
      // A NaN overall makes every difference and ratio NaN: both stay unset.
      const d0 = Math.abs(min - t)
      if (d0 > diff) diff = d0
      const d1 = Math.abs(max - t)
      if (d1 > diff) diff = d1
      let q0 = min / t
      if (!(q0 < 1)) q0 = 1 / q0
      if (q0 < ratio) ratio = q0
      let q1 = max / t
      if (!(q1 < 1)) q1 = 1 / q1
      if (q1 < ratio) ratio = q1
    }
    store<f64>(out + o, none ? NaN : min)
    store<f64>(out + row + o, none ? NaN : max)
    store<f64>(out + 2 * row + o, none ? NaN : max - min)
    store<f64>(out + 3 * row + o, none ? NaN : min / max)
    store<f64>(out + 4 * row + o, diff == -Infinity ? NaN : diff)
    store<f64>(out + 5 * row + o, ratio == Infinity ? NaN : ratio)
  }
}

/**
 * Per replicate, over the groups with `eligible[i]` = 1 (`values[i * R + r]`), against group
 * `ref`'s value in the same replicate: the largest |value − reference| (`difference`), or the
 * smallest folded ratio (value/reference, or 1/(value/reference) when that is not below 1), into
 * R doubles at `out`; NaN where no group counts (a NaN value fails every comparison). Group by
 * group, replicate by replicate within it, as the JavaScript it replaced did (a test holds the two
 * equal).
 */
export function toReference(values: usize, G: i32, R: i32, eligible: usize, ref: i32, difference: bool, out: usize): void {
  const row = <usize>R << 3
  const target = values + <usize>ref * row
  const none: f64 = difference ? -Infinity : Infinity
  for (let r = 0; r < R; r++) store<f64>(out + (<usize>r << 3), none)
  for (let i = 0; i < G; i++) {
    if (load<u8>(eligible + i) == 0) continue
    const col = values + <usize>i * row
    for (let r = 0; r < R; r++) {
      const o = <usize>r << 3
      const best = load<f64>(out + o)
      if (difference) {
        const d = Math.abs(load<f64>(col + o) - load<f64>(target + o))
        if (d > best) store<f64>(out + o, d)
      } else {
        const x = load<f64>(col + o) / load<f64>(target + o)
        const q = x < 1 ? x : 1 / x
        if (q < best) store<f64>(out + o, q)
      }
    }
  }
  for (let r = 0; r < R; r++) if (load<f64>(out + (<usize>r << 3)) == none) store<f64>(out + (<usize>r << 3), NaN)
}

/**
 * Per replicate, an equalized-odds-like aggregate from its two parts (`tprs[r]`, `fprs[r]`, R
 * doubles each) into `out`: their mean (`mean`; with `fairlearnNaN`, the defined part alone when
 * the other is NaN), else the worse of the two (the larger for a `difference`, the smaller for a
 * ratio; NaN when the TPR's is, and when the FPR's is unless `fairlearnNaN`, then the TPR's). The
 * branches of the JavaScript it replaced, in its order (a test holds the two equal).
 */
export function combineParts(tprs: usize, fprs: usize, R: i32, mean: bool, fairlearnNaN: bool, difference: bool, out: usize): void {
  for (let r = 0; r < R; r++) {
    const o = <usize>r << 3
    const tpr = load<f64>(tprs + o)
    const fpr = load<f64>(fprs + o)
    let v: f64
    if (mean) {
      if (!fairlearnNaN || (tpr == tpr && fpr == fpr)) v = (tpr + fpr) / 2
      else v = tpr != tpr ? fpr : tpr
    } else if (tpr != tpr) v = NaN
    else if (fpr != fpr) v = fairlearnNaN ? tpr : NaN
    else v = difference ? (fpr > tpr ? fpr : tpr) : fpr < tpr ? fpr : tpr
    store<f64>(out + o, v)
  }
}

// ---------------------------------------------------------------------------------------
// Percentile intervals.

@inline function get(a: usize, i: i32): f64 {
  return load<f64>(a + (<usize>i << 3))
}

@inline function swap(a: usize, i: i32, j: i32): void {
  const pi = a + (<usize>i << 3)
  const pj = a + (<usize>j << 3)
  const t = load<f64>(pi)
  store<f64>(pi, load<f64>(pj))
  store<f64>(pj, t)
}

/**
 * Rearranges the doubles at `a` (no NaN) between `left` and `right` so that the k-th is the
 * one a sort would put there, smaller ones before it and larger ones after: Floyd and
 * Rivest's selection (CACM 18 (1975) 173), as the `quickselect` package writes it.
 */
function select(a: usize, k: i32, left: i32, right: i32): void {
  while (right > left) {
    if (right - left > 600) {
      const n = <f64>(right - left + 1)
      const m = <f64>(k - left + 1)
      const z = log(n)
      const s = 0.5 * exp((2 * z) / 3)
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1)
      const newLeft = <i32>Math.max(<f64>left, Math.floor(<f64>k - (m * s) / n + sd))
      const newRight = <i32>Math.min(<f64>right, Math.floor(<f64>k + ((n - m) * s) / n + sd))
      select(a, k, newLeft, newRight)
    }
    const t = load<f64>(a + (<usize>k << 3))
    let i = left
    let j = right
    swap(a, left, k)
    if (load<f64>(a + (<usize>right << 3)) > t) swap(a, left, right)
    while (i < j) {
      swap(a, i, j)
      i++
      j--
      while (load<f64>(a + (<usize>i << 3)) < t) i++
      while (load<f64>(a + (<usize>j << 3)) > t) j--
    }
    if (load<f64>(a + (<usize>left << 3)) == t) swap(a, left, j)
    else {
      j++
      swap(a, j, right)
    }
    if (j <= k) left = j + 1
    if (k <= j) right = j - 1
  }
}

// The order statistics a percentile interval needs, set by lowerPair and upperPair.
let pairA: f64 = 0
let pairB: f64 = 0

/** pairA, pairB = v[k], v[k + 1] of the values at a[from..to] in sorted order (from ≤ k < to): select v[k + 1]; v[k] is then the largest of the values before it. */
function lowerPair(a: usize, k: i32, from: i32, to: i32): void {
  select(a, k + 1, from, to)
  pairB = get(a, k + 1)
  let m = -Infinity
  for (let i = from; i <= k; i++) if (get(a, i) > m) m = get(a, i)
  pairA = m
}

/** pairA, pairB = v[k], v[k + 1] of the values at a[from..to] in sorted order (from ≤ k ≤ to; pairB = Infinity when k = to): select v[k]; v[k + 1] is then the smallest of the values after it. */
function upperPair(a: usize, k: i32, from: i32, to: i32): void {
  select(a, k, from, to)
  pairA = get(a, k)
  let m = Infinity
  for (let i = k + 1; i <= to; i++) if (get(a, i) < m) m = get(a, i)
  pairB = m
}

/** Values sampled to place the thresholds of the tails. */
const SAMPLE: i32 = 128

/** The index, in a sample of SAMPLE sorted values, that lies past `share` of a population with near certainty (3 standard deviations, plus 2). */
function pastShare(share: f64): i32 {
  const mean = <f64>SAMPLE * share
  return <i32>Math.min(<f64>(SAMPLE - 1), Math.ceil(mean + 3 * Math.sqrt(mean * (1 - share))) + 2)
}

/**
 * The two pairs of order statistics of a percentile interval, v[l1], v[l1 + 1] and v[l2],
 * v[l2 + 1] of the `n` values at `a` (no NaN), read from their tails only: a sample of the
 * values places a threshold past each tail, one pass copies the values beyond each threshold
 * to `scratch` (room for 2n doubles), and the pairs are selected among those. Returns false,
 * having found nothing, when a tail holds fewer values than it must (a sample unlike the
 * whole); the caller then selects among all the values.
 */
function tailPairs(a: usize, n: i32, l1: i32, l2: i32, scratch: usize): bool {
  const low = l1 + 2
  const high = n - l2
  // The sample, taken at even strides, in place of the low tail's values (written over below).
  for (let k = 0; k < SAMPLE; k++) store<f64>(scratch + (<usize>k << 3), get(a, <i32>((<i64>k * <i64>n) / SAMPLE)))
  const jLow = pastShare(<f64>low / <f64>n)
  select(scratch, jLow, 0, SAMPLE - 1)
  const tLow = get(scratch, jLow)
  const jHigh = SAMPLE - 1 - pastShare(<f64>high / <f64>n)
  select(scratch, jHigh, 0, SAMPLE - 1)
  const tHigh = get(scratch, jHigh)
  const lows = scratch
  const highs = scratch + (<usize>n << 3)
  let nLow: i32 = 0
  let nHigh: i32 = 0
  for (let i = 0; i < n; i++) {
    const x = get(a, i)
    if (x <= tLow) {
      store<f64>(lows + (<usize>nLow << 3), x)
      nLow++
    }
    if (x >= tHigh) {
      store<f64>(highs + (<usize>nHigh << 3), x)
      nHigh++
    }
  }
  // Every value at or below tLow is in lows: when there are `low` of them, the `low` smallest
  // values are all there, with their ranks; likewise the `high` largest in highs.
  if (nLow < low || nHigh < high) return false
  lowerPair(lows, l1, 0, nLow - 1)
  const a1 = pairA
  const b1 = pairB
  upperPair(highs, l2 - (n - nHigh), 0, nHigh - 1)
  store<f64>(scratch, a1)
  store<f64>(scratch, b1, 8)
  store<f64>(scratch, pairA, 16)
  store<f64>(scratch, pairB, 24)
  return true
}

/**
 * The percentile interval at `level` of the `len` replicates at `values` (NaN = undefined,
 * left out; the values are rearranged; `scratch` has room for 2 × len doubles): quantiles
 * interpolated linearly between order statistics (Hyndman & Fan type 7, numpy's default),
 * written to out[0], out[1]. Returns 0, writing nothing, when fewer than half the replicates
 * define the value.
 */
export function percentile(values: usize, len: i32, level: f64, out: usize, scratch: usize): i32 {
  let n: i32 = 0
  for (let i = 0; i < len; i++) {
    const x = load<f64>(values + (<usize>i << 3))
    if (x == x) {
      store<f64>(values + (<usize>n << 3), x)
      n++
    }
  }
  if (n == 0 || n * 2 < len) return 0
  if (n == 1) {
    store<f64>(out, get(values, 0))
    store<f64>(out, get(values, 0), 8)
    return 1
  }
  const alpha = (1 - level) / 2
  const h1 = <f64>(n - 1) * alpha
  const l1 = <i32>Math.floor(h1)
  const h2 = <f64>(n - 1) * (1 - alpha)
  const l2 = <i32>Math.floor(h2)
  let a1: f64
  let b1: f64
  let a2: f64
  let b2: f64
  // Both tails small next to the whole (a 95% interval of 2,000 replicates: 51 values each):
  // read the tails alone; otherwise select among all the values.
  if (l2 > l1 && n >= 8 * SAMPLE && 8 * (l1 + 2) <= n && 8 * (n - l2) <= n && tailPairs(values, n, l1, l2, scratch)) {
    a1 = get(scratch, 0)
    b1 = get(scratch, 1)
    a2 = get(scratch, 2)
    b2 = get(scratch, 3)
  } else {
    lowerPair(values, l1, 0, n - 1)
    a1 = pairA
    b1 = pairB
    // At a level near 0 both quantiles fall between the same two values.
    if (l2 == l1) {
      a2 = a1
      b2 = b1
    } else {
      // Among the values from l1 + 1 on, all at least v[l1 + 1].
      upperPair(values, l2, l1 + 1, n - 1)
      a2 = pairA
      b2 = pairB
    }
  }
  store<f64>(out, a1 + (h1 - <f64>l1) * (b1 - a1))
  store<f64>(out, l2 + 1 < n ? a2 + (h2 - <f64>l2) * (b2 - a2) : a2, 8)
  return 1
}

/** Where the caller's memory begins (past the module's own data). */
export function heapBase(): usize {
  return __heap_base
}
