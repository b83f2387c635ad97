/**
 * An audit's files are of formats that name values alike (red team 29 R29-7): a Parquet BOOLEAN
 * names its group `true` where the CSV pandas writes says `True`, a DOUBLE 1.0 names `1` where the
 * CSV says `1.0`, so the same 240 rows failed a gate as one CSV and passed it with 40 of them moved
 * to a Parquet shard (a group of their own, below `min_group_size`). CSV with TSV, and JSON with
 * JSON Lines, name values alike and may be read together.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const config = (data: string) =>
  `audits:\n  - name: a\n    data: ${data}\n    label: y\n    prediction: p\n    sensitive: [g]\n    confidence: false\n    metrics: [accuracy]\n`

const run = async (data: string) => {
  const out = await runConfigText(config(data), 'audit.yml', { workspace: ws.dir })
  return out.ok ? out.report.audits[0]?.groups.map((g) => [g.key, g.count]) : out.problems.map(formatProblem)
}

describe('an audit’s files name values alike (red team 29 R29-7)', () => {
  it('a CSV shard and a Parquet shard of a boolean group column: refused at `data`, naming both', async () => {
    ws.write('mix/a.csv', 'y,p,g\n1,1,True\n0,0,False\n')
    ws.write(
      'mix/b.parquet',
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'y', data: Int32Array.of(1, 0), type: 'INT32' },
            { name: 'p', data: Int32Array.of(1, 0), type: 'INT32' },
            { name: 'g', data: [true, false], type: 'BOOLEAN' },
          ],
        }),
      ),
    )
    expect(await run('mix/*')).toEqual([
      'audit.yml:3:11: the data files mix formats that name values differently: CSV/TSV (mix/a.csv), Parquet (mix/b.parquet); a Parquet or JSON boolean is the group `true` where a CSV says `True`, a number 1.0 is `1` where a CSV says `1.0`, so the same rows would fall in other groups by the file they are in: convert the shards to one format',
    ])
    // Each shard alone names its values its own way.
    expect(await run('mix/a.csv')).toEqual([
      ['False', 1],
      ['True', 1],
    ])
    expect(await run('mix/b.parquet')).toEqual([
      ['false', 1],
      ['true', 1],
    ])
  })

  it('CSV with TSV and gzipped CSV, JSON with JSON Lines: read together', async () => {
    ws.write('text/a.csv', 'y,p,g\n1,1,1.0\n')
    ws.write('text/b.tsv', 'y\tp\tg\n0\t0\t1.0\n')
    ws.writeGz('text/c.csv.gz', 'y,p,g\n1,0,1.0\n')
    expect(await run('text/*')).toEqual([['1.0', 3]])
    ws.write('json/a.json', '[{"y":1,"p":1,"g":true}]')
    ws.write('json/b.jsonl', '{"y":0,"p":0,"g":true}\n')
    expect(await run('json/*')).toEqual([['true', 2]])
  })
})

describe('an audit’s files store a group column with one kind of type (red team 30 R30-1, R30-2)', () => {
  const shard = (name: string, band: { data: unknown; type: string }) =>
    ws.write(
      name,
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'y', data: Int32Array.of(1, 0), type: 'INT32' },
            { name: 'p', data: Int32Array.of(1, 0), type: 'INT32' },
            { name: 'g', ...band } as never,
          ],
        }),
      ),
    )

  it('a DOUBLE shard and a STRING shard: refused at data, naming the column, both files and both types', async () => {
    shard('types/a.parquet', { data: Float64Array.of(1, 0), type: 'DOUBLE' })
    shard('types/b.parquet', { data: ['1.0', '0.0'], type: 'STRING' })
    expect(await run('types/*')).toEqual([
      "audit.yml:3:11: sensitive column 'g' is a number in types/a.parquet and text in types/b.parquet: a value is named by its type (a boolean true is the group `true`, a number 1.0 is `1`, text is as written), so the same rows would fall in other groups by the file they are in; write the column with one type in every file",
    ])
  })

  it('INT32 beside DOUBLE (both numbers, named by value): read together, one group a value', async () => {
    shard('nums/a.parquet', { data: Int32Array.of(1, 0), type: 'INT32' })
    shard('nums/b.parquet', { data: Float64Array.of(1, 0), type: 'DOUBLE' })
    expect(await run('nums/*')).toEqual([
      ['0', 2],
      ['1', 2],
    ])
  })

  it('format: counts over a CSV and a Parquet counts table: refused as a mix of kinds', async () => {
    ws.write('counts/a.csv', 'g,tp,fp,tn,fn,n_rows\nTrue,1,0,0,0,1\n')
    shard('counts/b.parquet', { data: [true, false], type: 'BOOLEAN' })
    const config = `audits:\n  - name: a\n    data: counts/*\n    format: counts\n    sensitive: [g]\n    confidence: false\n`
    const out = await runConfigText(config, 'audit.yml', { workspace: ws.dir })
    expect(out.ok ? 'ran' : out.problems.map(formatProblem).join('\n')).toMatch(
      /the data files mix formats that name values differently: CSV\/TSV \(counts\/a\.csv\), Parquet \(counts\/b\.parquet\)/,
    )
  })
})
