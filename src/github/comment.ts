/**
 * The sticky PR comment: one per config file (and per audit when one is named), found again
 * by a hidden marker *and* by its author, so a run updates its own comment in place, never
 * posts a second copy, and never touches someone else's comment that quotes the marker.
 * Every function takes the client first; failures come back as values, because a comment
 * that cannot be written must not change the verdict.
 */
import {
  describeAnswer,
  type Answer,
  hasNextPage,
  readComments,
  readLogin,
  readViewerLogin,
  readPulls,
  readWrittenComment,
  UnreadableAnswerError,
} from './answers.js'
import { visibleValue } from '../config/log-escape.js'
import {
  AnswerTooLargeError,
  RedirectRefusedError,
  MAX_RATE_LIMIT_RETRIES,
  MAX_RETRIES,
  RequestTimeoutError,
  type GitHubClient,
} from './client.js'

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
  /** GET /user's login; GraphQL's viewer (an installation token); the Actions bot, assumed. */
  source: 'token' | 'viewer' | 'actions-bot'
}

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** GitHub's limit on an issue comment body, in characters. */
export const COMMENT_LIMIT = 65_536

export type UpsertResult =
  | {
      status: 'created' | 'updated' | 'unchanged'
      id: number
      url: string
      /** The search stopped before the end of the list, and the comment written says so (`searchNote`): a warning to log. */
      warning?: string
    }
  /** `createIfMissing` was false and there was no comment to update. */
  | { status: 'not-created' }
  | { status: 'failed'; httpStatus: number | null; warning: string }

/**
 * The warning of a comment posted by another identity than the one its search looked for: where
 * GitHub refuses GET /user and GraphQL's viewer both, an installation token is taken for
 * github-actions[bot], but a GitHub App's comment is its own `<app>[bot]`'s, which the next run will
 * not find (a new comment each run), while marker comments of github-actions[bot] are taken for ours
 * (red team 15 R15-2).
 */
function stranger(identity: Identity, author: string | undefined): { warning?: string } {
  if (identity.source === 'token' || author === undefined || author === identity.login) return {}
  if (identity.source === 'viewer')
    return {
      warning: `The comment was posted as '${visibleValue(author)}', not as '${visibleValue(identity.login)}', the login GraphQL's viewer gave for this token, whose comments this action looks for: the next run cannot find this comment and posts another. Pass \`github.token\` (the default) or a personal access token as \`github-token\`.`,
    }
  return {
    warning: `The comment was posted as '${visibleValue(author)}', not as ${identity.login}, whose comments this action looks for when GitHub refuses the token both GET /user (as it refuses github.token) and GraphQL's viewer: this looks like a GitHub App's installation token. With it, the next run cannot find this comment and posts another, and it may update ${identity.login}'s comments that carry this config's marker. Pass \`github.token\` (the default) or a personal access token as \`github-token\`.`,
  }
}

/**
 * Who the token is: GET /user for a personal token; for an installation token, which GET /user
 * refuses, GraphQL's `viewer`: `github-actions[bot]` for `github.token`, `<app>[bot]` for a GitHub
 * App's token, which was taken for the Actions bot, so that its run updated or deleted the Actions
 * bot's marked comments and never found its own (red team 15 R15-2). When GitHub refuses that
 * query too (an older GitHub Enterprise Server), the Actions bot, and a warning if the comment
 * posted says otherwise (`stranger`).
 */
export async function resolveIdentity(octokit: GitHubClient): Promise<Identity> {
  let answer
  try {
    answer = await octokit.rest.users.getAuthenticated()
  } catch (e) {
    // Only GitHub's refusal means "an installation token". A timeout, a 5xx or a rate limit
    // says nothing about who the token is: guessing the bot for a personal token would miss
    // its comment and post a second one.
    if (statusOf(e) !== 403 || isRateLimit(e, (e as Error).message)) throw e
    return installationIdentity(octokit)
  }
  return { login: readLogin(answer, 'GET /user'), source: 'token' }
}

async function installationIdentity(octokit: GitHubClient): Promise<Identity> {
  let data: unknown
  try {
    data = await octokit.graphql('query { viewer { login } }')
  } catch (e) {
    // GitHub answered the query with an error (GraphQL's FORBIDDEN), or refused it (403, 404):
    // the Actions bot, as before. No answer at all says nothing about who the token is.
    const refused = (e as Error).name === 'GraphqlResponseError' || statusOf(e) === 403 || statusOf(e) === 404
    if (!refused || isRateLimit(e, (e as Error).message)) throw e
    return { login: ACTIONS_BOT_LOGIN, source: 'actions-bot' }
  }
  // As GraphQL gives it, nothing added: a `[bot]` added to any login took a user's token for an
  // App `octocat[bot]` (red team 20 R20-5). A comment posted as another login is a warning (`stranger`).
  return { login: readViewerLogin(data, 'POST /graphql (viewer)'), source: 'viewer' }
}

export interface FoundComment {
  id: number
  body: string
  url: string
}

/** The most pages of 100 comments read (10,000 comments) before giving up the search. */
export const MAX_COMMENT_PAGES = 100
/**
 * Bytes (UTF-8) of comment bodies a run's search may read, over its pages and both listings (before
 * and after creating a comment). Anyone who may comment on the pull request can post comments of
 * 65,536 characters: 300 of them took the action to 278 MB, 600 to 335 MB, and the page bound
 * alone allowed 2 × 100 pages of up to 32 MiB each (red team 7 R7-3). 8 MiB are about 4,000
 * comments of a typical 2,000 characters; past it the search stops as at the page bound, except
 * that page 1 and the newest page (not counted) are always read (see collectPages and upsertComment).
 */
export const MAX_COMMENT_SEARCH_BYTES = 8 * 1024 * 1024
/**
 * How long a search may read pages, over both of a run's listings: each attempt gets its 10 s,
 * but 100 pages × 2 listings each answered just in time ran 109 s when each was 500 ms late, and
 * would have run some 30 minutes at 9.9 s (red team 20 R20-2). Past it the search stops as at the
 * page bound. Its first and newest pages are always read.
 */
export const MAX_COMMENT_SEARCH_MS = 60_000

/** A search's bounds, shared by the listings of one run: bytes of bodies left, and when it stops reading pages. */
export interface SearchBudget {
  left: number
  /** `Date.now()` past which no more pages are read, and the seconds that stood for (for the message). */
  until: number
  seconds: number
}

/** A search budget from now: `ms` (default MAX_COMMENT_SEARCH_MS) of pages, MAX_COMMENT_SEARCH_BYTES of bodies. */
export function searchBudget(ms = MAX_COMMENT_SEARCH_MS): SearchBudget {
  return { left: MAX_COMMENT_SEARCH_BYTES, until: Date.now() + ms, seconds: ms / 1000 }
}

/** Items per page of every list the action reads (GitHub's maximum). */
export const PER_PAGE = 100

/** Our comments on the PR, oldest (lowest id) first, and whether every page could be read. */
export interface OurComments {
  ours: FoundComment[]
  /** Why the search stopped before the end of the list; absent when it read the whole list. */
  incomplete?: string
  /** The search stopped at a page that only repeats earlier ones (see Collected). */
  repeated?: true
}

/** The line a comment starts with, without a trailing `\r` (GitHub stores edited bodies with CRLF). */
export const firstLine = (body: string): string => {
  const end = body.indexOf('\n')
  return (end < 0 ? body : body.slice(0, end)).replace(/\r$/, '')
}

/**
 * Whether a comment is ours: its first line is the marker, exactly, and its author is us.
 * Another workflow posting as github-actions[bot] may quote the marker anywhere else in its
 * body; that comment is not ours, and is never updated nor deleted.
 */
export function isOurComment(c: { body: string; login: string | null }, marker: string, login: string): boolean {
  return c.login !== null && c.login.toLowerCase() === login.toLowerCase() && firstLine(c.body) === marker
}

/** What a paged search kept, oldest (lowest id) first, and whether every page could be read. */
export interface Collected<T> {
  kept: T[]
  /** Why the search stopped before the end of the list; absent when it read the whole list. */
  incomplete?: string
  /**
   * The search stopped because a page only repeated earlier ones: the list answers cannot be
   * trusted (a proxy that ignores `page`), unlike a list that is only too long to read whole.
   */
  repeated?: true
}

/** The page number of the `rel="last"` link, or null when there is none (or it names no page). */
export function lastPageOf(headers: Record<string, unknown>): number | null {
  const link = headers.link
  if (typeof link !== 'string') return null
  for (const part of link.split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="last"/.exec(part)
    if (!m || !URL.canParse(m[1]!)) continue
    const page = Number(new URL(m[1]!).searchParams.get('page'))
    return Number.isSafeInteger(page) && page >= 1 ? page : null
  }
  return null
}

/**
 * Reads the pages of a GitHub list, keeping the items `keep` accepts. Every page must be what
 * `read` accepts (a strict reader), or the search fails (an UnreadableAnswerError): a page
 * read as empty would make the run write a duplicate. The search stops at an empty page, at
 * the last page, at a page that only repeats items already read, after `MAX_COMMENT_PAGES`
 * pages, and once the bodies read pass `budget` (bytes, shared by the listings of one run); the
 * last three leave it `incomplete`. `noun` names the items in that reason.
 *
 * `order: 'ends-first'` (the PR's comments, which anyone may post, listed oldest first): page 1,
 * then the last page (`rel="last"`, read whatever the budget and not charged to it) and any after
 * it, then the pages between from the newest back while the budget lasts; an empty page on the
 * way (a `last` past the end) is passed by halving down to the last page that holds items. So the newest comments are always read:
 * a comment the action posted after others' large ones is found again by the next run (red team
 * 8 R8-13). Walking back also misses nothing when comments are deleted meanwhile: a deletion
 * moves the later items one place down, onto the pages still to be read.
 */
export async function collectPages<T extends { id: number; body?: string | null }>(
  fetchPage: (page: number) => Promise<Answer>,
  read: (answer: Answer, page: number) => T[],
  keep: (item: T) => boolean,
  noun: string,
  budget: SearchBudget = searchBudget(),
  order: 'forward' | 'ends-first' = 'forward',
): Promise<Collected<T>> {
  const found = new Map<number, T>()
  const seen = new Set<number>()
  let pages = 0
  const done = (incomplete?: string, repeated = false): Collected<T> => ({
    kept: [...found.values()].sort((a, b) => a.id - b.id),
    ...(incomplete ? { incomplete } : {}),
    ...(repeated ? { repeated: true as const } : {}),
  })
  const overBudget = (): string =>
    `the ${noun} read hold more than ${MAX_COMMENT_SEARCH_BYTES.toLocaleString('en-US')} bytes before their end`
  const tooManyPages = (): string => `the ${noun} go on past ${MAX_COMMENT_PAGES} pages of ${PER_PAGE}`
  const late = (): boolean => Date.now() > budget.until
  const tooLong = (): string => `reading the ${noun} took more than ${budget.seconds} s`
  /** Reads one page: its items and answer, or null when it only repeats items already read. */
  const readPage = async (page: number, charged = true): Promise<{ items: T[]; answer: Answer } | null> => {
    pages++
    const answer = await fetchPage(page)
    const items = read(answer, page)
    // An item deleted meanwhile shifts a page by one: some repeats are normal, a page of nothing new is not.
    if (items.length > 0 && items.every((c) => seen.has(c.id))) return null
    for (const c of items) {
      seen.add(c.id)
      if (charged) budget.left -= Buffer.byteLength(c.body ?? '')
      if (keep(c)) found.set(c.id, c)
    }
    return { items, answer }
  }
  const repeats = (page: number): Collected<T> =>
    done(`page ${page} of the ${noun} only repeats ${noun} of earlier pages`, true)
  // Pages by hand: octokit.paginate reads a 409 as "an empty repository" and returns no
  // items, after which a new comment would duplicate ours; and it follows rel="next" forever.
  if (budget.left <= 0) return done(overBudget())
  const first = await readPage(1)
  if (first === null) return repeats(1)
  if (first.items.length === 0 || !hasNextPage(first.answer.headers)) return done()
  const last = order === 'ends-first' ? lastPageOf(first.answer.headers) : null
  if (last === null || last < 2) {
    // Page by page to the end.
    for (let page = 2; page <= MAX_COMMENT_PAGES; page++) {
      if (budget.left <= 0) return done(overBudget())
      if (late()) return done(tooLong())
      const got = await readPage(page)
      if (got === null) return repeats(page)
      if (got.items.length === 0 || !hasNextPage(got.answer.headers)) return done()
    }
    return done(tooManyPages())
  }
  // The newest end whatever the budget, and the last page without charging it (so the pages
  // between get what a walk from page 1 would), then any page the list grew by meanwhile.
  const sizes = new Map<number, number>([[1, first.items.length]])
  let reached = false
  for (let page = last; !reached; page++) {
    if (pages >= MAX_COMMENT_PAGES) return done(tooManyPages())
    if (page > last && budget.left <= 0) return done(overBudget())
    if (page > last && late()) return done(tooLong())
    const got = await readPage(page, page > last)
    if (got === null) return repeats(page)
    sizes.set(page, got.items.length)
    reached = got.items.length === 0 || !hasNextPage(got.answer.headers)
  }
  /**
   * The last page that holds items below `empty`, an empty page: halving between page 1 (which
   * holds some) and it, as the pages of a list are full up to its end. Walking back from a
   * `rel="last"` far past the end read only empty pages and spent the page bound before it reached
   * the real ones (red team 28 R28-7: a `last` of page 1,000 over 151 comments, 100 requests a
   * listing, ours on page 2 never read, a new comment every run).
   */
  const lastHolding = async (empty: number): Promise<number | Collected<T>> => {
    let below = 1
    let above = empty
    while (above - below > 1) {
      const page = below + Math.floor((above - below) / 2)
      let size = sizes.get(page)
      if (size === undefined) {
        if (pages >= MAX_COMMENT_PAGES) return done(tooManyPages())
        if (late()) return done(tooLong())
        const got = await readPage(page)
        if (got === null) return repeats(page)
        size = got.items.length
        sizes.set(page, size)
      }
      if (size > 0) below = page
      else above = page
    }
    return below
  }
  // Then back towards page 1. An empty page here means the list ends before it (or shrank, its
  // items moved to earlier pages): the walk goes on from the last page below it that holds items.
  let from = last
  if (sizes.get(last) === 0) {
    const holding = await lastHolding(last)
    if (typeof holding !== 'number') return holding
    from = holding + 1
  }
  for (let page = from - 1; page >= 2; page--) {
    if (sizes.has(page)) continue
    if (pages >= MAX_COMMENT_PAGES) return done(tooManyPages())
    if (budget.left <= 0) return done(overBudget())
    if (late()) return done(tooLong())
    const got = await readPage(page)
    if (got === null) return repeats(page)
    sizes.set(page, got.items.length)
    if (got.items.length === 0) {
      const holding = await lastHolding(page)
      if (typeof holding !== 'number') return holding
      page = holding + 1
    }
  }
  return done()
}

/** Reads the pages of the PR's comments, newest pages first (see collectPages), keeping ours. */
export async function listOurComments(
  octokit: GitHubClient,
  repo: Repo,
  issue: number,
  marker: string,
  login: string,
  budget: SearchBudget = searchBudget(),
): Promise<OurComments> {
  const listed = await collectPages(
    (page) => octokit.rest.issues.listComments({ ...repo, issue_number: issue, per_page: PER_PAGE, page }),
    (answer, page) =>
      readComments(answer, `GET /repos/${repo.owner}/${repo.repo}/issues/${issue}/comments (page ${page})`),
    (c) => isOurComment(c, marker, login),
    'comments',
    budget,
    'ends-first',
  )
  return {
    ours: listed.kept.map((c) => ({ id: c.id, body: c.body, url: c.url })),
    ...(listed.incomplete !== undefined ? { incomplete: listed.incomplete } : {}),
    ...(listed.repeated ? { repeated: true as const } : {}),
  }
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
  /** The PR comes from a fork: a refusal then means its read-only token, which no permission setting changes. */
  fromFork?: boolean
  /** How long the search may read pages (default MAX_COMMENT_SEARCH_MS). */
  searchMs?: number
}

/**
 * What a comment carries when the search for ours stopped before the end of the list (`reason`):
 * an older comment of ours may be further up, unread, holding an earlier run's verdict.
 */
export function searchNote(reason: string): string {
  return (
    `> [!NOTE]\n> Not every comment of this pull request could be read (${reason}). If an older audit comment ` +
    "of this config is further up, it is out of date: this one is the current run's."
  )
}

/** The body with `searchNote` after its marker line, cut at a line boundary if it would pass COMMENT_LIMIT. */
export function withSearchNote(body: string, marker: string, reason: string): string {
  const end = body.indexOf('\n')
  const rest = end < 0 ? '' : body.slice(end + 1)
  const head = `${marker}\n${searchNote(reason)}\n\n`
  if (head.length + rest.length <= COMMENT_LIMIT) return head + rest
  const tail =
    "\n\n> [!WARNING]\n> Cut to fit GitHub's 65,536-character limit beside the note above; the job summary has the whole report.\n"
  let size = head.length + tail.length
  const kept: string[] = []
  for (const line of rest.split('\n')) {
    if (size + line.length + 1 > COMMENT_LIMIT) break
    kept.push(line)
    size += line.length + 1
  }
  return head + kept.join('\n') + tail
}

/**
 * Creates or updates the sticky comment; skips the write when the body is unchanged. Two runs
 * on the same PR can both find no comment and both create one: after creating, the comments
 * are listed again and only the oldest of ours is kept (holding this body); the others are
 * deleted. Every run does the same, so they agree on which one stays.
 *
 * The sticky comment never keeps a verdict this run contradicts without saying so. A search
 * stopped at its bounds (pages, bytes: anyone may post comments of 65,536 characters) still
 * read the newest pages (`collectPages`' `ends-first`): the oldest comment of ours found is
 * updated, or, when none was found, a new one is posted (even with `createIfMissing` false: an
 * unread one may hold an earlier failure); either way it carries `searchNote`, saying that an
 * older one may be further up and out of date, and the result a warning (red team 8 R8-13).
 * A page that cannot be read, or pages that only repeat earlier ones (answers that cannot be
 * trusted), with none of ours found, are a warning and no write.
 */
export async function upsertComment(octokit: GitHubClient, o: UpsertOptions): Promise<UpsertResult> {
  let step = 'comment on'
  try {
    if (o.body.length > COMMENT_LIMIT)
      throw new Error(`the comment body is ${o.body.length} characters, over GitHub's limit of ${COMMENT_LIMIT}`)
    if (firstLine(o.body) !== o.marker)
      throw new Error('the comment body does not start with its marker line: the next run could not find it')
    step = 'find out whose comments to look for on'
    const identity = o.identity ?? (await resolveIdentity(octokit))
    step = 'read the comments of'
    // One budget for both listings (MAX_COMMENT_SEARCH_BYTES).
    const budget = searchBudget(o.searchMs)
    const listed = await listOurComments(octokit, o.repo, o.issue, o.marker, identity.login, budget)
    const ours = listed.ours
    // Too long to read whole, as opposed to answers that cannot be trusted (`repeated`).
    const partial = listed.incomplete !== undefined && listed.repeated !== true ? listed.incomplete : null
    const body = partial === null ? o.body : withSearchNote(o.body, o.marker, partial)
    const warned = (r: UpsertResult): UpsertResult =>
      partial === null || r.status === 'failed' || r.status === 'not-created'
        ? r
        : {
            ...r,
            warning: `Could not read the comments of #${o.issue} to the end: ${partial}. The comment was written anyway, saying that an older audit comment of this config may be further up and out of date. ${UNAFFECTED}`,
          }
    let result: UpsertResult
    if (ours.length === 0) {
      if (o.createIfMissing === false && partial === null) return { status: 'not-created' }
      if (listed.incomplete !== undefined && partial === null) {
        // The list's pages repeat: ours may be on a page never answered, and a new comment could be its duplicate.
        return {
          status: 'failed',
          httpStatus: null,
          warning: `Could not ${step} #${o.issue} to the end: ${listed.incomplete}. No comment was written, so that none is duplicated. ${UNAFFECTED}`,
        }
      }
      step = 'comment on'
      const answer = await octokit.rest.issues.createComment({ ...o.repo, issue_number: o.issue, body })
      // The comment is posted: from here on a failure only leaves a racing run's duplicate,
      // which the next run removes (below), so it is no reason to warn.
      let created: UpsertResult | null = null
      try {
        const { id, url, author } = readWrittenComment(
          answer,
          `POST /repos/${o.repo.owner}/${o.repo.repo}/issues/${o.issue}/comments`,
        )
        created = { status: 'created', id, url, ...stranger(identity, author) }
      } catch (e) {
        if (!(e instanceof UnreadableAnswerError)) throw e
        step = 'confirm the comment on'
      }
      try {
        const now = await listOurComments(octokit, o.repo, o.issue, o.marker, identity.login, budget)
        result =
          now.ours.length > 1 || (created === null && now.ours.length === 1)
            ? await keepOldest(octokit, o, body, now.ours, 'created')
            : (created ?? failedToConfirm(o, answer))
      } catch (e) {
        if (created === null) throw e
        result = created
      }
    } else {
      step = ours.length > 1 ? 'remove a duplicate audit comment on' : 'update the audit comment on'
      result = await keepOldest(octokit, o, body, ours, 'updated')
    }
    return warned(result)
  } catch (e) {
    return failedWrite(e, `${step} #${o.issue}`, 'comment', o.fromFork === true)
  }
}

/**
 * A search or write that failed, as a result: the warning (`describeFailure`) and the HTTP status,
 * or none when no answer came (a timeout reaches us as Octokit's status 500; an answer too large
 * or unreadable is no answer either). The sticky comment's and the alert issue's.
 */
export function failedWrite(
  e: unknown,
  what: string,
  subject: FailureSubject,
  fromFork = false,
): { status: 'failed'; httpStatus: number | null; warning: string } {
  const cause = (e as { cause?: unknown } | null)?.cause
  const noAnswer =
    cause instanceof RequestTimeoutError ||
    cause instanceof AnswerTooLargeError ||
    cause instanceof RedirectRefusedError ||
    e instanceof UnreadableAnswerError
  return {
    status: 'failed',
    httpStatus: noAnswer ? null : statusOf(e),
    warning: describeFailure(e, what, subject, fromFork),
  }
}

/** GitHub took the comment but its answer is unreadable, and the comment is not in the list either. */
function failedToConfirm(o: UpsertOptions, answer: { data: unknown; headers: Record<string, unknown> }): UpsertResult {
  return {
    status: 'failed',
    httpStatus: null,
    warning: describeFailure(
      new UnreadableAnswerError(
        `POST /repos/${o.repo.owner}/${o.repo.repo}/issues/${o.issue}/comments`,
        describeAnswer(answer),
      ),
      `confirm the comment on #${o.issue}`,
    ),
  }
}

/** Writes the body into the oldest of our comments (unless it already holds it) and deletes the rest. */
async function keepOldest(
  octokit: GitHubClient,
  o: UpsertOptions,
  body: string,
  ours: FoundComment[],
  written: 'created' | 'updated',
): Promise<UpsertResult> {
  const [keep, ...extra] = ours as [FoundComment, ...FoundComment[]]
  for (const c of extra) {
    try {
      await octokit.rest.issues.deleteComment({ ...o.repo, comment_id: c.id })
    } catch (e) {
      // The other run deleted it first.
      if (statusOf(e) !== 404) throw e
    }
  }
  if (normalise(keep.body) === normalise(body))
    return { status: written === 'created' ? 'created' : 'unchanged', id: keep.id, url: keep.url }
  const answer = await octokit.rest.issues.updateComment({ ...o.repo, comment_id: keep.id, body })
  return {
    status: written,
    ...readWrittenComment(answer, `PATCH /repos/${o.repo.owner}/${o.repo.repo}/issues/comments/${keep.id}`),
  }
}

/** The HTTP status of an Octokit RequestError, or null for anything else. */
export function statusOf(e: unknown): number | null {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : null
}

const UNAFFECTED = 'The job summary and the verdict are not affected.'

/** Whether a 403 is GitHub's rate limit rather than a missing permission. */
export function isRateLimit(e: unknown, message: string): boolean {
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers
  return /rate limit/i.test(message) || headers?.['x-ratelimit-remaining'] === '0'
}

/** What a failed write was about: the sticky PR comment, or the alert issue (`issue-on-failure`). */
export type FailureSubject = 'comment' | 'issue'

/** What to change when GitHub refuses the token (403, 404), per subject. */
const PERMISSION_ADVICE: Record<FailureSubject, string> = {
  comment:
    'The token needs the `pull-requests: write` permission: add ' +
    '`permissions: { contents: read, pull-requests: write }` to the job. A pull request from a fork only gets a read-only token; ' +
    'for forks use the workflow_run pattern in the README.',
  issue:
    'The token needs the `issues: write` permission: add `permissions: { contents: read, issues: write }` to the job ' +
    '(and keep Issues enabled in the repository settings), or set `issue-on-failure: false`.',
}

/** A warning a user can act on: it names the status, and what to change when the user can change something. */
export function describeFailure(
  e: unknown,
  what: string,
  subject: FailureSubject = 'comment',
  fromFork = false,
): string {
  const status = statusOf(e)
  const message = (e as Error | null)?.message ?? String(e)
  const cause = (e as { cause?: unknown } | null)?.cause
  if (e instanceof UnreadableAnswerError) {
    return `Could not ${what}: ${message}. A proxy or a degraded GitHub may be in the way (https://www.githubstatus.com); nothing more was written, so that no ${subject} is duplicated. Re-run the job later. ${UNAFFECTED}`
  }
  if (cause instanceof AnswerTooLargeError)
    return `Could not ${what}: ${cause.message}, in ${MAX_RETRIES + 1} attempts. ${UNAFFECTED}`
  if (cause instanceof RedirectRefusedError)
    return `Could not ${what}: ${cause.message}. A proxy may be in the way, or the repository was renamed or moved; nothing more was written. ${UNAFFECTED}`
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
  if ((status === 403 || status === 404) && fromFork && subject === 'comment') {
    return (
      `Could not ${what}: GitHub answered ${status} (${message}). The pull request comes from a fork, and a fork's ` +
      "`pull_request` run only gets a read-only token, whatever the workflow's `permissions:` say. Comment from the " +
      'fork-safe workflow_run pair instead: `examples/workflows/model-audit-fork.yml` and `model-audit-fork-comment.yml` ' +
      `in Model Audit Gate's repository (the README's "Pull requests from forks"). ${UNAFFECTED}`
    )
  }
  if (status === 403 || status === 404)
    return `Could not ${what}: GitHub answered ${status} (${message}). ${PERMISSION_ADVICE[subject]} ${UNAFFECTED}`
  if (status === 410 && subject === 'issue') {
    return (
      `Could not ${what}: GitHub answered 410 (${message}): Issues are turned off in this repository. ` +
      `Turn them on (Settings → General → Features → Issues), or set \`issue-on-failure: false\`. ${UNAFFECTED}`
    )
  }
  if (status === 422) {
    return `Could not ${what}: GitHub answered 422 and refused the ${subject} (${message}). This is a bug in Model Audit Gate, please report it with this message. ${UNAFFECTED}`
  }
  if (status === 409) {
    return `Could not ${what}: GitHub answered 409, a conflict (${message}), after ${MAX_RETRIES} retries. The ${subject === 'comment' ? 'pull request' : 'issue'} may be locked or changing; re-run the job. ${UNAFFECTED}`
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
export async function findPullRequestByHead(
  octokit: GitHubClient,
  repo: Repo,
  head: string,
  sha: string,
): Promise<number | null> {
  const answer = await octokit.rest.pulls.list({ ...repo, head, state: 'open', per_page: 100 })
  const pulls = readPulls(answer, `GET /repos/${repo.owner}/${repo.repo}/pulls?head=…&state=open`)
  return pulls.find((p) => p.headSha === sha)?.number ?? null
}
