/**
 * A JSON array's empty elements are refused, as JSON.parse, Python's json and pandas refuse them:
 * two commas, a comma first, a comma before the `]` were skipped and the file audited (red team 29
 * R29-5). `[]` is an empty array, a file with no rows.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const run = async (text: string) => {
  ws.write('d.json', text)
  const config = `audits:\n  - name: a\n    data: d.json\n    label: y\n    prediction: p\n    sensitive: [g]\n    confidence: false\n    metrics: [accuracy]\n`
  const out = await runConfigText(config, 'audit.yml', { workspace: ws.dir })
  return out.ok ? out.report.audits[0]?.rows : out.problems.map(formatProblem)
}

const a = '{"y":1,"p":1,"g":"A"}'
const b = '{"y":0,"p":1,"g":"B"}'

describe('a JSON array’s empty elements are refused (red team 29 R29-5)', () => {
  it.each([
    ['two commas', `[${a},,${b}]`, 1, 'a comma with no value before it'],
    ['a comma first', `[,${a}]`, 1, 'a comma with no value before it'],
    ['a comma before the "]"', `[${a},\n${b},\n]`, 3, 'a comma before the closing "]"'],
    ['only a comma', `[ , ]`, 1, 'a comma with no value before it'],
  ])('%s: refused at its line', async (_, text, line, why) => {
    expect(await run(text)).toEqual([
      `d.json:${line}: invalid JSON: an empty element (${why}); expected a JSON array of objects separated by single commas`,
    ])
  })

  it('elements separated by single commas, spaces and newlines between, are read', async () => {
    expect(await run(`[\n  ${a} ,\n  ${b}\n]\n`)).toBe(2)
  })
})
