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
