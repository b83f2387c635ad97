/**
 * The one way the tool writes a file: the whole content to a fresh temporary file in the
 * same directory, fsync, then rename over the target. A reader, a second run, a SIGTERM, a
 * full disk or a file-size limit sees the old file or the whole new one, never a part: the
 * rename is atomic within one filesystem, and a failed write removes its temporary file.
 * The temporary name is unique per process and call and created exclusively (O_CREAT |
 * O_EXCL | O_NOFOLLOW), so two runs writing one path never share a file, and it is never a
 * link planted in advance; it is created in the directory the path guard approved, checked by
 * its identity (see `writeFileAtomic`).
 * The rename replaces the directory entry itself: a symbolic link or hard link at the target
 * is replaced, never written through (the path guard refuses a link there anyway).
 */
import { constants, rmSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { directoryFdPath, O_DIRECTORY, O_NOFOLLOW, type FileId } from './open.js'
import { randomHex } from './random.js'

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

/** The temporary file: created, never opened if it exists, never through a link. */
const TMP_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW

/**
 * Opens the directory a write goes to, without following a link at its last component, and
 * checks it is the one the path guard approved (`parent`, when the guard saw it): a directory
 * swapped for a link between the check and the write is refused. Null where a directory cannot
 * be opened (Windows): the write then goes by path.
 */
async function openDirectory(dir: string, parent: FileId | undefined): Promise<fsp.FileHandle | null> {
  let d: fsp.FileHandle
  try {
    d = await fsp.open(dir, constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ELOOP' || code === 'ENOTDIR') throw directoryChanged(dir)
    if (process.platform === 'win32') return null
    throw e
  }
  const st = await d.stat({ bigint: true })
  if (!st.isDirectory() || (parent !== undefined && (st.dev !== parent.dev || st.ino !== parent.ino))) {
    await d.close()
    throw directoryChanged(dir)
  }
  return d
}

const directoryChanged = (dir: string): Error =>
  Object.assign(
    new Error(
      `${dir} changed between its check and the write (a symbolic link or another directory put in its place); refusing to write there`,
    ),
    { code: 'ECHANGED' },
  )

/**
 * Writes `content` to `path` atomically, creating missing parent directories. Throws the
 * write's error after removing the temporary file. A target that exists as anything but a
 * regular file (a link, a directory, a device such as /dev/full) is refused: the rename would
 * replace it. `parent` is the identity of the directory the path guard approved
 * (`Resolved.parent`): the temporary file is created, and renamed, in that directory only —
 * through its open descriptor (`/proc/self/fd/N`) where the platform has one, so a directory
 * on the way swapped for a link after the check cannot redirect the write.
 */
export async function writeFileAtomic(
  path: string,
  /** The text, or its chunks in order (`jsonChunks`: a large report is never one string). */
  content: string | Uint8Array | Iterable<string>,
  fs: WriteFs = fsp,
  parent?: FileId,
): Promise<void> {
  const dir = dirname(path)
  const existing = await fs.lstat(path).catch(() => null)
  if (existing && !existing.isFile())
    throw Object.assign(new Error(`${path} exists and is not a regular file`), { code: 'EEXIST' })
  await fs.mkdir(dir, { recursive: true })
  const d = await openDirectory(dir, parent)
  try {
    // Names in the directory opened above, not in whatever `dir` names by now.
    const at = (d && directoryFdPath(d.fd)) ?? dir
    const name = `.${basename(path)}.${process.pid}.${randomHex(12)}.tmp`
    const tmp = join(at, name)
    const handle = await fs.open(tmp, TMP_FLAGS, 0o644)
    track(tmp)
    try {
      try {
        if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content)
        // Each chunk from the current position on, in order.
        else for (const chunk of content) await handle.writeFile(chunk)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await fs.rename(tmp, join(at, basename(path)))
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined)
      throw e
    } finally {
      untrack(tmp)
    }
    // Sync the directory too, so that the rename itself survives a crash.
    await d?.sync().catch(() => undefined)
  } finally {
    await d?.close()
  }
}

/**
 * Removes a file this run wrote, when what had to follow it failed (the action's report, once its
 * step outputs could not be set: a report left at report-path would be read by a later step as
 * this commit's verdict). A file already gone is no error.
 */
export async function removeWritten(path: string, fs: Pick<WriteFs, 'rm'> = fsp): Promise<void> {
  await fs.rm(path, { force: true })
}
