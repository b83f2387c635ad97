/**
 * The JSON report written in chunks (`jsonChunks`) is `JSON.stringify(report, null, 2)` and a
 * line break, byte for byte, and no chunk is a large string (a 20,000-group report was built as
 * one 120 MB string: 490 MB peak).
 */
import { describe, expect, it } from 'vitest'
import { jsonChunks, surelyShorter } from '../../src/report/json-text.js'

const text = (v: unknown, wholeBelow?: number): string => [...jsonChunks(v, wholeBelow)].join('')
const expected = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`

function random(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

function value(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 8 ? 6 : 10))
  switch (k) {
    case 0:
      return null
    case 1:
      return r() < 0.5
    case 2:
      return [0, -0, 1.5, 1e21, Number.NaN, Infinity][Math.floor(r() * 6)]
    case 3:
      return ['', 'a\nb', '"q"', '\u2028', 'é', '<U+0041>'][Math.floor(r() * 6)]
    case 4:
      return undefined
    case 5:
      return () => 1
    case 6:
    case 7:
      return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(r() * 4) }, (_, i) => [
          ['a', '__proto__', 'k"', `x${i}`][i % 4],
          value(r, depth + 1),
        ]),
      )
  }
}

describe('jsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) does, for any nesting, undefined, functions, toJSON, empty containers', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const v = value(random(seed), 0)
      expect(text(v), `seed ${seed}`).toBe(expected(v))
      // The same in chunks (a text too long to make whole), and at a bound the text is near.
      expect(text(v, 0), `seed ${seed}, in chunks`).toBe(expected(v))
      expect(text(v, expected(v).length), `seed ${seed}, at its length`).toBe(expected(v))
    }
    const special = {
      date: new Date(0),
      custom: { toJSON: (key: string) => ({ key }) },
      deep: { a: { b: { c: { d: { e: { f: { g: [1, { h: [] }] } } } } } } },
      skip: undefined,
      list: [undefined, () => 1, Symbol('s')],
      empty: {},
      none: [],
    }
    expect(text(special)).toBe(expected(special))
    expect(text(special, 0)).toBe(expected(special))
    expect(text(undefined)).toBe(expected(undefined))
    expect(text('top')).toBe(expected('top'))
  })

  it('makes a text whole only when it is surely within the bound, the same text either way', () => {
    let whole = 0
    for (let seed = 1; seed <= 2000; seed++) {
      const v = value(random(seed), 0)
      if (v === null || typeof v !== 'object') continue
      const want = expected(v)
      for (const bound of [16, 64, 256, 1024, 4096]) {
        expect([...jsonChunks(v, bound)].join(''), `seed ${seed}`).toBe(want)
        if (!surelyShorter(v, bound)) continue
        whole++
        expect(want.length - 1, `seed ${seed}, bound ${bound}`).toBeLessThanOrEqual(bound)
      }
    }
    expect(whole).toBeGreaterThan(1000)
    const report = {
      audits: [{ groups: Array.from({ length: 300 }, (_, i) => ({ key: `g${i}`, metrics: { a: 0.5 } })) }],
    }
    expect(surelyShorter(report, 1 << 22)).toBe(true)
    expect([...jsonChunks(report)]).toEqual([expected(report)])
    expect(surelyShorter({ s: '\u0001'.repeat(1000) }, 5999)).toBe(false)
    expect(surelyShorter({ when: new Date(0) }, 1 << 22)).toBe(false)
  })

  it('gives a large report as many small chunks', () => {
    const skipped = Array.from({ length: 20_000 }, (_, i) => ({
      group: `g${i}`,
      reason: '2 rows, below min_group_size 30',
    }))
    const report = {
      audits: [
        { groups: skipped.map((s) => ({ key: s.group, metrics: { a: 1 } })), disparities: [{ skipped }, { skipped }] },
      ],
    }
    const chunks = [...jsonChunks(report)]
    expect(chunks.join('')).toBe(expected(report))
    expect(chunks.length).toBeGreaterThan(50)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 ** 17)
  })
})
