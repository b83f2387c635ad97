/**
 * Header names DuckDB's `read_csv` renames (red team 38 R38-2): with the README's load, a header
 * cell ` g` (or `g `, NBSP + `g`, U+3000 + `g`) is named `g` and the file's real `g` after it
 * `g_1`; an empty cell at index 2 is `column2` and a real `column2` after it `column2_1`; and in
 * `g,g,g_1` the second `g` is `g_1` and the real `g_1` is `g_1_1`. The printed query's `"g"` then
 * read another column than the rows: rows exit 1, counts exit 0. Now the rows refuse a header
 * where DuckDB's name for a column the audit reads is another column's; renames of columns the
 * audit does not read stay harmless.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { describe, expect, it } from 'vitest'
import { duckDbCsvNames } from '../../src/data/header.js'
import { duckDbFixture } from '../support/duckdb.js'
import { audit } from '../support/workspace.js'

const duck = duckDbFixture()

/** The README's warehouse load. */
const RECIPE = `header = true, delim = ',', quote = '"', escape = '"', all_varchar = true, union_by_name = true`

const gate = { confidence: false, metrics: ['accuracy'], gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }

/** DuckDB's column names for a CSV file of `ws`, read with the recipe. */
async function duckNames(file: string): Promise<string[]> {
  const r = await duck.con.runAndReadAll(`SELECT * FROM read_csv(['${duck.ws.dir}/${file}'], ${RECIPE}) LIMIT 0`)
  return r.columnNames()
}

/** A file of `header`: `plain` (a column right on every row) and `audited` (40 wrong rows in group A). */
function write(file: string, header: string, row: (group: string, right: boolean) => string): void {
  const rows = [header]
  for (let i = 0; i < 500; i++) rows.push(row('B', true))
  for (let i = 0; i < 50; i++) rows.push(row('A', true))
  for (let i = 0; i < 40; i++) rows.push(row('A', false))
  duck.ws.write(file, `${rows.join('\n')}\n`)
}

describe("header names DuckDB's read_csv renames (red team 38 R38-2)", () => {
  it.each([' g', 'g ', '\u00a0g', '\u3000g'])(
    'a cell %j that DuckDB trims to the audited g: refused, naming both cells, their positions and why',
    async (cell) => {
      const file = `trim-${cell.codePointAt(0)}-${cell.length}.csv`
      // Column 3 (the cell DuckDB names g) says B on every row; the real g (4) puts the wrong rows in A.
      write(file, `y,p,${cell},g`, (group, right) => `1,${right ? 1 : 0},B,${group}`)
      expect(await duckNames(file)).toEqual(['y', 'p', 'g', 'g_1'])
      expect(duckDbCsvNames(['y', 'p', cell, 'g'])).toEqual(['y', 'p', 'g', 'g_1'])
      const problems = (await duck.ws.problems(audit(file, gate))).join('\n')
      expect(problems).toContain(
        `${file}:1:4: the header's column 4 'g' is the audit's sensitive column, but DuckDB's read_csv would name column 3 (${JSON.stringify(cell)}) 'g' and column 4 'g_1' (it trims spaces from both ends of a name), so the warehouse query of \`model-audit-gate sql\` reads another column than this audit (red team 38 R38-2); rename column 3`,
      )
    },
  )

  it('an empty cell where the audited column is columnN: refused', async () => {
    write('empty.csv', 'y,p,,column2', (group, right) => `1,${right ? 1 : 0},B,${group}`)
    expect(await duckNames('empty.csv')).toEqual(['y', 'p', 'column2', 'column2_1'])
    const problems = (await duck.ws.problems(audit('empty.csv', { ...gate, sensitive: ['column2'] }))).join('\n')
    expect(problems).toContain(
      `empty.csv:1:4: the header's column 4 'column2' is the audit's sensitive column, but DuckDB's read_csv would name column 3 ("") 'column2' and column 4 'column2_1' (it names an empty header cell columnN, N its index from 0)`,
    )
  })

  it("a repeated name whose `_1` rename takes the audited column's name: refused", async () => {
    // The two g copies agree on every row (which the rows accept); g_1 puts the wrong rows in A.
    write('dup.csv', 'y,p,g,g,g_1', (group, right) => `1,${right ? 1 : 0},B,B,${group}`)
    expect(await duckNames('dup.csv')).toEqual(['y', 'p', 'g', 'g_1', 'g_1_1'])
    const problems = (await duck.ws.problems(audit('dup.csv', { ...gate, sensitive: ['g_1'] }))).join('\n')
    expect(problems).toContain(
      `dup.csv:1:5: the header's column 5 'g_1' is the audit's sensitive column, but DuckDB's read_csv would name column 4 ("g") 'g_1' and column 5 'g_1_1' (it renames a repeated name by appending _1, _2, …)`,
    )
  })

  it('the label and prediction too', async () => {
    write('label.csv', 'y ,y,p,g', (group, right) => `0,1,${right ? 1 : 0},${group}`)
    const problems = (await duck.ws.problems(audit('label.csv', gate))).join('\n')
    expect(problems).toContain(`label.csv:1:2: the header's column 2 'y' is the audit's label column`)
    write('pred.csv', 'y,,column1,g', (group, right) => `1,1,${right ? 1 : 0},${group}`)
    const pred = (await duck.ws.problems(audit('pred.csv', { ...gate, prediction: 'column1' }))).join('\n')
    expect(pred).toContain(`pred.csv:1:3: the header's column 3 'column1' is the audit's prediction column`)
  })

  it('renames of columns the audit does not read are harmless: the audit runs', async () => {
    const header = 'y,p,g, note,note,,x,x,x_1,\u00a0'
    write('ok.csv', header, (group, right) => `1,${right ? 1 : 0},${group},a,a,b,c,d,e,f`)
    expect(await duckNames('ok.csv')).toEqual(['y', 'p', 'g', 'note', 'note_1', 'column5', 'x', 'x_1', 'x_1_1', 'C9'])
    expect(duckDbCsvNames(header.split(','))).toEqual(await duckNames('ok.csv'))
    const out = await duck.ws.run(audit('ok.csv', gate))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key)).toEqual(['A', 'B'])
  })
})

describe("JSON and Parquet names DuckDB's read_json and read_parquet rename (red team 38 R38-2)", () => {
  /** Records of y, p, g, G, g_1: g_1 puts 40 wrong rows in A, G says B on every row. */
  const records = (): Record<string, string>[] => {
    const out: Record<string, string>[] = []
    for (let i = 0; i < 500; i++) out.push({ y: '1', p: '1', g: 'B', G: 'B', g_1: 'B' })
    for (let i = 0; i < 50; i++) out.push({ y: '1', p: '1', g: 'B', G: 'B', g_1: 'A' })
    for (let i = 0; i < 40; i++) out.push({ y: '1', p: '0', g: 'B', G: 'B', g_1: 'A' })
    return out
  }
  const message =
    "the file has columns 'g' and 'G', and the audit's sensitive column is 'g_1': DuckDB's read_json and read_parquet rename one of two names that are equal but for case by appending _1, _2, …"

  it('JSON keys g, G and g_1 with an audit of g_1: refused; DuckDB\'s "g_1" is the G key', async () => {
    duck.ws.write(
      'twins.jsonl',
      `${records()
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    )
    const r = await duck.con.runAndReadAll(
      `SELECT DISTINCT "g_1" FROM read_json(['${duck.ws.dir}/twins.jsonl'], format = 'newline_delimited', union_by_name = true)`,
    )
    expect(r.columnNames()).toEqual(['G_1'])
    expect(r.getRows()).toEqual([['B']])
    const problems = (await duck.ws.problems(audit('twins.jsonl', { ...gate, sensitive: ['g_1'] }))).join('\n')
    expect(problems).toContain(`twins.jsonl:1: ${message}`)
  })

  it('Parquet columns g, G and g_1 with an audit of g_1: refused; DuckDB\'s "g_1" is the G column', async () => {
    const rows = records()
    const names = ['y', 'p', 'g', 'G', 'g_1'] as const
    const buffer = parquetWriteBuffer({
      columnData: names.map((name) => ({ name, data: rows.map((r) => r[name]), type: 'STRING' as const })),
    })
    duck.ws.write('twins.parquet', Buffer.from(buffer))
    const r = await duck.con.runAndReadAll(
      `SELECT DISTINCT "g_1" FROM read_parquet(['${duck.ws.dir}/twins.parquet'], union_by_name = true)`,
    )
    expect(r.getRows()).toEqual([['B']])
    const problems = (await duck.ws.problems(audit('twins.parquet', { ...gate, sensitive: ['g_1'] }))).join('\n')
    expect(problems).toContain(`twins.parquet:1: ${message}`)
  })

  it('an audited name with no twin of its stem is read', async () => {
    duck.ws.write(
      'plain.jsonl',
      `${records()
        .map(({ y, p, g, G, g_1 }) => JSON.stringify({ y, p, g, G, h_1: g_1 }))
        .join('\n')}\n`,
    )
    const out = await duck.ws.run(audit('plain.jsonl', { ...gate, sensitive: ['h_1'] }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key)).toEqual(['A', 'B'])
  })
})
