/**
 * The bundled action on the events that are not a pull request (push, workflow_dispatch,
 * schedule, release), on workflow_run (publishing a downloaded report), and on a bad
 * configuration; run as the runner runs it, against the fake GitHub on 127.0.0.1. Every test
 * also checks that every request the action sent passes GitHub's OpenAPI description.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import {
  annotations,
  compasRepo,
  dirs,
  FAILING,
  PASSING,
  run,
  server,
  smallRepo,
  start,
  useActionHarness,
  writes,
} from '../support/action-harness.js'
import { ACTIONS_BOT } from '../support/github-server.js'

useActionHarness()

describe('the bundled action on other events', () => {
  it.each([
    ['push', 'push'],
    ['workflow_dispatch', 'workflow_dispatch'],
    ['schedule', 'schedule'],
    ['release', 'release.published'],
  ])('%s: job summary, outputs and exit status, no comment and no API call', async (eventName, event) => {
    await start()
    const r = await run(smallRepo(FAILING), eventName, event)
    expect(r.code).toBe(1)
    expect(server.requests).toEqual([])
    expect(r.summary).toMatch(/^## ❌ Model audit failed/)
    expect(r.outputs.passed).toBe('false')
    expect(r.stdout).toContain('Not a pull request')
  })
})

describe('the bundled action on workflow_run (fork-safe publishing)', () => {
  async function reportFile(ws: string): Promise<string> {
    const out = await runConfigFile('.github/model-audit.yml', { workspace: ws })
    if (!out.ok) throw new Error('fixture failed')
    writeFileSync(join(ws, 'downloaded-report.json'), JSON.stringify(out.report))
    return 'downloaded-report.json'
  }

  it('publishes a downloaded report on the PR named in the payload, without deciding the verdict', async () => {
    await start()
    const ws = compasRepo()
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': await reportFile(ws) },
    })
    expect(r.code).toBe(0)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('## ❌ Model audit failed: 2 of 6 gates breached')
    expect(comments[0]?.body).toContain('commit b2c3d4e5f6a1')
    expect(r.summary).toContain('## ❌ Model audit failed')
    expect(r.outputs).toMatchObject({ passed: 'false', 'failed-gates': '2' })
    expect(annotations(r, 'error')).toEqual([])
  })

  it('finds a fork PR by its head branch and commit when the payload lists none', async () => {
    await start()
    server.addPull({
      owner: 'acme',
      repo: 'credit-model',
      number: 43,
      state: 'open',
      head: {
        sha: 'd4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5',
        ref: 'fix-threshold',
        owner: 'contributor',
        repo: 'credit-model',
      },
    })
    const ws = compasRepo()
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.fork', {
      inputs: { 'report-path': await reportFile(ws) },
    })
    expect(r.code).toBe(0)
    expect(server.requestsOf('pulls/list')[0]?.query).toMatchObject({
      head: 'contributor:fix-threshold',
      state: 'open',
    })
    expect(server.commentsOn('acme', 'credit-model', 43)).toHaveLength(1)
  })

  it('a listed PR whose head is not the run commit gets no comment: only the exact head sha is looked up (red team 28 R28-1)', async () => {
    await start()
    const ws = compasRepo()
    const ev = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../__fixtures__/events/workflow_run.pull_request.same-repo.json'),
        'utf8',
      ),
    ) as { workflow_run: { head_sha: string; pull_requests: { number: number; head: { sha: string } }[] } }
    const runSha = 'a'.repeat(40)
    ev.workflow_run.head_sha = runSha
    const listed = ev.workflow_run.pull_requests[0] as { number: number; head: { sha: string } }
    listed.number = 7
    listed.head.sha = 'b'.repeat(40)
    const evDir = mkdtempSync(join(tmpdir(), 'mag-ev-'))
    dirs.push(evDir)
    writeFileSync(join(evDir, 'event.json'), JSON.stringify(ev))
    const victim =
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->\n## ✅ the verdict on #7\'s head'
    server.addComment('acme', 'credit-model', 7, victim, ACTIONS_BOT)
    const head = { ref: 'retrain-2026', owner: 'acme', repo: 'credit-model' }
    server.addPull({
      owner: 'acme',
      repo: 'credit-model',
      number: 7,
      state: 'open',
      head: { ...head, sha: 'b'.repeat(40) },
    })
    const report = await reportFile(ws)
    const stale = await run(ws, 'workflow_run', join(evDir, 'event.json'), { inputs: { 'report-path': report } })
    expect(stale.code).toBe(0)
    expect(server.requestsOf('pulls/list')[0]?.query).toMatchObject({ head: 'acme:retrain-2026', state: 'open' })
    expect(stale.stdout).toContain(`No open pull request has acme:retrain-2026 at ${runSha.slice(0, 12)}`)
    expect(server.commentsOn('acme', 'credit-model', 7).map((c) => c.body)).toEqual([victim])
    expect(writes()).toBe(0)
    // The pull request whose head is the run's commit, found by head and sha, gets it.
    server.addPull({ owner: 'acme', repo: 'credit-model', number: 8, state: 'open', head: { ...head, sha: runSha } })
    const found = await run(ws, 'workflow_run', join(evDir, 'event.json'), { inputs: { 'report-path': report } })
    expect(found.code).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 7).map((c) => c.body)).toEqual([victim])
    expect(server.commentsOn('acme', 'credit-model', 8)).toHaveLength(1)
    expect(server.commentsOn('acme', 'credit-model', 8)[0]?.body).toContain(`commit ${runSha.slice(0, 12)}`)
  })

  it('a downloaded report whose step outputs cannot be set marks our earlier comment and stays in place (red team 34 R34-4)', async () => {
    await start()
    const ws = compasRepo()
    const earlier = server.addComment(
      'acme',
      'credit-model',
      42,
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->\n## ✅ an earlier commit passed',
      ACTIONS_BOT,
    )
    const report = await reportFile(ws)
    const text = readFileSync(join(ws, report), 'utf8')
    // A directory where the runner's output file should be: appending to it fails (EISDIR).
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': report },
      env: { GITHUB_OUTPUT: ws },
    })
    expect(r.code).toBe(1)
    expect(annotations(r, 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^Model audit: cannot write the step outputs \(GITHUB_OUTPUT\): EISDIR.*; nothing was published$/,
      ),
    ])
    // The "✅" of an earlier commit no longer stands over this one.
    const body = server.commentsOn('acme', 'credit-model', 42).find((c) => c.id === earlier.id)?.body ?? ''
    expect(body).toMatch(
      /^<!-- model-audit-gate config="\.github%2Fmodel-audit\.yml" via="workflow_run" -->\n## ❌ Model audit: the report of this commit was not published/,
    )
    expect(r.summary).toMatch(
      /^## ❌ Model audit: the downloaded report was not published\n\nThe downloaded report was read, but the step outputs could not be set, so it was not published\./,
    )
    // The downloaded report is the triggering run's: it stays.
    expect(readFileSync(join(ws, report), 'utf8')).toBe(text)
  })

  it('an unexpected error while the downloaded report is read marks our earlier comment, as the pull-request modes do', async () => {
    await start()
    const ws = compasRepo()
    const earlier = server.addComment(
      'acme',
      'credit-model',
      42,
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->\n## ✅ an earlier commit passed',
      ACTIONS_BOT,
    )
    const report = await reportFile(ws)
    const text = readFileSync(join(ws, report), 'utf8')
    // A fault inside the run, before anything is published: the log refuses the line that opens
    // the read's group, once (a preload, as NODE_OPTIONS loads one on a runner).
    const fault = join(mkdtempSync(join(tmpdir(), 'mag-fault-')), 'fault.cjs')
    dirs.push(dirname(fault))
    writeFileSync(
      fault,
      [
        'const write = process.stdout.write.bind(process.stdout)',
        'let thrown = false',
        'process.stdout.write = (chunk, ...rest) => {',
        "  if (!thrown && String(chunk).startsWith('::group::Read the report computed by the triggering run')) {",
        '    thrown = true',
        "    throw new Error('injected fault')",
        '  }',
        '  return write(chunk, ...rest)',
        '}',
        '',
      ].join('\n'),
    )
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': report },
      env: { NODE_OPTIONS: `--require ${fault}` },
    })
    expect(r.code).toBe(1)
    expect(annotations(r, 'error').map((c) => c.message)).toEqual([
      'Model audit stopped on an unexpected error: injected fault',
    ])
    expect(r.outputs).toEqual({})
    // The "✅" of an earlier commit no longer stands over this one.
    const body = server.commentsOn('acme', 'credit-model', 42).find((c) => c.id === earlier.id)?.body ?? ''
    expect(body).toMatch(
      /^<!-- model-audit-gate config="\.github%2Fmodel-audit\.yml" via="workflow_run" -->\n## ❌ Model audit: the report of this commit was not published/,
    )
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
    expect(r.summary).toMatch(
      /^## ❌ Model audit: the downloaded report was not published\n\n- Model audit stopped on an unexpected error&#58; injected fault\n/,
    )
    expect(readFileSync(join(ws, report), 'utf8')).toBe(text)
  })

  it("a published comment's marker names the publishing step's config, not the artifact's (red team 7 R7-7)", async () => {
    await start()
    const ws = compasRepo()
    // Publisher B's comment; the artifact (the pull request's) names B's config, but this is publisher A.
    const other = server.addComment(
      'acme',
      'credit-model',
      42,
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->\n## ✅ publisher B',
      ACTIONS_BOT,
    )
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': await reportFile(ws), config: '.github/model-audit-a.yml' },
    })
    expect(r.code).toBe(0)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments.find((c) => c.id === other.id)?.body).toBe(
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->\n## ✅ publisher B',
    )
    expect(comments).toHaveLength(2)
    expect(comments.find((c) => c.id !== other.id)?.body.split('\n')[0]).toBe(
      '<!-- model-audit-gate config=".github%2Fmodel-audit-a.yml" via="workflow_run" -->',
    )
  })

  it("an artifact naming another workflow's config never takes over that workflow's comment", async () => {
    await start()
    const ws = compasRepo()
    // A trusted run (pull_request_target, or this repository's own pull_request workflow) commented on #42 for this config.
    const trusted = server.addComment(
      'acme',
      'credit-model',
      42,
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n## ✅ the trusted verdict',
      ACTIONS_BOT,
    )
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': await reportFile(ws) },
    })
    expect(r.code).toBe(0)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments.find((c) => c.id === trusted.id)?.body).toBe(
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n## ✅ the trusted verdict',
    )
    expect(comments).toHaveLength(2)
    expect(comments.find((c) => c.id !== trusted.id)?.body.split('\n')[0]).toBe(
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->',
    )
    // And its config path may not carry a line into the log.
    const forged = JSON.parse(readFileSync(join(ws, 'downloaded-report.json'), 'utf8')) as { config: string }
    forged.config = '.github/model-audit.yml\n##[error]forged'
    writeFileSync(join(ws, 'forged.json'), JSON.stringify(forged))
    const bad = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'forged.json' },
    })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/forged\.json: not a valid report: \/config must be the config's path/)
    expect(bad.stdout).not.toMatch(/^##\[error\]forged/m)
  })

  it('a report whose gates say pass over values past their own bounds is refused, not published green (red team 28 R28-8)', async () => {
    await start()
    const ws = smallRepo(FAILING)
    const report = JSON.parse(readFileSync(join(ws, await reportFile(ws)), 'utf8')) as {
      passed: boolean
      summary: { failed: number; warned: number; passed: number }
      audits: { passed: boolean; gates: { status: string; effect: string }[] }[]
    }
    for (const a of report.audits) {
      for (const g of a.gates) {
        g.status = 'pass'
        g.effect = 'pass'
      }
      a.passed = true
    }
    const gates = report.audits.flatMap((a) => a.gates).length
    report.passed = true
    report.summary = { ...report.summary, failed: 0, warned: 0, passed: gates }
    writeFileSync(join(ws, 'relabelled.json'), JSON.stringify(report))
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'relabelled.json' },
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /relabelled\.json: the report contradicts its own gates, so it was edited: \/audits\/0\/gates\/0: status 'pass' is milder than its value 0\.75 .*\('fail'\)/,
    )
    expect(r.outputs.passed).toBeUndefined()
    expect(server.requests.filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([])
  })

  it('a refused report: the published comment of this publisher says the report of this commit was not published (red team 28 R28-2)', async () => {
    await start()
    const ws = compasRepo()
    expect(
      (
        await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
          inputs: { 'report-path': await reportFile(ws) },
        })
      ).code,
    ).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
    writeFileSync(join(ws, 'not-a-report.json'), '{"hello": 1}')
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'not-a-report.json' },
    })
    expect(r.code).toBe(1)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body.split('\n').slice(0, 2)).toEqual([
      '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->',
      '## ❌ Model audit: the report of this commit was not published',
    ])
    expect(comments[0]?.body).toContain(
      "The report of commit b2c3d4e5f6a1, from the pull request's run, was refused: 1 problem",
    )
    expect(r.stdout).toContain('Comment updated, to say the report was not published')
  })

  it('no report to publish: a warning and a job summary naming the run and the artifact to check, and the job passes', async () => {
    await start()
    const missing = await run(compasRepo(), 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'nope.json' },
    })
    // The verdict is the triggering run's (README: workflow_run never fails the job on it).
    expect(missing.code).toBe(0)
    const warning = annotations(missing, 'warning')
    expect(warning).toHaveLength(1)
    expect(warning[0]?.properties.title).toBe('Model audit: no report to publish')
    expect(warning[0]?.properties.file).toBeUndefined()
    expect(warning[0]?.message).toMatch(/^No JSON report at `nope\.json`, so nothing was published/)
    expect(warning[0]?.message).toContain(
      '"Model audit (compute)" run (success), https://github.com/acme/credit-model/actions/runs/123456789',
    )
    expect(warning[0]?.message).toMatch(/artifact name and the report path must agree/)
    expect(annotations(missing, 'error')).toEqual([])
    expect(missing.summary).toMatch(/^## ⚠️ Model audit: no report to publish\n\nNo JSON report at/)
    expect(missing.outputs).toEqual({})
    expect(server.requests).toEqual([])
  })

  it('fails with the file named when the report is not a report, titled as the report, with a job summary', async () => {
    await start()
    const ws = compasRepo()
    writeFileSync(join(ws, 'not-a-report.json'), '{"hello": 1}')
    const wrong = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'not-a-report.json' },
    })
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toMatch(/not-a-report\.json: not a Model Audit Gate report/)
    const refused = annotations(wrong, 'error').find((c) => c.properties.file === 'not-a-report.json')
    expect(refused?.properties.title).toBe('Model audit report')
    expect(wrong.summary).toMatch(
      /^## ❌ Model audit: the downloaded report was not published\n\n- not&#45;a&#45;report\.json&#58; not a Model Audit Gate report/,
    )
    // A fork's run controls the artifact: a field the renderer writes raw must have its type.
    const tampered = JSON.parse(readFileSync(join(ws, await reportFile(ws)), 'utf8')) as { audits: { rows: unknown }[] }
    ;(tampered.audits[0] as { rows: unknown }).rows = '<img src=https://evil.example/p.png> @everyone'
    writeFileSync(join(ws, 'tampered.json'), JSON.stringify(tampered))
    const evil = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'tampered.json' },
    })
    expect(evil.code).toBe(1)
    expect(evil.stdout).toMatch(/tampered\.json: not a valid report: \/audits\/0\/rows must be integer/)
    // No size bound let a small compressed artifact cost hundreds of MB (red team A34): refused from its size.
    writeFileSync(join(ws, 'huge.json'), '')
    truncateSync(join(ws, 'huge.json'), 32 * 1024 * 1024 + 1)
    const huge = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'huge.json' },
    })
    expect(huge.code).toBe(1)
    // A report edited to say it passed over a failing gate: the outputs would say passed, the comment failed (red team A73).
    const forged = JSON.parse(readFileSync(join(ws, await reportFile(ws)), 'utf8')) as {
      passed: boolean
      summary: { failed: number }
      audits: { passed: boolean }[]
    }
    forged.passed = true
    forged.summary.failed = 0
    for (const a of forged.audits) a.passed = true
    writeFileSync(join(ws, 'forged.json'), JSON.stringify(forged))
    const lie = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', {
      inputs: { 'report-path': 'forged.json' },
    })
    expect(lie.code).toBe(1)
    expect(lie.stdout).toMatch(
      /forged\.json: the report contradicts its own gates, so it was edited: \/audits\/0\/passed is true, but a gate fails; nothing was published/,
    )
    expect(lie.outputs.passed).toBeUndefined()
    expect(huge.stdout).toMatch(
      /huge\.json: too large for a report \(33,554,433 bytes, over the limit of 33,554,432 \(32 MiB\)\); nothing was published/,
    )
    // No comment of ours to mark as not published (red team 28 R28-2): only looked for.
    expect(server.requests.filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([])
  })
})

describe('the bundled action on bad configuration', () => {
  it('fails with every config problem at file:line:col, and comments nothing', async () => {
    await start()
    const ws = smallRepo('      - metric: acuracy\n        min: 0.5\n      - metric: accuracy\n        mni: 0.5\n')
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(1)
    // It looks for a comment of its own to say it could not run (red team 28 R28-2); there is none.
    expect(server.requests.filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([])
    const failed = r.commands.at(-1)?.message ?? ''
    expect(failed).toMatch(/^\.github\/model-audit\.yml: 2 problems; nothing was audited/)
    expect(failed).toMatch(/\.github\/model-audit\.yml:8:17: .*acuracy/)
    expect(failed).toMatch(/\.github\/model-audit\.yml:11:9: unknown key 'mni'/)
    expect(
      annotations(r, 'error')
        .filter((c) => c.properties.file === '.github/model-audit.yml')
        .map((c) => c.properties.line),
    ).toEqual(['8', '11'])
    expect(r.outputs).toEqual({})
  })

  it('writes a problem to the step summary as the log shows it: a value made visible once (red team 16 R16-2)', async () => {
    await start()
    const r = await run(
      smallRepo('      - metric: "acc\\u2028x"\n        min: 0.5\n'),
      'pull_request',
      'pull_request.opened.same-repo',
    )
    expect(r.code).toBe(1)
    const failed = r.commands.at(-1)?.message ?? ''
    expect(failed).toContain('the string "acc<U+2028>x" is not allowed here')
    expect(r.summary).toContain('&quot;acc&lt;U+2028&gt;x&quot; is not allowed here')
    expect(r.summary).not.toContain('U&#43;003C')
    expect(r.summary).not.toContain('\u2028')
  })

  it('fails listing every malformed input at once', async () => {
    await start()
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo', {
      inputs: { comment: 'sometimes', 'fail-on': 'Warning', 'report-path': 'out/' },
    })
    expect(r.code).toBe(1)
    const msg = r.commands.at(-1)?.message ?? ''
    expect(msg).toMatch(/^Invalid inputs: 3 problems/)
    expect(msg).toContain('input `comment` is "sometimes"; expected `always`, `on-failure`, `never`')
    expect(msg).toContain(
      'input `fail-on` is "Warning"; expected `error`, `warning`, `never` (did you mean `warning`?)',
    )
    expect(msg).toContain('input `report-path` is "out/", a directory')
    expect(server.requests).toEqual([])
  })
})
