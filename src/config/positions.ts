/**
 * Where a config node is: JSON paths (`audits[0].gates[1]`) and their line and column in the
 * YAML or JSON text, for every message the loader gives.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml'
import type { SourcePos } from './types.js'

/** A step of a path into the config: a key or an index. */
export type PathSeg = string | number

/** Positions in one YAML document, by key path. */
export class Positions {
  constructor(
    private readonly doc: Document,
    private readonly lc: LineCounter,
  ) {}

  /** Position of the value at `path` (or of its key when `key` is set); falls back to the nearest existing parent. */
  at(path: readonly PathSeg[], key = false): SourcePos | undefined {
    let node: unknown = this.doc.contents
    let best: SourcePos | undefined = this.pos(node)
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]
      const last = i === path.length - 1
      if (isMap(node)) {
        const pair = this.keysOf(node).get(String(seg))
        if (!pair) return best
        if (last && key) return this.pos(pair.key) ?? best
        node = pair.value
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg]
      } else {
        return best
      }
      best = this.pos(node) ?? best
    }
    return best
  }

  /** A mapping's pairs by key text, first one of each, built once per mapping: one lookup per problem, not a scan. */
  private keysOf(map: YAMLMap): Map<string, Pair> {
    let keys = this.index.get(map)
    if (!keys) {
      keys = new Map()
      for (const p of map.items)
        if (isPair(p) && isScalar(p.key) && !keys.has(String(p.key.value))) keys.set(String(p.key.value), p as Pair)
      this.index.set(map, keys)
    }
    return keys
  }

  private readonly index = new WeakMap<YAMLMap, Map<string, Pair>>()

  private pos(node: unknown): SourcePos | undefined {
    const range = (node as Node | null)?.range
    if (!range) return undefined
    const { line, col } = this.lc.linePos(range[0])
    return { line, column: col }
  }
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
