/**
 * Runs the bundled action the way the runner does: `node index.js` with INPUT_* variables,
 * GITHUB_EVENT_NAME / GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and
 * GITHUB_API_URL pointing at the fake GitHub.
 *
 * Which bundle: by default the action is bundled from src/ with esbuild into a temp directory
 * (never the repository's dist/), once per source state: about a second, where ncc takes half a
 * minute of CPU, so `npm test` after an edit of src/ always runs what src/ gives. CI
 * (`.ci/run`) first builds dist/ with ncc, checks it is what src/ gives, then points
 * MODEL_AUDIT_GATE_TEST_BUNDLE at dist/index.js, so the bundle that ships is the one tested.
 * MODEL_AUDIT_GATE_TEST_BUNDLER=ncc builds the temp bundle with ncc instead (as dist/ is built).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

type Bundler = 'esbuild' | 'ncc'
const BUNDLER: Bundler = process.env.MODEL_AUDIT_GATE_TEST_BUNDLER === 'ncc' ? 'ncc' : 'esbuild'

function hashTree(paths: string[]): string {
  const h = createHash('sha256')
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e))
    else h.update(p).update(readFileSync(p))
  }
  for (const p of paths) walk(join(ROOT, p))
  return h.digest('hex').slice(0, 16)
}

/**
 * Returns the entry file of the action bundle: MODEL_AUDIT_GATE_TEST_BUNDLE if set, else a
 * bundle of src/ built into a temp dir keyed by the sources' hash (and the bundler, and this
 * file, which holds the build options). Test files run in parallel workers: one builds while
 * the others wait for it (a lock directory holding the builder's pid); the build lands by one
 * rename, so a waiting worker never sees half a bundle.
 */
export async function buildAction(): Promise<string> {
  const given = process.env.MODEL_AUDIT_GATE_TEST_BUNDLE
  if (given) {
    const entry = isAbsolute(given) ? given : resolve(ROOT, given)
    if (!existsSync(entry)) throw new Error(`MODEL_AUDIT_GATE_TEST_BUNDLE=${given}: no such file`)
    return entry
  }
  const out = join(
    tmpdir(),
    `model-audit-gate-action-${BUNDLER}-${hashTree(['src', 'package-lock.json', 'tsconfig.json', '__tests__/support/action-runner.ts'])}`,
  )
  const entry = join(out, 'index.js')
  const lock = `${out}.lock`
  while (!existsSync(entry)) {
    try {
      mkdirSync(lock)
    } catch {
      if (builderIsGone(lock)) rmSync(lock, { recursive: true, force: true })
      else await new Promise((r) => setTimeout(r, 250))
      continue
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid))
      if (!existsSync(entry)) await build(out)
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
  return entry
}

/** Whether the worker holding the lock has died (its pid is written just after the lock is taken). */
function builderIsGone(lock: string): boolean {
  let pid: number
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'))
  } catch {
    // Not written yet, or the lock is gone already: only a lock older than a minute is stale.
    try {
      return Date.now() - statSync(lock).mtimeMs > 60_000
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

async function build(out: string): Promise<void> {
  const tmp = `${out}.${process.pid}`
  rmSync(tmp, { recursive: true, force: true })
  if (BUNDLER === 'esbuild') await buildWithEsbuild(tmp)
  else await buildWithNcc(tmp)
  rmSync(out, { recursive: true, force: true })
  renameSync(tmp, out)
}

/**
 * The action as one ES module for node 20, as ncc gives it (dist/package.json says "module"):
 * the CommonJS dependencies get a `require` from createRequire, as ncc's output imports it.
 * esbuild comes with vite (vitest's) and tsx; it only strips types, so tsc (`npm run
 * typecheck`) stays the type check.
 */
async function buildWithEsbuild(tmp: string): Promise<void> {
  const { build: esbuild } = await import('esbuild')
  mkdirSync(tmp, { recursive: true })
  await esbuild({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    outfile: join(tmp, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __magCreateRequire } from 'node:module'; const require = __magCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  })
  writeFileSync(join(tmp, 'package.json'), '{\n  "type": "module"\n}\n')
}

async function buildWithNcc(tmp: string): Promise<void> {
  const result = await exec(
    process.execPath,
    [
      join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      join(ROOT, 'src', 'index.ts'),
      '-o',
      tmp,
    ],
    { cwd: ROOT, env: { ...process.env } },
  )
  if (result.code !== 0) throw new Error(`ncc build failed:\n${result.stdout}\n${result.stderr}`)
}

interface ExecResult {
  code: number
  stdout: string
  stderr: string
}

function exec(cmd: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

/** A workspace as actions/checkout leaves it: files at paths relative to the repository root. */
export function makeRepo(files: Record<string, string>, copy: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mag-repo-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  for (const [to, from] of Object.entries(copy)) {
    mkdirSync(dirname(join(dir, to)), { recursive: true })
    cpSync(join(ROOT, from), join(dir, to))
  }
  return dir
}

export interface Command {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun extends ExecResult {
  outputs: Record<string, string>
  summary: string
  /** Workflow commands (`::error file=…::message`) from stdout, decoded. */
  commands: Command[]
}

export interface RunOptions {
  entry: string
  workspace: string
  eventName: string
  /** A file under __fixtures__/events/ (without .json), or a path. */
  event: string
  apiUrl: string
  inputs?: Record<string, string>
  sha?: string
  repository?: string
  /** GITHUB_RUN_ID (default 1000). */
  runId?: string
  /** Runs under `ulimit -f` (KiB): a write past it fails with EFBIG, as on a runner whose file-size limit is reached. */
  fileSizeLimitKiB?: number
  /** Runs under `ulimit -v` (KiB): a limited address space, as in some containers (RLIMIT_AS). */
  addressSpaceKiB?: number
  /** More environment variables, as a workflow's `env:` sets them. */
  env?: Record<string, string>
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProp = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string)
    out[m[1] as string] = value.join('\n')
  }
  return out
}

function parseCommands(stdout: string): Command[] {
  return stdout
    .split('\n')
    .map((l) => /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      command: m[1] as string,
      properties: Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf('=')), unescapeProp(kv.slice(kv.indexOf('=') + 1))]),
      ),
      message: unescapeData(m[3] as string),
    }))
}

/** Runs the bundle once, as a workflow step would. */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'mag-runner-'))
  const summaryFile = join(files, 'step_summary.md')
  const outputFile = join(files, 'output.txt')
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  const eventPath = o.event.includes('/') ? o.event : join(ROOT, '__fixtures__', 'events', `${o.event}.json`)
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: files,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository ?? 'acme/credit-model',
    GITHUB_SHA: o.sha ?? '9999999999999999999999999999999999999999',
    GITHUB_RUN_ID: o.runId ?? '1000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: files,
    ...o.env,
  }
  const inputs = { 'github-token': 'ghs_installation_token_for_tests', ...o.inputs }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const limits = [
    ...(o.fileSizeLimitKiB === undefined ? [] : [`ulimit -f ${o.fileSizeLimitKiB}`]),
    ...(o.addressSpaceKiB === undefined ? [] : [`ulimit -v ${o.addressSpaceKiB}`]),
  ]
  const result =
    limits.length === 0
      ? await exec(process.execPath, [o.entry], { cwd: o.workspace, env })
      : await exec('bash', ['-c', `${limits.join(' && ')} && exec "$@"`, 'bash', process.execPath, o.entry], {
          cwd: o.workspace,
          env,
        })
  const run: ActionRun = {
    ...result,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(result.stdout),
  }
  rmSync(files, { recursive: true, force: true })
  return run
}
