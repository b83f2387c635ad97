/**
 * A comment as a reviewer sees it: the markdown turned into HTML as GitHub does (GFM tables,
 * raw `<details>`, `<sub>` and `<br>` passed through, Mermaid blocks drawn by the real
 * `mermaid`), styled with GitHub's own markdown CSS (`github-markdown-css`, light or dark), in
 * headless Chromium driven by `playwright-core`. Only the tests use it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { Marked } from 'marked'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** Where Chromium is looked for: `CHROMIUM_PATH`, then the Debian package, then Google Chrome (GitHub's runners have it). */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/** The Chromium (or Chrome) binary to drive, or null when none is installed. */
export function findChromium(): string | null {
  const given = process.env.CHROMIUM_PATH
  if (given) return existsSync(given) ? given : null
  for (const c of CANDIDATES) if (existsSync(c)) return c
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim()
    return found || null
  } catch {
    return null
  }
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** GFM to HTML; a `mermaid` block becomes the `<pre class="mermaid">` that mermaid draws. */
export function markdownToHtml(markdown: string): string {
  const marked = new Marked({ gfm: true })
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'mermaid') return `<pre class="mermaid">${escapeHtml(text)}</pre>\n`
        return false
      },
    },
  })
  return marked.parse(markdown, { async: false })
}

export type Theme = 'light' | 'dark'

/** A page of one comment: GitHub's markdown CSS, the comment box's 16 px padding, the page as wide as the viewport. */
export function commentPage(markdown: string, theme: Theme): string {
  const css = readFileSync(require.resolve(`github-markdown-css/github-markdown-${theme}.css`), 'utf8')
  const background = theme === 'dark' ? '#0d1117' : '#ffffff'
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
html, body { margin: 0; background: ${background}; }
.markdown-body { box-sizing: border-box; padding: 16px; }
</style></head><body><article class="markdown-body" id="comment">${markdownToHtml(markdown)}</article></body></html>`
}

export interface Rendered {
  /** The comment's height in CSS pixels. */
  height: number
  /** One entry per Mermaid block: whether it became an SVG, and any error mermaid raised. */
  charts: { svg: boolean; error: string | null; height: number }[]
  page: Page
}

/** A browser, started with a fresh profile and nothing that reaches the network. */
export async function launchBrowser(
  executablePath: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'mag-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 780, height: 900 },
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Renders one comment in a page of the context, Mermaid charts drawn, and measures it. */
export async function renderComment(context: BrowserContext, markdown: string, theme: Theme): Promise<Rendered> {
  const page = await context.newPage()
  // Nothing leaves the page: no request but the page itself is answered.
  await page.route('**/*', (route) => route.abort())
  await page.setContent(commentPage(markdown, theme), { waitUntil: 'load' })
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
  const charts = await page.evaluate(
    async (mermaidTheme) => {
      const m = (window as unknown as { mermaid: MermaidApi }).mermaid
      interface MermaidApi {
        initialize: (c: object) => void
        render: (id: string, text: string) => Promise<{ svg: string }>
      }
      m.initialize({ startOnLoad: false, theme: mermaidTheme, securityLevel: 'strict' })
      const out: { svg: boolean; error: string | null; height: number }[] = []
      const blocks = [...document.querySelectorAll('pre.mermaid')]
      for (const [i, pre] of blocks.entries()) {
        const text = pre.textContent ?? ''
        try {
          const { svg } = await m.render(`chart${i}`, text)
          const holder = document.createElement('div')
          holder.className = 'mermaid-chart'
          holder.innerHTML = svg
          pre.replaceWith(holder)
          const drawn = holder.querySelector('svg')
          const error = holder.querySelector('.error-icon, .error-text') ? 'mermaid drew its error diagram' : null
          out.push({ svg: drawn !== null, error, height: holder.getBoundingClientRect().height })
        } catch (e) {
          out.push({ svg: false, error: String(e), height: 0 })
        }
      }
      return out
    },
    theme === 'dark' ? 'dark' : 'default',
  )
  const height = await page.evaluate(
    () => (document.getElementById('comment') as HTMLElement).getBoundingClientRect().height,
  )
  return { height, charts, page }
}
