// @types/node 20 declares no WebAssembly types; TypeScript ships them with the DOM library.
/// <reference lib="dom" />
/**
 * The fast pass's memories are reused across a glob's files of distinct sizes (red team 9 R9-8):
 * each WebAssembly memory reserves some 10 GB of address space until the collector frees it, and
 * 1,000 small files of distinct sizes made a memory each.
 */
import { describe, expect, it } from 'vitest'
import { ScanMemory, type ScanColumns } from '../../src/data/scan-index.js'

const columns = (n: number): ScanColumns => ({ kinds: new Int8Array(n), slotOf: new Int32Array(n).fill(-1), slots: 0 })

describe('ScanMemory.acquire', () => {
  it('serves smaller files of other sizes from the memory a larger one released', () => {
    const first = ScanMemory.acquire(5_003, 5_003, columns(3))
    first.release()
    for (const size of [4_999, 3_001, 1_203, 17, 5_003]) {
      const next = ScanMemory.acquire(size, size, columns(3))
      expect(next, String(size)).toBe(first)
      expect(next.room).toBeGreaterThanOrEqual(size)
      expect(next.chunk).toBeGreaterThanOrEqual(size)
      next.release()
    }
  })

  it('makes a new memory for a larger file or other columns, and keeps the larger spare', () => {
    const small = ScanMemory.acquire(1_000, 1_000, columns(3))
    small.release()
    const large = ScanMemory.acquire(100_000, 100_000, columns(3))
    expect(large).not.toBe(small)
    large.release()
    small.release()
    expect(ScanMemory.acquire(50_000, 50_000, columns(3))).toBe(large)
    large.release()
    expect(ScanMemory.acquire(1_000, 1_000, columns(4))).not.toBe(large)
  })

  it('keeps a large file its exact room and chunk', () => {
    const big = ScanMemory.acquire((1 << 20) + 3, 4 << 20, columns(2))
    expect(big.room).toBe((1 << 20) + 3)
    expect(big.chunk).toBe(4 << 20)
  })
})
