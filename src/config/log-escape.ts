/**
 * The one escape for text that leaves the tool as plain text: the Actions log (through
 * `@actions/core`), and the CLI's stdout and stderr. It lives in the lowest layer because
 * problems (config, data, pipeline) are formatted here too, and every layer may import it. Names and messages come from data and
 * config a pull request controls, so they must neither act on the runner nor look like
 * something they are not.
 *
 * Two layers, each a pure function:
 * - `visibleValue` for one value (a group, column or file name): every character that is
 *   invisible or moves the cursor (C0/C1 controls, line breaks, zero-width and bidirectional
 *   format characters, and in a value also blank and default-ignorable characters, lone surrogates,
 *   private-use and unassigned code points) becomes visible `<U+XXXX>` text, so a value stays on one line, reads in
 *   its stored order, and two different values never print the same.
 * - `escapeLog` for whole lines of output: the same for any control left in the text (only our
 *   own line breaks survive), then workflow-command prefixes are broken wherever they appear.
 */

/**
 * Characters that are invisible or reorder text: controls (Cc, including \r, \n, ESC), format
 * characters (Cf: zero-width space/joiners, U+2060, U+FEFF, soft hyphen, the bidirectional
 * embeddings, overrides, isolates and marks, tag characters), and the line and paragraph
 * separators U+2028/U+2029.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu
/**
 * In a value from data, also what renders as nothing or as a blank, or not at all as itself:
 * Unicode's default-ignorable code points (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
 * the combining grapheme joiner U+034F, variation selectors, Khmer inherent vowels, Mongolian
 * separators), the braille blank U+2800 (a symbol, not ignorable, but drawn empty), lone
 * surrogates (Cs, drawn as U+FFFD), private-use (Co) and unassigned (Cn) code points.
 */
const VALUE_INVISIBLE_OR_LITERAL =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800]|<U\+/gu

/** `<U+200B>`: Unicode's own notation, readable and unambiguous. */
export function codePoint(c: string): string {
  return `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`
}

/**
 * One value from data, shown safely on one line: invisible and control characters become
 * `<U+XXXX>`. A literal `<U+` in the value is itself written `<U+003C>U+`, so the mapping is
 * one-to-one: two different names never print alike (`a\u200bb`, `a<U+200B>b` and `ab` stay
 * three different texts). Ordinary names are returned unchanged.
 */
export function visibleValue(value: string): string {
  return value.replace(VALUE_INVISIBLE_OR_LITERAL, (c) => (c === '<U+' ? '<U+003C>U+' : codePoint(c)))
}

/**
 * A text that holds values already made visible (`visibleValue`, `distinguishNames`: a gate's
 * message lists its groups as their table spells them), shown safely: as `visibleValue`, except
 * that a whole `<U+XXXX>` is kept as written, not made visible twice. A literal `<U+` from data
 * was written `<U+003C>U+` by then, so it stays apart from the tool's own. Idempotent.
 */
export function visibleText(text: string): string {
  return text.replace(TEXT_INVISIBLE_OR_LITERAL, (c) => (c.length > 3 ? c : c === '<U+' ? '<U+003C>U+' : codePoint(c)))
}
const TEXT_INVISIBLE_OR_LITERAL =
  /<U\+[0-9A-F]{4,6}>|[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Default_Ignorable_Code_Point}\u2028\u2029\u2800]|<U\+/gu

export interface LogEscapeOptions {
  /**
   * Keep our own terminal sequences: SGR colours (`ESC[…m`), erase-line (`ESC[K`) and a carriage
   * return before it (the progress line's redraw). Only for a terminal; every value from data has
   * been through `visibleValue` before, so such sequences in the text are ours.
   */
  terminal?: boolean | undefined
}

// eslint-disable-next-line no-control-regex -- our own SGR and erase-line sequences, matched to keep them
const OWN_TERMINAL = /^(?:\u001b\[[0-9;]*[mK]|\r(?=\u001b\[K))/

/**
 * Lines for the Actions log or a terminal. The runner reads a line as a command when it starts
 * with `::` after leading white space (`::error …::`, `::stop-commands::`, `::add-mask::`), and
 * when `##[` appears anywhere in it (`##[warning]`, `##[group]`, `##[set-output …]`). So every
 * `::` becomes `: :` and every `##[` becomes `# #[`, wherever they are: visible, still readable,
 * and no prefix can be rebuilt from what is left. (Zero-width separators are out: they are
 * themselves the hostile characters this module makes visible; percent-encoding would be
 * unreadable.) Control characters other than our line breaks become `<U+XXXX>`, so no value can
 * start a log line of its own. Idempotent: escaping twice gives the same text.
 */
export function escapeLog(text: string, options: LogEscapeOptions = {}): string {
  const visible = text.replace(INVISIBLE, (c, offset: number) => {
    if (c === '\n' || c === '\t') return c
    if (options.terminal && (c === '\u001b' || c === '\r') && OWN_TERMINAL.test(text.slice(offset, offset + 16)))
      return c
    return codePoint(c)
  })
  return visible.replace(/:(?=:)/g, ': ').replace(/#(?=#\[)/g, '# ')
}

/**
 * Shortens a long value in place: the first `keep` characters, then `… (N characters)`. Bounds
 * what one name from data can add to a message, a log line or a summary.
 */
export function shortenValue(value: string, max = 200, keep = 160, what = 'characters'): string {
  if (value.length <= max) return value
  let cut = keep
  // Never split a surrogate pair.
  const code = value.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  let chars = 0
  for (const _ of value) chars++
  return `${value.slice(0, cut)}… (${chars.toLocaleString('en-US')} ${what})`
}
