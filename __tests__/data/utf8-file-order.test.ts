/**
 * Bytes that are not UTF-8 are reported in file order: a problem on an earlier line (a weight out
 * of bounds, a ragged record) is the one named, by csv-parse's read of a whole file as by the fast
 * pass, whatever chunks the bytes come in. The UTF-8 guard once failed the stream at the chunk that
 * held the bad byte, which destroyed the records csv-parse had parsed from that chunk and not yet
 * handed over: the same file named line N's weight or line N+1's bytes depending on the chunk
 * (found by the resume property, `fastcsv-resume.test.ts`, at its 481st run).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, ProblemError } from '../../src/config/problem.js'
import { accumulateRows } from '../../src/data/extract.js'
import { openTable } from '../../src/data/readers.js'
import { csvAudit } from '../support/csv-audit.js'

const dir = mkdtempSync(join(tmpdir(), 'mag-utf8-order-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const audit = csvAudit({ label: 'y', prediction: 'p', sensitive: ['a'], metrics: ['accuracy'], weight: 'w' })

/** The file's bytes, each `\xfe` in `text` written as that byte (not its UTF-8 encoding). */
function bytesOf(text: string): Buffer {
  return Buffer.from(text.replace(/\xfe/g, '\u0002'), 'utf8').map((c) => (c === 2 ? 0xfe : c)) as Buffer
}

let n = 0
/** The problems of a pass over `text` as one file `f.csv` (gzipped or not), by csv-parse alone or by the fast pass. */
async function problemsOf(text: string, gz: boolean, fast: boolean, chunkBytes?: number): Promise<string[]> {
  const path = join(dir, `f${n++}.csv${gz ? '.gz' : ''}`)
  const bytes = bytesOf(text)
  writeFileSync(path, gz ? gzipSync(bytes) : bytes)
  try {
    await accumulateRows(audit, [{ table: await openTable(path, 'f.csv', 'csv'), display: 'f.csv' }], {
      fast,
      chunkBytes,
    })
    return []
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map(formatProblem)
    throw e
  }
}

const rows = (k: number, eol: string) =>
  Array.from({ length: k }, (_, i) => `${i % 2},${(i >> 1) % 2},g${i % 3},1`).join(eol)

describe('bytes that are not UTF-8 after an earlier problem', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    for (const gz of [false, true]) {
      const name = `${JSON.stringify(eol)}${gz ? ', gzipped' : ''}`
      it(`a weight out of bounds on the line before is the problem named (${name})`, async () => {
        // Line 1 the header, 2..1501 rows, 1502 the weight, 1503 the bad byte: all in one 64 KiB read.
        const text = ['y,p,a,w', rows(1500, eol), '1,0,g1,1e13', '0,1,\xfe,2', rows(20, eol), ''].join(eol)
        const weight = `f.csv:1502:4: weight column 'w' has "1e13"; expected 0 or a number from 1e-12 to 1e12 (no sampled row stands for more)`
        expect(await problemsOf(text, gz, false)).toEqual([weight])
        for (const chunk of [undefined, 7, 64, 4096]) expect(await problemsOf(text, gz, true, chunk)).toEqual([weight])
      })

      it(`a ragged record on the line before is the problem named (${name})`, async () => {
        const text = ['y,p,a,w', rows(40, eol), '1,0,g1', '0,1,\xfe,2', ''].join(eol)
        const generic = await problemsOf(text, gz, false)
        expect(generic).toHaveLength(1)
        expect(generic[0]).toMatch(/^f\.csv:42(:\d+)?: expected 4 fields like the header, found 3$/)
        expect(await problemsOf(text, gz, true, 7)).toEqual(generic)
      })
    }
  }

  it('a line cut short by the bad byte is reported as not UTF-8, not as a record of fewer fields', async () => {
    const text = ['y,p,a,w', rows(40, '\n'), '0,1,g\xfe1,2', rows(5, '\n'), ''].join('\n')
    const utf8 = [
      'f.csv:42: invalid UTF-8 (bytes fe 31 2c 32); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
    ]
    for (const gz of [false, true]) {
      expect(await problemsOf(text, gz, false)).toEqual(utf8)
      expect(await problemsOf(text, gz, true, 7)).toEqual(utf8)
    }
  })

  it('a bad byte inside a quoted field over two lines is reported as not UTF-8, not as an unclosed quote', async () => {
    const text = ['y,p,a,w', rows(40, '\n'), '0,1,"g1', 'more \xfe",2', rows(5, '\n'), ''].join('\n')
    const utf8 = [
      'f.csv:43: invalid UTF-8 (bytes fe 22 2c 32); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
    ]
    for (const gz of [false, true]) expect(await problemsOf(text, gz, false)).toEqual(utf8)
  })

  it('a bad byte in the header is the problem named', async () => {
    expect(await problemsOf('y,p,a\xfe,w\n1,0,g,1\n', false, false)).toEqual([
      'f.csv:1: invalid UTF-8 (bytes fe 2c 77 0a); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
    ])
  })
})

describe('bytes that are not UTF-8 in JSON Lines and JSON arrays', () => {
  const jsonAudit = (format: string) =>
    csvAudit({ label: 'y', prediction: 'p', sensitive: ['a'], metrics: ['accuracy'], weight: 'w', format })

  /** The problems of a pass over `text` as one file of `format` (gzipped or not). */
  async function jsonProblems(text: string, format: 'jsonl' | 'json', gz: boolean): Promise<string[]> {
    const path = join(dir, `j${n++}.${format}${gz ? '.gz' : ''}`)
    const bytes = bytesOf(text)
    writeFileSync(path, gz ? gzipSync(bytes) : bytes)
    try {
      await accumulateRows(jsonAudit(format), [{ table: await openTable(path, 'f', format), display: 'f' }], {})
      return []
    } catch (e) {
      if (e instanceof ProblemError) return e.problems.map(formatProblem)
      throw e
    }
  }
  const record = (i: number) => `{"y":${i % 2},"p":${(i >> 1) % 2},"a":"g${i % 3}","w":1}`

  for (const gz of [false, true]) {
    it(`JSON Lines: a line that is not JSON, before the bad byte, is the problem named${gz ? ' (gzipped)' : ''}`, async () => {
      // The keys' pass reads every line before the audit's: its problems come first, in file order.
      const lines = [...Array.from({ length: 200 }, (_, i) => record(i)), '{"y":1,"p":0,"a":"g1","w":}']
      const text = [...lines, '{"y":1,"p":0,"a":"\xfe","w":1}', record(1), ''].join('\n')
      const problems = await jsonProblems(text, 'jsonl', gz)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^f:201: invalid JSON: /)
    })

    it(`JSON Lines: a bad byte on the last line, with no line ending, is reported, not dropped${gz ? ' (gzipped)' : ''}`, async () => {
      const text = [...Array.from({ length: 20 }, (_, i) => record(i)), '{"y":1,"p":0,"a":"g\xfe"'].join('\n')
      expect(await jsonProblems(text, 'jsonl', gz)).toEqual([
        'f:21: invalid UTF-8 (bytes fe 22); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
      ])
    })

    it(`a JSON array: an element that is not JSON, before the bad byte, is the problem named${gz ? ' (gzipped)' : ''}`, async () => {
      const items = [...Array.from({ length: 200 }, (_, i) => record(i)), '{"y":1,"p":0,"a":"g1","w":}']
      const text = `[\n${[...items, '{"y":1,"p":0,"a":"\xfe","w":1}'].join(',\n')}\n]\n`
      const problems = await jsonProblems(text, 'json', gz)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^f:202: invalid JSON: /)
    })

    it(`a JSON array: a bad byte in its last element is reported, not a missing "]"${gz ? ' (gzipped)' : ''}`, async () => {
      const text = `[\n${Array.from({ length: 20 }, (_, i) => record(i)).join(',\n')},\n{"y":1,"a":"\xfe"}]`
      expect(await jsonProblems(text, 'json', gz)).toEqual([
        'f:22: invalid UTF-8 (bytes fe 22 7d 5d); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
      ])
    })
  }
})
