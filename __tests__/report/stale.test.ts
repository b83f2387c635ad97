/** What a computing run clears at `report-path` before it reads anything (red team 28 R28-2). */
import { existsSync, readFileSync, realpathSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pathRoot } from '../../src/files/guard.js'
import { clearStaleReport } from '../../src/report/stale.js'
import { REPORT_SCHEMA_VERSION } from '../../src/report/types.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const clear = (given: string, inputs: string[] = []) => clearStaleReport(pathRoot(ws.dir), given, ws.dir, inputs)
const claims = (version: unknown): string =>
  JSON.stringify({
    schema_version: version,
    tool: { name: 'model-audit-gate' },
    config: 'a.yml',
    audits: [],
    summary: {},
  })

describe('clearStaleReport', () => {
  it.each([
    ['of another schema version', claims(REPORT_SCHEMA_VERSION + 1)],
    ['of this version, not valid', claims(REPORT_SCHEMA_VERSION)],
  ])('removes a file that claims to be a report %s', async (_, text) => {
    ws.write('out/r.json', text)
    expect(await clear('out/r.json')).toEqual({
      kind: 'removed_report',
      path: join(realpathSync(ws.dir), 'out/r.json'),
    })
    expect(existsSync(join(ws.dir, 'out/r.json'))).toBe(false)
  })

  it.each([
    ['text', 'y,p\n1,0\n'],
    ['JSON of another tool', '{"tool": {"name": "other"}}'],
    ['JSON lines', '{"y": 1}\n{"y": 0}\n'],
  ])('keeps a file that is no report: %s', async (_, text) => {
    ws.write('r.json', text)
    expect((await clear('r.json')).kind).toBe('kept')
    expect(readFileSync(join(ws.dir, 'r.json'), 'utf8')).toBe(text)
  })

  it('removes a link, never what it names', async () => {
    ws.write('data.csv', 'y,p\n1,0\n')
    symlinkSync(join(ws.dir, 'data.csv'), join(ws.dir, 'r.json'))
    expect((await clear('r.json')).kind).toBe('removed_link')
    expect(existsSync(join(ws.dir, 'r.json'))).toBe(false)
    expect(readFileSync(join(ws.dir, 'data.csv'), 'utf8')).toBe('y,p\n1,0\n')
  })

  it('keeps an input, named as given or reached through a link, and says so', async () => {
    ws.write('base.json', claims(REPORT_SCHEMA_VERSION))
    expect((await clear('base.json', ['base.json'])).kind).toBe('input')
    symlinkSync(join(ws.dir, 'base.json'), join(ws.dir, 'link.json'))
    expect((await clear('base.json', ['link.json'])).kind).toBe('input')
    expect((await clear('link.json', ['link.json'])).kind).toBe('input')
    expect(existsSync(join(ws.dir, 'base.json'))).toBe(true)
  })

  it('does nothing where nothing is, or outside the workspace', async () => {
    expect(await clear('missing.json')).toEqual({ kind: 'none' })
    expect(await clear('no/such/dir/r.json')).toEqual({ kind: 'none' })
    expect(await clear('../r.json')).toEqual({ kind: 'none' })
  })
})
