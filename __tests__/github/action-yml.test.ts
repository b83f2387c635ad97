/** action.yml is what the runner reads: it must parse, and declare exactly what main.ts reads and sets. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, DEFAULT_REPORT_PATH, parseInputs } from '../../src/github/inputs.js'

const ROOT = join(import.meta.dirname, '..', '..')
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

describe('action.yml', () => {
  it('runs the bundle on node24, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding.icon && action.branding.color).toBeTruthy()
  })

  it('declares exactly the inputs main.ts reads, with the same defaults', () => {
    const read: string[] = []
    parseInputs((name) => {
      read.push(name)
      return ''
    })
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort())
    expect(action.inputs.config?.default).toBe(DEFAULT_CONFIG)
    expect(action.inputs['report-path']?.default).toBe(DEFAULT_REPORT_PATH)
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}')
    expect(action.inputs.comment?.default).toBe('always')
    expect(action.inputs['fail-on']?.default).toBe('error')
    for (const i of Object.values(action.inputs)) expect(i.description.length).toBeGreaterThan(20)
  })

  it('declares exactly the outputs main.ts sets', () => {
    const main = readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8')
    // Each output is a `['name', value]` pair of a `setOutputsAtOnce` call (src/github/outputs.ts).
    const calls = [...main.matchAll(/setOutputsAtOnce\(\[([\s\S]*?)\n\s*\]\)/g)].map((m) => m[1] as string)
    const set = calls.flatMap((c) => [...c.matchAll(/^\s*\['([^']+)',/gm)].map((m) => m[1]))
    expect(calls).toHaveLength(2)
    expect(main).not.toMatch(/core\.setOutput\(/)
    expect(Object.keys(action.outputs).sort()).toEqual([...set].sort())
  })
})
