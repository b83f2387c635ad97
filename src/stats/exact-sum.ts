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
 * A slot's two largest partials live in typed arrays, which is all that sums of weights with a
 * few significant digits need; a slot with more keeps the rest in a map.
 */
export class ExactSums {
  /** Per slot, its largest partial (0 when the slot is empty). */
  private hi: Float64Array
  /** Per slot, its second-largest partial (meaningful when `count` is 2). */
  private lo: Float64Array
  /** Per slot, how many partials `hi` and `lo` hold: 0, 1 or 2. */
  private count: Uint8Array
  /** Per slot with more than two partials, the smaller ones, in increasing magnitude. */
  private readonly more = new Map<number, number[]>()

  constructor(size: number) {
    this.hi = new Float64Array(size)
    this.lo = new Float64Array(size)
    this.count = new Uint8Array(size)
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
    if (this.more.size > 0 && this.more.has(slot)) {
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
    const extra = other.more.get(from)
    if (extra) for (const p of extra) this.add(slot, p)
    if (n === 2) this.add(slot, other.lo[from] as number)
    this.add(slot, other.hi[from] as number)
  }

  /** A slot's sum, correctly rounded. */
  value(slot: number): number {
    const n = this.count[slot] as number
    if (n === 0) return 0
    const hi = this.hi[slot] as number
    if (n === 1) return hi
    return roundPartials([...(this.more.get(slot) ?? []), this.lo[slot] as number, hi])
  }

  /** Empties a slot. */
  clear(slot: number): void {
    if ((this.count[slot] as number) === 0) return
    this.count[slot] = 0
    this.hi[slot] = 0
    this.lo[slot] = 0
    if (this.more.size > 0) this.more.delete(slot)
  }

  /** `add` for a slot that needs more than two partials: the general grow-expansion. */
  private addSlowly(slot: number, x: number): void {
    const n = this.count[slot] as number
    const partials = [...(this.more.get(slot) ?? [])]
    if (n === 2) partials.push(this.lo[slot] as number)
    if (n >= 1) partials.push(this.hi[slot] as number)
    let i = 0
    for (let j = 0; j < partials.length; j++) {
      const [s, e] = twoSum(x, partials[j] as number)
      if (e !== 0) partials[i++] = e
      x = s
    }
    partials[i++] = x
    partials.length = i
    this.store(slot, i > 2 ? compress(partials) : partials)
  }

  /** Sets a slot's partials (increasing magnitude, non-overlapping, at least one). */
  private store(slot: number, partials: number[]): void {
    const n = partials.length
    this.hi[slot] = partials[n - 1] as number
    if (n === 1) {
      this.count[slot] = 1
      if (this.more.size > 0) this.more.delete(slot)
      return
    }
    this.lo[slot] = partials[n - 2] as number
    this.count[slot] = 2
    if (n === 2) {
      if (this.more.size > 0) this.more.delete(slot)
    } else this.more.set(slot, partials.slice(0, n - 2))
  }
}

/** x + y and its rounding error, exactly (Knuth's two-sum). */
function twoSum(x: number, y: number): [number, number] {
  const s = x + y
  const z = s - x
  return [s, x - (s - z) + (y - z)]
}

/**
 * The same sum in as few non-overlapping partials as compression finds (Shewchuk's Compress):
 * grow-expansion keeps every rounding error as a partial of its own, and sums of weights in
 * tenths then grew slots of three or more partials where two hold the sum exactly.
 */
function compress(e: readonly number[]): number[] {
  const m = e.length
  const g: number[] = new Array<number>(m)
  let q = e[m - 1] as number
  let bottom = m - 1
  for (let i = m - 2; i >= 0; i--) {
    const [s, err] = twoSum(q, e[i] as number)
    if (err !== 0) {
      g[bottom--] = s
      q = err
    } else q = s
  }
  g[bottom] = q
  const h: number[] = []
  for (let i = bottom + 1; i < m; i++) {
    const [s, err] = twoSum(g[i] as number, q)
    if (err !== 0) h.push(err)
    q = s
  }
  h.push(q)
  return h
}

/**
 * The correctly rounded sum of non-overlapping partials in increasing magnitude (the last step of
 * Python's `math.fsum`, with its correction of a half-way case).
 */
export function roundPartials(partials: readonly number[]): number {
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
