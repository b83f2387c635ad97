/**
 * A CSV loaded into DuckDB with every column as text (`read_csv(…, all_varchar = true)`, as the
 * README's warehouse recipe says) gives the counts the rows give, whatever comes after the
 * sniffer's sample. Typed, read_csv picks a column's type from its first 20,480 rows and casts the
 * rest to it: a later score 0.7 is the BIGINT 1, a group 1.5 the BIGINT 2, a later date and time
 * the DATE alone, so the warehouse merges what the rows tell apart (red team 36 R36-8: the counts
 * passed a gate the rows failed).
 */
import { symlinkSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, copyToCsv, duckDbFixture, groupsAndVerdict, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

/** The audit's groups and verdict, or 'refused'. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> =>
  auditOutcome(duck.ws, entry, groupsAndVerdict, () => 'refused')

const gate = {
  name: 'm',
  label: 'y',
  confidence: false,
  min_group_size: 50,
  metrics: ['accuracy'],
  gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
}
/** 21,000 rows past the sample (`lead`), then 200 right rows of one value and 40 wrong of another. */
const shapes: [string, Record<string, unknown>, string, (right: boolean, late: boolean) => string][] = [
  [
    'a score 0.7 after 21,000 integer scores',
    { ...gate, score: 's', threshold: 0.8, sensitive: ['g'] },
    'y,s,g',
    (right, late) => (late ? (right ? '1,1,A' : '1,0.7,A') : right ? '1,1,B' : '0,0,B'),
  ],
  [
    'a group 1.5 after 21,000 integer groups',
    { ...gate, prediction: 'p', sensitive: ['g'] },
    'y,p,g',
    (right, late) => (late ? (right ? '1,1,2' : '1,0,1.5') : '1,1,5'),
  ],
  [
    'a group of a date and time after 21,000 dates',
    { ...gate, prediction: 'p', sensitive: ['g'] },
    'y,p,g',
    (right, late) => (late ? (right ? '1,1,2024-01-01' : '1,0,2024-01-01 12:00:00') : '1,1,2024-01-02'),
  ],
]

describe('a CSV loaded as text into DuckDB gives the rows their counts past the sniffer sample (red team 36 R36-8)', () => {
  it.each(shapes)('%s', async (what, entry, header, line) => {
    const file = `${what.replace(/\W+/g, '-')}.csv`
    const lead = Array.from({ length: 21_000 }, (_, i) => line(i % 2 === 0, false))
    const late = [
      ...Array.from({ length: 200 }, () => line(true, true)),
      ...Array.from({ length: 40 }, () => line(false, true)),
    ]
    duck.ws.write(file, `${[header, ...lead, ...late].join('\n')}\n`)
    // The score's 40 wrong rows fail group A; a group's 40 are a group of their own, too small to judge.
    const scored = 'score' in entry
    const rows = await outcome({ ...entry, data: file })
    expect(rows).toMatchObject({ passed: !scored })
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    // Typed, the sample's type merges the late values: the other verdict (0.7 read as 1 is right; 1.5
    // read as 2, or the date and time as the date, puts the 40 wrong rows in a judged group).
    await duck.countsFromDuckDb(file, sql, `${file}.typed.csv`)
    expect(await outcome({ ...entry, data: `${file}.typed.csv`, format: 'counts' })).toMatchObject({ passed: scored })
    // As text, every cell is read as the rows read it.
    await duck.countsFromDuckDb(file, sql, `${file}.text.csv`, "header = true, nullstr = '', all_varchar = true")
    expect(await outcome({ ...entry, data: `${file}.text.csv`, format: 'counts' })).toEqual(rows)
  })
})

/** The README's load before red team 38: the dialect pinned but the comment character left to the sniffer. */
const r37 = (files: readonly string[]): string =>
  `read_csv([${files.map((f) => `'${f}'`).join(', ')}], header = true, delim = ',', quote = '"', escape = '"', all_varchar = true, union_by_name = true)`

/**
 * The README's load: the files the audit read (its report's `data`), each prefixed with `./` (a
 * listed `~/…` is $HOME to DuckDB, `file:/…` an absolute path: red team 38 R38-6), as the rows read
 * them: text, the header, a comma (a tab for .tsv), `"` quoting and escaping, no comment character
 * and no skipped lines (left to sniff, DuckDB takes `#` for a comment: R38-3).
 */
const recipe = (files: readonly string[], delim = ','): string =>
  `read_csv([${files.map((f) => `'${isAbsolute(f) ? f : `./${f}`}'`).join(', ')}], header = true, delim = '${delim === '\t' ? '\\t' : delim}', quote = '"', escape = '"', comment = '', skip = 0, all_varchar = true, union_by_name = true)`

describe("the README's load pins the dialect and the files the rows read (red team 37 R37-2, R37-3)", () => {
  const entry = { ...gate, prediction: 's', sensitive: ['g'] }
  /** The counts of `sql` over the table `load` makes, audited. */
  async function counts(load: string, sql: string, out: string): Promise<unknown> {
    await duck.con.run(`CREATE OR REPLACE TABLE predictions AS SELECT * FROM ${load}`)
    await copyToCsv(duck.con, duck.ws, sql, out)
    return outcome({ ...entry, data: out, format: 'counts' })
  }

  it.each([
    [
      'a .csv that also splits at ;',
      'd.csv',
      ',',
      'y;s;g;a;b;c,y,s,g',
      (rows: string, other: string) => `${other.replace(/,/g, ';')};x;x;x,${rows}`,
    ],
    [
      'a .tsv that also splits at ,',
      'd.tsv',
      '\t',
      'y,s,g,a,b,c\ty\ts\tg',
      (rows: string, other: string) => `${other},x,x,x\t${rows.replace(/,/g, '\t')}`,
    ],
  ])('%s: sniffed, the other cells; pinned, the rows', async (_, file, delim, header, line) => {
    // The rows' cells: group A 50 right and 40 wrong; the other split's: all of A right.
    const same = [
      ...Array<string>(50).fill('1,1,B'),
      ...Array<string>(50).fill('0,0,B'),
      ...Array<string>(50).fill('1,1,A'),
    ]
    const body = [...same.map((r) => line(r, r)), ...Array.from({ length: 40 }, () => line('1,0,A', '1,1,A'))]
    duck.ws.write(file, `${[header, ...body].join('\n')}\n`)
    const rows = await outcome({ ...entry, data: file })
    expect(rows).toMatchObject({ passed: false })
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    const path = join(duck.ws.dir, file)
    expect(await counts(`read_csv('${path}', all_varchar = true)`, sql, `${file}.sniffed.csv`)).toMatchObject({
      passed: true,
    })
    expect(await counts(recipe([path], delim), sql, `${file}.pinned.csv`)).toEqual(rows)
  })

  it("a dotfile and a link DuckDB's glob takes and the rows' leave out: loaded by the report's list, the rows", async () => {
    duck.ws.write(
      'eval/d1.csv',
      `${['y,s,g', ...Array(50).fill('1,1,B'), ...Array(50).fill('0,0,B'), ...Array(50).fill('1,1,A'), ...Array(10).fill('1,0,A')].join('\n')}\n`,
    )
    duck.ws.write('eval/.d2.csv', `${['y,s,g', ...Array(500).fill('1,1,A')].join('\n')}\n`)
    duck.ws.write('other/d3.csv', `${['y,s,g', ...Array(500).fill('1,1,A')].join('\n')}\n`)
    symlinkSync('../other/d3.csv', join(duck.ws.dir, 'eval', 'd3.csv'))
    const glob = { ...entry, data: 'eval/*.csv' }
    const report = await duck.report(glob)
    expect(report.data).toEqual(['eval/d1.csv'])
    const rows = await outcome(glob)
    expect(rows).toMatchObject({ passed: false })
    const sql = countsQuery(parsedAudit(glob), { dialect: 'duckdb', table: 'predictions' })
    const globbed = `read_csv('${join(duck.ws.dir, 'eval', '*.csv')}', all_varchar = true)`
    expect(await counts(globbed, sql, 'glob.counts.csv')).toMatchObject({ passed: true })
    expect(await counts(recipe(report.data.map((f) => join(duck.ws.dir, f))), sql, 'list.counts.csv')).toEqual(rows)
  })
})

describe("the README's load pins the comment character and reads each listed path as the file (red team 38 R38-3, R38-6)", () => {
  const entry = { ...gate, prediction: 's', sensitive: ['g'] }
  async function counts(load: string, sql: string, out: string): Promise<unknown> {
    await duck.con.run(`CREATE OR REPLACE TABLE predictions AS SELECT * FROM ${load}`)
    await copyToCsv(duck.con, duck.ws, sql, out)
    return outcome({ ...entry, data: out, format: 'counts' })
  }
  /** Group B 100 rows right, A 50 right and `wrong` (40 rows). */
  const body = (wrong: string, id = 'b'): string[] => [
    ...Array<string>(50).fill(`${id},1,1,B`),
    ...Array<string>(50).fill(`${id},0,0,B`),
    ...Array<string>(50).fill(`${id},1,1,A`),
    ...Array<string>(40).fill(wrong),
  ]

  it.each([
    [
      'a CRLF file with a bare CR before `#…` (R38-3)',
      `id,y,s,g\r\n${Array.from({ length: 40 }, (_, i) => `a${i},1,1,A\r#b${i},1,0,A\r\n`).join('')}${'c,1,1,A\r\nc,0,0,A\r\n'.repeat(5)}${'d,1,1,B\r\nd,0,0,B\r\n'.repeat(50)}`,
    ],
    [
      'the same and a header starting with `#` (R38-3b)',
      `#id,y,s,g,a,b\r\nq,1,1,g,y,s\r\nt,1,1,B,1,1\r#u,1,1,B,1,1\r\n${Array.from({ length: 40 }, (_, i) => `r${i},1,0,A,1,1\r\n`).join('')}${'c,1,1,A,1,1\r\nc,0,0,A,0,0\r\n'.repeat(25)}${'d,1,1,B,1,1\r\nd,0,0,B,0,0\r\n'.repeat(50)}`,
    ],
  ])('%s: sniffed, the other verdict; pinned, an error', async (_, text) => {
    const file = 'crhash.csv'
    duck.ws.write(file, text)
    const rows = await outcome({ ...entry, data: file })
    expect(rows).toMatchObject({ passed: false })
    const sql = countsQuery(parsedAudit({ ...entry, data: file }), { dialect: 'duckdb', table: 'predictions' })
    const path = join(duck.ws.dir, file)
    expect(await counts(r37([path]), sql, 'crhash.r37.csv')).toMatchObject({ passed: true })
    await expect(counts(recipe([path]), sql, 'crhash.pinned.csv')).rejects.toThrow(/sniffing file/)
  })

  // The data path (relative to the workspace), and where DuckDB reads it listed bare (relative to
  // the workspace, whose `home` stands for the runner's HOME).
  const dirs: [string, (ws: string) => string, string][] = [
    ['~', () => '~/w/d.csv', 'home/w/d.csv'],
    ['file:', (ws) => `file:${ws}/w/d.csv`, 'w/d.csv'],
  ]
  it.each(dirs)(
    'a committed directory named `%s`: listed bare, DuckDB reads another file; prefixed with ./, the rows',
    async (_, data, other) => {
      const home = join(duck.ws.dir, 'home')
      const file = data(duck.ws.dir)
      duck.ws.write(file, `${['id,y,s,g', ...body('b,1,0,A')].join('\n')}\n`)
      duck.ws.write(other, `${['id,y,s,g', ...body('b,1,1,A')].join('\n')}\n`)
      const e = { ...entry, data: file }
      const report = await duck.report(e)
      expect(report.data).toEqual([file])
      const rows = await outcome(e)
      expect(rows).toMatchObject({ passed: false })
      const sql = countsQuery(parsedAudit(e), { dialect: 'duckdb', table: 'predictions' })
      // The load runs in the checkout (the workspace), HOME elsewhere (a runner's /home/runner).
      await duck.con.run(`SET file_search_path = '${duck.ws.dir}'`)
      await duck.con.run(`SET home_directory = '${home}'`)
      try {
        expect(await counts(r37(report.data), sql, 'bare.counts.csv')).toMatchObject({ passed: true })
        expect(await counts(recipe(report.data), sql, 'dot.counts.csv')).toEqual(rows)
      } finally {
        await duck.con.run('RESET file_search_path')
        await duck.con.run('RESET home_directory')
      }
    },
  )
})
