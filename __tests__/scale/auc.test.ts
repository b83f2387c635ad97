/**
 * The shared score store gives every group's exact ROC AUC in one counting sort: checked
 * against the per-group sort (`ScoreSketch`, the Mann–Whitney definition) on random data
 * with ties, 6-decimal scores, wide integer ranges and arbitrary doubles; and DeLong's
 * standard error from the same sweep.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aucFromCounts, delongFromSums, ScoreStore } from '../../src/stats/auc.js'
import { delongAuc, ScoreSketch } from '../support/auc-reference.js'
import { GroupAccumulator } from '../../src/stats/accumulate.js'
import { fuzzRuns } from '../support/fuzz.js'

const score = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1e6),
  fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
  fc.integer({ min: 0, max: 4_000_000_000 }).map((k) => k / 1e6),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
)

describe('ScoreStore', () => {
  it('equals the per-group sort for every group (blocked sweep and plain counting sort)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: score, label: fc.boolean(), cell: fc.integer({ min: 0, max: 79 }) }), {
          maxLength: 300,
        }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(3, 40),
        (rows, fixedOnly, blocked, split) => {
          const store = new ScoreStore()
          // Cells 0..79 count in group 0 (overall) and in group 1 + cell % split: 4 or 41
          // groups (more than 32 crosses a word of the blocked sweep's bitmap).
          const groupsOf = new Int32Array(80 * 2)
          for (let c = 0; c < 80; c++) groupsOf.set([0, 1 + (c % split)], c * 2)
          const sketches = Array.from({ length: split + 1 }, () => new ScoreSketch())
          for (const r of rows) {
            const s = fixedOnly ? Math.round(Math.abs(r.s) * 1e6) / 1e6 : r.s
            store.push(s, r.cell * 2 + (r.label ? 1 : 0))
            sketches[0]?.add(s, r.label)
            sketches[1 + (r.cell % split)]?.add(s, r.label)
          }
          const sums = store.computeGroupAucs(groupsOf, 2, split + 1, { blocked })
          const { pos, neg, wins2 } = sums
          sketches.forEach((sk, g) => {
            // DeLong's standard error from the sweep's sums = from the sorted scores.
            const d = sk.delong()
            const e = delongFromSums(sums, g)
            expect(e === null).toBe(d === null)
            if (d && e) {
              expect(Math.abs(e.auc - d.auc)).toBeLessThanOrEqual(1e-12)
              expect(Math.abs(e.se - d.se)).toBeLessThanOrEqual(1e-9)
            }
            const want = sk.auc()
            const got = aucFromCounts(pos[g] as number, neg[g] as number, wins2[g] as number)
            expect(got.value === null ? null : Math.abs(got.value - (want.value as number)) <= 1e-12).toBe(
              want.value === null ? null : true,
            )
            expect(got.reason).toBe(want.reason)
          })
        },
      ),
      { seed: 20261123, numRuns: fuzzRuns(500) },
    )
  })
})

describe('GroupAccumulator', () => {
  it('rolls cells up into every grouping with the AUC of each group', () => {
    const acc = new GroupAccumulator(
      ['a', 'b'],
      [{ columns: ['a'] }, { columns: ['b'] }, { columns: ['a', 'b'] }],
      true,
      100,
    )
    const rows: [boolean, boolean, number, string, string][] = [
      [true, true, 0.9, 'x', 'p'],
      [false, true, 0.8, 'x', 'q'],
      [true, false, 0.3, 'y', 'p'],
      [false, false, 0.3, 'y', 'p'],
      [true, true, 0.7, 'x', 'q'],
      [false, false, 0.1, 'x', 'p'],
    ]
    for (const [l, p, s, a, b] of rows) acc.add(l, p, s, [a, b])
    expect(acc.rows).toBe(6)
    expect(acc.overall).toMatchObject({ tp: 2, fp: 1, tn: 2, fn: 1 })
    expect(acc.cells[0]?.get('x')).toMatchObject({ values: ['x'], tp: 2, fp: 1, tn: 1, fn: 0 })
    expect(acc.cells[2]?.get('y\u001fp')).toMatchObject({ values: ['y', 'p'], tp: 0, fp: 0, tn: 1, fn: 1 })
    // x: positives 0.9, 0.7; negatives 0.8, 0.1 → pairs won: (0.9>0.8, 0.9>0.1, 0.7>0.1) = 3 of 4.
    expect(acc.cells[0]?.get('x')?.sketch?.auc().value).toBe(0.75)
    // y: one tie → 0.5.
    expect(acc.cells[0]?.get('y')?.sketch?.auc().value).toBe(0.5)
    expect(acc.cells[1]?.get('q')?.sketch?.auc()).toEqual({ value: 0 })
  })
})

/**
 * Twice the Mann–Whitney count of a group, pair by pair (O(m·n)): 2 per (positive, negative)
 * pair ranked right, 1 per tie. An exact integer, so the production sums must equal it exactly.
 */
function naiveWins2(pos: number[], neg: number[]): number {
  let w = 0
  for (const p of pos) for (const q of neg) w += p > q ? 2 : p === q ? 1 : 0
  return w
}

/** Rows of a GroupAccumulator-like layout: four slots (overall, a 3-group attribute, a tiny-group attribute, a slot some cells are outside). */
const SLOTS = 4
const CELLS = 42
function layout(): { groupsOf: Int32Array; groups: number } {
  const groupsOf = new Int32Array(CELLS * SLOTS)
  for (let c = 0; c < CELLS; c++)
    groupsOf.set([0, 1 + (c % 3), 4 + (c % 7), c % 5 === 0 ? -1 : 11 + (c % 2)], c * SLOTS)
  return { groupsOf, groups: 13 }
}

describe('ScoreStore, against the pairwise definition', () => {
  const { groupsOf, groups } = layout()
  // Scores: heavy ties (a few values), six decimals, wide six-decimal integers (past the 2^23
  // direct range), and 8-byte doubles that arrive after rows were kept as integers.
  const tieScore = fc.integer({ min: 0, max: 8 }).map((k) => k / 8)
  const decimal = fc.integer({ min: 0, max: 999_999 }).map((k) => k / 1e6)
  const wide = fc.integer({ min: 0, max: 4_294_967_295 }).map((k) => k / 1e6)
  const double = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true })
  const rows = fc.array(
    fc.record({
      s: fc.oneof(
        { weight: 6, arbitrary: tieScore },
        { weight: 3, arbitrary: decimal },
        { weight: 1, arbitrary: wide },
      ),
      label: fc.boolean(),
      // Cells 0..3 are frequent; 20..41 tiny; cell 6 is always positive, cell 13 always negative (one-class groups).
      cell: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: CELLS - 1 })),
    }),
    // 'max': lengths spread up to 2,600, past the first 1,024-row chunk a store that leaves WebAssembly memory lays out.
    { maxLength: 2600, size: 'max' },
  )

  it('gives every group the exact Mann–Whitney count, the same sums as the counting sort, and DeLong’s error', () => {
    fc.assert(
      fc.property(rows, fc.option(fc.tuple(fc.nat(), double)), (data, float) => {
        const at = float ? float[0] % (data.length + 1) : -1
        const fast = new ScoreStore()
        const plain = new ScoreStore()
        const members: { pos: number[]; neg: number[] }[] = Array.from({ length: groups }, () => ({ pos: [], neg: [] }))
        const add = (s: number, cell: number, labelIn: boolean): void => {
          const label = cell === 6 ? true : cell === 13 ? false : labelIn
          fast.push(s, cell * 2 + (label ? 1 : 0))
          plain.push(s, cell * 2 + (label ? 1 : 0))
          for (let k = 0; k < SLOTS; k++) {
            const g = groupsOf[cell * SLOTS + k] as number
            if (g >= 0) (members[g] as { pos: number[]; neg: number[] })[label ? 'pos' : 'neg'].push(s)
          }
        }
        data.forEach((r, i) => {
          if (i === at && float) add(float[1], 1, true)
          add(r.s, r.cell, r.label)
        })
        if (at === data.length && float) add(float[1], 1, true)
        const sums = fast.computeGroupAucs(groupsOf, SLOTS, groups)
        const reference = plain.computeGroupAucs(groupsOf, SLOTS, groups, { blocked: false })
        for (const key of ['pos', 'neg', 'wins2', 'posA2', 'negC', 'negC2'] as const)
          expect([...sums[key]], key).toEqual([...reference[key]])
        members.forEach(({ pos, neg }, g) => {
          expect(sums.pos[g]).toBe(pos.length)
          expect(sums.neg[g]).toBe(neg.length)
          expect(sums.wins2[g]).toBe(naiveWins2(pos, neg))
          const want = delongAuc(Float64Array.from(pos).sort(), Float64Array.from(neg).sort())
          const got = delongFromSums(sums, g)
          expect(got === null).toBe(want === null)
          if (got && want) {
            expect(Math.abs(got.auc - want.auc)).toBeLessThanOrEqual(1e-12)
            expect(Math.abs(got.se - want.se)).toBeLessThanOrEqual(1e-9)
          }
        })
      }),
      { seed: 20261201, numRuns: fuzzRuns(60) },
    )
  })

  it('keeps more than a chunk of rows (1,048,576) exactly, in WebAssembly memory and after leaving it for 8-byte scores', () => {
    // Seeded rows past one chunk: the store moves its rows from its small kernel to the large
    // one at 65,536 rows, and a double at row 1.1M moves every row kept so far into chunks. Each group's counts and Mann–Whitney count
    // are checked against histograms of its scores (k / 5000, and the double between two of
    // them), and all sums against the counting sort's.
    for (const double of [false, true]) {
      let seed = 20261201
      const next = (): number => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
        return seed
      }
      const fast = new ScoreStore()
      const plain = new ScoreStore()
      const n = 1_150_000
      // Per group, rows by bin (2k for score k / 5000; 2·1570 + 1 for the double) and label.
      const hist = Array.from({ length: groups }, () => [new Float64Array(10_000), new Float64Array(10_000)])
      for (let i = 0; i < n; i++) {
        const r = next()
        const cell = (r >>> 8) % CELLS
        const label = cell !== 13 && ((r & 1) === 1 || cell === 6)
        const k = (r >>> 12) % 5000
        const special = double && i === 1_100_000
        const s = special ? 0.3141000001 : k / 5000
        fast.push(s, cell * 2 + (label ? 1 : 0))
        plain.push(s, cell * 2 + (label ? 1 : 0))
        for (let slot = 0; slot < SLOTS; slot++) {
          const g = groupsOf[cell * SLOTS + slot] as number
          if (g >= 0) (hist[g] as Float64Array[])[label ? 1 : 0]![special ? 2 * 1570 + 1 : 2 * k]! += 1
        }
      }
      const sums = fast.computeGroupAucs(groupsOf, SLOTS, groups)
      const reference = plain.computeGroupAucs(groupsOf, SLOTS, groups, { blocked: false })
      hist.forEach(([neg, pos], g) => {
        let below = 0
        let wins2 = 0
        let P = 0
        for (let v = 0; v < 10_000; v++) {
          wins2 += pos![v]! * (2 * below + neg![v]!)
          below += neg![v]!
          P += pos![v]!
        }
        expect([sums.pos[g], sums.neg[g], sums.wins2[g]], `group ${g}`).toEqual([P, below, wins2])
      })
      for (const key of ['pos', 'neg', 'wins2', 'posA2', 'negC', 'negC2'] as const)
        expect([...sums[key]], `${key}${double ? ' (with a double)' : ''}`).toEqual([...reference[key]])
    }
  })
})

describe('ScoreStore, once computed', () => {
  it('refuses another row, in WebAssembly memory or in chunks', () => {
    for (const score of [0.5, Math.PI]) {
      const store = new ScoreStore()
      store.push(0.25, 1)
      store.push(score, 0)
      store.computeGroupAucs(new Int32Array([0]), 1, 1)
      expect(() => store.push(0.75, 1)).toThrow('push after the AUCs were computed')
    }
  })
})

describe('ScoreStore, 8-byte scores ranked by buckets of their value', () => {
  /** Twice the Mann–Whitney count of one group, pair by pair. */
  const wins2Of = (pos: number[], neg: number[]): number => {
    let w = 0
    for (const p of pos) for (const q of neg) w += p > q ? 2 : p === q ? 1 : 0
    return w
  }
  // Each shape puts rows into buckets differently: evenly; nearly all in one bucket (one outlier
  // stretches the span, so the engine's sort ranks that bucket); ties across the whole range;
  // -0 beside 0; a span past the largest double (one bucket); wide integers past the 2^23 direct range;
  // a span too small to divide by.
  const shapes: Record<string, (next: () => number, i: number) => number> = {
    even: (next) => next() * 2 - 1,
    clustered: (next, i) => (i === 0 ? 1e6 : 0.5 + next() * 1e-9),
    ties: (next) => Math.floor(next() * 50) / 7,
    zeros: (next, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : next() < 0.5 ? -1e-300 : 1e-300),
    infinite: (next, i) => (i === 0 ? -1.7e308 : i === 1 ? 1.7e308 : (next() - 0.5) * 1e307),
    wide: (next) => Math.floor(next() * 4_000_000_000) / 1e6 + (next() < 0.01 ? 1e-7 : 0),
    // A span of 1e-307, whose buckets / span overflows: the least score fell in bucket NaN (red team 33 R33-3).
    tiny: (next) => (next() < 0.5 ? 1e-307 : 2e-307 + Math.floor(next() * 20) * 1e-310),
  }
  for (const [name, shape] of Object.entries(shapes))
    it(`gives each group its exact Mann–Whitney count: ${name}`, () => {
      let seed = 7
      const next = (): number => {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
        return seed / 2 ** 32
      }
      const groups = 4
      const groupsOf = new Int32Array(8 * 2)
      for (let c = 0; c < 8; c++) groupsOf.set([0, 1 + (c % 3)], c * 2)
      const members = Array.from({ length: groups }, () => ({ pos: [] as number[], neg: [] as number[] }))
      const store = new ScoreStore()
      for (let i = 0; i < 3000; i++) {
        const s = shape(next, i)
        const cell = Math.floor(next() * 8)
        const label = next() < 0.4
        store.push(s, cell * 2 + (label ? 1 : 0))
        for (const g of [0, 1 + (cell % 3)]) members[g]![label ? 'pos' : 'neg'].push(s)
      }
      const sums = store.computeGroupAucs(groupsOf, 2, groups)
      members.forEach(({ pos, neg }, g) => {
        expect([sums.pos[g], sums.neg[g], sums.wins2[g]], `group ${g}`).toEqual([
          pos.length,
          neg.length,
          wins2Of(pos, neg),
        ])
      })
    })
})

describe('ScoreStore, weighted 8-byte scores (red team 36 R36-7)', () => {
  it("writes its sorted copy over the ranking's arrays, and keeps the exact weighted Mann–Whitney sum", () => {
    const n = 5_000
    let seed = 11
    const next = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
      return seed / 2 ** 32
    }
    // 700 17-digit scores (ranked by buckets, with ties), weights in quarters (every product exact).
    const pool = Array.from({ length: 700 }, () => next())
    const rows = Array.from({ length: n }, (_, i) => ({
      s: pool[Math.floor(next() * 700)] as number,
      w: 1 + (i % 4) * 0.25,
      label: i % 3 === 0,
      cell: i % 2,
    }))
    const store = new ScoreStore()
    for (const r of rows) store.push(r.s, r.cell * 2 + (r.label ? 1 : 0), r.w)
    // Cells 0 and 1 count in group 0 (overall) and in group 1 + cell.
    const groupsOf = new Int32Array([0, 1, 0, 2])
    // Arrays of a row each made while the AUCs are computed: the ranking's values and rows only.
    const made: string[] = []
    const counting = <T extends object>(C: T, name: string): T =>
      new Proxy(C, {
        construct(target, args: unknown[], newTarget) {
          if (args[0] === n) made.push(name)
          return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget) as object
        },
      })
    const { Float64Array: F64, Uint32Array: U32 } = globalThis
    let sums: ReturnType<ScoreStore['computeWeightedGroupAucs']>
    try {
      globalThis.Float64Array = counting(F64, 'Float64Array')
      globalThis.Uint32Array = counting(U32, 'Uint32Array')
      sums = store.computeWeightedGroupAucs(groupsOf, 2, 3)
    } finally {
      globalThis.Float64Array = F64
      globalThis.Uint32Array = U32
    }
    expect(made.sort()).toEqual(['Float64Array', 'Uint32Array'])
    for (let g = 0; g < 3; g++) {
      const members = rows.filter((r) => g === 0 || r.cell === g - 1)
      let wins2 = 0
      for (const p of members)
        if (p.label) for (const q of members) if (!q.label) wins2 += p.w * q.w * (p.s > q.s ? 2 : p.s === q.s ? 1 : 0)
      expect([sums.pos[g], sums.neg[g], sums.wins2[g]], `group ${g}`).toEqual([
        members.filter((r) => r.label).reduce((a, r) => a + r.w, 0),
        members.filter((r) => !r.label).reduce((a, r) => a + r.w, 0),
        wins2,
      ])
    }
  })
})
