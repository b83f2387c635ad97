/**
 * The baseline end to end: the comment shows each value's change (▲/▼, the delta, * when the
 * baseline lies outside the current interval), and the CLI's --baseline fails a widening gap.
 * The rendered comment is committed to __tests__/__outputs__/baseline.md for review.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { runCli, type CliIO } from '../../src/cli/run.js'
import { applyBaseline } from '../../src/gate/baseline.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

const ROOT = join(import.meta.dirname, '..', '..')
const DIR = join(ROOT, '__fixtures__', 'baseline')

const config = (data: string) => ({
  audits: [
    {
      name: 'model',
      data,
      label: 'label',
      prediction: 'prediction',
      sensitive: ['group'],
      metrics: ['accuracy', 'selection_rate'],
      gates: [
        { name: 'Accuracy gap may not widen', metric: 'accuracy_difference', attribute: 'group', max_increase: 0.05 },
        { metric: 'accuracy', min: 0.6 },
      ],
    },
  ],
})

async function report(data: string): Promise<Report> {
  const out = await runConfigText(JSON.stringify(config(data)), 'audit.json', { workspace: DIR })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report
}

describe('the comment with a baseline', () => {
  it('shows the changes with ▲/▼ and marks those outside the interval', async () => {
    const r = applyBaseline(await report('after.csv'), await report('before.csv'), {
      source: 'baseline/model-audit.json',
    })
    const md = renderMarkdown(r, { commit: '0123456789abcdef' })
    expect(md.startsWith('## ❌ Model audit failed: 1 of 2 gates breached')).toBe(true)
    // The gap 0.04 → 0.18: +0.14, and 0.04 is outside the current gap's interval.
    expect(md).toMatch(
      /\| ❌ Accuracy gap may not widen<br><sub>`accuracy_difference` · group · error<\/sub> \| 0\.1800 \(b vs a\)<br><sub>95% CI [0-9.–]+<\/sub> \| rise ≤ 0\.05 \| ▲ 0\.1400\* \|/,
    )
    expect(md).toContain('Overall: accuracy **0.7100** ▼ 0.0700')
    expect(md).toContain('| b | 100 | **0.6200** <sub>▼ 0.1400*</sub> |')
    expect(md).toContain('change against the baseline report baseline/model&#45;audit.json')
    await expect(md).toMatchFileSnapshot(join(ROOT, '__tests__', '__outputs__', 'baseline.md'))
  })

  it('says when there is no baseline', async () => {
    const md = renderMarkdown(
      applyBaseline(await report('after.csv'), null, { source: 'x.json', problem: 'baseline x.json not found' }),
    )
    expect(md).toContain('No baseline comparison: baseline x.json not found')
    expect(md).not.toContain('▲')
  })
})

describe('the CLI with --baseline', () => {
  let ws: Workspace
  beforeEach(() => {
    ws = makeWorkspace()
    copyFileSync(join(DIR, 'before.csv'), join(ws.dir, 'before.csv'))
    copyFileSync(join(DIR, 'after.csv'), join(ws.dir, 'after.csv'))
  })
  afterEach(() => ws.cleanup())

  function io(): CliIO & { out: string; err: string } {
    const r = {
      out: '',
      err: '',
      cwd: ws.dir,
      isTTY: false,
      env: {},
      stdout: (s: string) => void (r.out += s),
      stderr: (s: string) => void (r.err += s),
    }
    return r
  }

  it('writes the baseline on one run and fails the next when the gap widens', async () => {
    ws.write('before.json', JSON.stringify(config('before.csv')))
    ws.write('after.json', JSON.stringify(config('after.csv')))
    expect(await runCli(['-c', 'before.json', '--json', 'base/report.json'], io())).toBe(0)
    const second = io()
    expect(
      await runCli(
        ['-c', 'after.json', '--baseline', 'base/report.json', '--json', 'report.json', '--markdown', 'comment.md'],
        second,
      ),
    ).toBe(1)
    const r = JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8')) as Report
    expect(r.baseline).toMatchObject({ source: 'base/report.json', status: 'compared' })
    expect(r.audits[0]!.gates[0]!.status).toBe('fail')
    expect(readFileSync(join(ws.dir, 'comment.md'), 'utf8')).toContain('▲ 0.1400*')
  })

  it('a missing baseline file is reported, not an error', async () => {
    ws.write('after.json', JSON.stringify(config('after.csv')))
    const run = io()
    expect(await runCli(['-c', 'after.json', '--baseline', 'nowhere.json', '--json', 'report.json'], run)).toBe(0)
    expect(run.err).toContain('baseline nowhere.json not found')
    const r = JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8')) as Report
    expect(r.baseline!.status).toBe('missing')
    expect(r.audits[0]!.gates[0]!.status).toBe('insufficient')
    // A file that is there but is no report is another matter: invalid, with why.
    ws.write('broken.json', '{"schema_version": 1')
    const broken = io()
    expect(await runCli(['-c', 'after.json', '--baseline', 'broken.json', '--json', 'report2.json'], broken)).toBe(0)
    const r2 = JSON.parse(readFileSync(join(ws.dir, 'report2.json'), 'utf8')) as Report
    expect(r2.baseline!.status).toBe('invalid')
  })
})
