#!/usr/bin/env node
/**
 * The local command: the same pipeline as the action, a terminal report, and exit codes a
 * script can use — 0 no error-level gate failed, 1 one did, 2 a config or input error.
 *
 * `--version` alone is answered here, before the pipeline's modules load (a dynamic import,
 * which the bundle keeps as a chunk of its own): a script that asks for the version pays for
 * Node's start and this file, not for parsing and evaluating the audit. It prints what
 * `runCli` prints for it.
 */
import { escapeProcessWarnings } from './config/process-warnings.js'
import { VERSION } from './version.js'

escapeProcessWarnings()

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`)
} else {
  const { runCli } = await import('./cli/run.js')
  process.exitCode = await runCli(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  })
}
