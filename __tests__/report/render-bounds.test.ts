/**
 * What a report of many long group names costs to render (red team 4 R4-3: 5,000 groups of
 * 1,000-character markup names peaked at 293 MB): a gate message names at most
 * MAX_MESSAGE_GROUPS groups, and the comment is never rendered whole when its group rows alone
 * are past the budget.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as markdown from '../../src/report/markdown.js'
import { renderCommentBody } from '../../src/report/comment-body.js'
import {
  COMMENT_BUDGET,
  GATE_ROW_AT_LEAST,
  renderedAtLeast,
  renderMarkdownWithin,
  SUMMARY_BUDGET,
} from '../../src/report/fit.js'
import { MAX_MESSAGE_GROUPS } from '../../src/gate/evaluate.js'
import type { Report } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** `groups` groups named by `length` characters of markup ending in their index, each with one right and one wrong row. */
async function auditOf(groups: number, length: number, extra: object = {}): Promise<Report> {
  const rows = ['y,p,g']
  for (let i = 0; i < groups; i++) {
    const name = '@a JIRA-1 www.x #1 '.repeat(Math.ceil(length / 19)).slice(0, length - 6) + String(i).padStart(6, '0')
    rows.push(`1,1,${name}`, `0,1,${name}`)
  }
  ws.write('d.csv', `${rows.join('\n')}\n`)
  const out = await ws.run({
    audits: [
      {
        name: 'm',
        data: 'd.csv',
        label: 'y',
        prediction: 'p',
        sensitive: ['g'],
        max_groups: 20000,
        confidence: false,
        gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
        ...extra,
      },
    ],
  })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

/** `audits` audits of `gates` gates each, on one small file. */
async function gatesOf(audits: number, gates: number): Promise<Report> {
  ws.write('d.csv', 'y,p,g\n1,1,a\n0,1,a\n1,1,b\n0,0,b\n')
  const out = await ws.run({
    audits: Array.from({ length: audits }, (_, a) => ({
      name: `m${a}`,
      data: 'd.csv',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      confidence: false,
      gates: Array.from({ length: gates }, (_, i) => ({ metric: 'accuracy', min: i / 1000 })),
    })),
  })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

const ALL_METRICS = [
  'count',
  'base_rate',
  'selection_rate',
  'accuracy',
  'true_positive_rate',
  'false_positive_rate',
  'false_negative_rate',
  'true_negative_rate',
  'precision',
  'negative_predictive_value',
  'false_discovery_rate',
  'false_omission_rate',
  'f1',
  'balanced_accuracy',
]

const FIT_STEPS: markdown.MarkdownOptions[] = [
  {},
  { trend: 'table' },
  { maxGroupRows: 100, trend: 'table' },
  { maxGroupRows: 25, trend: 'table' },
  { maxGroupRows: 10, chart: false, trend: false },
  { maxGroupRows: 10, chart: false, trend: false, omitIntersections: true },
  { chart: false, trend: false, omitGroups: true },
]

describe('rendering bounds', () => {
  it(`every gate has a row of at least ${GATE_ROW_AT_LEAST} characters in every render`, async () => {
    const report = await gatesOf(2, 30)
    for (const o of FIT_STEPS) {
      const rows = markdown
        .renderMarkdown(report, o)
        .split('\n')
        .filter((l) => /^\| (✅|❌|⚠️|❔) /u.test(l))
      expect(rows).toHaveLength(60)
      for (const row of rows) expect(row.length).toBeGreaterThanOrEqual(GATE_ROW_AT_LEAST)
      expect(renderedAtLeast(report, o)).toBeLessThanOrEqual(markdown.renderMarkdown(report, o).length)
    }
  })

  it('a comment of 2,500 gates, past the limit on its gate rows alone, is rendered once and cut (red team 8 R8-7: 8 renders)', async () => {
    const report = await gatesOf(25, 100)
    const render = vi.fn(markdown.renderMarkdown)
    const fitted = renderMarkdownWithin(report, {}, { ...COMMENT_BUDGET, fullReportAt: 'the job summary' }, render)
    expect(fitted.shortened).toBe('cut at a line boundary')
    expect(render).toHaveBeenCalledTimes(1)
    expect(fitted.markdown.length).toBeLessThanOrEqual(COMMENT_BUDGET.limit)
    // Every step skipped is past the limit: the comment is the one rendering each step gave.
    for (const o of FIT_STEPS) expect(markdown.renderMarkdown(report, o).length).toBeGreaterThan(COMMENT_BUDGET.limit)
  })

  it(`a gate message names at most ${MAX_MESSAGE_GROUPS} groups and counts the rest; its groups list them all`, async () => {
    const report = await auditOf(30, 10)
    const gate = report.audits[0]?.gates[0]
    expect(gate?.status).toBe('fail')
    expect(gate?.groups).toHaveLength(30)
    expect(gate?.message).toMatch(/^30 groups of g breach accuracy ≥ 0\.9: /)
    expect(gate?.message).toMatch(/ and 10 more$/)
    expect(gate?.message.split(', ')).toHaveLength(MAX_MESSAGE_GROUPS)
  })

  // 1,000 names of 1,000 characters: the most characters of group names an audit may have (MAX_GROUP_NAME_CHARS).
  it('a gate message of 1,000 breaching 1,000-character names stays short', async () => {
    const report = await auditOf(1000, 1000)
    expect(report.audits[0]?.gates[0]?.message.length).toBeLessThan(25 * 1010)
  })

  it('the comment of 1,000 groups of 1,000-character names is not rendered whole, nor at 100 rows a table', async () => {
    const report = await auditOf(1000, 1000)
    expect(renderCommentBody(report).shortened).toBe(
      'group tables cut to their 10 largest groups, charts and trends left out',
    )
    const render = vi.fn(markdown.renderMarkdown)
    const fitted = renderMarkdownWithin(report, {}, { ...COMMENT_BUDGET, fullReportAt: 'the job summary' }, render)
    expect(fitted.shortened).toBe('group tables cut to their 10 largest groups, charts and trends left out')
    // The full render (no maxGroupRows) and the 100-row one are skipped: 1,000 and 100 names of
    // 1,000 characters are past 65,536 before any escaping. 25 names are not, and escaped they are.
    const rows = render.mock.calls.map(([, o]) => o?.maxGroupRows)
    expect(rows).toEqual([25, 10])
  })

  it('a summary of 16,000 groups of short names is not rendered whole: its cells alone are past 1 MiB (red team 12 R12-2)', async () => {
    // 14 metric columns: a row holds at least its name, 9 characters and 4 a cell (6 + 9 + 56 = 71),
    // and 16,000 rows 1,136,000 characters; the names alone (+ 4 each) were 160,000, so the whole
    // report (3.3 MB for 20,000 groups) was rendered, with 40 MB of heap, before the step that fits.
    const report = await auditOf(16000, 6, { metrics: ALL_METRICS })
    const render = vi.fn(markdown.renderMarkdown)
    const fitted = renderMarkdownWithin(report, {}, { ...SUMMARY_BUDGET, fullReportAt: 'the JSON report' }, render)
    expect(fitted.shortened).toBe('group tables cut to their 100 largest groups')
    expect(render.mock.calls.map(([, o]) => o?.maxGroupRows)).toEqual([100])
    expect(markdown.renderMarkdown(report, {}).length).toBeGreaterThan(SUMMARY_BUDGET.limit)
  }, 180_000)

  it('the lower bound is never above what is rendered, with every metric and the class-count columns', async () => {
    const report = await auditOf(300, 6, {
      metrics: ALL_METRICS,
      gates: [
        { metric: 'true_positive_rate_difference', max: 0.5 },
        { metric: 'false_positive_rate_difference', max: 0.5 },
      ],
    })
    for (const o of [{}, { maxGroupRows: 100 }, { maxGroupRows: 10 }]) {
      const rendered = markdown.renderMarkdown(report, o)
      expect(rendered).toMatch(/\| positives \| negatives \|/)
      expect(markdown.renderedLengthAtLeast(report, o)).toBeLessThanOrEqual(rendered.length)
      // Tight: within the rendered group rows' length (the rest of the report is not counted).
      const rows = rendered.split('\n').filter((l) => /^\| \d{6} \|/.test(l))
      expect(rows.length).toBeGreaterThan(0)
      expect(markdown.renderedLengthAtLeast(report, o)).toBeLessThanOrEqual(rows.reduce((n, l) => n + l.length + 1, 0))
    }
  })

  it('the lower bound is never above what is rendered, for every step of the fit', async () => {
    const report = await auditOf(300, 50, { intersections: [] })
    const steps: markdown.MarkdownOptions[] = [
      {},
      { maxGroupRows: 100 },
      { maxGroupRows: 25 },
      { maxGroupRows: 10, chart: false },
      { maxGroupRows: 10, chart: false, omitIntersections: true },
      { chart: false, omitGroups: true },
    ]
    for (const o of steps) {
      const at = markdown.renderedLengthAtLeast(report, o)
      expect(at).toBeLessThanOrEqual(markdown.renderMarkdown(report, o).length)
      if (!o.omitGroups) expect(at).toBeGreaterThan(0)
    }
  })
})
