// @types/node 20 declares no WebAssembly types; TypeScript ships them with the DOM library.
/// <reference lib="dom" />
/**
 * The fast CSV pass's memory and its structural index (`assembly/scan.ts`, WebAssembly with
 * SIMD): two buffers the file is read into in turn, each with room in front for the record
 * the previous one's end cut, and the positions of the bytes that can end or open a field
 * (the delimiter, LF, CR, the quote) in the bytes being scanned, found 16 at a time. The pass
 * then walks those positions instead of every byte.
 *
 * Each pass has its own instance, sized once for its buffers: the memory never grows while a
 * view of it is held, so no view is ever detached.
 */
import { SCAN_WASM } from './scan-wasm.js'
import { randomInt32 } from '../files/random.js'

interface Exports {
  memory: WebAssembly.Memory
  structural(start: number, end: number, out: number, delim: number): number
  setSeed(seed: number): void
  clearTable(table: number, mask: number): void
  learn(table: number, mask: number, lo: number, hi: number, len: number, id: number): void
  records(
    state: number,
    end: number,
    pos: number,
    delim: number,
    nCols: number,
    kinds: number,
    slots: number,
    tables: number,
    mask: number,
    nSlots: number,
    ids: number,
    nums: number,
    lines: number,
    capacity: number,
    maxRecord: number,
    fused: number,
  ): void
  heapBase(): number
}

/** Entries of each interned column's key table (16 bytes each), kept at most half full: more distinct short values than half of it are read by the JavaScript pass. */
const TABLE = 4096
/** Rows one `records` call reads at most. */
const CAPACITY = 1024

/** Label and prediction ids up to this are given their meaning in the fused state. */
const MEANINGS = 256
/** Bits of a cell index (the sensitive ids side by side): the fused state's cell table has 2^CELL_BITS entries. */
const CELL_BITS = 16
/** Cells the fused state counts (later ones are the caller's). */
const FUSED_CELLS = 16384
/** Score keys one `records` call writes at most. */
const KEY_ROOM = 32768

/** The columns of a pass, for `records`: kinds (0 skip, 1 interned, 2 score, 4 weight) and each interned column's slot. */
export interface ScanColumns {
  kinds: Int8Array
  slotOf: Int32Array
  slots: number
  /** Counting known records in the scan (an unweighted pass; see `counted` in assembly/scan.ts), or none. */
  fused?: FusedRows | null
}

/** What the scan needs to count a record itself. */
export interface FusedRows {
  /** The prediction's slot, or -1: the prediction is score ≥ threshold. */
  predSlot: number
  /** The first sensitive slot (they run to the last slot). */
  sensSlot: number
  /** The row has a score (a column of kind 2). */
  scored: boolean
  /** Each row's score is kept (as its fixed-point key, see `counted` keys). */
  keep: boolean
  threshold: number
}

/** Byte offsets of the fused state's fields (assembly/scan.ts, F_*). */
const F = {
  labels: 0,
  predSlot: 4,
  preds: 8,
  sensSlot: 12,
  sens: 16,
  bits: 20,
  shifts: 24,
  cells: 28,
  counts: 32,
  scores: 36,
  keep: 40,
  keysAt: 44,
  keyRoom: 48,
  keys: 52,
  rows: 56,
  floats: 60,
  threshold: 64,
  min: 72,
  max: 80,
} as const

let compiled: WebAssembly.Module | undefined

/** A small file's memory size: `n` rounded up to a power of two, at least 4 KiB; from 1 MiB on (a large file's room and chunk, as the pass sets them), `n`. */
function roundUp(n: number): number {
  return n >= 1 << 20 ? n : Math.max(4096, 2 ** Math.ceil(Math.log2(Math.max(1, n))))
}

/** Bytes before the first buffer: a key read (up to 8 bytes back from a field's end) stays inside the memory. */
const FRONT = 16

export class ScanMemory {
  /** The whole memory, as bytes. */
  readonly bytes: Buffer
  /** The same, for 4-byte reads at any offset (the interner's keys). */
  readonly view: DataView
  /** The positions `index` found, ending with its sentinel. */
  readonly positions: Int32Array
  /** Where each of the two buffers starts: `room` bytes for a carried record, then `chunk` bytes to read into. */
  readonly buffers: readonly [number, number]
  /** What `records` read: per row, its interned cells' ids (`slots` a row), score and weight, and line. */
  readonly ids: Int32Array
  readonly nums: Float64Array
  readonly lines: Int32Array
  private readonly state: Int32Array
  private readonly k: Exports
  private readonly out: number
  private readonly at: {
    fused: number
    labels: number
    preds: number
    bits: number
    shifts: number
    cells: number
    counts: number
    keys: number
    state: number
    kinds: number
    slots: number
    tables: number
    ids: number
    nums: number
    lines: number
  }
  /** Keys in each column's table. */
  private readonly learned: number[]
  private readonly nCols: number
  private readonly nSlots: number

  constructor(
    readonly room: number,
    readonly chunk: number,
    columns: ScanColumns = { kinds: new Int8Array(0), slotOf: new Int32Array(0), slots: 0 },
  ) {
    compiled ??= new WebAssembly.Module(Buffer.from(SCAN_WASM, 'base64'))
    this.k = new WebAssembly.Instance(compiled, {}).exports as unknown as Exports
    this.k.setSeed(randomInt32())
    const span = room + chunk
    this.nCols = columns.kinds.length
    this.nSlots = columns.slots
    let top = (this.k.heapBase() + FRONT + 15) & ~15
    const take = (bytes: number): number => {
      const start = top
      top = (top + bytes + 15) & ~15
      return start
    }
    const first = take(span)
    const second = take(span)
    // One position per byte at most, and the sentinel.
    this.out = take(4 * (span + 1))
    this.at = {
      fused: take(88),
      labels: take(MEANINGS),
      preds: take(MEANINGS),
      bits: take(4 * this.nSlots),
      shifts: take(4 * this.nSlots),
      cells: take(4 << CELL_BITS),
      counts: take(16 * FUSED_CELLS),
      keys: take(8 * KEY_ROOM),
      state: take(16),
      kinds: take(this.nCols),
      slots: take(4 * this.nCols),
      tables: take(16 * TABLE * this.nSlots),
      ids: take(4 * CAPACITY * this.nSlots),
      nums: take(16 * CAPACITY),
      lines: take(4 * CAPACITY),
    }
    this.k.memory.grow(Math.ceil((top - this.k.memory.buffer.byteLength) / 65536))
    const buffer = this.k.memory.buffer
    this.bytes = Buffer.from(buffer)
    this.view = new DataView(buffer)
    this.positions = new Int32Array(buffer, this.out, span + 1)
    this.buffers = [first, second]
    this.ids = new Int32Array(buffer, this.at.ids, CAPACITY * this.nSlots)
    this.nums = new Float64Array(buffer, this.at.nums, 2 * CAPACITY)
    this.lines = new Int32Array(buffer, this.at.lines, CAPACITY)
    this.state = new Int32Array(buffer, this.at.state, 4)
    this.fusedI32 = new Int32Array(buffer, this.at.fused, 22)
    this.fusedF64 = new Float64Array(buffer, this.at.fused, 11)
    this.cellTable = new Int32Array(buffer, this.at.cells, 1 << CELL_BITS)
    this.counts = new Uint32Array(buffer, this.at.counts, 4 * FUSED_CELLS)
    this.keys = new Uint32Array(buffer, this.at.keys, 2 * KEY_ROOM)
    this.learned = new Array<number>(this.nSlots).fill(0)
    this.reset(columns)
  }

  private readonly fusedI32: Int32Array
  private readonly fusedF64: Float64Array
  private readonly cellTable: Int32Array
  /** The fused rows' confusion counts: four u32 per cell (TN, FP, FN, TP), since `takeCounts`. */
  private readonly counts: Uint32Array
  /** The fused rows' score keys: pairs (score × 10^6, cell × 2 + label), `counted().keys` of them. */
  readonly keys: Uint32Array
  /** Counting in the scan is on (null: every simple record is handed back). */
  private fused: FusedRows | null = null
  /** Bits of each sensitive slot's ids in a cell index, while the index fits CELL_BITS (null: no more cells are learned). */
  private cellBits: number[] | null = null
  /** The cells learned, as (ids..., cell) runs, to lay out again when a slot's ids need more bits. */
  private knownCells: number[] = []
  /** The highest cell counted, + 1. */
  private cellsCounted = 0

  /** Sets the columns and empties the key tables, for a new pass. */
  private reset(columns: ScanColumns): void {
    const buffer = this.k.memory.buffer
    new Int8Array(buffer, this.at.kinds, this.nCols).set(columns.kinds)
    new Int32Array(buffer, this.at.slots, this.nCols).set(columns.slotOf)
    for (let s = 0; s < this.nSlots; s++) this.k.clearTable(this.at.tables + s * 16 * TABLE, TABLE - 1)
    this.learned.fill(0)
    this.fused = columns.fused ?? null
    new Uint8Array(buffer, this.at.labels, 2 * MEANINGS).fill(0)
    this.cellTable.fill(-1)
    this.counts.fill(0)
    this.cellsCounted = 0
    this.knownCells = []
    const i32 = this.fusedI32
    i32.fill(0)
    const fused = this.fused
    if (!fused) return
    const sens = this.nSlots - fused.sensSlot
    this.cellBits = new Array<number>(sens).fill(2)
    i32[F.labels >> 2] = this.at.labels
    i32[F.predSlot >> 2] = fused.predSlot
    i32[F.preds >> 2] = this.at.preds
    i32[F.sensSlot >> 2] = fused.sensSlot
    i32[F.sens >> 2] = sens
    i32[F.bits >> 2] = this.at.bits
    i32[F.shifts >> 2] = this.at.shifts
    i32[F.cells >> 2] = this.at.cells
    i32[F.counts >> 2] = this.at.counts
    i32[F.scores >> 2] = fused.scored ? 1 : 0
    i32[F.keep >> 2] = fused.keep ? 1 : 0
    i32[F.keysAt >> 2] = this.at.keys
    i32[F.keyRoom >> 2] = KEY_ROOM
    this.fusedF64[F.threshold >> 3] = fused.threshold
    this.layOutCells()
    this.takeCounted()
  }

  /**
   * The label (slot 0) or prediction id `id` means positive or negative: records with it may be
   * counted in the scan from now on.
   */
  learnMeaning(slot: number, id: number, positive: boolean): void {
    if (!this.fused || id >= MEANINGS) return
    const at = slot === 0 ? this.at.labels : this.at.preds
    this.bytes[at + id] = positive ? 2 : 1
  }

  /** The sensitive ids `ids` (sensitive slots in order) are cell `cell`: records with them may be counted in the scan from now on. */
  learnCell(ids: ArrayLike<number>, cell: number): void {
    const bits = this.cellBits
    if (!this.fused || !bits || cell >= FUSED_CELLS) return
    let wider = false
    for (let i = 0; i < bits.length; i++) {
      while ((ids[i] as number) >>> (bits[i] as number) !== 0) {
        bits[i] = (bits[i] as number) + 1
        wider = true
      }
      this.knownCells.push(ids[i] as number)
    }
    this.knownCells.push(cell)
    if (wider) this.layOutCells()
    else this.setCell(this.knownCells.length - bits.length - 1)
  }

  /** Writes each slot's bits and shift, and every known cell, into the cell table; stops learning when they do not fit. */
  private layOutCells(): void {
    const bits = this.cellBits as number[]
    const total = bits.reduce((a, b) => a + b, 0)
    this.cellTable.fill(-1)
    if (total > CELL_BITS) {
      this.cellBits = null
      this.knownCells = []
      return
    }
    const buffer = this.k.memory.buffer
    const b = new Int32Array(buffer, this.at.bits, bits.length)
    const sh = new Int32Array(buffer, this.at.shifts, bits.length)
    let shift = 0
    bits.forEach((n, i) => {
      b[i] = n
      sh[i] = shift
      shift += n
    })
    for (let at = 0; at < this.knownCells.length; at += bits.length + 1) this.setCell(at)
  }

  /** The known cell whose run starts at `at` of `knownCells` into the cell table. */
  private setCell(at: number): void {
    const sens = (this.cellBits as number[]).length
    const sh = new Int32Array(this.k.memory.buffer, this.at.shifts, sens)
    let index = 0
    for (let i = 0; i < sens; i++) index |= (this.knownCells[at + i] as number) << (sh[i] as number)
    const cell = this.knownCells[at + sens] as number
    this.cellTable[index] = cell
    if (cell >= this.cellsCounted) this.cellsCounted = cell + 1
  }

  /**
   * The rows the scan counted since the last call, how many pairs of score keys of them are in
   * `keys` and how many of those are 8-byte scores (two pairs each: see ScoreStore.pushKeys),
   * and their least and greatest score (±Infinity for none); then empties the keys' room.
   */
  takeCounted(): { rows: number; keys: number; floats: number; min: number; max: number } {
    const i32 = this.fusedI32
    const f64 = this.fusedF64
    const got = this.counted
    got.rows = i32[F.rows >> 2] as number
    got.keys = i32[F.keys >> 2] as number
    got.floats = i32[F.floats >> 2] as number
    got.min = f64[F.min >> 3] as number
    got.max = f64[F.max >> 3] as number
    i32[F.rows >> 2] = 0
    i32[F.keys >> 2] = 0
    i32[F.floats >> 2] = 0
    f64[F.min >> 3] = Infinity
    f64[F.max >> 3] = -Infinity
    return got
  }

  private readonly counted = { rows: 0, keys: 0, floats: 0, min: Infinity, max: -Infinity }

  /**
   * The confusion counts of the rows the scan counted since the last call: for each cell below
   * `cells`, four counts (TN, FP, FN, TP) at cell × 4 of `counts` (a view, valid until the next
   * `records`). `clearCounts` empties them.
   */
  countsSoFar(): { counts: Uint32Array; cells: number } {
    return { counts: this.counts, cells: this.cellsCounted }
  }

  clearCounts(): void {
    this.counts.fill(0, 0, 4 * this.cellsCounted)
  }

  /**
   * A memory for a pass: the one the last pass of the same sizes and columns released, or a
   * new one. A glob of many small gzipped files, whose size is not known before they are read,
   * so gets one memory of full size and not one each (each a WebAssembly memory for the
   * collector to reclaim).
   */
  static acquire(room: number, chunk: number, columns: ScanColumns): ScanMemory {
    const spare = ScanMemory.spare
    // Sizes rounded up to a power of two, and a spare at least as large serves: a glob of small
    // files of distinct sizes needs a few memories, not one each (each reserves some 10 GB of
    // address space until the collector frees it: 1,000 files took 12 s of CPU under an address
    // space limit of 64 GB, and failed under 20 GB, red team 9 R9-8).
    room = roundUp(room)
    chunk = roundUp(chunk)
    if (
      spare &&
      spare.room >= room &&
      spare.chunk >= chunk &&
      spare.nCols === columns.kinds.length &&
      spare.nSlots === columns.slots
    ) {
      ScanMemory.spare = null
      spare.reset(columns)
      return spare
    }
    return new ScanMemory(room, chunk, columns)
  }

  /** The pass is done with this memory (no view of it is used after). */
  release(): void {
    const spare = ScanMemory.spare
    if (
      spare &&
      spare.room >= this.room &&
      spare.chunk >= this.chunk &&
      spare.nCols === this.nCols &&
      spare.nSlots === this.nSlots
    )
      return
    ScanMemory.spare = this
  }

  private static spare: ScanMemory | null = null

  /**
   * Lets go of the spare memory, when it is of at least `bytes`: an audit's pass is done (its
   * files are read), and a large memory kept for the next audit's pass stayed resident through
   * this audit's statistics and report. Returns the bytes let go (0 when it is kept).
   */
  static dropSpare(bytes: number): number {
    const size = ScanMemory.spare?.bytes.byteLength ?? 0
    if (size < bytes) return 0
    ScanMemory.spare = null
    return size
  }

  /** Interned column `slot` knows the cell whose key is (lo, hi, len) as `id`; `records` reads it from now on (cells of at most 8 bytes, while the table has room). */
  learn(slot: number, lo: number, hi: number, len: number, id: number): void {
    if (len > 8 || (this.learned[slot] as number) >= TABLE / 2) return
    this.learned[slot] = (this.learned[slot] as number) + 1
    this.k.learn(this.at.tables + slot * 16 * TABLE, TABLE - 1, lo, hi, len, id)
  }

  /**
   * Reads the simple records from p on (k: the index of the first position at or after p, as
   * `index` left them, and the line p is on), at most CAPACITY of them, into `ids`, `nums` and
   * `lines`; returns how many, with where it stopped in `stopped`.
   */
  records(p: number, k: number, line: number, end: number, delim: number, maxRecord: number): number {
    const st = this.state
    st[0] = p
    st[1] = k
    st[2] = line
    const a = this.at
    this.k.records(
      a.state,
      end,
      this.out,
      delim,
      this.nCols,
      a.kinds,
      a.slots,
      a.tables,
      TABLE - 1,
      this.nSlots,
      a.ids,
      a.nums,
      a.lines,
      CAPACITY,
      maxRecord,
      this.fused ? a.fused : 0,
    )
    this.stopped.p = st[0] as number
    this.stopped.k = st[1] as number
    this.stopped.line = st[2] as number
    return st[3] as number
  }

  /** Rows one `records` call reads at most. */
  readonly capacity = CAPACITY

  /** Score keys one `records` call writes at most. */
  readonly keyRoom = KEY_ROOM

  /** Where the last `records` stopped. */
  readonly stopped = { p: 0, k: 0, line: 0 }

  /**
   * Indexes bytes[start, end): the positions of its delimiters, LFs, CRs and quotes in order in
   * `positions`, then `end` as a sentinel; returns how many were found (the sentinel's index).
   */
  index(start: number, end: number, delim: number): number {
    const n = this.k.structural(start, end, this.out, delim)
    this.positions[n] = end
    return n
  }
}
