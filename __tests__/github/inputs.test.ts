import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, DEFAULT_REPORT_PATH, parseInputs } from '../../src/github/inputs.js'

const from =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

describe('parseInputs', () => {
  it('applies the documented defaults to empty inputs (local runs skip action.yml defaults)', () => {
    expect(parseInputs(from({}))).toEqual({
      ok: true,
      inputs: {
        config: DEFAULT_CONFIG,
        token: '',
        comment: 'always',
        failOn: 'error',
        reportPath: DEFAULT_REPORT_PATH,
        baseline: null,
        history: [],
        historyLimit: 20,
        audit: null,
        issueOnFailure: false,
        issueLabels: [],
      },
    })
  })

  it('reads every input', () => {
    const r = parseInputs(
      from({
        config: ' ml/audit.yml ',
        'github-token': 't',
        comment: 'on-failure',
        'fail-on': 'never',
        'report-path': 'out/r.json',
        baseline: 'base.json',
        history: 'history/**/*.json\n\n  more/*.json  \n',
        'history-limit': ' 5 ',
        audit: 'scorecard',
        'issue-on-failure': 'true',
        'issue-labels': 'model-audit, alert\n alert ,',
      }),
    )
    expect(r).toEqual({
      ok: true,
      inputs: {
        config: 'ml/audit.yml',
        token: 't',
        comment: 'on-failure',
        failOn: 'never',
        reportPath: 'out/r.json',
        baseline: 'base.json',
        history: ['history/**/*.json', 'more/*.json'],
        historyLimit: 5,
        audit: 'scorecard',
        issueOnFailure: true,
        issueLabels: ['model-audit', 'alert'],
      },
    })
  })

  it('takes at most 100 distinct labels, as an issue does on GitHub', () => {
    const names = (n: number): string => Array.from({ length: n }, (_, i) => `label-${i}`).join(',')
    expect(parseInputs(from({ 'issue-labels': `${names(100)},label-0` })).ok).toBe(true)
    const r = parseInputs(from({ 'issue-labels': names(101) }))
    expect(!r.ok && r.problems).toEqual([
      "input `issue-labels` names 101 labels; an issue takes at most 100 (GitHub's limit)",
    ])
  })

  it('lists every problem at once', () => {
    const r = parseInputs(
      from({
        comment: 'yes',
        'fail-on': 'ERROR',
        'report-path': 'reports/',
        audit: 'a\nb',
        config: 'a.yml\nb.yml',
        'issue-on-failure': 'yes',
        'issue-labels': `ok, ${'x'.repeat(51)}`,
        'history-limit': '101',
      }),
    )
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems).toEqual([
      'input `config` must be one path; it contains a line break or NUL',
      'input `report-path` is "reports/", a directory; give a file name such as reports/model-audit-report.json',
      'input `history-limit` is "101"; expected a whole number from 1 to 100',
      'input `audit` must be one audit name, on one line',
      'input `comment` is "yes"; expected `always`, `on-failure`, `never`',
      'input `fail-on` is "ERROR"; expected `error`, `warning`, `never` (did you mean `error`?)',
      'input `issue-on-failure` is "yes"; expected `true`, `false`',
      `input \`issue-labels\` has "${'x'.repeat(51)}"; a label is at most 50 characters, without control characters`,
    ])
  })
})
