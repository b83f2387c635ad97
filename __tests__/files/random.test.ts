/** The random numbers drawn without node:crypto: their shape, and that they vary. */
import { describe, expect, it } from 'vitest'
import { randomHex, randomInt32 } from '../../src/files/random.js'

describe('random numbers', () => {
  it('randomInt32 draws signed 32-bit integers over the whole range', () => {
    const xs = Array.from({ length: 2000 }, randomInt32)
    for (const x of xs) expect(x).toBe(x | 0)
    expect(new Set(xs).size).toBeGreaterThan(1990)
    expect(xs.some((x) => x < -(2 ** 30))).toBe(true)
    expect(xs.some((x) => x > 2 ** 30)).toBe(true)
  })

  it('randomHex gives exactly the digits asked for, each of the 16 in every place', () => {
    for (const n of [1, 12, 13, 14, 40]) expect(randomHex(n)).toMatch(new RegExp(`^[0-9a-f]{${n}}$`))
    const names = Array.from({ length: 2000 }, () => randomHex(12))
    expect(new Set(names).size).toBe(2000)
    for (let place = 0; place < 12; place++) expect(new Set(names.map((s) => s[place])).size).toBe(16)
  })
})
