/**
 * A header that names a column the audit reads twice (`y,p,sex,p`), with copies that differ, is
 * refused: reading the first `p` as pandas does is a guess, and a pull request can put a copy of
 * the labels there to pass a gate the real predictions fail. Copies that agree on every row (as in
 * ProPublica's COMPAS file) and duplicates the audit does not read stay a warning.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

describe('duplicate columns', () => {
  it.each([
    ['prediction', 'y,p,g,p\n1,1,a,1\n0,0,b,1\n', 'p', 3, '"0" and "1"'],
    ['label', 'y,p,y,g\n1,1,0,a\n0,0,1,b\n', 'y', 2, '"1" and "0"'],
    ['sensitive', 'y,p,g,g\n1,1,a,a\n0,0,b,a\n', 'g', 3, '"b" and "a"'],
  ])(
    'a %s column named twice, with copies that differ, is refused at the first row where they do',
    async (role, csv, column, line, values) => {
      ws.write(`${role}.csv`, csv)
      expect(await ws.problems(audit(`${role}.csv`))).toEqual([
        `${role}.csv:${line}: the header has more than one column '${column}' (the audit's ${role} column), and they differ on this row (${values}); rename them so that one is '${column}'`,
      ])
    },
  )

  it('copies that agree on every row are read as one', async () => {
    ws.write('same.csv', 'y,p,g,p\n1,1,a,1\n0,0,b,0\n')
    expect((await ws.run(audit('same.csv'))).ok).toBe(true)
  })

  it('a duplicate the audit does not read is a warning, as before', async () => {
    ws.write('other.csv', 'y,p,g,note,note\n1,1,a,x,y\n0,0,b,x,y\n')
    const out = await ws.run(audit('other.csv'))
    expect(out.ok).toBe(true)
    if (out.ok) expect(out.report.audits[0]!.warnings.join('\n')).toContain("column 'note' appears more than once")
  })
})

/**
 * `format: counts` by the same rule: a column the counts reader uses (a count, a sensitive column,
 * `grouping_set`, `n_rows`) named twice, with copies that differ, is refused at the first row where
 * they do (the red team's `grouping_set,sex,tp,fp,tn,fn,tp` read the first `tp` with only a warning).
 */
describe('duplicate columns in a counts table', () => {
  const counts = (file: string) => ({
    audits: [{ name: 'c', data: file, format: 'counts', label: 'y', prediction: 'p', sensitive: ['sex'] }],
  })
  it.each([
    [
      'count',
      'grouping_set,sex,tp,fp,tn,fn,tp\n,,2,0,2,0,2\nsex,F,1,0,1,0,0\nsex,M,1,0,1,0,0\n',
      'tp',
      '3:7',
      '"1" and "0"',
    ],
    [
      'sensitive',
      'grouping_set,sex,tp,fp,tn,fn,sex\n,,2,0,2,0,\nsex,F,1,0,1,0,M\nsex,M,1,0,1,0,F\n',
      'sex',
      '3:7',
      '"F" and "M"',
    ],
    [
      'grouping set',
      'grouping_set,sex,tp,fp,tn,fn,grouping_set\n,,2,0,2,0,sex\nsex,F,1,0,1,0,\nsex,M,1,0,1,0,\n',
      'grouping_set',
      '2:7',
      '"" and "sex"',
    ],
    [
      'row count',
      'grouping_set,sex,tp,fp,tn,fn,n_rows,n_rows\n,,2,0,2,0,4,4\nsex,F,1,0,1,0,2,2\nsex,M,1,0,1,0,2,3\n',
      'n_rows',
      '4:8',
      '"2" and "3"',
    ],
    ['count', 'sex,tp,fp,tn,fn,fn\nF,1,0,1,0,0\nM,1,0,1,0,1\n', 'fn', '3:6', '"0" and "1"'],
  ])(
    'a %s column named twice, with copies that differ, is refused at the first row where they do',
    async (role, csv, column, at, values) => {
      const file = `counts-${column}-${at.replace(':', '-')}.csv`
      ws.write(file, csv)
      expect(await ws.problems(counts(file))).toEqual([
        `${file}:${at}: the header has more than one column '${column}' (the audit's ${role} column), and they differ on this row (${values}); rename them so that one is '${column}'`,
      ])
    },
  )

  it('copies that agree on every row are read as one, with the warning', async () => {
    ws.write('counts-same.csv', 'grouping_set,sex,tp,fp,tn,fn,tp\n,,2,0,2,0,2\nsex,F,1,0,1,0,1\nsex,M,1,0,1,0,1\n')
    const out = await ws.run(counts('counts-same.csv'))
    if (!out.ok) throw new Error(out.problems.join('\n'))
    expect(out.report.audits[0]!.overall_counts).toEqual({ tp: 2, fp: 0, tn: 2, fn: 0 })
    expect(out.report.audits[0]!.warnings.join('\n')).toContain("column 'tp' appears more than once")
  })
})
