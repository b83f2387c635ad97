/** The alert issue against the real Octokit client and the fake GitHub on 127.0.0.1. */
import { afterEach, describe, expect, it } from 'vitest'
import type { GitHubClient } from '../../src/github/client.js'
import { ACTIONS_BOT_LOGIN } from '../../src/github/comment.js'
import { syncIssue, type FailingAlert, type IssueResult } from '../../src/github/issue.js'
import { commentMarker } from '../../src/report/comment-body.js'
import { issueMarker } from '../../src/report/issue-body.js'
import {
  ACTIONS_BOT,
  startGitHubServer,
  testClient,
  type GitHubServer,
  type Identity,
} from '../support/github-server.js'

const repo = { owner: 'acme', repo: 'credit-model' }
const marker = issueMarker('.github/model-audit.yml')
const someone: Identity = { login: 'reviewer', id: 5, type: 'User' }
let server: GitHubServer
let octokit: GitHubClient

async function start(options: Parameters<typeof startGitHubServer>[0] = {}): Promise<void> {
  server = await startGitHubServer(options)
  octokit = testClient(server)
}

afterEach(async () => {
  if (!server) return
  expect(server.violations).toEqual([])
  expect(server.responseViolations).toEqual([])
  await server.close()
  server = undefined as unknown as GitHubServer
})

const failing = (gates: string, run: number): FailingAlert => ({
  title: `Model audit failing: .github/model-audit.yml: ${gates}`,
  body: `${marker}\nfails in run ${run}: ${gates}`,
  changedComment: `Still failing in run ${run}, and the failing gates changed: now ${gates}.`,
})
const sync = (alert: FailingAlert | null, run: number, extra: { labels?: string[] } = {}): Promise<IssueResult> =>
  syncIssue(octokit, { repo, marker, failing: alert, passingComment: `Passing again in run ${run}.`, ...extra })
const open = (): ReturnType<GitHubServer['issuesOf']> =>
  server.issuesOf(repo.owner, repo.repo).filter((i) => i.state === 'open')
const commentsOn = (n: number): string[] => server.commentsOn(repo.owner, repo.repo, n).map((c) => c.body)

describe('syncIssue: fail, fail, pass', () => {
  it('opens one issue, updates it in place, then comments and closes it as completed', async () => {
    await start()
    const first = await sync(failing('accuracy', 1), 1, { labels: ['model-audit'] })
    expect(first).toMatchObject({ status: 'opened', number: 1, commented: false })
    expect((first as { url: string }).url).toBe('https://github.com/acme/credit-model/issues/1')
    expect(server.requestsOf('issues/list-for-repo')[0]?.query).toEqual({
      state: 'open',
      creator: ACTIONS_BOT_LOGIN,
      sort: 'created',
      direction: 'asc',
      per_page: '100',
      page: '1',
    })
    expect(open()).toHaveLength(1)
    expect(open()[0]).toMatchObject({ title: failing('accuracy', 1).title, labels: ['model-audit'] })

    // The same gates fail again: the body is current, no comment (a nightly run would be noise).
    expect(await sync(failing('accuracy', 2), 2)).toMatchObject({ status: 'updated', number: 1, commented: false })
    expect(open()).toHaveLength(1)
    expect(open()[0]?.body).toBe(failing('accuracy', 2).body)
    expect(commentsOn(1)).toEqual([])

    // Other gates fail: the title follows, and a comment says so.
    expect(await sync(failing('accuracy, tpr_difference (race)', 3), 3)).toMatchObject({
      status: 'updated',
      commented: true,
    })
    expect(open()[0]?.title).toBe(failing('accuracy, tpr_difference (race)', 3).title)
    expect(commentsOn(1)).toEqual([failing('accuracy, tpr_difference (race)', 3).changedComment])

    // A re-run of the same run writes nothing.
    const writes = server.callCount('issues/update')
    expect(await sync(failing('accuracy, tpr_difference (race)', 3), 3)).toMatchObject({ status: 'unchanged' })
    expect(server.callCount('issues/update')).toBe(writes)

    expect(await sync(null, 4)).toEqual({
      status: 'closed',
      number: 1,
      url: 'https://github.com/acme/credit-model/issues/1',
    })
    const closed = server.issuesOf(repo.owner, repo.repo)[0]
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(closed?.body).toBe(failing('accuracy', 2).body.replace('2: accuracy', '3: accuracy, tpr_difference (race)'))
    expect(commentsOn(1).at(-1)).toBe('Passing again in run 4.')

    // Passing with nothing open: no write at all.
    const before = server.requests.length
    expect(await sync(null, 5)).toEqual({ status: 'none' })
    expect(server.requests.slice(before).map((r) => r.operationId)).toEqual([
      'users/get-authenticated',
      'graphql',
      'issues/list-for-repo',
    ])
  })

  it('a failure after the issue was closed opens a new issue; the closed one is never reopened', async () => {
    await start()
    const old = server.addIssue(repo.owner, repo.repo, {
      title: 'Model audit failing: old',
      body: `${marker}\nlast month`,
      state: 'closed',
    })
    expect(await sync(failing('accuracy', 9), 9)).toMatchObject({ status: 'opened', number: old.number + 1 })
    expect(old).toMatchObject({ state: 'closed', body: `${marker}\nlast month` })
    expect(open().map((i) => i.number)).toEqual([old.number + 1])
  })
})

describe('syncIssue: whose issue is it', () => {
  it("never touches an issue that quotes the marker but is someone else's, or not first-line, or a pull request", async () => {
    await start()
    const byPerson = server.addIssue(repo.owner, repo.repo, { body: `${marker}\nI copied the bot`, user: someone })
    const quoting = server.addIssue(repo.owner, repo.repo, { body: `Another workflow says:\n${marker}` })
    const pr = server.addIssue(repo.owner, repo.repo, { body: `${marker}\nrelease PR`, pullRequest: true })
    const otherConfig = server.addIssue(repo.owner, repo.repo, {
      body: `${issueMarker('.github/other.yml')}\nanother config`,
    })
    const comment = server.addIssue(repo.owner, repo.repo, {
      body: `${commentMarker('.github/model-audit.yml')}\nthe comment's marker`,
    })
    const seeded = [byPerson, quoting, pr, otherConfig, comment].map((i) => ({ ...i }))
    const opened = await sync(failing('accuracy', 1), 1)
    expect(opened).toMatchObject({ status: 'opened', number: comment.number + 1 })
    expect(await sync(null, 2)).toMatchObject({ status: 'closed', number: comment.number + 1 })
    for (const [i, was] of [byPerson, quoting, pr, otherConfig, comment].entries()) expect(was).toEqual(seeded[i])
    expect(server.requestsOf('issues/update').map((r) => r.path)).toEqual([
      `/repos/acme/credit-model/issues/${comment.number + 1}`,
    ])
  })

  it("with a personal access token, lists that login's issues and keeps only its own", async () => {
    const me: Identity = { login: 'ml-ops', id: 77, type: 'User' }
    await start({ identity: me })
    const mine = server.addIssue(repo.owner, repo.repo, { title: 'x', body: `${marker}\nold`, user: me })
    server.addIssue(repo.owner, repo.repo, { body: `${marker}\nthe bot's`, user: ACTIONS_BOT })
    expect(await sync(failing('accuracy', 1), 1)).toMatchObject({ status: 'updated', number: mine.number })
    expect(server.requestsOf('issues/list-for-repo')[0]?.query.creator).toBe('ml-ops')
    expect(mine.body).toBe(failing('accuracy', 1).body)
  })

  it('finds ours on the third page among 250 open issues of the same creator', async () => {
    await start()
    for (let i = 0; i < 250; i++) server.addIssue(repo.owner, repo.repo, { title: `chore ${i}`, body: `chore ${i}` })
    const mine = server.addIssue(repo.owner, repo.repo, { title: 'x', body: `${marker}\nold` })
    expect(await sync(failing('accuracy', 1), 1)).toMatchObject({ status: 'updated', number: mine.number })
    expect(server.requestsOf('issues/list-for-repo').map((r) => r.query.page)).toEqual(['1', '2', '3'])
    expect(server.callCount('issues/create')).toBe(0)
  })
})

describe('syncIssue: races', () => {
  it('two runs failing at once (both list before either opens) leave one open issue, the oldest', async () => {
    await start()
    server.together('issues/list-for-repo', 2)
    const [a, b] = await Promise.all([sync(failing('accuracy', 1), 1), sync(failing('accuracy', 2), 2)])
    expect(server.requestsOf('issues/create').map((r) => r.status)).toEqual([201, 201])
    const left = open()
    expect(left).toHaveLength(1)
    for (const r of [a, b]) expect(r).toMatchObject({ status: 'opened', number: left[0]?.number })
    const dup = server.issuesOf(repo.owner, repo.repo).find((i) => i.state === 'closed')
    expect(dup).toMatchObject({ state_reason: 'not_planned' })
    expect(commentsOn(dup?.number ?? 0)[0]).toBe(
      `Duplicate of #${left[0]?.number}: two runs opened an alert issue at once.`,
    )
  })

  it('a passing run closes every open issue of ours, duplicates included', async () => {
    await start()
    server.addIssue(repo.owner, repo.repo, { body: `${marker}\na` })
    server.addIssue(repo.owner, repo.repo, { body: `${marker}\nb` })
    expect(await sync(null, 3)).toMatchObject({ status: 'closed', number: 1 })
    expect(open()).toEqual([])
    expect(commentsOn(1)).toEqual(['Passing again in run 3.'])
    expect(commentsOn(2)).toEqual(['Passing again in run 3.'])
  })
})

describe('syncIssue: refusals are warnings that name the permission', () => {
  it('a read-only token (no issues: write): one warning naming `issues: write`, nothing written', async () => {
    await start({ readOnly: true })
    const r = await sync(failing('accuracy', 1), 1)
    expect(r).toMatchObject({ status: 'failed', httpStatus: 403 })
    expect((r as { warning: string }).warning).toBe(
      'Could not open an issue in acme/credit-model: GitHub answered 403 (Resource not accessible by integration - https://docs.github.com/rest/issues/comments). ' +
        'The token needs the `issues: write` permission: add `permissions: { contents: read, issues: write }` to the job ' +
        '(and keep Issues enabled in the repository settings), or set `issue-on-failure: false`. The job summary and the verdict are not affected.',
    )
    expect(server.issuesOf(repo.owner, repo.repo)).toEqual([])
  })

  it('issues turned off (410): a warning saying where to turn them on', async () => {
    await start({ issuesDisabled: true })
    const r = await sync(failing('accuracy', 1), 1)
    expect(r).toMatchObject({ status: 'failed', httpStatus: 410 })
    expect((r as { warning: string }).warning).toMatch(
      /^Could not read the open issues of acme\/credit-model: GitHub answered 410 \(Issues are disabled for this repo.*\): Issues are turned off in this repository\. Turn them on \(Settings → General → Features → Issues\), or set `issue-on-failure: false`\./,
    )
  })

  it('an over-long body is refused before any request', async () => {
    await start()
    const r = await sync({ ...failing('a', 1), body: `${marker}\n${'x'.repeat(70_000)}` }, 1)
    expect(r).toMatchObject({ status: 'failed', httpStatus: null })
    expect(server.requests).toEqual([])
  })
})
