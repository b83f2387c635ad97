/**
 * The path guard: every path a run reads or writes (config, data and globs, baseline, the
 * workflow_run report, the JSON report and markdown outputs) goes through `resolvePath`
 * before the file is opened. A pull request controls the config, the data, the baseline and
 * whatever sits at the report path, so none of them may lead outside the workspace: an
 * absolute path elsewhere, a `../` escape and a symbolic link (on any component) whose
 * target lies outside are refused before anything is read or written.
 *
 * Symbolic links are resolved here, one component at a time (lstat, readlink), instead of
 * with `realpath`: a link that points outside is refused from its text alone, so the guard
 * never touches the filesystem outside the workspace, and whether the target exists there
 * cannot change the answer. The returned path is real (no link left in it): callers open
 * that path, not the one they were given.
 *
 * This module imports nothing from the other layers, so every layer and both shells can use it.
 */
import { lstatSync, readlinkSync, realpathSync, type BigIntStats } from 'node:fs'
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path'
import { fileIdOf, type FileId } from './open.js'

/** The directory every path must stay in. */
export interface PathRoot {
  /** The workspace as given, absolute. */
  dir: string
  /** Its real path; every resolved path lies under it. */
  real: string
  /**
   * Paths may leave the workspace (the CLI's `--allow-outside-workspace`, for a user's own
   * files such as `/tmp/report.json`). Only a command-line flag sets it: never a config, an
   * action input or an environment variable, which a pull request could reach.
   */
  allowOutside: boolean
  /**
   * Components of symbolic links' texts the run's resolutions may still walk
   * (`MAX_RUN_LINK_STEPS`), shared by every path of the run; none: only each path's own bound
   * (`MAX_PATH_LINK_STEPS`).
   */
  linkSteps?: { left: number }
}

/** The root of a run: GITHUB_WORKSPACE for the action, the CLI's `-C` directory (default: the current directory). */
export function pathRoot(dir: string, options: { allowOutside?: boolean } = {}): PathRoot {
  const abs = resolve(dir)
  let real = abs
  try {
    real = realpathSync(abs)
  } catch {
    // A workspace that does not exist: every path under it is then simply not found.
  }
  return { dir: abs, real, allowOutside: options.allowOutside ?? false, linkSteps: { left: MAX_RUN_LINK_STEPS } }
}

/** Why a path was refused. */
export type Refusal =
  /** Absolute elsewhere, or `../` out of the workspace. */
  | 'outside'
  /** A component is a symbolic link whose target is outside (or a chain of links that never ends). */
  | 'symlink_outside'
  /** A file to be written exists as a symbolic link: writing would go wherever it points. */
  | 'symlink_write'
  /** A NUL byte, or a link chain longer than the system allows. */
  | 'invalid'
  /** A component is `.git`: git's own files (actions/checkout keeps the job's token in `.git/config`). */
  | 'git'
  /** A symbolic link's text climbs (`..`) out of a directory that is missing or is a file: no path the kernel would open. */
  | 'link_climbs'
  /** Links' texts of more components than `MAX_PATH_LINK_STEPS`, or than the run has left (`MAX_RUN_LINK_STEPS`). */
  | 'too_long'
  /** A directory on the way more than `MAX_PATH_DEPTH` below the workspace. */
  | 'too_deep'

export type Resolved =
  | {
      ok: true
      /** Absolute and real: no symbolic link on any existing component. */
      path: string
      /** What is at the path now (`missing` when it, or a directory on the way, does not exist). */
      kind: 'file' | 'directory' | 'other' | 'missing'
      /** Which file it is (when it exists): a reader opens it only if it still is (`open.ts`). */
      id?: FileId
      /** Which directory holds it (when that exists): a writer creates its file only in that one (`write.ts`). */
      parent?: FileId
    }
  | {
      ok: false
      refusal: Refusal
      /** The symbolic link that was refused, relative to the workspace. */
      link?: string
    }

/** Whether `p` is `root` or under it, lexically. */
export function isInside(root: string, p: string): boolean {
  const rel = relative(root, p)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The path of `abs` relative to the root, if it lies inside it (as given or as real). */
function insideRoot(root: PathRoot, abs: string): string | null {
  if (isInside(root.real, abs)) return relative(root.real, abs)
  if (isInside(root.dir, abs)) return relative(root.dir, abs)
  return null
}

const MAX_LINKS = 40

/**
 * Components of links' texts one path's resolution may walk (each is an lstat, or a step back):
 * Linux allows 40 links of 4,095 bytes, some 80,000 components, where a repository's links take
 * a few. Red team 35 R35-2: 39 chained links of 790 `x/..` pairs each were 31,000 lstats, 0.25 s
 * a path, nothing cached, 77 s for four audits of 100 such paths, exit 0. The path as given is
 * not counted: it is as long as its text, and a glob's are bounded by their depth.
 */
export const MAX_PATH_LINK_STEPS = 1_000

/**
 * Components of links' texts all the paths of one run may walk (`PathRoot.linkSteps`), a few
 * seconds of lstats at most: past it, every path through a link is refused before it is walked.
 * A repository of links to a cache (DVC's `../../.dvc/cache/files/md5/…`, six components) may
 * audit 1,000 such files in each of 50 audits.
 */
export const MAX_RUN_LINK_STEPS = 500_000

/**
 * Directories below the workspace a path may go through: an lstat of a path costs the kernel a
 * lookup for each of its components, so a walk of a deep path costs their square. Red team 36
 * R36-4: a data path through 2,000 committed directories cost 0.2 s a resolution, 51 s for five
 * audits, exit 0; 64 deep costs 0.2 ms. A glob walks at most `MAX_GLOB_DEPTH` (32) deep.
 */
export const MAX_PATH_DEPTH = 64

/** The rest of `target` (an absolute link text, not normalised) after `dir`, if it starts with it. */
function under(dir: string, target: string): string | null {
  if (dir === sep) return target
  return target === dir || target.startsWith(dir + sep) ? target.slice(dir.length) : null
}

export function kindOf(st: BigIntStats): 'file' | 'directory' | 'other' {
  return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other'
}

/**
 * Resolves a user-supplied path against `base` (an absolute directory: the workspace for
 * paths in a config, the current directory for command-line paths) and checks it stays in
 * `root`. `mode: 'write'` also refuses a final component that is a symbolic link, wherever it
 * points (a report written through a link committed by a PR would overwrite its target, or a
 * file the run reads). Reads nothing but directory entries and link texts inside the root.
 */
export function resolvePath(root: PathRoot, userPath: string, base: string, mode: 'read' | 'write'): Resolved {
  if (userPath.includes('\0')) return { ok: false, refusal: 'invalid' }
  const abs = resolve(base, userPath)
  if (root.allowOutside) return resolveAnywhere(abs, mode)
  const rel = insideRoot(root, abs)
  if (rel === null) return { ok: false, refusal: 'outside' }

  let current = root.real
  const pending = rel.split(sep).filter((s) => s !== '' && s !== '.')
  let links = 0
  let linkShown: string | undefined
  let linkSteps = 0
  // Components of `current` below the root: each lstat costs the kernel that many lookups.
  let depth = 0
  while (pending.length > 0) {
    const seg = pending.shift() as string
    if (seg === '.') continue
    if (seg === '..') {
      // Only a link's text brings `..` here (the given path was normalised above); `current`
      // is real, so its parent is the physical parent, as the kernel would take it.
      const parent = resolve(current, '..')
      if (!isInside(root.real, parent)) return { ok: false, refusal: 'symlink_outside', link: linkShown }
      current = parent
      depth--
      continue
    }
    if (depth > MAX_PATH_DEPTH) return { ok: false, refusal: 'too_deep', link: linkShown }
    // Git's own files are no input and no output of an audit, whatever a link or a glob says
    // (red team 8 R8-12: `data: .git/config` quoted its lines in a problem).
    if (isGitName(seg)) return { ok: false, refusal: 'git' }
    const next = join(current, seg)
    let st: BigIntStats
    try {
      st = lstatSync(next, { bigint: true })
    } catch {
      // Not there (or not a directory on the way): the rest cannot hold a link, so it is lexical.
      const stop = stopped(root, next, pending, links, linkShown)
      if (stop) return stop
      return withParent(
        { ok: true, path: resolve(next, ...pending), kind: 'missing' },
        pending.length === 0 ? current : null,
      )
    }
    if (st.isSymbolicLink()) {
      if (pending.length === 0 && mode === 'write')
        return { ok: false, refusal: 'symlink_write', link: relative(root.real, next) || '.' }
      if (++links > MAX_LINKS) return { ok: false, refusal: 'invalid' }
      linkShown = relative(root.real, next)
      const target = readlinkSync(next)
      let targetSegs: string[]
      if (isAbsolute(target)) {
        // An absolute target counts only if it names a place in the workspace; it is never walked from `/`.
        const inRoot = under(root.real, target) ?? under(root.dir, target)
        if (inRoot === null) return { ok: false, refusal: 'symlink_outside', link: linkShown }
        current = root.real
        depth = 0
        targetSegs = inRoot.split(sep)
      } else {
        targetSegs = target.split(sep)
      }
      const segs = targetSegs.filter((s) => s !== '' && s !== '.')
      linkSteps += segs.length
      if (linkSteps > MAX_PATH_LINK_STEPS || (root.linkSteps && (root.linkSteps.left -= segs.length) < 0))
        return { ok: false, refusal: 'too_long', link: linkShown }
      pending.unshift(...segs)
      continue
    }
    if (pending.length > 0 && !st.isDirectory())
      return (
        stopped(root, next, pending, links, linkShown) ?? { ok: true, path: resolve(next, ...pending), kind: 'missing' }
      )
    const parent = current
    current = next
    depth++
    if (pending.length === 0) return withParent({ ok: true, path: current, kind: kindOf(st), id: fileIdOf(st) }, parent)
  }
  return { ok: true, path: current, kind: 'directory' }
}

/**
 * The refusal, if any, of a walk stopped at `next`, missing or not a directory, with `pending`
 * still to go: the kernel would fail there (ENOENT, ENOTDIR), so the rest is lexical, and holds
 * no link. A `..` in it came from a link's text and would step back over `next` on paper only:
 * `reports -> README.md/../../../tmp` resolved to a path outside, written to with its directories
 * made (red team 35 R35-1), and `x -> missing/../y` past a check of the text to `y`, a link out
 * (R35-1b): refused, never applied.
 */
function stopped(
  root: PathRoot,
  next: string,
  pending: readonly string[],
  links: number,
  linkShown: string | undefined,
): Resolved | null {
  if (pending.includes('..')) return { ok: false, refusal: 'link_climbs', link: linkShown }
  if (pending.some(isGitName)) return { ok: false, refusal: 'git' }
  if (!isInside(root.real, resolve(next, ...pending)))
    return { ok: false, refusal: links > 0 ? 'symlink_outside' : 'outside', link: linkShown }
  return null
}

/** `r` with the identity of `dir`, the real directory the walk found its last component in. */
function withParent(r: Extract<Resolved, { ok: true }>, dir: string | null): Resolved {
  if (dir === null) return r
  try {
    const st = lstatSync(dir, { bigint: true })
    return st.isDirectory() ? { ...r, parent: fileIdOf(st) } : r
  } catch {
    return r
  }
}

/** With the opt-out: any path, but still real, and still never written through a link. */
function resolveAnywhere(abs: string, mode: 'read' | 'write'): Resolved {
  let st: BigIntStats
  try {
    st = lstatSync(abs, { bigint: true })
  } catch {
    return withParent({ ok: true, path: abs, kind: 'missing' }, dirname(abs))
  }
  if (st.isSymbolicLink()) {
    if (mode === 'write') return { ok: false, refusal: 'symlink_write', link: abs }
    try {
      const real = realpathSync(abs)
      const target = lstatSync(real, { bigint: true })
      return withParent({ ok: true, path: real, kind: kindOf(target), id: fileIdOf(target) }, dirname(real))
    } catch {
      return { ok: true, path: abs, kind: 'missing' }
    }
  }
  return withParent({ ok: true, path: abs, kind: kindOf(st), id: fileIdOf(st) }, dirname(abs))
}

/**
 * The sentence for a refusal, naming the input and the path as given; never anything read
 * from the file (the file was not read). `what` is e.g. "baseline", "data path", "--json".
 */
export function refusalMessage(
  r: Extract<Resolved, { ok: false }>,
  what: string,
  given: string,
  root: PathRoot,
): string {
  const quoted = `${what} '${given}'`
  switch (r.refusal) {
    case 'outside':
      return `${quoted} is outside the repository (${root.dir}); paths are relative to the repository root and must stay inside it`
    case 'symlink_outside':
      return r.link !== undefined && r.link !== given
        ? `${quoted} goes through the symbolic link ${r.link}, which points outside the repository (${root.dir}); refusing to use it`
        : `${quoted} is a symbolic link that points outside the repository (${root.dir}); refusing to use it`
    case 'symlink_write':
      return `${quoted} exists as a symbolic link${r.link !== undefined && r.link !== given ? ` (${r.link})` : ''}; refusing to write through it (remove the link, or choose another path)`
    case 'invalid':
      return `${quoted} is not a usable path (a NUL byte, or too many levels of symbolic links)`
    case 'git':
      return `${quoted} is in a .git directory, git's own files (the checkout keeps the job's token there); refusing to use it`
    case 'link_climbs':
      return `${quoted} goes through the symbolic link ${r.link ?? given}, whose text climbs ('..') out of a directory that is missing or is a file; refusing to use it (point the link at the directory itself)`
    case 'too_deep':
      return `${quoted} goes through directories more than ${MAX_PATH_DEPTH} levels below the repository root${r.link !== undefined && r.link !== given ? ` (through the symbolic link ${r.link})` : ''}; refusing to use it (keep data and reports nearer the root)`
    case 'too_long':
      return `${quoted} goes through symbolic links whose texts hold more than ${MAX_PATH_LINK_STEPS.toLocaleString('en-US')} path components in all (or this run's paths more than ${MAX_RUN_LINK_STEPS.toLocaleString('en-US')}), last ${r.link ?? given}; refusing to use it (point each link at its target directly)`
  }
}

/** Characters that make a path segment a pattern (tinyglobby / picomatch syntax), or escape one. */
const GLOB_SPECIAL = /[*?[\]{}()!+@\\]/

/** Whether `pattern` has any pattern syntax; without it, tinyglobby's `isDynamicPattern` is false too (a property test holds it). */
export function hasGlobSyntax(pattern: string): boolean {
  return GLOB_SPECIAL.test(pattern)
}

/**
 * Checks a glob before anything is walked: the pattern must be relative, must not climb out
 * with `../` (after normalising, as the glob library does), and its static base, the leading
 * segments without pattern syntax, must resolve inside the workspace. Nothing outside is
 * touched to decide: an outside pattern is refused from its text, and a link on the base from
 * its link text. The walk itself must still not follow links (see `data/resolve.ts`).
 */
export function resolveGlobBase(root: PathRoot, pattern: string): Resolved {
  if (pattern.includes('\0')) return { ok: false, refusal: 'invalid' }
  if (root.allowOutside) return { ok: true, path: root.real, kind: 'directory' }
  if (isAbsolute(pattern) || pattern.startsWith('/') || pattern.startsWith('\\'))
    return { ok: false, refusal: 'outside' }
  const normalized = posix.normalize(pattern)
  if (normalized === '..' || normalized.startsWith('../')) return { ok: false, refusal: 'outside' }
  const segments = normalized.split('/')
  const literal: string[] = []
  for (const s of segments.slice(0, -1)) {
    if (GLOB_SPECIAL.test(s)) break
    literal.push(s)
  }
  const base = resolvePath(root, literal.join('/') || '.', root.real, 'read')
  return base
}

/**
 * Whether a path component names the repository's `.git` on some runner: Windows drops a
 * component's trailing dots and spaces (`.git.`, `.git `), opens an NTFS stream after a colon
 * (`.git::$INDEX_ALLOCATION`), and may give `.git` the 8.3 short name `GIT~1` (red team 28
 * R28-12, from Win32's rules: not run on Windows here). Refused alike on every runner.
 */
export function isGitName(seg: string): boolean {
  const base = seg.split(':')[0] as string
  const trimmed = base.replace(/[. ]+$/, '').toLowerCase()
  return trimmed === '.git' || /^git~\d+$/.test(trimmed)
}
