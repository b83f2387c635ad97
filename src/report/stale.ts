/**
 * What is at `report-path` before a run computes its report. The recommended workflows upload
 * `report-path` with `if: always()`, as the next run's baseline or as the report a
 * `workflow_run` publisher comments: a run that stops before it writes its report (a broken
 * config, bad data, a timeout) left there whatever the pull request had committed, and a
 * planted report became the baseline (red team 28 R28-2). `report-path` is the run's output,
 * so a run clears it before it reads anything: the file removed is then no file the run read.
 * A path the guard refuses may still be one the kernel follows, into the workspace: past the
 * walk's cost bounds (`too_long`, `too_deep`), or by a link text the guard reads as outside or
 * as `.git` (`reports -> /proc/self/cwd/out`, `reports -> .git/../out`). A report behind it
 * stayed for the upload while the run stopped on the refusal, and a baseline behind one was not
 * known for the report-path file, and removed (red team 36 R36-2). For a refused path, and only
 * here, the kernel's own resolution is asked (a descriptor that only names where it ends,
 * `O_PATH`, and its `/proc/self/fd` link: linear in the path, `..` taken physically; in the
 * action's working directory, the workspace, where the upload step resolves it too), and used
 * when it lies inside the workspace and outside `.git`: the guard's walk
 * without its bounds cost 6.6 s a path (red team 37 R37-1); Node's `realpathSync` takes a link
 * text's `..` on paper and named another file than the upload takes (red team 38 R38-4), and is
 * quadratic in the path's depth too (R38-7).
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, type BigIntStats } from 'node:fs'
import { lstat, unlink } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { isGitName, isInside, kindOf, resolvePath, type PathRoot, type Resolved } from '../files/guard.js'
import { directoryFdPath, fileIdOf } from '../files/open.js'
import { parseReport, readReportText } from './check.js'

export type StaleReport =
  /** Nothing there, a path the guard refuses (its checks say so), or a directory: nothing to clear. */
  | { kind: 'none' }
  /** A symbolic link, removed (what it names is untouched): a run's report is a file it writes. */
  | { kind: 'removed_link'; path: string }
  /** A file that claims to be a Model Audit Gate report (of any version, valid or not), removed. */
  | { kind: 'removed_report'; path: string }
  /** A file that is not a report (data, a config, any other text): kept; no run reads it back as a report. */
  | { kind: 'kept'; path: string }
  /** One of `inputs`: kept, and the run refuses to overwrite it. */
  | { kind: 'input'; path: string }

/**
 * Clears `given` (resolved against `base`, inside `root`) before a run that writes its report
 * there: a link or a report is removed, anything else kept. A file that is one of `inputs` (the
 * paths of the config and the baseline, which are read before the audit) or of `realInputs` (real
 * paths already: the history reports the run's globs matched) is kept and reported, so nothing
 * the run reads is removed; a data file is never a report, so it is kept too. A history report
 * reached through a link, a plain one or one only the kernel follows, was removed, left out of
 * the trend as this run's own output and overwritten (red team 41 R41-2, R41-3).
 */
export async function clearStaleReport(
  root: PathRoot,
  given: string,
  base: string,
  inputs: readonly string[],
  realInputs: readonly string[] = [],
): Promise<StaleReport> {
  const entry = entryOf(root, given, base)
  if (entry === null) return { kind: 'none' }
  let link: boolean
  try {
    const st = await lstat(entry)
    if (!st.isSymbolicLink() && !st.isFile()) return { kind: 'none' }
    link = st.isSymbolicLink()
  } catch {
    return { kind: 'none' }
  }
  // An input named by this very path (a link included), or the file a link on the way names.
  const read = inputs.flatMap((p) => {
    const real = locate(root, p, base)
    return [entryOf(root, p, base), real.ok ? real.path : null]
  })
  if (read.includes(entry) || realInputs.includes(entry)) return { kind: 'input', path: entry }
  if (!link) {
    const where = locate(root, entry, base)
    if (!where.ok || where.kind !== 'file') return { kind: 'none' }
    let text: Awaited<ReturnType<typeof readReportText>>
    try {
      text = await readReportText(where.path, where.id)
    } catch {
      return { kind: 'kept', path: entry }
    }
    const parsed = 'text' in text ? parseReport(text.text) : text
    // Not JSON, not the tool's, or too large for any run to read back: no run takes it for a report.
    if ('rejected' in parsed && ['json', 'not_report', 'too_large'].includes(parsed.rejected.kind))
      return { kind: 'kept', path: entry }
  }
  await unlink(entry)
  return { kind: link ? 'removed_link' : 'removed_report', path: entry }
}

/** The directory entry `given` names: its parent's real path and its own name (a link there is not followed); null when refused. */
function entryOf(root: PathRoot, given: string, base: string): string | null {
  const abs = resolve(base, given)
  const parent = locate(root, dirname(abs), base)
  if (!parent.ok || parent.kind !== 'directory') return null
  return join(parent.path, basename(abs))
}

/**
 * `resolvePath` for reading; a path it refuses, as the kernel resolves it, when that lies inside
 * the workspace and outside `.git` (see the module's comment).
 */
function locate(root: PathRoot, given: string, base: string): Resolved {
  const r = resolvePath(root, given, base, 'read')
  if (r.ok) return r
  const named = kernelPath(resolve(base, given))
  if (named === null) return r
  const { path, st } = named
  if (!isInside(root.real, path) || relative(root.real, path).split(sep).some(isGitName)) return r
  return { ok: true, path, kind: kindOf(st), id: fileIdOf(st) }
}

/** Linux's O_PATH: a descriptor that names a file, opened for nothing (no read, no FIFO that blocks). */
const O_PATH = process.platform === 'linux' ? 0o10000000 : 0

/** Where the kernel's resolution of `abs` ends, and what is there; null when it ends nowhere, or off Linux. */
function kernelPath(abs: string): { path: string; st: BigIntStats } | null {
  if (O_PATH === 0 || directoryFdPath(0) === null) return null
  let fd: number
  try {
    fd = openSync(abs, constants.O_RDONLY | O_PATH)
  } catch {
    return null
  }
  try {
    return { path: readlinkSync(directoryFdPath(fd) as string), st: fstatSync(fd, { bigint: true }) }
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}
