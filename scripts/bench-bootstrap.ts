/**
 * What the confidence intervals cost, inside one process. Run: `npm run bench:bootstrap`
 * (compiles this file with ncc into node_modules/.cache, never into dist/). The budget of
 * issue 4 (2,000 replicates add under 10% to the run time on a 1M-row file) is measured as
 * users run the audit, one fresh process per run, by `npm run bench` ("intervals add").
 *
 * 1. End to end in one process, as the second and later audits of one config run (the engine
 *    has compiled the reading code, so the pass is about 3 times as fast as in a fresh
 *    process): a deterministic 1M-row CSV (written once to the cache), three sensitive
 *    attributes (3, 4 and 5 values, one tiny group each) and one intersection, audited with
 *    `confidence: false` and with the default (0.95, 2,000 replicates), alternating, median
 *    of N runs.
 * 2. Independence from rows: the same groups' counts at 10k, 1M and 100M rows (pre-aggregated,
 *    so no reading), timing only the statistics after the pass: the bootstrap's time does
 *    not move with the row count.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runConfigText } from '../src/audit.js'
import { computeDisparities } from '../src/fairness/disparities.js'
import { GroupAccumulator } from '../src/stats/accumulate.js'
import { addBootstrapMetricIntervals, TableBootstrap } from '../src/stats/bootstrap.js'
import { computeMetricTable } from '../src/stats/table.js'

const CACHE = join(process.cwd(), 'node_modules', '.cache', 'bench-bootstrap')
const RUNS = Number(process.argv[2] ?? 3)
const ROWS = 1_000_000
const ATTRS: Record<string, string[]> = {
  sex: ['F', 'M', 'X'],
  race: ['A', 'B', 'C', 'D'],
  age: ['<25', '25-45', '45-65', '65+', 'unknown'],
}
// Group shares: the last value of each attribute is a tiny group (0.5%).
const share = (n: number): number[] => [...Array.from({ length: n - 1 }, () => 0.995 / (n - 1)), 0.005]

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick(values: string[], u: number): string {
  const w = share(values.length)
  let acc = 0
  for (let i = 0; i < values.length; i++) {
    acc += w[i] as number
    if (u < acc) return values[i] as string
  }
  return values[values.length - 1] as string
}

function writeCsv(path: string): void {
  const rand = mulberry32(42)
  const lines: string[] = ['label,prediction,score,sex,race,age']
  for (let i = 0; i < ROWS; i++) {
    const label = rand() < 0.3 ? 1 : 0
    const score = Math.min(1, Math.max(0, 0.3 * label + 0.7 * rand()))
    lines.push(
      `${label},${score >= 0.5 ? 1 : 0},${score.toFixed(6)},${pick(ATTRS.sex!, rand())},${pick(ATTRS.race!, rand())},${pick(ATTRS.age!, rand())}`,
    )
  }
  writeFileSync(path, `${lines.join('\n')}\n`)
}

/** CPU time of this process in ms: steadier than wall time on a shared machine. */
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

async function endToEnd(): Promise<void> {
  mkdirSync(CACHE, { recursive: true })
  const csv = join(CACHE, 'eval-1m.csv')
  if (!existsSync(csv)) writeCsv(csv)
  const config = (confidence: boolean) =>
    JSON.stringify({
      audits: [
        {
          name: 'bench',
          data: 'eval-1m.csv',
          label: 'label',
          prediction: 'prediction',
          sensitive: ['sex', 'race', 'age'],
          intersections: [['sex', 'race']],
          ...(confidence ? {} : { confidence: false }),
          gates: [
            { metric: 'accuracy_difference', attribute: 'race', max: 0.1, on: confidence ? 'interval' : 'point' },
            { metric: 'equalized_odds_difference', attribute: 'sex', max: 0.1 },
          ],
        },
      ],
    })
  const wall: Record<'off' | 'on', number[]> = { off: [], on: [] }
  const cpu: Record<'off' | 'on', number[]> = { off: [], on: [] }
  for (let r = 0; r < RUNS; r++) {
    for (const mode of ['off', 'on'] as const) {
      const t = performance.now()
      const c = cpuMs()
      const out = await runConfigText(config(mode === 'on'), 'bench.json', { workspace: CACHE })
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      cpu[mode].push(cpuMs() - c)
      wall[mode].push(performance.now() - t)
    }
  }
  console.log(
    `1M rows, 3 attributes + 1 intersection (24 groups), audits in one process, median of ${RUNS}, intervals off vs on (2,000 replicates):`,
  )
  for (const [name, times] of [
    ['wall', wall],
    ['CPU', cpu],
  ] as const) {
    const off = median(times.off)
    const on = median(times.on)
    console.log(
      `  ${name.padEnd(4)}: off ${off.toFixed(0)} ms, on ${on.toFixed(0)} ms, added ${(on - off).toFixed(0)} ms = ${((100 * (on - off)) / off).toFixed(1)}%`,
    )
  }
}

function statisticsOnly(): void {
  console.log(
    'Statistics after the pass (table, intervals, every disparity), CPU time, by rows behind the same groups:',
  )
  for (const rows of [10_000, 1_000_000, 100_000_000]) {
    const cols = Object.keys(ATTRS)
    const acc = new GroupAccumulator(
      cols,
      [...cols.map((c) => ({ columns: [c] })), { columns: ['sex', 'race'] }],
      false,
      1000,
    )
    const rand = mulberry32(7)
    // One count cell per combination of values, scaled to `rows`.
    for (const s of ATTRS.sex!)
      for (const r of ATTRS.race!)
        for (const a of ATTRS.age!) {
          const n = rows / 60
          const tp = Math.round(n * 0.2 * (0.8 + 0.4 * rand()))
          const fn = Math.round(n * 0.1)
          const fp = Math.round(n * 0.15 * (0.8 + 0.4 * rand()))
          acc.addCounts({ tp, fn, fp, tn: Math.round(n) - tp - fn - fp }, [s, r, a])
        }
    const time = (confidence: boolean): number => {
      const t = cpuMs()
      const table = computeMetricTable(acc, {
        zeroDivision: 'undefined',
        minGroupSize: 0,
        level: confidence ? 0.95 : undefined,
      })
      const bootstrap = confidence
        ? new TableBootstrap(table, { level: 0.95, replicates: 2000, seed: 1 }, 'undefined')
        : null
      if (bootstrap) addBootstrapMetricIntervals(table, bootstrap)
      computeDisparities(table, { hasScore: false, fairlearnNaN: false, bootstrap })
      return cpuMs() - t
    }
    const off = median(Array.from({ length: RUNS }, () => time(false)))
    const on = median(Array.from({ length: RUNS }, () => time(true)))
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(11)} rows: without intervals ${off.toFixed(1)} ms, with ${on.toFixed(1)} ms`,
    )
  }
}

async function main(): Promise<void> {
  statisticsOnly()
  await endToEnd()
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
