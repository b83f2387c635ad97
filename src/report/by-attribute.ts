/**
 * Groups and disparities of one audit, indexed by their attribute (or intersection) once: the
 * renderers look up each attribute's rows in the index instead of filtering every row per
 * attribute, so rendering a report read back stays linear in its size (a workflow_run artifact
 * with thousands of attributes and disparities took seconds per thousand when filtered).
 */

/** One key per attribute or intersection: `sex` and `["sex"]` stay apart, as `JSON.stringify` keeps them. */
export function attributeId(attribute: string | readonly string[] | null): string {
  return JSON.stringify(attribute)
}

const indexes = new WeakMap<readonly object[], { length: number; index: Map<string, readonly object[]> }>()

/** The rows of `rows` whose `attribute` is `attribute`, in their order; the index is built on the first call per array. */
export function rowsOf<T extends { attribute: string | readonly string[] | null }>(
  rows: readonly T[],
  attribute: string | readonly string[] | null,
): readonly T[] {
  const cached = indexes.get(rows)
  // Rebuilt when the array grew or shrank since (reports are built, then rendered, never edited in between).
  let index = cached?.length === rows.length ? (cached.index as Map<string, T[]>) : undefined
  if (!index) {
    index = new Map<string, T[]>()
    for (const row of rows) {
      const id = attributeId(row.attribute)
      const list = index.get(id)
      if (list) list.push(row)
      else index.set(id, [row])
    }
    indexes.set(rows, { length: rows.length, index })
  }
  return index.get(attributeId(attribute)) ?? []
}
