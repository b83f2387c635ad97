#!/usr/bin/env node
/* global Buffer, console, process */
/**
 * `npm run bundle`: builds the action (`dist/index.js`, with `dist/licenses.txt`) and the CLI
 * (`dist/cli/index.js`) with @vercel/ncc. The two builds are independent and each is mostly one
 * core's work (webpack and the TypeScript checker), so they run side by side. Each build's output
 * is printed when it ends; the script fails if either does.
 *
 * ncc's TypeScript loader checks the program of the tsconfig.json nearest the entry: `src/`'s own,
 * which holds the sources only (the root one adds the tests, which `npm run typecheck` checks).
 * One after the other, each checking the tests too: 43 s on the 2-core machine; now 25 s, 37 s
 * beside a CPU-bound process. The output is the same bytes.
 */
import { spawn } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const BUILDS = [
  ['src/index.ts', '-o', 'dist', '--license', 'licenses.txt'],
  ['src/cli.ts', '-o', 'dist/cli'],
]

function build(args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [NCC, 'build', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    child.stdout.on('data', (d) => out.push(d))
    child.stderr.on('data', (d) => out.push(d))
    child.on('error', (e) => done({ args, code: 1, text: String(e) }))
    child.on('close', (code) => done({ args, code: code ?? 1, text: Buffer.concat(out).toString() }))
  })
}

// ncc writes a dynamic import's chunk as `<id>.index.js` beside the entry (src/cli.ts imports the
// pipeline so) and never deletes a file: a chunk an earlier build wrote under another id would stay
// in dist/ unseen by CI's freshness check. Remove the old chunks first.
for (const [, , out] of BUILDS) {
  let names = []
  try {
    names = readdirSync(join(ROOT, out))
  } catch {
    // no output directory yet
  }
  for (const name of names) if (/^\d+\.index\.js$/.test(name)) rmSync(join(ROOT, out, name))
}

const results = await Promise.all(BUILDS.map(build))
let failed = false
for (const r of results) {
  process.stdout.write(r.text)
  if (r.code !== 0) {
    failed = true
    console.error(`ncc build ${r.args[0]} failed (exit ${r.code})`)
  }
}
process.exit(failed ? 1 : 0)
