/**
 * Sums of doubles that do not depend on the order of their terms.
 *
 * A weighted audit's cells are sums of weights, and a floating-point sum of weights like 0.1 depends
 * on the order it is added in: the same rows in another order, or split into other cells by an
 * unrelated sensitive column, gave a group's weighted selection rate of 0.5 or 0.5000000000000001,
 * and a gate at `max: 0.5` failed or passed by the file's row order (red team 30, R30-4). These sums
 * keep every slot exactly, as Shewchuk's non-overlapping partials (the algorithm of Python's
 * `math.fsum`), and read it rounded once, correctly (to nearest, ties to even): the value is a
 * function of the terms alone, whatever their order or grouping.
 *
 * A slot of at most two partials lives in typed arrays, which is all that sums of weights with a
 * few significant digits need; a slot with more (weights of many magnitudes) keeps its whole
 * expansion in a block of a `PartialsArena`, one Float64Array shared by many slots, grown and
 * compressed in place, so that its adds allocate nothing and it costs its partials' bytes alone.
 */

/**
 * The most bytes an arena may hold of the partials of slots that need more than two (a block of
 * 4, 8, … entries a slot, 8 bytes an entry). A weighted audit holds its cells' Σw and Σw² (eight
 * slots a cell) in one arena. Weights within [1e-12, 1e12] with a few significant digits need two
 * partials a slot; weights of three magnitudes (1e12, 1e-4, 1e-12) need three in every slot, and
 * 250,000 cells of them (a 43 KB Parquet file of 3 M rows) held 2 million such slots, which
 * peaked at 813 MB as an array a slot (red team 41, R41-1) and would hold 64 MB here. 32 MiB is a
 * million slots of three or four partials (some 130,000 such cells), and keeps the audit of the
 * most cells under 256 MB (250,000 cells, 130,000 of them of the three magnitudes: 229-237 MB);
 * past it the pass stops with exit 2.
 */
export const MAX_EXTRA_PARTIAL_BYTES = 32 * 1024 * 1024

/** The entries of the smallest block. */
const MIN_BLOCK = 4

/**
 * One Float64Array of blocks of partials for the slots of one or more `ExactSums` that need more
 * than two: blocks of MIN_BLOCK × 2^k entries, each size's free blocks in a list threaded through
 * the blocks themselves (its first entry: the next free block's offset, or -1). `bytes` is what
 * the array holds; it never passes `limit`: `over` gives the error thrown instead.
 */
export class PartialsArena {
  data = new Float64Array(0)
  /** Entries handed out so far from the bottom (free blocks included). */
  private top = 0
  /** Per size class k (a block of MIN_BLOCK × 2^k entries), its first free block, or -1. */
  private readonly free: number[] = []

  constructor(
    readonly limit: number = MAX_EXTRA_PARTIAL_BYTES,
    private readonly over: (limit: number) => Error = (limit) =>
      new Error(`exact sums need more than ${limit} bytes of partials`),
  ) {}

  /** The bytes of partials the arena holds (its array). */
  get bytes(): number {
    return this.data.length * 8
  }

  /** A block of `size` entries (MIN_BLOCK × 2^k): its offset. May replace `data`. */
  alloc(size: number): number {
    const k = classOf(size)
    const head = this.free[k] ?? -1
    if (head >= 0) {
      this.free[k] = this.data[head] as number
      return head
    }
    const at = this.top
    if (at + size > this.data.length) {
      const most = Math.floor(this.limit / 8)
      if (at + size > most) throw this.over(this.limit)
      const next = new Float64Array(Math.min(most, Math.max(1024, 2 * this.data.length, at + size)))
      next.set(this.data)
      this.data = next
    }
    this.top = at + size
    return at
  }

  /** Gives back a block of `size` entries at `offset`. */
  release(offset: number, size: number): void {
    const k = classOf(size)
    this.data[offset] = this.free[k] ?? -1
    this.free[k] = offset
  }
}

function classOf(size: number): number {
  return Math.log2(size / MIN_BLOCK)
}

export class ExactSums {
  /** Per slot, its largest partial (0 when the slot is empty); with MORE, its block's offset in the arena. */
  private hi: Float64Array
  /** Per slot, its second-largest partial (meaningful when `count` is 2); with MORE, its block's size. */
  private lo: Float64Array
  /** Per slot, how many partials `hi` and `lo` hold: 0, 1 or 2; MORE when the slot's partials are in the arena. */
  private count: Uint8Array
  /** Per slot with MORE, how many of its block's entries are its partials, in increasing magnitude. */
  private moreLength: Uint8Array

  constructor(
    size: number,
    /** Where slots of more than two partials keep them (shared by the sums of one audit, bounded). */
    readonly arena: PartialsArena = new PartialsArena(),
  ) {
    this.hi = new Float64Array(size)
    this.lo = new Float64Array(size)
    this.count = new Uint8Array(size)
    this.moreLength = new Uint8Array(size)
  }

  /** The number of slots. */
  get size(): number {
    return this.hi.length
  }

  /** Makes room for `size` slots (new slots are empty). */
  grow(size: number): void {
    if (size <= this.hi.length) return
    const f = (a: Float64Array): Float64Array => {
      const next = new Float64Array(size)
      next.set(a)
      return next
    }
    this.hi = f(this.hi)
    this.lo = f(this.lo)
    const c = new Uint8Array(size)
    c.set(this.count)
    this.count = c
    const k = new Uint8Array(size)
    k.set(this.moreLength)
    this.moreLength = k
  }

  /** Adds x (finite) to a slot, exactly. */
  add(slot: number, x: number): void {
    const n = this.count[slot] as number
    if (n === 0) {
      if (x === 0) return
      this.hi[slot] = x
      this.count[slot] = 1
      return
    }
    if (n === MORE) {
      this.addSlowly(slot, x)
      return
    }
    // The slot is hi + lo (lo 0 with one partial); each step below is an error-free two-sum
    // (Knuth: a + b = s + e exactly), written out, since this runs for every weighted row.
    const hi = this.hi[slot] as number
    const lo = n === 2 ? (this.lo[slot] as number) : 0
    // hi + x = s1 + e1
    const s1 = hi + x
    const z1 = s1 - hi
    const e1 = hi - (s1 - z1) + (x - z1)
    // lo + e1 = s2 + e2
    const s2 = lo + e1
    const z2 = s2 - lo
    const e2 = lo - (s2 - z2) + (e1 - z2)
    // s1 + s2 = h + l: the sum is h + l + e2
    let h = s1 + s2
    const z3 = h - s1
    let l = s1 - (h - z3) + (s2 - z3)
    if (e2 !== 0) {
      // l + e2 = l2 + e3
      const l2 = l + e2
      const z4 = l2 - l
      const e3 = l - (l2 - z4) + (e2 - z4)
      if (e3 !== 0) {
        // Three partials are needed (rare): the general way.
        this.hi[slot] = h
        this.lo[slot] = l
        this.count[slot] = l === 0 ? 1 : 2
        this.addSlowly(slot, e2)
        return
      }
      // h + l2 = h' + l'
      const h2 = h + l2
      const z5 = h2 - h
      l = h - (h2 - z5) + (l2 - z5)
      h = h2
    }
    this.hi[slot] = h
    if (l === 0) this.count[slot] = h === 0 ? 0 : 1
    else {
      this.lo[slot] = l
      this.count[slot] = 2
    }
  }

  /** Adds every term of slot `from` of `other` to slot `slot`, exactly. */
  addFrom(slot: number, other: ExactSums, from: number): void {
    const n = other.count[from] as number
    if (n === 0) return
    if (n === MORE) {
      // The arena may be this one's, and grow (a new array) as this slot does: read it anew each time.
      const at = other.hi[from] as number
      const m = other.moreLength[from] as number
      for (let j = 0; j < m; j++) this.add(slot, other.arena.data[at + j] as number)
      return
    }
    if (n === 2) this.add(slot, other.lo[from] as number)
    this.add(slot, other.hi[from] as number)
  }

  /** A slot's sum, correctly rounded. */
  value(slot: number): number {
    const n = this.count[slot] as number
    if (n === 0) return 0
    const hi = this.hi[slot] as number
    if (n === 1) return hi
    if (n === MORE) {
      const at = hi
      return roundPartials(this.arena.data.subarray(at, at + (this.moreLength[slot] as number)))
    }
    return roundPartials([this.lo[slot] as number, hi])
  }

  /** Empties a slot. */
  clear(slot: number): void {
    const n = this.count[slot] as number
    if (n === 0) return
    if (n === MORE) this.arena.release(this.hi[slot] as number, this.lo[slot] as number)
    this.count[slot] = 0
    this.hi[slot] = 0
    this.lo[slot] = 0
  }

  /**
   * `add` for a slot that needs more than two partials: Shewchuk's grow-expansion, then his
   * compression, both in the slot's block of the arena (a slot back to two partials or fewer
   * leaves it, and gives the block back).
   */
  private addSlowly(slot: number, x: number): void {
    const arena = this.arena
    let at: number
    let size: number
    let m: number
    if (this.count[slot] !== MORE) {
      const n = this.count[slot] as number
      const lo = this.lo[slot] as number
      const hi = this.hi[slot] as number
      size = MIN_BLOCK
      at = arena.alloc(size)
      const p = arena.data
      m = 0
      if (n === 2) p[at + m++] = lo
      if (n >= 1) p[at + m++] = hi
      this.hi[slot] = at
      this.lo[slot] = size
      this.count[slot] = MORE
    } else {
      at = this.hi[slot] as number
      size = this.lo[slot] as number
      m = this.moreLength[slot] as number
    }
    let p = arena.data
    let i = 0
    for (let j = 0; j < m; j++) {
      const y = p[at + j] as number
      const s = x + y
      const z = s - x
      const e = x - (s - z) + (y - z)
      if (e !== 0) p[at + i++] = e
      x = s
    }
    if (i === size) {
      // Non-overlapping partials of finite doubles are at most some 40: a slot's block doubles a few times at most.
      const wider = arena.alloc(2 * size)
      p = arena.data
      p.copyWithin(wider, at, at + i)
      arena.release(at, size)
      at = wider
      size *= 2
      this.hi[slot] = at
      this.lo[slot] = size
    }
    p[at + i++] = x
    if (i > 2) i = compressInPlace(p, at, i)
    if (i > 2) this.moreLength[slot] = i
    else {
      const first = p[at] as number
      const last = p[at + i - 1] as number
      arena.release(at, size)
      this.hi[slot] = last
      this.lo[slot] = i === 2 ? first : 0
      this.count[slot] = i === 1 && first === 0 ? 0 : i
    }
  }
}

/** `count` of a slot whose partials are in the arena. */
const MORE = 3

/**
 * The same sum in as few non-overlapping partials as compression finds (Shewchuk's Compress), in
 * place, of the `m` entries of `e` from `at`; gives how many it leaves. Grow-expansion keeps every
 * rounding error as a partial of its own, and sums of weights in tenths then grew slots of three
 * or more partials where two hold the sum exactly. Each pass writes only where it has already
 * read (the first from the top, the second from the bottom).
 */
function compressInPlace(e: Float64Array, at: number, m: number): number {
  let q = e[at + m - 1] as number
  let bottom = m - 1
  for (let i = m - 2; i >= 0; i--) {
    const y = e[at + i] as number
    const s = q + y
    const z = s - q
    const err = q - (s - z) + (y - z)
    if (err !== 0) {
      e[at + bottom--] = s
      q = err
    } else q = s
  }
  e[at + bottom] = q
  let top = 0
  for (let i = bottom + 1; i < m; i++) {
    const x = e[at + i] as number
    const s = x + q
    const z = s - x
    const err = x - (s - z) + (q - z)
    if (err !== 0) e[at + top++] = err
    q = s
  }
  e[at + top++] = q
  return top
}

/**
 * The correctly rounded sum of non-overlapping partials in increasing magnitude (the last step of
 * Python's `math.fsum`, with its correction of a half-way case).
 */
export function roundPartials(partials: ArrayLike<number>): number {
  let n = partials.length
  if (n === 0) return 0
  let hi = partials[--n] as number
  let lo = 0
  while (n > 0) {
    const x = hi
    const y = partials[--n] as number
    hi = x + y
    const yr = hi - x
    lo = y - yr
    if (lo !== 0) break
  }
  if (n > 0 && ((lo < 0 && (partials[n - 1] as number) < 0) || (lo > 0 && (partials[n - 1] as number) > 0))) {
    const y = lo * 2
    const x = hi + y
    const yr = x - hi
    if (y === yr) hi = x
  }
  return hi
}
