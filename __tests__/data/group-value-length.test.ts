/**
 * A group name is at most MAX_GROUP_VALUE_LENGTH characters (red team N5): a group's name is
 * written into every table, chart, gate and disparity of the reports, and one 1 MiB `sex`
 * value (a 2.1 KB gzip CSV) took the action to 822 MB, an 8 MiB one above 1 GB. Every pass
 * refuses a longer value at its file:line:column — the fast CSV pass, csv-parse, JSONL,
 * Parquet, counts tables — and the config cannot give one either (`missing_group`, `reference`).
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_GROUP_VALUE_LENGTH } from '../../src/data/values.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const LIMIT = MAX_GROUP_VALUE_LENGTH.toLocaleString('en-US')
const long = 'x'.repeat(MAX_GROUP_VALUE_LENGTH + 1)
const refused = (where: string, column = 'g'): string =>
  `${where}: sensitive column '${column}' has a value of ${(MAX_GROUP_VALUE_LENGTH + 1).toLocaleString('en-US')} characters ("${'x'.repeat(60)}…"), longer than the ${LIMIT} a group name may have; is it the right column? Bin or shorten its values`

describe(`a group value has at most ${LIMIT} characters`, () => {
  it('a value of exactly the limit is a group', async () => {
    ws.write('limit.csv', `y,p,g\n1,1,${'x'.repeat(MAX_GROUP_VALUE_LENGTH)}\n0,0,b\n`)
    expect((await ws.run(audit('limit.csv'))).ok).toBe(true)
  })

  it.each([
    ['the fast CSV pass', 'd.csv', {}],
    ['gzipped', 'd.csv.gz', {}],
    ['csv-parse (a delimiter the fast pass does not read)', 'd-s.csv', { delimiter: '§' }],
  ])('one character more is refused at its line and column (%s)', async (_what, name, extra) => {
    const d = (extra as { delimiter?: string }).delimiter ?? ','
    const text = `y${d}p${d}g\n1${d}1${d}a\n0${d}0${d}${long}\n`
    if (name.endsWith('.gz')) ws.writeGz(name, text)
    else ws.write(name, text)
    expect(await ws.problems(audit(name, extra))).toEqual([refused(`${name}:3:3`)])
  })

  it('in JSONL, and in a column only an intersection reads', async () => {
    ws.write('d.jsonl', `{"y":1,"p":1,"g":"a","h":"b"}\n{"y":0,"p":0,"g":"a","h":"${long}"}\n`)
    expect(await ws.problems(audit('d.jsonl', { intersections: [['g', 'h']] }))).toEqual([refused('d.jsonl:2:4', 'h')])
  })

  it('in Parquet', async () => {
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'y', data: Int32Array.from([1, 0]), type: 'INT32' as const },
        { name: 'p', data: Int32Array.from([1, 0]), type: 'INT32' as const },
        { name: 'g', data: ['a', long], type: 'STRING' as const },
      ],
    })
    ws.write('d.parquet', Buffer.from(buf))
    expect(await ws.problems(audit('d.parquet'))).toEqual([refused('d.parquet:2:3')])
  })

  it('in a counts table, plain and GROUPING SETS', async () => {
    ws.write('c.csv', `g,tp,fp,tn,fn\na,1,1,1,1\n${long},1,1,1,1\n`)
    expect(await ws.problems(audit('c.csv', { format: 'counts' }))).toEqual([refused('c.csv:3:1')])
    ws.write('s.csv', `grouping_set,g,tp,fp,tn,fn\n,,2,2,2,2\ng,a,1,1,1,1\ng,${long},1,1,1,1\n`)
    expect(await ws.problems(audit('s.csv', { format: 'counts' }))).toEqual([refused('s.csv:4:2')])
  })

  it('the config cannot give a longer group name: missing_group and reference groups', async () => {
    ws.write('m.csv', 'y,p,g\n1,1,a\n0,0,\n')
    const over = `expected at most ${LIMIT} characters`
    expect(await ws.problems(audit('m.csv', { missing: 'group', missing_group: long }))).toEqual([
      expect.stringMatching(new RegExp(`^audit\\.yml:1:\\d+: ${over} \\(at audits\\[0\\]\\.missing_group\\)$`)),
    ])
    expect(await ws.problems(audit('m.csv', { reference: { g: long } }))).toEqual([
      expect.stringMatching(new RegExp(`^audit\\.yml:1:\\d+: ${over} \\(at audits\\[0\\]\\.reference\\.g\\)$`)),
    ])
  })
})
