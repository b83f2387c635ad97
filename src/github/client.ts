/**
 * The one Octokit the action uses: `@actions/github`'s client (which honours GITHUB_API_URL
 * and the runner's proxy settings) with retries on 5xx and GitHub's rate limits, bounded so
 * a struggling API costs a run seconds, not its timeout.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Retries after a 5xx or a network error (429 and rate limits are the throttling plugin's). */
export const MAX_RETRIES = 3
/** Retries after a rate limit; longer waits than this give up instead. */
export const MAX_RATE_LIMIT_RETRIES = 2
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60

export interface ClientLog {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** Builds the client. `log` receives octokit's and the plugins' messages (never the token). */
export function createClient(token: string, log: ClientLog, baseUrl?: string): GitHubClient {
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
      retry: { retries: MAX_RETRIES },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  )
}
