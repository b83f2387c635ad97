/**
 * The fake GitHub itself: if it let a malformed request through or answered in shapes
 * GitHub does not use, every test built on it would prove less than it claims.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createClient, type ClientLog } from '../../src/github/client.js'
import {
  ACTIONS_BOT,
  secondaryRateLimit,
  STALL,
  startGitHubServer,
  testClient,
  type GitHubServer,
} from '../support/github-server.js'

const quiet: ClientLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
let server: GitHubServer

afterEach(async () => {
  await server?.close()
})

describe('fake GitHub server', () => {
  it('pages issue comments with per_page/page and GitHub-shaped Link headers', async () => {
    server = await startGitHubServer()
    for (let i = 0; i < 250; i++) server.addComment('o', 'r', 7, `c${i}`)
    server.addComment('o', 'r', 8, 'other issue')
    const res = await fetch(`${server.url}/repos/o/r/issues/7/comments?per_page=100&page=2`, {
      headers: { authorization: 'token t' },
    })
    const page = (await res.json()) as { body: string }[]
    expect(page.map((c) => c.body)).toEqual(Array.from({ length: 100 }, (_, i) => `c${i + 100}`))
    const link = res.headers.get('link') ?? ''
    expect(link).toContain(`<${server.url}/repos/o/r/issues/7/comments?per_page=100&page=1>; rel="prev"`)
    expect(link).toContain(`<${server.url}/repos/o/r/issues/7/comments?per_page=100&page=3>; rel="next"`)
    expect(link).toContain(`<${server.url}/repos/o/r/issues/7/comments?per_page=100&page=3>; rel="last"`)
    expect(link).toContain('rel="first"')

    const octokit = testClient(server)
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'o',
      repo: 'r',
      issue_number: 7,
      per_page: 100,
    })
    expect(all).toHaveLength(250)
    expect(
      server
        .requestsOf('issues/list-comments')
        .slice(1)
        .map((r) => r.query.page),
    ).toEqual([undefined, '2', '3'])
    expect(server.violations).toEqual([])
    expect(server.responseViolations).toEqual([])
  })

  it('creates, gets and updates comments authored by the token identity, in GitHub shapes', async () => {
    server = await startGitHubServer()
    const octokit = testClient(server)
    const created = await octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 3, body: 'hello' })
    expect(created.status).toBe(201)
    expect(created.data.user?.login).toBe(ACTIONS_BOT.login)
    const updated = await octokit.rest.issues.updateComment({
      owner: 'o',
      repo: 'r',
      comment_id: created.data.id,
      body: 'again',
    })
    expect(updated.data.body).toBe('again')
    expect(server.commentsOn('o', 'r', 3).map((c) => c.body)).toEqual(['again'])
    const got = await octokit.rest.issues.getComment({ owner: 'o', repo: 'r', comment_id: created.data.id })
    expect(got.data.html_url).toContain('#issuecomment-')
    expect(server.violations).toEqual([])
    expect(server.responseViolations).toEqual([])
  })

  it('records requests that GitHub would not accept', async () => {
    server = await startGitHubServer()
    const h = { authorization: 'token t', 'content-type': 'application/json' }
    await fetch(`${server.url}/repos/o/r/issues/3/comments`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ text: 'no body field' }),
    })
    await fetch(`${server.url}/repos/o/r/issues/comments/12`, {
      method: 'PATCH',
      headers: h,
      body: JSON.stringify({ body: 5 }),
    })
    await fetch(`${server.url}/repos/o/r/issues/3/comments?per_page=lots&sort=desc`, { headers: h })
    await fetch(`${server.url}/repos/o/r/issues/x/comments`, { headers: h })
    await fetch(`${server.url}/repos/o/r/sticky-comments`, { headers: h })
    await fetch(`${server.url}/user`, { method: 'POST', headers: h, body: '{}' })
    const v = server.violations.join('\n')
    expect(v).toMatch(/POST \/repos\/o\/r\/issues\/3\/comments: body must have required property 'body'/)
    expect(v).toMatch(/PATCH \/repos\/o\/r\/issues\/comments\/12: body\/body must be string/)
    expect(v).toMatch(/query parameter per_page="lots"/)
    expect(v).toMatch(/query parameter sort is not declared for issues\/list-comments/)
    expect(v).toMatch(/path parameter issue_number="x"/)
    expect(v).toMatch(/GET \/repos\/o\/r\/sticky-comments: no operation/)
    expect(v).toMatch(/POST \/user: no operation/)
    expect(server.violations).toHaveLength(7)
  })

  it('answers 401 without a token', async () => {
    server = await startGitHubServer()
    const res = await fetch(`${server.url}/repos/o/r/issues/3/comments`)
    expect(res.status).toBe(401)
  })

  it('answers GET /user with 403 for an installation token and with the user for a PAT', async () => {
    server = await startGitHubServer()
    expect((await fetch(`${server.url}/user`, { headers: { authorization: 'token t' } })).status).toBe(403)
    await server.close()
    server = await startGitHubServer({ identity: { login: 'octocat', id: 1, type: 'User' } })
    const octokit = testClient(server)
    expect((await octokit.rest.users.getAuthenticated()).data.login).toBe('octocat')
    expect(server.responseViolations).toEqual([])
  })

  it('refuses writes with a read-only token, as for a forked PR', async () => {
    server = await startGitHubServer({ readOnly: true })
    const octokit = testClient(server)
    await expect(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({ status: 403 })
    expect(server.commentsOn('o', 'r', 1)).toEqual([])
  })

  it.each([500, 502, 503])('injects a %i once; the client retries and then succeeds', async (status) => {
    server = await startGitHubServer()
    server.inject('issues/create-comment', { status })
    const octokit = testClient(server)
    const res = await octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' })
    expect(res.status).toBe(201)
    expect(server.requestsOf('issues/create-comment').map((r) => r.status)).toEqual([status, 201])
    expect(server.commentsOn('o', 'r', 1)).toHaveLength(1)
  })

  it.each([401, 403, 404, 422])('injects a %i, which the client does not retry', async (status) => {
    server = await startGitHubServer()
    server.inject('issues/list-comments', { status })
    const octokit = testClient(server)
    await expect(octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 })).rejects.toMatchObject({
      status,
    })
    expect(server.callCount('issues/list-comments')).toBe(1)
  })

  it('injects a 409, which octokit retries like a 5xx', async () => {
    server = await startGitHubServer()
    server.inject('issues/list-comments', { status: 409 })
    const octokit = testClient(server)
    expect((await octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 })).status).toBe(200)
    expect(server.requestsOf('issues/list-comments').map((r) => r.status)).toEqual([409, 200])
  })

  // The one test of the action's real timings: every other test passes the client small ones.
  it('answers a secondary rate limit, which the client (with its production timings) waits out and retries', async () => {
    server = await startGitHubServer()
    server.inject('issues/list-comments', secondaryRateLimit(1))
    const warnings: string[] = []
    const octokit = createClient('t', { ...quiet, warn: (m) => warnings.push(m) }, server.url)
    const started = Date.now()
    const res = await octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 })
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(server.requestsOf('issues/list-comments').map((r) => r.status)).toEqual([403, 200])
    expect(warnings.join('\n')).toMatch(/secondary rate limit/)
  })

  it('injects by call number and delays answers', async () => {
    server = await startGitHubServer()
    server.inject('issues/list-comments', { status: 404 }, { onCall: 2 })
    server.inject('users/get-authenticated', { status: 200, body: { late: true }, delayMs: 300 })
    const get = (): Promise<number> =>
      fetch(`${server.url}/repos/o/r/issues/1/comments`, { headers: { authorization: 'token t' } }).then(
        (r) => r.status,
      )
    expect([await get(), await get(), await get()]).toEqual([200, 404, 200])
    const started = Date.now()
    await fetch(`${server.url}/user`, { headers: { authorization: 'token t' } })
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
  })

  it('answers a fault verbatim: raw text, its content type, unchecked; or the real effect with a mangled answer', async () => {
    server = await startGitHubServer()
    server.inject('issues/list-comments', { status: 200, raw: '<html>hi</html>', contentType: 'text/html' })
    server.inject('issues/create-comment', { status: 201, raw: '[', replaceAnswer: true })
    const h = { authorization: 'token t', 'content-type': 'application/json' }
    const res = await fetch(`${server.url}/repos/o/r/issues/1/comments`, { headers: h })
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([
      200,
      'text/html',
      '<html>hi</html>',
    ])
    const made = await fetch(`${server.url}/repos/o/r/issues/1/comments`, {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ body: 'x' }),
    })
    expect([made.status, await made.text()]).toEqual([201, '['])
    expect(server.commentsOn('o', 'r', 1).map((c) => c.body)).toEqual(['x'])
    expect(server.responseViolations).toEqual([])
  })

  it('stalls before the headers, or after the headers and part of the body, until the client gives up', async () => {
    server = await startGitHubServer()
    server.inject('issues/list-comments', STALL)
    server.inject('issues/list-comments', { status: 200, stall: 'body', raw: '[{"id"' })
    const h = { authorization: 'token t' }
    await expect(
      fetch(`${server.url}/repos/o/r/issues/1/comments`, { headers: h, signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow()
    const stop = new AbortController()
    const res = await fetch(`${server.url}/repos/o/r/issues/1/comments`, { headers: h, signal: stop.signal })
    expect(res.status).toBe(200)
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('[{"id"')
    const rest = reader.read()
    stop.abort()
    await expect(rest).rejects.toThrow()
  })

  it.each([
    ['fresh', ['c0'], ['chatter on page 2']],
    ['repeat', ['c0'], ['c0']],
    ['empty', ['c0'], []],
  ] as const)('pages forever (%s): every page says rel="next"', async (mode, page1, page2) => {
    server = await startGitHubServer()
    server.addComment('o', 'r', 1, 'c0')
    server.pageForever(mode)
    const h = { authorization: 'token t' }
    const get = async (page: number): Promise<[string[], string]> => {
      const res = await fetch(`${server.url}/repos/o/r/issues/1/comments?per_page=100&page=${page}`, { headers: h })
      return [((await res.json()) as { body: string }[]).map((c) => c.body), res.headers.get('link') ?? '']
    }
    const [first, second] = [await get(1), await get(2)]
    expect([first[0], second[0]]).toEqual([page1, page2])
    expect(second[1]).toContain(`<${server.url}/repos/o/r/issues/1/comments?per_page=100&page=3>; rel="next"`)
    expect(server.responseViolations).toEqual([])
  })

  it('finds pull requests by head for the workflow_run lookup', async () => {
    server = await startGitHubServer()
    server.addPull({
      owner: 'o',
      repo: 'r',
      number: 9,
      state: 'open',
      head: { sha: 'abc', ref: 'feature', owner: 'fork', repo: 'r' },
    })
    const octokit = testClient(server)
    const { data } = await octokit.rest.pulls.list({ owner: 'o', repo: 'r', head: 'fork:feature', state: 'open' })
    expect(data.map((p) => p.number)).toEqual([9])
    expect(server.violations).toEqual([])
  })
})
