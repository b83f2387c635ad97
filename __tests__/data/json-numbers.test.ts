/**
 * JSON numbers as group values keep their source text, as CSV cells do. Red team 4 R4-9:
 * 9007199254740993 (every row wrong) parsed to 9007199254740992 (every row right) and the two
 * merged into one group at accuracy 0.5, so an each_group gate passed, while the same rows as CSV
 * kept two groups and failed; red team 6 N6-5: the same with `0` and `0.0`.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const gate = { confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.4 } }] }

/** Ten rows of each group value (its JSON text), right or wrong. */
function rows(values: [string, boolean][]): { y: number; p: number; g: string }[] {
  return values.flatMap(([g, right]) => Array.from({ length: 10 }, () => ({ y: 1, p: right ? 1 : 0, g })))
}
const jsonl = (rs: { y: number; p: number; g: string }[]): string =>
  rs.map((r) => `{"y":${r.y},"p":${r.p},"g":${r.g}}`).join('\n') + '\n'
const csv = (rs: { y: number; p: number; g: string }[]): string =>
  `y,p,g\n${rs.map((r) => `${r.y},${r.p},${r.g}`).join('\n')}\n`

async function groups(file: string): Promise<{ passed: boolean; groups: Record<string, number> }> {
  const out = await ws.run(audit(file, gate))
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
  const a = out.report.audits[0]
  if (!a) throw new Error('no audit')
  return { passed: out.report.passed, groups: Object.fromEntries(a.groups.map((g) => [g.key, g.count])) }
}

describe('JSON numbers as group values (red team 4 R4-9)', () => {
  const cases: [string, [string, boolean][]][] = [
    [
      'integers past 2^53',
      [
        ['9007199254740992', true],
        ['9007199254740993', false],
        ['1', true],
      ],
    ],
    [
      'decimals a double rounds',
      [
        ['0.1', true],
        ['0.10000000000000001', false],
      ],
    ],
    [
      'numbers past the largest double',
      [
        ['1e400', true],
        ['1e401', false],
      ],
    ],
  ]
  it.each(cases)(
    '%s: refused in every format, one double written two ways (red team 32 R32-3)',
    async (what, values) => {
      // Kept apart by source text (R4-9), the two were two groups where pandas' float64 and DuckDB's
      // DOUBLE read one value: 40 wrong rows re-spelled were a small ungated group. Now refused, as
      // the same rows as CSV are; never merged into one group either.
      const name = what.replace(/\W+/g, '-')
      const rs = rows(values)
      ws.write(`${name}.jsonl`, jsonl(rs))
      ws.write(`${name}.json`, `[${rs.map((r) => `{"y":${r.y},"p":${r.p},"g":${r.g}}`).join(',\n')}]\n`)
      ws.write(`${name}.csv`, csv(rs))
      for (const file of [`${name}.csv`, `${name}.jsonl`, `${name}.json`])
        expect((await ws.problems(audit(file, gate))).join('\n'), file).toMatch(
          new RegExp(
            `holds "${values[0]?.[0] as string}" \\(${file.replace('.', '\\.')}:\\d+(:\\d+)?\\) and "${values[1]?.[0] as string}" .*one number written two ways`,
          ),
        )
    },
  )

  it('one number spelled two ways is refused in every format (red team 6 N6-5, red team 31 R31-9)', async () => {
    // `0` ×30 right and `0.0` ×10 wrong: JSONL merged them into one group at 0.75 and passed; CSV
    // failed. Kept as written (N6-5), each spelling was a group: `1.0` wrong rows beside `1` were a
    // small group of their own, insufficient and ungated (R31-9), where pandas and DuckDB read one
    // value. Now refused, naming two spellings, in CSV, JSONL and JSON alike.
    const spellings = ['0', '-0.0', '1', '1e0', '100', '1E2', '2.5', '-3', '0.10', '0.1000000000000000001']
    const rs = rows(spellings.map((s, i) => [s, i % 2 === 0]))
    ws.write('spellings.jsonl', jsonl(rs))
    ws.write('spellings.json', `[${rs.map((r) => `{"y":${r.y},"p":${r.p},"g":${r.g}}`).join(',\n')}]\n`)
    ws.write('spellings.csv', csv(rs))
    const refused = async (file: string): Promise<string> => (await ws.problems(audit(file, gate))).join('\n')
    const fromCsv = await refused('spellings.csv')
    expect(fromCsv).toMatch(
      /sensitive column 'g' holds "0" \([^)]*\) and "-0\.0" \([^)]*\), one number written two ways/,
    )
    for (const file of ['spellings.jsonl', 'spellings.json'])
      expect(await refused(file)).toMatch(
        /sensitive column 'g' holds "0" \([^)]*\) and "-0\.0" \([^)]*\), one number written two ways/,
      )
    // Distinct numbers stay distinct groups, whatever their spelling: 0.1 and 0.2, 1 and 1.5, 1e400
    // and -1e400. (0.1 and 0.10000000000000001, one double, are refused: red team 32 R32-3.)
    const distinct = ['0.1', '0.2', '1', '1.5', '1e400', '-1e400', '007x']
    ws.write('distinct.csv', csv(rows(distinct.map((s) => [s, true]))))
    expect(Object.keys((await groups('distinct.csv')).groups).sort()).toEqual([...distinct].sort())
    // The red team's case: never green.
    const rg = rows([
      ['0', true],
      ['0', true],
      ['0', true],
      ['0.0', false],
    ])
    ws.write('rg.jsonl', jsonl(rg))
    ws.write('rg.csv', csv(rg))
    expect(await refused('rg.jsonl')).toMatch(/holds "0" \(rg\.jsonl:1:3\) and "0\.0" \(rg\.jsonl:31:3\)/)
    expect(await refused('rg.csv')).toMatch(/holds "0" \(rg\.csv:2:3\) and "0\.0" \(rg\.csv:32:3\)/)
  })

  it('one boolean spelled two ways is refused (red team 31 R31-9)', async () => {
    // 100 rows `true` right, 100 `false` right, 40 `True` wrong: a `True (insufficient)` group, exit 0.
    const lines = [
      ...Array.from({ length: 100 }, () => '1,1,true'),
      ...Array.from({ length: 100 }, () => '1,1,false'),
      ...Array.from({ length: 40 }, () => '1,0,True'),
    ]
    ws.write('bool.csv', `y,p,g\n${lines.join('\n')}\n`)
    const problems = await ws.problems(audit('bool.csv', { ...gate, min_group_size: 50 }))
    expect(problems.join('\n')).toMatch(
      /bool\.csv: sensitive column 'g' holds "true" \(bool\.csv:2:3\) and "True" \(bool\.csv:202:3\), one boolean written two ways/,
    )
  })

  it('a key given twice with one value is named by its last copy, as JSON.parse keeps it', async () => {
    ws.write('twice.jsonl', '{"y":1,"p":1,"g":1,"g":1.0}\n{"y":1,"p":0,"g":"x"}\n')
    const out = await ws.run(audit('twice.jsonl', { confidence: false }))
    if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'))
    expect(out.report.audits[0]?.groups.map((g) => g.key).sort()).toEqual(['1.0', 'x'])
  })

  it('an object or array that names a group is refused (red team 34 R34-5)', async () => {
    // Each pair was one group at accuracy 0.5, named as JSON.stringify of the parsed value (red team 8
    // R8-10); then two groups by source text, where DuckDB's read_json_auto (a STRUCT or LIST) and
    // pandas (a dict or list) read one value of `{"a":1}` and `{"a":1.0}`: now refused at its cell.
    const pairs: [string, string][] = [
      ['{"a":1}', '{"a":1.0}'],
      ['{"a":2}', '{"a":1,"a":2}'],
      ['[9007199254740992]', '[9007199254740993]'],
      ['[1,2]', '[1, 2]'],
      ['{"a":1,"b":2}', '{"b":2,"a":1}'],
    ]
    for (const [i, [right, wrong]] of pairs.entries()) {
      const rs = rows([
        [right, true],
        [wrong, false],
      ])
      ws.write(`nested${i}.jsonl`, jsonl(rs))
      ws.write(`nested${i}.json`, `[${rs.map((r) => `{"y":${r.y},"p":${r.p},"g":${r.g}}`).join(',\n')}]\n`)
      const kind = right.startsWith('[') ? 'array' : 'object'
      for (const file of [`nested${i}.jsonl`, `nested${i}.json`]) {
        const problems = (await ws.problems(audit(file, gate))).join('\n')
        expect(problems, file).toContain(
          `:3: sensitive column 'g' holds ${JSON.stringify(right)}, a JSON ${kind}: DuckDB's read_json_auto reads it as a STRUCT or LIST`,
        )
      }
    }
  })
})
