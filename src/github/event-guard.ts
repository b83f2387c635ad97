/**
 * Reads the event payload before `@actions/github` does. Its `context` parses
 * GITHUB_EVENT_PATH when the package is first imported, so a file that is not JSON threw a
 * raw SyntaxError before `run()` could catch anything. main.ts imports this module first:
 * when the payload is unusable, it keeps the reason for `run()` to report as a problem and
 * hides the path from `@actions/github`, whose context then starts from an empty payload.
 */
import { readFileSync } from 'node:fs'

/** Why the payload at GITHUB_EVENT_PATH cannot be used, or null (also when the variable is unset). */
export function eventPayloadProblem(
  path: string | undefined,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): string | null {
  if (!path) return null
  let text: string
  try {
    text = read(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return `cannot read the event payload ${path} (${code === 'ENOENT' ? 'no such file' : (e as Error).message}); the runner writes it: is GITHUB_EVENT_PATH set by hand?`
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return `the event payload ${path} is not JSON (${(e as Error).message}); the runner writes it: is GITHUB_EVENT_PATH set by hand?`
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `the event payload ${path} is not a JSON object; the runner writes it: is GITHUB_EVENT_PATH set by hand?`
  return null
}

/** The problem with this process's event payload, found when the module loads. */
export const EVENT_PAYLOAD_PROBLEM: string | null = eventPayloadProblem(process.env.GITHUB_EVENT_PATH)
if (EVENT_PAYLOAD_PROBLEM !== null) delete process.env.GITHUB_EVENT_PATH
