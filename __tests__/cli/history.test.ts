/**
 * Trends and the history-median gate, end to end through the CLI: the history reports are
 * written by the CLI itself, run after run on data whose demographic parity difference moves,
 * and read back by a later run with `--history`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/report/types.js'
import { captureIO as io } from '../support/cli-io.js'
import { loadMermaidParser, mermaidBlocks } from '../support/mermaid.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
let parse: Awaited<ReturnType<typeof loadMermaidParser>>
beforeAll(async () => {
  parse = await loadMermaidParser()
})
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** Ten rows per group: `a` predicted positive in `ka` of them, `b` in `kb`; the DP difference is |ka − kb| / 10. */
function data(ka: number, kb: number): string {
  const rows = ['y,p,g']
  for (let i = 0; i < 10; i++) rows.push(`${i % 2},${i < ka ? 1 : 0},a`)
  for (let i = 0; i < 10; i++) rows.push(`${i % 2},${i < kb ? 1 : 0},b`)
  return rows.join('\n') + '\n'
}

const CONFIG = `audits:
  - name: toy
    data: d.csv
    label: y
    prediction: p
    sensitive: [g]
    confidence: false
    gates:
      - name: parity drift
        metric: demographic_parity_difference
        attribute: g
        max_increase: 0.05
        against: history_median
      - metric: accuracy
        min: 0.1
`

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/**
 * Runs the CLI once per DP difference (in tenths), each writing its JSON report into history/
 * under a name that sorts against the run order, as a CI run would (own commit and run id).
 */
async function writeHistory(tenths: number[]): Promise<string[]> {
  const shas: string[] = []
  for (const [i, t] of tenths.entries()) {
    ws.write('d.csv', data(5 + t, 5))
    const sha = `${(9 - i).toString(16)}${'0'.repeat(38)}${i}`
    shas.push(sha)
    const t0 = io(ws.dir, { GITHUB_SHA: sha, GITHUB_RUN_ID: String(1000 + i), GITHUB_RUN_ATTEMPT: '1' })
    // The history gate has no history yet: insufficient, a warning, exit 0.
    expect(await runCli(['--json', `history/${sha}/model-audit-report.json`], t0), t0.err).toBe(0)
    // Each report's started_at is later than the one before (millisecond resolution).
    await sleep(3)
  }
  return shas
}

function readJson(name: string): Report {
  return JSON.parse(readFileSync(join(ws.dir, name), 'utf8')) as Report
}

describe('--history', () => {
  it('orders the history by run time, charts every gated value, and gates on the median', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    const shas = await writeHistory([2, 3, 2, 1, 3])
    // This run: DP 0.3 against the history median 0.2: +0.1, more than max_increase 0.05.
    ws.write('d.csv', data(8, 5))
    const t = io(ws.dir)
    const code = await runCli(
      ['--history', 'history/**/*.json', '--json', 'out/report.json', '--markdown', 'out/comment.md'],
      t,
    )
    expect(code, t.err).toBe(1)
    expect(t.err).toBe('model-audit-gate: history: 5 earlier runs of 5 report files matched\n')
    const report = readJson('out/report.json')
    expect(report.run?.started_at).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(report.history?.runs.map((r) => r.sha)).toEqual(shas)
    expect(report.history?.runs.map((r) => r.run_id)).toEqual(['1000', '1001', '1002', '1003', '1004'])
    expect(report.history?.matched).toBe(5)
    const gate = report.audits[0]!.gates[0]!
    expect(gate.history?.values.map((v) => +v!.toFixed(10))).toEqual([0.2, 0.3, 0.2, 0.1, 0.3])
    expect(gate.history?.median).toBeCloseTo(0.2, 12)
    expect(gate).toMatchObject({ against: 'history_median', status: 'fail', effect: 'fail' })
    expect(gate.message).toContain('against the median of 5 earlier runs 0.2 (beyond max_increase 0.05)')
    // The plain gate has a trend too.
    expect(report.audits[0]!.gates[1]!.history?.count).toBe(5)

    const md = readFileSync(join(ws.dir, 'out/comment.md'), 'utf8')
    expect(md).toContain('#### Trend over the last 5 runs and this one')
    expect(md).toContain('| 0.3000 (b vs a) | rise ≤ 0.05 vs the history median |')
    // Sparkline of 0.2, 0.3, 0.2, 0.1, 0.3 and this run's 0.3: lowest ▁ at 0.1, highest █ at 0.3, 0.2 halfway (rounded down: ▄).
    expect(md).toMatch(
      /\| parity drift<br><sub>`demographic_parity_difference`<\/sub> \| g \| ▄█▄▁██ \| 0\.2000 \| 0\.3000 \| 0\.2000 \(gated\) \| 0\.3000 \|/,
    )
    const charts = mermaidBlocks(md).filter((b) => b.includes('line ['))
    expect(charts).toHaveLength(2)
    for (const c of charts) await expect(parse(c)).resolves.toBeTruthy()
    expect(charts[0]).toContain(`x-axis ["${shas[0]!.slice(0, 7)}"`)
    expect(charts[0]).toContain('line [0.2000, 0.3000, 0.2000, 0.1000, 0.3000, 0.3000]')
    // The limit the median allows: 0.2 + 0.05.
    expect(charts[0]).toContain('line [0.2500, 0.2500, 0.2500, 0.2500, 0.2500, 0.2500]')
  })

  it('passes when the value rose no more than max_increase over the median', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    await writeHistory([2, 3, 2, 1, 3])
    ws.write('d.csv', data(7, 5))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/**/*.json', '--json', 'out/report.json'], t), t.err).toBe(0)
    const gate = readJson('out/report.json').audits[0]!.gates[0]!
    expect(gate).toMatchObject({ status: 'pass', effect: 'pass' })
    expect(gate.message).toContain('±0 against the median of 5 earlier runs 0.2 (within max_increase 0.05)')
  })

  it('uses only the latest --history-limit runs', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    const shas = await writeHistory([1, 1, 1, 1, 3, 3, 3])
    ws.write('d.csv', data(8, 5))
    // All seven: median 0.1, so 0.3 rose by 0.2 and fails.
    expect(await runCli(['--history', 'history/**/*.json'], io(ws.dir))).toBe(1)
    // The latest three: median 0.3, so 0.3 passes.
    const t = io(ws.dir)
    const args = ['--history', 'history/**/*.json', '--history-limit', '3', '--json', 'out/report.json']
    expect(await runCli(args, t), t.err).toBe(0)
    const report = readJson('out/report.json')
    expect(report.history?.runs.map((r) => r.sha)).toEqual(shas.slice(4))
    expect(report.history?.skipped.map((s) => s.reason)).toEqual(
      Array(4).fill('older than the latest 3 runs (history-limit 3)'),
    )
    expect(report.audits[0]!.gates[0]!).toMatchObject({ status: 'pass' })
    // Fewer runs than min_history (3): insufficient, whatever the values.
    expect(
      await runCli(['--history', 'history/**/*.json', '--history-limit', '2', '--json', 'out/r2.json'], io(ws.dir)),
    ).toBe(0)
    expect(readJson('out/r2.json').audits[0]!.gates[0]!).toMatchObject({ status: 'insufficient', effect: 'warn' })
    expect(await runCli(['--history', 'history/**/*.json', '--history-limit', '0'], io(ws.dir))).toBe(2)
  })

  it('with fewer than min_history reports the gate is insufficient data: a warning, never a silent pass', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    await writeHistory([2, 2])
    ws.write('d.csv', data(9, 5))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/**/*.json', '--json', 'out/report.json'], t)).toBe(0)
    const gate = readJson('out/report.json').audits[0]!.gates[0]!
    expect(gate).toMatchObject({ status: 'insufficient', effect: 'warn' })
    expect(gate.message).toContain(
      'only 2 of 2 history reports hold this value, fewer than min_history 3: insufficient data, so max_increase 0.05 was not checked',
    )
    expect(t.out).toContain('insufficient data')
  })

  it('without --history a history gate says so and warns', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    ws.write('d.csv', data(9, 5))
    const t = io(ws.dir)
    expect(await runCli(['--json', 'out/report.json'], t)).toBe(0)
    const report = readJson('out/report.json')
    expect(report.history).toBeUndefined()
    expect(report.audits[0]!.gates[0]!).toMatchObject({ status: 'insufficient', effect: 'warn' })
    expect(report.audits[0]!.gates[0]!.message).toContain('no history reports to compare with')
  })

  it('leaves out reports of another config, without a run time, of this run, and unreadable ones, naming each', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    await writeHistory([2, 2, 2])
    const one = readJson('history/' + readHistoryNames()[0] + '/model-audit-report.json')
    ws.write('history/other-config.json', JSON.stringify({ ...one, config: 'other.yml' }))
    const { run: _run, ...old } = one
    ws.write('history/old.json', JSON.stringify(old))
    ws.write('history/broken.json', '{"schema_version": 1, "tool": ')
    ws.write('history/no-date.json', JSON.stringify({ ...one, run: { started_at: '2026-13-45T99:00:00Z' } }))
    ws.write('d.csv', data(7, 5))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/**/*.json', '--json', 'out/report.json'], t)).toBe(0)
    const report = readJson('out/report.json')
    expect(report.history?.runs).toHaveLength(3)
    const skipped = Object.fromEntries(report.history!.skipped.map((s) => [s.file, s]))
    expect(skipped['history/other-config.json']).toMatchObject({ kind: 'notice' })
    expect(skipped['history/other-config.json']!.reason).toContain('a report of config other.yml')
    expect(skipped['history/old.json']!.reason).toContain('records no run time')
    expect(skipped['history/no-date.json']).toMatchObject({
      kind: 'warning',
      reason: 'its run.started_at 2026-13-45T99:00:00Z is no date: left out',
    })
    expect(skipped['history/broken.json']).toMatchObject({ kind: 'warning' })
    expect(skipped['history/broken.json']!.reason).toContain('history/broken.json is not JSON')
    expect(t.err).toContain('model-audit-gate: warning: history report history/broken.json: ')
  })

  it('counts reports that spell the same config path another way (./x, x, a//x)', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    await writeHistory([2, 2, 2])
    const [first, second] = readHistoryNames().map((n) => `history/${n}/model-audit-report.json`)
    ws.write(first!, JSON.stringify({ ...readJson(first!), config: './.github/model-audit.yml' }))
    ws.write(second!, JSON.stringify({ ...readJson(second!), config: '.github//model-audit.yml' }))
    ws.write('d.csv', data(7, 5))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/**/*.json', '--json', 'out/report.json'], t)).toBe(0)
    const report = readJson('out/report.json')
    expect(report.history?.runs).toHaveLength(3)
    expect(report.history?.skipped).toEqual([])
  })

  it('a pattern that matches nothing is a notice, not an error', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    ws.write('d.csv', data(7, 5))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/**/*.json', '--json', 'out/report.json'], t)).toBe(0)
    expect(t.err).toContain("history pattern 'history/**/*.json' matches no report (a first run has no history)")
    expect(readJson('out/report.json').history).toMatchObject({ matched: 0, runs: [] })
  })
})

function readHistoryNames(): string[] {
  return readdirSync(join(ws.dir, 'history')).sort()
}
