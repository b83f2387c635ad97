/**
 * JSON and JSONL columns are the union of the records' keys: a record that leaves a key out has
 * that value missing (then `missing:` decides), as pandas' read_json reads it. fairlearn 0.14's
 * numbers for the minimal case (the first record without the sensitive key):
 * __fixtures__/golden/parity/jsonl-first-record-without-key.json, from scripts/oracle/binary-metrics.py.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_COLUMNS } from '../../src/data/readers.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const DIR = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'parity')
const ws = makeWorkspace()
afterAll(() => ws.cleanup())

interface Golden {
  overall: Record<string, number | null>
  by_group: Record<string, Record<string, number | null>>
}

describe('JSON columns', () => {
  const golden = JSON.parse(readFileSync(join(DIR, 'jsonl-first-record-without-key.json'), 'utf8')) as Golden
  const metrics = Object.keys(golden.overall)
  const lines = readFileSync(join(DIR, 'jsonl-first-record-without-key.jsonl'), 'utf8')

  it.each([
    ['d.jsonl', lines],
    ['d.json', `[${lines.trim().split('\n').join(',\n')}]`],
  ])("a first record without the sensitive key: %s equals fairlearn's numbers", async (name, text) => {
    ws.write(name, text)
    const out = await ws.run(
      audit(name, { missing: 'group', missing_group: 'unknown', zero_division: 'fairlearn', metrics }),
    )
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const a = out.report.audits[0]!
    for (const m of metrics)
      expect(a.overall[m as keyof typeof a.overall], `overall ${m}`).toBeCloseTo(golden.overall[m] as number, 12)
    expect(a.groups.map((g) => g.key).sort()).toEqual(Object.keys(golden.by_group).sort())
    for (const g of a.groups)
      for (const m of metrics)
        expect(g.metrics[m as keyof typeof g.metrics], `${g.key} ${m}`).toBeCloseTo(
          golden.by_group[g.key]![m] as number,
          12,
        )
  })

  it('a key absent from a record is a missing value for `missing: error`, with its line', async () => {
    ws.write('e.jsonl', lines)
    const problems = await ws.problems(audit('e.jsonl'))
    expect(problems.join('\n')).toContain("sensitive column 'g' is empty or NA in 2 rows (e.jsonl:1, e.jsonl:6)")
  })

  it('a column no record has is still not in the file', async () => {
    ws.write('f.jsonl', lines)
    const problems = await ws.problems(audit('f.jsonl', { sensitive: ['region'] }))
    expect(problems.join('\n')).toContain("sensitive column 'region' is not in f.jsonl")
  })

  it(`more than ${MAX_COLUMNS} distinct keys are refused at the record that brings one too many`, async () => {
    const recs = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => JSON.stringify({ y: 1, p: 1, g: 'a', [`k${i}`]: i }))
    // y, p, g and k0…k9996 make 10,000 keys: the record of k9997 (line 9,998) is one too many.
    ws.write('wide.jsonl', recs.join('\n'))
    const problems = await ws.problems(audit('wide.jsonl'))
    expect(problems).toEqual([
      `wide.jsonl:9998: the records have more than 10,000 distinct keys between them; expected a table (the same few keys in every record)`,
    ])
  })
})
