/**
 * The sticky PR comment: one per config file (and per audit when one is named), found again
 * by a hidden marker *and* by its author, so a run updates its own comment in place, never
 * posts a second copy, and never touches someone else's comment that quotes the marker.
 * Every function takes the client first; failures come back as values, because a comment
 * that cannot be written must not change the verdict.
 */
import { MAX_RATE_LIMIT_RETRIES, MAX_RETRIES, RequestTimeoutError, type GitHubClient } from './client.js'

export interface Repo {
  owner: string
  repo: string
}

/**
 * Whose comments are ours. A personal access token can ask GET /user; `github.token` is an
 * installation token, for which GET /user answers 403, and whatever it writes is authored
 * by `github-actions[bot]`.
 */
export interface Identity {
  login: string
  source: 'token' | 'actions-bot'
}

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** GitHub's limit on an issue comment body, in characters. */
export const COMMENT_LIMIT = 65_536

export type UpsertResult =
  | { status: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  /** `createIfMissing` was false and there was no comment to update. */
  | { status: 'not-created' }
  | { status: 'failed'; httpStatus: number | null; warning: string }

/** Who the token is; falls back to the Actions bot when GET /user refuses (an installation token). */
export async function resolveIdentity(octokit: GitHubClient): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return { login: data.login, source: 'token' }
  } catch (e) {
    if (statusOf(e) === null) throw e
    return { login: ACTIONS_BOT_LOGIN, source: 'actions-bot' }
  }
}

export interface FoundComment {
  id: number
  body: string
  url: string
}

/** Searches every page of the PR's comments for ours: the marker and the author must both match. */
export async function findComment(octokit: GitHubClient, repo: Repo, issue: number, marker: string, login: string): Promise<FoundComment | null> {
  return (await findComments(octokit, repo, issue, marker, login))[0] ?? null
}

/** Every comment of ours on the PR (marker and author), oldest (lowest id) first. */
export async function findComments(octokit: GitHubClient, repo: Repo, issue: number, marker: string, login: string): Promise<FoundComment[]> {
  const found: FoundComment[] = []
  // Pages by hand: octokit.paginate reads a 409 as "an empty repository" and returns no
  // comments, after which a new comment would duplicate ours.
  for (let page = 1; ; page++) {
    const { data, headers } = await octokit.rest.issues.listComments({ ...repo, issue_number: issue, per_page: 100, page })
    for (const c of data) {
      if (c.user?.login.toLowerCase() === login.toLowerCase() && c.body?.includes(marker)) found.push({ id: c.id, body: c.body, url: c.html_url })
    }
    if (!/\brel="next"/.test(headers.link ?? '') || data.length === 0) break
  }
  return found.sort((a, b) => a.id - b.id)
}

const normalise = (s: string): string => s.replace(/\r\n/g, '\n').trimEnd()

export interface UpsertOptions {
  repo: Repo
  issue: number
  marker: string
  /** The whole body, marker included (see renderCommentBody). */
  body: string
  /** Resolved once per run; resolved here when left out. */
  identity?: Identity
  /** false: update an existing comment but do not start one (`comment: on-failure` on a passing run). */
  createIfMissing?: boolean
}

/**
 * Creates or updates the sticky comment; skips the write when the body is unchanged. Two runs
 * on the same PR can both find no comment and both create one: after creating, the comments
 * are listed again and only the oldest of ours is kept (holding this body); the others are
 * deleted. Every run does the same, so they agree on which one stays.
 */
export async function upsertComment(octokit: GitHubClient, o: UpsertOptions): Promise<UpsertResult> {
  let step = 'read the comments of'
  try {
    if (o.body.length > COMMENT_LIMIT) throw new Error(`the comment body is ${o.body.length} characters, over GitHub's limit of ${COMMENT_LIMIT}`)
    if (!o.body.includes(o.marker)) throw new Error('the comment body lacks its marker: the next run could not find it')
    const identity = o.identity ?? (await resolveIdentity(octokit))
    const ours = await findComments(octokit, o.repo, o.issue, o.marker, identity.login)
    let result: UpsertResult
    if (ours.length === 0) {
      if (o.createIfMissing === false) return { status: 'not-created' }
      step = 'comment on'
      const { data } = await octokit.rest.issues.createComment({ ...o.repo, issue_number: o.issue, body: o.body })
      const created: UpsertResult = { status: 'created', id: data.id, url: data.html_url }
      // The comment is posted: from here on a failure only leaves a racing run's duplicate,
      // which the next run removes (below), so it is no reason to warn.
      try {
        const now = await findComments(octokit, o.repo, o.issue, o.marker, identity.login)
        result = now.length <= 1 ? created : await keepOldest(octokit, o, now, 'created')
      } catch {
        result = created
      }
    } else {
      step = ours.length > 1 ? 'remove a duplicate audit comment on' : 'update the audit comment on'
      result = await keepOldest(octokit, o, ours, 'updated')
    }
    return result
  } catch (e) {
    // A timeout reaches us as Octokit's status 500; it is no answer at all.
    const timedOut = (e as { cause?: unknown } | null)?.cause instanceof RequestTimeoutError
    return { status: 'failed', httpStatus: timedOut ? null : statusOf(e), warning: describeFailure(e, `${step} #${o.issue}`) }
  }
}

/** Writes the body into the oldest of our comments (unless it already holds it) and deletes the rest. */
async function keepOldest(octokit: GitHubClient, o: UpsertOptions, ours: FoundComment[], written: 'created' | 'updated'): Promise<UpsertResult> {
  const [keep, ...extra] = ours as [FoundComment, ...FoundComment[]]
  for (const c of extra) {
    try {
      await octokit.rest.issues.deleteComment({ ...o.repo, comment_id: c.id })
    } catch (e) {
      // The other run deleted it first.
      if (statusOf(e) !== 404) throw e
    }
  }
  if (normalise(keep.body) === normalise(o.body)) return { status: written === 'created' ? 'created' : 'unchanged', id: keep.id, url: keep.url }
  const { data } = await octokit.rest.issues.updateComment({ ...o.repo, comment_id: keep.id, body: o.body })
  return { status: written, id: data.id, url: data.html_url }
}

/** The HTTP status of an Octokit RequestError, or null for anything else. */
export function statusOf(e: unknown): number | null {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : null
}

const UNAFFECTED = 'The job summary and the verdict are not affected.'

/** Whether a 403 is GitHub's rate limit rather than a missing permission. */
function isRateLimit(e: unknown, message: string): boolean {
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers
  return /rate limit/i.test(message) || headers?.['x-ratelimit-remaining'] === '0'
}

/** A warning a user can act on: it names the status, and what to change when the user can change something. */
export function describeFailure(e: unknown, what: string): string {
  const status = statusOf(e)
  const message = (e as Error | null)?.message ?? String(e)
  const cause = (e as { cause?: unknown } | null)?.cause
  if (cause instanceof RequestTimeoutError) {
    return `Could not ${what}: ${cause.message}, in ${MAX_RETRIES + 1} attempts. GitHub may be degraded (https://www.githubstatus.com); re-run the job later. ${UNAFFECTED}`
  }
  if (status === 401) {
    return (
      `Could not ${what}: GitHub answered 401 (${message}). The \`github-token\` input is not a valid token (expired, revoked or mistyped): ` +
      `leave it at its default \`\${{ github.token }}\`, or store a current token as a secret and pass it. ${UNAFFECTED}`
    )
  }
  if (status === 403 && isRateLimit(e, message)) {
    return (
      `Could not ${what}: GitHub answered 403, a rate limit (${message}), still limited after ${MAX_RATE_LIMIT_RETRIES} waits. ` +
      `Too many API calls from this repository at once: re-run the job later, or run fewer jobs that comment in parallel. ${UNAFFECTED}`
    )
  }
  if (status === 403 || status === 404) {
    return (
      `Could not ${what}: GitHub answered ${status} (${message}). The token needs the \`pull-requests: write\` permission: add ` +
      '`permissions: { contents: read, pull-requests: write }` to the job. A pull request from a fork only gets a read-only token; ' +
      `for forks use the workflow_run pattern in the README. ${UNAFFECTED}`
    )
  }
  if (status === 422) {
    return `Could not ${what}: GitHub answered 422 and refused the comment (${message}). This is a bug in Model Audit Gate, please report it with this message. ${UNAFFECTED}`
  }
  if (status === 409) {
    return `Could not ${what}: GitHub answered 409, a conflict (${message}), after ${MAX_RETRIES} retries. The pull request may be locked or changing; re-run the job. ${UNAFFECTED}`
  }
  if (status !== null && status >= 500) {
    return `Could not ${what}: GitHub answered ${status} (${message}) after ${MAX_RETRIES} retries. GitHub may be degraded (https://www.githubstatus.com); re-run the job later. ${UNAFFECTED}`
  }
  if (status !== null) return `Could not ${what}: GitHub answered ${status} (${message}). ${UNAFFECTED}`
  return `Could not ${what}: ${message}. ${UNAFFECTED}`
}

/**
 * The PR of a `workflow_run` from a fork, where GitHub's payload lists none: the open PR whose
 * head is that branch at that exact commit (so a later push cannot redirect the comment).
 */
export async function findPullRequestByHead(octokit: GitHubClient, repo: Repo, head: string, sha: string): Promise<number | null> {
  const { data } = await octokit.rest.pulls.list({ ...repo, head, state: 'open', per_page: 100 })
  return data.find((p) => p.head.sha === sha)?.number ?? null
}
