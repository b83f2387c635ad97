/**
 * The one way the tool writes a file: the whole content to a fresh temporary file in the
 * same directory, fsync, then rename over the target. A reader, a second run, a SIGTERM, a
 * full disk or a file-size limit sees the old file or the whole new one, never a part: the
 * rename is atomic within one filesystem, and a failed write removes its temporary file.
 * The temporary name is unique per process and call and created exclusively (`wx`), so two
 * runs writing one path never share a file, and it is never a link planted in advance.
 * The rename replaces the directory entry itself: a symbolic link or hard link at the target
 * is replaced, never written through (the path guard refuses a link there anyway).
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The part of `node:fs/promises` the write uses; tests pass one that fails. */
export interface WriteFs {
  open: typeof fsp.open
  rename: typeof fsp.rename
  rm: typeof fsp.rm
  mkdir: typeof fsp.mkdir
  lstat: typeof fsp.lstat
}

/** Temporary files being written now: a SIGTERM or SIGINT removes them before the process ends. */
const inFlight = new Set<string>()

function removeInFlight(signal: NodeJS.Signals): void {
  for (const tmp of inFlight) rmSync(tmp, { force: true })
  inFlight.clear()
  // Then end as the signal would have: the listener goes, and the signal comes again.
  process.removeListener(signal, removeInFlight)
  process.kill(process.pid, signal)
}

function track(tmp: string): void {
  if (inFlight.size === 0) {
    process.once('SIGTERM', removeInFlight)
    process.once('SIGINT', removeInFlight)
  }
  inFlight.add(tmp)
}

function untrack(tmp: string): void {
  inFlight.delete(tmp)
  if (inFlight.size === 0) {
    process.removeListener('SIGTERM', removeInFlight)
    process.removeListener('SIGINT', removeInFlight)
  }
}

/**
 * Writes `content` to `path` atomically, creating missing parent directories. Throws the
 * write's error after removing the temporary file. A target that exists as anything but a
 * regular file (a link, a directory, a device such as /dev/full) is refused: the rename would
 * replace it.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, fs: WriteFs = fsp): Promise<void> {
  const dir = dirname(path)
  const existing = await fs.lstat(path).catch(() => null)
  if (existing && !existing.isFile()) throw Object.assign(new Error(`${path} exists and is not a regular file`), { code: 'EEXIST' })
  await fs.mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(tmp, 'wx', 0o644)
  track(tmp)
  try {
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tmp, path)
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined)
    throw e
  } finally {
    untrack(tmp)
  }
  // Sync the directory too, so that the rename itself survives a crash.
  try {
    const d = await fs.open(dir, 'r')
    try {
      await d.sync()
    } finally {
      await d.close()
    }
  } catch {
    // Some filesystems cannot sync a directory; the file is whole either way.
  }
}
