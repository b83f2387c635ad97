/**
 * A header's column names take at most MAX_HEADER_CHARS characters between them (red team 12
 * R12-5: 9,992 names of 785 characters in a 2-row CSV cost every audit that read it 1 s of CPU
 * and 10 MB: 50 audits ran past 48 s and 520 MB). CSV, TSV, .csv.gz and the keys of JSON/JSONL
 * records alike; a header just within the bound reads as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_HEADER_CHARS } from '../../src/data/table.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** `n` extra column names of `length` characters each, after y, p and g. */
function names(n: number, length: number): string[] {
  return Array.from({ length: n }, (_, i) => `c${String(i).padStart(5, '0')}`.padEnd(length, 'x'))
}

function audit(data: string, extra: object = {}): object {
  return { audits: [{ name: 'm', data, label: 'y', prediction: 'p', sensitive: ['g'], confidence: false, ...extra }] }
}

const TOO_LONG = new RegExp(
  `take more than ${MAX_HEADER_CHARS.toLocaleString('en-US')} characters between them \\(10,000 columns of 100 characters\\); expected an evaluation table's header`,
)

describe('header bytes', () => {
  it('is 1 MiB of names: 10,000 columns of 100 characters', () => {
    expect(MAX_HEADER_CHARS).toBe(1024 * 1024)
  })

  it.each([
    ['CSV', 'd.csv', ','],
    ['TSV', 'd.tsv', '\t'],
    ['.csv.gz', 'd.csv.gz', ','],
  ])('a %s header of 1,100 names of 1,000 characters is refused at line 1', async (_what, file, sep) => {
    const extra = names(1100, 1000)
    const text = `${['y', 'p', 'g', ...extra].join(sep)}\n${['1', '1', 'a', ...extra.map(() => '0')].join(sep)}\n`
    if (file.endsWith('.gz')) ws.writeGz(file, text)
    else ws.write(file, text)
    const problems = await ws.problems(audit(file))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${file.replace('.', '\\.')}:1: the header's column names `))
    expect(problems[0]).toMatch(TOO_LONG)
  })

  it.each(['jsonl', 'json'])(
    '%s records whose distinct keys pass the bound are refused at the record that does',
    async (format) => {
      const extra = names(1100, 1000)
      // Half the keys in each of two records: the bound is on the keys between them.
      const record = (part: string[]): string =>
        JSON.stringify(Object.fromEntries([['y', 1], ['p', 1], ['g', 'a'], ...part.map((k) => [k, 0])]))
      const records = [record(extra.slice(0, 550)), record(extra.slice(550))]
      ws.write(`d.${format}`, format === 'jsonl' ? `${records.join('\n')}\n` : `[\n${records.join(',\n')}\n]\n`)
      const problems = await ws.problems(audit(`d.${format}`))
      expect(problems).toHaveLength(1)
      // The second record: line 2 of the JSONL file, line 3 of the array (after its `[`).
      expect(problems[0]).toMatch(
        new RegExp(`^d\\.${format}:${format === 'jsonl' ? 2 : 3}: the records' distinct keys `),
      )
      expect(problems[0]).toMatch(TOO_LONG)
    },
  )

  it('a header within the bound (1,000 names of 1,000 characters) audits as before', async () => {
    const extra = names(1000, 1000)
    ws.write('d.csv', `${['y', 'p', 'g', ...extra].join(',')}\n1,1,a${',0'.repeat(1000)}\n0,0,b${',0'.repeat(1000)}\n`)
    const out = await ws.run(audit('d.csv'))
    expect(out.ok).toBe(true)
    if (out.ok) expect(out.report.audits[0]?.rows).toBe(2)
  })
})
