#!/usr/bin/env node
/* global console, process */
/**
 * The parser options measured for the row path (issue 5), each in its own process on the
 * same cached file (run `npm run bench` first to create it): raw parse throughput, records
 * counted, peak RSS. Our whole audit (fast pass + accumulation + exact AUC) is timed by
 * `npm run bench`; here it is timed again beside the parsers with the same harness.
 *
 *   node scripts/bench-parsers.mjs [--size 1M] [--runs 3]
 *
 * papaparse is measured only when it is installed (`npm install --no-save papaparse`);
 * it is not a dependency.
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CACHE = join(ROOT, '.bench-cache')
const require = createRequire(import.meta.url)

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

async function child(mode, file) {
  const t0 = process.hrtime.bigint()
  let records = 0
  if (mode === 'csv-parse (as readers.ts)' || mode === 'csv-parse (tuned: no info, 1 MiB reads)') {
    const { parse } = await import('csv-parse')
    const tuned = mode.includes('tuned')
    const parser = parse({
      bom: true,
      delimiter: ',',
      info: !tuned,
      skip_empty_lines: true,
      max_record_size: 8 * 1024 * 1024,
    })
    createReadStream(file, tuned ? { highWaterMark: 1 << 20 } : {}).pipe(parser)
    for await (const _rec of parser) records++
  } else if (mode === 'papaparse (fast mode, strings)') {
    const Papa = require('papaparse')
    await new Promise((res, rej) => {
      Papa.parse(createReadStream(file, { highWaterMark: 1 << 20 }), {
        fastMode: true,
        step: () => void records++,
        complete: res,
        error: rej,
      })
    })
  } else if (mode === 'node: split lines only (no fields)') {
    let tail = ''
    for await (const chunk of createReadStream(file, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
      const parts = (tail + chunk).split('\n')
      tail = parts.pop()
      records += parts.length
    }
    if (tail) records++
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  console.log(JSON.stringify({ seconds, records, rss: process.resourceUsage().maxRSS / 1024 }))
}

function main() {
  const size = arg('size', '1M')
  const runs = Number(arg('runs', '3'))
  const file = join(CACHE, `eval-${size}.csv`)
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run bench -- --sizes ${size}\` first`)
    process.exit(2)
  }
  const mb = statSync(file).size / 1e6
  const modes = [
    'csv-parse (as readers.ts)',
    'csv-parse (tuned: no info, 1 MiB reads)',
    'node: split lines only (no fields)',
  ]
  try {
    require.resolve('papaparse')
    modes.push('papaparse (fast mode, strings)')
  } catch {
    console.error('notice: papaparse not installed (npm install --no-save papaparse); skipped')
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`\n${size} rows, ${mb.toFixed(0)} MB, medians of ${runs}\n`)
  console.log('| parser | s | MB/s | records | peak RSS MB |')
  console.log('|---|---:|---:|---:|---:|')
  for (const mode of modes) {
    const res = []
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, file], {
        encoding: 'utf8',
      })
      if (r.status !== 0) throw new Error(r.stderr)
      res.push(JSON.parse(r.stdout.trim()))
    }
    const s = median(res.map((x) => x.seconds))
    console.log(
      `| ${mode} | ${s.toFixed(2)} | ${(mb / s).toFixed(1)} | ${res[0].records} | ${median(res.map((x) => x.rss)).toFixed(0)} |`,
    )
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4])
else main()
