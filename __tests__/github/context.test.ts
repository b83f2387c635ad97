import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveTarget, runModeFor, type Target } from '../../src/github/context.js'

const event = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../__fixtures__/events/${name}.json`, import.meta.url), 'utf8'))
const GITHUB_SHA = 'ffffffffffffffffffffffffffffffffffffffff'

describe('resolveTarget', () => {
  it.each<[string, string, Target]>([
    [
      'pull_request',
      'pull_request.opened.same-repo',
      { kind: 'pull_request', number: 42, sha: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2', fromFork: false },
    ],
    [
      'pull_request',
      'pull_request.synchronize.same-repo',
      { kind: 'pull_request', number: 42, sha: 'b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3', fromFork: false },
    ],
    [
      'pull_request',
      'pull_request.opened.fork',
      { kind: 'pull_request', number: 43, sha: 'c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4', fromFork: true },
    ],
    [
      'pull_request',
      'pull_request.synchronize.fork',
      { kind: 'pull_request', number: 43, sha: 'd4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5', fromFork: true },
    ],
    [
      'pull_request_target',
      'pull_request_target.opened.fork',
      { kind: 'pull_request', number: 43, sha: 'c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4', fromFork: true },
    ],
    ['push', 'push', { kind: 'commit', sha: 'e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6' }],
    ['push', 'push.branch-deleted', { kind: 'commit', sha: GITHUB_SHA }],
    ['release', 'release.published', { kind: 'commit', sha: GITHUB_SHA }],
    ['schedule', 'schedule', { kind: 'commit', sha: GITHUB_SHA }],
    ['workflow_dispatch', 'workflow_dispatch', { kind: 'commit', sha: GITHUB_SHA }],
    [
      'workflow_run',
      'workflow_run.pull_request.same-repo',
      { kind: 'pull_request', number: 42, sha: 'b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3', fromFork: false },
    ],
    [
      'workflow_run',
      'workflow_run.pull_request.fork',
      {
        kind: 'pull_request_by_head',
        sha: 'd4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5',
        head: 'contributor:fix-threshold',
      },
    ],
    ['workflow_run', 'workflow_run.push', { kind: 'commit', sha: 'e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6' }],
  ])('%s (%s)', (name, file, want) => {
    expect(resolveTarget(name, event(file), GITHUB_SHA)).toEqual(want)
  })

  it('treats a PR whose fork was deleted (head.repo null) as a fork', () => {
    const e = event('pull_request.opened.fork') as { pull_request: { head: { repo: unknown } } }
    e.pull_request.head.repo = null
    expect(resolveTarget('pull_request', e, GITHUB_SHA)).toMatchObject({
      kind: 'pull_request',
      number: 43,
      fromFork: true,
    })
  })

  it('picks the workflow_run PR whose head is the run commit when several are listed', () => {
    const e = event('workflow_run.pull_request.same-repo') as {
      workflow_run: { head_sha: string; pull_requests: { number: number; head: { sha: string } }[] }
    }
    const first = e.workflow_run.pull_requests[0] as { number: number; head: { sha: string } }
    e.workflow_run.pull_requests = [{ ...first, number: 7, head: { ...first.head, sha: 'other' } }, first]
    expect(resolveTarget('workflow_run', e, GITHUB_SHA)).toMatchObject({ kind: 'pull_request', number: 42 })
  })

  it('takes no listed PR whose head is not the run commit: found by head and exact sha instead (red team 28 R28-1)', () => {
    const e = event('workflow_run.pull_request.same-repo') as {
      workflow_run: { head_sha: string; pull_requests: { number: number; head: { sha: string } }[] }
    }
    const first = e.workflow_run.pull_requests[0] as { number: number; head: { sha: string } }
    e.workflow_run.pull_requests = [{ ...first, number: 7, head: { ...first.head, sha: 'b'.repeat(40) } }]
    expect(resolveTarget('workflow_run', e, GITHUB_SHA)).toEqual({
      kind: 'pull_request_by_head',
      sha: e.workflow_run.head_sha,
      head: 'acme:retrain-2026',
    })
    // And with no head branch to look up by: a commit, no pull request at all.
    delete (e.workflow_run as { head_branch?: string }).head_branch
    expect(resolveTarget('workflow_run', e, GITHUB_SHA)).toEqual({ kind: 'commit', sha: e.workflow_run.head_sha })
  })

  it.each([undefined, null, 'text', [], {}])('falls back to the commit on a malformed payload (%j)', (payload) => {
    expect(resolveTarget('pull_request', payload, GITHUB_SHA)).toEqual({ kind: 'commit', sha: GITHUB_SHA })
    expect(resolveTarget('workflow_run', payload, GITHUB_SHA)).toEqual({ kind: 'commit', sha: GITHUB_SHA })
  })

  it('publishes a downloaded report only for workflow_run', () => {
    expect(['pull_request', 'push', 'workflow_run', 'schedule'].map(runModeFor)).toEqual([
      'compute',
      'compute',
      'publish_report',
      'compute',
    ])
  })
})

describe('resolveTarget on numbers no pull request has (red team 20 R20-3)', () => {
  it('takes a pull request number only as a safe integer', () => {
    for (const number of [1e300, 2 ** 53, -1, 0, 1.5])
      expect(resolveTarget('pull_request', { number, pull_request: { number } }, GITHUB_SHA)).toEqual({
        kind: 'commit',
        sha: GITHUB_SHA,
      })
  })
})
