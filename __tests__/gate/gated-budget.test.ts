/**
 * The bootstrap's budget serves the groupings a gate reads first (red team 40 R40-10): the
 * groups of other attributes, a matter of data, never take a gate's interval away, within an
 * audit or across a run's audits. Data: 2,000 rows, g = A (selection 0.6) and B (0.3); the
 * columns a and b take 3 and 2 values, or ("extra") 1,000 each: two groupings that fill the
 * audit's and the run's bootstrap work (MAX_AUDIT_CELL_REPLICATES) at 2,000 replicates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

function data(extra: boolean): string {
  const rows = ['y,p,g,a,b']
  let n = 0
  for (const [g, sel] of [
    ['A', 0.6],
    ['B', 0.3],
  ] as const)
    for (let i = 0; i < 1000; i++, n++)
      rows.push(
        `${i % 2},${i < sel * 1000 ? 1 : 0},${g},a${extra ? n % 1000 : n % 3},b${extra ? (n * 7) % 1000 : n % 2}`,
      )
  return `${rows.join('\n')}\n`
}

const gated = {
  name: 'DP gap of g, judged on its interval',
  metric: 'demographic_parity_difference',
  attribute: 'g',
  max: 0.1,
  on: 'interval',
}

async function run(config: object): Promise<AuditReport[]> {
  const out = await ws.run(config)
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  return out.report.audits
}

describe('gated groupings are served first from the bootstrap budget (red team 40 R40-10)', () => {
  it('1,000 values of two ungated columns leave the gated attribute its interval, the same as without them', async () => {
    ws.write('plain.csv', data(false))
    ws.write('extra.csv', data(true))
    const audit = (file: string) => ({
      audits: [{ name: 'm', data: file, label: 'y', prediction: 'p', sensitive: ['a', 'b', 'g'], gates: [gated] }],
    })
    const [plain] = await run(audit('plain.csv'))
    const [extra] = await run(audit('extra.csv'))
    expect(plain!.gates[0]!.ci).not.toBeNull()
    expect(plain!.gates[0]!.effect).toBe('fail')
    expect(extra!.gates[0]!.effect).toBe('fail')
    expect(extra!.gates[0]!.ci).toEqual(plain!.gates[0]!.ci)
    // The ungated grouping past the budget goes without, and the warning says the gated ones came first.
    expect(extra!.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^b: no interval .*the groupings before it \(those a gate reads come first\)/),
      ]),
    )
  }, 60_000)

  it("an earlier audit's ungated groupings do not take the run's bootstrap work from a later audit's gate", async () => {
    ws.write('plain.csv', data(false))
    ws.write('extra.csv', data(true))
    const [, fairness] = await run({
      audits: [
        {
          name: 'regions',
          data: 'extra.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['a', 'b'],
          gates: [{ metric: 'accuracy', min: 0.1 }],
        },
        { name: 'fairness', data: 'plain.csv', label: 'y', prediction: 'p', sensitive: ['g'], gates: [gated] },
      ],
    })
    expect(fairness!.gates[0]!.ci).not.toBeNull()
    expect(fairness!.gates[0]!.effect).toBe('fail')
  }, 60_000)
})
