/**
 * The action's inputs, read in one place into one typed object. Malformed values are
 * errors listing every problem at once, never silent defaults; an empty input takes the
 * default that action.yml documents (local runners do not apply action.yml defaults).
 */
import { parseHistoryLimit } from '../gate/history.js'
import { DEFAULT_HISTORY_LIMIT } from '../report/types.js'

export type CommentMode = 'always' | 'on-failure' | 'never'
export type FailOn = 'error' | 'warning' | 'never'

export interface Inputs {
  config: string
  token: string
  comment: CommentMode
  failOn: FailOn
  reportPath: string
  baseline: string | null
  /** Globs of earlier runs' JSON reports, one per line of the input. */
  history: string[]
  historyLimit: number
  audit: string | null
  /** On runs without a pull request: keep one issue open while the audit fails (`issue-on-failure`). */
  issueOnFailure: boolean
  /** Labels for a new alert issue (`issue-labels`, comma- or line-separated). */
  issueLabels: string[]
}

export const DEFAULT_CONFIG = '.github/model-audit.yml'
export const DEFAULT_REPORT_PATH = 'model-audit-report.json'

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const v = raw.trim()
  if (v === '') return fallback
  if ((allowed as readonly string[]).includes(v)) return v as T
  const folded = allowed.find((a) => a === v.toLowerCase())
  problems.push(
    `input \`${name}\` is ${JSON.stringify(raw)}; expected ${allowed.map((a) => `\`${a}\``).join(', ')}${folded ? ` (did you mean \`${folded}\`?)` : ''}`,
  )
  return fallback
}

function path(name: string, raw: string, problems: string[]): string {
  const v = raw.trim()
  if (/[\0\r\n]/.test(v)) problems.push(`input \`${name}\` must be one path; it contains a line break or NUL`)
  return v
}

/** Labels one issue may carry (GitHub's limit). */
const MAX_LABELS = 100

/** GitHub's longest label name. */
const LABEL_CHARS = 50

function labels(raw: string, problems: string[]): string[] {
  const names = raw
    .split(/[,\n]/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  for (const l of names)
    if (l.length > LABEL_CHARS || /[\p{Cc}]/u.test(l))
      problems.push(
        `input \`issue-labels\` has ${JSON.stringify(l.slice(0, 60))}; a label is at most ${LABEL_CHARS} characters, without control characters`,
      )
  const distinct = [...new Set(names)]
  if (distinct.length > MAX_LABELS)
    problems.push(
      `input \`issue-labels\` names ${distinct.length} labels; an issue takes at most ${MAX_LABELS} (GitHub's limit)`,
    )
  return distinct
}

/** Parses the inputs given by `get` (core.getInput in the action). */
export function parseInputs(
  get: (name: string) => string,
): { ok: true; inputs: Inputs } | { ok: false; problems: string[] } {
  const problems: string[] = []
  const config = path('config', get('config'), problems) || DEFAULT_CONFIG
  const reportPath = path('report-path', get('report-path'), problems) || DEFAULT_REPORT_PATH
  if (/[/\\]$/.test(reportPath))
    problems.push(
      `input \`report-path\` is ${JSON.stringify(reportPath)}, a directory; give a file name such as ${reportPath}${DEFAULT_REPORT_PATH}`,
    )
  const baseline = path('baseline', get('baseline'), problems) || null
  const history = get('history')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (history.some((p) => /[\0\r]/.test(p))) problems.push('input `history` holds a NUL or a carriage return')
  const historyLimit = parseHistoryLimit(get('history-limit'), 'input `history-limit`')
  if (typeof historyLimit === 'string') problems.push(historyLimit)
  const audit = get('audit').trim() || null
  if (audit !== null && /[\r\n]/.test(audit)) problems.push('input `audit` must be one audit name, on one line')
  const inputs: Inputs = {
    config,
    token: get('github-token').trim(),
    comment: oneOf('comment', get('comment'), ['always', 'on-failure', 'never'] as const, 'always', problems),
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning', 'never'] as const, 'error', problems),
    reportPath,
    baseline,
    history,
    historyLimit: typeof historyLimit === 'number' ? historyLimit : DEFAULT_HISTORY_LIMIT,
    audit,
    issueOnFailure:
      oneOf('issue-on-failure', get('issue-on-failure'), ['true', 'false'] as const, 'false', problems) === 'true',
    issueLabels: labels(get('issue-labels'), problems),
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs }
}
