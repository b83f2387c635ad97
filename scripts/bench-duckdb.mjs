#!/usr/bin/env node
/* global console, process */
/**
 * The DuckDB side of `npm run bench`, run as its own process so it is timed like the others
 * (start-up included; DuckDB uses both cores by default).
 *
 *   node scripts/bench-duckdb.mjs count FILE              # the confusion counts, as JSON on stdout
 *   node scripts/bench-duckdb.mjs parquet CSV OUT CODEC   # writes CSV as Parquet with CODEC
 *
 * `count` reads FILE (CSV with `read_csv`, Parquet with `read_parquet`) and computes, in one
 * `GROUP BY GROUPING SETS`, the confusion counts of the bench's groupings: each attribute, the
 * intersection and the overall row — the pass a data engineer would run in DuckDB instead of
 * the audit (no AUC, no intervals).
 */
import { DuckDBInstance } from '@duckdb/node-api'

const [mode, file, out, codec] = process.argv.slice(2)
const quote = (s) => `'${String(s).replaceAll("'", "''")}'`
const db = await DuckDBInstance.create(':memory:')
const con = await db.connect()
if (mode === 'count') {
  const source = /\.parquet$/i.test(file) ? `read_parquet(${quote(file)})` : `read_csv(${quote(file)}, header = true)`
  const reader = await con.runAndReadAll(`
    SELECT grouping(sex, race, age_band) AS set_id, sex, race, age_band,
      count_if(label = 1 AND prediction = 1) AS tp, count_if(label = 0 AND prediction = 1) AS fp,
      count_if(label = 0 AND prediction = 0) AS tn, count_if(label = 1 AND prediction = 0) AS fn,
      count(*) AS n_rows
    FROM ${source}
    GROUP BY GROUPING SETS ((sex), (race), (age_band), (sex, race), ())`)
  const rows = reader.getRowObjectsJson()
  const overall = rows.find((r) => r.sex === null && r.race === null && r.age_band === null && Number(r.set_id) === 7)
  console.log(JSON.stringify({ groups: rows.length, rows: Number(overall?.n_rows ?? -1) }))
} else if (mode === 'parquet') {
  await con.run(
    `COPY (SELECT * FROM read_csv(${quote(file)}, header = true)) TO ${quote(out)} (FORMAT parquet, COMPRESSION ${codec})`,
  )
} else {
  console.error('usage: bench-duckdb.mjs count FILE | parquet CSV OUT CODEC')
  process.exit(2)
}
con.closeSync()
