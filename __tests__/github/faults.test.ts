/**
 * Failing networks: GitHub answering every status the action can meet, stalling, or rate
 * limiting, on each call of the sticky comment. For every fault: the verdict is the gates'
 * alone, retries are bounded, the comment is never duplicated, and the failure becomes one
 * warning that names the status and, where the user can fix it, what to fix. Answers that
 * are not GitHub's (HTML, JSON cut short, an object, a stalled body, endless pages) never read
 * as "no comments". Most rows run through `upsertComment` with the client's test timings (no
 * real backoff); a representative subset runs the real bundle, with no retried fault but one.
 */
import { rmSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MAX_RATE_LIMIT_RETRIES, MAX_RETRIES, type GitHubClient } from '../../src/github/client.js'
import { ACTIONS_BOT_LOGIN, MAX_COMMENT_PAGES, upsertComment, type UpsertResult } from '../../src/github/comment.js'
import { commentMarker } from '../../src/report/comment-body.js'
import { buildAction, makeRepo, runAction, type ActionRun } from '../support/action-runner.js'
import { ACTIONS_BOT, secondaryRateLimit, STALL, STALL_TIMEOUT_MS, startGitHubServer, testClient, type Fault, type GitHubServer, type OperationId } from '../support/github-server.js'

const repo = { owner: 'acme', repo: 'credit-model' }
const ISSUE = 42
const marker = commentMarker('.github/model-audit.yml')
const body = (text: string): string => `${marker}\n${text}`
const TOKEN = 'ghs_installation_token_for_tests'

let server: GitHubServer | undefined
const dirs: string[] = []

afterEach(async () => {
  if (server) {
    expect(server.violations).toEqual([])
    expect(server.responseViolations).toEqual([])
    await server.close()
    server = undefined
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function start(options: Parameters<typeof startGitHubServer>[0] = {}): Promise<GitHubServer> {
  server = await startGitHubServer(options)
  return server
}

/** The client with test timings; `stalls` when GitHub is made to stall, so that each attempt gives up after STALL_TIMEOUT_MS. */
const client = (s: GitHubServer, stalls = false): GitHubClient => testClient(s, stalls ? { timing: { timeoutMs: STALL_TIMEOUT_MS } } : {})
/** Comments on the PR that the action would take for its own. */
const ours = (s: GitHubServer): number => s.commentsOn(repo.owner, repo.repo, ISSUE).filter((c) => c.user.login === ACTIONS_BOT_LOGIN && c.body.startsWith(`${marker}\n`)).length

type Kind = 401 | 403 | 404 | 409 | 422 | 500 | 502 | 503 | 'timeout' | 'secondary rate limit'
type Call = 'list' | 'create' | 'update'

const OPERATION: Record<Call, OperationId> = { list: 'issues/list-comments', create: 'issues/create-comment', update: 'issues/update-comment' }
/** What the warning says the action was doing. */
const STEP: Record<Call, string> = { list: `read the comments of #${ISSUE}`, create: `comment on #${ISSUE}`, update: `update the audit comment on #${ISSUE}` }

function faultOf(kind: Kind): Fault {
  if (kind === 'timeout') return STALL
  if (kind === 'secondary rate limit') return secondaryRateLimit(1)
  const message = kind === 403 ? 'Resource not accessible by integration' : kind === 401 ? 'Bad credentials' : `injected ${kind}`
  return { status: kind, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(kind) } }
}

/** How many times the faulted call is sent before the action gives up. */
function attempts(kind: Kind): number {
  if (kind === 'secondary rate limit') return MAX_RATE_LIMIT_RETRIES + 1
  if (kind === 'timeout' || kind === 409 || (typeof kind === 'number' && kind >= 500)) return MAX_RETRIES + 1
  return 1
}

/** What the one warning must say, beyond the step and "The job summary and the verdict are not affected". */
function expectActionable(warning: string, kind: Kind): void {
  if (kind === 'timeout') {
    expect(warning).toMatch(/GitHub did not answer within 1 s, in 4 attempts/)
    expect(warning).toContain('githubstatus.com')
    return
  }
  const status = kind === 'secondary rate limit' ? 403 : kind
  expect(warning).toContain(`GitHub answered ${status}`)
  if (kind === 401) expect(warning).toMatch(/`github-token` input is not a valid token.*\$\{\{ github\.token \}\}/)
  if (kind === 403 || kind === 404) expect(warning).toMatch(/`pull-requests: write` permission.*permissions: \{ contents: read, pull-requests: write \}/)
  if (kind === 'secondary rate limit') {
    expect(warning).toMatch(/a rate limit \(You have exceeded a secondary rate limit.*\), still limited after 2 waits\. .*re-run the job later/)
    expect(warning).not.toContain('pull-requests: write')
  }
  if (kind === 422) expect(warning).toMatch(/refused the comment.*please report it/)
  if (kind === 409) expect(warning).toMatch(/a conflict .* after 3 retries/)
  if (typeof kind === 'number' && kind >= 500) expect(warning).toMatch(/after 3 retries\. GitHub may be degraded/)
  if (typeof kind === 'number' && kind >= 401 && kind <= 404) expect(warning).not.toMatch(/retries/)
}

const KINDS: Kind[] = [401, 403, 404, 409, 422, 500, 502, 503, 'timeout', 'secondary rate limit']
const ROWS = KINDS.flatMap((kind) => (['list', 'create', 'update'] as const).map((call) => [kind, call] as const))

describe('the fault matrix, through upsertComment', () => {
  it.each(ROWS)('%s on the %s call: bounded retries, no duplicate, one actionable warning', async (kind, call) => {
    const s = await start()
    const old = call === 'update' ? s.addComment(repo.owner, repo.repo, ISSUE, body('old'), ACTIONS_BOT) : null
    s.inject(OPERATION[call], faultOf(kind), { times: 100 })
    const result = await upsertComment(client(s, kind === 'timeout'), { repo, issue: ISSUE, marker, body: body('new') })

    expect(result.status).toBe('failed')
    const failed = result as Extract<UpsertResult, { status: 'failed' }>
    expect(failed.httpStatus).toBe(kind === 'timeout' ? null : kind === 'secondary rate limit' ? 403 : kind)
    // (d) one warning, naming the step, the status and what to do.
    expect(failed.warning).toMatch(new RegExp(`^Could not ${STEP[call].replace(/[#]/g, '\\$&')}: `))
    expect(failed.warning).toMatch(/The job summary and the verdict are not affected\.$/)
    expectActionable(failed.warning, kind)
    // (b) bounded: the faulted call exactly as often as the retry policy allows, and nothing after it.
    expect(s.callCount(OPERATION[call])).toBe(attempts(kind))
    const sent = s.requests.map((r) => r.operationId)
    expect(sent.lastIndexOf(OPERATION[call])).toBe(sent.length - 1)
    expect(s.callCount('issues/delete-comment')).toBe(0)
    // (c) never duplicated: no comment, or the one that was there, untouched.
    expect(ours(s)).toBe(call === 'update' ? 1 : 0)
    if (old) expect(old.body).toBe(body('old'))
  })

  it.each(['list', 'create', 'update'] as const)('recovers from one 502, one timeout and one secondary rate limit on the %s call, writing one comment', async (call) => {
    const s = await start()
    if (call === 'update') s.addComment(repo.owner, repo.repo, ISSUE, body('old'), ACTIONS_BOT)
    s.inject(OPERATION[call], { status: 502 }, { onCall: 1 })
    s.inject(OPERATION[call], faultOf('timeout'), { onCall: 2 })
    s.inject(OPERATION[call], secondaryRateLimit(1), { onCall: 3 })
    const result = await upsertComment(client(s, true), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: call === 'update' ? 'updated' : 'created' })
    // list: a 502 and a timeout are the retry plugin's (2 of 3), the rate limit the throttler's.
    expect(s.requestsOf(OPERATION[call]).slice(0, 4).map((r) => r.status)).toEqual([502, 0, 403, call === 'create' ? 201 : 200])
    // Four attempts of the faulted call; on list, one more: the check for a racing run's comment.
    expect(s.callCount(OPERATION[call])).toBe(call === 'list' ? 5 : 4)
    expect(ours(s)).toBe(1)
    expect(s.commentsOn(repo.owner, repo.repo, ISSUE)[0]?.body).toBe(body('new'))
  })

  it('answers slower than usual but inside the timeout: no retry, no warning', async () => {
    const s = await start()
    s.slow('issues/list-comments', STALL_TIMEOUT_MS / 10)
    expect(await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('x') })).toMatchObject({ status: 'created' })
    expect(s.callCount('issues/list-comments')).toBe(2)
    expect(ours(s)).toBe(1)
  })
})

describe('pagination and races', () => {
  it('finds ours on the last of 4 pages among 300 comments by others, some quoting the marker, and updates it', async () => {
    const s = await start()
    const someone = { login: 'reviewer', id: 5, type: 'User' as const }
    const quoted: string[] = []
    for (let i = 0; i < 300; i++) {
      const text = i % 50 === 7 ? body(`quoting the bot, ${i}`) : `review remark ${i}`
      if (text.includes(marker)) quoted.push(text)
      s.addComment(repo.owner, repo.repo, ISSUE, text, someone)
    }
    const mine = s.addComment(repo.owner, repo.repo, ISSUE, body('last run'), ACTIONS_BOT)
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('this run') })
    expect(result).toMatchObject({ status: 'updated', id: mine.id })
    expect(mine.body).toBe(body('this run'))
    expect(s.requestsOf('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3', '4'])
    expect(s.requestsOf('issues/update-comment').map((r) => r.path)).toEqual([`/repos/acme/credit-model/issues/comments/${mine.id}`])
    expect(s.callCount('issues/create-comment') + s.callCount('issues/delete-comment')).toBe(0)
    expect(s.commentsOn(repo.owner, repo.repo, ISSUE).filter((c) => c.user.login === 'reviewer' && c.body.includes(marker)).map((c) => c.body)).toEqual(quoted)
    expect(quoted).toHaveLength(6)
    expect(s.commentsOn(repo.owner, repo.repo, ISSUE)).toHaveLength(301)
  })

  it('two runs racing on one PR (both list before either creates) leave one comment, the oldest', async () => {
    const s = await start()
    s.slow('issues/list-comments', 300, { times: 2 })
    const [a, b] = await Promise.all([
      upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('run A') }),
      upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('run B') }),
    ])
    // The race did happen: both created.
    expect(s.requestsOf('issues/create-comment').map((r) => r.status)).toEqual([201, 201])
    const left = s.commentsOn(repo.owner, repo.repo, ISSUE)
    expect(left).toHaveLength(1)
    expect([body('run A'), body('run B')]).toContain(left[0]?.body)
    for (const r of [a, b]) expect(r).toMatchObject({ status: 'created', id: left[0]?.id })
    // Both runs delete the newer one (the second delete may find it gone: 404, not an error).
    const deletes = s.requestsOf('issues/delete-comment')
    expect(deletes.map((r) => r.status).sort()).toEqual(deletes.length === 2 ? [204, 404] : [204])
    const deletedId = Number(deletes[0]?.path.split('/').at(-1))
    expect(new Set(deletes.map((r) => r.path)).size).toBe(1)
    expect(deletedId).toBeGreaterThan(left[0]?.id ?? Infinity)
  })

  it('a failing check for a racing comment after creating is no warning: the comment is posted', async () => {
    const s = await start()
    s.inject('issues/list-comments', faultOf(503), { onCall: 2, times: 1 })
    for (let call = 3; call <= 5; call++) s.inject('issues/list-comments', faultOf(503), { onCall: call })
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('x') })
    expect(result).toMatchObject({ status: 'created' })
    expect(s.requestsOf('issues/list-comments').map((r) => r.status)).toEqual([200, 503, 503, 503, 503])
    expect(ours(s)).toBe(1)
  })

  it('a run that finds duplicates left by an earlier race keeps the oldest and deletes the rest', async () => {
    const s = await start()
    const first = s.addComment(repo.owner, repo.repo, ISSUE, body('race 1'), ACTIONS_BOT)
    s.addComment(repo.owner, repo.repo, ISSUE, 'unrelated', { login: 'reviewer', id: 5, type: 'User' })
    s.addComment(repo.owner, repo.repo, ISSUE, body('race 2'), ACTIONS_BOT)
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('now') })
    expect(result).toMatchObject({ status: 'updated', id: first.id })
    expect(s.commentsOn(repo.owner, repo.repo, ISSUE).map((c) => c.body)).toEqual([body('now'), 'unrelated'])
  })
})

describe('answers that are not GitHub\'s: never read as "no comments"', () => {
  const others = { login: 'reviewer', id: 5, type: 'User' as const }
  const UNREADABLE: [string, Fault, RegExp][] = [
    ['an HTML page', { status: 200, raw: '<html><head><title>502 Bad Gateway</title></head></html>', contentType: 'text/html' }, /was an HTML page, not JSON \(text\/html, 56 characters\), not a JSON list of comments\./],
    ['JSON cut short', { status: 200, raw: '[{"id": 1001, "body": "<!-- model-audit' }, /was JSON that does not parse: cut short or malformed \(application\/json, 39 characters\), not a JSON list of comments\./],
    ['a JSON object', { status: 200, body: { message: 'Moved Permanently', url: 'https://api.github.com/repositories/1/issues/42/comments' } }, /was a JSON object \(application\/json\), not a JSON list of comments\./],
    ['a list of something else', { status: 200, body: [{ id: 'c1', html_url: 'x' }] }, /was a JSON list whose item 1 has no integer `id`, not a list of comments\./],
    ['an empty body', { status: 200, raw: '' }, /was an empty body \(application\/json\), not a JSON list of comments\./],
    ['a text body', { status: 200, raw: 'upstream connect error', contentType: 'text/plain' }, /was text, not JSON \(text\/plain, 22 characters\), not a JSON list of comments\./],
  ]
  const rows = UNREADABLE.flatMap(([name, fault, got]) => [1, 2].map((page) => [name, page, fault, got] as const))

  it.each(rows)('%s as page %i of the list: no comment written, one warning naming the endpoint', async (_name, page, fault, got) => {
    const s = await start()
    // Ours on page 1; on page 2 the search has not ended when the answer breaks.
    if (page === 2) for (let i = 0; i < 150; i++) s.addComment(repo.owner, repo.repo, ISSUE, i === 0 ? body('ours, from the last run') : `remark ${i}`, i === 0 ? ACTIONS_BOT : others)
    s.inject('issues/list-comments', fault, { onCall: page })
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    const warning = (result as { warning: string }).warning
    expect(warning).toMatch(new RegExp(`^Could not read the comments of #42: GitHub's answer to GET /repos/acme/credit-model/issues/42/comments \\(page ${page}\\) was `))
    expect(warning).toMatch(got)
    expect(warning).toMatch(/nothing more was written, so that no comment is duplicated\. Re-run the job later\. The job summary and the verdict are not affected\.$/)
    expect(s.callCount('issues/create-comment') + s.callCount('issues/update-comment') + s.callCount('issues/delete-comment')).toBe(0)
    expect(ours(s)).toBe(page === 2 ? 1 : 0)
  })

  it('a body that stalls half-way is a timeout, retried, then a warning, and no comment', async () => {
    const s = await start()
    s.inject('issues/list-comments', { status: 200, stall: 'body', raw: '[{"id": 1001, "body": "' }, { times: 100 })
    const result = await upsertComment(client(s, true), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toMatch(/^Could not read the comments of #42: GitHub did not answer within 1 s, in 4 attempts\./)
    expect(s.callCount('issues/list-comments')).toBe(MAX_RETRIES + 1)
    expect(s.callCount('issues/create-comment')).toBe(0)
  })

  it('a body that stalls once is retried and the comment written once', async () => {
    const s = await start()
    s.inject('issues/list-comments', { status: 200, stall: 'body', raw: '[' }, { onCall: 1 })
    expect(await upsertComment(client(s, true), { repo, issue: ISSUE, marker, body: body('new') })).toMatchObject({ status: 'created' })
    expect(ours(s)).toBe(1)
  })

  it('an unreadable answer to a create that went through is confirmed from the list, not written twice', async () => {
    const s = await start()
    s.inject('issues/create-comment', { status: 201, raw: '<html>Created</html>', contentType: 'text/html', replaceAnswer: true })
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    const stored = s.commentsOn(repo.owner, repo.repo, ISSUE)
    expect(stored.map((c) => c.body)).toEqual([body('new')])
    expect(result).toMatchObject({ status: 'created', id: stored[0]?.id })
    expect(s.callCount('issues/create-comment')).toBe(1)
  })

  it('... and is a warning when the list cannot confirm it either', async () => {
    const s = await start()
    s.inject('issues/create-comment', { status: 201, raw: '<html>Created</html>', contentType: 'text/html', replaceAnswer: true })
    s.inject('issues/list-comments', { status: 200, raw: '<html>Bad gateway</html>', contentType: 'text/html' }, { onCall: 2 })
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toMatch(/^Could not confirm the comment on #42: GitHub's answer to GET \/repos\/acme\/credit-model\/issues\/42\/comments \(page 1\) was an HTML page/)
    expect(s.callCount('issues/create-comment')).toBe(1)
  })
})

describe('pagination, bounded', () => {
  it(`a list that says rel="next" forever stops after ${MAX_COMMENT_PAGES} pages, with a warning and no new comment`, async () => {
    const s = await start()
    s.pageForever('fresh')
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toBe(
      'Could not read the comments of #42 to the end: the comments go on past 100 pages of 100. No comment was written, so that none is duplicated. The job summary and the verdict are not affected.',
    )
    expect(s.callCount('issues/list-comments')).toBe(MAX_COMMENT_PAGES)
    expect(s.callCount('issues/create-comment')).toBe(0)
  })

  it('... but updates ours when it is among the pages read', async () => {
    const s = await start()
    const mine = s.addComment(repo.owner, repo.repo, ISSUE, body('last run'), ACTIONS_BOT)
    s.pageForever('fresh')
    expect(await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('this run') })).toMatchObject({ status: 'updated', id: mine.id })
    expect(s.callCount('issues/list-comments')).toBe(MAX_COMMENT_PAGES)
    expect(s.callCount('issues/create-comment') + s.callCount('issues/delete-comment')).toBe(0)
  })

  it('a page that repeats an earlier one ends the search: a warning and no new comment', async () => {
    const s = await start()
    for (let i = 0; i < 3; i++) s.addComment(repo.owner, repo.repo, ISSUE, `remark ${i}`, { login: 'reviewer', id: 5, type: 'User' })
    s.pageForever('repeat')
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect((result as { warning: string }).warning).toBe(
      'Could not read the comments of #42 to the end: page 2 of the comments only repeats comments of earlier pages. No comment was written, so that none is duplicated. The job summary and the verdict are not affected.',
    )
    expect(s.callCount('issues/list-comments')).toBe(2)
    expect(s.callCount('issues/create-comment')).toBe(0)
  })

  it('an empty page ends the list even when it says rel="next"', async () => {
    const s = await start()
    s.addComment(repo.owner, repo.repo, ISSUE, 'remark', { login: 'reviewer', id: 5, type: 'User' })
    s.pageForever('empty')
    expect(await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })).toMatchObject({ status: 'created' })
    // Page 1, page 2 (empty); then the check for a racing comment: the same two.
    expect(s.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '2', '1', '2'])
    expect(ours(s)).toBe(1)
  })
})

describe('the fault matrix, through the bundled action', () => {
  let entry: string
  beforeAll(async () => {
    entry = await buildAction()
  }, 180_000)

  /** Two groups a and b with accuracy 1.0 and 0.5: `min` 0.5 passes, 0.9 fails. */
  function workspace(min: number): string {
    const csv = ['y,p,grp', '1,1,a', '0,0,a', '1,1,a', '0,0,a', '1,1,b', '0,1,b', '1,0,b', '0,0,b'].join('\n')
    const config = `audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [grp]\n    gates:\n      - metric: accuracy\n        min: ${min}\n`
    const dir = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': `${csv}\n` })
    dirs.push(dir)
    return dir
  }

  const warnings = (r: ActionRun): string[] => r.commands.filter((c) => c.command === 'warning').map((c) => c.message)

  // Faults the client does not retry: the bundle runs with the action's real timings, and
  // retries are the direct rows' business (above).
  const BUNDLE_ROWS: [Kind, Call][] = [
    [401, 'list'],
    [404, 'create'],
    [422, 'update'],
  ]
  const VERDICTS = [
    ['passing', 0.5, 0],
    ['failing', 0.9, 1],
  ] as const

  it.each(BUNDLE_ROWS.flatMap(([kind, call]) => VERDICTS.map(([name, min, code]) => [kind, call, name, min, code] as const)))(
    '%s on the %s call, %s gates: the exit code is the gates', async (kind, call, _name, min, code) => {
      const s = await start({ token: TOKEN })
      const old = call === 'update' ? s.addComment(repo.owner, repo.repo, ISSUE, body('old'), ACTIONS_BOT) : null
      s.inject(OPERATION[call], faultOf(kind), { times: 100 })
      const r = await runAction({ entry, workspace: workspace(min), eventName: 'pull_request', event: 'pull_request.opened.same-repo', apiUrl: s.url })
      expect(r.code).toBe(code)
      expect(r.outputs.passed).toBe(String(code === 0))
      expect(r.summary).toMatch(code === 0 ? /^## ✅ Model audit passed/ : /^## ❌ Model audit failed/)
      const w = warnings(r)
      expect(w).toHaveLength(1)
      expect(w[0]).toMatch(new RegExp(`^Could not ${STEP[call]}: `))
      expectActionable(w[0] ?? '', kind)
      expect(s.callCount(OPERATION[call])).toBe(attempts(kind))
      expect(ours(s)).toBe(call === 'update' ? 1 : 0)
      if (old) expect(old.body).toBe(body('old'))
      expect(r.outputs['comment-url']).toBe('')
      if (code === 1) expect(r.commands.at(-1)?.message).toMatch(/^Model audit failed: 1 of 1 gates breached/)
    },
    20_000,
  )

  it.each(VERDICTS)('an HTML page as the comment list, %s gates: one warning, no comment, the exit code is the gates', async (_name, min, code) => {
    const s = await start({ token: TOKEN })
    s.inject('issues/list-comments', { status: 200, raw: '<!DOCTYPE html>\n<html><body>Unicorn! ::error::forged</body></html>', contentType: 'text/html; charset=utf-8' })
    const r = await runAction({ entry, workspace: workspace(min), eventName: 'pull_request', event: 'pull_request.opened.same-repo', apiUrl: s.url })
    expect(r.code).toBe(code)
    expect(r.outputs.passed).toBe(String(code === 0))
    expect(warnings(r)).toEqual([expect.stringMatching(/^Could not read the comments of #42: GitHub's answer to GET \/repos\/acme\/credit-model\/issues\/42\/comments \(page 1\) was an HTML page, not JSON \(text\/html, 66 characters\)/)])
    expect(r.stdout).not.toContain('forged')
    expect(s.callCount('issues/create-comment')).toBe(0)
    expect(r.outputs['comment-url']).toBe('')
  }, 20_000)

  // The one bundle row with a real backoff (the action's 1 s; on a GET, which octokit does not space).
  it.each(VERDICTS)('a 503 that recovers, %s gates: no warning, one comment, the exit code is the gates', async (_name, min, code) => {
    const s = await start({ token: TOKEN })
    s.inject('issues/list-comments', { status: 503 })
    const r = await runAction({ entry, workspace: workspace(min), eventName: 'pull_request', event: 'pull_request.opened.same-repo', apiUrl: s.url })
    expect(r.code).toBe(code)
    expect(warnings(r)).toEqual([])
    expect(s.requestsOf('issues/list-comments').map((x) => x.status)).toEqual([503, 200, 200])
    expect(ours(s)).toBe(1)
  }, 20_000)
})
