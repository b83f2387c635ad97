/**
 * Reading a CSV's header parses its first record only (red team 6: 1,000 one-MiB `.csv.gz`
 * files took 17 s to open): gunzip writes all it has to the header's parser before the stream
 * can be stopped, a whole small file or a MiB at a high ratio, and every record of it was parsed.
 */
import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { type DeferredUtf8, fieldCap } from '../../src/data/guards.js'
import { headerParser, MAX_COLUMNS, openBytes, openTable } from '../../src/data/readers.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** The records the header read's parser takes from the whole file, written to it at once as gunzip does. */
async function recordsSeen(path: string): Promise<number> {
  const parser = await headerParser({ delimiter: ',' })
  const source = createReadStream(path)
  const bytes = path.endsWith('.gz') ? source.pipe(createGunzip()) : source
  bytes.pipe(parser)
  for await (const _ of parser) void _
  return parser.info.records
}

/**
 * The header as the parser reads it (openCsv's read before its plain-line path): the first record
 * of the guarded bytes, or why none. Bytes that are not UTF-8 after the header's line are the
 * pass's to report (after the records ahead of them): they end the bytes the parser reads, and a
 * record that reaches their line is that line cut short, refused.
 */
async function parsedHeader(path: string, delimiter: string): Promise<string[] | 'refused'> {
  const parser = await headerParser({ delimiter })
  const deferred: DeferredUtf8 = {}
  return new Promise((resolve) => {
    const bytes = openBytes(path, 'd.csv', {}, 4096, 0, undefined, deferred)
    const cap = fieldCap('d.csv', delimiter, MAX_COLUMNS)
    bytes.on('error', (e) => cap.destroy(e))
    let done = false
    const finish = (v: string[] | 'refused'): void => {
      if (done) return
      done = true
      bytes.destroy()
      resolve(v)
    }
    parser.on('readable', () => {
      const rec = parser.read() as { record: string[]; info: { bytes: number } } | null
      if (rec) finish(deferred.problem && rec.info.bytes > (deferred.lineStart ?? 0) ? 'refused' : rec.record)
    })
    parser.on('error', () => finish('refused'))
    parser.on('end', () => finish('refused'))
    cap.on('error', () => finish('refused'))
    bytes.pipe(cap).pipe(parser)
  })
}

describe('the header read of a CSV', () => {
  it('reads a plain first line as the parser does, and leaves every other to it', async () => {
    const field = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', 'B', ' ', '_', '1', 'é', '中', '😀', '\t', ';', '"', '\u0000'),
        maxLength: 8,
      }),
      fc.constantFrom('', 'score', 'x'.repeat(1400), 'é'.repeat(700), '😀'.repeat(350)),
    )
    const head = fc.record({
      fields: fc.array(field, { minLength: 1, maxLength: 6 }),
      delimiter: fc.constantFrom(',', '\t', ';', '||'),
      bom: fc.boolean(),
      blank: fc.constantFrom('', '\n', '\r\n\n'),
      end: fc.constantFrom('\n', '\r\n', '\r', ''),
      rest: fc.constantFrom('', '1,0,a\n', '1,0,a\n'.repeat(800)),
      bad: fc.constantFrom(-1, 0, 4095, 4096, 5000),
    })
    let n = 0
    await fc.assert(
      fc.asyncProperty(head, async (h) => {
        const text = `${h.bom ? '\uFEFF' : ''}${h.blank}${h.fields.join(h.delimiter)}${h.end}${h.end ? h.rest : ''}`
        let bytes = Buffer.from(text)
        // Invalid UTF-8 somewhere: in the header, in the first read after it, across its end, or past it.
        if (h.bad >= 0 && h.bad < bytes.length)
          bytes = Buffer.concat([bytes.subarray(0, h.bad), Buffer.from([0xff]), bytes.subarray(h.bad)])
        const path = ws.write(`h${n++}.csv`, bytes)
        const want = await parsedHeader(path, h.delimiter)
        const got = await openTable(path, 'd.csv', 'csv', h.delimiter).then(
          (t) => t.source?.header,
          () => 'refused',
        )
        expect(got).toEqual(want === 'refused' || want.length === 0 ? 'refused' : want)
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    )
  })

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
