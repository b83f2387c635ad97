/**
 * A GITHUB_EVENT_PATH the action cannot use (not JSON, missing, not an object) is a clear
 * problem and exit 1, not a stack trace from @actions/github's import-time context.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  eventPayloadProblem,
  MAX_EVENT_CONTAINERS,
  MAX_EVENT_DEPTH,
  proxyVariableProblem,
  urlVariableProblem,
} from '../../src/github/event-guard.js'
import { buildAction, makeRepo, runAction } from '../support/action-runner.js'

let entry: string
let repo: string

beforeAll(async () => {
  entry = await buildAction()
  const config =
    'audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [grp]\n'
  repo = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': 'y,p,grp\n1,1,a\n0,0,b\n' })
}, 180_000)

afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('an unusable event payload', () => {
  it.each([
    [
      'not JSON',
      'garbage {',
      /^the event payload .*event\.json is not JSON \(.+\); the runner writes it: is GITHUB_EVENT_PATH set by hand\?$/,
    ],
    ['not an object', '[1, 2]', /^the event payload .*event\.json is not a JSON object; /],
    ['missing', null, /^cannot read the event payload .*missing\.json \(no such file\); /],
    // Red team 12 R12-1: a FIFO hung the action before its first line, /dev/zero grew it to 5.8 GB.
    ['a FIFO', 'fifo', /^the event payload .*fifo is not a regular file; the runner writes it as a file: /],
    ['a device', '/dev/zero', /^the event payload \/dev\/zero is not a regular file; /],
    ['a directory', 'dir', /^the event payload .*dir is not a regular file; /],
    [
      'larger than GitHub sends',
      'big',
      /^the event payload .*big\.json is 26,214,401 bytes, more than the 26,214,400 GitHub sends at most; /,
    ],
  ])('%s: one clear problem, exit 1, no stack trace', async (_what, content, message) => {
    let path = join(repo, content === null ? 'missing.json' : 'event.json')
    if (content === 'fifo') {
      path = join(repo, 'fifo')
      rmSync(path, { force: true })
      expect(spawnSync('mkfifo', [path]).status).toBe(0)
    } else if (content === '/dev/zero') path = content
    else if (content === 'dir') {
      path = join(repo, 'dir')
      mkdirSync(path, { recursive: true })
    } else if (content === 'big') {
      path = join(repo, 'big.json')
      writeFileSync(path, '{}')
      truncateSync(path, 25 * 1024 * 1024 + 1)
    } else if (content !== null) writeFileSync(path, content)
    const r = await runAction({
      entry,
      workspace: repo,
      eventName: 'pull_request',
      event: path,
      apiUrl: 'http://127.0.0.1:9',
    })
    expect(r.code).toBe(1)
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message)
    expect(errors[errors.length - 1]).toMatch(/^The event payload: 1 problem; nothing was audited\nGITHUB_EVENT_PATH: /)
    expect((errors[errors.length - 1] as string).split('\n')[1]?.replace(/^GITHUB_EVENT_PATH: /, '')).toMatch(message)
  })

  // Red team 12 R12-3: @actions/github built its client defaults with `new URL(GITHUB_API_URL)`
  // when imported, so a value that is not a URL was a raw TypeError stack trace and an empty log.
  it.each([
    ['not a URL', 'not a url', /^GITHUB_API_URL: GITHUB_API_URL is not a URL; the runner sets it /],
    ['not http(s)', 'file:///etc/passwd', /^GITHUB_API_URL: GITHUB_API_URL is a file: URL, not http\(s\); /],
  ])('a GITHUB_API_URL that is %s: one clear problem, exit 1, no stack trace', async (_what, apiUrl, message) => {
    const r = await runAction({ entry, workspace: repo, eventName: 'push', event: 'push', apiUrl })
    expect(r.code).toBe(1)
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(r.stderr).not.toMatch(/TypeError/)
    const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message)
    const last = errors[errors.length - 1] as string
    expect(last).toMatch(/^The runner environment: 1 problem; nothing was audited\n/)
    expect(last.split('\n')[1]).toMatch(message)
  })

  // Red team 12 R12-8: @actions/http-client read a proxy variable at import and threw on one that
  // is not a URL even after `http://` (a workflow's env: can set it), echoing the value.
  it('an https_proxy that is not a URL: one clear problem, exit 1, no stack trace', async () => {
    const r = await runAction({
      entry,
      workspace: repo,
      eventName: 'push',
      event: 'push',
      apiUrl: 'https://api.github.com',
      env: { https_proxy: '::bad proxy\n::error::x' },
    })
    expect(r.code).toBe(1)
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(r.stderr).not.toMatch(/TypeError/)
    const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message)
    expect(errors.at(-1)).toBe(
      "The runner environment: 1 problem; nothing was audited\nhttps_proxy: https_proxy is not a proxy URL (expected http://host:port); the job's environment sets it: fix or unset it",
    )
  })

  it('proxy variables: unset, URLs and host:port are fine, as @actions/http-client reads them', () => {
    expect(proxyVariableProblem('https_proxy', undefined)).toBeNull()
    expect(proxyVariableProblem('https_proxy', 'http://proxy.corp:3128')).toBeNull()
    expect(proxyVariableProblem('HTTPS_PROXY', 'proxy.corp:3128')).toBeNull()
    expect(proxyVariableProblem('http_proxy', 'http://user:p%40ss@10.0.0.1:8080')).toBeNull()
    // http-client gives up on a value with a scheme that does not parse (no proxy), without throwing.
    expect(proxyVariableProblem('http_proxy', 'http://::bad')).toBeNull()
    expect(proxyVariableProblem('HTTP_PROXY', '::bad proxy')).toMatch(/^HTTP_PROXY is not a proxy URL/)
  })

  it('URL variables: unset, empty and http(s) URLs are fine', () => {
    expect(urlVariableProblem('GITHUB_API_URL', undefined)).toBeNull()
    expect(urlVariableProblem('GITHUB_API_URL', '')).toBeNull()
    expect(urlVariableProblem('GITHUB_API_URL', 'https://ghes.example.com/api/v3')).toBeNull()
    expect(urlVariableProblem('GITHUB_SERVER_URL', 'http://127.0.0.1:8080')).toBeNull()
    expect(urlVariableProblem('GITHUB_GRAPHQL_URL', 'https://api.github.com/graphql')).toBeNull()
  })

  it('is checked without the runner: unset is fine, a readable object is fine', () => {
    expect(eventPayloadProblem(undefined)).toBeNull()
    expect(eventPayloadProblem('/e.json', () => '{"action":"opened"}')).toBeNull()
    expect(eventPayloadProblem('/e.json', () => 'null')).toMatch(/is not a JSON object/)
  })

  // Red team 12 R12-10: 10 MB of nested arrays took 9.1 s and 1.1 GB, parsed twice.
  it('refuses nesting and container counts no GitHub payload has, before parsing, and counts none inside strings', () => {
    const at = (text: string): string | null => eventPayloadProblem('/e.json', () => text)
    const nested = (n: number): string => `{"a":${'['.repeat(n - 1)}${']'.repeat(n - 1)}}`
    expect(at(nested(MAX_EVENT_DEPTH))).toBeNull()
    expect(at(nested(MAX_EVENT_DEPTH + 1))).toBe(
      `the event payload /e.json nests values more than ${MAX_EVENT_DEPTH} levels deep; the runner writes it: is GITHUB_EVENT_PATH set by hand?`,
    )
    expect(at(`{"a":"${'['.repeat(5000)}\\\\\\"${'{'.repeat(5000)}"}`)).toBeNull()
    const many = (n: number): string => `{"a":[${Array.from({ length: n - 1 }, () => '{}').join(',')}]}`
    expect(at(many(MAX_EVENT_CONTAINERS - 1))).toBeNull()
    expect(at(many(MAX_EVENT_CONTAINERS + 1))).toMatch(
      /^the event payload \/e\.json holds more than 500,000 objects and arrays; /,
    )
    // 10 MB of nested arrays: refused at the 65th level, never parsed.
    expect(at(`{"a":${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}}`)).toMatch(
      /nests values more than 64 levels deep/,
    )
  })

  it('reads a payload of exactly the largest size GitHub sends, to its last byte', () => {
    const path = join(repo, 'edge.json')
    writeFileSync(path, '{}')
    truncateSync(path, 25 * 1024 * 1024)
    // NUL bytes after the object: not JSON, so the read got the whole file and parsed it.
    expect(eventPayloadProblem(path)).toMatch(/edge\.json is not JSON/)
    writeFileSync(path, '{"action":"opened"}' + ' '.repeat(25 * 1024 * 1024 - 19))
    expect(eventPayloadProblem(path)).toBeNull()
  })
})
