/**
 * The bundled action's log, read as the runner reads it: a pull request controls group,
 * column, gate and audit names, and none of them may issue a workflow command — above all no
 * `::stop-commands::` that would swallow the breach annotations written after the report —
 * and an error report stays small whatever the input's size.
 */
import { rmSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildAction, makeRepo, runAction, type ActionRun } from '../support/action-runner.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { runnerCommands } from '../support/runner-commands.js'

let entry: string
let server: GitHubServer
const dirs: string[] = []

beforeAll(async () => {
  entry = await buildAction()
}, 180_000)

afterEach(async () => {
  if (server) await server.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function run(files: Record<string, string>): Promise<ActionRun> {
  server = await startGitHubServer({ token: 'ghs_installation_token_for_tests' })
  const workspace = makeRepo(files)
  dirs.push(workspace)
  return runAction({
    entry,
    workspace,
    eventName: 'pull_request',
    event: 'pull_request.opened.same-repo',
    apiUrl: server.url,
  })
}

/** The commands the action itself issues; anything else in the log came from data. */
const OWN = /^::(group|endgroup|error|warning|notice|debug|add-mask)( [^:]*)?::/

describe('the action log', () => {
  it('carries no workflow command from data, and the breach annotation still arrives', async () => {
    const group = '  ::stop-commands::tok'
    const csv = [
      'y,p,grp',
      '1,1,a',
      '0,0,a',
      '1,1,a',
      '0,0,a',
      `1,1,"${group}"`,
      `0,1,"${group}"`,
      `1,0,"${group}"`,
      `0,0,"${group}"`,
    ].join('\n')
    const config = [
      'audits:',
      '  - name: "audit ::add-mask::x ##[group]y"',
      '    data: data/eval.csv',
      '    label: y',
      '    prediction: p',
      '    sensitive: [grp]',
      '    gates:',
      '      - name: "text ##[warning]x ::error title=x::y"',
      '        metric: accuracy_difference',
      '        max: 0.1',
      '',
    ].join('\n')
    const r = await run({ '.github/model-audit.yml': config, 'data/eval.csv': `${csv}\n` })
    expect(r.code).toBe(1)
    // Every line the runner acts on is one of ours…
    const commands = runnerCommands(r.stdout)
    expect(commands.filter((l) => !OWN.test(l))).toEqual([])
    expect(r.stdout).not.toMatch(/::stop-commands::|##\[/)
    // …and the report reached the log, with the names shown.
    expect(r.stdout).toContain(': :stop-commands: :tok')
    expect(r.stdout).toContain('text # #[warning]x')
    // The breach is annotated on the gate's line.
    const breach = r.commands.filter((c) => c.command === 'error' && c.properties.line === '8')
    expect(breach).toHaveLength(1)
    expect(breach[0]?.properties.title).toContain('Gate breached: text # #[warning]x : :error title=x: :y (grp)')
  })

  it('keeps the error summary and the failure message small for an 800 KB header (a longer one is refused: MAX_HEADER_CHARS)', async () => {
    const header = ['y', 'p', ...Array.from({ length: 20 }, (_, i) => `c${i}${'c'.repeat(40_000)}`)].join(',')
    const row = (v: string): string => ['1', '1', ...Array.from({ length: 20 }, () => v)].join(',')
    const config =
      'audits:\n  - name: m\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [zz]\n'
    const r = await run({ '.github/model-audit.yml': config, 'data/eval.csv': `${header}\n${row('a')}\n${row('b')}\n` })
    expect(r.code).toBe(1)
    expect(r.summary).toContain('## ❌ Model audit could not run')
    expect(r.summary).toContain('… &#40;40,002 characters&#41;')
    expect(r.summary.length).toBeLessThan(16_000)
    const failed = r.commands.at(-1)?.message ?? ''
    expect(failed).toMatch(
      /sensitive column 'zz' is not in data\/eval\.csv; columns: y, p, c0c+… \(40,002 characters\), c1/,
    )
    expect(failed.length).toBeLessThan(4_000)
    expect(r.stdout.length).toBeLessThan(20_000)
  })
})
