/**
 * The alert issue's text (`issue-on-failure`, on runs without a pull request): a hidden marker
 * that finds the issue again, a title naming the config and the failing gates, and a body that
 * is the report the sticky comment shows, under a line linking the failing run, within GitHub's
 * 65,536-character body limit. The comments it leaves when the failure changes or ends are
 * here too. Pure: the run and the report come in as data.
 */
import { visibleValue } from '../config/log-escape.js'
import type { GateResult } from '../gate/evaluate.js'
import { encodeMarkerValue } from './comment-body.js'
import { COMMENT_BUDGET, renderMarkdownWithin, type Fitted } from './fit.js'
import { escapeMarkdown, shortCommit, titleInert } from './format.js'
import type { Report } from './types.js'

/**
 * The issue's whole first line: one per config file, and per audit when the run names one, like
 * the comment's marker (values percent-encoded the same way), but a marker of its own, so that
 * neither can be taken for the other.
 */
export function issueMarker(configFile: string, audit?: string): string {
  const enc = encodeMarkerValue
  return `<!-- model-audit-gate-issue config="${enc(configFile)}"${audit !== undefined ? ` audit="${enc(audit)}"` : ''} -->`
}

/** GitHub's limit on an issue title, in characters. */
export const TITLE_LIMIT = 256

/**
 * The gates that make the alert fail: those that fail the job, and with `fail-on: warning` those
 * that warn too. `fail-on: never` keeps the job green, and then the issue is the only alert: it
 * follows the error-level gates, as the `passed` output does.
 */
export function alertGates(report: Report, includeWarnings: boolean): { audit: string; gate: GateResult }[] {
  return report.audits.flatMap((a) =>
    a.gates
      .filter((g) => g.effect === 'fail' || (includeWarnings && g.effect === 'warn'))
      .map((gate) => ({ audit: a.name, gate })),
  )
}

/** A gate as the job's error line and the issue title name it: its name (or metric) and its scope. */
export function gateLabel(g: GateResult): string {
  const attribute =
    g.attribute === null ? '' : ` (${Array.isArray(g.attribute) ? g.attribute.join(' × ') : g.attribute})`
  return `${g.name ?? g.metric}${attribute}`
}

function gateNames(report: Report, includeWarnings: boolean): string[] {
  const several = report.audits.length > 1
  return alertGates(report, includeWarnings).map(
    ({ audit, gate }) => `${several ? `${audit}: ` : ''}${gateLabel(gate)}`,
  )
}

/** The first five names, and how many more. */
export const listed = (names: string[]): string =>
  names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '')

/**
 * "Model audit failing: <config> (audit <name>): <gates>", one line of at most 256 characters;
 * a control or invisible character of a name is shown as `<U+XXXX>`, and no reference or mention
 * in it links (`titleInert`).
 */
export function renderIssueTitle(
  report: Report,
  options: { audit?: string | undefined; includeWarnings: boolean },
): string {
  const audit = options.audit !== undefined ? ` (audit ${options.audit})` : ''
  const visible = visibleValue(
    `Model audit failing: ${report.config}${audit}: ${listed(gateNames(report, options.includeWarnings))}`,
  )
  const whole = titleInert(visible)
  if (whole.length <= TITLE_LIMIT) return whole
  // Cut, then made inert: a cut may leave a run that links (45 hex digits cut to 40 are a commit SHA).
  let keep = TITLE_LIMIT - 1
  for (;;) {
    const title = `${titleInert(visible.slice(0, keep))}…`
    if (title.length <= TITLE_LIMIT) return title
    keep -= title.length - TITLE_LIMIT
  }
}

/** The run a text links to: its number and its page, when the runner said which run this is. */
export interface RunLink {
  id: string
  url: string
}

/**
 * The run's page, `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`, or null when
 * one of them is missing or not what the runner sets (an https origin, `owner/name`, a number).
 */
export function runLinkOf(env: Record<string, string | undefined>): RunLink | null {
  const server = env.GITHUB_SERVER_URL ?? ''
  const repository = env.GITHUB_REPOSITORY ?? ''
  const id = env.GITHUB_RUN_ID ?? ''
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(server.replace(/\/$/, ''))) return null
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^\d{1,20}$/.test(id)) return null
  return { id, url: `${server.replace(/\/$/, '')}/${repository}/actions/runs/${id}` }
}

const runText = (run: RunLink | null): string => (run ? `[run ${run.id}](${run.url})` : 'a run')

export interface IssueBodyOptions {
  audit?: string | undefined
  commit: string
  run: RunLink | null
  /** The event that ran the job (`schedule`, `push`, …). */
  event: string
  /** The branch or tag, as `GITHUB_REF` gives it. */
  ref?: string | undefined
  includeWarnings: boolean
}

/** The marker, a line naming the failing run, and the report, within 65,536 characters. */
export function renderIssueBody(report: Report, o: IssueBodyOptions): Fitted {
  // Names in code spans, where markdown escapes would show as typed: only when plain.
  const code = (s: string): string => (/^[\w./-]+$/.test(s) ? `\`${s}\`` : escapeMarkdown(s))
  const ref = o.ref ? ` on ${code(o.ref.replace(/^refs\/(heads|tags)\//, ''))}` : ''
  const preamble = [
    issueMarker(report.config, o.audit),
    '> [!CAUTION]',
    `> The audit fails in ${runText(o.run)} (${code(o.event)}${ref}, commit ${shortCommit(o.commit, true)}). ` +
      'Every failing run updates this issue; the first run that passes closes it.',
    '',
  ].join('\n')
  return renderMarkdownWithin(
    report,
    { commit: o.commit, preamble },
    { ...COMMENT_BUDGET, fullReportAt: 'the job summary of the run' },
  )
}

/** Left on the issue by a failing run whose failing gates differ from the ones the title named. */
export function renderChangedComment(report: Report, o: { run: RunLink | null; includeWarnings: boolean }): string {
  return `Still failing in ${runText(o.run)}, and the failing gates changed: now ${escapeMarkdown(listed(gateNames(report, o.includeWarnings)))}.`
}

/** Left on the issue by the first run that passes, before it closes the issue. */
export function renderPassingComment(o: { run: RunLink | null; commit: string; includeWarnings: boolean }): string {
  return `Passing again in ${runText(o.run)} (commit ${shortCommit(o.commit, true)}): no gate fails${o.includeWarnings ? ' or warns' : ''}. Closing.`
}
