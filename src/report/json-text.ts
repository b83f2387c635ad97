/**
 * The JSON report's text, `JSON.stringify(report, null, 2)` and a line break, byte for byte, as
 * chunks of about 64 KiB that the writer writes in turn: the whole text is never one string. A
 * report of 20,000 groups is about 120 MB of text (its disparities list every skipped group),
 * and building it as one string, with JSON.stringify's own buffers, took the run from 170 MB to
 * 490 MB.
 */

const CHUNK_CHARS = 1 << 16
/**
 * Containers this deep are written with one JSON.stringify (an entry of a disparity's skipped
 * groups, a group's metrics). Chunks and leaves stay small strings, which V8 frees young; strings
 * of a megabyte and more live in its large-object space until a full collection, and a leaf of
 * a whole disparity (2.5 MB with 20,000 skipped groups) kept the run at 270 MB.
 */
const LEAF_DEPTH = 6

/** What JSON.stringify writes for a value inside a container: undefined when it leaves it out. */
function jsonValue(key: string, value: unknown): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON: (k: string) => unknown }).toJSON(key)
    : value
}

function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol'
}

/**
 * Characters up to which the text is made by one JSON.stringify (a report of a few hundred
 * groups): walking the containers in a generator, as a large report needs, took 27–43 ms of CPU
 * for the bench's 1,000-row report (256 KB of text) in a fresh process, JSON.stringify 3 ms.
 */
export const WHOLE_CHARS = 1 << 22

/** Bounds a JSON text is read back within (src/report/check.ts: the reader's), for `surelyShorter` to be sure of too. */
export interface TextBounds {
  /** Containers nested at most this deep (one a bracket). */
  depth: number
  /** Values at most, counted as the reader counts `[`, `{` and `,`. */
  values: number
  /** Characters of one string's JSON text (between its quotes) at most. */
  stringChars: number
  /** Characters of each string's text that do not count toward `textChars`. */
  allowance: number
  /** Characters of the strings' texts beyond `allowance` each, in all, at most. */
  textChars: number
  /** Distinct object keys at most. */
  keys: number
}

/** A string whose JSON text is the string itself between its quotes: nothing to escape. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON.stringify escapes
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/

/** At most the characters between the quotes of a string's JSON text: its length, or six a character (an escape's most) when it holds one to escape. */
function textLength(s: string, allowance: number): number {
  return s.length * 6 <= allowance || PLAIN_STRING.test(s) ? s.length : s.length * 6
}

/**
 * Whether `JSON.stringify(value, null, 2)` is surely at most `limit` characters: plain data (no
 * `toJSON`), bounded by its nesting, its keys and strings (an escape takes at most 6 characters)
 * and its numbers (at most 24). False as soon as the bound passes the limit.
 *
 * With `within`, also surely within those bounds of a text read back, by upper bounds from the
 * values: values counted as the reader counts them (every object key, though JSON.stringify leaves
 * some out), containers' depth, each string's text (`textLength`) and the strings' text beyond
 * the allowance each, and the distinct keys.
 */
export function surelyShorter(value: object, limit: number, within?: TextBounds): boolean {
  let budget = limit
  let values = 1
  let textChars = 0
  /** Each distinct key's text length (with `within`): a report repeats a few hundred keys thousands of times. */
  const keys = new Map<string, number>()
  const counts = (n: number, b: TextBounds): boolean => {
    if (n > b.stringChars) return false
    if (n > b.allowance) textChars += n - b.allowance
    return textChars <= b.textChars
  }
  const stack: unknown[] = [value]
  const depths: number[] = [0]
  while (stack.length > 0) {
    const v = stack.pop()
    const depth = depths.pop() as number
    budget -= 2 * depth + 4
    if (typeof v === 'string') {
      budget -= 6 * v.length
      if (within && !counts(textLength(v, within.allowance), within)) return false
    } else if (v !== null && typeof v === 'object') {
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false
      const members = Array.isArray(v) ? null : Object.keys(v)
      // The reader counts the bracket one level down and a value for it, then one a comma.
      if (
        within &&
        (depth + 1 > within.depth || (values += Math.max(1, (members ?? (v as unknown[])).length)) > within.values)
      )
        return false
      if (members === null)
        for (const x of v as unknown[]) {
          stack.push(x)
          depths.push(depth + 1)
        }
      else
        for (const key of members) {
          budget -= 6 * key.length + 4
          if (within) {
            let n = keys.get(key)
            if (n === undefined) {
              keys.set(key, (n = textLength(key, within.allowance)))
              if (keys.size > within.keys) return false
            }
            if (!counts(n, within)) return false
          }
          stack.push((v as Record<string, unknown>)[key])
          depths.push(depth + 1)
        }
    } else budget -= 24
    if (budget < 0) return false
  }
  return true
}

/** The chunks of `JSON.stringify(value, null, 2) + '\n'`: one when the text is surely shorter than `wholeBelow` characters. */
export function* jsonChunks(value: unknown, wholeBelow = WHOLE_CHARS): Generator<string> {
  if (value !== null && typeof value === 'object' && surelyShorter(value, wholeBelow)) {
    yield `${JSON.stringify(value, null, 2)}\n`
    return
  }
  let parts: string[] = []
  let size = 0
  const put = (s: string): void => {
    parts.push(s)
    size += s.length
  }
  function* take(): Generator<string> {
    if (size < CHUNK_CHARS) return
    yield parts.join('')
    parts = []
    size = 0
  }
  const leaf = (v: unknown, indent: string): void => {
    const text = JSON.stringify(v, null, 2) as string | undefined
    put(text === undefined ? 'null' : indent ? text.replace(/\n/g, `\n${indent}`) : text)
  }
  const isLeaf = (v: unknown, depth: number): boolean => v === null || typeof v !== 'object' || depth >= LEAF_DEPTH
  function* write(v: object, indent: string, depth: number): Generator<string> {
    const inner = `${indent}  `
    if (Array.isArray(v)) {
      if (v.length === 0) return put('[]')
      put('[\n')
      for (let i = 0; i < v.length; i++) {
        if (i > 0) put(',\n')
        put(inner)
        const item = jsonValue(String(i), v[i])
        if (skipped(item)) put('null')
        else if (isLeaf(item, depth + 1)) leaf(item, inner)
        else yield* write(item as object, inner, depth + 1)
        yield* take()
      }
      return put(`\n${indent}]`)
    }
    let first = true
    for (const key of Object.keys(v)) {
      const item = jsonValue(key, (v as Record<string, unknown>)[key])
      if (skipped(item)) continue
      put(first ? '{\n' : ',\n')
      first = false
      put(`${inner}${JSON.stringify(key)}: `)
      if (isLeaf(item, depth + 1)) leaf(item, inner)
      else yield* write(item as object, inner, depth + 1)
      yield* take()
    }
    put(first ? '{}' : `\n${indent}}`)
  }
  const top = jsonValue('', value)
  if (skipped(top)) put('undefined')
  else if (isLeaf(top, 0)) leaf(top, '')
  else yield* write(top as object, '', 0)
  put('\n')
  if (size > 0) yield parts.join('')
}
