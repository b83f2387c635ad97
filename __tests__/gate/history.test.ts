/** The history's pure half: the median, the run order, the window, and what a report read back may carry. */
import { describe, expect, it } from 'vitest'
import { applyHistory, historyMatcher, medianOf, orderRuns, type HistoryEntry } from '../../src/gate/history.js'
import { baselineValueOf, indexBaseline, indexGateValues } from '../../src/gate/baseline.js'
import { runConfigText } from '../../src/audit.js'
import { makeWorkspace } from '../support/workspace.js'
import { checkReport, loadReportValidator } from '../../src/report/check.js'
import { sparkline } from '../../src/report/trend.js'
import { runInfoOf } from '../../src/report/assemble.js'
import type { GateResult } from '../../src/gate/evaluate.js'
import type { Report } from '../../src/report/types.js'

// parseReport and checkReport need the report's validator, which readReportText loads.
await loadReportValidator()

describe('medianOf', () => {
  it.each([
    [[], null],
    [[0.3], 0.3],
    [[0.3, 0.1, 0.2], 0.2],
    [[0.4, 0.1, 0.3, 0.2], 0.25],
    [[5, 5, 1, 5], 5],
    [[-1, 2], 0.5],
  ])('median of %j is %j', (values, median) => {
    expect(medianOf(values)).toBe(median)
  })

  it('does not reorder its input', () => {
    const v = [3, 1, 2]
    medianOf(v)
    expect(v).toEqual([3, 1, 2])
  })
})

describe('orderRuns', () => {
  const e = (file: string, started_at: string, run_id?: string, run_attempt?: number) => ({
    file,
    run: { started_at, ...(run_id ? { run_id } : {}), ...(run_attempt ? { run_attempt } : {}) },
  })

  it('orders by the recorded start time, never by file name', () => {
    const runs = [
      e('a.json', '2026-12-03T00:00:00.000Z'),
      e('b.json', '2026-12-01T00:00:00Z'),
      e('c.json', '2026-12-02T10:00:00.5Z'),
    ]
    expect(orderRuns(runs).map((r) => r.file)).toEqual(['b.json', 'c.json', 'a.json'])
  })

  it('breaks ties by run id as a number (999 before 1000), then attempt, then file', () => {
    const t = '2026-12-01T00:00:00.000Z'
    const runs = [e('z', t, '1000'), e('y', t, '999'), e('x', t, '1000', 2), e('w', t), e('v', t, '1000', 1)]
    expect(orderRuns(runs).map((r) => r.file)).toEqual(['w', 'y', 'v', 'z', 'x'])
  })
})

function gate(over: Partial<GateResult> = {}): GateResult {
  return {
    metric: 'accuracy',
    attribute: null,
    each_group: false,
    value: 0.8,
    threshold: {},
    status: 'insufficient',
    level: 'error',
    effect: 'warn',
    message: 'accuracy overall is 0.8, no history reports to compare with',
    groups: [],
    skipped: [],
    line: 1,
    change: { max_decrease: 0.05 },
    insufficient_policy: 'warn',
    against: 'history_median',
    min_history: 3,
    ...over,
  }
}

function report(gates: GateResult[]): Report {
  return {
    schema_version: 1,
    tool: { name: 'model-audit-gate', version: '0.1.0' },
    config: 'c.yml',
    passed: true,
    summary: { gates: gates.length, failed: 0, warned: gates.length, insufficient: gates.length, passed: 0 },
    audits: [
      {
        name: 'm',
        data: ['d.csv'],
        rows: 10,
        dropped_rows: 0,
        settings: {
          label: 'y',
          prediction: 'p',
          score: null,
          threshold: null,
          positive_label: 1,
          sensitive: ['g'],
          intersections: [],
          min_group_size: 0,
          zero_division: 'undefined',
          missing: 'error',
          metrics: ['accuracy'],
        },
        overall: {} as Report['audits'][number]['overall'],
        overall_undefined: {},
        overall_counts: { tp: 1, fp: 1, tn: 1, fn: 1 },
        groups: [],
        disparities: [],
        gates,
        warnings: [],
        passed: true,
      },
    ],
  }
}

const entry = (day: number, value: number | null): HistoryEntry => ({
  file: `h${day}.json`,
  run: { started_at: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z` },
  values: [[value]],
})
const meta = (limit: number) => ({ patterns: ['h*.json'], limit, matched: 0, skipped: [], skippedCount: 0 })

describe('applyHistory', () => {
  it('judges against the median of the latest `limit` runs, and records them', () => {
    // Days 1–2 are older than the window of 3; the median of 0.9, 0.86, 0.84 is 0.86; 0.8 fell 0.06 > 0.05.
    const out = applyHistory(
      report([gate()]),
      [entry(5, 0.84), entry(1, 0.1), entry(4, 0.86), entry(2, 0.1), entry(3, 0.9)],
      meta(3),
    )
    const g = out.audits[0]!.gates[0]!
    expect(out.history?.runs.map((r) => r.file)).toEqual(['h3.json', 'h4.json', 'h5.json'])
    expect(g.history).toEqual({ values: [0.9, 0.86, 0.84], count: 3, median: 0.86 })
    expect(g).toMatchObject({ status: 'fail', effect: 'fail' })
    expect(g.message).toBe(
      'accuracy overall is 0.8; −0.06 against the median of 3 earlier runs 0.86 (beyond max_decrease 0.05)',
    )
    expect(out.passed).toBe(false)
    expect(out.summary).toMatchObject({ failed: 1, warned: 0 })
    expect(out.history?.skipped_count).toBe(2)
  })

  it('counts only defined values toward min_history: insufficient, with the counts', () => {
    const out = applyHistory(report([gate()]), [entry(1, 0.8), entry(2, null), entry(3, 0.8)], meta(20))
    const g = out.audits[0]!.gates[0]!
    expect(g.history).toEqual({ values: [0.8, null, 0.8], count: 2, median: 0.8 })
    expect(g).toMatchObject({ status: 'insufficient', effect: 'warn' })
    expect(g.message).toContain('only 2 of 3 history reports hold this value, fewer than min_history 3')
  })

  it('insufficient: fail makes missing history fail an error gate', () => {
    const out = applyHistory(report([gate({ insufficient_policy: 'fail' })]), [], meta(20))
    expect(out.audits[0]!.gates[0]!).toMatchObject({ status: 'insufficient', effect: 'fail' })
    expect(out.passed).toBe(false)
  })

  it('without patterns adds no history, and leaves plain gates alone', () => {
    const plain = gate({ against: undefined, change: undefined, status: 'pass', effect: 'pass', message: 'ok' })
    delete plain.against
    delete plain.change
    const out = applyHistory(report([plain]), [], { ...meta(20), patterns: [] })
    expect(out.history).toBeUndefined()
    expect(out.audits[0]!.gates[0]).toEqual(plain)
  })

  it('a report with its run and history passes the read-back check; markup in them does not', () => {
    const out = applyHistory(report([gate()]), [entry(1, 0.8), entry(2, 0.8), entry(3, 0.8)], meta(20))
    const full = { ...out, run: { started_at: '2026-12-01T00:00:00.000Z', sha: 'a'.repeat(40), run_id: '123' } }
    expect(checkReport(full)).toEqual([])
    expect(checkReport({ ...full, run: { started_at: 'yesterday' } })).toEqual([
      '/run/started_at must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$"',
    ])
    expect(checkReport({ ...full, run: { ...full.run, sha: '"]<img src=x>' } })[0]).toMatch(/^\/run\/sha must match/)
    const runs = full.history!.runs.map((r) => ({ ...r, sha: 'x"y' }))
    expect(checkReport({ ...full, history: { ...full.history, runs } })[0]).toMatch(/^\/history\/runs\/0\/sha/)
    const values = Array(101).fill(0.5)
    const g = { ...full.audits[0]!.gates[0]!, history: { values, count: 101, median: 0.5 } }
    expect(checkReport({ ...full, audits: [{ ...full.audits[0]!, gates: [g] }] })[0]).toMatch(
      /history\/values must NOT have more than 100 items/,
    )
  })
})

describe('sparkline', () => {
  it.each([
    [[0, 1], '▁█'],
    [[0.1, 0.3, 0.2], '▁█▅'],
    [[2, 2, 2], '▄▄▄'],
    [[null, 1, null, 3], '·▁·█'],
    [[null, null], '··'],
    [[], ''],
  ])('%j → %s', (values, line) => {
    expect(sparkline(values)).toBe(line)
  })
})

describe('runInfoOf', () => {
  const at = new Date('2026-12-01T17:00:00.123Z')
  it('records the clock and the GitHub run, each only in the shape GitHub gives it', () => {
    expect(
      runInfoOf(
        {
          GITHUB_SHA: 'ABCDEF1234567',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_RUN_ID: '123456789012',
          GITHUB_RUN_ATTEMPT: '2',
        },
        at,
      ),
    ).toEqual({
      started_at: '2026-12-01T17:00:00.123Z',
      sha: 'abcdef1234567',
      ref: 'refs/heads/main',
      run_id: '123456789012',
      run_attempt: 2,
    })
    expect(
      runInfoOf(
        { GITHUB_SHA: 'main', GITHUB_REF: 'refs/\u202eheads', GITHUB_RUN_ID: '12a', GITHUB_RUN_ATTEMPT: '-1' },
        at,
      ),
    ).toEqual({ started_at: '2026-12-01T17:00:00.123Z' })
  })

  it('takes SOURCE_DATE_EPOCH (seconds) over the clock, and the result passes the report check', () => {
    const run = runInfoOf({ SOURCE_DATE_EPOCH: '1764547200' }, at)
    expect(run).toEqual({ started_at: '2025-12-01T00:00:00.000Z' })
    expect(runInfoOf({ SOURCE_DATE_EPOCH: 'soon' }, at).started_at).toBe('2026-12-01T17:00:00.123Z')
    expect(checkReport({ ...report([gate()]), run })).toEqual([])
  })
})

describe('historyMatcher (red team 8 R8-7: each history report indexed whole per audit)', () => {
  /** Runs a config of one audit `m` with these gates (YAML lines) on a small file. */
  async function reportOf(gates: string, extra = ''): Promise<Report> {
    const ws = makeWorkspace()
    try {
      ws.write('d.csv', 'y,p,g\n1,1,a\n0,1,a\n1,1,b\n0,0,b\n1,0,b\n')
      const out = await runConfigText(
        `audits:\n  - name: m\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n    confidence: false\n${extra}    gates:\n${gates}`,
        'c.yml',
        { workspace: ws.dir },
      )
      if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
      return out.report
    } finally {
      ws.cleanup()
    }
  }

  it("gives each gate the value a baseline's index gives it: by the same gate, else the disparity or the overall value", async () => {
    const current = await reportOf(
      '      - metric: accuracy\n        min: 0.1\n      - metric: demographic_parity_difference\n        attribute: g\n        max: 0.9\n      - metric: precision\n        min: 0.1\n',
    )
    // The earlier run gated accuracy only (another bound: the same gate) and computed the rest as metrics.
    const past = await reportOf(
      '      - metric: accuracy\n        min: 0.3\n',
      '    metrics: [accuracy, precision, selection_rate]\n',
    )
    const values = historyMatcher(current)(past)
    const expected = current.audits[0]!.gates.map((g) => baselineValueOf(g, indexBaseline(past.audits[0]!)).value)
    expect(values).toEqual([expected])
    expect(expected.every((v) => v !== null)).toBe(true)
    // An audit the earlier report lacks.
    expect(historyMatcher(current)({ ...past, audits: [{ ...past.audits[0]!, name: 'other' }] })).toEqual([null])
  })

  it('indexes the disparities only once a gate is not matched by a gate', async () => {
    const report = await reportOf(
      '      - metric: demographic_parity_difference\n        attribute: g\n        max: 0.9\n',
    )
    let reads = 0
    const audit = report.audits[0]!
    const counted = Object.defineProperty({ ...audit }, 'disparities', {
      get: () => {
        reads++
        return audit.disparities
      },
    })
    const index = indexGateValues(counted)
    expect(baselineValueOf(audit.gates[0]!, index).value).toBe(audit.gates[0]!.value)
    expect(reads).toBe(0)
    const other = { ...audit.gates[0]!, metric: 'demographic_parity_ratio', value: null }
    baselineValueOf(other, index)
    baselineValueOf(other, index)
    expect(reads).toBe(1)
  })
})
