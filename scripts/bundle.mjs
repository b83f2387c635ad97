#!/usr/bin/env node
/* global Buffer, console, process */
/**
 * `npm run bundle`: builds the action (`dist/index.js`, with `dist/licenses.txt`) and the CLI
 * (`dist/cli/index.js`) with @vercel/ncc, one build after the other in this one process (ncc's
 * Node API, which its CLI calls), writing each build's files as `ncc build` does. The script fails
 * if either build does.
 *
 * The builds only transpile the TypeScript (ncc's `transpileOnly`): the type check is `npm run
 * typecheck` (tsc, the root tsconfig.json), which CI runs; the bundle never checked anything that
 * does not. ncc compiles src/ with the tsconfig.json nearest the entry, src/'s own: ES modules with
 * bundler resolution, as webpack reads them (with the root's NodeNext, TypeScript's one-file
 * transpile takes a .ts file for CommonJS, for it does not look up package.json's "type": it wrote
 * `require()`s, which webpack resolved by the "require" condition that @actions/* do not export, and
 * refused index.ts's top-level await). The output is the same bytes as the checked builds'.
 *
 * One process: the second build runs on the first's loaded ncc and TypeScript and on code already
 * compiled by V8, so the two take some 14-16 s of CPU where two processes took 18-25 s; and a
 * CPU-bound process beside it takes the other core, not half of each of two builds. (The two ncc()
 * calls at once in this process took as much CPU; esbuild's transpile of src/ first, then ncc on
 * the .js, some 11 s, but not the same bytes.)
 *
 * Measured on the 2-core machine (`time npm run bundle`; other sessions' work kept its load
 * average at 4-9 most of the time): type-checking both builds side by side, 38-47 s of CPU, 40 s of
 * wall clock at load 1.5, 52-117 s at load 5-15, 84-97 s beside one more CPU-bound process;
 * transpiling them side by side, 18-25 s of CPU, 32-47 s; now 14-16 s of CPU, 12 s at load 5,
 * 18-26 s at load 4-9, 32-33 s beside one more CPU-bound process at load 7-9.
 */
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compactSource } from './compact-source.mjs'
import { eagerFactories } from './eager-factories.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = createRequire(import.meta.url)('@vercel/ncc')
// `eager`: the module factories written for V8 to compile eagerly (eager-factories.mjs), then the
// text compacted (compact-source.mjs: no comments or indentation, ASCII only). The CLI's only: it
// runs on Node.js 20 and newer, and on 20 it starts faster so; the action runs on node24 alone,
// where the eager factories measured no faster (267 ms of user CPU against 262 on a 1,000-row audit).
const BUILDS = [
  { entry: 'src/index.ts', out: 'dist', license: 'licenses.txt', eager: false },
  { entry: 'src/cli.ts', out: 'dist/cli', eager: true },
]

// ncc resolves the entry, finds its tsconfig.json and keeps assets inside the working directory.
process.chdir(ROOT)

// ncc writes a dynamic import's chunk as `<id>.index.js` beside the entry (src/cli.ts imports the
// pipeline so) and never deletes a file: a chunk an earlier build wrote under another id would stay
// in dist/ unseen by CI's freshness check. Remove the old chunks first.
for (const { out } of BUILDS) {
  let names = []
  try {
    names = readdirSync(join(ROOT, out))
  } catch {
    // no output directory yet
  }
  for (const name of names) if (/^\d+\.index\.js$/.test(name)) rmSync(join(ROOT, out, name))
}

/**
 * Writes a build's files as `ncc build -o <out>` does (the entry executable when it has a
 * shebang); with `eager`, each JavaScript file's module factories written for V8 to compile
 * eagerly (eager-factories.mjs) and its text compacted (compact-source.mjs).
 */
function write(out, eager, { code: nccCode, assets, symlinks }) {
  const dir = join(ROOT, out)
  mkdirSync(dir, { recursive: true })
  const js = eager ? (text) => compactSource(eagerFactories(text)) : (text) => text
  const code = js(nccCode)
  const files = [['index.js', Buffer.byteLength(code)]]
  writeFileSync(join(dir, 'index.js'), code, { mode: code.startsWith('#!') ? 0o777 : 0o666 })
  for (const [name, asset] of Object.entries(assets)) {
    const { permissions } = asset
    const source = eager && name.endsWith('.js') ? js(String(asset.source)) : asset.source
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), source, { mode: permissions })
    files.push([name, Buffer.byteLength(source)])
  }
  for (const [name, target] of Object.entries(symlinks ?? {})) symlinkSync(target, join(dir, name))
  return files
}

let failed = false
for (const { entry, out, license, eager } of BUILDS) {
  const start = Date.now()
  try {
    const built = await ncc(join(ROOT, entry), { transpileOnly: true, license: license ?? '', quiet: true })
    const files = write(out, eager, built)
    for (const [name, bytes] of files.sort((a, b) => a[1] - b[1]))
      console.log(`${`${Math.round(bytes / 1024)}kB`.padStart(7)}  ${relative(ROOT, join(ROOT, out, name))}`)
    console.log(`ncc build ${entry} -> ${out}/ in ${Date.now() - start} ms`)
  } catch (e) {
    failed = true
    console.error(e)
    console.error(`ncc build ${entry} failed`)
  }
}
process.exit(failed ? 1 : 0)
