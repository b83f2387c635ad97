/**
 * The action's log: `@actions/core` with every message and title through `escapeLog`, so
 * nothing a pull request puts in a name or a file can act as a workflow command — no
 * `::stop-commands::` that would silence the breach annotations written after it, no
 * `##[warning]` mid-line, no line of its own. `main.ts` and the annotations write only through
 * it. Messages that become annotations or the failure line are also bounded in size.
 */
import * as core from '@actions/core'
import { escapeLog, shortenValue } from '../config/log-escape.js'

/** Longest message of an annotation or of the failure line; the log itself takes any length. */
export const ANNOTATION_MESSAGE_CHARS = 16_000

const annotated = (m: string): string =>
  shortenValue(escapeLog(m), ANNOTATION_MESSAGE_CHARS, ANNOTATION_MESSAGE_CHARS - 40)

/**
 * Every property value through `escapeLog`, not only the title: `file` is a data path a glob
 * matched, and a committed file's name can hold ESC, C1 controls, U+2028 or bidi overrides,
 * which would reach the log raw (red team 3 N9). `@actions/core` then percent-encodes `%`, CR,
 * LF, `:` and `,` in each value (its `escapeProperty`), so no value ends the property list.
 */
function props(p: core.AnnotationProperties | undefined): core.AnnotationProperties | undefined {
  if (!p) return p
  const out: core.AnnotationProperties = { ...p }
  if (p.title !== undefined) out.title = shortenValue(escapeLog(p.title))
  if (p.file !== undefined) out.file = escapeLog(p.file)
  return out
}

/**
 * Fails the step through `setFailed`, and sets the exit code itself: @actions/core does too,
 * but @github/local-action's stand-in for it only records the failure, so `npm run
 * local-action` exited 0 on a failing audit.
 */
export function failStep(setFailed: (message: string) => void, message: string): void {
  setFailed(message)
  process.exitCode = 1
}

/** Drop-in for `@actions/core` in the action's code: the same functions, with escaped text. */
export const escapedCore: typeof core = {
  ...core,
  debug: (m) => core.debug(escapeLog(m)),
  info: (m) => core.info(escapeLog(m)),
  notice: (m, p) => core.notice(annotated(typeof m === 'string' ? m : m.message), props(p)),
  warning: (m, p) => core.warning(annotated(typeof m === 'string' ? m : m.message), props(p)),
  error: (m, p) => core.error(annotated(typeof m === 'string' ? m : m.message), props(p)),
  setFailed: (m) => failStep(core.setFailed, annotated(typeof m === 'string' ? m : m.message)),
  startGroup: (name) => core.startGroup(escapeLog(name)),
  group: (name, fn) => core.group(escapeLog(name), fn),
}
