/**
 * The columnar pass's RLE / bit-packed hybrid decoder (`readHybrid`, `hybridZeros` in
 * `parquet-pages.ts`) against hyparquet's own reader (where a run-length run claims more values
 * than are left, the product refuses the page, red team 9 R9-2): every width from 1 to 24 bits, runs of
 * both kinds in any order and of any length (a last bit-packed group cut short by the page's
 * values included), the same values, the same answer to "is every value below the dictionary's
 * length", and the same count of zeros for definition levels. `HybridReader` (a page's dictionary
 * indices decoded as batches read them) read in parts of any size gives `readHybrid`'s values, and
 * refuses what it refuses.
 */
import fc from 'fast-check'
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js'
import { describe, expect, it } from 'vitest'
import { HybridReader, hybridZeros, readHybrid } from '../../src/data/parquet-pages.js'
import { fuzzRuns } from '../support/fuzz.js'

function varint(n: number, out: number[]): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
}

/** Runs as a writer writes them: `[true, values]` bit-packed (padded to groups of 8), `[false, value, count]` RLE. */
type Run = { packed: true; values: number[] } | { packed: false; value: number; count: number }

function encode(runs: Run[], width: number): Uint8Array {
  const out: number[] = []
  for (const run of runs) {
    if (run.packed) {
      const groups = Math.ceil(run.values.length / 8)
      varint(groups * 2 + 1, out)
      const body = new Uint8Array(groups * width)
      run.values.forEach((v, i) => {
        for (let b = 0; b < width; b++)
          if (Math.floor(v / 2 ** b) % 2 === 1) {
            const at = (i * width + b) >>> 3
            body[at] = (body[at] as number) | (1 << ((i * width + b) & 7))
          }
      })
      out.push(...body)
    } else {
      varint(run.count * 2, out)
      for (let i = 0, v = run.value; i < (width + 7) >> 3; i++, v = Math.floor(v / 256)) out.push(v & 0xff)
    }
  }
  return Uint8Array.from(out)
}

/**
 * Whether the first `n` values end inside a run-length run that claims more (the product refuses
 * such a run: red team 9 R9-2; hyparquet's loop walks it whole).
 */
function cutInsideRle(runs: Run[], n: number): boolean {
  let seen = 0
  for (const run of runs) {
    const count = run.packed ? Math.ceil(run.values.length / 8) * 8 : run.count
    if (seen + count >= n) return !run.packed && seen + count > n
    seen += count
  }
  return false
}

const runsOf = (width: number): fc.Arbitrary<Run[]> => {
  const value = fc.integer({ min: 0, max: 2 ** width - 1 })
  return fc.array(
    fc.oneof(
      fc.record({ packed: fc.constant(true as const), values: fc.array(value, { minLength: 1, maxLength: 70 }) }),
      fc.record({ packed: fc.constant(false as const), value, count: fc.integer({ min: 1, max: 40 }) }),
    ),
    { minLength: 1, maxLength: 8 },
  )
}

describe('readHybrid = hyparquet', () => {
  it('every width from 1 to 24 bits: the same values, and whether each is below the limit (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }).chain((w) => fc.tuple(fc.constant(w), runsOf(w), fc.nat(), fc.nat())),
        ([width, runs, cut, limitSeed]) => {
          const bytes = encode(runs, width)
          const total = runs.reduce((n, r) => n + (r.packed ? Math.ceil(r.values.length / 8) * 8 : r.count), 0)
          const n = 1 + (cut % total)
          const expected = new Int32Array(n)
          readRleBitPackedHybrid({ view: new DataView(bytes.buffer), offset: 0 }, width, expected, bytes.length)
          const limit = limitSeed % (2 ** width + 1)
          const got = new Int32Array(n)
          if (cutInsideRle(runs, n)) {
            expect(() => readHybrid(bytes, 0, bytes.length, width, got, limit)).toThrow(/claims \d+ values, more than/)
            return
          }
          const below = readHybrid(bytes, 0, bytes.length, width, got, limit)
          expect([...got]).toEqual([...expected])
          expect(below).toBe(expected.every((v) => v < limit))
          // The page's bytes after the runs are not read (a page of several columns' bytes).
          const padded = new Uint8Array(bytes.length + 9).fill(0xff)
          padded.set(bytes)
          const again = new Int32Array(n)
          readHybrid(padded, 0, bytes.length, width, again)
          expect([...again]).toEqual([...expected])
        },
      ),
      { seed: 16, numRuns: fuzzRuns(2000) },
    )
  })

  it('definition levels: hybridZeros counts the zeros readHybrid writes (1,000 runs)', () => {
    fc.assert(
      fc.property(runsOf(1), fc.nat(), (runs, cut) => {
        const bytes = encode(runs, 1)
        const total = runs.reduce((n, r) => n + (r.packed ? Math.ceil(r.values.length / 8) * 8 : r.count), 0)
        const n = 1 + (cut % total)
        const levels = new Uint8Array(n)
        if (cutInsideRle(runs, n)) {
          expect(() => readHybrid(bytes, 0, bytes.length, 1, levels)).toThrow(/more than/)
          expect(() => hybridZeros(bytes, 0, bytes.length, n)).toThrow(/more than/)
          return
        }
        readHybrid(bytes, 0, bytes.length, 1, levels)
        expect(hybridZeros(bytes, 0, bytes.length, n)).toBe(levels.filter((v) => v === 0).length)
      }),
      { seed: 17, numRuns: fuzzRuns(1000) },
    )
  })

  it('hybridZeros refuses what readHybrid refuses', () => {
    for (const bytes of [[0x03], [0x02], [0x02, 0x02], [0x80]]) {
      const b = Uint8Array.from(bytes)
      let message = ''
      try {
        readHybrid(b, 0, b.length, 1, new Uint8Array(8))
      } catch (e) {
        message = (e as Error).message
      }
      expect(message).not.toBe('')
      expect(() => hybridZeros(b, 0, b.length, 8)).toThrow(message)
    }
  })
})

describe('HybridReader = readHybrid, read in parts', () => {
  it('every width from 1 to 24 bits, parts of 1 to 40 values: the same values, and the same refusals (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 24 })
          .chain((w) =>
            fc.tuple(
              fc.constant(w),
              runsOf(w),
              fc.nat(),
              fc.nat(),
              fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1 }),
            ),
          ),
        ([width, runs, cut, limitSeed, parts]) => {
          const bytes = encode(runs, width)
          const total = runs.reduce((n, r) => n + (r.packed ? Math.ceil(r.values.length / 8) * 8 : r.count), 0)
          const n = 1 + (cut % total)
          const limit = 1 + (limitSeed % 2 ** width)
          const expected = new Int32Array(n)
          let refusal: string | null = null
          try {
            if (!readHybrid(bytes, 0, bytes.length, width, expected, limit)) refusal = 'past its dictionary of'
          } catch (e) {
            refusal = (e as Error).message
          }
          const reader = new HybridReader(bytes, 0, bytes.length, width, n, limit)
          const got = new Int32Array(n)
          const readAll = (): void => {
            for (let at = 0, k = 0; at < n; k++) {
              const take = Math.min(n - at, parts[k % parts.length] as number)
              reader.read(got, at, take)
              at += take
            }
          }
          if (refusal !== null) {
            // Refused too, perhaps for another of the page's faults first (the index past the
            // dictionary is found as it is read, readHybrid's after the page's runs).
            expect(readAll).toThrow(/claims \d+ values, more than|past its dictionary of|past the end of its page/)
            return
          }
          readAll()
          expect([...got]).toEqual([...expected])
          expect(() => reader.read(got, 0, 1)).toThrow(/more values read than a page holds/)
        },
      ),
      { seed: 18, numRuns: fuzzRuns(2000) },
    )
  })

  it('widths of 25 to 32 bits, and a width of 0 (every index 0)', () => {
    for (const width of [25, 31, 32]) {
      const values = Array.from({ length: 40 }, (_, i) => (i * 2654435761) % 2 ** Math.min(width, 31))
      const bytes = encode(
        [
          { packed: true, values },
          { packed: false, value: 5, count: 9 },
        ],
        width,
      )
      const expected = new Int32Array(49)
      readHybrid(bytes, 0, bytes.length, width, expected)
      const reader = new HybridReader(bytes, 0, bytes.length, width, 49, 2 ** 31)
      const got = new Int32Array(49)
      for (let at = 0; at < 49; at += 5) reader.read(got, at, Math.min(5, 49 - at))
      expect([...got]).toEqual([...expected])
    }
    const zero = new HybridReader(new Uint8Array(0), 0, 0, 0, 10, 3)
    const got = new Int32Array(10).fill(7)
    zero.read(got, 0, 4)
    zero.read(got, 4, 6)
    expect([...got]).toEqual(new Array(10).fill(0))
    expect(() => new HybridReader(new Uint8Array(0), 0, 0, 0, 1, 0).read(got, 0, 1)).toThrow(/past its dictionary of 0/)
  })
})
