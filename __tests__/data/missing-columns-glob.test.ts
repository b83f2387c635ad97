/**
 * A column missing from every file of a glob is one problem, not one a file: one audit of 32 sensitive
 * names no file has, over 1,000 .csv.gz, was 32,000 problems of 4 KB each (their `columns: …` hint), and the
 * action then formatted every one: 120 s of CPU and 539 MB (red team 31 R31-10).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

describe('a column missing from many files of a glob (red team 31 R31-10)', () => {
  it('is one problem at its first file, counting the others', async () => {
    for (let f = 0; f < 40; f++) ws.write(`g/f${String(f).padStart(2, '0')}.csv`, 'y,p,g\n1,1,a\n0,1,b\n')
    const sensitive = Array.from({ length: 5 }, (_, i) => `absent${i}`)
    const config = JSON.stringify({
      audits: [{ name: 'a', data: 'g/*.csv', label: 'y', prediction: 'p', sensitive, metrics: ['accuracy'] }],
    })
    const out = await runConfigText(config, 'audit.yml', { workspace: ws.dir })
    expect(out.ok).toBe(false)
    const problems = out.ok ? [] : out.problems.map(formatProblem)
    expect(problems).toHaveLength(5)
    expect(problems[0]).toMatch(
      /^audit.yml:1:\d+: sensitive column 'absent0' is not in g\/f00\.csv; columns: y, p, g; nor is it in 39 other data files$/,
    )
  })
})
