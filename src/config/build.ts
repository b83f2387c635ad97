/**
 * The half of config loading that needs no YAML parser: the bounds checked on a config's text,
 * and the config built from its parsed value (schema validation, normalisation, unique names).
 * The YAML loader (`load.ts`) and the JSON fast path (`load-json.ts`) both end here, so a JSON
 * config read either way becomes the same config with the same problems.
 */
import type { Problem } from './problem.js'
import type { AuditConfig, Config } from './types.js'
import { ajvMessage, collapseAnyOf } from './ajv-messages.js'
import { normaliseAudit } from './normalise.js'
import { formatPath, type PathSeg, type Positions } from './positions.js'
// ajv's code for CONFIG_SCHEMA, compiled at build time (`npm run validators`), not on every run.
import { validate } from './validate-config.generated.js'

/**
 * Bytes of a config file (and characters of a config text), checked before it is read or parsed:
 * a real config is a few KB (the largest the schema allows in spirit, 50 audits of 100 gates, is
 * about 200 KB of YAML). yaml builds a node, a range and a position per value before any schema
 * bound applies, so a 1 MB config of one unknown list took 14.6 s and 542 MB, 20,000 one-line
 * audits (1.4 MB, 1.1 KB as git stores it) over 20 s (red team 4 R4-12).
 */
export const CONFIG_MAX_BYTES = 256 * 1024
/**
 * Items of any one list or mapping of a config, checked on the parsed document before it is
 * converted or validated: the config's largest lists (`data`, `gates`) hold at most 100, its
 * largest mapping (`reference`) 64.
 */
export const CONFIG_MAX_COLLECTION_ITEMS = 1000
/**
 * Values of a config, counted on its text before yaml parses it (one per line and per comma,
 * which over-counts and never under-counts its list and mapping items): yaml takes about 20 µs
 * a value, so 256 KiB of `0,` (131,000 values) still took 3.7 s and 209 MB to refuse; a real
 * config has a few hundred lines.
 */
export const CONFIG_MAX_VALUES = 20_000
/** Levels of lists and mappings in a config (a real one nests about six). */
export const CONFIG_MAX_DEPTH = 64

/** The problem for a config text of more than `CONFIG_MAX_BYTES` (`size` in bytes, or characters for a text). */
export function configTooLarge(file: string, size: number, unit = 'bytes'): Problem {
  return {
    file,
    message: `the config is ${size.toLocaleString('en-US')} ${unit}; at most ${CONFIG_MAX_BYTES.toLocaleString('en-US')} (256 KiB) are read: a config is a few KB, split the audits across several config files`,
  }
}

/** A problem at the line and column where the text passes `CONFIG_MAX_VALUES` lines and commas, or null. */
export function crowdedAt(text: string, file: string): Problem | null {
  let count = 0
  let line = 1
  let lineStart = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 10 && c !== 44) continue
    if (++count > CONFIG_MAX_VALUES)
      return {
        file,
        line,
        column: i - lineStart + 1,
        message: `the config holds more than ${CONFIG_MAX_VALUES.toLocaleString('en-US')} values (lines and commas, counted before it is parsed); a config has a few hundred: split the audits across several config files`,
      }
    if (c === 10) {
      line++
      lineStart = i + 1
    }
  }
  return null
}

export interface LoadResult {
  /** The normalised config; present even with problems, as far as it could be read, so that later checks (columns) can still run and report in the same round. */
  config: Config | null
  problems: Problem[]
}

/**
 * The config of a parsed config value (`data`, the document's JavaScript value), validated
 * against the schema and normalised audit by audit; `positions` places each problem and each
 * column-naming key in the text.
 */
export function buildConfig(data: unknown, positions: Positions, file: string): LoadResult {
  const problems: Problem[] = []
  const at = (path: PathSeg[], message: string, key = false): Problem => {
    const pos = positions.at(path, key)
    return { file, line: pos?.line, column: pos?.column, path: formatPath(path) || undefined, message }
  }

  if (data === null || data === undefined)
    return {
      config: null,
      problems: [
        { file, line: 1, column: 1, message: 'the config is empty; expected a mapping with an `audits` list' },
      ],
    }

  if (!validate(data)) {
    for (const e of collapseAnyOf(validate.errors ?? [])) {
      const m = ajvMessage(e, data)
      if (m) problems.push(at(m.path, m.message, m.atKey))
    }
  }
  if (typeof data !== 'object' || Array.isArray(data) || !Array.isArray((data as { audits?: unknown }).audits)) {
    return { config: null, problems: dedupe(problems) }
  }

  const rawAudits = (data as { audits: unknown[] }).audits
  const audits: AuditConfig[] = []
  const seenNames = new Map<string, { index: number; name: string }>()
  rawAudits.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return
    const audit = normaliseAudit(raw as Record<string, unknown>, ['audits', i], at, positions, problems)
    if (!audit) return
    // Names that differ only in spaces at their ends or inside read as one name in every
    // rendering (markdown drops them): a failing and a passing audit would look like one (red team 8 R8-11).
    const shown = audit.name.trim().replace(/\s+/g, ' ')
    const prev = seenNames.get(shown)
    if (prev !== undefined)
      problems.push(
        at(
          ['audits', i, 'name'],
          prev.name === audit.name
            ? `duplicate audit name '${audit.name}' (also audits[${prev.index}]); names must be unique`
            : `duplicate audit name '${audit.name}' (also audits[${prev.index}], which differs only in spaces and reads the same); names must differ in more than spaces`,
        ),
      )
    else seenNames.set(shown, { index: i, name: audit.name })
    audits.push(audit)
  })
  return { config: { file, audits }, problems: dedupe(problems) }
}

/** Unique problems in file order. */
export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return sorted.filter((p) => {
    const k = `${p.line}:${p.column}:${p.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
