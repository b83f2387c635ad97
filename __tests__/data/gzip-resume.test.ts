/**
 * A gzipped CSV is inflated once a pass, whatever records the fast pass leaves to csv-parse (red
 * team 12 R12-6): a `.csv.gz` whose first record holds a cell over the fast pass's 1 MiB, then
 * millions of short rows, was read by csv-parse to its end (each read inflated the file from its
 * first byte, so csv-parse read on rather than hand back), ~40 s of CPU an audit where the fast
 * pass takes under 1. Now csv-parse reads the long record from the bytes the pass inflated and
 * the pass reads on from there: the same counts, groups, AUCs and problems as the same file
 * uncompressed and as a read by csv-parse alone, with csv-parse handed only the long records and
 * csv-parse reading from the pass's inflation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'
import type { ReadLimits, Table } from '../../src/data/table.js'
import { csvAudit } from '../support/csv-audit.js'

const dir = mkdtempSync(join(tmpdir(), 'mag-gzresume-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const auditOf = (extra: Record<string, unknown> = {}): AuditConfig =>
  csvAudit(
    {
      label: 'y',
      prediction: 'p',
      score: 's',
      sensitive: ['a', 'b'],
      intersections: [['a', 'b']],
      metrics: ['accuracy', 'roc_auc'],
      missing: 'group',
    },
    extra,
  )

/** A row of simple cells: a few labels, scores and groups (header y,p,s,a,b,w). */
function row(i: number): string {
  const a = ['a', 'b', 'c', 'é'][i % 4] as string
  const b = ['p', 'q'][(i >> 2) % 2] as string
  return `${i % 2},${(i >> 1) % 2},0.${String((i * 7919) % 1000).padStart(3, '0')},${a},${b},${(i % 3) + 1}`
}

const BIG = 'x'.repeat((1 << 20) + 1000)
const rows = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => row(i + from))

interface Outcome {
  result?: unknown
  problems?: string[]
  /** Records csv-parse handed over where the fast pass stopped (`recordsFrom`). */
  handed: number
  /** Reads by csv-parse of the file's bytes of its own (a gzipped file inflated again from its start), not the pass's. */
  ownReads: number
  watched: string[]
}

/** A pass over `path` (fast or csv-parse alone), as plain data to compare, or the problems it stopped on. */
async function outcome(
  path: string,
  audit: AuditConfig,
  fast: boolean,
  chunkBytes?: number,
  limits: ReadLimits = { maxDecompressionRatio: 1100 },
): Promise<Outcome> {
  const base = await openTable(path, 'f.csv', 'csv', undefined, limits)
  let handed = 0
  let ownReads = 0
  const from = base.recordsFrom?.bind(base)
  const table: Table = {
    ...base,
    recordsFrom: async function* (...args: Parameters<NonNullable<Table['recordsFrom']>>) {
      if (args[2] === undefined) ownReads++
      for await (const r of from?.(...args) ?? []) {
        handed++
        yield r
      }
    },
  }
  const watched: string[] = []
  const onTable = {
    before: (_t: Table, display: string) => void watched.push(`before ${display}`),
    after: (_t: Table, display: string, n: number) => void watched.push(`after ${display} ${n}`),
  }
  const done = (o: Omit<Outcome, 'handed' | 'ownReads' | 'watched'>): Outcome => ({
    ...o,
    handed,
    ownReads,
    watched,
  })
  try {
    const { acc, stats } = await accumulateRows(audit, [{ table, display: 'f.csv' }], { fast, chunkBytes, onTable })
    const group = (c: {
      values: string[]
      tp: number
      fp: number
      tn: number
      fn: number
      sketch: { auc(): unknown } | null
    }) => [c.values, c.tp, c.fp, c.tn, c.fn, c.sketch?.auc()]
    return done({
      result: {
        rows: stats.rows,
        dropped: stats.dropped,
        missingAsGroup: stats.missingAsGroup,
        warnings: stats.warnings,
        overall: group(acc.overall),
        groups: acc.cells.map((m) =>
          [...m.values()].map(group).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        ),
      },
    })
  } catch (e) {
    if (e instanceof ProblemError) return done({ problems: e.problems.map(formatProblem) })
    throw e
  }
}

/** `lines` as a file, plain and gzipped: their paths. */
function write(name: string, lines: string[], eol = '\n'): { plain: string; gz: string } {
  const text = lines.join(eol) + eol
  const plain = join(dir, `${name}.csv`)
  const gz = join(dir, `${name}.csv.gz`)
  writeFileSync(plain, text)
  writeFileSync(gz, gzipSync(text))
  return { plain, gz }
}

describe('a gzipped CSV is inflated once a pass, whatever records the fast pass leaves to csv-parse (red team 12 R12-6)', () => {
  it('a cell over 1 MiB in the first record, then many short rows: csv-parse reads that record, the fast pass the rest', async () => {
    const { plain, gz } = write('r126', ['y,p,s,a,b,w', `1,0,0.5,a,p,"${BIG}"`, ...rows(60_000)])
    const audit = auditOf()
    const generic = await outcome(gz, audit, false)
    const fast = await outcome(gz, audit, true)
    expect(fast.result).toBeDefined()
    expect(fast.result).toEqual(generic.result)
    expect(fast.result).toEqual((await outcome(plain, audit, true)).result)
    expect(fast.watched).toEqual(generic.watched)
    // csv-parse was handed the long record only (it read all 60,001 before), from the pass's one inflation.
    expect({ handed: fast.handed, ownReads: fast.ownReads }).toEqual({ handed: 1, ownReads: 0 })
  })

  const cases: [string, string[], string][] = [
    [
      'at the start, in the middle and at the end',
      [
        'y,p,s,a,b,w',
        `1,0,0.5,a,p,"${BIG}"`,
        ...rows(2500),
        `1,1,0.5,b,q,${BIG}`,
        ...rows(2500, 2500),
        `0,0,0.25,c,p,"${BIG}"`,
      ],
      '\n',
    ],
    [
      'back to back, CRLF',
      ['y,p,s,a,b,w', ...rows(10), `1,0,0.5,a,p,"${BIG}"`, `0,1,0.5,b,p,${BIG}`, ...rows(3000, 10)],
      '\r\n',
    ],
    [
      'quoted line endings before, bare CR',
      ['y,p,s,a,b,w', '1,0,0.5,"a\r\nb\rc",p,1', ...rows(3000), `0,0,0.5,b,q,"${BIG}"`, ...rows(5)],
      '\r',
    ],
  ]
  for (const [where, lines, eol] of cases) {
    it(`cells over 1 MiB ${where}: the same result as the file uncompressed and as csv-parse alone`, async () => {
      const { plain, gz } = write(where.replace(/\W+/g, '-'), lines, eol)
      const audit = auditOf()
      const generic = await outcome(gz, audit, false)
      expect(generic.problems ?? generic.result).toEqual(generic.result)
      const longs = lines.filter((l) => l.length > 1 << 20).length
      for (const chunk of [undefined, 4096]) {
        const fast = await outcome(gz, audit, true, chunk)
        expect(fast.result).toEqual(generic.result)
        expect(fast.watched).toEqual(generic.watched)
        expect({ chunk, handed: fast.handed, ownReads: fast.ownReads }).toEqual({ chunk, handed: longs, ownReads: 0 })
      }
      expect((await outcome(plain, audit, true)).result).toEqual(generic.result)
    })
  }

  it('a problem after a long record, or in it: the problem a read by csv-parse names', async () => {
    const files = [
      ['y,p,s,a,b,w', `1,0,0.5,a,p,"${BIG}"`, ...rows(3000), '7,0,0.5,a,p,1', ...rows(10)],
      ['y,p,s,a,b,w', ...rows(3000), `1,0,0.5,a,p,"${BIG}"`, '1,0,0.5,a,p', ...rows(10)],
      ['y,p,s,a,b,w', ...rows(3000), `1,0,0.5,a,p,"${BIG}`],
      ['y,p,s,a,b,w', ...rows(100), `1,0,0.5,${BIG},p,1`, ...rows(100)],
      ['y,p,s,a,b,w', ...rows(100), `1,0,0.5,a,p,${BIG}${BIG}${BIG}${BIG}${BIG}${BIG}${BIG}${BIG}`, ...rows(100)],
    ]
    for (const [i, lines] of files.entries()) {
      const { plain, gz } = write(`bad-${i}`, lines)
      const audit = auditOf({ max_groups: 10 })
      const generic = await outcome(gz, audit, false)
      expect(generic.problems).toBeDefined()
      expect((await outcome(gz, audit, true)).problems).toEqual(generic.problems)
      expect((await outcome(plain, audit, true)).problems).toEqual((await outcome(plain, audit, false)).problems)
    }
  })

  it('a ragged record, then bytes that are not UTF-8 on the next line: the ragged record, first in the file', async () => {
    // Which came first once hung on the chunks csv-parse and the UTF-8 guard met (fastcsv-resume's
    // property test found it at 500 runs): the guard now ends csv-parse's bytes before the bad one,
    // and the problem is reported after the records ahead of it (utf8-file-order.test.ts).
    const text =
      ['y,p,s,a,b,w', ...rows(1500), '1,0,0.5,a,p', '0,1,0.25,\u0001,q,2', ...rows(1500, 1500)].join('\n') + '\n'
    const gz = join(dir, 'ragged-then-latin1.csv.gz')
    writeFileSync(gz, gzipSync(Buffer.from(text).map((c) => (c === 1 ? 0xfe : c))))
    for (const weight of [{}, { weight: 'w' }]) {
      const audit = auditOf(weight)
      const generic = await outcome(gz, audit, false)
      expect(generic.problems?.[0]).toMatch(/^f\.csv:1502: expected 6 fields like the header, found 5$/)
      for (const chunk of [7, 64, 4096, undefined])
        expect((await outcome(gz, audit, true, chunk)).problems).toEqual(generic.problems)
    }
  })

  it('past the decompressed-size cap after a long record: the cap’s problem, as a read by csv-parse gives (csv-parse may meet it first, reading ahead)', async () => {
    const { gz } = write('capped', ['y,p,s,a,b,w', `1,0,0.5,a,p,"${BIG}"`, ...rows(200_000)])
    const limits: ReadLimits = { maxDecompressedBytes: 3_000_000, maxDecompressionRatio: 1100 }
    const audit = auditOf()
    const generic = await outcome(gz, audit, false, undefined, limits)
    expect(generic.problems).toEqual([
      'f.csv: expands to more than 3,000,000 bytes when decompressed (max_decompressed_bytes); raise the cap if the file is genuine',
    ])
    const fast = await outcome(gz, audit, true, undefined, limits)
    expect(fast.problems).toEqual(generic.problems)
  })
})
