/* global Buffer, console, process */
/**
 * Peak memory and wall time of the built CLI on every case of the bad-input corpus
 * (__fixtures__/bad/), each run in a copy of its directory, and on a few inputs too large
 * to commit (gzip files that expand to a 1 GB line, string or field, built here in
 * milliseconds from concatenated gzip members; config bombs, a 1,000-level directory chain and
 * 20,000 files under a glob, red team 4; the shapes still over 256 MB after red team 6: many
 * attributes, audits and control levels, a baseline of 990,000 keys, 5,000 long markup names,
 * 1,000 small .gz files): fails when any case peaks above 256 MB. By hand, not in CI (it measures the machine, and wants the bundle built):
 *
 *   node scripts/hostile-rss.mjs [--cli dist/cli/index.js] [--limit-mb 256] [case-name-substring]
 *
 * Peak RSS is the child's maximum resident set size as /usr/bin/time -v reports it
 * (Node's own baseline is about 50 MB).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { parquetWriteBuffer } from 'hyparquet-writer'

const ROOT = resolve(import.meta.dirname, '..')
const { values, positionals } = parseArgs({
  options: {
    cli: { type: 'string', default: join(ROOT, 'dist', 'cli', 'index.js') },
    'limit-mb': { type: 'string', default: '256' },
  },
  allowPositionals: true,
})
const cli = resolve(values.cli)
const limitKb = Number(values['limit-mb']) * 1024
if (!existsSync(cli)) {
  console.error(
    `no CLI bundle at ${cli}; build it (npm run bundle, or ncc build src/cli.ts -o /tmp/cli) and pass --cli`,
  )
  process.exit(2)
}
if (!existsSync('/usr/bin/time')) {
  console.error('needs /usr/bin/time (GNU time: apt-get install time)')
  process.exit(2)
}

const corpus = join(ROOT, '__fixtures__', 'bad')
const cases = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (positionals.length === 0 || positionals.some((p) => d.name.includes(p))))
  .map((d) => d.name)
  .sort()

/** A gzip file: `head`, then `mib` MiB of 'a', then `tail` (members concatenate into one stream). */
function gzBomb(head, mib, tail) {
  const one = gzipSync(Buffer.alloc(1024 * 1024, 'a'))
  return Buffer.concat([gzipSync(head), ...Array.from({ length: mib }, () => one), gzipSync(tail)])
}
// The gzip cases are bombs on purpose: past the default ratio (100), so allow deflate's most, to
// reach the record bounds they are for.
const audit = (data) =>
  `audits:\n  - name: model\n    data: ${data}\n    label: y\n    prediction: p\n    sensitive: [sex]\n${data.endsWith('.gz') ? '    max_decompression_ratio: 1100\n' : ''}`
const generated = {
  'generated-jsonl-gz-1gb-line': [
    'd.jsonl.gz',
    () => gzBomb('{"y":1,"p":1,"sex":"F"}\n{"y":0,"p":1,"sex":"', 1024, '"}\n'),
  ],
  'generated-json-gz-600mb-string': [
    'd.json.gz',
    () => gzBomb('[{"y":1,"p":1,"sex":"F"},\n {"y":0,"p":1,"sex":"', 600, '"}]\n'),
  ],
  'generated-csv-gz-1gb-quoted-field': ['d.csv.gz', () => gzBomb('y,p,sex\n1,1,F\n0,1,"', 1024, '"\n')],
  'generated-csv-gz-1gb-line': ['d.csv.gz', () => gzBomb('y,p,sex\n1,1,F\n0,1,', 1024, '\n')],
  // Red team 4 R4-1: one PLAIN page of 1,048,576 strings in every column read (each within the page bounds).
  'generated-parquet-wide-plain-pages': ['d.parquet', () => widePages(1 << 20)],
}

/** y, p and sex as strings, one PLAIN page of `rows` values each. */
function widePages(rows) {
  const col = (f) => Array.from({ length: rows }, (_, i) => f(i))
  const columnData = [
    { name: 'y', data: col((i) => String(i % 2)), type: 'STRING', encoding: 'PLAIN' },
    { name: 'p', data: col((i) => String((i >> 1) % 2)), type: 'STRING', encoding: 'PLAIN' },
    { name: 'sex', data: col((i) => (i % 3 ? 'xxxxxxxxxxF' : 'xxxxxxxxxxM')), type: 'STRING', encoding: 'PLAIN' },
  ]
  return Buffer.from(parquetWriteBuffer({ rowGroupSize: rows, pageSize: 0, columnData }))
}
/** `rows` rows of y, a 17-digit score and a weight (4,096 of each, dictionary-encoded), g: d.parquet and its audit. */
function weightedScores(dir, rows) {
  let x = 12345
  const rand = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return x / 4294967296
  }
  const scores = Array.from({ length: 4096 }, () => rand())
  const s = new Float64Array(rows)
  const y = new Int32Array(rows)
  const w = new Float64Array(rows)
  const g = new Array(rows)
  for (let i = 0; i < rows; i++) {
    s[i] = scores[i % 4096]
    y[i] = (i * 7) % 3 === 0 ? 1 : 0
    w[i] = 1 + (i % 3) * 0.25
    g[i] = i % 2 ? 'A' : 'B'
  }
  const buffer = parquetWriteBuffer({
    statistics: false,
    rowGroupSize: rows,
    pageSize: 1 << 20,
    codec: 'GZIP',
    compressors: { GZIP: (b) => gzipSync(b, { level: 9 }) },
    columnData: [
      { name: 'y', data: y, type: 'INT32' },
      { name: 's', data: s, type: 'DOUBLE', encoding: 'RLE_DICTIONARY' },
      { name: 'w', data: w, type: 'DOUBLE', encoding: 'RLE_DICTIONARY' },
      { name: 'g', data: g, type: 'STRING' },
    ],
  })
  writeFileSync(join(dir, 'd.parquet'), Buffer.from(buffer))
  writeFileSync(
    join(dir, 'audit.yml'),
    `audits:\n  - name: m\n    data: d.parquet\n    label: y\n    score: s\n    weight: w\n    sensitive: [g]\n    metrics: [roc_auc]\n    max_decompression_ratio: 1100\n`,
  )
}
/**
 * `rows` rows of 17-digit scores (1,000 of them), weighted unless `weighted` is false, and 32
 * two-valued group columns, in a Parquet file DuckDB writes (red team 36 R36-7's shape: 2.55
 * million rows in 1.7 MB).
 */
async function weightedWide(dir, rows, weighted = true) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const db = await DuckDBInstance.create(':memory:')
  const connection = await db.connect()
  const names = Array.from({ length: 32 }, (_, k) => `g${k + 1}`)
  const groups = names.map((n, k) => `'v${k + 1}_' || (i % 2) AS ${n}`).join(', ')
  await connection.run(
    `COPY (SELECT (i % 2)::INT AS y, (0.12345678901234567 + (i % 1000) * 1e-6)::DOUBLE AS s, (1 + (i % 7))::DOUBLE AS w, ${groups} FROM range(${rows}) t(i)) TO '${join(dir, 'd.parquet')}' (FORMAT PARQUET)`,
  )
  connection.closeSync()
  db.closeSync()
  writeFileSync(
    join(dir, 'audit.yml'),
    `audits:\n  - name: m\n    data: d.parquet\n    label: y\n    score: s\n    threshold: 0.1239\n${weighted ? '    weight: w\n' : ''}    sensitive: [${names.join(', ')}]\n    confidence: false\n    metrics: [roc_auc, accuracy]\n    max_decompression_ratio: 1100\n    gates:\n      - {metric: roc_auc, min: 0.1}\n`,
  )
}
/**
 * `cells` combinations of four columns, each with the four (y, p) and three weights in each, of
 * the magnitudes 1e12, 1e-4 and 1e-12 in the first `many` combinations (1, 2, 3 in the rest): every
 * such confusion cell's Σw and Σw² needs three partials (red team 41 R41-1's shape).
 */
async function manyMagnitudes(dir, cells, many = cells) {
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const db = await DuckDBInstance.create(':memory:')
  const connection = await db.connect()
  await connection.run(
    `COPY (SELECT (k // 12500)::INT AS a, ((k // 625) % 20)::INT AS b, ((k // 25) % 25)::INT AS c, (k % 25)::INT AS d, ((j // 3) // 2)::INT AS y, ((j // 3) % 2)::INT AS p, (CASE WHEN k >= ${many} THEN (1 + j % 3)::DOUBLE WHEN j % 3 = 0 THEN 987654321012.3456::DOUBLE WHEN j % 3 = 1 THEN 0.00012345678901234567::DOUBLE ELSE 1.2345678901234567e-12::DOUBLE END) AS w FROM (SELECT i // 12 AS k, i % 12 AS j FROM range(${cells * 12}) t(i))) TO '${join(dir, 'd.parquet')}' (FORMAT PARQUET, COMPRESSION ZSTD)`,
  )
  connection.closeSync()
  db.closeSync()
  writeFileSync(
    join(dir, 'audit.yml'),
    `audits:\n  - name: m\n    data: d.parquet\n    label: y\n    prediction: p\n    weight: w\n    sensitive: [a, b, c, d]\n    confidence: false\n    metrics: [accuracy, selection_rate]\n    max_decompression_ratio: 1100\n    gates:\n      - {metric: accuracy, min: 0.1}\n`,
  )
}
const small = 'y,p,sex\n1,1,F\n0,1,M\n'
/** Cases that write their own config (and tree) into `dir`: red team 4. */
const setups = {
  // R4-12: a 1 MB config of one unknown 500,000-number list took 14.6 s and 542 MB; 20,000 one-line audits over 20 s.
  'generated-config-1mb-list': (dir) => {
    writeFileSync(join(dir, 'd.csv'), small)
    writeFileSync(join(dir, 'audit.yml'), `${audit('d.csv')}    x: [${'0,'.repeat(500_000)}0]\n`)
  },
  'generated-config-20000-audits': (dir) => {
    writeFileSync(join(dir, 'd.csv'), small)
    const one = '  - {name: m, data: d.csv, label: y, prediction: p, sensitive: [sex]}\n'
    writeFileSync(join(dir, 'audit.yml'), `audits:\n${one.repeat(20_000)}`)
  },
  'generated-config-under-256k-list': (dir) => {
    writeFileSync(join(dir, 'd.csv'), small)
    writeFileSync(join(dir, 'audit.yml'), `${audit('d.csv')}    x: [${'0,'.repeat(19_990)}0]\n`)
  },
  // R4-14: a chain of 1,000 nested directories under `**` took over 20 s.
  'generated-glob-1000-deep': (dir) => {
    const deep = join(dir, ...Array.from({ length: 1000 }, () => 'a'))
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(deep, 'x.csv'), small)
    writeFileSync(join(dir, 'audit.yml'), audit('"**/*.csv"'))
  },
  // R4-4: 20,000 two-line CSVs from one glob took over 20 s.
  'generated-glob-20000-files': (dir) => {
    mkdirSync(join(dir, 'd'))
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, 'd', `f${i}.csv`), small)
    writeFileSync(join(dir, 'audit.yml'), audit('"d/*.csv"'))
  },
}
/** A seeded 0/1 stream (an LCG), so the generated data is the same on every run. */
function bits(seed) {
  let x = seed >>> 0
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    return x >>> 31
  }
}
const attrs = (n) => Array.from({ length: n }, (_, k) => `a${k}`)
/** `rows` rows of y, p and `n` attributes, attribute k taking `values(i, k)`. */
function manyAttributes(rows, n, values) {
  const bit = bits(7)
  const lines = [`y,p,${attrs(n).join(',')}`]
  for (let i = 0; i < rows; i++)
    lines.push(
      `${bit()},${bit()},${attrs(n)
        .map((_, k) => values(i, k))
        .join(',')}`,
    )
  return `${lines.join('\n')}\n`
}
const auditOf = (name, data, fields) =>
  `  - name: ${name}\n    data: ${data}\n    label: y\n    prediction: p\n${fields.map((f) => `    ${f}\n`).join('')}`
// Issue 11, session 7: the cases that were still over 256 MB after red teams 4 to 6.
Object.assign(setups, {
  // 32 attributes × 624 groups (19,968, under the audit's 20,000), --json --markdown: 286 MB.
  'generated-32-attributes-624-groups': (dir) => {
    writeFileSync(
      join(dir, 'd.csv'),
      manyAttributes(40_000, 32, (i, k) => `v${(i * (2 * k + 1)) % 624}`),
    )
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${auditOf('m', 'd.csv', [`sensitive: [${attrs(32).join(', ')}]`, 'max_groups: 1000'])}`,
    )
    writeFileSync(
      join(dir, 'args.json'),
      JSON.stringify(['--config', 'audit.yml', '--json', 'r.json', '--markdown', 'r.md']),
    )
  },
  // Six audits of 32 attributes of 4 values and 32 pair intersections at 2,000 replicates (R4-10): 269 MB.
  'generated-6-audits-32-attributes-intersections': (dir) => {
    const bit = bits(3)
    writeFileSync(
      join(dir, 'd.csv'),
      manyAttributes(4_000, 32, () => 2 * bit() + bit()),
    )
    const fields = [
      `sensitive: [${attrs(32).join(', ')}]`,
      `intersections: [${attrs(32)
        .map((a, k) => `[${a}, a${(k + 1) % 32}]`)
        .join(', ')}]`,
      'confidence: {replicates: 2000}',
    ]
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${[0, 1, 2, 3, 4, 5].map((i) => auditOf(`m${i}`, 'd.csv', fields)).join('')}`,
    )
  },
  // A baseline whose overall holds 990,000 keys (15.7 MB, under the 32 MiB and 1,000,000 values): 309 MB.
  'generated-baseline-990000-overall-keys': (dir) => {
    writeFileSync(join(dir, 'd.csv'), small)
    writeFileSync(join(dir, 'audit.yml'), audit('d.csv'))
    const overall = Array.from({ length: 990_000 }, (_, i) => `"k${i}": 0.5`).join(', ')
    writeFileSync(
      join(dir, 'base.json'),
      `{"schema_version": 1, "tool": {"name": "model-audit-gate", "version": "0.1.0"}, "config": "audit.yml", "passed": true, "summary": {"gates": 0, "failed": 0, "warned": 0, "insufficient": 0, "passed": 0}, "audits": [{"name": "model", "overall": {${overall}}}]}\n`,
    )
    writeFileSync(
      join(dir, 'args.json'),
      JSON.stringify(['--config', 'audit.yml', '--baseline', 'base.json', '--json', 'r.json', '--markdown', 'r.md']),
    )
  },
  // A controlled audit at the old bounds: 190 levels × sensitive a (50) and b (50), 6 gates (N6-4): 421 MB.
  'generated-control-190-levels-100-groups': (dir) => {
    const lines = ['y,p,ch,a,b']
    const bit = bits(5)
    for (let l = 0; l < 190; l++)
      for (let j = 0; j < 100; j++) lines.push(`${bit()},${bit()},L${l},a${j % 50},b${(j * 7) % 50}`)
    writeFileSync(join(dir, 'd.csv'), `${lines.join('\n')}\n`)
    const gates = ['demographic_parity_difference', 'equalized_odds_difference', 'accuracy_difference']
      .flatMap((m) => ['a', 'b'].map((a) => `      - {metric: ${m}, attribute: ${a}, max: 0.5}`))
      .join('\n')
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${auditOf('c', 'd.csv', ['sensitive: [a, b]', 'control: [ch]', 'max_groups: 20000', 'gates:'])}${gates}\n`,
    )
    writeFileSync(
      join(dir, 'args.json'),
      JSON.stringify(['--config', 'audit.yml', '--json', 'r.json', '--markdown', 'r.md']),
    )
  },
  // R4-3: 5,000 groups of 1,000-character markup names in a .csv.gz, the ratio raised: 293 MB.
  'generated-5000-markup-names-gz-raised-ratio': (dir) => {
    const lines = ['y,p,g']
    for (let i = 0; i < 5000; i++) {
      const v = '@a JIRA-1 www.x #1 '.repeat(53).slice(0, 994) + String(i).padStart(6, '0')
      lines.push(`1,1,${v}`, `0,1,${v}`)
    }
    writeFileSync(join(dir, 'd.csv.gz'), gzipSync(`${lines.join('\n')}\n`))
    const fields = [
      'sensitive: [g]',
      'max_groups: 20000',
      'max_decompression_ratio: 1000',
      'confidence: false',
      'gates:',
    ]
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${auditOf('m', 'd.csv.gz', fields)}      - {metric: accuracy, each_group: {min: 0.9}}\n`,
    )
    writeFileSync(
      join(dir, 'args.json'),
      JSON.stringify(['--config', 'audit.yml', '--json', 'r.json', '--markdown', 'r.md']),
    )
  },
  // R12-12: 20,000 groups of 1,000-character names in a 116 KB .csv.gz, the ratio raised: a 1 GB
  // report, 244 MB; now refused by the group names' characters (MAX_GROUP_NAME_CHARS).
  'generated-20000-groups-1000-char-names': (dir) => {
    const lines = ['y,p,a']
    for (let i = 0; i < 20_000; i++) lines.push(`${i % 2},${(i >> 1) % 2},${String(i).padStart(1000, '0')}`)
    writeFileSync(join(dir, 'd.csv.gz'), gzipSync(`${lines.join('\n')}\n`))
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${auditOf('m', 'd.csv.gz', ['sensitive: [a]', 'max_groups: 20000', 'max_decompression_ratio: 1100'])}`,
    )
    writeFileSync(join(dir, 'args.json'), JSON.stringify(['--config', 'audit.yml', '--json', 'r.json']))
  },
  // Two attributes of 1,000 values of 400 characters, not intersected: a million cells from a 6 MB
  // .csv.gz took 1.1 GB; now refused past MAX_AUDIT_CELLS combinations.
  'generated-million-cells-long-names': (dir) => {
    const a = Array.from({ length: 1000 }, (_, i) => `a${String(i).padStart(399, '0')}`)
    const b = Array.from({ length: 1000 }, (_, i) => `b${String(i).padStart(399, '0')}`)
    // 800 MB of text, one gzip member a thousand rows (members concatenate into one stream).
    const members = [gzipSync('y,p,a,b\n')]
    for (let k = 0; k < 1000; k++) {
      let text = ''
      for (let i = k * 1000; i < (k + 1) * 1000; i++) text += `${i % 2},${(i >> 1) % 2},${a[i % 1000]},${b[k]}\n`
      members.push(gzipSync(text))
    }
    writeFileSync(join(dir, 'd.csv.gz'), Buffer.concat(members))
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${auditOf('m', 'd.csv.gz', ['sensitive: [a, b]', 'max_groups: 20000', 'max_decompression_ratio: 1100'])}`,
    )
  },
  // R14-5: a counts table with 20 records whose grouping_set is 7 MiB of commas (143 KB gzipped):
  // each was split, sorted and joined, 962 MB; now longer than any set the audit uses, not split.
  'generated-counts-7mib-grouping-sets': (dir) => {
    const big = ','.repeat(7 * 1024 * 1024)
    const head = 'grouping_set,g,tp,fp,tn,fn\n,,2,1,1,0\ng,A,1,1,0,0\ng,B,1,0,1,0\n'
    writeFileSync(join(dir, 'd.csv.gz'), gzipSync(head + `"${big}",A,0,0,0,0\n`.repeat(20)))
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n${auditOf('m', 'd.csv.gz', ['format: counts', 'sensitive: [g]', 'max_decompression_ratio: 1100'])}`,
    )
  },
  // R14-2: 9.5 million rows of seven-decimal scores with roc_auc in a 369 KB .csv.gz: 370 MB within
  // the row bound; now a kept score costs a row more of it (SCORE_ROW_UNITS).
  'generated-auc-9m-seven-decimal-scores': (dir) => {
    const block = gzipSync('1,0.2500001,A\n0,0.7500001,B\n'.repeat(4096), { level: 9 })
    const members = [gzipSync('y,s,g\n'), ...Array.from({ length: 1160 }, () => block)]
    writeFileSync(join(dir, 'd.csv.gz'), Buffer.concat(members))
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n  - name: m\n    data: d.csv.gz\n    label: y\n    score: s\n    sensitive: [g]\n    metrics: [roc_auc]\n    max_decompression_ratio: 1100\n`,
    )
  },
  // R34-7: 3,333,000 rows of weighted 17-digit DOUBLE scores (4,096 of them, dictionary-encoded)
  // in a 145 KB Parquet file: within the bound at SCORE_ROW_UNITS, 247-271 MB, exit 0; now a
  // weighted kept score costs WEIGHTED_SCORE_ROW_UNITS: exit 2 before a row is read. Its
  // 2,500,000-row variant is within the bound: ~210 MB, exit 0.
  'generated-parquet-auc-weighted-17-digit-3333k': (dir) => weightedScores(dir, 3_333_000),
  'generated-parquet-auc-weighted-17-digit-2500k': (dir) => weightedScores(dir, 2_500_000),
  // R36-7: 2,550,000 such rows (1,000 scores) with 32 two-valued group columns in a 1.7 MB Parquet
  // file DuckDB writes: within the bound at WEIGHTED_SCORE_ROW_UNITS, 228-273 MB, exit 0; now the
  // row costs one more for every GROUP_COLUMNS_A_SCORE_UNIT (8) group columns: exit 2 before a row
  // is read. Its 1,300,000-row variant is within the bound: 171-176 MB, exit 0.
  'generated-parquet-auc-weighted-32-columns-2550k': (dir) => weightedWide(dir, 2_550_000),
  'generated-parquet-auc-weighted-32-columns-1300k': (dir) => weightedWide(dir, 1_300_000),
  // The same unweighted: 3,700,000 rows in 2.5 MB were within the bound at SCORE_ROW_UNITS, 224-252
  // MB, exit 0; now exit 2 before a row is read, and 1,500,000 rows, within it, peak at 158-171 MB.
  'generated-parquet-auc-32-columns-3700k': (dir) => weightedWide(dir, 3_700_000, false),
  'generated-parquet-auc-32-columns-1500k': (dir) => weightedWide(dir, 1_500_000, false),
  // R41-1: 250,000 combinations whose every Σw and Σw² needs three partials, in a 43 KB Parquet
  // file of 3 M rows: each sum an array of its own, 781-813 MB, exit 0 (130,000 of them: 471 MB;
  // 130,000 among 250,000: 529 MB); now the partials are blocks of one bounded array
  // (MAX_EXTRA_PARTIAL_BYTES): exit 2 at 214-222 MB; 130,000, within the bound, 202 MB, exit 0,
  // and 130,000 among 250,000 229-237 MB, exit 0.
  'generated-parquet-weights-of-many-magnitudes-250k': (dir) => manyMagnitudes(dir, 250_000),
  'generated-parquet-weights-of-many-magnitudes-130k': (dir) => manyMagnitudes(dir, 130_000),
  'generated-parquet-weights-of-many-magnitudes-130k-of-250k': (dir) => manyMagnitudes(dir, 250_000, 130_000),
  // R12-4: an audit of 20,000 groups with a 29.6 MB baseline of 3,900 of them (the same audit's
  // report, made here by the CLI under test): read after the audit, the baseline's text took the run
  // from 193 MB to 259 MB; read before it, 231 MB.
  'generated-20000-groups-30mb-baseline': (dir) => {
    const rows = (groups) => {
      const lines = ['y,p,s,a']
      for (let i = 0; i < 200_000; i++)
        lines.push(`${i % 2},${(i >> 1) % 2},${((i * 7919) % 1000) / 1000},g${i % groups}`)
      return `${lines.join('\n')}\n`
    }
    const config = (data) => `audits:\n${auditOf('m', data, ['score: s', 'sensitive: [a]', 'max_groups: 20000'])}`
    writeFileSync(join(dir, 'b.csv'), rows(3900))
    writeFileSync(join(dir, 'b.yml'), config('b.csv'))
    spawnSync(process.execPath, [cli, '--config', 'b.yml', '--json', 'base.json', '--quiet'], { cwd: dir })
    rmSync(join(dir, 'b.csv'))
    writeFileSync(join(dir, 'd.csv'), rows(20_000))
    writeFileSync(join(dir, 'audit.yml'), config('d.csv'))
    writeFileSync(
      join(dir, 'args.json'),
      JSON.stringify(['--config', 'audit.yml', '--baseline', 'base.json', '--json', 'r.json', '--markdown', 'r.md']),
    )
  },
  // R16-3: 200 records of a 1.1 MiB cell in a column no audit reads, each after a short row, in a
  // 221 KB .csv.gz at the config's ratio of 1100: csv-parse's from end to end, a row a record, 12.7 s
  // of CPU an audit, 124 s for 10; now its bytes cost 16 a row: exit 2 in the first audit.
  'generated-csv-gz-200-long-cells-10-audits': (dir) => {
    const cell = 'a'.repeat(1_126_400)
    const pairs = Array.from({ length: 200 }, (_, i) => `b,${i % 2},${i % 2},\na,${i % 2},${i % 2},${cell}\n`)
    writeFileSync(join(dir, 'd.csv.gz'), gzipSync(`g,y,p,junk\n${pairs.join('')}`, { level: 9 }))
    const audits = Array.from({ length: 10 }, (_, i) =>
      auditOf(`m${i}`, 'd.csv.gz', ['sensitive: [g]', 'max_decompression_ratio: 1100']),
    )
    writeFileSync(join(dir, 'audit.yml'), `audits:\n${audits.join('')}`)
  },
  // R16-1: 249,000 rows of 32 random binary attributes (each row its own combination, under the
  // 250,000 cells), 2.9 MB gzipped: 635 MB, exit 0; now the cells' values are bounded too.
  'generated-249000-cells-32-attributes': (dir) => {
    // Row i's first 18 attributes spell i (each row its own combination), the rest vary with it.
    const names = Array.from({ length: 32 }, (_, k) => `a${k}`)
    const bit = (i, k) => (k < 18 ? (i >> k) & 1 : ((i * 2654435761) >>> (k - 4)) & 1)
    const lines = [`y,p,${names.join(',')}`]
    for (let i = 0; i < 249_000; i++) lines.push(`${i % 2},${(i >> 1) % 2},${names.map((_, k) => bit(i, k)).join(',')}`)
    writeFileSync(join(dir, 'd.csv.gz'), gzipSync(`${lines.join('\n')}\n`))
    writeFileSync(join(dir, 'audit.yml'), `audits:\n${auditOf('m', 'd.csv.gz', [`sensitive: [${names.join(', ')}]`])}`)
  },
  // N6-1: 1,000 identical 1,572-byte .csv.gz files each expanding a MiB, under one glob: ran past 20 s.
  'generated-1000-small-gz-files': (dir) => {
    const one = gzipSync(Buffer.from('y,p,g\n' + '1,0,a\n'.repeat(174_762)), { level: 9 })
    mkdirSync(join(dir, 'd'))
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, 'd', `f${String(i).padStart(4, '0')}.csv.gz`), one)
    writeFileSync(join(dir, 'audit.yml'), `audits:\n${auditOf('m', '"d/*.csv.gz"', ['sensitive: [g]'])}`)
  },
})
/**
 * `rows` rows of y, p (INT32) and string columns `names`, each two strings of `length` characters
 * that differ in their last (`strings(i)` of row i), in pages of about 1 MB, `codec`.
 */
function longStrings(rows, names, length, encoding, codec, label = false) {
  const two = ['x', 'y'].map((c) => 'a'.repeat(length - 1) + c)
  const y = Int32Array.from({ length: rows }, (_, i) => i & 1)
  const p = Int32Array.from({ length: rows }, (_, i) => (i >> 1) & 1)
  const strings = Array.from({ length: rows }, (_, i) => two[i % 2])
  const columnData = label
    ? [
        { name: 'y', data: strings.map((v, i) => (i % 1000 === 0 ? '1' : v)), type: 'STRING', encoding },
        { name: 'p', data: p, type: 'INT32' },
        { name: 'g', data: Array.from({ length: rows }, (_, i) => `g${i % 2}`), type: 'STRING' },
      ]
    : [
        { name: 'y', data: y, type: 'INT32' },
        { name: 'p', data: p, type: 'INT32' },
        ...names.map((name) => ({ name, data: strings, type: 'STRING', encoding })),
      ]
  return Buffer.from(
    parquetWriteBuffer({
      statistics: false,
      rowGroupSize: rows,
      pageSize: 1 << 20,
      codec,
      compressors: { GZIP: (b) => gzipSync(b, { level: 9 }) },
      columnData,
    }),
  )
}
const parquetAudits = (n, sensitive, extra = []) =>
  `audits:\n${Array.from({ length: n }, (_, i) => auditOf(`a${i}`, 'd.parquet', ['positive_label: 1', `sensitive: [${sensitive.join(', ')}]`, 'confidence: false', ...extra])).join('')}`
// Red team 23: Parquet values that decode to far more than their file's bytes.
Object.assign(setups, {
  // R23-1: 190,000 PLAIN strings of 1,000 characters in GZIP pages, 431 KB, 50 audits at ratio 1100: 35.7 s, 456 MB, exit 0.
  'generated-parquet-plain-1000-char-strings-50-audits': (dir) => {
    writeFileSync(join(dir, 'd.parquet'), longStrings(190_000, ['g'], 1000, 'PLAIN', 'GZIP'))
    writeFileSync(join(dir, 'audit.yml'), parquetAudits(50, ['g'], ['max_decompression_ratio: 1100']))
  },
  // R23-2: 1,000,000 DELTA_BYTE_ARRAY strings of 1,000 characters sharing 999 with the one before, default ratio (5 M: 17 s, 687 MB, exit 0).
  'generated-parquet-delta-1m-shared-prefix-strings': (dir) => {
    writeFileSync(join(dir, 'd.parquet'), longStrings(1_000_000, ['g'], 1000, 'DELTA_BYTE_ARRAY', 'UNCOMPRESSED'))
    writeFileSync(join(dir, 'audit.yml'), parquetAudits(1, ['g']))
  },
  // R23-5: a label of '1' and a 100,000-byte DELTA_BYTE_ARRAY string, 60,000 rows in 38 KB at ratio 1100: V8 out of memory.
  'generated-parquet-label-100kb-delta-strings': (dir) => {
    writeFileSync(join(dir, 'd.parquet'), longStrings(60_000, [], 100_000, 'DELTA_BYTE_ARRAY', 'GZIP', true))
    writeFileSync(join(dir, 'audit.yml'), parquetAudits(1, ['g'], ['max_decompression_ratio: 1100']))
  },
  // R23-6: 32 sensitive DELTA_BYTE_ARRAY columns of 1,000-character names, 100,000 rows in 386 KB, default ratio: 3.4 GB, exit 0.
  // Red team 30 R30-3: 32 binned columns of 1,024 codes (2 groups each) in 4,096 rows: the columnar
  // pass's keys by codes (ChainKeys) sized a table a column by prefixes x codes, 595 MB.
  'generated-parquet-32-binned-1024-code-columns': (dir) => {
    let x = 12345
    const rand = (m) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      return (x >>> 8) % m
    }
    const rows = 4096
    const names = Array.from({ length: 32 }, (_, k) => `g${k}`)
    const cols = names.map(() => [])
    for (let i = 0; i < rows; i++) for (let c = 0; c < 32; c++) cols[c].push(String(c === 0 ? i % 1024 : rand(1024)))
    const buffer = parquetWriteBuffer({
      rowGroupSize: rows,
      columnData: [
        { name: 'y', data: Array.from({ length: rows }, (_, i) => String(i & 1)), type: 'STRING' },
        { name: 'p', data: Array.from({ length: rows }, (_, i) => String((i >> 1) & 1)), type: 'STRING' },
        ...cols.map((data, c) => ({ name: names[c], data, type: 'STRING' })),
      ],
    })
    writeFileSync(join(dir, 'd.parquet'), Buffer.from(buffer))
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n  - name: wide\n    data: d.parquet\n    label: y\n    prediction: p\n    sensitive: [${names.join(', ')}]\n    bins:\n${names.map((n) => `      ${n}: [512]`).join('\n')}\n    max_decompression_ratio: 1100\n    gates:\n      - {metric: accuracy, each_group: {min: 0}}\n`,
    )
  },
  // Its larger variant: 1,000,000 rows (the 4,096 rows' pattern repeated) in one row group, pages
  // of 359,587 values. Each page's indices decoded whole: refused as too much to hold, at 267 MB;
  // and the label columns' PLAIN strings a view and a string a row. Now ~200 MB, exit 0.
  'generated-parquet-1m-rows-32-binned-1024-code-columns': (dir) => {
    let x = 12345
    const rand = (m) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      return (x >>> 8) % m
    }
    const rows = 1_000_000
    const names = Array.from({ length: 32 }, (_, k) => `g${k}`)
    const texts = Array.from({ length: 1024 }, (_, v) => String(v))
    const pattern = names.map((_, c) => Array.from({ length: 4096 }, (_, i) => (c === 0 ? i % 1024 : rand(1024))))
    const cols = pattern.map((p) => Array.from({ length: rows }, (_, i) => texts[p[i % 4096]]))
    const buffer = parquetWriteBuffer({
      rowGroupSize: rows,
      columnData: [
        { name: 'y', data: Array.from({ length: rows }, (_, i) => String(i & 1)), type: 'STRING' },
        { name: 'p', data: Array.from({ length: rows }, (_, i) => String((i >> 1) & 1)), type: 'STRING' },
        ...cols.map((data, c) => ({ name: names[c], data, type: 'STRING' })),
      ],
    })
    writeFileSync(join(dir, 'd.parquet'), Buffer.from(buffer))
    writeFileSync(
      join(dir, 'audit.yml'),
      `audits:\n  - name: wide\n    data: d.parquet\n    label: y\n    prediction: p\n    sensitive: [${names.join(', ')}]\n    bins:\n${names.map((n) => `      ${n}: [512]`).join('\n')}\n    max_decompression_ratio: 1100\n    gates:\n      - {metric: accuracy, each_group: {min: 0}}\n`,
    )
  },
  'generated-parquet-32-delta-string-columns': (dir) => {
    const names = Array.from({ length: 32 }, (_, k) => `s${k}`)
    writeFileSync(join(dir, 'd.parquet'), longStrings(100_000, names, 1000, 'DELTA_BYTE_ARRAY', 'GZIP'))
    writeFileSync(join(dir, 'audit.yml'), parquetAudits(1, names))
  },
})
for (const [name, setup] of Object.entries(setups)) generated[name] = setup
const all = [
  ...cases,
  ...Object.keys(generated).filter((n) => positionals.length === 0 || positionals.some((p) => n.includes(p))),
]

const rows = []
for (const name of all) {
  const dir = mkdtempSync(join(tmpdir(), `hostile-rss-${name}-`))
  try {
    if (typeof generated[name] === 'function') await generated[name](dir)
    else if (generated[name]) {
      const [file, make] = generated[name]
      writeFileSync(join(dir, file), make())
      writeFileSync(join(dir, 'audit.yml'), audit(file))
    } else cpSync(join(corpus, name), dir, { recursive: true, verbatimSymlinks: true })
    const argsFile = join(dir, 'args.json')
    const args = existsSync(argsFile) ? JSON.parse(readFileSync(argsFile, 'utf8')) : ['--config', 'audit.yml']
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    })
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN)
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr)
    const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN
    const code = Number(/Exit status: (\d+)/.exec(r.stderr)?.[1] ?? (r.signal ? NaN : r.status))
    rows.push({ name, peakKb, seconds, code, timedOut: r.error?.code === 'ETIMEDOUT' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const width = Math.max(...rows.map((r) => r.name.length), 4)
console.log(`${'case'.padEnd(width)}  peak RSS   wall     exit`)
for (const r of rows) {
  const over = !(r.peakKb <= limitKb) || r.timedOut
  console.log(
    `${r.name.padEnd(width)}  ${`${(r.peakKb / 1024).toFixed(1)} MB`.padStart(8)}  ${`${r.seconds.toFixed(2)} s`.padStart(7)}  ${r.timedOut ? 'timeout' : String(r.code).padStart(4)}${over ? '  OVER' : ''}`,
  )
}
const worst = rows.reduce((a, b) => (b.peakKb > a.peakKb ? b : a), rows[0])
const over = rows.filter((r) => !(r.peakKb <= limitKb) || r.timedOut)
console.log(
  `\n${rows.length} cases; highest peak ${(worst.peakKb / 1024).toFixed(1)} MB (${worst.name}); slowest ${Math.max(...rows.map((r) => r.seconds)).toFixed(2)} s`,
)
if (over.length > 0) {
  console.error(
    `${over.length} case(s) above ${values['limit-mb']} MB or timed out: ${over.map((r) => r.name).join(', ')}`,
  )
  process.exit(1)
}
