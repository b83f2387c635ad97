/**
 * PLAIN byte arrays (`readPlainInPage` for BYTE_ARRAY, src/data/parquet-encodings.ts): the values
 * hyparquet's `readPlain` gives, byte for byte, but the rows of a value of at most
 * SHARED_VIEW_BYTES bytes share one view (a view and a string a row of two 1,000,000-row PLAIN
 * label columns were 103 MB of garbage); a length past the page is refused; and through a file,
 * a short value that is not UTF-8 is still refused at its row.
 */
import fc from 'fast-check'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { readPlain } from 'hyparquet/src/plain.js'
import { afterAll, describe, expect, it } from 'vitest'
import { readPlainInPage, SHARED_VIEW_BYTES } from '../../src/data/parquet-encodings.js'
import type { ColumnDecoder } from '../../src/data/parquet-pages.js'
import { fuzzRuns } from '../support/fuzz.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

const decoder = { type: 'BYTE_ARRAY', element: { name: 'c', type: 'BYTE_ARRAY' } } as unknown as ColumnDecoder

function plain(values: Uint8Array[]): Uint8Array {
  const out: number[] = []
  for (const v of values) {
    out.push(v.length & 0xff, (v.length >>> 8) & 0xff, (v.length >>> 16) & 0xff, v.length >>> 24, ...v)
  }
  return Uint8Array.from(out)
}

describe('PLAIN byte arrays', () => {
  it("are hyparquet's values, and equal short values are one view (2,000 pages)", () => {
    const value = fc.uint8Array({ maxLength: 10 }).map((b) => (b.length > 3 ? b : b.map((x) => x % 3)))
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.nat(7), (values, offset) => {
        const page = new Uint8Array(offset + plain(values).length + 5).fill(0xee)
        page.set(plain(values), offset)
        const got = readPlainInPage(page, offset, values.length, decoder) as Uint8Array[]
        const reader = { view: new DataView(page.buffer), offset }
        const want = readPlain(reader, 'BYTE_ARRAY', values.length, undefined) as Uint8Array[]
        expect(got.map((v) => [...v])).toEqual(want.map((v) => [...v]))
        for (let i = 0; i < got.length; i++)
          for (let j = 0; j < i; j++) {
            const same = (got[i] as Uint8Array).join() === (got[j] as Uint8Array).join()
            if (same && (got[i] as Uint8Array).length <= SHARED_VIEW_BYTES) expect(got[i]).toBe(got[j])
            if (!same) expect(got[i]).not.toBe(got[j])
          }
      }),
      { seed: 21, numRuns: fuzzRuns(2000) },
    )
  })

  it('refuses a length past the page, short or long', () => {
    for (const cut of [1, 3, 5]) {
      const page = plain([Uint8Array.of(1, 2), Uint8Array.from({ length: 9 }, (_, i) => i)]).subarray(
        0,
        6 + 4 + 9 - cut,
      )
      expect(() => readPlainInPage(page, 0, 2, decoder)).toThrow(/run past the end of the page/)
    }
    expect(() => readPlainInPage(Uint8Array.of(2, 0, 0, 0, 1), 0, 1, decoder)).toThrow(/run past the end/)
  })

  it('a short value that is not UTF-8 is refused at the first row that holds it, though rows share its view', async () => {
    const rows = 40
    const g = Array.from({ length: rows }, (_, i) =>
      i === 33 || i === 37 ? Uint8Array.of(0xc3) : Uint8Array.of(0x41 + (i % 2)),
    )
    ws.write(
      'bad.parquet',
      Buffer.from(
        parquetWriteBuffer({
          columnData: [
            { name: 'y', data: Int32Array.from({ length: rows }, (_, i) => i % 2), type: 'INT32' },
            { name: 'p', data: Int32Array.from({ length: rows }, (_, i) => (i >> 1) % 2), type: 'INT32' },
            { name: 'g', data: g, type: 'BYTE_ARRAY', encoding: 'PLAIN' },
          ],
        }),
      ),
    )
    const problems = await ws.problems(audit('bad.parquet', { min_group_size: 1, confidence: false }))
    expect(problems.join('\n')).toMatch(/bad\.parquet:34:3: column 'g' holds a string that is not UTF-8/)
  })
})
