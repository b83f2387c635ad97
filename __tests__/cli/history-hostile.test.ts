/**
 * History globs and files a workflow (or a pull request's artifact) could make hostile: a glob
 * that leaves the workspace stops the run (exit 2) before anything is audited; a file too large
 * or malformed is a warning naming it, read within the report bounds; a thousand files are
 * refused at once, without reading one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyLoadedBaseline, loadBaseline, runConfigFile } from '../../src/audit.js'
import { runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/report/types.js'
import { MAX_HISTORY_FILES } from '../../src/history.js'
import { captureIO as io } from '../support/cli-io.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace

async function reportOf(dir: string): Promise<Report> {
  const out = await runConfigFile('.github/model-audit.yml', { workspace: dir })
  if (!out.ok) throw new Error('the fixture audit did not run')
  return out.report
}
let outside: string
beforeEach(() => {
  ws = makeWorkspace()
  outside = mkdtempSync(join(tmpdir(), 'mag-outside-'))
  writeFileSync(join(outside, 'r.json'), '{}')
  ws.write('d.csv', 'y,p,g\n1,1,a\n0,0,a\n1,0,b\n0,0,b\n')
  ws.write(
    '.github/model-audit.yml',
    `audits:
  - name: toy
    data: d.csv
    label: y
    prediction: p
    sensitive: [g]
    confidence: false
    gates:
      - metric: accuracy
        max_decrease: 0.1
        against: history_median
`,
  )
})
afterEach(() => {
  ws.cleanup()
  rmSync(outside, { recursive: true, force: true })
})

describe('hostile history', () => {
  it.each([
    ['a glob up and out', () => '../*/r.json'],
    ['an absolute glob elsewhere', () => `${outside}/*.json`],
    ['an absolute path elsewhere', () => join(outside, 'r.json')],
  ])('%s: exit 2, nothing audited', async (_what, pattern) => {
    const t = io(ws.dir)
    expect(await runCli(['--history', pattern(), '--json', 'out.json'], t)).toBe(2)
    expect(t.err).toContain('--history')
    expect(t.err).toContain('nothing was audited')
    expect(t.out).toBe('')
  })

  it('a glob through a link that points out of the workspace: exit 2; a walk does not follow links', async () => {
    mkdirSync(join(ws.dir, 'history'))
    symlinkSync(outside, join(ws.dir, 'history', 'link'))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/link/*.json'], t)).toBe(2)
    expect(t.err).toContain('symbolic link')
    const walk = io(ws.dir)
    expect(await runCli(['--history', 'history/**/*.json', '--json', 'out.json'], walk)).toBe(0)
    expect(walk.err).toContain("history pattern 'history/**/*.json' matches no report")
  })

  it(`more than ${MAX_HISTORY_FILES} files (1,000): exit 2, none read`, async () => {
    for (let i = 0; i < 1000; i++) ws.write(`history/${i}/model-audit-report.json`, 'not json')
    const t = io(ws.dir)
    const started = Date.now()
    expect(await runCli(['--history', 'history/**/*.json'], t)).toBe(2)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(t.err).toContain(`the history patterns of this run match more than ${MAX_HISTORY_FILES} files`)
    expect(t.err).toContain('download only the latest runs')
  })

  it('a huge file and a malformed one are warnings naming them; the run goes on', async () => {
    ws.write('history/huge.json', Buffer.alloc(33 * 1024 * 1024, 0x20))
    ws.write('history/deep.json', '['.repeat(100_000))
    ws.write('history/markup.json', '<img src=x onerror=alert(1)>')
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/*.json', '--json', 'out.json', '--markdown', 'out.md'], t)).toBe(0)
    expect(t.err).toContain(
      'warning: history report history/huge.json: history/huge.json is too large for a history report',
    )
    expect(t.err).toContain(
      'warning: history report history/deep.json: history/deep.json is too large for a history report (nested more than 32 levels deep)',
    )
    expect(t.err).toContain('warning: history report history/markup.json: history/markup.json is not JSON')
    expect(t.out).toContain('no history reports to compare with')
  })

  it("stops reading once the run's history bytes pass 64 MiB", async () => {
    // Three files of 31 MiB: the first two are read (and refused as reports); the third would pass 64 MiB, so it is not read.
    for (const n of ['a', 'b', 'c']) ws.write(`history/${n}.json`, Buffer.alloc(31 * 1024 * 1024, 0x20))
    const t = io(ws.dir)
    expect(await runCli(['--history', 'history/*.json'], t)).toBe(0)
    expect(t.err).toContain('history/a.json is not JSON')
    expect(t.err).toContain('history/b.json is not JSON')
    expect(t.err).toContain(
      "history report history/c.json: not read: its 32,505,856 bytes would take the history reports read past the run's 67,108,864 bytes (64 MiB; 65,011,712 read so far)",
    )
  })

  it('counts the baseline report into the 64 MiB, and lets go of it once applied (red team 28 R28-6)', async () => {
    // A baseline and two history reports of 30 MB each, read one after another, stacked: 427 MB.
    ws.write('baseline/b.json', Buffer.alloc(31 * 1024 * 1024, 0x20))
    for (const n of ['a', 'b']) ws.write(`history/${n}.json`, Buffer.alloc(31 * 1024 * 1024, 0x20))
    const t = io(ws.dir)
    expect(await runCli(['--baseline', 'baseline/b.json', '--history', 'history/*.json'], t)).toBe(0)
    expect(t.err).toContain('history/a.json is not JSON')
    expect(t.err).not.toContain('history/b.json is not JSON')
    expect(t.err).toContain(
      "history report history/b.json: not read: its 32,505,856 bytes would take the baseline and history reports read past the run's 67,108,864 bytes (64 MiB; 65,011,712 read so far, the baseline's 32,505,856 among them)",
    )
    // Applied once, the holder no longer keeps the baseline report: the history is read without it.
    ws.write('baseline/ok.json', JSON.stringify(await reportOf(ws.dir)))
    const loaded = await loadBaseline('baseline/ok.json', ws.dir)
    expect(loaded.baseline).not.toBeNull()
    const ran = await runConfigFile('.github/model-audit.yml', { workspace: ws.dir })
    if (!ran.ok) throw new Error('the fixture audit did not run')
    expect(applyLoadedBaseline(ran.report, loaded).baseline?.status).toBe('compared')
    expect(loaded.baseline).toBeNull()
  })

  it('leaves out reports dated at or after this run starts: a pull request cannot make its own "latest" runs (red team 8 R8-2)', async () => {
    // Three earlier runs at accuracy 1.0, written by the CLI.
    ws.write('d.csv', 'y,p,g\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n')
    for (const id of ['101', '102', '103']) {
      const t = io(ws.dir, { GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: '1' })
      expect(await runCli(['--json', `history/${id}/model-audit-report.json`], t), t.err).toBe(0)
    }
    // This run's data: accuracy 0.5, a fall of 0.5 against the median 1.0.
    ws.write('d.csv', 'y,p,g\n1,1,a\n0,1,a\n1,1,b\n0,1,b\n')
    const own = io(ws.dir, { GITHUB_RUN_ID: '900', GITHUB_RUN_ATTEMPT: '1' })
    await runCli(['--json', 'own.json'], own)
    // The pull request commits copies of its own report, dated in 2096, as runs of their own.
    const report = JSON.parse(readFileSync(join(ws.dir, 'own.json'), 'utf8')) as {
      run: { started_at: string; run_id: string }
    }
    for (const id of ['201', '202', '203']) {
      report.run = { started_at: '2096-01-01T00:00:00.000Z', run_id: id }
      ws.write(`history/${id}/model-audit-report.json`, JSON.stringify(report))
    }
    const t = io(ws.dir, { GITHUB_RUN_ID: '901', GITHUB_RUN_ATTEMPT: '1' })
    // Before: the three 2096 reports were the latest 3 runs, their median 0.5, and the gate passed.
    expect(await runCli(['--history', 'history/*/model-audit-report.json', '--history-limit', '3'], t), t.out).toBe(1)
    expect(t.out).toContain('against the median of 3 earlier runs')
    expect(t.err).toContain(
      "warning: history report history/201/model-audit-report.json: its run.started_at 2096-01-01T00:00:00.000Z is not before this run's start",
    )
  })
})
