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

function props(p: core.AnnotationProperties | undefined): core.AnnotationProperties | undefined {
  return p && p.title !== undefined ? { ...p, title: shortenValue(escapeLog(p.title)) } : p
}

/** Drop-in for `@actions/core` in the action's code: the same functions, with escaped text. */
export const escapedCore: typeof core = {
  ...core,
  debug: (m) => core.debug(escapeLog(m)),
  info: (m) => core.info(escapeLog(m)),
  notice: (m, p) => core.notice(annotated(typeof m === 'string' ? m : m.message), props(p)),
  warning: (m, p) => core.warning(annotated(typeof m === 'string' ? m : m.message), props(p)),
  error: (m, p) => core.error(annotated(typeof m === 'string' ? m : m.message), props(p)),
  setFailed: (m) => core.setFailed(annotated(typeof m === 'string' ? m : m.message)),
  startGroup: (name) => core.startGroup(escapeLog(name)),
  group: (name, fn) => core.group(escapeLog(name), fn),
}
