/**
 * Warnings are bounded in number and length (red team 4): a header repeating an unread
 * 780-character name 9,997 times gave 9,996 warnings quoting it whole (R4-15), and 130,000
 * warnings from 13 such files overflowed the markdown renderer's stack (R4-13), as did a
 * `workflow_run` report holding 200,000.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_AUDIT_WARNINGS, MAX_WARNING_CHARS } from '../../src/audit.js'
import { dedupeHeader, MAX_HEADER_WARNINGS } from '../../src/data/readers.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Report } from '../../src/report/types.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const long = `@a JIRA-1 www.x #1 `.repeat(42).slice(0, 780)

describe('header warnings (red team 4 R4-15)', () => {
  it('one warning per repeated name, the name shortened visibly, and the columns still pandas-renamed', () => {
    const header = ['y', 'p', 'g', ...Array.from({ length: 9_997 }, () => long)]
    const { columns, warnings, duplicates } = dedupeHeader(header)
    expect(columns).toHaveLength(header.length)
    expect(columns[4]).toBe(`${long}.1`)
    expect(columns[columns.length - 1]).toBe(`${long}.9996`)
    expect(duplicates).toEqual([[long, ...Array.from({ length: 9_996 }, (_, i) => `${long}.${i + 1}`)]])
    expect(warnings).toHaveLength(1)
    const w = warnings[0] as string
    expect(w.length).toBeLessThan(600)
    expect(w).toMatch(
      /^column '@a JIRA-1 www\.x #1 @a JIRA-1 [^']*… \(780 characters\)' appears 9,997 times; the later ones are read as '/,
    )
    expect(w).toContain('… (782 characters)')
    expect(w).toContain('… (785 characters)')
  })

  it('two copies keep the wording reports already show', () => {
    expect(dedupeHeader(['g', 'g', 'y']).warnings).toEqual([
      "column 'g' appears more than once; the later one is read as 'g.1' (as pandas does)",
    ])
  })

  it(`at most ${MAX_HEADER_WARNINGS} names are warned about one by one, then one count`, () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `c${i}`)
    const { warnings, duplicates } = dedupeHeader([...names, ...names])
    expect(duplicates).toHaveLength(5_000)
    expect(warnings).toHaveLength(MAX_HEADER_WARNINGS + 1)
    expect(warnings[MAX_HEADER_WARNINGS]).toBe(
      'and 4,980 more column names appear more than once; later copies are read as name.1, name.2, … (as pandas does)',
    )
  })
})

describe('an audit keeps a bounded list of warnings (red team 4 R4-13)', () => {
  it(`13 files of 2,000 repeated names each: at most ${MAX_AUDIT_WARNINGS} warnings and a count, and the report renders`, async () => {
    const names = Array.from({ length: 2_000 }, (_, i) => `z${i}`)
    const header = ['y', 'p', 'g', ...names, ...names].join(',')
    const row = ['1', '1', 'a', ...names.map(() => '0'), ...names.map(() => '0')].join(',')
    for (let f = 0; f < 13; f++) ws.write(`d/f${String(f).padStart(2, '0')}.csv`, `${header}\n${row}\n${row}\n`)
    const out = await ws.run(audit('d/*.csv'))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    const warnings = out.report.audits[0]?.warnings ?? []
    expect(warnings).toHaveLength(MAX_AUDIT_WARNINGS + 1)
    expect(warnings[MAX_AUDIT_WARNINGS]).toBe(
      `and ${(13 * (MAX_HEADER_WARNINGS + 1) - MAX_AUDIT_WARNINGS).toLocaleString('en-US')} more warnings not shown`,
    )
    for (const w of warnings) expect(w.length).toBeLessThanOrEqual(MAX_WARNING_CHARS + 40)
    expect(renderMarkdown(out.report)).toContain('more warnings not shown')
  })

  it('a report read back with 200,000 warnings renders (markdown and terminal), listing a bounded number', async () => {
    ws.write('ok.csv', 'y,p,g\n1,1,a\n0,0,b\n1,0,a\n0,1,b\n')
    const out = await ws.run(audit('ok.csv'))
    if (!out.ok) throw new Error('expected a report')
    const report: Report = structuredClone(out.report)
    ;(report.audits[0] as { warnings: string[] }).warnings = Array.from({ length: 200_000 }, () => 'a')
    const md = renderMarkdown(report)
    expect(md).toContain('and 199,899 more warnings; the JSON report has every one')
    expect(md.split('\n').filter((l) => l === '- a')).toHaveLength(101)
    const term = renderTerminal(report, { color: false })
    expect(term).toContain('warning: and 199,899 more')
  })
})
