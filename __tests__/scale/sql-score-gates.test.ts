/**
 * A counts table holds no score, so a gate on `roc_auc` (or another score metric) can never be
 * computed from it: it was "insufficient", a warning by default, and the gate the rows fail passed
 * through `sql` + `format: counts` (red team 31 R31-8). Now a counts audit refuses such a gate at
 * the config, and `sql` refuses to print a query for an audit that has one; exit 2 both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { captureIO } from '../support/cli-io.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const config = (format: string, gates: string): string => `audits:
  - name: m
    data: d.csv
${format}    label: y
    score: s
    threshold: 0.5
    sensitive: [g]
    gates:
${gates}`

describe('score-metric gates and counts (R31-8)', () => {
  it.each(['roc_auc'])('a gate on %s: `sql` and a counts audit refuse it, exit 2', async (metric) => {
    const gates = `      - metric: ${metric}\n        min: 0.9\n      - metric: ${metric}\n        each_group: {min: 0.9}\n`
    ws.write('rows.yml', config('', gates))
    const t = captureIO(ws.dir)
    expect(await runCli(['sql', '-c', 'rows.yml'], t)).toBe(2)
    expect(t.out).toBe('')
    expect(t.err).toContain(`the gate on '${metric}' needs each row's score`)
    ws.write('d.csv', 'g,y,tp,fp,tn,fn\nA,0,1,1,1,1\n')
    ws.write('counts.yml', config('    format: counts\n', gates))
    const c = captureIO(ws.dir)
    expect(await runCli(['-c', 'counts.yml'], c)).toBe(2)
    expect(c.err).toMatch(/counts\.yml:\d+:\d+: .*needs each row's score, which a counts table/)
  })

  it('gates on rates still print and run', async () => {
    ws.write('rows.yml', config('', '      - metric: accuracy\n        min: 0.5\n'))
    const t = captureIO(ws.dir)
    expect(await runCli(['sql', '-c', 'rows.yml'], t)).toBe(0)
  })
})
