/**
 * The alert issue (`issue-on-failure`) for runs without a pull request: one open issue per
 * config (and per audit when one is named) while the audit fails, found again like the sticky
 * comment — by its marker as the whole first line *and* by its author — so that a failing run
 * opens it once and updates it after, the first passing run comments and closes it, and nobody
 * else's issue is ever touched. Only open issues are searched: a closed alert is history, and a
 * later failure opens a new issue. Failures come back as values, because an issue that cannot
 * be written must not change the verdict.
 */
import { readIssues, readWrittenComment, readWrittenIssue, UnreadableAnswerError, type IssueItem } from './answers.js'
import type { GitHubClient } from './client.js'
import {
  collectPages,
  COMMENT_LIMIT,
  failedWrite,
  firstLine,
  isOurComment,
  PER_PAGE,
  resolveIdentity,
  type Collected,
  type Identity,
  type Repo,
} from './comment.js'

/** What a failing run files. */
export interface FailingAlert {
  title: string
  /** The whole body, marker first (see renderIssueBody). */
  body: string
  /** Left on the issue when its title (which names the failing gates) changes. */
  changedComment: string
}

export interface SyncIssueOptions {
  repo: Repo
  marker: string
  /** The alert to file, or null when the audit passes. */
  failing: FailingAlert | null
  /** Left on each open alert issue, before it is closed, when the audit passes. */
  passingComment: string
  /** Labels for a new issue (an existing one keeps whatever labels people gave it). */
  labels?: string[]
  /** Resolved once per run; resolved here when left out. */
  identity?: Identity
}

export type IssueResult =
  /** `commented`: the failing gates changed, and a comment says so. */
  | { status: 'opened' | 'updated' | 'unchanged'; number: number; url: string; commented: boolean }
  | { status: 'closed'; number: number; url: string }
  /** The audit passes and no alert issue is open. */
  | { status: 'none' }
  | { status: 'failed'; httpStatus: number | null; warning: string }

/** The open issues that are ours: not pull requests, marker as the first line, written by us. Oldest first. */
export async function listOurIssues(
  octokit: GitHubClient,
  repo: Repo,
  marker: string,
  login: string,
): Promise<Collected<IssueItem>> {
  return collectPages(
    (page) =>
      octokit.rest.issues.listForRepo({
        ...repo,
        state: 'open',
        creator: login,
        sort: 'created',
        direction: 'asc',
        per_page: PER_PAGE,
        page,
      }),
    (answer, page) => readIssues(answer, `GET /repos/${repo.owner}/${repo.repo}/issues?state=open (page ${page})`),
    (i) => !i.isPullRequest && i.state === 'open' && isOurComment(i, marker, login),
    'open issues',
  )
}

const normalise = (s: string): string => s.replace(/\r\n/g, '\n').trimEnd()

/**
 * Brings the alert issue in line with this run. Failing: update the oldest open issue of ours
 * (title and body; a comment when the title changes), or open one when there is none — only
 * after the whole list was read, and then the list is read again, so that of two racing runs'
 * issues the oldest stays and the other is closed as its duplicate. Passing: comment on each
 * open issue of ours and close it as completed.
 */
export async function syncIssue(octokit: GitHubClient, o: SyncIssueOptions): Promise<IssueResult> {
  const where = `${o.repo.owner}/${o.repo.repo}`
  let step = `find out whose issues to look for in ${where}`
  try {
    if (o.failing !== null) {
      if (o.failing.body.length > COMMENT_LIMIT)
        throw new Error(
          `the issue body is ${o.failing.body.length} characters, over GitHub's limit of ${COMMENT_LIMIT}`,
        )
      if (firstLine(o.failing.body) !== o.marker)
        throw new Error('the issue body does not start with its marker line: the next run could not find it')
    }
    const identity = o.identity ?? (await resolveIdentity(octokit))
    step = `read the open issues of ${where}`
    const listed = await listOurIssues(octokit, o.repo, o.marker, identity.login)
    const ours = listed.kept

    if (o.failing === null) {
      if (ours.length === 0) {
        if (listed.incomplete === undefined) return { status: 'none' }
        return {
          status: 'failed',
          httpStatus: null,
          warning: `Could not ${step} to the end: ${listed.incomplete}. An alert issue further down the list stays open. The job summary and the verdict are not affected.`,
        }
      }
      for (const issue of ours) {
        step = `comment on the alert issue #${issue.number}`
        await comment(octokit, o.repo, issue.number, o.passingComment)
        step = `close the alert issue #${issue.number}`
        await octokit.rest.issues.update({
          ...o.repo,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'completed',
        })
      }
      const first = ours[0] as IssueItem
      return { status: 'closed', number: first.number, url: first.url }
    }

    const failing = o.failing
    if (ours.length > 0) {
      step = `update the alert issue #${(ours[0] as IssueItem).number}`
      return await keepOldest(octokit, o, failing, ours, 'updated', (s) => (step = s))
    }
    if (listed.incomplete !== undefined) {
      // Ours may be further down the list: a new issue could be its duplicate.
      return {
        status: 'failed',
        httpStatus: null,
        warning: `Could not ${step} to the end: ${listed.incomplete}. No issue was opened, so that none is duplicated. The job summary and the verdict are not affected.`,
      }
    }
    step = `open an issue in ${where}`
    const answer = await octokit.rest.issues.create({
      ...o.repo,
      title: failing.title,
      body: failing.body,
      ...(o.labels && o.labels.length > 0 ? { labels: o.labels } : {}),
    })
    // The issue is filed: from here on a failure only leaves a racing run's duplicate, which
    // the next run closes, so it is no reason to warn.
    let created: IssueResult | null = null
    try {
      created = {
        status: 'opened',
        commented: false,
        ...readWrittenIssue(answer, `POST /repos/${where}/issues`),
      }
    } catch (e) {
      if (!(e instanceof UnreadableAnswerError)) throw e
      step = `confirm the new issue in ${where}`
    }
    try {
      const now = await listOurIssues(octokit, o.repo, o.marker, identity.login)
      if (now.kept.length > 1 || (created === null && now.kept.length === 1))
        return await keepOldest(octokit, o, failing, now.kept, 'opened', (s) => (step = s))
      if (created !== null) return created
      throw new UnreadableAnswerError(`POST /repos/${where}/issues`, 'not an issue, and the issue is not in the list')
    } catch (e) {
      if (created === null) throw e
      return created
    }
  } catch (e) {
    return failedWrite(e, step, 'issue')
  }
}

async function comment(octokit: GitHubClient, repo: Repo, issue: number, body: string): Promise<void> {
  const answer = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body })
  readWrittenComment(answer, `POST /repos/${repo.owner}/${repo.repo}/issues/${issue}/comments`)
}

/**
 * Closes every issue of ours but the oldest as its duplicate, then writes this run's title and
 * body into the oldest (unless it holds them already), with a comment when the title changed.
 */
async function keepOldest(
  octokit: GitHubClient,
  o: SyncIssueOptions,
  failing: FailingAlert,
  ours: IssueItem[],
  written: 'opened' | 'updated',
  onStep: (step: string) => void,
): Promise<IssueResult> {
  const [keep, ...extra] = ours as [IssueItem, ...IssueItem[]]
  for (const dup of extra) {
    onStep(`close the duplicate alert issue #${dup.number}`)
    await comment(octokit, o.repo, dup.number, `Duplicate of #${keep.number}: two runs opened an alert issue at once.`)
    await octokit.rest.issues.update({
      ...o.repo,
      issue_number: dup.number,
      state: 'closed',
      state_reason: 'not_planned',
    })
  }
  onStep(`update the alert issue #${keep.number}`)
  const sameTitle = keep.title === failing.title
  if (sameTitle && normalise(keep.body) === normalise(failing.body))
    return {
      status: written === 'opened' ? 'opened' : 'unchanged',
      number: keep.number,
      url: keep.url,
      commented: false,
    }
  const answer = await octokit.rest.issues.update({
    ...o.repo,
    issue_number: keep.number,
    title: failing.title,
    body: failing.body,
  })
  const updated = readWrittenIssue(answer, `PATCH /repos/${o.repo.owner}/${o.repo.repo}/issues/${keep.number}`)
  // A new issue's title is this run's; an old one's changed with the failing gates (or by hand).
  const commented = written === 'updated' && !sameTitle
  if (commented) {
    onStep(`comment on the alert issue #${keep.number}`)
    await comment(octokit, o.repo, keep.number, failing.changedComment)
  }
  return { status: written, ...updated, commented }
}
