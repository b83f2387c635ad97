/** An in-memory IO for running the CLI in-process: what it printed is in `out` and `err`. */
import type { CliIO } from '../../src/cli/run.js'

export function captureIO(cwd: string, env: NodeJS.ProcessEnv = {}): CliIO & { out: string; err: string } {
  const r = {
    out: '',
    err: '',
    cwd,
    isTTY: false,
    env,
    stdout: (s: string) => {
      r.out += s
    },
    stderr: (s: string) => {
      r.err += s
    },
  }
  return r
}
