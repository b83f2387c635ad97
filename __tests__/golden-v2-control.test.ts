/**
 * fairlearn parity for control features: every number of `__fixtures__/golden/v2/control.json`
 * (fairlearn 0.14.0, `MetricFrame(control_features=[channel])`) within 1e-9 — per (level, group)
 * cell, per-level overall, group_min / group_max, and difference / ratio by both methods within
 * each level.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigText } from '../src/audit.js'
import type { AuditReport, ControlLevelReport } from '../src/report/types.js'
import {
  attributeOfBlock,
  controlConfig,
  levelOf,
  readControlGolden,
  V2_DIR,
  type ControlBlock,
} from './support/golden-v2-control.js'
import { makeWorkspace } from './support/workspace.js'

const TOL = 1e-9
const golden = readControlGolden()

function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual ?? null, what).toBeNull()
    return
  }
  expect(actual, what).not.toBeNull()
  expect(actual, what).not.toBeUndefined()
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL)
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

function disparity(level: ControlLevelReport, attribute: string | string[], metric: string, method: string | null) {
  return level.disparities.find((d) => same(d.attribute, attribute) && d.metric === metric && d.method === method)
}

async function run(extra: Record<string, unknown> = {}): Promise<AuditReport> {
  const out = await runConfigText(controlConfig(golden, extra), 'control.json', { workspace: V2_DIR })
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits[0] as AuditReport
}

function checkBlock(name: string, block: ControlBlock, r: AuditReport): number {
  let checked = 0
  const attribute = attributeOfBlock(block)
  const levelName = (level: string): Record<string, string> => ({ [block.control[0] as string]: level })
  for (const [level, values] of Object.entries(block.overall)) {
    const ours = levelOf(r, levelName(level))
    expect(ours, `${name}: level ${level}`).toBeDefined()
    for (const [m, v] of Object.entries(values)) {
      close(ours!.overall[m as keyof ControlLevelReport['overall']], v, `${name} overall.${level}.${m}`)
      checked++
    }
  }
  // Every (level, group) cell, in fairlearn's order within each level.
  for (const level of r.control!.levels) {
    const want = block.by_group.filter((b) => same(b.control, level.control))
    const mine = level.groups.filter((g) => same(g.attribute, attribute))
    expect(
      mine.map((g) => g.key),
      `${name} ${level.level}: groups`,
    ).toEqual(want.map((w) => w.key))
  }
  for (const cell of block.by_group) {
    const level = levelOf(r, cell.control)!
    const ours = level.groups.find((g) => same(g.attribute, attribute) && same(g.group, cell.group))
    expect(ours, `${name} ${level.level} ${cell.key}`).toBeDefined()
    expect(ours!.present).toBe(cell.present)
    if (!cell.present) continue
    for (const [m, v] of Object.entries(cell.metrics)) {
      close(ours!.metrics[m as keyof ControlLevelReport['overall']], v, `${name} ${level.level} ${cell.key}.${m}`)
      checked++
    }
  }
  const aggregates: [string, PerLevelOf, string | null][] = [
    ['group_min', block.group_min, null],
    ['group_max', block.group_max, null],
    ['difference', block.difference.between_groups, 'between_groups'],
    ['difference', block.difference.to_overall, 'to_overall'],
    ['ratio', block.ratio.between_groups, 'between_groups'],
    ['ratio', block.ratio.to_overall, 'to_overall'],
  ]
  for (const [kind, perLevel, method] of aggregates) {
    for (const [level, values] of Object.entries(perLevel)) {
      const ours = levelOf(r, levelName(level))!
      for (const [m, v] of Object.entries(values)) {
        const d = disparity(ours, attribute, `${m}_${kind}`, method)
        expect(d, `${name} ${kind}.${method}.${level}.${m}`).toBeDefined()
        close(d!.value, v, `${name} ${kind}.${method ?? ''}.${level}.${m}`)
        checked++
      }
    }
  }
  return checked
}

type PerLevelOf = Record<string, Record<string, number | null>>

describe('fairlearn golden v2: control features', () => {
  it('every number of control.json, per level, within 1e-9', async () => {
    const r = await run()
    expect(r.rows).toBe(golden.input.rows)
    expect(r.control?.columns).toEqual(['channel'])
    expect(r.control?.levels.map((l) => l.level)).toEqual(['branch', 'online'])
    // Without control the top-level lists are empty: the groups are per level.
    expect(r.groups).toEqual([])
    expect(r.disparities).toEqual([])
    let checked = 0
    for (const [name, block] of Object.entries(golden.results)) checked += checkBlock(name, block, r)
    // 3 blocks × (2 overall + cells) × 5 metrics, plus 6 aggregates × 2 levels × 5 metrics each.
    expect(checked).toBeGreaterThan(3 * 6 * 2 * 5)
  })

  it('the worst level of each disparity is the largest difference and the smallest ratio', async () => {
    const r = await run()
    const block = golden.results.sex as ControlBlock
    const worst = (metric: string, method: string | null) =>
      r.control!.worst.find((w) => w.attribute === 'sex' && w.metric === metric && w.method === method)
    const diffs = block.difference.between_groups
    const dWorst = Object.entries(diffs).reduce((a, b) =>
      (b[1].selection_rate as number) > (a[1].selection_rate as number) ? b : a,
    )
    expect(worst('selection_rate_difference', 'between_groups')).toMatchObject({ level: dWorst[0] })
    close(
      worst('selection_rate_difference', 'between_groups')?.value,
      dWorst[1].selection_rate as number,
      'worst difference',
    )
    const ratios = block.ratio.between_groups
    const rWorst = Object.entries(ratios).reduce((a, b) =>
      (b[1].accuracy as number) < (a[1].accuracy as number) ? b : a,
    )
    expect(worst('accuracy_ratio', 'between_groups')).toMatchObject({ level: rWorst[0] })
    // demographic parity is selection_rate's difference, per level.
    const dp = worst('demographic_parity_difference', 'between_groups')
    close(dp?.value, dWorst[1].selection_rate as number, 'demographic_parity_difference worst level')
  })

  it('gives the same numbers without intervals (confidence: false)', async () => {
    const r = await run({ confidence: false })
    let checked = 0
    for (const [name, block] of Object.entries(golden.results)) checked += checkBlock(name, block, r)
    expect(checked).toBeGreaterThan(0)
  })
})

describe('a control level is the audit of its rows alone', () => {
  it('same groups, intervals, disparities and gate values as an uncontrolled audit of the level rows', async () => {
    const lines = readFileSync(join(V2_DIR, 'control.csv'), 'utf8').trimEnd().split('\n')
    const header = lines[0] as string
    const channel = header.split(',').indexOf('channel')
    const gates = [{ metric: 'demographic_parity_difference', max: 0.1 }]
    const controlled = await run({ gates, confidence: { replicates: 300 } })
    const ws = makeWorkspace()
    try {
      for (const level of controlled.control!.levels) {
        const rows = lines.slice(1).filter((l) => l.split(',')[channel] === level.level)
        ws.write('level.csv', `${[header, ...rows].join('\n')}\n`)
        const entry = (
          JSON.parse(controlConfig(golden, { gates, confidence: { replicates: 300 } })) as {
            audits: Record<string, unknown>[]
          }
        ).audits[0] as Record<string, unknown>
        delete entry.control
        const out = await ws.run({ audits: [{ ...entry, data: 'level.csv' }] })
        if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
        const alone = out.report.audits[0] as AuditReport
        expect(level.rows).toBe(alone.rows)
        expect(level.overall).toEqual(alone.overall)
        expect(level.overall_ci).toEqual(alone.overall_ci)
        expect(level.groups).toEqual(alone.groups)
        expect(level.disparities).toEqual(alone.disparities)
        for (const g of controlled.gates) {
          const twin = alone.gates.find((x) => same(x.attribute, g.attribute))
          const mine = g.control!.levels.find((l) => l.level === level.level)
          expect(mine?.value).toBe(twin?.value)
          expect(mine?.status).toBe(twin?.status)
        }
      }
    } finally {
      ws.cleanup()
    }
  })
})
