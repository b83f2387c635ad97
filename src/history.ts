/**
 * The history of a run, read from the workspace: earlier runs' JSON reports named by globs (the
 * CLI's `--history`, the action's `history` input), for the trend and the `history_median`
 * gates (`gate/history.ts`). Every path goes through the path guard and the bounded glob walk
 * of the data files (`data/resolve.ts`), and every file through the bounded reader and checker
 * of reports read back (`report/check.ts`), as a baseline does. A pattern that leaves the
 * workspace is an input error; a file that cannot be read as a report is a warning naming it,
 * and the run goes on without it.
 */
import { statSync } from 'node:fs'
import { posix, relative } from 'node:path'
import type { Problem } from './config/problem.js'
import { collectGarbage, COLLECT_FROM_BYTES } from './data/collect.js'
import { resolveDataFiles, type ResolvedFile } from './data/resolve.js'
import type { PathRoot } from './files/guard.js'
import { applyHistory, historyMatcher, type HistoryEntry, type HistoryMeta } from './gate/history.js'
import { parseBaseline, readReportText } from './report/check.js'
import { MAX_HISTORY_PATTERNS, MAX_HISTORY_SKIPPED, type Report, type RunInfo } from './report/types.js'

/**
 * Whether two reports name one config: `./.github/audit.yml`, `.github/audit.yml` and
 * `.github//audit.yml` are one file, so a workflow that changes how it spells the path keeps its
 * trend. The names are compared as written otherwise (a report records no workspace).
 */
function sameConfigPath(a: string, b: string): boolean {
  return a === b || posix.normalize(a) === posix.normalize(b)
}

/**
 * Most files the history patterns may match: the latest `history-limit` runs (at most 100)
 * are what a run uses, and every matched file is read to learn its run's time, so a directory
 * of a thousand artifacts would read for minutes. More is an input error that says so.
 */
export const MAX_HISTORY_FILES = 200

/**
 * Bytes of history reports one run reads in all, its baseline report counted in: a report is a
 * few KB to a few MB (the compas example's is 60 KB), and each is bounded at 32 MiB on its own
 * (`REPORT_MAX_BYTES`); a file that would take the run past this is not read, with a warning.
 * Reports read one after another cost what one costs only when each is collected before the next
 * (`collectGarbage`), and even then the process keeps some of what it let go of: a baseline and
 * two history reports of 30 MB each took the action to 427 MB, 272 MB collected between them
 * (red team 28 R28-6).
 */
export const HISTORY_MAX_TOTAL_BYTES = 64 * 1024 * 1024

/** The history files of a run, resolved before anything runs. */
export interface HistoryFiles {
  patterns: string[]
  files: ResolvedFile[]
  /** Patterns that matched nothing (a first run has no history). */
  unmatched: string[]
}

/**
 * Resolves the history patterns (relative to the workspace) to report files; `what` names the
 * input in problems (`--history`, `history`). A pattern that leaves the workspace, follows a
 * link out of it, walks too far or matches too many files is a problem: the shells stop with
 * exit status 2 before anything is audited, as for any path they are given.
 */
export async function resolveHistory(
  patterns: readonly string[],
  root: PathRoot,
  what: string,
): Promise<{ history: HistoryFiles; problems: Problem[] }> {
  if (patterns.length > MAX_HISTORY_PATTERNS)
    return {
      history: { patterns: [...patterns], files: [], unmatched: [] },
      problems: [
        {
          file: what,
          message: `${patterns.length} history patterns; at most ${MAX_HISTORY_PATTERNS} are read: one glob such as history/**/*.json names every downloaded report`,
        },
      ],
    }
  const { files, problems, unmatched } = await resolveDataFiles(patterns, root, what, undefined, {
    noun: 'history',
    owner: 'this run',
    maxFiles: MAX_HISTORY_FILES,
    tooMany: 'download only the latest runs (see "Trends over time" in the README)',
    optional: true,
  })
  return { history: { patterns: [...patterns], files, unmatched }, problems }
}

/** What reading the history told the shell to say: notices (files left out on purpose) and warnings (files that could not be read). */
export interface HistoryOutcome {
  report: Report
  notices: string[]
  warnings: string[]
  /** The real paths of the files read, which no output may overwrite. */
  read: string[]
}

const sameRun = (a: RunInfo | undefined, b: RunInfo | undefined): boolean =>
  a?.run_id !== undefined && a.run_id === b?.run_id && (a.run_attempt ?? 1) === (b.run_attempt ?? 1)

/**
 * Reads the history files and applies them to the report: each file is read whole within the
 * report bounds, checked, reduced to the values of this run's gates, and let go. Files of another
 * config, without a run time, of this very run or of a run already read are left out with a
 * notice; files that cannot be read, with a warning. `exclude` are files this run writes.
 */
export async function compareWithHistory(
  report: Report,
  history: HistoryFiles | null,
  options: {
    limit: number
    root: PathRoot
    exclude?: readonly string[]
    /** Bytes of the baseline report this run read: counted into HISTORY_MAX_TOTAL_BYTES (red team 28 R28-6). */
    baselineBytes?: number
  },
): Promise<HistoryOutcome> {
  const notices: string[] = []
  const warnings: string[] = []
  const read: string[] = []
  const entries: HistoryEntry[] = []
  const skipped: HistoryMeta['skipped'] = []
  let skippedCount = 0
  const skip = (file: string, kind: 'notice' | 'warning', reason: string): void => {
    skippedCount++
    if (skipped.length < MAX_HISTORY_SKIPPED) skipped.push({ file, kind, reason })
    ;(kind === 'notice' ? notices : warnings).push(`history report ${file}: ${reason}`)
  }
  const files = history?.files ?? []
  for (const pattern of history?.unmatched ?? [])
    notices.push(`history pattern '${pattern}' matches no report (a first run has no history)`)
  const baselineBytes = options.baselineBytes ?? 0
  let bytes = baselineBytes
  const runs = new Map<string, string>()
  const valuesOf = historyMatcher(report)
  // One file, read, checked, reduced to its values and let go: its text and parsed report are
  // this function's locals, unreachable once it returns.
  const readOne = async (f: ResolvedFile, file: string): Promise<number> => {
    let text: Awaited<ReturnType<typeof readReportText>>
    try {
      text = await readReportText(f.path, f.id)
    } catch (e) {
      skip(file, 'warning', `cannot be read: ${(e as Error).message}`)
      return 0
    }
    read.push(f.path)
    const textBytes = 'text' in text ? Buffer.byteLength(text.text) : 0
    const parsed = parseBaseline(text, file, 'a history report')
    if ('problem' in parsed) {
      skip(file, 'warning', parsed.problem)
      return textBytes
    }
    const past = parsed.report
    if (!sameConfigPath(past.config, report.config)) {
      skip(file, 'notice', `a report of config ${past.config}, not ${report.config}: left out`)
      return textBytes
    }
    if (!past.run) {
      skip(file, 'notice', 'records no run time (written by a version before trends): left out')
      return textBytes
    }
    if (Number.isNaN(Date.parse(past.run.started_at))) {
      skip(file, 'warning', `its run.started_at ${past.run.started_at} is no date: left out`)
      return textBytes
    }
    if (sameRun(past.run, report.run)) {
      skip(file, 'notice', "this run's own report: left out")
      return textBytes
    }
    // A run's history is in its past: a report dated at or after this run's start is not one of
    // its earlier runs, and a pull request that commits such files at the history paths would pick
    // the "latest" runs, and so the median a history_median gate compares with (red team 8 R8-2).
    if (report.run && Date.parse(past.run.started_at) >= Date.parse(report.run.started_at)) {
      skip(
        file,
        'warning',
        `its run.started_at ${past.run.started_at} is not before this run's start (${report.run.started_at}); an earlier run's report is dated before it: left out`,
      )
      return textBytes
    }
    const values = valuesOf(past)
    if (values.every((v) => v === null)) {
      skip(file, 'notice', `has none of this run's audits (${report.audits.map((a) => a.name).join(', ')}): left out`)
      return textBytes
    }
    const runKey = past.run.run_id !== undefined ? `${past.run.run_id}/${past.run.run_attempt ?? 1}` : null
    const earlier = runKey !== null ? runs.get(runKey) : undefined
    if (earlier !== undefined) {
      skip(file, 'notice', `the same run as ${earlier} (run ${runKey}): left out`)
      return textBytes
    }
    if (runKey !== null) runs.set(runKey, file)
    report.audits.forEach((a, i) => {
      if (values[i] === null) notices.push(`history report ${file} has no audit '${a.name}'`)
    })
    entries.push({ file, run: past.run, values })
    return textBytes
  }
  for (const f of files) {
    const file = relative(options.root.real, f.path) || f.display
    if (options.exclude?.includes(f.path)) {
      skip(file, 'notice', "this run's own output, left out")
      continue
    }
    // The size as listed; the reader checks the open file again, so a file that grows is still refused.
    let size = 0
    try {
      size = statSync(f.path).size
    } catch {
      // Gone since the walk: the reader says so below.
    }
    if (bytes + size > HISTORY_MAX_TOTAL_BYTES) {
      skip(
        file,
        'warning',
        `not read: its ${size.toLocaleString('en-US')} bytes would take the ${baselineBytes > 0 ? 'baseline and history' : 'history'} reports read past the run's ${HISTORY_MAX_TOTAL_BYTES.toLocaleString('en-US')} bytes (64 MiB; ${bytes.toLocaleString('en-US')} read so far${baselineBytes > 0 ? `, the baseline's ${baselineBytes.toLocaleString('en-US')} among them` : ''})`,
      )
      continue
    }
    const textBytes = await readOne(f, file)
    bytes += textBytes
    // Its text, the bytes it was decoded from and its parsed report are garbage now: collected
    // before the next is read, so that reports read one after another do not stack (red team 28
    // R28-6: a baseline and two history reports of 30 MB each, 427 MB; each alone, some 190 MB).
    if (textBytes >= COLLECT_FROM_BYTES) collectGarbage()
  }
  const meta: HistoryMeta = {
    patterns: history?.patterns ?? [],
    limit: options.limit,
    matched: files.length,
    skipped,
    skippedCount,
  }
  return { report: applyHistory(report, entries, meta), notices, warnings, read }
}

/** The notices and warnings of reading the history as the shells print them: at most `max` of each, and a count of the rest. */
export function historyMessages(
  outcome: Pick<HistoryOutcome, 'notices' | 'warnings'>,
  max = 20,
): { notices: string[]; warnings: string[] } {
  const cap = (lines: string[], what: string): string[] =>
    lines.length <= max
      ? lines
      : [
          ...lines.slice(0, max),
          `and ${(lines.length - max).toLocaleString('en-US')} more ${what}; the JSON report's history.skipped lists them`,
        ]
  return { notices: cap(outcome.notices, 'history notices'), warnings: cap(outcome.warnings, 'history warnings') }
}
