/**
 * Bytes after a gzip file's last member: zlib stops without a word at bytes that cannot start
 * another member (zero padding, text), so rows written after them were audited by no one while
 * Python's gzip (and pandas) reads them: a red gate could turn green. Now such a file is refused
 * by every reader; members simply concatenated (`cat a.gz b.gz`) are still read whole.
 */
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const good = `y,p,sex\n${'1,1,f\n0,0,f\n'.repeat(10)}${'1,1,m\n0,0,m\n'.repeat(10)}`
const bad = '1,0,m\n0,1,m\n'.repeat(100)
const gate = {
  min_group_size: 1,
  gates: [{ metric: 'accuracy_difference', attribute: 'sex', max: 0.1 }],
  sensitive: ['sex'],
}

const padded = (first: string, second: string): Buffer =>
  Buffer.concat([gzipSync(first), Buffer.alloc(8), gzipSync(second)])

describe('gzip data after the last member', () => {
  it.each([
    ['CSV, fast pass', 'a.csv.gz', padded(good, bad), {}],
    ['CSV, csv-parse', 'b.csv.gz', padded(good.replace('y,p,sex', 'y,p,"sex"'), bad), {}],
    ['JSONL', 'c.jsonl.gz', padded('{"y":1,"p":1,"sex":"f"}\n', '{"y":1,"p":0,"sex":"m"}\n'), {}],
    [
      'JSON',
      'd.json.gz',
      Buffer.concat([gzipSync('[{"y":1,"p":1,"sex":"f"},{"y":0,"p":0,"sex":"m"}]'), Buffer.from('\0\0junk')]),
      {},
    ],
  ])('%s: refused, naming the bytes left over', async (_label, name, bytes, extra) => {
    ws.write(name, bytes)
    const problems = await ws.problems(audit(name, { ...gate, ...extra }))
    expect(problems.join('\n')).toMatch(
      new RegExp(
        `${name.replace(/\./g, '\\.')}: has [\\d,]+ bytes after the end of its gzip data \\(from byte [\\d,]+\\), which would not be audited`,
      ),
    )
  })

  it('concatenated members are read whole, so the gate sees every row and fails', async () => {
    ws.write('e.csv.gz', Buffer.concat([gzipSync(good), gzipSync(bad)]))
    const out = await ws.run(audit('e.csv.gz', gate))
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    expect(out.report.audits[0]!.rows).toBe(240)
    expect(out.report.passed).toBe(false)
  })
})
