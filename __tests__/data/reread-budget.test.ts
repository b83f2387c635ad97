/**
 * The run's bound on rows read again (red team 7 R7-4, red team 8 R8-8): every audit reads its
 * files in a pass of its own, and identical copies of one file (one blob in git) each got the
 * per-file allowances again, so 50 audits of one file, or 40 copies of it under a glob, cost 50 or
 * 40 reads. A read of content the run read before is charged that content's rows first; past the
 * bound it is refused (exit 2) naming the file, the earlier one and the bound. Copies that differ
 * in a byte (red team 9 R9-1) are each charged, after the run's first file, the rows they hold
 * past two a byte, and a Parquet file, whose footer says its rows before they are read, is charged
 * them first, also as the run's first file (red team 10 R10-5 to R10-7: zeros no decoder reads
 * earned a 2.1 MB file of 2 KB gzipped 33.5 million rows under the ratio check, 18 s of CPU).
 */
import { statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CSV_BYTES_A_ROW,
  GROUP_COLUMNS_A_SCORE_UNIT,
  PAGE_ROWS,
  runConfigText,
  SCAN_BYTES_A_ROW,
  SCORE_ROW_UNITS,
  WEIGHTED_SCORE_ROW_UNITS,
  TEXT_BYTES_A_ROW,
} from '../../src/audit.js'
import { COUNTS_RECORD_ROWS } from '../../src/data/counts.js'
import { CSV_PARSE_RECORD_BYTES } from '../../src/data/readers.js'
import { formatProblem } from '../../src/config/problem.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** 10,000 rows and k more of y, p and g, in a few hundred gzipped bytes. */
const many = (k: number): string => {
  const lines = ['y,p,g']
  for (let i = 0; i < 10_000 + k; i++) lines.push(`${i % 2},${i % 2},${i % 3 ? 'a' : 'b'}`)
  return `${lines.join('\n')}\n`
}

/** 100 rows of y, p and g; `flip` changes one prediction (same size, other bytes). */
function rows(flip = false): string {
  const lines = ['y,p,g']
  for (let i = 0; i < 100; i++) lines.push(`${i % 2},${i === 0 && flip ? 1 : i % 2},${i % 3 ? 'a' : 'b'}`)
  return `${lines.join('\n')}\n`
}

/**
 * What a file's first read costs past a plain file of its `size` (as the problems say): its `rows`
 * (at their units) past two a byte, or its decompressed bytes (`read`) past its size,
 * SCAN_BYTES_A_ROW a row, and the text a slower reader reads (`text`) past its size,
 * TEXT_BYTES_A_ROW a row, and for a CSV (`csv`) past CSV_PARSE_RECORD_BYTES for each two bytes too
 * (red team 21 R21-1: a gzip comment padded a file's size).
 */
const pastPlain = (size: number, rows: number, text = 0, read = 0, csv = false): number =>
  Math.max(rows - Math.floor(size / 2), Math.floor(Math.max(0, read - size) / SCAN_BYTES_A_ROW)) +
  Math.floor(Math.max(0, text - size - (csv ? CSV_PARSE_RECORD_BYTES * Math.floor(size / 2) : 0)) / TEXT_BYTES_A_ROW)

const auditOf = (name: string, data: string | string[]): object => ({
  name,
  data,
  label: 'y',
  prediction: 'p',
  sensitive: ['g'],
  confidence: false,
})

async function problemsOf(audits: object[], rereadRows?: number): Promise<string[] | 'ran'> {
  const out = await runConfigText(JSON.stringify({ audits }), 'audit.yml', { workspace: ws.dir, rereadRows })
  return out.ok ? 'ran' : out.problems.map(formatProblem)
}

describe('a run reads content it read before within one bound of rows', () => {
  it('charges an audit that reads a file an earlier audit read, and refuses past the bound', async () => {
    ws.write('d.csv', rows())
    const three = ['a', 'b', 'c'].map((n) => auditOf(n, 'd.csv'))
    // Two audits: 100 rows read again, within 150.
    expect(await problemsOf(three.slice(0, 2), 150)).toBe('ran')
    expect(await problemsOf(three, 150)).toEqual([
      'd.csv: holds what an earlier audit of this run read (100 rows): reading it again would take the rows this run reads again, or past two a byte of its files, to 200, more than 150 (each audit reads its files in a pass of its own); run these audits separately (`--audit NAME`), or audit one copy of the file',
    ])
    // At the default bound (10,000,000 rows) the same run is read.
    expect(await problemsOf(three)).toBe('ran')
  })

  it('charges a CSV file read again its bytes when they cost more than its rows (red team 12 R12-11)', async () => {
    // 3 records of one 40,000-byte cell each (csv-parse reads them, some 60 ns a byte): 3 rows, 3,750 at CSV_BYTES_A_ROW.
    const cell = 'x'.repeat(40_000)
    ws.write('wide.csv', `y,p,g,c\n${[0, 1, 0].map((v) => `${v},${v},a,${cell}`).join('\n')}\n`)
    const size = statSync(join(ws.dir, 'wide.csv')).size
    const units = Math.floor(size / CSV_BYTES_A_ROW)
    const two = ['a', 'b'].map((n) => auditOf(n, 'wide.csv'))
    expect(await problemsOf(two, units)).toBe('ran')
    expect(await problemsOf(two, units - 1)).toEqual([
      `wide.csv: holds what an earlier audit of this run read (3 rows in ${size.toLocaleString('en-US')} bytes, ${CSV_BYTES_A_ROW} bytes counted as a row): reading it again would take the rows this run reads again, or past two a byte of its files, to ${units.toLocaleString('en-US')}, more than ${(units - 1).toLocaleString('en-US')} (each audit reads its files in a pass of its own); run these audits separately (\`--audit NAME\`), or audit one copy of the file`,
    ])
  })

  it('charges the bytes csv-parse reads of a .csv.gz, 16 a row, as they stream and when read again (red team 16 R16-3)', async () => {
    // Records over the fast pass's 1 MiB (a column no audit reads) are csv-parse's, some 60 ns a
    // byte: 8 of them, each after a short row, in a few KB gzipped, were charged a row each.
    const cell = 'a'.repeat((1 << 20) + 100)
    const text = `g,y,p,junk\n${'a,1,1,x\n'.repeat(4)}${[0, 1, 0, 1, 0, 1, 0, 1].map((v) => `b,${v},${v},\n${'a'},${v},${v},${cell}`).join('\n')}\n`
    ws.writeGz('long.csv.gz', text)
    const size = statSync(join(ws.dir, 'long.csv.gz')).size
    expect(size).toBeLessThan(50_000)
    const audit = (name: string): object => ({ ...auditOf(name, 'long.csv.gz'), max_decompression_ratio: 1100 })
    // csv-parse reads the 8 long records (their bytes, endings included, and CSV_PARSE_RECORD_BYTES
    // more each); the fast pass the rest.
    const parsed = 8 * (`a,1,1,${cell}\n`.length + CSV_PARSE_RECORD_BYTES)
    // At least its rows and csv-parse's bytes; its decompressed bytes (the fast pass read into
    // each long record before it stopped there) when they cost more (SCAN_BYTES_A_ROW): as the problem says.
    const least = pastPlain(size, 20, parsed, 0, true)
    const first = least + Math.floor((4 * text.length) / SCAN_BYTES_A_ROW)
    expect(await problemsOf([audit('a')], first)).toBe('ran')
    const refused = await problemsOf([audit('a')], least - 1)
    expect(refused).toHaveLength(1)
    expect((refused as string[])[0]).toMatch(
      new RegExp(
        `^long\\.csv\\.gz: holds (at least )?\\d+ rows in ${size.toLocaleString('en-US')} bytes(, [\\d,]+ bytes decompressed, ${SCAN_BYTES_A_ROW} past its size counted as a row)? \\(a row counted as 1 row, and a record csv-parse reads as 4 more and 16 of its bytes as one\\), [\\d,]+ more than a plain file of its size`,
      ),
    )
    // Read again by a second audit: at least its rows and csv-parse's bytes again (or the
    // decompressed bytes its read read, 32 a row, when more: the fast pass read into each long
    // record before it stopped there).
    const again = 20 + Math.floor(parsed / TEXT_BYTES_A_ROW)
    expect(await problemsOf([audit('a'), audit('b')], first + 2 * again)).toBe('ran')
    const twice = await problemsOf([audit('a'), audit('b')], least + again - 1)
    expect(twice).toHaveLength(1)
    expect((twice as string[])[0]).toMatch(
      /^long\.csv\.gz: holds what an earlier audit of this run read \(20 rows(, [\d,]+ bytes of them read by csv-parse, a row counted as 1 row, and a record csv-parse reads as 4 more and 16 of its bytes as one| in [\d,]+ bytes decompressed, 32 bytes counted as a row)\): reading it again would take/,
    )
  })

  it('charges a .csv.gz read again its decompressed bytes, 32 a row, not its size on disk (red team 17 R17-1)', async () => {
    // Records just under the fast pass's 1 MiB: the fast pass reads them, a row each, and the
    // file's few KB on disk were all a read again cost.
    const cell = 'a'.repeat(1_000_000)
    const head = 'g,y,p,junk\n'
    const text = `${head}${[0, 1, 0, 1, 0, 1].map((v) => `a,${v},${v},${cell}\nb,${v},${v},x\n`).join('')}`
    ws.writeGz('near.csv.gz', text)
    const size = statSync(join(ws.dir, 'near.csv.gz')).size
    const audit = (name: string): object => ({ ...auditOf(name, 'near.csv.gz'), max_decompression_ratio: 1100 })
    // The fast pass reads the file from the record after its header.
    const read = text.length - head.length
    // The first read: its decompressed bytes past the file's size, SCAN_BYTES_A_ROW a row (R19-2, R21-1).
    const first = pastPlain(size, 12, 0, read)
    const again = Math.floor(read / CSV_BYTES_A_ROW)
    expect(again).toBeGreaterThan(100 * Math.floor(size / CSV_BYTES_A_ROW))
    expect(await problemsOf([audit('a'), audit('b')], first + again)).toBe('ran')
    expect(await problemsOf([audit('a'), audit('b')], first + again - 1)).toEqual([
      `near.csv.gz: holds what an earlier audit of this run read (12 rows in ${read.toLocaleString('en-US')} bytes decompressed, 32 bytes counted as a row): reading it again would take the rows this run reads again, or past two a byte of its files, to ${(first + again).toLocaleString('en-US')}, more than ${(first + again - 1).toLocaleString('en-US')} (each audit reads its files in a pass of its own); run these audits separately (\`--audit NAME\`), or audit one copy of the file`,
    ])
    // One audit: the first read alone, its bytes said.
    expect(await problemsOf([audit('a')], first - 1)).toEqual([
      `near.csv.gz: holds 12 rows in ${size.toLocaleString('en-US')} bytes, ${read.toLocaleString('en-US')} bytes decompressed, ${SCAN_BYTES_A_ROW} past its size counted as a row, ${first.toLocaleString('en-US')} more than a plain file of its size (a row for two of its bytes, and its bytes read once; it expands: compressed or columnar): that takes the rows this run reads again, or past two a byte of its files, to ${first.toLocaleString('en-US')}, more than ${(first - 1).toLocaleString('en-US')}; a file that expands this far costs its rows whatever its bytes: give the warehouse's counts (\`format: counts\`), or audit fewer files in one run (\`--audit NAME\`)`,
    ])
  })

  it('charges a first read its decompressed bytes, 256 a row, when they cost more than its rows: copies that differ in their gzip time alone (red team 19 R19-2)', async () => {
    const cell = 'a'.repeat(1_000_000)
    const head = 'g,y,p,junk\n'
    const text = `${head}${[0, 1, 0, 1].map((v) => `a,${v},${v},${cell}\nb,${v},${v},x\n`).join('')}`
    const gz = gzipSync(Buffer.from(text))
    for (const k of [1, 2, 3]) {
      const copy = Buffer.from(gz)
      copy.writeUInt32LE(k, 4) // MTIME: other bytes, other content, the same rows
      ws.write(`copies/c${k}.csv.gz`, copy)
    }
    const read = text.length - head.length
    const each = pastPlain(gz.length, 8, 0, read)
    expect(each).toBeGreaterThan(8)
    const audit = { ...auditOf('a', 'copies/*.csv.gz'), max_decompression_ratio: 1100 }
    expect(await problemsOf([audit], 3 * each)).toBe('ran')
    expect((await problemsOf([audit], 3 * each - 1))[0]).toMatch(
      new RegExp(
        `^copies/c3\\.csv\\.gz: holds 8 rows in ${gz.length.toLocaleString('en-US')} bytes, ${read.toLocaleString('en-US')} bytes decompressed, ${SCAN_BYTES_A_ROW} past its size counted as a row, ${each.toLocaleString('en-US')} more than a plain file of its size`,
      ),
    )
  })

  it('charges a .gz its decompressed bytes past its size, not past two rows a byte: a gzip comment pads nothing free (red team 21 R21-1)', async () => {
    const cell = 'a'.repeat(1_000_000)
    const head = 'g,y,p,junk\n'
    const text = `${head}${[0, 1, 0, 1].map((v) => `a,${v},${v},${cell}\nb,${v},${v},x\n`).join('')}`
    const body = gzipSync(Buffer.from(text)).subarray(10) // the deflate data and the trailer
    const read = text.length - head.length
    // FCOMMENT: bytes no decoder reads, enough that two rows a byte of the file would cover the
    // decompressed bytes at SCAN_BYTES_A_ROW a row (the allowance the bytes had before).
    const pad = Buffer.alloc(Math.ceil((2 * read) / SCAN_BYTES_A_ROW), 'a')
    for (const k of [1, 2, 3]) {
      const header = Buffer.from([0x1f, 0x8b, 8, 0x10, k, 0, 0, 0, 2, 0xff])
      ws.write(`padded/c${k}.csv.gz`, Buffer.concat([header, pad, Buffer.from([0]), body]))
    }
    const size = statSync(join(ws.dir, 'padded/c1.csv.gz')).size
    expect(Math.floor(read / SCAN_BYTES_A_ROW)).toBeLessThan(Math.floor(size / 2))
    const each = pastPlain(size, 8, 0, read)
    expect(each).toBeGreaterThan(20_000)
    const audit = { ...auditOf('a', 'padded/*.csv.gz'), max_decompression_ratio: 1100 }
    expect(await problemsOf([audit], 3 * each)).toBe('ran')
    expect(await problemsOf([audit], 3 * each - 1)).toEqual([
      `padded/c3.csv.gz: holds 8 rows in ${size.toLocaleString('en-US')} bytes, ${read.toLocaleString('en-US')} bytes decompressed, ${SCAN_BYTES_A_ROW} past its size counted as a row, ${each.toLocaleString('en-US')} more than a plain file of its size (a row for two of its bytes, and its bytes read once; it expands: compressed or columnar): that takes the rows this run reads again, or past two a byte of its files, to ${(3 * each).toLocaleString('en-US')}, more than ${(3 * each - 1).toLocaleString('en-US')}; a file that expands this far costs its rows whatever its bytes: give the warehouse's counts (\`format: counts\`), or audit fewer files in one run (\`--audit NAME\`)`,
    ])
  })

  it('charges a .jsonl.gz its text past its size, a gzip comment padding it (red team 21 R21-1b)', async () => {
    const text = `{"y":1,"p":1,"g":"a","pad":"${'x'.repeat(200_000)}"}\n`.repeat(10)
    const body = gzipSync(Buffer.from(text)).subarray(10)
    // Two rows a byte would cover its text at TEXT_BYTES_A_ROW a row, and its 20 rows (2 a record).
    const pad = Buffer.alloc(Math.ceil(text.length / 8) + 100, 'a')
    const header = Buffer.from([0x1f, 0x8b, 8, 0x10, 0, 0, 0, 0, 2, 0xff])
    ws.write('p.jsonl.gz', Buffer.concat([header, pad, Buffer.from([0]), body]))
    const size = statSync(join(ws.dir, 'p.jsonl.gz')).size
    expect(20 + Math.floor(text.length / TEXT_BYTES_A_ROW)).toBeLessThan(Math.floor(size / 2))
    // Its keys' read and the audit's, each its text past its size.
    const each = pastPlain(size, 20, text.length)
    expect(each).toBeGreaterThan(100_000)
    const audit = { ...auditOf('m', 'p.jsonl.gz'), max_decompression_ratio: 1100 }
    expect(await problemsOf([audit], 2 * each)).toBe('ran')
    expect(await problemsOf([audit], 2 * each - 1)).not.toBe('ran')
  })

  it('charges each record csv-parse reads CSV_PARSE_RECORD_BYTES more, as a delimiter the fast pass does not take sends it every record (red team 17 R17-2)', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i % 2}§${(i >> 1) % 2}§${i % 3 ? 'a' : 'b'}`)
    const text = `y§p§g\n${rows.join('\n')}\n`
    ws.writeGz('s.csv.gz', text)
    const size = statSync(join(ws.dir, 's.csv.gz')).size
    const audit = { ...auditOf('a', 's.csv.gz'), delimiter: '§', max_decompression_ratio: 1100 }
    // Every record is csv-parse's, the header's too: its bytes (UTF-8) and CSV_PARSE_RECORD_BYTES each.
    const parsed = Buffer.byteLength(text) + 20_001 * CSV_PARSE_RECORD_BYTES
    const cost = pastPlain(size, 20_000, parsed, 0, true)
    expect(cost).toBeGreaterThan(4 * 20_000)
    expect(await problemsOf([audit], cost)).toBe('ran')
    expect(await problemsOf([audit], cost - 1)).not.toBe('ran')
  })

  it('a plain CSV that csv-parse reads whole is never charged on its first read: its size pays for its records', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i % 2}§${(i >> 1) % 2}§${i % 3 ? 'a' : 'b'}`)
    ws.write('s.csv', `y§p§g\n${rows.join('\n')}\n`)
    expect(await problemsOf([{ ...auditOf('a', 's.csv'), delimiter: '§' }], 1)).toBe('ran')
  })

  it('charges identical copies under a glob, but not a file of the same size with other bytes', async () => {
    for (const n of ['1', '2', '3']) ws.write(`copies/f${n}.csv`, rows())
    ws.write('other/f1.csv', rows())
    ws.write('other/f2.csv', rows(true))
    expect(rows(true).length).toBe(rows().length)
    expect(await problemsOf([auditOf('a', 'other/*.csv')], 50)).toBe('ran')
    expect(await problemsOf([auditOf('a', 'copies/*.csv')], 150)).toEqual([
      'copies/f3.csv: holds what copies/f1.csv held, read earlier in this run (100 rows): reading it again would take the rows this run reads again, or past two a byte of its files, to 200, more than 150 (each audit reads its files in a pass of its own); run these audits separately (`--audit NAME`), or audit one copy of the file',
    ])
  })

  it('charges near-identical compressed copies their rows past two a byte, the first one too', async () => {
    // 10,000 rows and k more in a few hundred gzipped bytes: each copy differs.
    for (const k of [1, 2]) ws.writeGz(`near/f${k}.csv.gz`, many(k))
    const size = (k: number): number => statSync(join(ws.dir, `near/f${k}.csv.gz`)).size
    expect(size(2)).toBeLessThan(1000)
    const first = 10_001 - Math.floor(size(1) / 2)
    const second = 10_002 - Math.floor(size(2) / 2)
    expect(await problemsOf([auditOf('a', 'near/*.csv.gz')], first + second)).toBe('ran')
    expect(await problemsOf([auditOf('a', 'near/*.csv.gz')], first + second - 1)).toEqual([
      `near/f2.csv.gz: holds 10,002 rows in ${size(2)} bytes, ${second.toLocaleString('en-US')} more than a plain file of its size (a row for two of its bytes, and its bytes read once; it expands: compressed or columnar): that takes the rows this run reads again, or past two a byte of its files, to ${(first + second).toLocaleString('en-US')}, more than ${(first + second - 1).toLocaleString('en-US')}; a file that expands this far costs its rows whatever its bytes: give the warehouse's counts (\`format: counts\`), or audit fewer files in one run (\`--audit NAME\`)`,
    ])
    // Plain text is never past two a byte: many distinct CSV files are not charged.
    for (let k = 0; k < 5; k++) ws.write(`plain/f${k}.csv`, many(k))
    expect(await problemsOf([auditOf('a', 'plain/*.csv')], 1)).toBe('ran')
  })

  it("stops a compressed file past the bound while it streams, the run's first file too", async () => {
    // 200,000 rows in a few KB: checked every 65,536 rows, by the fast pass and by csv-parse.
    ws.writeGz('one.csv.gz', many(190_000))
    const size = statSync(join(ws.dir, 'one.csv.gz')).size
    const at = 65_536 - Math.floor(size / 2)
    for (const name of ['one.csv.gz', 'cr.csv.gz']) {
      if (name === 'cr.csv.gz') ws.writeGz(name, many(190_000).replace(/\n/g, '\r'))
      const problems = await problemsOf([auditOf('a', name)], at - 1)
      expect(problems).toHaveLength(1)
      const m =
        /^(one|cr)\.csv\.gz: holds at least ([0-9,]+) rows in [0-9,]+ bytes, [0-9,]+ more than a plain file of its size \(a row for two of its bytes, and its bytes read once; it expands: compressed or columnar\)/.exec(
          (problems as string[])[0] ?? '',
        )
      expect(m?.[1]).toBe(name.slice(0, name.indexOf('.')))
      // Stopped before its last row (200,001): while it streamed.
      const read = Number(m?.[2]?.replace(/,/g, ''))
      expect(read).toBeGreaterThanOrEqual(65_536)
      expect(read).toBeLessThan(200_001)
    }
    expect(await problemsOf([auditOf('a', 'one.csv.gz')], 200_000)).toBe('ran')
    // Rows that all drop (no group value, \`missing: drop\`) are rows read too (red team 11 R11-6).
    ws.writeGz('drop.csv.gz', many(190_000).replace(/,[ab]\n/g, ',\n'))
    for (const fast of [true, false]) {
      const text = fast ? 'drop.csv.gz' : 'dropcr.csv.gz'
      if (!fast) ws.writeGz(text, many(190_000).replace(/,[ab]\n/g, ',\r'))
      const problems = await problemsOf([{ ...auditOf('a', text), missing: 'drop' }], at - 1)
      expect(problems).toHaveLength(1)
      expect((problems as string[])[0]).toMatch(/^drop(cr)?\.csv\.gz: holds at least [0-9,]+ rows in [0-9,]+ bytes/)
    }
  })

  it('does not charge a file the fast pass read before it stepped aside for csv-parse (one read)', async () => {
    ws.write('a.csv', rows())
    // Bare CR line endings: the fast pass reads a.csv, then steps aside at b.csv; csv-parse reads both.
    ws.write('b.csv', rows().replace(/\n/g, '\r'))
    expect(await problemsOf([auditOf('a', ['a.csv', 'b.csv'])], 50)).toBe('ran')
    // A second audit of a.csv is still a read again.
    expect(await problemsOf([auditOf('a', ['a.csv', 'b.csv']), auditOf('b', 'a.csv')], 50)).toEqual([
      'a.csv: holds what an earlier audit of this run read (100 rows): reading it again would take the rows this run reads again, or past two a byte of its files, to 100, more than 50 (each audit reads its files in a pass of its own); run these audits separately (`--audit NAME`), or audit one copy of the file',
    ])
  })

  it("charges a Parquet file its declared rows past two a byte before a row is read, also the run's first", async () => {
    const n = 20_000
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'y', data: Int32Array.from({ length: n }, (_, i) => (i >> 3) % 2), type: 'INT32' },
        { name: 'p', data: Int32Array.from({ length: n }, (_, i) => (i >> 4) % 2), type: 'INT32' },
        { name: 'g', data: Array.from({ length: n }, (_, i) => (i % 3 ? 'a' : 'b')), type: 'STRING' },
      ],
    })
    ws.write('big.parquet', Buffer.from(bytes))
    const size = bytes.byteLength
    const past = n - Math.floor(size / 2)
    expect(past).toBeGreaterThan(10_000)
    expect(await problemsOf([auditOf('a', 'big.parquet')], past)).toBe('ran')
    expect(await problemsOf([auditOf('a', 'big.parquet')], past - 1)).toEqual([
      `big.parquet: says it holds 20,000 rows in ${size.toLocaleString('en-US')} bytes, ${past.toLocaleString('en-US')} more than two a byte: that takes the rows this run reads again, or past two a byte of its files, to ${past.toLocaleString('en-US')}, more than ${(past - 1).toLocaleString('en-US')}, counted before a row is read; real evaluation data takes several bytes a row in Parquet (a score alone takes 4 to 8): give the warehouse's counts (\`format: counts\`) for tables this large`,
    ])
    // Charged once: read again by a second audit, it is charged its rows as a read again, not twice.
    // (its few pages, a dozen at most, counted as PAGE_ROWS rows each).
    const twice = [auditOf('a', 'big.parquet'), auditOf('b', 'big.parquet')]
    expect(await problemsOf(twice, past + n + 12 * PAGE_ROWS)).toBe('ran')
    expect(await problemsOf(twice, past + n - 1)).not.toBe('ran')
  })

  it('charges a Parquet file read again its pages too, a page as PAGE_ROWS rows (red team 10 R10-11)', async () => {
    // 20,000 rows in uncompressed PLAIN pages of about 1 KB (MIN_PAGE_VALUES values and more each, fewer rows
    // than two a byte): a page costs a header and a decode whatever it holds.
    const n = 20_000
    const bytes = parquetWriteBuffer({
      pageSize: 1024,
      columnData: [
        {
          name: 'y',
          data: Int32Array.from({ length: n }, (_, i) => i % 2),
          type: 'INT32',
          encoding: 'PLAIN',
          codec: 'UNCOMPRESSED',
        },
        {
          name: 'p',
          data: Int32Array.from({ length: n }, (_, i) => (i >> 1) % 2),
          type: 'INT32',
          encoding: 'PLAIN',
          codec: 'UNCOMPRESSED',
        },
        {
          name: 'g',
          data: Array.from({ length: n }, (_, i) => (i % 3 ? 'a' : 'b')),
          type: 'STRING',
          encoding: 'PLAIN',
          // Uncompressed, as the others: pages that inflate past the file's size cost their bytes on the first read too.
          codec: 'UNCOMPRESSED',
        },
      ],
    })
    ws.write('pages.parquet', Buffer.from(bytes))
    const twice = [auditOf('a', 'pages.parquet'), auditOf('b', 'pages.parquet')]
    const refused = await problemsOf(twice, n)
    const m =
      /^pages\.parquet: holds what an earlier audit of this run read \(20,000 rows in ([0-9,]+) pages, a page counted as 12 rows\): reading it again would take the rows this run reads again, or past two a byte of its files, to ([0-9,]+), more than 20,000/.exec(
        (refused as string[])[0] ?? '',
      )
    const pages = Number(m?.[1]?.replace(/,/g, ''))
    expect(pages).toBeGreaterThan(n / 200)
    expect(Number(m?.[2]?.replace(/,/g, ''))).toBe(n + PAGE_ROWS * pages)
    expect(await problemsOf(twice, n + PAGE_ROWS * pages)).toBe('ran')
    expect(await problemsOf(twice, n + PAGE_ROWS * pages - 1)).not.toBe('ran')
  })
})

describe('a row whose score ROC AUC keeps costs SCORE_ROW_UNITS more (red team 14 R14-2)', () => {
  /** 10,000 rows of y, a seven-decimal score, g, in a few hundred gzipped bytes. */
  const scored = `y,s,g\n${'1,0.2500001,A\n0,0.7500001,B\n'.repeat(5_000)}`
  const aucAudit = (metrics: string[]): object => ({
    name: 'm',
    data: 's.csv.gz',
    label: 'y',
    score: 's',
    sensitive: ['g'],
    metrics,
    confidence: false,
  })

  it('the same compressed file is charged 1 + SCORE_ROW_UNITS times its rows with roc_auc, once without', async () => {
    ws.writeGz('s.csv.gz', scored)
    const size = statSync(join(ws.dir, 's.csv.gz')).size
    const plain = 10_000 - Math.floor(size / 2)
    const kept = 10_000 * (1 + SCORE_ROW_UNITS) - Math.floor(size / 2)
    expect(await problemsOf([aucAudit(['accuracy'])], plain)).toBe('ran')
    expect(await problemsOf([aucAudit(['accuracy'])], plain - 1)).not.toBe('ran')
    expect(await problemsOf([aucAudit(['roc_auc'])], kept)).toBe('ran')
    expect(await problemsOf([aucAudit(['roc_auc'])], kept - 1)).toEqual([
      `s.csv.gz: holds 10,000 rows in ${size.toLocaleString('en-US')} bytes (a row counted as ${1 + SCORE_ROW_UNITS} rows: ROC AUC keeps its score), ${kept.toLocaleString('en-US')} more than a plain file of its size (a row for two of its bytes, and its bytes read once; it expands: compressed or columnar): that takes the rows this run reads again, or past two a byte of its files, to ${kept.toLocaleString('en-US')}, more than ${(kept - 1).toLocaleString('en-US')}; a file that expands this far costs its rows whatever its bytes: give the warehouse's counts (\`format: counts\`), or audit fewer files in one run (\`--audit NAME\`)`,
    ])
  })
})

describe('a weighted row whose score ROC AUC keeps costs WEIGHTED_SCORE_ROW_UNITS more (red team 34 R34-7)', () => {
  /** 10,000 rows of y, a seven-decimal score, a weight, g, in a few hundred gzipped bytes. */
  const weighted = `y,s,w,g\n${'1,0.2500001,1.5,A\n0,0.7500001,0.5,B\n'.repeat(5_000)}`
  const audit = (weight: boolean): object => ({
    name: 'm',
    data: 'w.csv.gz',
    label: 'y',
    score: 's',
    ...(weight ? { weight: 'w' } : {}),
    sensitive: ['g'],
    metrics: ['roc_auc'],
    confidence: false,
  })

  it('the same file is charged 1 + WEIGHTED_SCORE_ROW_UNITS times its rows weighted, 1 + SCORE_ROW_UNITS unweighted', async () => {
    expect(WEIGHTED_SCORE_ROW_UNITS).toBe(SCORE_ROW_UNITS + 1)
    ws.writeGz('w.csv.gz', weighted)
    const size = statSync(join(ws.dir, 'w.csv.gz')).size
    const unweighted = 10_000 * (1 + SCORE_ROW_UNITS) - Math.floor(size / 2)
    const kept = 10_000 * (1 + WEIGHTED_SCORE_ROW_UNITS) - Math.floor(size / 2)
    expect(await problemsOf([audit(false)], unweighted)).toBe('ran')
    expect(await problemsOf([audit(true)], unweighted)).not.toBe('ran')
    expect(await problemsOf([audit(true)], kept)).toBe('ran')
    expect(await problemsOf([audit(true)], kept - 1)).toEqual([
      expect.stringContaining(
        `w.csv.gz: holds 10,000 rows in ${size.toLocaleString('en-US')} bytes (a row counted as ${1 + WEIGHTED_SCORE_ROW_UNITS} rows: ROC AUC keeps its score), ${kept.toLocaleString('en-US')} more than a plain file of its size`,
      ),
    ])
  })
})

describe('a kept score costs one row more for every GROUP_COLUMNS_A_SCORE_UNIT group columns (red team 36 R36-7)', () => {
  const names = Array.from({ length: GROUP_COLUMNS_A_SCORE_UNIT }, (_, k) => `g${k + 1}`)
  /** 10,000 rows of y, a seven-decimal score, a weight and 8 two-valued group columns, in a few hundred gzipped bytes. */
  const text = `y,s,w,${names.join(',')}\n${`1,0.2500001,1.5,${names.map(() => 'A').join(',')}\n0,0.7500001,0.5,${names.map(() => 'B').join(',')}\n`.repeat(5_000)}`
  const audit = (columns: number, weight = true): object => ({
    name: 'm',
    data: 'w.csv.gz',
    label: 'y',
    score: 's',
    ...(weight ? { weight: 'w' } : {}),
    sensitive: names.slice(0, columns),
    metrics: ['roc_auc'],
    confidence: false,
  })

  it('8 group columns cost a row one unit more, weighted or not; 7 as before', async () => {
    expect(GROUP_COLUMNS_A_SCORE_UNIT).toBe(8)
    ws.writeGz('w.csv.gz', text)
    const size = statSync(join(ws.dir, 'w.csv.gz')).size
    const seven = 10_000 * (1 + WEIGHTED_SCORE_ROW_UNITS) - Math.floor(size / 2)
    const eight = 10_000 * (2 + WEIGHTED_SCORE_ROW_UNITS) - Math.floor(size / 2)
    const unweighted = 10_000 * (1 + SCORE_ROW_UNITS) - Math.floor(size / 2)
    expect(await problemsOf([audit(7)], seven)).toBe('ran')
    expect(await problemsOf([audit(7, false)], unweighted)).toBe('ran')
    expect(await problemsOf([audit(8, false)], unweighted)).not.toBe('ran')
    expect(await problemsOf([audit(8, false)], unweighted + 10_000)).toBe('ran')
    expect(await problemsOf([audit(8)], seven)).not.toBe('ran')
    expect(await problemsOf([audit(8)], eight)).toBe('ran')
    expect(await problemsOf([audit(8)], eight - 1)).toEqual([
      expect.stringContaining(
        `w.csv.gz: holds 10,000 rows in ${size.toLocaleString('en-US')} bytes (a row counted as ${2 + WEIGHTED_SCORE_ROW_UNITS} rows: ROC AUC keeps its weighted score, beside 8 group columns that cost one row more for every 8: split them over several audits), ${eight.toLocaleString('en-US')} more than a plain file of its size`,
      ),
    ])
  })
})

describe('a counts table is charged its records (red team 14 R14-4)', () => {
  const countsAudit = (name: string, data: string): object => ({
    name,
    data,
    format: 'counts',
    label: 'y',
    prediction: 'p',
    sensitive: ['g'],
    confidence: false,
    max_decompression_ratio: 1100,
  })

  it('records of zero counts in a .csv.gz cost their reading: refused while they stream', async () => {
    // 200,000 records, all but two of zero counts, in a few KB: no row bound could see them.
    const text = `g,tp,fp,tn,fn\nA,1,0,0,1\nB,0,1,1,0\n${'A,0,0,0,0\nB,0,0,0,0\n'.repeat(100_000)}`
    ws.writeGz('z.csv.gz', text)
    const problems = await problemsOf([countsAudit('m', 'z.csv.gz')], 100_000)
    expect(problems).toHaveLength(1)
    expect((problems as string[])[0]).toMatch(
      new RegExp(
        `^z\\.csv\\.gz: holds at least 65,536 rows in [\\d,]+ bytes \\(a row counted as ${1 + COUNTS_RECORD_ROWS} rows, and a record csv-parse reads as 4 more and ${TEXT_BYTES_A_ROW} of its bytes as one\\), [\\d,]+ more than a plain file of its size`,
      ),
    )
    // Within the bound it runs: the two counted records' groups. csv-parse's bytes (the header's too) cost as well.
    const size = statSync(join(ws.dir, 'z.csv.gz')).size
    // csv-parse's bytes (the header's too) cost as well, and each record it reads CSV_PARSE_RECORD_BYTES more.
    const parsed = text.length + 200_003 * CSV_PARSE_RECORD_BYTES
    const cost = pastPlain(size, 200_002 * (1 + COUNTS_RECORD_ROWS), parsed, 0, true)
    expect(await problemsOf([countsAudit('m', 'z.csv.gz')], cost)).toBe('ran')
    expect(await problemsOf([countsAudit('m', 'z.csv.gz')], cost - 1)).not.toBe('ran')
  })

  it('a counts table read again by another audit is charged its records again', async () => {
    const text = `g,tp,fp,tn,fn\n${'A,1,0,0,1\nB,0,1,1,0\n'.repeat(50)}`
    ws.write('c.csv', text)
    const two = [countsAudit('a', 'c.csv'), countsAudit('b', 'c.csv')]
    // Each read costs its records and csv-parse's bytes: the first, past two a byte of the file.
    const parsed = text.length + 101 * CSV_PARSE_RECORD_BYTES
    const read = 100 * (1 + COUNTS_RECORD_ROWS) + Math.floor(parsed / TEXT_BYTES_A_ROW)
    // The first read past a plain file of its size: csv-parse's bytes past it (its rows are fewer than two a byte).
    const cost = pastPlain(text.length, 100 * (1 + COUNTS_RECORD_ROWS), parsed, 0, true) + read
    expect(await problemsOf(two, cost)).toBe('ran')
    expect((await problemsOf(two, cost - 1))[0]).toMatch(
      /^c\.csv: holds what an earlier audit of this run read \(100 rows, 7,478 bytes of them read by csv-parse, a row counted as 5 rows, and a record csv-parse reads as 4 more and 16 of its bytes as one\)/,
    )
  })
})

describe('a JSON read is charged what it costs (red team 11 R11-7, R11-11)', () => {
  const record = '{"y":1,"p":1,"g":"a"}\n'
  const jsonAudit = (name: string, data: string, ratio?: number): object => ({
    ...auditOf(name, data),
    ...(ratio === undefined ? {} : { max_decompression_ratio: ratio }),
  })

  it('a .jsonl.gz of many records is refused while its keys are read, before the pass', async () => {
    // 60,000 records (1.3 MB) in a few KB: at 2 rows a record, far past two a byte.
    ws.writeGz('d.jsonl.gz', record.repeat(60_000))
    const size = statSync(join(ws.dir, 'd.jsonl.gz')).size
    const problems = await problemsOf([jsonAudit('m', 'd.jsonl.gz', 1000)], 20_000)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^d\.jsonl\.gz: holds at least [\d,]+ records in [\d,]+ bytes \(a record counted as 2 rows and 16 bytes as one\), [\d,]+ more than a plain file of its size \(a row for two of its bytes, and its bytes read once; it expands: compressed or columnar\): that takes the rows this run reads again, or past two a byte of its files, to [\d,]+, more than 20,000; .*\(its keys are read before the audit's pass\)$/,
    )
    // The same records in a JSON array: the same bound.
    ws.writeGz('a.json.gz', `[${record.trim()}${`,${record}`.repeat(59_999)}]`)
    expect((await problemsOf([jsonAudit('m', 'a.json.gz', 1000)], 20_000))[0]).toMatch(
      /^a\.json\.gz: holds at least [\d,]+ records .*\(its keys are read before the audit's pass\)$/,
    )
    // Within the bound, it runs: its keys' read and the pass, each past a plain file of its size.
    const each = pastPlain(size, 2 * 60_000, record.length * 60_000)
    expect(each).toBeGreaterThan(200_000)
    expect(await problemsOf([jsonAudit('m', 'd.jsonl.gz', 1000)], 2 * each)).toBe('ran')
    expect(await problemsOf([jsonAudit('m', 'd.jsonl.gz', 1000)], 2 * each - 1)).not.toBe('ran')
  })

  it("a .jsonl.gz of few wide records is checked while the audit's pass reads it, not at its end (R13-1)", async () => {
    // 200 records of 20,000 characters of a key no audit reads: 4 MB of text, some 250,000 rows'
    // worth as bytes, in a few KB; its key pass alone stays within the bound.
    const wide = `{"y":1,"p":1,"g":"a","pad":"${'x'.repeat(20_000)}"}\n`
    ws.writeGz('w.jsonl.gz', wide.repeat(200))
    const size = statSync(join(ws.dir, 'w.jsonl.gz')).size
    const past = pastPlain(size, 200 * 2, 200 * wide.length)
    const problems = await problemsOf([jsonAudit('m', 'w.jsonl.gz', 1100)], past + Math.floor(past / 2))
    expect(problems).toHaveLength(1)
    // 200 records never reach the watch's 65,536 rows: it is told every MiB of text the pass reads.
    expect(problems[0]).toMatch(
      /^w\.jsonl\.gz: holds at least [\d,]+ records in [\d,]+ bytes \(a record counted as 2 rows and 16 bytes as one\), [\d,]+ more than a plain file of its size \(a row for two of its bytes, and its bytes read once; it expands: compressed or columnar\): that takes the rows this run reads again, or past two a byte of its files, to [\d,]+, more than [\d,]+; a file that expands this far costs its rows whatever its bytes/,
    )
    expect(problems[0]).not.toMatch(/its keys are read before/)
    // Both passes within the bound: it runs.
    expect(await problemsOf([jsonAudit('m', 'w.jsonl.gz', 1100)], 2 * past)).toBe('ran')
  })

  it('an uncompressed JSONL file is never charged on its first read', async () => {
    ws.write('d.jsonl', record.repeat(60_000))
    expect(await problemsOf([jsonAudit('m', 'd.jsonl')], 1)).toBe('ran')
  })

  it('a read again of a JSONL file is charged its records and its bytes: blank lines cost a read', async () => {
    // 4 records and 200,000 lines of one space: 400,088 bytes, 25,005 rows' worth as bytes.
    ws.write('d.jsonl', record.repeat(4) + ' \n'.repeat(200_000))
    const two = [jsonAudit('a', 'd.jsonl'), jsonAudit('b', 'd.jsonl')]
    expect(await problemsOf(two, 25_013)).toBe('ran')
    expect(await problemsOf(two, 25_012)).toEqual([
      'd.jsonl: holds what an earlier audit of this run read (4 records in 400,088 bytes, a record counted as 2 rows and 16 bytes as one): reading it again would take the rows this run reads again, or past two a byte of its files, to 25,013, more than 25,012 (each audit reads its files in a pass of its own); run these audits separately (`--audit NAME`), or audit one copy of the file',
    ])
  })
})
