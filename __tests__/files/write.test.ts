/**
 * Atomic writes: the old file or the whole new one, whatever fails, and never two writers
 * mixed. Failures are simulated with an injected filesystem (a disk that fills up halfway);
 * a real file-size limit (RLIMIT_FSIZE) is tested through the bundled action in
 * __tests__/github/action-paths.test.ts.
 */
import { spawn } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type WriteFs } from '../../src/files/write.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'paths-write-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const OLD = '{"old": true}\n'

/** A filesystem whose disk fills up after `bytes` bytes of a write. */
function fullDiskAfter(bytes: number): WriteFs {
  return {
    ...fsp,
    open: (async (path: string, flags: number, mode?: number) => {
      const real = await fsp.open(path, flags, mode)
      if (!path.endsWith('.tmp')) return real
      return {
        writeFile: async (content: string | Uint8Array) => {
          await real.write(Buffer.from(content).subarray(0, bytes))
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
        },
        sync: () => real.sync(),
        close: () => real.close(),
      }
    }) as unknown as WriteFs['open'],
  }
}

describe('writeFileAtomic', () => {
  it('writes the whole content, creating directories, and leaves no temporary file', async () => {
    await writeFileAtomic(join(dir, 'out', 'report.json'), 'x'.repeat(100_000))
    expect(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).toBe('x'.repeat(100_000))
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json'])
  })

  it('keeps the old file whole when the disk fills up halfway, and removes its temporary file', async () => {
    const target = join(dir, 'report.json')
    writeFileSync(target, OLD)
    await expect(writeFileAtomic(target, 'n'.repeat(1_000_000), fullDiskAfter(300_000))).rejects.toThrow(/ENOSPC/)
    expect(readFileSync(target, 'utf8')).toBe(OLD)
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it('keeps the old file when the rename fails', async () => {
    const target = join(dir, 'report.json')
    writeFileSync(target, OLD)
    const failingRename: WriteFs = {
      ...fsp,
      rename: () => Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })),
    }
    await expect(writeFileAtomic(target, 'new', failingRename)).rejects.toThrow(/EIO/)
    expect(readFileSync(target, 'utf8')).toBe(OLD)
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it('never mixes two writers: 16 concurrent writes of 2 MB leave exactly one of them, whole', async () => {
    const target = join(dir, 'report.json')
    const contents = Array.from({ length: 16 }, (_, i) => String.fromCharCode(97 + i).repeat(2 * 1024 * 1024))
    await Promise.all(contents.map((c) => writeFileAtomic(target, c)))
    const final = readFileSync(target, 'utf8')
    expect(contents).toContain(final)
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it('refuses a target that is a link, a directory or anything but a regular file (the rename would replace it)', async () => {
    writeFileSync(join(dir, 'outside.txt'), OLD)
    symlinkSync(join(dir, 'outside.txt'), join(dir, 'link.json'))
    mkdirSync(join(dir, 'adir'))
    await expect(writeFileAtomic(join(dir, 'link.json'), 'new')).rejects.toThrow(/not a regular file/)
    await expect(writeFileAtomic(join(dir, 'adir'), 'new')).rejects.toThrow(/not a regular file/)
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe(OLD)
  })
})

describe('a signal during the write', () => {
  it('SIGTERM removes the temporary file and the process still ends by the signal; the old report stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-signal-'))
    try {
      writeFileSync(join(dir, 'r.json'), '{"old":true}\n')
      const module = new URL('../../src/files/write.ts', import.meta.url).href
      // The write stalls after its first bytes, as a slow disk would, and says so.
      const script = `
        import * as fsp from 'node:fs/promises'
        import { writeFileAtomic } from ${JSON.stringify(module)}
        const fs = { ...fsp, open: async (p, flags, mode) => {
          const h = await fsp.open(p, flags, mode)
          return { writeFile: async (c) => { await h.write(String(c).slice(0, 10)); process.stdout.write('writing\\n'); await new Promise(() => setInterval(() => {}, 1000)) }, sync: () => h.sync(), close: () => h.close() }
        } }
        await writeFileAtomic(${JSON.stringify(join(dir, 'r.json'))}, '{"new":true,"padding":"' + 'x'.repeat(1000) + '"}', fs)`
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let err = ''
      child.stderr.on('data', (d: Buffer) => (err += d))
      await new Promise<void>((res, rej) => {
        child.stdout.on('data', (d: Buffer) => (String(d).includes('writing') ? res() : undefined))
        child.on('exit', () => rej(new Error(`the child ended before writing: ${err}`)))
      })
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1)
      const ended = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)))
      child.kill('SIGTERM')
      expect(await ended).toBe('SIGTERM')
      expect(readdirSync(dir)).toEqual(['r.json'])
      expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('{"old":true}\n')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
