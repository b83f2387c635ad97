/**
 * A group value `NAN` (or `Nan`, `-NAN`, ` nan`) is refused at `data` (red team 32 R32-5): not NA
 * to pandas (its NA list is case-exact) nor here, it was a group of 40 wrong rows, and the overall
 * gate failed; DuckDB typed the column DOUBLE and read it as NaN, the query of
 * `model-audit-gate sql` made it missing and `missing: drop` left the 40 rows out: passed.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const config = {
  missing: 'drop',
  min_group_size: 50,
  confidence: false,
  gates: [{ metric: 'accuracy', min: 0.95 }],
}

function rows(nan: string): string {
  const lines = [
    ...Array.from({ length: 200 }, () => '1,1,1.5'),
    ...Array.from({ length: 200 }, () => '1,1,2.5'),
    ...Array.from({ length: 40 }, () => `1,0,${nan}`),
  ]
  return `y,p,g\n${lines.join('\n')}\n`
}

describe('NaN spelled in another case in a group column (red team 32 R32-5)', () => {
  it.each(['NAN', 'Nan', 'nAN', '-NAN', ' nan', '+nan'])('%j is refused, naming where', async (nan) => {
    const file = `nan-${nan.replace(/\W/g, '_')}.csv`
    ws.write(file, rows(nan))
    const problems = (await ws.problems(audit(file, config))).join('\n')
    expect(problems).toContain(`sensitive column 'g' holds ${JSON.stringify(nan)} (${file}:402:3), a NaN to DuckDB`)
  })

  it.each(['NaN', 'nan', '-NaN', '-nan'])('%j is NA, as pandas reads it: dropped', async (nan) => {
    const file = `na-${nan.replace(/\W/g, '_')}.csv`
    ws.write(file, rows(nan))
    const out = await ws.run(audit(file, config))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key).sort()).toEqual(['1.5', '2.5'])
  })

  it('in JSON Lines too', async () => {
    const lines = [
      ...Array.from({ length: 100 }, () => '{"y":1,"p":1,"g":"a"}'),
      ...Array.from({ length: 40 }, () => '{"y":1,"p":0,"g":"NAN"}'),
    ]
    ws.write('nan.jsonl', `${lines.join('\n')}\n`)
    expect((await ws.problems(audit('nan.jsonl', config))).join('\n')).toContain(
      `sensitive column 'g' holds "NAN" (nan.jsonl:101:3), a NaN to DuckDB`,
    )
  })
})
