/**
 * Columns whose names differ only in case (red team 32 R32-10): with a header `y,p,g,G` and an audit
 * of `G`, the rows read `G` (group F half wrong, exit 1), while DuckDB names the columns `g` and
 * `G_1` and the printed query's `audit_source."G"` reads `g` (a decoy holding the wrong rows in ten
 * small groups): the counts audit passed (exit 0). DuckDB, Spark and BigQuery match names
 * case-insensitively, quoted too. Now the rows audit refuses such a header where the audit reads
 * one of the two and they differ, and `sql` refuses an audit that reads both.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { captureIO as io } from '../support/cli-io.js'
import { duckDbFixture } from '../support/duckdb.js'
import { audit } from '../support/workspace.js'

const duck = duckDbFixture()

const gate = { min_group_size: 30, confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }

describe('column names that differ only in case (red team 32 R32-10)', () => {
  it('the red team case: refused at data, naming both columns and the row; DuckDB reads the other column', async () => {
    const rows = ['y,p,g,G']
    for (let i = 0; i < 200; i++) rows.push('1,1,u,M')
    for (let i = 0; i < 200; i++) rows.push(i % 2 ? '1,1,u,F' : `1,0,w${(i / 2) % 10},F`)
    duck.ws.write('rows.csv', `${rows.join('\n')}\n`)
    const entry = { ...gate, sensitive: ['G'] }
    const problems = (await duck.ws.problems(audit('rows.csv', entry))).join('\n')
    expect(problems).toContain(
      `rows.csv:2:3: the header has columns 'G' (the audit's sensitive column) and 'g', whose names differ only in case, and they differ on this row ("M" and "u")`,
    )
    // Why: DuckDB's "G" is the file's g.
    duck.ws.write('.github/model-audit.yml', JSON.stringify(audit('rows.csv', entry)))
    const t = io(duck.ws.dir)
    expect(await runCli(['sql'], t)).toBe(0)
    const counts = await duck.countsFromDuckDb('rows.csv', t.out, 'counts.csv')
    expect(counts).toMatch(/^G,u,/m)
    expect(counts).not.toMatch(/^G,F,/m)
  })

  it('twins that agree on every row are read as one, as duplicated columns are; twins the audit does not read stay', async () => {
    const rows = ['y,p,g,G,x,X']
    for (let i = 0; i < 100; i++)
      rows.push(`1,${i % 3 ? 1 : 0},${i % 2 ? 'a' : 'b'},${i % 2 ? 'a' : 'b'},${i},${i + 1}`)
    duck.ws.write('same.csv', `${rows.join('\n')}\n`)
    const out = await duck.ws.run(audit('same.csv', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key)).toEqual(['a', 'b'])
  })

  it('`sql` refuses an audit that reads two columns whose names differ only in case', async () => {
    duck.ws.write(
      '.github/model-audit.yml',
      JSON.stringify({ audits: [{ name: 'a', data: 'x.csv', label: 'y', prediction: 'p', sensitive: ['Y', 'g'] }] }),
    )
    const t = io(duck.ws.dir)
    expect(await runCli(['sql'], t)).toBe(2)
    expect(t.err).toContain(`the audit reads columns 'y' and 'Y', whose names differ only in case`)
    expect(t.out).toBe('')
  })
})
