/**
 * The guard → open race: the guard checks a path link by link, and the file is opened later by
 * path. A directory on the way (or the file itself) swapped for a symbolic link in between must
 * not lead the read or the write out of the workspace: the open checks it still has the file
 * (or directory) the guard approved. The swap happens in a hook just before the open.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { compareWithBaseline, runConfigFile } from '../../src/audit.js'
import { pathRoot, resolvePath } from '../../src/files/guard.js'
import { FileChangedError, openHooks, openVerifiedSync, readVerified } from '../../src/files/open.js'
import { writeFileAtomic, type WriteFs } from '../../src/files/write.js'

const SECRET = 'y,p,g\n1,1,SECRET-OUTSIDE\n'
let dirs: string[] = []

afterEach(() => {
  openHooks.beforeOpen = null
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

/** A workspace `ws` with data/eval.csv, and outside it `out/data/eval.csv` holding a secret. */
function setup(): { ws: string; out: string } {
  const base = mkdtempSync(join(tmpdir(), 'open-race-'))
  dirs.push(base)
  const ws = join(base, 'ws')
  const out = join(base, 'out')
  mkdirSync(join(ws, 'data'), { recursive: true })
  mkdirSync(join(out, 'data'), { recursive: true })
  writeFileSync(join(ws, 'data', 'eval.csv'), 'y,p,g\n1,1,a\n0,0,b\n1,0,a\n0,1,b\n')
  writeFileSync(join(out, 'data', 'eval.csv'), SECRET)
  return { ws, out }
}

/** Swaps `dir` for a symbolic link to `target` just before the first open of a file in it, as another process on the runner could. */
function swapOnce(dir: string, target: string): void {
  let done = false
  openHooks.beforeOpen = (path) => {
    if (done || !path.startsWith(`${dir}/`)) return
    done = true
    renameSync(dir, `${dir}-moved`)
    symlinkSync(target, dir)
  }
}

describe('reads open only the file the guard approved', () => {
  it('a directory on the way swapped for a link out after the check: refused, nothing read', async () => {
    const { ws, out } = setup()
    const where = resolvePath(pathRoot(ws), 'data/eval.csv', ws, 'read')
    if (!where.ok) throw new Error('refused')
    swapOnce(join(ws, 'data'), join(out, 'data'))
    expect(() => openVerifiedSync(where.path, where.id)).toThrow(FileChangedError)
    openHooks.beforeOpen = null
    await expect(readVerified(where.path, where.id)).rejects.toThrow(/changed between its check and its opening/)
  })

  it('the file itself swapped for a link (O_NOFOLLOW), or for another file: refused', async () => {
    const { ws, out } = setup()
    const where = resolvePath(pathRoot(ws), 'data/eval.csv', ws, 'read')
    if (!where.ok) throw new Error('refused')
    rmSync(where.path)
    symlinkSync(join(out, 'data', 'eval.csv'), where.path)
    await expect(readVerified(where.path, where.id)).rejects.toThrow(FileChangedError)
    // Another file renamed into its place (written while the first still exists, so not the same inode).
    writeFileSync(`${where.path}.new`, 'another file\n')
    renameSync(`${where.path}.new`, where.path)
    await expect(readVerified(where.path, where.id)).rejects.toThrow(FileChangedError)
  })

  it('the config, the data and the baseline of a run: a problem, never the outside file', async () => {
    const { ws, out } = setup()
    writeFileSync(
      join(ws, 'audit.yml'),
      'audits:\n  - name: m\n    data: data/eval.csv\n    label: y\n    prediction: p\n    sensitive: [g]\n',
    )
    // The data directory, swapped between the guard and the reader's open.
    swapOnce(join(ws, 'data'), join(out, 'data'))
    const data = await runConfigFile('audit.yml', { workspace: ws })
    expect(data.ok).toBe(false)
    const text = JSON.stringify(data)
    expect(text).toMatch(/changed between its check and its opening/)
    expect(text).not.toContain('SECRET')
    renameSync(join(ws, 'data'), join(ws, 'link'))
    renameSync(join(ws, 'data-moved'), join(ws, 'data'))

    // The config's directory.
    mkdirSync(join(ws, 'cfg'))
    mkdirSync(join(out, 'cfg'))
    writeFileSync(join(ws, 'cfg', 'audit.yml'), readFileSync(join(ws, 'audit.yml')))
    writeFileSync(join(out, 'cfg', 'audit.yml'), 'SECRET: [')
    swapOnce(join(ws, 'cfg'), join(out, 'cfg'))
    const config = await runConfigFile('cfg/audit.yml', { workspace: ws })
    expect(config.ok).toBe(false)
    expect(JSON.stringify(config)).toMatch(/cannot read the config: .*changed between its check and its opening/)
    expect(JSON.stringify(config)).not.toContain('SECRET')

    // The baseline's directory.
    openHooks.beforeOpen = null
    const run = await runConfigFile('audit.yml', { workspace: ws })
    if (!run.ok) throw new Error(JSON.stringify(run.problems))
    mkdirSync(join(ws, 'base'))
    mkdirSync(join(out, 'base'))
    writeFileSync(join(ws, 'base', 'r.json'), JSON.stringify(run.report))
    writeFileSync(join(out, 'base', 'r.json'), '{"SECRET": 1}')
    swapOnce(join(ws, 'base'), join(out, 'base'))
    const compared = await compareWithBaseline(run.report, 'base/r.json', ws, pathRoot(ws))
    expect(compared.baseline?.status).not.toBe('compared')
    expect(compared.baseline?.message).toMatch(/changed between its check and its opening/)
    expect(JSON.stringify(compared)).not.toContain('SECRET')
  })
})

describe('writes create their file only in the directory the guard approved', () => {
  it('the directory swapped for a link out after the check: refused, nothing written outside', async () => {
    const { ws, out } = setup()
    mkdirSync(join(ws, 'reports'))
    mkdirSync(join(out, 'reports'))
    const where = resolvePath(pathRoot(ws), 'reports/r.json', ws, 'write')
    if (!where.ok) throw new Error('refused')
    expect(where.parent).toBeDefined()
    renameSync(join(ws, 'reports'), join(ws, 'reports-moved'))
    symlinkSync(join(out, 'reports'), join(ws, 'reports'))
    await expect(writeFileAtomic(where.path, '{}', undefined, where.parent)).rejects.toThrow(
      /changed between its check and the write/,
    )
    expect(readdirSync(join(out, 'reports'))).toEqual([])
  })

  it.runIf(process.platform === 'linux')(
    'a swap after the directory was opened still writes into the approved directory, not through the link',
    async () => {
      const { ws, out } = setup()
      mkdirSync(join(ws, 'reports'))
      mkdirSync(join(out, 'reports'))
      const where = resolvePath(pathRoot(ws), 'reports/r.json', ws, 'write')
      if (!where.ok) throw new Error('refused')
      // The swap happens as the temporary file is created: the directory is already open and checked.
      const fs: WriteFs = {
        ...fsp,
        open: (async (path: string, flags: number, mode?: number) => {
          if (path.endsWith('.tmp') && !existsSync(join(ws, 'reports-moved'))) {
            renameSync(join(ws, 'reports'), join(ws, 'reports-moved'))
            symlinkSync(join(out, 'reports'), join(ws, 'reports'))
          }
          return fsp.open(path, flags, mode)
        }) as unknown as WriteFs['open'],
      }
      await writeFileAtomic(where.path, '{"ours":true}', fs, where.parent)
      expect(readdirSync(join(out, 'reports'))).toEqual([])
      expect(readFileSync(join(ws, 'reports-moved', 'r.json'), 'utf8')).toBe('{"ours":true}')
      expect(readdirSync(join(ws, 'reports-moved'))).toEqual(['r.json'])
    },
  )
})
