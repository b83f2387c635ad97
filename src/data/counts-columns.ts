/**
 * The columns of a counts table besides the audit's group columns (see `counts.ts`), in a module
 * of their own so that the config can refuse a group column of one of these names.
 */
export const COUNT_COLUMNS = ['tp', 'fp', 'tn', 'fn'] as const
/** With `weight:`, each cell's Σw and Σw² (the rows stay in tp, fp, tn, fn). */
export const WEIGHT_COLUMNS = ['w_tp', 'w_fp', 'w_tn', 'w_fn'] as const
export const SQUARE_COLUMNS = ['w2_tp', 'w2_fp', 'w2_tn', 'w2_fn'] as const
/** With `weight:`, an optional column the SQL writes: rows whose weight is NULL, negative, NaN or infinite. */
export const BAD_WEIGHT_COLUMN = 'n_bad_weight'
/**
 * Optional columns the SQL writes: the distinct values of the label (the prediction) in the
 * row's group, as `normaliseLabel` tells values apart. The rows refuse a third distinct value; a
 * counts table is refused when any row has more than two.
 */
export const LABEL_VALUES_COLUMN = 'n_label_values'
export const PREDICTION_VALUES_COLUMN = 'n_prediction_values'
export const GROUPING_COLUMN = 'grouping_set'
export const ROWS_COLUMN = 'n_rows'
/** The `grouping_set` of the row that counts rows a `missing: drop` query left out. */
export const DROPPED_SET = '(dropped)'

/**
 * Every column a counts table may have besides the group columns. A sensitive or control column of
 * one of these names (in any case) would be read as the table's own column: `grouping_set` as the
 * set names, `tp` as a count (red team 31 R31-4), so such a name is refused in a `format: counts`
 * audit and by `sql`.
 */
export const COUNTS_TABLE_COLUMNS: readonly string[] = [
  GROUPING_COLUMN,
  ...COUNT_COLUMNS,
  ...WEIGHT_COLUMNS,
  ...SQUARE_COLUMNS,
  BAD_WEIGHT_COLUMN,
  LABEL_VALUES_COLUMN,
  PREDICTION_VALUES_COLUMN,
  ROWS_COLUMN,
]

/**
 * The grouping a `grouping_set` text names, as the counts reader reads it: '' for the overall row
 * (an empty text or `()`), else its comma-separated column names, each trimmed, sorted and joined
 * by commas, so the query's `sex,race` and a hand-written `race, sex` are one set.
 */
export function groupingSetKey(text: string): string {
  const t = text.trim()
  if (t === '' || t === '()') return ''
  return t
    .split(',')
    .map((c) => c.trim())
    .sort()
    .join(',')
}

/**
 * Pairs of an audit's groupings (each its columns, the overall row `[]`) that one `grouping_set`
 * text names: a sensitive column named `a,b` beside the intersection [a, b] (or `b, a`), or one
 * named `()` or ` ` beside the overall row (red team 29 R29-9). The query writes a set as its
 * columns joined by commas, so the counts audit could not tell their rows apart; the counts audit
 * and `sql` refuse such a config, naming both.
 */
export function groupingSetCollisions(groupings: readonly (readonly string[])[]): [string[], string[]][] {
  const seen = new Map<string, string[]>([['', []]])
  const out: [string[], string[]][] = []
  for (const columns of groupings) {
    const key = groupingSetKey(columns.join(','))
    const other = seen.get(key)
    if (other) out.push([other, [...columns]])
    else seen.set(key, [...columns])
  }
  return out
}

/** What a collision of `groupingSetCollisions` is, for a message. */
export function groupingSetName([a, b]: [string[], string[]]): string {
  const show = (columns: readonly string[]): string =>
    columns.length === 0
      ? 'the overall row'
      : columns.length === 1
        ? `the column '${columns[0] as string}'`
        : `the set [${columns.map((c) => `'${c}'`).join(', ')}]`
  return `${show(a)} and ${show(b)} have one \`grouping_set\` name, '${groupingSetKey(b.join(','))}' (a counts table names a set by its columns joined with commas, and the overall row by an empty text or '()'), so a counts table's rows of the two could not be told apart`
}
