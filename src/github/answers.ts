/**
 * GitHub's answers, read strictly. Octokit hands on whatever came back as `data`: an HTML
 * error page from a proxy, JSON cut short, or an object where a list belongs. Read loosely,
 * any of them is "no comments", and each run then posts another comment. Every answer the
 * action uses goes through one of these readers: it is the shape the action reads, with the
 * fields of the right types, or an UnreadableAnswerError that names the endpoint and says
 * what came back (without echoing it: the text may be anything).
 */

/** What the readers need of an Octokit response. */
export interface Answer {
  data: unknown
  headers: Record<string, unknown>
}

export class UnreadableAnswerError extends Error {
  /** `endpoint` names the request (`GET /repos/o/r/issues/1/comments, page 2`); `got` says what came back. */
  constructor(
    readonly endpoint: string,
    readonly got: string,
  ) {
    super(`GitHub's answer to ${endpoint} was ${got}`)
    this.name = 'UnreadableAnswerError'
  }
}

/** What a reader says of a value it does not accept: a phrase such as "has no integer `id`". */
class Refusal {
  constructor(readonly why: string) {}
}
const no = (why: string): Refusal => new Refusal(why)

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0
/**
 * A web address to show and output: https, at most 2,048 characters, no white space, control or
 * invisible format character (a newline from the answer would start a log line of its own and
 * go raw into the `comment-url` output).
 */
const isWebUrl = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 2048 && /^https:\/\/[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u.test(v) && URL.canParse(v)

/** The content type, reduced to characters that cannot act in a log line. */
function contentTypeOf(headers: Record<string, unknown>): string {
  const raw = headers['content-type']
  if (typeof raw !== 'string' || raw === '') return 'no content type'
  return (
    raw
      .split(';')[0]!
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9.+/-]/g, '')
      .slice(0, 60) || 'an unreadable content type'
  )
}

/** What came back, in words: the kind of value, its content type and its size, never its text. */
export function describeAnswer(answer: Answer): string {
  const { data } = answer
  const type = contentTypeOf(answer.headers)
  if (typeof data === 'string') {
    const size = `${data.length.toLocaleString('en-US')} characters`
    if (data.trim() === '') return `an empty body (${type})`
    if (/^\s*</.test(data)) return `an HTML page, not JSON (${type}, ${size})`
    if (/json/.test(type)) return `JSON that does not parse: cut short or malformed (${type}, ${size})`
    return `text, not JSON (${type}, ${size})`
  }
  if (data instanceof ArrayBuffer)
    return `binary data, not JSON (${type}, ${data.byteLength.toLocaleString('en-US')} bytes)`
  if (data === null || data === undefined) return `no JSON value (${type})`
  if (Array.isArray(data)) return `a JSON list (${type})`
  if (typeof data === 'object') return `a JSON object (${type})`
  return `a JSON ${typeof data} (${type})`
}

/** A list answer: a JSON array whose every item `readItem` accepts. */
function readList<T>(answer: Answer, endpoint: string, what: string, readItem: (item: unknown) => T | Refusal): T[] {
  if (!Array.isArray(answer.data))
    throw new UnreadableAnswerError(endpoint, `${describeAnswer(answer)}, not a JSON list of ${what}`)
  return answer.data.map((item, i) => {
    const read = readItem(item)
    if (read instanceof Refusal)
      throw new UnreadableAnswerError(endpoint, `a JSON list whose item ${i + 1} ${read.why}, not a list of ${what}`)
    return read
  })
}

/** An object answer that `readValue` accepts. */
function readObject<T>(answer: Answer, endpoint: string, what: string, readValue: (value: Json) => T | Refusal): T {
  if (!isObject(answer.data)) throw new UnreadableAnswerError(endpoint, `${describeAnswer(answer)}, not ${what}`)
  const read = readValue(answer.data)
  if (read instanceof Refusal) throw new UnreadableAnswerError(endpoint, `a JSON object that ${read.why}, not ${what}`)
  return read
}

/** The fields of an issue comment the sticky comment uses. */
export interface CommentItem {
  id: number
  /** Always sent (the default media type, the only one asked for); an item without it is refused. */
  body: string
  url: string
  /** null for a deleted account ("ghost"). */
  login: string | null
}

function readCommentItem(v: unknown): CommentItem | Refusal {
  if (!isObject(v)) return no('is not an object')
  if (!isId(v.id)) return no('has no integer `id`')
  if (!isWebUrl(v.html_url)) return no('has no https `html_url` without white space or control characters')
  const authored = readAuthored(v, { nullBody: false, ownItems: false })
  if (authored instanceof Refusal) return authored
  return { id: v.id, body: authored.body, url: v.html_url, login: authored.login }
}

/**
 * A comment's or an issue's body and author. The body must be there: the action asks for the
 * default media type, whose answers carry it, and an item without one (an answer in another
 * media type, a proxy that trims fields) is unreadable, not a comment none of whose lines is a
 * marker (red team 28 R28-4: each run then posted another comment, or opened another alert
 * issue). GitHub describes an issue's body as nullable (an issue without a description: empty
 * here), a comment's as a string. `user` is a field GitHub always sends, null for a deleted
 * account; where the list is of the token's own items (`creator=`), it must be a user.
 */
function readAuthored(
  v: Record<string, unknown>,
  kind: { nullBody: boolean; ownItems: boolean },
): { body: string; login: string | null } | Refusal {
  if (typeof v.body !== 'string' && !(kind.nullBody && v.body === null))
    return no(
      v.body === undefined || v.body === null
        ? `has no \`body\`${kind.nullBody ? ' (string or null)' : ''}`
        : 'has a `body` that is not a string',
    )
  if (v.user === undefined) return no('has no `user`')
  if (v.user === null && kind.ownItems) return no('has a null `user` in a list of our own')
  if (v.user !== null && !(isObject(v.user) && typeof v.user.login === 'string'))
    return no('has a `user` without a string `login`')
  return {
    body: typeof v.body === 'string' ? v.body : '',
    login: isObject(v.user) ? (v.user.login as string) : null,
  }
}

/** The answer to creating or updating a comment. */
export function readWrittenComment(answer: Answer, endpoint: string): { id: number; url: string; author?: string } {
  return readObject(answer, endpoint, 'a comment', (v) => {
    if (!isId(v.id)) return no('has no integer `id`')
    if (!isWebUrl(v.html_url)) return no('has no https `html_url` without white space or control characters')
    const login = isObject(v.user) && typeof v.user.login === 'string' ? v.user.login : undefined
    return { id: v.id, url: v.html_url, ...(login === undefined ? {} : { author: login }) }
  })
}

/** The fields of a pull request that the `workflow_run` lookup uses. */
export interface PullItem {
  number: number
  headSha: string
}

function readPullItem(v: unknown): PullItem | Refusal {
  if (!isObject(v)) return no('is not an object')
  if (!isId(v.number)) return no('has no integer `number`')
  if (!isObject(v.head) || typeof v.head.sha !== 'string') return no('has no string `head.sha`')
  return { number: v.number, headSha: v.head.sha }
}

/** The fields of an issue the alert issue uses. The issues list also holds pull requests. */
export interface IssueItem {
  id: number
  number: number
  title: string
  /** Empty for an issue without a description (GitHub's null); an item without the field is refused. */
  body: string
  url: string
  state: 'open' | 'closed'
  /** Always a login: the list is of the token's own issues (`creator=`), and an item without a user is refused. */
  login: string | null
  /** A pull request: the issues list returns them too, and they are never the alert. */
  isPullRequest: boolean
}

function readIssueItem(v: unknown): IssueItem | Refusal {
  if (!isObject(v)) return no('is not an object')
  if (!isId(v.id)) return no('has no integer `id`')
  if (!isId(v.number)) return no('has no integer `number`')
  if (typeof v.title !== 'string') return no('has no string `title`')
  if (!isWebUrl(v.html_url)) return no('has no https `html_url` without white space or control characters')
  if (v.state !== 'open' && v.state !== 'closed') return no('has a `state` that is neither `open` nor `closed`')
  const authored = readAuthored(v, { nullBody: true, ownItems: true })
  if (authored instanceof Refusal) return authored
  return {
    id: v.id,
    number: v.number,
    title: v.title,
    body: authored.body,
    url: v.html_url,
    state: v.state,
    login: authored.login,
    isPullRequest: v.pull_request !== undefined && v.pull_request !== null,
  }
}

/** A page of the repository's issues (and pull requests). */
export function readIssues(answer: Answer, endpoint: string): IssueItem[] {
  return readList(answer, endpoint, 'issues', readIssueItem)
}

/** The answer to creating or updating an issue. */
export function readWrittenIssue(answer: Answer, endpoint: string): { number: number; url: string } {
  return readObject(answer, endpoint, 'an issue', (v) => {
    if (!isId(v.number)) return no('has no integer `number`')
    if (!isWebUrl(v.html_url)) return no('has no https `html_url` without white space or control characters')
    return { number: v.number, url: v.html_url }
  })
}

/** A page of issue comments. */
export function readComments(answer: Answer, endpoint: string): CommentItem[] {
  return readList(answer, endpoint, 'comments', readCommentItem)
}

/** A page of pull requests. */
export function readPulls(answer: Answer, endpoint: string): PullItem[] {
  return readList(answer, endpoint, 'pull requests', readPullItem)
}

/** GET /user: who the token is. */
export function readLogin(answer: Answer, endpoint: string): string {
  return readObject(answer, endpoint, 'a user', (v) =>
    typeof v.login === 'string' && v.login !== '' ? v.login : no('has no string `login`'),
  )
}

/**
 * GraphQL's `viewer { login }` as `octokit.graphql` gives it (its `data`): the login. GitHub's
 * refusal of the query is an error octokit throws, not this.
 */
export function readViewerLogin(data: unknown, endpoint: string): string {
  const viewer = isObject(data) ? data.viewer : undefined
  const login = isObject(viewer) ? viewer.login : undefined
  if (typeof login === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(login)) return login
  throw new UnreadableAnswerError(endpoint, 'an answer without a login at `data.viewer.login`')
}

/** Whether a `Link` header offers a next page. */
export function hasNextPage(headers: Record<string, unknown>): boolean {
  const link = headers.link
  return typeof link === 'string' && /\brel="next"/.test(link)
}
