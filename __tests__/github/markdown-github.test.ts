/**
 * The GitHub-specific parts of the markdown report: the Mermaid chart, checked with the real
 * mermaid parser (GitHub shows a red error box for a chart it cannot parse), and the size
 * bounds of a comment (65,536 characters) and a job summary (1 MiB).
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { chartLabel, chartLimit, keyRate, MAX_BARS, renderRateChart } from '../../src/report/chart.js'
import { COMMENT_BUDGET, measure, renderMarkdownWithin, SUMMARY_BUDGET } from '../../src/report/fit.js'
import { breachSize, chartGate, renderMarkdown } from '../../src/report/markdown.js'
import type { AuditReport, GroupReport, Report } from '../../src/report/types.js'
import { loadMermaidParser, mermaidBlocks } from '../support/mermaid.js'
import { makeWorkspace } from '../support/workspace.js'
import { fuzzRuns } from '../support/fuzz.js'

const ROOT = join(import.meta.dirname, '..', '..')
let parse: (text: string) => Promise<unknown>
let compas: Report

beforeAll(async () => {
  parse = await loadMermaidParser()
  const out = await runConfigFile('examples/compas/model-audit.yml', { workspace: ROOT })
  if (!out.ok) throw new Error(JSON.stringify(out.problems))
  compas = out.report
}, 180_000)

const audit = (): AuditReport => compas.audits[0] as AuditReport
const groupsOf = (a: AuditReport, attr: string): GroupReport[] => a.groups.filter((g) => g.attribute === attr)

describe('the rate chart', () => {
  it('charts the most severe breached gate, with its threshold as a line, and the real mermaid parser accepts it', async () => {
    // Without a gate, an attribute's chart shows the rate its first gate reads.
    expect(['race', 'sex', 'age_cat'].map((a) => keyRate(audit(), a))).toEqual([
      'false_positive_rate',
      'false_positive_rate',
      'selection_rate',
    ])
    // Two error gates breach: the FNR gap (0.3968 against ≤ 0.1, 2.97 past) before the FPR gap (0.3009, 2.0 past).
    expect(chartGate(audit())?.metric).toBe('false_negative_rate_difference')
    expect(audit().gates.map((g) => +breachSize(g).toFixed(2))).toEqual([0, 2.01, 2.97, 0, 0.52, 0.28])
    const md = renderMarkdown(compas)
    const charts = mermaidBlocks(md)
    expect(charts).toHaveLength(1)
    for (const c of charts) await expect(parse(c)).resolves.toBeTruthy()
    const race = charts[0] as string
    expect(race).toContain('title "FNR by race, line at lowest + 0.1"')
    expect(race).toContain('showDataLabel: true')
    expect(race).toMatch(/height: (\d+)/)
    expect(Number(/height: (\d+)/.exec(race)?.[1])).toBeLessThanOrEqual(300)
    const groups = groupsOf(audit(), 'race')
    // Bars follow the table order and carry the table's values; the line is the lowest judged FNR + 0.1.
    expect(race).toContain(
      `bar [${groups.map((g) => (g.metrics.false_negative_rate as number).toFixed(4)).join(', ')}]`,
    )
    expect(race).toContain(`line [${groups.map(() => '0.3799').join(', ')}]`)
    expect(race).toContain('"Native American †"')
  })

  it('draws each kind of bound where the gate puts it', () => {
    const a = audit()
    const race = groupsOf(a, 'race')
    const gate = (over: Partial<AuditReport['gates'][number]>): AuditReport['gates'][number] => ({
      ...(a.gates[1] as AuditReport['gates'][number]),
      ...over,
    })
    // An each-group bound is drawn where it is.
    expect(chartLimit(a, a.gates[5] as never, 'false_positive_rate', race)).toEqual({
      at: [0.35],
      text: 'the maximum 0.35',
    })
    // A ratio of selection rates ≥ 0.8: the highest group × 0.8.
    const age = groupsOf(a, 'age_cat')
    expect(chartLimit(a, a.gates[4] as never, 'selection_rate', age)?.text).toBe('0.8 of highest')
    expect(chartLimit(a, a.gates[4] as never, 'selection_rate', age)?.at[0]).toBeCloseTo(0.6534 * 0.8, 4)
    // A gap to the overall value, higher worse: overall + t.
    const toOverall = chartLimit(a, gate({ method: 'to_overall' }), 'false_positive_rate', race)
    expect(toOverall?.text).toBe('overall + 0.1')
    expect(toOverall?.at[0]).toBeCloseTo((a.overall.false_positive_rate as number) + 0.1, 10)
    // Lower is worse (accuracy): the highest − t.
    expect(chartLimit(a, gate({ metric: 'accuracy_difference' }), 'accuracy', race)?.text).toBe('highest - 0.1')
    // A minimum on a difference has no line the chart can show.
    expect(chartLimit(a, gate({ threshold: { min: 0.1 } }), 'false_positive_rate', race)).toBeNull()
  })

  it('rejects what it should: the parser catches a malformed chart', async () => {
    await expect(parse('xychart-beta\n  x-axis ["a "b"]\n  bar [1]')).rejects.toThrow()
  })

  it('renders any group name into a chart the parser accepts, with nothing active left', async () => {
    const base = groupsOf(audit(), 'sex')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 2, maxLength: 4 }),
        async (names) => {
          const groups = names.map((key, i) => ({ ...(base[i % base.length] as GroupReport), key }))
          const lines = renderRateChart(audit(), 'sex', groups)
          const chart = lines.slice(1, -1).join('\n')
          await parse(chart)
          for (const n of names) expect(chartLabel(n)).not.toMatch(/[`<>@#%;"\n\r]/)
        },
      ),
      { numRuns: fuzzRuns(150) },
    )
  })

  it('keeps a hostile group name inert in the chart', () => {
    const evil = '</details><img src=x onerror=alert(1)> | @everyone'
    expect(chartLabel(evil)).toBe('·/details··img src·x on…')
    const groups = groupsOf(audit(), 'sex').map((g, i) => (i === 0 ? { ...g, key: evil } : g))
    const axis = renderRateChart(audit(), 'sex', groups).find((l) => l.includes('x-axis')) as string
    expect(axis).toContain('"·/details··img src·x on…"')
    for (const bad of ['<', '>', '@', '|']) expect(axis).not.toContain(bad)
  })

  it(`draws the ${MAX_BARS} largest groups when there are more`, async () => {
    const base = groupsOf(audit(), 'race')[0] as GroupReport
    const groups = Array.from({ length: 50 }, (_, i) => ({ ...base, key: `g${i}`, count: i + 1 }))
    const lines = renderRateChart(audit(), 'race', groups)
    await parse(lines.slice(1, -1).join('\n'))
    expect(lines.join('\n')).toContain(`largest ${MAX_BARS} of 50 groups`)
    expect(lines.join('\n')).toContain('"g49"')
    expect(lines.join('\n')).not.toContain('"g29"')
  })

  it('draws nothing for fewer than two groups with a value', () => {
    const one = groupsOf(audit(), 'sex').slice(0, 1)
    expect(renderRateChart(audit(), 'sex', one)).toEqual([])
  })
})

describe('size bounds', () => {
  let big: Report

  beforeAll(async () => {
    // 5,000 groups of one attribute, plus an intersection: far over a comment's limit.
    const ws = makeWorkspace()
    try {
      const rows = ['y,p,region,band']
      for (let i = 0; i < 5000; i++) rows.push(`1,1,region-${i},a`, `0,${i % 2},region-${i},b`)
      ws.write('big.csv', rows.join('\n') + '\n')
      const out = await ws.run({
        audits: [
          {
            name: 'big',
            data: 'big.csv',
            label: 'y',
            prediction: 'p',
            sensitive: ['region', 'band'],
            intersections: [['region', 'band']],
            max_groups: 10000,
            confidence: false,
            gates: [{ metric: 'accuracy_difference', attribute: 'region', max: 0.1 }],
          },
        ],
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      big = out.report
    } finally {
      ws.cleanup()
    }
  }, 180_000)

  it('leaves a report that fits untouched', () => {
    const fitted = renderMarkdownWithin(compas, {}, { ...COMMENT_BUDGET, fullReportAt: 'the job summary' })
    expect(fitted).toEqual({ markdown: renderMarkdown(compas), shortened: null })
  })

  it('shortens 5,000 groups to fit a comment, says so, and keeps the verdict and gates', async () => {
    const full = renderMarkdown(big)
    expect(full.length).toBeGreaterThan(COMMENT_BUDGET.limit)
    const marker = '<!-- model-audit-gate config="audit.yml" -->'
    const fitted = renderMarkdownWithin(
      big,
      { preamble: marker },
      { ...COMMENT_BUDGET, fullReportAt: 'the job summary' },
    )
    expect(fitted.markdown.length).toBeLessThanOrEqual(COMMENT_BUDGET.limit)
    expect(fitted.markdown.startsWith(`${marker}\n## ❌ Model audit failed`)).toBe(true)
    expect(fitted.shortened).toMatch(/largest groups/)
    expect(fitted.markdown).toContain('> Shortened to fit GitHub&#39;s 65,536-character limit'.replace('&#39;', "'"))
    expect(fitted.markdown).toContain('`accuracy_difference`')
    expect(fitted.markdown).toMatch(/4,9\d\d smaller groups not shown here/)
    for (const c of mermaidBlocks(fitted.markdown)) await parse(c)
    // Every <details> opened is closed.
    expect((fitted.markdown.match(/<details>/g) ?? []).length).toBe(
      (fitted.markdown.match(/<\/details>/g) ?? []).length,
    )
  })

  it('fits 5,000 groups in a 1 MiB job summary with less cut', () => {
    const fitted = renderMarkdownWithin(big, {}, { ...SUMMARY_BUDGET, fullReportAt: 'the JSON report' })
    expect(measure(fitted.markdown, 'bytes')).toBeLessThanOrEqual(SUMMARY_BUDGET.limit)
    // `region-4999` is a possible custom autolink (prefix `region-`): shown with its hyphen as an entity.
    expect(fitted.markdown).toContain('region&#45;4999')
  })

  it('cuts at a line boundary, with a notice, when even the gates do not fit', () => {
    const a = audit()
    const many: Report = {
      ...compas,
      audits: [{ ...a, gates: Array.from({ length: 3000 }, () => a.gates[1] as AuditReport['gates'][number]) }],
    }
    const fitted = renderMarkdownWithin(
      many,
      { preamble: '<!-- m -->' },
      { ...COMMENT_BUDGET, fullReportAt: 'the job summary' },
    )
    expect(fitted.shortened).toBe('cut at a line boundary')
    expect(fitted.markdown.length).toBeLessThanOrEqual(COMMENT_BUDGET.limit)
    expect(fitted.markdown.startsWith('<!-- m -->\n## ❌')).toBe(true)
    expect(fitted.markdown).toMatch(
      /> \[!WARNING\]\n> Cut to fit GitHub's 65,536-character limit; the job summary has everything\.\n$/,
    )
  })
})
