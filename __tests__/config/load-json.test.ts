/**
 * The JSON fast path (`loadJsonConfig`) against the loader users see (`loadConfig`, yaml): for
 * every JSON text the fast path answers, the same config with the same positions; for every
 * problem-free JSON config, an answer (so a JSON run never loads yaml); for every text with a
 * problem, no answer (the messages stay yaml's).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { loadJsonConfig } from '../../src/config/load-json.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** Every YAML config of the fixtures and examples, as a JavaScript value (the ones yaml can read and JSON can hold). */
function configValues(): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = []
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) {
        if (e.name !== 'workflows' && e.name !== 'node_modules') walk(p)
      } else if (/\.ya?ml$/.test(e.name)) {
        try {
          const value: unknown = parse(readFileSync(p, 'utf8'))
          if (value && typeof value === 'object' && 'audits' in value)
            out.push({ name: p.slice(ROOT.length + 1), value })
        } catch {
          // not readable as one document: nothing to convert
        }
      }
    }
  }
  walk(join(ROOT, '__fixtures__'))
  walk(join(ROOT, 'examples'))
  return out
}

/** The text of `value` in several JSON layouts: one line, indented by 2 and by a tab, and with CRLF line ends. */
function layouts(value: unknown): string[] {
  const two = JSON.stringify(value, null, 2)
  return [JSON.stringify(value), two, JSON.stringify(value, null, '\t'), two.replace(/\n/g, '\r\n')]
}

function expectSame(text: string): 'fast' | 'yaml' {
  const slow = loadConfig(text, 'c.json')
  const fast = loadJsonConfig(text, 'c.json')
  if (fast) {
    expect(fast).toEqual(slow)
    return 'fast'
  }
  // No answer only where the loader has something to say.
  expect(slow.problems.length > 0 || slow.config === null).toBe(true)
  return 'yaml'
}

describe('loadJsonConfig', () => {
  const values = configValues()

  it('reads every fixture and example config as yaml does, and every one without a problem itself', () => {
    expect(values.length).toBeGreaterThan(50)
    let fast = 0
    for (const { value } of values) for (const text of layouts(value)) if (expectSame(text) === 'fast') fast++
    // Most fixtures are bad data with a good config: the fast path read them.
    expect(fast).toBeGreaterThan(100)
  })

  it('places values and keys where yaml does, with spaces and line breaks anywhere JSON allows them', () => {
    const good = values.filter(({ value }) => {
      const r = loadConfig(JSON.stringify(value), 'c.json')
      return r.config !== null && r.problems.length === 0
    })
    expect(good.length).toBeGreaterThan(20)
    const space = fc.constantFrom('', ' ', '  ', '\n', '\r\n', '\t', '\n    ', ' \n\t')
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.array(space, { minLength: 64, maxLength: 64 }), (k, spaces) => {
        // Whitespace after each structural character (never inside a string).
        let n = 0
        const text = JSON.stringify((good[k] as { value: unknown }).value).replace(
          /("(?:[^"\\]|\\.)*")|([{}[\],:])/g,
          (m, str: string | undefined) => (str ? m : `${m}${spaces[n++ % spaces.length]}`),
        )
        expect(expectSame(text)).toBe('fast')
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    )
  })

  it('gives no answer for a text with a problem, so the messages are yaml’s', () => {
    const base = {
      audits: [{ name: 'm', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['a'] }],
    }
    const text = JSON.stringify(base, null, 2)
    const one = JSON.stringify(base)
    expect(loadJsonConfig(text, 'c.json')?.config.audits[0]?.name).toBe('m')
    const bad = [
      // not JSON (YAML accepts it)
      one.replace('"a"]', '"a",]'),
      `# comment\n${text}`,
      // a key twice: JSON.parse keeps the last, yaml refuses it
      one.replace('"name":"m",', '"name":"m","name":"n",'),
      // schema and normaliser problems
      text.replace('"label"', '"lable"'),
      one.replace('["a"]', '[]'),
      JSON.stringify({ audits: [base.audits[0], base.audits[0]] }),
      text.replace('"label"', `"${'x'.repeat(1100)}"`),
      // past the bounds
      JSON.stringify({ ...base, extra: Array.from({ length: 1001 }, () => 0) }),
      JSON.stringify({ audits: base.audits, deep: JSON.parse('['.repeat(70) + ']'.repeat(70)) as unknown }),
      '',
      'null',
      '[]',
    ]
    for (const t of bad) {
      expect(t === text || t === one, t).toBe(false)
      expect(loadJsonConfig(t, 'c.json'), t.slice(0, 200)).toBeNull()
      const slow = loadConfig(t, 'c.json')
      expect(slow.problems.length, t.slice(0, 200)).toBeGreaterThan(0)
    }
    // What yaml might read otherwise than JSON (a lone CR breaks a YAML line, not a JSON one: yaml reads `{\r"a": 1}`
    // as the key `\r"a"`) is left to it, problem or not.
    for (const t of [text.replace(/\n/g, '\r'), one.replace('{', '{"__proto__":1,')]) {
      expect(loadJsonConfig(t, 'c.json'), t.slice(0, 200)).toBeNull()
    }
    // A line break before a key's colon is JSON, and yaml reads it too.
    expect(expectSame(text.replace('"label":', '"label"\n:'))).toBe('fast')
  })

  it('keeps the positions of column-naming keys for later messages', () => {
    const text = JSON.stringify(
      { audits: [{ name: 'm', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['a', 'b'] }] },
      null,
      2,
    )
    const fast = loadJsonConfig(text, 'c.json')
    expect(fast?.config.audits[0]?.keyPos).toEqual(loadConfig(text, 'c.json').config?.audits[0]?.keyPos)
    expect(fast?.config.audits[0]?.keyPos?.['sensitive[1]']).toEqual({ line: 10, column: 9 })
  })
})
