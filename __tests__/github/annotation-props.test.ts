/**
 * Red team 3 N9: the annotation's `file=` is a data path a glob matched, and a committed file's
 * name can hold ESC, C1 controls, line separators and bidi overrides. Every property value is
 * escaped like the message, then percent-encoded by `@actions/core`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emitAnnotations } from '../../src/github/annotations.js'

afterEach(() => {
  vi.restoreAllMocks()
})

function emitted(file: string): string {
  const lines: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk))
    return true
  })
  emitAnnotations([{ level: 'error', file, line: 4, title: 'Model audit config', message: 'expected 3 fields' }])
  vi.restoreAllMocks()
  return lines.join('')
}

describe('annotation properties are escaped (red team 3 N9)', () => {
  it.each([
    ['ESC', 'a,title=PWN::b\n::error::NL%0A\u001b[2J.csv'],
    ['C1 CSI, U+2028, RLO, CR', 'c1\u009b31m\u2028LS\u202eRLO\r::warning::CR.csv'],
  ])('a file name with %s reaches the log as one inert line', (_, file) => {
    const out = emitted(file)
    expect(out.endsWith('\n')).toBe(true)
    const line = out.slice(0, -1)
    // One line, no control, separator or bidi character anywhere in it.
    expect(line).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u)
    // The properties end at the one `::` before the message: `,` and `:` in the name are encoded.
    expect(line.split('::')).toHaveLength(3)
    expect(line).toMatch(/^::error title=Model audit config,file=.*,line=4::expected 3 fields$/)
  })

  it('shows each character by its code point', () => {
    const line = emitted('c1\u009b31m\u2028LS\u202eRLO.csv')
    expect(line).toContain('file=c1<U+009B>31m<U+2028>LS<U+202E>RLO.csv,line=4')
    expect(emitted('a,b:c%d.csv')).toContain('file=a%2Cb%3Ac%25d.csv,')
  })
})
