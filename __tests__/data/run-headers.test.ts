/**
 * The column names of a run's files are bounded in all, each content once (`MAX_RUN_HEADER_CHARS`):
 * one file's header is (1 MiB), but 400 .csv.gz files of 3.4 KB, each a header of 1 MiB of names,
 * took 25.9 s of CPU and 1,053 MB, exit 0 (red team 29 R29-6).
 */
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_RUN_HEADER_CHARS, runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** A CSV whose header holds `names` unread columns of 100 characters after y, p, g, then two rows. */
function wide(names: number, tag: string): string {
  const unread = Array.from({ length: names }, (_, i) => `${tag}_${i}_`.padEnd(100, 'x'))
  return `y,p,g,${unread.join(',')}\n1,1,a${',0'.repeat(names)}\n0,1,b${',0'.repeat(names)}\n`
}

const config = (data: string) =>
  JSON.stringify({
    audits: [
      { name: 'a', data, label: 'y', prediction: 'p', sensitive: ['g'], confidence: false, metrics: ['accuracy'] },
    ],
  })

describe('the column names of a run’s files are bounded in all (red team 29 R29-6)', () => {
  const perFile = 10_000 * 100
  const files = Math.floor(MAX_RUN_HEADER_CHARS / perFile) + 1

  it(`${files} files of 1 MB of names: exit 2 at the file past the bound, naming it and the bound`, async () => {
    for (let f = 0; f < files; f++) ws.write(`many/f${String(f).padStart(2, '0')}.csv`, wide(9_990, `f${f}`))
    const out = await runConfigText(config('many/*.csv'), 'audit.yml', { workspace: ws.dir })
    expect(out.ok).toBe(false)
    const problems = out.ok ? [] : out.problems.map(formatProblem)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      new RegExp(
        `^many/f${String(files - 1).padStart(2, '0')}\\.csv: its column names take [\\d,]+ characters, past the 16,777,216 the files of a run may have in all`,
      ),
    )
  })

  it('one content read by many audits is charged once: 30 audits of one file of 1 MB of names run', async () => {
    ws.write('one/f.csv', wide(9_990, 'one'))
    const audit = (i: number) => ({
      name: `a${i}`,
      data: 'one/f.csv',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      confidence: false,
      metrics: ['accuracy'],
    })
    const out = await runConfigText(
      JSON.stringify({ audits: Array.from({ length: 30 }, (_, i) => audit(i)) }),
      'audit.yml',
      {
        workspace: ws.dir,
      },
    )
    expect(out.ok ? out.report.audits.length : out.problems.map(formatProblem)).toBe(30)
  })
})

describe('copies of one file are charged each (red team 30 R30-5)', () => {
  it('17 byte-identical copies of a file of 1 MB of names: exit 2 at the 17th', async () => {
    const text = wide(9_990, 'same')
    for (let f = 0; f < 17; f++) ws.write(`copies/f${String(f).padStart(2, '0')}.csv`, text)
    const out = await runConfigText(config('copies/*.csv'), 'audit.yml', { workspace: ws.dir })
    expect(out.ok ? 'ran' : out.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^copies\/f16\.csv: its column names take [\d,]+ characters, past the 16,777,216/),
    ])
  })
})

describe('a header is charged once per audit that parses it (red team 31 R31-5)', () => {
  // 16 .csv.gz of 1 MiB headers read by 50 audits: charged once a content, parsed 800 times, 17 s of CPU.
  it('34 audits of four files of 1 MB of names: refused at the file past the 134,217,728 a run may parse', async () => {
    ws.write('parsed/f0.csv', wide(9_990, 'parsed0'))
    ws.write('parsed/f1.csv', wide(9_990, 'parsed1'))
    ws.write('parsed/f2.csv', wide(9_990, 'parsed2'))
    ws.write('parsed/f3.csv', wide(9_990, 'parsed3'))
    const audit = (i: number) => ({
      name: `a${i}`,
      data: 'parsed/f*.csv',
      label: 'y',
      prediction: 'p',
      sensitive: ['g'],
      confidence: false,
      metrics: ['accuracy'],
    })
    const out = await runConfigText(
      JSON.stringify({ audits: Array.from({ length: 34 }, (_, i) => audit(i)) }),
      'a.yml',
      {
        workspace: ws.dir,
      },
    )
    expect(out.ok ? out.report.audits.length : out.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^parsed\/f[0-3]\.csv: the run's audits parse column names of [\d,]+ characters with this file's, past the 134,217,728 a run may parse in all/,
      ),
    ])
  })
})
