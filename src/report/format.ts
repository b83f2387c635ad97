/**
 * Formatting shared by the renderers: numbers, metric labels, which direction is worse,
 * and escaping of every string that comes from data or config.
 */
import { BASE_METRICS, metricSpec, type BaseMetric } from '../stats/catalog.js'
import { visibleValue } from '../config/log-escape.js'
import { distinguishNames } from '../config/display-names.js'
import { attributeId, rowsOf } from './by-attribute.js'

export { distinguishNames }

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

/** A metric value for people: 4 decimals for rates, grouped digits for counts, "—" for undefined. */
export function formatValue(value: number | null | undefined, metric?: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  if (metric === 'count' || (metric && /^count_/.test(metric))) return Math.round(value).toLocaleString('en-US')
  if (Number.isInteger(value) && Math.abs(value) >= 1000) return value.toLocaleString('en-US')
  return value.toFixed(4)
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

/** Characters of a custom autolink's reference prefix (GitHub: letters, digits, `-`, `.`, `/`, `:`, `_`). */
const AUTOLINK_RUN = /[A-Za-z0-9\-./:_]+/g
/** After these, a new prefix may start (a word boundary inside a run). */
const PREFIX_BOUNDARY = /[-./:]/
/** A number's exponent so far (`1.5e-`): a number, not a prefix. */
const EXPONENT = /^[-+]?\d*\.?\d+[eE][-+]?$/
const HEX_SHA = /^(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}$/i

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
function autolinkBreaks(text: string): Set<number> {
  const breaks = new Set<number>()
  for (const m of text.matchAll(AUTOLINK_RUN)) {
    const run = m[0]
    const at = m.index
    // Commit SHAs: each segment between word boundaries (`-`, `.`, `/`, `:`) on its own.
    for (const seg of run.matchAll(/[^-./:]+/g)) if (HEX_SHA.test(seg[0])) breaks.add(at + seg.index)
    let lastStart = 0
    let lastBroken = -1
    let lastLetter = -1
    let startOfLetter = -1
    for (let i = 0; i < run.length; i++) {
      const c = run[i] as string
      if (i > 0 && PREFIX_BOUNDARY.test(run[i - 1] as string)) lastStart = i
      if (breaks.has(at + i)) lastBroken = i
      if (c === ':' || c === '_') lastBroken = i
      // An alphanumeric custom autolink (`JIRA-abc`: GitHub's `<num>` may hold letters, digits and
      // `-`): a letter after a `-` that ends a prefix with a letter and no entity in it breaks the `-`.
      if (/[A-Za-z]/.test(c) && run[i - 1] === '-' && lastLetter >= 0 && lastBroken < startOfLetter) {
        breaks.add(at + i - 1)
        lastBroken = i - 1
      }
      if (/[A-Za-z]/.test(c)) {
        lastLetter = i
        startOfLetter = lastStart
      } else if (
        /\d/.test(c) &&
        i > 0 &&
        !/\d/.test(run[i - 1] as string) &&
        lastLetter >= 0 &&
        lastBroken < startOfLetter &&
        !EXPONENT.test(run.slice(0, i))
      ) {
        breaks.add(at + i - 1)
        lastBroken = i - 1
      }
    }
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
export function escapeMarkdown(text: string): string {
  return markdownInert(visibleValue(text))
}

/** `escapeMarkdown` of a name already made visible (`visibleValue`, `distinguishNames`): its `<U+XXXX>` kept as written, not made visible twice. */
export function markdownInert(visible: string): string {
  // A `<U+XXXX>` that visibleValue or distinguishNames wrote is ours, not an autolink: its
  // brackets become entities and its hex digits stay as they are.
  return visible
    .split(/(<U\+[0-9A-F]{4,6}>)/)
    .map((part, i) => (i % 2 === 1 ? `&lt;${part.slice(1, -1)}&gt;` : inertPart(part)))
    .join('')
}

function inertPart(visible: string): string {
  const breaks = autolinkBreaks(visible)
  let out = ''
  for (let i = 0; i < visible.length; i++) {
    const c = visible[i] as string
    out += breaks.has(i) ? `&#${c.charCodeAt(0)};` : Object.hasOwn(MD_ESCAPES, c) ? (MD_ESCAPES[c] as string) : c
  }
  // `www.x` autolinks without a scheme: the dot becomes an entity.
  return out.replace(/(?<=www)\./gi, '&#46;')
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
