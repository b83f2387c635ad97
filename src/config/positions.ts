/**
 * Where a config node is: JSON paths (`audits[0].gates[1]`) and their line and column in the
 * YAML or JSON text, for every message the loader gives.
 */
import type { SourcePos } from './types.js'

/** A step of a path into the config: a key or an index. */
export type PathSeg = string | number

/** Where the values of one config text are, by key path (the YAML loader's and the JSON fast path's). */
export interface Positions {
  /** Position of the value at `path` (or of its key when `key` is set); falls back to the nearest existing parent. */
  at(path: readonly PathSeg[], key?: boolean): SourcePos | undefined
}

/** `audits[0].gates[1].max` */
export function formatPath(path: readonly PathSeg[]): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '')
}

export function parsePointer(pointer: string): PathSeg[] {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}
