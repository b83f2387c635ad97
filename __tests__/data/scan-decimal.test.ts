/**
 * The CSV scan's numbers of 16 to 19 digits (assembly/scan.ts, `decimalToDouble`: Eisel and
 * Lemire's algorithm) are Number() of their text, bit for bit: random digits at every scale
 * the scan reads (0 to 19 decimals), decimals halfway between two doubles and one unit either
 * side of halfway (where a wrong rounding shows), and what pandas writes (a double's shortest
 * text, 16 or 17 digits). Before, the scan read at most 15 digits and handed longer numbers
 * to the JavaScript pass (five times slower on a file of 17-digit scores); the audit's
 * differential tests against csv-parse hold the whole pass to the same numbers.
 */
import { describe, expect, it } from 'vitest'
import { SCAN_WASM } from '../../src/data/scan-wasm.js'

const kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SCAN_WASM, 'base64'))).exports as {
  decimal(lo: number, hi: number, decimals: number): number
}

/** The scan's value of the digits `w` with `decimals` of them after the point. */
function scanned(w: bigint, decimals: number): number {
  return kernel.decimal(Number(w & 0xffffffffn), Number(w >> 32n), decimals)
}

/** The text the scan reads: w's digits with a point `decimals` from the right (leading zeros as needed). */
function text(w: bigint, decimals: number): string {
  const d = w.toString().padStart(decimals + 1, '0')
  return decimals === 0 ? d : `${d.slice(0, d.length - decimals)}.${d.slice(d.length - decimals)}`
}

/** A seeded generator of 32-bit words (mulberry32). */
function words(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const LIMIT = 10n ** 19n

function expectSame(w: bigint, decimals: number): void {
  const got = scanned(w, decimals)
  const want = Number(text(w, decimals))
  if (!Object.is(got, want)) expect(`${text(w, decimals)} -> ${got}`).toBe(`${text(w, decimals)} -> ${want}`)
}

describe('the scan reads a number of up to 19 digits as Number() does', () => {
  it('random digits, 16 to 19 of them, at every scale', () => {
    const next = words(1)
    for (let i = 0; i < 150_000; i++) {
      const digits = 16 + (i % 4)
      const w = ((BigInt(next()) << 32n) | BigInt(next())) % 10n ** BigInt(digits)
      expectSame(w, next() % 20)
    }
  })

  it('decimals at, and one unit beside, the halfway point between two doubles', () => {
    const next = words(2)
    let checked = 0
    for (let i = 0; i < 80_000; i++) {
      // A double x in [1e-19, 1e19) and the midpoint m = x + ulp(x)/2, exactly, as digits × 10^-decimals.
      const x = (next() / 2 ** 32 + 2 ** -30) * 10 ** ((next() % 38) - 19)
      const view = new DataView(new ArrayBuffer(8))
      view.setFloat64(0, x)
      const bits = view.getBigUint64(0)
      const exponent = Number((bits >> 52n) & 0x7ffn) - 1075
      const significand = (bits & ((1n << 52n) - 1n)) | (1n << 52n)
      // m = (2 × significand + 1) × 2^(exponent − 1)
      const twice = 2n * significand + 1n
      for (let decimals = 0; decimals <= 19; decimals++) {
        // digits = m × 10^decimals, when that is an integer below 10^19.
        const e = exponent - 1
        let num = twice * 10n ** BigInt(decimals)
        if (e >= 0) num <<= BigInt(e)
        else {
          const den = 1n << BigInt(-e)
          if (num % den !== 0n) {
            // Not exact at this scale: the integers just below and above the midpoint.
            const lo = num / den
            if (lo + 1n < LIMIT && lo > 0n) {
              expectSame(lo, decimals)
              expectSame(lo + 1n, decimals)
              checked++
            }
            continue
          }
          num /= den
        }
        if (num >= LIMIT || num < 10n ** 15n) continue
        expectSame(num, decimals)
        expectSame(num - 1n, decimals)
        expectSame(num + 1n, decimals)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(40_000)
  })

  it('exact halfway cases round to even (2^53 + 1 and its kin)', () => {
    for (const w of [9007199254740993n, 9007199254740995n, 18014398509481987n, 18014398509481989n]) expectSame(w, 0)
    expect(scanned(9007199254740993n, 0)).toBe(9007199254740992)
    expect(scanned(9007199254740995n, 0)).toBe(9007199254740996)
    // 2^54 + 2 is halfway at 2^-... scale 10: 180143985094819.86 has 17 digits and rounds as its text
    for (const w of [1801439850948198n, 90071992547409925n, 900719925474099250n])
      for (let d = 0; d < 6; d++) expectSame(w, d)
  })

  it('what pandas writes: a double’s shortest text of 16 or 17 digits', () => {
    const next = words(3)
    let long = 0
    for (let i = 0; i < 120_000; i++) {
      const x = (next() * 2 ** 21 + (next() >>> 11)) / 2 ** 53
      const t = String(x)
      if (!/^0\.\d+$/.test(t)) continue
      const frac = t.slice(2)
      const digits = frac.replace(/^0+/, '')
      if (digits.length < 16 || frac.length > 19) continue
      long++
      expect(scanned(BigInt(frac), frac.length)).toBe(x)
    }
    expect(long).toBeGreaterThan(80_000)
  })
})
