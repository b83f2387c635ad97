/**
 * A glob's walk is bounded and checks each directory once (red team 4 R4-14, R4-4): a committed
 * chain of nested directories made the guard re-resolve every listed directory from the
 * workspace root (O(depth²) lstat calls: 600 levels took 12.8 s, 1,000 over 20 s), and a glob
 * matching 20,000 files read them all (over 20 s).
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { isDynamicPattern } from 'tinyglobby'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MAX_AUDIT_DATA_FILES,
  MAX_GLOB_DEPTH,
  MAX_GLOB_DIRECTORIES,
  globNameProblem,
  resolveDataFiles,
  walkChecks,
} from '../../src/data/resolve.js'
import { hasGlobSyntax, pathRoot } from '../../src/files/guard.js'
import { runCli } from '../../src/cli/run.js'
import { captureIO } from '../support/cli-io.js'

let ws: string
beforeEach(() => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'mag-glob-')))
})
afterEach(() => rmSync(ws, { recursive: true, force: true }))

/** A chain `a/a/…/a` of `depth` directories with `x.csv` at its bottom; its path. */
function chain(depth: number): string {
  const dir = join(ws, ...Array.from({ length: depth }, () => 'a'))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'x.csv'), 'y,p,g\n1,1,a\n')
  return dir
}

const resolveIn = (patterns: string[]) => resolveDataFiles(patterns, pathRoot(ws), 'audit.yml')

describe('guarded glob walk', () => {
  it('checks each directory once, from its approved parent: one lstat a directory, one full resolution a walk', async () => {
    chain(MAX_GLOB_DEPTH)
    for (let i = 0; i < 50; i++) mkdirSync(join(ws, 'a', `s${i}`))
    const before = { ...walkChecks }
    const { files, problems } = await resolveIn(['**/*.csv'])
    expect(problems).toEqual([])
    expect(files.map((f) => f.display)).toEqual([
      `${Array.from({ length: MAX_GLOB_DEPTH }, () => 'a').join('/')}/x.csv`,
    ])
    // Directories listed: the workspace, 32 in the chain, 50 siblings.
    expect(walkChecks.resolve - before.resolve).toBe(1)
    expect(walkChecks.lstat - before.lstat).toBe(MAX_GLOB_DEPTH + 50)
  })

  it(`refuses to walk more than ${MAX_GLOB_DEPTH} levels deep, naming the pattern and the depth`, async () => {
    chain(MAX_GLOB_DEPTH + 1)
    const { files, problems } = await resolveIn(['**/*.csv'])
    expect(files).toEqual([])
    expect(problems.map((p) => p.message)).toEqual([
      `data pattern '**/*.csv' walks into directories more than 32 levels deep (a/a/a/… (33 levels) …/a/a); refusing to walk further: write a pattern that stops at the data's directories`,
    ])
    // A pattern that stops above the chain's bottom is not concerned.
    writeFileSync(join(ws, 'a', 'top.csv'), 'y,p,g\n1,1,a\n')
    expect((await resolveIn(['a/*.csv'])).problems).toEqual([])
  })

  it('still refuses a link out, met on the way', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'mag-out-')))
    try {
      writeFileSync(join(outside, 'secret.csv'), 'y,p,g\n1,1,a\n')
      mkdirSync(join(ws, 'd', 'e'), { recursive: true })
      symlinkSync(outside, join(ws, 'd', 'e', 'out'))
      const { files, problems } = await resolveIn(['d/e/out/*.csv'])
      expect(files).toEqual([])
      expect(problems.map((p) => p.message).join('\n')).toMatch(/symbolic link/)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it(`lists at most ${MAX_GLOB_DIRECTORIES.toLocaleString('en-US')} directories a glob`, async () => {
    for (let i = 0; i <= MAX_GLOB_DIRECTORIES; i++) mkdirSync(join(ws, 'd', `s${i}`), { recursive: true })
    const { problems } = await resolveIn(['d/**/*.csv'])
    expect(problems.map((p) => p.message)).toEqual([
      `data pattern 'd/**/*.csv' lists more than 10,000 directories; refusing to walk further: write a pattern that stops at the data's directories`,
    ])
  })

  it('counts the directories of a run, not of each pattern (red team 6 N6-3)', async () => {
    // Two trees of 6,000 directories: each pattern alone is within the bound, the two are not.
    for (let i = 0; i < 6000; i++) {
      mkdirSync(join(ws, 'e', `s${i}`), { recursive: true })
      mkdirSync(join(ws, 'f', `s${i}`), { recursive: true })
    }
    writeFileSync(join(ws, 'e', 'x.csv'), 'y,p,g\n1,1,a\n')
    writeFileSync(join(ws, 'f', 'x.csv'), 'y,p,g\n1,1,a\n')
    expect((await resolveIn(['e/**/*.csv'])).problems).toEqual([])
    const run = { used: 0 }
    expect((await resolveDataFiles(['e/**/*.csv'], pathRoot(ws), 'audit.yml', run)).problems).toEqual([])
    expect(run.used).toBeGreaterThan(6000)
    const { problems } = await resolveDataFiles(['f/**/*.csv'], pathRoot(ws), 'audit.yml', run)
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^data pattern 'f\/\*\*\/\*\.csv' lists more directories than the run may \(10,000 in all, 6,00\d listed by earlier patterns\)/,
      ),
    ])
  })

  it(`reads at most ${MAX_AUDIT_DATA_FILES.toLocaleString('en-US')} files an audit, globs and paths together`, async () => {
    mkdirSync(join(ws, 'd'))
    for (let i = 0; i < MAX_AUDIT_DATA_FILES; i++) writeFileSync(join(ws, 'd', `f${i}.csv`), 'y,p,g\n1,1,a\n')
    writeFileSync(join(ws, 'one.csv'), 'y,p,g\n1,1,a\n')
    const all = await resolveIn(['d/*.csv'])
    expect(all.problems).toEqual([])
    expect(all.files).toHaveLength(MAX_AUDIT_DATA_FILES)
    const over = await resolveIn(['d/*.csv', 'one.csv'])
    expect(over.problems.map((p) => p.message)).toEqual([
      "the data patterns of this audit match more than 1,000 files (at 'one.csv'); at most 1,000 are read: combine the shards into fewer files",
    ])
  })
})

describe('what reaches the glob library', () => {
  it('a pattern over 4,096 characters is a problem naming it, never handed to the library (red team 28 R28-11)', async () => {
    mkdirSync(join(ws, 'data'))
    writeFileSync(join(ws, 'data', 'eval.csv'), 'y,p,g\n1,1,a\n')
    // picomatch threw on the first ("Input length: 100012, exceeds maximum allowed length: 65536")
    // and overflowed its stack on the second: "internal error", not a problem.
    const long = [`data/${'('.repeat(100_000)}.csv`, `data/${'+('.repeat(30_000)}`, `data/${'x'.repeat(4092)}*`]
    const { files, problems } = await resolveIn(['data/eval.csv', ...long])
    expect(files.map((f) => f.display)).toEqual(['data/eval.csv'])
    expect(problems.map((p) => p.message.replace(/'data\/[^']*'/, "'…'"))).toEqual(
      [100_009, 60_005, 4_098].map(
        (n) =>
          `data pattern '…' is ${n.toLocaleString('en-US')} characters; at most 4,096 are read (a path's longest on Linux): write a shorter path or pattern`,
      ),
    )
    expect((await resolveIn([`data/${'x'.repeat(4090)}*`])).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^data pattern 'data\/x+\*' matches no file under /),
    ])
  })

  it('the CLI names the pattern at its entry, once, exit 2, no internal error (red team 28 R28-11)', async () => {
    writeFileSync(join(ws, 'd.csv'), 'y,p,g\n1,1,a\n0,0,b\n')
    const cases: [string, (pattern: string) => string, string][] = [
      ['a flow list', (x) => `    data: [d.csv, '${x}']\n`, '3:19'],
      ['a block list', (x) => `    data:\n      - d.csv\n      - '${x}'\n`, '5:9'],
      ['one path', (x) => `    data: '${x}'\n`, '3:11'],
    ]
    for (const pattern of [`${'('.repeat(100_000)}.csv`, '+('.repeat(30_000)])
      for (const [, data, at] of cases) {
        writeFileSync(
          join(ws, 'audit.yml'),
          `audits:\n  - name: m\n${data(pattern)}    label: y\n    prediction: p\n    sensitive: [g]\n`,
        )
        const io = captureIO(ws, {})
        expect(await runCli(['-c', 'audit.yml'], io)).toBe(2)
        expect(io.err).not.toMatch(/internal error|call stack/)
        expect(io.err.split('\n')).toEqual([
          `audit.yml:${at}: data pattern '${pattern.slice(0, 60)}…' is ${pattern.length.toLocaleString('en-US')} characters; at most 4,096 are read (a path's longest on Linux): write a shorter path or pattern (at audits[0].data${at === '3:11' ? '' : '[1]'})`,
          'model-audit-gate: 1 problem; nothing was audited',
          '',
        ])
      }
  })
})

describe("a glob's matcher work is bounded from its text (red team 28 R28-9)", () => {
  const bound =
    "a pattern may hold at most 2 `*` in one path segment and in one segment only, at most 2 `**`, and not both 2 `**` and a segment of 2 `*` (the glob matcher's work on a name grows as its length to the power of the wildcards): write one `*` a segment (`data/part-*.csv`), or list the paths"

  it('a few `*a` against one committed file of a long name: refused at once, where it took 29 s', async () => {
    mkdirSync(join(ws, 'data'))
    writeFileSync(join(ws, 'data', 'eval.csv'), 'y,p,g\n1,1,a\n')
    writeFileSync(join(ws, 'data', `${'a'.repeat(250)}.csv`), '')
    const t0 = performance.now()
    const { files, problems } = await resolveIn(['data/eval.csv', `data/${'*a'.repeat(4)}*b.csv`])
    expect(performance.now() - t0).toBeLessThan(1000)
    expect(files.map((f) => f.display)).toEqual(['data/eval.csv'])
    expect(problems.map((p) => p.message)).toEqual([
      `data pattern 'data/*a*a*a*a*b.csv' holds 5 \`*\` in the segment '*a*a*a*a*b.csv'; ${bound}`,
    ])
  })

  it('refuses more wildcards than the bound and extglobs, naming the pattern', async () => {
    const refused: [string, string][] = [
      ['d/*a*a*a.csv', "holds 3 `*` in the segment '*a*a*a.csv'"],
      ['*a*a/*a*a/x.csv', "holds 2 `*` in each of 2 segments ('*a*a', '*a*a')"],
      ['**/a/**/b/**/c.csv', 'holds 3 `**`'],
      ['**/x/**/*_*.csv', "holds 2 `**` and 2 `*` in the segment '*_*.csv'"],
    ]
    const { problems } = await resolveIn(refused.map(([p]) => p))
    expect(problems.map((p) => p.message)).toEqual(refused.map(([p, why]) => `data pattern '${p}' ${why}; ${bound}`))
    const ext = ['+(a|b)', '@(eval)', '!(x)', '?(e)val', '*(e)val'].map((e) => `d/${e}.csv`)
    expect((await resolveIn(ext)).problems.map((p) => p.message)).toEqual(
      ext.map(
        (p) =>
          `data pattern '${p}' uses extglob syntax ('${p[2]}(…)'), which is not supported: write alternatives with braces ({a,b}), or list the paths`,
      ),
    )
  })

  it('within the bound: patterns of one or two `*` a segment, `**`, and escaped `*` that are no wildcards', async () => {
    mkdirSync(join(ws, 'data', 'x', 'part-1', 'y'), { recursive: true })
    for (const f of ['data/a_b.csv', 'data/x/part-1/y/c_d.csv', 'data/a*b*c*d.csv'])
      writeFileSync(join(ws, f), 'y,p,g\n1,1,a\n')
    const cases: [string, string[]][] = [
      ['data/*_*.csv', ['data/a_b.csv']],
      ['**/*_*.csv', ['data/a_b.csv', 'data/x/part-1/y/c_d.csv']],
      ['data/**/part-*/**/*.csv', ['data/x/part-1/y/c_d.csv']],
    ]
    for (const [pattern, expected] of cases) {
      const { files, problems } = await resolveIn([pattern])
      expect([pattern, problems, files.map((f) => f.display)]).toEqual([pattern, [], expected])
    }
    // The escaped `*` passes the bound and matches; the file it matches is then refused for its
    // name (red team 38 R38-5: a warehouse load reads the name as a glob).
    const escaped = await resolveIn(['data/a\\*b\\*c\\*d*.csv'])
    expect(escaped).toMatchObject({
      files: [],
      problems: [{ file: 'data/a*b*c*d.csv', message: globNameProblem('data/a*b*c*d.csv') }],
    })
  })
})

describe('a plain path loads no glob library', () => {
  it("has no pattern syntax exactly when tinyglobby's isDynamicPattern could say yes", () => {
    const unit = fc.constantFrom(...'ab.-_/ 0é*?[]{}()!+@\\,|^$~#%&=;:\'"`'.split(''))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (chars) => {
        const pattern = chars.join('')
        if (!hasGlobSyntax(pattern)) expect(isDynamicPattern(pattern)).toBe(false)
      }),
      { numRuns: 5000 },
    )
    expect(hasGlobSyntax('data/eval.csv')).toBe(false)
    expect(hasGlobSyntax('data/part-*.csv')).toBe(true)
  })
})
