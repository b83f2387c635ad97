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
  constructor(readonly maxBytes: number) {
    super(`GitHub's answer was larger than ${maxBytes / (1024 * 1024)} MiB`)
    this.name = 'AnswerTooLargeError'
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
      return await buffered(await base(input, { ...init, signal }), maxBytes)
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
  const nullBody = [101, 204, 205, 304].includes(res.status)
  const out = new Response(nullBody ? null : Buffer.concat(chunks), {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  })
  Object.defineProperty(out, 'url', { value: res.url })
  return out
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
