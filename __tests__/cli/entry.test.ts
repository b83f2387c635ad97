/**
 * The CLI's entry (`src/cli.ts`) answers `--version` alone before the pipeline's modules load:
 * bundled as ncc bundles it (the dynamic import of `cli/run.ts` a chunk of its own; here
 * esbuild with splitting), `--version` prints the version with that chunk deleted, and every
 * other command still goes through `runCli`.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
}, 180_000)

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

  it('audits a JSON config and a plain CSV without yaml, csv-parse, node:crypto, node:v8, node:vm or node:zlib: the chunks deleted, the same report', () => {
    const work = mkdtempSync(join(tmpdir(), 'mag-cli-lean-'))
    try {
      const rows = Array.from({ length: 200 }, (_, i) => `${i % 2},${(i * 7) % 3 === 0 ? 1 : 0},${'abc'[i % 3]}`)
      writeFileSync(join(work, 'd.csv'), `y,p,g\n${rows.join('\n')}\n`)
      const audit = { name: 'm', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['g'] }
      writeFileSync(join(work, 'audit.json'), JSON.stringify({ audits: [audit] }))
      writeFileSync(
        join(work, 'audit.yml'),
        'audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n',
      )
      // Prints on stderr, at exit, which of node:crypto, node:v8, node:vm and node:zlib were loaded:
      // none is used by this audit (src/lazy-builtins.ts).
      writeFileSync(
        join(work, 'crypto.cjs'),
        "process.on('exit', () => { for (const m of ['crypto', 'v8', 'vm', 'zlib']) if (process.moduleLoadList.includes('NativeModule ' + m)) process.stderr.write('node:' + m + ' loaded\\n') })",
      )
      const cli = (bundle: string, config: string, json: string) =>
        spawnSync(
          process.execPath,
          ['-r', join(work, 'crypto.cjs'), join(bundle, 'index.js'), '-c', config, '-C', work, '--json', json, '-q'],
          {
            encoding: 'utf8',
            cwd: work,
          },
        )
      const report = (file: string) => ({ ...JSON.parse(readFileSync(join(work, file), 'utf8')), run: null }) as unknown
      const full = cli(dir, 'audit.json', 'full.json')
      expect([full.status, full.stderr]).toEqual([0, ''])
      const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js')
      const holding = (text: string) => chunks.filter((f) => readFileSync(join(dir, f), 'utf8').includes(text))
      const yaml = holding('Implicit map keys need to be')
      const csvParse = holding('Invalid Closing Quote')
      expect([yaml.length, csvParse.length]).toEqual([1, 1])
      const lean = join(work, 'lean')
      cpSync(dir, lean, { recursive: true })
      for (const f of [...yaml, ...csvParse]) rmSync(join(lean, f))
      const r = cli(lean, 'audit.json', 'lean.json')
      expect([r.status, r.stderr]).toEqual([0, ''])
      expect(report('lean.json')).toEqual(report('full.json'))
      // The same audit from a YAML config needs the deleted chunk.
      const y = cli(lean, 'audit.yml', 'yaml.json')
      expect(y.status).not.toBe(0)
      expect(y.stderr).toContain(`Cannot find module '${join(lean, yaml[0] ?? '')}'`)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
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
