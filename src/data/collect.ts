/**
 * A full garbage collection, now. V8 collects its heap as it grows, but memory held outside it
 * (WebAssembly memories, typed arrays' buffers) is freed only when a full collection finds it
 * unreachable, and the heap may not grow enough to start one: the fast pass's 15 MB scan memory
 * and a bootstrap's 30 MB of replicate arrays stayed resident through the rendering of a
 * 20,000-group report; the Parquet reader collects every million decoded values. The collector is
 * reached as jest's leak detector reaches it (`--expose-gc`, then `gc` from a new context): the
 * action runs as `node dist/index.js`, with no flags to give.
 */
import { nodeV8, nodeVm } from '../lazy-builtins.js'

let collect: (() => void) | null = null

/** Bytes let go of below which a collection is not worth its few milliseconds. */
export const COLLECT_FROM_BYTES = 8 * 1024 * 1024

/** Collects garbage now (about 10 to 40 ms for a heap of 20 to 100 MB). */
export function collectGarbage(): void {
  if (!collect) {
    nodeV8().setFlagsFromString('--expose-gc')
    collect = nodeVm().runInNewContext('gc') as () => void
  }
  collect()
}

/**
 * Heap in use below which `collectLargeHeap` does not collect. The action collects before its
 * comment and its summary so that a large report (20,000 groups: a 40 MB render on a heap of
 * hundreds of MB) renders on a heap cleared of the audit's garbage (red team 12 R12-2); a small
 * report's heap is some 17 MB at that point (the bench's 1,000-row audit, of which a collection
 * freed 3.6 MB), and its two collections took 11 ms each, about a tenth of the action's CPU.
 */
export const COLLECT_HEAP_FROM_BYTES = 4 * COLLECT_FROM_BYTES

/** Collects garbage now if the heap holds at least `from` bytes (`COLLECT_HEAP_FROM_BYTES`); whether it did. */
export function collectLargeHeap(from = COLLECT_HEAP_FROM_BYTES): boolean {
  if (nodeV8().getHeapStatistics().used_heap_size < from) return false
  collectGarbage()
  return true
}
