/**
 * Failing networks: GitHub answering every status the action can meet, stalling, or rate
 * limiting, on each call of the sticky comment. For every fault: the verdict is the gates'
 * alone, retries are bounded, the comment is never duplicated, and the failure becomes one
 * warning that names the status and, where the user can fix it, what to fix. Answers that
 * are not GitHub's (HTML, JSON cut short, an object, a stalled body, endless pages) never read
 * as "no comments". These rows run through `upsertComment` with the client's test timings (no
 * real backoff); a representative subset runs the real bundle (faults-action.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { MAX_RETRIES, type GitHubClient } from '../../src/github/client.js'
import {
  MAX_COMMENT_PAGES,
  MAX_COMMENT_SEARCH_BYTES,
  MAX_COMMENT_SEARCH_MS,
  upsertComment,
  withSearchNote,
  type UpsertResult,
} from '../../src/github/comment.js'
import {
  attempts,
  body,
  expectActionable,
  faultOf,
  ISSUE,
  marker,
  OPERATION,
  ours,
  repo,
  start,
  STEP,
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
} from '../support/github-server.js'

useFaultServers()

const REVIEWER = { login: 'reviewer', id: 5, type: 'User' as const }
/** A comment of GitHub's largest size (65,536 characters). */
const BIG = 'x'.repeat(65_536)
const OVER_BUDGET = 'the comments read hold more than 8,388,608 bytes before their end'
const wroteAnyway = (reason: string): string =>
  `Could not read the comments of #42 to the end: ${reason}. The comment was written anyway, saying that an older audit comment of this config may be further up and out of date. The job summary and the verdict are not affected.`

/** The client with test timings; `stalls` when GitHub is made to stall, so that each attempt gives up after STALL_TIMEOUT_MS. */
const client = (s: GitHubServer, stalls = false): GitHubClient =>
  testClient(s, stalls ? { timing: { timeoutMs: STALL_TIMEOUT_MS } } : {})

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

  it.each(['list', 'create', 'update'] as const)(
    'recovers from one 502, one timeout and one secondary rate limit on the %s call, writing one comment',
    async (call) => {
      const s = await start()
      if (call === 'update') s.addComment(repo.owner, repo.repo, ISSUE, body('old'), ACTIONS_BOT)
      s.inject(OPERATION[call], { status: 502 }, { onCall: 1 })
      s.inject(OPERATION[call], faultOf('timeout'), { onCall: 2 })
      s.inject(OPERATION[call], secondaryRateLimit(1), { onCall: 3 })
      const result = await upsertComment(client(s, true), { repo, issue: ISSUE, marker, body: body('new') })
      expect(result).toMatchObject({ status: call === 'update' ? 'updated' : 'created' })
      // list: a 502 and a timeout are the retry plugin's (2 of 3), the rate limit the throttler's.
      expect(
        s
          .requestsOf(OPERATION[call])
          .slice(0, 4)
          .map((r) => r.status),
      ).toEqual([502, 0, 403, call === 'create' ? 201 : 200])
      // Four attempts of the faulted call; on list, one more: the check for a racing run's comment.
      expect(s.callCount(OPERATION[call])).toBe(call === 'list' ? 5 : 4)
      expect(ours(s)).toBe(1)
      expect(s.commentsOn(repo.owner, repo.repo, ISSUE)[0]?.body).toBe(body('new'))
    },
  )

  it('answers slower than usual but inside the timeout: no retry, no warning', async () => {
    const s = await start()
    s.slow('issues/list-comments', STALL_TIMEOUT_MS / 10)
    expect(await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('x') })).toMatchObject({
      status: 'created',
    })
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
    expect(s.requestsOf('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '4', '3', '2'])
    expect(s.requestsOf('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/acme/credit-model/issues/comments/${mine.id}`,
    ])
    expect(s.callCount('issues/create-comment') + s.callCount('issues/delete-comment')).toBe(0)
    expect(
      s
        .commentsOn(repo.owner, repo.repo, ISSUE)
        .filter((c) => c.user.login === 'reviewer' && c.body.includes(marker))
        .map((c) => c.body),
    ).toEqual(quoted)
    expect(quoted).toHaveLength(6)
    expect(s.commentsOn(repo.owner, repo.repo, ISSUE)).toHaveLength(301)
  })

  it('two runs racing on one PR (both list before either creates) leave one comment, the oldest', async () => {
    const s = await start()
    s.together('issues/list-comments', 2)
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
    [
      'an HTML page',
      { status: 200, raw: '<html><head><title>502 Bad Gateway</title></head></html>', contentType: 'text/html' },
      /was an HTML page, not JSON \(text\/html, 56 characters\), not a JSON list of comments\./,
    ],
    [
      'JSON cut short',
      { status: 200, raw: '[{"id": 1001, "body": "<!-- model-audit' },
      /was JSON that does not parse: cut short or malformed \(application\/json, 39 characters\), not a JSON list of comments\./,
    ],
    [
      'a JSON object',
      {
        status: 200,
        body: { message: 'Moved Permanently', url: 'https://api.github.com/repositories/1/issues/42/comments' },
      },
      /was a JSON object \(application\/json\), not a JSON list of comments\./,
    ],
    [
      'a list of something else',
      { status: 200, body: [{ id: 'c1', html_url: 'x' }] },
      /was a JSON list whose item 1 has no integer `id`, not a list of comments\./,
    ],
    [
      'an empty body',
      { status: 200, raw: '' },
      /was an empty body \(application\/json\), not a JSON list of comments\./,
    ],
    [
      'a text body',
      { status: 200, raw: 'upstream connect error', contentType: 'text/plain' },
      /was text, not JSON \(text\/plain, 22 characters\), not a JSON list of comments\./,
    ],
  ]
  const rows = UNREADABLE.flatMap(([name, fault, got]) => [1, 2].map((page) => [name, page, fault, got] as const))

  it.each(rows)(
    '%s as page %i of the list: no comment written, one warning naming the endpoint',
    async (_name, page, fault, got) => {
      const s = await start()
      // Ours on page 1; on page 2 the search has not ended when the answer breaks.
      if (page === 2)
        for (let i = 0; i < 150; i++)
          s.addComment(
            repo.owner,
            repo.repo,
            ISSUE,
            i === 0 ? body('ours, from the last run') : `remark ${i}`,
            i === 0 ? ACTIONS_BOT : others,
          )
      s.inject('issues/list-comments', fault, { onCall: page })
      const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
      expect(result).toMatchObject({ status: 'failed', httpStatus: null })
      const warning = (result as { warning: string }).warning
      expect(warning).toMatch(
        new RegExp(
          `^Could not read the comments of #42: GitHub's answer to GET /repos/acme/credit-model/issues/42/comments \\(page ${page}\\) was `,
        ),
      )
      expect(warning).toMatch(got)
      expect(warning).toMatch(
        /nothing more was written, so that no comment is duplicated\. Re-run the job later\. The job summary and the verdict are not affected\.$/,
      )
      expect(
        s.callCount('issues/create-comment') +
          s.callCount('issues/update-comment') +
          s.callCount('issues/delete-comment'),
      ).toBe(0)
      expect(ours(s)).toBe(page === 2 ? 1 : 0)
    },
  )

  it('a body that stalls half-way is a timeout, retried, then a warning, and no comment', async () => {
    const s = await start()
    s.inject('issues/list-comments', { status: 200, stall: 'body', raw: '[{"id": 1001, "body": "' }, { times: 100 })
    const result = await upsertComment(client(s, true), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toMatch(
      /^Could not read the comments of #42: GitHub did not answer within 3 s, in 4 attempts\./,
    )
    expect(s.callCount('issues/list-comments')).toBe(MAX_RETRIES + 1)
    expect(s.callCount('issues/create-comment')).toBe(0)
  })

  it('a body that stalls once is retried and the comment written once', async () => {
    const s = await start()
    s.inject('issues/list-comments', { status: 200, stall: 'body', raw: '[' }, { onCall: 1 })
    expect(await upsertComment(client(s, true), { repo, issue: ISSUE, marker, body: body('new') })).toMatchObject({
      status: 'created',
    })
    expect(ours(s)).toBe(1)
  })

  it('an unreadable answer to a create that went through is confirmed from the list, not written twice', async () => {
    const s = await start()
    s.inject('issues/create-comment', {
      status: 201,
      raw: '<html>Created</html>',
      contentType: 'text/html',
      replaceAnswer: true,
    })
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    const stored = s.commentsOn(repo.owner, repo.repo, ISSUE)
    expect(stored.map((c) => c.body)).toEqual([body('new')])
    expect(result).toMatchObject({ status: 'created', id: stored[0]?.id })
    expect(s.callCount('issues/create-comment')).toBe(1)
  })

  it('an html_url with a line break is not taken: the comment is confirmed from the list, and the url is one https line (red team A57)', async () => {
    const s = await start()
    s.inject('issues/create-comment', {
      status: 201,
      raw: JSON.stringify({ id: 999_999, html_url: 'https://x\n::error::INJECTED-URL\n' }),
      contentType: 'application/json',
      replaceAnswer: true,
    })
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    const stored = s.commentsOn(repo.owner, repo.repo, ISSUE)
    expect(result).toMatchObject({ status: 'created', id: stored[0]?.id })
    expect((result as { url: string }).url).toMatch(
      /^https:\/\/github\.com\/acme\/credit-model\/pull\/42#issuecomment-\d+$/,
    )
    expect(s.callCount('issues/create-comment')).toBe(1)
  })

  it('... and is a warning when the list cannot confirm it either', async () => {
    const s = await start()
    s.inject('issues/create-comment', {
      status: 201,
      raw: '<html>Created</html>',
      contentType: 'text/html',
      replaceAnswer: true,
    })
    s.inject(
      'issues/list-comments',
      { status: 200, raw: '<html>Bad gateway</html>', contentType: 'text/html' },
      { onCall: 2 },
    )
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'failed', httpStatus: null })
    expect((result as { warning: string }).warning).toMatch(
      /^Could not confirm the comment on #42: GitHub's answer to GET \/repos\/acme\/credit-model\/issues\/42\/comments \(page 1\) was an HTML page/,
    )
    expect(s.callCount('issues/create-comment')).toBe(1)
  })
})

describe('pagination, bounded', () => {
  it(`a list that says rel="next" forever stops after ${MAX_COMMENT_PAGES} pages: a new comment says an older one may be further up, with a warning`, async () => {
    const s = await start()
    s.pageForever('fresh')
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    const reason = 'the comments go on past 100 pages of 100'
    expect(result).toMatchObject({ status: 'created', warning: wroteAnyway(reason) })
    // 100 pages, then the second listing (after creating) gets its own 100.
    expect(s.callCount('issues/list-comments')).toBe(2 * MAX_COMMENT_PAGES)
    expect(s.callCount('issues/create-comment')).toBe(1)
    const mine = s.commentsOn(repo.owner, repo.repo, ISSUE).filter((c) => c.user.login === ACTIONS_BOT.login)
    expect(mine.map((c) => c.body)).toEqual([withSearchNote(body('new'), marker, reason)])
  })

  it('the search reads pages for at most its time, over both listings, its first and newest pages always (red team 20 R20-2)', async () => {
    const s = await start()
    s.pageForever('fresh')
    // A search whose time is up at once: page 1 and the newest page of each listing, then it stops as at the page bound.
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new'), searchMs: 0 })
    const reason = 'reading the comments took more than 0 s'
    expect(result).toMatchObject({ status: 'created', warning: wroteAnyway(reason) })
    expect(s.callCount('issues/list-comments')).toBe(4)
    const mine = s.commentsOn(repo.owner, repo.repo, ISSUE).filter((c) => c.user.login === ACTIONS_BOT.login)
    expect(mine.map((c) => c.body)).toEqual([withSearchNote(body('new'), marker, reason)])
    expect(MAX_COMMENT_SEARCH_MS).toBe(60_000)
  })

  it('... but updates ours when it is among the pages read', async () => {
    const s = await start()
    const mine = s.addComment(repo.owner, repo.repo, ISSUE, body('last run'), ACTIONS_BOT)
    s.pageForever('fresh')
    expect(await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('this run') })).toMatchObject({
      status: 'updated',
      id: mine.id,
    })
    expect(s.callCount('issues/list-comments')).toBe(MAX_COMMENT_PAGES)
    expect(s.callCount('issues/create-comment') + s.callCount('issues/delete-comment')).toBe(0)
  })

  it(`the search reads at most ${MAX_COMMENT_SEARCH_BYTES.toLocaleString('en-US')} bytes of comments past its first and newest pages, over both listings (red team 7 R7-3)`, async () => {
    const s = await start()
    // Others' comments of GitHub's largest size: 300 of them took the action to 278 MB.
    const big = 'x'.repeat(65_536)
    for (let i = 0; i < 450; i++) s.addComment(repo.owner, repo.repo, ISSUE, big, REVIEWER)
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect(result).toMatchObject({ status: 'created', warning: wroteAnyway(OVER_BUDGET) })
    // 8 MiB are 128 such comments: page 1, the newest page (5, not charged), page 4 past the
    // budget, not pages 3 and 2; and nothing more after creating.
    expect(s.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '5', '4'])
    expect(s.callCount('issues/create-comment')).toBe(1)
    // Ours on the pages read is updated.
    const s2 = await start()
    const mine = s2.addComment(repo.owner, repo.repo, ISSUE, body('last run'), ACTIONS_BOT)
    for (let i = 0; i < 300; i++) s2.addComment(repo.owner, repo.repo, ISSUE, big, REVIEWER)
    expect(await upsertComment(client(s2), { repo, issue: ISSUE, marker, body: body('this run') })).toMatchObject({
      status: 'updated',
      id: mine.id,
      warning: wroteAnyway(OVER_BUDGET),
    })
    expect(mine.body).toBe(withSearchNote(body('this run'), marker, OVER_BUDGET))
    // Page 4 holds one comment: page 3 still fits in what is left of the budget, page 2 does not.
    expect(s2.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '4', '3'])
    expect(s2.callCount('issues/create-comment') + s2.callCount('issues/delete-comment')).toBe(0)
    // Counted in UTF-8 bytes: a page of 100 comments of 32,768 emoji (13 MB) is past it alone,
    // and the newest page is read all the same: here it ends the list, so the search is complete.
    const s3 = await start()
    for (let i = 0; i < 150; i++) s3.addComment(repo.owner, repo.repo, ISSUE, '😀'.repeat(32_768), REVIEWER)
    const r3 = await upsertComment(client(s3), { repo, issue: ISSUE, marker, body: body('new') })
    expect(r3).toMatchObject({ status: 'created' })
    expect(r3).not.toHaveProperty('warning')
    expect(s3.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '2'])
  })

  describe("others' large comments never freeze the sticky comment at an old verdict (red team 8 R8-13)", () => {
    it("ours after 250 comments of 65,536 characters (the red team's case): found and updated", async () => {
      const s = await start()
      for (let i = 0; i < 250; i++) s.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER)
      const mine = s.addComment(repo.owner, repo.repo, ISSUE, body('✅ Model audit passed (old run)'), ACTIONS_BOT)
      const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('❌ Model audit failed') })
      expect(result).toMatchObject({ status: 'updated', id: mine.id })
      expect(result).not.toHaveProperty('warning')
      expect(mine.body).toBe(body('❌ Model audit failed'))
      expect(s.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '3', '2'])
      expect(s.callCount('issues/create-comment')).toBe(0)
    })

    it('ours after 500 of them: found on the newest page and updated, saying the search was cut', async () => {
      const s = await start()
      for (let i = 0; i < 500; i++) s.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER)
      const mine = s.addComment(repo.owner, repo.repo, ISSUE, body('✅ Model audit passed (old run)'), ACTIONS_BOT)
      const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('❌ Model audit failed') })
      expect(result).toMatchObject({ status: 'updated', id: mine.id, warning: wroteAnyway(OVER_BUDGET) })
      expect(mine.body).toBe(withSearchNote(body('❌ Model audit failed'), marker, OVER_BUDGET))
      expect(s.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '6', '5'])
      expect(s.callCount('issues/create-comment')).toBe(0)
    })

    it('ours among them, past what the budget reads from either end: a new comment says the older one may be out of date; the next runs update it, and once the list can be read whole the oldest is kept', async () => {
      const s = await start()
      const flood: { body: string }[] = []
      for (let i = 0; i < 200; i++) flood.push(s.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER))
      const stale = s.addComment(repo.owner, repo.repo, ISSUE, body('✅ Model audit passed (old run)'), ACTIONS_BOT)
      for (let i = 0; i < 200; i++) flood.push(s.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER))
      const run = (text: string): Promise<UpsertResult> =>
        upsertComment(client(s), { repo, issue: ISSUE, marker, body: body(text) })
      const mine = (): { id: number; body: string }[] =>
        s.commentsOn(repo.owner, repo.repo, ISSUE).filter((c) => c.user.login === ACTIONS_BOT.login)

      const first = await run('❌ Model audit failed')
      expect(first).toMatchObject({ status: 'created', warning: wroteAnyway(OVER_BUDGET) })
      const fresh = (first as { id: number }).id
      expect(mine().map((c) => [c.id, c.body])).toEqual([
        [stale.id, body('✅ Model audit passed (old run)')],
        [fresh, withSearchNote(body('❌ Model audit failed'), marker, OVER_BUDGET)],
      ])
      // The next run finds the new comment on the newest page: no third one.
      expect(await run('❌ Model audit failed again')).toMatchObject({ status: 'updated', id: fresh })
      expect(mine().map((c) => c.id)).toEqual([stale.id, fresh])
      // Others' comments edited short: the whole list is read, the oldest of ours kept, the other deleted.
      for (const c of flood) c.body = 'lgtm'
      const whole = await run('✅ Model audit passed')
      expect(whole).toMatchObject({ status: 'updated', id: stale.id })
      expect(whole).not.toHaveProperty('warning')
      expect(mine().map((c) => [c.id, c.body])).toEqual([[stale.id, body('✅ Model audit passed')]])
    })

    it('comment: on-failure on a passing run posts the current verdict when the search was cut and none of ours was found (an unread one may hold an earlier failure)', async () => {
      const s = await start()
      for (let i = 0; i < 200; i++) s.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER)
      s.addComment(repo.owner, repo.repo, ISSUE, body('❌ Model audit failed (old run)'), ACTIONS_BOT)
      for (let i = 0; i < 200; i++) s.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER)
      const result = await upsertComment(client(s), {
        repo,
        issue: ISSUE,
        marker,
        body: body('✅ Model audit passed'),
        createIfMissing: false,
      })
      expect(result).toMatchObject({ status: 'created', warning: wroteAnyway(OVER_BUDGET) })
      // With the whole list read and none of ours in it, a passing run still starts none.
      const s2 = await start()
      for (let i = 0; i < 3; i++) s2.addComment(repo.owner, repo.repo, ISSUE, BIG, REVIEWER)
      expect(
        await upsertComment(client(s2), { repo, issue: ISSUE, marker, body: body('pass'), createIfMissing: false }),
      ).toEqual({ status: 'not-created' })
    })
  })

  it('a page that repeats an earlier one ends the search: a warning and no new comment', async () => {
    const s = await start()
    for (let i = 0; i < 3; i++)
      s.addComment(repo.owner, repo.repo, ISSUE, `remark ${i}`, { login: 'reviewer', id: 5, type: 'User' })
    s.pageForever('repeat')
    const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })
    expect((result as { warning: string }).warning).toBe(
      'Could not read the comments of #42 to the end: page 2 of the comments only repeats comments of earlier pages. No comment was written, so that none is duplicated. The job summary and the verdict are not affected.',
    )
    expect(s.callCount('issues/list-comments')).toBe(2)
    expect(s.callCount('issues/create-comment')).toBe(0)
  })

  it('a rel="last" far past the end: halved down to the last page that holds items, ours found there (red team 28 R28-7)', async () => {
    const s = await start()
    for (let i = 0; i < 150; i++) s.addComment(repo.owner, repo.repo, ISSUE, `remark ${i}`, REVIEWER)
    s.addComment(repo.owner, repo.repo, ISSUE, body('old verdict'))
    const link = (p: number): string =>
      `<${s.url}/repos/acme/credit-model/issues/${ISSUE}/comments?per_page=100&page=${p}>`
    const headers = { link: `${link(2)}; rel="next", ${link(1000)}; rel="last"` }
    for (let run = 0; run < 3; run++) {
      const before = s.callCount('issues/list-comments')
      // Page 1 as GitHub would give it, but naming page 1,000 as the last.
      const page1 = s
        .commentsOn(repo.owner, repo.repo, ISSUE)
        .slice(0, 100)
        .map((c) => ({
          id: c.id,
          body: c.body,
          html_url: `https://github.com/acme/credit-model/pull/${ISSUE}#issuecomment-${c.id}`,
          user: c.user,
          created_at: c.created_at,
          updated_at: c.updated_at,
        }))
      s.inject('issues/list-comments', { status: 200, body: page1, headers }, { onCall: before + 1 })
      const result = await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body(`run ${run}`) })
      expect(result).toMatchObject({ status: 'updated' })
      expect(result).not.toHaveProperty('warning')
      // Page 1, the last named (empty), then halving: 12 requests, not the page bound's 100.
      expect(
        s
          .requestsOf('issues/list-comments')
          .slice(before)
          .map((r) => r.query.page),
      ).toEqual(['1', '1000', '500', '250', '125', '63', '32', '16', '8', '4', '2', '3'])
    }
    expect(ours(s)).toBe(1)
    expect(s.callCount('issues/create-comment')).toBe(0)
  })

  it('an empty page ends the list even when it says rel="next"', async () => {
    const s = await start()
    s.addComment(repo.owner, repo.repo, ISSUE, 'remark', { login: 'reviewer', id: 5, type: 'User' })
    s.pageForever('empty')
    expect(await upsertComment(client(s), { repo, issue: ISSUE, marker, body: body('new') })).toMatchObject({
      status: 'created',
    })
    // Page 1, page 2 (empty); then the check for a racing comment: the same two.
    expect(s.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual(['1', '2', '1', '2'])
    expect(ours(s)).toBe(1)
  })
})
