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
 * expansion in an array of its own, grown and compressed in place, so that its adds allocate nothing.
 */
export class ExactSums {
  /** Per slot, its largest partial (0 when the slot is empty). */
  private hi: Float64Array
  /** Per slot, its second-largest partial (meaningful when `count` is 2). */
  private lo: Float64Array
  /** Per slot, how many partials `hi` and `lo` hold: 0, 1 or 2; MORE when the slot's partials are in `more`. */
  private count: Uint8Array
  /** Per slot with more than two partials, all of them, in increasing magnitude (`hi` and `lo` unused). */
  private readonly more: (Float64Array | undefined)[]
  /** Per slot in `more`, how many of its array's entries are its partials. */
  private moreLength: Uint8Array

  constructor(size: number) {
    this.hi = new Float64Array(size)
    this.lo = new Float64Array(size)
    this.count = new Uint8Array(size)
    this.more = new Array<Float64Array | undefined>(size).fill(undefined)
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
    while (this.more.length < size) this.more.push(undefined)
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
      const p = other.more[from] as Float64Array
      const m = other.moreLength[from] as number
      for (let j = 0; j < m; j++) this.add(slot, p[j] as number)
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
    if (n === MORE) return roundPartials((this.more[slot] as Float64Array).subarray(0, this.moreLength[slot]))
    return roundPartials([this.lo[slot] as number, hi])
  }

  /** Empties a slot. */
  clear(slot: number): void {
    const n = this.count[slot] as number
    if (n === 0) return
    if (n === MORE) this.more[slot] = undefined
    this.count[slot] = 0
    this.hi[slot] = 0
    this.lo[slot] = 0
  }

  /**
   * `add` for a slot that needs more than two partials: Shewchuk's grow-expansion, then his
   * compression, both in the slot's own array (a slot back to two partials or fewer leaves it).
   */
  private addSlowly(slot: number, x: number): void {
    let p = this.more[slot]
    let m: number
    if (p === undefined) {
      const n = this.count[slot] as number
      p = new Float64Array(8)
      m = 0
      if (n === 2) p[m++] = this.lo[slot] as number
      if (n >= 1) p[m++] = this.hi[slot] as number
      this.more[slot] = p
      this.count[slot] = MORE
    } else m = this.moreLength[slot] as number
    let i = 0
    for (let j = 0; j < m; j++) {
      const y = p[j] as number
      const s = x + y
      const z = s - x
      const e = x - (s - z) + (y - z)
      if (e !== 0) p[i++] = e
      x = s
    }
    if (i === p.length) {
      // Non-overlapping partials of finite doubles are at most some 40: the array doubles a few times at most.
      const wider = new Float64Array(2 * p.length)
      wider.set(p)
      this.more[slot] = p = wider
    }
    p[i++] = x
    if (i > 2) i = compressInPlace(p, i)
    if (i > 2) this.moreLength[slot] = i
    else {
      this.more[slot] = undefined
      this.hi[slot] = p[i - 1] as number
      this.lo[slot] = i === 2 ? (p[0] as number) : 0
      this.count[slot] = i === 1 && p[0] === 0 ? 0 : i
    }
  }
}

/** `count` of a slot whose partials are in `more`. */
const MORE = 3

/**
 * The same sum in as few non-overlapping partials as compression finds (Shewchuk's Compress), in
 * place, of the first `m` entries of `e`; gives how many it leaves. Grow-expansion keeps every
 * rounding error as a partial of its own, and sums of weights in tenths then grew slots of three
 * or more partials where two hold the sum exactly. Each pass writes only where it has already
 * read (the first from the top, the second from the bottom).
 */
function compressInPlace(e: Float64Array, m: number): number {
  let q = e[m - 1] as number
  let bottom = m - 1
  for (let i = m - 2; i >= 0; i--) {
    const y = e[i] as number
    const s = q + y
    const z = s - q
    const err = q - (s - z) + (y - z)
    if (err !== 0) {
      e[bottom--] = s
      q = err
    } else q = s
  }
  e[bottom] = q
  let top = 0
  for (let i = bottom + 1; i < m; i++) {
    const x = e[i] as number
    const s = x + q
    const z = s - x
    const err = x - (s - z) + (q - z)
    if (err !== 0) e[top++] = err
    q = s
  }
  e[top++] = q
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
