/**
 * A CSV/TSV record may have at most MAX_COLUMNS fields, counted while it streams: csv-parse
 * builds a record whole before anything checks its width, and a 2 MB header of 1,000,000
 * columns took 273 MB (and then audited), an 8 MiB row of commas 400 MB. The header and every
 * row are counted, on the fast pass (which hands an unusual row to csv-parse) and on csv-parse,
 * plain or gzipped. Delimiters inside quotes are text.
 */
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_COLUMNS } from '../../src/data/readers.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const columns = (n: number): string => Array.from({ length: n }, (_, i) => `c${i}`).join(',')

describe(`at most ${MAX_COLUMNS.toLocaleString('en-US')} fields a record`, () => {
  it.each([
    ['csv', 'wide.csv', ','],
    ['gzipped csv', 'wide.csv.gz', ','],
    ['a delimiter the fast pass does not read (csv-parse alone)', 'wide-s.csv', '§'],
  ])('a header with one column too many is refused at line 1 (%s)', async (_what, name, d) => {
    const text = `y${d}p${d}g${d}${columns(MAX_COLUMNS - 2).replaceAll(',', d)}\n1${d}1${d}a${d.repeat(MAX_COLUMNS - 2)}\n`
    ws.write(name, name.endsWith('.gz') ? gzipSync(text) : text)
    expect(await ws.problems(audit(name, { delimiter: d }))).toEqual([
      `${name}:1: the header has more than ${MAX_COLUMNS.toLocaleString('en-US')} columns; expected a table with at most ${MAX_COLUMNS.toLocaleString('en-US')} (is this the right file and delimiter?)`,
    ])
  })

  it('a header of exactly the limit is read', async () => {
    ws.write(
      'limit.csv',
      `y,p,g,${columns(MAX_COLUMNS - 3)}\n1,1,a${','.repeat(MAX_COLUMNS - 3)}\n0,0,b${','.repeat(MAX_COLUMNS - 3)}\n`,
    )
    expect((await ws.run(audit('limit.csv'))).ok).toBe(true)
  })

  it.each([
    ['the fast pass', 'row.csv', ','],
    ['csv-parse', 'row-s.csv', '§'],
  ])('a row with more fields than the limit is refused at its line (%s)', async (_what, name, d) => {
    ws.write(name, `y${d}p${d}g\n1${d}1${d}a\n\n0${d}1${d}b${d.repeat(MAX_COLUMNS * 3)}\n`)
    expect(await ws.problems(audit(name, { delimiter: d }))).toEqual([
      `${name}:4: expected 3 fields like the header, found more than ${MAX_COLUMNS.toLocaleString('en-US')}`,
    ])
  })

  it('delimiters and line endings inside quotes are text, and "" is a quote', async () => {
    const value = `"x""${','.repeat(MAX_COLUMNS * 2)}\r\n${','.repeat(MAX_COLUMNS)}"`
    ws.write('quoted.csv', `y,p,g,note\r\n1,1,a,${value}\r\n0,0,b,""""\n`)
    const out = await ws.run(audit('quoted.csv'))
    expect(out.ok).toBe(true)
  })
})
