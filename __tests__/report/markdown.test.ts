/**
 * The markdown report. The COMPAS example's rendering is committed under
 * __tests__/__outputs__/ so a reviewer reads the real report in the diff.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { escapeMarkdown } from '../../src/report/format.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { makeWorkspace } from '../support/workspace.js'

const ROOT = join(import.meta.dirname, '..', '..')

describe('renderMarkdown', () => {
  it('renders the COMPAS example (committed output)', async () => {
    const out = await runConfigFile('examples/compas/model-audit.yml', { workspace: ROOT })
    if (!out.ok) throw new Error('example failed')
    const md = renderMarkdown(out.report, { commit: '0123456789abcdef' })
    expect(md.startsWith('## ❌ Model audit failed: 2 of 6 gates breached')).toBe(true)
    expect(md).toContain(
      '| ❌ False positive rates differ by race<br><sub>`false_positive_rate_difference` · race · error</sub> | 0.3009 (Other vs African&#45;American)<br><sub>95% CI 0.2517–0.3486</sub> | ≤ 0.1 |',
    )
    // The headline names the gates as the job's error line does.
    expect(md).toContain('— False positive rates differ by race (race), False negative rates differ by race (race)\n')
    // An each-group gate names each breaching group with its own value.
    expect(md).toContain('| African&#45;American 0.4485<br><sub>95% CI 0.4256–0.4716</sub> | ≤ 0.35 |')
    // The worst FPR by race is marked; the insufficient groups are flagged; race's gates read FPR and
    // FNR, so its table shows each group's positives and negatives (sex's and age_cat's gates do not).
    expect(md).toContain(
      '| African&#45;American | 3,696 | 1,901 | 1,795 | 0.5882 | **0.6383** | **0.4485** | 0.2799 | 0.6297 |',
    )
    expect(md).toContain('| Native American † | 18 | 10 | 8 |')
    expect(md).toContain('| 25 - 45 | 4,109 | 0.4682 |')
    // sex's one gate passes: folded; race's failed and age_cat's warned: open.
    expect(md).toContain('<details><summary>✅ By sex · its gate passes</summary>')
    expect(md).toContain('#### ❌ By race\n')
    expect(md).toContain('#### ⚠️ By age&#95;cat\n')
    // One chart: the most severe breach (the FNR gap, 2.97 past its bound, against 2.0 for the FPR gap).
    expect(md.match(/~~~mermaid/g)).toHaveLength(1)
    expect(md).toContain('title "FNR by race, line at lowest + 0.1"')
    expect(md).toContain('  line [0.3799, 0.3799, 0.3799, 0.3799, 0.3799, 0.3799]')
    await expect(md).toMatchFileSnapshot(join(ROOT, '__tests__', '__outputs__', 'compas.md'))
  })

  it('names each breaching group with its own value, worst first, and counts positives where a gate divides by them', async () => {
    const ws = makeWorkspace()
    try {
      // TPR per group: a 3/4, b 2/4, c 1/4, d 4/4; positives 4 each, negatives 1 each.
      const rows = ['y,p,g']
      for (const [g, hits] of [
        ['a', 3],
        ['b', 2],
        ['c', 1],
        ['d', 4],
      ] as const) {
        rows.push(`0,0,${g}`)
        for (let i = 0; i < 4; i++) rows.push(`1,${i < hits ? 1 : 0},${g}`)
      }
      ws.write('d.csv', rows.join('\n') + '\n')
      const run = async (gates: unknown[]) => {
        const out = await ws.run({
          audits: [
            { name: 'm', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['g'], confidence: false, gates },
          ],
        })
        if (!out.ok) throw new Error(JSON.stringify(out.problems))
        return renderMarkdown(out.report)
      }
      const md = await run([
        { name: 'Recall per group', metric: 'true_positive_rate', attribute: 'g', each_group: { min: 0.8 } },
      ])
      expect(md).toContain('## ❌ Model audit failed: 1 of 1 gate breached — Recall per group (g)\n')
      expect(md).toContain('| c 0.2500, b 0.5000, a 0.7500 | ≥ 0.8 |')
      // TPR divides by the positives: they are shown, the negatives are not.
      expect(md).toContain('| g | n | positives | selection rate |')
      expect(md).toContain('| a | 5 | 4 |')
      // The chart draws the bound where it is.
      expect(md).toContain('title "TPR by g, line at the minimum 0.8"')
      const passing = await run([{ metric: 'true_positive_rate', attribute: 'g', each_group: { min: 0.1 } }])
      expect(passing).toContain('## ✅ Model audit passed: 1 gate within its threshold\n')
      expect(passing).toContain('| worst: c 0.2500 | ≥ 0.1 |')
      expect(passing).toContain('<details><summary>✅ By g · its gate passes</summary>')
    } finally {
      ws.cleanup()
    }
  })

  it('renders hostile group and column names inert', async () => {
    const ws = makeWorkspace()
    try {
      const evil =
        '</details><img src=x onerror=alert(1)> | @everyone `x` [link](http://e.vil) #1 <!-- model-audit-gate -->'
      ws.write('d.csv', `y,p,"col|<b>"\n1,1,"${evil}"\n0,0,b\n`)
      const out = await ws.run({
        audits: [
          {
            name: 'a <script>',
            data: 'd.csv',
            label: 'y',
            prediction: 'p',
            sensitive: ['col|<b>'],
            gates: [{ metric: 'accuracy', min: 0.5 }],
          },
        ],
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      const md = renderMarkdown(out.report)
      for (const bad of [
        '<img',
        '</details><img',
        '@everyone',
        '`x`',
        '](http',
        '<!-- model',
        '<script>',
        'col|<b>',
        '<b>',
      ])
        expect(md).not.toContain(bad)
      expect(md).not.toMatch(/(?<!&)#1\b/)
      expect(md).toContain('&lt;/details&gt;&lt;img src&#61;x onerror&#61;alert&#40;1&#41;&gt; &#124; &#64;everyone')
      // Every table row still has the same number of cells as its header.
      const table = md.split('\n').filter((l) => l.startsWith('| col'))
      expect(table).toHaveLength(1)
    } finally {
      ws.cleanup()
    }
  })
})

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a&#124;b'],
    ['<b>', '&lt;b&gt;'],
    ['@team', '&#64;team'],
    ['#12', '&#35;12'],
    ['`code`', '&#96;code&#96;'],
    ['![x](y)', '&#33;&#91;x&#93;&#40;y&#41;'],
    // A line break, zero-width or bidi character is shown, not obeyed: `line\nbreak` and `line break` stay two names.
    ['line\nbreak', 'line&lt;U+000A&gt;break'],
    ['a\u200bb', 'a&lt;U+200B&gt;b'],
    ['\u202eevil', '&lt;U+202E&gt;evil'],
    ['\u2066x\u2069', '&lt;U+2066&gt;x&lt;U+2069&gt;'],
    ['a<U+200B>b', 'a&lt;U+003C&gt;U&#43;200B&gt;b'],
    ['www.evil.example', 'www&#46;evil.example'],
    ['WWW.Evil.example', 'WWW&#46;Evil.example'],
    ['https://evil.example', 'https&#58;//evil.example'],
    ['GH-1', 'GH&#45;1'],
    ['see gh-123', 'see gh&#45;123'],
    // Custom autolinks (`JIRA-` + number, `TICKET` + number…): every prefix that could end before the digits holds an entity.
    ['region-1', 'region&#45;1'],
    ['JIRA-123', 'JIRA&#45;123'],
    ['TICKET123', 'TICKE&#84;123'],
    ['x/ZD42 and foo-ABC-7', 'x/Z&#68;42 and foo&#45;ABC&#45;7'],
    // Alphanumeric custom autolinks (`JIRA-` + letters, digits, `-`; red team 3 N7): a letter after a `-` after a letter.
    ['JIRA-abc', 'JIRA&#45;abc'],
    ['JIRA-abc-def', 'JIRA&#45;abc&#45;def'],
    ['non-binary', 'non&#45;binary'],
    ['-abc and 12-ab', '-abc and 12-ab'],
    ['PROJ.7', 'PROJ&#46;7'],
    ['ISSUE_9 and ab:12', 'ISSUE&#95;9 and ab&#58;12'],
    ['TICKET-123abc', 'TICKET&#45;123abc'],
    ['v1.25', '&#118;1.25'],
    ['x-2024-01', 'x&#45;2024-01'],
    // …and numbers without a letter before them are left alone.
    ['0.25', '0.25'],
    ['[25, 45)', '&#91;25, 45&#41;'],
    ['2,000', '2,000'],
    ['2019-01-02', '2019-01-02'],
    ['Less than 25', 'Less than 25'],
    ['25 - 45', '25 - 45'],
    ['-0.5 / 1.5e-3', '-0.5 / 1.5e-3'],
    ['plain text 1.5', 'plain text 1.5'],
    ['$$x^2$$', '&#36;&#36;x^2&#36;&#36;'],
    ['$\\color{red}{x}$', '&#36;&#92;color{red}{x}&#36;'],
    ['a5c3785e9d1f', '&#97;5c3785e9d1f'],
    ['commit 0123456789abcdef0123456789abcdef01234567', 'commit &#48;123456789abcdef0123456789abcdef01234567'],
    ['2019001', '2019001'],
    ['decade', 'decade'],
    // `+` in a prefix (GitHub allows it; red team 4 R4-6): a `+` before the digits is an entity, and a word boundary.
    ['TICKET+123', 'TICKET&#43;123'],
    ['JIRA+42 and A+1', 'JIRA&#43;42 and A&#43;1'],
    ['ab+c+99', 'ab+c&#43;99'],
    ['x+GH-7', 'x+GH&#45;7'],
    ['a_b+JIRA-1', 'a&#95;b+JIRA&#45;1'],
    ['deadbeef1+x', '&#100;eadbeef1+x'],
    ['1e+5 and +3 and 2+2', '1e+5 and +3 and 2+2'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })
})
