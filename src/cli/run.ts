/**
 * The CLI as a function of its arguments and an IO object, so tests run it in-process.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  applyLoadedBaseline,
  checkRunPaths,
  loadBaseline,
  overwritesInput,
  runConfigFile,
  type RunPath,
} from '../audit.js'
import { pathRoot, refusalMessage, resolvePath } from '../files/guard.js'
import { writeFileAtomic } from '../files/write.js'
import type { PassProgress } from '../data/extract.js'
import { formatProgress } from '../data/progress.js'
import { argsErrorMessage } from './args.js'
import { escapeLog, visibleValue } from '../config/log-escape.js'
import { addressSpaceMessage, boundedText, formatProblems } from '../config/problem.js'
import { renderCommentBody } from '../report/comment-body.js'
import { renderTerminal, renderVerdict } from '../report/terminal.js'
import { plural } from '../report/format.js'
import { VERSION } from '../version.js'

import { EXIT_GATE_FAILED, EXIT_INPUT_ERROR, EXIT_PASS, type CliIO } from './io.js'
import { readableReport, ReportTooLargeError } from '../report/check.js'
import { runInfoOf } from '../report/assemble.js'
import { DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT } from '../report/types.js'
import { parseHistoryLimit } from '../gate/history.js'
import { compareWithHistory, historyMessages, resolveHistory } from '../history.js'

export { EXIT_GATE_FAILED, EXIT_INPUT_ERROR, EXIT_PASS, type CliIO } from './io.js'

const USAGE = `Usage: model-audit-gate [options]

Audits a model's evaluation output against an audit config: fairlearn-exact metrics per
group, disparities, and gates.

Options:
  -c, --config FILE    the audit config (default: .github/model-audit.yml)
  -a, --audit NAME     run only the audit with this name
      --json FILE      write the JSON report to FILE
      --markdown FILE  write the markdown report (exactly the PR comment's body) to FILE
      --baseline FILE  compare with a previous run's JSON report: changes, and the gates'
                       max_increase / max_decrease / max_relative_change (a missing file
                       is reported, not an error)
      --history GLOB   earlier runs' JSON reports (relative to the workspace; repeatable):
                       a trend of every gated value, and the gates with
                       \`against: history_median\`
      --history-limit N
                       use the latest N history runs, by the time each report records
                       (default ${DEFAULT_HISTORY_LIMIT}, at most ${MAX_HISTORY_LIMIT})
  -C, --workspace DIR  the repository root that the config and data paths are relative to
                       (default: .); every path read or written must stay inside it
      --allow-outside-workspace
                       let paths leave the workspace (e.g. --json /tmp/report.json); only
                       for your own files, never on a checkout of someone else's pull request
      --no-color       plain output even on a terminal
  -q, --quiet          print only the verdict line
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no error-level gate failed; 1 a gate failed; 2 a config or input error.

       model-audit-gate sql --audit NAME [--dialect duckdb|postgres|spark|bigquery] [--table T]
prints the SQL that computes the audit's counts in a warehouse (see \`sql --help\`).
`

/**
 * The IO every write of the CLI goes through: workflow commands broken and control characters
 * made visible (`escapeLog`), since the CLI often runs inside a workflow step whose output is
 * the Actions log. On a terminal our own colours and progress redraw stay.
 */
function escapedIO(io: CliIO): CliIO {
  const terminal = io.isTTY
  return {
    ...io,
    stdout: (s) => io.stdout(escapeLog(s, { terminal })),
    stderr: (s) => io.stderr(escapeLog(s, { terminal })),
  }
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], rawIO: CliIO): Promise<number> {
  const io = escapedIO(rawIO)
  // The query is printed exactly (sql refuses a name the log escape would change); its messages are escaped.
  // The SQL generator is a chunk of its own: an audit never loads it.
  if (argv[0] === 'sql') return (await import('./sql.js')).runSqlCommand(argv.slice(1), { ...io, stdout: rawIO.stdout })
  let args: ReturnType<typeof parse>
  try {
    args = parse(argv)
  } catch (e) {
    io.stderr(argsErrorMessage(e, argv, CLI_OPTIONS, 'model-audit-gate'))
    return EXIT_INPUT_ERROR
  }
  const v = args.values
  if (v.help) {
    io.stdout(USAGE)
    return EXIT_PASS
  }
  if (v.version) {
    io.stdout(`${VERSION}\n`)
    return EXIT_PASS
  }
  if (args.positionals.length > 0) {
    io.stderr(
      `model-audit-gate: unexpected argument '${visibleValue(args.positionals[0] ?? '')}' (options take a value as --config FILE)\nRun 'model-audit-gate --help' for the options.\n`,
    )
    return EXIT_INPUT_ERROR
  }
  const startedAt = new Date()
  const historyLimit = parseHistoryLimit(v['history-limit'], '--history-limit')
  if (typeof historyLimit === 'string') {
    io.stderr(`model-audit-gate: ${historyLimit}\n`)
    return EXIT_INPUT_ERROR
  }
  const workspace = resolve(io.cwd, v.workspace ?? '.')
  const configFile = v.config ?? '.github/model-audit.yml'
  // Every path stays in the workspace (-C, default the current directory) unless the user says otherwise on the command line.
  const allowOutside = v['allow-outside-workspace'] === true
  const root = pathRoot(workspace, { allowOutside })
  const outputs: RunPath[] = [
    ...(v.json ? [{ what: '--json', path: v.json, base: io.cwd, mode: 'write' as const }] : []),
    ...(v.markdown ? [{ what: '--markdown', path: v.markdown, base: io.cwd, mode: 'write' as const }] : []),
  ]
  const { problems: refused, outside } = checkRunPaths(
    [
      ...(v.baseline ? [{ what: '--baseline', path: v.baseline, base: io.cwd, mode: 'read' as const }] : []),
      ...outputs,
    ],
    root,
  )
  const history = v.history?.length ? await resolveHistory(v.history, root, '--history') : null
  if (history) refused.push(...history.problems)
  if (refused.length > 0) {
    for (const line of formatProblems(refused)) io.stderr(`${line}\n`)
    io.stderr(
      `model-audit-gate: ${plural(refused.length, 'problem')}; nothing was audited${outside ? ` (the workspace is ${root.dir}: run from your repository or set -C; for your own files elsewhere, --allow-outside-workspace)` : ''}\n`,
    )
    return EXIT_INPUT_ERROR
  }
  try {
    // The baseline is read first: its text is garbage before the audit's report is built (`loadBaseline`).
    const baseline = v.baseline ? await loadBaseline(v.baseline, io.cwd, root) : null
    // A progress line on a terminal, on stderr, redrawn in place; nothing on a pipe.
    const started = Date.now()
    let shown = false
    const onProgress = io.isTTY
      ? (_audit: string, p: PassProgress): void => {
          shown = true
          io.stderr(`\r\u001b[K${formatProgress(p, Date.now() - started)}`)
        }
      : undefined
    const outcome = await runConfigFile(configFile, {
      workspace,
      allowOutside,
      audit: v.audit,
      onProgress,
      progressIntervalMs: 250,
    })
    if (shown) io.stderr('\r\u001b[K')
    if (!outcome.ok) {
      for (const line of formatProblems(outcome.problems)) io.stderr(`${line}\n`)
      io.stderr(`model-audit-gate: ${plural(outcome.problems.length, 'problem')}; nothing was audited\n`)
      return EXIT_INPUT_ERROR
    }
    const ran = { ...outcome.report, run: runInfoOf(io.env, startedAt) }
    const compared = baseline ? applyLoadedBaseline(ran, baseline) : ran
    const outputPaths = [v.json, v.markdown].flatMap((f) => {
      const at = f ? resolvePath(root, f, io.cwd, 'write') : null
      return at?.ok ? [at.path] : []
    })
    const trend = await compareWithHistory(compared, history?.history ?? null, {
      limit: historyLimit,
      root,
      exclude: outputPaths,
      baselineBytes: baseline?.bytes ?? 0,
    })
    const report = trend.report
    const said = historyMessages(trend)
    for (const line of said.notices) io.stderr(`model-audit-gate: ${boundedText(line)}\n`)
    for (const line of said.warnings) io.stderr(`model-audit-gate: warning: ${boundedText(line)}\n`)
    if (report.history)
      io.stderr(
        `model-audit-gate: history: ${plural(report.history.runs.length, 'earlier run')} of ${plural(report.history.matched, 'report file')} matched\n`,
      )
    const baselineAt = v.baseline ? resolvePath(root, v.baseline, io.cwd, 'read') : null
    const baselinePath = baselineAt?.ok ? [baselineAt.path] : []
    if (report.baseline && report.baseline.status !== 'compared')
      io.stderr(`model-audit-gate: ${boundedText(report.baseline.message ?? 'no baseline')}\n`)
    const color = io.isTTY && !v['no-color'] && io.env.NO_COLOR === undefined
    // Rendered only when asked for: the comment body is the costliest rendering. The reports are
    // written before the verdict is printed: a write that fails is exit 2 with no "PASSED" above
    // it (red team 24: a full disk printed "✓ PASSED: 1 gate", then "cannot write: ENOSPC").
    const writes: [string | undefined, () => string | Iterable<string>][] = [
      // Only a report a later run can read back is written (red team 32 R32-13).
      [v.json, () => readableReport(report)],
      [v.markdown, () => renderCommentBody(report, { audit: v.audit, commit: io.env.GITHUB_SHA }).markdown],
    ]
    for (const [file, content] of writes) {
      if (!file) continue
      // Checked again at the write: the guard's answer is the path written, with no link on it.
      const where = resolvePath(root, file, io.cwd, 'write')
      if (!where.ok) {
        io.stderr(`${file}: ${refusalMessage(where, file === v.json ? '--json' : '--markdown', file, root)}\n`)
        return EXIT_INPUT_ERROR
      }
      const clash = overwritesInput(
        where.path,
        [...outcome.inputs, ...baselinePath, ...trend.read],
        file === v.json ? '--json' : '--markdown',
        file,
      )
      if (clash) {
        for (const line of formatProblems([clash])) io.stderr(`${line}\n`)
        return EXIT_INPUT_ERROR
      }
      try {
        await writeFileAtomic(where.path, content(), undefined, where.parent)
      } catch (e) {
        io.stderr(
          `${visibleValue(file)}: ${e instanceof ReportTooLargeError ? '' : 'cannot write: '}${visibleValue((e as Error).message)}\n`,
        )
        return EXIT_INPUT_ERROR
      }
    }
    io.stdout(v.quiet ? `${renderVerdict(report, { color })}\n` : renderTerminal(report, { color }))
    return report.passed ? EXIT_PASS : EXIT_GATE_FAILED
  } catch (e) {
    const limited = addressSpaceMessage(e)
    if (limited) {
      io.stderr(`model-audit-gate: ${limited}\n`)
      return EXIT_INPUT_ERROR
    }
    // A bug of ours, not the user's input: say so plainly, no stack trace unless asked.
    io.stderr(
      `model-audit-gate: internal error: ${boundedText((e as Error).message)}\nPlease report it with the command you ran${io.env.DEBUG ? `\n${(e as Error).stack}` : ' (set DEBUG=1 for details)'}.\n`,
    )
    return EXIT_INPUT_ERROR
  }
}

const CLI_OPTIONS = {
  config: { type: 'string', short: 'c' },
  audit: { type: 'string', short: 'a' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  baseline: { type: 'string' },
  history: { type: 'string', multiple: true },
  'history-limit': { type: 'string' },
  workspace: { type: 'string', short: 'C' },
  'allow-outside-workspace': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: CLI_OPTIONS })
}
