/** Readers and the one pass: formats, tricky CSV, label coercion, missing values, row errors. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { audit, makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

async function report(config: object): Promise<AuditReport> {
  const out = await ws.run(config)
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

const CSV = 'y,p,g\n1,1,a\n0,1,a\n1,0,b\n0,0,b\n1,1,b\n'

describe('formats give the same counts', () => {
  const rows = [
    { y: 1, p: 1, g: 'a' },
    { y: 0, p: 1, g: 'a' },
    { y: 1, p: 0, g: 'b' },
    { y: 0, p: 0, g: 'b' },
    { y: 1, p: 1, g: 'b' },
  ]
  const expected = { rows: 5, overall: { accuracy: 0.6, selection_rate: 0.6 } }

  it.each([
    ['csv', 'd.csv', CSV],
    ['csv with CRLF and a BOM', 'd.csv', `\uFEFF${CSV.replace(/\n/g, '\r\n')}`],
    ['tsv', 'd.tsv', CSV.replace(/,/g, '\t')],
    ['jsonl', 'd.jsonl', rows.map((r) => JSON.stringify(r)).join('\n')],
    ['json array', 'd.json', JSON.stringify(rows, null, 2)],
    ['json array on one line', 'd.json', JSON.stringify(rows)],
  ])('%s', async (_name, file, content) => {
    ws.write(file, content)
    expect(await report(audit(file))).toMatchObject(expected)
  })

  it.each([
    ['csv.gz', 'd.csv.gz', CSV],
    ['jsonl.gz', 'd.jsonl.gz', rows.map((r) => JSON.stringify(r)).join('\n')],
  ])('%s', async (_name, file, content) => {
    ws.writeGz(file, content)
    expect(await report(audit(file))).toMatchObject(expected)
  })

  it('reads several files by glob as one audit', async () => {
    ws.write('parts/a.csv', 'y,p,g\n1,1,a\n0,1,a\n')
    ws.write('parts/b.csv', 'y,p,g\n1,0,b\n0,0,b\n1,1,b\n')
    const r = await report(audit('parts/*.csv'))
    expect(r).toMatchObject(expected)
    expect(r.data).toEqual(['parts/a.csv', 'parts/b.csv'])
  })
})

describe('CSV details', () => {
  it('keeps quoted commas and newlines inside a group name', async () => {
    ws.write('d.csv', 'y,p,g\n1,1,"x, ""quoted""\nsecond line"\n0,0,b\n')
    const r = await report(audit('d.csv'))
    expect(r.groups.map((g) => g.key)).toEqual(['b', 'x, "quoted"\nsecond line'])
  })

  it('renames a duplicated header as pandas does, with a warning', async () => {
    ws.write('d.csv', 'y,p,g,g\n1,1,a,x\n0,0,b,y\n')
    const r = await report(audit('d.csv', { sensitive: ['g.1'] }))
    expect(r.groups.map((g) => g.key)).toEqual(['x', 'y'])
    expect(r.warnings[0]).toContain("column 'g' appears more than once; the later one is read as 'g.1'")
  })

  it('sorts numeric groups numerically and text by code point', async () => {
    ws.write('d.csv', 'y,p,g,t\n1,1,10,b\n0,0,9,B\n1,0,100,a\n')
    const r = await report(audit('d.csv', { sensitive: ['g', 't'] }))
    expect(r.groups.filter((g) => g.attribute === 'g').map((g) => g.key)).toEqual(['9', '10', '100'])
    expect(r.groups.filter((g) => g.attribute === 't').map((g) => g.key)).toEqual(['B', 'a', 'b'])
  })

  it('takes a custom delimiter', async () => {
    ws.write('d.csv', CSV.replace(/,/g, ';'))
    expect(await report(audit('d.csv', { delimiter: ';' }))).toMatchObject({ rows: 5 })
  })
})

describe('labels, predictions and scores', () => {
  it('treats 1, 1.0, true and True as the default positive label', async () => {
    ws.write('d.csv', 'y,p,g\n1.0,True,a\ntrue,1,a\n0,false,a\n0.0,0,a\n')
    const r = await report(audit('d.csv'))
    expect(r.overall_counts).toEqual({ tp: 2, fp: 0, tn: 2, fn: 0 })
  })

  it('uses a text positive label', async () => {
    ws.write('d.csv', 'y,p,g\napproved,approved,a\ndenied,approved,a\ndenied,denied,b\n')
    const r = await report(audit('d.csv', { positive_label: 'approved' }))
    expect(r.overall_counts).toEqual({ tp: 1, fp: 1, tn: 1, fn: 0 })
  })

  it('derives the prediction from a score and a threshold (score >= threshold)', async () => {
    ws.write('d.csv', 'y,s,g\n1,0.7,a\n0,0.3,a\n1,0.3,b\n0,0.31,b\n')
    const r = await report({
      audits: [{ name: 't', data: 'd.csv', label: 'y', score: 's', threshold: 0.31, sensitive: ['g'] }],
    })
    expect(r.overall_counts).toEqual({ tp: 1, fp: 1, tn: 1, fn: 1 })
    expect(r.overall.roc_auc).toBeCloseTo(0.625, 12)
  })

  it('errors on a third label value, naming file, line and column', async () => {
    ws.write('d.csv', 'y,p,g\n1,1,a\n0,0,a\n2,0,b\n')
    expect(await ws.problems(audit('d.csv'))).toEqual([
      'd.csv:4:1: label column \'y\' has a third distinct value "2" (values so far: "1", "0", "2"); labels must be binary',
    ])
  })

  it('errors when no label equals positive_label', async () => {
    ws.write('d.csv', 'y,p,g\nYes,1,a\nNo,0,a\n')
    expect((await ws.problems(audit('d.csv'))).join('\n')).toContain(
      'no value of label column \'y\' equals positive_label 1 (values seen: "Yes", "No"); set `positive_label` to the favourable value',
    )
  })

  it('errors on an empty label and a non-numeric score', async () => {
    ws.write('d.csv', 'y,p,g\n1,1,a\n,0,a\n')
    expect(await ws.problems(audit('d.csv'))).toEqual([
      "d.csv:3:1: label column 'y' is empty or NA; every row needs a label",
    ])
    ws.write('e.csv', 'y,s,g\n1,0.2,a\n0,abc,a\n')
    expect(
      await ws.problems({ audits: [{ name: 't', data: 'e.csv', label: 'y', score: 's', sensitive: ['g'] }] }),
    ).toEqual(['e.csv:3:2: score column \'s\' has "abc"; expected a finite number'])
  })
})

describe('missing sensitive values', () => {
  const data = 'y,p,g\n1,1,a\n0,0,\n1,0,NA\n0,1,b\n'
  it('error (default): lists the rows', async () => {
    ws.write('d.csv', data)
    expect(await ws.problems(audit('d.csv'))).toEqual([
      "d.csv: sensitive column 'g' is empty or NA in 2 rows (d.csv:3, d.csv:4); set `missing: group` to audit them as their own group, or `missing: drop` to leave them out",
    ])
  })
  it('group: its own named group', async () => {
    ws.write('d.csv', data)
    const r = await report(audit('d.csv', { missing: 'group', missing_group: 'unknown' }))
    expect(r.groups.map((g) => [g.key, g.count])).toEqual([
      ['a', 1],
      ['b', 1],
      ['unknown', 2],
    ])
  })
  it('drop: dropped everywhere and counted', async () => {
    ws.write('d.csv', data)
    const r = await report(audit('d.csv', { missing: 'drop' }))
    expect(r.rows).toBe(2)
    expect(r.dropped_rows).toBe(2)
    expect(r.overall.count).toBe(2)
  })
})

describe('bad files', () => {
  it.each([
    ['a ragged row', 'y,p,g\n1,1,a\n0,0\n', 'd.csv:3: expected 3 fields like the header, found 2'],
    [
      'an unterminated quote',
      'y,p,g\n1,1,"a\n0,0,b\n',
      'd.csv:3: reached the end of the file (line 3) inside a quoted field: a " was opened and never closed',
    ],
    ['an empty file', '', 'd.csv:1: the file is empty; expected a header row'],
    ['a header only', 'y,p,g\n', 'd.csv: no data rows (only a header)'],
  ])('%s', async (_what, content, expected) => {
    ws.write('d.csv', content)
    expect(await ws.problems(audit('d.csv'))).toEqual([expected])
  })

  it('a missing file', async () => {
    expect(await ws.problems(audit('nope.csv'))).toEqual([
      "nope.csv: file not found (data path 'nope.csv' in audit.yml, relative to " + ws.dir + ')',
    ])
  })

  it('a path outside the workspace', async () => {
    expect((await ws.problems(audit('../../etc/passwd'))).join('\n')).toContain('is outside the repository')
  })

  it('a corrupt gzip', async () => {
    ws.write('d.csv.gz', 'not gzip at all')
    expect((await ws.problems(audit('d.csv.gz')))[0]).toMatch(/^d\.csv\.gz: not a valid gzip file/)
  })

  it('invalid JSON Lines, with the line', async () => {
    ws.write('d.jsonl', '{"y":1,"p":1,"g":"a"}\n{"y":0,"p":0,\n')
    expect((await ws.problems(audit('d.jsonl')))[0]).toMatch(/^d\.jsonl:2: invalid JSON: /)
  })

  it('a missing column, with a suggestion, at the config line', async () => {
    ws.write('d.csv', CSV)
    expect(
      await ws.problems('audits:\n  - name: t\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [G]\n'),
    ).toEqual(["audit.yml:6:17: sensitive column 'G' is not in d.csv (did you mean 'g'?)"])
  })

  it('a semicolon file read as CSV, with the fix', async () => {
    ws.write('d.csv', CSV.replace(/,/g, ';'))
    expect((await ws.problems(audit('d.csv'))).join('\n')).toContain(
      'the file looks \';\'-delimited: set `delimiter: ";"`',
    )
  })

  it('an id column as a sensitive attribute', async () => {
    ws.write('d.csv', `y,p,g\n${Array.from({ length: 30 }, (_, i) => `1,1,id${i}`).join('\n')}\n`)
    expect(await ws.problems(audit('d.csv', { max_groups: 20 }))).toEqual([
      "d.csv: attribute 'g' has more than 20 distinct values — is it an id or a continuous column? Bin it, or raise `max_groups`",
    ])
  })
})
