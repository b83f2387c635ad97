/**
 * A gzipped delimited file inflated once for a pass over it, shared by the fast CSV pass and
 * csv-parse: where the fast pass stops at a record it does not read (a cell over 1 MiB), csv-parse
 * reads that record from the bytes already inflated, and the fast pass reads on after it from
 * the same stream. Each stop inflated the file again from its first byte, so csv-parse read on to
 * the end instead: a 700 KB `.csv.gz` whose first record holds a 1.1 MB cell, then 8 million short
 * rows, cost csv-parse ~40 s of CPU an audit where the fast pass takes under 1 (red team 12 R12-6).
 */
import { createReadStream, type ReadStream } from 'node:fs'
import type { Transform } from 'node:stream'
import { verifiedStreamFs } from '../files/open.js'
import { nodeZlib } from '../lazy-builtins.js'
import { sizeCap } from './guards.js'
import type { ByteSource, CsvSource } from './table.js'

/**
 * The inflated bytes of a gzipped file, read forward through one gunzip stream (and the same size
 * cap as every read of it), of which those from the earliest a reader may still ask for are held.
 * Readers ask for bytes at an offset (`at`); the fast pass lets go of those before the record it
 * reads (`release`), so what is held is its buffer's worth, plus what csv-parse read since a stop.
 */
export class InflatedFile implements ByteSource {
  private raw: ReadStream | null = null
  private stream: Transform | null = null
  private chunks: AsyncIterator<Buffer> | null = null
  /** Held chunks, from index `first` on; `starts[i]`: the offset in the inflated bytes of `held[i]`. */
  private held: Buffer[] = []
  private starts: number[] = []
  private first = 0
  /** Bytes inflated so far: the held chunks end here. */
  private inflated = 0
  /** Bytes before this are let go. */
  private heldFrom = 0
  private done = false
  private failure: { error: unknown } | null = null
  private pulling: Promise<void> | null = null
  private closed = false

  constructor(
    private readonly src: CsvSource,
    /** Bytes read, and inflated, at a time: the fast pass's buffer (16 KiB inflated chunks cost it a third more CPU). */
    private readonly chunkBytes: number,
  ) {}

  /** Compressed bytes read so far (the progress line's). */
  get compressedBytes(): number {
    return this.raw?.bytesRead ?? 0
  }

  /** Inflated bytes from `offset` on, up to the end of a chunk; null past the end of the file. */
  async at(offset: number): Promise<Buffer | null> {
    for (;;) {
      if (offset < this.heldFrom)
        throw new Error(`inflated bytes from ${offset} were let go (held from ${this.heldFrom})`)
      if (offset < this.inflated) return this.heldAt(offset)
      if (this.failure) throw this.failure.error
      if (this.done) return null
      await this.pull()
    }
  }

  /** No reader asks for bytes before `offset` again. */
  release(offset: number): void {
    if (offset <= this.heldFrom) return
    this.heldFrom = Math.min(offset, this.inflated)
    const held = this.held
    while (this.first < held.length - 1 && (this.starts[this.first + 1] as number) <= this.heldFrom) {
      held[this.first] = EMPTY
      this.first++
    }
    // Let the arrays go now and then, not at each release.
    if (this.first >= 1024 && this.first * 2 >= held.length) {
      this.held = held.slice(this.first)
      this.starts = this.starts.slice(this.first)
      this.first = 0
    }
  }

  /** Ends the stream and lets go of every byte (the pass is done with the file). */
  close(): void {
    this.closed = true
    this.stream?.destroy()
    this.raw?.destroy()
    this.held = []
    this.starts = []
    this.first = 0
    this.heldFrom = this.inflated
  }

  private heldAt(offset: number): Buffer {
    // The last chunk whose start is at or before `offset` (binary search: tiny test chunks make many).
    let lo = this.first
    let hi = this.held.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return (this.held[lo] as Buffer).subarray(offset - (this.starts[lo] as number))
  }

  private open(): AsyncIterator<Buffer> {
    const src = this.src
    const raw = createReadStream(src.path, {
      highWaterMark: this.chunkBytes,
      fs: verifiedStreamFs(src.limits.identity),
    })
    // The same guard as every read of a gzipped file: a gzip bomb stops at the cap, with its message.
    const gunzip = nodeZlib().createGunzip({ chunkSize: Math.max(64, this.chunkBytes) })
    const cap = sizeCap(src.display, src.limits, { gunzip, source: raw })
    raw.on('error', (e) => cap.destroy(e))
    gunzip.on('error', (e) => cap.destroy(e))
    this.raw = raw
    this.stream = cap
    raw.pipe(gunzip).pipe(cap)
    return (cap as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  }

  /** The next chunk of the stream into the held ones; one pull at a time, whoever asks. */
  private pull(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the inflated file was closed'))
    this.chunks ??= this.open()
    this.pulling ??= this.chunks.next().then(
      (r) => {
        this.pulling = null
        if (r.done) {
          this.done = true
          return
        }
        const chunk = r.value
        if (chunk.length === 0) return
        if (this.closed) return
        this.held.push(chunk)
        this.starts.push(this.inflated)
        this.inflated += chunk.length
      },
      (e: unknown) => {
        this.pulling = null
        this.failure = { error: e }
      },
    )
    return this.pulling
  }
}

const EMPTY = Buffer.alloc(0)
