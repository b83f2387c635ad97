#!/usr/bin/env node
/* global console, process, URL, Buffer */
/**
 * A differential test against fairlearn, run by hand (CI has no fairlearn): random cases of the
 * kind real evaluation files are (1–4 attributes, intersections, label spellings 0/1, -1/1, no/yes,
 * false/true, the positive label either way round, scores exactly at the threshold, missing
 * sensitive values as their own group, CSV/TSV/;-CSV/JSONL/JSON/gzip, CRLF, BOM, quoting, JSON
 * records that leave a missing key out), written as files and audited by the built CLI, against
 * fairlearn 0.14 computing the same numbers from the rows the files were written from.
 *
 *   PYTHONPATH=/path/to/fairlearn-0.14:/path/to/narwhals \
 *     node scripts/differential/run.mjs [--cases 300] [--seed 1] [--max-rows 5000] [--cli dist/cli/index.js] [--python python3] [--keep DIR]
 *
 * Prints how many values matched within 1e-9 and every mismatch (case, grouping, group, metric,
 * ours, fairlearn's); exits 1 on any mismatch. Known oracle quirks are kept out of the cases, not
 * out of the comparison: the string "None" is never generated (pandas 1.5.3 reads it as a value,
 * pandas >= 2 and this project as missing), and numbers are written so that pandas' round trip is
 * exact (the oracle does not parse the files at all).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..')
const { values: opt } = parseArgs({
  options: {
    cases: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    'max-rows': { type: 'string', default: '5000' },
    cli: { type: 'string', default: join(ROOT, 'dist', 'cli', 'index.js') },
    python: { type: 'string', default: 'python3' },
    keep: { type: 'string' },
  },
})
const N = Number(opt.cases)
const MAX_ROWS = Number(opt['max-rows'])
const TOL = 1e-9

/** mulberry32: the cases are a function of --seed. */
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
const rand = rng(Number(opt.seed))
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = (xs) => xs[Math.floor(rand() * xs.length)]

const SPELLINGS = [
  { neg: '0', pos: '1' },
  { neg: '-1', pos: '1' },
  { neg: 'no', pos: 'yes' },
  { neg: 'false', pos: 'true' },
  { neg: '1', pos: '0' }, // positive_label: 0
]
const VALUE_POOL = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'x y',
  "O'Brien",
  'a,b',
  'quote"d',
  'Ünï',
  '10',
  '2',
  'F',
  'long value with spaces',
]
const FORMATS = ['csv', 'tsv', 'semicolon', 'jsonl', 'json', 'csv.gz', 'jsonl.gz']

function makeCase(id) {
  const k = int(1, 4)
  const attrs = Array.from({ length: k }, (_, i) => {
    const n = int(1, 5)
    const values = [...VALUE_POOL].sort(() => rand() - 0.5).slice(0, n)
    return { name: `attr${i}`, values }
  })
  const rows = rand() < 0.1 ? int(1, 5) : rand() < 0.8 ? int(5, 500) : int(500, MAX_ROWS)
  const spelling = pick(SPELLINGS)
  const useScore = rand() < 0.35
  const allNegative = rand() < 0.05
  const withMissing = rand() < 0.2
  const threshold = pick([0.5, 0.3, 0.75])
  const bias = attrs.map((a) => Object.fromEntries(a.values.map((v) => [v, rand()])))
  const data = []
  for (let r = 0; r < rows; r++) {
    const vals = attrs.map((a) => (withMissing && rand() < 0.05 ? null : pick(a.values)))
    const base = vals.reduce((s, v, i) => s + (v === null ? 0.5 : bias[i][v]), 0) / k
    const y = !allNegative && rand() < base ? spelling.pos : spelling.neg
    let score = Math.round((rand() * 0.6 + (y === spelling.pos ? 0.35 : 0.05)) * 20) / 20 // ties, and scores at the threshold
    if (rand() < 0.1) score = threshold
    const p = rand() < 0.8 ? y : y === spelling.pos ? spelling.neg : spelling.pos
    data.push([y, useScore ? score : p, ...vals])
  }
  // fairlearn needs the positive label somewhere in the predictions when labels have none.
  if (!useScore && !data.some((d) => d[1] === spelling.pos)) data[0][1] = spelling.pos
  if (useScore && !data.some((d) => d[1] >= threshold)) data[0][1] = 1
  if (useScore && data.every((d) => d[1] >= threshold)) data[0][1] = 0
  const columns = ['y', useScore ? 's' : 'p', ...attrs.map((a) => a.name)]
  const groupings = attrs.map((a) => [a.name])
  const intersections = []
  if (k >= 2 && rand() < 0.7) intersections.push(attrs.slice(0, int(2, k)).map((a) => a.name))
  if (k >= 3 && rand() < 0.3) intersections.push([attrs[k - 1].name, attrs[0].name])
  groupings.push(...intersections)
  return {
    id,
    columns,
    rows: data,
    label: 'y',
    ...(useScore ? { score: 's', auc: true } : { prediction: 'p' }),
    threshold,
    positive_label: spelling.pos,
    negative_label: spelling.neg,
    groupings,
    intersections,
    sensitive: attrs.map((a) => a.name),
    missing_group: 'MISSING',
    format: pick(FORMATS),
    crlf: rand() < 0.3,
    bom: rand() < 0.2,
    quoteAll: rand() < 0.2,
    omitMissingKeys: rand() < 0.5,
  }
}

function csvField(v, delim, quoteAll) {
  const s = v === null ? '' : String(v)
  return quoteAll || s.includes(delim) || s.includes('"') || s.includes('\n') || s.includes('\r')
    ? `"${s.replace(/"/g, '""')}"`
    : s
}

function writeData(c, dir) {
  const eol = c.crlf ? '\r\n' : '\n'
  const base = c.format.replace('.gz', '')
  let text
  let ext
  if (base === 'csv' || base === 'tsv' || base === 'semicolon') {
    const delim = base === 'tsv' ? '\t' : base === 'semicolon' ? ';' : ','
    const lines = [c.columns, ...c.rows].map((r) => r.map((v) => csvField(v, delim, c.quoteAll)).join(delim))
    text = (c.bom ? '\uFEFF' : '') + lines.join(eol) + eol
    ext = base === 'tsv' ? 'tsv' : 'csv'
  } else {
    const records = c.rows.map((r) => {
      const o = {}
      c.columns.forEach((col, i) => {
        if (r[i] === null && c.omitMissingKeys) return
        o[col] = r[i]
      })
      return o
    })
    text =
      base === 'jsonl'
        ? records.map((o) => JSON.stringify(o)).join(eol) + eol
        : JSON.stringify(records, null, c.crlf ? 1 : 0)
    ext = base
  }
  const name = `data.${ext}${c.format.endsWith('.gz') ? '.gz' : ''}`
  writeFileSync(join(dir, name), c.format.endsWith('.gz') ? gzipSync(Buffer.from(text)) : text)
  return { name, delimiter: base === 'semicolon' ? ';' : undefined }
}

function positiveLabelYaml(pos) {
  return /^-?\d+$/.test(pos) ? pos : JSON.stringify(pos)
}

function writeConfig(c, dir, data) {
  const gates = []
  for (const cols of c.groupings) {
    for (const method of ['between_groups', 'to_overall']) {
      gates.push({
        metric: 'equalized_odds_difference',
        attribute: cols.length === 1 ? cols[0] : cols,
        agg: 'mean',
        method,
        max: 1,
      })
      gates.push({
        metric: 'equalized_odds_ratio',
        attribute: cols.length === 1 ? cols[0] : cols,
        agg: 'mean',
        method,
        min: 0,
      })
    }
  }
  const audit = {
    name: `case-${c.id}`,
    data: data.name,
    ...(data.delimiter ? { delimiter: data.delimiter } : {}),
    label: 'y',
    ...(c.prediction ? { prediction: 'p' } : { score: 's', threshold: c.threshold }),
    positive_label: '__POS__',
    sensitive: c.sensitive,
    intersections: c.intersections,
    missing: 'group',
    missing_group: c.missing_group,
    zero_division: 'fairlearn',
    confidence: false,
    max_groups: 1000,
    metrics: [
      'selection_rate',
      'accuracy',
      'true_positive_rate',
      'false_positive_rate',
      'true_negative_rate',
      'false_negative_rate',
      'precision',
      'recall',
      'f1',
      'balanced_accuracy',
      ...(c.score ? ['roc_auc'] : []),
    ],
    gates,
  }
  const text = JSON.stringify({ audits: [audit] }, null, 1).replace('"__POS__"', positiveLabelYaml(c.positive_label))
  writeFileSync(join(dir, 'audit.yml'), text)
}

const work = opt.keep ? resolve(opt.keep) : mkdtempSync(join(tmpdir(), 'differential-'))
mkdirSync(work, { recursive: true })
const cases = Array.from({ length: N }, (_, i) => makeCase(i))
writeFileSync(join(work, 'cases.json'), JSON.stringify(cases))
const t0 = Date.now()
const oracle = JSON.parse(
  execFileSync(opt.python, [join(ROOT, 'scripts', 'oracle', 'fairlearn-cases.py'), join(work, 'cases.json')], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  }),
)
const tOracle = Date.now() - t0

let compared = 0
let matched = 0
const mismatches = []
const refused = []
const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= TOL)
function compare(where, ours, theirs) {
  compared++
  if (ours !== undefined && near(ours, theirs)) matched++
  else mismatches.push({ ...where, ours, fairlearn: theirs })
}

for (const c of cases) {
  const dir = join(work, `case-${c.id}`)
  mkdirSync(dir, { recursive: true })
  const data = writeData(c, dir)
  writeConfig(c, dir, data)
  const r = spawnSync(process.execPath, [opt.cli, '--config', 'audit.yml', '--json', 'report.json', '--quiet'], {
    cwd: dir,
    encoding: 'utf8',
  })
  if (r.status === 2) {
    refused.push({ id: c.id, format: c.format, stderr: r.stderr.trim().split('\n').slice(0, 3).join(' / ') })
    continue
  }
  const audit = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).audits[0]
  const o = oracle[c.id]
  for (const g of o.groupings) {
    const attr = g.columns.length === 1 ? g.columns[0] : g.columns
    const same = (a) => JSON.stringify(a) === JSON.stringify(attr)
    for (const [m, v] of Object.entries(g.overall))
      compare({ id: c.id, grouping: g.columns.join('+'), group: '(overall)', metric: m }, audit.overall[m], v)
    const groups = audit.groups.filter((x) => same(x.attribute) && x.present)
    const keys = new Set(groups.map((x) => x.key))
    for (const [key, metrics] of Object.entries(g.by_group)) {
      const ours = groups.find((x) => x.key === key)
      keys.delete(key)
      for (const [m, v] of Object.entries(metrics))
        compare(
          { id: c.id, grouping: g.columns.join('+'), group: key, metric: m },
          ours ? ours.metrics[m] : undefined,
          v,
        )
    }
    for (const k of keys)
      mismatches.push({
        id: c.id,
        grouping: g.columns.join('+'),
        group: k,
        metric: '(a group fairlearn does not have)',
      })
    for (const [name, v] of Object.entries(g.aggregates)) {
      const [metric, method, agg] = name.split('/')
      let ours
      if (agg === 'mean')
        ours = audit.gates.find(
          (x) => x.metric === metric && same(x.attribute) && (x.method ?? 'between_groups') === method,
        )?.value
      else
        ours = audit.disparities.find(
          (x) => x.metric === metric && same(x.attribute) && (method === undefined ? true : x.method === method),
        )?.value
      compare(
        {
          id: c.id,
          grouping: g.columns.join('+'),
          group: '(aggregate)',
          metric: `${metric}${method ? ` ${method}` : ''}${agg ? ` ${agg}` : ''}`,
        },
        ours,
        v,
      )
    }
  }
}

console.log(`${N} cases (seed ${opt.seed}, up to ${MAX_ROWS} rows): oracle ${(tOracle / 1000).toFixed(1)} s`)
console.log(
  `${matched} of ${compared} values matched fairlearn within ${TOL}; ${mismatches.length} mismatches; ${refused.length} cases refused (exit 2)`,
)
const byFormat = {}
for (const c of cases) byFormat[c.format] = (byFormat[c.format] ?? 0) + 1
console.log(
  `formats: ${Object.entries(byFormat)
    .map(([f, n]) => `${f} ${n}`)
    .join(', ')}`,
)
for (const m of mismatches.slice(0, 40)) console.log('  mismatch', JSON.stringify(m))
for (const r of refused.slice(0, 20)) console.log('  refused', JSON.stringify(r))
if (!opt.keep) rmSync(work, { recursive: true, force: true })
process.exit(mismatches.length > 0 || refused.length > 0 ? 1 : 0)
