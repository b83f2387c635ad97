/**
 * Red team 41, R41-1: weights of three magnitudes (1e12, 1e-4, 1e-12) in every confusion cell of
 * every combination of four sensitive columns need three partials in each cell's Σw and Σw², and
 * each such sum was an array of its own (some 300 bytes), bounded by nothing: a 43 KB Parquet file
 * of 250,000 combinations (3 M rows) peaked at 813 MB and passed. The partials now live in one
 * arena an audit, bounded (`MAX_EXTRA_PARTIAL_BYTES`): past it the CLI exits 2 naming what to
 * change; under it the sums are as exact as before.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_INPUT_ERROR, EXIT_PASS, runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/report/types.js'
import { captureIO } from '../support/cli-io.js'
import { duckDbFixture } from '../support/duckdb.js'
import { exactSum } from '../support/exact-sum-reference.js'

const duck = duckDbFixture({ perTest: true })
const WEIGHTS = [987654321012.3456, 0.00012345678901234567, 1.2345678901234567e-12]

/** `cells` combinations of a, b, c, d, each with the four (y, p) and the three weights in each: d.parquet and audit.yml. */
async function write(cells: number): Promise<void> {
  await duck.con
    .run(`COPY (SELECT (k // 12500)::INT AS a, ((k // 625) % 20)::INT AS b, ((k // 25) % 25)::INT AS c, (k % 25)::INT AS d,
    ((j // 3) // 2)::INT AS y, ((j // 3) % 2)::INT AS p,
    (CASE j % 3 WHEN 0 THEN ${WEIGHTS[0]}::DOUBLE WHEN 1 THEN ${WEIGHTS[1]}::DOUBLE ELSE ${WEIGHTS[2]}::DOUBLE END) AS w
    FROM (SELECT i // 12 AS k, i % 12 AS j FROM range(${cells * 12}) t(i))) TO '${join(duck.ws.dir, 'd.parquet')}' (FORMAT PARQUET, COMPRESSION ZSTD)`)
  duck.ws.write(
    'audit.yml',
    'audits:\n  - name: m\n    data: d.parquet\n    label: y\n    prediction: p\n    weight: w\n    sensitive: [a, b, c, d]\n    confidence: false\n    metrics: [accuracy, selection_rate]\n    max_decompression_ratio: 1100\n    gates:\n      - {metric: accuracy, min: 0.1}\n',
  )
}

describe('weights of many magnitudes in many combinations (R41-1)', () => {
  it('exits 2 naming what to change when the sums need more partials than an audit may hold', async () => {
    // 140,000 combinations × 8 sums × a block of 4 doubles: 36 MB, past the 32 MiB bound.
    await write(140_000)
    const io = captureIO(duck.ws.dir)
    expect(await runCli(['--config', 'audit.yml', '--json', 'r.json'], io)).toBe(EXIT_INPUT_ERROR)
    expect(io.err).toContain(
      "d.parquet: the sums of weights in the combinations of 'a', 'b', 'c', 'd' need more than 32 MiB of partials, the most one audit may hold",
    )
    expect(io.err).toContain('round the weights to fewer significant digits or magnitudes, or audit fewer combinations')
    expect(existsSync(join(duck.ws.dir, 'r.json'))).toBe(false)
  }, 60_000)

  it('under the bound, keeps each group’s Σw and Σw² exact', async () => {
    await write(2000)
    const io = captureIO(duck.ws.dir)
    expect(await runCli(['--config', 'audit.yml', '--json', 'r.json'], io)).toBe(EXIT_PASS)
    const report = JSON.parse(readFileSync(join(duck.ws.dir, 'r.json'), 'utf8')) as Report
    const audit = report.audits[0]
    // b = 0 is 625 combinations: each confusion cell of it sums the three weights 625 times.
    const group = audit?.groups.find((g) => g.attribute === 'b' && g.key === '0')
    const times = (ts: number[]): number[] => Array.from({ length: 625 }, () => ts).flat()
    for (const cell of ['tp', 'fp', 'tn', 'fn'] as const) {
      expect(group?.weighted?.counts[cell]).toBe(exactSum(times(WEIGHTS)))
      expect(group?.weighted?.squares[cell]).toBe(exactSum(times(WEIGHTS.map((w) => w * w))))
    }
    expect(group?.metrics.accuracy).toBe(0.5)
  }, 60_000)
})
