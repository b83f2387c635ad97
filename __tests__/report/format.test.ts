import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatValue, groupDigits, plural } from '../../src/report/format.js'

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
  })
})
