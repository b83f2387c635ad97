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
import { randomBytes } from 'node:crypto'
import { SCAN_WASM } from './scan-wasm.js'

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
  ): void
  heapBase(): number
}

/** Entries of each interned column's key table (16 bytes each), kept at most half full: more distinct short values than half of it are read by the JavaScript pass. */
const TABLE = 4096
/** Rows one `records` call reads at most. */
const CAPACITY = 1024

/** The columns of a pass, for `records`: kinds (0 skip, 1 interned, 2 score, 4 weight) and each interned column's slot. */
export interface ScanColumns {
  kinds: Int8Array
  slotOf: Int32Array
  slots: number
}

let compiled: WebAssembly.Module | undefined

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
    this.k.setSeed(randomBytes(4).readInt32LE(0))
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
    this.learned = new Array<number>(this.nSlots).fill(0)
    this.reset(columns)
  }

  /** Sets the columns and empties the key tables, for a new pass. */
  private reset(columns: ScanColumns): void {
    const buffer = this.k.memory.buffer
    new Int8Array(buffer, this.at.kinds, this.nCols).set(columns.kinds)
    new Int32Array(buffer, this.at.slots, this.nCols).set(columns.slotOf)
    for (let s = 0; s < this.nSlots; s++) this.k.clearTable(this.at.tables + s * 16 * TABLE, TABLE - 1)
    this.learned.fill(0)
  }

  /**
   * A memory for a pass: the one the last pass of the same sizes and columns released, or a
   * new one. A glob of many small gzipped files, whose size is not known before they are read,
   * so gets one memory of full size and not one each (each a WebAssembly memory for the
   * collector to reclaim).
   */
  static acquire(room: number, chunk: number, columns: ScanColumns): ScanMemory {
    const spare = ScanMemory.spare
    if (
      spare &&
      spare.room === room &&
      spare.chunk === chunk &&
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
    ScanMemory.spare = this
  }

  private static spare: ScanMemory | null = null

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
    )
    this.stopped.p = st[0] as number
    this.stopped.k = st[1] as number
    this.stopped.line = st[2] as number
    return st[3] as number
  }

  /** Rows one `records` call reads at most. */
  readonly capacity = CAPACITY

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
