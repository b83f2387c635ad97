/** The sticky comment against the real Octokit client and the fake GitHub on 127.0.0.1. */
import { afterEach, describe, expect, it } from 'vitest'
import {
  AnswerTooLargeError,
  fetchWithTimeout,
  jsonShape,
  MAX_ANSWER_VALUES,
  MAX_LIST_ITEMS,
  RequestTimeoutError,
  type GitHubClient,
} from '../../src/github/client.js'
import {
  ACTIONS_BOT_LOGIN,
  COMMENT_LIMIT,
  describeFailure,
  findPullRequestByHead,
  firstLine,
  lastPageOf,
  resolveIdentity,
  searchNote,
  upsertComment,
  withSearchNote,
} from '../../src/github/comment.js'
import { commentMarker } from '../../src/report/comment-body.js'
import {
  ACTIONS_BOT,
  STALL,
  STALL_TIMEOUT_MS,
  startGitHubServer,
  testClient,
  type GitHubServer,
} from '../support/github-server.js'

const repo = { owner: 'acme', repo: 'credit-model' }
const marker = commentMarker('.github/model-audit.yml')
const composeBody = (m: string, text: string): string => `${m}\n${text}`
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

describe('withSearchNote (a search stopped before the end of the comments, red team 8 R8-13)', () => {
  const reason = 'the comments read hold more than 8,388,608 bytes before their end'
  it('puts the note after the marker line, which stays the first line', () => {
    const noted = withSearchNote(composeBody(marker, '## ❌ Model audit failed\n\nrest'), marker, reason)
    expect(noted).toBe(`${marker}\n${searchNote(reason)}\n\n## ❌ Model audit failed\n\nrest`)
    expect(firstLine(noted)).toBe(marker)
    expect(searchNote(reason)).toContain(`(${reason})`)
  })

  it("stays within GitHub's limit: a full body is cut at a line boundary, saying so", () => {
    const line = 'x'.repeat(99)
    const full = composeBody(marker, Array.from({ length: 2000 }, () => line).join('\n')).slice(0, COMMENT_LIMIT)
    const noted = withSearchNote(full, marker, reason)
    expect(noted.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(noted.length).toBeGreaterThan(COMMENT_LIMIT - 200)
    expect(firstLine(noted)).toBe(marker)
    expect(noted).toContain(searchNote(reason))
    expect(
      noted
        .split('\n')
        .filter((l) => l.startsWith('x'))
        .every((l) => l === line),
    ).toBe(true)
    expect(noted).toMatch(/> Cut to fit GitHub's 65,536-character limit beside the note above; .*\n$/)
  })
})

describe('lastPageOf', () => {
  it('reads the page of rel="last", and nothing else', () => {
    const at = (p: number): string =>
      `<https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=${p}>`
    expect(lastPageOf({ link: `${at(2)}; rel="next", ${at(7)}; rel="last"` })).toBe(7)
    expect(lastPageOf({ link: `${at(1)}; rel="prev", ${at(1)}; rel="first"` })).toBeNull()
    expect(lastPageOf({ link: `<not a url>; rel="last"` })).toBeNull()
    expect(lastPageOf({ link: `${at(0)}; rel="last"` })).toBeNull()
    expect(lastPageOf({})).toBeNull()
  })
})

describe('commentMarker', () => {
  it('differs per config and per audit, and cannot be closed early by a name', () => {
    const names = [
      commentMarker('a.yml'),
      commentMarker('b.yml'),
      commentMarker('a.yml', 'x'),
      commentMarker('a.yml', 'y'),
    ]
    expect(new Set(names).size).toBe(4)
    const hostile = commentMarker('x.yml', '--> <b>hi</b> "')
    expect(hostile.indexOf('-->')).toBe(hostile.length - 3)
    expect(hostile).not.toContain('<b>')
  })

  it('is one line that no name can end, close or make another marker of', () => {
    const names = [
      'a.yml',
      'a.yml" audit="x',
      'a.yml\n<!-- model-audit-gate config="b.yml" -->',
      'a.yml --!>',
      'a\u2028b',
      'a\r',
    ]
    const markers = names.map((n) => commentMarker(n))
    expect(new Set(markers).size).toBe(names.length)
    for (const m of markers) expect(m).toMatch(/^<!-- model-audit-gate config="[A-Za-z0-9%._~!*'()-]*" -->$/)
    expect(commentMarker('a.yml', 'x')).not.toBe(commentMarker('a.yml" audit="x'))
  })

  it('of a published artifact (workflow_run) never equals the marker of a run that computed its report, whatever config path the artifact names', () => {
    const names = ['a.yml', '.github/model-audit.yml', 'a.yml" via="workflow_run', 'a.yml -->', 'x']
    const computed = new Set(
      names.flatMap((n) => [commentMarker(n), commentMarker(n, 'scorecard'), commentMarker(n, 'x" via="workflow_run')]),
    )
    for (const n of names) {
      expect(computed.has(commentMarker(n, undefined, 'workflow_run'))).toBe(false)
      expect(computed.has(commentMarker(n, 'scorecard', 'workflow_run'))).toBe(false)
    }
    expect(commentMarker('a.yml', undefined, 'workflow_run')).toBe(
      '<!-- model-audit-gate config="a.yml" via="workflow_run" -->',
    )
  })

  it('encodes a lone surrogate (a name from a report artifact) instead of throwing, and apart from U+FFFD', () => {
    expect(commentMarker('a\uD800.yml')).toBe('<!-- model-audit-gate config="a%ED%A0%80.yml" -->')
    expect(commentMarker('a\uDFFF')).toBe('<!-- model-audit-gate config="a%ED%BF%BF" -->')
    expect(commentMarker('a\uFFFD')).toBe(`<!-- model-audit-gate config="a${encodeURIComponent('\uFFFD')}" -->`)
    expect(commentMarker('x', 'caf\u00e9 \u{1F600}')).toBe(
      `<!-- model-audit-gate config="x" audit="${encodeURIComponent('caf\u00e9 \u{1F600}')}" -->`,
    )
  })
})

describe('resolveIdentity', () => {
  it('uses GET /user when the token may ask it (a PAT)', async () => {
    await start({ identity: { login: 'octocat', id: 1, type: 'User' } })
    expect(await resolveIdentity(octokit)).toEqual({ login: 'octocat', source: 'token' })
  })

  it("asks GraphQL's viewer when GET /user answers 403 (an installation token: github.token, a GitHub App's)", async () => {
    await start()
    expect(await resolveIdentity(octokit)).toEqual({ login: ACTIONS_BOT_LOGIN, source: 'viewer' })
    expect(server.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'users/get-authenticated 403',
      'graphql 200',
    ])
    await start({ identity: { login: 'audit-app[bot]', id: 99, type: 'Bot' } })
    expect(await resolveIdentity(octokit)).toEqual({ login: 'audit-app[bot]', source: 'viewer' })
    // As GraphQL gives it, nothing added (red team 20 R20-5): a login without [bot] is no bot's.
    await start({ identity: { login: 'audit-app[bot]', id: 99, type: 'Bot' }, viewer: 'octocat' })
    expect(await resolveIdentity(octokit)).toEqual({ login: 'octocat', source: 'viewer' })
    // ... and the comment it posts, another login's, is a warning.
    const result = await upsertComment(octokit, { repo, issue: 9, marker, body: `${marker}\nnew` })
    expect((result as { warning?: string }).warning).toBe(
      "The comment was posted as 'audit-app[bot]', not as 'octocat', the login GraphQL's viewer gave for this token, whose comments this action looks for: the next run cannot find this comment and posts another. Pass `github.token` (the default) or a personal access token as `github-token`.",
    )
  })

  it('falls back to github-actions[bot] only when GitHub refuses the viewer query too', async () => {
    await start({ viewer: 'refuse' })
    expect(await resolveIdentity(octokit)).toEqual({ login: ACTIONS_BOT_LOGIN, source: 'actions-bot' })
    await start()
    server.inject('graphql', { status: 403, body: { message: 'Resource not accessible by integration' } })
    expect(await resolveIdentity(octokit)).toEqual({ login: ACTIONS_BOT_LOGIN, source: 'actions-bot' })
    // No answer, or one that is not GraphQL's, says nothing about who the token is.
    await start()
    server.inject('graphql', { status: 503 }, { times: 100 })
    await expect(resolveIdentity(octokit)).rejects.toMatchObject({ status: 503 })
    await start()
    server.inject('graphql', { status: 200, raw: '<html>sign in</html>', contentType: 'text/html' })
    await expect(resolveIdentity(octokit)).rejects.toThrow(
      "GitHub's answer to POST /graphql (viewer) was an answer without a login at `data.viewer.login`",
    )
  })

  it("a GitHub App's token updates its own comment, never the Actions bot's marked one (red team 15 R15-2)", async () => {
    const app = { login: 'audit-app[bot]', id: 99, type: 'Bot' } as const
    await start({ identity: app })
    const actions = server.addComment('acme', 'credit-model', 9, `${marker}\nthe Actions bot's`, ACTIONS_BOT)
    const first = await upsertComment(octokit, { repo, issue: 9, marker, body: `${marker}\nrun 1` })
    expect(first).toMatchObject({ status: 'created' })
    expect((first as { warning?: string }).warning).toBeUndefined()
    const second = await upsertComment(octokit, { repo, issue: 9, marker, body: `${marker}\nrun 2` })
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id })
    const comments = server.commentsOn('acme', 'credit-model', 9)
    expect(comments.map((c) => [c.user.login, c.body])).toEqual([
      [ACTIONS_BOT.login, actions.body],
      ['audit-app[bot]', `${marker}\nrun 2`],
    ])
    expect(server.requests.filter((r) => r.method === 'DELETE')).toEqual([])
  })

  it("warns when a comment is posted as another identity than the bot it took itself for (a GitHub App's token where GraphQL refuses, red team 15 R15-2)", async () => {
    await start({ identity: { login: 'audit-app[bot]', id: 99, type: 'Bot' }, viewer: 'refuse' })
    const result = await upsertComment(octokit, { repo, issue: 9, marker, body: `${marker}\nnew` })
    expect(result).toMatchObject({ status: 'created' })
    expect((result as { warning?: string }).warning).toBe(
      "The comment was posted as 'audit-app[bot]', not as github-actions[bot], whose comments this action looks for when GitHub refuses the token both GET /user (as it refuses github.token) and GraphQL's viewer: this looks like a GitHub App's installation token. With it, the next run cannot find this comment and posts another, and it may update github-actions[bot]'s comments that carry this config's marker. Pass `github.token` (the default) or a personal access token as `github-token`.",
    )
    // github.token's own comment: no warning.
    await start()
    const own = await upsertComment(octokit, { repo, issue: 9, marker, body: `${marker}\nnew` })
    expect(own).toMatchObject({ status: 'created' })
    expect((own as { warning?: string }).warning).toBeUndefined()
  })

  it('does not guess the bot when GET /user fails otherwise: a PAT user would get a second comment', async () => {
    await start({ identity: { login: 'octocat', id: 1, type: 'User' } })
    server.addComment('acme', 'credit-model', 9, `${marker}\nby the PAT user`)
    server.inject('users/get-authenticated', { status: 503 }, { times: 100 })
    const result = await upsertComment(octokit, { repo, issue: 9, marker, body: `${marker}\nnew` })
    expect(result).toMatchObject({ status: 'failed', httpStatus: 503 })
    expect((result as { warning: string }).warning).toMatch(
      /^Could not find out whose comments to look for on #9: GitHub answered 503/,
    )
    expect(server.callCount('issues/create-comment')).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 9).map((c) => c.body)).toEqual([`${marker}\nby the PAT user`])
  })

  it('refuses a GET /user answer without a login', async () => {
    await start({ identity: { login: 'octocat', id: 1, type: 'User' } })
    server.inject('users/get-authenticated', { status: 200, raw: '<html>sign in</html>', contentType: 'text/html' })
    await expect(resolveIdentity(octokit)).rejects.toThrow(
      "GitHub's answer to GET /user was an HTML page, not JSON (text/html, 20 characters), not a user",
    )
  })
})

describe('whose comment is ours: the marker as the first line, and the author', () => {
  const other = { login: 'someone', id: 5, type: 'User' as const }
  const body = (text: string): string => composeBody(marker, text)

  it("never updates nor deletes another workflow's bot comment that quotes the marker in its body", async () => {
    await start()
    // Another workflow posts as github-actions[bot] too; its comments quote ours.
    const quoting = [
      server.addComment('acme', 'credit-model', 42, `Audit bot says:\n${marker}\nsee above`, ACTIONS_BOT),
      server.addComment('acme', 'credit-model', 42, `> ${marker}\n> ## quoted`, ACTIONS_BOT),
      server.addComment('acme', 'credit-model', 42, `${marker} and more on its line\ntext`, ACTIONS_BOT),
      server.addComment('acme', 'credit-model', 42, ` ${marker}\nindented`, ACTIONS_BOT),
    ]
    const before = quoting.map((c) => c.body)
    const created = await upsertComment(octokit, { repo, issue: 42, marker, body: body('v1') })
    expect(created).toMatchObject({ status: 'created' })
    const updated = await upsertComment(octokit, { repo, issue: 42, marker, body: body('v2') })
    expect(updated).toMatchObject({ status: 'updated', id: (created as { id: number }).id })
    expect(quoting.map((c) => c.body)).toEqual(before)
    expect(server.callCount('issues/delete-comment')).toBe(0)
    expect(server.requestsOf('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/acme/credit-model/issues/comments/${(created as { id: number }).id}`,
    ])
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(5)
  })

  it('ignores a comment whose first line is the marker when its author is someone else', async () => {
    await start()
    const impostor = server.addComment('acme', 'credit-model', 42, body('copied by a user'), other)
    expect(await upsertComment(octokit, { repo, issue: 42, marker, body: body('ours') })).toMatchObject({
      status: 'created',
    })
    expect(impostor.body).toBe(body('copied by a user'))
    expect(server.commentsOn('acme', 'credit-model', 42).map((c) => c.user.login)).toEqual([
      'someone',
      ACTIONS_BOT.login,
    ])
  })

  it('finds its own comment stored with CRLF line ends (an edit in the web UI)', async () => {
    await start()
    const ours = server.addComment('acme', 'credit-model', 42, `${marker}\r\nold\r\n`, ACTIONS_BOT)
    expect(await upsertComment(octokit, { repo, issue: 42, marker, body: body('new') })).toMatchObject({
      status: 'updated',
      id: ours.id,
    })
  })

  it('refuses a body that does not start with its marker line', async () => {
    await start()
    expect(await upsertComment(octokit, { repo, issue: 1, marker, body: `hello\n${marker}` })).toMatchObject({
      status: 'failed',
      httpStatus: null,
    })
    expect(server.requests).toEqual([])
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
    for (let i = 0; i < 230; i++)
      server.addComment('acme', 'credit-model', 42, `chatter ${i}`, { login: 'someone', id: 5, type: 'User' })
    const impostor = server.addComment('acme', 'credit-model', 42, body('quoted by a human'), {
      login: 'someone',
      id: 5,
      type: 'User',
    })
    const ours = server.addComment('acme', 'credit-model', 42, body('old'), ACTIONS_BOT)
    const result = await upsertComment(octokit, { repo, issue: 42, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'updated', id: ours.id })
    expect(impostor.body).toBe(body('quoted by a human'))
    // Page 1, then the newest page, then back (the newest comments are always read: red team 8 R8-13).
    expect(server.requestsOf('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '3', '2'])
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
    expect(
      await upsertComment(octokit, { repo, issue: 5, marker, body: body('pass'), createIfMissing: false }),
    ).toEqual({ status: 'not-created' })
    server.addComment('acme', 'credit-model', 5, body('failed before'))
    expect(
      await upsertComment(octokit, { repo, issue: 5, marker, body: body('passes now'), createIfMissing: false }),
    ).toMatchObject({ status: 'updated' })
    expect(server.callCount('issues/create-comment')).toBe(0)
  })

  it('finds its comment by the PAT user when the token can ask GET /user', async () => {
    await start({ identity: { login: 'release-bot-user', id: 9, type: 'User' } })
    server.addComment('acme', 'credit-model', 3, body('by the bot, not us'), ACTIONS_BOT)
    expect(await upsertComment(octokit, { repo, issue: 3, marker, body: body('ours') })).toMatchObject({
      status: 'created',
    })
    expect(server.commentsOn('acme', 'credit-model', 3).map((c) => c.user.login)).toEqual([
      ACTIONS_BOT.login,
      'release-bot-user',
    ])
  })

  it.each([403, 404])('turns %i into a warning that names the pull-requests: write permission', async (status) => {
    await start()
    server.inject('issues/create-comment', {
      status,
      body: { message: 'Resource not accessible by integration', status: String(status) },
    })
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

  it("on a fork's pull request, a refusal points at the workflow_run pair, not at a permission it cannot get", async () => {
    await start({ readOnly: true })
    const result = await upsertComment(octokit, { repo, issue: 43, marker, body: body('x'), fromFork: true })
    expect(result).toMatchObject({ status: 'failed', httpStatus: 403 })
    const warning = (result as { warning: string }).warning
    expect(warning).toMatch(/^Could not comment on #43: GitHub answered 403 .*The pull request comes from a fork/)
    expect(warning).toContain('`examples/workflows/model-audit-fork.yml` and `model-audit-fork-comment.yml`')
    expect(warning).not.toContain('pull-requests: write')
  })

  it('retries a 500 and a 502 on the way, then succeeds', async () => {
    await start()
    server.inject('issues/list-comments', { status: 502 })
    server.inject('issues/create-comment', { status: 500 })
    expect(await upsertComment(octokit, { repo, issue: 8, marker, body: body('x') })).toMatchObject({
      status: 'created',
    })
    expect(server.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'users/get-authenticated 403',
      'graphql 200',
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
  }, 180_000)

  it('refuses a body over the limit or without its marker, before any request', async () => {
    await start()
    expect(
      await upsertComment(octokit, { repo, issue: 1, marker, body: body('x'.repeat(COMMENT_LIMIT)) }),
    ).toMatchObject({ status: 'failed', httpStatus: null })
    expect(await upsertComment(octokit, { repo, issue: 1, marker, body: 'no marker' })).toMatchObject({
      status: 'failed',
    })
    expect(server.requests).toEqual([])
  })
})

describe('findPullRequestByHead', () => {
  it('finds the open PR of a fork branch at the run commit only', async () => {
    await start()
    server.addPull({
      owner: 'acme',
      repo: 'credit-model',
      number: 43,
      state: 'open',
      head: { sha: 'd4e5', ref: 'fix-threshold', owner: 'contributor', repo: 'credit-model' },
    })
    expect(await findPullRequestByHead(octokit, repo, 'contributor:fix-threshold', 'd4e5')).toBe(43)
    expect(await findPullRequestByHead(octokit, repo, 'contributor:fix-threshold', 'newer')).toBeNull()
  })

  it.each([
    [
      'an HTML page',
      { status: 200, raw: '<!DOCTYPE html><html>Unicorn!</html>', contentType: 'text/html; charset=utf-8' },
      /was an HTML page, not JSON \(text\/html, 36 characters\), not a JSON list of pull requests$/,
    ],
    [
      'JSON cut short',
      { status: 200, raw: '[{"number": 43, "head": {"sha": "d4' },
      /was JSON that does not parse: cut short or malformed \(application\/json, 35 characters\), not a JSON list of pull requests$/,
    ],
    [
      'a JSON object',
      { status: 200, body: { total_count: 1, items: [] } },
      /was a JSON object \(application\/json\), not a JSON list of pull requests$/,
    ],
    [
      'a list of strangers',
      { status: 200, body: [{ number: '43', head: { sha: 'd4e5' } }] },
      /was a JSON list whose item 1 has no integer `number`, not a list of pull requests$/,
    ],
  ])('refuses %s as the pull request list, naming the endpoint', async (_, fault, message) => {
    await start()
    server.inject('pulls/list', fault)
    const lookup = findPullRequestByHead(octokit, repo, 'contributor:fix-threshold', 'd4e5')
    await expect(lookup).rejects.toThrow(
      /^GitHub's answer to GET \/repos\/acme\/credit-model\/pulls\?head=…&state=open was /,
    )
    await expect(lookup).rejects.toThrow(message)
  })

  it('gives up on a stalled pull request list after bounded attempts', async () => {
    await start()
    octokit = testClient(server, { timing: { timeoutMs: STALL_TIMEOUT_MS } })
    server.inject('pulls/list', STALL, { times: 100 })
    await expect(findPullRequestByHead(octokit, repo, 'contributor:fix-threshold', 'd4e5')).rejects.toMatchObject({
      status: 500,
      message: 'GitHub did not answer within 3 s',
    })
    expect(server.callCount('pulls/list')).toBe(4)
  })
})

describe('fetchWithTimeout', () => {
  const get = (f: typeof fetch, path: string): Promise<Response> =>
    f(`${server.url}${path}`, { headers: { authorization: 'token t' } })

  it('hands on the whole body, read under its timer, with status, headers and url', async () => {
    await start()
    server.addComment('acme', 'credit-model', 1, 'hello')
    const res = await get(fetchWithTimeout(globalThis.fetch, 10_000), '/repos/acme/credit-model/issues/1/comments')
    expect([res.status, res.headers.get('content-type'), res.url]).toEqual([
      200,
      'application/json; charset=utf-8',
      `${server.url}/repos/acme/credit-model/issues/1/comments`,
    ])
    expect(((await res.json()) as { body: string }[]).map((c) => c.body)).toEqual(['hello'])
  })

  it('refuses an answer over its byte bound instead of buffering it', async () => {
    await start()
    server.addComment('acme', 'credit-model', 1, 'x'.repeat(5_000))
    const failed = get(fetchWithTimeout(globalThis.fetch, 10_000, 4_096), '/repos/acme/credit-model/issues/1/comments')
    await expect(failed).rejects.toBeInstanceOf(AnswerTooLargeError)
    const e = Object.assign(new Error('x'), { status: 500, cause: new AnswerTooLargeError(32 * 1024 * 1024) })
    expect(describeFailure(e, 'read the comments of #1')).toBe(
      "Could not read the comments of #1: GitHub's answer was larger than 32 MiB, in 4 attempts. The job summary and the verdict are not affected.",
    )
  })

  it('refuses a list of more items than a page holds before it is parsed (red team 18 R18-1)', async () => {
    const items = (text: string): number => jsonShape(Buffer.from(text)).items
    expect(items('[]')).toBe(0)
    expect(items(` [${Array(100).fill('{"a":[1,2],"b":"x,y\\",z"}').join(',')}]`)).toBe(100)
    expect(items(`[${Array(101).fill('{}').join(',')}]`)).toBe(101)
    // After a byte-order mark, which the client's text decoding drops (red team 21 R21-2).
    expect(items(`\ufeff [${Array(101).fill('{}').join(',')}]`)).toBe(101)
    expect(items(`{"a":[${Array(500).fill('1').join(',')}]}`)).toBe(-1)
    await start()
    const page = `[${Array.from({ length: 700_000 }, () => '{}').join(',')}]`
    server.inject('issues/list-comments', { status: 200, raw: page }, { times: 100 })
    const result = await upsertComment(octokit, { repo, issue: 1, marker, body: `${marker}\nx` })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toBe(
      `Could not read the comments of #1: GitHub's answer was a list of more than ${MAX_LIST_ITEMS} items, where at most ${MAX_LIST_ITEMS} are asked for a page, in 4 attempts. The job summary and the verdict are not affected.`,
    )
    expect(server.callCount('issues/create-comment')).toBe(0)
  })

  it('refuses an answer of more JSON values than a page holds, nested anywhere (red team 20 R20-1)', async () => {
    expect(jsonShape(Buffer.from('{"a":[{},{}],"b":"x,{y"}'))).toEqual({ items: -1, values: 6 })
    expect(jsonShape(Buffer.from('[ ]'))).toEqual({ items: 0, values: 1 })
    await start()
    const comment = server.addComment('acme', 'credit-model', 1, 'hello')
    server.inject(
      'issues/list-comments',
      {
        status: 200,
        raw: JSON.stringify([{ ...server.commentJson(comment), junk: Array.from({ length: 300_000 }, () => ({})) }]),
      },
      { times: 100 },
    )
    const result = await upsertComment(octokit, { repo, issue: 1, marker, body: `${marker}\nx` })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toBe(
      `Could not read the comments of #1: GitHub's answer held more than ${MAX_ANSWER_VALUES.toLocaleString('en-US')} JSON values, where a page of 100 comments holds some 10,000, in 4 attempts. The job summary and the verdict are not affected.`,
    )
  })

  it('follows no redirect: a comment list or an update sent elsewhere writes nothing (red team 18 R18-2)', async () => {
    for (const status of [301, 302, 307, 308]) {
      await start()
      const other = server.addComment('acme', 'credit-model', 7, `${marker}\nPR 7's verdict`)
      const location = `${server.url}/repos/acme/credit-model/issues/7/comments`
      server.inject(
        'issues/list-comments',
        { status, headers: { location }, body: { message: 'Moved' } },
        { times: 100 },
      )
      const result = await upsertComment(octokit, { repo, issue: 42, marker, body: `${marker}\nPR 42's verdict` })
      expect(result).toMatchObject({ status: 'failed', httpStatus: null })
      expect((result as { warning: string }).warning).toMatch(
        new RegExp(
          `^Could not read the comments of #42: GitHub answered ${status}, a redirect, which the action does not follow`,
        ),
      )
      expect(server.commentsOn('acme', 'credit-model', 7).map((c) => c.body)).toEqual([other.body])
      expect(server.requests.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql')).toEqual([])
    }
    // An update answered with a redirect to another comment: not followed.
    await start()
    const ours = server.addComment('acme', 'credit-model', 42, `${marker}\nold`)
    const theirs = server.addComment('acme', 'credit-model', 7, 'release notes')
    server.inject(
      'issues/update-comment',
      { status: 307, headers: { location: `${server.url}/repos/acme/credit-model/issues/comments/${theirs.id}` } },
      { times: 100 },
    )
    const updated = await upsertComment(octokit, { repo, issue: 42, marker, body: `${marker}\nnew` })
    expect(updated).toMatchObject({ status: 'failed', httpStatus: null })
    expect(server.commentsOn('acme', 'credit-model', 7).map((c) => c.body)).toEqual(['release notes'])
    expect(server.commentsOn('acme', 'credit-model', 42).map((c) => c.id)).toEqual([ours.id])
  })

  it('times out a body that stalls after its headers', async () => {
    await start()
    server.inject('issues/list-comments', { status: 200, stall: 'body', raw: '[' })
    await expect(
      get(fetchWithTimeout(globalThis.fetch, STALL_TIMEOUT_MS), '/repos/acme/credit-model/issues/1/comments'),
    ).rejects.toBeInstanceOf(RequestTimeoutError)
  })
})
