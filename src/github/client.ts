/**
 * The one Octokit the action uses: `@actions/github`'s client (which honours GITHUB_API_URL
 * and the runner's proxy settings) with retries on 5xx and GitHub's rate limits, bounded so
 * a struggling API costs a run seconds, not its timeout.
 */
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Retries after a 5xx or a network error (429 and rate limits are the throttling plugin's). */
export const MAX_RETRIES = 3
/** Retries after a rate limit; longer waits than this give up instead. */
export const MAX_RATE_LIMIT_RETRIES = 2
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60
/** Each attempt of a request gets this long; a stalled connection is then retried like a 5xx. */
export const REQUEST_TIMEOUT_MS = 10_000

/** Thrown (as the `cause` of Octokit's RequestError) when GitHub does not answer in time. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`GitHub did not answer within ${timeoutMs / 1000} s`)
    this.name = 'RequestTimeoutError'
  }
}

/** Timings, tightened by tests so a fault matrix runs in seconds; the defaults are the action's. */
export interface ClientTiming {
  /** Per-attempt request timeout. */
  timeoutMs?: number
  /** Multiplies the retry backoff (1, 4, 9 units) and the rate limits' retry-after (seconds). */
  retryUnitMs?: number
  /** Clients with different ids do not space their writes after each other's (octokit's default: one id per process). */
  throttleId?: string
}

type Fetch = typeof globalThis.fetch

/** A fetch whose every call (every attempt, retries included) is cut off after `timeoutMs`. */
export function fetchWithTimeout(base: Fetch, timeoutMs: number): Fetch {
  return async (input, init) => {
    const timer = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer
    try {
      return await base(input, { ...init, signal })
    } catch (e) {
      if (timer.aborted && !init?.signal?.aborted) throw new RequestTimeoutError(timeoutMs)
      throw e
    }
  }
}

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
      log.warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`)
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
      },
    },
    retry,
    throttling,
  )
}
