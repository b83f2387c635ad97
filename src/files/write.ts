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
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The part of `node:fs/promises` the write uses; tests pass one that fails. */
export interface WriteFs {
  open: typeof fsp.open
  rename: typeof fsp.rename
  rm: typeof fsp.rm
  mkdir: typeof fsp.mkdir
}

/** Writes `content` to `path` atomically, creating missing parent directories. Throws the write's error after cleaning up. */
export async function writeFileAtomic(path: string, content: string | Uint8Array, fs: WriteFs = fsp): Promise<void> {
  const dir = dirname(path)
  await fs.mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(tmp, 'wx', 0o644)
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
  }
  // The rename is durable once the directory is synced; a directory that cannot be opened for that (some filesystems) keeps it in the page cache.
  try {
    const d = await fs.open(dir, 'r')
    try {
      await d.sync()
    } finally {
      await d.close()
    }
  } catch {
    // Not every filesystem syncs a directory; the file's content is already synced.
  }
}
