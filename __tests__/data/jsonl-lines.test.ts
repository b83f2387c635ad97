/**
 * The JSON Lines reader's line splitter (`lineBatches` in src/data/readers.ts) splits as readline
 * with `crlfDelay: Infinity` does (CRLF, LF and a bare CR each end a line; a CRLF across two
 * chunks is one), with the same 1-based numbers, but gives only lines that hold more than spaces
 * and tabs: a blank line costs a character's scan, not an iteration (red team 10 R10-21: 5 M
 * empty lines in a 5 MB JSONL file were 9.3 s of CPU an audit, readline handing over every one;
 * red team 11 R11-7: 5 M lines of one space, 5.5 s).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { countLineFeeds } from '../../src/data/guards.js'
import { lineBatches } from '../../src/data/readers.js'

const dir = mkdtempSync(join(tmpdir(), 'jsonl-lines-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function split(text: Buffer | string): Promise<{ text: string; line: number }[]> {
  const path = join(dir, 'd.jsonl')
  writeFileSync(path, text)
  const out: { text: string; line: number }[] = []
  for await (const { texts, lines } of lineBatches(path, 'd.jsonl', {}))
    texts.forEach((text, k) => out.push({ text, line: lines[k] as number }))
  return out
}

/** readline's lines of the same bytes in the same chunks, those of only spaces and tabs left out. */
async function reference(bytes: Buffer): Promise<{ text: string; line: number }[]> {
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536))
  const rl = createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })
  const out: { text: string; line: number }[] = []
  let line = 0
  for await (const text of rl) {
    line++
    const t = line === 1 ? text.replace(/^\uFEFF/, '') : text
    if (!/^[ \t]*$/.test(text)) out.push({ text: t, line })
  }
  return out
}

/** A deterministic pseudo-random generator (xorshift32), so a failure names its seed. */
function rng(seed: number): () => number {
  let x = seed || 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
}

describe('JSON Lines line splitting', () => {
  it('yields only the lines that hold text, with their numbers (5 rows, 100,000 empty lines)', async () => {
    const rows = '{"a":1}\n'.repeat(4)
    const got = await split(rows + '\n'.repeat(50_000) + '\r\n'.repeat(25_000) + '\r'.repeat(25_000) + '{"a":2}\n')
    expect(got).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"a":1}', line: 2 },
      { text: '{"a":1}', line: 3 },
      { text: '{"a":1}', line: 4 },
      { text: '{"a":2}', line: 100_005 },
    ])
  })

  it('leaves out lines of spaces and tabs, whatever their endings, and keeps other whitespace (5 rows, 100,000 blank lines)', async () => {
    const rows = '{"a":1}\n'.repeat(2)
    const blank = ' \n'.repeat(40_000) + '\t \r\n'.repeat(30_000) + '  \r'.repeat(30_000)
    const got = await split(rows + blank + ' {"a":2} \n\u00a0\n\t\u2028\n{"a":3}')
    expect(got).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"a":1}', line: 2 },
      { text: ' {"a":2} ', line: 100_003 },
      { text: '\u00a0', line: 100_004 },
      { text: '\t\u2028', line: 100_005 },
      { text: '{"a":3}', line: 100_006 },
    ])
  })

  it('a CRLF, and a two-byte character, across a chunk boundary', async () => {
    const crlf = Buffer.from('x'.repeat(65535) + '\r\n' + 'y\n')
    expect(await split(crlf)).toEqual(await reference(crlf))
    expect((await split(crlf)).map((l) => l.line)).toEqual([1, 2])
    const cr = Buffer.from('x'.repeat(65535) + '\r' + 'y\r\rz')
    expect(await split(cr)).toEqual(await reference(cr))
    const utf8 = Buffer.from('x'.repeat(65535) + 'é\n\uFEFFz')
    expect(await split(utf8)).toEqual(await reference(utf8))
    const spaces = Buffer.from('x\n' + ' '.repeat(65534) + '\r\n \r')
    expect(await split(spaces)).toEqual(await reference(spaces))
    expect(await split(spaces)).toEqual([{ text: 'x', line: 1 }])
  })

  it('a byte order mark is dropped from line 1 only, a last line without an ending is a line', async () => {
    expect(await split('\uFEFF{"a":1}\r\n\r\n{"b":2}')).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"b":2}', line: 3 },
    ])
  })

  it('splits as readline does on random mixes of endings, empty lines and text (200 files)', async () => {
    const pieces = ['\n', '\r', '\r\n', '\n\n', '\r\r', 'a', '{"k":"é"}', ' ', '\t', '\uFEFF', 'x'.repeat(3000)]
    for (let seed = 1; seed <= 200; seed++) {
      const next = rng(seed)
      const n = Math.floor(next() * (seed % 10 === 0 ? 40_000 : 400))
      let text = ''
      for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)]
      const bytes = Buffer.from(text)
      expect({ seed, lines: await split(bytes) }).toEqual({ seed, lines: await reference(bytes) })
    }
  })
})

describe('counting line feeds four bytes at a time', () => {
  it('counts as a byte loop does, at every alignment and length, whatever the bytes around a LF', () => {
    const next = rng(7)
    // Bytes next to 0x0a in value (0x09, 0x0b, 0x8a, 0x0a with the high bit…) are where a word trick would miscount.
    const alphabet = [0x0a, 0x0a, 0x09, 0x0b, 0x8a, 0x00, 0xff, 0x7f, 0x80, 0x0d, 0x20, 0x41]
    const memory = new Uint8Array(4096)
    for (let round = 0; round < 2000; round++) {
      const offset = Math.floor(next() * 8)
      const length = Math.floor(next() * (round % 50 === 0 ? 4000 : 40))
      const bytes = memory.subarray(offset, offset + length)
      for (let i = 0; i < bytes.length; i++) bytes[i] = alphabet[Math.floor(next() * alphabet.length)] as number
      let expected = 0
      for (const b of bytes) if (b === 10) expected++
      expect({ round, n: countLineFeeds(bytes) }).toEqual({ round, n: expected })
    }
    expect(countLineFeeds(Buffer.alloc(65536, 10))).toBe(65536)
    expect(countLineFeeds(Buffer.alloc(0))).toBe(0)
  })
})
