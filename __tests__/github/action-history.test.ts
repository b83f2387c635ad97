/**
 * The bundled action with the `history` input: reports of earlier push runs, written by the
 * action itself, give the pull request's comment and job summary a trend, and a
 * `history_median` gate its median; a history glob that leaves the workspace fails the step
 * before anything is published.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/types.js'
import { run, server, smallRepo, start, useActionHarness } from '../support/action-harness.js'
import { loadMermaidParser, mermaidBlocks } from '../support/mermaid.js'

useActionHarness()

const GATES = `      - name: accuracy holds
        metric: accuracy
        max_decrease: 0.05
        against: history_median
`

describe('the history input', () => {
  it('shows the trend in the comment and the summary, and gates on the history median', async () => {
    await start()
    const ws = smallRepo(GATES)
    for (let i = 1; i <= 3; i++) {
      const r = await run(ws, 'push', 'push', {
        sha: String(i).repeat(40),
        runId: String(100 + i),
        inputs: { 'report-path': `history/${i}/model-audit-report.json` },
      })
      // No history yet: insufficient, a warning.
      expect(r.code, r.stdout).toBe(0)
    }
    const pr = await run(ws, 'pull_request', 'pull_request.opened.same-repo', {
      runId: '200',
      inputs: { history: 'history/*/model-audit-report.json\nmissing/*.json', 'history-limit': '10' },
    })
    expect(pr.code, pr.stdout).toBe(0)
    expect(pr.stdout).toContain('History: 3 earlier runs of 3 report files matched.')
    expect(pr.stdout).toContain("history pattern 'missing/*.json' matches no report")
    // The log's report is the one the verdict is made of, after the history (red team 8 R8-3: it
    // was printed before, the gate there "no history reports to compare with", a warning).
    expect(pr.stdout).not.toContain('no history reports to compare with')
    expect(pr.stdout.indexOf('✓ PASSED: 1 gate')).toBeGreaterThan(
      pr.stdout.indexOf('History: 3 earlier runs of 3 report files matched.'),
    )
    const report = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as Report
    expect(report.history?.runs.map((r) => r.sha)).toEqual(['1', '2', '3'].map((c) => c.repeat(40)))
    expect(report.audits[0]!.gates[0]).toMatchObject({
      against: 'history_median',
      status: 'pass',
      history: { values: [0.75, 0.75, 0.75], count: 3, median: 0.75 },
    })
    const body = (server.commentsOn('acme', 'credit-model', 42)[0] as { body: string }).body
    for (const md of [body, pr.summary]) {
      expect(md).toContain('#### Trend over the last 3 runs and this one')
      expect(md).toContain(
        '| accuracy holds<br><sub>`accuracy`</sub> | overall | ▄▄▄▄ | 0.7500 | 0.7500 | 0.7500 (gated) | 0.7500 |',
      )
      const charts = mermaidBlocks(md).filter((b) => b.includes('  line ['))
      expect(charts).toHaveLength(1)
      const parse = await loadMermaidParser()
      await expect(parse(charts[0]!)).resolves.toBeTruthy()
    }
  })

  it('a history glob out of the workspace fails the step, and nothing is published', async () => {
    await start()
    const r = await run(smallRepo(GATES), 'pull_request', 'pull_request.opened.same-repo', {
      inputs: { history: '../*/model-audit-report.json' },
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('history pattern')
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(0)
    // The summary says why, and claims no result (red team 32 R32-11).
    expect(r.summary).toMatch(/^## ❌ Model audit could not run\n\n- history/)
    expect(r.summary).toContain('history pattern')
    expect(r.summary).not.toMatch(/Model audit (passed|failed)/)
  })
})
