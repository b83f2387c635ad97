import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import type { GateResult } from '../../src/gate/evaluate.js'
import { ANNOTATIONS_PER_LEVEL, gateAnnotations, problemAnnotations } from '../../src/github/annotations.js'
import type { AuditReport, Report } from '../../src/report/types.js'

let compas: Report
beforeAll(async () => {
  const out = await runConfigFile('examples/compas/model-audit.yml', {
    workspace: join(import.meta.dirname, '..', '..'),
  })
  if (!out.ok) throw new Error('example failed')
  compas = out.report
})

describe('gateAnnotations', () => {
  it('gives an error per breached gate and a warning per warned one, on the gate line', () => {
    const list = gateAnnotations(compas, 'examples/compas/model-audit.yml')
    expect(list.map((a) => [a.level, a.line, a.title])).toEqual([
      ['error', 23, 'Gate breached: False positive rates differ by race (race)'],
      ['error', 27, 'Gate breached: False negative rates differ by race (race)'],
      ['warning', 35, 'Gate warning: Selection-rate ratio by age (age_cat)'],
      ['warning', 40, 'Gate warning: No group wrongly flagged more than 35% of the time (race)'],
    ])
    expect(list.every((a) => a.file === 'examples/compas/model-audit.yml')).toBe(true)
  })

  it(`stays within GitHub's ${ANNOTATIONS_PER_LEVEL} per level, counting the rest in the last one`, () => {
    const a = compas.audits[0] as AuditReport
    const failing = a.gates.find((g) => g.effect === 'fail') as GateResult
    const many: Report = {
      ...compas,
      audits: [
        { ...a, gates: Array.from({ length: 25 }, (_, i) => ({ ...failing, line: i + 1 })) },
        { ...a, name: 'second', gates: [] },
      ],
    }
    const list = gateAnnotations(many, 'c.yml')
    expect(list).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(list.at(-1)).toMatchObject({ level: 'error', title: '16 more breached gates' })
    expect(list[0]?.message).toMatch(/^\[compas-recidivism\] /)
  })

  it('passes no gate: no annotation', () => {
    const a = compas.audits[0] as AuditReport
    expect(
      gateAnnotations({ ...compas, audits: [{ ...a, gates: a.gates.filter((g) => g.effect === 'pass') }] }, 'c.yml'),
    ).toEqual([])
  })
})

describe('problemAnnotations', () => {
  it('points at file:line:column', () => {
    expect(problemAnnotations([{ file: 'a.yml', line: 3, column: 5, message: 'bad', path: 'audits[0]' }])).toEqual([
      { level: 'error', file: 'a.yml', line: 3, column: 5, title: 'Model audit config', message: 'bad (at audits[0])' },
    ])
  })
})

describe('problemAnnotations of many problems (red team 31 R31-10)', () => {
  it('formats only the problems it shows and counts the rest', () => {
    // 32,000 problems were all formatted (problemMessage → boundedText), then 10 kept: 120 s of CPU in the action.
    let read = 0
    const problems = Array.from({ length: 5000 }, (_, i) => ({
      file: 'a.yml',
      line: i + 1,
      get message(): string {
        read++
        return `missing column ${i}`
      },
    }))
    const list = problemAnnotations(problems)
    expect(list).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(list[0]?.message).toBe('missing column 0')
    expect(list.at(-1)?.title).toBe(`${5000 - (ANNOTATIONS_PER_LEVEL - 1)} more config problems`)
    expect(read).toBe(ANNOTATIONS_PER_LEVEL - 1)
  })

  it('shows exactly ANNOTATIONS_PER_LEVEL problems whole', () => {
    const problems = Array.from({ length: ANNOTATIONS_PER_LEVEL }, (_, i) => ({ file: 'a.yml', message: `p${i}` }))
    expect(problemAnnotations(problems).map((a) => a.message)).toEqual(problems.map((p) => p.message))
  })
})
