// @types/node 20 declares no WebAssembly types; TypeScript ships them with the DOM library.
/// <reference lib="dom" />
/**
 * The fast pass's interner spreads cells over its slots by a hash of every byte, seeded in each
 * process (red team 9 R9-10): values of one length and one ending shared one probe chain that
 * every row walked (50,000 rows of 20,000 `%08dSAMETAIL` values took 15 s of CPU). Probes are
 * counted, not timed; the seeds are fixed here so the counts are too.
 */
import { describe, expect, it } from 'vitest'
import { ByteInterner, keyHi, keyLo } from '../../src/data/fastcsv.js'
import { SCAN_WASM } from '../../src/data/scan-wasm.js'

function lookUp(interner: ByteInterner, text: string): number {
  // As in the pass, bytes before the cell: keyLo and keyHi read 8 bytes back from its end.
  const buf = Buffer.from(`01234567,${text},`)
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const s = 9
  const e = buf.length - 1
  return interner.lookup(buf, s, e, keyLo(view, s, e), keyHi(view, s, e))
}

describe('the fast pass interner', () => {
  it.each([1, 0x12345679, -7])('spreads 20,000 values that share their length and last 8 bytes (seed %i)', (seed) => {
    const values = Array.from({ length: 20_000 }, (_, i) => `${String(i).padStart(8, '0')}SAMETAIL`)
    const interner = new ByteInterner(() => {}, seed)
    values.forEach((v, i) => expect(lookUp(interner, v)).toBe(i))
    const before = interner.probes
    for (const [i, v] of values.entries()) expect(lookUp(interner, v)).toBe(i)
    // A table at most half full: about 1.5 slots a lookup; one chain of all would be 10,000.
    expect((interner.probes - before) / values.length).toBeLessThan(4)
    expect(interner.strings).toEqual(values)
  })

  it('spreads short values that differ only in their last byte, and tells every length apart', () => {
    const interner = new ByteInterner(() => {}, 99)
    const values = ['', 'a', 'aa', 'aaa', 'aaaa', 'aaaaa', 'aaaaaaaa', 'aaaaaaaaa', 'aaaaaaaaaaaaaaaaa']
    for (let c = 0; c < 256; c++) values.push(`group_0${String.fromCharCode(c)}`)
    const ids = values.map((v) => lookUp(interner, v))
    expect(values.map((v) => lookUp(interner, v))).toEqual(ids)
    expect(new Set(ids).size).toBe(new Set(values).size)
    const before = interner.probes
    values.forEach((v) => lookUp(interner, v))
    expect((interner.probes - before) / values.length).toBeLessThan(4)
  })
})

describe("the WebAssembly scan's key table", () => {
  const kernel = (): {
    setSeed(seed: number): void
    slot(lo: number, hi: number, len: number, mask: number): number
  } =>
    new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SCAN_WASM, 'base64')), {})
      .exports as unknown as ReturnType<typeof kernel>

  /** The hash it replaced: bits 7 to 18 of one product. */
  const oldSlot = (lo: number, hi: number, len: number, mask: number): number =>
    ((Math.imul(lo ^ Math.imul(hi, 0x2c1b3c6d) ^ (len << 27), 0x9e3779b1) >>> 7) & mask) >>> 0

  it.each([1, 0x12345679, -7])('spreads 2,000 four-byte keys that shared one slot (seed %i)', (seed) => {
    // Keys that differ only above bit 18: the old hash put every one in one slot.
    const keys = Array.from({ length: 2000 }, (_, i) => 0x41414141 ^ (i << 20))
    expect(new Set(keys.map((lo) => oldSlot(lo, 0, 4, 4095))).size).toBe(1)
    const k = kernel()
    k.setSeed(seed)
    const slots = keys.map((lo) => k.slot(lo, 0, 4, 4095))
    // 2,000 keys thrown into 4,096 slots at random land in about 1,570 distinct ones.
    expect(new Set(slots).size).toBeGreaterThan(1400)
    expect(Math.min(...slots)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...slots)).toBeLessThanOrEqual(4095)
  })

  it('gives keys of other lengths or seeds other slots', () => {
    const k = kernel()
    k.setSeed(5)
    const a = Array.from({ length: 512 }, (_, i) => k.slot(i, 0, 3, 4095))
    const b = Array.from({ length: 512 }, (_, i) => k.slot(i, 0, 4, 4095))
    k.setSeed(6)
    const c = Array.from({ length: 512 }, (_, i) => k.slot(i, 0, 3, 4095))
    expect(a.filter((s, i) => s === b[i]).length).toBeLessThan(10)
    expect(a.filter((s, i) => s === c[i]).length).toBeLessThan(10)
  })
})
