/**
 * Parquet files a pull request shapes to make the gate lie (red team 4): strings that are not
 * UTF-8 (R4-7), which merged distinct groups into one.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

/** Ten right `Aé` rows, ten wrong `Aè` rows, ten right `B` rows; g uncompressed so its bytes can be patched. */
function groupsFile(encoding: 'PLAIN' | 'RLE_DICTIONARY'): Buffer {
  const y: number[] = []
  const p: number[] = []
  const g: string[] = []
  for (const [name, right] of [
    ['A\u00e9', true],
    ['A\u00e8', false],
    ['B', true],
  ] as const) {
    for (let i = 0; i < 10; i++) {
      y.push(1)
      p.push(right ? 1 : 0)
      g.push(name)
    }
  }
  return Buffer.from(
    parquetWriteBuffer({
      statistics: false,
      columnData: [
        { name: 'y', data: Int32Array.from(y), type: 'INT32', codec: 'UNCOMPRESSED' },
        { name: 'p', data: Int32Array.from(p), type: 'INT32', codec: 'UNCOMPRESSED' },
        { name: 'g', data: g, type: 'STRING', encoding, codec: 'UNCOMPRESSED' },
      ],
    }),
  )
}

/** Rewrites every `A` + U+00E9/U+00E8 (c3 a9 / c3 a8) as `A` + e9 e9 / e8 e8: two Latin-1 byte strings. */
function latin1(buf: Buffer): Buffer {
  let patched = 0
  for (let i = 0; i + 2 < buf.length; i++) {
    if (buf[i] === 0x41 && buf[i + 1] === 0xc3 && (buf[i + 2] === 0xa9 || buf[i + 2] === 0xa8)) {
      const b = buf[i + 2] === 0xa9 ? 0xe9 : 0xe8
      buf[i + 1] = b
      buf[i + 2] = b
      patched++
    }
  }
  if (patched === 0) throw new Error('nothing patched')
  return buf
}

const gate = { confidence: false, gates: [{ metric: 'accuracy', each_group: { min: 0.4 } }] }

describe('Parquet strings must be UTF-8 (red team 4 R4-7)', () => {
  it('the valid file fails its gate (Aè at 0.0), so the patched one must not pass', async () => {
    ws.write('ok.parquet', groupsFile('PLAIN'))
    const out = await ws.run(audit('ok.parquet', gate))
    if (!out.ok) throw new Error('expected a report')
    expect(out.report.passed).toBe(false)
  })

  it.each(['PLAIN', 'RLE_DICTIONARY'] as const)(
    '%s: invalid UTF-8 is refused at file:row:column, naming the column and the bytes',
    async (encoding) => {
      ws.write(`bad-${encoding}.parquet`, latin1(groupsFile(encoding)))
      expect(await ws.problems(audit(`bad-${encoding}.parquet`, gate))).toEqual([
        `bad-${encoding}.parquet:1:3: column 'g' holds a string that is not UTF-8 (bytes e9 e9); write the file's strings as UTF-8 (pyarrow and Spark do)`,
      ])
    },
  )
})
