/**
 * The exact ROC AUC's sort and sweep, in AssemblyScript compiled to WebAssembly (`npm run
 * kernels` writes `src/stats/auc-wasm.ts`; `src/stats/auc.ts` is the only caller). Why
 * WebAssembly: the AUC runs once per process, over millions of rows, and in a fresh process
 * the JavaScript engine ran these loops unoptimized for much of that time (see auc.ts).
 *
 * Every row is one u32, (score rank << tagBits) | tag, with tag = cell × 2 + label. Memory is
 * laid out by the caller: every pointer is a byte offset into this module's memory, above
 * heapBase(). No allocation happens here. Counts are exact integers and the sums are IEEE
 * doubles added in the same order, with the same operations, as the JavaScript sweep's.
 */

/** Where the caller's memory may begin. */
export function heapBase(): usize {
  return __heap_base
}

/**
 * Sorts the `n` rows at `keys` by their bits [shift, shift + bits): an LSD radix sort with
 * digits of `digit` bits, stable, through `spare` (n u32). `hist` holds (bits / digit, rounded
 * up) × 2^digit u32 counters. Returns where the sorted rows are: `keys` or `spare`.
 */
export function radixSort(keys: usize, spare: usize, n: i32, shift: i32, bits: i32, digit: i32, hist: usize): usize {
  const passes = (bits + digit - 1) / digit
  const radix = 1 << digit
  const mask: u32 = <u32>radix - 1
  memory.fill(hist, 0, <usize>(passes * radix) << 2)
  for (let i = 0; i < n; i++) {
    const v = load<u32>(keys + (<usize>i << 2)) >>> shift
    for (let p = 0; p < passes; p++) {
      const h = hist + ((<usize>(p * radix) + <usize>((v >>> (p * digit)) & mask)) << 2)
      store<u32>(h, load<u32>(h) + 1)
    }
  }
  let from = keys
  let to = spare
  for (let p = 0; p < passes; p++) {
    const base = hist + (<usize>(p * radix) << 2)
    const s = shift + p * digit
    // A digit every row shares orders nothing.
    if (n == 0 || load<u32>(base + (<usize>((load<u32>(from) >>> s) & mask) << 2)) == <u32>n) continue
    let sum: u32 = 0
    for (let d = 0; d < radix; d++) {
      const at = base + (<usize>d << 2)
      const c = load<u32>(at)
      store<u32>(at, sum)
      sum += c
    }
    for (let i = 0; i < n; i++) {
      const x = load<u32>(from + (<usize>i << 2))
      const at = base + (<usize>((x >>> s) & mask) << 2)
      const k = load<u32>(at)
      store<u32>(to + (<usize>k << 2), x)
      store<u32>(at, k + 1)
    }
    const t = from
    from = to
    to = t
  }
  return from
}

/**
 * Splits the `n` sorted rows at `src` stably into buckets at `dst`: a row of cell c goes to
 * bucket bucketOf[c] (i32; −1: nowhere), at fill[bucket] (u32, advanced). Each bucket stays
 * in rank order.
 */
export function split(src: usize, dst: usize, n: i32, cellMask: u32, bucketOf: usize, fill: usize): void {
  for (let i = 0; i < n; i++) {
    const x = load<u32>(src + (<usize>i << 2))
    const b = load<i32>(bucketOf + (<usize>((x >>> 1) & cellMask) << 2))
    if (b < 0) continue
    const at = fill + (<usize>b << 2)
    const k = load<u32>(at)
    store<u32>(dst + (<usize>k << 2), x)
    store<u32>(at, k + 1)
  }
}

/**
 * One group's sums from its rows [from, to) at `rows`, in rank order: per tie block of p
 * positives and q negatives, a = 2·(negatives below) + q and c = 2·(positives below) + p;
 * writes 6 f64 at `out`: positives, negatives, Σ p·a (twice the Mann–Whitney count),
 * Σ p·a², Σ q·c, Σ q·c².
 */
export function sweep(rows: usize, from: i32, to: i32, tagBits: u32, out: usize): void {
  let pos: f64 = 0
  let neg: f64 = 0
  let wins2: f64 = 0
  let posA2: f64 = 0
  let negC: f64 = 0
  let negC2: f64 = 0
  let i = from
  while (i < to) {
    const first = load<u32>(rows + (<usize>i << 2))
    let pc: i32 = <i32>(first & 1)
    let j = i + 1
    while (j < to) {
      const y = load<u32>(rows + (<usize>j << 2))
      if ((y ^ first) >>> tagBits != 0) break
      pc += <i32>(y & 1)
      j++
    }
    const p = <f64>pc
    const q = <f64>(j - i - pc)
    const a = 2 * neg + q
    const c = 2 * pos + p
    wins2 = wins2 + p * a
    posA2 = posA2 + p * a * a
    negC = negC + q * c
    negC2 = negC2 + q * c * c
    pos = pos + p
    neg = neg + q
    i = j
  }
  store<f64>(out, pos)
  store<f64>(out, neg, 8)
  store<f64>(out, wins2, 16)
  store<f64>(out, posA2, 24)
  store<f64>(out, negC, 32)
  store<f64>(out, negC2, 40)
}

/**
 * Over the `n` rows at `pairs` (u32 pairs: fixed-point score, tag), writes 3 u32 at `out`:
 * the least score, the greatest, the greatest tag.
 */
export function stats(pairs: usize, n: i32, out: usize): void {
  let min: u32 = 0xffffffff
  let max: u32 = 0
  let maxTag: u32 = 0
  for (let i = 0; i < n; i++) {
    const at = pairs + (<usize>i << 3)
    const k = load<u32>(at)
    const t = load<u32>(at, 4)
    if (k < min) min = k
    if (k > max) max = k
    if (t > maxTag) maxTag = t
  }
  store<u32>(out, min)
  store<u32>(out, max, 4)
  store<u32>(out, maxTag, 8)
}

/**
 * Packs the `n` pairs at `pairs` in place into rows ((score − min) << tagBits) | tag, the
 * first 4n bytes (each row is written at or below where its pair was read), and counts each
 * cell's rows into `perCell` (`cells` u32).
 */
export function pack(pairs: usize, n: i32, min: u32, tagBits: u32, perCell: usize, cells: i32): void {
  memory.fill(perCell, 0, <usize>cells << 2)
  for (let i = 0; i < n; i++) {
    const at = pairs + (<usize>i << 3)
    const k = load<u32>(at)
    const t = load<u32>(at, 4)
    store<u32>(pairs + (<usize>i << 2), ((k - min) << tagBits) | t)
    const c = perCell + (<usize>(t >>> 1) << 2)
    store<u32>(c, load<u32>(c) + 1)
  }
}
