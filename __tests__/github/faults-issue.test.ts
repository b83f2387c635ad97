/**
 * The fault matrix for the alert issue, through `syncIssue` with the client's test timings:
 * every status, a stall and a rate limit on each call (list, open, update, comment, close),
 * answers that are not GitHub's, and endless pages. For every fault: bounded retries, never a
 * second issue, nothing else written after the failed call, and one warning that names the
 * step, the status and — for 403/404 — the `issues: write` permission. The verdict is not
 * this layer's: the bundled action's exit code with a refused token is in action-issue.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { MAX_RETRIES, type GitHubClient } from '../../src/github/client.js'
import { MAX_COMMENT_PAGES } from '../../src/github/comment.js'
import { syncIssue, type FailingAlert, type IssueResult } from '../../src/github/issue.js'
import { issueMarker } from '../../src/report/issue-body.js'
import {
  attempts,
  expectActionable,
  faultOf,
  repo,
  start,
  useFaultServers,
  type Kind,
} from '../support/fault-matrix.js'
import {
  ACTIONS_BOT,
  secondaryRateLimit,
  STALL_TIMEOUT_MS,
  testClient,
  type Fault,
  type GitHubServer,
  type OperationId,
} from '../support/github-server.js'

useFaultServers()

const marker = issueMarker('.github/model-audit.yml')
const alert = (text: string): FailingAlert => ({
  title: `Model audit failing: ${text}`,
  body: `${marker}\n${text}`,
  changedComment: `now ${text}`,
})
const client = (s: GitHubServer, stalls = false): GitHubClient =>
  testClient(s, stalls ? { timing: { timeoutMs: STALL_TIMEOUT_MS } } : {})
const sync = (s: GitHubServer, failing: FailingAlert | null, stalls = false): Promise<IssueResult> =>
  syncIssue(client(s, stalls), { repo, marker, failing, passingComment: 'Passing again.' })
/** Open issues the action would take for its own. */
const ours = (s: GitHubServer): number =>
  s
    .issuesOf(repo.owner, repo.repo)
    .filter((i) => i.state === 'open' && i.user.login === ACTIONS_BOT.login && i.body.startsWith(`${marker}\n`)).length

type IssueCall = 'list' | 'open' | 'update' | 'comment' | 'close'
/** Per call: the operation faulted, whether an issue of ours is open before, whether the run fails, and the step named. */
const CALLS: Record<IssueCall, { op: OperationId; existing: boolean; failing: boolean; step: string }> = {
  list: {
    op: 'issues/list-for-repo',
    existing: false,
    failing: true,
    step: 'read the open issues of acme/credit-model',
  },
  open: { op: 'issues/create', existing: false, failing: true, step: 'open an issue in acme/credit-model' },
  update: { op: 'issues/update', existing: true, failing: true, step: 'update the alert issue #1' },
  comment: { op: 'issues/create-comment', existing: true, failing: false, step: 'comment on the alert issue #1' },
  close: { op: 'issues/update', existing: true, failing: false, step: 'close the alert issue #1' },
}
const KINDS: Kind[] = [401, 403, 404, 409, 422, 500, 502, 503, 'timeout', 'secondary rate limit']
const ROWS = KINDS.flatMap((kind) => (Object.keys(CALLS) as IssueCall[]).map((call) => [kind, call] as const))

describe('the fault matrix, through syncIssue', () => {
  it.each(ROWS)('%s on the %s call: bounded retries, no second issue, one actionable warning', async (kind, call) => {
    const c = CALLS[call]
    const s = await start()
    const old = c.existing ? s.addIssue(repo.owner, repo.repo, { title: 'old', body: `${marker}\nold` }) : null
    s.inject(c.op, faultOf(kind), { times: 100 })
    const result = await sync(s, c.failing ? alert('new') : null, kind === 'timeout')

    expect(result.status).toBe('failed')
    const failed = result as Extract<IssueResult, { status: 'failed' }>
    expect(failed.httpStatus).toBe(kind === 'timeout' ? null : kind === 'secondary rate limit' ? 403 : kind)
    expect(failed.warning.startsWith(`Could not ${c.step}: `)).toBe(true)
    expect(failed.warning).toMatch(/The job summary and the verdict are not affected\.$/)
    expectActionable(failed.warning, kind, 'issue')
    expect(s.callCount(c.op)).toBe(attempts(kind))
    // Nothing after the failed call: no close without its comment, no second try elsewhere.
    const sent = s.requests.map((r) => r.operationId)
    expect(sent.lastIndexOf(c.op)).toBe(sent.length - 1)
    expect(ours(s)).toBe(c.existing ? 1 : 0)
    if (old) expect(old).toMatchObject({ title: 'old', body: `${marker}\nold`, state: 'open' })
  })

  it.each(['list', 'open', 'update'] as const)(
    'recovers from one 502, one timeout and one secondary rate limit on the %s call, with one issue',
    async (call) => {
      const c = CALLS[call]
      const s = await start()
      if (c.existing) s.addIssue(repo.owner, repo.repo, { title: 'old', body: `${marker}\nold` })
      s.inject(c.op, { status: 502 }, { onCall: 1 })
      s.inject(c.op, faultOf('timeout'), { onCall: 2 })
      s.inject(c.op, secondaryRateLimit(1), { onCall: 3 })
      const result = await sync(s, alert('new'), true)
      expect(result).toMatchObject({ status: c.existing ? 'updated' : 'opened', number: 1 })
      expect(
        s
          .requestsOf(c.op)
          .slice(0, 4)
          .map((r) => r.status),
      ).toEqual([502, 0, 403, call === 'open' ? 201 : 200])
      expect(ours(s)).toBe(1)
      expect(s.issuesOf(repo.owner, repo.repo)[0]?.body).toBe(`${marker}\nnew`)
    },
  )
})

describe('answers that are not GitHub\'s: never read as "no issue"', () => {
  const UNREADABLE: [string, Fault, RegExp][] = [
    [
      'an HTML page',
      { status: 200, raw: '<html><head><title>502 Bad Gateway</title></head></html>', contentType: 'text/html' },
      /was an HTML page, not JSON \(text\/html, 56 characters\), not a JSON list of issues\./,
    ],
    [
      'JSON cut short',
      { status: 200, raw: '[{"id": 1001, "number": 1, "body": "<!-- model-audit' },
      /was JSON that does not parse: cut short or malformed \(application\/json, 52 characters\), not a JSON list of issues\./,
    ],
    [
      'a JSON object',
      { status: 200, body: { message: 'Moved Permanently', url: 'https://api.github.com/repositories/1/issues' } },
      /was a JSON object \(application\/json\), not a JSON list of issues\./,
    ],
    [
      'a list of something else',
      { status: 200, body: [{ id: 5, number: 1, title: 't', html_url: 'https://github.com/x', state: 'merged' }] },
      /was a JSON list whose item 1 has a `state` that is neither `open` nor `closed`, not a list of issues\./,
    ],
    ['an empty body', { status: 200, raw: '' }, /was an empty body \(application\/json\), not a JSON list of issues\./],
  ]
  const rows = UNREADABLE.flatMap(([name, fault, got]) => [1, 2].map((page) => [name, page, fault, got] as const))

  it.each(rows)(
    '%s as page %i of the list: nothing written, one warning naming the endpoint',
    async (_n, page, fault, got) => {
      const s = await start()
      // Ours on page 1 of 2; on page 2 the search has not ended when the answer breaks.
      if (page === 2)
        for (let i = 0; i < 150; i++)
          s.addIssue(repo.owner, repo.repo, { title: `t${i}`, body: i === 0 ? `${marker}\nold` : `chore ${i}` })
      s.inject('issues/list-for-repo', fault, { onCall: page })
      for (const failing of [alert('new'), null]) {
        const result = await sync(s, failing)
        expect(result).toMatchObject({ status: 'failed', httpStatus: null })
        const warning = (result as { warning: string }).warning
        expect(warning).toMatch(
          new RegExp(
            `^Could not read the open issues of acme/credit-model: GitHub's answer to GET /repos/acme/credit-model/issues\\?state=open \\(page ${page}\\) was `,
          ),
        )
        expect(warning).toMatch(got)
        expect(warning).toMatch(/nothing more was written, so that no issue is duplicated\. Re-run the job later\./)
        s.inject('issues/list-for-repo', fault, { onCall: s.callCount('issues/list-for-repo') + page })
      }
      expect(s.callCount('issues/create') + s.callCount('issues/update') + s.callCount('issues/create-comment')).toBe(0)
      expect(ours(s)).toBe(page === 2 ? 1 : 0)
    },
  )

  it('a body that stalls half-way is a timeout, retried, then a warning, and no issue', async () => {
    const s = await start()
    s.inject('issues/list-for-repo', { status: 200, stall: 'body', raw: '[{"id": 1001, "body": "' }, { times: 100 })
    const result = await sync(s, alert('new'), true)
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toMatch(
      /^Could not read the open issues of acme\/credit-model: GitHub did not answer within 3 s, in 4 attempts\./,
    )
    expect(s.callCount('issues/list-for-repo')).toBe(MAX_RETRIES + 1)
    expect(s.callCount('issues/create')).toBe(0)
  })

  it('an unreadable answer to an issue that was opened is confirmed from the list, not opened twice', async () => {
    const s = await start()
    s.inject('issues/create', {
      status: 201,
      raw: '<html>Created</html>',
      contentType: 'text/html',
      replaceAnswer: true,
    })
    const result = await sync(s, alert('new'))
    expect(result).toMatchObject({ status: 'opened', number: 1, url: 'https://github.com/acme/credit-model/issues/1' })
    expect(s.callCount('issues/create')).toBe(1)
    expect(ours(s)).toBe(1)
  })

  it('... and is a warning when the list cannot confirm it either', async () => {
    const s = await start()
    s.inject('issues/create', {
      status: 201,
      raw: '<html>Created</html>',
      contentType: 'text/html',
      replaceAnswer: true,
    })
    s.inject(
      'issues/list-for-repo',
      { status: 200, raw: '<html>Bad gateway</html>', contentType: 'text/html' },
      { onCall: 2 },
    )
    const result = await sync(s, alert('new'))
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toMatch(
      /^Could not confirm the new issue in acme\/credit-model: GitHub's answer to GET \/repos\/acme\/credit-model\/issues\?state=open \(page 1\) was an HTML page/,
    )
    expect(s.callCount('issues/create')).toBe(1)
  })

  it('an html_url with a line break is not taken from the answer of a new issue', async () => {
    const s = await start()
    s.inject('issues/create', {
      status: 201,
      raw: JSON.stringify({ id: 9, number: 1, html_url: 'https://x\n::error::INJECTED-URL\n' }),
      contentType: 'application/json',
      replaceAnswer: true,
    })
    expect(await sync(s, alert('new'))).toMatchObject({
      status: 'opened',
      url: 'https://github.com/acme/credit-model/issues/1',
    })
  })
})

describe('pagination, bounded', () => {
  it(`a list that says rel="next" forever stops after ${MAX_COMMENT_PAGES} pages: a warning and no new issue`, async () => {
    const s = await start()
    s.pageForever('fresh', 'issues/list-for-repo')
    const result = await sync(s, alert('new'))
    expect((result as { warning: string }).warning).toBe(
      'Could not read the open issues of acme/credit-model to the end: the open issues go on past 100 pages of 100. No issue was opened, so that none is duplicated. The job summary and the verdict are not affected.',
    )
    expect(s.callCount('issues/list-for-repo')).toBe(MAX_COMMENT_PAGES)
    expect(s.callCount('issues/create')).toBe(0)
  })

  it('... but updates ours when it is among the pages read', async () => {
    const s = await start()
    const mine = s.addIssue(repo.owner, repo.repo, { title: 'old', body: `${marker}\nold` })
    s.pageForever('fresh', 'issues/list-for-repo')
    expect(await sync(s, alert('new'))).toMatchObject({ status: 'updated', number: mine.number })
    expect(s.callCount('issues/create')).toBe(0)
  })

  it('a page that repeats an earlier one ends the search: a warning when passing, nothing closed', async () => {
    const s = await start()
    s.addIssue(repo.owner, repo.repo, { title: 'chore', body: 'chore' })
    s.pageForever('repeat', 'issues/list-for-repo')
    const result = await sync(s, null)
    expect((result as { warning: string }).warning).toBe(
      'Could not read the open issues of acme/credit-model to the end: page 2 of the open issues only repeats open issues of earlier pages. An alert issue further down the list stays open. The job summary and the verdict are not affected.',
    )
    expect(s.callCount('issues/list-for-repo')).toBe(2)
    expect(s.callCount('issues/update')).toBe(0)
  })
})
