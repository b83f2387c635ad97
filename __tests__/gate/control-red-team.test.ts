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
import { applyBaseline } from '../../src/gate/baseline.js'
import type { Report } from '../../src/report/types.js'

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

/**
 * Levels X and Y, 200 rows of g = A and of B each; level Y's B is predicted positive at `ySel`
 * (A at 0.5, X's B at 0.45: a gap of 0.05 in X). `z`: rows of a level Z, `[group, rows]`.
 */
function levels(ySel: number, z: [string, number][] = []): string {
  const rows = ['y,p,g,c']
  const sel: [string, string, number][] = [
    ['X', 'A', 0.5],
    ['X', 'B', 0.45],
    ['Y', 'A', 0.5],
    ['Y', 'B', ySel],
  ]
  for (const [c, g, s] of sel) for (let i = 0; i < 200; i++) rows.push(`${i % 2},${i < s * 200 ? 1 : 0},${g},${c}`)
  for (const [g, n] of z) for (let i = 0; i < n; i++) rows.push(`${i % 2},${i % 2},${g},Z`)
  return `${rows.join('\n')}\n`
}

describe('a change bound is judged on a level with a value (red team 40 R40-13)', () => {
  const levelConfig = (gate: Record<string, unknown>, minGroupSize = 0) => ({
    audits: [
      {
        name: 'm',
        data: 'd.csv',
        label: 'y',
        prediction: 'p',
        sensitive: ['g'],
        control: ['c'],
        confidence: false,
        min_group_size: minGroupSize,
        gates: [{ metric: 'demographic_parity_difference', attribute: 'g', ...gate }],
      },
    ],
  })
  async function reportOf(data: string, gate: Record<string, unknown>, minGroupSize = 0): Promise<Report> {
    ws.write('d.csv', data)
    const out = await ws.run(levelConfig(gate, minGroupSize))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    return out.report
  }
  async function compared(z: [string, number][], gate: Record<string, unknown>, minGroupSize = 0) {
    const base = await reportOf(levels(0.45), gate, minGroupSize)
    const current = await reportOf(levels(0.22, z), gate, minGroupSize)
    return (applyBaseline(current, base, { source: 'base.json' }).audits[0] as AuditReport).gates[0]!
  }

  it('a new level of one group (20 rows) does not hide level Y widening by 0.23', async () => {
    const gate = { max: 0.3, max_increase: 0.02 }
    const without = await compared([], gate)
    expect([without.effect, without.control?.level]).toEqual(['fail', 'Y'])
    const g = await compared([['A', 20]], gate)
    expect(g.control?.levels.find((l) => l.level === 'Z')?.status).toBe('insufficient')
    expect(g.effect).toBe('fail')
    expect(g.control?.level).toBe('Y')
    expect(g.message).toMatch(/^in control level Y \(the worst of 3\)/)
    expect(g.message).toMatch(/beyond max_increase 0\.02/)
    expect(g.message).toMatch(/also not passing in Z/)
  })

  it('nor a level in which only one group reaches min_group_size, nor one under `insufficient: pass`', async () => {
    const a = await compared(
      [
        ['A', 200],
        ['B', 10],
      ],
      { max: 0.3, max_increase: 0.02 },
      30,
    )
    expect([a.effect, a.control?.level]).toEqual(['fail', 'Y'])
    const b = await compared([['A', 20]], { max: 0.3, max_increase: 0.02, insufficient: 'pass' })
    expect([b.effect, b.control?.level]).toEqual(['fail', 'Y'])
    // With only change bounds every level awaits its baseline: the level with a value is still picked.
    const c = await compared([['A', 20]], { max_increase: 0.02 })
    expect([c.effect, c.control?.level]).toEqual(['fail', 'Y'])
  })

  it('under `insufficient: fail` the insufficient level still fails the gate', async () => {
    const g = await compared([['A', 20]], { max: 0.3, max_increase: 0.02, insufficient: 'fail' })
    expect(g.effect).toBe('fail')
  })
})

describe('a change bound is judged on every level against the same level (red team 40 R40-8)', () => {
  /** Levels of g = A (selection 0.5) and B (`sel[level]`), 200 rows each; the gap is 0.5 − sel. */
  function gaps(sel: Record<string, number>, oneGroup = ''): string {
    const rows = ['y,p,g,c']
    for (const [c, s] of Object.entries(sel))
      for (const [g, v] of [
        ['A', 0.5],
        ['B', s],
      ] as const)
        for (let i = 0; i < 200; i++) rows.push(`${i % 2},${i < v * 200 ? 1 : 0},${g},${c}`)
    for (let i = 0; i < 20 && oneGroup; i++) rows.push(`${i % 2},${i % 2},A,${oneGroup}`)
    return `${rows.join('\n')}\n`
  }
  const gate = { metric: 'demographic_parity_difference', attribute: 'g', max: 0.3, max_increase: 0.02 }
  async function reportOf(data: string): Promise<Report> {
    ws.write('d.csv', data)
    const out = await ws.run({
      audits: [
        {
          name: 'm',
          data: 'd.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['g'],
          control: ['c'],
          confidence: false,
          min_group_size: 0,
          gates: [gate],
        },
      ],
    })
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    return out.report
  }
  async function compared(base: string, current: string) {
    const b = await reportOf(base)
    const c = await reportOf(current)
    return (applyBaseline(c, b, { source: 'base.json' }).audits[0] as AuditReport).gates[0]!
  }

  it('level Y widening 0.05 → 0.25 fails though level X (0.28, unchanged) is nearer the bound', async () => {
    const g = await compared(gaps({ X: 0.22, Y: 0.45 }), gaps({ X: 0.22, Y: 0.25 }))
    expect(g.effect).toBe('fail')
    expect(g.control?.level).toBe('Y')
    expect(g.message).toMatch(
      /^in control level Y \(the worst of 2\): .*\+0\.2 against level Y's baseline 0\.05 \(beyond/,
    )
    expect(g.delta?.baseline).toBeCloseTo(0.05, 12)
    expect(g.control?.levels.map((l) => [l.level, l.status])).toEqual([
      ['X', 'pass'],
      ['Y', 'fail'],
    ])
    // Levels that swap their gaps: the worst is 0.28 in both runs, but Y rose by 0.23.
    const swapped = await compared(gaps({ X: 0.22, Y: 0.45 }), gaps({ X: 0.45, Y: 0.22 }))
    expect([swapped.effect, swapped.control?.level]).toEqual(['fail', 'Y'])
    // Unchanged levels pass.
    const same = await compared(gaps({ X: 0.22, Y: 0.45 }), gaps({ X: 0.22, Y: 0.45 }))
    expect(same.effect).toBe('pass')
  })

  it("a new level is judged against the baseline's worst level, and a level left insufficient still warns", async () => {
    const g = await compared(gaps({ X: 0.45, Y: 0.45 }), gaps({ X: 0.45, Y: 0.45, W: 0.25 }))
    expect([g.effect, g.control?.level]).toEqual(['fail', 'W'])
    expect(g.message).toMatch(/\+0\.2 against the baseline's worst level 0\.05/)
    const z = await compared(gaps({ X: 0.45, Y: 0.45 }, 'Z'), gaps({ X: 0.45, Y: 0.45 }, 'Z'))
    expect([z.effect, z.control?.level]).toEqual(['warn', 'Z'])
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
