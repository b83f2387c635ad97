/** The trend section: escaped as the rest of the markdown, Mermaid that parses, and the first thing fit drops. */
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { applyHistory, type HistoryEntry } from '../../src/gate/history.js'
import { renderMarkdownWithin } from '../../src/report/fit.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { MAX_TREND_CHARTS, renderTrend, trendChart } from '../../src/report/trend.js'
import type { Report } from '../../src/report/types.js'
import { runConfigText } from '../../src/audit.js'
import { makeWorkspace } from '../support/workspace.js'
import { loadMermaidParser, mermaidBlocks } from '../support/mermaid.js'

let parse: Awaited<ReturnType<typeof loadMermaidParser>>
let base: Report
beforeAll(async () => {
  parse = await loadMermaidParser()
  const ws = makeWorkspace()
  ws.write('d.csv', 'y,p,g\n1,1,a\n0,0,a\n1,0,b\n0,0,b\n1,1,b\n')
  const gates = Array.from(
    { length: 8 },
    (_, i) => `      - name: "gate ${i} <img src=x onerror=alert(1)> | **bold** \`code\` [link](https://e.x)"
        metric: accuracy
        min: 0.${i}
`,
  ).join('')
  const out = await runConfigText(
    `audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    confidence: false\n    gates:\n${gates}`,
    'c.yml',
    { workspace: ws.dir },
  )
  ws.cleanup()
  if (!out.ok) throw new Error('the audit did not run')
  base = out.report
})

const entries = (n: number, sha = (i: number) => `${i}`.padStart(7, 'a')): HistoryEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `h/${i}.json`,
    run: { started_at: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(), sha: sha(i) },
    values: [base.audits[0]!.gates.map((_, j) => (i === 2 ? null : 0.5 + 0.01 * ((i * (j + 1)) % 5)))],
  }))
const withHistory = (n: number): Report =>
  applyHistory(base, entries(n), { patterns: ['h/*.json'], limit: 20, matched: n, skipped: [], skippedCount: 0 })

describe('renderTrend', () => {
  it('escapes every name as the gates table does, and its charts parse', async () => {
    const r = withHistory(5)
    const lines = renderTrend(r, r.audits[0]!)
    const md = lines.join('\n')
    expect(md).not.toContain('<img')
    expect(md).not.toContain('**bold**')
    const row = lines.find((l) => l.startsWith('| gate 0'))!
    // The same text the gates table writes for the gate's name (there: after its status, before its metric).
    const name = (row.split(' | ')[0] as string).slice(2).split('<br><sub>')[0] as string
    expect(name).toMatch(/^gate 0 &lt;img/)
    expect(renderMarkdown(r)).toMatch(
      new RegExp(`^\\| \\S+ ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<br><sub>`, 'm'),
    )
    // A missing value is a gap in the sparkline.
    expect(row).toMatch(/ \| [▁-█]{2}·[▁-█]{3} \| /)
    // For review: the section as GitHub gets it.
    await expect(md).toMatchFileSnapshot(join(import.meta.dirname, '..', '__outputs__', 'trend.md'))
    const charts = mermaidBlocks(md)
    expect(charts).toHaveLength(6)
    for (const c of charts) await expect(parse(c)).resolves.toBeTruthy()
    expect(charts[0]).not.toMatch(/<img|\*\*|`/)
  })

  it('an axis of finite bounds whatever the values (red team 8 R8-9: ±1e308 gave -Infinity --> Infinity)', async () => {
    const extreme: HistoryEntry[] = [1e308, -1e308, 5e-324].map((v, i) => ({
      file: `h/${i}.json`,
      run: { started_at: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(), sha: `${i}`.padStart(7, 'a') },
      values: [base.audits[0]!.gates.map(() => v)],
    }))
    const r = applyHistory(base, extreme, {
      patterns: ['h/*.json'],
      limit: 20,
      matched: 3,
      skipped: [],
      skippedCount: 0,
    })
    // Values no chart can draw: the table keeps them, the charts are left out.
    const md = renderTrend(r, r.audits[0]!).join('\n')
    expect(md).not.toContain('Infinity')
    expect(mermaidBlocks(md)).toEqual([])
    // Large but drawable (a count of 10^15): a chart that parses.
    const big = extreme.map((e, i) => ({ ...e, values: [e.values[0]!.map(() => 1e15 + i)] }))
    const b = applyHistory(base, big, { patterns: ['h/*.json'], limit: 20, matched: 3, skipped: [], skippedCount: 0 })
    const charts = mermaidBlocks(renderTrend(b, b.audits[0]!).join('\n'))
    expect(charts.length).toBeGreaterThan(0)
    for (const c of charts) await expect(parse(c)).resolves.toBeTruthy()
  })

  it(`draws charts only until ${MAX_TREND_CHARTS} are drawn, not one per gate (red team 8 R8-7: 3,000 gates drew 3,000 charts to keep 300)`, () => {
    const r = withHistory(5)
    expect(r.audits[0]!.gates.length).toBeGreaterThan(MAX_TREND_CHARTS)
    const draw = vi.fn(trendChart)
    const lines = renderTrend(r, r.audits[0]!, 'full', draw)
    expect(draw).toHaveBeenCalledTimes(MAX_TREND_CHARTS)
    expect(lines).toEqual(renderTrend(r, r.audits[0]!))
    expect(lines.filter((l) => l === '~~~mermaid')).toHaveLength(MAX_TREND_CHARTS)
  })

  it('nothing without a history, and no chart for a gate with one point', () => {
    expect(renderTrend(base, base.audits[0]!)).toEqual([])
    const r = applyHistory(base, [], { patterns: ['h/*.json'], limit: 20, matched: 0, skipped: [], skippedCount: 0 })
    const md = renderTrend(r, r.audits[0]!).join('\n')
    expect(md).toContain('#### Trend: no earlier runs to compare with yet')
    expect(mermaidBlocks(md)).toEqual([])
  })
})

describe('fit', () => {
  it('drops the trend charts first, then the trend', () => {
    const r = withHistory(20)
    const full = renderMarkdown(r)
    const noCharts = renderMarkdownWithin(
      r,
      {},
      { limit: full.length - 1, unit: 'chars', fullReportAt: 'the JSON report' },
    )
    expect(noCharts.shortened).toBe('trend charts left out')
    expect(noCharts.markdown).toContain('#### Trend over the last 20 runs')
    expect(noCharts.markdown).not.toContain('Trend charts')
    const tableOnly = renderMarkdown(r, { trend: 'table' })
    const none = renderMarkdown(r, { trend: false })
    expect(none).not.toContain('#### Trend')
    expect(none.length).toBeLessThan(tableOnly.length)
  })
})
