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
