/**
 * Red team 3, N2 and N10: a report read back (a workflow_run artifact, a baseline) is held to the
 * config's own bounds and to a longest string, and rendering is linear in the report's size.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { CONFIG_LIMITS } from '../../src/config/schema.js'
import { renderSummary } from '../../src/github/summary.js'
import {
  parseBaseline,
  parseReport,
  REPORT_MAX_KEYS,
  REPORT_MAX_STRING_CHARS,
  REPORT_MAX_TEXT_CHARS,
  REPORT_STRING_ALLOWANCE,
  loadReportValidator,
} from '../../src/report/check.js'
import { MAX_RUN_GROUPS } from '../../src/stats/accumulate.js'
import { MAX_CONTROL_LEVELS, MAX_CONTROLLED_CELLS } from '../../src/stats/control.js'
import { renderCommentBody } from '../../src/report/comment-body.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { Report } from '../../src/report/types.js'
import { join } from 'node:path'

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

/** The red team's wfrun-quadratic shape: a passing audit, no gates, `n` attributes with one disparity each. */
function manyAttributes(n: number): Report {
  const r = clone()
  const a = r.audits[0] as Report['audits'][number]
  a.gates = []
  a.passed = true
  r.passed = true
  r.summary = { gates: 0, failed: 0, warned: 0, insufficient: 0, passed: 0 }
  const names = Array.from({ length: n }, (_, i) => `a${i}`)
  a.settings.sensitive = names
  a.settings.intersections = []
  a.groups = names.map((attribute) => ({
    ...(compas.audits[0]?.groups[0] as Report['audits'][number]['groups'][number]),
    attribute,
  }))
  a.disparities = names.map((attribute) => ({
    attribute,
    metric: 'demographic_parity_difference',
    method: 'between_groups',
    value: 0,
    groups: [],
    skipped: [],
  }))
  return r
}

describe('rendering is linear in the number of attributes (red team 3 N2: 2,000 took 8.5 s, 20,000 over 20 s)', () => {
  // Sizes and bounds keep 12x or more between the bound and the time taken on an idle machine
  // (about 1.6 s and 1.2 s), while quadratic rendering would take far longer than the bound.
  it('5,000 attributes render as markdown and for the terminal within seconds', () => {
    const r = manyAttributes(5_000)
    const t0 = performance.now()
    const md = renderMarkdown(r)
    // Each attribute finds its own disparity.
    expect(md.split('<sub>demographic parity difference **0.0000**</sub>').length - 1).toBe(5_000)
    expect(renderTerminal(r, { color: false })).toContain('By a4999')
    // Quadratic, this was about a minute; linear, about one second.
    expect(performance.now() - t0).toBeLessThan(20_000)
  }, 180_000)

  it('1,500 attributes fit the comment and the summary (each renders up to seven times) within seconds', () => {
    const r = manyAttributes(1_500)
    const t0 = performance.now()
    expect(renderCommentBody(r).shortened).not.toBeNull()
    expect(renderSummary(r, undefined).markdown).toContain('1499')
    expect(performance.now() - t0).toBeLessThan(20_000)
  }, 180_000)
})

describe("a report read back is held to the config's bounds (red team 3 N2)", () => {
  it.each<[string, (r: Report) => void, RegExp]>([
    [
      `more than ${CONFIG_LIMITS.sensitive} sensitive attributes`,
      (r) => (r.audits[0]!.settings.sensitive = Array.from({ length: CONFIG_LIMITS.sensitive + 1 }, (_, i) => `a${i}`)),
      /\/audits\/0\/settings\/sensitive must NOT have more than 32 items/,
    ],
    [
      `more than ${CONFIG_LIMITS.intersections} intersections`,
      (r) =>
        (r.audits[0]!.settings.intersections = Array.from({ length: CONFIG_LIMITS.intersections + 1 }, () => [
          'a',
          'b',
        ])),
      /\/audits\/0\/settings\/intersections must NOT have more than 32 items/,
    ],
    [
      `an intersection of more than ${CONFIG_LIMITS.intersectionSize} attributes`,
      (r) => (r.audits[0]!.settings.intersections = [Array.from({ length: 9 }, (_, i) => `a${i}`)]),
      /\/audits\/0\/settings\/intersections\/0 must NOT have more than 8 items/,
    ],
    [
      `more than ${CONFIG_LIMITS.audits} audits`,
      (r) => (r.audits = Array.from({ length: CONFIG_LIMITS.audits + 1 }, () => r.audits[0]!)),
      /\/audits must NOT have more than 50 items/,
    ],
    [
      'more gate results than 100 gates over 32 attributes give',
      (r) => {
        const a = r.audits[0]!
        a.gates = Array.from({ length: CONFIG_LIMITS.gates * CONFIG_LIMITS.sensitive + 1 }, () => a.gates[0]!)
      },
      /\/audits\/0\/gates must NOT have more than 3200 items/,
    ],
  ])('refuses %s', (_, edit, message) => {
    const r = clone()
    edit(r)
    const parsed = parseReport(JSON.stringify(r))
    expect('rejected' in parsed && parsed.rejected.kind).toBe('invalid')
    if ('rejected' in parsed && parsed.rejected.kind === 'invalid')
      expect(parsed.rejected.details.join('; ')).toMatch(message)
  })

  it('accepts a report at the bounds', () => {
    const r = manyAttributes(CONFIG_LIMITS.sensitive)
    r.audits[0]!.settings.intersections = Array.from({ length: CONFIG_LIMITS.intersections }, () => ['a0', 'a1'])
    expect('report' in parseReport(JSON.stringify(r))).toBe(true)
  })
})

describe('a report read back has no string over 1 MiB (red team 3 N10: a 30 MiB warning went over 1 GB)', () => {
  it('refuses a long warning and a long tool version before JSON.parse, and accepts one at the bound', () => {
    const warned = clone()
    warned.audits[0]!.warnings = ['a'.repeat(REPORT_MAX_STRING_CHARS + 1)]
    expect(parseReport(JSON.stringify(warned))).toEqual({
      rejected: { kind: 'too_large', what: 'a string longer than 1,048,576 characters (1 MiB)' },
    })
    const versioned = clone()
    versioned.tool.version = 'v'.repeat(20 * 1024 * 1024)
    expect(parseBaseline(JSON.stringify(versioned), 'base.json')).toEqual({
      problem:
        'base.json is too large for a baseline report (a string longer than 1,048,576 characters (1 MiB)); pass the JSON report of a previous run, unedited',
    })
    // An escape counts as its text: `\\"` does not end the string, nor let it run past the bound.
    const escaped = clone()
    escaped.audits[0]!.warnings = [`${'"'.repeat(REPORT_MAX_STRING_CHARS / 2)}x`]
    expect(parseReport(JSON.stringify(escaped))).toEqual({
      rejected: { kind: 'too_large', what: 'a string longer than 1,048,576 characters (1 MiB)' },
    })
    const atBound = clone()
    atBound.audits[0]!.warnings = ['a'.repeat(REPORT_MAX_STRING_CHARS)]
    expect('report' in parseReport(JSON.stringify(atBound))).toBe(true)
  })
})

describe('a report read back holds at most 2 MiB of string characters beyond 32 a string (red team 4 R4-2, 7 R7-6)', () => {
  const tooMuch = 'more than 2,097,152 characters (2 MiB) in its strings beyond the first 32 of each'
  it('refuses 30 warnings just under 1 MiB each before JSON.parse, names the bound, and accepts 2 MiB', () => {
    // 31.5 MB, under every other bound: the action took over 20 s and 553 MB on it.
    const many = clone()
    many.audits[0]!.warnings = Array.from({ length: 30 }, (_, i) => `${'@a JIRA-1 www.x #1 '.repeat(55_000)}${i}`)
    expect(parseReport(JSON.stringify(many))).toEqual({ rejected: { kind: 'too_large', what: tooMuch } })
    const two = clone()
    two.audits[0]!.warnings = [
      'a'.repeat(REPORT_MAX_TEXT_CHARS / 2 - 5000),
      'b'.repeat(REPORT_MAX_TEXT_CHARS / 2 - 5000),
    ]
    expect('report' in parseReport(JSON.stringify(two))).toBe(true)
    two.audits[0]!.warnings.push('c'.repeat(10_001))
    expect('rejected' in parseReport(JSON.stringify(two))).toBe(true)
  })
  it('counts every string beyond its first 32 characters, however short it is, keys too', () => {
    // Strings of at most 32 characters (names, metric names, reasons) do not count.
    const names = clone()
    names.audits[0]!.warnings = Array.from({ length: 100_000 }, () => 'n'.repeat(REPORT_STRING_ALLOWANCE))
    expect('report' in parseReport(JSON.stringify(names))).toBe(true)
    // Red team 7 R7-6: with only strings over 200 characters counted, 40,000 groups of
    // 199-character names passed and took 633 MB to render. 13,000 strings of 199 characters are
    // 13,000 × 167 = 2,171,000 characters beyond the allowance.
    names.audits[0]!.warnings = Array.from({ length: 13_000 }, () => 'n'.repeat(199))
    expect(parseReport(JSON.stringify(names))).toEqual({ rejected: { kind: 'too_large', what: tooMuch } })
    names.audits[0]!.warnings = Array.from({ length: 12_000 }, () => 'n'.repeat(199))
    expect('report' in parseReport(JSON.stringify(names))).toBe(true)
    // Keys count as values do: 9,000 metric names of 300 characters (under the 10,000 distinct keys).
    const keys = clone()
    keys.audits[0]!.overall = Object.fromEntries(
      Array.from({ length: 9_000 }, (_, i) => [`${i}`.padStart(300, 'k'), 0]),
    ) as Report['audits'][number]['overall']
    expect(parseReport(JSON.stringify(keys))).toEqual({ rejected: { kind: 'too_large', what: tooMuch } })
  })
})

/** A controlled report: compas's audit with its groups split over `levels` levels of `perLevel` groups each. */
function controlled(levels: number, perLevel: number): Report {
  const r = clone()
  const a = r.audits[0] as Report['audits'][number]
  // The red team's minimal group: 14 values.
  const g = {
    attribute: a.settings.sensitive[0]!,
    group: {},
    key: '',
    present: true,
    count: 1,
    metrics: {},
    undefined: {},
    sufficient: false,
  } as unknown as Report['audits'][number]['groups'][number]
  const d = compas.audits[0]!.disparities[0]!
  a.control = {
    columns: ['ch'],
    levels: Array.from({ length: levels }, (_, l) => ({
      level: `L${l}`,
      control: { ch: `L${l}` },
      rows: 1,
      overall: a.overall,
      overall_undefined: {},
      overall_counts: a.overall_counts,
      groups: Array.from({ length: perLevel }, (_, i) => ({
        ...g,
        key: `g${i}`,
        group: { [a.settings.sensitive[0]!]: `g${i}` },
      })),
      insufficient: [],
      disparities: [d],
    })),
    worst: [{ attribute: d.attribute, metric: d.metric, method: d.method, level: 'L0', value: 0 }],
  }
  a.groups = []
  a.disparities = []
  return r
}

describe('a report read back holds the groups and levels a run could write (red team 7 R7-1, R7-2)', () => {
  it(`refuses more than ${MAX_CONTROL_LEVELS} control levels, in the audit and in a gate`, () => {
    expect('report' in parseReport(JSON.stringify(controlled(MAX_CONTROL_LEVELS, 1)))).toBe(true)
    // Red team 7 R7-1: 10,000 minimal levels (1.9 MB) passed and the action ran past 20 s and 300 MB.
    expect(parseReport(JSON.stringify(controlled(10_000, 0)))).toEqual({
      rejected: {
        kind: 'invalid',
        details: [`/audits/0/control/levels must NOT have more than ${MAX_CONTROL_LEVELS} items`],
      },
    })
    const gated = controlled(2, 1)
    const gate = gated.audits[0]!.gates[0]!
    gate.control = {
      level: 'L0',
      chosen: 'worst',
      levels: Array.from({ length: MAX_CONTROL_LEVELS + 1 }, (_, l) => ({
        level: `L${l}`,
        value: 0,
        status: gate.status,
      })),
    }
    expect(parseReport(JSON.stringify(gated))).toEqual({
      rejected: {
        kind: 'invalid',
        details: [`/audits/0/gates/0/control/levels must NOT have more than ${MAX_CONTROL_LEVELS} items`],
      },
    })
    const worst = controlled(2, 1)
    worst.audits[0]!.control!.worst = Array.from({ length: 100_000 }, () => worst.audits[0]!.control!.worst[0]!)
    expect(parseReport(JSON.stringify(worst))).toMatchObject({ rejected: { kind: 'invalid' } })
  })
  it(`refuses more than ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} (level, group) cells in a controlled audit, as a run does`, () => {
    // 100 levels of 200 groups (20,000, within the run's groups) passed, though a run refuses them.
    expect(parseReport(JSON.stringify(controlled(100, MAX_RUN_GROUPS / 100)))).toEqual({
      rejected: {
        kind: 'too_large',
        what: `20,000 (level, group) cells in the control levels of audits[0], more than the ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} a controlled audit may have`,
      },
    })
    expect(parseReport(JSON.stringify(controlled(100, MAX_CONTROLLED_CELLS / 100 + 1)))).toMatchObject({
      rejected: { kind: 'too_large' },
    })
    expect(
      'report' in
        parseReport(JSON.stringify(controlled(MAX_CONTROL_LEVELS, MAX_CONTROLLED_CELLS / MAX_CONTROL_LEVELS))),
    ).toBe(true)
  })
  it(`refuses more than ${MAX_RUN_GROUPS.toLocaleString('en-US')} groups over its audits and levels`, () => {
    expect('report' in parseReport(JSON.stringify(controlled(100, MAX_CONTROLLED_CELLS / 100)))).toBe(true)
    // Red team 7 R7-2: one level of 60,000 minimal groups (8.1 MB) took 306 MB to render.
    expect(parseReport(JSON.stringify(controlled(1, 60_000)))).toEqual({
      rejected: {
        kind: 'too_large',
        what: `60,000 groups over its audits and control levels, more than the ${MAX_RUN_GROUPS.toLocaleString('en-US')} a run may have`,
      },
    })
    expect(parseReport(JSON.stringify(controlled(100, MAX_RUN_GROUPS / 100 + 1)))).toMatchObject({
      rejected: { kind: 'too_large', what: expect.stringContaining('a run may have') as unknown },
    })
    // Groups of every audit count in one bound, as a run's do.
    const two = manyAttributes(1)
    const a = two.audits[0]!
    a.groups = Array.from({ length: MAX_RUN_GROUPS / 2 + 1 }, (_, i) => ({
      attribute: 'a0',
      group: { a0: `g${i}` },
      key: `g${i}`,
      present: true,
      count: 1,
      metrics: {},
      undefined: {},
      sufficient: false,
    })) as unknown as Report['audits'][number]['groups']
    two.audits.push({ ...a, name: 'second' })
    expect(parseReport(JSON.stringify(two))).toMatchObject({ rejected: { kind: 'too_large' } })
  })
})

describe(`a report read back has at most ${REPORT_MAX_KEYS.toLocaleString('en-US')} distinct object keys (red team 6 N6-b)`, () => {
  it('refuses 990,000 keys in `overall` before JSON.parse, and accepts the keys a report of 50 audits of 32 attributes has', () => {
    // 15.7 MB, under every other bound: the action took 309 MB to parse and render it.
    const wide = clone()
    const overall = wide.audits[0]!.overall as Record<string, number | null>
    for (let i = 0; i < 990_000; i++) overall[`k${i}`] = 0.5
    expect(parseReport(JSON.stringify(wide))).toEqual({
      rejected: {
        kind: 'too_large',
        what: 'more than 10,000 distinct object keys (a report this tool writes has field, metric and column names: a few hundred)',
      },
    })
    // The same key in many objects counts once: 5,000 groups, each with its metrics and intervals.
    const many = clone()
    const group = many.audits[0]!.groups[0] as Report['audits'][number]['groups'][number]
    many.audits[0]!.groups = Array.from({ length: 5_000 }, () => group)
    expect(parseReport(JSON.stringify(many))).not.toMatchObject({ rejected: { kind: 'too_large' } })
    // A report this tool can write: 50 audits, each its own 32 sensitive and 8 control column names.
    const columns = new Set<string>()
    for (let a = 0; a < CONFIG_LIMITS.audits; a++)
      for (let c = 0; c < CONFIG_LIMITS.sensitive + CONFIG_LIMITS.control; c++) columns.add(`audit${a}_column${c}`)
    const keyed = JSON.stringify({ ...clone(), extra: Object.fromEntries([...columns].map((k) => [k, 'v'])) })
    expect(parseReport(keyed)).not.toMatchObject({ rejected: { kind: 'too_large' } })
  })
})
