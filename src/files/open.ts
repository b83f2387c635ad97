/**
 * Opening what the path guard approved, and nothing else. `resolvePath` checks a path link by
 * link and returns it real, with the identity (device and inode) of the file it found; the file
 * is opened later, by path. Between the two, a directory on the way or the file itself could be
 * swapped for a symbolic link (by another process on the runner), and the open would follow it
 * out of the workspace. So every read opens the final component with O_NOFOLLOW (where the
 * platform has it) and checks the open file's identity (fstat) against the one the guard saw:
 * another file, a link or a non-regular file is refused before a byte is read. Writes (see
 * `write.ts`) open the directory the guard approved, check its identity, and create their
 * temporary file in that very directory (through `/proc/self/fd` where there is one) with
 * O_CREAT | O_EXCL | O_NOFOLLOW.
 *
 * This module imports nothing from the other layers, so every layer and both shells can use it.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, read, close, type BigIntStats } from 'node:fs'
import * as fsp from 'node:fs/promises'

/** Which file a path named when it was checked. */
export interface FileId {
  dev: bigint
  ino: bigint
}

export function fileIdOf(st: BigIntStats): FileId {
  return { dev: st.dev, ino: st.ino }
}

const sameFile = (a: FileId, b: FileId): boolean => a.dev === b.dev && a.ino === b.ino

/** 0 where the platform has no such flag (Windows): the identity check still applies. */
export const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0
const O_NONBLOCK = constants.O_NONBLOCK ?? 0
export const O_DIRECTORY = constants.O_DIRECTORY ?? 0
/** Read-only, not through a link at the last component, and without blocking on a FIFO swapped in. */
const READ_FLAGS = constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK

/** A path that no longer names the file the guard approved. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED'
  constructor(path: string) {
    super(
      `${path} changed between its check and its opening (a symbolic link or another file put in its place); refusing to read it`,
    )
    this.name = 'FileChangedError'
  }
}

/** For tests: called with the path just before it is opened, to change the filesystem in between. */
export const openHooks: { beforeOpen: ((path: string) => void) | null } = { beforeOpen: null }

/**
 * Throws unless `fd` is a regular file and, when the guard gave one, the file it approved.
 * ELOOP from O_NOFOLLOW (the final component became a link) is reported the same way.
 */
function verify(path: string, st: BigIntStats, expected: FileId | undefined): void {
  if (!st.isFile() || (expected !== undefined && !sameFile(fileIdOf(st), expected))) throw new FileChangedError(path)
}

const changed = (path: string, e: unknown): unknown =>
  (e as NodeJS.ErrnoException).code === 'ELOOP' ? new FileChangedError(path) : e

/** Opens `path` for reading, as a file descriptor, if it is still the file the guard approved (`expected`). */
export function openVerifiedSync(path: string, expected?: FileId): number {
  openHooks.beforeOpen?.(path)
  let fd: number
  try {
    fd = openSync(path, READ_FLAGS)
  } catch (e) {
    throw changed(path, e)
  }
  try {
    verify(path, fstatSync(fd, { bigint: true }), expected)
  } catch (e) {
    closeSync(fd)
    throw e
  }
  return fd
}

/** The same, as a FileHandle. */
export async function openVerified(path: string, expected?: FileId): Promise<fsp.FileHandle> {
  openHooks.beforeOpen?.(path)
  let handle: fsp.FileHandle
  try {
    handle = await fsp.open(path, READ_FLAGS)
  } catch (e) {
    throw changed(path, e)
  }
  try {
    verify(path, await handle.stat({ bigint: true }), expected)
  } catch (e) {
    await handle.close()
    throw e
  }
  return handle
}

/** The whole text of the approved file. */
export async function readVerified(path: string, expected?: FileId): Promise<string> {
  const handle = await openVerified(path, expected)
  try {
    return await handle.readFile('utf8')
  } finally {
    await handle.close()
  }
}

/**
 * The whole text of the approved file if it holds at most `maxBytes` bytes, checked on the open
 * file before a byte is read (and again on what was read, for a file that grows meanwhile);
 * otherwise its size, and nothing read.
 */
export async function readVerifiedWithin(
  path: string,
  expected: FileId | undefined,
  maxBytes: number,
): Promise<{ text: string } | { tooLarge: number }> {
  const handle = await openVerified(path, expected)
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) return { tooLarge: size }
    const buffer = Buffer.alloc(size + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) break
    }
    if (length > maxBytes) return { tooLarge: length }
    return { text: buffer.toString('utf8', 0, length) }
  } finally {
    await handle.close()
  }
}

/**
 * The `fs` option of `createReadStream(path, { fs })`: the stream opens the approved file through
 * `openVerifiedSync`, so a refusal reaches the stream's consumer as its ordinary 'error'.
 */
export function verifiedStreamFs(expected: FileId | undefined): {
  open: (path: string, flags: unknown, mode: unknown, cb: (e: Error | null, fd?: number) => void) => void
  read: typeof read
  close: typeof close
} {
  return {
    open: (path, _flags, _mode, cb) => {
      let fd: number
      try {
        fd = openVerifiedSync(path, expected)
      } catch (e) {
        cb(e as Error)
        return
      }
      cb(null, fd)
    },
    read,
    close,
  }
}

/** Random access to the approved file (hyparquet's AsyncBuffer), and `hold` to keep one verified handle for a pass. */
export interface VerifiedBuffer {
  byteLength: number
  slice(start: number, end?: number): Promise<ArrayBuffer>
  /**
   * Keeps one handle, opened and checked like any other, for every slice until the returned
   * release is called (a pass over the file). Without it each slice opens and checks the file
   * again: a file of 10,000 one-row row groups cost 10,000 opens per column, 11 s of CPU (red
   * team 7 R7-9). Never held between passes, so a glob of many files keeps no descriptor open.
   */
  hold(): () => Promise<void>
}

export async function verifiedAsyncBuffer(path: string, expected?: FileId): Promise<VerifiedBuffer> {
  const first = await openVerified(path, expected)
  let size: number
  try {
    size = (await first.stat()).size
  } finally {
    await first.close()
  }
  let held: Promise<fsp.FileHandle> | null = null
  let holders = 0
  const readInto = async (handle: fsp.FileHandle, start: number, to: number): Promise<ArrayBuffer> => {
    const buffer = new Uint8Array(to - start)
    let done = 0
    while (done < buffer.length) {
      const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    // The whole range, as it mostly is: the buffer itself, not a copy of it.
    return done === buffer.length ? buffer.buffer : buffer.buffer.slice(0, done)
  }
  return {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const to = Math.min(end ?? size, size)
      if (to <= start) return new ArrayBuffer(0)
      if (held) return readInto(await held, start, to)
      const handle = await openVerified(path, expected)
      try {
        return await readInto(handle, start, to)
      } finally {
        await handle.close()
      }
    },
    hold(): () => Promise<void> {
      if (holders++ === 0) {
        held = openVerified(path, expected)
        // A failed open is the slices' error; the release must not throw it again.
        held.catch(() => {})
      }
      let released = false
      return async () => {
        if (released) return
        released = true
        if (--holders > 0) return
        const h = held
        held = null
        await h?.then(
          (handle) => handle.close(),
          () => {},
        )
      }
    },
  }
}

/** `/proc/self/fd/N`: a path that names the directory open as `fd` (Linux), or null where there is none. */
export function directoryFdPath(fd: number): string | null {
  return PROC_FD ? `/proc/self/fd/${fd}` : null
}
const PROC_FD = process.platform === 'linux' && existsSync('/proc/self/fd')
