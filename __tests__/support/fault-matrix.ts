/**
 * What the fault-matrix files share (faults.test.ts: through upsertComment with the client's
 * test timings; faults-action.test.ts: through the bundled action): the PR, the marker, the
 * faults and what each must give. A test file calls `useFaultServers()` once at its top, so
 * that every server a test starts is checked against GitHub's OpenAPI description and closed
 * after it (vitest shares this module between the files a worker runs).
 */
import { rmSync } from 'node:fs'
import { afterEach, expect } from 'vitest'
import { MAX_RATE_LIMIT_RETRIES, MAX_RETRIES } from '../../src/github/client.js'
import { ACTIONS_BOT_LOGIN } from '../../src/github/comment.js'
import { commentMarker } from '../../src/report/comment-body.js'
import {
  secondaryRateLimit,
  STALL,
  startGitHubServer,
  type Fault,
  type GitHubServer,
  type OperationId,
} from './github-server.js'

export const repo = { owner: 'acme', repo: 'credit-model' }
export const ISSUE = 42
export const marker = commentMarker('.github/model-audit.yml')
export const body = (text: string): string => `${marker}\n${text}`
export const TOKEN = 'ghs_installation_token_for_tests'

let server: GitHubServer | undefined
export const dirs: string[] = []

export function useFaultServers(): void {
  afterEach(async () => {
    if (server) {
      expect(server.violations).toEqual([])
      expect(server.responseViolations).toEqual([])
      await server.close()
      server = undefined
    }
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
}

export async function start(options: Parameters<typeof startGitHubServer>[0] = {}): Promise<GitHubServer> {
  server = await startGitHubServer(options)
  return server
}

/** Comments on the PR that the action would take for its own. */
export const ours = (s: GitHubServer): number =>
  s
    .commentsOn(repo.owner, repo.repo, ISSUE)
    .filter((c) => c.user.login === ACTIONS_BOT_LOGIN && c.body.startsWith(`${marker}\n`)).length

export type Kind = 401 | 403 | 404 | 409 | 422 | 500 | 502 | 503 | 'timeout' | 'secondary rate limit'
export type Call = 'list' | 'create' | 'update'

export const OPERATION: Record<Call, OperationId> = {
  list: 'issues/list-comments',
  create: 'issues/create-comment',
  update: 'issues/update-comment',
}
/** What the warning says the action was doing. */
export const STEP: Record<Call, string> = {
  list: `read the comments of #${ISSUE}`,
  create: `comment on #${ISSUE}`,
  update: `update the audit comment on #${ISSUE}`,
}

export function faultOf(kind: Kind): Fault {
  if (kind === 'timeout') return STALL
  if (kind === 'secondary rate limit') return secondaryRateLimit(1)
  const message =
    kind === 403 ? 'Resource not accessible by integration' : kind === 401 ? 'Bad credentials' : `injected ${kind}`
  return { status: kind, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(kind) } }
}

/** How many times the faulted call is sent before the action gives up. */
export function attempts(kind: Kind): number {
  if (kind === 'secondary rate limit') return MAX_RATE_LIMIT_RETRIES + 1
  if (kind === 'timeout' || kind === 409 || (typeof kind === 'number' && kind >= 500)) return MAX_RETRIES + 1
  return 1
}

/**
 * What the one warning must say, beyond the step and "The job summary and the verdict are not
 * affected": for the sticky comment, or for the alert issue (which names `issues: write`).
 */
export function expectActionable(warning: string, kind: Kind, subject: 'comment' | 'issue' = 'comment'): void {
  if (kind === 'timeout') {
    expect(warning).toMatch(/GitHub did not answer within 3 s, in 4 attempts/)
    expect(warning).toContain('githubstatus.com')
    return
  }
  const status = kind === 'secondary rate limit' ? 403 : kind
  expect(warning).toContain(`GitHub answered ${status}`)
  if (kind === 401) expect(warning).toMatch(/`github-token` input is not a valid token.*\$\{\{ github\.token \}\}/)
  if ((kind === 403 || kind === 404) && subject === 'comment')
    expect(warning).toMatch(
      /`pull-requests: write` permission.*permissions: \{ contents: read, pull-requests: write \}/,
    )
  if ((kind === 403 || kind === 404) && subject === 'issue') {
    expect(warning).toMatch(/`issues: write` permission.*permissions: \{ contents: read, issues: write \}/)
    expect(warning).not.toContain('pull-requests')
  }
  if (kind === 'secondary rate limit') {
    expect(warning).toMatch(
      /a rate limit \(You have exceeded a secondary rate limit.*\), still limited after 2 waits\. .*re-run the job later/,
    )
    expect(warning).not.toContain('pull-requests: write')
  }
  if (kind === 422) expect(warning).toMatch(new RegExp(`refused the ${subject}.*please report it`))
  if (kind === 409) expect(warning).toMatch(/a conflict .* after 3 retries/)
  if (typeof kind === 'number' && kind >= 500) expect(warning).toMatch(/after 3 retries\. GitHub may be degraded/)
  if (typeof kind === 'number' && kind >= 401 && kind <= 404) expect(warning).not.toMatch(/retries/)
}
