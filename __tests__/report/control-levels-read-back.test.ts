/**
 * Red team 42 R42-10: a baseline's per-level gate values (`gates[].control.levels[]`) were not
 * checked when the report was read back, though R40-8 judges a controlled gate's change bounds
 * level by level against them: a level value of 5 marked `pass` under `max: 0.3`, or a level
 * listed twice, was taken as written, and a failing change gate showed ✓.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { loadReportValidator, parseReport } from '../../src/report/check.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

await loadReportValidator()

let ws: Workspace
let text = ''
beforeAll(async () => {
  ws = makeWorkspace()
  // Levels X and Y; in each, A selected 50% and B 45% (gap 0.05), 200 rows a group.
  const lines = ['y,p,g,c']
  for (const c of ['X', 'Y'])
    for (const [g, sel] of [
      ['A', 100],
      ['B', 90],
    ] as const)
      for (let i = 0; i < 200; i++) lines.push(`${i % 2},${i < sel ? 1 : 0},${g},${c}`)
  ws.write('d.csv', `${lines.join('\n')}\n`)
  ws.write(
    'c.yml',
    'audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    control: [c]\n    confidence: false\n    gates:\n      - name: DP gap\n        metric: demographic_parity_difference\n        attribute: g\n        max: 0.3\n        max_increase: 0.02\n',
  )
  const out = await runConfigFile('c.yml', { workspace: ws.dir })
  if (!out.ok) throw new Error(JSON.stringify(out.problems))
  text = JSON.stringify(out.report, null, 2)
})
afterAll(() => ws.cleanup())

/** The report with its first gate's control levels edited. */
function edited(edit: (levels: { level: string; value: number | null; status: string }[]) => void): string {
  const r = JSON.parse(text) as { audits: { gates: { control: { levels: never[] } }[] }[] }
  edit((r.audits[0] as { gates: { control: { levels: never[] } }[] }).gates[0]?.control.levels as never)
  return JSON.stringify(r)
}

const rejected = (t: string): string[] => {
  const r = parseReport(t)
  return 'rejected' in r && r.rejected.kind === 'inconsistent' ? r.rejected.details : []
}

describe("a controlled gate's levels are read back as strictly as its value (red team 42 R42-10)", () => {
  it('the report as written reads back', () => {
    expect('report' in parseReport(text)).toBe(true)
    const levels = (JSON.parse(text) as { audits: { gates: { control: { levels: unknown[] } }[] }[] }).audits[0]
      ?.gates[0]?.control.levels
    expect(levels).toHaveLength(2)
  })

  it('refuses a level value outside [0, 1] for a rate gap', () => {
    const t = edited((levels) => {
      ;(levels[1] as { value: number }).value = 5
    })
    expect(rejected(t).join('\n')).toMatch(/control\/levels\/1\/value is 5, outside \[0, 1\]/)
  })

  it('refuses a level whose status is milder than its value against the bounds', () => {
    const t = edited((levels) => {
      ;(levels[1] as { value: number }).value = 0.5
    })
    expect(rejected(t).join('\n')).toMatch(/control\/levels\/1: status 'pass' is milder than its value 0\.5/)
  })

  it('refuses a level listed twice', () => {
    const t = edited((levels) => {
      levels.push({ ...(levels[0] as object) } as never)
    })
    expect(rejected(t).join('\n')).toMatch(/control\/levels\/2: level 'X' is listed twice/)
  })
})
