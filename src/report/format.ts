/**
 * Formatting shared by the renderers: numbers, metric labels, which direction is worse,
 * and escaping of every string that comes from data or config.
 */
import type { BaseMetric } from '../stats/metrics.js'
import { codePoint, visibleValue } from '../config/log-escape.js'

/** Short column titles for tables. */
export const METRIC_LABELS: Record<BaseMetric, string> = {
  count: 'n',
  base_rate: 'base rate',
  selection_rate: 'selection rate',
  accuracy: 'accuracy',
  true_positive_rate: 'TPR',
  false_positive_rate: 'FPR',
  false_negative_rate: 'FNR',
  true_negative_rate: 'TNR',
  precision: 'precision',
  negative_predictive_value: 'NPV',
  recall: 'recall',
  f1: 'F1',
  balanced_accuracy: 'balanced acc.',
  roc_auc: 'ROC AUC',
}

/** Which way is worse, for marking the worst group of a column; null where neither is (selection rate, base rate, count). */
export function worseDirection(metric: BaseMetric): 'low' | 'high' | null {
  switch (metric) {
    case 'count':
    case 'base_rate':
    case 'selection_rate':
      return null
    case 'false_positive_rate':
    case 'false_negative_rate':
      return 'high'
    default:
      return 'low'
  }
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
  return markdownInert(visibleValue(text))
}

/** `escapeMarkdown` of a name already made visible (`visibleValue`, `distinguishNames`): its `<U+XXXX>` kept as written, not escaped twice. */
export function markdownInert(visible: string): string {
  return (
    visible
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

/** A name with every character outside printable ASCII written as `<U+XXXX>`, and white space at either end too: how look-alike names are told apart. */
function spelled(name: string): string {
  const inner = visibleValue(name).replace(/[^\x20-\x7e]/gu, (c) => codePoint(c))
  return inner.replace(/^ +| +$/g, (run) => '<U+0020>'.repeat(run.length))
}

/**
 * Letters that look like Latin ones in common fonts (Cyrillic and Greek, upper and lower case):
 * a small fold, not Unicode's whole confusables table, which Node does not carry. Names that
 * still differ after it and NFKC and case folding look different enough.
 */
const CONFUSABLE: Record<string, string> = Object.fromEntries(
  [
    // Cyrillic
    'АA', 'аa', 'ВB', 'вb', 'СC', 'сc', 'ЕE', 'еe', 'ЁE', 'ёe', 'НH', 'һh', 'ІI', 'іi', 'ЇI', 'їi', 'ЈJ', 'јj', 'КK', 'кk', 'МM', 'мm', 'ОO', 'оo', 'РP', 'рp', 'ЅS', 'ѕs', 'ТT', 'тt', 'ХX', 'хx', 'УY', 'уy', 'ҮY', 'үy', 'ԁd', 'ԛq', 'ԜW', 'ԝw', 'ӏl', 'Ӏl',
    // Greek
    'ΑA', 'αa', 'ΒB', 'βb', 'ΕE', 'εe', 'ΖZ', 'ΗH', 'ΙI', 'ιi', 'ΚK', 'κk', 'ΜM', 'ΝN', 'νv', 'ΟO', 'οo', 'ΡP', 'ρp', 'ΤT', 'τt', 'ΥY', 'υu', 'ΧX', 'χx', 'ϲc', 'Ϲc', 'ϳj',
  ].map((pair) => [pair[0] as string, pair[1] as string]),
)
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'gu')

/** Scripts whose letters pass for Latin ones: a name with letters of two of them is spelled out. */
const LOOKALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u, /\p{Script=Cherokee}/u, /\p{Script=Coptic}/u]

function mixesScripts(name: string): boolean {
  let seen = 0
  for (const script of LOOKALIKE_SCRIPTS) if (script.test(name) && ++seen > 1) return true
  return false
}

/** How a name looks: visible form, NFKC, the confusables fold, case folded, white space as one space and trimmed. */
function lookOf(name: string): string {
  return visibleValue(name).normalize('NFKC').replace(CONFUSABLE_CHARS, (c) => CONFUSABLE[c] as string).toLowerCase().replace(/\s+/gu, ' ').trim()
}

/**
 * How a list of group names is shown so that no two look alike. `visibleValue` shows every
 * invisible or blank character (zero-width, default-ignorable, fillers, lone surrogates), so names
 * that differ only in those print differently. A name is then spelled out — its non-ASCII
 * characters as `<U+XXXX>`, white space at either end as `<U+0020>` — when it starts or ends with
 * white space (GitHub trims table cells), mixes letters of Latin, Cyrillic, Greek, Armenian,
 * Cherokee or Coptic (`Fеmale` with a Cyrillic е), or looks like another name of the list: equal
 * after NFKC (a composed `é` and `e` + U+0301, full-width letters, a no-break space), case folding
 * and a small fold of Cyrillic and Greek letters that pass for Latin (`АВС`, `ΑBC` and `ABC`). An
 * ASCII name spelled out is itself, so ordinary names are shown as they are.
 */
export function distinguishNames(names: readonly string[]): string[] {
  const byLook = new Map<string, Set<string>>()
  const looks = names.map((n) => {
    const k = lookOf(n)
    const set = byLook.get(k) ?? new Set<string>()
    set.add(n)
    byLook.set(k, set)
    return k
  })
  return names.map((n, i) => ((byLook.get(looks[i] as string) as Set<string>).size > 1 || /^\s|\s$/u.test(n) || mixesScripts(n) ? spelled(n) : visibleValue(n)))
}

/**
 * How a gate's or a disparity's groups are shown: as in their attribute's group table (the names
 * distinguished among all its groups), so a `Female` in a gate list is tellable from `Female `.
 * A name not among the audit's groups is distinguished within the list given.
 */
export function groupNamer(groups: readonly { attribute: string | string[]; key: string }[]): (attribute: string | string[] | null, names: readonly string[]) => string[] {
  const byAttribute = new Map<string, Map<string, string>>()
  const shown = (attribute: string | string[]): Map<string, string> => {
    const id = JSON.stringify(attribute)
    let map = byAttribute.get(id)
    if (!map) {
      const keys = [...new Set(groups.filter((g) => JSON.stringify(g.attribute) === id).map((g) => g.key))]
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
