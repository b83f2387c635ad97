/**
 * Weighted sums that do not depend on the order of the rows (red team 30, R30-4): `ExactSums`
 * against an exact BigInt reference, and the audit of one weighted file in many row orders and
 * with an unrelated extra sensitive column, whose weighted selection rate is exactly 0.5 at a
 * gate `max: 0.5` (before, 0.5 or 0.5000000000000001 by the order: the gate passed or failed).
 */
import { describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { ExactSums, MAX_EXTRA_PARTIAL_BYTES, PartialsArena, roundPartials } from '../../src/stats/exact-sum.js'
import { exactSum } from '../support/exact-sum-reference.js'
import { makeWorkspace } from '../support/workspace.js'

/** A seeded generator of uniform numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

const SCALE = 2n ** 80n
/** x × 2^80 as an exact integer (x a double with no bits below 2^-80). */
function scaled(x: number): bigint {
  const v = x * 2 ** 80
  if (!Number.isInteger(v)) throw new Error(`${x} has bits below 2^-80`)
  return BigInt(v)
}
/** The exact sum of doubles whose bits are all at or above 2^-80, correctly rounded. */
function reference(terms: readonly number[]): number {
  let total = 0n
  for (const t of terms) total += scaled(t)
  // Number(bigint) rounds to nearest, ties to even; dividing by a power of two is then exact.
  return Number(total) / Number(SCALE)
}

/** A double in [2^lo, 2^hi) with a random 53-bit significand. */
function spread(next: () => number, lo: number, hi: number): number {
  const e = lo + Math.floor(next() * (hi - lo))
  const m = 2 ** 52 + Math.floor(next() * 2 ** 52)
  return m * 2 ** (e - 52)
}

function sumOf(terms: readonly number[]): number {
  const s = new ExactSums(1)
  for (const t of terms) s.add(0, t)
  return s.value(0)
}

describe('ExactSums', () => {
  it('is the correctly rounded exact sum, whatever the order (terms over 80 binary orders of magnitude)', () => {
    const next = random(11)
    let naiveDiffers = 0
    for (let trial = 0; trial < 400; trial++) {
      const n = 1 + Math.floor(next() * 60)
      const terms = Array.from({ length: n }, () => spread(next, -20, 40 + Math.floor(next() * 20)))
      const want = reference(terms)
      expect(sumOf(terms)).toBe(want)
      const shuffled = shuffle(terms, next)
      expect(sumOf(shuffled)).toBe(want)
      if (shuffled.reduce((a, b) => a + b, 0) !== want) naiveDiffers++
    }
    // The cases are ones where plain summation is not exact (else the test would prove nothing).
    expect(naiveDiffers).toBeGreaterThan(100)
  })

  it('holds sums over the whole range of doubles, with cancellation (slots of many partials, grown in place)', () => {
    // Terms from 2^-1000 to 2^1000 need some 40 partials; signs mixed so that slots also shrink
    // back to one or two partials. The reference: the exact sum as an integer times 2^-1100, rounded once.
    const next = random(17)
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(next() * 200)
      const terms = Array.from({ length: n }, () => (next() < 0.3 ? -1 : 1) * spread(next, -1000, 1000))
      // Add the opposite of some terms again, so that partials cancel out.
      for (let i = 0; i < n; i += 3) terms.push(-(terms[i] as number))
      const want = exactSum(terms)
      expect(sumOf(terms)).toBe(want)
      expect(sumOf(shuffle(terms, next))).toBe(want)
      const split = new ExactSums(4)
      terms.forEach((t, i) => split.add(i % 3, t))
      const rolled = new ExactSums(1)
      for (let c = 0; c < 3; c++) rolled.addFrom(0, split, c)
      expect(rolled.value(0)).toBe(want)
    }
    // A slot that cancels to nothing is empty, and takes new terms.
    const s = new ExactSums(1)
    for (const t of [2 ** 900, 2 ** -900, 1, -1, -(2 ** 900), -(2 ** -900)]) s.add(0, t)
    expect(s.value(0)).toBe(0)
    s.add(0, 0.1)
    expect(s.value(0)).toBe(0.1)
  })

  it('rounds a half-way sum to even, as math.fsum', () => {
    // 1 + 2^-53 is half-way between 1 and 1 + 2^-52: rounds to 1 (even); with a further 2^-80 above half, up.
    expect(sumOf([1, 2 ** -53])).toBe(1)
    expect(sumOf([1, 2 ** -53, 2 ** -80])).toBe(1 + 2 ** -52)
    expect(sumOf([1 + 2 ** -52, 2 ** -53])).toBe(1 + 2 ** -51)
    expect(roundPartials([])).toBe(0)
  })

  it('sums tenths of every order to one value: the R30-4 weights', () => {
    const next = random(3)
    const weights = Array.from({ length: 200 }, (_, i) => ((i % 11) + 1) / 10)
    const want = reference(weights)
    for (let trial = 0; trial < 50; trial++) expect(sumOf(shuffle(weights, next))).toBe(want)
  })

  it('adds a slot to another exactly (a roll-up of cells into groups), and clears', () => {
    const next = random(5)
    const terms = Array.from({ length: 300 }, () => spread(next, -30, 30))
    const cells = new ExactSums(8)
    terms.forEach((t, i) => cells.add(i % 7, t))
    const group = new ExactSums(1)
    for (let c = 0; c < 7; c++) group.addFrom(0, cells, c)
    expect(group.value(0)).toBe(reference(terms))
    cells.grow(20)
    expect(cells.size).toBe(20)
    expect(cells.value(19)).toBe(0)
    cells.clear(3)
    expect(cells.value(3)).toBe(0)
    cells.add(3, 0.5)
    expect(cells.value(3)).toBe(0.5)
  })
})

describe('slots of more than two partials share one bounded arena (red team 41, R41-1)', () => {
  // Weights of many magnitudes within the weights' bounds [1e-12, 1e12] (2^-40 to 2^40) and their
  // squares: most slots need three partials or more (before, each such slot was an array of its own,
  // some 300 bytes, and nothing bounded them: 250,000 cells of them peaked at 813 MB).
  const weight = (next: () => number): number => spread(next, -40, 40)

  it('keeps every slot exact (cells, their roll-up into groups sharing the arena, cleared and filled again)', () => {
    const next = random(41)
    const arena = new PartialsArena()
    const cells = new ExactSums(600, arena)
    const groups = new ExactSums(12, arena)
    const fill = (): number[][] => {
      const terms: number[][] = []
      for (let c = 0; c < 600; c++) {
        const n = 1 + Math.floor(next() * 12)
        const ts = Array.from({ length: n }, () => {
          const w = weight(next)
          return next() < 0.5 ? w : w * w
        })
        for (const t of ts) cells.add(c, t)
        terms.push(ts)
      }
      return terms
    }
    const check = (terms: number[][]): void => {
      let more = 0
      terms.forEach((ts, c) => {
        expect(cells.value(c)).toBe(exactSum(ts))
        if (ts.length >= 3) more++
      })
      for (let g = 0; g < 12; g++) groups.clear(g)
      for (let c = 0; c < 600; c++) groups.addFrom(c % 12, cells, c)
      for (let g = 0; g < 12; g++) expect(groups.value(g)).toBe(exactSum(terms.filter((_, c) => c % 12 === g).flat()))
      expect(more).toBeGreaterThan(300)
    }
    const first = fill()
    check(first)
    const used = arena.bytes
    expect(used).toBeGreaterThan(0)
    // Every slot given back, then as many filled again: the blocks are reused, the arena does not grow.
    for (let c = 0; c < 600; c++) cells.clear(c)
    for (let c = 0; c < 600; c++) expect(cells.value(c)).toBe(0)
    for (let c = 0; c < 600; c++) for (const t of first[c] as number[]) cells.add(c, t)
    check(first)
    expect(arena.bytes).toBe(used)
    // A slot that cancels back to two partials or fewer gives its block back too.
    const s = new ExactSums(1, new PartialsArena())
    for (let i = 0; i < 10_000; i++) for (const t of [2 ** 40, 2 ** -40, 2 ** -92, -(2 ** 40), -(2 ** -92)]) s.add(0, t)
    expect(s.value(0)).toBe(10_000 * 2 ** -40)
    expect(s.arena.bytes).toBeLessThanOrEqual(8192)
  })

  it('costs a slot of three partials a block of 4 doubles (32 bytes), not an array of its own', () => {
    const arena = new PartialsArena()
    const sums = new ExactSums(100_000, arena)
    for (let c = 0; c < 100_000; c++)
      for (const w of [987654321012.3456, 0.00012345678901234567, 1.2345678901234567e-12]) sums.add(c, w)
    expect(sums.value(99_999)).toBe(exactSum([987654321012.3456, 0.00012345678901234567, 1.2345678901234567e-12]))
    // 100,000 blocks of 4 doubles: 3.2 MB, in an array that doubles (at most twice that).
    expect(arena.bytes).toBeGreaterThanOrEqual(100_000 * 32)
    expect(arena.bytes).toBeLessThanOrEqual(2 * 100_000 * 32)
  })

  it('throws its error past its limit (MAX_EXTRA_PARTIAL_BYTES by default), holding no more than it', () => {
    const terms = [987654321012.3456, 0.00012345678901234567, 1.2345678901234567e-12]
    const over = new Error('over')
    const arena = new PartialsArena(64 * 1024, () => over)
    const sums = new ExactSums(4096, arena)
    // 64 KB is 2,048 blocks of 4 doubles: slot 2,048's third weight is one too many.
    for (let c = 0; c < 2048; c++) for (const w of terms) sums.add(c, w)
    expect(arena.bytes).toBe(64 * 1024)
    sums.add(2048, terms[0] as number)
    sums.add(2048, terms[1] as number)
    expect(() => sums.add(2048, terms[2] as number)).toThrow(over)
    expect(arena.bytes).toBe(64 * 1024)
    expect(new PartialsArena().limit).toBe(MAX_EXTRA_PARTIAL_BYTES)
    expect(MAX_EXTRA_PARTIAL_BYTES).toBe(32 * 1024 * 1024)
  })
})

describe('a weighted audit does not depend on its rows’ order or on unrelated columns (R30-4)', () => {
  // Group A: every weight twice, once predicted positive: its weighted selection rate is exactly 0.5.
  const tenths = [1, 2, 3, 4, 6, 7, 8, 11, 5, 9, 10, 3, 7, 1]
  const rowsA = tenths.flatMap((k) => [
    { g: 'A', y: 0, p: 1, w: k / 10 },
    { g: 'A', y: 0, p: 0, w: k / 10 },
  ])
  const rowsB = Array.from({ length: 12 }, (_, i) => ({ g: 'B', y: i % 2, p: 0, w: 1 }))
  const gate = { metric: 'selection_rate', attribute: 'g', each_group: { max: 0.5 } }

  async function run(rows: { g: string; y: number; p: number; w: number }[], sensitive: string[], next: () => number) {
    const ws = makeWorkspace()
    try {
      const lines = rows.map((r) => `${r.g},${next() < 0.5 ? 'x' : 'y'},${r.y},${r.p},${r.w}`)
      ws.write('d.csv', `g,h,y,p,w\n${lines.join('\n')}\n`)
      const out = await ws.run({
        audits: [
          {
            name: 'w',
            data: 'd.csv',
            label: 'y',
            prediction: 'p',
            weight: 'w',
            sensitive,
            min_group_size: 1,
            confidence: false,
            gates: [gate],
          },
        ],
      })
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      const a = out.report.audits[0] as AuditReport
      const rate = a.groups.find((x) => x.attribute === 'g' && x.key === 'A')?.metrics.selection_rate
      return { rate, passed: a.passed }
    } finally {
      ws.cleanup()
    }
  }

  it('gives A a selection rate of exactly 0.5, and passes max: 0.5, in 40 row orders, with and without h', async () => {
    const next = random(30)
    const seen = new Set<string>()
    for (let trial = 0; trial < 40; trial++) {
      const rows = shuffle([...rowsA, ...rowsB], next)
      for (const sensitive of [['g'], ['g', 'h']]) {
        const { rate, passed } = await run(rows, sensitive, next)
        seen.add(`${rate} ${passed}`)
      }
    }
    expect([...seen]).toEqual(['0.5 true'])
  })
})

describe('a weighted ROC AUC does not depend on the order of tied rows (R30-4)', () => {
  it('gives every group one AUC, and its DeLong interval one pair of bounds, in 30 row orders, with and without h', async () => {
    const next = random(8)
    // Scores in four tie levels and weights in tenths: each level's Σw is a sum in the file's order.
    const rows = Array.from({ length: 120 }, (_, i) => ({
      g: i % 3 === 0 ? 'B' : 'A',
      y: next() < 0.5 ? 1 : 0,
      s: (1 + Math.floor(next() * 4)) / 5,
      w: (1 + Math.floor(next() * 11)) / 10,
    }))
    const seen = new Set<string>()
    for (let trial = 0; trial < 30; trial++) {
      const order = shuffle(rows, next)
      for (const sensitive of [['g'], ['g', 'h']]) {
        const ws = makeWorkspace()
        try {
          const lines = order.map((r) => `${r.g},${next() < 0.5 ? 'x' : 'y'},${r.y},${r.s},${r.w}`)
          ws.write('d.csv', `g,h,y,s,w\n${lines.join('\n')}\n`)
          const out = await ws.run({
            audits: [{ name: 'w', data: 'd.csv', label: 'y', score: 's', threshold: 0.5, weight: 'w', sensitive }],
          })
          if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
          const a = out.report.audits[0] as AuditReport
          const of = (key: string) => {
            const g = a.groups.find((x) => x.attribute === 'g' && x.key === key)
            return [g?.metrics.roc_auc, ...(g?.ci?.roc_auc ?? [])]
          }
          seen.add(JSON.stringify([of('A'), of('B'), a.overall.roc_auc]))
        } finally {
          ws.cleanup()
        }
      }
    }
    expect([...seen]).toHaveLength(1)
  })
})
