/**
 * A data file whose name holds glob syntax is refused (red team 38 R38-5): the README's warehouse
 * load lists the audit's files (its report's `data`) in DuckDB's `read_csv([...])`, which takes each
 * element as a glob. A committed file literally named `eval/*.csv` is matched by the rows'
 * `eval/*.csv` and listed as itself; DuckDB expands it to every `.csv` there (dotfiles too), and
 * `d[1].csv` reads `d1.csv`: the warehouse's counts passed a gate the rows failed.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resolveDataFiles } from '../../src/data/resolve.js'
import { pathRoot } from '../../src/files/guard.js'
import { runCli } from '../../src/cli/run.js'
import { captureIO } from '../support/cli-io.js'

let ws: string
beforeEach(() => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'mag-globname-')))
  mkdirSync(join(ws, 'eval'))
})
afterEach(() => rmSync(ws, { recursive: true, force: true }))

const message = (c: string): string =>
  `the file's name holds \`${c}\`, glob syntax: a warehouse load that lists the audit's files (DuckDB's read_csv and read_parquet, Spark) reads the name as a pattern and takes other files than the audit reads; rename the file without \`*\`, \`?\`, \`[\`, \`]\`, \`{\`, \`}\``

describe('a data file named with glob syntax is refused (red team 38 R38-5)', () => {
  it.each([
    ['*', 'eval/*.csv', 'eval/*.csv'],
    ['[', 'eval/d[1].csv', 'eval/*.csv'],
    ['?', 'eval/d?.csv', 'eval/d?.csv'],
    [']', 'eval/d].csv', 'eval/d*.csv'],
    ['{', 'eval/d{1,2}.csv', 'eval/*.csv'],
    ['}', 'eval/d}.csv', 'eval/d}.csv'],
  ])('`%s`: %s, matched by %s', async (c, name, pattern) => {
    writeFileSync(join(ws, 'eval', 'd1.csv'), 'y,p,g\n1,1,a\n')
    writeFileSync(join(ws, name), 'y,p,g\n1,1,a\n')
    const { files, problems } = await resolveDataFiles([pattern], pathRoot(ws), 'audit.yml')
    expect(problems).toContainEqual({ file: name, message: message(c) })
    expect(files.map((f) => f.display)).not.toContain(name)
  })

  it('named as a plain path too; a history report so named is read (no warehouse lists it)', async () => {
    writeFileSync(join(ws, 'eval', 'd].csv'), 'y,p,g\n1,1,a\n')
    const data = await resolveDataFiles(['eval/d].csv'], pathRoot(ws), 'audit.yml')
    expect(data.problems).toEqual([{ file: 'eval/d].csv', message: message(']') }])
    const history = await resolveDataFiles(['eval/d].csv'], pathRoot(ws), 'run', undefined, {
      noun: 'history',
      owner: 'this run',
      maxFiles: 10,
      tooMany: '',
      optional: true,
    })
    expect(history).toMatchObject({ problems: [], files: [{ display: 'eval/d].csv' }] })
  })

  it('the CLI: exit 2, the file named, nothing audited', async () => {
    const rows = ['y,p,g', ...Array<string>(60).fill('1,1,a')].join('\n')
    writeFileSync(join(ws, 'eval', 'd1.csv'), `${rows}\n`)
    writeFileSync(join(ws, 'eval', 'd[1].csv'), `${rows}\n`)
    writeFileSync(
      join(ws, 'audit.yml'),
      `audits:\n  - name: m\n    data: 'eval/*.csv'\n    label: y\n    prediction: p\n    sensitive: [g]\n`,
    )
    const io = captureIO(ws, {})
    expect(await runCli(['-c', 'audit.yml'], io)).toBe(2)
    expect(io.err.split('\n')).toEqual([
      `eval/d[1].csv: ${message('[')}`,
      'model-audit-gate: 1 problem; nothing was audited',
      '',
    ])
  })
})
