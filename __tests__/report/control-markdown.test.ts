/**
 * The markdown of a two-level controlled audit: one collapsed `<details>` per control level
 * whose gates all pass, open when one fails there; each level with its overall and its own
 * group tables; gates naming their level. And the terminal report per level.
 */
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { checkReport, loadReportValidator } from '../../src/report/check.js'
import { renderCommentBody } from '../../src/report/comment-body.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Report } from '../../src/report/types.js'
import { controlConfig, readControlGolden, V2_DIR } from '../support/golden-v2-control.js'

// parseReport and checkReport need the report's validator, which readReportText loads.
await loadReportValidator()

async function report(gates: unknown[]): Promise<Report> {
  const out = await runConfigText(
    controlConfig(readControlGolden(), { gates, confidence: false, metrics: ['selection_rate', 'accuracy'] }),
    'control.json',
    { workspace: V2_DIR },
  )
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

describe('markdown of a controlled audit', () => {
  it('one table per control level, collapsed when every gate passes on it', async () => {
    // sex demographic parity difference: branch 0.0815 (passes 0.1), online 0.1451 (fails).
    const md = renderMarkdown(await report([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.1 }]), {
      chart: false,
    })
    const summaries = md
      .split('\n')
      .filter((l) => l.startsWith('<details') && !l.includes('disparities between groups'))
    expect(summaries).toEqual([
      '<details><summary>✅ Control level channel &#61; branch · 1,210 rows</summary>',
      '<details><summary>✅ By sex · its gate passes</summary>',
      '<details><summary>By region · no gates</summary>',
      '<details><summary>By sex × region (8 of 8 combinations present) · no gates</summary>',
      '<details open><summary>❌ Control level channel &#61; online · 1,790 rows</summary>',
      '<details><summary>By region · no gates</summary>',
      '<details><summary>By sex × region (8 of 8 combinations present) · no gates</summary>',
    ])
    expect(md).toContain(
      '| ❌ `demographic_parity_difference`<br><sub>sex · online (worst level) · error</sub> | 0.1451 (female vs male) | ≤ 0.1 |',
    )
    expect(md).toContain('Overall in this level: selection rate **0.3752** · accuracy **0.7802**')
    expect(md).toContain('Overall in this level: selection rate **0.5749** · accuracy **0.7760**')
    // Each level has its own tables, with that level's cells.
    const online = md.slice(md.indexOf('Control level channel &#61; online'))
    expect(online).toContain('| female | 939 | 0.5059 |')
    expect(md.slice(0, md.indexOf('Control level channel &#61; online'))).toContain('| female | 620 | 0.3355 |')
    // sex is open only in the level where its gate failed.
    expect((md.match(/#### ❌ By sex\n/g) ?? []).length).toBe(1)
    expect(md).toMatch(
      /^## ❌ Model audit failed: 1 of 1 gate breached — `demographic_parity_difference` \(sex · online\)$/m,
    )
    // The comment body fits and carries the same sections.
    const body = renderCommentBody(
      await report([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.1 }]),
    )
    expect(body.markdown).toContain('<details open><summary>❌ Control level channel &#61; online')
    // One chart, of the level where the gate failed: its groups' values and the line at the lowest + 0.1.
    expect(body.markdown.match(/~~~mermaid/g)).toHaveLength(1)
    expect(body.markdown).toContain('title "selection rate by sex, line at lowest + 0.1"')
    expect(body.markdown).toContain('  bar [0.5059, 0.6510]\n  line [0.6059, 0.6059]')
  })

  it('every level collapsed when every gate passes', async () => {
    const md = renderMarkdown(await report([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.2 }]), {
      chart: false,
    })
    expect(md).not.toContain('<details open>')
    expect(md).toContain('<details><summary>✅ Control level channel &#61; online · 1,790 rows</summary>')
  })

  it('the terminal report lists each level with its tables', async () => {
    const text = renderTerminal(
      await report([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.1 }]),
      { color: false },
    )
    expect(text).toContain('Control level channel = branch · 1,210 rows')
    expect(text).toContain('Control level channel = online · 1,790 rows')
    expect(text).toMatch(/sex · online \(worst level\)/)
    expect(text).toContain('in control level online (the worst of 2)')
  })

  it('a controlled report reads back (as a baseline or a workflow_run artifact), and an edited level is refused', async () => {
    const r = JSON.parse(
      JSON.stringify(await report([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.1 }])),
    ) as Report
    expect(checkReport(r)).toEqual([])
    const level = r.audits[0]!.control!.levels[0]!
    ;(level.groups[0] as unknown as { count: string }).count = '<img src=x>'
    expect(checkReport(r).join('\n')).toMatch(/control\/levels\/0\/groups\/0\/count/)
  })
})
