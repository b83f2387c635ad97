// @types/node 20 declares no WebAssembly types; TypeScript ships them with the DOM library.
/// <reference lib="dom" />
/**
 * Exact ROC AUC from streamed scores.
 *
 * Scores are kept once per row in one shared store with each row's cell and label (see
 * `ScoreStore`). The AUC is the Mann–Whitney statistic: the share of
 * (positive, negative) pairs ranked correctly, ties counted half, which is exactly what
 * scikit-learn's `roc_auc_score` computes through the trapezoidal ROC curve.
 */
import { nodeV8 } from '../lazy-builtins.js'
import { AUC_WASM } from './auc-wasm.js'
import { ExactSums } from './exact-sum.js'
import type { AucEstimate } from './intervals.js'

export interface AucResult {
  value: number | null
  reason?: string
}

/** Anything that can give a group's ROC AUC: a standalone sketch, or a shared computation. */
export interface AucSource {
  auc(): AucResult
  /** The AUC with DeLong's standard error; null when a class is absent. */
  delong(): AucEstimate | null
}

const CHUNK_BITS = 20
const CHUNK = 1 << CHUNK_BITS
const FIRST_CHUNK = 1 << 10
/** Scores with at most this many decimals are kept as exact integers (4 bytes, not 8). */
const FIXED_SCALE = 1e6
/** A score range up to this many distinct integer steps is bucketed directly. */
const DIRECT_RANGE = 1 << 23
/** The tag bit of a key pair that says an 8-byte score follows (assembly/scan.ts FLOAT_TAG). */
const FLOAT_TAG = 0x80000000
/** A double read from two u32 halves (little-endian, as WebAssembly stores it). */
const FLOAT_VALUE = new Float64Array(1)
const FLOAT_BITS = new Uint32Array(FLOAT_VALUE.buffer)

/** Each row's rank, chunk by chunk, the number of ranks, and the ranking's arrays of a row each when it had them (free to reuse). */
interface Ranked {
  chunks: Uint32Array[]
  range: number
  spare?: { values: Float64Array; rows: Uint32Array }
}

/**
 * Every row's score and tag (a caller's cell id × 2 + label), once for all groups.
 *
 * Memory is what makes an exact AUC of 10M rows affordable: a score with at most six
 * decimals in [0, 4294] is stored as the exact integer score × 10^6 (order and ties are
 * preserved exactly: distinct such decimals are distinct doubles in the same order), else
 * every score switches to Float64. Tags say which groups a row counts in, so the groups'
 * AUCs come out of one sort and one sweep per group, instead of a sort per group.
 *
 * An unweighted store keeps its integer scores and tags as pairs in the memory of the AUC's
 * WebAssembly kernels (see `RowKernel`), where they are sorted in place; a weighted store, or
 * one whose scores are not all six-decimal, keeps JavaScript chunks.
 */
export class ScoreStore {
  /** The rows while they live in WebAssembly memory; undefined until the first row, null once they live in chunks. */
  private kernel: RowKernel | null | undefined = undefined
  /** The kernel's memory as u32, where its pairs begin in it, and its room in rows. */
  private view = new Uint32Array(0)
  private pairsAt = 0
  private capacity = 0
  private fixed: Uint32Array[] | null = []
  private floats: Float64Array[] | null = null
  private tags: Uint32Array[] = []
  /** Each row's weight, when the audit is weighted (null until a weight is pushed). */
  private weights: Float64Array[] | null = null
  length = 0
  private consumed = false

  /** Adds a row's score with its tag; `weight` for a weighted audit (every row of the store then has one). */
  push(score: number, tag: number, weight?: number): void {
    // The pass calls this once a row: the common case is kept small enough to be inlined.
    if (this.length < this.capacity && weight === undefined) {
      const k = Math.round(score * FIXED_SCALE)
      if (k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === score) {
        const at = this.pairsAt + 2 * this.length
        this.view[at] = k
        this.view[at + 1] = tag
        this.length++
        return
      }
    }
    this.pushSlowly(score, tag, weight)
  }

  /**
   * Adds `n` rows given as u32 pairs in `pairs`: the fixed-point key (score × 10^6, exact, as
   * `push` makes it) and the tag. The same rows as `push(key / 10^6, tag)` each, in bulk while
   * the kernel's memory has room. With `floats` (> 0), that many of the rows are 8-byte scores in
   * two pairs each: (0, FLOAT_TAG | tag), then the double; `n` counts pairs.
   */
  pushKeys(pairs: Uint32Array, n: number, floats = 0): void {
    if (floats > 0) {
      for (let i = 0; i < n; i++) {
        const tag = pairs[2 * i + 1] as number
        if (tag >= FLOAT_TAG) {
          FLOAT_BITS[0] = pairs[2 * i + 2] as number
          FLOAT_BITS[1] = pairs[2 * i + 3] as number
          this.push(FLOAT_VALUE[0] as number, tag - FLOAT_TAG)
          i++
        } else this.push((pairs[2 * i] as number) / FIXED_SCALE, tag)
      }
      return
    }
    let i = 0
    while (i < n) {
      const room = this.capacity - this.length
      if (room <= 0) {
        // The slow way: it opens, enlarges or leaves the kernel's memory.
        this.pushSlowly((pairs[2 * i] as number) / FIXED_SCALE, pairs[2 * i + 1] as number, undefined)
        i++
        continue
      }
      const take = Math.min(room, n - i)
      this.view.set(pairs.subarray(2 * i, 2 * (i + take)), this.pairsAt + 2 * this.length)
      this.length += take
      i += take
    }
  }

  /** `push` when the kernel's memory is full, not yet had, or left (`capacity` is then 0). */
  private pushSlowly(score: number, tag: number, weight: number | undefined): void {
    if (this.consumed) throw new Error('ScoreStore: push after the AUCs were computed')
    if (this.kernel === undefined) this.useKernel(weight === undefined ? openKernel(SMALL_ROWS) : null, SMALL_ROWS)
    if (this.kernel) {
      const k = Math.round(score * FIXED_SCALE)
      const fits = weight === undefined && k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === score
      if (fits && this.length === this.capacity && this.capacity < LARGE_ROWS) this.moveToLargeKernel()
      if (fits && this.length < this.capacity) {
        const at = this.pairsAt + 2 * this.length
        this.view[at] = k
        this.view[at + 1] = tag
        this.length++
        return
      }
      this.leaveKernel()
    }
    const i = this.length & (CHUNK - 1)
    const c = this.length >>> CHUNK_BITS
    if (weight !== undefined && this.weights === null) {
      if (this.length > 0) throw new Error('ScoreStore: a weight after rows without one')
      this.weights = []
    }
    if (i === 0 || i === this.tags[c]?.length) this.makeRoom(c, i)
    ;(this.tags[c] as Uint32Array)[i] = tag
    if (this.weights) (this.weights[c] as Float64Array)[i] = weight as number
    if (this.fixed) {
      const k = Math.round(score * FIXED_SCALE)
      if (k >= 0 && k <= 0xffffffff && k / FIXED_SCALE === score) {
        ;(this.fixed[c] as Uint32Array)[i] = k
        this.length++
        return
      }
      this.toFloat()
    }
    ;((this.floats as Float64Array[])[c] as Float64Array)[i] = score
    this.length++
  }

  /** Keeps the rows in `kernel` (room for `rows`), or in chunks when it is null. */
  private useKernel(kernel: RowKernel | null, rows: number): void {
    this.kernel = kernel
    this.view = kernel ? new Uint32Array(kernel.memory.buffer) : new Uint32Array(0)
    this.pairsAt = kernel ? kernel.pairs >>> 2 : 0
    this.capacity = kernel ? rows : 0
  }

  /**
   * Moves the rows of the small kernel, full, into a large one (LARGE_ROWS). A kernel's memory
   * is never grown while rows arrive: growing detaches its buffer, and the engine's first
   * detached buffer slows every typed-array access in the process after it (the CSV scan's
   * among them: measured 6% more CPU over a 10M-row pass). A new memory detaches nothing, and
   * its pages cost nothing until written. When it cannot be had, the rows leave for chunks.
   */
  private moveToLargeKernel(): void {
    const small = this.kernel as RowKernel
    const large = openKernel(LARGE_ROWS)
    if (!large) return
    new Uint32Array(large.memory.buffer, large.pairs, this.length * 2).set(
      new Uint32Array(small.memory.buffer, small.pairs, this.length * 2),
    )
    this.useKernel(large, LARGE_ROWS)
  }

  /**
   * Moves the rows out of the kernel's memory into chunks (as `makeRoom` lays them out), for
   * good: when a score is not six-decimal, the memory cannot grow, or a path other than the
   * kernels' computes the AUCs.
   */
  private leaveKernel(): void {
    const kernel = this.kernel as RowKernel
    const view = new Uint32Array(kernel.memory.buffer)
    const n = this.length
    const fixed: Uint32Array[] = []
    const tags: Uint32Array[] = []
    for (let c = 0; c * CHUNK < n; c++) {
      const used = Math.min(CHUNK, n - c * CHUNK)
      let size = c === 0 ? FIRST_CHUNK : CHUNK
      while (size < used) size *= 2
      const f = new Uint32Array(size)
      const t = new Uint32Array(size)
      const from = (kernel.pairs >>> 2) + 2 * c * CHUNK
      for (let i = 0; i < used; i++) {
        f[i] = view[from + 2 * i] as number
        t[i] = view[from + 2 * i + 1] as number
      }
      fixed.push(f)
      tags.push(t)
    }
    this.fixed = fixed
    this.tags = tags
    this.useKernel(null, 0)
  }

  /**
   * A new chunk at row `i` = 0 of chunk `c`, or chunk `c` doubled when full: the first chunk
   * starts at FIRST_CHUNK rows, so that a small audit does not allocate (and sweep) a
   * million rows; every later chunk is CHUNK rows at once.
   */
  private makeRoom(c: number, i: number): void {
    if (this.consumed) throw new Error('ScoreStore: push after the AUCs were computed')
    if (i === 0) {
      const size = c === 0 ? FIRST_CHUNK : CHUNK
      this.tags.push(new Uint32Array(size))
      if (this.weights) this.weights.push(new Float64Array(size))
      if (this.fixed) this.fixed.push(new Uint32Array(size))
      else (this.floats as Float64Array[]).push(new Float64Array(size))
      return
    }
    const grow = <T extends Uint32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(Math.min(CHUNK, a.length * 2))
      b.set(a)
      return b
    }
    this.tags[c] = grow(this.tags[c] as Uint32Array, (n) => new Uint32Array(n))
    if (this.weights) this.weights[c] = grow(this.weights[c] as Float64Array, (n) => new Float64Array(n))
    if (this.fixed) this.fixed[c] = grow(this.fixed[c] as Uint32Array, (n) => new Uint32Array(n))
    else
      (this.floats as Float64Array[])[c] = grow(
        (this.floats as Float64Array[])[c] as Float64Array,
        (n) => new Float64Array(n),
      )
  }

  /** Leaves the integer form for good: exact, since k / 10^6 is the double the text parsed to. */
  private toFloat(): void {
    const fixed = this.fixed as Uint32Array[]
    this.floats = fixed.map((chunk) => {
      const f = new Float64Array(chunk.length)
      for (let i = 0; i < chunk.length; i++) f[i] = (chunk[i] as number) / FIXED_SCALE
      return f
    })
    this.fixed = null
  }

  /** Each row's rank among the distinct scores (0-based, ties equal), chunk by chunk, and the number of ranks. */
  private ranks(): Ranked {
    const n = this.length
    if (this.fixed) {
      let min = 0xffffffff
      let max = 0
      for (let r = 0; r < n; r++) {
        const k = (this.fixed[r >>> CHUNK_BITS] as Uint32Array)[r & (CHUNK - 1)] as number
        if (k < min) min = k
        if (k > max) max = k
      }
      if (n > 0 && max - min < DIRECT_RANGE) {
        const chunks = this.fixed
        if (min > 0) for (const ch of chunks) for (let i = 0; i < ch.length; i++) ch[i] = (ch[i] as number) - min
        this.fixed = null
        return { chunks, range: n > 0 ? max - min + 1 : 0 }
      }
    }
    // Wide or non-decimal scores: ranked by buckets of their value (see rankByBuckets).
    const source = (this.fixed ?? this.floats) as (Uint32Array | Float64Array)[]
    this.fixed = null
    this.floats = null
    return rankByBuckets(source, n)
  }

  /**
   * The exact ROC AUC inputs of every group: for group g, positives, negatives, and twice
   * the Mann–Whitney count (pairs ranked right, ties counting one half each), all exact
   * integers in doubles. `groupsOf` lists, `stride` to a cell, the groups each cell counts in
   * (slot s of every cell holds a group of the s-th grouping, or -1). Consumes the store.
   * `blocked: false` takes the plain counting sort (the tests hold the two paths together).
   */
  computeGroupAucs(
    groupsOf: Int32Array,
    stride: number,
    groups: number,
    options: { blocked?: boolean } = {},
  ): GroupAucSums {
    this.consumed = true
    // No room: a later push takes the slow way, which refuses it.
    this.capacity = 0
    const fast = options.blocked !== false
    if (this.kernel) {
      const sums = fast ? this.kernelSweep(groupsOf, stride, groups) : null
      if (sums) return sums
      this.leaveKernel()
    }
    const { chunks: rankChunks, range, spare } = this.ranks()
    let maxTag = 0
    for (const ch of this.tags)
      for (let i = 0; i < ch.length; i++) if ((ch[i] as number) > maxTag) maxTag = ch[i] as number
    const tagBits = bitsFor(maxTag)
    const cells = (maxTag >>> 1) + 1
    const slots = fast && cells <= MAX_SPLIT_CELLS ? slotBuckets(groupsOf, stride, groups, cells) : null
    if (slots && tagBits + bitsFor(Math.max(0, range - 1)) <= 32) {
      const sums = this.rankedSweep(rankChunks, range, slots, groups, tagBits, cells)
      if (sums) return sums
    }
    const { ends, tags: sorted } = this.sortByRank(rankChunks, range, spare)
    // ends[v] is now the end of bucket v. Sweep buckets in score order: a positive wins
    // against every negative below it and half of those tied with it, within each group.
    const sums = newSums(groups)
    const eqPos = new Float64Array(groups)
    const eqNeg = new Float64Array(groups)
    const touched = new Int32Array(groups)
    let start = 0
    for (let v = 0; v < range; v++) {
      const end = ends[v] as number
      if (end === start) continue
      let t = 0
      for (let j = start; j < end; j++) {
        const tag = sorted[j] as number
        const base = (tag >>> 1) * stride
        const positive = (tag & 1) === 1
        for (let s = 0; s < stride; s++) {
          const g = groupsOf[base + s] as number
          if (g < 0) continue
          if ((eqPos[g] as number) + (eqNeg[g] as number) === 0) touched[t++] = g
          if (positive) eqPos[g] = (eqPos[g] as number) + 1
          else eqNeg[g] = (eqNeg[g] as number) + 1
        }
      }
      for (let k = 0; k < t; k++) {
        const g = touched[k] as number
        addRank(sums, g, eqPos[g] as number, eqNeg[g] as number)
        eqPos[g] = 0
        eqNeg[g] = 0
      }
      start = end
    }
    return sums
  }

  /**
   * Counting sort of the rows by score rank: each row's tag (and weight, in a weighted store) in
   * rank order, and `ends[v]`, the end of rank v's bucket. Frees the chunks it sorted. The sorted
   * copy is written over the ranking's own arrays (`spare`) when it had them, every slot of
   * which it writes: 12 bytes a row that were held twice until the collector freed the ranking's
   * (2.55 million weighted rows of 17-digit scores peaked 30 MB higher when it had not yet, red
   * team 36 R36-7).
   */
  private sortByRank(
    rankChunks: Uint32Array[],
    range: number,
    spare?: Ranked['spare'],
  ): { ends: Uint32Array; tags: Uint32Array; weights: Float64Array | null } {
    const n = this.length
    const ends = new Uint32Array(range + 1)
    for (let r = 0; r < n; r++)
      (ends[((rankChunks[r >>> CHUNK_BITS] as Uint32Array)[r & (CHUNK - 1)] as number) + 1] as number)++
    for (let v = 1; v <= range; v++) ends[v] = (ends[v] as number) + (ends[v - 1] as number)
    const tags = spare?.rows.length === n ? spare.rows : new Uint32Array(n)
    const weights = this.weights ? (spare?.values.length === n ? spare.values : new Float64Array(n)) : null
    for (let c = 0; c < rankChunks.length; c++) {
      const rk = rankChunks[c] as Uint32Array
      const tg = this.tags[c] as Uint32Array
      const upto = Math.min(CHUNK, n - c * CHUNK)
      if (weights) {
        const wt = (this.weights as Float64Array[])[c] as Float64Array
        for (let i = 0; i < upto; i++) {
          const v = rk[i] as number
          const at = ends[v] as number
          tags[at] = tg[i] as number
          weights[at] = wt[i] as number
          ends[v] = at + 1
        }
        ;(this.weights as Float64Array[])[c] = new Float64Array(0)
      } else {
        for (let i = 0; i < upto; i++) {
          const v = rk[i] as number
          tags[ends[v] as number] = tg[i] as number
          ends[v] = (ends[v] as number) + 1
        }
      }
      rankChunks[c] = new Uint32Array(0)
      this.tags[c] = new Uint32Array(0)
    }
    this.tags = []
    if (this.weights) this.weights = []
    return { ends, tags, weights }
  }

  /**
   * The weighted ROC AUC inputs of every group (a weighted store): per group, the rows and the
   * weight of each class, twice the weighted Mann–Whitney sum Σ_pos Σ_neg w_i·w_j·(1, ½ tied),
   * and the sums the weighted variance needs (see `WeightedAucSums`). One counting sort of the
   * rows by score rank, then one sweep in rank order, as the unweighted path's first form.
   */
  computeWeightedGroupAucs(groupsOf: Int32Array, stride: number, groups: number): WeightedAucSums {
    if (!this.weights) throw new Error('ScoreStore: not a weighted store')
    this.consumed = true
    const { chunks: rankChunks, range, spare } = this.ranks()
    const {
      ends,
      tags: sortedTags,
      weights: sortedWeights,
    } = this.sortByRank(rankChunks, range, spare) as {
      ends: Uint32Array
      tags: Uint32Array
      weights: Float64Array
    }
    const sums = newWeightedSums(groups)
    // Per group, the rank being swept: rows, Σw and Σw² of each class; the sums of weights summed
    // exactly (`ExactSums`: Σw and Σw² of positives, then of negatives), so that they do not
    // depend on the order of the rank's rows, which is the file's.
    const tie = new Float64Array(groups * 6)
    const tieSums = new ExactSums(groups * 4)
    const touched = new Int32Array(groups)
    const isTouched = new Uint8Array(groups)
    let start = 0
    for (let v = 0; v < range; v++) {
      const end = ends[v] as number
      if (end === start) continue
      let t = 0
      for (let j = start; j < end; j++) {
        const tag = sortedTags[j] as number
        const w = sortedWeights[j] as number
        const base = (tag >>> 1) * stride
        const k = (tag & 1) === 1 ? 0 : 3
        for (let s = 0; s < stride; s++) {
          const g = groupsOf[base + s] as number
          if (g < 0) continue
          if (isTouched[g] === 0) {
            isTouched[g] = 1
            touched[t++] = g
          }
          const at = g * 6 + k
          tie[at] = (tie[at] as number) + 1
          const e = g * 4 + (k === 0 ? 0 : 2)
          tieSums.add(e, w)
          tieSums.add(e + 1, w * w)
        }
      }
      for (let i = 0; i < t; i++) {
        const g = touched[i] as number
        const at = g * 6
        for (let c = 0; c < 2; c++) {
          const e = g * 4 + c * 2
          tie[at + c * 3 + 1] = tieSums.value(e)
          tie[at + c * 3 + 2] = tieSums.value(e + 1)
          tieSums.clear(e)
          tieSums.clear(e + 1)
        }
        addWeightedRank(sums, g, tie, at)
        tie.fill(0, at, at + 6)
        isTouched[g] = 0
      }
      start = end
    }
    return sums
  }

  /** Whether the store holds weights. */
  get weighted(): boolean {
    return this.weights !== null
  }

  /**
   * The same sums from one sorted order, with the rows where they are, in the kernel's memory:
   * packed in place as (score − least score) << tagBits | tag into 32 bits (null, nothing
   * consumed, when that does not fit, or when the cells' groups do not split; see
   * `slotBuckets`), then sorted and swept (`sweepSorted`).
   */
  private kernelSweep(groupsOf: Int32Array, stride: number, groups: number): GroupAucSums | null {
    const n = this.length
    if (n === 0) return newSums(groups)
    const kernel = this.kernel as RowKernel
    const { exports: w, pairs, out } = kernel
    w.stats(pairs, n, out)
    const [min, max, maxTag] = new Uint32Array(kernel.memory.buffer, out, 3) as unknown as [number, number, number]
    const tagBits = bitsFor(maxTag)
    const rankBits = bitsFor(max - min)
    const cells = (maxTag >>> 1) + 1
    if (rankBits + tagBits > 32 || cells > MAX_SPLIT_CELLS) return null
    const slots = slotBuckets(groupsOf, stride, groups, cells)
    if (!slots) return null
    const tables = pairs + n * 8
    if (!reserve(kernel.memory, tables + tableBytes(cells, groups))) return null
    w.pack(pairs, n, min, tagBits, tableLayout(tables, cells).perCell, cells)
    const sums = sweepSorted(kernel, pairs + n * 4, tables, n, rankBits, tagBits, cells, slots, groups)
    this.useKernel(null, 0)
    return sums
  }

  /**
   * The same from ranks (wide or non-decimal scores): the rows go as (rank, tag) pairs into a
   * fresh kernel's memory, chunk by chunk, then as in `kernelSweep`. Null, before anything is
   * consumed, when that memory cannot be had.
   */
  private rankedSweep(
    rankChunks: Uint32Array[],
    range: number,
    slots: SlotBuckets[],
    groups: number,
    tagBits: number,
    cells: number,
  ): GroupAucSums | null {
    const n = this.length
    const kernel = openKernel(n)
    if (!kernel) return null
    const { exports: w, pairs } = kernel
    const tables = pairs + n * 8
    if (!reserve(kernel.memory, tables + tableBytes(cells, groups))) return null
    const view = new Uint32Array(kernel.memory.buffer, pairs, n * 2)
    for (let c = 0; c < rankChunks.length; c++) {
      const rk = rankChunks[c] as Uint32Array
      const tg = this.tags[c] as Uint32Array
      const upto = Math.min(CHUNK, n - c * CHUNK)
      const at = c * CHUNK * 2
      for (let i = 0; i < upto; i++) {
        view[at + 2 * i] = rk[i] as number
        view[at + 2 * i + 1] = tg[i] as number
      }
      rankChunks[c] = new Uint32Array(0)
      this.tags[c] = new Uint32Array(0)
    }
    this.tags = []
    w.pack(pairs, n, 0, tagBits, tableLayout(tables, cells).perCell, cells)
    const rankBits = bitsFor(Math.max(0, range - 1))
    return sweepSorted(kernel, pairs + n * 4, tables, n, rankBits, tagBits, cells, slots, groups)
  }
}

/** A bucket of at most this many rows is sorted by insertion; a larger one by the engine's sort. */
const INSERTION_ROWS = 24

/**
 * Each of the `n` rows' rank among the distinct scores (0-based, ties equal), chunk by chunk as
 * `source` holds them (each chunk's ranks are written over its scores), and the number of ranks.
 * Rows go into buckets by their value, linearly between the least and the greatest (a
 * monotone function of the value, so equal scores share a bucket and the buckets are in
 * order), about eight a bucket; each bucket's rows are then sorted where they lie and ranked
 * in one sweep. Sorting the distinct values and finding each row's by binary search took
 * 0.85 s of a 2M-row audit of 17-digit scores (a cache miss a step); a skewed score
 * distribution only makes some buckets larger, each sorted in O(k log k).
 */
function rankByBuckets(source: (Uint32Array | Float64Array)[], n: number): Ranked {
  let min = Infinity
  let max = -Infinity
  for (let c = 0; c * CHUNK < n; c++) {
    const ch = source[c] as Uint32Array | Float64Array
    const upto = Math.min(CHUNK, n - c * CHUNK)
    for (let i = 0; i < upto; i++) {
      const v = ch[i] as number
      if (v < min) min = v
      if (v > max) max = v
    }
  }
  const buckets = Math.max(1, Math.ceil(n / 8))
  const span = max - min
  // (v − min) / span in [0, 1], times the buckets. A span whose inverse is no finite number (past
  // ±1.8e308, or below 5.6e-309) gets one bucket, sorted whole: buckets / span overflowed for a
  // span of 1e-307, and 0 × ∞ put the least score in bucket NaN, never ranked (red team 33 R33-3).
  const inverse = 1 / span
  const scale = span > 0 && Number.isFinite(inverse) && Number.isFinite(inverse * buckets) ? inverse : 0
  const last = buckets - 1
  const bucketOf = (v: number): number => (scale === 0 ? 0 : Math.min(last, Math.floor((v - min) * scale * buckets)))
  // starts[b + 1] counts bucket b's rows, then (summed) starts[b] is where bucket b begins.
  const starts = new Uint32Array(buckets + 1)
  for (let c = 0; c * CHUNK < n; c++) {
    const ch = source[c] as Uint32Array | Float64Array
    const upto = Math.min(CHUNK, n - c * CHUNK)
    for (let i = 0; i < upto; i++) {
      const b = bucketOf(ch[i] as number)
      starts[b + 1] = (starts[b + 1] as number) + 1
    }
  }
  for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number)
  // Each row's value and number, in bucket order; starts[b] moves to bucket b's end (= b + 1's start).
  const values = new Float64Array(n)
  const rows = new Uint32Array(n)
  for (let c = 0; c * CHUNK < n; c++) {
    const ch = source[c] as Uint32Array | Float64Array
    const upto = Math.min(CHUNK, n - c * CHUNK)
    const base = c * CHUNK
    for (let i = 0; i < upto; i++) {
      const v = ch[i] as number
      const b = bucketOf(v)
      const at = starts[b] as number
      starts[b] = at + 1
      values[at] = v
      rows[at] = base + i
    }
  }
  // Each chunk's ranks are written over its own scores, read for the last time above: no new memory.
  const chunks = source.map((ch) =>
    ch instanceof Uint32Array ? ch : new Uint32Array(ch.buffer, ch.byteOffset, ch.length),
  )
  source.length = 0
  let next = 0
  let from = 0
  const put = (at: number, rank: number): void => {
    const r = rows[at] as number
    ;(chunks[r >>> CHUNK_BITS] as Uint32Array)[r & (CHUNK - 1)] = rank
  }
  for (let b = 0; b < buckets; b++) {
    const to = starts[b] as number
    const k = to - from
    if (k === 0) continue
    if (k <= INSERTION_ROWS) {
      for (let i = from + 1; i < to; i++) {
        const v = values[i] as number
        const r = rows[i] as number
        let j = i - 1
        while (j >= from && (values[j] as number) > v) {
          values[j + 1] = values[j] as number
          rows[j + 1] = rows[j] as number
          j--
        }
        values[j + 1] = v
        rows[j + 1] = r
      }
      let rank = next - 1
      for (let i = from; i < to; i++) {
        if (i === from || (values[i] as number) !== (values[i - 1] as number)) rank++
        put(i, rank)
      }
      next = rank + 1
    } else {
      const distinct = values.slice(from, to).sort()
      let u = 0
      for (let i = 0; i < k; i++) if (i === 0 || distinct[i] !== distinct[u - 1]) distinct[u++] = distinct[i] as number
      for (let i = from; i < to; i++) {
        const v = values[i] as number
        let lo = 0
        let hi = u - 1
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if ((distinct[mid] as number) < v) lo = mid + 1
          else hi = mid
        }
        put(i, next + lo)
      }
      next += u
    }
    from = to
  }
  // Read for the last time: `sortByRank` writes its sorted copy over them (red team 36 R36-7).
  return { chunks, range: next, spare: { values, rows } }
}

/**
 * Every group's sums from the n packed rows at the kernel's `pairs` (with n rows of spare
 * after them at `spare`, and the tables at `tables`, the rows per cell counted): sorted by rank
 * with an LSD radix sort (digits of at most 11 bits, so each pass's counters stay in cache),
 * then, slot by slot (a grouping), split stably into its groups — a split keeps rank order, so
 * no group is sorted again — and swept once per group, tie block by tie block. A slot with one
 * group (the overall) is swept straight from the sorted rows.
 */
function sweepSorted(
  kernel: RowKernel,
  spare: number,
  tables: number,
  n: number,
  rankBits: number,
  tagBits: number,
  cells: number,
  slots: SlotBuckets[],
  groups: number,
): GroupAucSums {
  const { exports: w, out, hist, pairs: rows } = kernel
  const { perCell, bucketOf, fill } = tableLayout(tables, cells)
  const digit = Math.ceil(rankBits / Math.ceil(rankBits / RADIX_BITS))
  const sorted = w.radixSort(rows, spare, n, tagBits, rankBits, digit, hist)
  const other = sorted === rows ? spare : rows
  const memory = kernel.memory.buffer
  const sums = newSums(groups)
  const result = new Float64Array(memory, out, 6)
  const take = (g: number, from: number, to: number, at: number): void => {
    w.sweep(at, from, to, tagBits, out)
    sums.pos[g] = (sums.pos[g] as number) + (result[0] as number)
    sums.neg[g] = (sums.neg[g] as number) + (result[1] as number)
    sums.wins2[g] = (sums.wins2[g] as number) + (result[2] as number)
    sums.posA2[g] = (sums.posA2[g] as number) + (result[3] as number)
    sums.negC[g] = (sums.negC[g] as number) + (result[4] as number)
    sums.negC2[g] = (sums.negC2[g] as number) + (result[5] as number)
  }
  const rowsOf = new Uint32Array(memory, perCell, cells)
  const bucketView = new Int32Array(memory, bucketOf, cells)
  const fillView = new Uint32Array(memory, fill, groups)
  for (const slot of slots) {
    if (slot.only >= 0) {
      take(slot.only, 0, n, sorted)
      continue
    }
    // Rows per bucket, then a stable split of the sorted rows by bucket.
    const buckets = slot.groups.length
    const starts = new Float64Array(buckets + 1)
    for (let cell = 0; cell < cells; cell++) {
      const b = slot.bucketOf[cell] as number
      if (b >= 0) starts[b + 1] = (starts[b + 1] as number) + (rowsOf[cell] as number)
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number)
    bucketView.set(slot.bucketOf)
    fillView.set(starts.subarray(0, buckets))
    w.split(sorted, other, n, 2 ** (tagBits - 1) - 1, bucketOf, fill)
    for (let b = 0; b < buckets; b++)
      take(slot.groups[b] as number, starts[b] as number, starts[b + 1] as number, other)
  }
  return sums
}

/** The exports of assembly/auc.ts. */
interface AucExports {
  heapBase(): number
  stats(pairs: number, n: number, out: number): void
  pack(pairs: number, n: number, min: number, tagBits: number, perCell: number, cells: number): void
  radixSort(keys: number, spare: number, n: number, shift: number, bits: number, digit: number, hist: number): number
  split(src: number, dst: number, n: number, cellMask: number, bucketOf: number, fill: number): void
  sweep(rows: number, from: number, to: number, tagBits: number, out: number): void
}

/**
 * An instance of the AUC kernels with its own memory: from heapBase(), the radix sort's
 * counters (RADIX_PASSES × 2^RADIX_BITS u32) and 48 bytes of results, then at `pairs` (64 KiB)
 * the rows, 8 bytes each (score, tag; packed in place into the first half, the second half the
 * sort's spare), and past them the tables (`tableLayout`). One instance per store, so its
 * memory goes with the store instead of staying for the rest of the process.
 */
interface RowKernel {
  exports: AucExports
  memory: WebAssembly.Memory
  hist: number
  out: number
  pairs: number
}

let aucModule: WebAssembly.Module | undefined
let aucBaselineModule: WebAssembly.Module | undefined

/**
 * The AUC's module, compiled by V8's optimizing compiler (TurboFan) instead of its baseline one
 * (Liftoff). V8 compiles a WebAssembly function at its first call, baseline, and swaps optimized
 * code in only at a later call; each of these kernels is called once or a few times over
 * millions of rows, so it ran baseline code for its whole call: 2-3x the CPU in the stats, pack
 * and radix passes (measured at 10M rows: 850 ms for the whole sort and sweep, 560 optimized).
 * So the module is compiled eagerly, all functions optimized; the two flags are set only while it
 * compiles, and left alone when the process was started with a Liftoff or lazy-compilation flag of
 * its own. (Both flags for the whole process would make every module pay: the bootstrap kernels'
 * run measured 9% more CPU.) Only kernels of more than SMALL_ROWS rows use it (`moduleFor`).
 */
function compileOptimized(bytes: BufferSource): WebAssembly.Module {
  const own = process.execArgv.some((a) => /liftoff|wasm[-_]lazy[-_]compilation/.test(a))
  if (own) return new WebAssembly.Module(bytes)
  const { setFlagsFromString } = nodeV8()
  setFlagsFromString('--no-liftoff')
  setFlagsFromString('--no-wasm-lazy-compilation')
  try {
    return new WebAssembly.Module(bytes)
  } finally {
    setFlagsFromString('--liftoff')
    setFlagsFromString('--wasm-lazy-compilation')
  }
}

/**
 * A fresh kernel with room for `rows` rows and the tables of up to MAX_SPLIT_CELLS cells, all
 * of it made at once; null when the memory cannot be had.
 */
/**
 * The module a kernel of `rows` rows is instantiated from. Up to SMALL_ROWS (a store's first
 * kernel, and every audit of up to 65,536 rows with a score), the module as V8 compiles it by
 * default (each function at its first call, baseline): the optimizing compiler's pass over the
 * whole module took 3-5 ms of CPU on the busy 2-core machine, against under a millisecond, and
 * baseline code costs some 30 ns a row more over the sort and sweep (the 10M-row figures above),
 * under 2 ms at 65,536 rows. The same bytes either way: the same results.
 */
function moduleFor(rows: number): WebAssembly.Module {
  if (rows <= SMALL_ROWS) return (aucBaselineModule ??= new WebAssembly.Module(Buffer.from(AUC_WASM, 'base64')))
  return (aucModule ??= compileOptimized(Buffer.from(AUC_WASM, 'base64')))
}

function openKernel(rows: number): RowKernel | null {
  const compiled = moduleFor(rows)
  let memory: WebAssembly.Memory
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil((HEADER + rows * 8 + TABLE_ROOM) / 65536) })
  } catch {
    return null
  }
  const w = new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as AucExports
  const hist = align8(w.heapBase())
  const out = hist + RADIX_PASSES * (1 << RADIX_BITS) * 4
  if (out + 48 > HEADER) throw new Error('assembly/auc.ts: its data leaves no room for the counters')
  return { exports: w, memory, hist, out, pairs: HEADER }
}

/** Bytes before the rows: heapBase(), the radix counters, the results. */
const HEADER = 65536
/** Bytes after the rows for the tables (MAX_SPLIT_CELLS cells and up to 65,536 groups; more grow the memory). */
const TABLE_ROOM = tableBytes(1 << 16, 1 << 16)
/** Rows a store's first kernel holds (512 KiB), and the large one it moves to (512 MiB, paged in as written). */
const SMALL_ROWS = 1 << 16
const LARGE_ROWS = 1 << 26

/** Grows `memory` to at least `bytes`; false when it cannot. */
function reserve(memory: WebAssembly.Memory, bytes: number): boolean {
  const have = memory.buffer.byteLength
  if (bytes <= have) return true
  try {
    memory.grow(Math.ceil((bytes - have) / 65536))
    return true
  } catch {
    return false
  }
}

function align8(x: number): number {
  return Math.ceil(x / 8) * 8
}

/** Past the rows (u32 each): the rows per cell, each cell's bucket, each bucket's fill. */
function tableLayout(tables: number, cells: number): { perCell: number; bucketOf: number; fill: number } {
  const perCell = align8(tables)
  const bucketOf = perCell + cells * 4
  const fill = bucketOf + cells * 4
  return { perCell, bucketOf, fill }
}

function tableBytes(cells: number, groups: number): number {
  return 8 + cells * 8 + groups * 4
}

/** A radix sort of ranks of up to 32 bits takes at most this many passes. */
const RADIX_PASSES = 3

/** Radix digits of at most this many bits: 2,048 counters, which stay in cache. */
const RADIX_BITS = 11

/** The radix sweep's tables are per cell and slot: up to this many cells (else the counting sort). */
const MAX_SPLIT_CELLS = 1 << 16

/** One slot of the cells' groups (a grouping): which bucket each cell's rows go to, and each bucket's group. */
interface SlotBuckets {
  /** By cell: the bucket (index into `groups`), or -1 when the cell counts in no group of this slot. */
  bucketOf: Int32Array
  groups: number[]
  /** The one group every row of the slot counts in (the overall group), else -1. */
  only: number
}

/**
 * Per slot, the buckets of the radix sweep; null when a group sits in two slots or twice in a
 * cell (its rows would meet in two sweeps), which the counting sort's sweep adds up instead.
 */
function slotBuckets(groupsOf: Int32Array, stride: number, groups: number, cells: number): SlotBuckets[] | null {
  const slotOf = new Int32Array(groups).fill(-1)
  const out: SlotBuckets[] = []
  for (let s = 0; s < stride; s++) {
    const bucketOf = new Int32Array(cells).fill(-1)
    const local = new Map<number, number>()
    let missing = false
    for (let cell = 0; cell < cells; cell++) {
      const at = cell * stride + s
      const g = at < groupsOf.length ? (groupsOf[at] as number) : -1
      if (g < 0 || g >= groups) {
        missing = true
        continue
      }
      let b = local.get(g)
      if (b === undefined) {
        if (slotOf[g] !== -1) return null
        b = local.size
        local.set(g, b)
      }
      bucketOf[cell] = b
    }
    for (const g of local.keys()) slotOf[g] = s
    const list = [...local.keys()]
    out.push({ bucketOf, groups: list, only: !missing && list.length === 1 ? (list[0] as number) : -1 })
  }
  return out
}

function newSums(groups: number): GroupAucSums {
  const f = (): Float64Array => new Float64Array(groups)
  return { pos: f(), neg: f(), wins2: f(), posA2: f(), negC: f(), negC2: f() }
}

/**
 * Adds one score rank of group g, holding p positives and q negatives, to its sums. For
 * DeLong's variance: sums over positives of a = 2·(negatives below) + (tied negatives) and of
 * a², and over negatives of c = 2·(positives below) + (tied positives) and of c². The
 * placements are a/2N and (2M − c)/2M once the totals M, N are known.
 */
function addRank(sums: GroupAucSums, g: number, p: number, q: number): void {
  const a = 2 * (sums.neg[g] as number) + q
  const c = 2 * (sums.pos[g] as number) + p
  sums.wins2[g] = (sums.wins2[g] as number) + p * a
  sums.posA2[g] = (sums.posA2[g] as number) + p * a * a
  sums.negC[g] = (sums.negC[g] as number) + q * c
  sums.negC2[g] = (sums.negC2[g] as number) + q * c * c
  sums.pos[g] = (sums.pos[g] as number) + p
  sums.neg[g] = (sums.neg[g] as number) + q
}

/**
 * Per group of a weighted store: rows and Σw of each class, twice the weighted Mann–Whitney
 * sum, and for the variance, over positives i with a_i = 2·(negative weight below) + (tied
 * negative weight): Σw_i², Σw_i²·a_i, Σw_i²·a_i²; over negatives j with c_j = 2·(positive
 * weight below) + (tied positive weight): Σw_j², Σw_j²·c_j, Σw_j²·c_j².
 */
export interface WeightedAucSums {
  posRows: Float64Array
  negRows: Float64Array
  pos: Float64Array
  neg: Float64Array
  wins2: Float64Array
  posQ: Float64Array
  posQa: Float64Array
  posQa2: Float64Array
  negQ: Float64Array
  negQc: Float64Array
  negQc2: Float64Array
}

function newWeightedSums(groups: number): WeightedAucSums {
  const f = (): Float64Array => new Float64Array(groups)
  return {
    posRows: f(),
    negRows: f(),
    pos: f(),
    neg: f(),
    wins2: f(),
    posQ: f(),
    posQa: f(),
    posQa2: f(),
    negQ: f(),
    negQc: f(),
    negQc2: f(),
  }
}

/** Adds one score rank of group g to its weighted sums; `tie[at…at+5]` = positives' rows, Σw, Σw², then the negatives'. */
function addWeightedRank(sums: WeightedAucSums, g: number, tie: Float64Array, at: number): void {
  const pRows = tie[at] as number
  const p = tie[at + 1] as number
  const p2 = tie[at + 2] as number
  const qRows = tie[at + 3] as number
  const q = tie[at + 4] as number
  const q2 = tie[at + 5] as number
  const a = 2 * (sums.neg[g] as number) + q
  const c = 2 * (sums.pos[g] as number) + p
  sums.wins2[g] = (sums.wins2[g] as number) + p * a
  sums.posQ[g] = (sums.posQ[g] as number) + p2
  sums.posQa[g] = (sums.posQa[g] as number) + p2 * a
  sums.posQa2[g] = (sums.posQa2[g] as number) + p2 * a * a
  sums.negQ[g] = (sums.negQ[g] as number) + q2
  sums.negQc[g] = (sums.negQc[g] as number) + q2 * c
  sums.negQc2[g] = (sums.negQc2[g] as number) + q2 * c * c
  sums.pos[g] = (sums.pos[g] as number) + p
  sums.neg[g] = (sums.neg[g] as number) + q
  sums.posRows[g] = (sums.posRows[g] as number) + pRows
  sums.negRows[g] = (sums.negRows[g] as number) + qRows
}

/** The weighted ROC AUC of group g: as scikit-learn's `roc_auc_score(sample_weight=…)`. */
export function weightedAucOf(sums: WeightedAucSums, g: number): AucResult {
  const posRows = sums.posRows[g] as number
  const negRows = sums.negRows[g] as number
  if (posRows === 0 || negRows === 0)
    return { value: null, reason: posRows === 0 ? 'no positive labels' : 'no negative labels' }
  const pos = sums.pos[g] as number
  const neg = sums.neg[g] as number
  if (pos === 0 || neg === 0)
    return { value: null, reason: `every ${pos === 0 ? 'positive' : 'negative'} label has weight 0` }
  return { value: (sums.wins2[g] as number) / (2 * pos * neg) }
}

/**
 * The weighted AUC with its standard error: the linearisation (influence function) of
 * AUC = Σ_i Σ_j w_i·w_j·ψ_ij / (W₊·W₋), whose placements are V_i = a_i / 2W₋ for a positive and
 * U_j = 1 − c_j / 2W₊ for a negative: Var ≈ Σ_i w_i²(V_i − AUC)² / W₊² + Σ_j w_j²(U_j − AUC)² / W₋²,
 * each class's term scaled by k/(k − 1) with k its Kish effective size. With equal weights this
 * is DeLong's variance exactly (k is then the class's row count), so the unweighted and the
 * equally weighted audit give the same interval.
 */
export function weightedDelongOf(sums: WeightedAucSums, g: number): AucEstimate | null {
  const r = weightedAucOf(sums, g)
  if (r.value === null) return null
  const auc = r.value
  const W1 = sums.pos[g] as number
  const W0 = sums.neg[g] as number
  const Q1 = sums.posQ[g] as number
  const Q0 = sums.negQ[g] as number
  // Σ w_i²(V_i − A)² = Σw²a²/4W₋² − A·Σw²a/W₋ + A²·Σw²
  const ssPos = (sums.posQa2[g] as number) / (4 * W0 * W0) - (auc * (sums.posQa[g] as number)) / W0 + auc * auc * Q1
  // Σ w_j²(U_j − A)² with U_j − A = (1 − A) − c_j/2W₊
  const b = 1 - auc
  const ssNeg = b * b * Q0 - (b * (sums.negQc[g] as number)) / W1 + (sums.negQc2[g] as number) / (4 * W1 * W1)
  const k1 = Q1 > 0 ? (W1 * W1) / Q1 : 0
  const k0 = Q0 > 0 ? (W0 * W0) / Q0 : 0
  const term = (ss: number, W: number, k: number): number => (k > 1 ? (Math.max(0, ss) / (W * W)) * (k / (k - 1)) : 0)
  return { auc, se: Math.sqrt(term(ssPos, W1, k1) + term(ssNeg, W0, k0)) }
}

/** Bits needed to hold 0..v. */
function bitsFor(v: number): number {
  let b = 1
  while (b < 32 && v >= 2 ** b) b++
  return b
}

/** Per group: positives, negatives, twice the Mann–Whitney count, and DeLong's sums (see `computeGroupAucs`). */
export interface GroupAucSums {
  pos: Float64Array
  neg: Float64Array
  wins2: Float64Array
  posA2: Float64Array
  negC: Float64Array
  negC2: Float64Array
}

/** DeLong's AUC and standard error from group g's sums: the same quantities as `delongAuc` on its sorted scores. */
export function delongFromSums(sums: GroupAucSums, g: number): AucEstimate | null {
  const m = sums.pos[g] as number
  const n = sums.neg[g] as number
  if (m === 0 || n === 0) return null
  const wins2 = sums.wins2[g] as number
  const auc = wins2 / (2 * m * n)
  // Positives' placements a/2n: mean = auc; Σ(x − mean)² = Σx² − m·mean².
  const ssPos = (sums.posA2[g] as number) / (4 * n * n) - m * auc * auc
  // Negatives' placements b/2m with b = 2m − c.
  const sumB = 2 * m * n - (sums.negC[g] as number)
  const sumB2 = 4 * m * m * n - 4 * m * (sums.negC[g] as number) + (sums.negC2[g] as number)
  const meanNeg = sumB / (2 * m * n)
  const ssNeg = sumB2 / (4 * m * m) - n * meanNeg * meanNeg
  const variance = (m > 1 ? Math.max(0, ssPos) / (m - 1) / m : 0) + (n > 1 ? Math.max(0, ssNeg) / (n - 1) / n : 0)
  return { auc, se: Math.sqrt(variance) }
}

/** The AUC from the counts `computeGroupAucs` returns. */
export function aucFromCounts(pos: number, neg: number, wins2: number): AucResult {
  if (pos === 0 || neg === 0) return { value: null, reason: pos === 0 ? 'no positive labels' : 'no negative labels' }
  return { value: wins2 / (2 * pos * neg) }
}
