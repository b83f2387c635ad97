/**
 * What the warehouse tests share: a workspace and an in-memory DuckDB per test file, a config entry
 * parsed as the `sql` command reads it, a report of a workspace run, and DuckDB running a query
 * over a rows file into a counts CSV.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import type { Problem } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'
import type { AuditReport } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from './workspace.js'

/** A test file's workspace, in-memory DuckDB and one open connection to it. */
export interface DuckDbFixture {
  readonly ws: Workspace
  readonly db: DuckDBInstance
  readonly con: DuckDBConnection
  /** `auditReport` of one entry in `ws`. */
  report(entry: Record<string, unknown>): Promise<AuditReport>
  /** `countsFromDuckDb` in `db` over a rows file of `ws` (read_csv with `options`), into `out` in `ws`. */
  countsFromDuckDb(rowsFile: string, sql: string, out: string, options?: string): Promise<string>
}

/**
 * Registers the hooks that give the calling test file a workspace and an in-memory DuckDB (with one
 * open connection), and close them after its last test; call it at the file's top level (vitest
 * runs the files in one process, isolate: false, so each file registers its own hooks). The
 * workspace is the file's (`perTest: false`, the default) or a new one for each test. Read its
 * members inside hooks and tests only: before the file's first hook has run they throw.
 */
export function duckDbFixture(options: { perTest?: boolean } = {}): DuckDbFixture {
  let ws: Workspace | undefined
  let db: DuckDBInstance | undefined
  let con: DuckDBConnection | undefined
  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:')
    con = await db.connect()
  })
  afterAll(() => {
    con?.closeSync()
    db?.closeSync()
  })
  if (options.perTest) {
    beforeEach(() => {
      ws = makeWorkspace()
    })
    afterEach(() => ws?.cleanup())
  } else {
    beforeAll(() => {
      ws = makeWorkspace()
    })
    afterAll(() => ws?.cleanup())
  }
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`duckDbFixture: ${name} was read outside the file's hooks and tests (before its beforeAll)`)
    return value
  }
  return {
    get ws() {
      return ready(ws, 'ws')
    },
    get db() {
      return ready(db, 'db')
    },
    get con() {
      return ready(con, 'con')
    },
    report: (entry) => auditReport(ready(ws, 'ws'), entry),
    countsFromDuckDb: (rowsFile, sql, out, options) =>
      countsFromDuckDb(ready(db, 'db'), ready(ws, 'ws'), rowsFile, sql, out, options),
  }
}

/** Everything in a report but where the data came from (and its warnings, which name the file). */
export function comparable(r: AuditReport): unknown {
  const { data: _data, warnings: _warnings, ...rest } = r
  return rest
}

/** `comparable`, with each bin as its label and rows only: a counts table cannot know the bins' raw ranges. */
export function comparableBinned(r: AuditReport): unknown {
  const { data: _data, warnings: _warnings, binning, ...rest } = r
  const bins = Object.fromEntries(
    Object.entries(binning ?? {}).map(([c, b]) => [c, b.bins.map((x) => [x.label, x.rows])]),
  )
  return { ...rest, binning: bins }
}

/** The audit's groups (key, rows, metrics) and verdict. */
export function groupsAndVerdict(a: AuditReport): Record<string, unknown> {
  return { groups: a.groups.map((g) => [g.key, g.count, g.metrics]), passed: a.passed }
}

/** One audit entry run in `ws`: `shape` of its report, or `refused` of its problems (by default their messages, one a line). */
export async function auditOutcome(
  ws: Workspace,
  entry: Record<string, unknown>,
  shape: (a: AuditReport) => unknown = groupsAndVerdict,
  refused: (problems: Problem[]) => unknown = (problems) => ({ problems: problems.map((p) => p.message).join('\n') }),
): Promise<unknown> {
  const out = await ws.run({ audits: [entry] })
  if (!out.ok) return refused(out.problems)
  const a = out.report.audits[0]
  if (!a) throw new Error('no audit')
  return shape(a)
}

/** Runs `sql` (a printed query, its `;` dropped) on `con` into `out` in `ws`, as CSV with a header. */
export async function copyToCsv(con: DuckDBConnection, ws: Workspace, sql: string, out: string): Promise<void> {
  await con.run(`COPY (${sql.replace(/;?\s*$/, '')}) TO '${join(ws.dir, out)}' (HEADER, DELIMITER ',')`)
}

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
    await copyToCsv(con, ws, sql, out)
  } finally {
    con.closeSync()
  }
  return readFileSync(join(ws.dir, out), 'utf8')
}
