/**
 * The fast CSV pass starts at the record after the header, where the header's read found it ends
 * (`CsvSource.dataStart`, kept with the header in the run's cache): it does not read the header
 * again. A header over its 1 MiB (red team 12 R12-7: 9,990 names of 104 characters) sent every
 * audit's read of the file to csv-parse, header and rows. Every header shape gives the result, or
 * the problem at the line, that a read by csv-parse alone gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'
import type { ReadLimits } from '../../src/data/table.js'
import { csvAudit } from '../support/csv-audit.js'

const dir = mkdtempSync(join(tmpdir(), 'mag-hstart-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const audit = csvAudit({
  label: 'y',
  prediction: 'p',
  score: 's',
  sensitive: ['g'],
  metrics: ['accuracy', 'roc_auc'],
  missing: 'group',
})

/** A pass over `path`: its result as plain data and the reader, or its problems. */
async function outcome(
  path: string,
  fast: boolean,
  limits: ReadLimits = { maxDecompressionRatio: 1100 },
): Promise<unknown> {
  const table = await openTable(path, 'f.csv', 'csv', undefined, limits)
  try {
    const { acc, stats } = await accumulateRows(audit, [{ table, display: 'f.csv' }], { fast })
    const cell = (c: {
      values: string[]
      tp: number
      fp: number
      tn: number
      fn: number
      sketch: { auc(): unknown } | null
    }) => [c.values, c.tp, c.fp, c.tn, c.fn, c.sketch?.auc()]
    return {
      rows: stats.rows,
      warnings: stats.warnings,
      overall: cell(acc.overall),
      groups: acc.cells.map((m) => [...m.values()].map(cell)),
      fast: stats.reader === 'fast',
    }
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map(formatProblem)
    throw e
  }
}

const rows = (n: number): string[] =>
  Array.from(
    { length: n },
    (_, i) => `${i % 2},${(i >> 1) % 2},0.${String((i * 7919) % 1000).padStart(3, '0')},${'abc'[i % 3]}`,
  )

function write(name: string, bytes: string, gz: boolean): string {
  const path = join(dir, `${name}.csv${gz ? '.gz' : ''}`)
  writeFileSync(path, gz ? gzipSync(bytes) : bytes)
  return path
}

/** 9,990 names, of 105 characters but the audit's four: 1,058,523 bytes, over the fast pass's 1 MiB, within MAX_HEADER_CHARS. */
const longHeader = [
  'y',
  'p',
  's',
  'g',
  ...Array.from({ length: 9986 }, (_, i) => `${'n'.repeat(99)}${String(i).padStart(6, '0')}`),
]
const pad = ','.repeat(9986)

describe('the fast pass starts after the header (red team 12 R12-7)', () => {
  for (const gz of [false, true]) {
    it(`a header over 1 MiB${gz ? ', gzipped' : ''}: the fast pass reads the rows, as csv-parse alone does`, async () => {
      const path = write(
        `long-${gz}`,
        `${longHeader.join(',')}\n${rows(2000)
          .map((r) => r + pad)
          .join('\n')}\n`,
        gz,
      )
      const generic = (await outcome(path, false)) as { fast: boolean }
      const fast = (await outcome(path, true)) as { fast: boolean }
      expect(Array.isArray(generic)).toBe(false)
      // It was `mixed`: csv-parse read the file, header and rows.
      expect(fast.fast).toBe(true)
      expect({ ...fast, fast: false }).toEqual(generic)
    })
  }

  const shapes: [string, string][] = [
    ['LF', `y,p,s,g\n${rows(50).join('\n')}\n`],
    ['CRLF', `y,p,s,g\r\n${rows(50).join('\r\n')}\r\n`],
    ['bare CR', `y,p,s,g\r${rows(50).join('\r')}\r`],
    ['CR then LF lines', `y,p,s,g\r\n\n\n${rows(50).join('\n')}`],
    ['a byte-order mark', `\uFEFFy,p,s,g\n${rows(50).join('\n')}\n`],
    ['empty lines before', `\n\r\n\ny,p,s,g\n${rows(50).join('\n')}\n`],
    [
      'a quoted name with line endings',
      `y,p,s,"g"\n${rows(50).join('\n')}\n`.replace('y,p', '"y",p').replace(',s,', ',"s",'),
    ],
    [
      'quoted line endings in an unread name',
      `y,p,s,g,"x\r\ny\nz"\n${rows(50)
        .map((r) => r + ',1')
        .join('\n')}\n`,
    ],
    [
      'a header past 4 KiB',
      `y,p,s,g,${'h'.repeat(5000)}\n${rows(50)
        .map((r) => r + ',1')
        .join('\n')}\n`,
    ],
    ['only the header, no line ending', 'y,p,s,g'],
    ['only the header', 'y,p,s,g\n'],
    [
      'a bad label on line 9',
      `y,p,s,g\r\n${rows(50)
        .join('\r\n')
        .replace(/^(?:[^\n]*\n){7}\d/, (m) => m.slice(0, -1) + '7')}`,
    ],
    [
      'a ragged row on line 3 after a header of two lines',
      `"y","p","s",g,"x\ny"\n${rows(50)
        .map((r) => r + ',1')
        .join('\n')}\n`.replace(/\n(\d,\d,[^,\n]*,\w,1)\n/, '\n$1,x\n'),
    ],
  ]
  for (const [shape, text] of shapes)
    for (const gz of [false, true])
      it(`${shape}${gz ? ', gzipped' : ''}: the same result or problem as csv-parse alone`, async () => {
        const path = write(`${shape.replace(/\W+/g, '-')}-${gz}`, text, gz)
        const generic = await outcome(path, false)
        const fast = await outcome(path, true)
        const line = /on line (\d+)/.exec(shape)?.[1]
        if (line) expect((generic as string[])[0]).toMatch(new RegExp(`^f\\.csv:${line}:`))
        if (Array.isArray(generic)) expect(fast).toEqual(generic)
        else expect({ ...(fast as object), fast: false }).toEqual(generic)
      })

  for (const gz of [false, true])
    it(`bytes that are not UTF-8 deep in the pass's buffer${gz ? ', gzipped' : ''}: csv-parse reads on to them, not one record a stop`, async () => {
      // 30,000 rows (~400 KB, one buffer), the bad byte in the last: each stop handed csv-parse one record,
      // and the pass stopped again at the next (as it did at any resume point, once the header's end was known).
      const text = `y,p,s,g\n${rows(30_000).join('\n')}\n0,1,0.5,\u0001\n`
      const path = join(dir, `deep-latin1-${gz}.csv${gz ? '.gz' : ''}`)
      const bytes = Buffer.from(text).map((c) => (c === 1 ? 0xe9 : c))
      writeFileSync(path, gz ? gzipSync(bytes) : bytes)
      const table = await openTable(path, 'f.csv', 'csv')
      let reads = 0
      const from = table.recordsFrom?.bind(table)
      const counted = {
        ...table,
        recordsFrom: (...args: Parameters<NonNullable<typeof table.recordsFrom>>) => {
          reads++
          return from?.(...args) ?? (async function* () {})()
        },
      }
      const problems = await accumulateRows(audit, [{ table: counted, display: 'f.csv' }], {}).then(
        () => [],
        (e: unknown) => (e instanceof ProblemError ? e.problems.map(formatProblem) : Promise.reject(e)),
      )
      expect(problems).toEqual(await outcome(path, false))
      expect(problems[0]).toMatch(/^f\.csv:30002: invalid UTF-8/)
      // One read by csv-parse from the stop to the bad byte (it was one a record: 30,000).
      expect(reads).toBe(1)
    })

  it("keeps the header's end with the header in the run's cache", async () => {
    const path = write(
      'cached',
      `\uFEFF${longHeader.join(',')}\r\n${rows(10)
        .map((r) => r + pad)
        .join('\r\n')}\r\n`,
      true,
    )
    const keysOf = { key: 'k', columns: new Map<string, string[]>() }
    const first = await openTable(path, 'f.csv', 'csv', undefined, { keysOf })
    const again = await openTable(path, 'f.csv', 'csv', undefined, { keysOf })
    expect(first.source?.dataStart).toEqual({ offset: 3 + longHeader.join(',').length + 2, line: 2 })
    expect(again.source?.dataStart).toEqual(first.source?.dataStart)
    expect(await outcome(path, true, { keysOf, maxDecompressionRatio: 1100 })).toEqual(await outcome(path, true))
  })
})
