/**
 * Formatting shared by the renderers: numbers, metric labels, which direction is worse,
 * and escaping of every string that comes from data or config.
 */
import { BASE_METRICS, metricSpec, type BaseMetric } from '../stats/catalog.js'
import { visibleValue } from '../config/log-escape.js'

/** Short column titles for tables (the catalog's labels). */
export const METRIC_LABELS: Readonly<Record<BaseMetric, string>> = Object.fromEntries(BASE_METRICS.map((m) => [m, metricSpec(m).label])) as Record<BaseMetric, string>

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

/**
 * Makes a string from data or config inert in GitHub markdown and HTML: no table breaks,
 * no tags, no code spans, no links or images, no @mentions, #references or GH-references, no
 * `www.` autolinks, no comment markers, no line breaks. Every special character becomes an
 * HTML entity, which GitHub shows as the character itself. Control, zero-width and
 * bidirectional characters are shown as `<U+XXXX>` (`visibleValue`), so a name reads in its
 * stored order and two different names never look alike.
 */
export function escapeMarkdown(text: string): string {
  return (
    visibleValue(text)
      .replace(/[&<>"|`\\*_[\]()!#@~:=$]/g, (c) => MD_ESCAPES[c] as string)
      // `www.x` autolinks without a scheme and `GH-1` (any case) is a live issue reference: the
      // dot or hyphen becomes an entity.
      .replace(/(?<=www)\./gi, '&#46;')
      .replace(/(?<=gh)-(?=\d)/gi, '&#45;')
      // A run of 7 to 40 hex digits with a letter and a digit in it may be a commit SHA, which
      // GitHub links: its first character becomes an entity.
      .replace(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)([0-9a-f])(?=[0-9a-f]{6,39}\b)/gi, (c) => `&#${c.charCodeAt(0)};`)
  )
}

/** A name with every character outside printable ASCII written as `<U+XXXX>`: how look-alike names are told apart. */
function spelled(name: string): string {
  return visibleValue(name).replace(/[^\x20-\x7e]/gu, (c) => `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`)
}

/**
 * How a table's group names are shown so that no two rows look alike. `visibleValue` already
 * shows every invisible character, so names that differ only in those print differently; names
 * that still look the same (a composed `é` and `e` + U+0301, a no-break space for a space,
 * full-width letters) are different groups in the data, and each of them is then spelled out
 * with its non-ASCII characters as `<U+XXXX>`. Other names are shown as they are.
 */
export function distinguishNames(names: readonly string[]): string[] {
  const look = (n: string): string => visibleValue(n).normalize('NFKC').replace(/\s+/gu, ' ')
  const byLook = new Map<string, Set<string>>()
  for (const n of names) {
    const k = look(n)
    const set = byLook.get(k) ?? new Set<string>()
    set.add(n)
    byLook.set(k, set)
  }
  return names.map((n) => ((byLook.get(look(n)) as Set<string>).size > 1 ? spelled(n) : visibleValue(n)))
}
