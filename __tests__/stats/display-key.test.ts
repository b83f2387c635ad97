/**
 * Two different groups never share a display name: joined plainly, the intersection groups
 * ('a | b', 'c') and ('a', 'b | c') both read `a | b | c`. Their keys tell them apart in the
 * JSON report, the terminal, the markdown table and the chart; keys without the separator in a
 * value stay as fairlearn prints them.
 */
import { describe, expect, it } from 'vitest'
import { renderRateChart } from '../../src/report/chart.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { AuditReport, Report } from '../../src/report/types.js'
import { makeWorkspace } from '../support/workspace.js'

async function report(rows: string[][]): Promise<Report> {
  const ws = makeWorkspace()
  try {
    const q = (v: string): string => `"${v.replace(/"/g, '""')}"`
    ws.write(
      'd.csv',
      `y,p,s,r\n${rows.map(([s, r], i) => `${i % 2},${i % 3 === 0 ? 1 : 0},${q(s as string)},${q(r as string)}`).join('\n')}\n`,
    )
    const out = await ws.run({
      audits: [
        {
          name: 't',
          data: 'd.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['s', 'r'],
          intersections: [['s', 'r']],
          confidence: false,
        },
      ],
    })
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    return out.report
  } finally {
    ws.cleanup()
  }
}

const intersectionKeys = (r: Report): string[] =>
  (r.audits[0] as AuditReport).groups.filter((g) => Array.isArray(g.attribute)).map((g) => g.key)

describe('intersection display keys', () => {
  it("keep ('a | b', 'c') and ('a', 'b | c') apart in every report", async () => {
    const r = await report([
      ['a | b', 'c'],
      ['a', 'b | c'],
      ['a | b', 'c'],
      ['a', 'b | c'],
    ])
    const keys = intersectionKeys(r)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual(expect.arrayContaining(['a \\| b | c', 'a | b \\| c']))
    // The JSON report, as written.
    const json = (JSON.parse(JSON.stringify(r)) as Report).audits[0] as AuditReport
    expect(new Set(json.groups.filter((g) => Array.isArray(g.attribute)).map((g) => g.key)).size).toBe(keys.length)
    // Terminal and markdown: each present group is its own row, and the two rows read differently.
    const terminal = renderTerminal(r, { color: false })
    expect(terminal).toContain('a \\| b | c')
    expect(terminal).toContain('a | b \\| c')
    const md = renderMarkdown(r)
    const section = md.slice(md.indexOf('<details><summary>By s × r'))
    expect(section).toContain('| a &#124; b &#92;&#124; c |')
    expect(section).toContain('| a &#92;&#124; b &#124; c |')
    // The chart of an intersection's groups: distinct labels.
    const audit = r.audits[0] as AuditReport
    const chart = renderRateChart(
      audit,
      's',
      audit.groups.filter((g) => Array.isArray(g.attribute)),
    )
    const axis = chart.find((l) => l.includes('x-axis')) as string
    const labels = axis.slice(axis.indexOf('[') + 1, -1).split('", "')
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('without the separator in a value, keys are the values joined by " | ", byte for byte', async () => {
    const r = await report([
      ['a|b', 'c\\d'],
      ['x', 'y'],
      ['a|b', 'y'],
      ['x', 'c\\d'],
    ])
    expect(intersectionKeys(r)).toEqual(['a|b | c\\d', 'a|b | y', 'x | c\\d', 'x | y'])
  })
})
