/**
 * Node prints a process warning (`process.emitWarning`, by a library or by Node itself) raw on
 * stderr, where the runner reads `##[` anywhere in a line. The entry points replace that printer
 * with one whose line goes through `escapeLog`, so no library's warning can carry a workflow
 * command from a config or data file (defence in depth: yaml, the one library found to warn with
 * config text, is also told never to warn).
 */
import { escapeLog } from './log-escape.js'

export function escapeProcessWarnings(write: (text: string) => void = (text) => void process.stderr.write(text)): void {
  // `--no-warnings` installs no printer: keep it that way.
  if (process.listenerCount('warning') === 0) return
  process.removeAllListeners('warning')
  process.on('warning', (w: Error) => write(`${escapeLog(`(node:${process.pid}) ${w.name}: ${w.message}`)}\n`))
}
