/**
 * `issue-on-failure` through the bundled action, run as the runner runs it against the fake
 * GitHub on 127.0.0.1: a fail–fail–pass sequence of scheduled runs keeps one alert issue (opened,
 * updated, commented and closed), nobody else's issue is touched, a closed alert is never
 * reopened, the events and `fail-on` values decide as the README says, and a token without
 * `issues: write` is one warning that leaves the verdict alone.
 */
import { describe, expect, it } from 'vitest'
import { issueMarker } from '../../src/report/issue-body.js'
import {
  annotations,
  FAILING,
  PASSING,
  run,
  server,
  smallRepo,
  start,
  useActionHarness,
  WARN_ONLY,
} from '../support/action-harness.js'
import { ACTIONS_BOT } from '../support/github-server.js'

useActionHarness()

const OWNER = 'acme'
const REPO = 'credit-model'
const marker = issueMarker('.github/model-audit.yml')
const ON = { 'issue-on-failure': 'true' }
const runUrl = (id: number): string => `https://github.com/acme/credit-model/actions/runs/${id}`
const openIssues = (): ReturnType<typeof server.issuesOf> =>
  server
    .issuesOf(OWNER, REPO)
    .filter((i) => i.state === 'open' && i.user.login === ACTIONS_BOT.login && i.body.startsWith(`${marker}\n`))
/** Warnings that are not a gate's (those have a title and a config line). */
const warnings = (r: Awaited<ReturnType<typeof run>>): string[] =>
  annotations(r, 'warning')
    .filter((c) => c.properties.title === undefined)
    .map((c) => c.message)

describe('issue-on-failure on scheduled runs: fail, fail, pass', () => {
  it('opens one issue, updates it, then comments and closes it; a later failure opens a new one', async () => {
    await start()
    // Another workflow's issue quoting the marker (not as its first line), and a person's copy of it.
    const quoting = server.addIssue(OWNER, REPO, {
      title: 'Nightly notes',
      body: `The audit writes:\n${marker}`,
      user: ACTIONS_BOT,
    })
    const copied = server.addIssue(OWNER, REPO, {
      title: 'Copied',
      body: `${marker}\nmy notes`,
      user: { login: 'reviewer', id: 5, type: 'User' },
    })
    const untouched = [{ ...quoting }, { ...copied }]

    const first = await run(smallRepo(FAILING), 'schedule', 'schedule', {
      inputs: { ...ON, 'issue-labels': 'model-audit' },
      runId: '101',
    })
    expect(first.code).toBe(1)
    expect(warnings(first)).not.toContainEqual(expect.stringMatching(/Could not/))
    expect(openIssues()).toHaveLength(1)
    const issue = openIssues()[0]!
    expect(issue.title).toBe('Model audit failing: .github/model-audit.yml: accuracy')
    expect(issue.labels).toEqual(['model-audit'])
    expect(issue.body.split('\n').slice(0, 3)).toEqual([
      marker,
      '> [!CAUTION]',
      `> The audit fails in [run 101](${runUrl(101)}) (\`schedule\` on \`main\`, commit \`999999999999\`). Every failing run updates this issue; the first run that passes closes it.`,
    ])
    expect(issue.body).toContain('## ❌ Model audit failed: 1 of 2 gates breached')
    expect(first.outputs['issue-url']).toBe(`https://github.com/acme/credit-model/issues/${issue.number}`)
    expect(first.outputs['issue-number']).toBe(String(issue.number))
    expect(first.outputs['comment-url']).toBe('')
    expect(first.stdout).toContain(`Alert issue opened: https://github.com/acme/credit-model/issues/${issue.number}`)
    expect(first.summary).toMatch(/^## ❌ Model audit failed/)

    const second = await run(smallRepo(FAILING), 'schedule', 'schedule', { inputs: ON, runId: '102' })
    expect(second.code).toBe(1)
    expect(openIssues().map((i) => i.number)).toEqual([issue.number])
    expect(issue.body).toContain(`[run 102](${runUrl(102)})`)
    expect(issue.body).not.toContain('run 101')
    // The same gate still fails: the body is current, and no comment notifies anyone.
    expect(server.commentsOn(OWNER, REPO, issue.number)).toEqual([])
    expect(second.outputs['issue-number']).toBe(String(issue.number))

    const third = await run(smallRepo(PASSING), 'schedule', 'schedule', { inputs: ON, runId: '103' })
    expect(third.code).toBe(0)
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(server.commentsOn(OWNER, REPO, issue.number).map((c) => c.body)).toEqual([
      `Passing again in [run 103](${runUrl(103)}) (commit \`999999999999\`): no gate fails. Closing.`,
    ])
    expect(third.outputs['issue-url']).toBe(`https://github.com/acme/credit-model/issues/${issue.number}`)
    expect(third.stdout).toContain('Alert issue closed, the audit passes again')

    // Passing again: nothing open, nothing written.
    const fourth = await run(smallRepo(PASSING), 'schedule', 'schedule', { inputs: ON, runId: '104' })
    expect(fourth.code).toBe(0)
    expect(fourth.outputs['issue-url']).toBe('')
    expect(fourth.stdout).toContain('No alert issue: the audit passes and none is open.')

    // A new failure is a new incident: a new issue, and the closed one stays closed.
    const fifth = await run(smallRepo(FAILING), 'schedule', 'schedule', { inputs: ON, runId: '105' })
    expect(fifth.code).toBe(1)
    expect(openIssues().map((i) => i.number)).toEqual([issue.number + 1])
    expect(issue.state).toBe('closed')

    expect([quoting, copied]).toEqual(untouched)
    expect(server.callCount('issues/create')).toBe(2)
    expect(server.requestsOf('issues/update').every((r) => r.path.endsWith(`/issues/${issue.number}`))).toBe(true)
    // Five runs of the bundle, each spacing its writes as octokit does (3 s after a notifying one): 20–35 s.
  }, 300_000)
})

describe('issue-on-failure: which runs, which gates', () => {
  it.each([
    ['push', 'push'],
    ['workflow_dispatch', 'workflow_dispatch'],
    ['release', 'release.published'],
  ])('%s opens the issue too', async (eventName, event) => {
    await start()
    const r = await run(smallRepo(FAILING), eventName, event, { inputs: ON })
    expect(r.code).toBe(1)
    expect(openIssues()).toHaveLength(1)
    expect(openIssues()[0]?.body).toContain(`(\`${eventName}\` on \`main\``)
  })

  it('a pull request never reads or writes issues: its comment is the alert', async () => {
    await start()
    const r = await run(smallRepo(FAILING), 'pull_request', 'pull_request.opened.same-repo', { inputs: ON })
    expect(r.code).toBe(1)
    expect(server.callCount('issues/list-for-repo') + server.callCount('issues/create')).toBe(0)
    expect(server.commentsOn(OWNER, REPO, 42)).toHaveLength(1)
    expect(r.stdout).toContain('issue-on-failure: not on pull_request')
    expect(r.outputs['issue-url']).toBe('')
  })

  it('fail-on: never keeps the job green, and the issue is the alert for the error-level gates', async () => {
    await start()
    const r = await run(smallRepo(FAILING), 'schedule', 'schedule', { inputs: { ...ON, 'fail-on': 'never' } })
    expect(r.code).toBe(0)
    expect(openIssues().map((i) => i.title)).toEqual(['Model audit failing: .github/model-audit.yml: accuracy'])
  })

  it('warnings open the issue only with fail-on: warning, as they fail the job only then', async () => {
    await start()
    const quiet = await run(smallRepo(WARN_ONLY), 'schedule', 'schedule', { inputs: ON })
    expect(quiet.code).toBe(0)
    expect(openIssues()).toEqual([])
    const loud = await run(smallRepo(WARN_ONLY), 'schedule', 'schedule', { inputs: { ...ON, 'fail-on': 'warning' } })
    expect(loud.code).toBe(1)
    expect(openIssues().map((i) => i.title)).toEqual([
      'Model audit failing: .github/model-audit.yml: accuracy_difference (grp)',
    ])
  })

  it('off by default: a failing schedule run makes no API call', async () => {
    await start()
    const r = await run(smallRepo(FAILING), 'schedule', 'schedule')
    expect(r.code).toBe(1)
    expect(server.requests).toEqual([])
  })
})

describe('issue-on-failure: refusals', () => {
  it.each([
    ['failing', FAILING, 1],
    ['passing', PASSING, 0],
  ] as const)(
    'a token without issues: write, %s gates: one warning naming the permission, the exit code is the gates',
    async (_name, gates, code) => {
      await start({ readOnly: true })
      if (code === 0) server.addIssue(OWNER, REPO, { title: 'old alert', body: `${marker}\nfailing last night` })
      const r = await run(smallRepo(gates), 'schedule', 'schedule', { inputs: ON })
      expect(r.code).toBe(code)
      expect(r.summary).toMatch(code === 0 ? /^## ✅ Model audit passed/ : /^## ❌ Model audit failed/)
      const w = warnings(r)
      expect(w).toHaveLength(1)
      expect(w[0]).toMatch(
        code === 0
          ? /^Could not comment on the alert issue #1: GitHub answered 403/
          : /^Could not open an issue in acme\/credit-model: GitHub answered 403/,
      )
      expect(w[0]).toContain('`permissions: { contents: read, issues: write }`')
      expect(r.outputs['issue-url']).toBe('')
    },
  )

  it('issues turned off: one warning saying where to turn them on', async () => {
    await start({ issuesDisabled: true })
    const r = await run(smallRepo(FAILING), 'schedule', 'schedule', { inputs: ON })
    expect(r.code).toBe(1)
    expect(warnings(r)).toEqual([expect.stringMatching(/GitHub answered 410 .*Settings → General → Features → Issues/)])
  })

  it.each([
    ['failing', FAILING, 1],
    ['passing', PASSING, 0],
  ] as const)(
    'an HTML page as the issues list, %s gates: one warning naming the endpoint, nothing written, the exit code is the gates',
    async (_name, gates, code) => {
      await start()
      server.inject('issues/list-for-repo', {
        status: 200,
        raw: '<!DOCTYPE html>\n<html><body>Unicorn! ::error::forged</body></html>',
        contentType: 'text/html; charset=utf-8',
      })
      if (code === 0) server.addIssue(OWNER, REPO, { title: 'old alert', body: `${marker}\nfailing last night` })
      const r = await run(smallRepo(gates), 'schedule', 'schedule', { inputs: ON })
      expect(r.code).toBe(code)
      expect(warnings(r)).toEqual([
        expect.stringMatching(
          /^Could not read the open issues of acme\/credit-model: GitHub's answer to GET \/repos\/acme\/credit-model\/issues\?state=open \(page 1\) was an HTML page, not JSON/,
        ),
      ])
      expect(r.stdout).not.toContain('forged')
      expect(server.callCount('issues/create') + server.callCount('issues/update')).toBe(0)
      expect(server.callCount('issues/create-comment')).toBe(0)
      expect(r.outputs['issue-url']).toBe('')
    },
  )

  it('an issues list whose items carry no body: one warning, no second alert issue (red team 28 R28-4)', async () => {
    await start()
    const ws = smallRepo(FAILING)
    expect((await run(ws, 'schedule', 'schedule', { inputs: ON })).code).toBe(1)
    expect(openIssues()).toHaveLength(1)
    for (const strip of ['body', 'user'] as const) {
      const listed = server.issuesOf(OWNER, REPO).map((x) => ({
        id: x.id,
        number: x.number,
        title: x.title,
        state: x.state,
        html_url: `https://github.com/acme/credit-model/issues/${x.number}`,
        ...(strip === 'body'
          ? { user: { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'Bot' } }
          : { body: x.body }),
      }))
      server.inject('issues/list-for-repo', { status: 200, body: listed })
      const r = await run(ws, 'schedule', 'schedule', { inputs: ON })
      expect(r.code).toBe(1)
      expect(warnings(r)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Could not read the open issues of acme/credit-model: GitHub's answer to GET /repos/acme/credit-model/issues\\?state=open \\(page 1\\) was a JSON list whose item 1 has no \`${strip}\``,
          ),
        ),
      ])
      expect(r.outputs['issue-url']).toBe('')
    }
    expect(server.callCount('issues/create')).toBe(1)
    expect(server.callCount('issues/update') + server.callCount('issues/create-comment')).toBe(0)
    expect(openIssues()).toHaveLength(1)
  })

  it('no token: one warning naming the permission, no API call', async () => {
    await start()
    const r = await run(smallRepo(FAILING), 'schedule', 'schedule', { inputs: { ...ON, 'github-token': '' } })
    expect(r.code).toBe(1)
    expect(warnings(r)).toEqual([
      'No `github-token`: the alert issue was skipped. The default `${{ github.token }}` works with `permissions: issues: write`.',
    ])
    expect(server.requests).toEqual([])
  })

  it('a malformed issue-on-failure is an input problem, before anything is audited', async () => {
    await start()
    const r = await run(smallRepo(FAILING), 'schedule', 'schedule', { inputs: { 'issue-on-failure': 'yes' } })
    expect(r.code).toBe(1)
    expect(r.commands.at(-1)?.message).toContain('input `issue-on-failure` is "yes"; expected `true`, `false`')
    expect(server.requests).toEqual([])
  })
})
