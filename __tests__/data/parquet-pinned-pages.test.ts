/**
 * A batch holds no more of a column's dictionary pages than the cursor's own (review 18 F1):
 * `columnOf` opened every page a batch spans and read their indices after, so each earlier page
 * kept its bytes (`PageCodes`, up to 16 MiB decompressed) while `HeldPages` charged only the
 * last. 60 pages of 1 row, each 16 MiB of gzipped zeros, in an 11 MB file (the 100x ratio
 * passed by unread bytes) took 1,046 MB; read as they are taken, 190 MB.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ColumnChunk } from 'hyparquet'
import { ByteWriter } from 'hyparquet-writer'
import { writePageHeader } from 'hyparquet-writer/src/datapage.js'
import { afterAll, describe, expect, it } from 'vitest'
import { finishYpgFile } from '../support/parquet-write.js'
import { audit, makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())

interface DictPage {
  /** The page's header's values (its row is one RLE run of `index`). */
  values: number
  index: number
  /** Bytes it inflates to (zeros after its index). */
  bytes: number
}

/**
 * `n` rows: y and p INT32 PLAIN, g a dictionary {a, b} and `pages` (GZIP); `pad` random bytes no
 * chunk names (the file's bytes the decompression ratio counts).
 */
function pagesFile(n: number, pages: DictPage[], pad = 0): Buffer {
  const w = new ByteWriter()
  w.appendUint32(0x31524150)
  if (pad) w.appendBytes(randomBytes(pad))
  const columns: ColumnChunk[] = []
  for (const name of ['y', 'p']) {
    const offset = BigInt(w.offset)
    const body = Buffer.from(Int32Array.from({ length: n }, (_, i) => i % 2).buffer)
    writePageHeader(w, {
      type: 'DATA_PAGE',
      uncompressed_page_size: body.length,
      compressed_page_size: body.length,
      data_page_header: {
        num_values: n,
        encoding: 'PLAIN',
        definition_level_encoding: 'RLE',
        repetition_level_encoding: 'RLE',
      },
    })
    w.appendBytes(body)
    const size = BigInt(w.offset) - offset
    columns.push({
      file_offset: offset,
      meta_data: {
        type: 'INT32',
        encodings: ['PLAIN'],
        path_in_schema: [name],
        codec: 'UNCOMPRESSED',
        num_values: BigInt(n),
        total_uncompressed_size: size,
        total_compressed_size: size,
        data_page_offset: offset,
      },
    })
  }
  const offset = BigInt(w.offset)
  const dict = Buffer.from([1, 0, 0, 0, 0x61, 1, 0, 0, 0, 0x62])
  const dz = gzipSync(dict)
  writePageHeader(w, {
    type: 'DICTIONARY_PAGE',
    uncompressed_page_size: dict.length,
    compressed_page_size: dz.length,
    dictionary_page_header: { num_values: 2, encoding: 'PLAIN' },
  } as Parameters<typeof writePageHeader>[1])
  w.appendBytes(dz)
  const dataOffset = BigInt(w.offset)
  const zipped = new Map<string, Buffer>()
  for (const page of pages) {
    const key = `${page.index}:${page.bytes}`
    let z = zipped.get(key)
    if (!z) {
      const body = Buffer.alloc(page.bytes)
      body[0] = 3 // index width
      body[1] = 2 // an RLE run of one value
      body[2] = page.index
      z = gzipSync(body)
      zipped.set(key, z)
    }
    writePageHeader(w, {
      type: 'DATA_PAGE',
      uncompressed_page_size: page.bytes,
      compressed_page_size: z.length,
      data_page_header: {
        num_values: page.values,
        encoding: 'RLE_DICTIONARY',
        definition_level_encoding: 'RLE',
        repetition_level_encoding: 'RLE',
      },
    })
    w.appendBytes(z)
  }
  const size = BigInt(w.offset) - offset
  columns.push({
    file_offset: offset,
    meta_data: {
      type: 'BYTE_ARRAY',
      encodings: ['PLAIN', 'RLE_DICTIONARY'],
      path_in_schema: ['g'],
      codec: 'GZIP',
      num_values: BigInt(n),
      total_uncompressed_size: size,
      total_compressed_size: size,
      data_page_offset: dataOffset,
      dictionary_page_offset: offset,
    },
  })
  return finishYpgFile(w, columns, n)
}

describe("a batch holds no more of a column's dictionary pages than its cursor's (review 18 F1)", () => {
  it("reads a page's indices before it opens the next page", async () => {
    // Page 1's index is past the dictionary; page 2's header claims more values than are left.
    // Read as taken, page 1's index is the problem; opened first, page 2's header was.
    ws.write(
      'order.parquet',
      pagesFile(3, [
        { values: 1, index: 7, bytes: 4096 },
        { values: 5, index: 0, bytes: 4096 },
        { values: 1, index: 0, bytes: 4096 },
      ]),
    )
    const problems = await ws.problems(audit('order.parquet'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^order\.parquet: .*a dictionary index 7 past its dictionary of 2 values/)
  })

  it('60 pages of 1 row and 16 MiB each, one batch: the peak is not 60 pages', () => {
    const n = 60
    const pages = Array.from({ length: n }, (_, i) => ({
      values: 1,
      index: i % 3 ? 0 : 1,
      bytes: 16 * 1024 * 1024 - 64,
    }))
    ws.write('pinned.parquet', pagesFile(n, pages, 10_500_000))
    ws.write('audit.json', JSON.stringify(audit('pinned.parquet')))
    const script = ws.write(
      'run.mts',
      [
        `import { runConfigText } from ${JSON.stringify(resolve('src/audit.ts'))}`,
        `import { readFileSync } from 'node:fs'`,
        `const out = await runConfigText(readFileSync(${JSON.stringify(join(ws.dir, 'audit.json'))}, 'utf8'), 'audit.json', { workspace: ${JSON.stringify(ws.dir)} })`,
        `console.log(JSON.stringify({ ok: out.ok, problems: out.ok ? [] : out.problems, rss: process.resourceUsage().maxRSS * 1024 }))`,
      ].join('\n'),
    )
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', cwd: resolve('.') })
    expect(child.stderr).toBe('')
    const result = JSON.parse(child.stdout.trim().split('\n').pop() as string) as { ok: boolean; rss: number }
    expect(result.ok).toBe(true)
    // 60 pages held at once are 1,007 MB.
    expect(result.rss).toBeLessThan(450 * 1024 * 1024)
  }, 120_000)
})
