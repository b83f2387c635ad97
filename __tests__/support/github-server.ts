/**
 * A real HTTP server on 127.0.0.1 that answers the part of GitHub's REST API the action
 * uses: issue comments (list with `per_page`/`page` and `Link` headers, create, update,
 * delete, get), the token's identity (`GET /user`), the pull-request list (for `workflow_run`)
 * and issues (the alert issue: list with `state`/`creator`/`sort`/`direction` filters and
 * pages, create, update with `state`/`state_reason`; the list also holds pull requests).
 * Every request is checked against GitHub's OpenAPI description and every mismatch is
 * recorded in `violations`. Tests script failures per operation and per call: any status,
 * GitHub's secondary rate limit (403 + retry-after), delays, answers that are not GitHub's
 * (an HTML page, JSON cut short, a body that stalls), endless pagination, or a read-only token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, type ClientLog, type ClientTiming, type GitHubClient } from '../../src/github/client.js'
import { loadOpenApiChecker, type MatchedOperation } from './openapi.js'

/**
 * The client's timings for tests: the same client, with 1 ms backoff units (a rate limit's
 * `retry-after: 1` waits 1 ms) and no spacing of writes, so faults cost no real sleeps. The
 * request timeout stays far above a loopback answer (a few ms, even on a busy machine).
 */
export const TEST_TIMING: ClientTiming = { timeoutMs: 10_000, retryUnitMs: 1, spaceWrites: false }
/** For tests that make GitHub stall: each attempt gives up after this long. Every other answer takes milliseconds, but on a loaded machine (two cores, load 20) one took over a second, so the bound is 3 s. */
export const STALL_TIMEOUT_MS = 3_000

const quiet: ClientLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
let clients = 0

/** The action's client against this server, with TEST_TIMING (overridable) and its own throttling queue. */
export function testClient(
  server: { url: string },
  options: { log?: ClientLog; token?: string; timing?: ClientTiming } = {},
): GitHubClient {
  return createClient(options.token ?? 'ghs_test', options.log ?? quiet, server.url, {
    ...TEST_TIMING,
    throttleId: `test-${++clients}`,
    ...options.timing,
  })
}

export interface Identity {
  login: string
  id: number
  type: 'User' | 'Bot'
}

/** `github.token` is an installation token: GET /user answers 403, and what it writes is authored by this bot. */
export const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

export interface ServerOptions {
  /** Who the token is. Default: the Actions bot. */
  identity?: Identity
  /** Whether GET /user works for the token (a PAT) or answers 403 (an installation token). Default: by identity type. */
  userEndpoint?: boolean
  /** A forked PR's token: every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean
  /** The token the server accepts; other or missing tokens answer 401. Default: any non-empty token. */
  token?: string
  /** Issues turned off in the repository's settings: the issue endpoints answer 410. */
  issuesDisabled?: boolean
  /**
   * GraphQL's `viewer { login }` (POST /graphql, which is not in the REST description): GitHub
   * answers an installation token's `<app>[bot]` (`github.token`'s `github-actions[bot]`). A
   * string: that login instead; `refuse`: GraphQL's FORBIDDEN error. Default: the identity's login.
   */
  viewer?: string | 'refuse'
}

export interface Fault {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** Wait before answering (the answer is still the fault). */
  delayMs?: number
  /** After the delay, answer as GitHub normally would (a slow answer, not a failed one); `status` is then ignored. */
  passThrough?: boolean
  /** The body's exact text, instead of `body` as JSON (an HTML page, JSON cut short). */
  raw?: string
  /** Default `application/json; charset=utf-8`. */
  contentType?: string
  /**
   * Never finish: `headers` sends nothing at all, `body` sends the status, the headers and
   * `raw`, then nothing more. The request hangs until the client gives up (or the server closes).
   */
  stall?: 'headers' | 'body'
  /** Do what GitHub would (create, update…), then answer with this fault instead (a proxy mangling the answer). */
  replaceAnswer?: boolean
}

/** GitHub answering with no answer at all, until the client times out. */
export const STALL: Fault = { status: 200, stall: 'headers' }

/** The answer GitHub gives when a client trips the secondary rate limit. */
export function secondaryRateLimit(retryAfterSeconds = 1): Fault {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4999' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  }
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  operationId: string | null
  authorization: string | undefined
  body: unknown
  status: number
}

export interface StoredComment {
  id: number
  owner: string
  repo: string
  issue: number
  body: string
  user: Identity
  created_at: string
  updated_at: string
}

export interface PullRequestRecord {
  owner: string
  repo: string
  number: number
  state: 'open' | 'closed'
  head: { sha: string; ref: string; owner: string; repo: string }
}

export interface StoredIssue {
  id: number
  number: number
  owner: string
  repo: string
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  labels: string[]
  user: Identity
  /** A pull request: the issues list returns them too. */
  pullRequest: boolean
  created_at: string
  updated_at: string
  closed_at: string | null
}

interface ScheduledFault {
  fault: Fault
  /** 1-based call number of the operation this answers, or null for the next calls. */
  onCall: number | null
  remaining: number
}

export type OperationId =
  | 'issues/list-comments'
  | 'issues/create-comment'
  | 'issues/update-comment'
  | 'issues/delete-comment'
  | 'issues/get-comment'
  | 'users/get-authenticated'
  | 'pulls/list'
  | 'issues/list-for-repo'
  | 'issues/create'
  | 'issues/update'
  | 'graphql'

const WRITES = new Set<string>([
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/create',
  'issues/update',
])
/** Operations of the issues feature, which answer 410 when it is turned off. */
const ISSUE_OPERATIONS = new Set<string>(['issues/list-for-repo', 'issues/create', 'issues/update'])
/** Operations whose answers the fake trims to the fields the action reads, so their shape is not checked. */
const TRIMMED_RESPONSES = new Set<string>(['pulls/list', 'graphql'])

export class GitHubServer {
  readonly requests: RecordedRequest[] = []
  /** Requests GitHub's OpenAPI description would not accept. */
  readonly violations: string[] = []
  /** Responses of this fake that do not fit the description (a bug in the fake). */
  readonly responseViolations: string[] = []
  readonly comments: StoredComment[] = []
  readonly pulls: PullRequestRecord[] = []
  readonly issues: StoredIssue[] = []
  url = ''
  private server: Server
  private readonly faults = new Map<string, ScheduledFault[]>()
  private readonly barriers = new Map<string, { count: number; waiting: (() => void)[] }>()
  private readonly calls = new Map<string, number>()
  private nextId = 1000
  private endless: 'fresh' | 'repeat' | 'empty' | null = null
  private endlessOf: OperationId = 'issues/list-comments'
  private nextNumber = 1
  private clock = Date.parse('2026-01-01T00:00:00Z')
  private readonly checker = loadOpenApiChecker()

  constructor(readonly options: ServerOptions = {}) {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`server error: ${(e as Error).stack ?? String(e)}`)
        if (!res.headersSent) this.send(res, 500, { message: 'fake server error' })
      })
    })
  }

  get identity(): Identity {
    return this.options.identity ?? ACTIONS_BOT
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /**
   * Answers the next `times` calls of an operation with a fault, or only its `onCall`-th call
   * (1-based, counting every call of the operation since the server started).
   */
  inject(operationId: OperationId, fault: Fault, options: { times?: number; onCall?: number } = {}): void {
    const list = this.faults.get(operationId) ?? []
    list.push({ fault, onCall: options.onCall ?? null, remaining: options.times ?? 1 })
    this.faults.set(operationId, list)
  }

  /** Delays the next `times` answers of an operation without changing them. */
  slow(operationId: OperationId, delayMs: number, options: { times?: number; onCall?: number } = {}): void {
    this.inject(operationId, { status: 200, delayMs, passThrough: true }, options)
  }

  /**
   * Answers the next `count` calls of an operation together, once the last of them has arrived,
   * each as GitHub would answer it then: a race of that many runs made certain, whatever the
   * machine's load (two runs that both list the comments before either creates one).
   */
  together(operationId: OperationId, count: number): void {
    this.barriers.set(operationId, { count, waiting: [] })
  }

  /**
   * Every page of issue comments says rel="next", forever: `fresh` answers each page past the
   * real ones (from page 1 on an empty list) with one new comment by someone else, `repeat` answers every page with page 1,
   * `empty` answers the pages past the real ones with an empty list.
   */
  pageForever(
    mode: 'fresh' | 'repeat' | 'empty',
    operationId: 'issues/list-comments' | 'issues/list-for-repo' = 'issues/list-comments',
  ): void {
    this.endless = mode
    this.endlessOf = operationId
  }

  /** How many times an operation was called. */
  callCount(operationId: OperationId): number {
    return this.calls.get(operationId) ?? 0
  }

  /** Requests of one operation, in order. */
  requestsOf(operationId: OperationId): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId)
  }

  /** Seeds a comment as if someone (by default the token's identity) had written it. */
  addComment(owner: string, repo: string, issue: number, body: string, user: Identity = this.identity): StoredComment {
    const at = this.tick()
    const c: StoredComment = { id: this.nextId++, owner, repo, issue, body, user, created_at: at, updated_at: at }
    this.comments.push(c)
    return c
  }

  commentsOn(owner: string, repo: string, issue: number): StoredComment[] {
    return this.comments.filter((c) => c.owner === owner && c.repo === repo && c.issue === issue)
  }

  /** Seeds an issue (or, with `pullRequest`, a pull request as the issues list shows it), by default the token's. */
  addIssue(
    owner: string,
    repo: string,
    fields: Partial<
      Pick<StoredIssue, 'title' | 'body' | 'state' | 'state_reason' | 'labels' | 'user' | 'pullRequest'>
    > = {},
  ): StoredIssue {
    const at = this.tick()
    const state = fields.state ?? 'open'
    const issue: StoredIssue = {
      id: this.nextId++,
      number: this.nextNumber++,
      owner,
      repo,
      title: fields.title ?? 'An issue',
      body: fields.body ?? '',
      state,
      state_reason: fields.state_reason ?? (state === 'closed' ? 'completed' : null),
      labels: fields.labels ?? [],
      user: fields.user ?? this.identity,
      pullRequest: fields.pullRequest ?? false,
      created_at: at,
      updated_at: at,
      closed_at: state === 'closed' ? at : null,
    }
    this.issues.push(issue)
    return issue
  }

  issuesOf(owner: string, repo: string): StoredIssue[] {
    return this.issues.filter((i) => i.owner === owner && i.repo === repo && !i.pullRequest)
  }

  addPull(pull: PullRequestRecord): void {
    this.pulls.push(pull)
  }

  private tick(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', this.url)
    // GraphQL is one endpoint outside the REST description: matched here, its answers are the fake's own.
    const graphql = method === 'POST' && url.pathname === '/graphql'
    const { match, violations } = graphql
      ? { match: { operationId: 'graphql', template: '/graphql', params: {} } as MatchedOperation, violations: [] }
      : this.checker.checkRequest(method, url, req.headers, raw)
    this.violations.push(...violations)
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      body = raw
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: match?.operationId ?? null,
      authorization: req.headers.authorization,
      body,
      status: 0,
    }
    this.requests.push(record)

    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      record.status = status
      if (match && status < 300 && !TRIMMED_RESPONSES.has(match.operationId))
        this.responseViolations.push(...this.checker.checkResponse(match, method, status, payload))
      this.send(res, status, payload, headers)
    }
    const hang = (): Promise<void> => new Promise((resolve) => res.once('close', () => resolve()))

    if (!match)
      return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })
    const n = (this.calls.get(match.operationId) ?? 0) + 1
    this.calls.set(match.operationId, n)

    const auth = req.headers.authorization ?? ''
    const token = /^(?:token|bearer) (.+)$/i.exec(auth)?.[1]
    if (!token || (this.options.token !== undefined && token !== this.options.token)) {
      return reply(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      })
    }

    const fault = this.takeFault(match.operationId, n)
    if (fault) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs))
      if (res.destroyed) return
      if (fault.stall === 'headers') return hang()
      if (!fault.passThrough) {
        if (fault.replaceAnswer) this.route(match, url, body, () => {})
        // A fault is not GitHub's answer: its shape is deliberate, so it is not checked.
        record.status = fault.status
        const text =
          fault.raw ??
          JSON.stringify(fault.body ?? { message: `injected ${fault.status}`, status: String(fault.status) })
        const headers = { ...(fault.contentType ? { 'content-type': fault.contentType } : {}), ...fault.headers }
        if (fault.stall === 'body') {
          this.writeHead(res, fault.status, headers)
          res.write(text)
          return hang()
        }
        return this.sendText(res, fault.status, text, headers)
      }
    }

    const barrier = this.barriers.get(match.operationId)
    if (barrier) {
      const arrived = new Promise<void>((resolve) => barrier.waiting.push(resolve))
      if (barrier.waiting.length === barrier.count) {
        this.barriers.delete(match.operationId)
        for (const release of barrier.waiting) release()
      }
      await arrived
      if (res.destroyed) return
    }

    if (this.options.issuesDisabled && ISSUE_OPERATIONS.has(match.operationId))
      return reply(410, {
        message: 'Issues are disabled for this repo',
        documentation_url: 'https://docs.github.com/v3/issues/',
        status: '410',
      })
    if (this.options.readOnly && WRITES.has(match.operationId)) {
      return reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403',
      })
    }
    this.route(match, url, body, reply)
  }

  private takeFault(operationId: string, call: number): Fault | null {
    const list = this.faults.get(operationId)
    if (!list) return null
    const i = list.findIndex((f) => (f.onCall === null || f.onCall === call) && f.remaining > 0)
    if (i < 0) return null
    const f = list[i] as ScheduledFault
    f.remaining -= 1
    if (f.remaining === 0) list.splice(i, 1)
    return f.fault
  }

  private route(
    match: MatchedOperation,
    url: URL,
    body: unknown,
    reply: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): void {
    const { owner = '', repo = '' } = match.params
    switch (match.operationId) {
      case 'graphql': {
        const query = (body as { query?: unknown } | undefined)?.query
        if (typeof query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(query))
          return reply(400, { message: 'Problems parsing JSON', status: '400' })
        if (this.options.viewer === 'refuse')
          return reply(200, {
            data: { viewer: null },
            errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }],
          })
        return reply(200, { data: { viewer: { login: this.options.viewer ?? this.identity.login } } })
      }
      case 'users/get-authenticated': {
        const usable = this.options.userEndpoint ?? this.identity.type === 'User'
        if (!usable)
          return reply(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            status: '403',
          })
        return reply(200, this.privateUser())
      }
      case 'issues/list-comments': {
        const issue = Number(match.params.issue_number)
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30)
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
        const all = this.commentsOn(owner, repo, issue)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        let slice = all.slice((page - 1) * perPage, page * perPage)
        const endless = this.endlessOf === 'issues/list-comments' ? this.endless : null
        if (endless === 'repeat') slice = all.slice(0, perPage)
        if (endless === 'fresh' && slice.length === 0) {
          const at = this.tick()
          slice = [
            {
              id: this.nextId++,
              owner,
              repo,
              issue,
              body: `chatter on page ${page}`,
              user: { login: 'chatty', id: 6, type: 'User' },
              created_at: at,
              updated_at: at,
            },
          ]
        }
        return reply(
          200,
          slice.map((c) => this.commentJson(c)),
          this.linkHeader(url, page, endless ? page + 1 : last, perPage),
        )
      }
      case 'issues/list-for-repo': {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30)
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
        const state = url.searchParams.get('state') ?? 'open'
        const creator = url.searchParams.get('creator')
        const direction = url.searchParams.get('direction') ?? 'desc'
        const sort = url.searchParams.get('sort') ?? 'created'
        if (sort !== 'created')
          return reply(422, { message: `the fake sorts by created only, not ${sort}`, status: '422' })
        const all = this.issues
          .filter(
            (i) =>
              i.owner === owner &&
              i.repo === repo &&
              (state === 'all' || i.state === state) &&
              (creator === null || i.user.login.toLowerCase() === creator.toLowerCase()),
          )
          .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number))
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const endless = this.endlessOf === 'issues/list-for-repo' ? this.endless : null
        let slice = all.slice((page - 1) * perPage, page * perPage)
        if (endless === 'repeat') slice = all.slice(0, perPage)
        if (endless === 'fresh' && slice.length === 0) {
          // An issue nobody filed through this server's store: a new one on every page.
          const at = this.tick()
          const stranger: StoredIssue = {
            id: this.nextId++,
            number: 10_000 + page,
            owner,
            repo,
            title: `chatter on page ${page}`,
            body: '',
            state: 'open',
            state_reason: null,
            labels: [],
            user: creator === null ? { login: 'chatty', id: 6, type: 'User' } : { ...this.identity, login: creator },
            pullRequest: false,
            created_at: at,
            updated_at: at,
            closed_at: null,
          }
          slice = [stranger]
        }
        return reply(
          200,
          slice.map((i) => this.issueJson(i)),
          this.linkHeader(url, page, endless ? page + 1 : last, perPage),
        )
      }
      case 'issues/create': {
        const b = (body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown }
        if (typeof b.title !== 'string' || b.title === '')
          return reply(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
            status: '422',
          })
        const problem = this.issueTextProblem(b.title, b.body)
        if (problem) return reply(422, problem)
        const labels = Array.isArray(b.labels) ? b.labels.filter((l): l is string => typeof l === 'string') : []
        const issue = this.addIssue(owner, repo, {
          title: b.title,
          body: typeof b.body === 'string' ? b.body : '',
          labels,
        })
        return reply(201, this.issueJson(issue), {
          location: `${this.url}/repos/${owner}/${repo}/issues/${issue.number}`,
        })
      }
      case 'issues/update': {
        const issue = this.issues.find(
          (i) => i.owner === owner && i.repo === repo && i.number === Number(match.params.issue_number),
        )
        if (!issue)
          return reply(404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest/issues/issues#update-an-issue',
            status: '404',
          })
        const b = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown }
        const problem = this.issueTextProblem(b.title, b.body)
        if (problem) return reply(422, problem)
        // Anyone with triage access may edit an issue: the fake lets the token edit every issue, as GitHub does.
        if (typeof b.title === 'string') issue.title = b.title
        if (typeof b.body === 'string') issue.body = b.body
        if (b.state === 'open' || b.state === 'closed') {
          if (b.state !== issue.state) {
            issue.state = b.state
            issue.closed_at = b.state === 'closed' ? this.tick() : null
            issue.state_reason =
              b.state === 'closed'
                ? ((b.state_reason as StoredIssue['state_reason'] | undefined) ?? 'completed')
                : 'reopened'
          }
        }
        issue.updated_at = this.tick()
        return reply(200, this.issueJson(issue))
      }
      case 'issues/create-comment': {
        const issue = Number(match.params.issue_number)
        const text = (body as { body?: unknown } | undefined)?.body
        if (typeof text !== 'string')
          return reply(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
            status: '422',
          })
        if (text.length > 65536)
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)',
              },
            ],
            status: '422',
          })
        const c = this.addComment(owner, repo, issue, text)
        return reply(201, this.commentJson(c), {
          location: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
        })
      }
      case 'issues/get-comment':
      case 'issues/update-comment': {
        const c = this.comments.find(
          (x) => x.owner === owner && x.repo === repo && x.id === Number(match.params.comment_id),
        )
        if (!c)
          return reply(404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest/issues/comments',
            status: '404',
          })
        if (match.operationId === 'issues/get-comment') return reply(200, this.commentJson(c))
        const text = (body as { body?: unknown } | undefined)?.body
        if (typeof text !== 'string') return reply(422, { message: 'Validation Failed', status: '422' })
        if (text.length > 65536)
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)',
              },
            ],
            status: '422',
          })
        if (c.user.login !== this.identity.login)
          return reply(403, { message: 'Must have admin rights to Repository.', status: '403' })
        c.body = text
        c.updated_at = this.tick()
        return reply(200, this.commentJson(c))
      }
      case 'issues/delete-comment': {
        const i = this.comments.findIndex(
          (x) => x.owner === owner && x.repo === repo && x.id === Number(match.params.comment_id),
        )
        if (i < 0)
          return reply(404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
            status: '404',
          })
        if ((this.comments[i] as StoredComment).user.login !== this.identity.login)
          return reply(403, { message: 'Must have admin rights to Repository.', status: '403' })
        this.comments.splice(i, 1)
        return reply(204, undefined)
      }
      case 'pulls/list': {
        const head = url.searchParams.get('head')
        const state = url.searchParams.get('state') ?? 'open'
        const found = this.pulls.filter(
          (p) =>
            p.owner === owner &&
            p.repo === repo &&
            (state === 'all' || p.state === state) &&
            (!head || head === `${p.head.owner}:${p.head.ref}`),
        )
        // The fake answers only the fields the action reads; full pull objects are not modelled.
        return reply(
          200,
          found.map((p) => ({
            number: p.number,
            state: p.state,
            html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
            head: {
              sha: p.head.sha,
              ref: p.head.ref,
              label: `${p.head.owner}:${p.head.ref}`,
              repo: { full_name: `${p.head.owner}/${p.head.repo}` },
            },
          })),
        )
      }
      default:
        return reply(404, { message: `the fake does not implement ${match.operationId}`, status: '404' })
    }
  }

  private linkHeader(url: URL, page: number, last: number, perPage: number): Record<string, string> {
    const at = (p: number): string => {
      const u = new URL(url.toString())
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(p))
      return u.toString()
    }
    const links: string[] = []
    if (page > 1) links.push(`<${at(page - 1)}>; rel="prev"`)
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`)
    if (page > 1) links.push(`<${at(1)}>; rel="first"`)
    return links.length ? { link: links.join(', ') } : {}
  }

  private userJson(u: Identity): Record<string, unknown> {
    const api = `https://api.github.com/users/${encodeURIComponent(u.login)}`
    return {
      login: u.login,
      id: u.id,
      node_id: Buffer.from(`04:User${u.id}`).toString('base64'),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url:
        u.type === 'Bot'
          ? `https://github.com/apps/${u.login.replace(/\[bot\]$/, '')}`
          : `https://github.com/${u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      site_admin: false,
    }
  }

  private privateUser(): Record<string, unknown> {
    const at = '2020-01-01T00:00:00Z'
    return {
      ...this.userJson(this.identity),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: at,
      updated_at: at,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { collaborators: 0, name: 'free', space: 976562499, private_repos: 10000 },
    }
  }

  /** GitHub's 422 for an issue title over 256 characters or a body over 65,536, else null. */
  private issueTextProblem(title: unknown, text: unknown): Record<string, unknown> | null {
    const tooLong = (field: string, max: number): Record<string, unknown> => ({
      message: 'Validation Failed',
      errors: [
        { resource: 'Issue', code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` },
      ],
      status: '422',
    })
    if (typeof title === 'string' && title.length > 256) return tooLong('title', 256)
    if (typeof text === 'string' && text.length > 65536) return tooLong('body', 65536)
    return null
  }

  private issueJson(i: StoredIssue): Record<string, unknown> {
    const repoApi = `https://api.github.com/repos/${i.owner}/${i.repo}`
    const web = `https://github.com/${i.owner}/${i.repo}/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`
    return {
      id: i.id,
      node_id: Buffer.from(`05:Issue${i.id}`).toString('base64'),
      url: `${repoApi}/issues/${i.number}`,
      repository_url: repoApi,
      labels_url: `${repoApi}/issues/${i.number}/labels{/name}`,
      comments_url: `${repoApi}/issues/${i.number}/comments`,
      events_url: `${repoApi}/issues/${i.number}/events`,
      html_url: web,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason,
      title: i.title,
      body: i.body,
      user: this.userJson(i.user),
      labels: i.labels.map((name, k) => ({
        id: 7000 + k,
        node_id: Buffer.from(`08:Label${k}`).toString('base64'),
        url: `${repoApi}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      comments: this.comments.filter((c) => c.owner === i.owner && c.repo === i.repo && c.issue === i.number).length,
      ...(i.pullRequest
        ? {
            pull_request: {
              url: `${repoApi}/pulls/${i.number}`,
              html_url: web,
              diff_url: `${web}.diff`,
              patch_url: `${web}.patch`,
              merged_at: null,
            },
          }
        : {}),
      closed_at: i.closed_at,
      created_at: i.created_at,
      updated_at: i.updated_at,
      author_association: i.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    }
  }

  commentJson(c: StoredComment): Record<string, unknown> {
    const repoApi = `https://api.github.com/repos/${c.owner}/${c.repo}`
    return {
      id: c.id,
      node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
      url: `${repoApi}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.owner}/${c.repo}/${this.issues.some((i) => i.owner === c.owner && i.repo === c.repo && i.number === c.issue && !i.pullRequest) ? 'issues' : 'pull'}/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${repoApi}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    }
  }

  private send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    this.sendText(res, status, payload === undefined ? '' : JSON.stringify(payload), headers)
  }

  private sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
    this.writeHead(res, status, headers)
    res.end(text)
  }

  private writeHead(res: ServerResponse, status: number, headers: Record<string, string>): void {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `FAKE:${this.requests.length}`,
      ...headers,
    })
  }
}

/** Starts a server on a random loopback port. */
export async function startGitHubServer(options: ServerOptions = {}): Promise<GitHubServer> {
  return new GitHubServer(options).start()
}
