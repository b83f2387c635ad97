/**
 * The path guard on its own: what it accepts, what it refuses and why, and that an outside
 * target is refused from the link's text alone (the same answer whether it exists or not).
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MAX_PATH_DEPTH,
  MAX_PATH_LINK_STEPS,
  MAX_RUN_LINK_STEPS,
  pathRoot,
  refusalMessage,
  resolveGlobBase,
  resolvePath,
  type PathRoot,
  type Resolved,
} from '../../src/files/guard.js'

let top: string
let ws: string
let outside: string
let root: PathRoot

beforeEach(() => {
  top = realpathSync(mkdtempSync(join(tmpdir(), 'paths-guard-')))
  ws = join(top, 'repo')
  outside = join(top, 'elsewhere')
  mkdirSync(join(ws, 'data', 'sub'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(join(ws, 'data', 'eval.csv'), 'y,p,g\n')
  writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET\n')
  root = pathRoot(ws)
})

afterEach(() => rmSync(top, { recursive: true, force: true }))

const read = (p: string, base = ws): Resolved => resolvePath(root, p, base, 'read')
const write = (p: string, base = ws): Resolved => resolvePath(root, p, base, 'write')

describe('resolvePath', () => {
  it.each([
    ['data/eval.csv', 'file'],
    ['./data/../data/eval.csv', 'file'],
    ['data', 'directory'],
    ['.', 'directory'],
    ['data/none.csv', 'missing'],
    ['data/eval.csv/x', 'missing'],
  ])('accepts %s inside the workspace (%s)', (p, kind) => {
    const r = read(p)
    expect(r).toMatchObject({ ok: true, kind })
  })

  it.each([['/etc/hostname'], ['../elsewhere/secret.txt'], ['data/../../elsewhere/secret.txt'], ['..'], ['/']])(
    'refuses %s as outside, before touching anything',
    (p) => {
      expect(read(p)).toEqual({ ok: false, refusal: 'outside' })
      expect(write(p)).toEqual({ ok: false, refusal: 'outside' })
    },
  )

  it('accepts an absolute path inside the workspace, by its real path or as given', () => {
    expect(read(join(ws, 'data/eval.csv'))).toMatchObject({ ok: true, path: join(ws, 'data/eval.csv'), kind: 'file' })
    const alias = join(top, 'alias')
    symlinkSync(ws, alias)
    const viaAlias = pathRoot(alias)
    expect(viaAlias.real).toBe(ws)
    expect(resolvePath(viaAlias, join(alias, 'data/eval.csv'), alias, 'read')).toMatchObject({
      ok: true,
      path: join(ws, 'data/eval.csv'),
      kind: 'file',
    })
  })

  it('resolves a command-line path against its own base, and still confines it', () => {
    expect(read('eval.csv', join(ws, 'data'))).toMatchObject({ ok: true, kind: 'file' })
    expect(read('secret.txt', outside)).toEqual({ ok: false, refusal: 'outside' })
  })

  it('follows links that stay inside, and returns the real path', () => {
    symlinkSync('data/eval.csv', join(ws, 'current.csv'))
    symlinkSync(join(ws, 'data'), join(ws, 'abs-data'))
    symlinkSync('../../data', join(ws, 'data', 'sub', 'up'))
    expect(read('current.csv')).toMatchObject({ ok: true, path: join(ws, 'data/eval.csv'), kind: 'file' })
    expect(read('abs-data/eval.csv')).toMatchObject({ ok: true, path: join(ws, 'data/eval.csv'), kind: 'file' })
    expect(read('data/sub/up/eval.csv')).toMatchObject({ ok: true, path: join(ws, 'data/eval.csv'), kind: 'file' })
    // Writing into a directory reached by an inside link is fine; only the file itself must not be a link.
    expect(write('abs-data/report.json')).toMatchObject({
      ok: true,
      path: join(ws, 'data/report.json'),
      kind: 'missing',
    })
  })

  it.each([
    ['an absolute link out', (): void => symlinkSync(join(outside, 'secret.txt'), join(ws, 'link'))],
    ['a relative link out', (): void => symlinkSync('../elsewhere/secret.txt', join(ws, 'link'))],
    ['a link to a directory out', (): void => symlinkSync(outside, join(ws, 'link'))],
    [
      'an absolute link that climbs out of the workspace',
      (): void => symlinkSync(`${ws}/../elsewhere/secret.txt`, join(ws, 'link')),
    ],
    [
      'a chain of links, the last one out',
      (): void => (
        symlinkSync('hop2', join(ws, 'link')),
        symlinkSync('data/hop3', join(ws, 'hop2')),
        symlinkSync('/etc/hostname', join(ws, 'data', 'hop3'))
      ),
    ],
    [
      'a link to a place that does not exist outside',
      (): void => symlinkSync('/nonexistent/nowhere', join(ws, 'link')),
    ],
  ])('refuses %s, on any component', (_, make) => {
    make()
    expect(read('link')).toMatchObject({ ok: false, refusal: 'symlink_outside' })
    expect(read('link/secret.txt')).toMatchObject({ ok: false, refusal: 'symlink_outside' })
    expect(write('link/report.json')).toMatchObject({ ok: false, refusal: 'symlink_outside' })
  })

  it('gives the same answer whether the outside target exists or not (nothing outside is looked at)', () => {
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'link'))
    const a = read('link/x')
    rmSync(join(ws, 'link'))
    symlinkSync(join(outside, 'no-such-file'), join(ws, 'link'))
    expect(read('link/x')).toEqual(a)
    expect(a).toEqual({ ok: false, refusal: 'symlink_outside', link: 'link' })
  })

  it('refuses to write through an existing link, wherever it points', () => {
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'model-audit-report.json'))
    symlinkSync('data/eval.csv', join(ws, 'inside-link.json'))
    symlinkSync(join(outside, 'not-yet'), join(ws, 'dangling.json'))
    for (const p of ['model-audit-report.json', 'inside-link.json', 'dangling.json'])
      expect(write(p)).toMatchObject({ ok: false, refusal: 'symlink_write' })
  })

  it(".git's files are refused, by any spelling, through a link, existing or not, read or write (red team 8 R8-12)", () => {
    mkdirSync(join(ws, '.git'))
    writeFileSync(join(ws, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic x\n')
    symlinkSync('.git/config', join(ws, 'cfg.csv'))
    symlinkSync('.git', join(ws, 'g'))
    for (const p of [
      '.git/config',
      './.git/config',
      'data/../.git/config',
      '.GIT/config',
      'cfg.csv',
      'g/config',
      '.git/new.json',
    ])
      expect(read(p), p).toEqual({ ok: false, refusal: 'git' })
    expect(write('.git/model-audit-report.json')).toEqual({ ok: false, refusal: 'git' })
    expect(refusalMessage({ ok: false, refusal: 'git' }, 'data', '.git/config', root)).toBe(
      "data '.git/config' is in a .git directory, git's own files (the checkout keeps the job's token there); refusing to use it",
    )
    // A name that only starts so is a file like any other.
    writeFileSync(join(ws, '.gitignore'), 'x\n')
    expect(read('.gitignore')).toMatchObject({ ok: true, kind: 'file' })
  })
  it('names Windows opens as .git are refused on every runner: trailing dots and spaces, a stream, the 8.3 name (red team 28 R28-12)', () => {
    for (const p of [
      '.git./config',
      '.git /config',
      '.git. . /config',
      '.git::$INDEX_ALLOCATION/config',
      'GIT~1/config',
      'git~12/x',
    ])
      expect(read(p), p).toEqual({ ok: false, refusal: 'git' })
    for (const p of ['x.git/config', '.gitx/config', 'git~/config', 'my.git.csv'])
      expect(read(p), p).not.toEqual({ ok: false, refusal: 'git' })
  })
  it('refuses a loop of links and a NUL byte', () => {
    symlinkSync('b', join(ws, 'a'))
    symlinkSync('a', join(ws, 'b'))
    expect(read('a')).toEqual({ ok: false, refusal: 'invalid' })
    expect(read('data/eval.csv\0.txt')).toEqual({ ok: false, refusal: 'invalid' })
  })

  it("a link's '..' after a file or a missing directory is refused, never applied on paper (red team 35 R35-1, R35-1b)", () => {
    writeFileSync(join(ws, 'README.md'), 'hello\n')
    // R35-1: through a regular file, then up and out: resolved as text to a path outside, written there.
    symlinkSync('README.md/../../elsewhere', join(ws, 'reports'))
    // R35-1b: a missing directory, then up, then a link out the text alone never shows.
    symlinkSync(outside, join(ws, 'y'))
    symlinkSync('nonexist/../y', join(ws, 'x'))
    // R35-1c: back inside, onto a file the run reads.
    symlinkSync('README.md/../data', join(ws, 'd'))
    for (const [p, link] of [
      ['reports/secret.txt', 'reports'],
      ['reports/new/report.json', 'reports'],
      ['x/sub/z.json', 'x'],
      ['d/eval.csv', 'd'],
    ] as const) {
      expect(write(p), p).toEqual({ ok: false, refusal: 'link_climbs', link })
      expect(read(p), p).toEqual({ ok: false, refusal: 'link_climbs', link })
    }
    // The same texts without the climb are what they say: not there, inside.
    symlinkSync('README.md/x', join(ws, 'f'))
    symlinkSync('nonexist/y', join(ws, 'm'))
    expect(write('f/r.json')).toMatchObject({ ok: true, kind: 'missing', path: join(ws, 'README.md', 'x', 'r.json') })
    expect(write('m/r.json')).toMatchObject({ ok: true, kind: 'missing', path: join(ws, 'nonexist', 'y', 'r.json') })
    expect(
      refusalMessage({ ok: false, refusal: 'link_climbs', link: 'reports' }, '--json', 'reports/r.json', root),
    ).toBe(
      "--json 'reports/r.json' goes through the symbolic link reports, whose text climbs ('..') out of a directory that is missing or is a file; refusing to use it (point the link at the directory itself)",
    )
  })

  it("bounds the links' texts one path walks, and a run's paths together (red team 35 R35-2)", () => {
    mkdirSync(join(ws, 'c', 'x'), { recursive: true })
    // One link of 999 components (498 x/.. pairs, then ../data/eval.csv) is within a path's bound; two chained are not.
    const pairs = (n: number): string => 'x/../'.repeat(n)
    symlinkSync(`${pairs(498)}../data/eval.csv`, join(ws, 'c', 'one'))
    symlinkSync(`${pairs(499)}one`, join(ws, 'c', 'two'))
    expect(read('c/one')).toMatchObject({ ok: true, kind: 'file', path: join(ws, 'data', 'eval.csv') })
    expect(read('c/two')).toEqual({ ok: false, refusal: 'too_long', link: 'c/one' })
    expect(MAX_PATH_LINK_STEPS).toBe(1_000)
    // The run's budget is shared: once spent, a path through any link is refused before it is walked,
    // and a path through none still resolves.
    const run: PathRoot = { ...root, linkSteps: { left: 2_500 } }
    expect(resolvePath(run, 'c/one', ws, 'read')).toMatchObject({ ok: true, kind: 'file' })
    expect(resolvePath(run, 'c/one', ws, 'read')).toMatchObject({ ok: true, kind: 'file' })
    expect(resolvePath(run, 'c/one', ws, 'read')).toEqual({ ok: false, refusal: 'too_long', link: 'c/one' })
    expect(resolvePath(run, 'data/eval.csv', ws, 'read')).toMatchObject({ ok: true, kind: 'file' })
    expect(pathRoot(ws).linkSteps).toEqual({ left: MAX_RUN_LINK_STEPS })
  })

  it('bounds the directories a path goes through below the root, as given or through a link (red team 36 R36-4)', () => {
    const deep = (n: number): string => Array<string>(n).fill('d').join('/')
    mkdirSync(join(ws, deep(70)), { recursive: true })
    writeFileSync(join(ws, deep(64), 'x.csv'), 'y,p,g\n')
    writeFileSync(join(ws, deep(65), 'x.csv'), 'y,p,g\n')
    // A file in the 64th directory is within, and the 65th directory itself; a file in it is not,
    // refused before it is looked at.
    expect(read(`${deep(64)}/x.csv`)).toMatchObject({ ok: true, kind: 'file' })
    expect(read(deep(65))).toMatchObject({ ok: true, kind: 'directory' })
    expect(read(`${deep(65)}/x.csv`)).toEqual({ ok: false, refusal: 'too_deep' })
    expect(read(`${deep(70)}/none.csv`)).toEqual({ ok: false, refusal: 'too_deep' })
    expect(MAX_PATH_DEPTH).toBe(64)
    // Down and back up in a link's text counts where the walk went, not where it ends.
    symlinkSync(`${deep(70)}/${'../'.repeat(70)}data`, join(ws, 'via'))
    expect(read('via/eval.csv')).toEqual({ ok: false, refusal: 'too_deep', link: 'via' })
    // The report a run clears before it reads anything is found past these bounds by the kernel's
    // resolution instead (report/stale.ts; action-paths.test.ts "R36-2").
  })

  it('lets the CLI opt out for paths outside, but never writes through a link', () => {
    const open = pathRoot(ws, { allowOutside: true })
    expect(resolvePath(open, join(outside, 'secret.txt'), ws, 'read')).toMatchObject({
      ok: true,
      path: join(outside, 'secret.txt'),
      kind: 'file',
    })
    expect(resolvePath(open, '../elsewhere/report.json', ws, 'write')).toMatchObject({
      ok: true,
      path: join(outside, 'report.json'),
      kind: 'missing',
    })
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'r.json'))
    expect(resolvePath(open, 'r.json', ws, 'write')).toMatchObject({ ok: false, refusal: 'symlink_write' })
  })
})

describe('resolveGlobBase', () => {
  it.each([['/etc/*'], ['../*/secret.txt'], ['data/../../elsewhere/*.txt'], ['../**']])(
    'refuses %s from its text',
    (pattern) => {
      expect(resolveGlobBase(root, pattern)).toEqual({ ok: false, refusal: 'outside' })
    },
  )

  it('resolves the static base, and refuses it through a link out', () => {
    expect(resolveGlobBase(root, 'data/*.csv')).toMatchObject({ ok: true, path: join(ws, 'data'), kind: 'directory' })
    expect(resolveGlobBase(root, '**/*.csv')).toMatchObject({ ok: true, path: ws, kind: 'directory' })
    expect(resolveGlobBase(root, 'nowhere/*.csv')).toMatchObject({ ok: true, kind: 'missing' })
    symlinkSync(outside, join(ws, 'data', 'sub', 'out'))
    expect(resolveGlobBase(root, 'data/sub/out/*.txt')).toMatchObject({
      ok: false,
      refusal: 'symlink_outside',
      link: 'data/sub/out',
    })
  })
})

describe('refusalMessage', () => {
  it('names the input, the path and the reason, and suggests what to do', () => {
    expect(refusalMessage({ ok: false, refusal: 'outside' }, 'baseline', '/etc/passwd', root)).toBe(
      `baseline '/etc/passwd' is outside the repository (${ws}); paths are relative to the repository root and must stay inside it`,
    )
    expect(
      refusalMessage({ ok: false, refusal: 'symlink_outside', link: 'base' }, 'baseline', 'base/report.json', root),
    ).toBe(
      `baseline 'base/report.json' goes through the symbolic link base, which points outside the repository (${ws}); refusing to use it`,
    )
    expect(refusalMessage({ ok: false, refusal: 'symlink_write', link: 'r.json' }, 'report-path', 'r.json', root)).toBe(
      "report-path 'r.json' exists as a symbolic link; refusing to write through it (remove the link, or choose another path)",
    )
  })
})
