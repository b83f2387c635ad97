/**
 * A JSON/JSONL group column that holds one text as two JSON kinds is refused (red team 32 R32-1):
 * `g` the number 2 in one shard (400 right rows) and the string "2" in another (40 wrong rows) was
 * one group of 440 at 0.909 and the gate passed (exit 0), where DuckDB's read_json_auto (a JSON
 * column, `2` and `"2"`) and pandas (int 2 and str '2') keep two groups and the 40 fail.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const gate = { min_group_size: 30, confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }
const lines = (n: number, record: object): string[] => Array.from({ length: n }, () => JSON.stringify(record))

describe('one text as two JSON kinds in a group column (red team 32 R32-1)', () => {
  it('a number in one shard, a string in another: refused, naming both places', async () => {
    ws.write(
      'sh/a.jsonl',
      [...lines(100, { y: 1, p: 1, g: 'A' }), ...lines(400, { y: 1, p: 1, g: 2 })].join('\n') + '\n',
    )
    ws.write('sh/b.jsonl', lines(40, { y: 1, p: 0, g: '2' }).join('\n') + '\n')
    const problems = (await ws.problems(audit('sh/*.jsonl', gate))).join('\n')
    expect(problems).toContain(
      `sh/b.jsonl:1:3: sensitive column 'g' holds "2" as a number (sh/a.jsonl:101:3) and as a string here`,
    )
  })

  it('in one file, a JSON array, and a boolean beside its text: refused', async () => {
    ws.write('d.jsonl', [...lines(50, { y: 1, p: 1, g: 2 }), ...lines(40, { y: 1, p: 0, g: '2' })].join('\n') + '\n')
    expect((await ws.problems(audit('d.jsonl', gate))).join('\n')).toContain(
      `d.jsonl:51:3: sensitive column 'g' holds "2" as a number (d.jsonl:1:3) and as a string here`,
    )
    const rows = [
      ...Array.from({ length: 50 }, () => ({ y: 1, p: 1, g: true })),
      ...Array.from({ length: 40 }, () => ({ y: 1, p: 0, g: 'true' })),
    ]
    ws.write('e.json', JSON.stringify(rows))
    expect((await ws.problems(audit('e.json', gate))).join('\n')).toMatch(
      /e\.json:\d+(:3)?: sensitive column 'g' holds "true" as a boolean \(e\.json:\d+:3\) and as a string here/,
    )
  })

  it('numbers and strings whose texts differ stay groups; one kind throughout is as before', async () => {
    ws.write(
      'f.jsonl',
      [
        ...lines(50, { y: 1, p: 1, g: 2 }),
        ...lines(50, { y: 1, p: 1, g: 'A' }),
        ...lines(50, { y: 1, p: 1, g: 3 }),
      ].join('\n') + '\n',
    )
    const out = await ws.run(audit('f.jsonl', gate))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => [g.key, g.count])).toEqual([
      ['2', 50],
      ['3', 50],
      ['A', 50],
    ])
  })
})
