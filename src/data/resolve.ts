/**
 * Data paths: relative to the repository root, globs expanded, and kept inside it. A path
 * that leaves the workspace (`../`, an absolute path elsewhere, a symlink out) is refused:
 * a pull request must not be able to make the action read the runner's files.
 */
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { Problem } from '../config/problem.js'

export interface ResolvedFile {
  /** Absolute, real path. */
  path: string
  /** As shown to users: relative to the workspace. */
  display: string
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

/** Resolves an audit's data patterns to files inside `workspace`, in a stable order. */
export async function resolveDataFiles(patterns: readonly string[], workspace: string, configFile: string): Promise<{ files: ResolvedFile[]; problems: Problem[] }> {
  const root = realpathSync(workspace)
  const problems: Problem[] = []
  const files: ResolvedFile[] = []
  const seen = new Set<string>()
  for (const pattern of patterns) {
    let candidates: string[]
    if (isDynamicPattern(pattern)) {
      candidates = (await glob(pattern, { cwd: root, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false })).sort()
      if (candidates.length === 0) {
        problems.push({ file: configFile, message: `data pattern '${pattern}' matches no file under ${workspace}` })
        continue
      }
    } else {
      candidates = [resolve(root, pattern)]
    }
    for (const c of candidates) {
      const display = relative(root, c) || c
      if (!inside(root, c)) {
        problems.push({ file: configFile, message: `data path '${pattern}' is outside the repository (${workspace}); paths are relative to the repository root and must stay inside it` })
        continue
      }
      let real: string
      try {
        real = realpathSync(c)
      } catch {
        problems.push({ file: display, message: `file not found (data path '${pattern}' in ${configFile}, relative to ${workspace})` })
        continue
      }
      if (!inside(root, real)) {
        problems.push({ file: display, message: 'is a symbolic link that points outside the repository; refusing to read it' })
        continue
      }
      if (!statSync(real).isFile()) {
        problems.push({ file: display, message: 'is not a regular file' })
        continue
      }
      if (!seen.has(real)) {
        seen.add(real)
        files.push({ path: real, display })
      }
    }
  }
  return { files, problems }
}
