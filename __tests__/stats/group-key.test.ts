/** Group keys are one-to-one: no group value, whatever characters it holds, merges two combinations into one cell. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GroupAccumulator, groupKey } from '../../src/stats/accumulate.js'
import { makeWorkspace } from '../support/workspace.js'

describe('groupKey', () => {
  it('keeps combinations apart that a plain join of U+001F would merge', () => {
    expect(groupKey(['x\u001fy', 'z'])).not.toBe(groupKey(['x', 'y\u001fz']))
    expect(groupKey(['', '1:x3:y', 'z1:w'])).not.toBe(groupKey(['x', 'y\u001fz', 'w']))
  })

  it('is one-to-one on combinations of the same length (fixed seed)', () => {
    const value = fc.string({ unit: fc.constantFrom('a', '\u001f', ':', '1', '3'), maxLength: 4 })
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 4 })
          .chain((n) =>
            fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(value, { minLength: n, maxLength: n })),
          ),
        ([a, b]) => {
          expect(groupKey(a) === groupKey(b)).toBe(a.every((v, i) => v === b[i]))
        },
      ),
      { seed: 11, numRuns: 5000 },
    )
  })

  it('the accumulator keeps the two cells and all four groups', () => {
    const acc = new GroupAccumulator(
      ['a', 'b'],
      [{ columns: ['a'] }, { columns: ['b'] }, { columns: ['a', 'b'] }],
      false,
      100,
    )
    acc.add(true, true, 0, ['x\u001fy', 'z'])
    acc.add(false, true, 0, ['x', 'y\u001fz'])
    expect(acc.cells.map((m) => [...m.values()].map((c) => [c.values, c.tp, c.fp]))).toEqual([
      [
        [['x\u001fy'], 1, 0],
        [['x'], 0, 1],
      ],
      [
        [['z'], 1, 0],
        [['y\u001fz'], 0, 1],
      ],
      [
        [['x\u001fy', 'z'], 1, 0],
        [['x', 'y\u001fz'], 0, 1],
      ],
    ])
  })

  it('an audit of such a file reports every group, on the fast and the generic pass', async () => {
    const ws = makeWorkspace()
    try {
      const config = (data: string) => ({
        audits: [
          {
            name: 't',
            data,
            label: 'y',
            prediction: 'p',
            sensitive: ['a', 'b'],
            intersections: [['a', 'b']],
            confidence: false,
          },
        ],
      })
      ws.write('d.csv', 'y,p,a,b\n1,1,"x\u001fy",z\n0,1,x,"y\u001fz"\n')
      ws.write('d.jsonl', '{"y":1,"p":1,"a":"x\\u001fy","b":"z"}\n{"y":0,"p":1,"a":"x","b":"y\\u001fz"}\n')
      for (const data of ['d.csv', 'd.jsonl']) {
        const out = await ws.run(config(data))
        if (!out.ok) throw new Error(JSON.stringify(out.problems))
        expect(out.report.audits[0]?.groups.filter((g) => g.present).map((g) => g.group)).toEqual([
          { a: 'x' },
          { a: 'x\u001fy' },
          { b: 'y\u001fz' },
          { b: 'z' },
          { a: 'x', b: 'y\u001fz' },
          { a: 'x\u001fy', b: 'z' },
        ])
      }
    } finally {
      ws.cleanup()
    }
  })
})
