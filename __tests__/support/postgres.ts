/**
 * PostgreSQL for the warehouse tests: PGlite (PostgreSQL compiled to WebAssembly, in process)
 * loading a rows CSV into a table and running a printed query into a counts CSV, with the
 * server's own text of every value (`COPY … TO`, as psql's `\copy` writes it).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { Workspace } from './workspace.js'

export { PGlite }

/** A new in-memory PostgreSQL. */
export function createPostgres(): Promise<PGlite> {
  return PGlite.create()
}

/**
 * Creates table `table` with the rows file's header as its columns (each `TEXT`, or the type
 * `types` gives it, e.g. `NUMERIC(38, 10)` or `TEXT COLLATE "en_US"`) and loads the file into it
 * (CSV, an empty field NULL).
 */
export async function loadTable(
  pg: PGlite,
  ws: Workspace,
  rowsFile: string,
  types: Record<string, string> = {},
  table = 'predictions',
): Promise<void> {
  const text = readFileSync(join(ws.dir, rowsFile), 'utf8')
  const header = (text.split('\n')[0] ?? '').split(',')
  const ident = (n: string): string => `"${n.replace(/"/g, '""')}"`
  const columns = header.map((c) => `${ident(c)} ${types[c] ?? 'TEXT'}`).join(', ')
  await pg.exec(`DROP TABLE IF EXISTS ${ident(table)}; CREATE TABLE ${ident(table)} (${columns})`)
  await pg.query(`COPY ${ident(table)} FROM '/dev/blob' WITH (FORMAT csv, HEADER true, NULL '')`, [], {
    blob: new Blob([text]),
  })
}

/**
 * Runs `sql` (after `setup`, statements such as `SET extra_float_digits = 0`) and writes its
 * result as CSV into `ws` (`out`), in the server's text of each value; returns the CSV.
 */
export async function countsFromPostgres(
  pg: PGlite,
  ws: Workspace,
  sql: string,
  out: string,
  setup = '',
): Promise<string> {
  if (setup !== '') await pg.exec(setup)
  const result = await pg.query(`COPY (${sql.replace(/;?\s*$/, '')}) TO '/dev/blob' WITH (FORMAT csv, HEADER true)`)
  if (!result.blob) throw new Error('COPY TO returned no blob')
  const csv = await result.blob.text()
  ws.write(out, csv)
  return csv
}
