/**
 * The one escape for the Actions log and the CLI's output: workflow-command prefixes broken
 * wherever they are, control, zero-width and bidirectional characters shown as `<U+XXXX>`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeLog, shortenValue, visibleValue } from '../../src/config/log-escape.js'
import { runnerCommands } from '../support/runner-commands.js'

describe('escapeLog', () => {
  it.each([
    ['::error title=x::y', ': :error title=x: :y'],
    ['  ::stop-commands::tok', '  : :stop-commands: :tok'],
    ['\t::add-mask::secret', '\t: :add-mask: :secret'],
    ['::set-output name=passed::true', ': :set-output name=passed: :true'],
    ['::group::x', ': :group: :x'],
    [':::', ': : :'],
    ['text ##[warning]x', 'text # #[warning]x'],
    ['###[error]x', '## #[error]x'],
    ['##[group]a\n##[endgroup]', '# #[group]a\n# #[endgroup]'],
    ['a\rb', 'a<U+000D>b'],
    ['a\r\n::error::x', 'a<U+000D>\n: :error: :x'],
    ['\u001b[31mred\u001b[0m', '<U+001B>[31mred<U+001B>[0m'],
    ['\u0085next line\u2028sep', '<U+0085>next line<U+2028>sep'],
    ['a\u200bb \u2066x\u2069 \u202eevil \ufeff', 'a<U+200B>b <U+2066>x<U+2069> <U+202E>evil <U+FEFF>'],
    ['plain text: 1.5 (ok) #1 [x]', 'plain text: 1.5 (ok) #1 [x]'],
    ['two\nlines', 'two\nlines'],
  ])('%j → %j', (input, expected) => {
    expect(escapeLog(input)).toBe(expected)
  })

  it('keeps our own colours and progress redraw on a terminal, and only those', () => {
    expect(escapeLog('\u001b[31m✗ FAILED\u001b[0m', { terminal: true })).toBe('\u001b[31m✗ FAILED\u001b[0m')
    expect(escapeLog('\r\u001b[K12 rows', { terminal: true })).toBe('\r\u001b[K12 rows')
    expect(escapeLog('a\rb \u001b]8;;http://x\u0007', { terminal: true })).toBe(
      'a<U+000D>b <U+001B>]8;;http://x<U+0007>',
    )
  })

  it('leaves no line the runner would act on, for any text, and is idempotent', () => {
    const pieces = fc.constantFrom(
      '::',
      ':',
      '#',
      '##[',
      '[',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u001b',
      'error',
      'stop-commands',
      '\u2028',
      '\u200b',
      'x',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const out = escapeLog(parts.join(''))
        expect(runnerCommands(out)).toEqual([])
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b]/)
        expect(escapeLog(out)).toBe(out)
      }),
      { numRuns: 2000, seed: 11 },
    )
  })
})

describe('visibleValue', () => {
  it('returns ordinary names unchanged', () => {
    for (const name of ['African-American', 'Less than 25', 'Ärzte', '日本', 'a/b c.d', '👩🏽'])
      expect(visibleValue(name)).toBe(name)
  })

  it('puts a value on one line, in its stored order', () => {
    expect(visibleValue('line\nbreak')).toBe('line<U+000A>break')
    expect(visibleValue('\u202eevil')).toBe('<U+202E>evil')
    expect(visibleValue('\u200e\u200f\u061c\u2060\u00ad')).toBe('<U+200E><U+200F><U+061C><U+2060><U+00AD>')
  })

  it('never shows two different values alike', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '<', 'U', '+', '2', '0', 'B', '>', '\u200b', '\n', '\u202e') }),
        fc.string({ unit: fc.constantFrom('a', '<', 'U', '+', '2', '0', 'B', '>', '\u200b', '\n', '\u202e') }),
        (a, b) => {
          if (a !== b) expect(visibleValue(a)).not.toBe(visibleValue(b))
        },
      ),
      { numRuns: 3000, seed: 11 },
    )
    expect(visibleValue('a<U+200B>b')).not.toBe(visibleValue('a\u200bb'))
  })
})

describe('shortenValue', () => {
  it('keeps short values and shortens long ones to their start and length', () => {
    expect(shortenValue('abc')).toBe('abc')
    expect(shortenValue('x'.repeat(3_000_000))).toBe(`${'x'.repeat(160)}… (3,000,000 characters)`)
  })

  it('never splits a surrogate pair', () => {
    const s = shortenValue('a' + '😀'.repeat(300))
    expect(s).toMatch(/^a(😀)+… \(301 characters\)$/)
  })
})

describe('escapeProcessWarnings', () => {
  it("prints a library's process warning through escapeLog (red team A1: yaml's warning carried `##[error]` raw)", async () => {
    const { escapeProcessWarnings } = await import('../../src/config/process-warnings.js')
    const saved = process.listeners('warning')
    const out: string[] = []
    try {
      escapeProcessWarnings((t) => out.push(t))
      process.emitWarning('Keys with collection values will be stringified: "[ \\"##[error]pwned\\" ]"\n::error::x')
      await new Promise((r) => setImmediate(r))
    } finally {
      process.removeAllListeners('warning')
      for (const l of saved) process.on('warning', l)
    }
    expect(out).toEqual([
      `(node:${process.pid}) Warning: Keys with collection values will be stringified: "[ \\"# #[error]pwned\\" ]"\n: :error: :x\n`,
    ])
    expect(runnerCommands(out.join(''))).toEqual([])
  })
})

describe('visibleValue: blank and ignorable characters outside Cc/Cf (red team A31, A70)', () => {
  it.each([
    ['Female\u3164', 'Female<U+3164>'],
    ['Fe\u034fmale', 'Fe<U+034F>male'],
    ['Female\ufe0f', 'Female<U+FE0F>'],
    ['Female\u2800', 'Female<U+2800>'],
    ['Fem\u115fale', 'Fem<U+115F>ale'],
    ['Female\u17b5', 'Female<U+17B5>'],
    ['A\ud800', 'A<U+D800>'],
    ['\udc00A', '<U+DC00>A'],
    [
      'caf\u00e9 \u00e0 la cr\u00e8me, \u6771\u4eac, \u{1F600}',
      'caf\u00e9 \u00e0 la cr\u00e8me, \u6771\u4eac, \u{1F600}',
    ],
  ])('%j → %j', (input, expected) => {
    expect(visibleValue(input)).toBe(expected)
  })
})
