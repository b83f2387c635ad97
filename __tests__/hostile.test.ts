/**
 * The comment is inert: group names, column names and audit names come from data and
 * config, which a pull request from a stranger controls. Each hostile string below is run
 * through the whole pipeline as a group name (and a column and audit name), and the
 * rendered markdown is checked for anything GitHub would act on.
 */
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../src/report/markdown.js'
import { renderTerminal } from '../src/report/terminal.js'
import { makeWorkspace } from './support/workspace.js'

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
]

/** Things GitHub-flavoured markdown would turn into markup, links, pings or references. */
const ACTIVE: [string, RegExp][] = [
  ['an HTML tag from data', /<(?!\/?(?:sub|br|details|summary|b)\b)[a-z!/]/i],
  ['an @mention', /(?<![&\w])@[a-z0-9]/i],
  ['a #reference', /(?<![&\w])#\d/],
  ['a link or image', /\]\(|!\[/],
  ['a bare URL', /https?:\/\//],
  ['a comment marker from data', /<!--(?! model-audit-gate)/],
]

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
      const out = await ws.run({
        audits: [
          {
            // An audit name must be one line (the config says so); group and gate names may be anything.
            name: `audit ${name.replace(/[\r\n]/g, " ")}`,
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
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      const md = renderMarkdown(out.report, { commit: 'abc' })
      for (const [what, re] of ACTIVE) expect(md, `${what} in:\n${md}`).not.toMatch(re)
      expect(withoutOwnCode(md), 'a code span from data').not.toContain('`')
      // Table rows keep their shape: every row of a table has as many cells as its header.
      const tables = md.split('\n\n').filter((b) => b.startsWith('|'))
      for (const t of tables) {
        const rows = t.split('\n')
        const width = (rows[0] as string).split('|').length
        for (const r of rows) expect(r.split('|').length, r).toBe(width)
      }
      // The terminal gets no control characters from data.
      // eslint-disable-next-line no-control-regex
      expect(renderTerminal(out.report, { color: false })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    } finally {
      ws.cleanup()
    }
  })
})
