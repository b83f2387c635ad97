/**
 * The action: inputs → audit (or, for `workflow_run`, a report computed earlier) → JSON
 * report → sticky comment and job summary → outputs → annotations → verdict. The verdict
 * comes last so the comment and summary always appear, also when the job fails; a comment
 * that cannot be written is a warning and never changes the verdict. The report is written
 * (atomically) before anything claims a result: if it cannot be, the job fails and no
 * comment, summary or output says otherwise.
 */
// First: it checks the event payload and the URL variables before @actions/github reads them (and would throw).
import { EVENT_PAYLOAD_PROBLEM, URL_VARIABLE_PROBLEMS } from './github/event-guard.js'
import { isAbsolute, join, relative, resolve } from 'node:path'
import * as github from '@actions/github'
import {
  applyLoadedBaseline,
  checkRunPaths,
  loadBaseline,
  overwritesInput,
  runConfigFile,
  type RunPath,
} from './audit.js'
import { addressSpaceMessage, formatProblems, type Problem } from './config/problem.js'
import { parseReport, readableReport, readReportText, ReportTooLargeError } from './report/check.js'
import type { PassProgress } from './data/extract.js'
import { formatProgress } from './data/progress.js'
import { isInside, pathRoot, refusalMessage, resolvePath, type PathRoot } from './files/guard.js'
import { removeWritten, writeFileAtomic } from './files/write.js'
import { collectLargeHeap } from './data/collect.js'
// Every log line, message and annotation goes through the escaped core: data cannot issue workflow commands.
import { escapedCore as core } from './github/log.js'
import { emitAnnotations, gateAnnotations, problemAnnotations } from './github/annotations.js'
import { createClient, type ClientLog } from './github/client.js'
import { findPullRequestByHead, upsertComment, type UpsertResult } from './github/comment.js'
import { resolveTarget, runModeFor, type RunMode, type Target } from './github/context.js'
import { parseInputs, type Inputs } from './github/inputs.js'
import { syncIssue, type IssueResult } from './github/issue.js'
import { setOutputsAtOnce } from './github/outputs.js'
import { renderSummary, writeSummary } from './github/summary.js'
import { commentMarker, markerOf, renderCommentBody } from './report/comment-body.js'
import {
  alertGates,
  gateLabel,
  issueMarker,
  listed,
  renderChangedComment,
  renderIssueBody,
  renderIssueTitle,
  renderPassingComment,
  runLinkOf,
} from './report/issue-body.js'
import { escapeMarkdown, escapeMarkdownText, plural, shortCommit } from './report/format.js'
import { renderTerminal } from './report/terminal.js'
import { REPORT_SCHEMA_VERSION, type Report } from './report/types.js'
import { clearStaleReport } from './report/stale.js'
import { runInfoOf } from './report/assemble.js'
import { compareWithHistory, historyMessages, resolveHistory } from './history.js'

/** Octokit's own messages go to the log, not to annotations: retries are not the user's problem. */
const clientLog: ClientLog = {
  debug: (m) => core.debug(m),
  info: (m) => core.debug(m),
  warn: (m) => core.info(`GitHub API: ${m}`),
  error: (m) => core.info(`GitHub API: ${m}`),
}

/** Whether the verdict fails the job under `fail-on`. */
export function verdictFails(report: Report, failOn: Inputs['failOn']): boolean {
  if (failOn === 'never') return false
  return report.summary.failed > 0 || (failOn === 'warning' && report.summary.warned > 0)
}

function gateList(report: Report, effect: 'fail' | 'warn'): string {
  return listed(report.audits.flatMap((a) => a.gates.filter((g) => g.effect === effect).map(gateLabel)))
}

/** The one-line reason given to core.setFailed. */
export function failureLine(report: Report, failOn: Inputs['failOn']): string {
  const { failed, warned, gates } = report.summary
  if (failed > 0)
    return `Model audit failed: ${failed} of ${plural(gates, 'gate')} breached: ${gateList(report, 'fail')}`
  return `Model audit: ${plural(warned, 'gate')} with warnings, and fail-on is ${failOn}: ${gateList(report, 'warn')}`
}

function failWithProblems(problems: Problem[], what: string, title?: string, outcome = 'nothing was audited'): void {
  emitAnnotations(problemAnnotations(problems, title))
  core.setFailed([`${what}: ${plural(problems.length, 'problem')}; ${outcome}`, ...formatProblems(problems)].join('\n'))
}

/** A report downloaded from the run that computed it (workflow_run mode), checked before it is trusted. */
async function readReport(
  root: PathRoot,
  given: string,
  display: string,
): Promise<{ report: Report } | { problems: Problem[] } | { missing: true }> {
  const where = resolvePath(root, given, root.dir, 'read')
  if (!where.ok) return { problems: [{ file: display, message: refusalMessage(where, 'report-path', given, root) }] }
  if (where.kind === 'missing') return { missing: true }
  if (where.kind === 'directory' || where.kind === 'other')
    return { problems: [{ file: display, message: 'not a JSON report: not a regular file' }] }
  let read: Awaited<ReturnType<typeof readReportText>>
  try {
    read = await readReportText(where.path, where.id)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true }
    return { problems: [{ file: display, message: `not a JSON report: ${(e as Error).message}` }] }
  }
  // The artifact may come from a fork's run: nothing reaches the comment unchecked.
  const parsed = 'text' in read ? parseReport(read.text) : read
  if ('report' in parsed) return parsed
  const why = parsed.rejected
  switch (why.kind) {
    case 'json':
      return { problems: [{ file: display, message: `not a JSON report: ${why.error}` }] }
    case 'too_large':
      return { problems: [{ file: display, message: `too large for a report (${why.what}); nothing was published` }] }
    case 'not_report':
      return {
        problems: [
          {
            file: display,
            message: 'not a Model Audit Gate report (written with `report-path` by the run that computed the audit)',
          },
        ],
      }
    case 'version':
      return {
        problems: [
          {
            file: display,
            message: `report schema version ${String(why.version)}; this action reads version ${REPORT_SCHEMA_VERSION}: use the same action version in both workflows`,
          },
        ],
      }
    case 'invalid':
      return { problems: why.details.map((w) => ({ file: display, message: `not a valid report: ${w}` })) }
    case 'inconsistent':
      return {
        problems: why.details.map((w) => ({
          file: display,
          message: `the report contradicts its own gates, so it was edited: ${w}; nothing was published`,
        })),
      }
  }
}

/** The `config` input as a report names its config: relative to the workspace, with forward slashes. */
function ownConfigPath(config: string): string {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  return (isAbsolute(config) ? relative(workspace, config) : config).replace(/\\/g, '/')
}

async function publishComment(
  inputs: Inputs,
  target: Target,
  report: Report,
  commit: string,
  mode: RunMode,
): Promise<UpsertResult | null> {
  if (inputs.comment === 'never') return null
  if (target.kind === 'commit') {
    core.info('Not a pull request: the results go to the job summary and the exit status.')
    return null
  }
  if (!inputs.token) {
    core.warning(
      'No `github-token`: the PR comment was skipped. The default `${{ github.token }}` works with `permissions: pull-requests: write`.',
    )
    return null
  }
  const octokit = createClient(inputs.token, clientLog)
  const repo = github.context.repo
  let issue: number
  if (target.kind === 'pull_request_by_head') {
    try {
      const found = await findPullRequestByHead(octokit, repo, target.head, target.sha)
      if (found === null) {
        core.info(`No open pull request has ${target.head} at ${target.sha.slice(0, 12)}; nothing to comment on.`)
        return null
      }
      issue = found
    } catch (e) {
      core.warning(
        `Could not look up the pull request of ${target.head}: ${(e as Error).message}. The job summary has the report.`,
      )
      return null
    }
  } else {
    issue = target.number
    if (target.fromFork && github.context.eventName === 'pull_request')
      core.info(
        `#${issue} comes from a fork: its token is usually read-only, so the comment may be refused (see the workflow_run pattern in the README).`,
      )
  }
  // A downloaded report's marker is marked as such: its config path is the pull request's word.
  const bodyOptions = {
    // Published: keyed on this step's own config input, not the artifact's word (red team 7 R7-7).
    markerConfig: mode === 'publish_report' ? ownConfigPath(inputs.config) : undefined,
    audit: inputs.audit ?? undefined,
    commit,
    via: mode === 'publish_report' ? ('workflow_run' as const) : undefined,
    failOn: inputs.failOn,
  }
  const body = renderCommentBody(report, bodyOptions)
  if (body.shortened)
    core.info(
      `The comment was shortened to fit GitHub's limit (${body.shortened}); the job summary has the whole report.`,
    )
  const createIfMissing =
    inputs.comment === 'always' ||
    report.summary.failed > 0 ||
    (inputs.failOn === 'warning' && report.summary.warned > 0)
  const result = await upsertComment(octokit, {
    repo,
    issue,
    marker: markerOf(report, bodyOptions),
    body: body.markdown,
    createIfMissing,
    fromFork: target.kind === 'pull_request' && target.fromFork && github.context.eventName === 'pull_request',
  })
  switch (result.status) {
    case 'created':
    case 'updated':
      core.info(`Comment ${result.status}: ${result.url}`)
      break
    case 'unchanged':
      core.info(`Comment unchanged, not rewritten: ${result.url}`)
      break
    case 'not-created':
      core.info('No comment: the audit passed and `comment` is on-failure.')
      break
    case 'failed':
      core.warning(result.warning)
      break
  }
  // Written, but after a search that stopped before the end of the comments (see upsertComment).
  if (result.status !== 'failed' && result.status !== 'not-created' && result.warning) core.warning(result.warning)
  return result
}

/**
 * Events whose runs never file the alert issue: a pull request has its comment, a merge queue
 * run belongs to its pull request, and `workflow_run` only publishes a verdict decided elsewhere.
 */
const NO_ISSUE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'workflow_run'])

/** `issue-on-failure`: one open issue while the audit fails, on runs without a pull request. */
async function publishIssue(inputs: Inputs, report: Report, commit: string): Promise<IssueResult | null> {
  if (!inputs.issueOnFailure) return null
  const event = github.context.eventName
  if (NO_ISSUE_EVENTS.has(event)) {
    core.info(`issue-on-failure: not on ${event} (see the README's triggers table); no issue was read or written.`)
    return null
  }
  if (!inputs.token) {
    core.warning(
      'No `github-token`: the alert issue was skipped. The default `${{ github.token }}` works with `permissions: issues: write`.',
    )
    return null
  }
  const includeWarnings = inputs.failOn === 'warning'
  const audit = inputs.audit ?? undefined
  const run = runLinkOf(process.env)
  const failing = alertGates(report, includeWarnings).length > 0
  const body = failing
    ? renderIssueBody(report, { audit, commit, run, event, ref: github.context.ref, includeWarnings })
    : null
  if (body?.shortened)
    core.info(
      `The issue was shortened to fit GitHub's limit (${body.shortened}); the job summary has the whole report.`,
    )
  const result = await syncIssue(createClient(inputs.token, clientLog), {
    repo: github.context.repo,
    marker: issueMarker(report.config, audit),
    failing: body
      ? {
          title: renderIssueTitle(report, { audit, includeWarnings }),
          body: body.markdown,
          changedComment: renderChangedComment(report, { run, includeWarnings }),
        }
      : null,
    passingComment: renderPassingComment({ run, commit, includeWarnings }),
    labels: inputs.issueLabels,
  })
  switch (result.status) {
    case 'opened':
      core.info(`Alert issue opened: ${result.url}`)
      break
    case 'updated':
      core.info(`Alert issue updated${result.commented ? ' (the failing gates changed)' : ''}: ${result.url}`)
      break
    case 'unchanged':
      core.info(`Alert issue unchanged, not rewritten: ${result.url}`)
      break
    case 'closed':
      core.info(`Alert issue closed, the audit passes again: ${result.url}`)
      break
    case 'none':
      core.info('No alert issue: the audit passes and none is open.')
      break
    case 'failed':
      core.warning(result.warning)
      break
  }
  return result
}

/**
 * A run that could not audit its commit (a config or data problem: exit-2 class) on a pull
 * request: our sticky comment there, if there is one, now says so, for an earlier verdict it
 * holds ("✅ passed" at an earlier commit) is not this commit's (red team 28 R28-2: a push that both
 * breached a threshold and added one invalid byte to the data left the green comment standing).
 * No comment is started when none exists (beyond what a search cut short posts, `upsertComment`).
 * On `workflow_run`, a downloaded report refused as not a report (or edited) is the same: the
 * published comment of this publisher says the report of this commit was not published.
 * The body names the commit and the count only: the problems, with the data's words, are in the
 * job summary and the log.
 */
async function markCommentCannotRun(inputs: Inputs, target: Target, problems: number, mode: RunMode): Promise<void> {
  if (inputs.comment === 'never' || target.kind === 'commit' || !inputs.token) return
  const octokit = createClient(inputs.token, clientLog)
  const repo = github.context.repo
  let issue: number
  if (target.kind === 'pull_request_by_head') {
    try {
      const found = await findPullRequestByHead(octokit, repo, target.head, target.sha)
      if (found === null) return
      issue = found
    } catch (e) {
      core.warning(`Could not look up the pull request of ${target.head}: ${(e as Error).message}.`)
      return
    }
  } else issue = target.number
  const published = mode === 'publish_report'
  const marker = published
    ? commentMarker(ownConfigPath(inputs.config), inputs.audit ?? undefined, 'workflow_run')
    : commentMarker(inputs.config, inputs.audit ?? undefined)
  const run = runLinkOf(process.env)
  const where = `the job summary and the log of ${run ? `[run ${run.id}](${run.url})` : 'the run'} name`
  const commit = shortCommit(target.sha)
  const body = [
    marker,
    published ? '## ❌ Model audit: the report of this commit was not published' : '## ❌ Model audit could not run',
    '',
    `${published ? `The report of commit ${commit}, from the pull request's run, was refused` : `The audit of commit ${commit} could not run`}: ${plural(problems, 'problem')}, which ${where}. An earlier verdict here was for an earlier commit and does not hold for this one.`,
    '',
  ].join('\n')
  const result = await upsertComment(octokit, {
    repo,
    issue,
    marker,
    body,
    createIfMissing: false,
    fromFork: target.kind === 'pull_request' && target.fromFork && github.context.eventName === 'pull_request',
  })
  if (result.status === 'failed') core.warning(result.warning)
  else if (result.status !== 'not-created') {
    core.info(
      `Comment ${result.status}, to say ${published ? 'the report was not published' : 'the audit could not run'}: ${result.url}`,
    )
    if (result.warning) core.warning(result.warning)
  }
}

const NOT_WRITTEN = 'The audit ran, but its report could not be written, so no verdict of this commit was published.'

/**
 * Removes the report this run wrote (at `path`), when its outputs could not follow; what the
 * failure line adds about it (` (no report is left at report-path)`, or why one may be).
 */
async function removeReport(path: string): Promise<string> {
  try {
    await removeWritten(path)
    return ' (no report is left at report-path)'
  } catch (e) {
    return ` (the report at report-path could not be removed: ${(e as Error).message})`
  }
}

/**
 * A computing run that stops without publishing a verdict, for any reason of the run's own
 * (a path input refused, the report or the step outputs not written): the job summary says
 * why, and our sticky comment, if there is one, says this commit could not be audited, as
 * for a config or data problem (red team 32 R32-11: a directory committed at `report-path`
 * failed the job with an empty summary and left the "✅ passed" of an earlier commit standing).
 * Never throws: the job's own failure follows it.
 */
async function publishCannotRun(
  inputs: Inputs,
  target: Target,
  mode: RunMode,
  lines: readonly string[],
  problems: number,
  note: string | null = null,
): Promise<void> {
  try {
    const written = await writeSummary(
      [
        mode === 'publish_report'
          ? '## ❌ Model audit: the downloaded report was not published'
          : '## ❌ Model audit could not run',
        '',
        ...(note ? [note, ''] : []),
        ...lines.map((line) => `- ${escapeMarkdownText(line)}`),
        '',
      ].join('\n'),
    )
    if (!written.ok) core.warning(written.warning)
    await markCommentCannotRun(inputs, target, problems, mode)
  } catch (e) {
    core.warning(`Could not say in the comment that the audit could not run: ${(e as Error).message}`)
  }
}

/**
 * workflow_run mode with no report at `report-path`: the triggering run wrote none (it stopped
 * before its audit) or its artifact was not downloaded there. The verdict is that run's, so
 * this is a warning and a job summary saying which run and what to check, not a failure.
 */
async function noReportToPublish(reportPath: string, payload: unknown): Promise<void> {
  const run = (payload as { workflow_run?: Record<string, unknown> } | null)?.workflow_run ?? {}
  const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
  const name = text(run.name)
  const conclusion = text(run.conclusion)
  const url = text(run.html_url)
  const which = `${name ? `"${name}"` : 'the triggering'} run${conclusion ? ` (${conclusion})` : ''}${url ? `, ${url}` : ''}`
  const why =
    `No JSON report at \`${reportPath}\`, so nothing was published. On workflow_run the action publishes the report that ` +
    `${which} uploaded as an artifact. Either that run wrote no report (it stopped before its audit: its log says why), ` +
    'or the artifact was not downloaded to `report-path`: the artifact name and the report path must agree in both ' +
    "workflows, as in Model Audit Gate's examples/workflows/model-audit-fork.yml and model-audit-fork-comment.yml. " +
    "The verdict is that run's; this job does not fail."
  core.warning(why, { title: 'Model audit: no report to publish' })
  const written = await writeSummary(`## ⚠️ Model audit: no report to publish\n\n${escapeMarkdown(why)}\n`)
  if (!written.ok) core.warning(written.warning)
}

/**
 * The job's answer to an error thrown outside `run`'s own awaits: the HTTP client's parser is
 * WebAssembly instantiated in a socket's callback, so under a limited address space (RLIMIT_AS,
 * `ulimit -v`) its out-of-memory error was uncaught and printed with its stack (red team 10
 * R10-8). The job fails with the same message as the kernels' (or the error's own, escaped).
 */
export function failOnStrayError(e: unknown): void {
  core.setFailed(
    addressSpaceMessage(e) ??
      `Model audit stopped on an unexpected error: ${(e as Error | undefined)?.message ?? String(e)}`,
  )
  process.exit(1)
}

export async function run(): Promise<void> {
  // What an unexpected error before anything was published needs to say so (red team 32 R32-11).
  let cannotRun: { inputs: Inputs; target: Target; mode: RunMode } | null = null
  try {
    if (EVENT_PAYLOAD_PROBLEM !== null)
      return failWithProblems([{ file: 'GITHUB_EVENT_PATH', message: EVENT_PAYLOAD_PROBLEM }], 'The event payload')
    if (URL_VARIABLE_PROBLEMS.length > 0)
      return failWithProblems(
        URL_VARIABLE_PROBLEMS.map((p) => ({ file: p.variable, message: p.message })),
        'The runner environment',
      )
    const parsed = parseInputs((name) => core.getInput(name))
    if (!parsed.ok) {
      core.setFailed([`Invalid inputs: ${plural(parsed.problems.length, 'problem')}`, ...parsed.problems].join('\n'))
      return
    }
    const inputs = parsed.inputs
    if (inputs.token) core.setSecret(inputs.token)
    const startedAt = new Date()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const { eventName, payload, sha } = github.context
    const target = resolveTarget(eventName, payload, sha)
    const mode = runModeFor(eventName)
    const commit = target.sha
    // On workflow_run too: an earlier verdict in our comment does not hold for a report not published.
    cannotRun = { inputs, target, mode }
    const reportFile = resolve(workspace, inputs.reportPath)
    // Every path from the inputs stays in the workspace; checked before anything is read, run or published.
    const root = pathRoot(workspace)
    // History globs are walked (nothing is read yet) before report-path is cleared: the reports
    // they match are inputs the clear keeps, as the config and the baseline (red team 41 R41-2).
    let history =
      inputs.history.length > 0 && mode !== 'publish_report'
        ? await resolveHistory(inputs.history, root, 'history')
        : null
    // report-path's file reached without a link: a history glob matching it matches this run's
    // own output, the one history file the clear may remove and the trend leaves out. Reached
    // through a link, a history report is an input the run refuses to overwrite.
    const ownOutput = isInside(root.real, reportFile)
      ? reportFile
      : isInside(root.dir, reportFile)
        ? join(root.real, relative(root.dir, reportFile))
        : null
    if (mode !== 'publish_report') {
      // Before anything is read: a run that stops before its report leaves none at report-path
      // for an `if: always()` upload to take for this run's (see `report/stale.ts`).
      const stale = await clearStaleReport(
        root,
        inputs.reportPath,
        workspace,
        [inputs.config, ...(inputs.baseline === null ? [] : [inputs.baseline])],
        (history?.history.files ?? []).map((f) => f.path).filter((p) => p !== ownOutput),
      )
      if (stale.kind === 'input') {
        const clash = [overwritesInput(stale.path, [stale.path], 'report-path', inputs.reportPath) as Problem]
        await publishCannotRun(inputs, target, mode, formatProblems(clash), 1)
        return failWithProblems(clash, 'Inputs')
      }
      // This run's own output, removed: walked again, the globs match what is left, as they did
      // when the clear came first (a pattern that matched only it now matches no report).
      if (stale.kind === 'removed_report' && history?.history.files.some((f) => f.path === stale.path))
        history = await resolveHistory(inputs.history, root, 'history')
      // Only what was done: the run may still stop before it writes a report there (red team 41 R41-3).
      if (stale.kind === 'removed_report' || stale.kind === 'removed_link')
        core.info(
          `Removed ${stale.kind === 'removed_link' ? 'the symbolic link' : 'the report'} at report-path ${inputs.reportPath} before the audit (committed, or left by an earlier step): a run that writes no report leaves nothing there to pass for its own.`,
        )
    }
    const paths: RunPath[] = [
      {
        what: 'report-path',
        path: inputs.reportPath,
        base: workspace,
        mode: mode === 'publish_report' ? 'read' : 'write',
      },
    ]
    if (inputs.baseline !== null && mode !== 'publish_report')
      paths.push({ what: 'baseline', path: inputs.baseline, base: workspace, mode: 'read' })
    const refused = checkRunPaths(paths, root).problems
    // A history glob that leaves the workspace stops the run before anything is audited.
    if (history) refused.push(...history.problems)
    if (refused.length > 0) {
      await publishCannotRun(inputs, target, mode, formatProblems(refused), refused.length)
      return failWithProblems(refused, 'Inputs')
    }

    let report: Report
    // The files the run read, which the report may not overwrite.
    const inputsRead: string[] = []
    if (mode === 'publish_report') {
      const read = await core.group(`Read the report computed by the triggering run (${inputs.reportPath})`, () =>
        readReport(root, inputs.reportPath, inputs.reportPath),
      )
      if ('missing' in read) return noReportToPublish(inputs.reportPath, payload)
      if ('problems' in read) {
        await writeSummary(
          [
            '## ❌ Model audit: the downloaded report was not published',
            '',
            ...formatProblems(read.problems).map((line) => `- ${escapeMarkdownText(line)}`),
            '',
          ].join('\n'),
        )
        await markCommentCannotRun(inputs, target, read.problems.length, mode)
        return failWithProblems(read.problems, 'The workflow_run report', 'Model audit report')
      }
      report = read.report
    } else {
      // The baseline is read before the audit runs: its text is garbage before the audit's report is built (`loadBaseline`).
      const baseline = inputs.baseline !== null ? await loadBaseline(inputs.baseline, workspace, root) : null
      const outcome = await core.group(
        `Audit ${inputs.config}${inputs.audit ? ` (audit ${inputs.audit})` : ''}`,
        async () => {
          // Progress on long files, every 2 s: rows read, rows/s and the share of the file's bytes.
          const started = Date.now()
          const onProgress = (audit: string, p: PassProgress): void =>
            core.info(`[${audit}] ${formatProgress(p, Date.now() - started)}`)
          const out = await runConfigFile(inputs.config, {
            workspace,
            audit: inputs.audit ?? undefined,
            onProgress,
            progressIntervalMs: 2000,
          })
          return out
        },
      )
      if (!outcome.ok) {
        await writeSummary(
          [
            '## ❌ Model audit could not run',
            '',
            ...formatProblems(outcome.problems).map((line) => `- ${escapeMarkdownText(line)}`),
            '',
          ].join('\n'),
        )
        await markCommentCannotRun(inputs, target, outcome.problems.length, mode)
        return failWithProblems(outcome.problems, inputs.config)
      }
      report = { ...outcome.report, run: runInfoOf(process.env, startedAt) }
      inputsRead.push(...outcome.inputs)
      if (inputs.baseline !== null && baseline !== null) {
        const at = resolvePath(root, inputs.baseline, workspace, 'read')
        if (at.ok) inputsRead.push(at.path)
        // A missing baseline is normal on a branch's first run: the report says so, and gates on changes become insufficient.
        report = applyLoadedBaseline(report, baseline)
        const b = report.baseline
        if (b && b.status === 'compared') core.info(`Compared with the baseline report ${inputs.baseline}.`)
        else if (b?.status === 'missing') core.notice(`No baseline comparison: ${b.message ?? 'no baseline'}`)
        else if (b)
          (b.status === 'invalid' ? core.warning : core.info)(`No baseline comparison: ${b.message ?? 'no baseline'}`)
      }
      const output = resolvePath(root, inputs.reportPath, workspace, 'write')
      const trend = await compareWithHistory(report, history?.history ?? null, {
        limit: inputs.historyLimit,
        root,
        // Only report-path's own file: a history report reached through a link is read, and not overwritten.
        exclude: output.ok && output.path === ownOutput ? [output.path] : [],
        baselineBytes: baseline?.bytes ?? 0,
      })
      report = trend.report
      inputsRead.push(...trend.read)
      const said = historyMessages(trend)
      for (const line of said.notices) core.info(line)
      for (const line of said.warnings) core.warning(line)
      if (report.history)
        core.info(
          `History: ${plural(report.history.runs.length, 'earlier run')} of ${plural(report.history.matched, 'report file')} matched.`,
        )
      // The report the verdict is made of: after the baseline and the history, which decide the
      // gates on changes (red team 8 R8-3: printed before them, it said "PASSED with 1 warning"
      // above a job that failed on that very gate).
      core.info(renderTerminal(report, { color: false }))
    }

    // Where this run wrote its report (none on workflow_run, whose report is the triggering run's).
    let written: string | null = null
    if (mode !== 'publish_report') {
      // Before the comment, the summary and the outputs: none of them may claim a result whose report was not written.
      const where = resolvePath(root, inputs.reportPath, workspace, 'write')
      if (!where.ok) {
        const refusal = refusalMessage(where, 'report-path', inputs.reportPath, root)
        await publishCannotRun(inputs, target, mode, [`${inputs.reportPath}: ${refusal}`], 1, NOT_WRITTEN)
        return core.setFailed(`Model audit: ${refusal}; nothing was published`)
      }
      const clash = overwritesInput(where.path, inputsRead, 'report-path', inputs.reportPath)
      if (clash) {
        await publishCannotRun(inputs, target, mode, formatProblems([clash]), 1, NOT_WRITTEN)
        return failWithProblems([clash], 'Inputs', undefined, 'nothing was published')
      }
      try {
        // Only a report a later run can read back is written (red team 32 R32-13).
        await writeFileAtomic(where.path, readableReport(report), undefined, where.parent)
      } catch (e) {
        const why =
          e instanceof ReportTooLargeError
            ? `${inputs.reportPath}: ${e.message}`
            : `cannot write the JSON report ${inputs.reportPath}: ${(e as Error).message}`
        await publishCannotRun(inputs, target, mode, [why], 1, NOT_WRITTEN)
        return core.setFailed(`Model audit: ${why}; nothing was published (no report is left at report-path)`)
      }
      written = where.path
      core.info(`JSON report: ${reportFile}`)
    }

    // The verdict's outputs before anything is published: a runner whose output file cannot be
    // written fails the job, and a comment posted first would have said the opposite (red team 12).
    // One append, the verdict last: all of them or none (red team 34 R34-4).
    try {
      setOutputsAtOnce([
        ['failed-gates', String(report.summary.failed)],
        ['warned-gates', String(report.summary.warned)],
        ['report-path', reportFile],
        ['passed', String(report.passed)],
      ])
    } catch (e) {
      const why = `cannot write the step outputs (GITHUB_OUTPUT): ${(e as Error).message}`
      // The report just written would be read by a later step as this commit's verdict; a
      // downloaded report (workflow_run) is the triggering run's, and stays.
      const removed = written !== null ? await removeReport(written) : null
      await publishCannotRun(
        inputs,
        target,
        mode,
        [why],
        1,
        mode === 'publish_report'
          ? 'The downloaded report was read, but the step outputs could not be set, so it was not published.'
          : 'The audit ran, but the step outputs could not be set, so no verdict of this commit was published.',
      )
      return core.setFailed(`Model audit: ${why}; nothing was published${removed ?? ''}`)
    }

    // From here the comment and the summary are this run's verdict, whatever follows.
    cannotRun = null
    const { comment, issue } = await core.group('Publish: PR comment and job summary', async () => {
      collectLargeHeap()
      const result = await publishComment(inputs, target, report, commit, mode)
      const issue = await publishIssue(inputs, report, commit)
      collectLargeHeap()
      const summary = renderSummary(report, commit, inputs.failOn)
      const written = await writeSummary(summary.markdown)
      if (!written.ok) core.warning(written.warning)
      return { comment: result, issue }
    })

    setOutputsAtOnce([
      ['comment-url', comment && 'url' in comment ? comment.url : ''],
      ['issue-url', issue && 'url' in issue ? issue.url : ''],
      ['issue-number', issue && 'number' in issue ? String(issue.number) : ''],
    ])

    if (mode === 'publish_report') {
      // The triggering run already annotated and decided; this run only publishes.
      core.info(`Published the report of ${report.config}; the verdict belongs to the run that computed it.`)
      return
    }

    const configPath = isAbsolute(inputs.config) ? relative(workspace, inputs.config) : inputs.config
    emitAnnotations(gateAnnotations(report, configPath.replace(/\\/g, '/')))

    if (verdictFails(report, inputs.failOn)) core.setFailed(failureLine(report, inputs.failOn))
    else if (report.summary.failed > 0)
      core.info(`${failureLine(report, inputs.failOn)} (fail-on: never, so the job passes)`)
  } catch (e) {
    const message = addressSpaceMessage(e) ?? `Model audit stopped on an unexpected error: ${(e as Error).message}`
    if (cannotRun) await publishCannotRun(cannotRun.inputs, cannotRun.target, cannotRun.mode, [message], 1)
    core.setFailed(message)
  }
}
