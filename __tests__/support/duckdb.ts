/**
 * What the warehouse tests share: a config entry parsed as the `sql` command reads it, a report
 * of a workspace run, and DuckDB running a query over a rows file into a counts CSV.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DuckDBInstance } from '@duckdb/node-api'
import { loadConfig } from '../../src/config/load.js'
import type { AuditConfig } from '../../src/config/types.js'
import type { AuditReport } from '../../src/report/types.js'
import type { Workspace } from './workspace.js'

/** One audit entry as the loader normalises it. */
export function parsedAudit(entry: Record<string, unknown>): AuditConfig {
  const { config, problems } = loadConfig(JSON.stringify({ audits: [entry] }), 'audit.yml')
  if (!config) throw new Error(problems.map((p) => p.message).join('\n'))
  return config.audits[0] as AuditConfig
}

/** The report of one audit entry run in `ws`; throws with the problems when it does not run. */
export async function auditReport(ws: Workspace, entry: Record<string, unknown>): Promise<AuditReport> {
  const out = await ws.run({ audits: [entry] })
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

/**
 * Runs `sql` in DuckDB over the rows file (as table `predictions`, loaded by `read_csv` with
 * `options`) and writes its result as CSV into `ws`.
 */
export async function countsFromDuckDb(
  db: DuckDBInstance,
  ws: Workspace,
  rowsFile: string,
  sql: string,
  out: string,
  options = "header = true, nullstr = ''",
): Promise<string> {
  const con = await db.connect()
  try {
    await con.run(
      `CREATE OR REPLACE TABLE predictions AS SELECT * FROM read_csv('${join(ws.dir, rowsFile)}', ${options})`,
    )
    await con.run(`COPY (${sql.replace(/;?\s*$/, '')}) TO '${join(ws.dir, out)}' (HEADER, DELIMITER ',')`)
  } finally {
    con.closeSync()
  }
  return readFileSync(join(ws.dir, out), 'utf8')
}
