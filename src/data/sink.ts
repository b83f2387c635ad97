/**
 * The per-row half of the fast passes (CSV bytes in `fastcsv.ts`, Parquet columns in
 * `columnar.ts`): each cell arrives as a small id of its distinct raw value, given the
 * meaning the generic pass gives that value once per id (label normalised and checked,
 * group value or missing), so a row costs a few array lookups and one accumulator add.
 * Checks run in the generic pass's order — label, score, prediction, weight, sensitive values —
 * so the first problem of a file is the same one, at the same line.
 */
import type { GroupAccumulator } from '../stats/accumulate.js'
import type { RowChecks } from './checks.js'
import { randomInt32 } from '../files/random.js'
import { normaliseLabel, type Cell } from './values.js'

/** Where the ids come from. Slots: 0 the label, 1 the prediction (if any), then each sensitive column. */
export interface RowSource {
  /** The raw cell behind an id of a slot. */
  cellOf(slot: number, id: number): Cell
  /** This row's score, or the score problem thrown; called after the label is checked. */
  score(line: number): number
  /** This row's sample weight, or the weight problem thrown; called (weighted audits only) after the prediction. */
  weight(line: number): number
}

/**
 * Told what an id or a combination of ids means once `InternedRows` has worked it out (and run
 * its checks), so that a pass can count later rows with the same ids itself (the fast CSV
 * pass's WebAssembly scan).
 */
export interface MeaningListener {
  /** The id of slot 0 (the label) or of the prediction's slot means positive or negative. */
  meaning(slot: number, id: number, positive: boolean): void
  /** These sensitive ids (sensitive slots in order) are the accumulator's cell `cell`, with no value missing. */
  cell(ids: Int32Array, cell: number): void
}

/**
 * Ids of a row's sensitive values → the accumulator's cell: a dense table while the ids' bits fit
 * in 20, then an open-addressing hash of the ids themselves, no key built a row (red team 26
 * R26-3: 32 two-valued columns of a 2 MB Parquet file joined their ids into a string on each of
 * 10,000,000 rows, 21.7 s of the 34 s profiled). The hash is seeded at random in each process, so
 * no file can line its combinations up on one probe chain.
 */
export class CellTable {
  private bits: number[]
  private shifts: number[] = []
  private table: Int32Array = new Int32Array(0)
  private dense = true
  /** The hash: `slots` ids a key (`keys`), its cell in `cells` (-1: empty), at most half full. */
  private keys: Int32Array = new Int32Array(0)
  private cells: Int32Array = new Int32Array(0)
  private mask = 0
  private size = 0

  constructor(private readonly slots: number) {
    this.bits = new Array<number>(slots).fill(2)
    this.layout()
  }

  private layout(): void {
    let total = 0
    this.shifts = this.bits.map((b) => {
      const s = total
      total += b
      return s
    })
    if (total > 20) {
      this.dense = false
      this.table = new Int32Array(0)
      this.grow(64)
      return
    }
    this.table = new Int32Array(1 << total).fill(-1)
  }

  /** The cell, or -1 when not known yet. */
  get(ids: Int32Array): number {
    if (this.dense) {
      let index = 0
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number
        if (id >>> (this.bits[i] as number) !== 0) {
          while (id >>> (this.bits[i] as number) !== 0) this.bits[i] = (this.bits[i] as number) + 1
          this.layout()
          return this.get(ids)
        }
        index |= id << (this.shifts[i] as number)
      }
      return this.table[index] as number
    }
    const at = this.find(ids)
    return this.cells[at] as number
  }

  set(ids: Int32Array, cell: number): void {
    if (this.dense) {
      let index = 0
      for (let i = 0; i < ids.length; i++) index |= (ids[i] as number) << (this.shifts[i] as number)
      this.table[index] = cell
      return
    }
    const at = this.find(ids)
    if ((this.cells[at] as number) < 0) {
      this.keys.set(ids, at * this.slots)
      this.size++
    }
    this.cells[at] = cell
    if (this.size * 2 > this.mask) this.grow((this.mask + 1) * 2)
  }

  /** The slot of `ids`: where they are, or the empty slot where they would go. */
  private find(ids: Int32Array): number {
    const slots = this.slots
    let h = CELL_HASH_SEED
    for (let i = 0; i < slots; i++) h = Math.imul(h ^ (ids[i] as number), 0x9e3779b1)
    h ^= h >>> 15
    h = Math.imul(h, 0x85ebca6b)
    h ^= h >>> 13
    const { keys, cells, mask } = this
    for (let at = h & mask; ; at = (at + 1) & mask) {
      if ((cells[at] as number) < 0) return at
      let same = true
      const base = at * slots
      for (let i = 0; i < slots; i++)
        if (keys[base + i] !== ids[i]) {
          same = false
          break
        }
      if (same) return at
    }
  }

  private grow(capacity: number): void {
    const { keys, cells, slots } = this
    this.keys = new Int32Array(capacity * slots)
    this.cells = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    this.size = 0
    for (let at = 0; at < cells.length; at++) {
      const cell = cells[at] as number
      if (cell >= 0) this.set(keys.subarray(at * slots, (at + 1) * slots), cell)
    }
  }
}

/** The seed of `CellTable`'s hash: random in each process, odd. */
const CELL_HASH_SEED = randomInt32() | 1

/** Meaning of a label/prediction id: not known yet, negative, positive. */
const UNSEEN = 0
const NEGATIVE = 1
const POSITIVE = 2

/** Rows as ids → checks → the accumulator. Set `ids` for a row, then call `row(line)`. */
export class InternedRows {
  /** This row's ids, by slot. */
  readonly ids: Int32Array
  readonly predSlot: number
  readonly sensSlot: number
  private readonly sensIds: Int32Array
  private readonly labelMeaning: number[] = []
  private readonly predMeaning: number[] = []
  private readonly sensMeaning: (string | null | undefined)[][]
  private readonly cells: CellTable
  private readonly values: string[]
  private readonly hasScore: boolean
  private readonly hasWeight: boolean
  private readonly threshold: number
  /**
   * What the last `row` added when none of its sensitive values was missing: its accumulator
   * cell × 4 + label × 2 + prediction, which every later row of the same ids adds to (the
   * prediction bit is the row's own when it comes from the score); else -1. The columnar pass
   * remembers it by dictionary codes (`columnar.ts`).
   */
  added = -1

  constructor(
    private readonly checks: RowChecks,
    private readonly acc: GroupAccumulator,
    private readonly source: RowSource,
    private readonly listener: MeaningListener | null = null,
  ) {
    const audit = checks.audit
    this.predSlot = audit.prediction ? 1 : -1
    this.sensSlot = audit.prediction ? 2 : 1
    this.ids = new Int32Array(this.sensSlot + checks.sens.length)
    this.sensIds = this.ids.subarray(this.sensSlot)
    this.sensMeaning = checks.sens.map(() => [])
    this.cells = new CellTable(checks.sens.length)
    this.values = new Array<string>(checks.sens.length)
    this.hasScore = !!audit.score
    this.hasWeight = !!audit.weight
    this.threshold = audit.threshold
  }

  /** The slots' column names, in slot order. */
  static slotColumns(checks: RowChecks): string[] {
    const audit = checks.audit
    return [audit.label, ...(audit.prediction ? [audit.prediction] : []), ...checks.sens]
  }

  /** Adds the row whose ids are in `ids`; returns false when it was dropped. */
  row(line: number): boolean {
    const checks = this.checks
    const labelId = this.ids[0] as number
    let lm = this.labelMeaning[labelId] ?? UNSEEN
    if (lm === UNSEEN) {
      const raw = this.source.cellOf(0, labelId)
      lm = checks.label(normaliseLabel(raw), line, raw) ? POSITIVE : NEGATIVE
      this.labelMeaning[labelId] = lm
      this.listener?.meaning(0, labelId, lm === POSITIVE)
    }
    let score = 0
    if (this.hasScore) {
      score = this.source.score(line)
      if (score < checks.minScore) checks.minScore = score
      if (score > checks.maxScore) checks.maxScore = score
    }
    let pred: boolean
    if (this.predSlot >= 0) {
      const predId = this.ids[this.predSlot] as number
      let pm = this.predMeaning[predId] ?? UNSEEN
      if (pm === UNSEEN) {
        const raw = this.source.cellOf(this.predSlot, predId)
        pm = checks.prediction(normaliseLabel(raw), line, raw) ? POSITIVE : NEGATIVE
        this.predMeaning[predId] = pm
        this.listener?.meaning(this.predSlot, predId, pm === POSITIVE)
      }
      pred = pm === POSITIVE
    } else pred = score >= this.threshold
    const weight = this.hasWeight ? this.source.weight(line) : 1
    const stats = checks.stats
    let cell = this.cells.get(this.sensIds)
    let missing = false
    if (cell < 0) {
      // A new combination, or a missing value: the careful way.
      let drop = false
      for (let i = 0; i < this.values.length; i++) {
        const id = this.sensIds[i] as number
        const meaning = this.sensMeaning[i] as (string | null | undefined)[]
        let v = meaning[id]
        if (v === undefined) {
          v = checks.groupValue(this.source.cellOf(this.sensSlot + i, id), i, line)
          meaning[id] = v
        }
        if (v === null) {
          missing = true
          v = checks.missingValue(i, line)
          if (v === null) drop = true
        }
        if (v !== null) this.values[i] = v
      }
      if (drop) {
        stats.dropped++
        this.added = -1
        return false
      }
      cell = this.acc.cellOf(this.values)
      if (!missing) {
        this.cells.set(this.sensIds, cell)
        this.listener?.cell(this.sensIds, cell)
      }
    }
    this.acc.addToCell(cell, lm === POSITIVE, pred, score, weight)
    this.added = missing ? -1 : cell * 4 + (lm === POSITIVE ? 2 : 0) + (pred ? 1 : 0)
    stats.rows++
    return true
  }
}
