/**
 * csv-parse reads on where the fast CSV pass stops (red team 11 R11-9): a record the fast pass
 * leaves to csv-parse — ragged, a stray quote, text after a closing quote, an unclosed quote, bytes
 * that are not UTF-8, a weight outside the weights a row may have, a record over 1 MiB — at the
 * start, in the middle or at the end of a file, or in the second of three, gives the same counts,
 * groups and AUCs, or the same problems (file:line:column and message), as a read of every file by
 * csv-parse; the fast pass is not started again from the first byte (each file is told to the
 * run's watch once, with its rows), and the next file goes back to the fast pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'
import type { Table } from '../../src/data/table.js'
import { csvAudit } from '../support/csv-audit.js'
import { fuzzRuns, fuzzTimeout } from '../support/fuzz.js'

const dir = mkdtempSync(join(tmpdir(), 'mag-resume-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `table`, and how many records its `recordsFrom` (the read that resumes where the fast pass stopped) handed over. */
function countingResume(table: Table): { table: Table; handed: () => number } {
  let handed = 0
  const from = table.recordsFrom?.bind(table)
  return {
    table: {
      ...table,
      recordsFrom: async function* (...args: Parameters<NonNullable<Table['recordsFrom']>>) {
        for await (const r of from?.(...args) ?? []) {
          handed++
          yield r
        }
      },
    },
    handed: () => handed,
  }
}

const auditOf = (extra: Record<string, unknown>): AuditConfig =>
  csvAudit(
    {
      label: 'y',
      prediction: 'p',
      score: 's',
      sensitive: ['a', 'b'],
      intersections: [['a', 'b']],
      metrics: ['accuracy', 'roc_auc'],
    },
    extra,
  )

interface Outcome {
  result?: unknown
  problems?: string[]
  reader?: string
  /** Each file as the run's watch was told of it: `before` calls, and the rows `after` was told. */
  watched: string[]
}

/** What a pass over `paths` produced, as plain data to compare, or the problems it stopped on. */
async function outcome(paths: string[], audit: AuditConfig, fast: boolean, chunkBytes?: number): Promise<Outcome> {
  const watched: string[] = []
  const onTable = {
    before: (_t: Table, display: string) => void watched.push(`before ${display}`),
    after: (_t: Table, display: string, rows: number) => void watched.push(`after ${display} ${rows}`),
  }
  try {
    const tables = []
    for (const [i, path] of paths.entries()) {
      const display = `f${i}.csv`
      tables.push({ table: await openTable(path, display, 'csv'), display })
    }
    const { acc, stats } = await accumulateRows(audit, tables, { fast, chunkBytes, onTable })
    const group = (c: {
      values: string[]
      tp: number
      fp: number
      tn: number
      fn: number
      sketch: { auc(): unknown } | null
    }) => [c.values, c.tp, c.fp, c.tn, c.fn, c.sketch?.auc()]
    return {
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
      reader: stats.reader,
      watched,
    }
  } catch (e) {
    if (e instanceof ProblemError) return { problems: e.problems.map(formatProblem), watched }
    throw e
  }
}

/** The records the fast pass leaves to csv-parse, in a file of header y,p,s,a,b,w (w: the weight). */
const STOPS = {
  ragged: '1,0,0.5,a,p',
  wide: '1,0,0.5,a,p,1,extra',
  strayQuote: '1,0,0.5,a"b,p,1',
  afterClosingQuote: '1,0,0.5,"a"b,p,1',
  notUtf8: '1,0,0.5,\xff,p,1',
  weightTooLarge: '1,0,0.5,a,p,1e13',
  unclosedQuote: '1,0,0.5,"a,p,1',
  // Over the fast pass's 1 MiB, within csv-parse's 8 MiB: a weight problem, or a column no audit reads.
  long: `1,0,0.5,a,p,"${'x'.repeat((1 << 20) + 100)}"`,
} as const
type Stop = keyof typeof STOPS

const EOLS = ['\n', '\r\n', '\r', 'mixed'] as const

interface Spec {
  rows: number
  /** Where in the rows the stop record goes: 0 first, 1 middle, 2 last. */
  place: number
  stop: Stop
  eol: (typeof EOLS)[number]
  bom: boolean
  quoted: boolean
  /** A second problem this many rows after the stop (bytes that are not UTF-8), or none. */
  laterBadByte: number | null
}

/** A row of simple cells: a few labels, scores and groups. */
function row(i: number, quoted: boolean): string {
  const a = ['a', 'b', 'c', 'é'][i % 4] as string
  const b = ['p', 'q'][(i >> 2) % 2] as string
  const s = `0.${String((i * 7919) % 1000).padStart(3, '0')}`
  return `${i % 2},${(i >> 1) % 2},${s},${quoted && i % 5 === 0 ? `"${a}"` : a},${b},${(i % 3) + 1}`
}

function buildFile(spec: Spec): Buffer {
  const lines = ['y,p,s,a,b,w']
  const at = spec.place === 0 ? 0 : spec.place === 1 ? Math.floor(spec.rows / 2) : spec.rows
  for (let i = 0; i < spec.rows; i++) {
    if (i === at) lines.push(STOPS[spec.stop])
    lines.push(spec.laterBadByte !== null && i === at + spec.laterBadByte ? '0,1,0.25,\xfe,q,2' : row(i, spec.quoted))
  }
  if (at === spec.rows) lines.push(STOPS[spec.stop])
  let out = spec.bom ? '\uFEFF' : ''
  lines.forEach((l, i) => {
    out += l + (spec.eol === 'mixed' ? (['\n', '\r\n', '\r'][i % 3] as string) : spec.eol)
  })
  // The two stand-ins for bytes that are not UTF-8, as those bytes.
  return Buffer.from(out.replace(/\xff/g, '\u0001').replace(/\xfe/g, '\u0002'), 'utf8').map((c) =>
    c === 1 ? 0xff : c === 2 ? 0xfe : c,
  ) as Buffer
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  // Up to ~150 KB: the point csv-parse reads on from is past its first 64 KiB read, or not.
  rows: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 3000, max: 9000 })),
  place: fc.integer({ min: 0, max: 2 }),
  // A long record costs csv-parse ~0.3 s a read: one case in about fifteen.
  stop: fc.oneof(
    { arbitrary: fc.constantFrom(...(Object.keys(STOPS) as Stop[]).filter((k) => k !== 'long')), weight: 14 },
    { arbitrary: fc.constant<Stop>('long'), weight: 1 },
  ),
  eol: fc.constantFrom(...EOLS),
  bom: fc.boolean(),
  quoted: fc.boolean(),
  laterBadByte: fc.option(fc.constantFrom(0, 1, 5, 300, 3000), { freq: 3 }),
})

const RUNS = fuzzRuns(100)

describe('csv-parse reads on where the fast CSV pass stops', () => {
  it(
    `gives what a read of every file by csv-parse gives (${RUNS} runs, fixed seed)`,
    async () => {
      let n = 0
      let mixed = 0
      await fc.assert(
        fc.asyncProperty(
          specArb,
          fc.integer({ min: 0, max: 2 }),
          fc.boolean(),
          fc.boolean(),
          fc.option(fc.constantFrom(7, 64, 4096)),
          async (spec, which, gz, weighted, chunk) => {
            // Three files; the one at `which` holds the stop, the others are clean.
            const paths = [0, 1, 2].map((i) => {
              const path = join(dir, `r${n}-${i}.csv${gz ? '.gz' : ''}`)
              const bytes =
                i === which ? buildFile(spec) : buildFile({ ...spec, rows: 50, place: 3, laterBadByte: null })
              writeFileSync(path, gz ? gzipSync(bytes) : bytes)
              return path
            })
            n++
            const audit = auditOf({ missing: 'group', ...(weighted ? { weight: 'w' } : {}) })
            const generic = await outcome(paths, audit, false)
            // Tiny buffers rescan a cut record at each read: not for a 1 MiB one.
            const bytes = spec.stop === 'long' && chunk !== null ? Math.max(chunk, 4096) : (chunk ?? undefined)
            const fast = await outcome(paths, audit, true, bytes)
            expect(fast.problems ?? fast.result).toEqual(generic.problems ?? generic.result)
            // Each file told to the run's watch once, with the same rows: nothing read twice.
            expect(fast.watched).toEqual(generic.watched)
            if (fast.result && fast.reader === 'mixed') mixed++
          },
        ),
        { seed: 20261202, numRuns: RUNS },
      )
      // Some stops are not problems (a long record in a column the audit does not read): the
      // pass went on from them with csv-parse.
      expect(mixed).toBeGreaterThan(0)
    },
    fuzzTimeout(RUNS, 120),
  )
})

describe('csv-parse reads on where the fast CSV pass stops: records the fast pass does not hold', () => {
  const big = 'x'.repeat((1 << 20) + 1000)
  const lines = (n: number, from = 0) => Array.from({ length: n }, (_, i) => row(i + from, false))
  const cases: [string, string[]][] = [
    ['first', ['y,p,s,a,b,w', `1,0,0.5,"${big}",p,1`, ...lines(5000)]],
    ['middle', ['y,p,s,a,b,w', ...lines(2500), `1,1,0.5,a,p,"${big}"`, ...lines(2500, 2500)]],
    ['last', ['y,p,s,a,b,w', ...lines(5000), `0,0,0.5,b,q,1,${big}`]],
    [
      'last, quoted line endings before',
      ['y,p,s,a,b,w', '1,0,0.5,"a\r\nb\rc",p,1', ...lines(5000), `0,0,0.5,b,q,"${big}"`],
    ],
  ]
  for (const [where, file] of cases) {
    it(`a record over 1 MiB, ${where}: the same result or problem as csv-parse's`, async () => {
      const path = join(dir, `big-${where.replace(/\W+/g, '-')}.csv`)
      writeFileSync(path, file.join('\n') + '\n')
      const audit = auditOf({ missing: 'group', max_groups: 10 })
      const generic = await outcome([path], audit, false)
      const fast = await outcome([path], audit, true)
      expect(fast.problems ?? fast.result).toEqual(generic.problems ?? generic.result)
      expect(fast.watched).toEqual(generic.watched)
      if (fast.result) expect(fast.reader).toBe('mixed')
    })
  }

  it('bytes that are not UTF-8 after lines that bare and quoted CRs end: the line a whole read names', async () => {
    // The UTF-8 guard counts LFs, csv-parse every CR and LF: csv-parse reads on from the buffer
    // that holds the byte, and the line counts the LFs before it too.
    const path = join(dir, 'utf8-line.csv')
    const head = ['y,p,s,a,b,w', '1,0,0.5,"a\rb\r\nc",p,1', ...lines(4000)].join('\r') + '\r'
    const tail = [...lines(3000), '1,0,0.5,\u0001,p,1', ...lines(10)].join('\n') + '\n'
    writeFileSync(path, Buffer.concat([Buffer.from(head), Buffer.from(tail).map((c) => (c === 1 ? 0xff : c))]))
    const audit = auditOf({ missing: 'group' })
    const generic = await outcome([path], audit, false)
    expect(generic.problems?.[0]).toMatch(/^f0\.csv:3002: invalid UTF-8/)
    for (const chunk of [4096, 65536, undefined]) {
      const fast = await outcome([path], audit, true, chunk)
      expect(fast.problems).toEqual(generic.problems)
    }
  })
})

describe('the fast CSV pass reads on after the record csv-parse read for it', () => {
  it('a record over 1 MiB at a file’s start: csv-parse reads that record, the fast pass the rest', async () => {
    const big = 'x'.repeat((1 << 20) + 1000)
    const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => row(i + from, false))
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const tail of [[], ['1,0,0.5,a,p']]) {
        const lines = [
          'y,p,s,a,b,w',
          `1,0,0.5,a,p,"${big}"`,
          ...rows(3000, 0),
          `0,1,0.5,b,q,${big}`,
          '',
          ...rows(3000, 3000),
          ...tail,
        ]
        const path = join(dir, `again-${eol.length}-${tail.length}.csv`)
        writeFileSync(path, lines.join(eol) + eol)
        const audit = auditOf({ missing: 'group' })
        const generic = await outcome([path], audit, false)
        const { table: counted, handed } = countingResume(await openTable(path, 'f0.csv', 'csv'))
        let problems: string[] | undefined
        try {
          await accumulateRows(audit, [{ table: counted, display: 'f0.csv' }], {})
        } catch (e) {
          if (!(e instanceof ProblemError)) throw e
          problems = e.problems.map(formatProblem)
        }
        const fast = await outcome([path], audit, true)
        expect(fast.problems ?? fast.result).toEqual(generic.problems ?? generic.result)
        expect(problems).toEqual(generic.problems)
        // The two long records: csv-parse hands over no other (the ragged last one is its problem).
        expect({ eol, handed: handed() }).toEqual({ eol, handed: 2 })
      }
    }
  })

  it('a gzipped file: csv-parse reads that record from the pass’s inflation, the fast pass the rest (red team 12 R12-6)', async () => {
    const big = 'x'.repeat((1 << 20) + 1000)
    const lines = ['y,p,s,a,b,w', `1,0,0.5,a,p,"${big}"`, ...Array.from({ length: 3000 }, (_, i) => row(i, false))]
    const path = join(dir, 'again.csv.gz')
    writeFileSync(path, gzipSync(lines.join('\n') + '\n'))
    const audit = auditOf({ missing: 'group', max_decompression_ratio: 1100 })
    const generic = await outcome([path], audit, false)
    const { table: counted, handed } = countingResume(await openTable(path, 'f0.csv', 'csv'))
    const { stats } = await accumulateRows(audit, [{ table: counted, display: 'f0.csv' }], {})
    expect(stats.rows).toBe(3001)
    // It read on to the end (3,001 records) when each read inflated the file from its start.
    expect(handed()).toBe(1)
    expect((await outcome([path], audit, true)).result).toEqual(generic.result)
  })
})
