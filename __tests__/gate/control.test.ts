/**
 * Gates of an audit with control columns (`gate/control.ts`): an aggregate takes the worst
 * level, `control_level` picks one, an `each_group` gate judges every (level, group) cell, an
 * overall gate judges the whole audit; a control_level naming no level, and the config
 * mistakes around `control`, are problems. Data: the golden v2 control file (channel branch /
 * online; sex demographic parity difference 0.0815 in branch, 0.1451 in online).
 */
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { loadConfig } from '../../src/config/load.js'
import { applyBaseline } from '../../src/gate/baseline.js'
import type { AuditReport } from '../../src/report/types.js'
import { controlConfig, readControlGolden, V2_DIR } from '../support/golden-v2-control.js'
import { makeWorkspace } from '../support/workspace.js'

const golden = readControlGolden()

async function run(gates: unknown[], extra: Record<string, unknown> = {}) {
  return runConfigText(controlConfig(golden, { gates, confidence: false, ...extra }), 'control.json', {
    workspace: V2_DIR,
  })
}

async function audit(gates: unknown[], extra: Record<string, unknown> = {}): Promise<AuditReport> {
  const out = await run(gates, extra)
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0] as AuditReport
}

describe('gates with control levels', () => {
  it('an aggregate gate takes the worst level: it fails when one level breaches', async () => {
    const r = await audit([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.1 }])
    const [g] = r.gates
    expect(g?.status).toBe('fail')
    expect(g?.control).toMatchObject({ level: 'online', chosen: 'worst' })
    expect(g?.value).toBeCloseTo(0.1451415299171933, 12)
    expect(g?.control?.levels.map((l) => [l.level, l.status])).toEqual([
      ['branch', 'pass'],
      ['online', 'fail'],
    ])
    expect(g?.message).toMatch(/^in control level online \(the worst of 2\): demographic_parity_difference for sex/)
    expect(r.passed).toBe(false)
  })

  it('passes when every level is within the bounds, and reports the worst level', async () => {
    const r = await audit([{ metric: 'demographic_parity_difference', attribute: 'sex', max: 0.2 }])
    expect(r.gates[0]).toMatchObject({ status: 'pass', control: { level: 'online', chosen: 'worst' } })
  })

  it('control_level picks a level', async () => {
    const r = await audit([
      { metric: 'demographic_parity_difference', attribute: 'sex', max: 0.1, control_level: 'branch' },
    ])
    const [g] = r.gates
    expect(g?.status).toBe('pass')
    expect(g?.control).toMatchObject({ level: 'branch', chosen: 'named' })
    expect(g?.value).toBeCloseTo(0.0814652815746309, 12)
    expect(r.passed).toBe(true)
  })

  it('a ratio gate with a min takes the level with the smallest ratio', async () => {
    const r = await audit([{ metric: 'accuracy_ratio', attribute: 'sex', min: 0.99 }])
    const ratios = golden.results.sex!.ratio.between_groups
    const lowest = Object.entries(ratios).sort((a, b) => (a[1].accuracy as number) - (b[1].accuracy as number))[0]!
    expect(r.gates[0]?.control?.level).toBe(lowest[0])
    expect(r.gates[0]?.value).toBeCloseTo(lowest[1].accuracy as number, 12)
  })

  it('an each_group gate judges every (level, group) cell', async () => {
    // branch male 0.7695 is the one cell of sex below 0.77 (online female 0.7721).
    const r = await audit([
      { metric: 'accuracy', attribute: 'sex', each_group: { min: 0.77 } },
      { metric: 'accuracy', attribute: 'sex', each_group: { min: 0.77 }, control_level: 'online' },
    ])
    expect(r.gates[0]).toMatchObject({ status: 'fail', groups: ['male'], control: { level: 'branch' } })
    expect(r.gates[1]).toMatchObject({ status: 'pass', control: { level: 'online', chosen: 'named' } })
  })

  it('an overall gate judges the whole audit, or the level it names', async () => {
    const r = await audit([
      { metric: 'selection_rate', min: 0.45 },
      { metric: 'selection_rate', min: 0.45, control_level: 'branch' },
    ])
    expect(r.gates[0]?.control).toBeUndefined()
    expect(r.gates[0]?.value).toBeCloseTo(r.overall.selection_rate as number, 15)
    expect(r.gates[0]?.status).toBe('pass')
    expect(r.gates[1]).toMatchObject({ status: 'fail', control: { level: 'branch' } })
    expect(r.gates[1]?.value).toBeCloseTo(0.3752066115702479, 12)
  })

  it('a gate without an attribute gives one result per attribute, each at its worst level', async () => {
    const r = await audit([{ metric: 'demographic_parity_difference', max: 0.1 }])
    expect(r.gates.map((g) => [g.attribute, g.control?.level])).toEqual([
      ['sex', 'online'],
      ['region', 'branch'],
    ])
  })

  it('a control_level naming no level is a problem at its line', async () => {
    const out = await run([{ metric: 'demographic_parity_difference', max: 0.1, control_level: 'onlin' }])
    expect(out.ok).toBe(false)
    if (out.ok) return
    expect(out.problems).toHaveLength(1)
    expect(out.problems[0]?.message).toBe(
      "control_level 'onlin' is not a level of control 'channel' (did you mean 'online'?)",
    )
    expect(out.problems[0]?.line).toBe(1)
  })

  it('compares with a baseline per level, and the worst level with the worst level', async () => {
    const r = await audit([
      { metric: 'demographic_parity_difference', attribute: 'sex', max_increase: 0.01 },
      { metric: 'demographic_parity_difference', attribute: 'sex', max_increase: 0.01, control_level: 'branch' },
    ])
    const report = {
      schema_version: 1,
      tool: { name: 'model-audit-gate' as const, version: 'x' },
      config: 'c',
      passed: r.passed,
      summary: { gates: 2, failed: 0, warned: 0, insufficient: 2, passed: 0 },
      audits: [r],
    }
    const compared = applyBaseline(report, report, { source: 'base.json' }).audits[0] as AuditReport
    expect(compared.gates.map((g) => [g.status, g.delta?.change])).toEqual([
      ['pass', 0],
      ['pass', 0],
    ])
    const online = compared.control?.levels.find((l) => l.level === 'online')
    expect(online?.overall_delta?.accuracy?.change).toBe(0)
    expect(online?.groups[0]?.deltas?.accuracy?.change).toBe(0)
    expect(online?.disparities[0]?.delta?.change).toBe(0)
    // An uncontrolled baseline has no per-level values: the gates say so instead of comparing pooled numbers.
    const plain = { ...r, control: undefined, gates: r.gates.map((g) => ({ ...g, control: undefined })) }
    delete plain.control
    const against = applyBaseline(report, { ...report, audits: [plain] }, { source: 'base.json' }).audits[0]!
    expect(against.gates.map((g) => g.status)).toEqual(['insufficient', 'insufficient'])
    expect(against.gates[0]?.message).toMatch(/not in the baseline/)
  })
})

describe('config problems around control', () => {
  const problems = (audit: Record<string, unknown>): string[] => {
    const { problems: p } = loadConfig(
      JSON.stringify({
        audits: [{ name: 'a', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['sex'], ...audit }],
      }),
      'c.json',
    )
    return p.map((x) => x.message)
  }

  it('a control column also in an intersection', () => {
    expect(
      problems({ sensitive: ['sex', 'race'], intersections: [['race', 'channel']], control: ['channel'] }),
    ).toEqual([
      "control column 'channel' is also in an intersection; a column is either held fixed (`control`) or compared (`intersections`), not both",
    ])
  })

  it('a control column that is the prediction or the score', () => {
    expect(problems({ control: ['p'] })[0]).toMatch(/^control column 'p' is the audit's prediction column/)
    expect(problems({ prediction: undefined, score: 's', control: ['s'] })[0]).toMatch(/is the audit's score column/)
  })

  it('more control columns than CONFIG_LIMITS.control', () => {
    expect(problems({ control: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }).join('\n')).toMatch(/8/)
  })
})

describe('several control columns, empty cells, min_group_size', () => {
  // Levels (channel, device): web | phone, web | desktop, store | desktop (store | phone has no rows).
  // In store | desktop only sex f has rows: m is an empty cell there.
  const rows = [
    'y,p,sex,channel,device',
    ...['1,1,f', '0,0,f', '1,0,m', '0,1,m', '1,1,m'].map((r) => `${r},web,phone`),
    ...['1,1,f', '0,1,f', '1,1,m', '0,0,m'].map((r) => `${r},web,desktop`),
    ...['1,1,f', '0,0,f', '1,0,f'].map((r) => `${r},store,desktop`),
  ]
  const entry = (extra: Record<string, unknown> = {}) => ({
    name: 'm',
    data: 'd.csv',
    label: 'y',
    prediction: 'p',
    sensitive: ['sex'],
    control: ['channel', 'device'],
    confidence: false,
    zero_division: 'fairlearn',
    ...extra,
  })

  it('names levels by their values joined by " | ", lists only levels with rows, and empty cells as absent', async () => {
    const ws = makeWorkspace()
    try {
      ws.write('d.csv', `${rows.join('\n')}\n`)
      const out = await ws.run({ audits: [entry({ min_group_size: 3 })] })
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      const a = out.report.audits[0] as AuditReport
      expect(a.control?.levels.map((l) => [l.level, l.control, l.rows])).toEqual([
        ['store | desktop', { channel: 'store', device: 'desktop' }, 3],
        ['web | desktop', { channel: 'web', device: 'desktop' }, 4],
        ['web | phone', { channel: 'web', device: 'phone' }, 5],
      ])
      const store = a.control!.levels[0]!
      expect(store.groups.map((g) => [g.key, g.present, g.count])).toEqual([
        ['f', true, 3],
        ['m', false, 0],
      ])
      // One group with values in the level: no difference to take; the empty cell is not skipped, it is absent.
      const dp = store.disparities.find(
        (d) => d.metric === 'selection_rate_difference' && d.method === 'between_groups',
      )
      expect(dp?.value).toBe(0)
      expect(dp?.skipped).toEqual([])
      // min_group_size applies to each (level, group) cell: web | desktop has 2 f and 2 m, both below 3.
      const desktop = a.control!.levels[1]!
      expect(desktop.groups.map((g) => g.sufficient)).toEqual([false, false])
      expect(desktop.insufficient[0]).toMatchObject({ attribute: 'sex', groups: 2, insufficient: ['f', 'm'] })
    } finally {
      ws.cleanup()
    }
  })

  it('control_level names a level of several columns as "web | phone"', async () => {
    const ws = makeWorkspace()
    try {
      ws.write('d.csv', `${rows.join('\n')}\n`)
      const gate = { metric: 'selection_rate_difference', max: 0.5, control_level: 'web | phone' }
      const out = await ws.run({ audits: [entry({ gates: [gate] })] })
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      const g = out.report.audits[0]!.gates[0]!
      expect(g.control).toMatchObject({ level: 'web | phone', chosen: 'named' })
      // web | phone: f 1/2 selected, m 2/3.
      expect(g.value).toBeCloseTo(2 / 3 - 1 / 2, 15)
      const bad = await ws.run({ audits: [entry({ gates: [{ ...gate, control_level: 'web' }] })] })
      expect(bad.ok).toBe(false)
      if (!bad.ok)
        expect(bad.problems[0]?.message).toBe(
          "control_level 'web' is not a level of control 'channel' × 'device' (did you mean 'web | phone' or 'web | desktop'?) (a level is its values joined by ' | ', in `control` order)",
        )
    } finally {
      ws.cleanup()
    }
  })

  it('a missing control value follows `missing`', async () => {
    const ws = makeWorkspace()
    try {
      ws.write('d.csv', `${[...rows, '1,1,f,,phone'].join('\n')}\n`)
      const grouped = await ws.run({ audits: [entry({ missing: 'group' })] })
      if (!grouped.ok) throw new Error(grouped.problems.map((p) => p.message).join('\n'))
      expect(grouped.report.audits[0]!.control!.levels.map((l) => l.level)).toContain('(missing) | phone')
      const dropped = await ws.run({ audits: [entry({ missing: 'drop' })] })
      if (!dropped.ok) throw new Error(dropped.problems.map((p) => p.message).join('\n'))
      expect(dropped.report.audits[0]!.dropped_rows).toBe(1)
      expect(dropped.report.audits[0]!.control!.levels).toHaveLength(3)
    } finally {
      ws.cleanup()
    }
  })
})
