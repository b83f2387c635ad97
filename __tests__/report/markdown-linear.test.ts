/**
 * The markdown escape in one pass (red team 4 R4-2, R4-3): the same text, character for
 * character, as the per-character escape it replaced (`support/markdown-reference.ts`), on
 * random text built from the characters its rules look at; and its cost linear in the text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownInert } from '../../src/report/format.js'
import { referenceMarkdownInert } from '../support/markdown-reference.js'

const UNITS = [
  ...'aAbBcCdDeEfFwWxXjJ0123456789',
  ...'-./:_+=#@!$&<>"|`\\*[]()~ ,;',
  'www.',
  'WwW.',
  'JIRA-',
  'GH-',
  'deadbeef',
  '1e',
  '1.5e-',
  '<U+200B>',
  '\u00e9',
  '\u{1F600}',
]

describe('markdownInert in one pass', () => {
  it('equals the per-character escape on any text of the characters its rules read (3,000 runs, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), (units) => {
        const text = units.join('')
        expect(markdownInert(text)).toBe(referenceMarkdownInert(text))
      }),
      { seed: 42, numRuns: 3000 },
    )
  })

  it('equals it on long runs: SHAs of every length, exponents, prefixes after boundaries', () => {
    const cases = [
      'a-1-'.repeat(500),
      'a.1.'.repeat(500),
      'x'.repeat(2000) + '1',
      '1'.repeat(2000) + 'a1',
      'abcdef0123456789'.repeat(3),
      'abcdef012345678',
      'abcdef0',
      'abcdef',
      'JIRA-abc-def TICKET123 x/ZD42 1.5e-3 2019-01 0.25 [25, 45) www.example.com WWW.X',
      '@a JIRA-1 www.x #1 '.repeat(200),
    ]
    for (const text of cases) expect(markdownInert(text), text.slice(0, 40)).toBe(referenceMarkdownInert(text))
  })

  it('costs about the same per character for markup as for plain text, whatever the length', () => {
    // The reference took about 1 s for 1 MiB of either, and a-1- runs were quadratic.
    // Each text is new (a distinct last character), so that the memo of long strings answers none of them.
    let n = 0
    const time = (text: string): number => {
      const fresh = `${text}${n++}`
      const t = performance.now()
      markdownInert(fresh)
      return performance.now() - t
    }
    const mib = 1 << 20
    const plain = 'a'.repeat(mib)
    const markup = '@a JIRA-1 www.x #1 '.repeat(mib / 16).slice(0, mib)
    const quadratic = 'a-1-'.repeat(mib / 4)
    time(plain)
    const base = Math.max(time(plain), 10)
    // Generous: the markup costs a few times the plain text in one pass; the per-character escape
    // it replaced took about 1 s a MiB of either, and a 1 MiB a-1- run would have taken hours.
    expect(time(markup)).toBeLessThan(base * 100)
    expect(time(quadratic)).toBeLessThan(base * 100)
  })
})
