/**
 * Progress of a long pass as one line of text, for the action's log and the CLI's
 * terminal line: rows read, rows per second, and how much of the file is read.
 */
import { visibleValue } from '../config/log-escape.js'
import type { PassProgress } from './checks.js'

/**
 * `eval.csv: 3,200,000 rows, 1,850,000 rows/s, 31% of 393 MB`. `elapsedMs` since the pass began.
 * The file's name is a value from data (a committed file's name), so it goes through
 * `visibleValue` like every other: the CLI's terminal escape keeps `ESC[…m` and `CR ESC[K` as the
 * tool's own, and a name holding them would hide or overwrite the line (red team 14 R14-7).
 */
export function formatProgress(p: PassProgress, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((p.rows * 1000) / elapsedMs) : 0
  const pct =
    p.totalBytes > 0
      ? `, ${Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes))}% of ${(p.totalBytes / 1e6).toFixed(0)} MB`
      : ''
  return `${visibleValue(p.file)}: ${p.rows.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s${pct}`
}
