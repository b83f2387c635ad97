/**
 * The real `mermaid` parser, as GitHub runs it to draw a chart. Mermaid expects a browser;
 * a jsdom window is enough for `mermaid.parse`, which only needs DOMPurify to load.
 */
import { JSDOM } from 'jsdom'

type Parse = (text: string) => Promise<unknown>
let parse: Parse | undefined

export async function loadMermaidParser(): Promise<Parse> {
  if (parse) return parse
  const dom = new JSDOM('<!doctype html><html><body></body></html>')
  const g = globalThis as Record<string, unknown>
  g.window ??= dom.window
  g.document ??= dom.window.document
  const { default: mermaid } = await import('mermaid')
  mermaid.initialize({ startOnLoad: false })
  parse = (text) => mermaid.parse(text)
  return parse
}

/** The bodies of every `~~~mermaid` block in a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^~~~mermaid\n([\s\S]*?)^~~~$/gm)].map((m) => m[1] as string)
}
