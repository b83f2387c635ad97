/**
 * The fault matrix through the bundled action, run as the runner runs it: a representative
 * subset of faults (faults.test.ts has every row through `upsertComment`), none retried but
 * one, since the bundle runs with the action's real timings: whatever GitHub answers, the
 * exit code is the gates', with one warning and never a duplicated comment.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAction, makeRepo, runAction, type ActionRun } from '../support/action-runner.js'
import {
  attempts,
  body,
  dirs,
  expectActionable,
  faultOf,
  ISSUE,
  OPERATION,
  ours,
  repo,
  start,
  STEP,
  TOKEN,
  useFaultServers,
  type Call,
  type Kind,
} from '../support/fault-matrix.js'
import { ACTIONS_BOT } from '../support/github-server.js'

useFaultServers()

describe('the fault matrix, through the bundled action', () => {
  let entry: string
  beforeAll(async () => {
    entry = await buildAction()
  }, 180_000)

  /** Two groups a and b with accuracy 1.0 and 0.5: `min` 0.5 passes, 0.9 fails. */
  function workspace(min: number): string {
    const csv = ['y,p,grp', '1,1,a', '0,0,a', '1,1,a', '0,0,a', '1,1,b', '0,1,b', '1,0,b', '0,0,b'].join('\n')
    const config = `audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [grp]\n    gates:\n      - metric: accuracy\n        min: ${min}\n`
    const dir = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': `${csv}\n` })
    dirs.push(dir)
    return dir
  }

  const warnings = (r: ActionRun): string[] => r.commands.filter((c) => c.command === 'warning').map((c) => c.message)

  // Faults the client does not retry: the bundle runs with the action's real timings, and
  // retries are the direct rows' business (above).
  const BUNDLE_ROWS: [Kind, Call][] = [
    [401, 'list'],
    [404, 'create'],
    [422, 'update'],
  ]
  const VERDICTS = [
    ['passing', 0.5, 0],
    ['failing', 0.9, 1],
  ] as const

  it.each(
    BUNDLE_ROWS.flatMap(([kind, call]) => VERDICTS.map(([name, min, code]) => [kind, call, name, min, code] as const)),
  )('%s on the %s call, %s gates: the exit code is the gates', async (kind, call, _name, min, code) => {
    const s = await start({ token: TOKEN })
    const old = call === 'update' ? s.addComment(repo.owner, repo.repo, ISSUE, body('old'), ACTIONS_BOT) : null
    s.inject(OPERATION[call], faultOf(kind), { times: 100 })
    const r = await runAction({
      entry,
      workspace: workspace(min),
      eventName: 'pull_request',
      event: 'pull_request.opened.same-repo',
      apiUrl: s.url,
    })
    expect(r.code).toBe(code)
    expect(r.outputs.passed).toBe(String(code === 0))
    expect(r.summary).toMatch(code === 0 ? /^## ✅ Model audit passed/ : /^## ❌ Model audit failed/)
    const w = warnings(r)
    expect(w).toHaveLength(1)
    expect(w[0]).toMatch(new RegExp(`^Could not ${STEP[call]}: `))
    expectActionable(w[0] ?? '', kind)
    expect(s.callCount(OPERATION[call])).toBe(attempts(kind))
    expect(ours(s)).toBe(call === 'update' ? 1 : 0)
    if (old) expect(old.body).toBe(body('old'))
    expect(r.outputs['comment-url']).toBe('')
    if (code === 1) expect(r.commands.at(-1)?.message).toMatch(/^Model audit failed: 1 of 1 gate breached/)
  })

  it.each(VERDICTS)(
    'an HTML page as the comment list, %s gates: one warning, no comment, the exit code is the gates',
    async (_name, min, code) => {
      const s = await start({ token: TOKEN })
      s.inject('issues/list-comments', {
        status: 200,
        raw: '<!DOCTYPE html>\n<html><body>Unicorn! ::error::forged</body></html>',
        contentType: 'text/html; charset=utf-8',
      })
      const r = await runAction({
        entry,
        workspace: workspace(min),
        eventName: 'pull_request',
        event: 'pull_request.opened.same-repo',
        apiUrl: s.url,
      })
      expect(r.code).toBe(code)
      expect(r.outputs.passed).toBe(String(code === 0))
      expect(warnings(r)).toEqual([
        expect.stringMatching(
          /^Could not read the comments of #42: GitHub's answer to GET \/repos\/acme\/credit-model\/issues\/42\/comments \(page 1\) was an HTML page, not JSON \(text\/html, 66 characters\)/,
        ),
      ])
      expect(r.stdout).not.toContain('forged')
      expect(s.callCount('issues/create-comment')).toBe(0)
      expect(r.outputs['comment-url']).toBe('')
    },
  )

  // The one bundle row with a real backoff (the action's 1 s; on a GET, which octokit does not space).
  it.each(VERDICTS)(
    'a 503 that recovers, %s gates: no warning, one comment, the exit code is the gates',
    async (_name, min, code) => {
      const s = await start({ token: TOKEN })
      s.inject('issues/list-comments', { status: 503 })
      const r = await runAction({
        entry,
        workspace: workspace(min),
        eventName: 'pull_request',
        event: 'pull_request.opened.same-repo',
        apiUrl: s.url,
      })
      expect(r.code).toBe(code)
      expect(warnings(r)).toEqual([])
      expect(s.requestsOf('issues/list-comments').map((x) => x.status)).toEqual([503, 200, 200])
      expect(ours(s)).toBe(1)
    },
  )
})
