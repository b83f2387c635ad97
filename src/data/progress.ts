/**
 * Progress of a long pass as one line of text, for the action's log and the CLI's
 * terminal line: rows read, rows per second, and how much of the file is read.
 */
import type { PassProgress } from './checks.js'

/** `eval.csv: 3,200,000 rows, 1,850,000 rows/s, 31% of 393 MB`. `elapsedMs` since the pass began. */
export function formatProgress(p: PassProgress, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((p.rows * 1000) / elapsedMs) : 0
  const pct =
    p.totalBytes > 0
      ? `, ${Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes))}% of ${(p.totalBytes / 1e6).toFixed(0)} MB`
      : ''
  return `${p.file}: ${p.rows.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s${pct}`
}
