/**
 * The bundled action, run as the runner runs it, against the fake GitHub on 127.0.0.1.
 * Each test is one acceptance check of the GitHub Action issue; every test also checks that
 * every request the action sent passes GitHub's OpenAPI description.
 */
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { buildAction, makeRepo, runAction, type ActionRun, type RunOptions } from '../support/action-runner.js'
import { ACTIONS_BOT, secondaryRateLimit, startGitHubServer, type GitHubServer } from '../support/github-server.js'

const ROOT = join(import.meta.dirname, '..', '..')
const COMPAS_CONFIG = readFileSync(join(ROOT, 'examples/compas/model-audit.yml'), 'utf8')
const TOKEN = 'ghs_installation_token_for_tests'

let entry: string
let server: GitHubServer
const dirs: string[] = []

beforeAll(async () => {
  entry = await buildAction()
}, 180_000)

afterEach(async () => {
  if (server) {
    expect(server.violations).toEqual([])
    expect(server.responseViolations).toEqual([])
    await server.close()
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** The COMPAS example at the default config path: 2 error gates breached, 2 warnings. */
function compasRepo(): string {
  const dir = makeRepo({ '.github/model-audit.yml': COMPAS_CONFIG }, { 'examples/compas/compas-scores-two-years.csv': 'examples/compas/compas-scores-two-years.csv' })
  dirs.push(dir)
  return dir
}

/** A small repo: groups a and b, accuracy 1.0 and 0.5; gates chosen by the test. */
function smallRepo(gates: string, group = 'b'): string {
  const csv = ['y,p,grp', '1,1,a', '0,0,a', '1,1,a', '0,0,a', '1,1,b', '0,1,b', '1,0,b', '0,0,b'].join('\n').replace(/,b$/gm, `,"${group.replace(/"/g, '""')}"`)
  const config = `audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [grp]\n    gates:\n${gates}`
  const dir = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': `${csv}\n` })
  dirs.push(dir)
  return dir
}

const WARN_ONLY = '      - metric: accuracy_difference\n        max: 0.2\n        level: warning\n      - metric: accuracy\n        min: 0.5\n'
const PASSING = '      - metric: accuracy\n        min: 0.5\n'

async function start(options: Parameters<typeof startGitHubServer>[0] = {}): Promise<void> {
  server = await startGitHubServer({ token: TOKEN, ...options })
}

function run(workspace: string, eventName: string, event: string, extra: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({ entry, workspace, eventName, event, apiUrl: server.url, ...extra })
}

const writes = (): number => server.callCount('issues/create-comment') + server.callCount('issues/update-comment')
const annotations = (r: ActionRun, level: 'error' | 'warning'): ActionRun['commands'] => r.commands.filter((c) => c.command === level)

describe('the bundled action on pull_request', () => {
  it('fails on a breached error gate after writing the comment, summary, outputs, report and annotations', async () => {
    await start()
    const ws = compasRepo()
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(1)

    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    const body = (comments[0] as { body: string }).body
    expect(body.startsWith('<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n## ❌ Model audit failed: 2 of 6 gates breached')).toBe(true)
    expect(body).toContain('commit a1b2c3d4e5f6')
    expect(body).toContain('~~~mermaid\nxychart-beta')
    expect(r.summary).toContain('## ❌ Model audit failed: 2 of 6 gates breached')

    expect(r.outputs).toEqual({ passed: 'false', 'failed-gates': '2', 'warned-gates': '2', 'report-path': join(ws, 'model-audit-report.json'), 'comment-url': `https://github.com/acme/credit-model/pull/42#issuecomment-${comments[0]?.id}` })
    const report = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as { passed: boolean; summary: { failed: number } }
    expect(report).toMatchObject({ passed: false, summary: { failed: 2 } })

    const lineOf = (name: string): string => String(COMPAS_CONFIG.split('\n').findIndex((l) => l.includes(`name: ${name}`)) + 1)
    const errors = annotations(r, 'error')
    expect(errors.slice(0, 2).map((c) => [c.properties.file, c.properties.line])).toEqual([
      ['.github/model-audit.yml', lineOf('False positive rates differ by race')],
      ['.github/model-audit.yml', lineOf('False negative rates differ by race')],
    ])
    expect(annotations(r, 'warning').map((c) => c.properties.line)).toEqual([lineOf('Selection-rate ratio by age'), lineOf('No group wrongly flagged')])
    // core.setFailed comes last, after the annotations, as one line.
    expect(r.commands.at(-1)).toEqual({ command: 'error', properties: {}, message: 'Model audit failed: 2 of 6 gates breached: False positive rates differ by race (race), False negative rates differ by race (race)' })
    // The order of the phases: the report (so nothing claims a result it could not write), publish, outputs, annotations, the verdict.
    const out = r.stdout
    expect(out.indexOf('JSON report:')).toBeLessThan(out.indexOf('Publish: PR comment'))
    expect(out.indexOf('Publish: PR comment')).toBeLessThan(out.indexOf('::error title=Gate breached'))
  })

  it('keeps one comment over runs: updated on a new commit, untouched when nothing changed', async () => {
    await start()
    const ws = compasRepo()
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

  it('passes with only warnings, and the headline says so', async () => {
    await start()
    const r = await run(smallRepo(WARN_ONLY), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    const body = server.commentsOn('acme', 'credit-model', 42)[0]?.body ?? ''
    expect(body).toMatch(/^<!--[^\n]*-->\n## ⚠️ Model audit passed with warnings: `accuracy_difference` \(grp\)/)
    expect(r.summary).toMatch(/^## ⚠️ Model audit passed with warnings/)
    expect(r.outputs).toMatchObject({ passed: 'true', 'failed-gates': '0', 'warned-gates': '1' })
    expect(annotations(r, 'warning')).toHaveLength(1)
    expect(annotations(r, 'error')).toEqual([])
  })

  it('fails on warnings with fail-on: warning', async () => {
    await start()
    const r = await run(smallRepo(WARN_ONLY), 'pull_request', 'pull_request.opened.same-repo', { inputs: { 'fail-on': 'warning' } })
    expect(r.code).toBe(1)
    expect(r.commands.at(-1)?.message).toMatch(/^Model audit: 1 gate\(s\) with warnings, and fail-on is warning/)
  })

  it('exits 0 on a breached gate with fail-on: never, still reporting it', async () => {
    await start()
    const r = await run(compasRepo(), 'pull_request', 'pull_request.opened.same-repo', { inputs: { 'fail-on': 'never' } })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ passed: 'false', 'failed-gates': '2' })
    expect(server.commentsOn('acme', 'credit-model', 42)).toHaveLength(1)
    expect(annotations(r, 'error')).toHaveLength(2)
  })

  it.each([
    ['failing gates', 'compas', 1],
    ['passing gates', 'passing', 0],
  ])('on a fork PR (403 on comment) with %s: exit decided by the gates, a warning naming the permission, the summary written', async (_, which, code) => {
    await start({ readOnly: true })
    const ws = which === 'compas' ? compasRepo() : smallRepo(PASSING)
    const r = await run(ws, 'pull_request', 'pull_request.synchronize.fork')
    expect(r.code).toBe(code)
    const warning = annotations(r, 'warning').find((c) => c.message.includes('pull-requests: write'))
    expect(warning?.message).toMatch(/^Could not comment on #43: GitHub answered 403/)
    expect(r.summary).toMatch(/^## (❌|✅) Model audit/)
    expect(r.outputs['comment-url']).toBe('')
    expect(server.comments).toEqual([])
  })

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
    const config = 'audits:\n  - name: regions\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [region]\n    max_groups: 10000\n    confidence: false\n    gates:\n      - metric: accuracy_difference\n        max: 0.1\n'
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
    server.addComment('acme', 'credit-model', 42, '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\nold, by the Actions bot', ACTIONS_BOT)
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(0)
    expect(server.commentsOn('acme', 'credit-model', 42).map((c) => c.user.login)).toEqual([ACTIONS_BOT.login, 'audit-bot-user'])
  })

  it('with comment: on-failure, writes nothing on a passing PR', async () => {
    await start()
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo', { inputs: { comment: 'on-failure' } })
    expect(r.code).toBe(0)
    expect(writes()).toBe(0)
    expect(r.summary).toMatch(/^## ✅ Model audit passed/)
  })

  it('compares with a baseline report, and treats a missing one as a first run', async () => {
    await start()
    const ws = compasRepo()
    const missing = await run(ws, 'push', 'push', { inputs: { baseline: 'baseline/model-audit-report.json' } })
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(/No baseline comparison: baseline baseline\/model-audit-report\.json not found/)
    const first = await run(ws, 'push', 'push', { inputs: { 'report-path': 'baseline/model-audit-report.json' } })
    expect(first.code).toBe(1)
    const second = await run(ws, 'push', 'push', { inputs: { baseline: 'baseline/model-audit-report.json' } })
    expect(second.stdout).toContain('Compared with the baseline report baseline/model-audit-report.json.')
    expect(second.summary).toContain('change against the baseline report baseline/model-audit-report.json')
    const report = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as { baseline?: { status: string } }
    expect(report.baseline?.status).toBe('compared')
  })

  it('never prints the token', async () => {
    await start()
    const r = await run(compasRepo(), 'pull_request', 'pull_request.opened.same-repo')
    expect(r.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    expect(r.stderr).not.toContain(TOKEN)
    expect(server.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true)
  })
})

describe('the bundled action on other events', () => {
  it.each([
    ['push', 'push'],
    ['workflow_dispatch', 'workflow_dispatch'],
    ['schedule', 'schedule'],
    ['release', 'release.published'],
  ])('%s: job summary, outputs and exit status, no comment and no API call', async (eventName, event) => {
    await start()
    const r = await run(compasRepo(), eventName, event)
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
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': await reportFile(ws) } })
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
    server.addPull({ owner: 'acme', repo: 'credit-model', number: 43, state: 'open', head: { sha: 'd4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5', ref: 'fix-threshold', owner: 'contributor', repo: 'credit-model' } })
    const ws = compasRepo()
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.fork', { inputs: { 'report-path': await reportFile(ws) } })
    expect(r.code).toBe(0)
    expect(server.requestsOf('pulls/list')[0]?.query).toMatchObject({ head: 'contributor:fix-threshold', state: 'open' })
    expect(server.commentsOn('acme', 'credit-model', 43)).toHaveLength(1)
  })

  it("an artifact naming another workflow's config never takes over that workflow's comment", async () => {
    await start()
    const ws = compasRepo()
    // A trusted run (pull_request_target, or this repository's own pull_request workflow) commented on #42 for this config.
    const trusted = server.addComment('acme', 'credit-model', 42, '<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n## ✅ the trusted verdict', ACTIONS_BOT)
    const r = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': await reportFile(ws) } })
    expect(r.code).toBe(0)
    const comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments.find((c) => c.id === trusted.id)?.body).toBe('<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n## ✅ the trusted verdict')
    expect(comments).toHaveLength(2)
    expect(comments.find((c) => c.id !== trusted.id)?.body.split('\n')[0]).toBe('<!-- model-audit-gate config=".github%2Fmodel-audit.yml" via="workflow_run" -->')
    // And its config path may not carry a line into the log.
    const forged = JSON.parse(readFileSync(join(ws, 'downloaded-report.json'), 'utf8')) as { config: string }
    forged.config = '.github/model-audit.yml\n##[error]forged'
    writeFileSync(join(ws, 'forged.json'), JSON.stringify(forged))
    const bad = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': 'forged.json' } })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/forged\.json: not a valid report: \/config must be the config's path/)
    expect(bad.stdout).not.toMatch(/^##\[error\]forged/m)
  })

  it('fails with the file named when the report is missing or not a report', async () => {
    await start()
    const ws = compasRepo()
    writeFileSync(join(ws, 'not-a-report.json'), '{"hello": 1}')
    const missing = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': 'nope.json' } })
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(/nope\.json: no JSON report here/)
    const wrong = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': 'not-a-report.json' } })
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toMatch(/not-a-report\.json: not a Model Audit Gate report/)
    // A fork's run controls the artifact: a field the renderer writes raw must have its type.
    const tampered = JSON.parse(readFileSync(join(ws, await reportFile(ws)), 'utf8')) as { audits: { rows: unknown }[] }
    ;(tampered.audits[0] as { rows: unknown }).rows = '<img src=https://evil.example/p.png> @everyone'
    writeFileSync(join(ws, 'tampered.json'), JSON.stringify(tampered))
    const evil = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': 'tampered.json' } })
    expect(evil.code).toBe(1)
    expect(evil.stdout).toMatch(/tampered\.json: not a valid report: \/audits\/0\/rows must be integer/)
    // No size bound let a small compressed artifact cost hundreds of MB (red team A34): refused from its size.
    writeFileSync(join(ws, 'huge.json'), '')
    truncateSync(join(ws, 'huge.json'), 32 * 1024 * 1024 + 1)
    const huge = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': 'huge.json' } })
    expect(huge.code).toBe(1)
    // A report edited to say it passed over a failing gate: the outputs would say passed, the comment failed (red team A73).
    const forged = JSON.parse(readFileSync(join(ws, await reportFile(ws)), 'utf8')) as { passed: boolean; summary: { failed: number }; audits: { passed: boolean }[] }
    forged.passed = true
    forged.summary.failed = 0
    for (const a of forged.audits) a.passed = true
    writeFileSync(join(ws, 'forged.json'), JSON.stringify(forged))
    const lie = await run(ws, 'workflow_run', 'workflow_run.pull_request.same-repo', { inputs: { 'report-path': 'forged.json' } })
    expect(lie.code).toBe(1)
    expect(lie.stdout).toMatch(/forged\.json: the report contradicts its own gates, so it was edited: \/audits\/0\/passed is true, but a gate fails; nothing was published/)
    expect(lie.outputs.passed).toBeUndefined()
    expect(huge.stdout).toMatch(/huge\.json: too large for a report \(33,554,433 bytes, over the limit of 33,554,432 \(32 MiB\)\); nothing was published/)
    expect(server.requests).toEqual([])
  })
})

describe('the bundled action on bad configuration', () => {
  it('fails with every config problem at file:line:col, and comments nothing', async () => {
    await start()
    const ws = smallRepo('      - metric: acuracy\n        min: 0.5\n      - metric: accuracy\n        mni: 0.5\n')
    const r = await run(ws, 'pull_request', 'pull_request.opened.same-repo')
    expect(r.code).toBe(1)
    expect(server.requests).toEqual([])
    const failed = r.commands.at(-1)?.message ?? ''
    expect(failed).toMatch(/^\.github\/model-audit\.yml: 2 problem\(s\); nothing was audited/)
    expect(failed).toMatch(/\.github\/model-audit\.yml:8:17: .*acuracy/)
    expect(failed).toMatch(/\.github\/model-audit\.yml:11:9: unknown key 'mni'/)
    expect(annotations(r, 'error').filter((c) => c.properties.file === '.github/model-audit.yml').map((c) => c.properties.line)).toEqual(['8', '11'])
    expect(r.outputs).toEqual({})
  })

  it('fails listing every malformed input at once', async () => {
    await start()
    const r = await run(smallRepo(PASSING), 'pull_request', 'pull_request.opened.same-repo', { inputs: { comment: 'sometimes', 'fail-on': 'Warning', 'report-path': 'out/' } })
    expect(r.code).toBe(1)
    const msg = r.commands.at(-1)?.message ?? ''
    expect(msg).toMatch(/^Invalid inputs: 3 problem\(s\)/)
    expect(msg).toContain('input `comment` is "sometimes"; expected `always`, `on-failure`, `never`')
    expect(msg).toContain('input `fail-on` is "Warning"; expected `error`, `warning`, `never` (did you mean `warning`?)')
    expect(msg).toContain('input `report-path` is "out/", a directory')
    expect(server.requests).toEqual([])
  })
})
