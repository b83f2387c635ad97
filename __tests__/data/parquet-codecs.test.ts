/**
 * Parquet as a warehouse writes it, with each compression codec: DuckDB writes the synthetic
 * golden file with every codec it has, and each file's audit is the CSV's audit, number for
 * number (ROC AUC included). A damaged compressed page is a problem naming the file, not a crash.
 * SNAPPY pages are decoded by snappy's WebAssembly: a damaged stream is refused or gives its
 * page's length, and a stream that declares another length than its page's header is refused.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parquetMetadata } from 'hyparquet'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { snappyCompressor } from 'hysnappy'
import { beforeAll, describe, expect, it } from 'vitest'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { COMPRESSORS, decompressSnappy } from '../../src/data/parquet.js'
import { fuzzRuns } from '../support/fuzz.js'
import { comparable, duckDbFixture } from '../support/duckdb.js'
import { SYNTHETIC_10K } from '../support/synthetic.js'

const CODECS = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli'] as const

const duck = duckDbFixture()
beforeAll(async () => {
  duck.ws.write('eval.csv', SYNTHETIC_10K)
  for (const codec of CODECS)
    await duck.con.run(
      `COPY (SELECT * FROM read_csv('${join(duck.ws.dir, 'eval.csv')}', header = true)) TO '${join(duck.ws.dir, `eval.${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 4000)`,
    )
}, 180_000)

const entry = (data: string): Record<string, unknown> => ({
  name: 'model',
  data,
  label: 'y_true',
  prediction: 'y_pred',
  score: 'score',
  sensitive: ['gender', 'race', 'age_band'],
  intersections: [['gender', 'race']],
  metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate', 'roc_auc'],
  gates: [{ metric: 'demographic_parity_difference', max: 0.2 }],
})

describe('Parquet codecs', () => {
  it.each(CODECS)('reads a %s file as its CSV', async (codec) => {
    const csv = await duck.report(entry('eval.csv'))
    const parquet = await duck.report(entry(`eval.${codec}.parquet`))
    expect(parquet.rows).toBe(10_000)
    expect(comparable(parquet)).toEqual(comparable(csv))
  })

  it.each(['gzip', 'zstd'] as const)('refuses a damaged %s page with the file named', async (codec) => {
    const bytes = readFileSync(join(duck.ws.dir, `eval.${codec}.parquet`))
    // The middle of the label column's first chunk: compressed page bytes.
    const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    const chunk = meta.row_groups[0]?.columns.find((c) => c.meta_data?.path_in_schema[0] === 'y_true')?.meta_data
    if (!chunk) throw new Error('no y_true chunk')
    const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset)
    const middle = start + Math.floor(Number(chunk.total_compressed_size) / 2)
    bytes.fill(0x55, middle - 8, middle + 8)
    writeFileSync(join(duck.ws.dir, `damaged.${codec}.parquet`), bytes)
    const problems = await duck.ws.problems({ audits: [entry(`damaged.${codec}.parquet`)] })
    expect(problems.join('\n')).toMatch(new RegExp(`damaged\\.${codec}\\.parquet: cannot read as Parquet: `))
  })
})

describe('SNAPPY by WebAssembly', () => {
  const snappyCompress = snappyCompressor()
  it("decodes what snappy wrote; a damaged stream is refused or gives its page's length (3,000 runs, fixed seed)", () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        fc.boolean(),
        (data, damage, repetitive) => {
          const plain = repetitive ? data.map((b, i) => (b < 128 ? i % 7 : b)) : data
          const stream = snappyCompress(plain).slice()
          for (const [at, byte] of damage) stream[at % stream.length] = byte
          let out: Uint8Array | null = null
          try {
            out = decompressSnappy(stream, plain.length)
          } catch (e) {
            expect((e as Error).message).toMatch(/SNAPPY page/)
          }
          if (damage.length === 0) expect(out && Buffer.from(out).equals(Buffer.from(plain))).toBe(true)
          if (out) {
            accepted++
            expect(out.length).toBe(plain.length)
          } else refused++
        },
      ),
      { seed: 11, numRuns: fuzzRuns(3000) },
    )
    expect(accepted).toBeGreaterThan(100)
    expect(refused).toBeGreaterThan(100)
  })

  it('a stream that declares another length than its page is refused before it is decoded', () => {
    const stream = snappyCompress(new Uint8Array(1000).fill(7))
    expect(() => decompressSnappy(stream, 999)).toThrow('a SNAPPY page holds 1000 bytes, its header says 999')
    expect(() => decompressSnappy(new Uint8Array(0), 0)).toThrow('a SNAPPY page has no length (it is damaged)')
    expect(decompressSnappy(Uint8Array.from([0]), 0)).toEqual(new Uint8Array(0))
  })
})

describe('GZIP and BROTLI by zlib, in one output chunk of the page', () => {
  it.each([
    ['GZIP', gzipSync],
    ['BROTLI', brotliCompressSync],
  ] as const)('%s: a page of its header length, of fewer bytes, or refused past it', (codec, compress) => {
    for (const size of [0, 1, 63, 64, 65, 1000, 16_384, 16_385, 100_000]) {
      const plain = Uint8Array.from({ length: size }, (_, i) => (i * 31) % 251)
      const page = compress(plain)
      expect(Buffer.from(COMPRESSORS[codec](page, size)).equals(Buffer.from(plain))).toBe(true)
      // A header that claims more bytes gives the page's own (hyparquet then refuses the length).
      expect(COMPRESSORS[codec](page, size + 1).length).toBe(size)
      // (A header of 0 bytes allows 1: zlib's least output bound.)
      if (size > 1)
        expect(() => COMPRESSORS[codec](page, size - 1)).toThrow(
          `a compressed page inflates past the ${size - 1} bytes its header says`,
        )
    }
  })
})

describe('ZSTD frames that do not say their size (red team 15 R15-1)', () => {
  /** A zstd frame with no content size (as a streaming writer makes one): a window of 128 KiB, then `blocks`. */
  const frame = (...blocks: Uint8Array[]): Uint8Array =>
    Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38, ...blocks.flatMap((b) => [...b])])
  /** A block header: 3 bytes, little-endian: last, type (0 raw, 1 RLE), size. */
  const header = (last: boolean, type: number, size: number): number[] => {
    const v = (size << 3) | (type << 1) | (last ? 1 : 0)
    return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff]
  }
  const raw = (bytes: Uint8Array): Uint8Array => Uint8Array.from([...header(true, 0, bytes.length), ...bytes])
  /** `n` blocks of 128 KiB of one byte: 4 bytes each. */
  const rle = (n: number): Uint8Array =>
    Uint8Array.from(Array.from({ length: n }, (_, i) => [...header(i === n - 1, 1, 1 << 17), 0x61]).flat())

  const write = (name: string, compress: (page: Uint8Array) => Uint8Array): void => {
    const y = Array.from({ length: 100 }, (_, i) => i % 2)
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'y', data: y, type: 'INT32', codec: 'ZSTD' },
        { name: 'p', data: y, type: 'INT32' },
        { name: 'g', data: y.map((v) => (v ? 'A' : 'B')), type: 'STRING' },
      ],
      compressors: { ZSTD: compress },
    })
    duck.ws.write(name, Buffer.from(buffer))
  }
  const small = (data: string) => ({
    audits: [{ name: 'z', data, label: 'y', prediction: 'p', sensitive: ['g'], confidence: false }],
  })

  it("a page in such a frame is read, to the page's size", async () => {
    write('stream.parquet', (page) => frame(raw(page)))
    const out = await duck.ws.run(small('stream.parquet'))
    expect(out.ok && out.report.audits[0]?.overall.accuracy).toBe(1)
  })

  it("one that holds more than its page's header says is refused where the page is full, not decoded to its end", async () => {
    // 64 MiB of content in 512 blocks of 4 bytes; fzstd decoded every block (16 GiB: 69 s).
    write('bomb.parquet', () => frame(rle(512)))
    const problems = await duck.ws.problems(small('bomb.parquet'))
    expect(problems.join('\n')).toMatch(
      /^bomb\.parquet: cannot read as Parquet: row group 1, column 'y': a ZSTD page that does not say its size does not decompress into the \d+ bytes its header says \(it is damaged\)/,
    )
  })
})
