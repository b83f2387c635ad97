/**
 * Line endings never reach a field: a file that mixes LF, CRLF (and bare CR) lines gives
 * the groups, the report and the verdict the LF-only file gives — on the fast CSV pass and
 * on csv-parse, for CSV, TSV and ';' files, quoted or not, plain or gzipped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** Group A is always right, group B always wrong: an accuracy gap of 1. */
const ROWS = [
  ['1', '1', 'A'],
  ['1', '1', 'A'],
  ['0', '0', 'A'],
  ['1', '0', 'B'],
  ['1', '0', 'B'],
  ['0', '1', 'B'],
]

type Ending = '\n' | '\r\n' | '\r'

function file(delimiter: string, endings: (i: number) => Ending, quoteLast = false, final = true): string {
  const lines = [['y', 'p', 'sex'], ...ROWS].map((r, i) =>
    r.map((c, j) => (quoteLast && j === 2 && i > 0 ? `"${c}"` : c)).join(delimiter),
  )
  return lines.map((l, i) => l + (i < lines.length - 1 || final ? endings(i) : '')).join('')
}

const LF = (): Ending => '\n'
const MIXED_LF_FIRST = (i: number): Ending => (i % 2 ? '\r\n' : '\n')
const MIXED_CRLF_FIRST = (i: number): Ending => (i % 2 ? '\n' : '\r\n')

function auditOf(data: string, extra: Record<string, unknown> = {}): AuditConfig {
  const { config, problems } = loadConfig(
    JSON.stringify({ audits: [{ name: 't', data, label: 'y', prediction: 'p', sensitive: ['sex'], ...extra }] }),
    'audit.yml',
  )
  if (!config) throw new Error(problems.map(formatProblem).join('\n'))
  return config.audits[0] as AuditConfig
}

/** The groups a pass finds, with their counts, or its problems. */
async function groups(name: string, fast: boolean, delimiter?: string): Promise<unknown> {
  const format = name.replace(/\.gz$/, '').endsWith('.tsv') ? 'tsv' : 'csv'
  try {
    const table = await openTable(`${ws.dir}/${name}`, name, format, delimiter)
    const { acc } = await accumulateRows(auditOf(name), [{ table, display: name }], { fast })
    return [...(acc.cells[0] as Map<string, { tp: number; fp: number; tn: number; fn: number }>).entries()].map(
      ([k, c]) => [k, c.tp, c.fp, c.tn, c.fn],
    )
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map(formatProblem)
    throw e
  }
}

const EXPECTED = [
  ['A', 2, 0, 1, 0],
  ['B', 0, 1, 0, 2],
]

describe('mixed line endings', () => {
  it.each([
    ['csv, LF first', 'd.csv', ',', MIXED_LF_FIRST, false, true],
    ['csv, CRLF first', 'd.csv', ',', MIXED_CRLF_FIRST, false, true],
    ['csv, quoted last field', 'd.csv', ',', MIXED_LF_FIRST, true, true],
    ['csv, CRLF first, quoted last field, no final line ending', 'd.csv', ',', MIXED_CRLF_FIRST, true, false],
    ['tsv', 'd.tsv', '\t', MIXED_LF_FIRST, false, true],
    ["';' delimited", 'd.csv', ';', MIXED_LF_FIRST, true, true],
    ['bare CR lines among LF', 'd.csv', ',', (i: number): Ending => (i % 3 === 1 ? '\r' : '\n'), false, true],
    ['only bare CR (classic Mac)', 'd.csv', ',', (): Ending => '\r', false, false],
  ])('%s: no group keeps a \\r, on both passes', async (_name, name, delimiter, endings, quoteLast, final) => {
    ws.write(name, file(delimiter, endings, quoteLast, final))
    expect(await groups(name, false, delimiter)).toEqual(EXPECTED)
    expect(await groups(name, true, delimiter)).toEqual(EXPECTED)
    ws.writeGz(`${name}.gz`, file(delimiter, endings, quoteLast, final))
    expect(await groups(`${name}.gz`, false, delimiter)).toEqual(EXPECTED)
    expect(await groups(`${name}.gz`, true, delimiter)).toEqual(EXPECTED)
  })

  it('a gate that fails on the LF-only file fails identically on the mixed one', async () => {
    const config = {
      audits: [
        {
          name: 't',
          data: 'd.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['sex'],
          gates: [{ metric: 'accuracy_difference', max: 0.1 }],
        },
      ],
    }
    ws.write('d.csv', file(',', LF))
    const lf = await ws.run(config)
    ws.write('d.csv', `\uFEFF${file(',', MIXED_LF_FIRST)}`)
    const mixed = await ws.run(config)
    if (!lf.ok || !mixed.ok) throw new Error('expected both runs to audit')
    expect(lf.report.passed).toBe(false)
    expect(mixed.report).toEqual(lf.report)
  })

  it('a CRLF header over LF rows reads its last column name without \\r', async () => {
    ws.write('d.csv', `y,p,sex\r\n${ROWS.map((r) => r.join(',')).join('\n')}\n`)
    expect(await groups('d.csv', false)).toEqual(EXPECTED)
    expect(await groups('d.csv', true)).toEqual(EXPECTED)
  })

  it('a line ending inside a quoted field stays part of the value', async () => {
    ws.write('d.csv', 'y,p,sex\n1,1,"A\r\nB"\r\n0,0,"A\nB"\n1,1,"A\rB"\n')
    for (const fast of [false, true]) {
      expect(await groups('d.csv', fast)).toEqual([
        ['A\r\nB', 1, 0, 0, 0],
        ['A\nB', 0, 0, 1, 0],
        ['A\rB', 1, 0, 0, 0],
      ])
    }
  })

  it('a bare CR in an unquoted field ends its record: a field-count problem at its line, not a group with a \\r', async () => {
    ws.write('d.csv', 'y,p,sex\n1,1,A\n1,1,A\rB\n')
    for (const fast of [false, true])
      expect(await groups('d.csv', fast)).toEqual(['d.csv:4: expected 3 fields like the header, found 1'])
  })

  it('line numbers in problems count each ending once, whichever it is', async () => {
    ws.write('d.csv', 'y,p,sex\r\n1,1,A\n1,1,A\r\n1,1\n')
    for (const fast of [false, true])
      expect(await groups('d.csv', fast)).toEqual(['d.csv:4: expected 3 fields like the header, found 2'])
  })

  it('the fast pass reads bare CR endings itself, as csv-parse does (R10-12: one bare CR sent every file to csv-parse)', async () => {
    const bareCr = (i: number): Ending => (i % 3 === 1 ? '\r' : '\n')
    const cases: [string, string][] = [
      ['among LF', file(',', bareCr)],
      ['only bare CR', file(',', (): Ending => '\r', false, false)],
      ['a bare CR as the last byte', file(',', (): Ending => '\r')],
      ['bare CR empty lines', `y,p,sex\r\r\n\r${file(',', LF).slice(8)}\r\r`],
      // A file of many rows: CRs and CRLFs fall at the pass's buffer boundaries too.
      ['many rows', `y,p,sex\n${'1,1,A\r1,0,B\r\n0,0,A\n\r'.repeat(40_000)}`],
    ]
    for (const [what, text] of cases) {
      ws.write('d.csv', text)
      const table = await openTable(`${ws.dir}/d.csv`, 'd.csv', 'csv')
      const fast = await accumulateRows(auditOf('d.csv'), [{ table, display: 'd.csv' }], { fast: true })
      expect({ what, reader: fast.stats.reader }).toEqual({ what, reader: 'fast' })
      const generic = await accumulateRows(auditOf('d.csv'), [{ table, display: 'd.csv' }], { fast: false })
      expect({ what, cells: [...(fast.acc.cells[0] as Map<string, unknown>)] }).toEqual({
        what,
        cells: [...(generic.acc.cells[0] as Map<string, unknown>)],
      })
      expect(fast.stats.rows).toBe(generic.stats.rows)
    }
  })

  it('the fast pass reads a mixed file itself (it no longer steps aside to csv-parse)', async () => {
    ws.write('d.csv', file(',', MIXED_LF_FIRST))
    const table = await openTable(`${ws.dir}/d.csv`, 'd.csv', 'csv')
    const { stats } = await accumulateRows(auditOf('d.csv'), [{ table, display: 'd.csv' }])
    expect(stats.reader).toBe('fast')
  })
})
