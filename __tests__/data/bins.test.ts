/**
 * `bins`: the labels, the bin of a value (on an edge, below the first, above the last,
 * negative and decimal edges), the bin order, the readers' agreement (fast CSV, generic
 * JSONL, Parquet, counts), and what a binned column refuses (text, hex, ±inf) or leaves to
 * the `missing` policy (empty, NA, NaN).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { binIndex, binLabels, binNumber, binOrder, formatEdge } from '../../src/data/bins.js'
import { chartLabel } from '../../src/report/chart.js'
import type { AuditReport } from '../../src/report/types.js'
import { GOLDEN_V2 } from '../support/golden-v2.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

describe('labels', () => {
  it('edges print as the shortest decimal, a comma and a space between two', () => {
    expect(binLabels([25, 45, 65])).toEqual(['< 25', '[25, 45)', '[45, 65)', '>= 65'])
    expect(binLabels([30])).toEqual(['< 30', '>= 30'])
    expect(binLabels([25.5, 30.25])).toEqual(['< 25.5', '[25.5, 30.25)', '>= 30.25'])
    expect(binLabels([-10, -2.5, 0])).toEqual(['< -10', '[-10, -2.5)', '[-2.5, 0)', '>= 0'])
  })

  it('very large and very small edges in exponent form without its +; -0 is 0', () => {
    expect(formatEdge(25.0)).toBe('25')
    expect(formatEdge(1e21)).toBe('1e21')
    expect(formatEdge(1.5e300)).toBe('1.5e300')
    expect(formatEdge(1e-7)).toBe('1e-7')
    expect(formatEdge(-2e-9)).toBe('-2e-9')
    expect(formatEdge(0.000001)).toBe('0.000001')
    expect(formatEdge(123456789012345680000)).toBe('123456789012345680000')
    expect(formatEdge(-0)).toBe('0')
    expect(formatEdge(0.1 + 0.2)).toBe('0.30000000000000004')
  })
})

describe('in the chart', () => {
  it('bin labels in words the chart label allows, alone and in an intersection', () => {
    expect(binLabels([-5, 0.5, 30]).map((l) => chartLabel(l))).toEqual([
      'under -5',
      '-5 to 0.5',
      '0.5 to 30',
      '30 and over',
    ])
    expect(chartLabel('[25, 45) | female')).toBe('25 to 45 · female')
    expect(chartLabel('a < b')).toBe('a · b')
  })
})

describe('the bin of a value', () => {
  const edges = [25, 45, 65]
  it.each([
    [-1e9, 0],
    [24.999, 0],
    [25, 1],
    [44.5, 1],
    [45, 2],
    [64.99, 2],
    [65, 3],
    [1e9, 3],
  ])('%d → bin %d', (x, b) => {
    expect(binIndex(x, edges)).toBe(b)
  })
  it('one edge, negative and decimal edges', () => {
    expect(binIndex(29.9, [30])).toBe(0)
    expect(binIndex(30, [30])).toBe(1)
    expect(binIndex(-2.5, [-10, -2.5, 0])).toBe(2)
    expect(binIndex(-2.5000001, [-10, -2.5, 0])).toBe(1)
    expect(binIndex(-0, [0])).toBe(1)
    expect(binIndex(0.1, [0.1, 0.2])).toBe(1)
  })
  it('numbers as `score` reads them: spaces around, exponent; not hex, inf or booleans', () => {
    expect(binNumber(' 12 ')).toBe(12)
    expect(binNumber('1e3')).toBe(1000)
    expect(binNumber('+.5')).toBe(0.5)
    expect(binNumber(7)).toBe(7)
    expect(binNumber('0x10')).toBe('not a decimal number')
    expect(binNumber('inf')).toBe('an infinite number')
    expect(binNumber(' -Infinity ')).toBe('an infinite number')
    expect(binNumber('infinite')).toBe('not a decimal number')
    expect(binNumber('12 years')).toBe('not a decimal number')
    expect(binNumber(Infinity)).toBe('an infinite number')
    expect(binNumber('1e999')).toBe('a number too large for a double')
    expect(binNumber(true)).toBe('a boolean, not a number')
  })
  it('bin order: bins first in their order, any other value (the missing group) after', () => {
    const labels = binLabels([25, 45, 65])
    const values = ['[45, 65)', '(missing)', '>= 65', '< 25', '[25, 45)']
    expect(values.sort(binOrder(labels))).toEqual(['< 25', '[25, 45)', '[45, 65)', '>= 65', '(missing)'])
  })
})

function entry(data: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'b',
    data,
    label: 'y',
    prediction: 'p',
    sensitive: ['age', 'g'],
    intersections: [['g', 'age']],
    bins: { age: [-5, 0.5, 30] },
    confidence: false,
    ...extra,
  }
}

async function report(e: Record<string, unknown>): Promise<AuditReport> {
  const out = await ws.run({ audits: [e] })
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

const ROWS: [number, number, string, string][] = [
  [1, 1, '-7', 'a'],
  [0, 1, '-5', 'a'],
  [1, 0, '0.5', 'b'],
  [0, 0, '0.49', 'b'],
  [1, 1, '30', 'a'],
  [0, 0, ' 31 ', 'b'],
  [1, 0, '1e3', 'a'],
  [0, 1, '-4.5', 'b'],
]

describe('a binned audit', () => {
  const csv = `y,p,age,g\n${ROWS.map((r) => r.join(',')).join('\n')}\n`
  const labels = ['< -5', '[-5, 0.5)', '[0.5, 30)', '>= 30']

  it('bins every value, lists bins in bin order, and reports the binning', async () => {
    ws.write('d.csv', csv)
    const r = await report(entry('d.csv'))
    const age = r.groups.filter((g) => g.attribute === 'age')
    expect(age.map((g) => [g.key, g.count])).toEqual([
      ['< -5', 1],
      ['[-5, 0.5)', 3],
      ['[0.5, 30)', 1],
      ['>= 30', 3],
    ])
    // g first, then the bins in bin order within each g.
    expect(r.groups.filter((g) => Array.isArray(g.attribute)).map((g) => g.key)).toEqual(
      ['a', 'b'].flatMap((g) => labels.map((l) => `${g} | ${l}`)),
    )
    expect(r.binning?.age).toEqual({
      edges: [-5, 0.5, 30],
      bins: [
        { label: '< -5', rows: 1, min: -7, max: -7 },
        { label: '[-5, 0.5)', rows: 3, min: -5, max: 0.49 },
        { label: '[0.5, 30)', rows: 1, min: 0.5, max: 0.5 },
        { label: '>= 30', rows: 3, min: 30, max: 1000 },
      ],
    })
  })

  it('only bins with rows are groups; empty combinations of observed bins are listed, absent', async () => {
    ws.write('d.csv', 'y,p,age,g\n1,1,1,a\n0,0,40,b\n')
    const r = await report(entry('d.csv'))
    expect(r.groups.filter((g) => g.attribute === 'age').map((g) => g.key)).toEqual(['[0.5, 30)', '>= 30'])
    expect(r.groups.filter((g) => Array.isArray(g.attribute)).map((g) => [g.key, g.present])).toEqual([
      ['a | [0.5, 30)', true],
      ['a | >= 30', false],
      ['b | [0.5, 30)', false],
      ['b | >= 30', true],
    ])
    expect(r.binning?.age?.bins.map((b) => b.rows)).toEqual([0, 0, 1, 1])
    expect(r.binning?.age?.bins[0]).toEqual({ label: '< -5', rows: 0, min: null, max: null })
  })

  it('the fast CSV pass, the generic reader (JSONL) and Parquet give the same report', async () => {
    ws.write('d.csv', csv)
    const fast = await report(entry('d.csv'))
    ws.write('d.jsonl', ROWS.map(([y, p, age, g]) => JSON.stringify({ y, p, age: Number(age), g })).join('\n'))
    ws.write(
      'd.parquet',
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'y', data: Int32Array.from(ROWS.map((r) => r[0])), type: 'INT32' },
            { name: 'p', data: Int32Array.from(ROWS.map((r) => r[1])), type: 'INT32' },
            { name: 'age', data: Float64Array.from(ROWS.map((r) => Number(r[2]))), type: 'DOUBLE' },
            { name: 'g', data: ROWS.map((r) => r[3]), type: 'STRING' },
          ],
        }),
      ),
    )
    for (const file of ['d.jsonl', 'd.parquet']) {
      const other = await report(entry(file))
      expect(other.groups, file).toEqual(fast.groups)
      expect(other.disparities, file).toEqual(fast.disparities)
      expect(other.binning, file).toEqual(fast.binning)
    }
  })

  it('the golden CSV as JSONL (the generic reader, ages as JSON numbers) equals the fast CSV pass', async () => {
    const text = readFileSync(join(GOLDEN_V2, 'bins.csv'), 'utf8')
    ws.write('g.csv', text)
    const [header, ...lines] = text.trim().split('\n')
    const names = (header as string).split(',')
    ws.write(
      'g.jsonl',
      lines
        .map((l) => {
          const cells = l.split(',')
          return JSON.stringify(Object.fromEntries(names.map((n, i) => [n, n === 'sex' ? cells[i] : Number(cells[i])])))
        })
        .join('\n'),
    )
    const e = (data: string): Record<string, unknown> => ({
      name: 'b',
      data,
      label: 'outcome',
      prediction: 'decision',
      sensitive: ['age', 'sex'],
      intersections: [['age', 'sex']],
      bins: { age: [25, 45, 65] },
      confidence: false,
    })
    const a = await report(e('g.csv'))
    const b = await report(e('g.jsonl'))
    expect(b.groups).toEqual(a.groups)
    expect(b.binning).toEqual(a.binning)
  })

  it('missing values (empty, NA, NaN) follow `missing`; they are in no bin', async () => {
    ws.write('d.csv', 'y,p,age,g\n1,1,1,a\n0,0,,b\n1,0,NaN,a\n0,1,NA,b\n')
    const problems = await ws.problems({ audits: [entry('d.csv')] })
    expect(problems.join('\n')).toMatch(
      /sensitive column 'age' is empty or NA in 3 rows \(d\.csv:3, d\.csv:4, d\.csv:5\)/,
    )
    const grouped = await report(entry('d.csv', { missing: 'group' }))
    expect(grouped.groups.filter((g) => g.attribute === 'age').map((g) => [g.key, g.count])).toEqual([
      ['[0.5, 30)', 1],
      ['(missing)', 3],
    ])
    expect(grouped.binning?.age?.bins.map((b) => b.rows)).toEqual([0, 0, 1, 0])
    const dropped = await report(entry('d.csv', { missing: 'drop' }))
    expect(dropped.rows).toBe(1)
  })

  it.each([
    ['text', 'twelve', '"twelve" (not a decimal number)'],
    ['hex', '0x10', '"0x10" (not a decimal number)'],
    ['inf', 'inf', '"inf" (an infinite number)'],
    ['-Infinity', '-Infinity', '"-Infinity" (an infinite number)'],
    ['a number too large', '1e999', '"1e999" (a number too large for a double)'],
  ])('a non-number (%s) is a problem at its file:line:column', async (_name, value, shown) => {
    ws.write('d.csv', `y,p,age,g\n1,1,1,a\n0,0,${value},b\n`)
    const problems = await ws.problems({ audits: [entry('d.csv')] })
    expect(problems).toEqual([
      `d.csv:3:3: binned column 'age' has ${shown}; \`bins\` needs a finite number in every row, or an empty/NA cell for a missing value (see \`missing\`)`,
    ])
  })

  it('the same in JSON: a boolean or an infinite number is no number', async () => {
    ws.write('d.jsonl', '{"y":1,"p":1,"age":1,"g":"a"}\n{"y":0,"p":0,"age":true,"g":"b"}\n')
    expect((await ws.problems({ audits: [entry('d.jsonl')] })).join('\n')).toMatch(
      /^d\.jsonl:2(:\d+)?: binned column 'age' has true \(a boolean, not a number\)/,
    )
  })
})

describe('max_groups counts bins, not raw values', () => {
  it('20,000 distinct incomes in 4 bins pass max_groups 12; an intersection of 4 × 3 bins and groups needs 12', async () => {
    const lines = Array.from({ length: 20000 }, (_, i) => `${i % 2},${(i >> 1) % 2},${(i * 7.31).toFixed(2)},${i % 3}`)
    ws.write('d.csv', `y,p,income,g\n${lines.join('\n')}\n`)
    const e = (maxGroups: number): Record<string, unknown> => ({
      name: 'm',
      data: 'd.csv',
      label: 'y',
      prediction: 'p',
      sensitive: ['income', 'g'],
      intersections: [['income', 'g']],
      bins: { income: [1000, 10000, 100000] },
      max_groups: maxGroups,
      confidence: false,
    })
    const r = await report(e(12))
    expect(r.groups.filter((g) => g.attribute === 'income').map((g) => [g.key, g.count])).toEqual([
      ['< 1000', 137],
      ['[1000, 10000)', 1231],
      ['[10000, 100000)', 12312],
      ['>= 100000', 6320],
    ])
    expect((await ws.problems({ audits: [e(11)] })).join('\n')).toMatch(
      /4 × 3 = 12 possible groups, more than `max_groups` \(11\)/,
    )
  })
})

describe('prototype names', () => {
  it.each(['__proto__', 'constructor', 'toString'])(
    'a binned column named %s is binned, and an unbinned one is not',
    async (name) => {
      ws.write('d.csv', `y,p,${name},g\n1,1,10,a\n0,0,40,b\n1,0,25,a\n`)
      const r = await report({
        name: 'b',
        data: 'd.csv',
        label: 'y',
        prediction: 'p',
        sensitive: [name, 'g'],
        bins: { [name]: [25] },
        confidence: false,
      })
      expect(r.groups.filter((g) => g.attribute === name).map((g) => [g.key, g.count])).toEqual([
        ['< 25', 1],
        ['>= 25', 2],
      ])
      expect(Object.keys(r.binning ?? {})).toEqual([name])
      expect(r.groups.filter((g) => g.attribute === 'g').map((g) => g.key)).toEqual(['a', 'b'])
    },
  )
})

describe('format: counts', () => {
  it('a counts table holds the labels: not binned again, listed in bin order', async () => {
    ws.write(
      'c.csv',
      'grouping_set,age,tp,fp,tn,fn,n_rows\n' +
        'age,>= 30,1,0,1,0,2\nage,< -5,1,0,0,0,1\nage,"[-5, 0.5)",0,1,1,0,2\n,,2,1,2,0,5\n',
    )
    const r = await report({
      name: 'c',
      data: 'c.csv',
      format: 'counts',
      label: 'y',
      prediction: 'p',
      sensitive: ['age'],
      bins: { age: [-5, 0.5, 30] },
      confidence: false,
    })
    expect(r.groups.map((g) => [g.key, g.count])).toEqual([
      ['< -5', 1],
      ['[-5, 0.5)', 2],
      ['>= 30', 2],
    ])
    expect(r.binning?.age?.bins).toEqual([
      { label: '< -5', rows: 1, min: null, max: null },
      { label: '[-5, 0.5)', rows: 2, min: null, max: null },
      { label: '[0.5, 30)', rows: 0, min: null, max: null },
      { label: '>= 30', rows: 2, min: null, max: null },
    ])
  })

  it('a value that is not a label of these bins is a problem at its cell', async () => {
    ws.write('c.csv', 'age,tp,fp,tn,fn\n12,1,0,1,0\n')
    const problems = await ws.problems({
      audits: [
        {
          name: 'c',
          data: 'c.csv',
          format: 'counts',
          label: 'y',
          prediction: 'p',
          sensitive: ['age'],
          bins: { age: [30] },
        },
      ],
    })
    expect(problems).toEqual([
      `c.csv:2:1: binned column 'age' has "12", which is not one of its bins ("< 30", ">= 30"); a counts table holds the bins' labels, as the query of \`model-audit-gate sql\` writes them for these \`bins\``,
    ])
  })
})
