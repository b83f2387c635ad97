/** What both CLI commands (`run.ts`, `sql.ts`) share: their view of the process, and the exit codes. */
export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  isTTY: boolean
  env: NodeJS.ProcessEnv
}

/** No error-level gate failed (and `--help`, `--version`, a printed query). */
export const EXIT_PASS = 0
/** An error-level gate failed. */
export const EXIT_GATE_FAILED = 1
/** A config or input error: the audit did not run. */
export const EXIT_INPUT_ERROR = 2
