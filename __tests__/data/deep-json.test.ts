/**
 * A deeply nested JSON value in a JSON Lines or JSON array record — 100,000 nested arrays
 * or objects — is a problem at its file:line (exit 2), never a stack overflow, in a column the
 * audit reads or not: the depth, and the number of values, are bounded on the record's text
 * before JSON.parse builds it (a 7.8 KB .jsonl.gz of 4,000,000 nested arrays took 690 MB).
 */
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { MAX_RECORD_VALUES } from '../../src/data/guards.js'
import { MAX_CELL_DEPTH } from '../../src/data/readers.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const DEPTH = 100_000
const arrays = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`
const objects = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`
const config = (data: string, extra: Record<string, unknown> = {}) => ({
  audits: [{ name: 't', data, label: 'y', prediction: 'p', sensitive: ['g'], ...extra }],
})

/** Four records; the second one's `column` holds `deep` (raw JSON text). */
function file(format: 'jsonl' | 'json', deep: string, column: 'y' | 'g' | 'x'): string {
  const second = { y: '0', p: '0', g: '"a"', x: '0', [column]: deep }
  const lines = [
    '{"y":1,"p":1,"g":"a","x":0}',
    `{${Object.entries(second)
      .map(([k, v]) => `"${k}":${v}`)
      .join(',')}}`,
    '{"y":1,"p":0,"g":"b","x":0}',
    '{"y":0,"p":1,"g":"b","x":0}',
  ]
  return format === 'json' ? `[\n${lines.join(',\n')}\n]\n` : `${lines.join('\n')}\n`
}

describe.each(['jsonl', 'json'] as const)('%s', (format) => {
  it.each([
    ['arrays', arrays(DEPTH)],
    ['objects', objects(DEPTH)],
  ])(`100,000 nested %s in a sensitive column: a problem at its line`, async (_kind, deep) => {
    ws.write(`d.${format}`, file(format, deep, 'g'))
    expect(await ws.problems(config(`d.${format}`))).toEqual([
      `d.${format}:${format === 'json' ? 3 : 2}: column 'g' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
    ])
  })

  it('100,000 nested arrays in the label column: a problem at its line', async () => {
    ws.write(`d.${format}`, file(format, arrays(DEPTH), 'y'))
    expect(await ws.problems(config(`d.${format}`))).toEqual([
      `d.${format}:${format === 'json' ? 3 : 2}: column 'y' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
    ])
  })

  // JSON.parse builds the whole record before any column is picked: the bound is on the text, for every key.
  it.each([
    ['arrays', arrays(DEPTH)],
    ['objects', objects(DEPTH)],
  ])(
    '100,000 nested %s in a column the audit does not read: the same problem, before the parse',
    async (_kind, deep) => {
      ws.write(`d.${format}`, file(format, deep, 'x'))
      expect(await ws.problems(config(`d.${format}`))).toEqual([
        `d.${format}:${format === 'json' ? 3 : 2}: column 'x' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
      ])
    },
  )

  it(`${MAX_CELL_DEPTH} levels in a column the audit does not read are read; one more is not`, async () => {
    ws.write(`ok.${format}`, file(format, arrays(MAX_CELL_DEPTH), 'x'))
    const out = await ws.run(config(`ok.${format}`))
    expect(out.ok && out.report.audits[0]?.rows).toBe(4)
    ws.write(`no.${format}`, file(format, objects(MAX_CELL_DEPTH + 1), 'x'))
    expect(await ws.problems(config(`no.${format}`))).toEqual([
      `no.${format}:${format === 'json' ? 3 : 2}: column 'x' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
    ])
  })

  it(`more than ${MAX_RECORD_VALUES.toLocaleString('en-US')} values in one record (here empty arrays): a problem at its line`, async () => {
    ws.write(`d.${format}`, file(format, `[${'[],'.repeat(MAX_RECORD_VALUES / 2)}[]]`, 'x'))
    expect(await ws.problems(config(`d.${format}`))).toEqual([
      `d.${format}:${format === 'json' ? 3 : 2}: the record holds more than ${MAX_RECORD_VALUES.toLocaleString('en-US')} values (nested arrays, objects and keys included); expected a row of a table`,
    ])
  })

  it(`${MAX_RECORD_VALUES.toLocaleString('en-US')} values less a few, brackets and colons inside strings not counted: read`, async () => {
    ws.write(`d.${format}`, file(format, `[${'0,'.repeat(MAX_RECORD_VALUES - 20)}"[[[[{:,"]`, 'x'))
    const out = await ws.run(config(`d.${format}`))
    expect(out.ok && out.report.audits[0]?.rows).toBe(4)
  })

  it(`a value ${MAX_CELL_DEPTH} levels deep is still read: as a group value, refused as an array (R34-5)`, async () => {
    ws.write(`d.${format}`, file(format, arrays(MAX_CELL_DEPTH), 'g'))
    const problems = (await ws.problems(config(`d.${format}`))).join('\n')
    expect(problems).toContain(`sensitive column 'g' holds "${'['.repeat(20)}`)
    expect(problems).toContain(', a JSON array: ')
    expect(problems).not.toMatch(/levels deep/)
  })
})

it('a JSONL line of 100,000 nested arrays, not an object: a problem at its line', async () => {
  ws.write('d.jsonl', `{"y":1,"p":1,"g":"a"}\n${arrays(DEPTH)}\n`)
  expect(await ws.problems(config('d.jsonl'))).toEqual([
    `d.jsonl:2: the record nests arrays or objects more than ${MAX_CELL_DEPTH + 1} levels deep; expected a JSON object of strings, numbers, booleans or null`,
  ])
})

// The red team's case: 7.8 KB of gzip, one 8 MB line of 4,000,000 nested arrays in a column the audit
// never reads, took 690 MB and 12 s. Refused from the text, it costs the line and no more.
it('4,000,000 nested arrays in an unread column of a .jsonl.gz: refused, without building them', async () => {
  const n = 4_000_000
  ws.write('d.jsonl.gz', gzipSync(`{"y":1,"p":1,"g":"a"}\n{"y":0,"p":0,"g":"b","x":${arrays(n)}}\n`))
  const before = process.memoryUsage().rss
  const started = Date.now()
  // 8 MB from 7.8 KB is also past the default gzip ratio (100): allow it, to reach the depth bound.
  expect(await ws.problems(config('d.jsonl.gz', { max_decompression_ratio: 1100 }))).toEqual([
    `d.jsonl.gz:2: column 'x' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`,
  ])
  expect(Date.now() - started).toBeLessThan(5000)
  expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024)
})

it('the CLI exits 2 with the problem, no stack trace', async () => {
  ws.write('d.jsonl', file('jsonl', arrays(DEPTH), 'g'))
  ws.write('audit.yml', JSON.stringify(config('d.jsonl')))
  let err = ''
  const code = await runCli(['--config', 'audit.yml'], {
    cwd: ws.dir,
    isTTY: false,
    env: {},
    stdout: () => {},
    stderr: (s) => (err += s),
  })
  expect(code).toBe(2)
  expect(err).toBe(
    `d.jsonl:2: column 'g' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null\nmodel-audit-gate: 1 problem; nothing was audited\n`,
  )
})
