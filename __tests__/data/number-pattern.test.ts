/**
 * The number patterns that read labels, predictions, scores, weights, binned cells and group
 * values as numbers take time linear in the cell: `\d+\.?\d*` tried every split of a run of digits
 * that does not end as a number between its two parts, N² steps, and a cell of 100,000 digits and
 * an `x` (a 198-byte .csv.gz) took 24–27 s of CPU, 1,000,000 digits about 45 minutes (red team 14
 * R14-6). Linear, each call below takes milliseconds; quadratic, it would not end within the
 * suite's timeout.
 */
import { describe, expect, it } from 'vitest'
import { binNumber } from '../../src/data/bins.js'
import { normaliseLabel, parseScore } from '../../src/data/values.js'
import { makeValueComparator } from '../../src/stats/accumulate.js'

const digits = '1'.repeat(1_000_000)

describe('number patterns are linear in the cell (red team 14 R14-6)', () => {
  it('a million digits and an x is no number, for every reader of numbers', () => {
    for (const tail of ['x', '.5x', ' x', 'e5x']) {
      const cell = digits + tail
      expect(parseScore(cell)).toBeNull()
      expect(normaliseLabel(cell)).toBe(cell)
      expect(binNumber(cell)).toBe('not a decimal number')
      // Group values sort numerically only when every one is a number: here, by code point.
      expect(['2', cell, '10'].sort(makeValueComparator(['2', cell, '10']))).toEqual(['10', cell, '2'])
    }
    // A million digits that are a number are read as one.
    const long = `0.${digits}`
    expect(parseScore(long)).toBe(Number(long))
    expect(binNumber(long)).toBe(Number(long))
    expect(['2', long, '10'].sort(makeValueComparator(['2', long, '10']))).toEqual([long, '2', '10'])
  })

  it('still reads what it read: signs, decimals, exponents, spaces', () => {
    for (const [cell, value] of [
      ['1', 1],
      ['+1.', 1],
      ['-.5', -0.5],
      [' 2.50e-1 ', 0.25],
      ['1E3', 1000],
    ] as const) {
      expect(parseScore(cell)).toBe(value)
      expect(binNumber(cell)).toBe(value)
    }
    for (const cell of ['.', '1..2', '1e', 'e1', '--1', '1 2', '']) {
      expect(parseScore(cell)).toBeNull()
      expect(typeof binNumber(cell)).toBe('string')
    }
  })
})
