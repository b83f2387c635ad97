/**
 * Data paths: relative to the repository root, globs expanded, and kept inside it. Each path
 * and each glob's base goes through the path guard (`files/guard.ts`) before anything is
 * opened or walked: a pull request must not be able to make the action read the runner's
 * files, nor learn whether files exist outside the repository.
 */
import { readdir, type Dirent, type PathLike } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby'
import type { Problem } from '../config/problem.js'
import { isInside, refusalMessage, resolveGlobBase, resolvePath, type PathRoot } from '../files/guard.js'
import type { FileId } from '../files/open.js'

export interface ResolvedFile {
  /** Absolute, real path. */
  path: string
  /** As shown to users: relative to the workspace. */
  display: string
  /** The file the guard approved: readers open the path only while it is this file. */
  id?: FileId | undefined
}

function shown(root: PathRoot, abs: string): string {
  if (isInside(root.real, abs)) return relative(root.real, abs) || abs
  if (isInside(root.dir, abs)) return relative(root.dir, abs) || abs
  return abs
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void

/**
 * The filesystem the glob walks: every directory it lists is first resolved by the guard, so
 * the walk cannot leave the workspace even where the pattern's static base was computed
 * differently by the library. `onRefused` records that a directory was refused.
 */
function guardedFs(root: PathRoot, onRefused: () => void): FileSystemAdapter {
  const refuse = (path: string): NodeJS.ErrnoException =>
    Object.assign(new Error(`refused: ${path}`), { code: 'ENOENT' })
  const guardedReaddir = (path: PathLike, options: unknown, callback: ReaddirCallback): void => {
    const r = resolvePath(root, String(path), root.real, 'read')
    if (!r.ok || r.kind !== 'directory') {
      if (!r.ok) onRefused()
      callback(refuse(String(path)), [])
      return
    }
    readdir(r.path, options as { withFileTypes: true }, callback)
  }
  const never = (path: PathLike, ...rest: unknown[]): void => {
    // The walk does not follow links (followSymbolicLinks: false), so it never asks for these.
    onRefused()
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

/** Resolves an audit's data patterns to files inside the workspace, in a stable order. */
export async function resolveDataFiles(
  patterns: readonly string[],
  root: PathRoot,
  configFile: string,
): Promise<{ files: ResolvedFile[]; problems: Problem[] }> {
  const problems: Problem[] = []
  const files: ResolvedFile[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    let candidates: string[]
    if (isDynamicPattern(pattern)) {
      const base = resolveGlobBase(root, pattern)
      if (!base.ok) {
        problems.push({ file: configFile, message: refusalMessage(base, 'data pattern', pattern, root) })
        continue
      }
      let refused = false
      candidates =
        base.kind === 'directory'
          ? (
              await glob(pattern, {
                cwd: root.real,
                absolute: true,
                onlyFiles: true,
                dot: false,
                followSymbolicLinks: false,
                ...(root.allowOutside ? {} : { fs: guardedFs(root, () => (refused = true)) }),
              })
            ).sort()
          : []
      if (refused) {
        problems.push({
          file: configFile,
          message: `data pattern '${pattern}' leads through a symbolic link that points outside the repository (${root.dir}); refusing to use it`,
        })
        continue
      }
      if (candidates.length === 0) {
        problems.push({ file: configFile, message: `data pattern '${pattern}' matches no file under ${root.dir}` })
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
          message: refusalMessage(r, 'data path', isAbsolute(c) && c !== pattern ? shown(root, c) : c, root),
        })
        continue
      }
      const display = shown(root, resolve(root.dir, c))
      if (r.kind === 'missing') {
        problems.push({
          file: display,
          message: `file not found (data path '${pattern}' in ${configFile}, relative to ${root.dir})`,
        })
        continue
      }
      if (r.kind !== 'file') {
        problems.push({ file: display, message: 'is not a regular file' })
        continue
      }
      if (!seen.has(r.path)) {
        seen.add(r.path)
        files.push({ path: r.path, display, id: r.id })
      }
    }
  }
  return { files, problems }
}
