/**
 * scripts/compact-source.mjs, which `npm run bundle` and the bench apply to the CLI's build: the
 * same program in fewer, ASCII-only bytes (comments and indentation gone, the line breaks between
 * tokens kept, characters outside ASCII escaped), and a refusal where escaping would change it.
 */
import { describe, expect, it } from 'vitest'
import { compactSource } from '../../scripts/compact-source.mjs'

/** What a module's text evaluates to: the default export of the module made of it. */
async function run(code: string): Promise<unknown> {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  return ((await import(url)) as { default: unknown }).default
}

const SOURCE = `/**
 * A doc comment — with “quotes” and × signs.
 */
const sep = '—' // an em dash
const re = /[–—]+/gu
function f() {
  return   // a line break here: returns undefined
    1
}
const t = \`a × b = \${2 * 3} ≤ 7\`
export default {
  dash: sep.length,
  split: 'a–b—c'.split(re),
  f: f(),
  t,
  x: 1 - -1,
  y: ((n) => n / 2 / 1)(8),
  eager: /***/ (function (a) {
    return a + 1
  })(1),
}
`

describe('compactSource', () => {
  it('gives the same program, ASCII only, without comments or indentation', async () => {
    const out = compactSource(SOURCE)
    expect(out).not.toMatch(/[\u0080-\uffff]/)
    expect(out).not.toContain('doc comment')
    expect(out).not.toContain('an em dash')
    expect(out).not.toMatch(/^ /m)
    expect(out.length).toBeLessThan(SOURCE.length)
    expect(await run(out)).toEqual(await run(SOURCE))
    expect(await run(out)).toEqual({
      dash: 1,
      split: ['a', 'b', 'c'],
      f: undefined,
      t: 'a × b = 6 ≤ 7',
      x: 2,
      y: 4,
      eager: 2,
    })
  })

  it("keeps a function expression's opening parenthesis, V8's hint to compile it eagerly (eager-factories.mjs)", () => {
    expect(compactSource('const m = {\n/***/ 1:\n/***/ (function (module) {\n  module.x = 1\n})}\n')).toContain(
      '(function (module) {',
    )
  })

  it('keeps a hashbang and licence comments', () => {
    const out = compactSource('#!/usr/bin/env node\n/*! licence text */\nconst a = 1 /* gone */\nexport { a }\n')
    expect(out.startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(out).toContain('/*! licence text */')
    expect(out).not.toContain('gone')
  })

  it('refuses what escaping would change', () => {
    expect(() => compactSource('const s = String.raw`—`\n')).toThrow(/String\.raw/)
    expect(() => compactSource("const s = '\\—'\n")).toThrow(/backslash/)
    expect(() => compactSource("const s = '😀'\n")).toThrow(/outside the BMP/)
    expect(() => compactSource("const s = '\u2028'\n")).toThrow(/U\+2028/)
  })
})
