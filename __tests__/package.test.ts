/**
 * The npm package as a user gets it: `npm pack` of the repository holds only what runs
 * (package.json's `files`), installs offline into an empty project with nothing else to fetch
 * (dist/ is bundled, so the package has no dependencies) and without an EBADENGINE warning,
 * and its command runs — installed (`npx model-audit-gate`) and straight from the tarball
 * (`npx --package ./model-audit-gate-X.Y.Z.tgz model-audit-gate`), as the README says.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  dependencies?: Record<string, string>
  engines: { node: string }
}

interface Ran {
  code: number
  stdout: string
  stderr: string
}

function npm(args: string[], cwd: string, cache: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['--cache', cache, '--no-audit', '--no-fund', '--no-update-notifier', ...args],
      { cwd, env: { PATH: process.env.PATH, HOME: cwd, npm_config_loglevel: 'warn' }, timeout: 180_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

let dir: string
let cache: string
let tarball: string
let packed: { filename: string; files: { path: string }[] }

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mag-package-'))
  cache = join(dir, 'npm-cache')
  const r = await npm(['pack', '--json', '--pack-destination', dir], ROOT, cache)
  if (r.code !== 0) throw new Error(`npm pack failed:\n${r.stderr}`)
  packed = (JSON.parse(r.stdout) as (typeof packed)[])[0]!
  tarball = join(dir, packed.filename)
}, 180_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the npm package', () => {
  it('holds only what runs: the bundles, the schema, action.yml and the docs', () => {
    expect(packed.filename).toBe(`model-audit-gate-${pkg.version}.tgz`)
    const files = packed.files.map((f) => f.path).sort()
    expect(files).toContain('dist/cli/index.js')
    expect(files).toContain('dist/index.js')
    expect(files).toContain('schema/audit-config.schema.json')
    expect(files).toContain('action.yml')
    for (const f of files)
      expect(f).toMatch(/^(dist\/|schema\/|action\.yml$|package\.json$|README\.md$|LICENSE$|SECURITY\.md$)/)
    // The bundles carry the code: nothing for an install to fetch.
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('installs offline into an empty project without an engine warning, and its command runs', async () => {
    const project = join(dir, 'project')
    mkdirSync(join(project, 'eval'), { recursive: true })
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n')
    const install = await npm(['install', '--offline', '--save-dev', tarball], project, cache)
    expect(install.stderr).not.toContain('EBADENGINE')
    expect(install.code).toBe(0)
    const version = await npm(['exec', '--offline', '--', 'model-audit-gate', '--version'], project, cache)
    expect(version.stdout).toBe(`${pkg.version}\n`)
  }, 180_000)

  it('runs straight from the tarball in a repository that installs nothing (npx --package)', async () => {
    const project = join(dir, 'repository')
    mkdirSync(join(project, '.github'), { recursive: true })
    mkdirSync(join(project, 'eval'))
    writeFileSync(join(project, 'eval/predictions.csv'), 'y,p,g\n1,1,a\n0,0,a\n1,1,b\n0,1,b\n')
    writeFileSync(
      join(project, '.github/model-audit.yml'),
      'audits:\n  - name: toy\n    data: eval/predictions.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    confidence: false\n    gates:\n      - metric: accuracy\n        min: 0.9\n',
    )
    // As the README's first install line: the gate fails (accuracy 0.75), exit 1.
    const audit = await npm(
      ['exec', '--offline', '--yes', '--package', tarball, '--', 'model-audit-gate', '--json', 'report.json'],
      project,
      cache,
    )
    expect(audit.stdout).toContain('FAILED: 1 of 1 gate breached')
    expect(audit.code).toBe(1)
    const report = JSON.parse(readFileSync(join(project, 'report.json'), 'utf8')) as { passed: boolean }
    expect(report.passed).toBe(false)
  }, 180_000)
})
