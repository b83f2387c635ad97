/**
 * `model-audit-gate sql`: prints the query that computes an audit's counts table in the
 * warehouse where the predictions live (see `sql/generate.ts`), to run there and audit
 * with `format: counts`.
 */
import { parseArgs } from 'node:util'
import { CONFIG_MAX_BYTES, configTooLarge, loadConfig } from '../config/load.js'
import { didYouMean, formatProblem, formatProblems } from '../config/problem.js'
import { pathRoot, refusalMessage, resolvePath } from '../files/guard.js'
import { readVerifiedWithin } from '../files/open.js'
import { escapeLog, visibleValue } from '../config/log-escape.js'
import { groupingSetCollisions, groupingSetName } from '../data/counts-columns.js'
import { groupingsOf } from '../data/checks.js'
import {
  caseTwinNames,
  countsQuery,
  DIALECTS,
  reservedNames,
  scoreGates,
  unprintableNames,
  type Dialect,
} from '../sql/generate.js'
import { argsErrorMessage } from './args.js'
import { EXIT_INPUT_ERROR, EXIT_PASS, type CliIO } from './io.js'

export const SQL_USAGE = `Usage: model-audit-gate sql [--audit NAME] [--dialect DIALECT] [--table TABLE] [--config FILE]

Prints the GROUP BY GROUPING SETS query that computes an audit's per-group confusion
counts from the table of predictions, for the warehouse to run. Save its result (CSV or
Parquet) and audit it with \`format: counts\`: same report and gates as the rows.
DuckDB, Spark and BigQuery match the query's column names case-insensitively (quoted
too): the rows audit refuses a header with two names that differ only in case where the
audit reads one of them and their values differ, and \`sql\` an audit that reads both.

Options:
  -a, --audit NAME       the audit (needed when the config has several)
  -d, --dialect DIALECT  duckdb (default), postgres, spark or bigquery
  -t, --table TABLE      the prediction table, as the warehouse names it (default: predictions)
  -c, --config FILE      the audit config (default: .github/model-audit.yml)
  -h, --help             show this help
`

const SQL_OPTIONS = {
  audit: { type: 'string', short: 'a' },
  dialect: { type: 'string', short: 'd' },
  table: { type: 'string', short: 't' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const

/**
 * Runs `sql`; returns the exit code (0 printed, 2 a usage or config problem). `io.stdout` is
 * written as given (the query must be exact); `io.stderr` must escape for the log.
 */
export async function runSqlCommand(argv: string[], io: CliIO): Promise<number> {
  let values: { audit?: string; dialect?: string; table?: string; config?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({ args: argv, strict: true, options: SQL_OPTIONS }))
  } catch (e) {
    io.stderr(argsErrorMessage(e, argv, SQL_OPTIONS, 'model-audit-gate sql'))
    return EXIT_INPUT_ERROR
  }
  if (values.help) {
    io.stdout(SQL_USAGE)
    return EXIT_PASS
  }
  const dialect = (values.dialect ?? 'duckdb') as Dialect
  if (!DIALECTS.includes(dialect)) {
    io.stderr(
      `model-audit-gate sql: unknown dialect '${values.dialect}'${didYouMean(values.dialect ?? '', [...DIALECTS]) || `; dialects: ${DIALECTS.join(', ')}`}\n`,
    )
    return EXIT_INPUT_ERROR
  }
  const configFile = values.config ?? '.github/model-audit.yml'
  // The config is read as the audit reads it: inside the current directory, no link out.
  const root = pathRoot(io.cwd)
  const where = resolvePath(root, configFile, root.dir, 'read')
  if (!where.ok) {
    io.stderr(`${configFile}: ${refusalMessage(where, 'config', configFile, root)}\n`)
    return EXIT_INPUT_ERROR
  }
  let text: string
  try {
    const read = await readVerifiedWithin(where.path, where.id, CONFIG_MAX_BYTES)
    if ('tooLarge' in read) {
      io.stderr(`${formatProblem(configTooLarge(configFile, read.tooLarge))}\n`)
      return EXIT_INPUT_ERROR
    }
    text = read.text
  } catch (e) {
    io.stderr(`${configFile}: cannot read the config: ${(e as Error).message}\n`)
    return EXIT_INPUT_ERROR
  }
  const { config, problems } = loadConfig(text, configFile)
  // A problem with the config refuses it even when the loader could still read the audits (a
  // key of the wrong shape, two audits of one name), as the audit does: the query of a config the
  // audit exits 2 on was printed, exit 0 (red team 34 R34-8).
  if (!config || problems.length > 0) {
    for (const line of formatProblems(problems)) io.stderr(`${line}\n`)
    return EXIT_INPUT_ERROR
  }
  const names = config.audits.map((a) => a.name)
  const audit =
    values.audit === undefined
      ? config.audits.length === 1
        ? config.audits[0]
        : undefined
      : config.audits.find((a) => a.name === values.audit)
  if (!audit) {
    io.stderr(
      values.audit === undefined
        ? `model-audit-gate sql: the config has ${names.length} audits; choose one with --audit (${names.join(', ')})\n`
        : `model-audit-gate sql: no audit named '${values.audit}'${didYouMean(values.audit, names) || `; audits: ${names.join(', ')}`}\n`,
    )
    return EXIT_INPUT_ERROR
  }
  const options = { dialect, table: values.table ?? 'predictions' }
  // The query goes to stdout exactly as the warehouse must read it, so a name the log escape
  // would change is refused rather than rewritten (red team A74: `"p::text"` became `"p: :text"`).
  const unprintable = unprintableNames(audit, options)
  if (unprintable.length > 0) {
    for (const n of unprintable) {
      io.stderr(
        `model-audit-gate sql: ${n.role} '${visibleValue(n.name)}' (as the log shows it) holds a workflow-command prefix (two colons, or two hashes and a bracket) or a control or invisible character, so the query cannot be printed both exactly and inert in a CI log; nothing was printed: rename it in the data and the config, or write this query by hand\n`,
      )
    }
    return EXIT_INPUT_ERROR
  }
  const scored = scoreGates(audit)
  if (scored.length > 0) {
    for (const m of scored)
      io.stderr(
        `model-audit-gate sql: the gate on '${visibleValue(m)}' needs each row's score, which the counts this query writes do not hold, so the counts audit refuses it; nothing was printed: gate it on the rows, or remove this gate\n`,
      )
    return EXIT_INPUT_ERROR
  }
  const reserved = reservedNames(audit)
  if (reserved.length > 0) {
    for (const n of reserved) {
      io.stderr(
        `model-audit-gate sql: ${n.role} column '${visibleValue(n.name)}' has the name of a column the query writes beside it ('${n.name.toLowerCase()}'), so the counts audit could not tell them apart; nothing was printed: rename it in the data and the config\n`,
      )
    }
    return EXIT_INPUT_ERROR
  }
  const collisions = groupingSetCollisions(groupingsOf(audit).map((g) => g.columns))
  if (collisions.length > 0) {
    for (const pair of collisions)
      io.stderr(
        `model-audit-gate sql: ${visibleValue(groupingSetName(pair))}; nothing was printed: rename the column in the data and the config\n`,
      )
    return EXIT_INPUT_ERROR
  }
  const twins = caseTwinNames(audit)
  if (twins.length > 0) {
    for (const [a, b] of twins)
      io.stderr(
        `model-audit-gate sql: the audit reads columns '${visibleValue(a)}' and '${visibleValue(b)}', whose names differ only in case; DuckDB, Spark and BigQuery match column names case-insensitively (quoted too), so the query would read one column for both; nothing was printed: rename one in the data and the config\n`,
      )
    return EXIT_INPUT_ERROR
  }
  const query = countsQuery(audit, options)
  if (escapeLog(query) !== query) {
    io.stderr('model-audit-gate sql: the query holds text the log escape would change; nothing was printed\n')
    return EXIT_INPUT_ERROR
  }
  io.stdout(query)
  return EXIT_PASS
}
