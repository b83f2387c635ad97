/**
 * The alert issue's text. The COMPAS example's issue body is committed under
 * __tests__/__outputs__/ so a reviewer reads the real issue in the diff.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { commentMarker } from '../../src/report/comment-body.js'
import {
  alertGates,
  issueMarker,
  renderChangedComment,
  renderIssueBody,
  renderIssueTitle,
  renderPassingComment,
  runLinkOf,
  TITLE_LIMIT,
} from '../../src/report/issue-body.js'
import type { Report } from '../../src/report/types.js'
import { makeWorkspace } from '../support/workspace.js'

const ROOT = join(import.meta.dirname, '..', '..')
const RUN = { id: '4242', url: 'https://github.com/acme/credit-model/actions/runs/4242' }

async function compas(): Promise<Report> {
  const out = await runConfigFile('examples/compas/model-audit.yml', { workspace: ROOT })
  if (!out.ok) throw new Error('example failed')
  return out.report
}

describe('the alert issue of the COMPAS example', () => {
  it('names the config and the failing gates in its title, and is the comment report under a run line (committed output)', async () => {
    const report = await compas()
    expect(renderIssueTitle(report, { includeWarnings: false })).toBe(
      'Model audit failing: examples/compas/model-audit.yml: False positive rates differ by race (race), False negative rates differ by race (race)',
    )
    const body = renderIssueBody(report, {
      commit: '3f2c1a9b7d4e5f60718293a4b5c6d7e8f9012345',
      run: RUN,
      event: 'schedule',
      ref: 'refs/heads/main',
      includeWarnings: false,
    })
    expect(body.shortened).toBeNull()
    expect(body.markdown.split('\n').slice(0, 4)).toEqual([
      '<!-- model-audit-gate-issue config="examples%2Fcompas%2Fmodel-audit.yml" -->',
      '> [!CAUTION]',
      `> The audit fails in [run 4242](${RUN.url}) (\`schedule\` on \`main\`, commit \`3f2c1a9b7d4e\`). Every failing run updates this issue; the first run that passes closes it.`,
      '',
    ])
    expect(body.markdown.split('\n')[4]).toMatch(/^## ❌ Model audit failed: 2 of 6 gates breached/)
    await expect(body.markdown).toMatchFileSnapshot(join(ROOT, '__tests__', '__outputs__', 'compas-issue.md'))
  })

  it('with fail-on: warning, the warning gates count too', async () => {
    const report = await compas()
    const errors = alertGates(report, false).length
    expect(errors).toBe(report.summary.failed)
    expect(alertGates(report, true)).toHaveLength(report.summary.failed + report.summary.warned)
    expect(renderIssueTitle(report, { includeWarnings: true }).length).toBeLessThanOrEqual(TITLE_LIMIT)
  })
})

describe('renderIssueTitle', () => {
  const report = (names: string[], audits = 1): Report =>
    ({
      config: '.github/model-audit.yml',
      audits: Array.from({ length: audits }, (_, a) => ({
        name: `audit${a}`,
        gates: names.map((name) => ({ name, metric: 'accuracy', attribute: 'grp', effect: 'fail' })),
      })),
    }) as unknown as Report

  it('lists five gates and counts the rest, and names the audit when the run does', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    expect(renderIssueTitle(report(names), { audit: 'nightly', includeWarnings: false })).toBe(
      'Model audit failing: .github/model-audit.yml (audit nightly): a (grp), b (grp), c (grp), d (grp), e (grp), and 2 more',
    )
  })

  it('prefixes each gate with its audit when the config has several', () => {
    expect(renderIssueTitle(report(['a'], 2), { includeWarnings: false })).toBe(
      'Model audit failing: .github/model-audit.yml: audit\u20600: a (grp), audit\u20601: a (grp)',
    )
  })

  it('is one line of at most 256 characters, whatever the gate names hold', () => {
    const title = renderIssueTitle(report(['x\n##[error]forged\u202e', 'y'.repeat(400)]), { includeWarnings: false })
    expect(title.length).toBe(TITLE_LIMIT)
    expect(title.endsWith('…')).toBe(true)
    expect(title).not.toMatch(/[\n\r\u202e]/)
    expect(title).toContain('<U+000A>\uff03\uff03[error]forged<U+202E>')
  })

  it('writes no emoji shortcode or code span a title renders (red team 20 R20-4)', () => {
    const title = renderIssueTitle(report(['ok :+1: `c` a:b']), { includeWarnings: false })
    expect(title).not.toMatch(/[`]|:\+1:/)
    expect(title).toContain('ok \uff1a+1: \uff40c\uff40 a\uff1ab')
  })
})

describe('issueMarker', () => {
  it('differs per config and audit, from the comment marker, and stays one closed line', () => {
    const markers = [issueMarker('a.yml'), issueMarker('b.yml'), issueMarker('a.yml', 'x'), commentMarker('a.yml')]
    expect(new Set(markers).size).toBe(4)
    const hostile = issueMarker('x.yml\n-->', '--> <b>"')
    expect(hostile).not.toMatch(/\n|<b>/)
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3)
  })
})

describe('runLinkOf', () => {
  it.each([
    [
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/m', GITHUB_RUN_ID: '7' },
      'https://github.com/acme/m/actions/runs/7',
    ],
    [
      { GITHUB_SERVER_URL: 'https://ghe.corp.example:8443/', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '1' },
      'https://ghe.corp.example:8443/a/b/actions/runs/1',
    ],
    [{ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/m' }, null],
    [
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/m', GITHUB_RUN_ID: '7) [x](http://e.vil' },
      null,
    ],
    [{ GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_REPOSITORY: 'acme/m', GITHUB_RUN_ID: '7' }, null],
    [{ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/m x', GITHUB_RUN_ID: '7' }, null],
  ])('%j → %s', (env, url) => {
    expect(runLinkOf(env)?.url ?? null).toBe(url)
  })

  it('without a run, the texts say "a run" and link nothing', () => {
    const report = {
      config: 'c.yml',
      audits: [{ name: 'a', gates: [{ metric: 'accuracy', attribute: null, effect: 'fail' }] }],
    } as unknown as Report
    expect(renderPassingComment({ run: null, commit: 'abcdef1234567890', includeWarnings: true })).toBe(
      'Passing again in a run (commit `abcdef123456`): no gate fails or warns. Closing.',
    )
    expect(renderChangedComment(report, { run: RUN, includeWarnings: false })).toBe(
      `Still failing in [run 4242](${RUN.url}), and the failing gates changed: now accuracy.`,
    )
  })

  it('a commit that is no SHA is escaped, not put in a code span it can close (red team 18 R18-3)', () => {
    const text = renderPassingComment({ run: null, commit: 'x` @octocat `', includeWarnings: false })
    expect(text).not.toMatch(/(^|[^&#\w])@octocat/)
    expect(text).not.toContain('`x`')
    expect(text).toContain('&#64;octocat')
  })
})

describe("renderIssueBody within GitHub's limit", () => {
  it('a report too large for an issue is shortened to 65,536 characters, marker first', async () => {
    const ws = makeWorkspace()
    try {
      const rows = ['y,p,g']
      for (let i = 0; i < 900; i++)
        rows.push(
          `1,${i % 2},group-with-a-name-long-enough-to-fill-the-comment-budget-quickly-${i}`,
          `0,0,group-with-a-name-long-enough-to-fill-the-comment-budget-quickly-${i}`,
        )
      ws.write('d.csv', `${rows.join('\n')}\n`)
      const out = await ws.run({
        audits: [
          {
            name: 'big',
            data: 'd.csv',
            label: 'y',
            prediction: 'p',
            sensitive: ['g'],
            gates: [{ metric: 'accuracy', min: 0.99 }],
          },
        ],
      })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      const body = renderIssueBody(out.report, { commit: 'c0ffee', run: RUN, event: 'push', includeWarnings: false })
      expect(body.shortened).not.toBeNull()
      expect(body.markdown.length).toBeLessThanOrEqual(65_536)
      expect(body.markdown.split('\n')[0]).toBe(issueMarker('audit.yml'))
    } finally {
      ws.cleanup()
    }
  })
})

describe('the alert issue title', () => {
  const report = (names: string[]): Report =>
    ({
      config: '.github/model-audit.yml',
      audits: [
        {
          name: 'a',
          gates: names.map((name) => ({ name, metric: 'accuracy', attribute: 'grp', effect: 'fail' })),
        },
      ],
    }) as unknown as Report
  // What GitHub links in a title: #N, owner/repo#N, GH-N (and custom autolinks), @user, commit SHAs.
  const live = /(^|[^\w])#\d|GH-\d|JIRA-\d|@[a-z]|(^|[^\w])[0-9a-f]{7,40}($|[^\w])/i

  it.each([
    ['#1 closes'],
    ['fixes octo/repo#12'],
    ['GH-1'],
    ['see JIRA-123'],
    ['@octocat please'],
    ['commit 0123abc'],
    ['deadbeef0123'],
  ])('keeps no reference of %j live, and reads the same', (name) => {
    const title = renderIssueTitle(report([name]), { includeWarnings: false })
    expect(title).not.toMatch(live)
    expect(
      title
        .replace(/\u2060/g, '')
        .replace(/\uff03/g, '#')
        .replace(/\uff20/g, '@'),
    ).toBe(`Model audit failing: .github/model-audit.yml: ${name} (grp)`)
  })

  it('is made inert after it is cut: 45 hex digits cut to fewer do not become a commit SHA', () => {
    const prefix = 'Model audit failing: .github/model-audit.yml: '
    const name = 'x'.repeat(TITLE_LIMIT - prefix.length - 20) + ' ' + 'a1'.repeat(30)
    const title = renderIssueTitle(report([name]), { includeWarnings: false })
    expect(title.length).toBeLessThanOrEqual(TITLE_LIMIT)
    expect(title.endsWith('…')).toBe(true)
    expect(title).not.toMatch(live)
  })
})
