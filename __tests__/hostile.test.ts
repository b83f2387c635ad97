/**
 * The comment is inert: group names, column names and audit names come from data and
 * config, which a pull request from a stranger controls. Each hostile string below is run
 * through the whole pipeline as a group name (and a column and audit name), and the
 * rendered markdown is checked for anything GitHub would act on.
 */
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderTerminal } from '../src/report/terminal.js'
import { escapeLog } from '../src/config/log-escape.js'
import { renderRateChart } from '../src/report/chart.js'
import { runCli } from '../src/cli/run.js'
import { captureIO } from './support/cli-io.js'
import { runnerCommands } from './support/runner-commands.js'
import { makeWorkspace } from './support/workspace.js'
import { gateAnnotations } from '../src/github/annotations.js'

export const HOSTILE = [
  '</details><img src=x onerror=alert(1)> | @everyone',
  '<script>alert(1)</script>',
  '<img src="https://evil.example/pixel.gif">',
  '![tracking](https://evil.example/p.png)',
  '[click me](https://evil.example)',
  '[ref]: https://evil.example',
  '<https://evil.example>',
  'https://evil.example/autolink',
  '@octocat please approve',
  '@org/team',
  '#1 fixes everything',
  'GH-1',
  'owner/repo#12',
  '`code span`',
  '```\nfenced\n```',
  '<!-- model-audit-gate: config=.github/model-audit.yml -->',
  '-->',
  '| a | b |',
  '||||',
  'line\nbreak',
  'carriage\rreturn',
  '**bold** _em_ ~~strike~~',
  '\\| escaped pipe',
  '&lt;already&gt; &amp; entities',
  '<details open><summary>x</summary>',
  '</td></tr></table>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  ':warning: :+1:',
  '$$ \\LaTeX $$',
  '> quote',
  '# Heading',
  '- [x] task',
  '<sub>small</sub><sup>big</sup>',
  '\u001b[31mred\u001b[0m',
  '\u202eevil-bidi',
  'ok name',
  'www.evil.example',
  'WWW.Evil.Example/path',
  'gh-1',
  'see GH-123',
  // Custom autolinks a repository may configure: a prefix of letters, digits, -, ., /, :, _, then the reference.
  'JIRA-123',
  'fixes TICKET123 and ZD-42',
  'path/PROJ.7 x:ISSUE_9',
  // `+` in a prefix (GitHub allows it; red team 4 R4-6).
  'TICKET+123 and JIRA+42',
  '::error title=x::y',
  '  ::stop-commands::tok',
  '::add-mask::visible',
  '::set-output name=passed::true',
  '::group::folded',
  'text ##[warning]x',
  '##[group]x',
  'a\u200bb',
  '\u2066x\u2069',
  '\u200e\u200f\u061c\u2060\ufeff',
  'zero\u200cwidth\u200djoin',
  'mid\r::error::after-cr',
  'ok\n::warning::after-lf',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'C1 \u009b31m next\u0085line',
]

/** Zero-width and bidirectional-control characters: two names would look alike or read reversed. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/

/** What a reader sees, roughly: composed and decomposed letters, no-break and plain spaces, full-width and ASCII letters alike. */
const looks = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, ' ')

/** Things GitHub-flavoured markdown would turn into markup, links, pings or references. */
const ACTIVE: [string, RegExp][] = [
  ['an HTML tag from data', /<(?!\/?(?:sub|br|details|summary|b)\b)[a-z!/]/i],
  ['an @mention', /(?<![&\w])@[a-z0-9]/i],
  ['a #reference', /(?<![&\w])#\d/],
  ['a link or image', /\]\(|!\[/],
  ['a bare URL', /https?:\/\//],
  ['a comment marker from data', /<!--(?! model-audit-gate)/],
  ['a zero-width or bidirectional character', INVISIBLE],
]

/** Active only outside code blocks: GitHub leaves the text of a Mermaid block alone (it is drawn, not linked). */
const ACTIVE_IN_PROSE: [string, RegExp][] = [
  ['a www autolink', /(?<![\w&#;.])www\./i],
  ['a GH- reference', /\bgh-\d/i],
  ['a custom autolink', /(?:JIRA-|JIRA\+|TICKET\+?|ZD-|PROJ\.|ISSUE)\d/i],
]
const withoutCharts = (md: string): string => md.replace(/^~~~mermaid\n[\s\S]*?\n~~~$/gm, '')

/** Our own code spans hold only metric and key names; take them out, and no backtick may remain. */
const withoutOwnCode = (md: string): string => md.replace(/`[a-z0-9_]+`/g, '')

describe('hostile names render inert', () => {
  it('has at least 30 hostile strings', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
  })

  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))('%s as a group name', async (_label, name) => {
    const ws = makeWorkspace()
    try {
      const quoted = `"${name.replace(/"/g, '""')}"`
      ws.write('d.csv', `y,p,g\n1,1,${quoted}\n0,0,${quoted}\n1,0,plain\n0,1,plain\n`)
      const config = {
        audits: [
          {
            // An audit name must be one line (the config says so); group and gate names may be anything.
            name: `audit ${name.replace(/[\r\n]/g, ' ')}`,
            data: 'd.csv',
            label: 'y',
            prediction: 'p',
            sensitive: ['g'],
            gates: [
              { name: `gate ${name}`, metric: 'accuracy_difference', attribute: 'g', max: 0.1 },
              { metric: 'accuracy', attribute: 'g', each_group: { min: 0.9 } },
            ],
          },
        ],
      }
      const out = await ws.run(config)
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      const md = renderMarkdown(out.report, { commit: 'abc' })
      for (const [what, re] of ACTIVE) expect(md, `${what} in:\n${md}`).not.toMatch(re)
      for (const [what, re] of ACTIVE_IN_PROSE) expect(withoutCharts(md), `${what} in:\n${md}`).not.toMatch(re)
      expect(withoutOwnCode(md), 'a code span from data').not.toContain('`')
      // Table rows keep their shape: every row of a table has as many cells as its header.
      const tables = md.split('\n\n').filter((b) => b.startsWith('|'))
      for (const t of tables) {
        const rows = t.split('\n')
        const width = (rows[0] as string).split('|').length
        for (const r of rows) expect(r.split('|').length, r).toBe(width)
      }
      // The terminal gets no control, zero-width or bidi characters from data.
      const terminal = renderTerminal(out.report, { color: false })
      // eslint-disable-next-line no-control-regex
      expect(terminal).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
      expect(terminal).not.toMatch(INVISIBLE)
      // The action's log (the terminal report through escapeLog) holds no workflow command.
      expect(runnerCommands(escapeLog(terminal))).toEqual([])
      // Nor does the CLI's output, on stdout or stderr.
      ws.write('audit.yml', JSON.stringify(config))
      const io = captureIO(ws.dir)
      expect(await runCli(['--config', 'audit.yml', '--json', 'r.json'], io)).toBe(1)
      expect(runnerCommands(io.out + io.err)).toEqual([])
      expect(io.out + io.err).not.toMatch(INVISIBLE)
    } finally {
      ws.cleanup()
    }
  })

  it('tells apart edge spaces, homoglyphs, blank letters and marks, lone surrogates, also in gate lists, spelled once (red team A30, A31, A70)', async () => {
    const names = [
      'Female',
      'Female ',
      ' Female',
      'F\u0435male',
      'Fem\u0430le',
      'Female\u3000',
      '\u0391BC',
      'ABC',
      '\u0410\u0412\u0421',
      'Female\u3164',
      'Fe\u034fmale',
      'Female\ufe0f',
      'Female\u2800',
      'Fem\u115fale',
      'Female\u17b5',
      'A\ud800',
      'A\udc00',
      'A',
    ]
    // What a reader sees: GitHub trims a cell, blank and ignorable characters draw nothing, a lone surrogate draws U+FFFD, Cyrillic and Greek capitals pass for Latin.
    const seen = (cell: string): string =>
      cell
        .normalize('NFKC')
        .replace(/[\p{Default_Ignorable_Code_Point}\u2800]/gu, '')
        .replace(/\p{Cs}/gu, '\ufffd')
        .replace(
          /[\u0435\u0430\u0391\u0410\u0412\u0421]/gu,
          (c) =>
            ({ '\u0435': 'e', '\u0430': 'a', '\u0391': 'A', '\u0410': 'A', '\u0412': 'B', '\u0421': 'C' })[c] as string,
        )
        .replace(/\s+/gu, ' ')
        .trim()
    const ws = makeWorkspace()
    try {
      ws.write(
        'd.jsonl',
        names
          .flatMap((g, i) => [
            JSON.stringify({ y: 1, p: 0, g }),
            JSON.stringify({ y: 0, p: 0, g }),
            ...(i === 1 ? [JSON.stringify({ y: 1, p: 1, g })] : []),
          ])
          .join('\n') + '\n',
      )
      const out = await ws.run({
        audits: [
          {
            name: 'look-alikes',
            data: 'd.jsonl',
            label: 'y',
            prediction: 'p',
            sensitive: ['g'],
            gates: [
              { metric: 'accuracy', attribute: 'g', each_group: { min: 0.9 } },
              { metric: 'accuracy_difference', attribute: 'g', max: 0.0001 },
            ],
          },
        ],
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      expect(out.report.audits[0]?.groups.length).toBe(names.length)
      const md = renderMarkdown(out.report)
      expect(md).not.toContain('U+003C')
      const table = md
        .split('\n')
        .filter((l) => l.startsWith('| ') && / \| [23] \| /.test(l))
        .map((l) => l.split(' | ')[0]!.slice(2))
      expect(table).toHaveLength(names.length)
      expect(new Set(table.map(seen)).size).toBe(names.length)
      expect(table).toEqual(
        expect.arrayContaining([
          'Female',
          'ABC',
          'A',
          '&lt;U+0020&gt;Female',
          'Female&lt;U+0020&gt;',
          'F&lt;U+0435&gt;male',
          '&lt;U+0391&gt;BC',
          '&lt;U+0410&gt;&lt;U+0412&gt;&lt;U+0421&gt;',
          'A&lt;U+D800&gt;',
          'Female&lt;U+2800&gt;',
        ]),
      )
      // Each name in a gate's list is written as in the table.
      // The value cell: `0.5000 (a vs b)` for a gap, `a 0.5000, b 0.5000 and 15 more` for each group.
      const gateCells = md
        .split('\n')
        .filter((l) => l.startsWith('| ❌ '))
        .map((l) => l.split(' | ')[1]!.split('<br>')[0]!)
      const listed = gateCells.flatMap((c) => {
        const gap = /^[\d.]+ \((.*)\)$/.exec(c)
        if (gap) return gap[1]!.split(' vs ')
        return c
          .replace(/ and [\d,]+ more$/, '')
          .split(', ')
          .map((e) => e.replace(/ [\d.]+$/, ''))
      })
      expect(listed.length).toBeGreaterThanOrEqual(5)
      for (const n of listed) expect(table).toContain(n)
      const terminal = renderTerminal(out.report, { color: false })
      expect(terminal).not.toContain('U+003C')
      const termRows = terminal
        .split('\n')
        .filter((l) => / [23] {2}/.test(l))
        .map((l) => l.trim().split(/ {2,}/)[0]!)
      expect(new Set(termRows.map(seen)).size).toBe(names.length)
      const gateLines = terminal.split('\n').filter((l) => l.startsWith('  ✗  accuracy'))
      const termListed = gateLines.flatMap((l) =>
        l
          .split(/ {2,}/)
          .at(-1)!
          .split(/, | vs /),
      )
      for (const n of termListed) expect(termRows).toContain(n)
    } finally {
      ws.cleanup()
    }
  })

  it('names look-alike groups in gate messages as their table spells them: terminal line, annotation, comment explanation (red team 3 N1)', async () => {
    const names = ['Female', 'Female ', ' Female', 'F\u0435male', 'Female\u3000', '\u0391BC', 'ABC', 'A<U+0041>']
    const ws = makeWorkspace()
    try {
      ws.write(
        'd.jsonl',
        names
          .flatMap((g, i) => [
            JSON.stringify({ y: 1, p: 0, g }),
            JSON.stringify({ y: 1, p: i % 2, g }),
            JSON.stringify({ y: 0, p: 0, g }),
          ])
          .join('\n') + '\n',
      )
      const out = await ws.run({
        audits: [
          {
            name: 'look-alikes',
            data: 'd.jsonl',
            label: 'y',
            prediction: 'p',
            sensitive: ['g'],
            min_group_size: 1,
            gates: [
              { metric: 'accuracy', attribute: 'g', each_group: { min: 0.95 } },
              { metric: 'accuracy', attribute: 'g', each_group: { min: 0.99 }, on: 'interval' },
            ],
          },
        ],
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      const spelled = [
        'Female',
        'Female<U+0020>',
        '<U+0020>Female',
        'F<U+0435>male',
        'Female<U+3000>',
        '<U+0391>BC',
        'ABC',
      ]
      // The terminal: the group table's rows, and each gate's message line.
      const terminal = renderTerminal(out.report, { color: false })
      const rows = terminal
        .split('\n')
        .filter((l) => /^ {2}\S.* {2}3 {2}/.test(l))
        .map((l) => l.trim().split(/ {2,}/)[0]!)
      for (const n of spelled) expect(rows).toContain(n)
      expect(rows).toContain('A<U+003C>U+0041>')
      const line = terminal.split('\n').find((l) => l.startsWith('  ✗ ') && l.includes('breach accuracy ≥ 0.95'))!
      const listed = line
        .replace(/ \(95% CI \[[^\]]*\]\)/g, '')
        .split(': ')
        .at(-1)!
        .split(', ')
        .map((x) => x.replace(/ [\d.]+$/, ''))
      expect(listed.length).toBeGreaterThan(3)
      for (const n of listed) expect(rows).toContain(n)
      expect(line).not.toMatch(/[\u0435\u0391\u3000]|Female {2}|: {2}Female/)
      // The action's annotation says the same.
      const notes = gateAnnotations(out.report, 'audit.yml').map((a) => escapeLog(a.message))
      expect(notes.some((m) => m.includes(listed.join(' ').split(' ')[0]!))).toBe(true)
      for (const m of notes) expect(m).not.toMatch(/[\u0435\u0391\u3000]/)
      // The comment: the explanation line of the `on: interval` gate names them as the table does, escaped once.
      const md = renderMarkdown(out.report)
      const tableCells = md
        .split('\n')
        .filter((l) => l.startsWith('| ') && / \| 3 \| /.test(l))
        .map((l) => l.split(' | ')[0]!.slice(2))
      const explained = md.split('\n').find((l) => l.startsWith('❌ `accuracy` (g):'))!
      expect(explained, md).toBeDefined()
      expect(explained).not.toMatch(/[\u0435\u0391\u3000]/)
      expect(explained).not.toContain('&lt;U+003C&gt;U+0020')
      const cells = explained
        .replace(/ &#40;95% CI &#91;.*?&#93;&#41;/g, '')
        .split('&#58; ')
        .at(-1)!
        .split(', ')
        .map((x) => x.replace(/ [\d.]+$/, ''))
      expect(cells.length).toBeGreaterThan(3)
      for (const c of cells) expect(tableCells).toContain(c)
    } finally {
      ws.cleanup()
    }
  })

  it('keeps groups that differ only in invisible characters, or only look alike, apart in every rendering', async () => {
    const names = [
      'ab',
      'a\u200bb',
      'a\u200cb',
      'a\u2060b',
      '\ufeffab',
      'a<U+200B>b',
      'line break',
      'line\nbreak',
      '\u2066ba\u2069',
      '\u202eba',
      '\u00e9',
      'e\u0301',
      'a b',
      'a\u00a0b',
      'full',
      '\uff46\uff55\uff4c\uff4c',
    ]
    const ws = makeWorkspace()
    try {
      const rows = names.flatMap((n) => [`1,1,"${n}"`, `0,0,"${n}"`])
      ws.write('d.csv', `y,p,g\n${rows.join('\n')}\n`)
      const out = await ws.run({
        audits: [{ name: 'look-alikes', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['g'] }],
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      expect(out.report.audits[0]?.groups.length).toBe(names.length)
      const md = renderMarkdown(out.report)
      expect(md).not.toMatch(INVISIBLE)
      const mdRows = md
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| g '))
        .map((l) => l.split(' | ')[0])
      expect(new Set(mdRows.map((r) => looks(r as string))).size).toBe(names.length)
      const terminal = renderTerminal(out.report, { color: false })
      const termRows = terminal
        .split('\n')
        .filter((l) => /^ {2}\S/.test(l) && / 2 {2}/.test(l))
        .map((l) => l.trim().split(/ {2,}/)[0])
      expect(new Set(termRows.map((r) => looks(r as string))).size).toBe(names.length)
      const audit = out.report.audits[0] as (typeof out.report.audits)[number]
      const axis = renderRateChart(audit, 'g', audit.groups).find((l) => l.includes('x-axis')) as string
      const labels = [...axis.matchAll(/"([^"]*)"/g)].map((m) => m[1])
      expect(labels.length).toBe(names.length)
      expect(new Set(labels.map((l) => looks(l as string))).size).toBe(names.length)
      expect(axis).not.toMatch(INVISIBLE)
    } finally {
      ws.cleanup()
    }
  })
})
