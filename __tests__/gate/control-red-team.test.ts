/**
 * Red team 5 on controlled audits: the worst level is the one whose result does the most to the
 * verdict (a level left `insufficient` under `insufficient: fail` fails the gate, even when
 * another level only warns: F1); a controlled audit has at most MAX_CONTROL_LEVELS levels, and
 * its levels share one bootstrap budget (F3).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_CONTROL_LEVELS, MAX_CONTROLLED_CELLS } from '../../src/stats/control.js'
import type { AuditReport } from '../../src/report/types.js'
import { BootstrapBudget, MAX_AUDIT_CELL_REPLICATES, TableBootstrap } from '../../src/stats/bootstrap.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'
import { GroupAccumulator } from '../../src/stats/accumulate.js'
import { computeMetricTable } from '../../src/stats/table.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** Level A: 100 M rows, 5 F (below min_group_size 30: insufficient); level B: 40 and 40, a small gap. */
function data(): string {
  const rows = ['y,p,sex,ch']
  for (let i = 0; i < 100; i++) rows.push(`${i % 2},${i % 2},M,A`)
  for (let i = 0; i < 5; i++) rows.push(`1,1,F,A`)
  for (let i = 0; i < 40; i++) rows.push(`${i % 2},${i % 2},M,B`)
  for (let i = 0; i < 40; i++) rows.push(`${i % 2},${i % 3 === 0 ? 1 : 0},F,B`)
  return `${rows.join('\n')}\n`
}

const config = (gate: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  audits: [
    {
      name: 'a',
      data: 'd.csv',
      label: 'y',
      prediction: 'p',
      sensitive: ['sex'],
      control: ['ch'],
      min_group_size: 30,
      gates: [{ metric: 'demographic_parity_difference', attribute: 'sex', ...gate }],
      ...extra,
    },
  ],
})

async function gateOf(gate: Record<string, unknown>): Promise<AuditReport['gates'][number]> {
  ws.write('d.csv', data())
  const out = await ws.run(config(gate))
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return (out.report.audits[0] as AuditReport).gates[0] as AuditReport['gates'][number]
}

describe('the worst level is the worst for the verdict', () => {
  it('a level insufficient under `insufficient: fail` fails the gate although another level only warns', async () => {
    const g = await gateOf({ max: 0.15, on: 'interval', insufficient: 'fail' })
    expect(g.control?.levels.find((l) => l.level === 'A')?.status).toBe('insufficient')
    expect(g.effect).toBe('fail')
    expect(g.control?.level).toBe('A')
    expect(g.message).toMatch(/^in control level A \(the worst of 2\)/)
  })

  it('under `insufficient: warn` the same level warns, and a breaching level still wins', async () => {
    const g = await gateOf({ max: 0.15, on: 'interval', insufficient: 'warn' })
    expect(g.effect).toBe('warn')
    const h = await gateOf({ max: 0.01, insufficient: 'warn' })
    expect(h.effect).toBe('fail')
    expect(h.control?.level).toBe('B')
  })
})

describe('bounds of a controlled audit', () => {
  it(`more than ${MAX_CONTROL_LEVELS} levels is a problem at the config's control key`, async () => {
    const rows = ['y,p,sex,ch']
    for (let l = 0; l <= MAX_CONTROL_LEVELS; l++) rows.push(`1,1,M,L${l}`, `0,0,F,L${l}`)
    ws.write('d.csv', `${rows.join('\n')}\n`)
    const problems = await ws.problems(config({ max: 0.1 }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      new RegExp(
        `^audit\\.yml:\\d+:\\d+: control 'ch' has ${MAX_CONTROL_LEVELS + 1} levels with rows, more than the ${MAX_CONTROL_LEVELS}`,
      ),
    )
  })

  it(`more than ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} (level, group) cells is a problem naming the levels, the cells and the bound`, async () => {
    // 100 levels × 51 groups: under the 200 levels and the 20,000 groups, past the cells (red team 6 N6-4).
    const rows = ['y,p,sex,ch']
    for (let l = 0; l < 100; l++) for (let g = 0; g <= 50; g++) rows.push(`1,1,s${g},L${l}`)
    ws.write('d.csv', `${rows.join('\n')}\n`)
    const problems = await ws.problems(config({ max: 0.1 }, { min_group_size: 0, max_groups: 20000 }))
    expect(problems).toEqual([
      expect.stringMatching(
        /^audit\.yml:\d+:\d+: control 'ch' has 100 levels with 5,100 \(level, group\) cells in all, more than the 5,000 a controlled audit may have/,
      ),
    ])
    // 98 levels × 51 groups = 4,998 cells: audited.
    ws.write('d.csv', `${rows.filter((r) => !/,L9[89]$/.test(r)).join('\n')}\n`)
    const out = await ws.run(config({ max: 0.1 }, { min_group_size: 0, max_groups: 20000 }))
    expect(out.ok).toBe(true)
  })

  it('tables that share a budget share MAX_AUDIT_CELL_REPLICATES, in order', () => {
    const acc = new GroupAccumulator(['g'], [{ columns: ['g'] }], false, 1000)
    for (let i = 0; i < 500; i++) acc.addCounts({ tp: 3, fp: 1, tn: 3, fn: 1 }, [`g${i}`])
    const table = computeMetricTable(acc, { zeroDivision: 'undefined', minGroupSize: 0 })
    const spec = { level: 0.95, replicates: 2000, seed: 1 }
    // 500 groups × 2,000 replicates = 1,000,000 a table: the budget holds 8 such tables.
    const perTable = 500 * 2000
    const fit = Math.floor(MAX_AUDIT_CELL_REPLICATES / perTable)
    const shared = { spent: 0 }
    const reasons = Array.from({ length: fit + 2 }, () =>
      new TableBootstrap(table, spec, 'undefined', {}, new BootstrapBudget(), shared).tooLarge(0),
    )
    expect(reasons.slice(0, fit).every((r) => r === null)).toBe(true)
    expect(reasons.slice(fit).every((r) => r !== null && /bootstrap work/.test(r))).toBe(true)
    // Alone, every such table gets its intervals.
    expect(new TableBootstrap(table, spec, 'undefined').tooLarge(0)).toBeNull()
  })
})
