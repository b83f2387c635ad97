/**
 * Formatting shared by the renderers: numbers, metric labels, which direction is worse,
 * and escaping of every string that comes from data or config.
 */
import { BASE_METRICS, metricSpec, type BaseMetric } from '../stats/catalog.js'
import { visibleText, visibleValue } from '../config/log-escape.js'
import { distinguishNames } from '../config/display-names.js'
import { groupDigits } from '../config/problem.js'
import { attributeId, rowsOf } from './by-attribute.js'

export { distinguishNames }
export { groupDigits, plural } from '../config/problem.js'

/** Short column titles for tables (the catalog's labels). */
export const METRIC_LABELS: Readonly<Record<BaseMetric, string>> = Object.fromEntries(
  BASE_METRICS.map((m) => [m, metricSpec(m).label]),
) as Record<BaseMetric, string>

/** Which way is worse, for marking the worst group of a column; null for a descriptive quantity (selection rate, base rate, count). */
export function worseDirection(metric: BaseMetric): 'low' | 'high' | null {
  const spec = metricSpec(metric)
  if (spec.descriptive) return null
  return spec.better === 'lower' ? 'high' : 'low'
}

/**
 * A metric value for people: 4 decimals for rates, grouped digits for counts (a count, its
 * difference, its group min and max; a count's ratio is a rate: `count_ratio` 0.48 showed as 0),
 * "—" for undefined.
 */
export function formatValue(value: number | null | undefined, metric?: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  if (metric === 'count' || (metric && /^count_/.test(metric) && !/_ratio$/.test(metric)))
    return groupDigits(Math.round(value))
  if (Number.isInteger(value) && Math.abs(value) >= 1000) return groupDigits(value)
  return value.toFixed(4)
}

/** An attribute's or intersection's name as text (`sex × race`), or `overall` for the overall row; each renderer escapes it its own way. */
export function scopeOf(attribute: string | readonly string[] | null): string {
  if (attribute === null) return 'overall'
  return typeof attribute === 'string' ? attribute : attribute.join(' × ')
}

/** A threshold: trailing zeros off. */
export function formatThreshold(t: { min?: number; max?: number }): string {
  const parts: string[] = []
  if (t.min !== undefined) parts.push(`≥ ${t.min}`)
  if (t.max !== undefined) parts.push(`≤ ${t.max}`)
  return parts.join(', ')
}

const MD_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  // GitHub renders `$…$` and `$$…$$` as math.
  $: '&#36;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '!': '&#33;',
  '#': '&#35;',
  '@': '&#64;',
  '~': '&#126;',
  ':': '&#58;',
  '=': '&#61;',
}

/** `MD_ESCAPES` by character code (ASCII only), for the one pass of `inertPart`. */
const MD_ESCAPE_BY_CODE: (string | undefined)[] = Array.from({ length: 128 }, (_, c) =>
  Object.hasOwn(MD_ESCAPES, String.fromCharCode(c)) ? MD_ESCAPES[String.fromCharCode(c)] : undefined,
)

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number): boolean => c >= 48 && c <= 57
/** A character of a word, as GitHub's autolinks see one: a letter, a digit or `_`. */
const isWordChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95
/** After these, a new prefix may start (a word boundary inside a run): `-`, `.`, `/`, `:`, `+`. */
const isBoundary = (c: number): boolean => c === 45 || c === 46 || c === 47 || c === 58 || c === 43
/**
 * Characters of a custom autolink's reference prefix (GitHub: letters, digits, `-`, `.`, `/`,
 * `:`, `_` and `+`, "prefixes also now allow ., -, _, +, =, :, /, and #"; `=` and `#` are
 * entities already). `+` is a word boundary too: `a+GH-1` may link `GH-1`, and `deadbeef1+x` a SHA.
 */
const isRunChar = (c: number): boolean => isLetter(c) || isDigit(c) || isBoundary(c) || c === 95
const isHexLetter = (c: number): boolean => (c >= 65 && c <= 70) || (c >= 97 && c <= 102)

/**
 * A number's exponent so far (`1.5e-`: `[-+]?\d*\.?\d+[eE][-+]?`, a number, not a prefix), as a
 * state machine over the run's characters: the state after a prefix of the run, so that each
 * character is looked at once. States: 0 start, 1 sign, 2 digits, 3 a dot, 4 digits after the
 * dot, 5 `e` (accepting), 6 `e` and a sign (accepting), -1 no exponent can follow.
 */
function exponentStep(state: number, c: number): number {
  const digit = isDigit(c)
  const sign = c === 45 || c === 43
  const e = c === 69 || c === 101
  switch (state) {
    case 0:
      return sign ? 1 : digit ? 2 : c === 46 ? 3 : -1
    case 1:
      return digit ? 2 : c === 46 ? 3 : -1
    case 2:
      return digit ? 2 : c === 46 ? 3 : e ? 5 : -1
    case 3:
      return digit ? 4 : -1
    case 4:
      return digit ? 4 : e ? 5 : -1
    case 5:
      return sign ? 6 : -1
    default:
      return -1
  }
}

/**
 * The indices of `text` to write as entities so that no autolink acts:
 * - a run of 7 to 40 hex digits with a letter and a digit may be a commit SHA, which GitHub
 *   links: its first character;
 * - a repository may configure custom autolinks (`JIRA-` + number → its tracker; GitHub's own
 *   `GH-1`): a prefix of letters, digits, `-`, `.`, `/`, `:` or `_` starting at a word boundary,
 *   then the reference. Wherever digits follow a non-digit in such a run after a letter, every
 *   prefix that could end there (each starts at the run's start or after a `-`, `.`, `/`, `:`)
 *   must hold an entity: if none does yet, the character before the digits becomes one. So
 *   `JIRA-123`, `GH-1`, `TICKET123` and `x/ZD42` are inert, and numbers without a letter before
 *   them (`0.25`, `[25, 45)`, `2,000`, `2019-01`, `1.5e-3`) stay as they are.
 * - alphanumeric custom autolinks (a prefix, then letters, digits or `-`: `JIRA-abc`): wherever a
 *   letter follows a `-` in such a run after a letter, the same holds, so `JIRA-abc` is written
 *   `JIRA&#45;abc` (and `African-American` `African&#45;American`, which renders the same). A
 *   prefix that ends in a letter or digit right before letters (`TICKETabc`) cannot be told from
 *   a word and is left as it is; nor are prefixes ending in `.` or `/` before letters (every file
 *   name would change).
 * Characters that `MD_ESCAPES` writes as entities (`:`, `_`) already break a prefix.
 */
function autolinkBreaks(text: string): Uint8Array {
  // One pass over each run (and one over its segments): each character is looked at a bounded
  // number of times, so a 1 MiB name of markup costs what a plain one does (red team 4 R4-2, R4-3).
  const n = text.length
  const breaks = new Uint8Array(n)
  let at = 0
  while (at < n) {
    if (!isRunChar(text.charCodeAt(at))) {
      at++
      continue
    }
    let end = at
    while (end < n && isRunChar(text.charCodeAt(end))) end++
    // Commit SHAs: each segment between word boundaries (`-`, `.`, `/`, `:`) on its own.
    for (let s = at; s < end;) {
      if (isBoundary(text.charCodeAt(s))) {
        s++
        continue
      }
      let e = s
      let hex = true
      let letter = false
      let digit = false
      for (; e < end; e++) {
        const c = text.charCodeAt(e)
        if (isBoundary(c)) break
        if (isDigit(c)) digit = true
        else if (isHexLetter(c)) letter = true
        else hex = false
      }
      if (hex && letter && digit && e - s >= 7 && e - s <= 40) breaks[s] = 1
      s = e
    }
    let lastStart = 0
    let lastBroken = -1
    let lastLetter = -1
    let startOfLetter = -1
    let exponent = 0
    let prev = -1
    for (let i = 0; at + i < end; i++) {
      const c = text.charCodeAt(at + i)
      if (i > 0 && isBoundary(prev)) lastStart = i
      if (breaks[at + i] === 1) lastBroken = i
      if (c === 58 || c === 95) lastBroken = i
      const letter = isLetter(c)
      // An alphanumeric custom autolink (`JIRA-abc`: GitHub's `<num>` may hold letters, digits and
      // `-`): a letter after a `-` that ends a prefix with a letter and no entity in it breaks the `-`.
      if (letter && prev === 45 && lastLetter >= 0 && lastBroken < startOfLetter) {
        breaks[at + i - 1] = 1
        lastBroken = i - 1
      }
      if (letter) {
        lastLetter = i
        startOfLetter = lastStart
      } else if (
        isDigit(c) &&
        i > 0 &&
        !isDigit(prev) &&
        lastLetter >= 0 &&
        lastBroken < startOfLetter &&
        exponent !== 5 &&
        exponent !== 6
      ) {
        breaks[at + i - 1] = 1
        lastBroken = i - 1
      }
      exponent = exponentStep(exponent, c)
      prev = c
    }
    at = end
  }
  return breaks
}

/**
 * Makes a string from data or config inert in GitHub markdown and HTML: no table breaks,
 * no tags, no code spans, no links or images, no @mentions, #references, GH-references or
 * custom autolinks (`autolinkBreaks`), no `www.` autolinks, no comment markers, no line
 * breaks. Every special character becomes an HTML entity, which GitHub shows as the character
 * itself. Control, zero-width and bidirectional characters are shown as `<U+XXXX>`
 * (`visibleValue`), so a name reads in its stored order and two different names never look alike.
 */
/**
 * Text that holds values made visible already (`visibleText`: a problem as `formatProblems` gives
 * it, a gate's message), inert in Markdown: `escapeMarkdown` would show a `<U+2028>` it holds as
 * `<U+003C>U+2028>` (red team 16 R16-2).
 */
export function escapeMarkdownText(text: string): string {
  return markdownInert(visibleText(text))
}

/**
 * A commit as a run names it, its first 12 characters: as written when it is a SHA (GitHub links
 * it), in a code span when `code`; else escaped, so that a payload's text cannot close a span or
 * mention anyone (red team 18 R18-3).
 */
export function shortCommit(commit: string, code = false): string {
  const short = commit.slice(0, 12)
  if (!/^[0-9a-f]{7,40}$/i.test(commit)) return escapeMarkdown(short)
  return code ? `\`${short}\`` : short
}

export function escapeMarkdown(text: string): string {
  if (text.length < MEMO_MIN_CHARS) return markdownInert(visibleValue(text))
  return memoised(escapedMemo, text, () => inertOf(visibleValue(text)))
}

/**
 * Long strings escaped once, not once a render: the comment and the summary are each rendered up
 * to seven times to fit GitHub's limits (`fit.ts`), and a warning or a gate message of a report
 * read back may be 1 MiB. Strings shorter than this are cheaper to escape than to look up.
 */
const MEMO_MIN_CHARS = 512
/** Characters the memo holds (its keys and values); past it, strings are escaped again each time: bounded memory, whatever the report. */
const MEMO_MAX_CHARS = 32 * 1024 * 1024
const escapedMemo = new Map<string, string>()
const inertMemo = new Map<string, string>()
let memoChars = 0

/** Empties the memo: `renderMarkdownWithin` calls it when a report is fitted, so nothing is held past its renders. */
export function clearEscapeMemo(): void {
  escapedMemo.clear()
  inertMemo.clear()
  memoChars = 0
}

function memoised(memo: Map<string, string>, text: string, escape: () => string): string {
  const known = memo.get(text)
  if (known !== undefined) return known
  const out = escape()
  if (memoChars + text.length + out.length <= MEMO_MAX_CHARS) {
    memo.set(text, out)
    memoChars += text.length + out.length
  }
  return out
}

/** `escapeMarkdown` of a name already made visible (`visibleValue`, `distinguishNames`): its `<U+XXXX>` kept as written, not made visible twice. */
export function markdownInert(visible: string): string {
  return visible.length < MEMO_MIN_CHARS ? inertOf(visible) : memoised(inertMemo, visible, () => inertOf(visible))
}

function inertOf(visible: string): string {
  // A `<U+XXXX>` that visibleValue or distinguishNames wrote is ours, not an autolink: its
  // brackets become entities and its hex digits stay as they are.
  return visible
    .split(/(<U\+[0-9A-F]{4,6}>)/)
    .map((part, i) => (i % 2 === 1 ? `&lt;${part.slice(1, -1)}&gt;` : inertPart(part)))
    .join('')
}

const isW = (c: number): boolean => c === 87 || c === 119

/** An invisible character that no reference, autolink or commit SHA spans. */
const WORD_JOINER = '\u2060'

const isHex = (c: number): boolean => isDigit(c) || isHexLetter(c)
/** A character of a run that a custom autolink's prefix may hold (`autolinkBreaks`). */
const isPrefixChar = (c: number): boolean => isLetter(c) || isDigit(c) || isBoundary(c) || c === 95

/**
 * A visible title (`visibleValue`) in which no reference or mention links. GitHub shows an issue
 * title as typed, without markdown (an entity or a backslash would show as typed), yet links
 * `#1`, `owner/repo#1`, `GH-1`, custom autolinks (`JIRA-1`, `TICKET1`) and commit SHAs in it, and
 * a mention names a user. So `#` and `@` become their full-width forms `＃` and `＠`; a word
 * joiner (U+2060) goes before digits that follow a letter, or a `-`, `.`, `/`, `:` or `_` after a
 * letter, in one run (no prefix then meets its number), and after every sixth character of a run
 * of 7 to 40 hex digits with a letter and a digit (no piece is a SHA). Numbers without a letter
 * before them (`0.25`, `2019-01`) stay as they are (red team 12: the alert issue's title kept `#1`
 * and `GH-1` live).
 */
export function titleInert(visible: string): string {
  // A `<U+XXXX>` of `visibleValue` is shown as it is.
  return visible
    .split(/(<U\+[0-9A-F]{4,6}>)/)
    .map((part, i) => (i % 2 === 1 ? part : titlePart(part)))
    .join('')
}

function titlePart(visible: string): string {
  const n = visible.length
  const join = new Uint8Array(n)
  let letterInRun = false
  for (let i = 0; i < n; i++) {
    const c = visible.charCodeAt(i)
    if (!isPrefixChar(c)) {
      letterInRun = false
      continue
    }
    if (isDigit(c) && i > 0 && !isDigit(visible.charCodeAt(i - 1)) && letterInRun) join[i] = 1
    if (isLetter(c)) letterInRun = true
  }
  for (let i = 0; i < n;) {
    if (!isHex(visible.charCodeAt(i)) || (i > 0 && isWordChar(visible.charCodeAt(i - 1)))) {
      i++
      continue
    }
    let e = i
    let letter = false
    let digit = false
    for (; e < n && isHex(visible.charCodeAt(e)); e++) {
      if (isDigit(visible.charCodeAt(e))) digit = true
      else letter = true
    }
    if (letter && digit && e - i >= 7 && e - i <= 40 && !(e < n && isWordChar(visible.charCodeAt(e))))
      for (let k = i + 6; k < e; k += 6) join[k] = 1
    i = e
  }
  let out = ''
  let plain = 0
  for (let i = 0; i < n; i++) {
    const c = visible.charCodeAt(i)
    // `#` and `@` reference and mention; a backtick opens a code span and `:x` an emoji shortcode,
    // which titles render too (red team 20 R20-4): their fullwidth forms read alike and do nothing.
    const swap =
      c === 35
        ? '\uff03'
        : c === 64
          ? '\uff20'
          : c === 96
            ? '\uff40'
            : c === 58 && i + 1 < n && /[\w+-]/.test(visible[i + 1] as string)
              ? '\uff1a'
              : undefined
    if (swap === undefined && join[i] === 0) continue
    out += visible.slice(plain, i) + (join[i] === 1 ? WORD_JOINER : '') + (swap ?? visible[i])
    plain = i + 1
  }
  return plain === 0 ? visible : out + visible.slice(plain)
}

/**
 * One pass: each character as itself, its `MD_ESCAPES` entity, or (a break) its numeric entity;
 * unchanged stretches are copied as slices. `www.x` autolinks without a scheme: a dot after
 * three `w`s written as themselves becomes `&#46;` too.
 */
function inertPart(visible: string): string {
  const breaks = autolinkBreaks(visible)
  let out = ''
  let plain = 0
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i)
    let entity: string | undefined
    if (breaks[i] === 1) entity = `&#${c};`
    else if (c < 128 && (entity = MD_ESCAPE_BY_CODE[c]) !== undefined) {
      // as MD_ESCAPES says
    } else if (
      c === 46 &&
      i >= 3 &&
      isW(visible.charCodeAt(i - 1)) &&
      isW(visible.charCodeAt(i - 2)) &&
      isW(visible.charCodeAt(i - 3)) &&
      breaks[i - 1] === 0 &&
      breaks[i - 2] === 0 &&
      breaks[i - 3] === 0
    )
      entity = '&#46;'
    if (entity === undefined) continue
    if (plain < i) out += visible.slice(plain, i)
    out += entity
    plain = i + 1
  }
  return plain === 0 ? visible : out + visible.slice(plain)
}

/**
 * How a gate's or a disparity's groups are shown: as in their attribute's group table (the names
 * distinguished among all its groups), so a `Female` in a gate list is tellable from `Female `.
 * A name not among the audit's groups is distinguished within the list given.
 */
export function groupNamer(
  groups: readonly { attribute: string | string[]; key: string }[],
): (attribute: string | string[] | null, names: readonly string[]) => string[] {
  const byAttribute = new Map<string, Map<string, string>>()
  const shown = (attribute: string | string[]): Map<string, string> => {
    const id = attributeId(attribute)
    let map = byAttribute.get(id)
    if (!map) {
      const keys = [...new Set(rowsOf(groups, attribute).map((g) => g.key))]
      const names = distinguishNames(keys)
      map = new Map(keys.map((k, i) => [k, names[i] as string]))
      byAttribute.set(id, map)
    }
    return map
  }
  return (attribute, names) => {
    const map = attribute === null ? new Map<string, string>() : shown(attribute)
    const fallback = distinguishNames(names)
    return names.map((n, i) => map.get(n) ?? (fallback[i] as string))
  }
}
