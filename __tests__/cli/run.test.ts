/** The CLI end to end, in-process: exit codes, terminal output, and the files it writes. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/report/types.js'
import { captureIO as io } from '../support/cli-io.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

const ROOT = join(import.meta.dirname, '..', '..')

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const DATA = 'y,p,g\n1,1,a\n0,0,a\n1,1,a\n0,1,a\n1,0,b\n0,0,b\n1,0,b\n0,0,b\n'
const config = (max: number, level = 'error') => `audits:
  - name: toy
    data: d.csv
    label: y
    prediction: p
    sensitive: [g]
    gates:
      - metric: demographic_parity_difference
        max: ${max}
        level: ${level}
`

describe('exit codes', () => {
  it('0 when every gate passes', async () => {
    ws.write('d.csv', DATA)
    ws.write('.github/model-audit.yml', config(0.9))
    const t = io(ws.dir)
    expect(await runCli([], t)).toBe(0)
    expect(t.out).toContain('✓ PASSED: 1 gate')
    expect(t.err).toBe('')
  })

  it('2 with no verdict printed when a report cannot be written (red team 24: "✓ PASSED" above "cannot write")', async () => {
    ws.write('d.csv', DATA)
    ws.write('.github/model-audit.yml', config(0.9))
    // A file where the report's directory would be: the write is refused, after the audit.
    ws.write('out', 'not a directory')
    const t = io(ws.dir)
    expect(await runCli(['--json', 'out/report.json'], t)).toBe(2)
    expect(t.out).toBe('')
    expect(t.err).toMatch(/^out\/report\.json: /)
    expect(existsSync(join(ws.dir, 'out/report.json'))).toBe(false)
  })

  it('1 when an error-level gate fails, and the JSON/markdown reports are written', async () => {
    ws.write('d.csv', DATA)
    ws.write('.github/model-audit.yml', config(0.1))
    const t = io(ws.dir)
    expect(await runCli(['--json', 'out/report.json', '--markdown', 'out/comment.md'], t)).toBe(1)
    expect(t.out).toContain('✗ FAILED: 1 of 1 gate breached')
    const report = JSON.parse(readFileSync(join(ws.dir, 'out/report.json'), 'utf8')) as Report
    expect(report.passed).toBe(false)
    expect(report.audits[0]!.gates[0]).toMatchObject({
      metric: 'demographic_parity_difference',
      attribute: 'g',
      value: 0.75,
      status: 'fail',
      level: 'error',
      groups: ['b', 'a'],
    })
    const md = readFileSync(join(ws.dir, 'out/comment.md'), 'utf8')
    expect(md).toContain('## ❌ Model audit failed: 1 of 1 gate breached')
    // Exactly the PR comment's body: the same marker the action searches for, then the report.
    expect(md.startsWith('<!-- model-audit-gate config=".github%2Fmodel-audit.yml" -->\n')).toBe(true)
  })

  it('0 when only a warning-level gate is breached', async () => {
    ws.write('d.csv', DATA)
    ws.write('.github/model-audit.yml', config(0.1, 'warning'))
    const t = io(ws.dir)
    expect(await runCli([], t)).toBe(0)
    expect(t.out).toContain('! PASSED with 1 warning')
  })

  it('2 on a config problem, with no stack trace and nothing written', async () => {
    ws.write('d.csv', DATA)
    ws.write(
      'c.yml',
      'audits:\n  - name: x\n    data: d.csv\n    label: y\n    prediction: p\n    sensitive: [gg]\n    thresold: 1\n',
    )
    const t = io(ws.dir)
    expect(await runCli(['-c', 'c.yml', '--json', 'r.json'], t)).toBe(2)
    expect(t.err).toContain("c.yml:6:17: sensitive column 'gg' is not in d.csv (did you mean 'g'?)")
    expect(t.err).toContain("c.yml:7:5: unknown key 'thresold'")
    expect(t.err).not.toMatch(/\n\s+at /)
    expect(existsSync(join(ws.dir, 'r.json'))).toBe(false)
    expect(t.out).toBe('')
  })

  it('2 on a missing config, an unknown flag, and an unknown audit name', async () => {
    let t = io(ws.dir)
    expect(await runCli([], t)).toBe(2)
    expect(t.err).toContain('.github/model-audit.yml: config file not found')
    t = io(ws.dir)
    expect(await runCli(['--bogus'], t)).toBe(2)
    expect(t.err).toBe("model-audit-gate: unknown option --bogus\nRun 'model-audit-gate --help' for the options.\n")
    ws.write('d.csv', DATA)
    ws.write('.github/model-audit.yml', config(0.9))
    t = io(ws.dir)
    expect(await runCli(['--audit', 'tyo'], t)).toBe(2)
    expect(t.err).toContain("no audit named 'tyo' (did you mean 'toy'?)")
  })

  it.each([
    [['--confg', 'x.yml'], 'unknown option --confg; did you mean --config?'],
    [['--jsno', 'r.json'], 'unknown option --jsno; did you mean --json?'],
    [['--Quiet'], 'unknown option --Quiet; did you mean --quiet?'],
    [['-x'], 'unknown option -x'],
    [['--config'], 'option --config needs a value: --config VALUE'],
    [['--quiet=yes'], 'option --quiet takes no value'],
    [['stray'], "unexpected argument 'stray' (options take a value as --config FILE)"],
  ])('%j: one line naming the option, and a hint to --help (no usage dump)', async (argv, line) => {
    const t = io(ws.dir)
    expect(await runCli(argv, t)).toBe(2)
    expect(t.err).toBe(`model-audit-gate: ${line}\nRun 'model-audit-gate --help' for the options.\n`)
    expect(t.out).toBe('')
  })

  it('sql: a misspelt option gets the same one line', async () => {
    const t = io(ws.dir)
    expect(await runCli(['sql', '--dialcet', 'spark'], t)).toBe(2)
    expect(t.err).toBe(
      "model-audit-gate sql: unknown option --dialcet; did you mean --dialect?\nRun 'model-audit-gate sql --help' for the options.\n",
    )
  })

  it('a missing config names the file beside it that differs only in its extension', async () => {
    ws.write('d.csv', DATA)
    ws.write('.github/model-audit.yml', config(0.9))
    const t = io(ws.dir)
    expect(await runCli(['--config', '.github/model-audit.yaml'], t)).toBe(2)
    expect(t.err).toContain(
      '.github/model-audit.yaml: config file not found, but .github/model-audit.yml is there: point `config` / --config at it',
    )
    const none = io(ws.dir)
    expect(await runCli(['--config', '.github/other.yaml'], none)).toBe(2)
    expect(none.err).toContain('.github/other.yaml: config file not found; create it')
  })

  it('--help and --version', async () => {
    const t = io(ws.dir)
    expect(await runCli(['--help'], t)).toBe(0)
    expect(t.out).toContain('Usage: model-audit-gate')
    const v = io(ws.dir)
    expect(await runCli(['--version'], v)).toBe(0)
    expect(v.out).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('the progress line on a terminal', () => {
  it("shows a data file's name as visible text, so the name's own ESC[8m or CR ESC[K hide nothing (red team 14 R14-7)", async () => {
    // A committed file whose name conceals text (CSI 8m) and erases the line's start (CR CSI K), with
    // the 8-bit CSI: a name with `[` is refused as glob syntax (red team 38 R38-5), ESC alone stays.
    const name = 'd\u009b8mHIDDEN\u001b\u009b0m\r\u009bKok.csv'
    ws.write(name, `y,p,g\n${'1,1,A\n0,0,B\n1,0,A\n0,1,B\n'.repeat(20_000)}`)
    ws.write(
      '.github/model-audit.yml',
      "audits:\n  - name: t\n    data: '*.csv'\n    label: y\n    prediction: p\n    sensitive: [g]\n",
    )
    // The clock moves a second a call, so the pass's progress line is due at its first check.
    let now = Date.now()
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000))
    const t = io(ws.dir)
    t.isTTY = true
    try {
      expect(await runCli(['-q'], t)).toBe(0)
    } finally {
      clock.mockRestore()
    }
    const lines = t.err.split('\r\u001b[K').filter((l) => l !== '')
    expect(lines.length).toBeGreaterThanOrEqual(1)
    for (const line of lines) {
      expect(line).toMatch(/^d<U\+009B>8mHIDDEN<U\+001B><U\+009B>0m<U\+000D><U\+009B>Kok\.csv: [\d,]+ rows/)
      // No escape or carriage return of the name's own is left for the terminal to act on.
      expect(line).not.toContain('\u001b')
      expect(line).not.toContain('\u009b')
      expect(line).not.toContain('\r')
    }
  })
})

describe('the COMPAS example', () => {
  it('finds what ProPublica found: FPR and FNR gaps by race, exit 1', async () => {
    const t = io(ROOT)
    const code = await runCli(
      [
        '--config',
        'examples/compas/model-audit.yml',
        '--allow-outside-workspace',
        '--json',
        join(ws.dir, 'compas.json'),
      ],
      t,
    )
    expect(code).toBe(1)
    const report = JSON.parse(readFileSync(join(ws.dir, 'compas.json'), 'utf8')) as Report
    const a = report.audits[0]!
    expect(a.rows).toBe(7214)
    const race = (key: string) => a.groups.find((g) => g.attribute === 'race' && g.key === key)!
    // ProPublica: Black defendants who did not reoffend were flagged high-risk 45% of the time, white 23%.
    expect(race('African-American').metrics.false_positive_rate).toBeCloseTo(0.4485, 4)
    expect(race('Caucasian').metrics.false_positive_rate).toBeCloseTo(0.2345, 4)
    expect(race('Native American').sufficient).toBe(false)
    const failed = a.gates.filter((g) => g.status === 'fail').map((g) => g.metric)
    expect(failed).toEqual(['false_positive_rate_difference', 'false_negative_rate_difference'])
  })
})
