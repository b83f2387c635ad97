/**
 * A deeply nested JSON value in a JSON Lines or JSON array record — 100,000 nested arrays
 * or objects — in a column the audit reads is a problem at its file:line (exit 2), never a
 * stack overflow; in a column the audit does not read, it is ignored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
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
const config = (data: string, extra: Record<string, unknown> = {}) => ({ audits: [{ name: 't', data, label: 'y', prediction: 'p', sensitive: ['g'], ...extra }] })

/** Four records; the second one's `column` holds `deep` (raw JSON text). */
function file(format: 'jsonl' | 'json', deep: string, column: 'y' | 'g' | 'x'): string {
  const second = { y: '0', p: '0', g: '"a"', x: '0', [column]: deep }
  const lines = ['{"y":1,"p":1,"g":"a","x":0}', `{${Object.entries(second).map(([k, v]) => `"${k}":${v}`).join(',')}}`, '{"y":1,"p":0,"g":"b","x":0}', '{"y":0,"p":1,"g":"b","x":0}']
  return format === 'json' ? `[\n${lines.join(',\n')}\n]\n` : `${lines.join('\n')}\n`
}

describe.each(['jsonl', 'json'] as const)('%s', (format) => {
  it.each([
    ['arrays', arrays(DEPTH)],
    ['objects', objects(DEPTH)],
  ])(`100,000 nested %s in a sensitive column: a problem at its line`, async (_kind, deep) => {
    ws.write(`d.${format}`, file(format, deep, 'g'))
    expect(await ws.problems(config(`d.${format}`))).toEqual([`d.${format}:${format === 'json' ? 3 : 2}: column 'g' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`])
  })

  it('100,000 nested arrays in the label column: a problem at its line', async () => {
    ws.write(`d.${format}`, file(format, arrays(DEPTH), 'y'))
    expect(await ws.problems(config(`d.${format}`))).toEqual([`d.${format}:${format === 'json' ? 3 : 2}: column 'y' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null`])
  })

  it('100,000 nested arrays in a column the audit does not read: ignored', async () => {
    ws.write(`d.${format}`, file(format, arrays(DEPTH), 'x'))
    const out = await ws.run(config(`d.${format}`))
    expect(out.ok && out.report.audits[0]?.rows).toBe(4)
  })

  it(`a value ${MAX_CELL_DEPTH} levels deep is still read, as its JSON text`, async () => {
    ws.write(`d.${format}`, file(format, arrays(MAX_CELL_DEPTH), 'g'))
    const out = await ws.run(config(`d.${format}`))
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    expect(out.report.audits[0]?.groups.map((g) => g.key)).toEqual([arrays(MAX_CELL_DEPTH), 'a', 'b'])
  })
})

it('the CLI exits 2 with the problem, no stack trace', async () => {
  ws.write('d.jsonl', file('jsonl', arrays(DEPTH), 'g'))
  ws.write('audit.yml', JSON.stringify(config('d.jsonl')))
  let err = ''
  const code = await runCli(['--config', 'audit.yml'], { cwd: ws.dir, isTTY: false, env: {}, stdout: () => {}, stderr: (s) => (err += s) })
  expect(code).toBe(2)
  expect(err).toBe(`d.jsonl:2: column 'g' holds a value nested more than ${MAX_CELL_DEPTH} levels deep; expected a string, number, boolean or null\nmodel-audit-gate: 1 problem(s); nothing was audited\n`)
})
