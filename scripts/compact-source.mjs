/**
 * A bundle's text as V8 reads it faster at start-up: without comments and indentation, and in
 * ASCII alone, the same tokens in the same order, with a line break wherever one was between two
 * tokens (so automatic semicolon insertion and every restricted production read as before).
 *
 * Why: the CLI's pipeline chunk was 942 KB, half of it the sources' doc comments and
 * indentation, and 575 characters outside ASCII (×, —, ≤ … in comments and messages) made V8
 * hold all of it as a two-byte string: the scanner read it through its UTF-16 stream, once when
 * the chunk was compiled and again in every function compiled lazily (at its first call) during a
 * run. Compacted, it is 568 KB of one-byte text. Measured on the 2-core machine, instructions of
 * the bench's 1,000-row audit under cachegrind (`node --predictable`, which makes the count
 * repeat to 0.3%), all threads: 1,313-1,317 million -> 1,287-1,301; the import of the chunk alone
 * 35.1 -> 31.3 ms at load 9 (medians of 20, interleaved).
 *
 * What changes besides the spaces: a character outside ASCII is written as a `\uXXXX` escape,
 * which is the same character in a string, a template's cooked text, a regular expression and an
 * identifier (the build fails on what it cannot write so: a backslash before such a character, a
 * character outside the Basic Multilingual Plane, a U+2028 or U+2029, which end a `//` comment,
 * and `String.raw`, which reads a template's raw text). Function.prototype.toString and stack
 * traces' columns show the compact text. Licence comments (`/*!` or containing `@license` or
 * `@preserve`) are kept. (esbuild's minifyWhitespace, tried first, also renamed identifiers that
 * shadow others, `pathRoot` to `pathRoot2`, which changes a function's `name`.)
 *
 * The result is checked: tokenized again, it must give the same tokens (type and value) as the
 * input.
 */
import { tokenizer } from 'acorn'

const OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }

/** Type and value of every token of `code`, and the comments. */
function tokens(code, comments = []) {
  const out = []
  for (const t of tokenizer(code, { ...OPTIONS, onComment: comments })) out.push(t)
  return out
}

const LEGAL = /^!|@license|@preserve/

/** Every character outside ASCII as a `\uXXXX` escape; throws where that would change the program. */
function ascii(code) {
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error('compact-source: a backslash before a non-ASCII character')
  if (/[\u2028\u2029]/.test(code)) throw new Error('compact-source: U+2028 or U+2029 in the source')
  if (/[\ud800-\udfff]/.test(code)) throw new Error('compact-source: a character outside the BMP in the source')
  if (/\bString\.raw\b/.test(code)) throw new Error('compact-source: String.raw reads templates as written')
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A regular expression's pattern with its `\\uXXXX` escapes of non-ASCII characters written as the characters. */
const unescaped = (pattern) =>
  pattern.replace(/\\u([0-9a-fA-F]{4})/g, (m, hex) =>
    parseInt(hex, 16) > 0x7f ? String.fromCharCode(parseInt(hex, 16)) : m,
  )

/** What a token is, to compare two tokenizations: its type and value (a regular expression's pattern and flags). */
function key(t) {
  const v = t.type.label === 'regexp' ? `${unescaped(t.value.pattern)}/${t.value.flags}` : String(t.value)
  return `${t.type.label}:${v}`
}

/** `code` (a bundle or a chunk, an ES module) compacted as described above. */
export function compactSource(code) {
  const comments = []
  const list = tokens(code, comments)
  const legal = comments.filter((c) => LEGAL.test(c.value) && c.type === 'Block')
  let li = 0
  const hashBang = code.startsWith('#!') ? code.slice(0, code.indexOf('\n') + 1) : ''
  let out = hashBang
  let end = hashBang.length
  for (const t of list) {
    if (t.type.label === 'eof') break
    const gap = code.slice(end, t.start)
    const lineBreak = /[\n\r\u2028\u2029]/.test(gap)
    let keep = ''
    while (li < legal.length && legal[li].start < t.start) keep += `/*${legal[li++].value}*/`
    if (keep) out += lineBreak ? `\n${keep}\n` : ` ${keep} `
    else if (lineBreak) out += '\n'
    else if (gap.length > 0) out += ' '
    out += code.slice(t.start, t.end)
    end = t.end
  }
  out = ascii(out.endsWith('\n') ? out : `${out}\n`)
  const again = tokens(out)
  const same = again.length === list.length && again.every((t, i) => key(t) === key(list[i]))
  if (!same) throw new Error('compact-source: the compacted text does not give the same tokens')
  return out
}
