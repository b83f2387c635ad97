/**
 * A gzip file may expand at most `max_decompression_ratio` times (default 100) past its first
 * MiB, and at most `max_decompressed_bytes` (default 4 GiB, at most 64 GiB) in all (red team 4
 * R4-5: a 29 KB `.csv.gz` of one repeated row, 20 MB and 3.3 million rows, ran past 20 s under
 * the 16 GiB default, which the config could raise without bound).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** `rows` identical rows: deflate's best case, some 700 times. */
const repeated = (rows: number): string => `y,p,g\n${'1,1,a\n'.repeat(rows)}`

/** `rows` rows of a plausible evaluation table: a label, a prediction, a group and a score. */
function realistic(rows: number): string {
  let s = 1
  const r = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
  const out = ['y,p,g,score']
  for (let i = 0; i < rows; i++)
    out.push(`${r() < 0.3 ? 1 : 0},${r() < 0.4 ? 1 : 0},${r() < 0.5 ? 'F' : 'M'},${r().toFixed(6)}`)
  return `${out.join('\n')}\n`
}

describe('gzip expansion is bounded by the committed bytes (red team 4 R4-5)', () => {
  it('a file of one repeated row (about 700 times) is refused by the default ratio, after a few MB at most', async () => {
    ws.writeGz('bomb.csv.gz', repeated(3_300_000))
    const problems = await ws.problems(audit('bomb.csv.gz'))
    expect(problems).toHaveLength(1)
    const m =
      /^bomb\.csv\.gz: expands more than 100 times \(([\d,]+) bytes from the first ([\d,]+) compressed; max_decompression_ratio, past the first MiB\)/.exec(
        problems[0] as string,
      )
    expect(m).not.toBeNull()
    // Stopped long before the 20 MB it holds.
    expect(Number((m?.[1] as string).replace(/,/g, ''))).toBeLessThan(8 * 1024 * 1024)
  })

  it('the config may raise the ratio for a genuine file', async () => {
    ws.writeGz('small-bomb.csv.gz', repeated(400_000))
    expect((await ws.problems(audit('small-bomb.csv.gz')))[0]).toMatch(/expands more than 100 times/)
    const out = await ws.run(audit('small-bomb.csv.gz', { max_decompression_ratio: 1100 }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.rows).toBe(400_000)
  })

  it('a realistic table of several MiB is read with the defaults', async () => {
    ws.writeGz('real.csv.gz', realistic(200_000))
    const out = await ws.run(audit('real.csv.gz', { score: 'score', prediction: undefined, threshold: 0.5 }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.rows).toBe(200_000)
  })

  it('the schema bounds both keys', async () => {
    ws.write('d.csv', 'y,p,g\n1,1,a\n')
    const problems = (
      await ws.problems(audit('d.csv', { max_decompression_ratio: 5000, max_decompressed_bytes: 2 ** 40 }))
    ).join('\n')
    expect(problems).toMatch(/max_decompression_ratio/)
    expect(problems).toMatch(/max_decompressed_bytes/)
  })
})
