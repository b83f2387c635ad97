/**
 * The bundled action on pull_request, run as the runner runs it, against the fake GitHub on
 * 127.0.0.1 (other events, workflow_run and bad configuration: action-events.test.ts). Each
 * test is one acceptance check of the GitHub Action issue; every test also checks that every
 * request the action sent passes GitHub's OpenAPI description.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeRepo } from '../support/action-runner.js'
import {
  annotations,
  COMPAS_CONFIG,
  compasRepo,
  dirs,
  FAILING,
  PASSING,
  run,
  server,
  smallRepo,
  start,
  TOKEN,
  useActionHarness,
  WARN_ONLY,
  writes,
} from '../support/action-harness.js'
import { ACTIONS_BOT, secondaryRateLimit } from '../support/github-server.js'

useActionHarness()

describe('the bundled action on pull_request', () => {
  it('fails on a breached error gate after writing the comment, summary, outputs, report and annotations', async () => {
    await start()
    const ws = compasRepo()
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(1)

    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    const body = (comments[0] as { body: string }).body
    expect(
      body.startsWith(
        '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n## ❌ Model audit failed: 2 of 6 gates breached',
      ),
    ).toBe(true)
    expect(body).toContain('commit a1b2c3d4e5f6')
    expect(body).toMatch(/^~~~mermaid\n---\n[\s\S]*?\n---\nxychart-beta$/m)
    expect(r.summary).toContain('## ❌ Model audit failed: 2 of 6 gates breached')

    expect(r.outputs).toEqual({
      passed: 'false',
      'failed-gates': '2',
      'warned-gates': '2',
      'report-path': join(ws, 'model-audit-report.json'),
      'comment-url': `https://github.com/acme/credit-model/pull/42#issuecomment-${comments[0]?.id}`,
      'issue-url': '',
      'issue-number': '',
    })
    const report = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as {
      passed: boolean
      summary: { failed: number }
    }
    expect(report).toMatchObject({ passed: false, summary: { failed: 2 } })

    const lineOf = (name: string): string =>
      String(COMPAS_CONFIG.split('\n').findIndex((l) => l.includes(`name: ${name}`)) + 1)
    const errors = annotations(r, 'error')
    expect(errors.slice(0, 2).map((c) => [c.properties.file, c.properties.line])).toEqual([
      ['.github/model-audit.yml', lineOf('False positive rates differ by race')],
      ['.github/model-audit.yml', lineOf('False negative rates differ by race')],
    ])
    expect(annotations(r, 'warning').map((c) => c.properties.line)).toEqual([
      lineOf('Selection-rate ratio by age'),
      lineOf('No group wrongly flagged'),
    ])
    // core.setFailed comes last, after the annotations, as one line.
    expect(r.commands.at(-1)).toEqual({
      command: 'error',
      properties: {},
      message:
        'Model audit failed: 2 of 6 gates breached: False positive rates differ by race (race), False negative rates differ by race (race)',
    })
    // The order of the phases: the report (so nothing claims a result it could not write), publish, outputs, annotations, the verdict.
    const out = r.stdout
    expect(out.indexOf('JSON report:')).toBeLessThan(out.indexOf('Publish: PR comment'))
    expect(out.indexOf('Publish: PR comment')).toBeLessThan(out.indexOf('::error title=Gate breached'))
  })

  it('keeps one comment over runs: updated on a new commit, untouched when nothing changed', async () => {
    await start()
    const ws = smallRepo(FAILING)
    expect((await run(ws, 'pull_request', 'pull_request.opened.same-repo')).code).toBe(1)
    expect(server.callCount('issues/create-comment')).toBe(1)
    const second = await run(ws, 'pull_request', 'pull_request.synchronize.same-repo')
    expect(second.code).toBe(1)
    expect(server.callCount('issues/create-comment')).toBe(1)
    expect(server.callCount('issues/update-comment')).toBe(1)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('commit b2c3d4e5f6a1')
    const before = writes()
    const third = await run(ws, 'pull_request', 'pull_request.synchronize.same-repo')
    expect(third.code).toBe(1)
    expect(writes()).toBe(before)
    expect(third.stdout).toContain('Comment unchanged, not rewritten')
    expect(third.outputs['comment-url']).toBe(second.outputs['comment-url'])
  })

  it('a comment list whose items carry no body: a warning, nothing written, run after run (red team 28 R28-4)', async () => {
    await start()
    const ws = smallRepo(FAILING)
    expect((await run(ws, 'pull_request', 'pull_request.opened.same-repo')).code).toBe(1)
    const ours = server.commentsOn('acme', 'credit-model', 42)
    expect(ours).toHaveLength(1)
    const bodiless = ours.map((c) => ({
      id: c.id,
      html_url: `https://github.com/acme/credit-model/pull/42#issuecomment-${c.id}`,
      user: { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'Bot' },
      created_at: c.created_at,
    }))
    const before = writes()
    for (let i = 0; i < 2; i++) {
      server.inject('issues/list-comments', { status: 200, body: bodiless })
      const r = await run(ws, 'pull_request', 'pull_request.synchronize.same-repo')
      expect(r.code).toBe(1)
      expect(annotations(r, 'warning').filter((c) => /^Could not read the comments of #42/.test(c.message))).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /GitHub's answer to GET \/repos\/acme\/credit-model\/issues\/42\/comments \(page 1\) was a JSON list whose item 1 has no `body`/,
          ),
        }),
      ])
      expect(r.outputs['comment-url']).toBe('')
    }
    expect(writes()).toBe(before)
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
  })

  it('a run that cannot audit its commit says so in our comment, and starts none (red team 28 R28-2)', async () => {
    await start()
    const ws = smallRepo(PASSING)
    // No comment of ours yet: the run that cannot audit only reads the list.
    writeFileSync(join(ws, 'data/eval.csv'), Buffer.from('y,p,grp\n1,0,a\n0,1,a\n1,0,b\n0,1,\xff\n', 'latin1'))
    const none = await run(ws, 'pull_request', 'pull_request.opened.same-repo')
    expect(none.code).toBe(1)
    expect(writes()).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 42)).toEqual([])
    // The earlier commit passed: a green comment.
    writeFileSync(join(ws, 'data/eval.csv'), 'y,p,grp\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n')
    expect((await run(ws, 'pull_request', 'pull_request.opened.same-repo')).code).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 42)[0]?.body).toContain('## ✅ Model audit passed')
    // The next commit breaks the accuracy and adds an invalid byte: the audit stops before any verdict.
    writeFileSync(join(ws, 'data/eval.csv'), Buffer.from('y,p,grp\n1,0,a\n0,1,a\n1,0,b\n0,1,b\xff\n', 'latin1'))
    const r = await run(ws, 'pull_request', 'pull_request.synchronize.same-repo')
    expect(r.code).toBe(1)
    expect(r.summary).toMatch(/^## ❌ Model audit could not run/)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body.split('\n').slice(0, 2)).toEqual([
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->',
      '## ❌ Model audit could not run',
    ])
    expect(comments[0]?.body).toContain('The audit of commit b2c3d4e5f6a1 could not run: 1 problem')
    expect(comments[0]?.body).not.toContain('passed')
    expect(r.stdout).toContain('Comment updated, to say the audit could not run')
  })

  it.each([
    ['a directory committed at report-path', 'directory'],
    ['the data moved to report-path (a file the run reads)', 'data'],
  ] as const)(
    '%s: our comment says this commit could not run, and the summary says why (red team 32 R32-11)',
    async (_what, kind) => {
      await start()
      const ws = smallRepo(PASSING)
      writeFileSync(join(ws, 'data/eval.csv'), 'y,p,grp\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n')
      expect((await run(ws, 'pull_request', 'pull_request.opened.same-repo')).code).toBe(0)
      expect(server.commentsOn('acme', 'credit-model', 42)[0]?.body).toContain('## ✅ Model audit passed')
      // The next commit: every prediction wrong, and report-path unwritable.
      rmSync(join(ws, 'model-audit-report.json')) // the first run's report (a fresh checkout has none)
      if (kind === 'directory') {
        writeFileSync(join(ws, 'data/eval.csv'), 'y,p,grp\n1,0,a\n0,1,a\n1,0,b\n0,1,b\n')
        mkdirSync(join(ws, 'model-audit-report.json'))
        writeFileSync(join(ws, 'model-audit-report.json', 'keep'), 'x')
      } else {
        const rows = [
          { y: 1, p: 0, grp: 'a' },
          { y: 0, p: 1, grp: 'a' },
          { y: 1, p: 0, grp: 'b' },
          { y: 0, p: 1, grp: 'b' },
        ]
        writeFileSync(join(ws, 'model-audit-report.json'), JSON.stringify(rows))
        const cfg = join(ws, '.github/model-audit.yml')
        writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('data/eval.csv', 'model-audit-report.json'))
      }
      const r = await run(ws, 'pull_request', 'pull_request.synchronize.same-repo')
      expect(r.code).toBe(1)
      const failed = annotations(r, 'error').at(-1)?.message ?? ''
      expect(failed).toMatch(
        kind === 'directory'
          ? /^Inputs: 1 problem; nothing was audited\nmodel-audit-report\.json: report-path 'model-audit-report\.json' exists and is not a regular file/
          : /^Inputs: 1 problem; nothing was published\nmodel-audit-report\.json: report-path 'model-audit-report\.json' is a file this run reads/,
      )
      expect(r.summary).toMatch(/^## ❌ Model audit could not run\n/)
      expect(r.summary).toContain(
        kind === 'directory' ? 'exists and is not a regular file' : 'is a file this run reads',
      )
      if (kind === 'data') expect(r.summary).toContain('The audit ran, but its report could not be written')
      expect(r.outputs).toEqual({})
      const comments = server.commentsOn('acme', 'credit-model', 42)
      expect(comments).toHaveLength(1)
      expect(comments[0]?.body.split('\n').slice(0, 2)).toEqual([
        '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->',
        '## ❌ Model audit could not run',
      ])
      expect(comments[0]?.body).toContain('The audit of commit b2c3d4e5f6a1 could not run: 1 problem')
      expect(comments[0]?.body).not.toContain('passed')
    },
  )

  it('the "could not run" comment writes a payload head SHA that is not a SHA inert (red team 31 R31-13)', async () => {
    await start()
    const ws = smallRepo(PASSING)
    writeFileSync(join(ws, 'data/eval.csv'), 'y,p,grp\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n')
    expect((await run(ws, 'pull_request', 'pull_request.opened.same-repo')).code).toBe(0)
    // A hand-made payload (a replayed event, a harness): its head SHA is markdown.
    const fixture = join(
      import.meta.dirname,
      '..',
      '..',
      '__fixtures__',
      'events',
      'pull_request.synchronize.same-repo.json',
    )
    const payload = JSON.parse(readFileSync(fixture, 'utf8')) as { pull_request: { head: { sha: string } } }
    payload.pull_request.head.sha = '@octocat #12'
    const event = join(ws, 'event-r31-13.json')
    writeFileSync(event, JSON.stringify(payload))
    writeFileSync(join(ws, 'data/eval.csv'), Buffer.from('y,p,grp\n1,0,a\n0,1,a\n1,0,b\n0,1,b\xff\n', 'latin1'))
    const r = await run(ws, 'pull_request', event)
    expect(r.code).toBe(1)
    const body = server.commentsOn('acme', 'credit-model', 42)[0]?.body ?? ''
    expect(body).toContain('## ❌ Model audit could not run')
    expect(body).not.toMatch(/(^|[^\\])@octocat/)
    expect(body).not.toMatch(/(^|[^\\&])#12/)
  })

  it('passes with only warnings, and the headline says so', async () => {
    await start()
    const r = await run(smallRepo(WARN_ONLY), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    const body = server.commentsOn('acme', 'credit-model', 42)[0]?.body ?? ''
    expect(body).toMatch(/^<!--[^\n]*-->\n## ⚠️ Model audit passed with 1 warning: `accuracy_difference` \(grp\)/)
    expect(r.summary).toMatch(/^## ⚠️ Model audit passed with 1 warning/)
    expect(r.outputs).toMatchObject({ passed: 'true', 'failed-gates': '0', 'warned-gates': '1' })
    expect(annotations(r, 'warning')).toHaveLength(1)
    expect(annotations(r, 'error')).toEqual([])
  })

  it('fails on warnings with fail-on: warning', async () => {
    await start()
    const r = await run(smallRepo(WARN_ONLY), 'pull_request', 'pull_request.opened.same-repo', {
      inputs: { 'fail-on': 'warning' },
    })
    expect(r.code).toBe(1)
    expect(r.commands.at(-1)?.message).toMatch(/^Model audit: 1 gate with warnings, and fail-on is warning/)
    // The summary and the comment say what the job says, not "passed with 1 warning" beside a red check (red team 40 R40-5).
    expect(r.summary).toMatch(/^## ❌ Model audit failed: 1 gate warned, and fail-on is warning — /)
    const [comment] = server.commentsOn('acme', 'credit-model', 42)
    expect(comment?.body).toMatch(/\n## ❌ Model audit failed: 1 gate warned, and fail-on is warning — /)
    // `passed` stays the audit's verdict: no gate at error level breached.
    expect(r.outputs).toMatchObject({ passed: 'true', 'warned-gates': '1' })
  })

  it('publishes nothing when the step outputs cannot be written: the comment never says ✅ over a failed job', async () => {
    await start()
    const ws = smallRepo(PASSING)
    // A directory where the runner's output file should be: appending to it fails (EISDIR).
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo', { env: { GITHUB_OUTPUT: ws } })
    expect(r.code).toBe(1)
    expect(annotations(r, 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^Model audit: cannot write the step outputs \(GITHUB_OUTPUT\): .*; nothing was published \(no report is left at report-path\)$/,
      ),
    ])
    expect(server.comments).toEqual([])
    // A report left behind would be read by a later step as this commit's verdict (red team 34 R34-4).
    expect(existsSync(join(ws, 'model-audit-report.json'))).toBe(false)
    // The summary says why, and claims no result (red team 32 R32-11).
    expect(r.summary).toMatch(
      /^## ❌ Model audit could not run\n\nThe audit ran, but the step outputs could not be set, so no verdict of this commit was published\.\n\n- cannot write the step outputs /,
    )
    expect(r.summary).toContain('EISDIR')
  })

  it('sets every verdict output or none: an output file that fills up after the first output keeps no `passed` (red team 34 R34-4)', async () => {
    await start()
    const ws = smallRepo(PASSING)
    // The runner's output file, some 100 bytes short of the file-size limit: one output's block
    // fits, the next fails with EFBIG. @actions/core's setOutput, one append per output, left
    // `passed<<…true…` there, which a later `if: always()` step read as a passing verdict.
    const out = join(mkdtempSync(join(tmpdir(), 'mag-out-')), 'output.txt')
    const before = `earlier<<EOF\n${'x'.repeat(64 * 1024 - 130)}\nEOF\n`
    writeFileSync(out, before)
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo', {
      env: { GITHUB_OUTPUT: out },
      fileSizeLimitKiB: 64,
    })
    expect(r.code).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe(before)
    expect(annotations(r, 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^Model audit: cannot write the step outputs \(GITHUB_OUTPUT\): EFBIG: file too large, write; nothing was published \(no report is left at report-path\)$/,
      ),
    ])
    expect(existsSync(join(ws, 'model-audit-report.json'))).toBe(false)
    expect(server.comments).toEqual([])
    rmSync(dirname(out), { recursive: true, force: true })
  })

  it('exits 0 on a breached gate with fail-on: never, still reporting it', async () => {
    await start()
    const r = await run(compasRepo(), 'pull_request', 'pull_request.opened.same-repo', {
      inputs: { 'fail-on': 'never' },
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ passed: 'false', 'failed-gates': '2' })
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
    expect(r.summary).toMatch(
      /^## ❌ Model audit failed: 2 of 6 gates breached — .* \(fail-on: never, so the job passes\)\n/,
    )
    expect(annotations(r, 'error')).toHaveLength(2)
  })

  it.each([
    ['failing gates', 'compas', 1],
    ['passing gates', 'passing', 0],
  ])(
    'on a fork PR (403 on comment) with %s: exit decided by the gates, a warning naming the workflow_run pair, the summary written',
    async (_, which, code) => {
      await start({ readOnly: true })
      const ws = which === 'compas' ? compasRepo() : smallRepo(PASSING)
      const r = await run(ws, 'pull_request', 'pull_request.synchronize.fork')
      expect(r.code).toBe(code)
      const warning = annotations(r, 'warning').find((c) => c.message.startsWith('Could not comment'))
      expect(warning?.message).toMatch(/^Could not comment on #43: GitHub answered 403/)
      // No permission a fork's workflow can set would help: the advice is the pair, not `pull-requests: write`.
      expect(warning?.message).toMatch(/comes from a fork.*read-only token.*examples\/workflows\/model-audit-fork\.yml/)
      expect(warning?.message).not.toContain('pull-requests: write')
      expect(r.summary).toMatch(/^## (❌|✅) Model audit/)
      expect(r.outputs['comment-url']).toBe('')
      expect(server.comments).toEqual([])
    },
  )

  it('retries a 500 on the comment and succeeds', async () => {
    await start()
    server.inject('issues/create-comment', { status: 500 })
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    expect(server.requestsOf('issues/create-comment').map((x) => x.status)).toEqual([500, 201])
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
    expect(annotations(r, 'warning')).toEqual([])
  })

  it('waits out a secondary rate limit on the comment list', async () => {
    await start()
    server.inject('issues/list-comments', secondaryRateLimit(1))
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    // The third list is the check for a racing run's comment, after creating.
    expect(server.requestsOf('issues/list-comments').map((x) => x.status)).toEqual([403, 200, 200])
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
  })

  it('renders a hostile group name inert in the comment', async () => {
    await start()
    const evil = '</details><img src=x onerror=alert(1)> | @everyone'
    const r = await run(smallRepo(PASSING, evil), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    const body = server.commentsOn('acme', 'credit-model', 42)[0]?.body ?? ''
    expect(body).toContain('&lt;/details&gt;&lt;img src&#61;x onerror&#61;alert&#40;1&#41;&gt; &#124; &#64;everyone')
    for (const bad of ['<img', '</details><img', '@everyone', 'onerror=']) expect(body).not.toContain(bad)
    expect(body.match(/<details>/g)?.length ?? 0).toBe(body.match(/<\/details>/g)?.length ?? 0)
  })

  it('bounds the comment of 5,000 groups under 65,536 characters (no 422), the summary keeps every group', async () => {
    await start()
    const rows = ['y,p,region']
    for (let i = 0; i < 5000; i++) rows.push(`1,1,region-${i}`, `0,${i % 2},region-${i}`)
    const config =
      'audits:\n  - name: regions\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [region]\n    max_groups: 10000\n    confidence: false\n    gates:\n      - metric: accuracy_difference\n        max: 0.1\n'
    const ws = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': `${rows.join('\n')}\n` })
    dirs.push(ws)
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(1)
    const created = server.requestsOf('issues/create-comment')
    expect(created.map((q) => q.status)).toEqual([201])
    const body = server.commentsOn('acme', 'credit-model', 42)[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/Shortened to fit GitHub's 65,536-character limit/)
    // `region-4999` could be a repository's custom autolink (prefix `region-`): its hyphen is an entity.
    expect(r.summary).toContain('region&#45;4999')
    expect(r.stdout).toContain('The comment was shortened to fit')
  })

  it('comments as the PAT user when the token can read GET /user, ignoring the bot marker copy', async () => {
    await start({ identity: { login: 'audit-bot-user', id: 77, type: 'User' } })
    server.addComment(
      'acme',
      'credit-model',
      42,
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\nold, by the Actions bot',
      ACTIONS_BOT,
    )
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 42).map((c) => c.user.login)).toEqual([
      ACTIONS_BOT.login,
      'audit-bot-user',
    ])
  })

  it('with comment: on-failure, writes nothing on a passing PR', async () => {
    await start()
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo', {
      inputs: { comment: 'on-failure' },
    })
    expect(r.code).toBe(0)
    expect(writes()).toBe(0)
    expect(r.summary).toMatch(/^## ✅ Model audit passed/)
  })

  it('compares with a baseline report, and treats a missing one as a first run', async () => {
    await start()
    const ws = smallRepo(FAILING)
    const missing = await run(ws, 'push', 'push', { inputs: { baseline: 'baseline/model-audit-report.json' } })
    expect(missing.code).toBe(1)
    // A branch's first run: a notice, neither a warning nor an invalid baseline (README: "a notice, not an error").
    const notices = missing.commands.filter((c) => c.command === 'notice')
    expect(notices.map((c) => c.message)).toEqual([
      'No baseline comparison: baseline baseline/model-audit-report.json not found (the first run on a branch has none)',
    ])
    expect(annotations(missing, 'warning').filter((c) => c.message.includes('baseline'))).toEqual([])
    const firstReport = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as {
      baseline?: { status: string }
    }
    expect(firstReport.baseline?.status).toBe('missing')
    // A baseline file that is there but is no report is a warning: something is wrong with the download.
    writeFileSync(join(ws, 'broken.json'), '<html>not a report</html>')
    const broken = await run(ws, 'push', 'push', { inputs: { baseline: 'broken.json' } })
    expect(annotations(broken, 'warning').flatMap((c) => (c.message.includes('baseline') ? [c.message] : []))).toEqual([
      expect.stringMatching(/^No baseline comparison: .*broken\.json/),
    ])
    const first = await run(ws, 'push', 'push', { inputs: { 'report-path': 'baseline/model-audit-report.json' } })
    expect(first.code).toBe(1)
    const second = await run(ws, 'push', 'push', { inputs: { baseline: 'baseline/model-audit-report.json' } })
    expect(second.stdout).toContain('Compared with the baseline report baseline/model-audit-report.json.')
    expect(second.summary).toContain('change against the baseline report baseline/model&#45;audit&#45;report.json')
    const report = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as {
      baseline?: { status: string }
    }
    expect(report.baseline?.status).toBe('compared')
  })

  it('never prints the token', async () => {
    await start()
    const r = await run(smallRepo(FAILING), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    expect(r.stderr).not.toContain(TOKEN)
    expect(server.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true)
  })
})
