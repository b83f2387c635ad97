/**
 * The walk of a Parquet footer's thrift (compact protocol) bytes that bounds what hyparquet's
 * reader (`hyparquet/src/thrift.js`) would build from them, without building anything. The walk
 * is total: it reads every footer hyparquet's reader would read, to the same structure, or says
 * why not, and a footer it cannot walk is refused, never handed to hyparquet unchecked (red team
 * 11 R11-3: it gave up on thrift nested past 16 levels and on an 11-byte varint, both of which
 * hyparquet reads on, and every footer bound was skipped: 952 MB from 8 KB gzipped).
 */
import { MAX_FOOTER_STRUCTS } from './parquet-bounds.js'

/** Thrift nesting (structs and lists) a footer may have: FileMetaData's deepest value is 9 levels down. */
export const MAX_FOOTER_DEPTH = 16
/**
 * Entries a page header may hold: a writer's is a PageHeader, its data or dictionary page header
 * and statistics, a few structs; hyparquet read a header's unknown list of 2 million empty strings
 * into as many views, at every page (a 6 MB file of 6 KB gzipped took 844 MB, exit 0).
 */
export const MAX_PAGE_HEADER_ENTRIES = 64
/** Items of a footer's lists (numbers, strings) counted as one entry against MAX_FOOTER_STRUCTS. */
const ITEMS_PER_ENTRY = 4

/**
 * What a footer holds (and the bytes its struct takes), or why it cannot be walked (a phrase after
 * "its footer"; `cut` when its bytes end first: a page header read in a window may go on past it).
 */
export type FooterWalk = { entries: number; schemaDepth: number; length: number } | { problem: string; cut: boolean }

const TYPE_NAMES: Record<number, string> = { 10: 'a set', 11: 'a map' }

class Unreadable extends Error {
  constructor(
    message: string,
    readonly cut = false,
  ) {
    super(message)
  }
}

/**
 * What a footer holds, counted by walking its thrift without building anything: its entries
 * (structs, and the items of its lists, ITEMS_PER_ENTRY to an entry: hyparquet makes an object or
 * a string of each, and a list of 8 million empty strings in one column chunk's path took 1 GB,
 * red team 10 R10-10), up to `maxEntries` + 1 (MAX_FOOTER_STRUCTS for a footer), and how deep its schema nests (from each
 * schema element's `num_children`, FileMetaData field 2).
 *
 * It reads each value as hyparquet's reader does, and refuses (`problem`) what that reader would
 * read to another structure or without bound: thrift nested more than MAX_FOOTER_DEPTH levels
 * (hyparquet recurses without a bound), a varint longer than its type's (hyparquet's 32-bit reads
 * wrap, so a length, a count or a field id would differ; its 64-bit ones grow a BigInt for ever),
 * a schema element's `num_children` that is not an i32 (hyparquet counts a child for a `true` or
 * a one-byte binary `1`), types no footer has (sets, maps, unknown types; hyparquet throws on
 * them), and bytes that end inside a value. A page header is walked the same way (from its
 * offset in the bytes read, at most MAX_PAGE_HEADER_ENTRIES) before hyparquet reads it.
 */
export function walkFooter(bytes: Uint8Array, from = 0, maxEntries = MAX_FOOTER_STRUCTS): FooterWalk {
  let at = from
  let structs = 0
  // The schema's elements' num_children in order (-1: none, a leaf), read while walking: those of
  // the last field 2 of FileMetaData, as hyparquet keeps the last value of a field given twice.
  let children: number[] = []
  const end = (): never => {
    throw new Unreadable('ends inside a value (the file is cut short or damaged)', true)
  }
  const byte = (): number => {
    if (at >= bytes.length) end()
    return bytes[at++] as number
  }
  const skip = (n: number): void => {
    at += n
    if (at > bytes.length) end()
  }
  /** An unsigned varint read by hyparquet's 32-bit readVarInt: at most 5 bytes, under 2^32. */
  const varint32 = (what: string): number => {
    let v = 0
    for (let i = 0; i < 5; i++) {
      const b = byte()
      v += (b & 0x7f) * 2 ** (7 * i)
      if (b < 0x80) {
        if (i === 4 && b > 0x0f) break
        return v
      }
    }
    throw new Unreadable(`has ${what} of more than 32 bits (thrift writes one in at most 5 bytes)`)
  }
  /** A varint read by hyparquet's 64-bit readVarBigInt: at most 10 bytes (its value is not used). */
  const varint64 = (): void => {
    for (let i = 0; i < 10; i++) if (byte() < 0x80) return
    throw new Unreadable('has an i64 of more than 10 bytes (thrift writes one in at most 10)')
  }
  const zigzag = (v: number): number => (v % 2 === 0 ? v / 2 : -(v + 1) / 2)
  const tooDeep = (depth: number): void => {
    if (depth > MAX_FOOTER_DEPTH)
      throw new Unreadable(
        `nests thrift values more than ${MAX_FOOTER_DEPTH} levels deep (writers' footers nest fewer than 10)`,
      )
  }
  const unknown = (type: number): never => {
    throw new Unreadable(
      `holds ${TYPE_NAMES[type] ?? `a value of thrift type ${type}`}, which no Parquet footer has (a footer holds structs, lists, numbers and strings)`,
    )
  }
  // role: 1 FileMetaData, 2 its schema list, 3 a schema element, 0 anything else.
  const value = (type: number, depth: number, role: number): void => {
    switch (type) {
      case 1: // true
      case 2: // false (in a struct field; a list's booleans are a byte each)
        return
      case 3: // byte
        skip(1)
        return
      case 4: // i16
      case 5: // i32
        varint32(type === 4 ? 'an i16' : 'an i32')
        return
      case 6: // i64
        varint64()
        return
      case 7: // double
        skip(8)
        return
      case 8: // binary: its length, then its bytes
        skip(varint32('a string length'))
        return
      case 9: {
        // list
        tooDeep(depth)
        const head = byte()
        const n = head >> 4 === 15 ? varint32('a list length') : head >> 4
        const t = head & 0x0f
        if (n === 0) return // hyparquet reads no item, whatever their type
        if (t !== 12) {
          // Items that are not structs count too, a quarter of an entry each (an item is a string
          // or a number, a struct an object of some 370 bytes).
          structs += n / ITEMS_PER_ENTRY
          if (structs > maxEntries) return
        }
        if (t === 1 || t === 2) {
          // hyparquet reads a list's booleans as a byte each
          skip(n)
          return
        }
        if (t === 0 || t > 12) unknown(t)
        for (let i = 0; i < n; i++) {
          value(t, depth + 1, role === 2 ? 3 : 0)
          if (structs > maxEntries) return
        }
        return
      }
      case 12: {
        tooDeep(depth)
        if (++structs > maxEntries) return
        if (role === 3) children.push(-1)
        let field = 0
        for (;;) {
          const head = byte()
          if (head === 0) return
          const t = head & 0x0f
          field = head >> 4 === 0 ? zigzag(varint32('a field id')) : field + (head >> 4)
          if (role === 3 && field === 5) {
            // num_children: hyparquet counts children from whatever the field holds
            if (t !== 5) throw new Unreadable(`has a schema element whose num_children is thrift type ${t}, not an i32`)
            children[children.length - 1] = zigzag(varint32('an i32'))
          } else {
            const schema = role === 1 && field === 2 && t === 9
            if (schema) children = []
            value(t, depth + 1, schema ? 2 : 0)
          }
          if (structs > maxEntries) return
        }
      }
      default:
        unknown(type)
    }
  }
  try {
    value(12, 0, 1)
  } catch (e) {
    if (e instanceof Unreadable) return { problem: e.message, cut: e.cut }
    throw e
  }
  return { entries: Math.ceil(structs), schemaDepth: schemaDepthOf(children), length: at - from }
}

/**
 * How deep a schema nests, from its elements' `num_children` in order (depth first, as the format
 * lists them; -1 for a leaf), without recursion: the root is level 0, its columns level 1.
 */
function schemaDepthOf(children: readonly number[]): number {
  const open: number[] = [] // children still to come of each open group
  let deepest = 0
  for (const n of children) {
    if (open.length > 0) open[open.length - 1]!--
    deepest = Math.max(deepest, open.length)
    if (n > 0) open.push(n)
    while (open.length > 0 && open[open.length - 1]! <= 0) open.pop()
  }
  return deepest
}
