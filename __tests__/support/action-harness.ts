/**
 * The setup the bundled-action test files share: the bundle, the fake GitHub (`server`, a live
 * binding: each test's `start()` replaces it) and throwaway workspaces. A test file calls
 * `useActionHarness()` once at its top: the hooks belong to that file (vitest shares this
 * module between the files a worker runs, so it registers nothing by itself).
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, expect } from 'vitest'
import { buildAction, makeRepo, runAction, type ActionRun, type RunOptions } from './action-runner.js'
import { startGitHubServer, type GitHubServer } from './github-server.js'

const ROOT = join(import.meta.dirname, '..', '..')
export const COMPAS_CONFIG = readFileSync(join(ROOT, 'examples/compas/model-audit.yml'), 'utf8')
export const TOKEN = 'ghs_installation_token_for_tests'

export let entry: string
export let server: GitHubServer
let started = false
export const dirs: string[] = []

export function useActionHarness(): void {
  beforeAll(async () => {
    entry = await buildAction()
  }, 180_000)

  afterEach(async () => {
    if (started) {
      started = false
      expect(server.violations).toEqual([])
      expect(server.responseViolations).toEqual([])
      await server.close()
    }
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })
}

/** The COMPAS example at the default config path: 2 error gates breached, 2 warnings. */
export function compasRepo(): string {
  const dir = makeRepo(
    { '.github/model-audit.yml': COMPAS_CONFIG },
    { 'examples/compas/compas-scores-two-years.csv': 'examples/compas/compas-scores-two-years.csv' },
  )
  dirs.push(dir)
  return dir
}

/** A small repo: groups a and b, accuracy 1.0 and 0.5 (0.75 overall); gates chosen by the test. */
export function smallRepo(gates: string, group = 'b'): string {
  const csv = ['y,p,grp', '1,1,a', '0,0,a', '1,1,a', '0,0,a', '1,1,b', '0,1,b', '1,0,b', '0,0,b']
    .join('\n')
    .replace(/,b$/gm, `,"${group.replace(/"/g, '""')}"`)
  const config = `audits:\n  - name: small\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [grp]\n    gates:\n${gates}`
  const dir = makeRepo({ '.github/model-audit.yml': config, 'data/eval.csv': `${csv}\n` })
  dirs.push(dir)
  return dir
}

export const WARN_ONLY =
  '      - metric: accuracy_difference\n        max: 0.2\n        level: warning\n      - metric: accuracy\n        min: 0.5\n'
export const PASSING = '      - metric: accuracy\n        min: 0.5\n'
/** One error gate breached (overall accuracy 0.75), one warning (the groups' accuracies differ by 0.5). */
export const FAILING =
  '      - metric: accuracy\n        min: 0.9\n      - metric: accuracy_difference\n        max: 0.2\n        level: warning\n'

export async function start(options: Parameters<typeof startGitHubServer>[0] = {}): Promise<void> {
  server = await startGitHubServer({ token: TOKEN, ...options })
  started = true
}

export function run(
  workspace: string,
  eventName: string,
  event: string,
  extra: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({ entry, workspace, eventName, event, apiUrl: server.url, ...extra })
}

export const writes = (): number =>
  server.callCount('issues/create-comment') + server.callCount('issues/update-comment')
export const annotations = (r: ActionRun, level: 'error' | 'warning'): ActionRun['commands'] =>
  r.commands.filter((c) => c.command === level)
