/**
 * A report the tool writes is always one a later run reads back (red team 32 R32-13): 19,200
 * groups of 2-4 character names, within `MAX_RUN_GROUPS`, wrote a 77 MB report, over the 32 MiB
 * a baseline may be, and the next run's `max_decrease` gate passed as "not checked". The writer
 * now checks its chunks against the read-back bounds as they pass (`readableReportChunks`) and
 * writes nothing past them: exit 2, saying why and what to change.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import {
  loadReportValidator,
  parseReport,
  readableReport,
  readableReportChunks,
  REPORT_MAX_KEYS,
  REPORT_MAX_STRING_CHARS,
  REPORT_MAX_TEXT_CHARS,
  REPORT_MAX_VALUES,
  surelyReadable,
} from '../../src/report/check.js'
import { jsonChunks } from '../../src/report/json-text.js'
import { captureIO } from '../support/cli-io.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

await loadReportValidator()

let ws: Workspace
beforeAll(() => {
  ws = makeWorkspace()
})
afterAll(() => ws.cleanup())

/** `text` in pieces cut at seeded random places (inside strings, escapes and keys too). */
function pieces(text: string, seed: number): string[] {
  let x = seed
  const out: string[] = []
  let at = 0
  while (at < text.length) {
    x = (x * 1103515245 + 12345) % 2 ** 31
    const n = 1 + (x % 7 === 0 ? x % 5 : x % 4096)
    out.push(text.slice(at, at + n))
    at += n
  }
  return out
}

const passes = (chunks: string[]): string | null => {
  try {
    for (const _ of readableReportChunks(chunks));
    return null
  } catch (e) {
    return (e as Error).message
  }
}

describe('readableReportChunks counts what parseReport counts, however the text is cut', () => {
  const many = (n: number, make: (i: number) => string): string =>
    `[${Array.from({ length: n }, (_, i) => make(i)).join(',')}]`
  const cases: [string, string, string | null][] = [
    ['values at the bound', many(REPORT_MAX_VALUES - 1, () => '0'), null],
    ['values past it', many(REPORT_MAX_VALUES, () => '0'), 'JSON values'],
    ['keys at the bound', `{${Array.from({ length: REPORT_MAX_KEYS }, (_, i) => `"k\\"${i}":0`).join(',')}}`, null],
    [
      'keys past it',
      `{${Array.from({ length: REPORT_MAX_KEYS + 1 }, (_, i) => `"k\\"${i}":0`).join(',')}}`,
      'distinct object keys',
    ],
    ['a string at the bound', `["${'\\n'.repeat(REPORT_MAX_STRING_CHARS / 2)}"]`, null],
    ['a string past it', `["${'a'.repeat(REPORT_MAX_STRING_CHARS + 1)}"]`, 'a string longer'],
    ['text past the bound', many(3, () => `"${'x'.repeat(REPORT_MAX_TEXT_CHARS / 2)}"`), 'characters (2 MiB)'],
    ['nesting past the bound', `${'['.repeat(33)}${']'.repeat(33)}`, 'levels deep'],
  ]
  it.each(cases)('%s', (_what, text, problem) => {
    const whole = parseReport(text)
    const refused = 'rejected' in whole && whole.rejected.kind === 'too_large'
    expect(refused).toBe(problem !== null)
    for (const seed of [1, 2, 3]) {
      const said = passes(pieces(text, seed))
      if (problem === null) expect(said).toBeNull()
      else expect(said).toContain(problem)
    }
  })

  it("a report's chunks pass through unchanged", async () => {
    const { runConfigFile } = await import('../../src/audit.js')
    const out = await runConfigFile('examples/compas/model-audit.yml', {
      workspace: join(import.meta.dirname, '..', '..'),
    })
    if (!out.ok) throw new Error('example failed')
    const text = [...jsonChunks(out.report)].join('')
    expect([...readableReportChunks(jsonChunks(out.report))].join('')).toBe(text)
    expect('report' in parseReport(text)).toBe(true)
    // The writer's text: one JSON.stringify, the values' walk sure of every bound (no scan).
    expect(surelyReadable(out.report)).toBe(true)
    expect([...readableReport(out.report)].join('')).toBe(text)
  }, 60_000)
})

describe('surelyReadable is sure only of reports the scan passes', () => {
  const scanned = (value: unknown): string | null => passes([`${JSON.stringify(value, null, 2)}\n`])
  it('is not sure of any of the bounds cases the scan refuses', () => {
    const many = (n: number, make: (i: number) => string): string =>
      `[${Array.from({ length: n }, (_, i) => make(i)).join(',')}]`
    for (const text of [
      many(REPORT_MAX_VALUES, () => '0'),
      `{${Array.from({ length: REPORT_MAX_KEYS + 1 }, (_, i) => `"k\\"${i}":0`).join(',')}}`,
      `["${'a'.repeat(REPORT_MAX_STRING_CHARS + 1)}"]`,
      many(3, () => `"${'x'.repeat(REPORT_MAX_TEXT_CHARS / 2)}"`),
      `${'['.repeat(33)}${']'.repeat(33)}`,
    ]) {
      const value = JSON.parse(text) as object
      expect(scanned(value)).not.toBeNull()
      expect(surelyReadable(value)).toBe(false)
    }
  })

  it('counts what its character budget does not bound: empty containers, escapes, keys, depth', () => {
    // Within the budget, each of these passes a bound of the scan.
    const cases: [string, object, string][] = [
      ['690,000 empty arrays: 1.38 M values', Array.from({ length: 690_000 }, () => []), 'JSON values'],
      [
        'six strings of 100,000 control characters: 3.6 M characters escaped',
        Array.from({ length: 6 }, () => '\u0001'.repeat(100_000)),
        'characters (2 MiB)',
      ],
      ['a string of 200,000 control characters: 1.2 M escaped', ['\u0001'.repeat(200_000)], 'a string longer'],
      [
        '10,001 distinct keys',
        Object.fromEntries(Array.from({ length: REPORT_MAX_KEYS + 1 }, (_, i) => [`k${i}`, 0])),
        'distinct object keys',
      ],
      ['33 levels of objects', JSON.parse(`${'{"a":'.repeat(33)}0${'}'.repeat(33)}`) as object, 'levels deep'],
    ]
    for (const [what, value, problem] of cases) {
      expect(scanned(value), what).toContain(problem)
      expect(surelyReadable(value), what).toBe(false)
    }
  })

  it('on seeded random values, sure ⇒ the scan passes; and sure of most small ones', () => {
    let x = 7
    const rnd = (n: number): number => {
      x = (x * 1103515245 + 12345) % 2 ** 31
      return x % n
    }
    const atoms = [
      '',
      'a',
      'selection_rate',
      '"',
      '\\',
      '\n',
      '\u0000',
      '\ud800',
      '😀',
      'x'.repeat(40),
      '\u0001'.repeat(40),
    ]
    const make = (depth: number): unknown => {
      const k = rnd(depth > 6 ? 3 : 6)
      if (k === 0) return rnd(2) === 0 ? rnd(1000) / 7 : null
      if (k === 1 || k === 2) return (atoms[rnd(atoms.length)] as string).repeat(1 + rnd(3))
      if (k === 3) return Array.from({ length: rnd(6) }, () => make(depth + 1))
      return Object.fromEntries(
        Array.from({ length: rnd(6) }, () => [(atoms[rnd(atoms.length)] as string) + rnd(50), make(depth + 1)]),
      )
    }
    let sure = 0
    for (let i = 0; i < 400; i++) {
      const value = { v: make(0) }
      if (surelyReadable(value)) {
        sure++
        expect(scanned(value)).toBeNull()
      }
    }
    expect(sure).toBeGreaterThan(300)
  })
})

/** `columns` sensitive string columns of `values` short names each over `rows` rows; every prediction right. */
function wide(file: string, rows: number, columns: number, values: number): string[] {
  const names = Array.from({ length: columns }, (_, k) => `c${k}`)
  const lines = [`y,p,${names.join(',')}`]
  for (let i = 0; i < rows; i++)
    lines.push(`${i % 2},${i % 2},${names.map((_, k) => `v${(i + k) % values}`).join(',')}`)
  ws.write(file, `${lines.join('\n')}\n`)
  return names
}

const config = (data: string, sensitive: string[]): string =>
  `audits:\n  - name: w\n    data: ${data}\n    label: y\n    prediction: p\n    positive_label: 1\n    sensitive: [${sensitive.join(', ')}]\n    max_groups: 1000\n    min_group_size: 1\n    confidence: false\n    metrics: [accuracy]\n    gates:\n      - name: no drop\n        metric: accuracy\n        max_decrease: 0.01\n`

async function cli(args: string[]): Promise<{ code: number; err: string; out: string }> {
  const io = captureIO(ws.dir)
  const code = await runCli(args, io)
  return { code, err: io.err, out: io.out }
}

describe('the CLI writes no report a later run could not read as its baseline (red team 32 R32-13)', () => {
  it('32 attributes of 300 short-named groups (9,600, within max_groups): exit 2, nothing written, no verdict', async () => {
    const sensitive = wide('wide.csv', 3000, 32, 300)
    ws.write('wide.yml', config('wide.csv', sensitive))
    const r = await cli(['-c', 'wide.yml', '--json', 'baseline.json'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toMatch(
      /^baseline\.json: the JSON report would be one that no later run reads back as its baseline, history or workflow_run report \((more than 1,000,000 JSON values|over 33,554,432 bytes, 32 MiB)\), so no change gate could ever be checked against it; nothing was written: audit fewer groups/,
    )
    expect(existsSync(join(ws.dir, 'baseline.json'))).toBe(false)
    // Without a report to write, the audit itself runs and gives its verdict.
    expect((await cli(['-c', 'wide.yml', '-q'])).code).toBe(0)
  }, 120_000)

  it('a narrower audit writes its report, and the next run reads it back and checks the change gate', async () => {
    const sensitive = wide('narrow.csv', 3000, 4, 300)
    ws.write('narrow.yml', config('narrow.csv', sensitive))
    expect((await cli(['-c', 'narrow.yml', '--json', 'narrow.json', '-q'])).code).toBe(0)
    expect('report' in parseReport(readFileSync(join(ws.dir, 'narrow.json'), 'utf8'))).toBe(true)
    const r = await cli(['-c', 'narrow.yml', '--baseline', 'narrow.json'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toContain('✓ PASSED: 1 gate')
    expect(r.out).not.toContain('not checked')
  }, 120_000)
})
