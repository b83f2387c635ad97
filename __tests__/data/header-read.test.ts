/**
 * Reading a CSV's header parses its first record only (red team 6: 1,000 one-MiB `.csv.gz`
 * files took 17 s to open): gunzip writes all it has to the header's parser before the stream
 * can be stopped, a whole small file or a MiB at a high ratio, and every record of it was parsed.
 */
import { afterAll, describe, expect, it, vi } from 'vitest'
import type * as csvParse from 'csv-parse'
import { openTable } from '../../src/data/readers.js'
import { makeWorkspace } from '../support/workspace.js'

const parsers: ReturnType<typeof csvParse.parse>[] = []
vi.mock('csv-parse', async (original) => {
  const real = await original<typeof csvParse>()
  return {
    ...real,
    parse: (...args: Parameters<typeof real.parse>) => {
      const parser = real.parse(...args)
      parsers.push(parser)
      return parser
    },
  }
})

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

describe('the header read of a CSV', () => {
  it.each(['d.csv', 'd.csv.gz'])('of 100,000 rows parses one record (%s)', async (file) => {
    const text = `y,p,g\n${'1,0,a\n'.repeat(100_000)}`
    const path = file.endsWith('.gz') ? ws.writeGz(file, text) : ws.write(file, text)
    parsers.length = 0
    const table = await openTable(path, file, 'csv', undefined, { maxDecompressionRatio: 1100 })
    expect(table.columns).toEqual(['y', 'p', 'g'])
    expect(parsers).toHaveLength(1)
    expect(parsers[0]?.info.records).toBe(1)
  })

  it('still finds the header past empty lines and a BOM', async () => {
    const path = ws.write('e.csv', '\uFEFF\n\n y,p,g\n1,0,a\n')
    const table = await openTable(path, 'e.csv', 'csv')
    expect(table.columns).toEqual([' y', 'p', 'g'])
  })
})
