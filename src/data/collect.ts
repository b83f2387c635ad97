/**
 * A full garbage collection, now. V8 collects its heap as it grows, but memory held outside it
 * (WebAssembly memories, typed arrays' buffers) is freed only when a full collection finds it
 * unreachable, and the heap may not grow enough to start one: the fast pass's 15 MB scan memory
 * and a bootstrap's 30 MB of replicate arrays stayed resident through the rendering of a
 * 20,000-group report; the Parquet reader collects every million decoded values. The collector is
 * reached as jest's leak detector reaches it (`--expose-gc`, then `gc` from a new context): the
 * action runs as `node dist/index.js`, with no flags to give.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null = null

/** Bytes let go of below which a collection is not worth its few milliseconds. */
export const COLLECT_FROM_BYTES = 8 * 1024 * 1024

/** Collects garbage now (about 10 to 40 ms for a heap of 20 to 100 MB). */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
