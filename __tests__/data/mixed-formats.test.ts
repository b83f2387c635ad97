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
