/**
 * The fast path for a JSON config: `JSON.parse` for the value and one pass over the text for
 * where each value and key is, instead of yaml's document (its parser, node tree and position
 * of every token), so a run with a `.json` config never loads yaml. It gives an answer only for
 * a config that is read without any problem: anything else — a text JSON.parse refuses, a
 * duplicate key, a list past the bounds, a text yaml would read otherwise, any problem of the
 * schema or the normaliser — returns null, and the caller loads the config with `loadConfig`
 * (`load.ts`), whose messages are the ones users see. A differential test holds the two equal
 * (`__tests__/config/load-json.test.ts`).
 */
import { buildConfig, CONFIG_MAX_BYTES, CONFIG_MAX_COLLECTION_ITEMS, CONFIG_MAX_DEPTH, crowdedAt } from './build.js'
import type { LoadResult } from './build.js'
import type { PathSeg, Positions } from './positions.js'
import { CONFIG_LIMITS } from './schema.js'
import type { Config } from './types.js'
import type { SourcePos } from './types.js'

/** A value of the text: where it starts (its `{`, `[`, `"` or first character), and its members. */
interface JsonNode {
  at: number
  keys?: Map<string, { key: number; value: JsonNode }>
  items?: JsonNode[]
}

/**
 * The config of a JSON text that has no problem, as `loadConfig` reads it; null for every other
 * text (the caller then runs `loadConfig`, for its messages).
 */
export function loadJsonConfig(text: string, file: string): { config: Config; problems: [] } | null {
  if (text.length > CONFIG_MAX_BYTES || crowdedAt(text, file)) return null
  // A lone carriage return breaks a line for YAML (and so moves its columns); JSON's whitespace allows it.
  if (/\r(?!\n)/.test(text)) return null
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  const root = indexJson(text)
  if (!root) return null
  const audits = (data as { audits?: unknown } | null)?.audits
  if (Array.isArray(audits) && audits.length > CONFIG_LIMITS.audits) return null
  const result: LoadResult = buildConfig(data, new JsonPositions(text, root), file)
  return result.config && result.problems.length === 0 ? { config: result.config, problems: [] } : null
}

/**
 * Where every value and key of a JSON text is (the text is valid JSON: JSON.parse read it).
 * Null where the loader has a problem to report, or yaml might read the text otherwise: a key
 * given twice in one object (JSON.parse keeps the last one), a `__proto__` key, a list or object
 * of more than `CONFIG_MAX_COLLECTION_ITEMS` items or nested more than `CONFIG_MAX_DEPTH`.
 */
function indexJson(text: string): JsonNode | null {
  let i = 0
  const space = (): void => {
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 10 || c === 13 || c === 9) i++
      else return
    }
  }
  /** Past the string that starts at `i`; whether it held an escape. */
  const string = (): boolean => {
    let escaped = false
    i++
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        i++
        return escaped
      }
      if (c === 92) {
        escaped = true
        i += 2
      } else i++
    }
  }
  const value = (depth: number): JsonNode | null => {
    space()
    const at = i
    const c = text.charCodeAt(i)
    if (c === 123 || c === 91) {
      if (depth > CONFIG_MAX_DEPTH) return null
      i++
      space()
      const close = c === 123 ? 125 : 93
      const keys = c === 123 ? new Map<string, { key: number; value: JsonNode }>() : undefined
      const items: JsonNode[] | undefined = keys ? undefined : []
      const node: JsonNode = keys ? { at, keys } : { at, items }
      if (text.charCodeAt(i) === close) {
        i++
        return node
      }
      for (;;) {
        if (keys) {
          space()
          const key = i
          const escaped = string()
          const name = escaped ? (JSON.parse(text.slice(key, i)) as string) : text.slice(key + 1, i - 1)
          space()
          i++ // the ':'
          const v = value(depth + 1)
          if (!v || keys.has(name) || name === '__proto__') return null
          keys.set(name, { key, value: v })
          if (keys.size > CONFIG_MAX_COLLECTION_ITEMS) return null
        } else {
          const v = value(depth + 1)
          if (!v) return null
          ;(items as JsonNode[]).push(v)
          if ((items as JsonNode[]).length > CONFIG_MAX_COLLECTION_ITEMS) return null
        }
        space()
        if (text.charCodeAt(i++) === close) return node
      }
    }
    if (c === 34) string()
    else
      for (;;) {
        const d = text.charCodeAt(i)
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || i >= text.length) break
        i++
      }
    return { at }
  }
  return value(1)
}

/** Positions in a JSON text, by key path, as `load.ts` gives them for the same text read by yaml. */
class JsonPositions implements Positions {
  private lineStarts: number[] | undefined

  constructor(
    private readonly text: string,
    private readonly root: JsonNode,
  ) {}

  at(path: readonly PathSeg[], key = false): SourcePos | undefined {
    let node: JsonNode | undefined = this.root
    let best = this.pos(node.at)
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as PathSeg
      if (node?.keys) {
        const member = node.keys.get(String(seg))
        if (!member) return best
        if (key && i === path.length - 1) return this.pos(member.key)
        node = member.value
      } else if (node?.items && typeof seg === 'number') node = node.items[seg]
      else return best
      if (node) best = this.pos(node.at)
    }
    return best
  }

  /** Line and column (1-based, in UTF-16 units as yaml's LineCounter counts them) of offset `at`. */
  private pos(at: number): SourcePos {
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
    }
    const starts = this.lineStarts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 }
  }
}
