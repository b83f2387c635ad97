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

  it("a run's files share 16 MiB free of the ratio check, not a MiB each (red team 6 N6-1)", async () => {
    // Each file expands about 700 times to 2 MiB: alone, within its first free MiB plus the ratio
    // for the rest? No: 2 MiB from ~3 KB is past 1 MiB + 100 × 3 KB. At 1 MiB each (inside the
    // free MiB), 40 such files are 40 MiB free of the check: past the run's 16 MiB.
    const oneMiB = repeated(Math.floor((1024 * 1024 - 64) / 6))
    for (let i = 0; i < 40; i++) ws.writeGz(`shards/s${String(i).padStart(2, '0')}.csv.gz`, oneMiB)
    expect((await ws.run(audit('shards/s00.csv.gz'))).ok).toBe(true)
    const problems = await ws.problems(audit('shards/*.csv.gz'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^shards\/s\d\d\.csv\.gz: expands more than 100 times .*, which the run's earlier files have used up\)/,
    )
    // The first 16 files (16 MiB) were read with their free MiB.
    expect(problems[0]).not.toMatch(/^shards\/s(0\d|1[0-4])\.csv\.gz/)
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

describe('a run opens at most MAX_RUN_DATA_FILES data files over all its audits (red team 6 N6-1)', () => {
  it('three audits of 400 files each: the third is refused before its files are opened', async () => {
    const { MAX_RUN_DATA_FILES } = await import('../../src/audit.js')
    for (let i = 0; i < 400; i++) ws.write(`many/p${String(i).padStart(3, '0')}.csv`, 'y,p,g\n1,1,a\n0,0,b\n')
    const one = (name: string) => ({ name, data: 'many/*.csv', label: 'y', prediction: 'p', sensitive: ['g'] })
    const problems = await ws.problems({ audits: [one('a'), one('b'), one('c')] })
    expect(MAX_RUN_DATA_FILES).toBe(1000)
    expect(problems).toEqual([
      expect.stringMatching(
        /: the audits of this run read more than 1,000 data files in all \(1,200 with this audit's 400\)/,
      ),
    ])
  })
})

describe("opening a run's files costs a header each, not their first chunks (red team 7 R7-5)", () => {
  it("a CSV header read parses one record: a bad row later in the header's chunk is the pass's problem", async () => {
    const { openTable } = await import('../../src/data/readers.js')
    // Line 3 has a field too many. Parsing the whole first chunk, the header read failed on it
    // (and paid for every row of a file's first chunks: 1,000 such .csv.gz files took 18 s of CPU).
    const path = ws.writeGz('late-bad.csv.gz', `y,p,g\n1,1,a\n1,1,a,extra\n${'1,1,a\n'.repeat(10_000)}`)
    const table = await openTable(path, 'late-bad.csv.gz', 'csv', ',', {})
    expect(table.columns).toEqual(['y', 'p', 'g'])
    // The pass still finds it, at its line.
    expect(await ws.problems(audit('late-bad.csv.gz'))).toEqual([
      expect.stringMatching(/^late-bad\.csv\.gz:3: expected 3 fields like the header, found 4/),
    ])
  })

  it('an audit stops opening its files after MAX_FILE_PROBLEMS of them fail, and says how many it left', async () => {
    const { MAX_FILE_PROBLEMS } = await import('../../src/audit.js')
    expect(MAX_FILE_PROBLEMS).toBe(10)
    for (let i = 0; i < 30; i++) ws.write(`empty/e${String(i).padStart(2, '0')}.csv`, '')
    const problems = await ws.problems(audit('empty/*.csv'))
    expect(problems).toHaveLength(11)
    // Sorted by file: the config's line first, then the ten files opened.
    expect(problems[0]).toMatch(
      /^audit\.yml:\d+:\d+: 20 more data files not opened after 10 with problems; fix those first$/,
    )
    expect(problems.slice(1)).toEqual(
      Array.from({ length: 10 }, (_, i) => `empty/e0${i}.csv:1: the file is empty; expected a header row`),
    )
  })
})
