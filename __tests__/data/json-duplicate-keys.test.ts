/**
 * A JSON/JSONL record that holds a key the audit reads twice: JSON.parse keeps the last copy
 * without a word, while a reviewer reading the file (and some readers) see the first, so a pull
 * request could put the real predictions first and the labels last. Copies that differ are
 * refused at the record's line, copies that agree are a warning, as for a CSV header that names
 * a column twice (duplicate-columns.test.ts). Keys written with escapes are the same key.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { duplicateKeys } from '../../src/data/readers.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const jsonl = (...lines: string[]): string => `${lines.join('\n')}\n`

describe('duplicate keys in JSON records', () => {
  it.each([
    [
      'jsonl, prediction',
      'd.jsonl',
      jsonl('{"y":1,"p":1,"g":"a"}', '{"y":0,"p":1,"g":"b","p":0}'),
      2,
      '"p"',
      '1 and 0',
    ],
    [
      'jsonl, an escaped copy of the label',
      'e.jsonl',
      jsonl('{"y":1,"p":1,"g":"a","note":"a:b"}', '{"y":0,"p":0,"g":"b","\\u0079":1}'),
      2,
      '"y"',
      '0 and 1',
    ],
    [
      'jsonl, sensitive, colons in values',
      'c.jsonl',
      jsonl('{"y":1,"p":1,"g":"a","t":"12:30"}', '{"y":0,"p":0, "g" : "b" ,"t":"12:31", "g":"a"}'),
      2,
      '"g"',
      '"b" and "a"',
    ],
    [
      'json array',
      'a.json',
      '[\n{"y":1,"p":1,"g":"a"},\n{"y":0,"p":0,"g":"b",\n "y":{"nested":[1,2]}}\n]\n',
      3,
      '"y"',
      '0 and {"nested":[1,2]}',
    ],
  ])('%s: copies that differ are refused at the record', async (_what, name, text, line, key, values) => {
    ws.write(name, text)
    expect(await ws.problems(audit(name))).toEqual([
      `${name}:${line}: the record has key ${key} more than once, and the copies differ (${values}); JSON readers disagree on which one counts: keep one`,
    ])
  })

  it('copies that agree are a warning, once', async () => {
    ws.write('same.jsonl', jsonl('{"y":1,"p":1,"g":"a","p":1}', '{"y":0,"p":0,"g":"b","p":0}', '{"y":0,"p":1,"g":"b"}'))
    const out = await ws.run(audit('same.jsonl'))
    expect(out.ok).toBe(true)
    if (out.ok)
      expect(out.report.audits[0]!.warnings.filter((w) => w.includes('more than once'))).toEqual([
        'same.jsonl: key "p" appears more than once in a record (first at line 1), with the same value; it is read once',
      ])
  })

  it('a key the audit does not read may repeat', async () => {
    ws.write('other.jsonl', jsonl('{"y":1,"p":1,"g":"a","note":1,"note":2}', '{"y":0,"p":0,"g":"b"}'))
    const out = await ws.run(audit('other.jsonl'))
    expect(out.ok).toBe(true)
  })

  it('duplicateKeys keeps, for the keys the audit reads, the first copy and one that differs; for other keys no copy (red team 3, N4)', () => {
    const many = `{${Array.from({ length: 1000 }, (_, i) => `"u":${i},"y":1`).join(',')},"y":2}`
    const dups = duplicateKeys(many, 2, new Set(['y'])) as Map<string, string[]>
    expect(dups.get('y')).toEqual(['1', '2'])
    expect(dups.has('u')).toBe(false)
    expect(duplicateKeys('{"y":1,"y":1.0,"y":1}', 1, new Set(['y']))).toEqual(new Map([['y', ['1', '1.0']]]))
  })

  it('duplicateKeys finds top-level keys only, strings and nesting included', () => {
    expect(duplicateKeys('{"a":1,"b":2}', 2)).toBeNull()
    expect(duplicateKeys('{"a":"x:y","b":{"a":1,"c":{"a":[1,{"a":2}]}},"s":"\\"a\\":"}', 3)).toBeNull()
    expect(duplicateKeys('{"a":1,"b":"}","a" : [1,{"x":"]"}] }', 2)).toEqual(new Map([['a', ['1', '[1,{"x":"]"}]']]]))
    expect(duplicateKeys(' {"\\u0061":true,"a":null}', 1)).toEqual(new Map([['a', ['true', 'null']]]))
  })
})
