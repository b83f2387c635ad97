/**
 * Reads the event payload before `@actions/github` does. Its `context` parses
 * GITHUB_EVENT_PATH when the package is first imported, so a file that is not JSON threw a
 * raw SyntaxError before `run()` could catch anything. main.ts imports this module first:
 * when the payload is unusable, it keeps the reason for `run()` to report as a problem and
 * hides the path from `@actions/github`, whose context then starts from an empty payload.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { groupDigits } from '../config/problem.js'

/**
 * The largest event payload read: GitHub caps webhook payloads at 25 MB
 * (docs.github.com, "Webhook events and payloads"), and the runner writes the event it got.
 */
export const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024

/**
 * Reads the payload as one regular file of at most MAX_EVENT_PAYLOAD_BYTES: opened without
 * blocking (a FIFO would wait for a writer forever), checked on the open descriptor (not a
 * device such as /dev/zero, which never ends, nor a directory), and read to its size only
 * (red team 12 R12-1: a FIFO hung the action, /dev/zero grew it to 5.8 GB before its first line).
 */
function readPayload(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new PayloadShapeError('not a regular file')
    if (stat.size > MAX_EVENT_PAYLOAD_BYTES)
      throw new PayloadShapeError(
        `${groupDigits(stat.size)} bytes, more than the ${groupDigits(MAX_EVENT_PAYLOAD_BYTES)} GitHub sends at most`,
      )
    // One byte past the size: a file that grows while it is read is seen to grow, not cut short.
    const buffer = Buffer.alloc(stat.size + 1)
    let filled = 0
    for (;;) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null)
      if (n === 0) break
      filled += n
      if (filled === buffer.length) throw new PayloadShapeError('a file that grew while it was read')
    }
    return buffer.toString('utf8', 0, filled)
  } finally {
    closeSync(fd)
  }
}

/** Deepest nesting of a payload: GitHub's webhook payloads nest some ten levels. */
export const MAX_EVENT_DEPTH = 64
/** Most objects and arrays in a payload: a push of 2,048 commits holds some 10,000. */
export const MAX_EVENT_CONTAINERS = 500_000

/**
 * Why `text` is nested deeper, or holds more objects and arrays, than any payload GitHub sends,
 * or null; found in one scan before it is parsed (it is parsed twice: here, and by
 * `@actions/github`'s context). Red team 12 R12-10: 10 MB of nested arrays took 9.1 s and 1.1 GB.
 */
export function nestingProblem(text: string): string | null {
  let depth = 0
  let containers = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_EVENT_DEPTH) return `nests values more than ${MAX_EVENT_DEPTH} levels deep`
      if (++containers > MAX_EVENT_CONTAINERS)
        return `holds more than ${groupDigits(MAX_EVENT_CONTAINERS)} objects and arrays`
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return null
}

/** A payload file of a shape the runner never writes (its reason is the message). */
class PayloadShapeError extends Error {}

/** Why the payload at GITHUB_EVENT_PATH cannot be used, or null (also when the variable is unset). */
export function eventPayloadProblem(
  path: string | undefined,
  read: (path: string) => string = readPayload,
): string | null {
  if (!path) return null
  let text: string
  try {
    text = read(path)
  } catch (e) {
    if (e instanceof PayloadShapeError)
      return `the event payload ${path} is ${e.message}; the runner writes it as a file: is GITHUB_EVENT_PATH set by hand?`
    const code = (e as NodeJS.ErrnoException).code
    return `cannot read the event payload ${path} (${code === 'ENOENT' ? 'no such file' : (e as Error).message}); the runner writes it: is GITHUB_EVENT_PATH set by hand?`
  }
  const shape = nestingProblem(text)
  if (shape !== null)
    return `the event payload ${path} ${shape}; the runner writes it: is GITHUB_EVENT_PATH set by hand?`
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

/**
 * The runner's URL variables `@actions/github` reads: GITHUB_API_URL when it is imported (its
 * client defaults build a proxy agent with `new URL(...)`, which threw a raw TypeError before
 * `run()`: red team 12 R12-3), the others for its context and our links.
 */
const URL_VARIABLES = ['GITHUB_API_URL', 'GITHUB_SERVER_URL', 'GITHUB_GRAPHQL_URL'] as const

/** Why `value` of `name` cannot be used, or null (also when it is unset or empty: the defaults apply). */
export function urlVariableProblem(name: string, value: string | undefined): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `${name} is not a URL; the runner sets it (https://api.github.com, or your GitHub Enterprise Server's): is it set by hand?`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `${name} is a ${url.protocol} URL, not http(s); the runner sets it: is it set by hand?`
  return null
}

/**
 * The proxy variables `@actions/http-client` reads when `@actions/github` is imported (its client
 * defaults build a proxy agent): a workflow's `env:` and a self-hosted runner may set them.
 */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const

const parses = (text: string): boolean => {
  try {
    new URL(text)
    return true
  } catch {
    return false
  }
}

/**
 * Why a proxy variable's `value` would throw in `@actions/http-client`'s `getProxyUrl`, or null:
 * it reads the value as a URL, else (when it has no http(s) scheme) as `http://` and the value,
 * and throws when that fails too (red team 12 R12-8: `http://::bad proxy` was a raw TypeError
 * stack trace at import, and the trace echoed the value).
 */
export function proxyVariableProblem(name: string, value: string | undefined): string | null {
  if (!value || parses(value) || value.startsWith('http://') || value.startsWith('https://')) return null
  if (parses(`http://${value}`)) return null
  return `${name} is not a proxy URL (expected http://host:port); the job's environment sets it: fix or unset it`
}

/**
 * The problems with this process's URL and proxy variables, found when the module loads; each
 * unusable one is removed, so `@actions/github` loads with its defaults and `run()` reports it.
 */
export const URL_VARIABLE_PROBLEMS: { variable: string; message: string }[] = []
const CHECKS = [
  [URL_VARIABLES, urlVariableProblem],
  [PROXY_VARIABLES, proxyVariableProblem],
] as const
for (const [names, problemOf] of CHECKS)
  for (const name of names) {
    const message = problemOf(name, process.env[name])
    if (message === null) continue
    URL_VARIABLE_PROBLEMS.push({ variable: name, message })
    delete process.env[name]
  }
