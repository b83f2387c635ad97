/**
 * The CLI's entry (`src/cli.ts`) answers `--version` alone before the pipeline's modules load:
 * bundled as ncc bundles it (the dynamic import of `cli/run.ts` a chunk of its own; here
 * esbuild with splitting), `--version` prints the version with that chunk deleted, and every
 * other command still goes through `runCli`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VERSION } from '../../src/version.js'

let dir = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mag-cli-entry-'))
  await build({
    entryPoints: { index: join(import.meta.dirname, '..', '..', 'src', 'cli.ts') },
    outdir: dir,
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __magCreateRequire } from 'node:module'; const require = __magCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  })
  writeFileSync(join(dir, 'package.json'), '{\n  "type": "module"\n}\n')
}, 60_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const run = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'index.js'), ...args], { encoding: 'utf8' })

describe('the CLI entry', () => {
  it('prints the version for --version and -v, as runCli does', () => {
    for (const flag of ['--version', '-v']) {
      const r = run(flag)
      expect([r.status, r.stdout, r.stderr]).toEqual([0, `${VERSION}\n`, ''])
    }
  })

  it('passes every other command to runCli: --help, and --version beside another option', () => {
    const help = run('--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--version')
    const both = run('--version', '--quiet')
    expect([both.status, both.stdout]).toEqual([0, `${VERSION}\n`])
    const bad = run('--nonsense')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--nonsense')
  })

  it('answers --version without loading the pipeline: the chunk it imports dynamically deleted, it still prints the version', () => {
    // The entry's own modules (and what it shares with the pipeline) are static imports; the pipeline is the import().
    const entry = readFileSync(join(dir, 'index.js'), 'utf8')
    const lazy = [...entry.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => m[1] ?? '')
    expect(lazy.length).toBe(1)
    for (const f of lazy) rmSync(join(dir, f))
    const r = run('--version')
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${VERSION}\n`, ''])
    // and the rest needs it: --help, which runCli answers, now fails to load
    const help = run('--help')
    expect(help.status).not.toBe(0)
    expect(help.stderr).toContain('ERR_MODULE_NOT_FOUND')
  })
})
