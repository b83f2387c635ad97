/**
 * What a Parquet footer says of its columns, checked against its schema before any column is
 * read: every row group's column chunks are exactly the schema's leaves, in order, each with its
 * leaf's path, and every DECIMAL leaf's precision and scale are ones its physical type can hold.
 *
 * A row group may list any column chunks, and hyparquet's row-group reader reads every chunk
 * whose path starts with a column's name: an extra chunk `g.v` for a struct `g` went to its
 * decoders unchecked (a run of 2^31 booleans: 2.7 GB and a V8 fatal error), and its values
 * replaced the checked chunk's (red team 10 R10-1; DuckDB refuses such a file: "row group does
 * not have enough columns"). A DECIMAL's scale came from the footer unchecked, and naming a value
 * costs its scale in characters: a scale of 100,000 took minutes, of -500,000,000 gigabytes
 * (R10-2); a BYTE_ARRAY value's length is bounded by its precision (`maxDecimalBytes`, R10-3).
 */
import type { FileMetaData, SchemaElement, SchemaTree } from 'hyparquet'
import { ProblemError } from '../config/problem.js'

/**
 * Most digits a DECIMAL may declare, in any physical type (INT32 holds 9, INT64 18): Arrow's
 * decimal256 and BigQuery's BIGNUMERIC, the widest warehouses write (Spark and DuckDB 38). Naming
 * a value costs more than linear time in its digits: DECIMAL(1000, 0) values of 415 bytes took
 * some 30 µs each, 300,000 of them in a 16.7 KB DELTA_BYTE_ARRAY file 9.2 s of CPU an audit,
 * exit 0 (red team 23 R23-4; 1,000 digits were allowed, the group-value bound).
 */
export const MAX_DECIMAL_PRECISION = 76

/** Whether a leaf is a DECIMAL (by its converted or its logical type). */
export function isDecimal(element: SchemaElement): boolean {
  return element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL'
}

/** A DECIMAL leaf's precision and scale, as the logical type (else the element) gives them. */
export function decimalOf(element: SchemaElement): { precision: number | undefined; scale: number } {
  const logical = element.logical_type?.type === 'DECIMAL' ? element.logical_type : undefined
  return { precision: logical?.precision ?? element.precision, scale: logical?.scale ?? element.scale ?? 0 }
}

/** Most digits `bytes` two's-complement bytes hold: ⌊log10(2^(8·bytes − 1) − 1)⌋. */
function digitsOfBytes(bytes: number): number {
  return Math.floor((8 * bytes - 1) * Math.log10(2))
}

/**
 * Most bytes a DECIMAL value of `precision` digits may take: what two's complement needs for
 * them, or 32 (writers may pad, e.g. decimal128 in 16 bytes whatever its precision). Building a
 * value and writing its digits costs more than linear in its bytes: a 1 MB value would be named
 * before the 1,000-character bound on group values refused it.
 */
export function maxDecimalBytes(precision: number): number {
  return Math.max(32, Math.ceil((precision * Math.log2(10) + 1) / 8))
}

/** Why a DECIMAL leaf's annotation is not one its values can have, or null. */
function decimalProblem(element: SchemaElement): string | null {
  const { precision, scale } = decimalOf(element)
  const most =
    element.type === 'INT32'
      ? 9
      : element.type === 'INT64'
        ? 18
        : element.type === 'FIXED_LEN_BYTE_ARRAY'
          ? Math.min(MAX_DECIMAL_PRECISION, digitsOfBytes(element.type_length ?? 0))
          : element.type === 'BYTE_ARRAY'
            ? MAX_DECIMAL_PRECISION
            : 0
  if (most === 0)
    return `a DECIMAL of physical type ${String(element.type)} (only INT32, INT64 and byte arrays hold one)`
  if (
    precision !== undefined &&
    Number.isSafeInteger(precision) &&
    precision > MAX_DECIMAL_PRECISION &&
    most === MAX_DECIMAL_PRECISION
  )
    return `DECIMAL precision ${precision.toLocaleString('en-US')} (at most ${MAX_DECIMAL_PRECISION} digits are read: Arrow's decimal256 and BigQuery's BIGNUMERIC, the widest warehouses write; cast the column to a string if it must be wider)`
  if (precision === undefined || !Number.isSafeInteger(precision) || precision < 1 || precision > most)
    return `DECIMAL precision ${String(precision)} (a ${String(element.type)}${element.type === 'FIXED_LEN_BYTE_ARRAY' ? ` of ${String(element.type_length)} bytes` : ''} holds 1 to ${most.toLocaleString('en-US')} digits)`
  if (!Number.isSafeInteger(scale) || scale < 0 || scale > precision)
    return `DECIMAL(${precision}, ${String(scale)}) (the scale must be 0 to the precision)`
  const length = element.type_length ?? 0
  if (element.type === 'FIXED_LEN_BYTE_ARRAY' && length > maxDecimalBytes(precision))
    return `DECIMAL(${precision}, ${scale}) in ${length.toLocaleString('en-US')}-byte values (at most ${maxDecimalBytes(precision)} for ${precision} digits)`
  return null
}

/**
 * Checks the footer's column chunks against its schema, and its DECIMAL leaves; throws a
 * ProblemError naming the file and what is wrong. Iterative and linear in the footer (a schema
 * 100,000 levels deep costs no stack; each chunk's path is compared once, entry by entry).
 */
export function checkSchemaLeaves(metadata: FileMetaData, display: string): void {
  const damaged = (what: string): ProblemError =>
    new ProblemError([
      {
        file: display,
        message: `cannot read as Parquet: ${what}; the file is damaged, or was not written by a Parquet writer`,
      },
    ])
  const schema = metadata.schema
  // The leaves in schema order, each with its parent (an index into `schema`, -1 at the root's children) and depth.
  const parent = new Int32Array(schema.length).fill(-1)
  const depth = new Int32Array(schema.length)
  const leaves: number[] = []
  const open: { at: number; left: number }[] = [{ at: 0, left: schema[0]?.num_children ?? 0 }]
  for (let i = 1; i < schema.length && open.length > 0; i++) {
    const top = open[open.length - 1] as { at: number; left: number }
    const element = schema[i] as SchemaElement
    parent[i] = top.at === 0 ? -1 : top.at
    depth[i] = open.length
    top.left--
    const children = element.num_children ?? 0
    if (children > 0) open.push({ at: i, left: children })
    else {
      leaves.push(i)
      if (isDecimal(element)) {
        const why = decimalProblem(element)
        if (why) throw damaged(`column '${pathOf(schema, parent, i)}' is ${why}`)
      }
    }
    while (open.length > 0 && (open[open.length - 1] as { left: number }).left <= 0) open.pop()
  }
  metadata.row_groups.forEach((group, k) => {
    if (group.columns.length !== leaves.length)
      throw damaged(
        `row group ${k + 1} has ${group.columns.length.toLocaleString('en-US')} column chunks and the schema ${leaves.length.toLocaleString('en-US')} columns (leaves)`,
      )
    group.columns.forEach((chunk, c) => {
      const leaf = leaves[c] as number
      const meta = chunk.meta_data
      const path = meta?.path_in_schema
      if (!meta || !path) throw damaged(`row group ${k + 1}, column chunk ${c + 1} has no metadata`)
      let same = path.length === depth[leaf]
      for (let at = leaf, p = path.length - 1; same && p >= 0; at = parent[at] as number, p--)
        same = at >= 0 && (schema[at] as SchemaElement).name === path[p]
      if (!same)
        throw damaged(
          `row group ${k + 1}, column chunk ${c + 1} is for '${pathText(path)}', and the schema's column ${c + 1} is '${pathOf(schema, parent, leaf)}'`,
        )
      // Readers differ where the footer contradicts itself: a chunk is decoded by its metadata's
      // type here and by the schema's in DuckDB and Arrow (red team 15 R15-7: an INT32 column
      // whose chunk says FLOAT read 1 as 1.4e-45, and a failing gate passed); it starts at its
      // dictionary page here and in DuckDB, at its first data page in Arrow and parquet-java when
      // the dictionary page would come after it (R15-3: another page of labels there passed).
      const element = schema[leaf] as SchemaElement
      if (meta.type !== element.type)
        throw damaged(
          `row group ${k + 1}, column '${pathText(path)}' is ${meta.type} in its chunk's metadata and ${element.type ?? 'no type'} in the schema`,
        )
      const dictionary = Number(meta.dictionary_page_offset ?? 0)
      const data = Number(meta.data_page_offset)
      if (dictionary > 0 && dictionary > data)
        throw damaged(
          `row group ${k + 1}, column '${pathText(path)}' says its dictionary page is at byte ${dictionary.toLocaleString('en-US')}, after its first data page at byte ${data.toLocaleString('en-US')} (a writer writes the dictionary first, and readers disagree on where such a chunk starts)`,
        )
    })
  })
}

/** A name from the footer in a message: at most 100 characters. */
function short(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name
}

/** A path as text, its first 10 names (a deep schema's path is long), each `short`. */
function pathText(names: readonly string[]): string {
  return `${names.slice(0, 10).map(short).join('.')}${names.length > 10 ? '…' : ''}`
}

/** A schema element's path as text. */
function pathOf(schema: readonly SchemaElement[], parent: Int32Array, i: number): string {
  const names: string[] = []
  for (let at = i; at >= 0; at = parent[at] as number) names.push((schema[at] as SchemaElement).name)
  return pathText(names.reverse())
}

/**
 * What a top-level column is when an audit cannot read it as a column of single values, or
 * null: a list, struct, map or VARIANT (a group), a repeated field, a GEOMETRY or GEOGRAPHY
 * leaf (hyparquet makes GeoJSON objects of them). fairlearn takes 1-D arrays of scalars: a list
 * or struct is no group. So hyparquet's row-group reader and its assembly, whose decoders trust
 * what a page claims, are never on the audit's path (red team 9 R9-3, red team 10 R10-1's
 * nested half, R10-4 and the nested findings after it). Columns the audit does not read may be
 * anything: they are never decoded.
 */
export function unreadKind(column: SchemaTree): string | null {
  const e = column.element
  const logical = e.logical_type?.type
  if (logical === 'VARIANT') return 'a VARIANT'
  if (column.children.length > 0) {
    if (e.converted_type === 'LIST' || logical === 'LIST') return 'a list'
    if (e.converted_type === 'MAP' || e.converted_type === 'MAP_KEY_VALUE' || logical === 'MAP') return 'a map'
    return 'a struct'
  }
  if (e.repetition_type === 'REPEATED') return 'a repeated field (a list)'
  if (logical === 'GEOMETRY' || logical === 'GEOGRAPHY') return `a ${logical} column`
  return null
}

/** The problem of an audit that reads such a column. */
export function unreadMessage(name: string, kind: string): string {
  return `column '${short(name)}' is ${kind}; an audit reads columns of single values (a label, a score, a group name), as fairlearn takes 1-D arrays: select the field you mean as its own column (e.g. in DuckDB \`COPY (SELECT *, g.v AS g_v FROM t) TO 'eval.parquet'\`) and audit that`
}

/**
 * What a flat leaf is when its values have a type no reader of the audit converts, or null: an
 * INTERVAL (12 bytes of months, days and milliseconds) or BSON. hyparquet throws on either when
 * a page is converted, and that error read as a damaged file (red team 14 R14-8: a valid DuckDB
 * INTERVAL column read as a sensitive column was called "damaged or written with pages too
 * large to read"). Such a column is refused by name and kind before any page is read; one the
 * audit does not read is never decoded.
 */
export function unconvertedKind(e: SchemaElement): string | null {
  if (e.converted_type === 'INTERVAL') return 'an INTERVAL column'
  if (e.converted_type === 'BSON' || e.logical_type?.type === 'BSON') return 'a BSON column'
  return null
}

/** The problem of an audit that reads such a column (`unconvertedKind`): what it is, and the cast to write instead. */
export function unconvertedMessage(name: string, kind: string): string {
  const n = short(name)
  const cast =
    kind === 'an INTERVAL column'
      ? `as text or as a number of seconds (e.g. in DuckDB \`COPY (SELECT * REPLACE (CAST(${n} AS VARCHAR) AS ${n}) FROM t) TO 'eval.parquet'\`, or \`CAST(epoch(${n}) AS BIGINT)\` for whole seconds)`
      : `as text (e.g. its JSON)`
  return `column '${n}' is ${kind}, whose values the audit does not read (a label, a score or a group name is a number, a string, a boolean, a date or a time): write it ${cast} and audit that`
}

/** The physical types (and fixed lengths) the format allows each annotation on. */
const ANNOTATED_AS: Record<string, { types: readonly string[]; length?: number }> = {
  STRING: { types: ['BYTE_ARRAY'] },
  UTF8: { types: ['BYTE_ARRAY'] },
  ENUM: { types: ['BYTE_ARRAY'] },
  JSON: { types: ['BYTE_ARRAY'] },
  BSON: { types: ['BYTE_ARRAY'] },
  UUID: { types: ['FIXED_LEN_BYTE_ARRAY'], length: 16 },
  FLOAT16: { types: ['FIXED_LEN_BYTE_ARRAY'], length: 2 },
  INTERVAL: { types: ['FIXED_LEN_BYTE_ARRAY'], length: 12 },
  DATE: { types: ['INT32'] },
  TIME_MILLIS: { types: ['INT32'] },
  TIME_MICROS: { types: ['INT64'] },
  TIMESTAMP_MILLIS: { types: ['INT64'] },
  TIMESTAMP_MICROS: { types: ['INT64'] },
  TIMESTAMP: { types: ['INT64'] },
  INT_8: { types: ['INT32'] },
  INT_16: { types: ['INT32'] },
  INT_32: { types: ['INT32'] },
  UINT_8: { types: ['INT32'] },
  UINT_16: { types: ['INT32'] },
  UINT_32: { types: ['INT32'] },
  INT_64: { types: ['INT64'] },
  UINT_64: { types: ['INT64'] },
}

/**
 * Why a flat leaf's values cannot be read as its annotation says, or null: a logical or converted
 * type on a physical type the format does not allow it on (hyparquet applies it anyway: FLOAT16
 * on INT32 read every value as 0, UUID on a longer byte array kept its first 16 bytes, so
 * distinct values were one group; red team 11 R11-1, R11-2), or a FIXED_LEN_BYTE_ARRAY of raw
 * bytes with no annotation at all, which names no group (each value was a byte view made into
 * JSON text, 1.6 µs a row: 16.8 million rows of one byte ran past 27 s; red team 10 R10-19).
 * DECIMAL is checked by `checkSchemaLeaves`.
 */
export function annotationProblem(e: SchemaElement): string | null {
  const logical = e.logical_type
  const disagree = annotationsDisagree(e)
  if (disagree) return disagree
  const name =
    logical?.type === 'INTEGER'
      ? logical.bitWidth === 64
        ? 'INT_64'
        : 'INT_32'
      : logical?.type === 'TIME'
        ? logical.unit === 'MILLIS'
          ? 'TIME_MILLIS'
          : 'TIME_MICROS'
        : (logical?.type ?? e.converted_type)
  const type = e.type ?? ''
  if (name === undefined || name === 'DECIMAL' || name === 'NULL')
    return type === 'FIXED_LEN_BYTE_ARRAY' && name === undefined
      ? 'a FIXED_LEN_BYTE_ARRAY of raw bytes with no logical type, which names no group and is no label or score: write it as a string or a number'
      : null
  const allowed = ANNOTATED_AS[name]
  if (allowed === undefined) return null
  const fits = allowed.types.includes(type) && (allowed.length === undefined || e.type_length === allowed.length)
  if (fits) return null
  const as = `${allowed.types.join(' or ')}${allowed.length === undefined ? '' : ` of ${allowed.length} bytes`}`
  const is = `${type || 'no type'}${type === 'FIXED_LEN_BYTE_ARRAY' ? ` of ${e.type_length ?? '?'} bytes` : ''}`
  return `annotated ${logical?.type ?? name} on ${is}, which the format allows on ${as} only: its values cannot be read as written (the file's writer is wrong, or it was altered)`
}

/**
 * The converted type a logical type is spelled as (parquet.thrift: a writer that sets a logical
 * type sets the converted type that corresponds to it, for older readers); undefined: it has none.
 */
function convertedOf(l: NonNullable<SchemaElement['logical_type']>): string[] | undefined {
  switch (l.type) {
    case 'STRING':
      return ['UTF8']
    case 'MAP':
      return ['MAP', 'MAP_KEY_VALUE']
    case 'LIST':
    case 'ENUM':
    case 'DECIMAL':
    case 'DATE':
    case 'JSON':
    case 'BSON':
      return [l.type]
    case 'TIME':
    case 'TIMESTAMP':
      return l.unit === 'NANOS' ? undefined : [`${l.type}_${l.unit}`]
    case 'INTEGER':
      return [`${l.isSigned ? 'INT' : 'UINT'}_${l.bitWidth}`]
    default:
      return undefined
  }
}

/**
 * A column whose converted type says another thing than its logical type: readers take either
 * (this one and DuckDB took unsigned or DECIMAL when either said so, Arrow the logical type), so
 * the same bytes are other values to each (red team 15 R15-5: UINT_32 with a signed INTEGER(32)
 * read 0xFFFFFFFF as 4294967295 here, −1 in Arrow; DECIMAL(9, 3) with an INTEGER read 1 as 0.001;
 * a failing gate passed). A DECIMAL's two precisions and scales must agree too.
 */
function annotationsDisagree(e: SchemaElement): string | null {
  const logical = e.logical_type
  const converted = e.converted_type
  if (!logical || converted === undefined) return null
  const spelled = convertedOf(logical)
  const logicalName =
    logical.type === 'INTEGER'
      ? `INTEGER(${logical.bitWidth}, ${logical.isSigned ? 'signed' : 'unsigned'})`
      : logical.type === 'DECIMAL'
        ? `DECIMAL(${logical.precision}, ${logical.scale})`
        : logical.type
  if (spelled === undefined || !spelled.includes(converted))
    return `annotated ${logicalName} as its logical type and ${converted} as its converted type, which name other values: readers differ on which they take, so its values cannot be read one way (the file's writer is wrong, or it was altered)`
  if (
    logical.type === 'DECIMAL' &&
    ((e.precision !== undefined && e.precision !== logical.precision) ||
      (e.scale !== undefined && e.scale !== logical.scale))
  )
    return `annotated ${logicalName} as its logical type and DECIMAL(${e.precision ?? '?'}, ${e.scale ?? '?'}) as its converted type: readers differ on which they take (the file's writer is wrong, or it was altered)`
  return null
}

/** The problem of an audit that reads a column whose annotation does not fit it (`annotationProblem`). */
export function mistypedMessage(name: string, what: string): string {
  return `column '${short(name)}' is ${what}`
}
