/**
 * A weighted counts table's sums do not depend on the order of its rows (F3): `format: counts`
 * added the w_ and w2_ cells of a group's rows, and of a grouping's rows (the overall row when the
 * table has none, and the totals the consistency check compares), in the table's order, where the
 * rows sum weights exactly (`ExactSums`). In tenths, 0.1 + 0.2 + 0.3 is 0.6000000000000001 in that
 * order and 0.6 in the other, so the overall weighted selection rate, exactly 0.5, was 0.5 or
 * 0.5000000000000001 by the order of the table's rows, and a gate `min: 0.5` passed or failed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const HEAD = 'grouping_set,g,tp,fp,tn,fn,w_tp,w_fp,w_tn,w_fn,w2_tp,w2_fp,w2_tn,w2_fn'
/** One row of group `g`: a positive prediction of weight `pos` (tp) and a negative of weight `neg` (tn). */
const row = (g: string, pos: number, neg: number): string =>
  `g,${g},1,0,1,0,${pos},0,${neg},0,${pos * pos},0,${neg * neg},0`

/** All orders of a list. */
function orders<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]]
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]))
}

describe('a weighted counts table’s sums do not depend on its rows’ order (F3)', () => {
  it('no overall row, a group in two rows: the same numbers and verdict in every order', async () => {
    // Group a comes in three rows (a warehouse's shards): its positives weigh 0.1 + 0.2 + 0.3, as
    // its negatives do, so its selection rate is exactly 0.5, as is the table's.
    const rows = [row('a', 0.1, 0.3), row('a', 0.2, 0.2), row('a', 0.3, 0.1), row('b', 0.5, 0.5)]
    const seen = new Set<string>()
    for (const order of orders(rows)) {
      ws.write('counts.csv', `${HEAD}\n${order.join('\n')}\n`)
      const out = await ws.run({
        audits: [
          {
            name: 'c',
            data: 'counts.csv',
            format: 'counts',
            label: 'y',
            prediction: 'p',
            weight: 'w',
            sensitive: ['g'],
            min_group_size: 1,
            confidence: false,
            gates: [
              { metric: 'selection_rate', min: 0.5 },
              { metric: 'selection_rate', each_group: { min: 0.5 } },
            ],
          },
        ],
      })
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      const a = out.report.audits[0]!
      const groupA = a.groups.find((g) => g.key === 'a')!
      seen.add(
        JSON.stringify({
          overall: a.overall.selection_rate,
          a: groupA.metrics.selection_rate,
          aWeights: groupA.weighted,
          passed: a.passed,
        }),
      )
    }
    // Summed in the table's order: overall 0.5 or 0.4999999999999999, a's 0.5 or 0.4999999999999999,
    // 5 outcomes over the 24 orders, 3 of them failing the gates.
    expect([...seen].map((x) => JSON.parse(x) as unknown)).toEqual([
      {
        overall: 0.5,
        a: 0.5,
        aWeights: {
          weight_sum: 1.2,
          n_eff: (1.2 * 1.2) / (2 * (0.1 * 0.1 + 0.2 * 0.2 + 0.3 * 0.3)),
          counts: { tp: 0.6, fp: 0, tn: 0.6, fn: 0 },
          squares: { tp: 0.14, fp: 0, tn: 0.14, fn: 0 },
        },
        passed: true,
      },
    ])
  })
})
