/**
 * A CSV header is read in chunks of a few KiB (csv-parse parses a whole chunk before it hands
 * over the first record: a 64 KiB first chunk cost ~100 ms of a 1,000-row audit), so a header
 * longer than a chunk is read across chunks, with the BOM, a quoted name holding the delimiter,
 * a quote and a line ending, and a CRLF, wherever the chunk boundaries fall.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openTable } from '../../src/data/readers.js'

const dir = mkdtempSync(join(tmpdir(), 'mag-header-chunks-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a CSV header longer than a read chunk', () => {
  it.each([4090, 4094, 4095, 4096, 4097, 8190, 12_000])(
    'a quoted name that starts %i bytes in is read whole',
    async (at) => {
      const odd = 'a, "quoted"\r\nname'
      const lead = ['y', 'p']
      let bytes = 3 + 'y,p,'.length // the BOM and the first two names
      while (bytes < at) {
        const name = `c${lead.length}`
        lead.push(name)
        bytes += name.length + 1
      }
      const header = [...lead, odd, 'g']
      const text = `\uFEFF${lead.join(',')},"${odd.replaceAll('"', '""')}",g\r\n1,1,${'x,'.repeat(lead.length - 2)}v,a\r\n`
      const file = join(dir, `h${at}.csv`)
      writeFileSync(file, text)
      const table = await openTable(file, `h${at}.csv`, 'csv')
      expect(table.columns).toEqual(header)
      const rows = []
      for await (const r of table.records(['y', odd, 'g'])) rows.push(r.cells)
      expect(rows).toEqual([['1', 'v', 'a']])
    },
  )
})
