/**
 * The JSON Schema's verdicts in words a user can act on: ajv's errors turned into "expected …,
 * got …" at a path, with "did you mean" for a misspelt key or value and advice for a bound.
 */
import type { ErrorObject } from 'ajv'
import { didYouMean } from './problem.js'
import { CONFIG_LIMITS, CONFIG_SCHEMA, patternTooLong } from './schema.js'
import { parsePointer, type PathSeg } from './positions.js'

/** The schema node that a data path points into, for listing allowed keys. */
export function schemaPropertiesAt(path: readonly PathSeg[]): string[] {
  const defs = CONFIG_SCHEMA.definitions
  if (path.length === 0) return Object.keys(CONFIG_SCHEMA.properties)
  if (path[0] === 'audits' && path.length === 2) return Object.keys(defs.audit.properties)
  if (path[0] === 'audits' && path[2] === 'gates' && path.length === 4) return Object.keys(defs.gate.properties)
  if (path[0] === 'audits' && path[2] === 'gates' && path[4] === 'each_group') return ['min', 'max']
  if (path[0] === 'audits' && path[2] === 'confidence') return Object.keys(defs.audit.properties.confidence.properties)
  return []
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
  return `${typeof v} ${String(v)}`
}

function typeWord(t: string | readonly string[]): string {
  const words: Record<string, string> = {
    array: 'a list',
    object: 'a mapping',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
  }
  const list = Array.isArray(t) ? t : [t as string]
  return list.map((x) => words[x] ?? x).join(' or ')
}

export function valueAt(data: unknown, path: readonly PathSeg[]): unknown {
  let v: unknown = data
  for (const seg of path) v = (v as Record<string | number, unknown> | undefined)?.[seg]
  return v
}

export function ajvMessage(e: ErrorObject, data: unknown): { path: PathSeg[]; atKey: boolean; message: string } | null {
  const path = parsePointer(e.instancePath)
  const value = valueAt(data, path)
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty)
      const allowed = schemaPropertiesAt(path)
      const isGate = path[0] === 'audits' && path[2] === 'gates' && path.length === 4
      if (isGate && /thre?sh?o?l?d|limit|bound/i.test(name)) {
        return {
          path: [...path, name],
          atKey: true,
          message: `unknown key '${name}': a gate's thresholds are \`min\` and \`max\` (or \`each_group: {min, max}\`)`,
        }
      }
      return {
        path: [...path, name],
        atKey: true,
        message: `unknown key '${name}'${didYouMean(name, allowed) || (allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '')}`,
      }
    }
    case 'required':
      return { path, atKey: false, message: `missing required key '${String(p.missingProperty)}'` }
    case 'type':
      // ajv's numbers are finite: YAML's .inf and .nan are numbers it refuses.
      if (typeof value === 'number' && !Number.isFinite(value))
        return { path, atKey: false, message: `expected a finite number, got ${String(value)}` }
      return { path, atKey: false, message: `expected ${typeWord(p.type as string)}, got ${describeValue(value)}` }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String)
      const shown =
        allowed.length > 12
          ? didYouMean(String(value), allowed) || ' (see the schema for the list)'
          : `; expected one of: ${allowed.join(', ')}`
      return { path, atKey: false, message: `${describeValue(value)} is not allowed here${shown}` }
    }
    case 'minItems':
      return {
        path,
        atKey: false,
        message: `expected at least ${String(p.limit)} ${Number(p.limit) === 1 ? 'item' : 'items'}`,
      }
    case 'maxItems':
    case 'maxProperties': {
      const n = Array.isArray(value)
        ? value.length
        : typeof value === 'object' && value !== null
          ? Object.keys(value).length
          : 0
      const what = String(path.at(-1))
      return {
        path,
        atKey: false,
        message: `${n.toLocaleString('en-US')} ${e.keyword === 'maxItems' ? 'items' : 'entries'}; at most ${String(p.limit)} are allowed here${LIMIT_ADVICE[what] ?? ''}`,
      }
    }
    case 'propertyNames':
      // "property name must be valid": the key's own error (its length, at the key) says why.
      return null
    case 'minLength':
      return { path, atKey: false, message: 'expected a non-empty string' }
    case 'maxLength':
      // A key over its bound (`propertyNames`): at the key, with its length.
      if (typeof e.propertyName === 'string')
        return {
          path: [...path, e.propertyName],
          atKey: true,
          message: `a key of ${e.propertyName.length.toLocaleString('en-US')} characters; at most ${Number(p.limit).toLocaleString('en-US')} are allowed here (${path.at(-1) === 'bins' ? 'a column name' : 'a column name, or an intersection of names joined by `+`'})`,
        }
      // A data entry: as the resolver's guard words it (the two are one problem, red team 28 R28-11).
      if (path[0] === 'audits' && path[2] === 'data' && typeof value === 'string' && p.limit === CONFIG_LIMITS.path)
        return { path, atKey: false, message: patternTooLong('data', value) }
      return {
        path,
        atKey: false,
        message: `expected at most ${Number(p.limit).toLocaleString('en-US')} ${Number(p.limit) === 1 ? 'character' : 'characters'}`,
      }
    case 'minimum':
      return { path, atKey: false, message: `expected a number >= ${String(p.limit)}, got ${describeValue(value)}` }
    case 'maximum':
      return { path, atKey: false, message: `expected a number <= ${String(p.limit)}, got ${describeValue(value)}` }
    case 'exclusiveMinimum':
      return { path, atKey: false, message: `expected a number > ${String(p.limit)}, got ${describeValue(value)}` }
    case 'exclusiveMaximum':
      return { path, atKey: false, message: `expected a number < ${String(p.limit)}, got ${describeValue(value)}` }
    case 'uniqueItems': {
      const item = Array.isArray(value) ? value[p.i as number] : undefined
      return {
        path,
        atKey: false,
        message: `${describeValue(item)} is listed twice (items ${String(p.j)} and ${String(p.i)})`,
      }
    }
    case 'minProperties':
      return { path, atKey: false, message: 'expected at least one of min, max' }
    case 'pattern':
      return { path, atKey: false, message: 'expected a single line' }
    case 'anyOf':
      return {
        path,
        atKey: false,
        message: `expected ${ANY_OF_EXPECTED[String(path.at(-1))] ?? 'a path or a list of paths'}, got ${describeValue(value)}`,
      }
    default:
      return { path, atKey: false, message: e.message ?? `invalid (${e.keyword})` }
  }
}

const ANY_OF_EXPECTED: Record<string, string> = {
  attribute: 'an attribute name or a list of two or more',
  reference: '`largest`, `best`, or a mapping of attribute to group name, `largest` or `best`',
}

/** What to do about a list over its bound (`CONFIG_LIMITS`), by the list's key. */
const LIMIT_ADVICE: Record<string, string> = {
  audits: ': split the audits across several config files (one run each)',
  data: ': use a glob (`data/*.csv`) instead of listing every file',
  gates: ': one gate without `attribute` covers every sensitive attribute',
}

const overBound = (e: ErrorObject): boolean =>
  e.keyword === 'maxItems' || e.keyword === 'maxProperties' || e.keyword === 'maxLength'

/**
 * Drops the per-branch errors of an anyOf in favour of its one summary, except that a branch's
 * length bound on the value itself replaces the summary: "201 items; at most 100" says what
 * "expected a list of paths" would not.
 */
export function collapseAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOf = errors.filter((e) => e.keyword === 'anyOf')
  const inside = (e: ErrorObject, a: ErrorObject): boolean =>
    e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath)
  // A string too long is too long whichever branch holds it (an item of a list of paths, a
  // group of a reference mapping): that error stands for the anyOf at any depth.
  const stands = (e: ErrorObject, a: ErrorObject): boolean =>
    overBound(e) && (e.instancePath === a.instancePath || e.keyword === 'maxLength') && inside(e, a)
  const bounded = (a: ErrorObject): boolean => errors.some((e) => stands(e, a))
  return errors.filter((e) => {
    if (e.keyword === 'anyOf') return !bounded(e)
    const parent = anyOf.filter((a) => inside(e, a))
    return parent.length === 0 || parent.some((a) => stands(e, a))
  })
}
