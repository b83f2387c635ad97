/**
 * Labels that never equal positive_label (a sample with no positive outcome) are audited as
 * fairlearn audits them, with a warning, however the negative is spelled; the audit is refused
 * only when the predictions never equal positive_label either, where a misspelled positive_label
 * is the likely cause. fairlearn 0.14's numbers: __fixtures__/golden/parity/labels-*.json, written
 * by scripts/oracle/binary-metrics.py.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const DIR = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'parity')
const ws = makeWorkspace()
afterAll(() => ws.cleanup())

interface Golden {
  overall: Record<string, number | null>
  by_group: Record<string, Record<string, number | null>>
}

const CASES: [string, string | number][] = [
  ['labels-all-minus-one', 1],
  ['labels-all-no', 'yes'],
  ['labels-all-one-positive-zero', 0],
]

describe.each(CASES)('%s (positive_label %s)', (name, positive) => {
  const golden = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Golden
  const metrics = Object.keys(golden.overall)

  it("is audited, equal to fairlearn's numbers in zero_division: fairlearn mode, with a warning", async () => {
    ws.write(`${name}.csv`, readFileSync(join(DIR, `${name}.csv`)))
    const out = await ws.run(audit(`${name}.csv`, { positive_label: positive, zero_division: 'fairlearn', metrics }))
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const a = out.report.audits[0]!
    for (const m of metrics)
      expect(a.overall[m as keyof typeof a.overall], `overall ${m}`).toBeCloseTo(golden.overall[m] as number, 12)
    const groups = a.groups.filter((g) => g.attribute === 'g')
    expect(groups.map((g) => g.key).sort()).toEqual(Object.keys(golden.by_group).sort())
    for (const g of groups)
      for (const m of metrics)
        expect(g.metrics[m as keyof typeof g.metrics], `${g.key} ${m}`).toBeCloseTo(
          golden.by_group[g.key]![m] as number,
          12,
        )
    expect(a.warnings.join('\n')).toContain(
      `no value of label column 'y' equals positive_label ${typeof positive === 'string' ? JSON.stringify(positive) : positive}`,
    )
  })

  it('in the default mode, the rates over positive labels are undefined, not 0', async () => {
    const out = await ws.run(audit(`${name}.csv`, { positive_label: positive, metrics }))
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const a = out.report.audits[0]!
    expect(a.overall.true_positive_rate).toBeNull()
    expect(a.overall.false_negative_rate).toBeNull()
    expect(a.overall.false_positive_rate).toBeCloseTo(golden.overall.false_positive_rate as number, 12)
  })
})

describe('a misspelled positive_label', () => {
  it('is refused when neither labels nor predictions ever equal it, naming both columns', async () => {
    ws.write('yn.csv', 'y,p,g\nno,no,a\nno,no,b\n')
    const problems = await ws.problems(audit('yn.csv', { positive_label: 'Yes' }))
    expect(problems).toEqual([
      `yn.csv: neither label column 'y' (values seen: "no") nor prediction column 'p' (values seen: "no") has a value equal to positive_label "Yes"; positive_label is likely misspelled: set it to the favourable value as the data writes it`,
    ])
  })

  it('is refused when the predictions have two values and neither equals it', async () => {
    ws.write('yn2.csv', 'y,p,g\nyes,no,a\nno,yes,b\n')
    const problems = await ws.problems(audit('yn2.csv', { positive_label: 'Yes' }))
    expect(problems.join('\n')).toContain(`no value of prediction column 'p' equals positive_label "Yes"`)
  })

  it('all-0 labels and predictions stay an audit (0 is the plain negative), with the warning', async () => {
    ws.write('zeros.csv', 'y,p,g\n0,0,a\n0,0,b\n')
    const out = await ws.run(audit('zeros.csv'))
    expect(out.ok).toBe(true)
    if (out.ok)
      expect(out.report.audits[0]!.warnings.join('\n')).toContain(
        "no value of label column 'y' equals positive_label 1",
      )
  })
})

describe("DuckDB's boolean words in a CSV label or prediction at positive_label 1/true (red team 34)", () => {
  // DuckDB's read_csv types a column of nothing but t/f, yes/no, true/false (any case) BOOLEAN, and the
  // printed query reads `yes` as true, where the rows compared it as text: 200 rows of labels `yes`
  // predicted false were right here (negatives) and wrong there; the rows passed, the warehouse failed.
  const rows = (y1: string, p1: string, y2: string, p2: string): string =>
    `y,p,g\n${[...Array.from({ length: 200 }, () => `${y1},${p1},A`), ...Array.from({ length: 200 }, () => `${y2},${p2},B`)].join('\n')}\n`
  const gates = { confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }

  // Labels true and yes; predictions all yes; t and f; Yes and False at 0; T beside 1 (`1` may be `true`).
  it.each([
    [
      'bw-0.csv',
      rows('true', 'true', 'yes', 'false'),
      true,
      /label column 'y' holds "yes" \(bw-0\.csv:202\), a word DuckDB's read_csv reads as a boolean .*positive_label true/,
    ],
    ['bw-1.csv', rows('true', 'yes', 'false', 'yes'), 1, /prediction column 'p' holds "yes" \(bw-1\.csv:2\)/],
    ['bw-2.csv', rows('t', 'false', 'true', 'true'), 'true', /label column 'y' holds "t" \(bw-2\.csv:2\), a word/],
    ['bw-3.csv', rows('Yes', 'Yes', 'False', 'False'), 0, /label column 'y' holds "Yes"/],
    ['bw-4.csv', rows('1', 'T', '0', 'T'), true, /prediction column 'p' holds "T"/],
  ])('%s: refused, naming the words', async (file, text, positive, message) => {
    ws.write(file, text)
    expect((await ws.problems(audit(file, { positive_label: positive, ...gates }))).join('\n')).toMatch(message)
  })

  it('the same words as JSON strings (VARCHAR to read_json) or at positive_label yes: audited as text', async () => {
    const json = [
      ...Array.from({ length: 200 }, () => '{"y":"true","p":"true","g":"A"}'),
      ...Array.from({ length: 200 }, () => '{"y":"yes","p":"false","g":"B"}'),
    ]
    ws.write('bw.jsonl', `${json.join('\n')}\n`)
    const out = await ws.run(audit('bw.jsonl', { positive_label: true, ...gates }))
    expect(out.ok && out.report.audits[0]?.passed).toBe(true)
    ws.write('bw-yes.csv', rows('yes', 'yes', 'no', 'no'))
    const yes = await ws.run(audit('bw-yes.csv', { positive_label: 'yes', ...gates }))
    expect(yes.ok && yes.report.audits[0]?.passed).toBe(true)
  })
})

describe("PostgreSQL's boolean words in a CSV label or prediction at positive_label 1/true (red team 36 R36-5)", () => {
  // PostgreSQL's BOOLEAN input (COPY into a BOOLEAN column) reads yes/no, y/n, on/off, t/f, true/false, 1/0 and
  // their unique prefixes, in any case and with spaces around: labels `true` and `on` (on = true there, a text
  // negative here) passed here and failed there, and the other way round with `on` predicted positive.
  const rows = (y1: string, p1: string, y2: string, p2: string): string =>
    `y,p,g\n${[...Array.from({ length: 200 }, () => `${y1},${p1},A`), ...Array.from({ length: 200 }, () => `${y2},${p2},B`)].join('\n')}\n`
  const gates = { confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] }
  const pgWord = (role: string, word: string, where: string): RegExp =>
    new RegExp(
      `${role} column '${role === 'label' ? 'y' : 'p'}' holds "${word}" \\(${where.replace('.', '\\.')}\\), a word PostgreSQL's BOOLEAN input reads as a boolean`,
    )

  it.each([
    ['pg-0.csv', rows('true', '1', 'on', '0'), 1, pgWord('label', 'on', 'pg-0.csv:202')],
    ['pg-1.csv', rows('1', '1', '0', 'y'), true, pgWord('prediction', 'y', 'pg-1.csv:202')],
    ['pg-2.csv', rows('tr', 'true', 'true', 'true'), 'true', pgWord('label', 'tr', 'pg-2.csv:2')],
    ['pg-3.csv', rows('1', 'ye', '1', '1'), 1, pgWord('prediction', 'ye', 'pg-3.csv:2')],
    ['pg-4.csv', rows('OF', 'false', 'false', 'false'), 0, pgWord('label', 'OF', 'pg-4.csv:2')],
    ['pg-5.csv', rows('false', 'false', 'fal', 'true'), false, pgWord('label', 'fal', 'pg-5.csv:202')],
    ['pg-6.csv', rows('true', 'true', ' yes', 'false'), true, pgWord('label', ' yes', 'pg-6.csv:202')],
    ['pg-7.csv', rows('true', 'true', 'TRUE ', 'false'), true, pgWord('label', 'TRUE ', 'pg-7.csv:202')],
  ])('%s: refused, naming the word', async (file, text, positive, message) => {
    ws.write(file, text)
    expect((await ws.problems(audit(file, { positive_label: positive, ...gates }))).join('\n')).toMatch(message)
  })

  it('no word of PostgreSQL (o, onn, yess, a no-break space before yes) nor positive_label on: audited as text', async () => {
    for (const [i, word] of ['o', 'onn', 'yess', '\u00a0yes'].entries()) {
      ws.write(`pg-text-${i}.csv`, rows('true', 'true', word, 'false'))
      const out = await ws.run(audit(`pg-text-${i}.csv`, { positive_label: true, ...gates }))
      expect(out.ok && out.report.audits[0]?.passed).toBe(true)
    }
    ws.write('pg-on.csv', rows('on', 'on', 'off', 'off'))
    const on = await ws.run(audit('pg-on.csv', { positive_label: 'on', ...gates }))
    expect(on.ok && on.report.audits[0]?.passed).toBe(true)
  })
})
