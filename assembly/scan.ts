/**
 * The CSV scan's structural index, in AssemblyScript compiled to WebAssembly with SIMD
 * (`npm run kernels` writes `src/data/scan-wasm.ts`; `src/data/fastcsv.ts` is the only caller):
 * where, in a run of bytes, every byte that can end or open a field is — the delimiter, LF,
 * CR and the double quote —, found 16 bytes at a time. The JavaScript pass then walks these
 * positions instead of every byte.
 *
 * Memory is laid out by the caller: every pointer is a byte offset into this module's memory,
 * above heapBase(). No allocation happens here.
 */

/**
 * Writes the offsets of the bytes of [start, end) equal to `delim`, LF, CR or `"`, in order,
 * as i32 at `out` (room for end − start of them); returns how many.
 */
export function structural(start: usize, end: usize, out: usize, delim: i32): i32 {
  const vd = i8x16.splat(<i8>delim)
  const vlf = i8x16.splat(0x0a)
  const vcr = i8x16.splat(0x0d)
  const vq = i8x16.splat(0x22)
  let p = start
  let o = out
  while (p + 16 <= end) {
    const v = v128.load(p)
    const hits = v128.or(v128.or(i8x16.eq(v, vd), i8x16.eq(v, vlf)), v128.or(i8x16.eq(v, vcr), i8x16.eq(v, vq)))
    let bits = i8x16.bitmask(hits)
    while (bits != 0) {
      store<i32>(o, <i32>(p + <usize>ctz(bits)))
      o += 4
      bits &= bits - 1
    }
    p += 16
  }
  while (p < end) {
    const c = <i32>load<u8>(p)
    if (c == delim || c == 0x0a || c == 0x0d || c == 0x22) {
      store<i32>(o, <i32>p)
      o += 4
    }
    p++
  }
  return <i32>((o - out) >> 2)
}

/** Where the caller's memory begins (past the module's own data). */
export function heapBase(): usize {
  return __heap_base
}

// ---------------------------------------------------------------------------------------
// Whole records, while they are simple: no quote, LF or CRLF endings, the header's number of
// fields, every interned cell (at most 8 bytes) one the pass already knows, every number
// [+-]?digits[.digits] of at most 15 digits. The first record that is not stops it, and the
// JavaScript pass reads that one (and says what is wrong with it, if anything).

/** Bytes per entry of a key table: lo, hi, len (−1: empty), id. */
const ENTRY: usize = 16

/** The instance's hash seed (`setSeed`): random in each process, so no file's keys can be made to share slots. */
let seed: u32 = 0

/** Sets the hash seed; before any table is filled. */
export function setSeed(s: i32): void {
  seed = <u32>s
}

/**
 * A key's slot in a table of mask + 1 entries (the table is at most half full): every bit of
 * the key and the seed mixed (murmur3's steps). The multiplicative hash it replaces kept only
 * bits 7 to 18 of one product, so keys that differ in their last byte alone all shared a slot,
 * and 2,000 chosen 4-byte values one probe chain (red team 9 R9-10).
 */
@inline function slotOf(lo: i32, hi: i32, len: i32, mask: i32): i32 {
  let h: u32 = (<u32>lo ^ seed) * 0xcc9e2d51
  h = rotl<u32>(h, 15) * 0x1b873593 ^ (<u32>(hi ^ len) * 0x9e3779b1)
  h = rotl<u32>(h, 13) * 5 + 0xe6546b64
  h ^= h >> 16
  h *= 0x85ebca6b
  h ^= h >> 13
  h *= 0xc2b2ae35
  return <i32>(h ^ (h >> 16)) & mask
}

/** `slotOf`, for tests of its spread. */
export function slot(lo: i32, hi: i32, len: i32, mask: i32): i32 {
  return slotOf(lo, hi, len, mask)
}

/** Clears a table of mask + 1 entries. */
export function clearTable(table: usize, mask: i32): void {
  for (let i = 0; i <= mask; i++) store<i32>(table + <usize>i * ENTRY, -1, 8)
}

/** Adds a key (last 8 bytes lo and hi, as the pass keys them, and length) and its id to a table. */
export function learn(table: usize, mask: i32, lo: i32, hi: i32, len: i32, id: i32): void {
  let i = slotOf(lo, hi, len, mask)
  for (;;) {
    const e = table + <usize>i * ENTRY
    if (load<i32>(e, 8) < 0) {
      store<i32>(e, lo)
      store<i32>(e, hi, 4)
      store<i32>(e, len, 8)
      store<i32>(e, id, 12)
      return
    }
    i = (i + 1) & mask
  }
}

@inline function find(table: usize, mask: i32, lo: i32, hi: i32, len: i32): i32 {
  let i = slotOf(lo, hi, len, mask)
  while (true) {
    const e = table + <usize>i * ENTRY
    const l = load<i32>(e, 8)
    if (l < 0) return -1
    if (l == len && load<i32>(e) == lo && load<i32>(e, 4) == hi) return load<i32>(e, 12)
    i = (i + 1) & mask
  }
}

/**
 * From the state at `state` (i32: byte offset p, index k of the first position at or after p,
 * line; then rows out), reads simple records of [p, end) through the positions at `pos`
 * (`structural`'s, ending with `end`): per record, the id of each interned cell (slot of
 * column c at `slots`, i32; kind at `kinds`, u8: 0 skip, 1 interned, 2 score, 4 weight) into
 * `ids` (nSlots i32 a row), its score and weight into `nums` (2 f64 a row) and its line into
 * `lines`, at most `capacity` rows. Stops at the first record that is not simple (or longer
 * than `maxRecord`, or not whole before `end`), with p, k and line at its start.
 */
export function records(
  state: usize,
  end: usize,
  pos: usize,
  delim: i32,
  nCols: i32,
  kinds: usize,
  slots: usize,
  tables: usize,
  mask: i32,
  nSlots: i32,
  ids: usize,
  nums: usize,
  lines: usize,
  capacity: i32,
  maxRecord: i32,
): void {
  let p = <usize>load<i32>(state)
  let k = load<i32>(state, 4)
  let line = load<i32>(state, 8)
  let rows: i32 = 0
  const tableBytes = <usize>(mask + 1) * ENTRY
  while (rows < capacity && p < end) {
    const recStart = p
    const k0 = k
    const first = <i32>load<u8>(p)
    if (first == 0x0a) {
      line++
      p++
      k++
      continue
    }
    if (first == 0x0d) {
      if (p + 1 >= end || load<u8>(p + 1) != 0x0a) break
      line++
      p += 2
      k += 2
      continue
    }
    const idRow = ids + <usize>rows * <usize>nSlots * 4
    const numRow = nums + (<usize>rows << 4)
    let col: i32 = 0
    let simple = false
    for (;;) {
      const q = <usize>load<i32>(pos + (<usize>k << 2))
      if (q >= end || col >= nCols) break
      const b = <i32>load<u8>(q)
      if (b == 0x22) break
      const kind = <i32>load<u8>(kinds + col)
      if (kind == 1) {
        const len = <i32>(q - p)
        if (len > 8) break
        let lo: i32 = 0
        let hi: i32 = 0
        if (len >= 4) lo = load<i32>(q - 4)
        else if (len > 0) lo = <i32>(load<u32>(q - 4) >>> ((4 - len) << 3))
        if (len >= 8) hi = load<i32>(q - 8)
        else if (len > 4) hi = <i32>(load<u32>(q - 8) >>> ((8 - len) << 3))
        const slot = load<i32>(slots + (<usize>col << 2))
        const id = find(tables + <usize>slot * tableBytes, mask, lo, hi, len)
        if (id < 0) break
        store<i32>(idRow + (<usize>slot << 2), id)
      } else if (kind == 2 || kind == 4) {
        let i = p
        let neg = false
        let c: i32 = i < q ? <i32>load<u8>(i) : -1
        if (c == 0x2d || c == 0x2b) {
          neg = c == 0x2d
          i++
        }
        let mant: f64 = 0
        let digits: i32 = 0
        let decimals: i32 = 0
        let dot = false
        while (i < q) {
          c = <i32>load<u8>(i)
          if (c >= 0x30 && c <= 0x39) {
            mant = mant * 10 + <f64>(c - 0x30)
            digits++
            if (dot) decimals++
          } else if (c == 0x2e && !dot) dot = true
          else break
          i++
        }
        if (i != q || digits == 0 || digits > 15) break
        let scale: f64 = 1
        for (let d = 0; d < decimals; d++) scale *= 10
        const v = mant / scale
        store<f64>(numRow + (kind == 2 ? 0 : 8), neg ? -v : v)
      }
      col++
      if (b == delim) {
        p = q + 1
        k++
        continue
      }
      if (b == 0x0a) {
        p = q + 1
        k++
        simple = true
        break
      }
      // CR: a record's end only before LF.
      if (q + 1 >= end || load<u8>(q + 1) != 0x0a) break
      p = q + 2
      k += 2
      simple = true
      break
    }
    if (!simple || col != nCols || <i32>(p - recStart) > maxRecord) {
      p = recStart
      k = k0
      break
    }
    store<i32>(lines + (<usize>rows << 2), line)
    line++
    rows++
  }
  store<i32>(state, <i32>p)
  store<i32>(state, k, 4)
  store<i32>(state, line, 8)
  store<i32>(state, rows, 12)
}
