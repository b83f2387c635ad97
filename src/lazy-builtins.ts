/**
 * Node built-ins that only some runs use, loaded at their first use instead of with the
 * pipeline: `node:v8` (the AUC's optimizing compile of a large audit, the explicit garbage
 * collections), `node:vm` (the collector's `gc`) and `node:zlib` (`.gz` inputs). A static import
 * loads a built-in with the module that imports it, and the bundle loads the pipeline's modules
 * all at once, so every run paid for them: `node:v8` alone (with its heap-snapshot and
 * serializer modules) took 3-4 ms of CPU of a 1,000-row CSV audit on the 2-core machine, and none
 * of the three is used by one.
 */
import { createRequire } from 'node:module'
import type * as V8 from 'node:v8'
import type * as Vm from 'node:vm'
import type * as Zlib from 'node:zlib'

const load = createRequire(import.meta.url)

let v8: typeof V8 | undefined
let vm: typeof Vm | undefined
let zlib: typeof Zlib | undefined

/** `node:v8`, loaded on first use. */
export function nodeV8(): typeof V8 {
  return (v8 ??= load('node:v8') as typeof V8)
}

/** `node:vm`, loaded on first use. */
export function nodeVm(): typeof Vm {
  return (vm ??= load('node:vm') as typeof Vm)
}

/** `node:zlib`, loaded on first use. */
export function nodeZlib(): typeof Zlib {
  return (zlib ??= load('node:zlib') as typeof Zlib)
}
