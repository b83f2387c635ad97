/**
 * Weighted sums that do not depend on the order of the rows (red team 30, R30-4): `ExactSums`
 * against an exact BigInt reference, and the audit of one weighted file in many row orders and
 * with an unrelated extra sensitive column, whose weighted selection rate is exactly 0.5 at a
 * gate `max: 0.5` (before, 0.5 or 0.5000000000000001 by the order: the gate passed or failed).
 */
import { describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { ExactSums, roundPartials } from '../../src/stats/exact-sum.js'
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
    const K = 1100
    const exact = (terms: readonly number[]): number => {
      let total = 0n
      for (const t of terms) {
        const e = Math.max(-1074, Math.floor(Math.log2(Math.abs(t))) - 52)
        total += BigInt(t / 2 ** e) << BigInt(e + K)
      }
      if (total === 0n) return 0
      const sign = total < 0n ? -1 : 1
      const abs = total < 0n ? -total : total
      const shift = Math.max(0, abs.toString(2).length - 53)
      let q = abs >> BigInt(shift)
      const rem = abs - (q << BigInt(shift))
      const half = shift > 0 ? 1n << BigInt(shift - 1) : 0n
      if (shift > 0 && (rem > half || (rem === half && (q & 1n) === 1n))) q += 1n
      // Two factors, so that neither overflows nor underflows on the way.
      const k = shift - K
      return sign * Number(q) * 2 ** Math.trunc(k / 2) * 2 ** (k - Math.trunc(k / 2))
    }
    const next = random(17)
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(next() * 200)
      const terms = Array.from({ length: n }, () => (next() < 0.3 ? -1 : 1) * spread(next, -1000, 1000))
      // Add the opposite of some terms again, so that partials cancel out.
      for (let i = 0; i < n; i += 3) terms.push(-(terms[i] as number))
      const want = exact(terms)
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
