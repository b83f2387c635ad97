/**
 * `missing: group` names the missing values' group `missing_group`; a present value of that name
 * merged the missing rows into its group (red team 33 R33-5: 40 wrong rows of g `B` and 400 right
 * rows with g missing, `missing_group: B`: one group B of 440 rows passed its gate, exit 0, with a
 * warning only; any other name fails it). Refused, as a `missing_group` that is also a bin is,
 * in CSV (the scan) and JSON Lines (the generic readers) alike.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const lines = ['g,y,p']
for (let i = 0; i < 100; i++) lines.push(`A,${i % 2},${i % 2}`)
for (let i = 0; i < 40; i++) lines.push('B,1,0')
for (let i = 0; i < 400; i++) lines.push(`,${i % 2},${i % 2}`)
ws.write('m.csv', `${lines.join('\n')}\n`)
ws.write(
  'm.jsonl',
  `${lines
    .slice(1)
    .map((l) => {
      const [g, y, p] = l.split(',')
      return JSON.stringify({ g: g === '' ? null : g, y: Number(y), p: Number(p) })
    })
    .join('\n')}\n`,
)

const audit = (data: string, missingGroup: string) => ({
  audits: [
    {
      name: 'm',
      data,
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      missing: 'group',
      missing_group: missingGroup,
      confidence: false,
      gates: [{ metric: 'accuracy', each_group: { min: 0.8 } }],
    },
  ],
})

describe('a missing_group a present value names is refused (red team 33 R33-5)', () => {
  it.each(['m.csv', 'm.jsonl'])('%s', async (data) => {
    const out = await ws.run(audit(data, 'B'))
    expect(out.ok ? '' : out.problems.map((p) => p.message).join('\n')).toMatch(
      /column 'g' holds "B" \(m\.(csv|jsonl):\d+:1\), the name `missing_group` gives its missing values/,
    )
  })

  it('another name audits, and the gate fails on B', async () => {
    const out = await ws.run(audit('m.csv', '(missing)'))
    expect(out.ok && out.report.audits[0]?.passed).toBe(false)
  })
})
