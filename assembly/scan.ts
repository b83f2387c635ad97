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
// [+-]?digits[.digits] of at most 19 digits. The first record that is not stops it, and the
// JavaScript pass reads that one (and says what is wrong with it, if anything).

/** 10^k for k ≤ 15, exact as doubles; and as integers for k ≤ 6. */
const POW10: StaticArray<f64> = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
const POW10_INT: StaticArray<u64> = [1, 10, 100, 1000, 10000, 100000, 1000000]

/**
 * 10^q for q in [−19, 0] as Eisel–Lemire's 128-bit significands (hi, lo), as fast_float's table
 * has them: for q < 0, ⌊2^(z + 127) / 5^−q⌋ + 1 with 2^z the least power of two ≥ 5^−q; for
 * q = 0, 2^127. (A BigInt one-liner makes them; `__tests__/data/scan-decimal.test.ts` holds
 * the conversion to Number() over millions of values.)
 */
const POW5_128: StaticArray<u64> = [
  0xec1e4a7db69561a5, 0x2b31e9e3d06c32e6, // 10^-19
  0x9392ee8e921d5d07, 0x3aff322e62439fd0, // 10^-18
  0xb877aa3236a4b449, 0x09befeb9fad487c3, // 10^-17
  0xe69594bec44de15b, 0x4c2ebe687989a9b4, // 10^-16
  0x901d7cf73ab0acd9, 0x0f9d37014bf60a11, // 10^-15
  0xb424dc35095cd80f, 0x538484c19ef38c95, // 10^-14
  0xe12e13424bb40e13, 0x2865a5f206b06fba, // 10^-13
  0x8cbccc096f5088cb, 0xf93f87b7442e45d4, // 10^-12
  0xafebff0bcb24aafe, 0xf78f69a51539d749, // 10^-11
  0xdbe6fecebdedd5be, 0xb573440e5a884d1c, // 10^-10
  0x89705f4136b4a597, 0x31680a88f8953031, // 10^-9
  0xabcc77118461cefc, 0xfdc20d2b36ba7c3e, // 10^-8
  0xd6bf94d5e57a42bc, 0x3d32907604691b4d, // 10^-7
  0x8637bd05af6c69b5, 0xa63f9a49c2c1b110, // 10^-6
  0xa7c5ac471b478423, 0x0fcf80dc33721d54, // 10^-5
  0xd1b71758e219652b, 0xd3c36113404ea4a9, // 10^-4
  0x83126e978d4fdf3b, 0x645a1cac083126ea, // 10^-3
  0xa3d70a3d70a3d70a, 0x3d70a3d70a3d70a4, // 10^-2
  0xcccccccccccccccc, 0xcccccccccccccccd, // 10^-1
  0x8000000000000000, 0x0000000000000000, // 10^0
]

/** The high 64 bits of a × b. */
// @ts-ignore: decorator
@inline
function mulHigh(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff
  const a1 = a >> 32
  const b0 = b & 0xffffffff
  const b1 = b >> 32
  const p01 = a0 * b1
  const p10 = a1 * b0
  const mid = ((a0 * b0) >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff)
  return a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32)
}

/**
 * w × 10^−decimals (w < 10^19, decimals ≤ 19) correctly rounded to a double, as Number() of its
 * text: Eisel and Lemire's algorithm as fast_float computes it (a 128-bit product with 10^q's
 * significand; for 5^−q < 2^64 it is exact enough that no fallback is needed, and halfway
 * cases, which need q ≥ −4, round to even).
 */
function decimalToDouble(w: u64, decimals: i32): f64 {
  if (w == 0) return 0
  const q = -decimals
  const lz = <i32>clz<u64>(w)
  w <<= <u64>lz
  const at = <i32>(q + 19) << 1
  const tHi = unchecked(POW5_128[at])
  let hi = mulHigh(w, tHi)
  let lo = w * tHi
  if ((hi & 0x1ff) == 0x1ff) {
    const second = mulHigh(w, unchecked(POW5_128[at + 1]))
    lo += second
    if (second > lo) hi++
  }
  const upper = <i32>(hi >> 63)
  const shift = upper + 9
  let mantissa = hi >> <u64>shift
  const power2 = (((152170 + 65536) * q) >> 16) + 63 + upper - lz + 1023
  if (lo <= 1 && q >= -4 && (mantissa & 3) == 1 && mantissa << <u64>shift == hi) mantissa &= ~(<u64>1)
  mantissa += mantissa & 1
  mantissa >>= 1
  let e = power2
  if (mantissa >= (<u64>1 << 53)) {
    mantissa = <u64>1 << 52
    e++
  }
  mantissa &= ~(<u64>1 << 52)
  return reinterpret<f64>(mantissa | (<u64>e << 52))
}

/** decimalToDouble of w = hi × 2^32 + lo (unsigned halves), for the tests. */
export function decimal(lo: i32, hi: i32, decimals: i32): f64 {
  return decimalToDouble((<u64>(<u32>hi) << 32) | <u64>(<u32>lo), decimals)
}

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
 * than `maxRecord`, or not whole before `end`), with p, k and line at its start. With `fused`
 * (the fused state, or 0), a record it can count is counted there and not handed back (see
 * `counted`); then it also stops after the record that fills the keys' room.
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
  fused: usize,
): void {
  let p = <usize>load<i32>(state)
  let k = load<i32>(state, 4)
  let line = load<i32>(state, 8)
  let rows: i32 = 0
  const tableBytes = <usize>(mask + 1) * ENTRY
  // The fused state's fields, read once a call (see `counted`); the counters are written back at the end.
  if (fused != 0) {
    fLabels = <usize>load<i32>(fused, F_LABELS)
    fPredSlot = load<i32>(fused, F_PRED_SLOT)
    fPreds = <usize>load<i32>(fused, F_PREDS)
    fSensOffset = <usize>load<i32>(fused, F_SENS_SLOT) << 2
    fSens = load<i32>(fused, F_SENS)
    fBits = <usize>load<i32>(fused, F_BITS)
    fShifts = <usize>load<i32>(fused, F_SHIFTS)
    fCells = <usize>load<i32>(fused, F_CELLS)
    fCounts = <usize>load<i32>(fused, F_COUNTS)
    fScored = load<i32>(fused, F_SCORES) != 0
    fKeep = load<i32>(fused, F_KEEP) != 0
    fKeysAt = <usize>load<i32>(fused, F_KEYS_AT)
    fKeyRoom = load<i32>(fused, F_KEY_ROOM)
    fKeys = load<i32>(fused, F_KEYS)
    fRows = load<i32>(fused, F_ROWS)
    fFloats = load<i32>(fused, F_FLOATS)
    fThreshold = load<f64>(fused, F_THRESHOLD)
    fMin = load<f64>(fused, F_MIN)
    fMax = load<f64>(fused, F_MAX)
  }
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
    // The score's key when the digits give it (see `counted`), else −1.
    let key: i64 = -1
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
        // The digits as an integer (at most 19 fit), then the correctly rounded value, as Number(text).
        let mant: u64 = 0
        let digits: i32 = 0
        while (i < q) {
          const d = <u32>load<u8>(i) - 0x30
          if (d > 9) break
          mant = mant * 10 + <u64>d
          digits++
          i++
        }
        let decimals: i32 = 0
        if (i < q && load<u8>(i) == 0x2e) {
          i++
          const from = i
          while (i < q) {
            const d = <u32>load<u8>(i) - 0x30
            if (d > 9) break
            mant = mant * 10 + <u64>d
            i++
          }
          decimals = <i32>(i - from)
          digits += decimals
        }
        if (i != q || digits == 0 || digits > 19) break
        // At most 15 digits: mant and 10^decimals are exact doubles, and so is their quotient's rounding.
        const v = digits <= 15 ? <f64>mant / unchecked(POW10[decimals]) : decimalToDouble(mant, decimals)
        // The score store's key of a score of at most 6 decimals: digits × 10^(6 − decimals)
        // (2^32, too large for a key, when the digits alone are).
        if (kind == 2 && !neg && decimals <= 6)
          key = mant <= 0xffffffff ? <i64>(mant * unchecked(POW10_INT[6 - decimals])) : 0x100000000
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
    if (fused != 0 && counted(idRow, numRow, key)) {
      line++
      // The keys' room is full: the caller takes them before the next batch.
      if (fKeys == fKeyRoom) break
      continue
    }
    store<i32>(lines + (<usize>rows << 2), line)
    line++
    rows++
  }
  store<i32>(state, <i32>p)
  store<i32>(state, k, 4)
  store<i32>(state, line, 8)
  store<i32>(state, rows, 12)
  if (fused != 0) {
    store<i32>(fused, fKeys, F_KEYS)
    store<i32>(fused, fRows, F_ROWS)
    store<i32>(fused, fFloats, F_FLOATS)
    store<f64>(fused, fMin, F_MIN)
    store<f64>(fused, fMax, F_MAX)
  }
}

// ---------------------------------------------------------------------------------------
// Counting a simple record here instead of handing it back (an unweighted pass): when the
// caller has already given its label, its prediction and its combination of sensitive values
// their meaning (the first row with each new value or combination is always the caller's, so
// every check and its problem happen there, in file order), the record adds one to its
// cell's confusion count and, when scores are kept, its score as the AUC's fixed-point key.
// Any record it cannot count so is handed back as before.

/** The fused state, i32 fields at byte offsets (f64 ones 8-aligned). */
const F_LABELS = 0 // u8 meaning per label id (0 not known, 1 negative, 2 positive), 256 ids
const F_PRED_SLOT = 4 // the prediction's slot, or −1: the prediction is score ≥ threshold
const F_PREDS = 8 // u8 meaning per prediction id, as F_LABELS
const F_SENS_SLOT = 12 // the first sensitive slot
const F_SENS = 16 // sensitive slots
const F_BITS = 20 // i32 per sensitive slot: its ids must be below 2^bits
const F_SHIFTS = 24 // i32 per sensitive slot: where its id goes in the cell index
const F_CELLS = 28 // i32 per cell index: the cell, or −1
const F_COUNTS = 32 // u32 × 4 per cell: TN, FP, FN, TP
const F_SCORES = 36 // 1: the row has a score (column kind 2)
const F_KEEP = 40 // 1: keep each row's score key
const F_KEYS_AT = 44 // u32 pairs: key (score × 10^6, exact), tag (cell × 2 + label); or an 8-byte score's two (see FLOAT_TAG)
const F_KEY_ROOM = 48 // pairs the keys' room holds
const F_KEYS = 52 // pairs written (the caller empties it)
const F_ROWS = 56 // rows counted since the caller last read them
const F_FLOATS = 60 // 8-byte scores among the keys (the caller empties it)
const F_THRESHOLD = 64 // f64
const F_MIN = 72 // f64: the least score counted
const F_MAX = 80 // f64: the greatest

/**
 * A score that is no exact key (more than 6 decimals, negative, past 4294.967295) takes two pairs:
 * (0, FLOAT_TAG | tag), then the double itself. Tags are below 2^15 (cells below 2^14).
 */
const FLOAT_TAG: u32 = 0x80000000

/** The fused state while `records` runs (read from and written back to memory around each call). */
let fLabels: usize = 0
let fPredSlot: i32 = -1
let fPreds: usize = 0
let fSensOffset: usize = 0
let fSens: i32 = 0
let fBits: usize = 0
let fShifts: usize = 0
let fCells: usize = 0
let fCounts: usize = 0
let fScored = false
let fKeep = false
let fKeysAt: usize = 0
let fKeyRoom: i32 = 0
let fKeys: i32 = 0
let fRows: i32 = 0
let fFloats: i32 = 0
let fThreshold: f64 = 0
let fMin: f64 = Infinity
let fMax: f64 = -Infinity

/** Whether the record whose ids are at idRow and numbers at numRow (score key `key`, or −1) was counted (see above). */
@inline function counted(idRow: usize, numRow: usize, key: i64): bool {
  const lid = load<u32>(idRow)
  if (lid >= 256) return false
  const lm = <i32>load<u8>(fLabels + lid)
  if (lm == 0) return false
  const v: f64 = fScored ? load<f64>(numRow) : 0
  let positive: bool
  if (fPredSlot >= 0) {
    const pid = load<u32>(idRow + (<usize>fPredSlot << 2))
    if (pid >= 256) return false
    const pm = <i32>load<u8>(fPreds + pid)
    if (pm == 0) return false
    positive = pm == 2
  } else positive = v >= fThreshold
  const sensRow = idRow + fSensOffset
  let index: u32 = 0
  for (let i = 0; i < fSens; i++) {
    const id = load<u32>(sensRow + (<usize>i << 2))
    if (id >>> load<u32>(fBits + (<usize>i << 2)) != 0) return false
    index |= id << load<u32>(fShifts + (<usize>i << 2))
  }
  const cell = load<i32>(fCells + (<usize>index << 2))
  if (cell < 0) return false
  const label: u32 = lm == 2 ? 1 : 0
  if (fKeep) {
    // The key the score store would make: round(v × 10^6), when it is exact. From the digits
    // (≤ 6 decimals: then v is the correctly rounded key / 10^6, and v × 10^6 is within 2^-20 of
    // the key), else as the store computes it (f64.nearest and Math.round differ only at a half,
    // which is never exact). A score that has none is kept as itself (FLOAT_TAG).
    let x: f64 = -1
    if (key >= 0) {
      if (key <= 4294967295) x = <f64>key
    } else {
      x = nearest(v * 1e6)
      if (!(x >= 0 && x <= 4294967295.0) || x / 1e6 != v) x = -1
    }
    const at = fKeysAt + (<usize>fKeys << 3)
    const tag = (<u32>cell << 1) | label
    if (x >= 0) {
      store<u32>(at, <u32>x)
      store<u32>(at, tag, 4)
      fKeys++
    } else {
      if (fKeys + 2 > fKeyRoom) return false
      store<u32>(at, 0)
      store<u32>(at, FLOAT_TAG | tag, 4)
      store<f64>(at, v, 8)
      fKeys += 2
      fFloats++
    }
  }
  if (fScored) {
    if (v < fMin) fMin = v
    if (v > fMax) fMax = v
  }
  const c = fCounts + ((<usize>cell << 4) | (<usize>label << 3) | (positive ? 4 : 0))
  store<u32>(c, load<u32>(c) + 1)
  fRows++
  return true
}
