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
/** `0x10`, `0b10000` (DuckDB reads both as the BIGINT 16), `0o20`. */
const RADIX = /^([+-]?)0(?:[xX]([0-9a-fA-F]+)|[bB]([01]+)|[oO]([0-7]+))$/
/** ±infinity as pandas' and DuckDB's float readers read it, any case. */
const INFINITY = /^([+-]?)inf(?:inity)?$/i
/** A date year first (`2024-1-1`, `24.01.01`) or last (`1/2/2024`), and what follows it. */
const YEAR_FIRST = /^(\d{4}|\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$/
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)(.*)$/
/** A time of day (`0:0`, `00:00:00.000`), with a zone (`Z`, `+01`, `+01:00`, `+0100`). */
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?(?:\s*(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?))?$/

/** `s` without its trailing zeros, in one pass (`/0+$/` is quadratic in a run of zeros before another digit). */
function trimZeros(s: string): string {
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--
  return s.slice(0, end)
}

/** A time of day's key (`h:m:s[.frac]`) and its zone's offset in minutes, or null when it is none. */
function timeParts(t: string): { time: string; offset: number; seconds: number } | null {
  const m = TIME.exec(t)
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  const s = Number(m[3] ?? 0)
  if (h > 24 || min > 59 || s > 60) return null
  const frac = trimZeros(m[4] ?? '')
  const offset = m[6] ? (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8] ?? 0)) : 0
  return { time: `${h}:${min}:${s}${frac ? `.${frac}` : ''}`, offset, seconds: h * 3600 + min * 60 + s }
}

/** A date, or a date and a time (`T` or spaces between), as one key; a date alone is its midnight. */
function dateKey(t: string): string | null {
  let date: string
  let ymd: [number, number, number] | null = null
  let rest: string
  const first = YEAR_FIRST.exec(t)
  const last = first ? null : YEAR_LAST.exec(t)
  if (first) {
    const [y, mo, d] = [Number(first[1]), Number(first[3]), Number(first[4])]
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
    date = `${y}${(first[1] as string).length === 2 ? 'y' : ''}-${mo}-${d}`
    if ((first[1] as string).length === 4) ymd = [y, mo, d]
    rest = first[5] as string
  } else {
    if (!last) return null
    const [a, b] = [Number(last[1]), Number(last[3])]
    if (a < 1 || a > 31 || b < 1 || b > 31 || (a > 12 && b > 12)) return null
    date = `${a}-${b}-${Number(last[4])}r`
    rest = last[5] as string
  }
  if (rest === '') return `d${date}T0:0:0`
  const sep = /^(?:[Tt]|\s+)/.exec(rest)
  if (!sep) return null
  const time = timeParts(rest.slice(sep[0].length))
  if (!time) return null
  if (time.offset === 0) return `d${date}T${time.time}`
  if (!ymd) return `d${date}T${time.time}@${time.offset}`
  // The same instant in UTC, as a TIMESTAMPTZ holds it.
  const utc = new Date(0)
  utc.setUTCFullYear(ymd[0], ymd[1] - 1, ymd[2])
  utc.setTime(utc.getTime() + (time.seconds - time.offset * 60) * 1000)
  const frac = time.time.includes('.') ? time.time.slice(time.time.indexOf('.')) : ''
  return `d${utc.getUTCFullYear()}-${utc.getUTCMonth() + 1}-${utc.getUTCDate()}T${utc.getUTCHours()}:${utc.getUTCMinutes()}:${utc.getUTCSeconds()}${frac}`
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
 * `2024-01-01`, `00:00` and `00:00:00.000`, `T` or a space, a zone's offset applied, a date
 * alone at midnight). The value is trimmed first, so its spaces cost one pass (red team 32 noted
 * `^\s*…\s*$` took a second over 999 values of ~1,000 leading spaces).
 */
export function spellingKey(v: string, exact = false, booleans = false): string | null {
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
      const x = Number(BigInt(digits))
      return `n${String(radix[1] === '-' ? -x : x)}`
    }
    const inf = INFINITY.exec(t)
    if (inf) return inf[1] === '-' ? 'n-Infinity' : 'nInfinity'
    if (c === 43 || c === 45 || c === 46) return null
    const time = timeParts(t)
    if (time) return `t${time.time}${time.offset === 0 ? '' : `@${time.offset}`}`
    return dateKey(t)
  }
  if (t.length > 8) return null
  const lower = t.toLowerCase()
  if (lower === 'true' || (booleans && TRUE_WORDS.has(lower))) return 'btrue'
  if (lower === 'false' || (booleans && FALSE_WORDS.has(lower))) return 'bfalse'
  if (INFINITY.test(t)) return 'nInfinity'
  return null
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
