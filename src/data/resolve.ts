/**
 * Data paths: relative to the repository root, globs expanded, and kept inside it. Each path
 * and each glob's base goes through the path guard (`files/guard.ts`) before anything is
 * opened or walked: a pull request must not be able to make the action read the runner's
 * files, nor learn whether files exist outside the repository.
 */
import { lstatSync, readdir, type Dirent, type PathLike } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { FileSystemAdapter } from 'tinyglobby'
import type { Problem } from '../config/problem.js'
import { CONFIG_LIMITS, patternTooLong } from '../config/schema.js'
import type { SourcePos } from '../config/types.js'
import { hasGlobSyntax, isInside, refusalMessage, resolveGlobBase, resolvePath, type PathRoot } from '../files/guard.js'
import type { FileId } from '../files/open.js'

export interface ResolvedFile {
  /** Absolute, real path. */
  path: string
  /** As shown to users: relative to the workspace. */
  display: string
  /** The file the guard approved: readers open the path only while it is this file. */
  id?: FileId | undefined
}

/** A long relative path as a message shows it: its first and last components around the count. */
function shortPath(rel: string): string {
  const parts = rel.split(sep)
  return parts.length <= 6
    ? rel
    : `${parts.slice(0, 3).join('/')}/… (${parts.length} levels) …/${parts.slice(-2).join('/')}`
}

function shown(root: PathRoot, abs: string): string {
  if (isInside(root.real, abs)) return relative(root.real, abs) || abs
  if (isInside(root.dir, abs)) return relative(root.dir, abs) || abs
  return abs
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void

/** Directory levels below the workspace a glob walks into (`**` included): a data tree is a few deep. */
export const MAX_GLOB_DEPTH = 32
/** Directories one glob lists: a data tree of a few hundred shards; a committed tree of 100,000 empty directories would list for minutes. */
export const MAX_GLOB_DIRECTORIES = 10_000
/**
 * Data files of one audit, globs and paths together: each file opened costs a few milliseconds
 * whatever its size, so 20,000 two-line CSVs from one glob (a 265 KB tarball) took over 20 s
 * (red team 4 R4-4). Shard a data set in at most 1,000 files, or combine them.
 */
export const MAX_AUDIT_DATA_FILES = 1000

/** How the guarded walks checked their directories, counted for the tests: one lstat a directory, one full resolution a walk. */
export const walkChecks = { lstat: 0, resolve: 0 }

/** What a walk met that stops it: a link leading out, a directory too deep, too many directories. */
interface WalkState {
  refused: boolean
  tooDeep: string | null
  directories: number
  /** A `.git` directory the walk came to (and did not list). */
  git: boolean
}

/**
 * The filesystem the glob walks: every directory it lists is first checked by the guard, so the
 * walk cannot leave the workspace even where the pattern's static base was computed differently
 * by the library. A directory is checked once, from its parent: the walk lists a directory only
 * after listing its parent (it follows no links), so when the parent was approved (as the real
 * directory `P`), one lstat of `P/name` that finds a directory, not a link, approves the child.
 * Re-resolving every directory from the workspace root took one lstat per component, O(depth²)
 * in all: a committed chain of 600 nested directories took 12.8 s, 1,000 over 20 s (red team 4
 * R4-14). Anything else (the walk's start, a link) goes through `resolvePath` as before.
 */
function guardedFs(root: PathRoot, state: WalkState): FileSystemAdapter {
  const refuse = (path: string): NodeJS.ErrnoException =>
    Object.assign(new Error(`refused: ${path}`), { code: 'ENOENT' })
  /** Directories approved so far: as the walk names them → their real path. */
  const approved = new Map<string, string>()
  const check = (path: string): string | null => {
    const known = approved.get(path)
    if (known !== undefined) return known
    const parentReal = approved.get(dirname(path))
    if (parentReal !== undefined) {
      const real = join(parentReal, basename(path))
      walkChecks.lstat++
      try {
        if (lstatSync(real).isDirectory()) {
          approved.set(path, real)
          return real
        }
      } catch {
        return null
      }
    }
    walkChecks.resolve++
    const r = resolvePath(root, path, root.real, 'read')
    if (!r.ok) state.refused = true
    if (!r.ok || r.kind !== 'directory') return null
    approved.set(path, r.path)
    return r.path
  }
  const guardedReaddir = (path: PathLike, options: unknown, callback: ReaddirCallback): void => {
    const given = resolve(root.real, String(path))
    // git's own files are never listed, so a pattern that reaches them (`.gi?/*`) names none of
    // them: it matches nothing there (red team 12: its refusal listed each file it found in .git).
    if (basename(given).toLowerCase() === '.git') {
      state.git = true
      callback(refuse(String(path)), [])
      return
    }
    const real = state.tooDeep !== null || state.directories >= MAX_GLOB_DIRECTORIES ? null : check(given)
    if (real === null) {
      if (state.directories >= MAX_GLOB_DIRECTORIES) state.directories++
      callback(refuse(String(path)), [])
      return
    }
    const rel = relative(root.real, real)
    if (rel !== '' && rel.split(sep).length > MAX_GLOB_DEPTH) {
      state.tooDeep = rel
      callback(refuse(String(path)), [])
      return
    }
    state.directories++
    readdir(real, options as { withFileTypes: true }, callback)
  }
  const never = (path: PathLike, ...rest: unknown[]): void => {
    // The walk does not follow links (followSymbolicLinks: false), so it never asks for these.
    state.refused = true
    const cb = rest.at(-1)
    if (typeof cb === 'function') (cb as (e: Error) => void)(refuse(String(path)))
    else throw refuse(String(path))
  }
  return {
    readdir: guardedReaddir as unknown as FileSystemAdapter['readdir'],
    realpath: never as unknown as FileSystemAdapter['realpath'],
    stat: never as unknown as FileSystemAdapter['stat'],
  }
}

/**
 * A part of a glob that steps out of the directory it starts from: a `..` segment anywhere (in a
 * brace or extglob alternative too), or an alternative that is an absolute path. The walk never
 * left the repository for them, but `{../outside,data}/*.csv` was said to match no file though
 * `data/d.csv` matches, `{/elsewhere,data}/*.csv` read `data` alone, and `{data/../..,data}/x/*.csv`
 * was said to lead through a symbolic link (red team 18 R18-4). Null: none.
 */
function outwardPart(pattern: string): string | null {
  if (/(^|[/{,(|])\.\.(?=$|[/},)|])/.test(pattern)) return "a '..' segment"
  if (/[{,(|]\//.test(pattern)) return 'an alternative that is an absolute path'
  return null
}

/** `*` wildcards one path segment may hold (a `**` segment aside); one segment of a pattern may hold that many, the others one. */
export const MAX_SEGMENT_STARS = 2
/** `**` segments a pattern may hold. */
export const MAX_GLOBSTARS = 2

/**
 * Why a glob's matcher would cost more than a walk should, from its text, or null. picomatch
 * compiles each `*` to a lazy `[^/]*?` and `**` to a lazy run across segments, so a path the
 * pattern does not match is tried in as many ways as its wildcards can split it: against names of
 * 250 characters (a committed file's name may have 255), one segment of 3 `*` took 2.5 to 6.7 ms a
 * name, of 4 570 ms, of 5 29 s (red team 28 R28-9: `data/*a*a*a*a*b.csv` and one empty file,
 * 28.8 s); two segments of 2 `*` 10 ms, three 4 s; a segment of 2 beside two `**` 9 to 51 ms a
 * path 32 levels deep, of 3 beside them 0.8 to 3.9 s; three `**` 2 to 3 ms, four 97 ms. Within
 * these bounds a path costs at most about 2 ms (a `**` and a segment `*a*a`, 32 levels of 250
 * characters).
 * Extglobs (`+(…)`, `@(…)`, …) are not supported: their parser recursed (30,000 `+(` overflowed
 * its stack) and 2,000 nested took 39 s. An escaped character (`\*`) is no wildcard.
 */
function matcherProblem(pattern: string): string | null {
  const segments: { text: string; stars: number }[] = [{ text: '', stars: 0 }]
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    const seg = segments[segments.length - 1]!
    if (c === '\\') {
      seg.text += pattern.slice(i, i + 2)
      i++
      continue
    }
    if (c === '/') {
      segments.push({ text: '', stars: 0 })
      continue
    }
    if (pattern[i + 1] === '(' && '?*+@!'.includes(c))
      return `uses extglob syntax ('${c}(…)'), which is not supported: write alternatives with braces ({a,b}), or list the paths`
    if (c === '*') seg.stars++
    seg.text += c
  }
  const globstars = segments.filter((s) => s.text === '**').length
  const starred = segments.filter((s) => s.text !== '**' && s.stars > 1)
  const bound = `a pattern may hold at most ${MAX_SEGMENT_STARS} \`*\` in one path segment and in one segment only, at most ${MAX_GLOBSTARS} \`**\`, and not both ${MAX_GLOBSTARS} \`**\` and a segment of ${MAX_SEGMENT_STARS} \`*\` (the glob matcher's work on a name grows as its length to the power of the wildcards): write one \`*\` a segment (\`data/part-*.csv\`), or list the paths`
  const over = starred.find((s) => s.stars > MAX_SEGMENT_STARS)
  if (over) return `holds ${over.stars} \`*\` in the segment '${over.text}'; ${bound}`
  if (starred.length > 1)
    return `holds ${MAX_SEGMENT_STARS} \`*\` in each of ${starred.length} segments ('${starred[0]!.text}', '${starred[1]!.text}'); ${bound}`
  if (globstars > MAX_GLOBSTARS) return `holds ${globstars} \`**\`; ${bound}`
  if (starred.length > 0 && globstars === MAX_GLOBSTARS)
    return `holds ${MAX_GLOBSTARS} \`**\` and ${MAX_SEGMENT_STARS} \`*\` in the segment '${starred[0]!.text}'; ${bound}`
  return null
}

/** How `resolveDataFiles` names what it resolves, and how many files it takes: an audit's data, or a run's history reports. */
export interface ResolveKind {
  /** `data`, `history`: the word before "pattern" and "path" in messages. */
  noun: string
  /** Whose patterns they are, in messages: `this audit`, `this run`. */
  owner: string
  maxFiles: number
  /** What to do when more match, after "at most N are read: ". */
  tooMany: string
  /** A path that does not exist, or a glob that matches nothing, is no problem (a first run has no history): listed in `unmatched`. */
  optional: boolean
  /** Refuse a file whose name holds glob syntax: the files are listed for a warehouse load that globs each name. */
  literalNames?: boolean
}

/**
 * Glob syntax in a file's name. DuckDB's `read_csv`/`read_parquet` take each listed path as a glob
 * (`*`, `?`, `[…]`; checked with DuckDB 1.5.5), so a committed file named `eval/*.csv` or `d[1].csv`
 * listed in the README's load reads other files (red team 38 R38-5); Hadoop's glob (Spark) also
 * expands `{a,b}`. No escape works in all of them: such a name is refused.
 */
const GLOB_NAME = /[*?[\]{}]/

/** Why `display`, a data file's name, cannot be listed for a warehouse load; or null. */
export function globNameProblem(display: string): string | null {
  const c = GLOB_NAME.exec(display)
  if (c === null) return null
  return `the file's name holds \`${c[0]}\`, glob syntax: a warehouse load that lists the audit's files (DuckDB's read_csv and read_parquet, Spark) reads the name as a pattern and takes other files than the audit reads; rename the file without \`*\`, \`?\`, \`[\`, \`]\`, \`{\`, \`}\``
}

const DATA_FILES: ResolveKind = {
  noun: 'data',
  owner: 'this audit',
  maxFiles: MAX_AUDIT_DATA_FILES,
  tooMany: 'combine the shards into fewer files',
  optional: false,
  literalNames: true,
}

/** Resolves an audit's data patterns (or a run's history patterns) to files inside the workspace, in a stable order. */
export async function resolveDataFiles(
  patterns: readonly string[],
  root: PathRoot,
  configFile: string,
  /** Directories the run's earlier walks listed: MAX_GLOB_DIRECTORIES bounds the run's, not each pattern's. */
  run: { used: number } = { used: 0 },
  kind: ResolveKind = DATA_FILES,
  /** Where each pattern is in the config, when it is one (the line and column of a problem with it). */
  positions: readonly (SourcePos | undefined)[] = [],
): Promise<{ files: ResolvedFile[]; problems: Problem[]; unmatched: string[] }> {
  const problems: Problem[] = []
  const unmatched: string[] = []
  const noun = kind.noun
  const files: ResolvedFile[] = []
  const seen = new Set<string>()
  for (const [i, pattern] of patterns.entries()) {
    let candidates: string[]
    // The schema's bound on a data entry is reported with the config's other problems, after
    // the run has gone on to resolve every audit's data: a longer pattern must not reach the glob
    // library, which throws on it (picomatch: more than 65,536 characters) or overflows its stack
    // (30,000 nested `+(`), "internal error" where a problem was due (red team 28 R28-11). At the
    // entry and in the schema's words, so the run reports the two as one.
    if (pattern.length > CONFIG_LIMITS.path) {
      const pos = positions[i]
      problems.push({
        file: configFile,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
        message: patternTooLong(noun, pattern),
      })
      continue
    }
    // A plain path (no pattern syntax) is not a glob: the glob library, with its matcher, is
    // loaded only for a pattern (about 10 ms of a small audit's start-up).
    const globber = hasGlobSyntax(pattern) ? await import('tinyglobby') : null
    if (globber?.isDynamicPattern(pattern)) {
      const base = resolveGlobBase(root, pattern)
      if (!base.ok) {
        problems.push({ file: configFile, message: refusalMessage(base, `${noun} pattern`, pattern, root) })
        continue
      }
      const outward = root.allowOutside ? null : outwardPart(pattern)
      if (outward !== null) {
        problems.push({
          file: configFile,
          message: `${noun} pattern '${pattern}' holds ${outward}, which may lead outside the repository (${root.dir}); patterns are relative to the repository root and may not step out of it`,
        })
        continue
      }
      const costly = matcherProblem(pattern)
      if (costly !== null) {
        problems.push({ file: configFile, message: `${noun} pattern '${pattern}' ${costly}` })
        continue
      }
      const state: WalkState = { refused: false, tooDeep: null, directories: run.used, git: false }
      try {
        candidates =
          base.kind === 'directory'
            ? (
                await globber.glob(pattern, {
                  cwd: root.real,
                  absolute: true,
                  onlyFiles: true,
                  dot: false,
                  followSymbolicLinks: false,
                  // With the opt-out there is no guard, but the walk is bounded alike.
                  deep: root.allowOutside ? MAX_GLOB_DEPTH : undefined,
                  ...(root.allowOutside ? {} : { fs: guardedFs(root, state) }),
                })
              ).sort()
            : []
      } catch (e) {
        // The glob library's own refusal of a pattern (it compiles it to a regex) is a problem with the pattern.
        problems.push({
          file: configFile,
          message: `${noun} pattern '${pattern}' cannot be read as a glob (${(e as Error).message}); write a plain path, or a simpler pattern (\`*\`, \`?\`, \`**\`, \`{a,b}\`, \`[abc]\`)`,
        })
        continue
      }
      const refused = state.refused
      if (state.tooDeep !== null) {
        problems.push({
          file: configFile,
          message: `${noun} pattern '${pattern}' walks into directories more than ${MAX_GLOB_DEPTH} levels deep (${shortPath(state.tooDeep)}); refusing to walk further: write a pattern that stops at the data's directories`,
        })
        continue
      }
      const earlier = run.used
      run.used = state.directories
      if (state.directories > MAX_GLOB_DIRECTORIES) {
        problems.push({
          file: configFile,
          message:
            earlier > 0
              ? `${noun} pattern '${pattern}' lists more directories than the run may (${MAX_GLOB_DIRECTORIES.toLocaleString('en-US')} in all, ${earlier.toLocaleString('en-US')} listed by earlier patterns); refusing to walk further: write patterns that stop at the data's directories`
              : `${noun} pattern '${pattern}' lists more than ${MAX_GLOB_DIRECTORIES.toLocaleString('en-US')} directories; refusing to walk further: write a pattern that stops at the data's directories`,
        })
        continue
      }
      if (refused) {
        problems.push({
          file: configFile,
          message: `${noun} pattern '${pattern}' leads through a symbolic link that points outside the repository (${root.dir}); refusing to use it`,
        })
        continue
      }
      if (candidates.length === 0 && kind.optional) {
        unmatched.push(pattern)
        continue
      }
      if (candidates.length === 0) {
        const git = state.git ? " (a .git directory, git's own files, is never listed)" : ''
        problems.push({
          file: configFile,
          message: `${noun} pattern '${pattern}' matches no file under ${root.dir}${git}`,
        })
        continue
      }
    } else {
      candidates = [pattern]
    }
    for (const c of candidates) {
      const r = resolvePath(root, c, root.real, 'read')
      if (!r.ok) {
        problems.push({
          file: configFile,
          message: refusalMessage(r, `${noun} path`, isAbsolute(c) && c !== pattern ? shown(root, c) : c, root),
        })
        continue
      }
      const display = shown(root, resolve(root.dir, c))
      if (r.kind === 'missing' && kind.optional) {
        unmatched.push(pattern)
        continue
      }
      if (r.kind === 'missing') {
        problems.push({
          file: display,
          message: `file not found (${noun} path '${pattern}' in ${configFile}, relative to ${root.dir})`,
        })
        continue
      }
      if (r.kind !== 'file') {
        problems.push({ file: display, message: 'is not a regular file' })
        continue
      }
      const named = kind.literalNames === true ? globNameProblem(display) : null
      if (named !== null) {
        problems.push({ file: display, message: named })
        continue
      }
      if (!seen.has(r.path)) {
        seen.add(r.path)
        files.push({ path: r.path, display, id: r.id })
      }
      if (files.length > kind.maxFiles) {
        problems.push({
          file: configFile,
          message: `the ${noun} patterns of ${kind.owner} match more than ${kind.maxFiles.toLocaleString('en-US')} files (at '${pattern}'); at most ${kind.maxFiles.toLocaleString('en-US')} are read: ${kind.tooMany}`,
        })
        return { files, problems, unmatched }
      }
    }
  }
  return { files, problems, unmatched }
}
