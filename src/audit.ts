/**
 * The pipeline of one run, shared by the CLI and the action: config → files → one pass →
 * metric table → disparities → gates → report. Problems are collected and returned as
 * values; config and input problems stop the run before anything claims a result.
 */
import { statSync } from 'node:fs'
import { extname } from 'node:path'
import { CONFIG_MAX_BYTES, configTooLarge } from './config/build.js'
import { loadJsonConfig } from './config/load-json.js'
import { shortenValue } from './config/log-escape.js'
import { controlLevelMessage, didYouMean, groupDigits, ProblemError, type Problem } from './config/problem.js'
import { plural } from './report/format.js'
import type { AuditConfig, Config } from './config/types.js'
import { countsColumns } from './data/counts.js'
import { accumulateRows, type PassProgress } from './data/extract.js'
import { sensitiveColumns, wantsScores, type TableWatch } from './data/checks.js'
import { CSV_PARSE_RECORD_BYTES, formatFromPath, JSON_ROW_UNITS, openTable, type Table } from './data/readers.js'
import { showValue } from './data/values.js'
import { asciiLower, duckDbColumnIndex, duckDbCsvNames, warningName, ZS_ENDS } from './data/header.js'
import { RUN_DECOMPRESSION_ALLOWANCE } from './data/table.js'
import { resolveDataFiles } from './data/resolve.js'
import { MAX_RUN_FOOTER_BYTES, MAX_RUN_FOOTER_STRUCTS } from './data/parquet-bounds.js'
import { pathRoot, refusalMessage, resolvePath, type PathRoot } from './files/guard.js'
import { openVerified, readVerifiedWithin, type FileId } from './files/open.js'
import { computeDisparities } from './fairness/disparities.js'
import { applyBaseline, parseBaseline } from './gate/baseline.js'
import { readReportText } from './report/check.js'
import { evaluateGates, judgedGroups } from './gate/evaluate.js'
import { assembleAuditReport, buildReport } from './report/assemble.js'
import type { AuditReport, Report } from './report/types.js'
import {
  addBootstrapMetricIntervals,
  deferBootstrapMetricIntervals,
  BootstrapBudget,
  TableBootstrap,
} from './stats/bootstrap.js'
import { GroupBudget } from './stats/accumulate.js'
import { binLabels } from './data/bins.js'
import { collectGarbage, COLLECT_FROM_BYTES } from './data/collect.js'
import { ScanMemory } from './data/scan-index.js'
import {
  levelsTable,
  MAX_CONTROL_LEVELS,
  MAX_CONTROLLED_CELLS,
  splitByControl,
  type ControlLevel,
} from './stats/control.js'
import { computeMetricTable, type MetricTable } from './stats/table.js'
import { combineLevelGates, evaluateLevel } from './gate/control.js'
import { gatedGroupings } from './gate/gated.js'
import type { GateResult } from './gate/evaluate.js'
import type { LevelParts } from './report/assemble.js'

export interface RunOptions {
  /** The repository root: the config and data paths resolve against it and must stay inside it. */
  workspace: string
  /** The CLI's `--allow-outside-workspace` (see `files/guard.ts`); nothing a config or an input says can set it. */
  allowOutside?: boolean | undefined
  /** Run only the audit of this name. */
  audit?: string | undefined
  /** Progress of each audit's pass over long files (see `data/progress.ts` to show it). */
  onProgress?: ((audit: string, p: PassProgress) => void) | undefined
  /** Least time between two progress calls (default 5000 ms). */
  progressIntervalMs?: number | undefined
  /** Rows the run may read again (default MAX_RUN_REREAD_ROWS; tests lower it to reach it with small files). */
  rereadRows?: number | undefined
  /**
   * false: every file through the generic readers, the pass that follows a stop of the fast CSV
   * pass with nowhere to read on from (tests reach it so with any file).
   */
  fast?: false | undefined
}

/** `inputs`: the real paths of the files the run read (config and data), which no output may overwrite. */
export type RunOutcome =
  { ok: true; report: Report; config: Config; inputs: string[] } | { ok: false; problems: Problem[] }

interface Prepared {
  audit: AuditConfig
  tables: { table: Table; display: string }[]
  /** The real paths of the audit's data files. */
  paths: string[]
}

function columnProblem(
  audit: AuditConfig,
  configFile: string,
  key: string,
  column: string,
  table: { table: Table; display: string },
  role: string,
): Problem {
  const pos = audit.keyPos[key] ?? audit.pos
  const hint =
    didYouMean(column, table.table.columns) ||
    `; columns: ${table.table.columns.slice(0, 20).join(', ')}${table.table.columns.length > 20 ? ', …' : ''}`
  return {
    file: configFile,
    line: pos.line,
    column: pos.column,
    message: `${role} column '${column}' is not in ${table.display}${hint}`,
  }
}

/**
 * A column the audit reads that the header names more than once: reading the first, as pandas does,
 * is a guess, and a pull request could put a copy of the labels there to pass a gate the real
 * predictions fail. Copies that agree on every row (ProPublica's COMPAS file repeats two columns)
 * are read as one; the first row where they differ is a problem. Costs a pass, only in this case.
 * `caseOnly`: the copies are columns whose names differ only in case (`g` and `G`), one to DuckDB,
 * Spark and BigQuery, which match names case-insensitively (red team 32 R32-10).
 */
async function sameCopies(
  t: { table: Table; display: string },
  copies: string[],
  role: string,
  caseOnly = false,
): Promise<Problem | null> {
  try {
    for await (const { cells, line } of t.table.records(copies)) {
      const first = cells[0]
      const other = cells.findIndex((c) => String(c ?? '') !== String(first ?? ''))
      if (other > 0) {
        return {
          file: t.display,
          line,
          ...(caseOnly ? { column: t.table.columns.indexOf(copies[other] as string) + 1 } : {}),
          message: caseOnly
            ? `the header has columns '${copies[0]}' (the audit's ${role} column) and '${copies[other]}', whose names differ only in case, and they differ on this row (${showValue(first)} and ${showValue(cells[other])}): DuckDB, Spark and BigQuery match column names case-insensitively (quoted too), so the query of \`model-audit-gate sql\` would read one for the other (red team 32 R32-10); rename one of them`
            : `the header has more than one column '${copies[0]}' (the audit's ${role} column), and they differ on this row (${showValue(first)} and ${showValue(cells[other])}); rename them so that one is '${copies[0]}'`,
        }
      }
    }
  } catch (e) {
    // A broken record is the pass's to report, with the rest of its checks.
    if (!(e instanceof ProblemError)) throw e
  }
  return null
}

/**
 * For a JSON or Parquet table: two of its names equal but for (ASCII) case, or repeated, that
 * DuckDB's read_json or read_parquet would rename one of to `name_1`, `name_2`, … where `column`
 * (`g_1` beside `g` and `G`) is such a name, so DuckDB's `"g_1"` could be the renamed `G` (red team
 * 38 R38-2; checked with DuckDB 1.5.5's read_json). Their renaming rules differ, so any suffix counts.
 */
function renamedTwin(table: Table, column: string): [string, string] | null {
  const m = /^(.*?)((?:_\d+)+)$/.exec(column)
  if (!m) return null
  const bases = new Map<string, string>()
  for (const d of table.duplicates ?? []) for (const c of d) bases.set(c, d[0] as string)
  const base = (c: string): string => bases.get(c) ?? c
  const key = asciiLower(column)
  const firsts = new Map<string, string>()
  for (const c of table.columns) {
    if (c === column) continue
    const b = base(c)
    const k = asciiLower(b)
    const first = firsts.get(k)
    if (first === undefined) firsts.set(k, b)
    else if (key.startsWith(`${k}_`) && /^(?:_\d+)+$/.test(key.slice(k.length))) return [first, b]
  }
  return null
}

/** Opens an audit's files and checks that every column it names exists in each. */
/**
 * What a run's inputs may cost in all, shared by its audits: directories its globs list, and
 * decompressed bytes free of the gzip ratio check (red team 6, N6-1 and N6-3: bounds per pattern
 * and per file let 100 patterns, or 1,000 small files, each take the whole of theirs).
 */
export interface RunInputBudget {
  allowance: { left: number }
  /** Parquet footer entries the run's files may parse in all (`MAX_RUN_FOOTER_STRUCTS`). */
  footers: { left: number; bytesLeft: number }
  directories: { used: number }
  /** Data files the run's earlier audits opened. */
  files: { used: number }
  /** Characters of column names the run's files may have in all (`MAX_RUN_HEADER_CHARS`), and the files' contents charged. */
  headers: { left: number; charged: Set<string>; parsed: number }
  /** What the run's files hold, to tell a read of content read before (`MAX_RUN_REREAD_ROWS`). */
  reads: ReadLedger
}

/**
 * Rows a run may read again, or past two a byte of their file: rows of a file an earlier audit of
 * the run read, or of a file whose bytes are those of a file read before (identical copies under a
 * glob are one blob in git), and, for every file, what it costs past a plain file of its size: its
 * rows beyond two for each of its bytes (no text row is shorter than `x\n`; a `.gz` or Parquet file
 * past it expanded), and its decompressed bytes beyond its size (`pastOf`).
 * Each audit reads its files in its own pass, so 50 audits of one file cost 50 reads, and a
 * per-file allowance (a .gz's first MiB, `max_decompression_ratio`, the Parquet footer's rows)
 * counted again for every copy: 40 copies of a 65 KB Parquet file (306 bytes gzipped) were 42
 * million rows and 11 s of CPU; a 76 KB .csv.gz of 8.7 million rows, 2.3 s of CPU an audit (red
 * team 7 R7-4, red team 8 R8-8). Copies that differ in one byte no decoder reads have hashes of
 * their own but are still one delta in git: 200 of them were 210 million rows, 21 s of CPU (red
 * team 9 R9-1). A Parquet file's rows past two a byte are charged from its footer before it is
 * read, the run's first file too (red team 10 R10-5 to R10-7). 10 million rows are some 10 s of CPU.
 */
export const MAX_RUN_REREAD_ROWS = 10_000_000
/**
 * Rows a Parquet page read stands for in that bound: a page costs a header parse (walked first,
 * `parquet-footer.ts`) and a decode call, some 12 µs, whatever it holds, a row some 1 µs (red team
 * 10 R10-11: 20 audits of a file of 100 rows in 100,000 empty pages, 12.6 KB gzipped, took 19 s
 * of CPU; red team 12 R12-9: counted as 4 rows, 50 audits of 120,000 one-value pages padded to
 * 504 bytes, within the pages bounds, ran 20 s of CPU before the bound refused them).
 */
export const PAGE_ROWS = 12
/**
 * Decompressed bytes of a JSON/JSONL file that a pass reads in the time of a row of that bound: a
 * line of only spaces, or an empty one, is no record, but reading it costs (~15 ns a byte in all:
 * gunzip, UTF-8 check, line counts, the split). 50 audits of 4 records and 5 M lines of one space
 * were killed at 60 s of CPU, charged 4 rows a read (red team 11 R11-7). A record's text costs
 * more: JSON.parse of wide records runs at some 55 ns a byte, so at 64 bytes a row 2 audits of a
 * 1.08 MB .jsonl.gz of 6,000 records of 2,500 unread keys (143 MB) ran 23.4 s of CPU within the
 * bound (red team 13 R13-1); 16 bytes a row is about 1 µs a row for both.
 */
export const TEXT_BYTES_A_ROW = 16
/**
 * Bytes of a CSV/TSV file that a read of it again is charged as one row of that bound, when its
 * bytes cost more than its rows: a record the fast pass cannot take (a cell over 1 MiB) is read by
 * csv-parse, some 60 ns a byte (red team 12 R12-11: 60 records of one 1.1 MB cell, a 66 MB file of
 * 129 KB gzipped, each a stop: an audit 5.8 s, 10 audits in one config 53.8 s of CPU, charged 60
 * rows a read). Its file's size on disk: a .gz is charged its rows, at least its compressed bytes.
 */
export const CSV_BYTES_A_ROW = 32

/** A run's files by content, and the rows each held when first read. */
export interface ReadLedger {
  /** Each opened table's content key (see `contentKey`) and its file's size in bytes. */
  tables: WeakMap<Table, { key: string; size: number }>
  /**
   * Rows of each content read so far, the file that held them, and the table that read them (an
   * audit opens its own tables: the same table read twice is the fast pass stepping aside for
   * csv-parse, one read, red team 9 R9-7); `read`: the decompressed bytes that read read (CSV).
   */
  rows: Map<string, { rows: number; pages: number; bytes: number; read: number; display: string; table: Table }>
  /** A JSON/JSONL file's keys by format and content (`ReadLimits.keysOf`): read once a run. */
  keys: Map<string, string[]>
  /** Files opened so far, by size: an identical copy has the same size. */
  bySize: Map<number, { path: string; id: FileId | undefined; key: string; hash?: string }[]>
  /** Content keys and sizes by file identity (device and inode). */
  ids: Map<string, { key: string; size: number }>
  /** Rows read again or past two a byte so far, and the most that may be. */
  reread: number
  limit: number
}

function newReadLedger(limit = MAX_RUN_REREAD_ROWS): ReadLedger {
  return {
    tables: new WeakMap(),
    rows: new Map(),
    keys: new Map(),
    bySize: new Map(),
    ids: new Map(),
    reread: 0,
    limit,
  }
}

/** The SHA-256 of a file's bytes, read through the guard's checked handle. */
async function hashOf(path: string, id: FileId | undefined): Promise<string> {
  const handle = await openVerified(path, id)
  try {
    // node:crypto is loaded only here, where two input files of one size are compared: a run without them never loads it.
    const hash = (await import('node:crypto')).createHash('sha256')
    for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk as Buffer)
    return hash.digest('hex')
  } finally {
    await handle.close()
  }
}

/**
 * What a file holds, as a key: the key of an earlier file that is the same file (device and
 * inode) or has the same bytes (compared only between files of one size, so a run of files of
 * distinct sizes hashes none), else its own.
 */
async function contentKey(
  f: { path: string; id?: FileId | undefined },
  ledger: ReadLedger,
): Promise<{ key: string; size: number }> {
  const idKey = f.id ? `${f.id.dev}:${f.id.ino}` : `path:${f.path}`
  const known = ledger.ids.get(idKey)
  if (known !== undefined) return known
  const size = statSync(f.path).size
  const same = ledger.bySize.get(size) ?? []
  const entry: { path: string; id: FileId | undefined; key: string; hash?: string } = {
    path: f.path,
    id: f.id,
    key: idKey,
  }
  if (same.length > 0) {
    entry.hash = await hashOf(f.path, f.id)
    for (const s of same) {
      s.hash ??= await hashOf(s.path, s.id)
      if (s.hash === entry.hash) {
        entry.key = s.key
        break
      }
    }
  }
  same.push(entry)
  ledger.bySize.set(size, same)
  const content = { key: entry.key, size }
  ledger.ids.set(idKey, content)
  return content
}

/**
 * Adds `rows` to the rows the run reads again or past two a byte; past the bound, the problem
 * `why` says (at `display`).
 */
function chargeRows(ledger: ReadLedger, rows: number, display: string, why: () => string): void {
  ledger.reread += rows
  if (ledger.reread > ledger.limit) throw new ProblemError([{ file: display, message: why() }])
}

/**
 * What a read of `rows` rows and `bytes` decompressed bytes of `table` costs, in rows of the run's
 * bound: a JSON record at its reader's cost (`Table.rowUnits`), and its bytes (`TEXT_BYTES_A_ROW`).
 */
function costOf(table: Pick<Table, 'rowUnits'>, rows: number, bytes: number, scored = 0, read = 0): number {
  return (
    Math.max(rowsCost(table, rows, scored), Math.floor(read / SCAN_BYTES_A_ROW)) + Math.floor(bytes / TEXT_BYTES_A_ROW)
  )
}

/** What `rows` rows of `table` cost as rows, at its reader's cost (`Table.rowUnits`) and ROC AUC's (`scored`). */
function rowsCost(table: Pick<Table, 'rowUnits'>, rows: number, scored: number): number {
  return rows * ((table.rowUnits ?? 1) + scored)
}

/**
 * Decompressed bytes of a CSV/TSV that cost a row of the bound when its rows cost less (`read`
 * in `costOf`): the fast pass reads some 1 ns a byte, 5 in quoted cells, so a few long rows are not
 * a few rows' work. Copies of a 1 MB .csv.gz (1 GiB of records just under 1 MiB) that differ in
 * their gzip header's time alone are other content, each charged its 1,000 rows: 10 copies in 10
 * audits ran 10.7 s of CPU, 4 of quoted cells 18.2 s, exit 0 (red team 19 R19-2). A typical
 * row is far shorter, so its rows are what it costs.
 */
export const SCAN_BYTES_A_ROW = 128

/**
 * Rows of the run's bound that a row costs beyond its read when the audit keeps its score for
 * ROC AUC: the score is kept (12 to 20 bytes with its tag and weight) and sorted with every other,
 * so a small file of many rows costs memory, not only time: 9.5 million rows of seven-decimal
 * scores in a 369 KB .csv.gz peaked at 370 MB within the bound (red team 14 R14-2). Two: an 8-byte
 * score ranked by buckets (`rankByBuckets`) holds 12 bytes more while ranked, and 4.96 million rows of
 * 17-digit scores in a 545 KB .csv.gz peaked at 280 MB at one (red team 33 R33-1).
 */
export const SCORE_ROW_UNITS = 2

/**
 * `SCORE_ROW_UNITS` when the rows are weighted: a weighted score is kept with its weight, 8 bytes
 * more, held through the ranking: 3.33 million rows of weighted 17-digit scores in a 145 KB
 * Parquet file (dictionary-encoded) peaked at 240-271 MB within the bound at two (red team 34
 * R34-7); at three they are refused before a row is read, and 2.5 million such rows peak ~210 MB.
 */
export const WEIGHTED_SCORE_ROW_UNITS = 3

/**
 * Group columns (control, sensitive and intersections' columns) that cost a kept score's row one
 * more unit of the bound. The store holds some 40 bytes a weighted row at its peak (score,
 * weight and tag, 20 bytes, in chunks of 1 Mi rows, then its rank and a sorted copy of tag and
 * weight while ranked), and the pass holds each column's batch and pages beside it, about 1 MB a
 * column whatever the rows (measured: 2 million weighted rows of 1 column peak 190 MB, of 32
 * columns 213 MB; the pass alone, 125 and 145-195 MB). So the rows the bound allows shrink as the
 * columns grow: 2.55 million weighted rows of 32 two-valued columns in a 1.7 MB Parquet file
 * peaked at 228-273 MB within the bound at three units (red team 36 R36-7), and 2.6 million of 15
 * columns at 218-248 MB; at three and one for every 8 columns they are refused before a row is
 * read, and the most the 32 columns' file may hold then, 1.3 million rows, peaks at 171-191 MB.
 * An unweighted kept score's row likewise: 3.7 million rows of 32 such columns in a 2.5 MB file
 * peaked at 224-252 MB within the bound at two units; at two and four, exit 2 before a row is
 * read, and the most that shape may hold, 1.5 million rows, peaks at 158-171 MB.
 */
export const GROUP_COLUMNS_A_SCORE_UNIT = 8

/** Rows of the run's bound a row costs beyond its read for ROC AUC's kept score: none when no score is kept. */
export function scoreRowUnits(audit: AuditConfig): number {
  if (!wantsScores(audit)) return 0
  const columns = Math.floor(sensitiveColumns(audit).length / GROUP_COLUMNS_A_SCORE_UNIT)
  return (audit.weight ? WEIGHTED_SCORE_ROW_UNITS : SCORE_ROW_UNITS) + columns
}

/** Why a kept score's row costs its units, for the bound's messages. */
function scoreRowWhy(audit: AuditConfig): string {
  const columns = sensitiveColumns(audit).length
  if (columns < GROUP_COLUMNS_A_SCORE_UNIT) return 'ROC AUC keeps its score'
  return `ROC AUC keeps its ${audit.weight ? 'weighted ' : ''}score, beside ${columns} group columns that cost one row more for every ${GROUP_COLUMNS_A_SCORE_UNIT}: split them over several audits`
}

/**
 * How a read of records is counted, for the messages: `text`, its decompressed bytes too
 * (JSON/JSONL; `csv`: those csv-parse reads of a CSV); `scored`, ROC AUC keeps its scores.
 */
function jsonCost(units: number, text = true, scored = false, csv = false, why = 'ROC AUC keeps its score'): string {
  const bytes = csv
    ? `, and a record csv-parse reads as ${CSV_PARSE_RECORD_BYTES / TEXT_BYTES_A_ROW} more and ${TEXT_BYTES_A_ROW} of its bytes as one`
    : ` and ${TEXT_BYTES_A_ROW} bytes as one`
  return `a ${csv || (scored && !text) ? 'row' : 'record'} counted as ${plural(units, 'row')}${text ? bytes : ''}${scored ? `: ${why}` : ''}`
}

/** The problem of a file whose read costs more than a plain file of its size (`pastOf`), past the run's bound (`total`). */
function expandsProblem(
  rows: number,
  size: number,
  past: number,
  sofar: boolean,
  total: string,
  units?: number,
  text = true,
  scored = false,
  csv = false,
  scan?: number,
  why?: string,
): string {
  const scanned =
    scan === undefined
      ? ''
      : `, ${plural(scan, 'byte')} decompressed, ${SCAN_BYTES_A_ROW} past its size counted as a row`
  const held =
    units === undefined
      ? `${plural(rows, 'row')} in ${plural(size, 'byte')}${scanned}`
      : `${plural(rows, csv || (scored && !text) ? 'row' : 'record')} in ${plural(size, 'byte')}${scanned} (${jsonCost(units, text, scored, csv, why)})`
  return `holds ${sofar ? 'at least ' : ''}${held}, ${groupDigits(past)} more than a plain file of its size (a row for two of its bytes, and its bytes read once; it expands: compressed or columnar): that takes ${total}; a file that expands this far costs its rows whatever its bytes: give the warehouse's counts (\`format: counts\`), or audit fewer files in one run (\`--audit NAME\`)`
}

/**
 * The watch of a JSON/JSONL file's key pass at opening (`ReadLimits.onKeys`), a pass of its own
 * before the audit's: its cost past two a byte of the file is checked while it reads, against
 * what the run has left, and charged at its end. 50 M records in a 2.7 MB .jsonl.gz (at the
 * config's `max_decompression_ratio: 1100`) were read whole here before any bound applied (red
 * team 11 R11-11: killed at 60 s of CPU).
 */
function keysWatch(
  ledger: ReadLedger,
  size: number,
  display: string,
): (records: number, bytes: number, done: boolean) => void {
  return (records, bytes, done) => {
    const past = pastOf({ rowUnits: JSON_ROW_UNITS }, size, records, bytes)
    if (past <= 0) return
    const message = (): string =>
      `${expandsProblem(records, size, past, !done, runTotal(ledger, ledger.reread + past), JSON_ROW_UNITS)} (its keys are read before the audit's pass)`
    if (done) chargeRows(ledger, past, display, message)
    else if (ledger.reread + past > ledger.limit) throw new ProblemError([{ file: display, message: message() }])
  }
}

/** A file's cost past two for each of its bytes (no text row is shorter than `x\n`). */
function pastTwoOf(rows: number, size: number): number {
  return rows - Math.floor(size / 2)
}

/**
 * What a read of `table` costs past what a plain file of its size costs: its rows past two for
 * each of its bytes (no text row is shorter than `x\n`), its decompressed bytes past its size
 * (`read`, SCAN_BYTES_A_ROW a row), and the text a slower reader reads (`bytes`, TEXT_BYTES_A_ROW
 * a row) past its size, for a CSV past a record of CSV_PARSE_RECORD_BYTES for each two of its
 * bytes too (csv-parse's records of a plain file of its size), each allowance on its own. The
 * bytes once had the rows' allowance, 64 of them free for each byte of the file: a gzip comment,
 * which no decoder reads, padded near-copies of a .csv.gz to 1.18 MB, so the 64 MiB of quoted
 * cells in each cost nothing: 100 copies ran 40 s of CPU, exit 0, 12.9 KB in git (red team 21
 * R21-1; R21-1b the same as JSONL).
 */
function pastOf(
  table: Pick<Table, 'rowUnits' | 'source'>,
  size: number,
  rows: number,
  bytes: number,
  scored = 0,
  read = 0,
): number {
  const rowsPast = pastTwoOf(rowsCost(table, rows, scored), size)
  const scanPast = Math.floor(Math.max(0, read - size) / SCAN_BYTES_A_ROW)
  const text = size + (table.source !== undefined ? CSV_PARSE_RECORD_BYTES * Math.floor(size / 2) : 0)
  return Math.max(rowsPast, scanPast) + Math.floor(Math.max(0, bytes - text) / TEXT_BYTES_A_ROW)
}

/** The run's rows read again or past two a byte, at `rows`, against its bound: for the problems. */
function runTotal(ledger: ReadLedger, rows: number): string {
  return `the rows this run reads again, or past two a byte of its files, to ${groupDigits(rows)}, more than ${groupDigits(ledger.limit)}`
}

/** The pass's watch of an audit's files (`PassOptions.onTable`): a read of content read before is charged its rows first. */
function rereadWatch(ledger: ReadLedger, scored = 0, why = 'ROC AUC keeps its score'): TableWatch {
  const charged = new WeakSet<Table>()
  // A table's text bytes (`Table.textBytes`) and decompressed bytes (`Table.readBytes`) when this read began.
  const starts = new WeakMap<Table, { text: number; read: number }>()
  const bytesOf = (table: Table): number => (table.textBytes?.() ?? 0) - (starts.get(table)?.text ?? 0)
  const readOf = (table: Table): number => (table.readBytes?.() ?? 0) - (starts.get(table)?.read ?? 0)
  // Tables whose rows past two a byte were charged before the read, from the rows they declare,
  // and what that charged: their read is charged what it costs past that (the bytes its pages
  // decode to, when they cost more than its rows: red team 23 R23-1, R23-2).
  const declared = new WeakMap<Table, number>()
  const paid = (table: Table): number => Math.max(0, declared.get(table) ?? 0)
  const total = (rows = ledger.reread): string => runTotal(ledger, rows)
  /**
   * A file's rows past two of its bytes, as a problem: past the run's bound. A CSV's text bytes
   * are csv-parse's (`Table.textBytes`): said only when it read some.
   */
  const expands = (
    rows: number,
    size: number,
    past: number,
    sofar: boolean,
    taken: number,
    table: Table,
    bytes: number,
    read: number,
  ): string => {
    const csv = table.source !== undefined
    const text = table.textBytes !== undefined && (!csv || bytes > 0)
    // Its decompressed bytes, when they cost more than its rows (SCAN_BYTES_A_ROW).
    const scan =
      read > size && Math.floor((read - size) / SCAN_BYTES_A_ROW) > pastTwoOf(rowsCost(table, rows, scored), size)
        ? read
        : undefined
    return expandsProblem(
      rows,
      size,
      past,
      sofar,
      total(taken),
      table.rowUnits === undefined && scored === 0 && !(csv && text) ? undefined : (table.rowUnits ?? 1) + scored,
      text,
      scored > 0,
      csv,
      scan,
      why,
    )
  }
  return {
    before(table, display) {
      const content = ledger.tables.get(table)
      const earlier = content === undefined ? undefined : ledger.rows.get(content.key)
      if (!earlier && content !== undefined && table.declaredRows !== undefined && !declared.has(table)) {
        // A Parquet file says its rows before they are read, so its rows past two a byte are
        // charged first: bytes no decoder reads (zeros between or after its column chunks, which
        // git stores in a few bytes) earn it rows under the ratio check, and a read costs its rows
        // whatever its bytes (red team 10 R10-5 to R10-7: a 2.1 MB file of 2 KB gzipped held 33.5
        // million rows, 18 s of CPU).
        const rows = table.declaredRows
        const past = pastTwoOf(rows * (1 + scored), content.size)
        declared.set(table, past)
        starts.set(table, { text: table.textBytes?.() ?? 0, read: table.readBytes?.() ?? 0 })
        if (past > 0)
          chargeRows(
            ledger,
            past,
            display,
            () =>
              `says it holds ${plural(rows, 'row')} in ${plural(content.size, 'byte')}${scored > 0 ? ` (a row counted as ${1 + scored}: ${why})` : ''}, ${groupDigits(past)} more than two a byte: that takes ${total()}, counted before a row is read; real evaluation data takes several bytes a row in Parquet (a score alone takes 4 to 8): give the warehouse's counts (\`format: counts\`) for tables this large`,
          )
        return
      }
      starts.set(table, { text: table.textBytes?.() ?? 0, read: table.readBytes?.() ?? 0 })
      if (!earlier || earlier.table === table || charged.has(table)) return
      charged.add(table)
      // A CSV file read again costs its bytes when they cost more than its rows (CSV_BYTES_A_ROW):
      // its decompressed bytes, as its first read read them, at least its size on disk (a .csv.gz
      // of 1,000 records just under the fast pass's 1 MiB, 1 MB at the ratio of 1100, was charged
      // 32,000 rows a read: 50 audits 59 s of CPU, 299 s with quoted line endings in its cells,
      // red team 17 R17-1).
      const fileBytes = content === undefined ? 0 : Math.max(content.size, earlier.read)
      const csvBytes = table.source !== undefined ? Math.floor(fileBytes / CSV_BYTES_A_ROW) : 0
      const rowCost = costOf(table, earlier.rows, earlier.bytes, scored, earlier.read)
      const byBytes = csvBytes > rowCost && earlier.pages === 0 && table.rowUnits === undefined
      const held =
        earlier.pages > 0
          ? Math.floor(earlier.read / SCAN_BYTES_A_ROW) > rowsCost(table, earlier.rows, scored)
            ? `${plural(earlier.rows, 'row')} in ${plural(earlier.pages, 'page')}, ${plural(earlier.read, 'byte')} decoded, ${SCAN_BYTES_A_ROW} counted as a row, a page as ${PAGE_ROWS} rows`
            : `${plural(earlier.rows, 'row')} in ${plural(earlier.pages, 'page')}, a page counted as ${PAGE_ROWS} rows`
          : table.source !== undefined && earlier.bytes > 0 && !byBytes
            ? `${plural(earlier.rows, 'row')}, ${plural(earlier.bytes, 'byte')} of them read by csv-parse, ${jsonCost((table.rowUnits ?? 1) + scored, true, scored > 0, true, why)}`
            : table.rowUnits !== undefined
              ? table.textBytes !== undefined
                ? `${plural(earlier.rows, 'record')} in ${plural(earlier.bytes, 'byte')}, ${jsonCost(table.rowUnits + scored, true, scored > 0, false, why)}`
                : `${plural(earlier.rows, 'record')}, ${jsonCost(table.rowUnits + scored, false)}`
              : byBytes
                ? `${plural(earlier.rows, 'row')} in ${plural(fileBytes, 'byte')}${fileBytes > (content?.size ?? 0) ? ' decompressed' : ''}, ${CSV_BYTES_A_ROW} bytes counted as a row`
                : scored > 0
                  ? `${plural(earlier.rows, 'row')}, ${jsonCost(1 + scored, false, true, false, why)}`
                  : plural(earlier.rows, 'row')
      chargeRows(
        ledger,
        (byBytes ? csvBytes : rowCost) + PAGE_ROWS * earlier.pages,
        display,
        () =>
          `holds what ${earlier.display === display ? 'an earlier audit of this run read' : `${earlier.display} held, read earlier in this run`} (${held}): reading it again would take ${total()} (each audit reads its files in a pass of its own); run these audits separately (\`--audit NAME\`), or audit one copy of the file`,
      )
    },
    during(table, display, rows) {
      // A compressed text file streams: its rows past two a byte are checked as they are read, so
      // a .gz that expands a thousand times stops at the bound, not after its last row.
      const content = ledger.tables.get(table)
      // Content read before was charged in full before this read; a Parquet file, its rows from
      // its footer: what its read costs past them is checked as it reads.
      if (content === undefined || ledger.rows.has(content.key)) return
      const bytes = bytesOf(table)
      const read = readOf(table)
      const past = pastOf(table, content.size, rows, bytes, scored, read) - paid(table)
      if (past > 0 && ledger.reread + past > ledger.limit)
        throw new ProblemError([
          {
            file: display,
            message: expands(rows, content.size, past, true, ledger.reread + past, table, bytes, read),
          },
        ])
    },
    after(table, display, rows) {
      const content = ledger.tables.get(table)
      if (content === undefined || ledger.rows.has(content.key)) return
      const bytes = bytesOf(table)
      const read = readOf(table)
      ledger.rows.set(content.key, {
        rows,
        pages: table.pagesRead?.() ?? 0,
        bytes,
        read,
        display,
        table,
      })
      const past = pastOf(table, content.size, rows, bytes, scored, read) - paid(table)
      if (past <= 0) return
      chargeRows(ledger, past, display, () =>
        expands(rows, content.size, past, false, ledger.reread, table, bytes, read),
      )
    },
  }
}

/**
 * Characters of column names the run's files may have in all, each file once (the same file read by
 * several audits is charged once; a copy of it is another file, opened and held on its own: 1,000
 * copies of one 3.4 KB .csv.gz, one git blob, took 14.1 s and 972 MB when a content was charged once,
 * red team 30 R30-5): one file's header
 * is bounded (`MAX_HEADER_CHARS`, 1 MiB), but an audit reads up to 1,000 files and each one's names
 * are parsed (some 45 ns a character) and held while the run reads: 400 .csv.gz files of 3.4 KB,
 * each a header of 1 MiB of names, took 25.9 s of CPU and 1,053 MB, exit 0 (red team 29 R29-6).
 * 1,000 files of 800 columns of 20 characters are within it.
 */
export const MAX_RUN_HEADER_CHARS = 16 * 1024 * 1024

/**
 * Characters of column names the run's audits may parse in all, a file's header once per audit that
 * opens it (each audit opens its files, and reads and splits their headers, itself): the header
 * bound above charges a content once, and 16 .csv.gz of 1 MiB headers read by 50 audits were 800 MiB
 * of names parsed, 17 s of CPU (red team 31 R31-5). 8 audits of files
 * of 16 MiB of names in all (the header bound) fit, some 2.5 s of parsing.
 */
export const MAX_RUN_HEADER_PARSE_CHARS = 128 * 1024 * 1024

/**
 * Charges `table`'s column names to the run's: every open to MAX_RUN_HEADER_PARSE_CHARS, a file's
 * content once to MAX_RUN_HEADER_CHARS; the problem past either, or null.
 */
function chargeHeader(headers: RunInputBudget['headers'], table: Table, key: string, display: string): Problem | null {
  let chars = 0
  for (const c of table.columns) chars += c.length
  headers.parsed -= chars
  if (headers.parsed < 0)
    return {
      file: display,
      message: `the run's audits parse column names of ${groupDigits(MAX_RUN_HEADER_PARSE_CHARS - headers.parsed)} characters with this file's, past the ${groupDigits(MAX_RUN_HEADER_PARSE_CHARS)} a run may parse in all (a file's header is read again by every audit that reads the file): audit the files in fewer audits, or keep only the columns the audits read`,
    }
  if (headers.charged.has(key)) return null
  headers.charged.add(key)
  headers.left -= chars
  if (headers.left >= 0) return null
  return {
    file: display,
    message: `its column names take ${groupDigits(chars)} characters, past the ${groupDigits(MAX_RUN_HEADER_CHARS)} the files of a run may have in all (each file's names are held while the run reads): audit fewer files, or keep only the columns the audit reads`,
  }
}

/**
 * A group column the files of one audit store as different types, as problems: a value is named
 * by its type (a BOOLEAN `true`, a DOUBLE 1.0 `1`, a string `1.0` as written), so 40 rows moved to
 * a Parquet shard whose column is a string fell out of the group their twins are in, and a failing
 * gate passed, where DuckDB over the same glob reads them in the first file's type (red team 30
 * R30-1). The files' own types, not their extensions, decide.
 */
function groupTypeProblems(
  audit: AuditConfig,
  tables: readonly { table: Table; display: string }[],
  configFile: string,
): Problem[] {
  const problems: Problem[] = []
  const bins = audit.bins ?? {}
  // A binned column's values are numbers, whatever their type: binned alike.
  for (const column of sensitiveColumns(audit).filter((c) => !Object.hasOwn(bins, c))) {
    let first: { type: string; display: string } | null = null
    for (const { table, display } of tables) {
      const at = table.columns.indexOf(column)
      const type = at >= 0 ? table.columnTypes?.[at] : undefined
      if (type === undefined) continue
      if (!first) first = { type, display }
      else if (type !== first.type) {
        const pos = audit.keyPos.data ?? audit.pos
        problems.push({
          file: configFile,
          line: pos.line,
          column: pos.column,
          message: `${audit.control.includes(column) ? 'control' : 'sensitive'} column '${column}' is ${first.type} in ${first.display} and ${type} in ${display}: a value is named by its type (a boolean true is the group \`true\`, a number 1.0 is \`1\`, text is as written), so the same rows would fall in other groups by the file they are in; write the column with one type in every file`,
        })
        break
      }
    }
  }
  return problems
}

/** How a format names a typed value as a group: as its text (CSV, TSV), as JSON's, as Parquet's. */
const FORMAT_FAMILY: Record<string, string> = {
  csv: 'text',
  tsv: 'text',
  json: 'JSON',
  jsonl: 'JSON',
  parquet: 'Parquet',
}

/**
 * Why an audit's files cannot be audited together, or null: files of formats that name values
 * differently, a CSV and a Parquet or JSON file. A Parquet BOOLEAN names its group `true` where the
 * CSV pandas writes says `True`, a DOUBLE 1.0 names `1` where the CSV says `1.0`: the same 240
 * rows failed a gate as one CSV and passed it with 40 of them moved to a Parquet shard, a group of
 * their own below `min_group_size` (red team 29 R29-7).
 */
function mixedFormats(audit: AuditConfig, files: readonly { path: string; display: string }[]): string | null {
  // A counts table is read by its extension too (red team 30 R30-2: a CSV and a Parquet counts table split `True`/`true`).
  if (audit.format !== undefined && audit.format !== 'counts') return null
  const first = new Map<string, string>()
  for (const f of files) {
    const format = formatFromPath(f.path)
    const family = format === undefined ? undefined : FORMAT_FAMILY[format]
    if (family !== undefined && !first.has(family)) first.set(family, f.display)
  }
  if (first.size < 2) return null
  const seen = [...first].map(([family, file]) => `${family === 'text' ? 'CSV/TSV' : family} (${file})`)
  return `the data files mix formats that name values differently: ${seen.join(', ')}; a Parquet or JSON boolean is the group \`true\` where a CSV says \`True\`, a number 1.0 is \`1\` where a CSV says \`1.0\`, so the same rows would fall in other groups by the file they are in: convert the shards to one format`
}

export function newRunInputBudget(rereadRows?: number): RunInputBudget {
  return {
    allowance: { left: RUN_DECOMPRESSION_ALLOWANCE },
    footers: { left: MAX_RUN_FOOTER_STRUCTS, bytesLeft: MAX_RUN_FOOTER_BYTES },
    directories: { used: 0 },
    files: { used: 0 },
    headers: { left: MAX_RUN_HEADER_CHARS, charged: new Set(), parsed: MAX_RUN_HEADER_PARSE_CHARS },
    reads: newReadLedger(rereadRows),
  }
}

/**
 * Data files a run may open over all its audits: each open costs milliseconds whatever the file's
 * size, and 50 audits of 1,000 files each (MAX_AUDIT_DATA_FILES) could open 50,000 (red team 6 N6-1:
 * 50 audits × 100 one-KB files ran past 20 s).
 */
export const MAX_RUN_DATA_FILES = 1000

async function prepareAudit(
  audit: AuditConfig,
  configFile: string,
  root: PathRoot,
  budget: RunInputBudget = newRunInputBudget(),
): Promise<{ prepared: Prepared | null; problems: Problem[] }> {
  const problems: Problem[] = []
  if (audit.data.length === 0) return { prepared: null, problems }
  const positions = audit.data.map((_, j) => audit.keyPos[`data[${j}]`] ?? audit.keyPos.data)
  const { files, problems: pathProblems } = await resolveDataFiles(
    audit.data,
    root,
    configFile,
    budget.directories,
    undefined,
    positions,
  )
  problems.push(...pathProblems)
  budget.files.used += files.length
  if (budget.files.used > MAX_RUN_DATA_FILES) {
    const pos = audit.keyPos.data ?? audit.pos
    problems.push({
      file: configFile,
      line: pos.line,
      column: pos.column,
      message: `the audits of this run read more than ${MAX_RUN_DATA_FILES.toLocaleString('en-US')} data files in all (${budget.files.used.toLocaleString('en-US')} with this audit's ${files.length.toLocaleString('en-US')}); combine the shards into fewer files, or run fewer audits at a time (\`--audit NAME\`)`,
    })
    return { prepared: null, problems }
  }
  const mixed = mixedFormats(audit, files)
  if (mixed) {
    const pos = audit.keyPos.data ?? audit.pos
    problems.push({ file: configFile, line: pos.line, column: pos.column, message: mixed })
    return { prepared: null, problems }
  }
  const tables: Prepared['tables'] = []
  let failed = 0
  for (const [i, f] of files.entries()) {
    // Past the run's header parsing (said once, at the file past it), no audit opens more.
    if (budget.headers.parsed < 0) break
    if (failed >= MAX_FILE_PROBLEMS) {
      const pos = audit.keyPos.data ?? audit.pos
      problems.push({
        file: configFile,
        line: pos.line,
        column: pos.column,
        message: `${plural(files.length - i, 'more data file')} not opened after ${MAX_FILE_PROBLEMS} with problems; fix those first`,
      })
      break
    }
    const format = audit.format ?? formatFromPath(f.path)
    if (!format) {
      const pos = audit.keyPos.data ?? audit.pos
      problems.push({
        file: configFile,
        line: pos.line,
        column: pos.column,
        message: `cannot tell the format of ${f.display} from its extension; set \`format\` (csv, tsv, jsonl, json or parquet)`,
      })
      continue
    }
    try {
      // Its content first (a file that cannot be stat'ed is left to the reader's messages): a JSON
      // file's keys are read once a run, and that read is bounded by what the run has left.
      let content: { key: string; size: number } | undefined
      try {
        content = await contentKey(f, budget.reads)
      } catch {
        content = undefined
      }
      const table = await openTable(f.path, f.display, format, audit.delimiter, {
        maxDecompressedBytes: audit.max_decompressed_bytes,
        maxDecompressionRatio: audit.max_decompression_ratio,
        identity: f.id,
        allowance: budget.allowance,
        footers: budget.footers,
        ...(content && {
          keysOf: { key: content.key, columns: budget.reads.keys },
          onKeys: keysWatch(budget.reads, content.size, f.display),
        }),
      })
      const key = content ?? (await contentKey(f, budget.reads))
      budget.reads.tables.set(table, key)
      const overHeaders = chargeHeader(budget.headers, table, `${f.path}\0${key.key}`, f.display)
      if (overHeaders) {
        problems.push(overHeaders)
        break
      }
      tables.push({ table, display: f.display })
    } catch (e) {
      if (e instanceof ProblemError) problems.push(...e.problems)
      else throw e
      failed++
    }
  }
  problems.push(...groupTypeProblems(audit, tables, configFile))
  // A column missing from many files of a glob is one problem, at its first file, counting the
  // others: one per file was 32,000 problems of 4 KB for 32 names and 1,000 files (red team 31 R31-10).
  const missing = new Map<string, { problem: Problem; more: number }>()
  const lacks = (key: string, column: string, t: { table: Table; display: string }, role: string): void => {
    const id = `${key}\0${column}`
    const seen = missing.get(id)
    if (seen) {
      seen.more++
      return
    }
    const problem = columnProblem(audit, configFile, key, column, t, role)
    missing.set(id, { problem, more: 0 })
    problems.push(problem)
  }
  for (const t of tables) {
    if (audit.format === 'counts') {
      for (const column of countsColumns(audit)) {
        if (!t.table.columns.includes(column)) lacks('data', column, t, 'counts')
      }
      continue
    }
    const only = t.table.columns.length === 1 ? (t.table.columns[0] as string) : null
    const delimiter = only !== null && (audit.format ?? 'csv') !== 'json' ? /[;\t|,]/.exec(only)?.[0] : undefined
    if (delimiter !== undefined) {
      // One column whose name holds a delimiter: the file is split wrongly, and every
      // column check would fail for that one reason. Say the reason once.
      const tab = delimiter === '\t'
      problems.push({
        file: t.display,
        line: 1,
        message: `the header has a single column ${JSON.stringify(only)}; the file looks ${tab ? 'tab' : `'${delimiter}'`}-delimited: set \`delimiter: "${tab ? '\\t' : delimiter}"\`${tab ? ' or `format: tsv`' : ''}`,
      })
      continue
    }
    // Names by their lower case, for a column whose name differs from another's only in case.
    let byCase: Map<string, string[]> | undefined
    const caseTwins = (column: string): string[] => {
      if (!byCase) {
        byCase = new Map()
        for (const c of t.table.columns) {
          const k = c.toLowerCase()
          const list = byCase.get(k)
          if (list) list.push(c)
          else byCase.set(k, [c])
        }
      }
      return (byCase.get(column.toLowerCase()) ?? []).filter((c) => c !== column)
    }
    // DuckDB's names for a CSV/TSV header, for a column its query would read elsewhere (R38-2).
    let duckNames: string[] | undefined
    const renamed = new Set<string>()
    const duckProblem = (column: string, role: string): Problem | null => {
      if (renamed.has(column)) return null
      const header = t.table.source?.header
      if (!header) {
        const twin = renamedTwin(t.table, column)
        if (twin === null) return null
        renamed.add(column)
        return {
          file: t.display,
          line: 1,
          message: `the file has columns '${warningName(twin[0])}' and '${warningName(twin[1])}', and the audit's ${role} column is '${warningName(column)}': DuckDB's read_json and read_parquet rename one of two names that are equal but for case by appending _1, _2, …, so that name could be another column's and the warehouse query of \`model-audit-gate sql\` read another column than this audit (red team 38 R38-2); rename one of them`,
        }
      }
      duckNames ??= duckDbCsvNames(header)
      const at = t.table.columns.indexOf(column)
      const reads = duckDbColumnIndex(duckNames, column)
      // No column of that name: the query fails. A copy or case twin: checked row by row below.
      if (reads < 0 || reads === at || (header[reads] as string).toLowerCase() === column.toLowerCase()) return null
      renamed.add(column)
      const cell = header[reads] as string
      const why = /^ *$/.test(cell)
        ? 'it names an empty header cell columnN, N its index from 0'
        : cell.replace(ZS_ENDS, '') !== cell
          ? 'it trims spaces from both ends of a name'
          : 'it renames a repeated name by appending _1, _2, …'
      return {
        file: t.display,
        line: 1,
        column: at + 1,
        message: `the header's column ${at + 1} '${warningName(column)}' is the audit's ${role} column, but DuckDB's read_csv would name column ${reads + 1} (${showValue(cell)}) '${warningName(column)}' and column ${at + 1} '${warningName(duckNames[at] as string)}' (${why}), so the warehouse query of \`model-audit-gate sql\` reads another column than this audit (red team 38 R38-2); rename column ${reads + 1}`,
      }
    }
    const check = (key: string, column: string | undefined, role: string): void => {
      if (column && !t.table.columns.includes(column)) lacks(key, column, t, role)
      else if (column) {
        const problem = duckProblem(column, role)
        if (problem) problems.push(problem)
        const copies = t.table.duplicates?.find((d) => d[0] === column)
        if (copies) duplicated.push({ copies, role })
        const twins = caseTwins(column)
        if (twins.length > 0 && !duplicated.some((d) => d.copies[0] === column && d.caseOnly))
          duplicated.push({ copies: [column, ...twins], role, caseOnly: true })
      }
    }
    const duplicated: { copies: string[]; role: string; caseOnly?: boolean }[] = []
    check('label', audit.label, 'label')
    check('prediction', audit.prediction, 'prediction')
    check('score', audit.score, 'score')
    check('weight', audit.weight, 'weight')
    audit.sensitive.forEach((s, j) => check(`sensitive[${j}]`, s, 'sensitive'))
    audit.intersections.forEach((x, j) =>
      x.forEach((c, k) =>
        check(`intersections[${j}][${k}]`, audit.sensitive.includes(c) ? undefined : c, 'intersection'),
      ),
    )
    audit.control.forEach((c, j) => check(`control[${j}]`, c, 'control'))
    for (const d of duplicated) {
      const problem = await sameCopies(t, d.copies, d.role, d.caseOnly)
      if (problem) problems.push(problem)
    }
  }
  for (const { problem, more } of missing.values())
    if (more > 0) problem.message += `; nor is it in ${plural(more, 'other data file')}`
  return { prepared: { audit, tables, paths: files.map((f) => f.path) }, problems }
}

/**
 * Named reference groups must exist: a typo there would otherwise silently compare nothing.
 * With control levels, in at least one level (a level without it has no `to_reference` value).
 */
function checkReferences(audit: AuditConfig, tables: readonly MetricTable[], configFile: string): Problem[] {
  const problems: Problem[] = []
  for (const [index, grouping] of (tables[0]?.groupings ?? []).entries()) {
    const label = grouping.columns.join(' × ')
    const spec = audit.reference[label]
    if (typeof spec !== 'object') continue
    const all = tables.flatMap((t) => t.groupings[index]?.groups ?? [])
    if (all.some((g) => g.present && g.key === spec.group)) continue
    const keys = [...new Set(all.filter((g) => g.present).map((g) => g.key))]
    const pos = audit.pos
    problems.push({
      file: configFile,
      line: pos.line,
      column: pos.column,
      message: `reference group '${spec.group}' is not a group of ${label}${didYouMean(spec.group, keys) || `; groups: ${keys.slice(0, 20).join(', ')}`}`,
    })
  }
  return problems
}

/**
 * Groups a run's gates may judge in all (each gate over every group of its scope's groupings): a
 * judgment, its interval and the groups a gate names or skips are kept in the report, and 100
 * `each_group` gates over 20,000 groups from a 185 KB .csv.gz peaked at 446 MB and wrote a 240 MB
 * report when they failed (red team 29 R29-4). Five gates over the run's largest grouping fit.
 */
export const MAX_RUN_JUDGED_GROUPS = 100_000

/**
 * Characters of the names of the groups a run's gates judge in all (a name counted once per gate
 * that judges it): each gate's result repeats them. 100,000 judged groups of 999-character names
 * wrote a 215 MB report and peaked at 1.25 GB in the action (red team 31 R31-12); 100,000 of 40
 * characters fit.
 */
export const MAX_RUN_JUDGED_NAME_CHARS = 4_000_000

/** What a run's gates may still judge: groups (`MAX_RUN_JUDGED_GROUPS`) and their names' characters (`MAX_RUN_JUDGED_NAME_CHARS`). */
export interface JudgedBudget {
  left: number
  chars: number
}

/** Charges an audit's judged groups and their names to the run's (`JudgedBudget`); a problem at `gates` past either. */
function chargeJudged(
  judged: JudgedBudget | undefined,
  n: { groups: number; chars: number },
  audit: AuditConfig,
  configFile: string,
): void {
  if (!judged) return
  judged.left -= n.groups
  judged.chars -= n.chars
  if (judged.left >= 0 && judged.chars >= 0) return
  const pos = audit.keyPos.gates ?? audit.pos
  const each = `each gate over every group of its attributes${audit.control.length > 0 ? ', in every control level' : ''}`
  throw new ProblemError([
    {
      file: configFile,
      line: pos.line,
      column: pos.column,
      message:
        judged.left < 0
          ? `the gates of audit '${audit.name}' judge ${groupDigits(n.groups)} groups (${each}), past the ${groupDigits(MAX_RUN_JUDGED_GROUPS)} a run's gates may judge in all: each judgment is kept in the report; gate fewer attributes, or bin them into fewer groups`
          : `the gates of audit '${audit.name}' judge groups whose names take ${groupDigits(n.chars)} characters (${each}, a name counted once per gate that judges it), past the ${groupDigits(MAX_RUN_JUDGED_NAME_CHARS)} a run's gates may judge in all: each gate's result repeats the names of its groups; gate fewer attributes, use fewer gates, or give the groups shorter names`,
    },
  ])
}

/** Runs one prepared audit: the pass, the table, the disparities, the gates. */
export async function runPrepared(
  p: Prepared,
  configFile = '',
  options: Pick<RunOptions, 'onProgress' | 'progressIntervalMs' | 'fast'> & {
    groups?: GroupBudget
    bootstrap?: BootstrapBudget
    /** The run's files by content (`MAX_RUN_REREAD_ROWS`); none: no bound on reading again. */
    reads?: ReadLedger
    /** Groups the run's gates may judge in all (`MAX_RUN_JUDGED_GROUPS`), shared by its audits. */
    judged?: JudgedBudget
  } = {},
): Promise<AuditReport> {
  const { audit } = p
  const onProgress = options.onProgress
  const { acc, stats } = await accumulateRows(audit, p.tables, {
    onProgress: onProgress ? (x) => onProgress(audit.name, x) : undefined,
    progressIntervalMs: options.progressIntervalMs,
    fast: options.fast,
    groups: options.groups ? { budget: options.groups, audit: audit.name } : undefined,
    onTable: options.reads ? rereadWatch(options.reads, scoreRowUnits(audit), scoreRowWhy(audit)) : undefined,
  })
  // The pass is done: a large scan memory kept for another pass is let go before the statistics.
  if (ScanMemory.dropSpare(COLLECT_FROM_BYTES) > 0) collectGarbage()
  const table = computeMetricTable(acc, {
    zeroDivision: audit.zero_division,
    minGroupSize: audit.min_group_size,
    minPositives: audit.min_positives,
    minNegatives: audit.min_negatives,
    level: audit.confidence?.level,
    binLabels: Object.fromEntries(Object.entries(audit.bins ?? {}).map(([c, edges]) => [c, binLabels(edges)])),
  })
  if (audit.control.length > 0)
    return runControlled(
      p,
      audit,
      table,
      acc.withScores,
      stats,
      configFile,
      options.bootstrap ?? new BootstrapBudget(),
      options.judged,
    )
  const referenceProblems = checkReferences(audit, [table], configFile)
  if (referenceProblems.length > 0) throw new ProblemError(referenceProblems)
  const bootstrap = audit.confidence
    ? new TableBootstrap(
        table,
        audit.confidence,
        audit.zero_division,
        {},
        options.bootstrap,
        null,
        gatedGroupings(audit.gates, table),
      )
    : null
  // The metric intervals and the disparities read one draw of each grouping (drawn once, by the disparities).
  const fillMetricIntervals = bootstrap ? deferBootstrapMetricIntervals(table, bootstrap) : undefined
  const disparities = computeDisparities(table, {
    hasScore: acc.withScores,
    fairlearnNaN: audit.zero_division === 'fairlearn',
    bootstrap,
    references: audit.reference,
  })
  fillMetricIntervals?.()
  chargeJudged(options.judged, judgedGroups(audit.gates, table), audit, configFile)
  const gates = evaluateGates(audit.gates, table, {
    zeroDivision: audit.zero_division,
    bootstrap,
    references: audit.reference,
  })
  const warnings = new BoundedWarnings()
  for (const t of p.tables) for (const w of t.table.warnings) warnings.push(`${t.display}: ${w}`)
  if (bootstrap)
    for (const [g] of table.groupings.entries()) {
      const why = bootstrap.tooLarge(g)
      if (why) warnings.push(why)
    }
  for (const w of passWarnings(audit, stats)) warnings.push(w)
  return assembleAuditReport({
    audit,
    data: p.tables.map((t) => t.display),
    stats,
    table,
    disparities,
    gates,
    warnings: warnings.list(),
  })
}

function passWarnings(audit: AuditConfig, stats: Awaited<ReturnType<typeof accumulateRows>>['stats']): string[] {
  const warnings = [...(stats.warnings ?? [])]
  if (stats.dropped > 0)
    warnings.push(`${plural(stats.dropped, 'row')} dropped for a missing sensitive value (missing: drop)`)
  if (stats.missingAsGroup > 0)
    warnings.push(`${stats.missingAsGroup} missing sensitive value(s) audited as the group '${audit.missing_group}'`)
  return warnings
}

/** A gate's `control_level` must name a level of the data (values joined by ' | '). */
function checkControlLevels(audit: AuditConfig, levels: readonly ControlLevel[], configFile: string): Problem[] {
  const keys = levels.map((l) => l.key)
  return audit.gates
    .filter((g) => g.control_level !== undefined && !keys.includes(g.control_level))
    .map((g) => {
      const pos = g.control_level_pos ?? g.pos
      return {
        file: configFile,
        line: pos.line,
        column: pos.column,
        message: controlLevelMessage(g.control_level as string, audit.control, keys),
      }
    })
}

/**
 * An audit with control columns: the table split by level (`stats/control.ts`), and each level
 * bootstrapped, compared and gated as an uncontrolled audit's table is, one level at a time (so
 * only one level's bootstrap replicates are held at once); the gates then keep the worst level,
 * or the one they name (`gate/control.ts`).
 */
export { MAX_CONTROL_LEVELS }

/**
 * Data files of an audit whose opening (header read, a JSON file's keys) may fail before the
 * rest are not opened: each failing file costs up to its decompression bound, and one more
 * problem of the same kind tells nothing new (red team 7 R7-5: 1,000 committed 1.5 KB .csv.gz
 * and .jsonl.gz files, each failing on the run's used-up decompression pool, took over 60 s).
 */
export const MAX_FILE_PROBLEMS = 10

/** A level's bootstrap keeps no replicates for reuse and draws in blocks of 1 MB: a level's table is small, and 190 levels each holding their own 16 MB took a controlled audit past 256 MB. */
const LEVEL_BOOTSTRAP_MEMORY = { keep: 0, block: 2 ** 17 }

function runControlled(
  p: Prepared,
  audit: AuditConfig,
  table: MetricTable,
  hasScore: boolean,
  stats: Awaited<ReturnType<typeof accumulateRows>>['stats'],
  configFile: string,
  run: BootstrapBudget,
  judged?: JudgedBudget,
): AuditReport {
  const levels = splitByControl(table, audit.control)
  if (levels.length > MAX_CONTROL_LEVELS) {
    const pos = audit.keyPos.control ?? audit.pos
    throw new ProblemError([
      {
        file: configFile,
        line: pos.line,
        column: pos.column,
        message: `control ${audit.control.map((c) => `'${c}'`).join(' × ')} has ${levels.length.toLocaleString('en-US')} levels with rows, more than the ${MAX_CONTROL_LEVELS} a controlled audit may have (each level is an audit of its own: tables, intervals, disparities and gates); control for a coarser column, or bin it (\`bins\`)`,
      },
    ])
  }
  const cells = levels.reduce((n, l) => n + l.table.groupings.reduce((m, g) => m + g.groups.length, 0), 0)
  if (cells > MAX_CONTROLLED_CELLS) {
    const pos = audit.keyPos.control ?? audit.pos
    throw new ProblemError([
      {
        file: configFile,
        line: pos.line,
        column: pos.column,
        message: `control ${audit.control.map((c) => `'${c}'`).join(' × ')} has ${levels.length.toLocaleString('en-US')} levels with ${cells.toLocaleString('en-US')} (level, group) cells in all, more than the ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} a controlled audit may have (each cell is a row of its level's tables, intervals and disparities); control for a coarser column, audit fewer attributes, or bin them (\`bins\`)`,
      },
    ])
  }
  chargeJudged(
    judged,
    levels.reduce(
      (n, l) => {
        const j = judgedGroups(audit.gates, l.table)
        return { groups: n.groups + j.groups, chars: n.chars + j.chars }
      },
      { groups: 0, chars: 0 },
    ),
    audit,
    configFile,
  )
  const problems = [
    ...checkReferences(
      audit,
      levels.map((l) => l.table),
      configFile,
    ),
    ...checkControlLevels(audit, levels, configFile),
  ]
  if (problems.length > 0) throw new ProblemError(problems)
  const warnings = new BoundedWarnings()
  for (const t of p.tables) for (const w of t.table.warnings) warnings.push(`${t.display}: ${w}`)
  // The audit's overall intervals (f1, balanced accuracy) from the levels' replicates.
  const byLevel = levelsTable(table)
  // Every level's bootstrap draws from one budget, the audit's (red team 5, F3: 2,000 levels each
  // with the full budget took minutes).
  const shared = { spent: 0 }
  const overallBoot = audit.confidence
    ? new TableBootstrap(
        byLevel,
        audit.confidence,
        audit.zero_division,
        {},
        run,
        shared,
        gatedGroupings([], byLevel, audit.gates.length > 0),
      )
    : null
  if (overallBoot) addBootstrapMetricIntervals(byLevel, overallBoot)
  const gateOptions = { zeroDivision: audit.zero_division, references: audit.reference }
  const parts: LevelParts[] = []
  const perLevel: GateResult[][][] = []
  const skippedLevels: string[] = []
  let firstReason = ''
  for (const level of levels) {
    const bootstrap = audit.confidence
      ? new TableBootstrap(
          level.table,
          audit.confidence,
          audit.zero_division,
          LEVEL_BOOTSTRAP_MEMORY,
          run,
          shared,
          gatedGroupings(audit.gates, level.table),
        )
      : null
    if (bootstrap) addBootstrapMetricIntervals(level.table, bootstrap)
    parts.push({
      level,
      disparities: computeDisparities(level.table, {
        hasScore,
        fairlearnNaN: audit.zero_division === 'fairlearn',
        bootstrap,
        references: audit.reference,
      }),
    })
    perLevel.push(evaluateLevel(audit.gates, { level, bootstrap }, gateOptions))
    if (bootstrap)
      for (const [g] of level.table.groupings.entries()) {
        const why = bootstrap.tooLarge(g)
        if (!why) continue
        // One warning for all the levels past the budget, not one per level and grouping.
        if (skippedLevels.length === 0) firstReason = why
        if (skippedLevels[skippedLevels.length - 1] !== level.key) skippedLevels.push(level.key)
      }
  }
  if (skippedLevels.length > 0) {
    const shown = skippedLevels.slice(0, 5).join(', ')
    warnings.push(
      `${skippedLevels.length} control level(s) (${shown}${skippedLevels.length > 5 ? ', …' : ''}) have groupings without bootstrap intervals; the first: ${firstReason}`,
    )
  }
  for (const w of passWarnings(audit, stats)) warnings.push(w)
  const gates = combineLevelGates(audit.gates, levels, perLevel, table, { ...gateOptions, bootstrap: overallBoot })
  return assembleAuditReport({
    audit,
    data: p.tables.map((t) => t.display),
    stats,
    table,
    disparities: [],
    gates,
    warnings: warnings.list(),
    levels: parts,
  })
}

/** Most warnings an audit keeps (each at most MAX_WARNING_CHARS); the rest are counted in one more. */
export const MAX_AUDIT_WARNINGS = 100
/** Longest warning an audit keeps; a longer one is shortened, with its length. */
export const MAX_WARNING_CHARS = 2000

/**
 * An audit's warnings, bounded: 13 files each repeating a header name 9,997 times gave 130,000
 * warnings, a 14 MB report, and a renderer that overflowed the stack (red team 4 R4-13).
 */
class BoundedWarnings {
  private readonly kept: string[] = []
  private more = 0

  push(w: string): void {
    if (this.kept.length < MAX_AUDIT_WARNINGS)
      this.kept.push(shortenValue(w, MAX_WARNING_CHARS, MAX_WARNING_CHARS - 100, 'characters in all'))
    else this.more++
  }

  list(): string[] {
    return this.more > 0
      ? [...this.kept, `and ${this.more.toLocaleString('en-US')} more warning${this.more === 1 ? '' : 's'} not shown`]
      : this.kept
  }
}

/** Problems in reading order: by file, then line and column; problems without a line first within a file. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  )
}

/** Reads, validates and runs a config file. `configFile` is relative to the workspace or absolute, and must stay inside it. */
/**
 * A missing config, naming the file beside it that differs only in its extension
 * (`model-audit.yaml` given, `model-audit.yml` there): the likeliest slip, and one the
 * default path's users make when they named their file the other way.
 */
function configNotFound(configFile: string, root: PathRoot): Problem {
  const ext = extname(configFile)
  const stem = ['.yml', '.yaml', '.json'].includes(ext.toLowerCase()) ? configFile.slice(0, -ext.length) : null
  const other =
    stem === null
      ? undefined
      : ['.yml', '.yaml', '.json']
          .map((e) => stem + e)
          .filter((candidate) => candidate !== configFile)
          .find((candidate) => {
            const at = resolvePath(root, candidate, root.dir, 'read')
            return at.ok && at.kind === 'file'
          })
  return {
    file: configFile,
    message:
      other === undefined
        ? 'config file not found; create it (see the README) or point `config` / --config at yours'
        : `config file not found, but ${other} is there: point \`config\` / --config at it (the name must match exactly)`,
  }
}

export async function runConfigFile(configFile: string, options: RunOptions): Promise<RunOutcome> {
  const root = pathRoot(options.workspace, { allowOutside: options.allowOutside })
  const where = resolvePath(root, configFile, root.dir, 'read')
  if (!where.ok)
    return { ok: false, problems: [{ file: configFile, message: refusalMessage(where, 'config', configFile, root) }] }
  if (where.kind === 'missing') return { ok: false, problems: [configNotFound(configFile, root)] }
  if (where.kind !== 'file')
    return { ok: false, problems: [{ file: configFile, message: 'the config is not a regular file' }] }
  let text: string
  try {
    // Bounded before a byte is read: yaml builds every node before the schema's list bounds apply.
    const read = await readVerifiedWithin(where.path, where.id, CONFIG_MAX_BYTES)
    if ('tooLarge' in read) return { ok: false, problems: [configTooLarge(configFile, read.tooLarge)] }
    text = read.text
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return {
      ok: false,
      problems: [
        {
          file: configFile,
          message:
            code === 'ENOENT'
              ? configNotFound(configFile, root).message
              : `cannot read the config: ${(e as Error).message}`,
        },
      ],
    }
  }
  const outcome = await runConfigText(text, configFile, options)
  return outcome.ok ? { ...outcome, inputs: [where.path, ...outcome.inputs] } : outcome
}

/** A problem when an output would overwrite a file the run read (its config, its data, its baseline): a run never modifies what it reads. */
export function overwritesInput(
  output: string,
  inputs: readonly string[],
  what: string,
  given: string,
): Problem | null {
  if (!inputs.includes(output)) return null
  return {
    file: given,
    message: `${what} '${given}' is a file this run reads (its config, data, baseline or history); refusing to overwrite it: write the report elsewhere`,
  }
}

/** A path a run reads or writes besides the config and its data, as a shell was given it. */
export interface RunPath {
  /** How the user named it: `--json`, the `baseline` input. */
  what: string
  path: string
  /** The directory a relative `path` is relative to. */
  base: string
  mode: 'read' | 'write'
}

/**
 * Checks the baseline and output paths before anything runs, so that a refused path stops
 * the run before any comment or report claims a result. A missing file is no problem here
 * (a baseline may be absent; an output is created). `outside` tells whether a path was
 * refused only for lying outside (the CLI then names its opt-out).
 */
export function checkRunPaths(paths: readonly RunPath[], root: PathRoot): { problems: Problem[]; outside: boolean } {
  const problems: Problem[] = []
  let outside = false
  const written: { p: RunPath; path: string; id?: { dev: bigint; ino: bigint } }[] = []
  for (const p of paths) {
    const r = resolvePath(root, p.path, p.base, p.mode)
    if (!r.ok) {
      problems.push({ file: p.path, message: refusalMessage(r, p.what, p.path, root) })
      outside ||= r.refusal === 'outside'
    } else if (p.mode === 'write' && r.kind !== 'file' && r.kind !== 'missing') {
      problems.push({
        file: p.path,
        message: `${p.what} '${p.path}' exists and is not a regular file; give a file path`,
      })
    } else if (p.mode === 'write') {
      // Two outputs at one file: the second would replace the first, and the run say nothing
      // (red team 32 R32-8: `--json F --markdown F` left markdown where the JSON report was
      // named). The same real path, or (an existing file) the same device and inode: a hard link.
      const other = written.find(
        (w) => w.path === r.path || (w.id && r.id && w.id.dev === r.id.dev && w.id.ino === r.id.ino),
      )
      if (other)
        problems.push({
          file: p.path,
          message: `${p.what} '${p.path}' and ${other.p.what} '${other.p.path}' name the same file; one would overwrite the other: give each output its own path`,
        })
      else written.push({ p, path: r.path, id: r.id })
    }
  }
  return { problems, outside }
}

/** Validates and runs a config given as text; `configFile` names it in messages. */
export async function runConfigText(text: string, configFile: string, options: RunOptions): Promise<RunOutcome> {
  // A JSON config without a problem needs no YAML parser; any other is read by yaml (a chunk of its own), for its messages.
  const { config, problems }: { config: Config | null; problems: Problem[] } =
    (/\.json$/i.test(configFile) ? loadJsonConfig(text, configFile) : null) ??
    (await import('./config/load.js')).loadConfig(text, configFile)
  if (!config) return { ok: false, problems }

  let audits = config.audits
  if (options.audit !== undefined) {
    audits = audits.filter((a) => a.name === options.audit)
    if (audits.length === 0) {
      problems.push({
        file: configFile,
        message: `no audit named '${options.audit}'${
          didYouMean(
            options.audit,
            config.audits.map((a) => a.name),
          ) || `; audits: ${config.audits.map((a) => a.name).join(', ')}`
        }`,
      })
    }
  }

  const prepared: Prepared[] = []
  const root = pathRoot(options.workspace, { allowOutside: options.allowOutside })
  const inputs = newRunInputBudget(options.rereadRows)
  for (const audit of audits) {
    const r = await prepareAudit(audit, configFile, root, inputs)
    // The config's own problem with a data entry (its length) is the resolver's too: once.
    const same = (a: Problem, b: Problem): boolean =>
      a.file === b.file && a.line === b.line && a.column === b.column && a.message === b.message
    problems.push(...r.problems.filter((p) => !problems.some((q) => same(p, q))))
    if (r.prepared) prepared.push(r.prepared)
  }
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) }

  // Every audit's results are kept until the run's report is built from them all, so the
  // groups of the run share one bound (MAX_RUN_GROUPS), counted as they appear.
  const groups = new GroupBudget()
  // The run's bootstrap work, shared by its audits in order (MAX_RUN_CELL_REPLICATES).
  const bootstrap = new BootstrapBudget()
  const judged: JudgedBudget = { left: MAX_RUN_JUDGED_GROUPS, chars: MAX_RUN_JUDGED_NAME_CHARS }
  const reports: AuditReport[] = []
  for (const p of prepared) {
    try {
      reports.push(await runPrepared(p, configFile, { ...options, groups, bootstrap, reads: inputs.reads, judged }))
    } catch (e) {
      if (e instanceof ProblemError) return { ok: false, problems: e.problems }
      throw e
    } finally {
      // Its replicates (and the scan memory, below) freed now, not after the report is rendered on top of them.
      if (bootstrap.release() >= COLLECT_FROM_BYTES) collectGarbage()
    }
  }
  return {
    ok: true,
    report: buildReport(configFile, reports),
    config: { ...config, audits },
    inputs: prepared.flatMap((p) => p.paths),
  }
}

/**
 * Compares a report with the baseline report in `file` (relative to `cwd`, inside `root`,
 * by default `cwd` itself), for the CLI's `--baseline` and the action's `baseline` input. A
 * missing or unreadable file is not an error: the returned report says so, and gates that
 * need the baseline become insufficient. A path the guard refuses is never read (the shells
 * refuse it earlier, with `checkRunPaths`); here it is reported like an unreadable file.
 */
export async function compareWithBaseline(
  report: Report,
  file: string,
  cwd: string,
  root: PathRoot = pathRoot(cwd),
): Promise<Report> {
  return applyLoadedBaseline(report, await loadBaseline(file, cwd, root))
}

/**
 * A baseline report read and checked (`loadBaseline`), or why there is none, for `applyBaseline`.
 * `applyLoadedBaseline` lets go of the report (`baseline` becomes null), so that the history
 * reports read after it do not stack on it.
 */
export interface LoadedBaseline {
  baseline: Report | null
  options: { source: string; problem?: string; missing?: boolean }
  /** The report's text, in bytes: what letting go of it frees, about. */
  bytes?: number
}

/**
 * Compares a report with a baseline read before (`loadBaseline`), once: the holder then lets go
 * of the baseline report, collected at once when it was large (red team 28 R28-6: a 30 MB
 * baseline stayed reachable while two history reports of 30 MB were read, 427 MB in all).
 */
export function applyLoadedBaseline(report: Report, loaded: LoadedBaseline): Report {
  const held = loaded.baseline !== null
  // Applied in a frame of its own: this one never holds the baseline report, so the collection
  // below finds it unreachable (a value passed on from a frame can stay in its registers).
  const applied = applyReleasing(report, loaded)
  if (held && (loaded.bytes ?? 0) >= COLLECT_FROM_BYTES) collectGarbage()
  return applied
}

function applyReleasing(report: Report, loaded: LoadedBaseline): Report {
  const baseline = loaded.baseline
  loaded.baseline = null
  return applyBaseline(report, baseline, loaded.options)
}

/**
 * Reads and checks the baseline report in `file` (see `compareWithBaseline`). The shells read it
 * before the audit runs, so that its text (up to 32 MiB, with the bytes it was decoded from) is
 * garbage by the time the audit's own report is built: read after, a 29.6 MB baseline took an
 * audit of 20,000 groups from 193 MB to 261 MB (red team 12 R12-4); only the parsed report stays.
 */
export async function loadBaseline(file: string, cwd: string, root: PathRoot = pathRoot(cwd)): Promise<LoadedBaseline> {
  const loaded = await readBaseline(file, cwd, root)
  // Its text and the bytes it was decoded from are garbage now (red team 28 R28-6).
  if ((loaded.bytes ?? 0) >= COLLECT_FROM_BYTES) collectGarbage()
  return loaded
}

async function readBaseline(file: string, cwd: string, root: PathRoot): Promise<LoadedBaseline> {
  const none = (options: LoadedBaseline['options']): LoadedBaseline => ({ baseline: null, options })
  const where = resolvePath(root, file, cwd, 'read')
  if (!where.ok) return none({ source: file, problem: refusalMessage(where, 'baseline', file, root) })
  if (where.kind === 'missing')
    return none({
      source: file,
      problem: `baseline ${file} not found (the first run on a branch has none)`,
      missing: true,
    })
  if (where.kind !== 'file')
    return none({
      source: file,
      problem: `baseline ${file} is not a regular file; pass the JSON report of a previous run`,
    })
  let read: Awaited<ReturnType<typeof readReportText>>
  try {
    read = await readReportText(where.path, where.id)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const problem =
      code === 'ENOENT'
        ? `baseline ${file} not found (the first run on a branch has none)`
        : `cannot read baseline ${file}: ${(e as Error).message}`
    return none({ source: file, problem, missing: code === 'ENOENT' })
  }
  const bytes = 'text' in read ? Buffer.byteLength(read.text) : 0
  const parsed = parseBaseline(read, file)
  if ('problem' in parsed) return { ...none({ source: file, problem: parsed.problem }), bytes }
  return { baseline: parsed.report, options: { source: file }, bytes }
}
