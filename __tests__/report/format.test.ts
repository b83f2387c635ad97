import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatValue, groupDigits, plural } from '../../src/report/format.js'
import { codePointLength } from '../../src/report/terminal.js'

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [-1000, '-1,000'],
    [12345, '12,345'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
    [-Number.MAX_SAFE_INTEGER, '-9,007,199,254,740,991'],
  ])('%d is %s', (n, text) => {
    expect(groupDigits(n)).toBe(text)
  })

  it("writes what toLocaleString('en-US') writes, for any number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.double(), fc.constant(-0)),
        (n) => {
          expect(groupDigits(n)).toBe(n.toLocaleString('en-US'))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('is what the renderers show for counts', () => {
    expect(plural(1200, 'group')).toBe('1,200 groups')
    expect(formatValue(1234567, 'count')).toBe('1,234,567')
    expect(formatValue(2500)).toBe('2,500')
    expect(formatValue(1500.4, 'count_difference')).toBe('1,500')
    expect(formatValue(1200, 'count_group_max')).toBe('1,200')
  })

  it('shows a ratio of counts as the rate it is, not a rounded count', () => {
    expect(formatValue(0.4803, 'count_ratio')).toBe('0.4803')
    expect(formatValue(1, 'count_ratio')).toBe('1.0000')
  })
})

describe('codePointLength (the terminal tables’ column widths)', () => {
  it('counts as [...s].length does: surrogate pairs once, lone surrogates each', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'é', '\u{1F600}', '\uD83D', '\uDE00', '\u200B', '<U+202E>'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const s = parts.join('')
        expect(codePointLength(s)).toBe([...s].length)
      }),
      { numRuns: 2000 },
    )
  })
})
