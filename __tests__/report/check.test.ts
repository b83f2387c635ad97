/**
 * A report read back (a baseline, or a workflow_run artifact from a fork's run) is untrusted. Every report the engine
 * writes passes the check; a report with a field of the wrong type, which the renderer would
 * write out raw, is refused.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareWithBaseline, runConfigFile } from '../../src/audit.js'
import { renderSummary } from '../../src/github/summary.js'
import {
  checkReport,
  parseReport,
  REPORT_MAX_BYTES,
  REPORT_MAX_DEPTH,
  REPORT_MAX_VALUES,
  loadReportValidator,
} from '../../src/report/check.js'
import { renderCommentBody } from '../../src/report/comment-body.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Report } from '../../src/report/types.js'

// parseReport and checkReport need the report's validator, which readReportText loads.
await loadReportValidator()

const ROOT = join(import.meta.dirname, '..', '..')
let compas: Report

beforeAll(async () => {
  const out = await runConfigFile('examples/compas/model-audit.yml', { workspace: ROOT })
  if (!out.ok) throw new Error('example failed')
  compas = JSON.parse(JSON.stringify(out.report)) as Report
})

const clone = (): Report => JSON.parse(JSON.stringify(compas)) as Report
const INJECT = '<img src=https://evil.example/p.png> @everyone'

describe('checkReport', () => {
  it('accepts what the engine writes, also compared with a baseline', async () => {
    expect(checkReport(compas)).toEqual([])
    const dir = mkdtempSync(join(tmpdir(), 'mag-baseline-'))
    writeFileSync(join(dir, 'base.json'), JSON.stringify(compas))
    const compared = await compareWithBaseline(compas, 'base.json', dir)
    rmSync(dir, { recursive: true })
    expect(compared.baseline?.status).toBe('compared')
    expect(checkReport(JSON.parse(JSON.stringify(compared)))).toEqual([])
  })

  it.each<[string, (r: Report) => void, RegExp]>([
    [
      'rows as text',
      (r) => ((r.audits[0] as unknown as Record<string, unknown>).rows = INJECT),
      /\/audits\/0\/rows must be integer/,
    ],
    [
      'a gate level that is not error or warning',
      (r) => ((r.audits[0]?.gates[0] as unknown as Record<string, unknown>).level = INJECT),
      /\/audits\/0\/gates\/0\/level must be equal to one of the allowed values/,
    ],
    [
      'a gate count as text',
      (r) => ((r.summary as unknown as Record<string, unknown>).gates = INJECT),
      /\/summary\/gates must be integer/,
    ],
    [
      'a metric value as text',
      (r) => ((r.audits[0]?.groups[0]?.metrics as unknown as Record<string, unknown>).accuracy = INJECT),
      /\/audits\/0\/groups\/0\/metrics\/accuracy must be number,null/,
    ],
    [
      'a confidence seed as text',
      (r) => ((r.audits[0]?.confidence as unknown as Record<string, unknown>).seed = INJECT),
      /\/audits\/0\/confidence/,
    ],
    [
      'a min_group_size as text',
      (r) => ((r.audits[0]?.settings as unknown as Record<string, unknown>).min_group_size = INJECT),
      /min_group_size must be integer/,
    ],
    [
      'a change bound as text',
      (r) => ((r.audits[0]?.gates[0] as unknown as Record<string, unknown>).change = { max_increase: INJECT }),
      /change\/max_increase must be number/,
    ],
    ['no audits', (r) => ((r as unknown as Record<string, unknown>).audits = 'none'), /\/audits must be array/],
    // The config path reaches the comment's marker, its footer and the log.
    [
      'a config path with a line break',
      (r) => (r.config = 'audit.yml\n::error::forged'),
      /\/config must be the config's path: one line of visible characters/,
    ],
    ['a config path with a carriage return', (r) => (r.config = 'audit.yml\r'), /\/config must be the config's path/],
    [
      'a config path with a bidirectional control',
      (r) => (r.config = 'lmy.\u202etidua'),
      /\/config must be the config's path/,
    ],
    ['a config path with a line separator', (r) => (r.config = 'a\u2028b'), /\/config must be the config's path/],
    ['an empty config path', (r) => (r.config = ''), /\/config must be the config's path/],
    [
      'a config path of 1,025 characters',
      (r) => (r.config = 'a'.repeat(1025)),
      /\/config must be the config's path: .* at most 1,024/,
    ],
  ])('refuses %s', (_, spoil, message) => {
    const r = clone()
    spoil(r)
    expect(checkReport(r).join('\n')).toMatch(message)
  })
})

describe('a report the check accepts renders', () => {
  it.each<[string, (r: Report) => void]>([
    [
      'a group without the charted metric',
      (r) => ((r.audits[0]?.groups[0] as unknown as { metrics: object }).metrics = {}),
    ],
    [
      'every group without metrics',
      (r) => r.audits[0]?.groups.forEach((g) => ((g as unknown as { metrics: object }).metrics = {})),
    ],
    [
      'a metrics object whose only key is __proto__',
      (r) =>
        ((r.audits[0]?.groups[0] as unknown as { metrics: object }).metrics = JSON.parse('{"__proto__": 1}') as object),
    ],
  ])('%s: the comment, the summary and the terminal report render', (_what, mutate) => {
    const r = clone()
    mutate(r)
    const parsed = parseReport(JSON.stringify(r))
    if (!('report' in parsed)) throw new Error(`refused: ${JSON.stringify(parsed.rejected)}`)
    expect(renderCommentBody(parsed.report, {}).markdown).toContain('Model audit')
    expect(renderSummary(parsed.report, 'abc').markdown).toContain('Model audit')
    expect(renderTerminal(parsed.report, { color: false })).toContain(r.audits[0]?.name)
  })
})

describe('a report read back is bounded (red team A34: a 32 MB, 33 KB-gzipped baseline took 314 MB)', () => {
  it('refuses more values or deeper nesting than a report has, before JSON.parse builds them', () => {
    const many = JSON.stringify({ ...compas, warnings: Array.from({ length: REPORT_MAX_VALUES }, () => 'a') })
    expect(parseReport(many)).toEqual({ rejected: { kind: 'too_large', what: 'more than 1,000,000 JSON values' } })
    const deep = `{"x":${'['.repeat(REPORT_MAX_DEPTH)}${']'.repeat(REPORT_MAX_DEPTH)}}`
    expect(parseReport(deep)).toEqual({ rejected: { kind: 'too_large', what: 'nested more than 32 levels deep' } })
    // Commas and brackets inside strings are text, not values.
    // (In an audit's warnings, 1.05 M commas in strings of under 1 MiB each: the config path itself must be one short line;
    // all but one of 200 characters, under the 2 MiB of long strings a report may hold.)
    const [first, ...rest] = compas.audits
    const warnings = [`${',['.repeat(400_000)}"\\`, ...Array.from({ length: 6500 }, () => ',['.repeat(100))]
    expect('report' in parseReport(JSON.stringify({ ...compas, audits: [{ ...first, warnings }, ...rest] }))).toBe(true)
    expect('report' in parseReport(JSON.stringify(compas))).toBe(true)
  })

  it('a baseline over 32 MiB is a noted problem, refused from its size before a byte is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mag-baseline-'))
    // A sparse file: 33 MiB long, nothing written.
    writeFileSync(join(dir, 'big.json'), '')
    truncateSync(join(dir, 'big.json'), REPORT_MAX_BYTES + 1)
    writeFileSync(
      join(dir, 'many.json'),
      JSON.stringify({ ...compas, warnings: Array.from({ length: REPORT_MAX_VALUES }, () => 'a') }),
    )
    try {
      const big = await compareWithBaseline(compas, 'big.json', dir)
      expect(big.baseline).toEqual({
        source: 'big.json',
        status: 'invalid',
        message:
          'big.json is too large for a baseline report (33,554,433 bytes, over the limit of 33,554,432 (32 MiB)); pass the JSON report of a previous run, unedited',
      })
      const many = await compareWithBaseline(compas, 'many.json', dir)
      expect(many.baseline?.message).toMatch(
        /^many\.json is too large for a baseline report \(more than 1,000,000 JSON values\)/,
      )
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})

describe('a report that contradicts its gates is refused (red team A73: passed: true over a failing gate)', () => {
  it('names each contradiction; what the engine writes has none', () => {
    expect(compas.summary.failed).toBeGreaterThan(0)
    const forged = clone()
    forged.passed = true
    forged.summary = { ...forged.summary, failed: 0, passed: forged.summary.passed + forged.summary.failed }
    for (const a of forged.audits) a.passed = true
    const parsed = parseReport(JSON.stringify(forged))
    expect('rejected' in parsed && parsed.rejected.kind).toBe('inconsistent')
    const details = 'rejected' in parsed && parsed.rejected.kind === 'inconsistent' ? parsed.rejected.details : []
    expect(details).toContain('/passed is true, but a gate fails')
    expect(details).toContain(`/summary/failed is 0, but the gates count ${compas.summary.failed}`)
    expect(details.some((d) => /^\/audits\/\d+\/passed is true, but a gate fails$/.test(d))).toBe(true)
    // A failing gate whose effect was edited to pass.
    const effect = clone()
    const failing = effect.audits.flatMap((a) => a.gates).find((g) => g.status === 'fail')!
    failing.effect = 'pass'
    const refused = parseReport(JSON.stringify(effect))
    expect('rejected' in refused && refused.rejected.kind === 'inconsistent' && refused.rejected.details[0]).toMatch(
      /effect 'pass' does not follow from status 'fail'/,
    )
    expect(parseReport(JSON.stringify(compas))).toEqual({ report: compas })
  })
})

describe("a gate's status follows from its value, interval and bounds, as the gate module decides it (red team 28 R28-8)", () => {
  const detailsOf = (r: Report): string[] => {
    const parsed = parseReport(JSON.stringify(r))
    return 'rejected' in parsed && parsed.rejected.kind === 'inconsistent' ? parsed.rejected.details : []
  }

  it('refuses a failing report relabelled pass, gate by gate and recounted', () => {
    const forged = clone()
    for (const a of forged.audits) {
      for (const g of a.gates) {
        if (g.status === 'insufficient') continue
        g.status = 'pass'
        g.effect = 'pass'
      }
      a.passed = true
    }
    const gates = forged.audits.flatMap((a) => a.gates)
    forged.passed = true
    forged.summary = {
      ...forged.summary,
      failed: 0,
      warned: gates.filter((g) => g.effect === 'warn').length,
      passed: gates.filter((g) => g.effect === 'pass').length,
    }
    const details = detailsOf(forged)
    // Every relabelled gate that was past its bound, and nothing else.
    const was = compas.audits.flatMap((a, i) =>
      a.gates.flatMap((g, j) => (g.status === 'fail' || g.status === 'warn' ? [`/audits/${i}/gates/${j}`] : [])),
    )
    expect(was.length).toBeGreaterThan(0)
    expect(details.map((d) => d.slice(0, d.indexOf(':')))).toEqual(was.slice(0, 10))
    expect(details[0]).toMatch(
      /^\/audits\/0\/gates\/\d+: status 'pass' is milder than its value .* against its bounds gives \('(fail|warn)'\)$/,
    )
  })

  it('refuses one gate: a breach called a warning, a value called insufficient, no value called a pass, an interval gate without one called a pass', () => {
    const failing = (r: Report): Report['audits'][number]['gates'][number] =>
      r.audits.flatMap((a) => a.gates).find((g) => g.status === 'fail' && g.level === 'error' && !g.change)!
    const warned = clone()
    const g1 = failing(warned)
    g1.status = 'warn'
    g1.effect = 'warn'
    warned.summary.failed--
    warned.summary.warned++
    warned.passed = !warned.audits.some((a) => a.gates.some((g) => g.effect === 'fail'))
    for (const a of warned.audits) a.passed = !a.gates.some((g) => g.effect === 'fail')
    expect(detailsOf(warned).join('\n')).toMatch(/status 'warn' is milder than its value .*\('fail'\)/)
    // A value whose metric compares no groups is never insufficient.
    const insufficient = clone()
    const g2 = insufficient.audits[0]!.gates.find((g) => g.metric === 'accuracy' && g.attribute === null)!
    g2.threshold = { min: g2.value! + 0.05 }
    g2.status = 'insufficient'
    g2.effect = 'pass'
    insufficient.summary.insufficient++
    expect(detailsOf(insufficient).join('\n')).toMatch(/status 'insufficient' is milder than its value/)
    const none = clone()
    const g3 = none.audits.flatMap((a) => a.gates).find((g) => g.status === 'pass')!
    g3.value = null
    expect(detailsOf(none).join('\n')).toMatch(/status 'pass' but the gate has no value/)
    const interval = clone()
    const g4 = interval.audits.flatMap((a) => a.gates).find((g) => g.status === 'pass' && !g.each_group)!
    g4.on = 'interval'
    g4.ci = null
    expect(detailsOf(interval).join('\n')).toMatch(/status 'pass' but the gate is judged on its interval and has none/)
  })

  it('refuses a change bound breached against the baseline called a pass; what the engine writes compared has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mag-baseline-'))
    const base = clone()
    const gate = base.audits[0]!.gates.find((g) => g.metric === 'accuracy' && g.attribute === null)!
    gate.value = gate.value! + 0.2
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base))
    const withChange = clone()
    const own = withChange.audits[0]!.gates.find((g) => g.metric === 'accuracy' && g.attribute === null)!
    own.change = { max_decrease: 0.05 }
    own.insufficient_policy = 'warn'
    const compared = JSON.parse(JSON.stringify(await compareWithBaseline(withChange, 'base.json', dir))) as Report
    rmSync(dir, { recursive: true })
    expect(checkReport(compared)).toEqual([])
    const judged = compared.audits[0]!.gates.find((g) => g.metric === 'accuracy' && g.attribute === null)!
    expect(judged.status).toBe('fail')
    expect(parseReport(JSON.stringify(compared))).toEqual({ report: compared })
    judged.status = 'pass'
    judged.effect = 'pass'
    compared.summary.failed--
    compared.summary.passed++
    compared.passed = !compared.audits.some((a) => a.gates.some((g) => g.effect === 'fail'))
    for (const a of compared.audits) a.passed = !a.gates.some((g) => g.effect === 'fail')
    expect(detailsOf(compared).join('\n')).toMatch(
      /status 'pass' is milder than its change from .* against its change bounds gives \('fail'\)/,
    )
  })
})

describe('a report read back holds no rate outside [0, 1] (red team 8 R8-9)', () => {
  it('refuses an accuracy of 1e308 or below 0 in the overall, a group, a gate value or its history', () => {
    const reasons = (r: Report): string[] => {
      const parsed = parseReport(JSON.stringify(r))
      return 'rejected' in parsed && parsed.rejected.kind === 'inconsistent' ? parsed.rejected.details : []
    }
    const overall = clone()
    overall.audits[0]!.overall.accuracy = 1e308
    expect(reasons(overall)).toContain('/audits/0/overall/accuracy is 1e+308, outside [0, 1] where accuracy lies')
    const group = clone()
    group.audits[0]!.groups[0]!.metrics.selection_rate = -1e-9
    expect(reasons(group)).toContain(
      '/audits/0/groups/0/metrics/selection_rate is -1e-9, outside [0, 1] where selection_rate lies',
    )
    const gate = clone()
    const g = gate.audits[0]!.gates.find((x) => x.value !== null)!
    g.value = 2
    expect(reasons(gate).some((d) => /\/gates\/\d+\/value is 2, outside \[0, 1\] where /.test(d))).toBe(true)
    // In range (0 and 1 included), what the engine writes: read back as written.
    const edge = clone()
    edge.audits[0]!.overall.accuracy = 1
    edge.audits[0]!.groups[0]!.metrics.selection_rate = 0
    expect(parseReport(JSON.stringify(edge))).toEqual({ report: edge })
  })
})
