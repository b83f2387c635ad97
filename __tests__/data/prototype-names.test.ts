/**
 * Names that are also Object.prototype's — `__proto__`, `constructor`, `toString`,
 * `hasOwnProperty` — as column names and as group values, in every input format: the audit
 * reads them as any other name (its groups in the report, the markdown and the terminal
 * table), never as a prototype property, and never crashes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../src/report/format.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderTerminal } from '../../src/report/terminal.js'
import type { AuditReport, Report } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']

async function run(config: object): Promise<Report> {
  const out = await ws.run(config)
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'))
  return out.report
}

/** Rows: group `name` always right, group `other` always wrong. */
function rows(name: string): { y: number; p: number; g: string }[] {
  return [
    { y: 1, p: 1, g: name },
    { y: 0, p: 0, g: name },
    { y: 1, p: 0, g: 'other' },
    { y: 0, p: 1, g: 'other' },
  ]
}

function write(format: string, column: string, value: string): string {
  const data = rows(value).map((r) => ({ y: r.y, p: r.p, [column]: r.g }))
  // JSON.stringify writes `__proto__` as a plain key; an object literal would not have it.
  const line = (r: { y: number; p: number; g: string }): string =>
    `{"y":${r.y},"p":${r.p},${JSON.stringify(column)}:${JSON.stringify(r.g)}}`
  switch (format) {
    case 'csv':
      return ws.write(
        'd.csv',
        `y,p,${column}\n${rows(value)
          .map((r) => `${r.y},${r.p},${r.g}`)
          .join('\n')}\n`,
      )
    case 'jsonl':
      return ws.write('d.jsonl', `${rows(value).map(line).join('\n')}\n`)
    case 'json':
      return ws.write('d.json', `[${rows(value).map(line).join(',\n')}]`)
    default:
      void data
      throw new Error(format)
  }
}

describe.each(['csv', 'jsonl', 'json'])('%s', (format) => {
  const cases = NAMES.flatMap((name) => [
    [name, 'no reference'],
    [name, 'a reference group'],
    [name, 'reference: largest'],
  ])
  it.each(cases)('a sensitive column and a group named %s, %s', async (name, ref) => {
    write(format, name, name)
    // A computed key makes `__proto__` an own key, as YAML and JSON.parse do.
    const reference =
      ref === 'no reference'
        ? {}
        : ref === 'reference: largest'
          ? { reference: 'largest' }
          : { reference: { [name]: name } }
    const report = await run({
      audits: [
        {
          name: 't',
          data: `d.${format}`,
          label: 'y',
          prediction: 'p',
          sensitive: [name],
          ...reference,
          gates: [
            { metric: 'accuracy_difference', attribute: name, max: 0.1 },
            { metric: 'accuracy', attribute: name, each_group: { min: 0.9 } },
          ],
        },
      ],
    })
    const audit = report.audits[0] as AuditReport
    expect(audit.groups.map((g) => [g.key, g.count, g.metrics.accuracy])).toEqual(
      [
        [name, 2, 1],
        ['other', 2, 0],
      ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    )
    expect(Object.hasOwn(audit.groups[0]?.group ?? {}, name)).toBe(true)
    expect(audit.groups.find((g) => g.key === name)?.group[name]).toBe(name)
    expect(report.passed).toBe(false)
    const md = renderMarkdown(report, { commit: 'abc' })
    expect(md).toContain(`| ${escapeMarkdown(name)} |`)
    expect(renderTerminal(report, { color: false })).toContain(name)
  })
})

describe('a record without the column', () => {
  it.each(
    NAMES.flatMap((name) => [
      ['jsonl', name],
      ['json', name],
    ]),
  )('%s: a record without %s has it missing, not a prototype member', async (format, name) => {
    const lines = [`{"y":1,"p":1,${JSON.stringify(name)}:"a"}`, '{"y":0,"p":0}']
    ws.write(`d.${format}`, format === 'json' ? `[${lines.join(',\n')}]` : lines.join('\n'))
    expect(
      await ws.problems({
        audits: [{ name: 't', data: `d.${format}`, label: 'y', prediction: 'p', sensitive: [name] }],
      }),
    ).toEqual([
      `d.${format}: sensitive column '${name}' is empty or NA in 1 row (d.${format}:2); set \`missing: group\` to audit them as their own group, or \`missing: drop\` to leave them out`,
    ])
  })

  it.each(NAMES)(
    'jsonl: a label column named %s missing from a record is an empty label, at its line',
    async (name) => {
      ws.write('d.jsonl', `{${JSON.stringify(name)}:1,"p":1,"g":"a"}\n{"p":0,"g":"a"}\n`)
      expect(
        await ws.problems({ audits: [{ name: 't', data: 'd.jsonl', label: name, prediction: 'p', sensitive: ['g'] }] }),
      ).toEqual([`d.jsonl:2:1: label column '${name}' is empty or NA; every row needs a label`])
    },
  )
})

describe('other roles and shapes', () => {
  it('label, prediction and score columns, and an intersection, named after prototype members', async () => {
    ws.write(
      'd.csv',
      '__proto__,constructor,toString,hasOwnProperty,valueOf\n1,1,0.9,__proto__,constructor\n0,0,0.1,__proto__,toString\n1,0,0.2,valueOf,constructor\n0,1,0.8,valueOf,toString\n',
    )
    const report = await run({
      audits: [
        {
          name: 't',
          data: 'd.csv',
          label: '__proto__',
          prediction: 'constructor',
          score: 'toString',
          metrics: ['accuracy', 'roc_auc'],
          sensitive: ['hasOwnProperty', 'valueOf'],
          intersections: [['hasOwnProperty', 'valueOf']],
          confidence: false,
        },
      ],
    })
    const audit = report.audits[0] as AuditReport
    expect(audit.settings.label).toBe('__proto__')
    expect(audit.groups.map((g) => [g.key, g.count])).toEqual([
      ['__proto__', 2],
      ['valueOf', 2],
      ['constructor', 2],
      ['toString', 2],
      ['__proto__ | constructor', 1],
      ['__proto__ | toString', 1],
      ['valueOf | constructor', 1],
      ['valueOf | toString', 1],
    ])
    const inter = audit.groups.find((g) => g.key === '__proto__ | constructor')
    expect(inter?.group).toEqual({ hasOwnProperty: '__proto__', valueOf: 'constructor' })
    expect(Object.keys(inter?.group ?? {})).toEqual(['hasOwnProperty', 'valueOf'])
  })

  it('a reference group named after the column, not present, is a problem naming it', async () => {
    ws.write('d.csv', 'y,p,__proto__\n1,1,a\n0,0,b\n')
    const problems = await ws.problems({
      audits: [
        {
          name: 't',
          data: 'd.csv',
          label: 'y',
          prediction: 'p',
          sensitive: ['__proto__'],
          reference: { ['__proto__']: 'constructor' },
        },
      ],
    })
    expect(problems).toEqual([
      "audit.yml:1:12: reference group 'constructor' is not a group of __proto__; groups: a, b",
    ])
  })

  it('format: counts with a grouping column named __proto__ and groups named constructor, toString', async () => {
    ws.write(
      'counts.csv',
      'grouping_set,__proto__,tp,fp,tn,fn\n,,2,1,2,1\n__proto__,constructor,1,0,1,0\n__proto__,toString,1,1,1,1\n',
    )
    const report = await run({
      audits: [
        { name: 'c', data: 'counts.csv', format: 'counts', label: 'y', prediction: 'p', sensitive: ['__proto__'] },
      ],
    })
    const audit = report.audits[0] as AuditReport
    expect(audit.groups.map((g) => [g.key, g.group, g.counts])).toEqual([
      ['constructor', { ['__proto__']: 'constructor' }, { tp: 1, fp: 0, tn: 1, fn: 0 }],
      ['toString', { ['__proto__']: 'toString' }, { tp: 1, fp: 1, tn: 1, fn: 1 }],
    ])
  })
})

describe('through the JSON report and a baseline', () => {
  it('a report with a column and groups named __proto__, constructor is written, read back as a baseline and compared', async () => {
    const { runCli } = await import('../../src/cli/run.js')
    ws.write('d.csv', 'y,p,__proto__\n1,1,constructor\n0,0,constructor\n1,0,__proto__\n0,1,__proto__\n')
    ws.write(
      'audit.yml',
      JSON.stringify({
        audits: [
          { name: 't', data: 'd.csv', label: 'y', prediction: 'p', sensitive: ['__proto__'], confidence: false },
        ],
      }),
    )
    const cli = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = ''
      let err = ''
      const code = await runCli(args, {
        cwd: ws.dir,
        isTTY: false,
        env: {},
        stdout: (s) => (out += s),
        stderr: (s) => (err += s),
      })
      return { code, out, err }
    }
    expect((await cli(['--config', 'audit.yml', '--json', 'base.json'])).code).toBe(0)
    const second = await cli(['--config', 'audit.yml', '--json', 'next.json', '--baseline', 'base.json'])
    expect(second.err).toBe('')
    expect(second.code).toBe(0)
    const { readFileSync } = await import('node:fs')
    const next = JSON.parse(readFileSync(`${ws.dir}/next.json`, 'utf8')) as Report
    expect(next.baseline?.status).toBe('compared')
    const groups = (next.audits[0] as AuditReport).groups
    expect(
      groups.map((g) => [g.key, Object.keys(g.group), g.group['__proto__'], g.deltas?.accuracy?.baseline]),
    ).toEqual([
      ['__proto__', ['__proto__'], '__proto__', 0],
      ['constructor', ['__proto__'], 'constructor', 1],
    ])
  })
})
