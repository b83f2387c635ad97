/**
 * The report validator that `npm run validators` compiles at build time (`REPORT_SCHEMA` of
 * `src/report/report-schema.ts`) gives the errors that ajv's run-time compile of the same schema
 * with the same options gave (`report/check.ts` compiled it so until the run stopped loading ajv):
 * the same keywords, paths, params and order, for the reports the engine writes (plain, weighted,
 * compared with a baseline) and for those reports broken at every field in turn.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareWithBaseline, runConfigFile } from '../../src/audit.js'
import { REPORT_SCHEMA } from '../../src/report/report-schema.js'
import { validate } from '../../src/report/validate-report.generated.js'

const ROOT = join(import.meta.dirname, '..', '..')
const compiled = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(REPORT_SCHEMA) as ValidateFunction

function errorsOf(v: ValidateFunction, data: unknown): unknown {
  const ok = v(data)
  return { ok, errors: v.errors ?? null }
}

const reports: Record<string, unknown> = {}

beforeAll(async () => {
  for (const config of ['examples/compas/model-audit.yml', 'examples/adult-weighted/model-audit.yml']) {
    const out = await runConfigFile(config, { workspace: ROOT })
    if (!out.ok) throw new Error(`${config} failed`)
    reports[config] = JSON.parse(JSON.stringify(out.report))
  }
  const dir = mkdtempSync(join(tmpdir(), 'mag-validate-report-'))
  try {
    const compas = reports['examples/compas/model-audit.yml']
    writeFileSync(join(dir, 'base.json'), JSON.stringify(compas))
    const compared = await compareWithBaseline(compas as never, 'base.json', dir)
    reports['compas, compared'] = JSON.parse(JSON.stringify(compared))
  } finally {
    rmSync(dir, { recursive: true })
  }
}, 180_000)

/** Every [path, holder, key] of a JSON value, depth first. */
function slots(v: unknown, path: string[] = []): [string, Record<string, unknown>, string][] {
  if (v === null || typeof v !== 'object') return []
  const out: [string, Record<string, unknown>, string][] = []
  for (const key of Object.keys(v)) {
    out.push([[...path, key].join('/'), v as Record<string, unknown>, key])
    out.push(...slots((v as Record<string, unknown>)[key], [...path, key]))
  }
  return out
}

const WRONG: [string, unknown][] = [
  ['text', '<b>x</b>'],
  ['a negative fraction', -1.5],
  ['null', null],
  ['a list', [1, 'a']],
  ['an object', { a: 1 }],
]

describe('the build-time report validator', () => {
  it('accepts what the engine writes, as the run-time compile does', () => {
    expect(Object.keys(reports)).toHaveLength(3)
    for (const report of Object.values(reports)) {
      expect(errorsOf(validate, report)).toEqual({ ok: true, errors: null })
      expect(errorsOf(compiled, report)).toEqual({ ok: true, errors: null })
    }
  })

  it('gives the run-time compile’s errors for a report broken at any field', () => {
    // The report's first 150 fields in turn, then 150 spread over the rest (a group repeats the shapes of the ones before it), each made wrong one way, and removed.
    const report = reports['compas, compared']
    const all = slots(report)
    const stride = Math.max(1, Math.floor(all.length / 150))
    let compared = 0
    let refused = 0
    all.forEach(([, holder, key], i) => {
      if (i >= 150 && i % stride !== 0) return
      const was = holder[key]
      holder[key] = (WRONG[i % WRONG.length] as [string, unknown])[1]
      const got = errorsOf(validate, report)
      expect(got).toEqual(errorsOf(compiled, report))
      if (!(got as { ok: boolean }).ok) refused++
      delete holder[key]
      expect(errorsOf(validate, report)).toEqual(errorsOf(compiled, report))
      holder[key] = was
      compared++
    })
    expect(compared).toBeGreaterThan(250)
    expect(refused).toBeGreaterThan(compared / 2)
  })
})
