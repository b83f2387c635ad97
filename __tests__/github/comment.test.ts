/** The sticky comment against the real Octokit client and the fake GitHub on 127.0.0.1. */
import { afterEach, describe, expect, it } from 'vitest'
import { createClient, type ClientLog, type GitHubClient } from '../../src/github/client.js'
import { ACTIONS_BOT_LOGIN, COMMENT_LIMIT, findPullRequestByHead, resolveIdentity, upsertComment } from '../../src/github/comment.js'
import { commentMarker } from '../../src/report/comment-body.js'
import { ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js'

const quiet: ClientLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const repo = { owner: 'acme', repo: 'credit-model' }
const marker = commentMarker('.github/model-audit.yml')
const composeBody = (m: string, text: string): string => `${m}\n${text}`
let server: GitHubServer
let octokit: GitHubClient

async function start(options: Parameters<typeof startGitHubServer>[0] = {}): Promise<void> {
  server = await startGitHubServer(options)
  octokit = createClient('ghs_test', quiet, server.url)
}

afterEach(async () => {
  if (!server) return
  expect(server.violations).toEqual([])
  expect(server.responseViolations).toEqual([])
  await server.close()
  server = undefined as unknown as GitHubServer
})

describe('commentMarker', () => {
  it('differs per config and per audit, and cannot be closed early by a name', () => {
    const names = [commentMarker('a.yml'), commentMarker('b.yml'), commentMarker('a.yml', 'x'), commentMarker('a.yml', 'y')]
    expect(new Set(names).size).toBe(4)
    const hostile = commentMarker('x.yml', '--> <b>hi</b> "')
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3)
    expect(hostile).not.toContain('<b>')
  })
})

describe('resolveIdentity', () => {
  it('uses GET /user when the token may ask it (a PAT)', async () => {
    await start({ identity: { login: 'octocat', id: 1, type: 'User' } })
    expect(await resolveIdentity(octokit)).toEqual({ login: 'octocat', source: 'token' })
  })

  it('falls back to github-actions[bot] when GET /user answers 403 (github.token)', async () => {
    await start()
    expect(await resolveIdentity(octokit)).toEqual({ login: ACTIONS_BOT_LOGIN, source: 'actions-bot' })
  })
})

describe('upsertComment', () => {
  const body = (text: string): string => composeBody(marker, text)

  it('creates one comment, updates it in place, then skips an unchanged write', async () => {
    await start()
    const first = await upsertComment(octokit, { repo, issue: 42, marker, body: body('v1') })
    expect(first).toMatchObject({ status: 'created' })
    const second = await upsertComment(octokit, { repo, issue: 42, marker, body: body('v2') })
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id })
    const writes = (): number => server.callCount('issues/create-comment') + server.callCount('issues/update-comment')
    const before = writes()
    const third = await upsertComment(octokit, { repo, issue: 42, marker, body: body('v2') })
    expect(third).toMatchObject({ status: 'unchanged', id: (first as { id: number }).id })
    expect(writes()).toBe(before)
    expect(server.commentsOn('acme', 'credit-model', 42).map((c) => c.body)).toEqual([body('v2')])
  })

  it('searches every page and ignores the marker in comments by others', async () => {
    await start()
    for (let i = 0; i < 230; i++) server.addComment('acme', 'credit-model', 42, `chatter ${i}`, { login: 'someone', id: 5, type: 'User' })
    const impostor = server.addComment('acme', 'credit-model', 42, body('quoted by a human'), { login: 'someone', id: 5, type: 'User' })
    const ours = server.addComment('acme', 'credit-model', 42, body('old'), ACTIONS_BOT)
    const result = await upsertComment(octokit, { repo, issue: 42, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'updated', id: ours.id })
    expect(impostor.body).toBe(body('quoted by a human'))
    expect(server.requestsOf('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(server.requestsOf('issues/list-comments').every((r) => r.query.per_page === '100')).toBe(true)
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(232)
  })

  it('keeps one comment per config file and per audit', async () => {
    await start()
    const other = commentMarker('.github/other.yml')
    const named = commentMarker('.github/model-audit.yml', 'scorecard')
    await upsertComment(octokit, { repo, issue: 1, marker, body: composeBody(marker, 'a') })
    await upsertComment(octokit, { repo, issue: 1, marker: other, body: composeBody(other, 'b') })
    await upsertComment(octokit, { repo, issue: 1, marker: named, body: composeBody(named, 'c') })
    await upsertComment(octokit, { repo, issue: 1, marker, body: composeBody(marker, 'a2') })
    expect(server.commentsOn('acme', 'credit-model', 1).map((c) => c.body.split('\n')[1])).toEqual(['a2', 'b', 'c'])
  })

  it('updates only, when told not to create (comment: on-failure on a passing run)', async () => {
    await start()
    expect(await upsertComment(octokit, { repo, issue: 5, marker, body: body('pass'), createIfMissing: false })).toEqual({ status: 'not-created' })
    server.addComment('acme', 'credit-model', 5, body('failed before'))
    expect(await upsertComment(octokit, { repo, issue: 5, marker, body: body('passes now'), createIfMissing: false })).toMatchObject({ status: 'updated' })
    expect(server.callCount('issues/create-comment')).toBe(0)
  })

  it('finds its comment by the PAT user when the token can ask GET /user', async () => {
    await start({ identity: { login: 'release-bot-user', id: 9, type: 'User' } })
    server.addComment('acme', 'credit-model', 3, body('by the bot, not us'), ACTIONS_BOT)
    expect(await upsertComment(octokit, { repo, issue: 3, marker, body: body('ours') })).toMatchObject({ status: 'created' })
    expect(server.commentsOn('acme', 'credit-model', 3).map((c) => c.user.login)).toEqual([ACTIONS_BOT.login, 'release-bot-user'])
  })

  it.each([403, 404])('turns %i into a warning that names the pull-requests: write permission', async (status) => {
    await start()
    server.inject('issues/create-comment', { status, body: { message: 'Resource not accessible by integration', status: String(status) } })
    const result = await upsertComment(octokit, { repo, issue: 43, marker, body: body('x') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: status })
    expect((result as { warning: string }).warning).toMatch(/`pull-requests: write`/)
    expect((result as { warning: string }).warning).toMatch(/comment on #43/)
  })

  it('turns a read-only token on an existing comment into the same warning', async () => {
    await start({ readOnly: true })
    server.addComment('acme', 'credit-model', 43, body('old'))
    const result = await upsertComment(octokit, { repo, issue: 43, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: 403 })
    expect((result as { warning: string }).warning).toMatch(/update the audit comment on #43.*pull-requests: write/)
  })

  it('retries a 500 and a 502 on the way, then succeeds', async () => {
    await start()
    server.inject('issues/list-comments', { status: 502 })
    server.inject('issues/create-comment', { status: 500 })
    expect(await upsertComment(octokit, { repo, issue: 8, marker, body: body('x') })).toMatchObject({ status: 'created' })
    expect(server.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'users/get-authenticated 403',
      'issues/list-comments 502',
      'issues/list-comments 200',
      'issues/create-comment 500',
      'issues/create-comment 201',
      // The check for a racing run's comment.
      'issues/list-comments 200',
    ])
    expect(server.commentsOn('acme', 'credit-model', 8)).toHaveLength(1)
  })

  it('gives up with a warning after bounded retries of a persistent 503', async () => {
    await start()
    server.inject('issues/list-comments', { status: 503 }, { times: 100 })
    const result = await upsertComment(octokit, { repo, issue: 8, marker, body: body('x') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: 503 })
    expect(server.callCount('issues/list-comments')).toBe(4)
  }, 60_000)

  it('refuses a body over the limit or without its marker, before any request', async () => {
    await start()
    expect(await upsertComment(octokit, { repo, issue: 1, marker, body: body('x'.repeat(COMMENT_LIMIT)) })).toMatchObject({ status: 'failed', httpStatus: null })
    expect(await upsertComment(octokit, { repo, issue: 1, marker, body: 'no marker' })).toMatchObject({ status: 'failed' })
    expect(server.requests).toEqual([])
  })
})

describe('findPullRequestByHead', () => {
  it('finds the open PR of a fork branch at the run commit only', async () => {
    await start()
    server.addPull({ owner: 'acme', repo: 'credit-model', number: 43, state: 'open', head: { sha: 'd4e5', ref: 'fix-threshold', owner: 'contributor', repo: 'credit-model' } })
    expect(await findPullRequestByHead(octokit, repo, 'contributor:fix-threshold', 'd4e5')).toBe(43)
    expect(await findPullRequestByHead(octokit, repo, 'contributor:fix-threshold', 'newer')).toBeNull()
  })
})
