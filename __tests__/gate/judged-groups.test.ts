/**
 * The groups a run's gates judge are bounded in all (`MAX_RUN_JUDGED_GROUPS`): 100 `each_group`
 * gates over 20,000 groups from a 185 KB .csv.gz peaked at 446 MB and wrote a 240 MB report when
 * they failed (red team 29 R29-4).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_RUN_JUDGED_GROUPS, runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const groups = 20_000
ws.write(
  'g.csv',
  `y,p,g\n${Array.from({ length: 2 * groups }, (_, i) => `${i % 2},${(i >> 1) % 3 ? 1 : 0},g${i % groups}`).join('\n')}\n`,
)

const run = async (gates: number) => {
  const config = {
    audits: [
      {
        name: 'a',
        data: 'g.csv',
        label: 'y',
        prediction: 'p',
        sensitive: ['g'],
        max_groups: groups,
        min_group_size: 1,
        confidence: false,
        metrics: ['selection_rate'],
        gates: Array.from({ length: gates }, () => ({ metric: 'selection_rate', each_group: { min: 0 } })),
      },
    ],
  }
  const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: ws.dir })
  return out.ok ? out.report.audits[0]?.gates.length : out.problems.map(formatProblem)
}

describe('the groups a run’s gates judge are bounded in all (red team 29 R29-4)', () => {
  it(`5 gates over ${groups.toLocaleString('en-US')} groups fit the ${MAX_RUN_JUDGED_GROUPS.toLocaleString('en-US')}`, async () => {
    expect(await run(5)).toBe(5)
  })

  it('6 gates: refused at gates, naming the groups judged and the bound', async () => {
    const out = await run(6)
    expect(out).toEqual([
      expect.stringMatching(
        /^audit\.json:1:\d+: the gates of audit 'a' judge 120,000 groups \(each gate over every group of its attributes\), past the 100,000 a run's gates may judge in all/,
      ),
    ])
  })
})

describe('a control: audit’s gates are counted in every level', () => {
  ws.write(
    'c.csv',
    `y,p,g,c\n${Array.from({ length: 10_000 }, (_, i) => `${i % 2},${(i >> 1) % 3 ? 1 : 0},g${i % 100},c${Math.floor(i / 200)}`).join('\n')}\n`,
  )
  const controlled = async (gates: number) => {
    const config = {
      audits: [
        {
          name: 'c',
          data: 'c.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['g'],
          control: ['c'],
          max_groups: 5000,
          min_group_size: 1,
          confidence: false,
          metrics: ['selection_rate'],
          gates: Array.from({ length: gates }, () => ({ metric: 'selection_rate', each_group: { min: 0 } })),
        },
      ],
    }
    const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: ws.dir })
    return out.ok ? 'ran' : out.problems.map(formatProblem)
  }
  it('50 levels of 100 groups: 20 gates fit, 21 are refused', async () => {
    expect(await controlled(20)).toBe('ran')
    expect(await controlled(21)).toEqual([
      expect.stringMatching(
        /judge 105,000 groups \(each gate over every group of its attributes, in every control level\)/,
      ),
    ])
  })
})
