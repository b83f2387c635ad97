/**
 * The CSV scan's structural index (assembly/scan.ts, WebAssembly SIMD, 16 bytes at a time)
 * against a byte-by-byte reference: every delimiter, LF, CR and quote of a run of bytes, in
 * order, at every alignment and length around the 16-byte blocks, for several delimiters.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScanMemory } from '../../src/data/scan-index.js'

function reference(bytes: Uint8Array, start: number, end: number, delim: number): number[] {
  const out: number[] = []
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number
    if (c === delim || c === 0x0a || c === 0x0d || c === 0x22) out.push(i)
  }
  return out
}

describe('structural index', () => {
  const mem = new ScanMemory(64, 256)
  const at = mem.buffers[0]

  it('finds what a byte-by-byte scan finds, at any offset and length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.nat(40),
        fc.constantFrom(0x2c, 0x09, 0x3b, 0x7c, 0x20),
        fc.boolean(),
        (raw, shift, delim, dense) => {
          // Dense: mostly the bytes the index looks for; else any byte.
          const bytes = dense ? raw.map((b) => [0x2c, 0x09, 0x0a, 0x0d, 0x22, 0x61][b % 6] as number) : raw
          const start = at + shift
          mem.bytes.set(bytes, start)
          // Bytes just past the end that must not be reported.
          mem.bytes.fill(delim, start + bytes.length, start + bytes.length + 32)
          const n = mem.index(start, start + bytes.length, delim)
          const got = Array.from(mem.positions.subarray(0, n))
          expect(got).toEqual(reference(mem.bytes, start, start + bytes.length, delim))
          expect(mem.positions[n]).toBe(start + bytes.length)
        },
      ),
      { seed: 16, numRuns: 2000 },
    )
  })

  it('every byte of a full buffer', () => {
    const span = mem.room + mem.chunk
    mem.bytes.fill(0x0a, at, at + span)
    expect(mem.index(at, at + span, 0x2c)).toBe(span)
    expect(mem.positions[span - 1]).toBe(at + span - 1)
  })
})

describe('the scan counts a record itself: its score and key', () => {
  // One label column ("1", known and positive), one score column, no sensitive column: every
  // simple record is either counted in the scan, with its score's key, or handed back with its
  // score. Either way the number is Number(text), and a record is counted exactly when the score
  // store would keep its score as the exact key round(score × 10^6) in [0, 2^32).
  const mem = new ScanMemory(64, 256, {
    kinds: new Int8Array([1, 2]),
    slotOf: new Int32Array([0, -1]),
    slots: 1,
    fused: { predSlot: -1, sensSlot: 1, scored: true, keep: true, threshold: 0.5 },
  })
  mem.learn(0, 0x31, 0, 1, 0)
  mem.learnMeaning(0, 0, true)
  mem.learnCell([], 0)
  const at = mem.buffers[0] + 8
  const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max })
  const text = fc.oneof(
    fc
      .tuple(fc.constantFrom('', '-', '+'), digits(12), fc.constantFrom('', '.'), digits(12))
      .map(([s, a, d, b]) => s + a + d + b),
    fc.double({ noNaN: true }).map(String),
    fc
      .tuple(fc.double({ min: 0, max: 5000, noNaN: true }), fc.integer({ min: 0, max: 12 }))
      .map(([x, k]) => x.toFixed(k)),
    fc.integer({ min: 0, max: 2 ** 32 + 10 }).map((k) => (k / 1e6).toFixed(6)),
    fc.constantFrom(
      '-0',
      '0.5000000',
      '0.5000000000000000000',
      '0.50000000000000000000',
      '9007199254740993',
      '4294.967295',
      '4294.9672950',
      '4294.967296',
      '.',
      '',
      '1e5',
      '0x10',
      '1.2.3',
    ),
  )

  it('is Number(text), and counted, with its key when exact, else as itself', () => {
    fc.assert(
      fc.property(text, (s) => {
        const line = `1,${s}\n`
        mem.bytes.write(line, at, 'latin1')
        const end = at + line.length
        mem.index(at, end, 0x2c)
        const n = mem.records(at, 0, 2, end, 0x2c, 1000)
        const got = mem.takeCounted()
        const m = /^[+-]?(\d*)\.?(\d*)$/.exec(s)
        const nd = m ? (m[1] as string).length + (m[2] as string).length : 0
        // At most 19 digits (16 to 19 by Eisel and Lemire's conversion, __tests__/data/scan-decimal.test.ts).
        if (!m || nd === 0 || nd > 19) {
          // Not what the scan reads: the record is the caller's, from its start.
          expect(n + got.rows).toBe(0)
          expect(mem.stopped.p).toBe(at)
          return
        }
        const score = Number(s)
        const k = Math.round(score * 1e6)
        const keeps = k >= 0 && k <= 0xffffffff && k / 1e6 === score
        expect(mem.stopped.p).toBe(end)
        if (keeps) {
          expect([n, got.rows, got.keys]).toEqual([0, 1, 1])
          expect(mem.keys[0]).toBe(k + 0) // a u32: -0 is 0
          // Tag: cell 0, positive label. Prediction: score ≥ threshold (FN or TP).
          expect(mem.keys[1]).toBe(1)
          expect(Object.is(got.min, score)).toBe(true)
          expect(Array.from(mem.countsSoFar().counts.subarray(0, 4))).toEqual(
            score >= 0.5 ? [0, 0, 0, 1] : [0, 0, 1, 0],
          )
          mem.clearCounts()
        } else {
          // No exact key: counted all the same, the score kept as itself in two pairs (FLOAT_TAG).
          expect([n, got.rows, got.keys, got.floats]).toEqual([0, 1, 2, 1])
          expect([mem.keys[0], mem.keys[1]]).toEqual([0, 0x80000001])
          expect(Object.is(new Float64Array(mem.keys.buffer, mem.keys.byteOffset + 8, 1)[0], score)).toBe(true)
          expect(Object.is(got.min, score)).toBe(true)
          mem.clearCounts()
        }
      }),
      { seed: 99, numRuns: 5000 },
    )
  })
})
