/**
 * Reading a CSV's header parses its first record only (red team 6: 1,000 one-MiB `.csv.gz`
 * files took 17 s to open): gunzip writes all it has to the header's parser before the stream
 * can be stopped, a whole small file or a MiB at a high ratio, and every record of it was parsed.
 */
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { headerParser, openTable } from '../../src/data/readers.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** The records the header read's parser takes from the whole file, written to it at once as gunzip does. */
async function recordsSeen(path: string): Promise<number> {
  const parser = headerParser({ delimiter: ',' })
  const source = createReadStream(path)
  const bytes = path.endsWith('.gz') ? source.pipe(createGunzip()) : source
  bytes.pipe(parser)
  for await (const _ of parser) void _
  return parser.info.records
}

describe('the header read of a CSV', () => {
  it.each(['d.csv', 'd.csv.gz'])('of 100,000 rows parses one record (%s)', async (file) => {
    const text = `y,p,g\n${'1,0,a\n'.repeat(100_000)}`
    const path = file.endsWith('.gz') ? ws.writeGz(file, text) : ws.write(file, text)
    const table = await openTable(path, file, 'csv', undefined, { maxDecompressionRatio: 1100 })
    expect(table.columns).toEqual(['y', 'p', 'g'])
    // Without `to: 1` the parser went on through every record it was given (10,922 and 2,730 of them).
    expect(await recordsSeen(path)).toBe(1)
  })

  it('still finds the header past empty lines and a BOM', async () => {
    const path = ws.write('e.csv', '\uFEFF\n\n y,p,g\n1,0,a\n')
    const table = await openTable(path, 'e.csv', 'csv')
    expect(table.columns).toEqual([' y', 'p', 'g'])
  })
})
