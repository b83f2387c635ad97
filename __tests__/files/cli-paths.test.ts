/**
 * The path guard through the CLI: a checkout that holds links and paths out of the workspace
 * (as a pull request can commit them) makes the CLI exit 2 naming the input, the path and the
 * reason, before it reads or writes anything outside; nothing of an outside file reaches the
 * output. And two runs writing one report never leave a mixture of both.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  linkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { captureIO } from '../support/cli-io.js'

let top: string
let ws: string
let outside: string

const SECRET = 'SECRET-4f1d: the runner keeps this\n'
const CONFIG =
  'audits:\n  - name: model\n    data: data.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    gates:\n      - metric: accuracy\n        min: 0.1\n'
const CSV = 'y,p,g\n1,1,a\n0,0,a\n1,0,b\n0,0,b\n'

beforeEach(() => {
  top = realpathSync(mkdtempSync(join(tmpdir(), 'paths-cli-')))
  ws = join(top, 'repo')
  outside = join(top, 'elsewhere')
  mkdirSync(ws)
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.txt'), SECRET)
  writeFileSync(join(ws, 'audit.yml'), CONFIG)
  writeFileSync(join(ws, 'data.csv'), CSV)
})
afterEach(() => rmSync(top, { recursive: true, force: true }))

async function cli(
  args: string[],
  cwd = ws,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; err: string; out: string }> {
  const io = captureIO(cwd, env)
  const code = await runCli(args, io)
  return { code, err: io.err.split(ws).join('<ws>').split(outside).join('<outside>'), out: io.out }
}

function expectRefused(r: { code: number; err: string; out: string }, lines: string[]): void {
  expect(r.code).toBe(2)
  expect(r.err).toBe(lines.map((l) => `${l}\n`).join(''))
  expect(r.err + r.out).not.toContain('SECRET')
  expect(r.out).toBe('')
}

describe('the CLI refuses paths out of the workspace', () => {
  it("data, a glob and the JSON report in git's own directory: refused, nothing of .git/config shown, nor its file names (red team 8 R8-12)", async () => {
    mkdirSync(join(ws, '.git', 'hooks'), { recursive: true })
    writeFileSync(join(ws, '.git', 'config'), `[core]\n\tbare = false\n\t${SECRET}`)
    writeFileSync(
      join(ws, 'git.yml'),
      CONFIG.replace('data: data.csv', 'data: .git/config').replace('label: y', 'label: "[core]"'),
    )
    expectRefused(await cli(['-c', 'git.yml']), [
      "git.yml: data path '.git/config' is in a .git directory, git's own files (the checkout keeps the job's token there); refusing to use it",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
    writeFileSync(join(ws, 'glob.yml'), CONFIG.replace('data: data.csv', "data: '{.git,data}/conf*'"))
    expectRefused(await cli(['-c', 'glob.yml']), [
      "glob.yml: data pattern '{.git,data}/conf*' matches no file under <ws> (a .git directory, git's own files, is never listed)",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
    // Nor does a pattern that spells .git with pattern syntax name the files in it (red team 12).
    writeFileSync(join(ws, 'glob2.yml'), CONFIG.replace('data: data.csv', "data: '.gi?/*'"))
    expectRefused(await cli(['-c', 'glob2.yml']), [
      "glob2.yml: data pattern '.gi?/*' matches no file under <ws> (a .git directory, git's own files, is never listed)",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
    const r = await cli(['-c', 'audit.yml', '--json', '.git/hooks/pre-commit'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('is in a .git directory')
    expect(existsSync(join(ws, '.git', 'hooks', 'pre-commit'))).toBe(false)
  })

  it("--json through a link whose '..' follows a file or a missing directory: refused, not written outside nor over the data (red team 35 R35-1)", async () => {
    writeFileSync(join(ws, 'README.md'), 'hello\n')
    symlinkSync('README.md/../../elsewhere', join(ws, 'w'))
    symlinkSync(outside, join(ws, 'y'))
    symlinkSync('nonexist/../y', join(ws, 'x'))
    mkdirSync(join(ws, 'sub', 'inner'), { recursive: true })
    writeFileSync(join(ws, 'sub', 'inner', 'data.csv'), CSV)
    writeFileSync(join(ws, 'inner.yml'), CONFIG.replace('data: data.csv', 'data: sub/inner/data.csv'))
    symlinkSync('sub', join(ws, 'l2'))
    symlinkSync('README.md/../l2/inner', join(ws, 'd'))
    const climbs = (flag: string, path: string, link: string): string =>
      `${path}: ${flag} '${path}' goes through the symbolic link ${link}, whose text climbs ('..') out of a directory that is missing or is a file; refusing to use it (point the link at the directory itself)`
    for (const [config, flag, path, link] of [
      ['audit.yml', '--json', 'w/newdir/out.json', 'w'],
      ['audit.yml', '--markdown', 'w/secret.txt', 'w'],
      ['audit.yml', '--json', 'x/sub/z.json', 'x'],
      ['inner.yml', '--json', 'd/data.csv', 'd'],
    ] as const)
      expectRefused(await cli(['-c', config, flag, path, '-q']), [
        climbs(flag, path, link),
        'model-audit-gate: 1 problem; nothing was audited',
      ])
    expect(readdirSync(outside)).toEqual(['secret.txt'])
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET)
    expect(readFileSync(join(ws, 'sub', 'inner', 'data.csv'), 'utf8')).toBe(CSV)
  })

  it('a config that is a link to a file outside: never read, so its start cannot reach the output', async () => {
    rmSync(join(ws, 'audit.yml'))
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'audit.yml'))
    expectRefused(await cli(['-c', 'audit.yml']), [
      "audit.yml: config 'audit.yml' is a symbolic link that points outside the repository (<ws>); refusing to use it",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
    expectRefused(await cli(['sql', '-c', 'audit.yml']), [
      "audit.yml: config 'audit.yml' is a symbolic link that points outside the repository (<ws>); refusing to use it",
    ])
  })

  it('a config given as an absolute path or ../ outside', async () => {
    expectRefused(await cli(['-c', join(outside, 'secret.txt')]), [
      `<outside>/secret.txt: config '<outside>/secret.txt' is outside the repository (<ws>); paths are relative to the repository root and must stay inside it`,
      'model-audit-gate: 1 problem; nothing was audited',
    ])
    expectRefused(await cli(['-c', '../elsewhere/secret.txt']), [
      "../elsewhere/secret.txt: config '../elsewhere/secret.txt' is outside the repository (<ws>); paths are relative to the repository root and must stay inside it",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
  })

  it('a data directory linked outside, under a glob: the same answer whether files exist there or not', async () => {
    writeFileSync(join(ws, 'audit.yml'), CONFIG.replace('data: data.csv', "data: 'data/*.csv'"))
    const full = join(outside, 'full')
    const empty = join(outside, 'empty')
    mkdirSync(full)
    mkdirSync(empty)
    writeFileSync(join(full, 'x.csv'), CSV)
    symlinkSync(full, join(ws, 'data'))
    const withFiles = await cli(['-c', 'audit.yml'])
    rmSync(join(ws, 'data'))
    symlinkSync(empty, join(ws, 'data'))
    const without = await cli(['-c', 'audit.yml'])
    expect(without).toEqual(withFiles)
    expectRefused(withFiles, [
      "audit.yml: data pattern 'data/*.csv' goes through the symbolic link data, which points outside the repository (<ws>); refusing to use it",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
  })

  it('a glob whose base is outside: refused from its text, the same answer whether files exist there or not', async () => {
    writeFileSync(
      join(ws, 'audit.yml'),
      CONFIG.replace('data: data.csv', "data: ['../elsewhere/*.csv', '../nowhere/*.csv']"),
    )
    writeFileSync(join(outside, 'x.csv'), CSV)
    expectRefused(await cli(['-c', 'audit.yml']), [
      "audit.yml: data pattern '../elsewhere/*.csv' is outside the repository (<ws>); paths are relative to the repository root and must stay inside it",
      "audit.yml: data pattern '../nowhere/*.csv' is outside the repository (<ws>); paths are relative to the repository root and must stay inside it",
      'model-audit-gate: 2 problems; nothing was audited',
    ])
  })

  it("a glob with '..' or an absolute path in an alternative is refused for that, whatever matches (red team 18 R18-4)", async () => {
    mkdirSync(join(ws, 'data'), { recursive: true })
    writeFileSync(join(ws, 'data', 'd.csv'), CSV)
    writeFileSync(join(outside, 'x.csv'), CSV)
    const patterns = [
      '{../outside,data}/*.csv',
      '{data/../..,data}/x/*.csv',
      '@(..|data)/*.csv',
      'data/**/../../x/*.csv',
    ]
    writeFileSync(
      join(ws, 'audit.yml'),
      CONFIG.replace(
        'data: data.csv',
        `data: [${[...patterns, `{${outside},data}/*.csv`].map((p) => `'${p}'`).join(', ')}]`,
      ),
    )
    const out = await cli(['-c', 'audit.yml'])
    expectRefused(out, [
      ...patterns.map(
        (p) =>
          `audit.yml: data pattern '${p}' holds a '..' segment, which may lead outside the repository (<ws>); patterns are relative to the repository root and may not step out of it`,
      ),
      `audit.yml: data pattern '{<outside>,data}/*.csv' holds an alternative that is an absolute path, which may lead outside the repository (<ws>); patterns are relative to the repository root and may not step out of it`,
      'model-audit-gate: 5 problems; nothing was audited',
    ])
  })

  it('a glob whose base the glob library reads differently (an escaped bracket) still cannot list a linked directory out', async () => {
    // The static base stops at `b\(c` (pattern syntax), the library walks from `b(c`: the walk itself goes through the guard.
    writeFileSync(join(ws, 'audit.yml'), CONFIG.replace('data: data.csv', "data: 'b\\(c/*.csv'"))
    writeFileSync(join(outside, 'x.csv'), CSV)
    symlinkSync(outside, join(ws, 'b(c'))
    expectRefused(await cli(['-c', 'audit.yml']), [
      "audit.yml: data pattern 'b\\(c/*.csv' leads through a symbolic link that points outside the repository (<ws>); refusing to use it",
      'model-audit-gate: 1 problem; nothing was audited',
    ])
  })

  it('a glob does not walk into a linked directory inside the tree', async () => {
    writeFileSync(join(ws, 'audit.yml'), CONFIG.replace('data: data.csv', "data: '**/*.csv'"))
    writeFileSync(join(outside, 'extra.csv'), 'y,p,g\n1,1,zzz\n')
    symlinkSync(outside, join(ws, 'more'))
    const r = await cli(['-c', 'audit.yml', '--json', 'r.json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(join(ws, 'r.json'), 'utf8')) as {
      audits: { data: string[]; rows: number }[]
    }
    expect(report.audits[0]?.data).toEqual(['data.csv'])
    expect(report.audits[0]?.rows).toBe(4)
  })

  it.each([
    [
      'a link to a file outside',
      (): string => (symlinkSync(join(outside, 'secret.txt'), join(ws, 'base.json')), 'base.json'),
      "base.json: --baseline 'base.json' is a symbolic link that points outside the repository (<ws>); refusing to use it",
    ],
    [
      'in a directory linked outside',
      (): string => (symlinkSync(outside, join(ws, 'baseline')), 'baseline/secret.txt'),
      "baseline/secret.txt: --baseline 'baseline/secret.txt' goes through the symbolic link baseline, which points outside the repository (<ws>); refusing to use it",
    ],
    [
      'an absolute path outside',
      (): string => join(outside, 'secret.txt'),
      "<outside>/secret.txt: --baseline '<outside>/secret.txt' is outside the repository (<ws>); paths are relative to the repository root and must stay inside it",
    ],
    [
      'a ../ path outside',
      (): string => '../elsewhere/secret.txt',
      "../elsewhere/secret.txt: --baseline '../elsewhere/secret.txt' is outside the repository (<ws>); paths are relative to the repository root and must stay inside it",
    ],
  ])('a baseline that is %s: refused before the audit runs, never read', async (_, make, line) => {
    const r = await cli(['-c', 'audit.yml', '--baseline', make(), '--json', 'r.json'])
    const outsideOnly = line.includes('is outside the repository')
    expectRefused(r, [
      line,
      `model-audit-gate: 1 problem; nothing was audited${outsideOnly ? ' (the workspace is <ws>: run from your repository or set -C; for your own files elsewhere, --allow-outside-workspace)' : ''}`,
    ])
    expect(existsSync(join(ws, 'r.json'))).toBe(false)
  })

  it.each([['--json'], ['--markdown']])(
    '%s onto a link committed in the checkout: refused, the link target untouched',
    async (flag) => {
      symlinkSync(join(outside, 'secret.txt'), join(ws, 'model-audit-report.json'))
      expectRefused(await cli(['-c', 'audit.yml', flag, 'model-audit-report.json']), [
        `model-audit-report.json: ${flag} 'model-audit-report.json' exists as a symbolic link; refusing to write through it (remove the link, or choose another path)`,
        'model-audit-gate: 1 problem; nothing was audited',
      ])
      expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(SECRET)
    },
  )

  it('--json outside the workspace needs --allow-outside-workspace, which a config cannot set', async () => {
    const target = join(outside, 'report.json')
    const refused = await cli(['-c', 'audit.yml', '--json', target])
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('--allow-outside-workspace')
    expect(existsSync(target)).toBe(false)
    writeFileSync(join(ws, 'audit.yml'), `allow-outside-workspace: true\n${CONFIG}`)
    expect((await cli(['-c', 'audit.yml', '--json', target])).code).toBe(2)
    writeFileSync(join(ws, 'audit.yml'), CONFIG)
    expect((await cli(['-c', 'audit.yml', '--allow-outside-workspace', '--json', target])).code).toBe(0)
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ passed: true })
  })

  it('-C sets the workspace: the config and data inside it, command-line paths relative to the current directory', async () => {
    mkdirSync(join(ws, 'sub'))
    writeFileSync(join(ws, 'sub', 'audit.yml'), CONFIG)
    writeFileSync(join(ws, 'sub', 'data.csv'), CSV)
    expect((await cli(['-C', 'sub', '-c', 'audit.yml', '--json', 'sub/r.json'])).code).toBe(0)
    expect(existsSync(join(ws, 'sub', 'r.json'))).toBe(true)
    const r = await cli(['-C', 'sub', '-c', 'audit.yml', '--json', 'r.json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^r\.json: --json 'r\.json' is outside the repository \(<ws>\/sub\)/)
  })
})

describe('two runs writing one report', () => {
  it('leave one whole report, never a mixture (reports of several MB, written at once)', async () => {
    // Two data sets with many groups, so each report is written in many chunks.
    const rows = (n: number, tag: string): string =>
      ['y,p,g', ...Array.from({ length: n * 4 }, (_, i) => `${i % 2},${(i >> 1) % 2},${tag}${Math.floor(i / 4)}`)].join(
        '\n',
      ) + '\n'
    writeFileSync(join(ws, 'a.csv'), rows(1500, 'a'))
    writeFileSync(join(ws, 'b.csv'), rows(1000, 'b'))
    const config = (data: string): string => CONFIG.replace('data: data.csv', `data: ${data}\n    max_groups: 5000`)
    writeFileSync(join(ws, 'a.yml'), config('a.csv'))
    writeFileSync(join(ws, 'b.yml'), config('b.csv'))
    // One start time for every run (the report's `run`), so a report is the same byte for byte.
    const same = { SOURCE_DATE_EPOCH: '1764547200' }
    const [ra, rb] = await Promise.all([
      cli(['-c', 'a.yml', '--json', 'r.json', '--markdown', 'r.md'], ws, same),
      cli(['-c', 'b.yml', '--json', 'r.json', '--markdown', 'r.md'], ws, same),
    ])
    expect([ra.code, rb.code, ra.err, rb.err]).toEqual([0, 0, '', ''])
    const text = readFileSync(join(ws, 'r.json'), 'utf8')
    expect(text.length).toBeGreaterThan(1024 * 1024)
    const report = JSON.parse(text) as { config: string }
    // Whichever came last, it is exactly that run's report: the same as a run alone.
    expect(await cli(['-c', report.config, '--json', 'alone.json', '--markdown', 'alone.md'], ws, same)).toMatchObject({
      code: 0,
    })
    expect(text).toBe(readFileSync(join(ws, 'alone.json'), 'utf8'))
    expect(readdirSync(ws).filter((f) => f.endsWith('.tmp'))).toEqual([])
  }, 180_000)
})

describe('the CLI never overwrites what the run read', () => {
  it.each([
    ['--json', 'data.csv'],
    ['--markdown', 'audit.yml'],
    ['--json', 'base.json'],
  ])('%s onto %s: exit 2, and the file is as it was', async (flag, target) => {
    const first = await cli(['-c', 'audit.yml', '--json', 'base.json'])
    expect(first.code).toBe(0)
    const before = readFileSync(join(ws, target), 'utf8')
    const r = await cli(['-c', 'audit.yml', '--baseline', 'base.json', flag, target])
    expect(r.code).toBe(2)
    expect(r.err).toContain(
      `${target}: ${flag} '${target}' is a file this run reads (its config, data, baseline or history); refusing to overwrite it`,
    )
    expect(readFileSync(join(ws, target), 'utf8')).toBe(before)
  })
})

describe('the CLI never writes two outputs at one file (red team 32 R32-8)', () => {
  it.each([
    ['out.json', 'out.json', false],
    ['./out.json', 'out.json', false],
    ['sub/../out.json', 'out.json', true],
    ['out.json', 'hard.md', true],
  ])('--json %s --markdown %s: exit 2 before anything is audited, no file written', async (json, md, existing) => {
    if (existing) {
      writeFileSync(join(ws, 'out.json'), 'kept\n')
      if (md === 'hard.md') linkSync(join(ws, 'out.json'), join(ws, 'hard.md'))
      mkdirSync(join(ws, 'sub'))
    }
    const r = await cli(['-c', 'audit.yml', '--json', json, '--markdown', md])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(
      `${md}: --markdown '${md}' and --json '${json}' name the same file; one would overwrite the other: give each output its own path\n` +
        'model-audit-gate: 1 problem; nothing was audited\n',
    )
    if (existing) expect(readFileSync(join(ws, 'out.json'), 'utf8')).toBe('kept\n')
    else expect(existsSync(join(ws, 'out.json'))).toBe(false)
  })

  it('two different files: both written, exit 0', async () => {
    const r = await cli(['-c', 'audit.yml', '--json', 'out.json', '--markdown', 'out.md'])
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(join(ws, 'out.json'), 'utf8'))).toMatchObject({ passed: true })
    expect(readFileSync(join(ws, 'out.md'), 'utf8')).toMatch(/^<!-- model-audit-gate /)
  })
})
