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

describe('the names of the groups a run’s gates judge are bounded in all (red team 31 R31-12)', () => {
  // 20 groups of 999-character names: a gate over them repeats 19,980 characters. 50 audits of 100 such
  // gates (100,000 judged groups, at MAX_RUN_JUDGED_GROUPS) wrote a 215 MB report, 1.25 GB in the action.
  const names = Array.from({ length: 20 }, (_, k) => `g${String(k).padStart(2, '0')}`.padEnd(999, 'x'))
  ws.write('long.csv', `y,p,g\n${names.flatMap((n) => [`1,0,${n}`, `0,1,${n}`]).join('\n')}\n`)
  const audits = async (count: number) => {
    const audit = (i: number) => ({
      name: `a${i}`,
      data: 'long.csv',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      min_group_size: 1,
      confidence: false,
      metrics: ['accuracy'],
      gates: Array.from({ length: 100 }, () => ({ metric: 'accuracy', each_group: { min: 0.9 } })),
    })
    const config = { audits: Array.from({ length: count }, (_, i) => audit(i)) }
    const out = await runConfigText(JSON.stringify(config), 'audit.json', { workspace: ws.dir })
    return out.ok ? out.report.audits.length : out.problems.map(formatProblem)
  }
  it(`2 audits of 100 gates over 20 names of 999 characters fit the 4,000,000; a third is refused at gates`, async () => {
    expect(await audits(2)).toBe(2)
    expect(await audits(3)).toEqual([
      expect.stringMatching(
        /^audit\.json:1:\d+: the gates of audit 'a2' judge groups whose names take 1,998,000 characters \(each gate over every group of its attributes, a name counted once per gate that judges it\), past the 4,000,000 a run's gates may judge in all/,
      ),
    ])
  })
})
