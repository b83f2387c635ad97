/**
 * Exact ROC AUC from streamed scores.
 *
 * Scores are kept once per row in one shared store with each row's cell and label (see
 * `ScoreStore`). The AUC is the Mann–Whitney statistic: the share of
 * (positive, negative) pairs ranked correctly, ties counted half, which is exactly what
 * scikit-learn's `roc_auc_score` computes through the trapezoidal ROC curve.
 */
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

/**
 * Every row's score and tag (a caller's cell id × 2 + label), once for all groups.
 *
 * Memory is what makes an exact AUC of 10M rows affordable: a score with at most six
 * decimals in [0, 4294] is stored as the exact integer score × 10^6 (order and ties are
 * preserved exactly: distinct such decimals are distinct doubles in the same order), else
 * every score switches to Float64. Tags say which groups a row counts in, so the groups'
 * AUCs come out of one counting sort and one sweep, instead of a sorted array per group.
 */
export class ScoreStore {
  private fixed: Uint32Array[] | null = []
  private floats: Float64Array[] | null = null
  private tags: Uint32Array[] = []
  /** Each row's weight, when the audit is weighted (null until a weight is pushed). */
  private weights: Float64Array[] | null = null
  length = 0
  private consumed = false

  /** Adds a row's score with its tag; `weight` for a weighted audit (every row of the store then has one). */
  push(score: number, tag: number, weight?: number): void {
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
  private ranks(): { chunks: Uint32Array[]; range: number } {
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
    // Wide or non-decimal scores: rank against the sorted distinct values.
    const all = this.fixed ? new Float64Array(n) : new Float64Array(n)
    const get = (r: number): number =>
      this.fixed
        ? ((this.fixed[r >>> CHUNK_BITS] as Uint32Array)[r & (CHUNK - 1)] as number)
        : (((this.floats as Float64Array[])[r >>> CHUNK_BITS] as Float64Array)[r & (CHUNK - 1)] as number)
    for (let r = 0; r < n; r++) all[r] = get(r)
    all.sort()
    let u = 0
    for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[u - 1]) all[u++] = all[i] as number
    const distinct = all.subarray(0, u)
    const chunks: Uint32Array[] = []
    const source = (this.fixed ?? this.floats) as (Uint32Array | Float64Array)[]
    for (let c = 0; c < source.length; c++) {
      const ch = source[c] as Uint32Array | Float64Array
      const out = new Uint32Array(ch.length)
      const upto = Math.min(CHUNK, n - c * CHUNK)
      for (let i = 0; i < upto; i++) {
        const v = ch[i] as number
        let lo = 0
        let hi = u - 1
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if ((distinct[mid] as number) < v) lo = mid + 1
          else hi = mid
        }
        out[i] = lo
      }
      chunks.push(out)
      source[c] = new Uint32Array(0)
    }
    this.fixed = null
    this.floats = null
    return { chunks, range: u }
  }

  /**
   * The exact ROC AUC inputs of every group: for group g, positives, negatives, and twice
   * the Mann–Whitney count (pairs ranked right, ties counting one half each), all exact
   * integers in doubles. `groupsOf` lists, `stride` to a cell, the groups each cell counts in.
   * Consumes the store.
   */
  computeGroupAucs(
    groupsOf: Int32Array,
    stride: number,
    groups: number,
    options: { blocked?: boolean } = {},
  ): GroupAucSums {
    this.consumed = true
    const { chunks: rankChunks, range } = this.ranks()
    let maxTag = 0
    for (const ch of this.tags)
      for (let i = 0; i < ch.length; i++) if ((ch[i] as number) > maxTag) maxTag = ch[i] as number
    const tagBits = bitsFor(maxTag)
    const lowBits = Math.min(BLOCK_BITS, bitsFor(Math.max(0, range - 1)))
    if (
      options.blocked !== false &&
      tagBits + lowBits <= 30 &&
      groups * 2 * (1 << lowBits) <= 1 << 22 &&
      groups * range <= 1 << 27
    )
      return this.blockedSweep(rankChunks, range, groupsOf, stride, groups, tagBits, lowBits)
    const { ends, tags: sorted } = this.sortByRank(rankChunks, range)
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
   * rank order, and `ends[v]`, the end of rank v's bucket. Frees the chunks it sorted.
   */
  private sortByRank(
    rankChunks: Uint32Array[],
    range: number,
  ): { ends: Uint32Array; tags: Uint32Array; weights: Float64Array | null } {
    const n = this.length
    const ends = new Uint32Array(range + 1)
    for (let r = 0; r < n; r++)
      (ends[((rankChunks[r >>> CHUNK_BITS] as Uint32Array)[r & (CHUNK - 1)] as number) + 1] as number)++
    for (let v = 1; v <= range; v++) ends[v] = (ends[v] as number) + (ends[v - 1] as number)
    const tags = new Uint32Array(n)
    const weights = this.weights ? new Float64Array(n) : null
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
    const { chunks: rankChunks, range } = this.ranks()
    const {
      ends,
      tags: sortedTags,
      weights: sortedWeights,
    } = this.sortByRank(rankChunks, range) as {
      ends: Uint32Array
      tags: Uint32Array
      weights: Float64Array
    }
    const sums = newWeightedSums(groups)
    // Per group, the rank being swept: rows, Σw and Σw² of each class.
    const tie = new Float64Array(groups * 6)
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
          tie[at + 1] = (tie[at + 1] as number) + w
          tie[at + 2] = (tie[at + 2] as number) + w * w
        }
      }
      for (let i = 0; i < t; i++) {
        const g = touched[i] as number
        const at = g * 6
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
   * The same sums, cache-friendly: a counting sort straight into 10^6 buckets scatters
   * every row to a random place in a large array, and those cache misses cost more than
   * the arithmetic. Instead the rows go, packed as (low rank bits, tag), into a few hundred
   * coarse blocks of ranks; each block's rows then count into a small table per
   * (rank, group, label) that fits in cache, swept in rank order.
   */
  private blockedSweep(
    rankChunks: Uint32Array[],
    range: number,
    groupsOf: Int32Array,
    stride: number,
    groups: number,
    tagBits: number,
    lowBits: number,
  ): GroupAucSums {
    const n = this.length
    const blocks = Math.max(1, Math.ceil(range / (1 << lowBits)))
    const lowMask = (1 << lowBits) - 1
    const tagMask = (1 << tagBits) - 1
    const starts = new Uint32Array(blocks + 1)
    for (let c = 0; c < rankChunks.length; c++) {
      const rk = rankChunks[c] as Uint32Array
      const upto = Math.min(CHUNK, n - c * CHUNK)
      for (let i = 0; i < upto; i++) {
        const b = ((rk[i] as number) >>> lowBits) + 1
        starts[b] = (starts[b] as number) + 1
      }
    }
    for (let b = 1; b <= blocks; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number)
    const fill = starts.slice(0, blocks)
    const packed = new Uint32Array(n)
    for (let c = 0; c < rankChunks.length; c++) {
      const rk = rankChunks[c] as Uint32Array
      const tg = this.tags[c] as Uint32Array
      const upto = Math.min(CHUNK, n - c * CHUNK)
      for (let i = 0; i < upto; i++) {
        const v = rk[i] as number
        const b = v >>> lowBits
        const at = fill[b] as number
        packed[at] = ((v & lowMask) << tagBits) | (tg[i] as number)
        fill[b] = at + 1
      }
      rankChunks[c] = new Uint32Array(0)
      this.tags[c] = new Uint32Array(0)
    }
    this.tags = []
    const sums = newSums(groups)
    const width = 1 << lowBits
    // table[(k * groups + g) * 2 + label]: rows of rank (block base + k) in group g; and a
    // bit per (k, g) that is set, so the sweep visits only those.
    const table = new Float64Array(width * groups * 2)
    const words = Math.ceil(groups / 32)
    const touched = new Uint32Array(width * words)
    for (let b = 0; b < blocks; b++) {
      const from = starts[b] as number
      const to = starts[b + 1] as number
      if (from === to) continue
      let maxK = 0
      for (let j = from; j < to; j++) {
        const x = packed[j] as number
        const tag = x & tagMask
        const k = x >>> tagBits
        if (k > maxK) maxK = k
        const base = (tag >>> 1) * stride
        const slot = k * groups * 2 + (tag & 1)
        const bits = k * words
        for (let s = 0; s < stride; s++) {
          const g = groupsOf[base + s] as number
          if (g < 0) continue
          const at = slot + g * 2
          table[at] = (table[at] as number) + 1
          touched[bits + (g >>> 5)] = (touched[bits + (g >>> 5)] as number) | (1 << (g & 31))
        }
      }
      for (let k = 0; k <= maxK; k++) {
        const row = k * groups * 2
        for (let w = 0; w < words; w++) {
          let set = touched[k * words + w] as number
          if (set === 0) continue
          touched[k * words + w] = 0
          while (set !== 0) {
            const low = set & -set
            set ^= low
            const g = w * 32 + 31 - Math.clz32(low)
            const q = table[row + g * 2] as number
            const p = table[row + g * 2 + 1] as number
            table[row + g * 2] = 0
            table[row + g * 2 + 1] = 0
            addRank(sums, g, p, q)
          }
        }
      }
    }
    return sums
  }
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

/** Ranks per cache-sized block of the blocked sweep. */
const BLOCK_BITS = 12

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
