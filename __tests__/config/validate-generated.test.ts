/**
 * The config validator that `npm run validators` compiles at build time gives the errors that
 * ajv's run-time compile of the same schema with the same options gives: the same keywords,
 * paths, params and order, for every config of examples/ and __fixtures__/ and for configs
 * broken on purpose (each keyword the schema uses: type, enum, required, additionalProperties,
 * bounds, maxLength with astral characters, uniqueItems, pattern, anyOf). `ajv-messages.ts`
 * words those errors, so the same errors are the same messages.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA } from '../../src/config/schema.js'
import { validate } from '../../src/config/validate-config.generated.js'

const compiled: ValidateFunction = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  CONFIG_SCHEMA,
) as ValidateFunction

function errorsOf(v: ValidateFunction, data: unknown): unknown {
  const ok = v(data)
  return { ok, errors: v.errors ?? null }
}

function configFiles(dir: string): string[] {
  const out: string[] = []
  // withFileTypes: a symbolic link (the fixtures have some, dangling on purpose) is neither.
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...configFiles(p))
    else if (entry.isFile() && (/\.ya?ml$/i.test(entry.name) || /config.*\.json$/i.test(entry.name))) out.push(p)
  }
  return out
}

const audit = {
  name: 'a',
  data: 'd.csv',
  label: 'y',
  prediction: 'p',
  sensitive: ['race'],
  gates: [{ metric: 'accuracy', min: 0.5 }],
}

const broken: Record<string, unknown> = {
  'not a mapping': [1, 2],
  'a string': 'audits',
  'no audits': {},
  'unknown top-level key': { audits: [audit], audit: 1 },
  'empty audits': { audits: [] },
  'too many audits': { audits: Array.from({ length: 51 }, (_, i) => ({ ...audit, name: `a${i}` })) },
  'wrong types': { audits: [{ ...audit, name: 3, sensitive: 'race', gates: [{ metric: 'accuracy', min: '0.5' }] }] },
  'unknown metric': { audits: [{ ...audit, gates: [{ metric: 'acuracy', max: 1 }] }] },
  'unknown gate level': { audits: [{ ...audit, gates: [{ metric: 'accuracy', min: 0.5, level: 'fatal' }] }] },
  'each_group empty': { audits: [{ ...audit, gates: [{ metric: 'accuracy', each_group: {} }] }] },
  'sensitive listed twice': { audits: [{ ...audit, sensitive: ['race', 'sex', 'race'] }] },
  // maxLength counts code points (ajv's ucs2length, written into the generated file): 1,001 of them.
  'long astral name': { audits: [{ ...audit, name: '\u{1F600}'.repeat(1001) }] },
  'two-line name': { audits: [{ ...audit, name: 'a\nb' }] },
  'attribute a number': { audits: [{ ...audit, gates: [{ metric: 'accuracy', min: 0.5, attribute: 3 }] }] },
  'reference wrong': { audits: [{ ...audit, reference: 7 }] },
  'data list too long': { audits: [{ ...audit, data: Array.from({ length: 101 }, (_, i) => `d${i}.csv`) }] },
  'infinite threshold': { audits: [{ ...audit, gates: [{ metric: 'accuracy', min: Infinity }] }] },
}

describe('the build-time config validator', () => {
  it('is what ajv compiles src/config/schema.ts to now (npm run validators -- --check)', () => {
    const run = spawnSync(process.execPath, ['scripts/build-validators.mjs', '--check'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  const files = [...configFiles('examples'), ...configFiles('__fixtures__')]

  it('finds the configs it compares', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it.each(files)('%s: the same errors as the run-time compile', (file) => {
    let data: unknown
    try {
      data = parse(readFileSync(file, 'utf8'))
    } catch {
      return // not YAML: the loader says so before any schema check
    }
    expect(errorsOf(validate, data)).toEqual(errorsOf(compiled, data))
  })

  it.each(Object.entries(broken))('%s: the same errors as the run-time compile', (_, data) => {
    const got = errorsOf(validate, data)
    expect(got).toEqual(errorsOf(compiled, data))
    expect((got as { ok: boolean }).ok).toBe(false)
  })

  it('counts a name of 600 astral characters (1,200 UTF-16 units) as 600, within the bound of 1,000', () => {
    const data = { audits: [{ ...audit, name: '\u{1F600}'.repeat(600) }] }
    expect(errorsOf(validate, data)).toEqual({ ok: true, errors: null })
    expect(errorsOf(compiled, data)).toEqual({ ok: true, errors: null })
  })
})
