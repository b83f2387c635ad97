/**
 * The sticky PR comment: one per config file (and per audit when one is named), found again
 * by a hidden marker *and* by its author, so a run updates its own comment in place, never
 * posts a second copy, and never touches someone else's comment that quotes the marker.
 * Every function takes the client first; failures come back as values, because a comment
 * that cannot be written must not change the verdict.
 */
import type { GitHubClient } from './client.js'

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
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })
  for await (const { data } of pages) {
    for (const c of data) {
      if (c.user?.login.toLowerCase() === login.toLowerCase() && c.body?.includes(marker)) return { id: c.id, body: c.body, url: c.html_url }
    }
  }
  return null
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

/** Creates or updates the sticky comment; skips the write when the body is unchanged. */
export async function upsertComment(octokit: GitHubClient, o: UpsertOptions): Promise<UpsertResult> {
  let step = 'read the comments of'
  try {
    if (o.body.length > COMMENT_LIMIT) throw new Error(`the comment body is ${o.body.length} characters, over GitHub's limit of ${COMMENT_LIMIT}`)
    if (!o.body.includes(o.marker)) throw new Error('the comment body lacks its marker: the next run could not find it')
    const identity = o.identity ?? (await resolveIdentity(octokit))
    const existing = await findComment(octokit, o.repo, o.issue, o.marker, identity.login)
    if (existing) {
      if (normalise(existing.body) === normalise(o.body)) return { status: 'unchanged', id: existing.id, url: existing.url }
      step = 'update the audit comment on'
      const { data } = await octokit.rest.issues.updateComment({ ...o.repo, comment_id: existing.id, body: o.body })
      return { status: 'updated', id: data.id, url: data.html_url }
    }
    if (o.createIfMissing === false) return { status: 'not-created' }
    step = 'comment on'
    const { data } = await octokit.rest.issues.createComment({ ...o.repo, issue_number: o.issue, body: o.body })
    return { status: 'created', id: data.id, url: data.html_url }
  } catch (e) {
    return { status: 'failed', httpStatus: statusOf(e), warning: describeFailure(e, `${step} #${o.issue}`) }
  }
}

/** The HTTP status of an Octokit RequestError, or null for anything else. */
export function statusOf(e: unknown): number | null {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : null
}

/** A warning a user can act on; 403 and 404 name the permission the job needs. */
export function describeFailure(e: unknown, what: string): string {
  const status = statusOf(e)
  const message = (e as Error | null)?.message ?? String(e)
  if (status === 403 || status === 404) {
    return (
      `Could not ${what}: GitHub answered ${status} (${message}). The token needs the \`pull-requests: write\` permission: add ` +
      '`permissions: { contents: read, pull-requests: write }` to the job. A pull request from a fork only gets a read-only token; ' +
      'for forks use the workflow_run pattern in the README. The job summary and the verdict are not affected.'
    )
  }
  if (status !== null) return `Could not ${what}: GitHub answered ${status} (${message}) after retries. The job summary and the verdict are not affected.`
  return `Could not ${what}: ${message}. The job summary and the verdict are not affected.`
}

/**
 * The PR of a `workflow_run` from a fork, where GitHub's payload lists none: the open PR whose
 * head is that branch at that exact commit (so a later push cannot redirect the comment).
 */
export async function findPullRequestByHead(octokit: GitHubClient, repo: Repo, head: string, sha: string): Promise<number | null> {
  const { data } = await octokit.rest.pulls.list({ ...repo, head, state: 'open', per_page: 100 })
  return data.find((p) => p.head.sha === sha)?.number ?? null
}
