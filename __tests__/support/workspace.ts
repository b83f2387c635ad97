/** A throwaway workspace with files, and a one-call audit run inside it. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { runConfigText, type RunOutcome } from '../../src/audit.js'
import { formatProblem } from '../../src/config/problem.js'

export interface Workspace {
  dir: string
  write(name: string, content: string | Buffer): string
  writeGz(name: string, content: string): string
  run(config: object | string): Promise<RunOutcome>
  /** Runs and returns the problems as `file:line:col: message` lines; fails the test if the run succeeded. */
  problems(config: object | string): Promise<string[]>
  cleanup(): void
}

export function makeWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'mag-'))
  const ws: Workspace = {
    dir,
    write(name, content) {
      const path = join(dir, name)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, content)
      return path
    },
    writeGz(name, content) {
      return ws.write(name, gzipSync(Buffer.from(content)))
    },
    run(config) {
      const text = typeof config === 'string' ? config : JSON.stringify(config)
      return runConfigText(text, 'audit.yml', { workspace: dir })
    },
    async problems(config) {
      const out = await ws.run(config)
      if (out.ok) throw new Error('expected problems, but the audit ran')
      return out.problems.map(formatProblem)
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return ws
}

/** A minimal audit over `data` with label y, prediction p, sensitive g. */
export function audit(data: string, extra: Record<string, unknown> = {}): object {
  return { audits: [{ name: 't', data, label: 'y', prediction: 'p', sensitive: ['g'], ...extra }] }
}
