/* global Buffer, console, process */
/**
 * Peak memory and wall time of the built CLI on every case of the bad-input corpus
 * (__fixtures__/bad/), each run in a copy of its directory, and on a few inputs too large
 * to commit (gzip files that expand to a 1 GB line, string or field, built here in
 * milliseconds from concatenated gzip members; config bombs, a 1,000-level directory chain and
 * 20,000 files under a glob, red team 4): fails when any case peaks above 256 MB. By hand, not in CI (it measures the machine, and wants the bundle built):
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
for (const [name, setup] of Object.entries(setups)) generated[name] = setup
const all = [
  ...cases,
  ...Object.keys(generated).filter((n) => positionals.length === 0 || positionals.some((p) => n.includes(p))),
]

const rows = []
for (const name of all) {
  const dir = mkdtempSync(join(tmpdir(), `hostile-rss-${name}-`))
  try {
    if (typeof generated[name] === 'function') generated[name](dir)
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
