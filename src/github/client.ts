/**
 * The one Octokit the action uses: `@actions/github`'s client (which honours GITHUB_API_URL
 * and the runner's proxy settings) with retries on 5xx and GitHub's rate limits, bounded so
 * a struggling API costs a run seconds, not its timeout.
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Retries after a 5xx or a network error (429 and rate limits are the throttling plugin's). */
export const MAX_RETRIES = 3
/** Retries after a rate limit; longer waits than this give up instead. */
export const MAX_RATE_LIMIT_RETRIES = 2
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60
/**
 * Each attempt of a request gets this long, its whole body included; a stalled connection or
 * a body that stops half-way is then retried like a 5xx.
 */
export const REQUEST_TIMEOUT_MS = 10_000
/**
 * The most an answer may weigh. A page of 100 comments of at most 65,536 characters each is
 * under 20 MiB of JSON even when every character takes 3 bytes; a bigger answer is refused
 * rather than buffered.
 */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024

/** Thrown (as the `cause` of Octokit's RequestError) when GitHub does not answer, or finish its answer, in time. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`GitHub did not answer within ${timeoutMs / 1000} s`)
    this.name = 'RequestTimeoutError'
  }
}

/** Thrown (as the `cause` of Octokit's RequestError) when an answer is larger than `MAX_ANSWER_BYTES`. */
export class AnswerTooLargeError extends Error {
  constructor(
    readonly maxBytes: number,
    message = `GitHub's answer was larger than ${maxBytes / (1024 * 1024)} MiB`,
  ) {
    super(message)
    this.name = 'AnswerTooLargeError'
  }
}

/**
 * Items a JSON list answer may hold: every list the action reads asks for at most 100 a page
 * (`per_page`). A page of 700,000 empty comments (30 MB, under `MAX_ANSWER_BYTES`) was parsed and
 * kept, four such pages 1.3 GB and 15 s of CPU (red team 18 R18-1); now refused before JSON.parse.
 */
export const MAX_LIST_ITEMS = 100

/** Thrown (as the `cause` of Octokit's RequestError) for a JSON list of more than `MAX_LIST_ITEMS` items. */
export class ListTooLongError extends AnswerTooLargeError {
  constructor(readonly maxItems: number) {
    super(
      MAX_ANSWER_BYTES,
      `GitHub's answer was a list of more than ${maxItems} items, where at most ${maxItems} are asked for a page`,
    )
    this.name = 'ListTooLongError'
  }
}

/**
 * Thrown (as the `cause` of Octokit's RequestError) for a redirect: the client follows none. A
 * comment list answered 301 to another pull request's list had that pull request's audit comment
 * rewritten with this one's verdict, and an update redirected to another comment rewrote that one
 * (red team 18 R18-2). GitHub redirects the API of a renamed or moved repository, which a
 * workflow's own `GITHUB_REPOSITORY` never is.
 */
export class RedirectRefusedError extends Error {
  constructor(readonly status: number) {
    super(
      `GitHub answered ${status}, a redirect, which the action does not follow: every answer must come from the endpoint asked`,
    )
    this.name = 'RedirectRefusedError'
  }
}

/**
 * Timings. The defaults are the action's; tests pass small values so that a fault matrix
 * costs milliseconds of backoff instead of real seconds, and nothing else differs.
 */
export interface ClientTiming {
  /** Per-attempt request timeout, body included (default REQUEST_TIMEOUT_MS). */
  timeoutMs?: number
  /** Multiplies the retry backoff (1, 4, 9 units) and the rate limits' retry-after, in seconds (default 1000). */
  retryUnitMs?: number
  /** Clients with different ids do not space their writes after each other's (octokit's default: one id per process). */
  throttleId?: string
  /**
   * Whether writes keep GitHub's recommended spacing (octokit: 1 s between writes, 3 s between
   * writes that notify, such as a new comment). Default true; a test's server has no such limit.
   */
  spaceWrites?: boolean
}

type Fetch = typeof globalThis.fetch

/**
 * A fetch whose every call (every attempt, retries included) must deliver its whole answer
 * within `timeoutMs`: the body is read here, under the same timer, so a body that stalls
 * half-way is a timeout (retried) instead of the empty or truncated text Octokit would
 * otherwise hand on as the answer.
 */
export function fetchWithTimeout(base: Fetch, timeoutMs: number, maxBytes = MAX_ANSWER_BYTES): Fetch {
  return async (input, init) => {
    const timer = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer
    try {
      return await buffered(await base(input, { ...init, signal, redirect: 'manual' }), maxBytes)
    } catch (e) {
      if (timer.aborted && !init?.signal?.aborted) throw new RequestTimeoutError(timeoutMs)
      throw e
    }
  }
}

/** The same response with its body read in full (at most `maxBytes`). */
async function buffered(res: Response, maxBytes: number): Promise<Response> {
  const chunks: Uint8Array[] = []
  let size = 0
  if (res.body) {
    const reader = res.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => {})
        throw new AnswerTooLargeError(maxBytes)
      }
      chunks.push(value)
    }
  }
  if (res.status >= 300 && res.status < 400 && res.status !== 304) throw new RedirectRefusedError(res.status)
  const body = Buffer.concat(chunks)
  const shape = jsonShape(body)
  if (shape.items > MAX_LIST_ITEMS) throw new ListTooLongError(MAX_LIST_ITEMS)
  if (shape.values > MAX_ANSWER_VALUES)
    throw new AnswerTooLargeError(
      maxBytes,
      `GitHub's answer held more than ${MAX_ANSWER_VALUES.toLocaleString('en-US')} JSON values, where a page of 100 comments holds some 10,000`,
    )
  const nullBody = [101, 204, 205, 304].includes(res.status)
  const out = new Response(nullBody ? null : body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  })
  Object.defineProperty(out, 'url', { value: res.url })
  return out
}

/**
 * Values (objects, lists and the items and members in them) a JSON answer may hold: a page of 100
 * comments holds some 10,000. A list of one comment with 10 million empty objects in a field the
 * action never reads (30 MB) was parsed whole, three such pages 2.8 GB and 35 s of CPU; a GraphQL
 * answer of them 1.3 GB (red team 20 R20-1).
 */
export const MAX_ANSWER_VALUES = 200_000

/**
 * What a JSON answer holds, counted in one pass over its bytes before it is parsed: the items of a
 * top-level list (-1: it is no list), and its values in all (separators and containers outside
 * strings, a bound from above).
 */
/** JSON's white space: space, LF, CR, tab. */
const isJsonSpace = (c: number | undefined): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

export function jsonShape(body: Uint8Array): { items: number; values: number } {
  const n = body.length
  // Past a byte-order mark, which octokit's JSON.parse skips (red team 21 R21-2: a mark before `[`
  // hid pages of 33,000 comments from the list bound: 763 MB), and white space.
  let i = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0
  while (i < n && isJsonSpace(body[i])) i++
  const list = body[i] === 0x5b
  let depth = 0
  let commas = 0
  let values = 0
  let empty = true
  for (; i < n; i++) {
    const c = body[i]
    if (c === 0x22) {
      // A string: to its closing quote, past escaped characters.
      for (i++; i < n && body[i] !== 0x22; i++) if (body[i] === 0x5c) i++
      if (depth === 1) empty = false
    } else if (c === 0x5b || c === 0x7b) {
      if (depth === 1) empty = false
      depth++
      values++
    } else if (c === 0x5d || c === 0x7d) depth--
    else if (c === 0x2c) {
      values++
      if (depth === 1) commas++
    } else if (depth === 1 && !isJsonSpace(c)) empty = false
  }
  return { items: list ? (empty ? 0 : commas + 1) : -1, values }
}

type Limiter = NonNullable<ThrottlingOptions['write']>

/** A limiter that runs each job at once (the shape plugin-throttling calls: `key(id).schedule(options, job, ...args)`). */
const UNSPACED = {
  key: () => ({
    schedule: async (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) => job(...args),
  }),
} as unknown as Limiter

export interface ClientLog {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** Builds the client. `log` receives octokit's and the plugins' messages (never the token). */
export function createClient(token: string, log: ClientLog, baseUrl?: string, timing: ClientTiming = {}): GitHubClient {
  const unit = timing.retryUnitMs ?? 1000
  // @actions/github's own fetch (honouring the runner's proxy), bounded per attempt; passing
  // `request` replaces its defaults, so the agent is carried over too.
  const base = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS
      log.warn(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`,
      )
      return again
    }
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      log,
      request: { ...defaults.request, fetch: fetchWithTimeout(base, timing.timeoutMs ?? REQUEST_TIMEOUT_MS) },
      retry: { retries: MAX_RETRIES, retryAfterBaseValue: unit },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: unit,
        ...(timing.throttleId ? { id: timing.throttleId } : {}),
        ...(timing.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {}),
      },
    },
    retry,
    throttling,
  )
}
