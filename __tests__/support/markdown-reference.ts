/**
 * The markdown escape as it was before it was made linear (red team 4 R4-2, R4-3): per
 * character, a Set of breaks, regex tests on slices. The reference the one-pass `markdownInert`
 * must equal, character for character, on any text (`__tests__/report/markdown-linear.test.ts`).
 * Kept as it was but for `+`, a prefix character and a word boundary since red team 4 R4-6.
 */
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
const AUTOLINK_RUN = /[A-Za-z0-9\-./:_+]+/g
/** After these, a new prefix may start (a word boundary inside a run). */
const PREFIX_BOUNDARY = /[-./:+]/
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
    for (const seg of run.matchAll(/[^-./:+]+/g)) if (HEX_SHA.test(seg[0])) breaks.add(at + seg.index)
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

/** `escapeMarkdown` of a name already made visible (`visibleValue`, `distinguishNames`): its `<U+XXXX>` kept as written, not made visible twice. */
export function referenceMarkdownInert(visible: string): string {
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
