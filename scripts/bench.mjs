#!/usr/bin/env node
/* global console, process */
/**
 * `npm run bench`: how long our audit of a large evaluation file takes next to
 * `pandas.read_csv` of the same file, in the same run on the same machine.
 *
 * It writes deterministic synthetic files once into `.bench-cache/` (git-ignored): id, 0/1
 * label, 0/1 prediction, a 6-decimal score and three sensitive attributes of 3–5 values
 * (and, for `--full` sizes, the same rows with full-precision scores, as pandas writes a double),
 * each with one tiny group, plus the same data pre-aggregated to counts. It compiles the
 * audit into `.bench-cache/` (never `dist/`), then times, alternating, each side N times
 * and prints medians: wall time, rows/s, MB/s, peak RSS (from /usr/bin/time), what the
 * confidence intervals add to the whole run (runs with and without them in pairs, the median
 * of the pairs' differences), and the ratio of our whole audit to pandas'
 * read_csv alone. The audit has all default metrics,
 * ROC AUC (exact), one intersection and 2,000-replicate bootstrap intervals.
 *
 * Side by side with it: DuckDB (the `@duckdb/node-api` dev dependency, its own process, both
 * cores) computing the same groupings' confusion counts with `read_csv` + `GROUP BY GROUPING
 * SETS` (scripts/bench-duckdb.mjs; no AUC, no intervals). Then start-up: `--version` and a
 * 1,000-row audit next to a bare `node -e 0`. Then Parquet: the largest size written by DuckDB
 * with each codec (snappy, gzip, zstd), audited next to the same rows as CSV.
 *
 *   npm run bench                         # 1M, 2M and 10M rows, 3 runs each
 *   npm run bench -- --sizes 1M,2M --runs 5 --parquet none --full none
 *   npm run bench -- --only audit,pandas,duckdb --startup 0   # fewer sides
 *   npm run bench -- --also dist/cli/index.js   # also time another build of the CLI (before/after; Parquet too)
 *   npm run bench -- --node-args=--cpu-prof  # profile our side (.cpuprofile in cwd)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compactSource } from './compact-source.mjs'
import { eagerFactories } from './eager-factories.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CACHE = join(ROOT, '.bench-cache')
const DATA_VERSION = 1

function arg(name, fallback) {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`))
  if (hit) return hit.slice(name.length + 3)
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const parseSize = (s) => ({
  label: s,
  rows: Math.round(Number(s.replace(/[mk]$/i, '')) * (/m$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1)),
})
const SIZES = arg('sizes', '1M,2M,10M').split(',').map(parseSize)
/**
 * Sizes also written with full-precision scores ('none': none): each score the double pandas
 * writes by default (its shortest text, 16-17 digits), as a model's predict_proba gives them.
 */
const FULL = arg('full', '2M')
  .split(',')
  .filter((x) => x && x !== 'none')
  .map((x) => ({ ...parseSize(x), label: `${parseSize(x).label}-full`, full: true }))
const RUNS = Number(arg('runs', '3'))
const NODE_ARGS = arg('node-args', '').split(' ').filter(Boolean)
const ONLY = arg('only', 'audit,nointervals,noscore,counts,pandas,duckdb').split(',')
/** Runs of each start-up side (0: none). */
const STARTUP_RUNS = Number(arg('startup', '15'))
/** The size written as Parquet with each codec ('none': no Parquet rows); default the largest size. */
const PARQUET = arg('parquet', [...SIZES].sort((a, b) => b.rows - a.rows)[0]?.label ?? 'none')
const CODECS = arg('codecs', 'snappy,gzip,zstd').split(',')
/** Another build of the CLI, timed alternately with ours (e.g. main's dist/cli/index.js). */
const ALSO = arg('also', '')
const LOAD_BEFORE = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ')

/** mulberry32: a small, fast, seeded PRNG, so the data is the same on every machine. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick(r, values, weights) {
  let u = r()
  for (let i = 0; i < values.length; i++) {
    u -= weights[i]
    if (u < 0) return i
  }
  return values.length - 1
}

const SEX = { values: ['female', 'male', 'nonbinary'], weights: [0.495, 0.495, 0.01] }
const RACE = { values: ['white', 'black', 'hispanic', 'asian', 'pacific'], weights: [0.6, 0.15, 0.12, 0.128, 0.002] }
const AGE = { values: ['18-25', '26-45', '46-65', '65+'], weights: [0.2, 0.45, 0.345, 0.005] }

/** Writes `rows` rows (and the counts and the reference AUC) unless already cached. */
function generate(size) {
  const base = join(CACHE, `eval-${size.label}`)
  // Full precision: the six-decimal score plus a few 2^-45 (under a millionth, and the same for
  // the same score), so order and ties, and the reference AUC, are the six-decimal file's.
  const scoreText = size.full
    ? (micro) => String(micro === 0 ? 0 : micro / 1e6 + ((Math.imul(micro, 2654435761) >>> 0) % 997) * 2 ** -45)
    : (micro) => `0.${String(micro).padStart(6, '0')}`
  const csv = `${base}.csv`
  const meta = `${base}.meta.json`
  if (existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8'))
    if (m.version === DATA_VERSION && m.rows === size.rows && existsSync(csv))
      return { csv, counts: `${base}.counts.csv`, meta: m }
  }
  process.stderr.write(`generating ${size.rows} rows into ${csv} …\n`)
  const r = rng(20261123)
  const fd = openSync(csv, 'w')
  writeSync(fd, 'id,label,prediction,score,sex,race,age_band\n')
  // The reference AUC is computed here by another method (a histogram of the 10^6
  // possible scores), so the bench checks that the audit's ROC AUC is exact.
  const posHist = new Float64Array(1_000_000)
  const negHist = new Float64Array(1_000_000)
  const counts = new Map()
  let chunk = []
  for (let i = 0; i < size.rows; i++) {
    const sex = pick(r, SEX.values, SEX.weights)
    const race = pick(r, RACE.values, RACE.weights)
    const age = pick(r, AGE.values, AGE.weights)
    const rate = 0.3 + (0.1 * race) / 4 + (sex === 1 ? 0.05 : 0)
    const label = r() < rate ? 1 : 0
    let s = 0.25 * label + 0.75 * r() - (age === 3 ? 0.05 : 0)
    s = Math.min(0.999999, Math.max(0, s))
    const micro = Math.floor(s * 1e6)
    const pred = micro >= 500_000 !== r() < 0.05 ? 1 : 0
    ;(label ? posHist : negHist)[micro]++
    const key = `${sex},${race},${age}`
    let c = counts.get(key)
    if (!c) counts.set(key, (c = [0, 0, 0, 0]))
    c[label ? (pred ? 0 : 3) : pred ? 1 : 2]++
    chunk.push(
      `${i + 1},${label},${pred},${scoreText(micro)},${SEX.values[sex]},${RACE.values[race]},${AGE.values[age]}`,
    )
    if (chunk.length === 100_000) {
      writeSync(fd, chunk.join('\n') + '\n')
      chunk = []
    }
  }
  if (chunk.length) writeSync(fd, chunk.join('\n') + '\n')
  closeSync(fd)
  let below = 0
  let wins = 0
  let P = 0
  let N = 0
  for (let v = 0; v < 1_000_000; v++) {
    wins += posHist[v] * (below + negHist[v] / 2)
    below += negHist[v]
    P += posHist[v]
    N += negHist[v]
  }
  const lines = ['sex,race,age_band,tp,fp,tn,fn']
  for (const [key, c] of [...counts].sort()) {
    const [s, rc, a] = key.split(',').map(Number)
    lines.push(`${SEX.values[s]},${RACE.values[rc]},${AGE.values[a]},${c.join(',')}`)
  }
  writeFileSync(`${base}.counts.csv`, lines.join('\n') + '\n')
  const m = { version: DATA_VERSION, rows: size.rows, roc_auc: wins / (P * N) }
  writeFileSync(meta, JSON.stringify(m))
  return { csv, counts: `${base}.counts.csv`, meta: m }
}

function auditConfig(data, format, noScore = false, intervals = true) {
  return JSON.stringify({
    audits: [
      {
        name: 'bench',
        data,
        ...(format ? { format } : {}),
        label: 'label',
        prediction: 'prediction',
        ...(format || noScore ? {} : { score: 'score' }),
        sensitive: ['sex', 'race', 'age_band'],
        intersections: [['sex', 'race']],
        confidence: intervals ? { level: 0.95, replicates: 2000, seed: 1 } : false,
        metrics: [
          'selection_rate',
          'accuracy',
          'true_positive_rate',
          'false_positive_rate',
          ...(format || noScore ? [] : ['roc_auc']),
        ],
        gates: [
          { metric: 'demographic_parity_difference', max: 0.2 },
          { metric: 'equalized_odds_difference', max: 0.2 },
          ...(format || noScore ? [] : [{ metric: 'roc_auc', min: 0.6 }]),
        ],
      },
    ],
  })
}

/** Our side: the CLI, built with ncc into the cache (never into dist/). */
function buildAudit() {
  const out = join(CACHE, 'cli')
  process.stderr.write(`building the CLI into ${out} …\n`)
  execFileSync(join(ROOT, 'node_modules', '.bin', 'ncc'), ['build', join(ROOT, 'src', 'cli.ts'), '-o', out, '-q'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  // As npm run bundle writes dist/cli/: module factories compiled eagerly (eager-factories.mjs), the text compacted (compact-source.mjs).
  for (const name of readdirSync(out))
    if (name.endsWith('.js'))
      writeFileSync(join(out, name), compactSource(eagerFactories(readFileSync(join(out, name), 'utf8'))))
  return cliRunner(join(out, 'index.js'))
}

/** The command that runs the CLI bundle `bin` on a config, writing its JSON report beside it. */
function cliRunner(bin) {
  const run = (config, report = `${config}.report.json`) => [
    'node',
    [...NODE_ARGS, bin, '--config', config, '--workspace', CACHE, '--json', report, '--quiet'],
  ]
  run.bin = bin
  return run
}

function findPandasPython() {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' })
    if (r.status === 0) return { py, version: r.stdout.trim() }
  }
  return null
}

/** Runs a command under /usr/bin/time; returns wall seconds (to the microsecond, around the whole spawn) and peak RSS in MB. */
function timed(cmd, args) {
  const start = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '__BENCH__ %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  const m = /__BENCH__ (\d+)/.exec(r.stderr)
  if (!m || (r.status !== 0 && r.status !== 1)) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-3000)}`)
  }
  return { wall, rss: Number(m[1]) / 1024, stdout: r.stdout }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The audit of `config` by `run`, timed, with its report checked against the data's rows and reference AUC. */
function timedAudit(run, config, size, meta, withScore = true) {
  const report = `${config}.${run === ALSO_RUN ? 'also.' : ''}report.json`
  rmSync(report, { force: true })
  const [cmd, args] = run(config, report)
  const t = timed(cmd, args)
  const audit = JSON.parse(readFileSync(report, 'utf8')).audits[0]
  if (audit.rows !== size.rows)
    throw new Error(`${run.bin} read ${audit.rows} rows of ${config}, expected ${size.rows}`)
  if (withScore && Math.abs(audit.overall.roc_auc - meta.roc_auc) > 1e-9)
    throw new Error(
      `${run.bin}: ROC AUC ${audit.overall.roc_auc} of ${config} differs from the reference ${meta.roc_auc}`,
    )
  return t
}

/** DuckDB's confusion counts of `file`, timed, in its own process. */
function timedDuckDb(file, size) {
  const t = timed('node', [join(ROOT, 'scripts', 'bench-duckdb.mjs'), 'count', file])
  const out = JSON.parse(t.stdout.trim())
  if (out.rows !== size.rows) throw new Error(`DuckDB counted ${out.rows} rows of ${file}, expected ${size.rows}`)
  return t
}

let ALSO_RUN = null

function main() {
  mkdirSync(CACHE, { recursive: true })
  if (!existsSync('/usr/bin/time')) {
    console.error('/usr/bin/time is needed for peak RSS: apt-get install -y time')
    process.exit(2)
  }
  const pandas = findPandasPython()
  if (!pandas)
    console.error(
      "notice: pandas not found; skipping the pandas side. Install Debian's: apt-get update && apt-get install -y python3-pandas",
    )
  const audit = buildAudit()
  if (ALSO) {
    if (!existsSync(resolve(ALSO))) throw new Error(`--also ${ALSO}: no such file`)
    ALSO_RUN = cliRunner(resolve(ALSO))
  }
  const alsoLabel = `the same, by ${ALSO}`
  const rows = []
  const ms = (x) => `${(1000 * x).toFixed(0)} ms`
  const wallOf = (runs) => median(runs.map((t) => t.wall))
  const ratio = (size, side, a, b) => {
    if (a.length && (Array.isArray(b) ? b.length : b !== undefined))
      rows.push({ size, side: `ratio: ${side}`, ratio: wallOf(a) / (Array.isArray(b) ? wallOf(b) : b) })
  }
  const line = (size, mb, side, runs, wallOverride, noMb = false) => {
    if (runs.length === 0) return
    const wall = wallOverride ?? wallOf(runs)
    rows.push({
      size: size.label,
      side,
      wall,
      rowsPerS: size.rows / wall,
      mbPerS: noMb ? null : mb / wall,
      rss: median(runs.map((t) => t.rss)),
    })
  }
  for (const size of [...SIZES, ...FULL]) {
    // A full-precision file is timed for the audit, pandas and DuckDB only.
    const only = (side) => ONLY.includes(side) && (!size.full || ['audit', 'pandas', 'duckdb'].includes(side))
    const { csv, meta } = generate(size)
    const mb = statSync(csv).size / 1e6
    const rowsCfg = join(CACHE, `audit-${size.label}.json`)
    writeFileSync(rowsCfg, auditConfig(`eval-${size.label}.csv`))
    const countsCfg = join(CACHE, `audit-${size.label}.counts.json`)
    writeFileSync(countsCfg, auditConfig(`eval-${size.label}.counts.csv`, 'counts'))
    const noScoreCfg = join(CACHE, `audit-${size.label}.noscore.json`)
    writeFileSync(noScoreCfg, auditConfig(`eval-${size.label}.csv`, undefined, true))
    const noIntervalsCfg = join(CACHE, `audit-${size.label}.nointervals.json`)
    writeFileSync(noIntervalsCfg, auditConfig(`eval-${size.label}.csv`, undefined, false, false))
    const res = {
      audit: [],
      also: [],
      nointervals: [],
      noscore: [],
      counts: [],
      pandas: [],
      pandasRead: [],
      duckdb: [],
    }
    for (let run = 0; run < RUNS; run++) {
      const withIntervals = () => res.audit.push(timedAudit(audit, rowsCfg, size, meta))
      const withoutIntervals = () => {
        const [cmd, args] = audit(noIntervalsCfg)
        res.nointervals.push(timed(cmd, args))
      }
      // The two runs of a pair follow each other, in alternating order, so that what the
      // intervals add is measured pair by pair, free of the machine's slower drifts.
      const pair = [only('audit') && withIntervals, only('nointervals') && withoutIntervals].filter(Boolean)
      for (const side of run % 2 === 0 ? pair : pair.reverse()) side()
      if (ALSO_RUN) res.also.push(timedAudit(ALSO_RUN, rowsCfg, size, meta))
      if (only('noscore')) {
        const [cmd, args] = audit(noScoreCfg)
        res.noscore.push(timed(cmd, args))
      }
      if (only('counts')) {
        try {
          const [cmd, args] = audit(countsCfg)
          res.counts.push(timed(cmd, args))
        } catch (e) {
          if (run === 0) console.error(`notice: the counts run failed: ${e.message.split('\n').slice(0, 3).join(' ')}`)
        }
      }
      if (pandas && only('pandas')) {
        const script = `import time, json, pandas as pd\nt=time.perf_counter()\ndf=pd.read_csv(${JSON.stringify(csv)})\nprint(json.dumps({"seconds": time.perf_counter()-t, "rows": len(df)}))`
        const t = timed(pandas.py, ['-c', script])
        const inner = JSON.parse(t.stdout.trim())
        if (inner.rows !== size.rows) throw new Error(`pandas read ${inner.rows} rows, expected ${size.rows}`)
        res.pandas.push(t)
        res.pandasRead.push(inner.seconds)
      }
      if (only('duckdb')) res.duckdb.push(timedDuckDb(csv, size))
    }
    line(size, mb, 'model-audit-gate (whole audit, rows)', res.audit)
    line(size, mb, alsoLabel, res.also)
    line(size, mb, 'model-audit-gate (same, confidence: false)', res.nointervals)
    line(size, mb, 'model-audit-gate (no score: no AUC)', res.noscore)
    line(size, mb, 'model-audit-gate (counts input, rows represented)', res.counts, undefined, true)
    line(size, mb, 'python3 + pandas.read_csv (process)', res.pandas)
    if (res.pandasRead.length) line(size, mb, 'pandas.read_csv alone', res.pandas, median(res.pandasRead))
    line(size, mb, 'DuckDB read_csv + GROUP BY GROUPING SETS (process, 2 threads)', res.duckdb)
    if (res.audit.length && res.nointervals.length) {
      // What the 2,000-replicate intervals add to the whole run (issue 4's budget: under 10% at
      // 1M rows): the median of the paired differences, with their middle half.
      const off = wallOf(res.nointervals)
      const added = res.audit.map((t, i) => t.wall - res.nointervals[i].wall).sort((a, b) => a - b)
      const quartile = (q) => added[Math.min(added.length - 1, Math.floor(q * added.length))]
      rows.push({
        size: size.label,
        side: `intervals add ${ms(median(added))} to ${off.toFixed(2)} s (median of ${added.length} paired runs; middle half ${ms(quartile(0.25))} to ${ms(quartile(0.75))})`,
        percent: (100 * median(added)) / off,
      })
    }
    ratio(
      size.label,
      'audit / pandas.read_csv alone',
      res.audit,
      res.pandasRead.length ? median(res.pandasRead) : undefined,
    )
    ratio(size.label, 'audit / DuckDB', res.audit, res.duckdb)
    ratio(size.label, `audit / ${alsoLabel}`, res.audit, res.also)
    rows.push({
      size: size.label,
      side: `(${mb.toFixed(0)} MB, ${size.rows} rows, reference ROC AUC ${meta.roc_auc.toFixed(12)})`,
    })
  }

  if (STARTUP_RUNS > 0) {
    // Start-up: what a run costs before and around its data, next to node doing nothing.
    const size = parseSize('1K')
    const { meta } = generate(size)
    const cfg = join(CACHE, 'audit-1K.json')
    writeFileSync(cfg, auditConfig('eval-1K.csv'))
    const sides = [
      ['node -e 0', () => timed('node', ['-e', '0'])],
      ['model-audit-gate --version', () => timed('node', [audit.bin, '--version'])],
      ['model-audit-gate, 1,000-row audit', () => timedAudit(audit, cfg, size, meta)],
    ]
    if (ALSO_RUN)
      sides.push(
        [`${ALSO} --version`, () => timed('node', [ALSO_RUN.bin, '--version'])],
        [`${ALSO}, 1,000-row audit`, () => timedAudit(ALSO_RUN, cfg, size, meta)],
      )
    const times = sides.map(() => [])
    for (let run = 0; run < STARTUP_RUNS; run++)
      for (let i = 0; i < sides.length; i++) {
        const k = run % 2 === 0 ? i : sides.length - 1 - i
        times[k].push(sides[k][1]())
      }
    const bare = wallOf(times[0])
    sides.forEach(([side], i) =>
      rows.push({
        size: 'start-up',
        side: i === 0 ? side : `${side} (${ms(wallOf(times[i]) - bare)} over node -e 0)`,
        wall: wallOf(times[i]),
        rss: median(times[i].map((t) => t.rss)),
        startup: true,
      }),
    )
  }

  if (PARQUET !== 'none') {
    // Parquet as DuckDB writes it, each codec, next to the same rows as CSV.
    const size = parseSize(PARQUET)
    const { csv, meta } = generate(size)
    const csvCfg = join(CACHE, `audit-${size.label}.json`)
    writeFileSync(csvCfg, auditConfig(`eval-${size.label}.csv`))
    const sides = [
      { label: 'CSV', file: csv, cfg: csvCfg, res: [], also: [], duck: [] },
      ...CODECS.map((codec) => {
        const name = `eval-${size.label}.${codec}.parquet`
        const file = join(CACHE, name)
        if (!existsSync(file)) {
          process.stderr.write(`writing ${file} with DuckDB …\n`)
          execFileSync('node', [join(ROOT, 'scripts', 'bench-duckdb.mjs'), 'parquet', csv, `${file}.tmp`, codec], {
            stdio: ['ignore', 'ignore', 'inherit'],
          })
          renameSync(`${file}.tmp`, file)
        }
        const cfg = join(CACHE, `audit-${size.label}.${codec}.json`)
        writeFileSync(cfg, auditConfig(name))
        return { label: `Parquet, ${codec}`, file, cfg, res: [], also: [], duck: [], failed: null }
      }),
    ]
    for (let run = 0; run < RUNS; run++)
      for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
        if (side.failed) continue
        try {
          side.res.push(timedAudit(audit, side.cfg, size, meta))
          // The other build right after ours, on the same file: the Parquet block's before/after.
          if (ALSO_RUN) side.also.push(timedAudit(ALSO_RUN, side.cfg, size, meta))
        } catch (e) {
          side.failed = e.message.split('\n').slice(0, 4).join(' ').slice(0, 300)
          continue
        }
        if (ONLY.includes('duckdb')) side.duck.push(timedDuckDb(side.file, size))
      }
    for (const side of sides) {
      const mb = statSync(side.file).size / 1e6
      if (side.failed) rows.push({ size: size.label, side: `model-audit-gate, ${side.label}: FAILS (${side.failed})` })
      line(size, mb, `model-audit-gate (whole audit), ${side.label}, ${mb.toFixed(0)} MB`, side.res)
      line(size, mb, `the same, by ${ALSO}, ${side.label}`, side.also)
      line(size, mb, `DuckDB GROUP BY, ${side.label}`, side.duck)
      if (side !== sides[0]) ratio(size.label, `audit of ${side.label} / audit of CSV`, side.res, sides[0].res)
      if (side !== sides[0] && ALSO_RUN)
        ratio(size.label, `the same, by ${ALSO}: ${side.label} / CSV`, side.also, sides[0].also)
    }
  }

  console.log(
    `\nmedians of ${RUNS} run(s)${STARTUP_RUNS ? ` (start-up: ${STARTUP_RUNS})` : ''}; node ${process.version}${pandas ? `, pandas ${pandas.version} (${pandas.py})` : ''}; load average before: ${LOAD_BEFORE}, after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  )
  console.log('| size | side | wall s | rows/s | MB/s | peak RSS MB |')
  console.log('|---|---|---:|---:|---:|---:|')
  for (const r of rows) {
    if (r.ratio !== undefined) console.log(`| ${r.size} | **${r.side}** | **${r.ratio.toFixed(2)}** | | | |`)
    else if (r.percent !== undefined)
      console.log(`| ${r.size} | **${r.side}** | **${r.percent >= 0 ? '+' : ''}${r.percent.toFixed(0)}%** | | | |`)
    else if (r.wall === undefined) console.log(`| ${r.size} | ${r.side} | | | | |`)
    else if (r.startup) console.log(`| ${r.size} | ${r.side} | ${r.wall.toFixed(3)} | | | ${r.rss.toFixed(0)} |`)
    else
      console.log(
        `| ${r.size} | ${r.side} | ${r.wall.toFixed(2)} | ${Math.round(r.rowsPerS).toLocaleString('en')} | ${r.mbPerS === null ? '' : r.mbPerS.toFixed(1)} | ${r.rss.toFixed(0)} |`,
      )
  }
}

main()
