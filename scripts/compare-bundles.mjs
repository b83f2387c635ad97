#!/usr/bin/env node
/* global console, process */
/**
 * Runs two builds of the CLI on every config in examples/ and __fixtures__/ and compares what
 * each run gives: exit status, stdout, stderr, and the JSON and markdown reports byte for byte.
 * For a change that must not change a report (a faster reader, a lazy import):
 *
 *   npx ncc build src/cli.ts -o /tmp/cli-new -q
 *   node scripts/compare-bundles.mjs dist/cli/index.js /tmp/cli-new/index.js
 *
 * A config runs in its own directory as the workspace (the fixtures' data paths are relative to
 * it), or the repository's when it names `examples/` paths. Exit 1 when any run differs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const [a, b] = process.argv.slice(2).map((p) => resolve(p))
if (!a || !b) {
  console.error('usage: compare-bundles.mjs BUNDLE_A BUNDLE_B')
  process.exit(2)
}

function configs(dir) {
  const out = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...configs(p))
    else if (/\.ya?ml$/.test(e.name)) out.push(p)
  }
  return out
}

const tmp = mkdtempSync(join(tmpdir(), 'compare-bundles-'))
function run(bin, config, tag) {
  const text = readFileSync(config, 'utf8')
  const workspace = /\bexamples\//.test(text) ? ROOT : dirname(config)
  const json = join(tmp, `${tag}.json`)
  const md = join(tmp, `${tag}.md`)
  rmSync(json, { force: true })
  rmSync(md, { force: true })
  const r = spawnSync(
    'node',
    [bin, '--config', config, '--workspace', workspace, '--json', json, '--markdown', md, '--allow-outside-workspace'],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } },
  )
  const clean = (s) => (s ?? '').split(join(tmp, `${tag}.`)).join('<tmp>/<report>.')
  return {
    status: r.status,
    stdout: clean(r.stdout),
    stderr: clean(r.stderr),
    json: existsSync(json) ? readFileSync(json, 'utf8') : null,
    md: existsSync(md) ? readFileSync(md, 'utf8') : null,
  }
}

const only = process.argv[4]
const all = [...configs(join(ROOT, 'examples')), ...configs(join(ROOT, '__fixtures__'))]
  .filter((c) => !only || c.includes(only))
  .sort()
let differ = 0
let reports = 0
for (const config of all) {
  const x = run(a, config, 'a')
  const y = run(b, config, 'b')
  const diffs = ['status', 'stdout', 'stderr', 'json', 'md'].filter((k) => x[k] !== y[k])
  if (x.json !== null) reports++
  if (diffs.length) {
    differ++
    console.log(`DIFFERS ${relative(ROOT, config)}: ${diffs.join(', ')}`)
    for (const k of diffs) {
      const xs = String(x[k]).split('\n')
      const ys = String(y[k]).split('\n')
      const i = xs.findIndex((l, j) => l !== ys[j])
      console.log(`  ${k} line ${i + 1}:\n  - ${xs[i]?.slice(0, 300)}\n  + ${ys[i]?.slice(0, 300)}`)
    }
  }
}
rmSync(tmp, { recursive: true, force: true })
console.log(`${all.length} configs, ${reports} with a JSON report; ${differ} differ`)
process.exit(differ ? 1 : 0)
