/** The shipped JSON Schema is the one the loader validates with (regenerate: npm run schema). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA } from '../../src/config/schema.js'
import { ALL_METRIC_NAMES, resolveMetricName } from '../../src/stats/catalog.js'
import { VERSION } from '../../src/version.js'

const root = join(import.meta.dirname, '..', '..')

describe('schema/audit-config.schema.json', () => {
  it('equals the schema the loader uses', async () => {
    await expect(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`).toMatchFileSnapshot(
      join(root, 'schema', 'audit-config.schema.json'),
    )
  })

  it('lists only metric names the engine resolves', () => {
    for (const name of ALL_METRIC_NAMES) expect(resolveMetricName(name), name).toBeDefined()
    expect(resolveMetricName('thresold')).toBeUndefined()
  })
})

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version)
  })
})
