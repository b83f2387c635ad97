/** Spellings of one typed value in a group column (red team 31 R31-9, red team 32 R32-2, R32-3). */
/**
 * Booleans as DuckDB's CSV reader reads them, any case: `true`/`false` (pandas too), `t`/`f`,
 * `yes`/`no`: a column of nothing else it types BOOLEAN. (`y`/`n`, `on`/`off` it keeps as text.)
 */
const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 't', 'yes'])
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'f', 'no'])

/** Whether a value is one of DuckDB's boolean words (`TRUE_WORDS`, `FALSE_WORDS`), any case, spaces around. */
export function isBooleanWord(v: string): boolean {
  if (v.length > 16) return false
  const lower = v.trim().toLowerCase()
  return TRUE_WORDS.has(lower) || FALSE_WORDS.has(lower)
}

/** A decimal number (one way to match each text: linear in its length, however long). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
/**
 * `0x10`, `0b10000` (DuckDB reads both as the BIGINT 16), `0o20`; a hex or binary number may hold
 * one `_` between two digits, which DuckDB's read_csv reads as a digit separator there (`0x1_0` is
 * 16 beside integers, where a decimal `1_0` makes the column text).
 */
const RADIX = /^([+-]?)0(?:[xX]([0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|[bB]([01]+(?:_[01]+)*)|[oO]([0-7]+))$/
/** ±infinity as pandas' and DuckDB's float readers read it, any case. */
const INFINITY = /^([+-]?)inf(?:inity)?$/i
/** A date year first (`2024-1-1`, `24.01.01`) or last (`1/2/2024`), and what follows it. */
const YEAR_FIRST = /^(\d{4}|\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$/
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)(.*)$/
/**
 * A time of day as DuckDB's CSV sniffer types it TIME (`0:0`, `00:00:00.000`, `12:00:00.`): no
 * zone, which makes the column text there (`12:00:00Z`, `12:00:00+01` are VARCHAR).
 */
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d*))?)?$/
/**
 * A timestamp's time (after the date and `T` or spaces), as DuckDB reads it: seconds with a zone
 * written right after them (`Z`, `+01`, `+0100`, `+01:00`, `+01:00:00`, or one space and a zone's
 * name, `UTC`, `Europe/Paris`, in any case); a zone after a space (` +01`, ` Z`), `z`, `+1` or
 * `+01:0` make the column VARCHAR, as does a zone on a time without seconds.
 */
const STAMP_TIME =
  /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d*))?(?:(Z)|([+-])(\d{2})(?::?(\d{2})(?::(\d{2}))?)?| ([A-Za-z][A-Za-z0-9/_+:-]{0,40}))?)?$/

/** `s` without its trailing zeros, in one pass (`/0+$/` is quadratic in a run of zeros before another digit). */
function trimZeros(s: string): string {
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--
  return s.slice(0, end)
}

interface TimeParts {
  /** The key of the time (`h:m:s[.frac]`). */
  time: string
  /** Seconds since midnight (24:00:00 is 86,400). */
  seconds: number
  /** Its fraction's key (`.5`), or ''. */
  frac: string
  /** Its zone: none, an offset east of UTC in seconds, or a zone's name. */
  zone: number | string | null
}

/**
 * A time's fields from `TIME` or `STAMP_TIME`'s match, or null when DuckDB reads none: hours to 23
 * or exactly 24:00:00 (DuckDB's TIME 24:00:00, a timestamp's next midnight), minutes and seconds to
 * 59 (`23:59:60` is text), and a fraction that DuckDB's read_csv truncates to microseconds
 * (`.1234567` is `.123456`, and `24:00:00.0000001` is 24:00:00) when `text`: a text file's, not a
 * Parquet TIME or TIMESTAMP_NS's name, whose nanoseconds DuckDB keeps.
 */
function timeFields(m: RegExpExecArray, text: boolean): TimeParts | null {
  const h = Number(m[1])
  const min = Number(m[2])
  const s = Number(m[3] ?? 0)
  const frac = trimZeros(text ? (m[4] ?? '').slice(0, 6) : (m[4] ?? ''))
  if (h > 24 || min > 59 || s > 59 || (h === 24 && (min > 0 || s > 0 || frac !== ''))) return null
  let zone: number | string | null = null
  if (m[5] !== undefined) zone = 0
  else if (m[6] !== undefined)
    zone = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 3600 + Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0))
  else if (m[10] !== undefined) zone = m[10]
  const f = frac ? `.${frac}` : ''
  return { time: `${h}:${min}:${s}${f}`, seconds: h * 3600 + min * 60 + s, frac: f, zone }
}

/**
 * Per zone name (lower case), its formatter of the zone's offset (null: a name JavaScript's Intl,
 * whose ICU time-zone data DuckDB's ICU shares, does not know). At most `MAX_ZONES` names are tried:
 * each unknown one costs a thrown error (some 50 µs), and a name DuckDB does not know either makes
 * its column text there, so a further name is read as unknown.
 */
const zones = new Map<string, Intl.DateTimeFormat | null>()
const MAX_ZONES = 4096

function zoneFormat(name: string): Intl.DateTimeFormat | null {
  const key = name.toLowerCase()
  let f = zones.get(key)
  if (f === undefined) {
    if (zones.size >= MAX_ZONES) return null
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' })
    } catch {
      f = null
    }
    zones.set(key, f)
  }
  return f
}

/** The end of a `longOffset` text: `GMT`, `GMT+01:00`, `GMT-04:56:02`. */
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/

/** The offset east of UTC, in seconds, of zone `f` at instant `ms` (null if Intl writes none). */
function offsetAt(f: Intl.DateTimeFormat, ms: number): number | null {
  const m = LONG_OFFSET.exec(f.format(new Date(ms)))
  if (!m) return null
  if (m[1] === undefined) return 0
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0))
}

/**
 * A zone name `UTC+1` as DuckDB reads it (its own reading: Intl knows no such name): `UTC`, in
 * capitals, a sign and digits, optionally `:` and more digits and colons, which it ignores
 * (`UTC+1:30` is +01:00). The digits are hours, or hours and minutes when there are three or more
 * without leading zeros, the minutes ignored (`UTC+0130` and `UTC+145` are +01:00, `UTC+013` is
 * +13:00); hours from -12 to +14 (a whole-hour `Etc/GMT` zone), else the column is text there.
 */
const UTC_OFFSET_NAME = /^UTC([+-])(\d*)(:[\d:]*)?$/

/** The offset east of UTC in seconds of a `UTC_OFFSET_NAME` zone (or `Factory`), null for one DuckDB does not read, undefined for another name. */
function utcOffsetName(zone: string): number | null | undefined {
  // ICU's `Factory` (UTC), which DuckDB reads in any case and JavaScript's Intl does not know.
  if (zone.toLowerCase() === 'factory') return 0
  const m = UTC_OFFSET_NAME.exec(zone)
  if (!m) return undefined
  const digits = (m[2] as string).replace(/^0+/, '')
  if ((m[2] as string) === '' && m[3] === undefined) return null
  if (digits.length > 4) return null
  const n = Number(digits || '0')
  const hours = n >= 100 ? Math.floor(n / 100) : n
  if (hours > (m[1] === '-' ? 12 : 14)) return null
  return (m[1] === '-' ? -1 : 1) * hours * 3600
}

const DAY_MS = 86_400_000

/**
 * The instant (ms since 1970, whole seconds) of wall time `wallMs` (read as UTC) in zone `zone`: an
 * offset, or a zone's name whose offset at that time Intl gives; null for a name it does not know.
 * A wall time a zone's change of offset repeats (01:30 as New York's clocks go back) is its later
 * instant, and one the change skips (02:30 as they go forward) is read with the offset before the
 * change, as DuckDB's ICU reads both (its calendar's default, "last"): the offset of the instant the
 * wall time names was taken first, which east of UTC gives ICU's reading and west of it the other
 * (New York's 01:30 was 05:30Z here, 06:30Z in DuckDB).
 */
function instant(wallMs: number, zone: number | string): number | null {
  if (typeof zone === 'number') return wallMs - zone * 1000
  const fixed = utcOffsetName(zone)
  if (fixed !== undefined) return fixed === null ? null : wallMs - fixed * 1000
  const f = zoneFormat(zone)
  if (f === null) return null
  const before = offsetAt(f, wallMs - DAY_MS)
  const after = offsetAt(f, wallMs + DAY_MS)
  if (before === null || after === null) return null
  // The offsets a day either side: the same, the wall time is one instant; else two (a repeat) or
  // none (a gap) when the change is near it, one when it is not.
  if (before === after) return wallMs - before * 1000
  const valid = [after, before].filter((o) => offsetAt(f, wallMs - o * 1000) === o)
  if (valid.length === 0) return wallMs - before * 1000
  return Math.max(...valid.map((o) => wallMs - o * 1000))
}

/** A date, or a date and a time (`T` or spaces between), as one key; a date alone is its midnight. */
function dateKey(t: string, text: boolean): string | null {
  let date: string
  let ymd: [number, number, number] | null = null
  let rest: string
  /** Whether DuckDB's ISO timestamp reader takes the date (`2024-01-01`, `2024/01/01`): only it reads 24:00:00. */
  let iso = false
  /** Whether a zone keeps the column a timestamp (not `2024.01.01`, nor a year last: VARCHAR). */
  let zoned = false
  const first = YEAR_FIRST.exec(t)
  const last = first ? null : YEAR_LAST.exec(t)
  if (first) {
    const [y, mo, d] = [Number(first[1]), Number(first[3]), Number(first[4])]
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
    date = `${y}${(first[1] as string).length === 2 ? 'y' : ''}-${mo}-${d}`
    if ((first[1] as string).length === 4) ymd = [y, mo, d]
    iso = ymd !== null && first[2] === '-'
    zoned = first[2] !== '.'
    rest = first[5] as string
  } else {
    if (!last) return null
    const [a, b] = [Number(last[1]), Number(last[3])]
    if (a < 1 || a > 31 || b < 1 || b > 31 || (a > 12 && b > 12)) return null
    date = `${a}-${b}-${Number(last[4])}r`
    rest = last[5] as string
  }
  if (rest === '') return `d${date}T0:0:0`
  // `T` (not `t`: text to DuckDB) or spaces.
  const sep = /^(?:T|\s+)/.exec(rest)
  if (!sep) return null
  const m = STAMP_TIME.exec(rest.slice(sep[0].length))
  const time = m ? timeFields(m, text) : null
  if (!time) return null
  if (time.zone !== null && !zoned) return null
  // 24:00:00 is the next day's midnight to DuckDB's ISO reader; its other formats refuse it.
  const h24 = time.seconds === 86400
  if (h24 && !iso) return null
  if (!h24 && (time.zone === null || time.zone === 0)) return `d${date}T${time.time}`
  if (!ymd) return typeof time.zone === 'number' ? `d${date}T${time.time}@${time.zone}` : null
  // The same instant in UTC, as a TIMESTAMPTZ holds it (a time without a zone, 24:00:00, as UTC).
  const wall = new Date(0)
  wall.setUTCFullYear(ymd[0], ymd[1] - 1, ymd[2])
  const ms = instant(wall.getTime() + time.seconds * 1000, time.zone ?? 0)
  if (ms === null) return null
  const utc = new Date(ms)
  return `d${utc.getUTCFullYear()}-${utc.getUTCMonth() + 1}-${utc.getUTCDate()}T${utc.getUTCHours()}:${utc.getUTCMinutes()}:${utc.getUTCSeconds()}${time.frac}`
}

const DECIMAL_PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** A decimal text's exact value as a key: its digits without leading or trailing zeros, and its exponent. */
function exactKey(t: string): string {
  const m = DECIMAL_PARTS.exec(t) as RegExpExecArray
  const fraction = m[3] ?? ''
  let digits = `${m[2] as string}${fraction}`.replace(/^0+/, '')
  if (digits === '') return 'n0'
  const trimmed = trimZeros(digits)
  const exponent = Number(m[4] ?? 0) - fraction.length + digits.length - trimmed.length
  digits = trimmed
  return `n${m[1] === '-' ? '-' : ''}${digits}e${exponent}`
}

/**
 * What a group value's text means to a typed reader the user may run (pandas with type inference,
 * DuckDB's CSV sniffer and casts, a typed Parquet or warehouse column), when it is one, or null:
 * two texts of one key are one value there, two groups here. A number is keyed by its double, as
 * pandas' float64 and DuckDB's DOUBLE read it (`1`, `1.0`, `01`, `+1`, `1e0`, `1.0000000000000001`;
 * `0x10` and `16`; `inf` and `Infinity` and `1e400`) — by its exact decimal value when `exact`, a
 * Parquet integer or DECIMAL column's, which DuckDB and pandas keep exact; a boolean by its truth (`true`, `True`; and
 * `t`, `yes`, `T` when `booleans`, a column of nothing but DuckDB's boolean words, which it types
 * BOOLEAN: in a column of letter codes `t` and `T` are two values to DuckDB too); a date, a time of day or a timestamp by its fields (`2024-1-1` and
 * `2024-01-01`, `00:00` and `00:00:00.000` and `00:00:00.`, a fraction truncated to microseconds,
 * `T` or spaces, a zone's offset or name applied, a date alone at midnight, `2024-01-01 24:00:00`
 * the next midnight: red team 34 R34-1, R34-2), as DuckDB's read_csv reads them; a spelling that
 * makes DuckDB's column text (`12:00:00Z`, ` +01`, `24:30`) has no key. The value is trimmed first, so its spaces cost one pass (red team 32 noted
 * `^\s*…\s*$` took a second over 999 values of ~1,000 leading spaces).
 */
export function spellingKey(v: string, exact = false, booleans = false, text = true): string | null {
  const t = v.trim()
  if (t === '') return null
  const c = t.charCodeAt(0)
  // A digit, a sign or a point: a number, a date or a time.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (DECIMAL.test(t)) return exact ? exactKey(t) : `n${String(Number(t))}`
    const radix = RADIX.exec(t)
    if (radix) {
      const digits =
        radix[2] !== undefined ? `0x${radix[2]}` : radix[3] !== undefined ? `0b${radix[3]}` : `0o${radix[4] as string}`
      const x = Number(BigInt(digits.replace(/_/g, '')))
      return `n${String(radix[1] === '-' ? -x : x)}`
    }
    const inf = INFINITY.exec(t)
    if (inf) return inf[1] === '-' ? 'n-Infinity' : 'nInfinity'
    if (c === 43 || c === 45 || c === 46) return null
    const m = TIME.exec(t)
    if (m) {
      const time = timeFields(m, text)
      return time === null ? null : `t${time.time}`
    }
    return dateKey(t, text)
  }
  if (t.length > 8) return null
  const lower = t.toLowerCase()
  if (lower === 'true' || (booleans && TRUE_WORDS.has(lower))) return 'btrue'
  if (lower === 'false' || (booleans && FALSE_WORDS.has(lower))) return 'bfalse'
  if (INFINITY.test(t)) return 'nInfinity'
  return null
}

/** A zone after a timestamp's seconds, as `STAMP_TIME` reads one. */
const ZONE_AFTER_SECONDS = /:\d{1,2}(?:\.\d*)?(?:Z|[+-]\d{2}(?::?\d{2}(?::\d{2})?)?| [A-Za-z][A-Za-z0-9/_+:-]{0,40})$/

/**
 * Whether a value `spellingKey` keys as a date or timestamp (`d…`) was written with a zone
 * (`2024-01-01 12:00:00Z`, `…+01`, `… UTC`); without one (`2024-01-01 12:00:00`, `2024-01-01`) its
 * key reads it as UTC.
 */
export function isZonedStamp(v: string): boolean {
  const t = v.trim()
  return ZONE_AFTER_SECONDS.test(t)
}

/** What a spelling key's value is, for a message. */
export function spellingKind(key: string): string {
  switch (key[0]) {
    case 'n':
      return 'number'
    case 'b':
      return 'boolean'
    case 't':
      return 'time of day'
    default:
      return 'date or time'
  }
}
