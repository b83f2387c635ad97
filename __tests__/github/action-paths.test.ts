/**
 * The bundled action against a checkout a pull request controls: links and paths out of the
 * workspace in the config, the data, the baseline, the report path and the workflow_run
 * report are refused before anything is read, written or published; the outside file's
 * content never reaches the log or the summary. And a report that cannot be written (a
 * file-size limit, RLIMIT_FSIZE) fails the job with the old report intact and no output,
 * comment or summary claiming a result.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildAction, makeRepo, runAction, type ActionRun, type RunOptions } from '../support/action-runner.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'

const TOKEN = 'ghs_installation_token_for_tests'
const SECRET = 'SECRET-77c1: runner credentials\n'

let entry: string
let server: GitHubServer
const dirs: string[] = []

beforeAll(async () => {
  entry = await buildAction()
}, 180_000)

afterEach(async () => {
  expect(server.violations).toEqual([])
  await server.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A small passing repository, and a directory outside it holding a secret. */
function repo(groups = 2): { ws: string; outside: string } {
  const rows = Array.from({ length: groups * 4 }, (_, i) => `${i % 2},${(i >> 1) % 2},g${Math.floor(i / 4)}`)
  const config =
    'audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [grp]\n    max_groups: 5000\n    gates:\n      - metric: accuracy\n        min: 0.1\n'
  const ws = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': `y,p,grp\n${rows.join('\n')}\n` })
  const outside = mkdtempSync(join(tmpdir(), 'paths-outside-'))
  writeFileSync(join(outside, 'secret.txt'), SECRET)
  dirs.push(ws, outside)
  return { ws, outside }
}

beforeEach(async () => {
  server = await startGitHubServer({ token: TOKEN })
})

function run(
  ws: string,
  extra: Partial<RunOptions> = {},
  eventName = 'pull_request',
  event = 'pull_request.opened.same-repo',
): Promise<ActionRun> {
  return runAction({ entry, workspace: ws, eventName, event, apiUrl: server.url, ...extra })
}

/** The job failed with `message`, nothing claimed a result, and the secret appeared nowhere. */
function expectRefused(r: ActionRun, message: RegExp): void {
  expect(r.code).toBe(1)
  const failed = r.commands.filter((c) => c.command === 'error').at(-1)?.message ?? ''
  expect(failed).toMatch(message)
  expect(r.outputs).toEqual({})
  // Nothing written: a run that cannot audit only looks for a comment of its own to mark (red team 28 R28-2).
  expect(server.requests.filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([])
  expect(r.summary).not.toMatch(/Model audit (passed|failed)/)
  expect(r.stdout + r.stderr + r.summary).not.toContain('SECRET')
}

describe('the bundled action never overwrites what the run read', () => {
  it('refuses a report-path that is the data file or the config, leaving both as they were', async () => {
    const { ws } = repo()
    for (const target of ['data/eval.csv', '.github/model-audit.yml']) {
      const before = readFileSync(join(ws, target), 'utf8')
      expectRefused(
        await run(ws, { inputs: { 'report-path': target } }),
        new RegExp(`report-path '${target.replace(/\./g, '\\.')}' is a file this run reads`),
      )
      expect(readFileSync(join(ws, target), 'utf8')).toBe(before)
    }
  })
})

describe('a run that cannot audit leaves no report at report-path (red team 28 R28-2)', () => {
  const broken = 'audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n'

  it('removes the report a pull request committed there before anything is read', async () => {
    const { ws } = repo()
    // A real report, as a planted baseline would be: this run's own, then the config broken.
    expect((await run(ws)).code).toBe(0)
    const planted = readFileSync(join(ws, 'model-audit-report.json'), 'utf8')
    expect(JSON.parse(planted)).toMatchObject({ tool: { name: 'model-audit-gate' } })
    writeFileSync(join(ws, '.github/model-audit.yml'), broken)
    const r = await run(ws)
    expect(r.code).toBe(1)
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(/nothing was audited/)
    expect(existsSync(join(ws, 'model-audit-report.json'))).toBe(false)
    expect(r.stdout).toContain('Removed the report at report-path model-audit-report.json before the audit')
    expect(r.outputs).toEqual({})
  })

  it.each([
    ['more than 1,000 components in its text', (): string => ['out', ...Array<string>(500).fill('x/..')].join('/')],
    ['a directory more than 64 levels deep on the way', (): string => `${'d/'.repeat(70)}${'../'.repeat(70)}out`],
  ])(
    'removes the report behind a link the guard refuses but the kernel follows: %s (red team 36 R36-2)',
    async (_, text) => {
      const { ws } = repo()
      mkdirSync(join(ws, 'out', 'x'), { recursive: true })
      mkdirSync(join(ws, ...Array<string>(70).fill('d')), { recursive: true })
      // This run's own report, as a planted one would be, behind the link.
      expect((await run(ws, { inputs: { 'report-path': 'out/audit.json' } })).code).toBe(0)
      symlinkSync(text(), join(ws, 'reports'))
      expect(JSON.parse(readFileSync(join(ws, 'reports', 'audit.json'), 'utf8'))).toMatchObject({ passed: true })
      const r = await run(ws, { inputs: { 'report-path': 'reports/audit.json' } })
      expect(r.code).toBe(1)
      expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(/nothing was audited/)
      // Refused for its cost, yet cleared: an if: always() upload finds nothing to take for this run's.
      expect(existsSync(join(ws, 'out', 'audit.json'))).toBe(false)
      expect(r.stdout).toContain('Removed the report at report-path reports/audit.json before the audit')
      expect(r.outputs).toEqual({})
    },
  )

  it.each([
    ["an absolute text through /proc/self/cwd ('points outside')", (): string => '/proc/self/cwd/out'],
    ["a text through .git ('.git/../out')", (): string => '.git/../out'],
  ])(
    'removes the report behind a link the guard refuses for another reason than cost but the kernel follows: %s (R36-2)',
    async (_, text) => {
      const { ws } = repo()
      mkdirSync(join(ws, 'out'))
      mkdirSync(join(ws, '.git'))
      expect((await run(ws, { inputs: { 'report-path': 'out/audit.json' } })).code).toBe(0)
      symlinkSync(text(), join(ws, 'reports'))
      // The action runs in the workspace, as the upload step does: both open out/audit.json through the link.
      expect(JSON.parse(readFileSync(join(ws, 'out', 'audit.json'), 'utf8'))).toMatchObject({ passed: true })
      const r = await run(ws, { inputs: { 'report-path': 'reports/audit.json' } })
      expect(r.code).toBe(1)
      expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(/nothing was audited/)
      expect(existsSync(join(ws, 'out', 'audit.json'))).toBe(false)
      expect(r.stdout).toContain('Removed the report at report-path reports/audit.json before the audit')
      expect(r.outputs).toEqual({})
    },
  )

  it('keeps a report behind such a link that the kernel finds outside the workspace, or in .git, and a baseline the kernel finds at report-path (R36-2)', async () => {
    const { ws, outside } = repo()
    mkdirSync(join(ws, 'out'))
    mkdirSync(join(ws, '.git', 'out'), { recursive: true })
    expect((await run(ws, { inputs: { 'report-path': 'out/audit.json' } })).code).toBe(0)
    const report = readFileSync(join(ws, 'out', 'audit.json'), 'utf8')
    writeFileSync(join(outside, 'audit.json'), report)
    writeFileSync(join(ws, '.git', 'out', 'audit.json'), report)
    symlinkSync(outside, join(ws, 'far'))
    symlinkSync('.git/out', join(ws, 'gitout'))
    for (const path of ['far/audit.json', 'gitout/audit.json'])
      expect((await run(ws, { inputs: { 'report-path': path } })).code).toBe(1)
    expect(readFileSync(join(outside, 'audit.json'), 'utf8')).toBe(report)
    expect(readFileSync(join(ws, '.git', 'out', 'audit.json'), 'utf8')).toBe(report)
    // The baseline, given through a link the guard refuses, is the file at report-path: kept, and the run refuses.
    symlinkSync('/proc/self/cwd/out', join(ws, 'b'))
    const r = await run(ws, { inputs: { 'report-path': 'out/audit.json', baseline: 'b/audit.json' } })
    expect(r.code).toBe(1)
    expect(readFileSync(join(ws, 'out', 'audit.json'), 'utf8')).toBe(report)
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
      /report-path 'out\/audit\.json' is a file this run reads/,
    )
  })

  it("finds that report where the kernel does: a link's '..' after another link is taken physically (red team 38 R38-4)", async () => {
    const { ws } = repo()
    mkdirSync(join(ws, 'x'))
    mkdirSync(join(ws, 'p', 'q'), { recursive: true })
    mkdirSync(join(ws, 'p', 'd'))
    mkdirSync(join(ws, 'd'))
    expect((await run(ws, { inputs: { 'report-path': 'p/d/audit.json' } })).code).toBe(0)
    // L/.. is p, not the workspace: the kernel (and the upload) finds p/d/audit.json; Node's
    // realpathSync, taking the '..' on paper, looked at d/audit.json.
    symlinkSync('p/q', join(ws, 'L'))
    symlinkSync([...Array<string>(501).fill('x/..'), 'L/../d'].join('/'), join(ws, 'reports'))
    writeFileSync(join(ws, 'd', 'audit.json'), '{"not": "a report"}\n')
    const r = await run(ws, { inputs: { 'report-path': 'reports/audit.json' } })
    expect(r.code).toBe(1)
    expect(existsSync(join(ws, 'p', 'd', 'audit.json'))).toBe(false)
    expect(readFileSync(join(ws, 'd', 'audit.json'), 'utf8')).toBe('{"not": "a report"}\n')
    expect(r.stdout).toContain('Removed the report at report-path reports/audit.json before the audit')
  })

  it('removes a link committed there (not what it names), and a run that audits writes its report in its place', async () => {
    const { ws, outside } = repo()
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'model-audit-report.json'))
    const r = await run(ws)
    expect(r.code).toBe(0)
    expect(lstatSync(join(ws, 'model-audit-report.json')).isFile()).toBe(true)
    expect(JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8'))).toMatchObject({ passed: true })
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET)
    expect(r.stdout + r.stderr + r.summary).not.toContain('SECRET')
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'other-report.json'))
    writeFileSync(join(ws, '.github/model-audit.yml'), broken)
    expect((await run(ws, { inputs: { 'report-path': 'other-report.json' } })).code).toBe(1)
    expect(existsSync(join(ws, 'other-report.json'))).toBe(false)
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET)
  })

  it('keeps a file there that is no report, which no run reads back as one', async () => {
    const { ws } = repo()
    writeFileSync(join(ws, 'model-audit-report.json'), '{"old": "report"}\n')
    writeFileSync(join(ws, '.github/model-audit.yml'), broken)
    expect((await run(ws)).code).toBe(1)
    expect(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')).toBe('{"old": "report"}\n')
  })

  it('refuses a report-path that is the baseline before anything is removed', async () => {
    const { ws } = repo()
    expect((await run(ws)).code).toBe(0)
    const baseline = readFileSync(join(ws, 'model-audit-report.json'), 'utf8')
    const r = await run(ws, { inputs: { baseline: 'model-audit-report.json' } })
    expect(r.code).toBe(1)
    expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
      /report-path 'model-audit-report\.json' is a file this run reads/,
    )
    expect(r.outputs).toEqual({})
    expect(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')).toBe(baseline)
  })

  it('refuses a report-path that reaches a history report through a link, keeping it (red team 41 R41-2, R41-3)', async () => {
    const { ws } = repo()
    // Main's reports, downloaded into history/<run id> as the README's workflow does.
    for (const id of ['111', '222'])
      expect(
        (
          await run(
            ws,
            { runId: id, inputs: { 'report-path': `history/${id}/model-audit-report.json` } },
            'push',
            'push',
          )
        ).code,
      ).toBe(0)
    const kept = readFileSync(join(ws, 'history', '111', 'model-audit-report.json'), 'utf8')
    const inputs = { 'report-path': 'reports/model-audit-report.json', history: 'history/*/model-audit-report.json' }
    // R41-2: a plain link; R41-3: a text the guard refuses as outside that the kernel follows into history/111.
    for (const text of ['history/111', '/proc/self/cwd/history/111']) {
      rmSync(join(ws, 'reports'), { force: true })
      symlinkSync(text, join(ws, 'reports'))
      const r = await run(ws, { inputs })
      expect(r.code, text).toBe(1)
      expect(r.commands.filter((c) => c.command === 'error').at(-1)?.message).toMatch(
        /report-path 'reports\/model-audit-report\.json' is a file this run reads \(its config, data, baseline or history\)/,
      )
      expect(r.stdout).not.toContain('Removed the report')
      expect(r.outputs).toEqual({})
      expect(readFileSync(join(ws, 'history', '111', 'model-audit-report.json'), 'utf8')).toBe(kept)
    }
    // Reached without a link, a report-path the history glob matches is this run's own output:
    // the report left there is cleared and left out of the trend, and this run's written there.
    rmSync(join(ws, 'reports'))
    const own = { 'report-path': 'history/222/model-audit-report.json', history: inputs.history }
    const r = await run(ws, { inputs: own })
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toContain('Removed the report at report-path history/222/model-audit-report.json')
    expect(r.stdout).toContain('History: 1 earlier run of 1 report file matched.')
    expect(readFileSync(join(ws, 'history', '111', 'model-audit-report.json'), 'utf8')).toBe(kept)
  })
})

describe('the bundled action refuses paths out of the workspace', () => {
  it('does not read a config that is a link to a file outside', async () => {
    const { ws, outside } = repo()
    rmSync(join(ws, '.github/model-audit.yml'))
    symlinkSync(join(outside, 'secret.txt'), join(ws, '.github/model-audit.yml'))
    expectRefused(
      await run(ws),
      /\.github\/model-audit\.yml: config '\.github\/model-audit\.yml' is a symbolic link that points outside the repository/,
    )
  })

  it('does not read data through a link to a directory outside', async () => {
    const { ws, outside } = repo()
    rmSync(join(ws, 'data'), { recursive: true })
    mkdirSync(join(outside, 'data'))
    writeFileSync(join(outside, 'data', 'eval.csv'), `y,p,grp\n1,1,${SECRET}`)
    symlinkSync(join(outside, 'data'), join(ws, 'data'))
    expectRefused(
      await run(ws),
      /data path 'data\/eval\.csv' goes through the symbolic link data, which points outside the repository/,
    )
  })

  it.each([
    [
      'a link to a file outside',
      (ws: string, outside: string): string => (
        symlinkSync(join(outside, 'secret.txt'), join(ws, 'base.json')),
        'base.json'
      ),
      /baseline 'base\.json' is a symbolic link that points outside/,
    ],
    [
      'an absolute path outside',
      (_: string, outside: string): string => join(outside, 'secret.txt'),
      /baseline '.*secret\.txt' is outside the repository/,
    ],
    [
      'a ../ path outside',
      (): string => '../../../../../../etc/passwd',
      /baseline '\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd' is outside the repository/,
    ],
  ])('refuses a baseline that is %s, before the audit runs', async (_, make, message) => {
    const { ws, outside } = repo()
    const r = await run(ws, { inputs: { baseline: make(ws, outside) } })
    expectRefused(r, message)
    expect(existsSync(join(ws, 'model-audit-report.json'))).toBe(false)
  })

  it("refuses a report-path through a link whose '..' follows a file: never written outside (red team 35 R35-1)", async () => {
    const { ws, outside } = repo()
    writeFileSync(join(ws, 'README.md'), 'hello\n')
    // As text, README.md/../<outside> is the outside directory; the kernel would stop at the file.
    symlinkSync(`README.md/../${relative(ws, outside)}`, join(ws, 'reports'))
    expectRefused(
      await run(ws, { inputs: { 'report-path': 'reports/secret.txt' } }),
      /report-path 'reports\/secret\.txt' goes through the symbolic link reports, whose text climbs \('\.\.'\) out of a directory that is missing or is a file/,
    )
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET)
    expect(readdirSync(outside)).toEqual(['secret.txt'])
  })

  it('refuses a workflow_run report-path outside, and one through a link', async () => {
    const { ws, outside } = repo()
    expectRefused(
      await run(
        ws,
        { inputs: { 'report-path': join(outside, 'secret.txt') } },
        'workflow_run',
        'workflow_run.pull_request.same-repo',
      ),
      /report-path '.*secret\.txt' is outside the repository/,
    )
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'downloaded.json'))
    expectRefused(
      await run(
        ws,
        { inputs: { 'report-path': 'downloaded.json' } },
        'workflow_run',
        'workflow_run.pull_request.same-repo',
      ),
      /report-path 'downloaded\.json' is a symbolic link that points outside/,
    )
  })
})

describe('the bundled action writes its report whole, before anything claims a result', () => {
  it('under a file-size limit: fails with EFBIG named, keeps the old report, sets no output and posts nothing', async () => {
    const { ws } = repo(400)
    const old = '{"old": "report"}\n'
    writeFileSync(join(ws, 'model-audit-report.json'), old)
    // The report of 400 groups is some 600 KB; 64 KiB leaves room for everything else the step writes.
    const r = await run(ws, { fileSizeLimitKiB: 64 })
    expect(r.code).toBe(1)
    const failed = r.commands.filter((c) => c.command === 'error').at(-1)?.message ?? ''
    expect(failed).toMatch(
      /^Model audit: cannot write the JSON report model-audit-report\.json: EFBIG: file too large, write; nothing was published \(no report is left at report-path\)$/,
    )
    expect(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')).toBe(old)
    expect(readdirSync(ws).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(r.outputs).toEqual({})
    // No comment claims a result: the run only looks for one of its own to mark "could not run"
    // (none here), and the summary says why (red team 32 R32-11).
    expect(server.requests.filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([])
    expect(r.summary).toMatch(
      /^## ❌ Model audit could not run\n\nThe audit ran, but its report could not be written, so no verdict of this commit was published\.\n\n- cannot write the JSON report /,
    )
    expect(r.summary).toContain('EFBIG')
  })

  it('a report no later run could read back (18,000 groups): fails saying so, writes none, claims no result (red team 32 R32-13)', async () => {
    const { ws } = repo()
    const rows = Array.from({ length: 36_000 }, (_, i) => `${i % 2},${(i >> 1) % 2},g${i >> 2},h${i >> 2}`)
    writeFileSync(join(ws, 'data/eval.csv'), `y,p,grp,h\n${rows.join('\n')}\n`)
    const cfg = join(ws, '.github/model-audit.yml')
    writeFileSync(
      cfg,
      readFileSync(cfg, 'utf8')
        .replace('sensitive: [grp]', 'sensitive: [grp, h]')
        .replace('max_groups: 5000', 'max_groups: 10000'),
    )
    const r = await run(ws)
    expect(r.code).toBe(1)
    const failed = r.commands.filter((c) => c.command === 'error').at(-1)?.message ?? ''
    expect(failed).toMatch(
      /^Model audit: model-audit-report\.json: the JSON report would be one that no later run reads back as its baseline, history or workflow_run report \(.*\), so no change gate could ever be checked against it; nothing was written: audit fewer groups/,
    )
    expect(existsSync(join(ws, 'model-audit-report.json'))).toBe(false)
    expect(r.outputs).toEqual({})
    expect(server.requests.filter((q) => q.method !== 'GET' && q.operationId !== 'graphql')).toEqual([])
    expect(r.summary).toMatch(/^## ❌ Model audit could not run\n/)
  }, 180_000)

  it('under a limited address space: fails with what to set, no stack trace, also from the HTTP client (red team 10 R10-8)', async () => {
    // 10 GB: the HTTP client's WebAssembly parser, instantiated in a socket callback, ran out of
    // address space outside run()'s own awaits and was printed as an uncaught stack trace.
    const { ws } = repo()
    const r = await run(ws, { addressSpaceKiB: 10_000_000 })
    expect(r.code).toBe(1)
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at /m)
    const failed = r.commands.filter((c) => c.command === 'error').at(-1)?.message ?? ''
    expect(failed).toMatch(
      /^cannot reserve memory for its WebAssembly kernels: this process's address space is limited/,
    )
  })

  it('without the limit the same run writes the report, then comments and sets its outputs', async () => {
    const { ws } = repo(400)
    const r = await run(ws)
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(join(ws, 'model-audit-report.json'), 'utf8')) as { passed: boolean }
    expect(report.passed).toBe(true)
    expect(readFileSync(join(ws, 'model-audit-report.json')).length).toBeGreaterThan(64 * 1024)
    expect(r.outputs.passed).toBe('true')
    expect(r.stdout.indexOf('JSON report:')).toBeLessThan(r.stdout.indexOf('Publish: PR comment and job summary'))
  })
})
