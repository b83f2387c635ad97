/**
 * The step's outputs, all in one append to the runner's output file (GITHUB_OUTPUT), in the
 * order given: `@actions/core`'s `setOutput` appends each output on its own, so a write that
 * failed after the first (a file-size limit reached, a full disk) left `passed=true` in the file
 * of a job that failed, where a later step's `if: always() && steps.audit.outputs.passed ==
 * 'true'` read it (red team 34 R34-4). Here a failed append is cut back to the file's length
 * before it, so the file holds every output or none of them; the verdict is written last, so
 * even a cut that fails too leaves no `passed` without the counts before it.
 */
import { randomUUID } from 'node:crypto'
import { closeSync, constants, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'
import * as core from '@actions/core'

/** One output's block, as `@actions/core` writes it: `name<<delimiter`, the value, the delimiter. */
function block(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`the output ${name} holds its own delimiter`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

/**
 * Sets `outputs` in one append to GITHUB_OUTPUT; throws the write's error after cutting the file
 * back to its length before. Without GITHUB_OUTPUT (an old runner, a local run) each is set as
 * `@actions/core` does it there.
 */
export function setOutputsAtOnce(outputs: ReadonlyArray<readonly [string, string]>): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    for (const [name, value] of outputs) core.setOutput(name, value)
    return
  }
  const bytes = Buffer.from(outputs.map(([name, value]) => block(name, value)).join(''), 'utf8')
  // Opened for appending only, never created: a missing file is the runner's to report.
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND)
  try {
    const before = fstatSync(fd).size
    try {
      let done = 0
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
    } catch (e) {
      try {
        ftruncateSync(fd, before)
      } catch {
        // The cut failed too: the verdict, written last, is what is missing.
      }
      throw e
    }
  } finally {
    closeSync(fd)
  }
}
