#!/usr/bin/env node
/**
 * The local command: the same pipeline as the action, a terminal report, and exit codes a
 * script can use — 0 no error-level gate failed, 1 one did, 2 a config or input error.
 */
import { runCli } from './cli/run.js'
import { escapeProcessWarnings } from './config/process-warnings.js'

escapeProcessWarnings()

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
})
