import { describe, expect, it } from 'vitest'
import {
  describeAnswer,
  hasNextPage,
  readComments,
  readIssues,
  readLogin,
  readPulls,
  readWrittenComment,
  readWrittenIssue,
  UnreadableAnswerError,
  type Answer,
} from '../../src/github/answers.js'

const json = { 'content-type': 'application/json; charset=utf-8' }
const answer = (data: unknown, headers: Record<string, unknown> = json): Answer => ({ data, headers })
const endpoint = 'GET /repos/o/r/issues/1/comments, page 1'

const comment = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 7,
  body: '<!-- model-audit-gate -->\nhi',
  html_url: 'https://github.com/o/r/pull/1#issuecomment-7',
  user: { login: 'github-actions[bot]' },
  ...over,
})
const issue = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 11,
  number: 3,
  title: 'Model audit failing',
  body: 'text',
  html_url: 'https://github.com/o/r/issues/3',
  state: 'open',
  user: { login: 'github-actions[bot]' },
  ...over,
})

/** The message readX throws for `data`, or '' when it reads. */
function refusal(read: () => unknown): string {
  try {
    read()
    return ''
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableAnswerError)
    return (e as Error).message
  }
}

describe('readComments', () => {
  it('reads the fields the sticky comment uses; a null user is a deleted account', () => {
    expect(readComments(answer([comment(), comment({ id: 8, body: '', user: null })]), endpoint)).toEqual([
      {
        id: 7,
        body: '<!-- model-audit-gate -->\nhi',
        url: 'https://github.com/o/r/pull/1#issuecomment-7',
        login: 'github-actions[bot]',
      },
      { id: 8, body: '', url: 'https://github.com/o/r/pull/1#issuecomment-7', login: null },
    ])
  })

  it.each([
    ['a body that is a number', { body: 42 }, 'has a `body` that is not a string'],
    ['a body that is an object', { body: { text: 'x' } }, 'has a `body` that is not a string'],
    // Red team 28 R28-4: items without a body (or user) were read as comments none of which is ours.
    ['no body', { body: undefined }, 'has no `body`'],
    ['a null body', { body: null }, 'has no `body`'],
    ['no user', { user: undefined }, 'has no `user`'],
    ['a user without login', { user: {} }, 'has a `user` without a string `login`'],
    ['a user whose login is a number', { user: { login: 1 } }, 'has a `user` without a string `login`'],
    ['a user that is a string', { user: 'github-actions[bot]' }, 'has a `user` without a string `login`'],
    ['a user that is a list', { user: [{ login: 'x' }] }, 'has a `user` without a string `login`'],
    ['no integer id', { id: '7' }, 'has no integer `id`'],
    ['a fractional id', { id: 7.5 }, 'has no integer `id`'],
    ['an http address', { html_url: 'http://github.com/o/r/pull/1' }, 'has no https `html_url`'],
    ['an address with a newline', { html_url: 'https://github.com/o\n::error::x' }, 'has no https `html_url`'],
  ])('refuses a comment with %s, naming the endpoint and the item', (_, over, why) => {
    const message = refusal(() => readComments(answer([comment(), comment(over)]), endpoint))
    expect(message).toContain(`GitHub's answer to ${endpoint} was a JSON list whose item 2 ${why}`)
    expect(message).toMatch(/not a list of comments$/)
  })

  it('checks the body before the author, as the comment and issue readers both do', () => {
    expect(refusal(() => readComments(answer([comment({ body: 1, user: 2 })]), endpoint))).toContain(
      'item 1 has a `body` that is not a string',
    )
    expect(refusal(() => readIssues(answer([issue({ body: 1, user: 2 })]), endpoint))).toContain(
      'item 1 has a `body` that is not a string',
    )
  })

  it('never echoes what came back: an HTML page, cut-short JSON, an object, nothing', () => {
    const secret = '<html>token ghp_secret</html>'
    const page = refusal(() => readComments(answer(secret, { 'content-type': 'text/html' }), endpoint))
    expect(page).toContain('an HTML page, not JSON (text/html, 29 characters), not a JSON list of comments')
    expect(page).not.toContain('ghp_secret')
    expect(refusal(() => readComments(answer('[{"id":1', json), endpoint))).toContain(
      'JSON that does not parse: cut short or malformed (application/json, 8 characters)',
    )
    expect(refusal(() => readComments(answer({ message: 'x' }), endpoint))).toContain(
      'a JSON object (application/json)',
    )
    expect(refusal(() => readComments(answer(undefined, {}), endpoint))).toContain('no JSON value (no content type)')
  })
})

describe('readIssues', () => {
  it('reads an issue, and tells a pull request from an issue', () => {
    const [a, b] = readIssues(answer([issue(), issue({ id: 12, number: 4, pull_request: { url: 'x' } })]), endpoint)
    expect(a).toEqual({
      id: 11,
      number: 3,
      title: 'Model audit failing',
      body: 'text',
      url: 'https://github.com/o/r/issues/3',
      state: 'open',
      login: 'github-actions[bot]',
      isPullRequest: false,
    })
    expect(b!.isPullRequest).toBe(true)
    expect(readIssues(answer([issue({ pull_request: null })]), endpoint)[0]!.isPullRequest).toBe(false)
    // GitHub's null body: an issue without a description.
    expect(readIssues(answer([issue({ body: null })]), endpoint)[0]!.body).toBe('')
  })

  it.each([
    ['a body that is a list', { body: ['x'] }, 'has a `body` that is not a string'],
    ['a user without login', { user: { name: 'x' } }, 'has a `user` without a string `login`'],
    ['no body (red team 28 R28-4)', { body: undefined }, 'has no `body` (string or null)'],
    ['no user (red team 28 R28-4)', { user: undefined }, 'has no `user`'],
    [
      'a null user: the list is of our own (red team 28 R28-4)',
      { user: null },
      'has a null `user` in a list of our own',
    ],
    ['no title', { title: undefined }, 'has no string `title`'],
    ['another state', { state: 'merged' }, 'has a `state` that is neither `open` nor `closed`'],
    ['no number', { number: 0 }, 'has no integer `number`'],
  ])('refuses an issue with %s', (_, over, why) => {
    expect(refusal(() => readIssues(answer([issue(over)]), endpoint))).toContain(`item 1 ${why}, not a list of issues`)
  })
})

describe('the other readers', () => {
  it('reads written comments and issues, pulls and the login, and refuses what lacks a field', () => {
    expect(readWrittenComment(answer({ id: 5, html_url: 'https://x.test/c' }), 'POST c')).toEqual({
      id: 5,
      url: 'https://x.test/c',
    })
    expect(refusal(() => readWrittenComment(answer({ id: 5 }), 'POST c'))).toContain('a JSON object that has no https')
    expect(readWrittenIssue(answer({ number: 9, html_url: 'https://x.test/i' }), 'POST i')).toEqual({
      number: 9,
      url: 'https://x.test/i',
    })
    expect(refusal(() => readWrittenIssue(answer([]), 'POST i'))).toContain(
      'a JSON list (application/json), not an issue',
    )
    expect(readPulls(answer([{ number: 2, head: { sha: 'abc' } }]), 'GET p')).toEqual([{ number: 2, headSha: 'abc' }])
    expect(refusal(() => readPulls(answer([{ number: 2, head: {} }]), 'GET p'))).toContain('has no string `head.sha`')
    expect(readLogin(answer({ login: 'me' }), 'GET /user')).toBe('me')
    expect(refusal(() => readLogin(answer({ login: '' }), 'GET /user'))).toContain('has no string `login`')
  })

  it('describes binary data and odd content types without their text', () => {
    expect(describeAnswer(answer(new ArrayBuffer(3), { 'content-type': 'application/octet-stream' }))).toBe(
      'binary data, not JSON (application/octet-stream, 3 bytes)',
    )
    expect(describeAnswer(answer('plain', { 'content-type': 'text/plain\n::error::x' }))).toBe(
      'text, not JSON (text/plainerrorx, 5 characters)',
    )
    expect(describeAnswer(answer('  ', { 'content-type': ';' }))).toBe('an empty body (an unreadable content type)')
    expect(describeAnswer(answer(true))).toBe('a JSON boolean (application/json)')
  })

  it('follows only a rel="next" link', () => {
    expect(hasNextPage({ link: '<https://x.test/?page=2>; rel="next", <https://x.test/?page=5>; rel="last"' })).toBe(
      true,
    )
    expect(hasNextPage({ link: '<https://x.test/?page=1>; rel="prev"' })).toBe(false)
    expect(hasNextPage({})).toBe(false)
  })
})
