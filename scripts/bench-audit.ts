/**
 * The benchmark's audit driver: runs one config through the same pipeline as the CLI and
 * prints a one-line JSON summary (rows, overall ROC AUC, verdict) that the bench checks.
 * Compiled by `npm run bench` with ncc into `.bench-cache/`, never into `dist/`.
 */
import { runConfigFile } from '../src/audit.js'
import { formatProblem } from '../src/config/problem.js'

async function main(): Promise<number> {
  const [config, workspace] = process.argv.slice(2)
  if (!config || !workspace) {
    process.stderr.write('usage: bench-audit CONFIG WORKSPACE\n')
    return 2
  }
  const out = await runConfigFile(config, { workspace })
  if (!out.ok) {
    process.stderr.write(`${out.problems.map(formatProblem).join('\n')}\n`)
    return 2
  }
  const a = out.report.audits[0]
  process.stdout.write(`${JSON.stringify({ rows: a?.rows, roc_auc: a?.overall.roc_auc ?? null, groups: a?.groups.length, passed: out.report.passed })}\n`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`)
    process.exit(1)
  },
)
