/**
 * The bad-input corpus: every directory under __fixtures__/bad/ is a run that must end in
 * exit status 2 with exactly the problems in its expected.txt (file, line, column, what was
 * expected, what to do), no stack trace, and no report or comment claiming a result.
 *
 * A case directory holds the config (audit.yml unless args.json names another), its data,
 * optional args.json (CLI arguments) and expected.txt (stderr, exactly).
 * To write expected.txt for a new case: UPDATE_CORPUS=1 npx vitest run __tests__/bad-input.test.ts
 * — and then read every line it wrote.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'
import { makeWorkspace } from './support/workspace.js'

const CORPUS = join(import.meta.dirname, '..', '__fixtures__', 'bad')
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

async function runCase(dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    cwd: dir,
    isTTY: false,
    env: {},
    stdout: (s) => {
      out += s
    },
    stderr: (s) => {
      err += s
    },
  })
  return { code, out, err }
}

describe('bad-input corpus', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
  })

  for (const name of cases) {
    it(name, async () => {
      // Run in a copy: the run must not modify what it reads, and outputs must not appear.
      const dir = mkdtempSync(join(tmpdir(), `bad-${name}-`))
      try {
        cpSync(join(CORPUS, name), dir, { recursive: true, verbatimSymlinks: true })
        const argsFile = join(dir, 'args.json')
        const args = existsSync(argsFile)
          ? (JSON.parse(readFileSync(argsFile, 'utf8')) as string[])
          : ['--config', 'audit.yml']
        const r = await runCase(dir, [...args, '--json', 'report.json', '--markdown', 'comment.md'])
        const expectedFile = join(CORPUS, name, 'expected.txt')
        const actual = r.err.split(dir).join('<workspace>')
        if (process.env.UPDATE_CORPUS) writeFileSync(expectedFile, actual)
        expect(r.code).toBe(2)
        expect(actual).toBe(readFileSync(expectedFile, 'utf8'))
        expect(actual).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
        expect(actual).not.toMatch(/internal error/)
        expect(r.out).toBe('')
        expect(existsSync(join(dir, 'report.json'))).toBe(false)
        expect(existsSync(join(dir, 'comment.md'))).toBe(false)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})

describe('inputs too large to commit', () => {
  it('a 200 MB single line is an error, not a memory blow-up', async () => {
    const ws = makeWorkspace()
    try {
      const line = Buffer.alloc(200 * 1024 * 1024, 'a')
      ws.write('data.csv', Buffer.concat([Buffer.from('y,p,sex\n1,1,'), line, Buffer.from('\n')]))
      ws.write(
        'audit.yml',
        'audits:\n  - name: model\n    data: data.csv\n    label: y\n    prediction: p\n    sensitive: [sex]\n',
      )
      const before = process.memoryUsage().rss
      const r = await runCase(ws.dir, ['--config', 'audit.yml'])
      expect(r.code).toBe(2)
      expect(r.err).toContain('data.csv:2: a record is longer than 8 MiB; is this the right file and delimiter?')
      // The reader stops at the cap instead of holding the whole line.
      expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024)
    } finally {
      ws.cleanup()
    }
  })
})
