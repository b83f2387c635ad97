/**
 * Parquet DECIMAL values named exactly. hyparquet's `convert` makes a DECIMAL a double, so
 * 12345678901234567890123456789012345678 and …679 in a DECIMAL(38,0), or 9007199254740993 and
 * …992 in an INT64 DECIMAL(18,0), were one group (red team 9 R9-5). A DECIMAL here is the
 * double when that double's own text is the value's exact decimal text (so a label, prediction
 * or score stays the number it was, and distinct values stay distinct numbers), else the exact
 * decimal text (no double has that text, so it cannot meet another value's number).
 */
import type { DecodedArray } from 'hyparquet'
import type { readPage } from 'hyparquet/src/column.js'
import { convert } from 'hyparquet/src/convert.js'
import { decimalOf, isDecimal, MAX_DECIMAL_PRECISION, maxDecimalBytes } from './parquet-schema.js'
import { plainNumber } from './values.js'

type ColumnDecoder = Parameters<typeof readPage>[2]

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** The decimal text of `unscaled` × 10^-scale, without trailing fraction zeros (`1.5`, `-0.005`, `120`). */
export function decimalText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n
  let digits = (negative ? -unscaled : unscaled).toString()
  if (scale <= 0) return unscaled === 0n ? '0' : `${negative ? '-' : ''}${digits}${'0'.repeat(-scale)}`
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits
  const int = digits.slice(0, digits.length - scale)
  // Trailing zeros off by a scan: /0+$/ is retried at every position of the fraction, quadratic in the scale (R10-2).
  let end = digits.length
  while (end > int.length && digits.charCodeAt(end - 1) === 48) end--
  const frac = digits.slice(int.length, end)
  const text = frac ? `${int}.${frac}` : int
  return negative && text !== '0' ? `-${text}` : text
}

/** A DECIMAL as a cell: its double where that double's text is its exact text, else the text. */
export function decimalCell(unscaled: bigint, scale: number): number | string {
  const text = decimalText(unscaled, scale)
  const n = Number(text)
  return plainNumber(n) === text ? n : text
}

/** A big-endian two's-complement integer (a BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY DECIMAL) from its bytes' hex, in one step (a byte at a time was quadratic in its length, R10-3). */
function signedBigEndian(hex: string): bigint {
  if (hex.length === 0) return 0n
  const v = BigInt(`0x${hex}`)
  return parseInt(hex.slice(0, 2), 16) & 0x80 ? v - (1n << BigInt(hex.length * 4)) : v
}

/**
 * Values a Parquet column's converted type names (DECIMAL, timestamp and UUID texts) that are kept
 * named, by their stored value: more than a group column may hold (`max_groups` is at most
 * 20,000), so the values of any column a run can read are named once; cleared when full. Naming
 * one costs some 1 to 3 µs, where a row costs the bound some 1 µs, and a column's values repeat:
 * 3,000,000 rows of two DECIMAL(76, 0) values took 24.7 s of CPU in 3 audits, exit 0 (red team 24
 * R24-2); kept by 4,096 and cleared, 5,000 values cycled missed on every row, 28.9 s (red team 25 R25-2).
 */
export const NAMED_VALUES_KEPT = 1 << 15

/**
 * Timestamps and UUIDs named so far (a conversion, not a lookup): each is charged to the run's
 * bound (`NAMED_VALUE_BYTES`, `parquet.ts`), so values that are all distinct cost what they take.
 * Such a column is only a group column (no label, score or weight is one), whose distinct values
 * `max_groups` bounds. A DECIMAL is not charged: a score may be one, each row its own value, and
 * score rows cost the bound more already (SCORE_ROW_UNITS).
 */
export const named = { values: 0 }

/** The byte-array DECIMALs named, by scale, then by their bytes' hex. */
const decimalCells = new Map<number, Map<string, number | string>>()

/**
 * The values an INT32 annotated as a narrower integer (8 or 16 bits, signed or not) may hold: the
 * format stores them in 32 bits, and nothing else checks that they fit. 256 in an INT_8 column was
 * 256 here and 0 in DuckDB and Arrow, which cut it to 8 bits (red team 15 R15-6: a failing gate
 * passed). Null for every other column.
 */
function narrowRange(element: ColumnDecoder['element']): { name: string; min: number; max: number } | null {
  const l = element.logical_type
  const bits =
    l?.type === 'INTEGER' ? l.bitWidth : Number(/^U?INT_(8|16)$/.exec(element.converted_type ?? '')?.[1] ?? 0)
  if (bits !== 8 && bits !== 16) return null
  const signed = l?.type === 'INTEGER' ? l.isSigned : !(element.converted_type ?? '').startsWith('U')
  const name = `${signed ? 'INT' : 'UINT'}_${bits}`
  return signed ? { name, min: -(2 ** (bits - 1)), max: 2 ** (bits - 1) - 1 } : { name, min: 0, max: 2 ** bits - 1 }
}

/** hyparquet's `convert`, with DECIMAL values exact (`decimalCell`). */
export function convertValues(data: DecodedArray, decoder: ColumnDecoder): DecodedArray {
  const element = decoder.element
  const perSecond = timeUnits(element)
  if (perSecond !== null) return timeValues(data, perSecond)
  if (!isDecimal(element)) {
    const out = convert(data, decoder)
    const range = narrowRange(element)
    if (range) {
      for (let i = 0; i < out.length; i++) {
        const v = out[i] as unknown
        if (typeof v === 'number' && (v < range.min || v > range.max))
          throw new Error(
            `a value of ${v} in a column annotated ${range.name}, which holds ${range.min} to ${range.max}: readers differ on what it is (DuckDB and Arrow cut it to ${range.name})`,
          )
      }
    }
    return out
  }
  // The footer's precision and scale are checked (`checkSchemaLeaves`): 0 ≤ scale ≤ precision, within the type.
  const { precision, scale } = decimalOf(element)
  const most = maxDecimalBytes(precision ?? MAX_DECIMAL_PRECISION)
  const out = new Array<number | string>(data.length)
  let kept = decimalCells.get(scale)
  if (!kept) {
    kept = new Map()
    decimalCells.set(scale, kept)
  }
  // A page whose values are nearly all new (a score, each row its own) is named without the cache:
  // keeping them would cost more than it saves.
  let misses = 0
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as unknown
    if (scale === 0 && typeof v === 'number') {
      out[i] = v
      continue
    }
    if (scale === 0 && typeof v === 'bigint' && v >= -MAX_SAFE && v <= MAX_SAFE) {
      out[i] = Number(v)
      continue
    }
    if (v instanceof Uint8Array && v.length > most)
      throw new Error(
        `a DECIMAL(${String(precision)}, ${scale}) value of ${v.length.toLocaleString('en-US')} bytes (at most ${most} bytes for ${String(precision)} digits)`,
      )
    if (v instanceof Uint8Array) {
      const hex = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')
      let cell = misses > 1024 && misses > 0.9 * i ? undefined : kept.get(hex)
      if (cell === undefined) {
        cell = decimalCell(signedBigEndian(hex), scale)
        if (!(misses > 1024 && misses > 0.9 * i)) {
          if (kept.size >= NAMED_VALUES_KEPT) kept.clear()
          kept.set(hex, cell)
        }
        misses++
      }
      out[i] = cell
      continue
    }
    const unscaled = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)))
    out[i] = decimalCell(unscaled, scale)
  }
  return out
}

/** A TIME leaf's units a second (MILLIS, MICROS, NANOS; by its logical or its converted type), or null for another leaf. */
function timeUnits(element: ColumnDecoder['element']): number | null {
  const logical = element.logical_type
  if (logical?.type === 'TIME') return logical.unit === 'NANOS' ? 1e9 : logical.unit === 'MICROS' ? 1e6 : 1e3
  if (element.converted_type === 'TIME_MILLIS') return 1e3
  if (element.converted_type === 'TIME_MICROS') return 1e6
  return null
}

/** TIME texts named so far, per unit (values repeat, as timestamps' do). */
const timeTexts = new Map<number, Map<number, string>>()

/**
 * A TIME of `perSecond` units a second as its time of day, as DuckDB writes it: `HH:MM:SS`, then the
 * digits below the second when they are not all 0, without trailing zeros, so one time is one text
 * whatever its unit. Named by its raw count, TIME_MILLIS 1000 and TIME_MICROS 1,000,000 (both
 * 00:00:01) were two groups, and 1000 µs (00:00:00.001) was one group with 1000 ms (red team 32
 * R32-7). A value outside a day (0 to 24:00:00, which DuckDB holds) is no time: refused.
 */
export function timeOfDay(value: number, perSecond: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 86_400 * perSecond)
    throw new Error(
      `a TIME value of ${value} (${perSecond === 1e3 ? 'milli' : perSecond === 1e6 ? 'micro' : 'nano'}seconds) outside a day (0 to 24:00:00)`,
    )
  const seconds = Math.floor(value / perSecond)
  const below = value - seconds * perSecond
  const two = (n: number): string => String(n).padStart(2, '0')
  const hms = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`
  if (below === 0) return hms
  let digits = String(below).padStart(String(perSecond).length - 1, '0')
  let end = digits.length
  while (digits.charCodeAt(end - 1) === 48) end--
  digits = digits.slice(0, end)
  return `${hms}.${digits}`
}

function timeValues(data: DecodedArray, perSecond: number): DecodedArray {
  let texts = timeTexts.get(perSecond)
  if (!texts) {
    texts = new Map()
    timeTexts.set(perSecond, texts)
  }
  const out = new Array<string>(data.length)
  for (let i = 0; i < data.length; i++) {
    const raw = data[i] as unknown
    // At most 86,400 × 10^9 nanoseconds: a double holds it exactly (a larger value is refused).
    const v = Number(raw)
    let text = texts.get(v)
    if (text === undefined) {
      text = timeOfDay(v, perSecond)
      named.values++
      if (texts.size >= NAMED_VALUES_KEPT) texts.clear()
      texts.set(v, text)
    }
    out[i] = text
  }
  return out
}
