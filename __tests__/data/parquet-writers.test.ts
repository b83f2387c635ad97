/**
 * Files real writers produce pass the bounded decoders' strict rules (a run may not claim more
 * values than its page has left, a page's levels hold what its header says, the footer's chunks
 * are the schema's leaves, a DECIMAL's precision and scale fit its type) and are read as the
 * writer's own reader reads them. DuckDB writes one table of nullable strings and booleans,
 * DECIMALs in INT32, INT64 and fixed-length bytes, 64-bit integers past 2^53 (and a list and a
 * struct, which the audit does not read),
 * with every codec the product reads, dictionaries on and off, version-1 and version-2 pages and
 * row groups of an odd size; hyparquet-writer writes flat columns in its encodings and page sizes.
 * Every file's audit has, per attribute, the groups DuckDB's GROUP BY finds over the same file
 * (each group's rows and right predictions), and DuckDB's files all give one report.
 */
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { duckDbFixture } from '../support/duckdb.js'

const ROWS = 5003
const TABLE = `SELECT (hash(i) % 2)::INTEGER AS y, (hash(i * 7) % 3 <> 0) AS p,
    CASE WHEN i % 11 = 0 THEN NULL ELSE 'g' || (i % 5) END AS g,
    CASE WHEN i % 13 = 0 THEN NULL ELSE i % 3 = 0 END AS b,
    ((i % 4) * 1.25)::DECIMAL(9,2) AS d9,
    ((i % 3) * 1000000000.001)::DECIMAL(18,3) AS d18,
    ('1234567890123456789012345678901234567' || (i % 2))::DECIMAL(38,0) AS d38,
    CASE WHEN i % 17 = 0 THEN NULL ELSE [i % 2, i % 3] END AS lst,
    {'a': i % 2, 's': CASE WHEN i % 19 = 0 THEN NULL ELSE 's' || (i % 3) END} AS st,
    (9007199254740992 + (i % 2))::BIGINT AS i64
  FROM range(${ROWS}) r(i)`
// `lst` and `st` are in every file and never read: an audit reads flat columns only (a nested one is refused).
const ATTRIBUTES = ['g', 'b', 'd9', 'd18', 'd38', 'i64']
const CODECS = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli'] as const
const DUCK_FILES = CODECS.flatMap((codec) =>
  [true, false].flatMap((dictionary) =>
    (['V1', 'V2'] as const).map((version) => ({
      name: `duck-${codec}-${dictionary ? 'dict' : 'plain'}-${version}.parquet`,
      options: `FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 1237, PARQUET_VERSION ${version}${dictionary ? '' : ', DICTIONARY_SIZE_LIMIT 1, STRING_DICTIONARY_PAGE_SIZE_LIMIT 1'}`,
    })),
  ),
)

const duck = duckDbFixture()
beforeAll(async () => {
  for (const f of DUCK_FILES) await duck.con.run(`COPY (${TABLE}) TO '${join(duck.ws.dir, f.name)}' (${f.options})`)
  // hyparquet-writer: the flat columns, nullable, in its encodings, small pages and odd row groups.
  const rows = (await duck.con.runAndReadAll(`SELECT y, p, g, b, i64 FROM (${TABLE})`)).getRowObjects()
  const column = <T>(k: string, f: (v: unknown) => T): T[] => rows.map((r) => f(r[k]))
  for (const [n, rowGroupSize, pageSize, encoding] of [
    [1, 1237, 4096, undefined],
    [2, 4000, 1 << 20, 'PLAIN'],
    [3, 999, 777, 'RLE_DICTIONARY'],
  ] as const)
    duck.ws.write(
      `writer-${n}.parquet`,
      Buffer.from(
        parquetWriteBuffer({
          rowGroupSize,
          pageSize,
          columnData: [
            { name: 'y', data: Int32Array.from(column('y', Number)), type: 'INT32' },
            { name: 'p', data: column('p', (v) => v as boolean), type: 'BOOLEAN' },
            { name: 'g', data: column('g', (v) => v as string | null), type: 'STRING', nullable: true, encoding },
            { name: 'b', data: column('b', (v) => v as boolean | null), type: 'BOOLEAN', nullable: true },
            {
              name: 'i64',
              data: BigInt64Array.from(column('i64', (v) => v as bigint)),
              type: 'INT64',
              ...(encoding === 'PLAIN' ? { encoding: 'DELTA_BINARY_PACKED' as const } : {}),
            },
          ],
        }),
      ),
    )
}, 180_000)

/** Per attribute, the sorted [rows, right predictions] of its groups as DuckDB reads the file. */
async function duckGroups(file: string, attributes: readonly string[]): Promise<Record<string, number[][]>> {
  const out: Record<string, number[][]> = {}
  for (const a of attributes) {
    const r = await duck.con.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, sum((y = p::INTEGER)::INTEGER)::INTEGER AS right
       FROM read_parquet('${join(duck.ws.dir, file)}') GROUP BY "${a}"`,
    )
    out[a] = r
      .getRowObjects()
      .map((x) => [Number(x.n), Number(x.right)])
      .sort((p, q) => (p[0] as number) - (q[0] as number) || (p[1] as number) - (q[1] as number))
  }
  return out
}

async function report(file: string, attributes: readonly string[]): Promise<AuditReport> {
  const out = await duck.ws.run({
    audits: [
      {
        name: 'm',
        data: file,
        label: 'y',
        prediction: 'p',
        sensitive: [...attributes],
        missing: 'group',
        metrics: ['accuracy'],
        confidence: false,
      },
    ],
  })
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

/** The same per attribute from the audit's groups. */
function auditGroups(r: AuditReport, attributes: readonly string[]): Record<string, number[][]> {
  const out: Record<string, number[][]> = {}
  for (const a of attributes)
    out[a] = r.groups
      .filter((g) => Object.keys(g.group).length === 1 && a in g.group)
      .map((g) => [g.count, Math.round((g.metrics.accuracy as number) * g.count)])
      .sort((p, q) => (p[0] as number) - (q[0] as number) || (p[1] as number) - (q[1] as number))
  return out
}

describe('Parquet as real writers write it', () => {
  let reference: AuditReport | undefined
  it.each(DUCK_FILES.map((f) => f.name))(
    '%s: the groups DuckDB reads, and one report for every variant',
    async (name) => {
      const r = await report(name, ATTRIBUTES)
      expect(r.rows).toBe(ROWS)
      expect(auditGroups(r, ATTRIBUTES)).toEqual(await duckGroups(name, ATTRIBUTES))
      // The exact names too (DuckDB prints lists, structs and DECIMALs its own way): as the first file's.
      const { data: _data, ...rest } = r
      if (!reference) reference = r
      const { data: _refData, ...expected } = reference
      expect(rest).toEqual(expected)
    },
  )

  it('names the DECIMAL and 64-bit groups exactly', async () => {
    const r = await report(DUCK_FILES[0]?.name as string, ATTRIBUTES)
    const names = (a: string): string[] =>
      r.groups
        .filter((g) => Object.keys(g.group).length === 1 && a in g.group)
        .map((g) => String(g.group[a]))
        .sort()
    expect(names('d9')).toEqual(['0', '1.25', '2.5', '3.75'])
    expect(names('d18')).toEqual(['0', '1000000000.001', '2000000000.002'])
    expect(names('d38')).toEqual(['12345678901234567890123456789012345670', '12345678901234567890123456789012345671'])
    expect(names('i64')).toEqual(['9007199254740992', '9007199254740993'])
  })

  it.each([1, 2, 3])('hyparquet-writer file %i: the groups DuckDB reads', async (n) => {
    const name = `writer-${n}.parquet`
    const flat = ['g', 'b', 'i64']
    const r = await report(name, flat)
    expect(r.rows).toBe(ROWS)
    expect(auditGroups(r, flat)).toEqual(await duckGroups(name, flat))
  })
})
