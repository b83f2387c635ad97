/**
 * The comment as a reviewer sees it: the COMPAS comment body (and a passing one) rendered in
 * headless Chromium at 780 px, GitHub's markdown CSS light and dark, Mermaid drawn by the real
 * mermaid. The rendered markdown sources are committed under __tests__/__outputs__/comment/;
 * screenshots go beside them, ignored by git.
 *
 * Chromium missing: the test fails in CI (`CI` set, as GitHub Actions and .ci/run set it),
 * since a browser test that skips there would pass without ever running; locally it is
 * skipped with a message saying how to install it (`apt-get install chromium`, or
 * `CHROMIUM_PATH`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { runConfigFile } from '../../src/audit.js'
import { renderCommentBody } from '../../src/report/comment-body.js'
import { findChromium, launchBrowser, renderComment, type Theme } from '../support/browser.js'

const ROOT = join(import.meta.dirname, '..', '..')
const OUT = join(ROOT, '__tests__', '__outputs__', 'comment')
const chromiumPath = findChromium()
const missing =
  'Chromium not found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/google-chrome): install it with ' +
  '`apt-get install -y --no-install-recommends chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary'

if (!chromiumPath && !process.env.CI) console.warn(`comment-browser.test.ts skipped: ${missing}`)

describe.skipIf(!chromiumPath && !process.env.CI)('the comment in Chromium at 780 px', () => {
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined
  const bodies: Record<string, string> = {}

  beforeAll(async () => {
    if (!chromiumPath) throw new Error(missing)
    browser = await launchBrowser(chromiumPath)
    for (const [name, config] of [
      ['compas', 'examples/compas/model-audit.yml'],
      ['compas-passing', 'examples/compas/model-audit.passing.yml'],
    ] as const) {
      const out = await runConfigFile(config, { workspace: ROOT })
      if (!out.ok) throw new Error(JSON.stringify(out.problems))
      bodies[name] = renderCommentBody(out.report, { commit: '0123456789abcdef' }).markdown
    }
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('commits the markdown the screenshots are of', async () => {
    await expect(bodies.compas).toMatchFileSnapshot(join(OUT, 'compas.md'))
    await expect(bodies['compas-passing']).toMatchFileSnapshot(join(OUT, 'compas-passing.md'))
  })

  it.each<Theme>(['light', 'dark'])(
    'COMPAS (%s): at most half the height of the comment before the redesign, the failing gates on the first screen',
    async (theme) => {
      const context = (browser as { context: BrowserContext }).context
      // The comment as it was (commit a111a99), rendered here too: the ratio holds whatever fonts the machine has.
      const before = await renderComment(context, readFileSync(join(OUT, 'compas-before.md'), 'utf8'), theme)
      const after = await renderComment(context, bodies.compas as string, theme)
      await after.page.screenshot({ path: join(OUT, `compas-${theme}.png`), fullPage: true })
      console.info(
        `COMPAS comment, ${theme}, 780 px: ${Math.round(before.height)} px before, ${Math.round(after.height)} px now`,
      )
      expect(after.height).toBeLessThanOrEqual(before.height / 2)

      expect(after.charts).toHaveLength(1)
      for (const c of after.charts) {
        expect(c.error).toBeNull()
        expect(c.svg).toBe(true)
        expect(c.height).toBeLessThanOrEqual(300)
      }
      // The chart is of the most severe breach (FNR by race, 2.97 past its bound), with its threshold as a line.
      const chart = await after.page.evaluate(() => document.querySelector('.mermaid-chart svg')?.textContent ?? '')
      expect(chart).toContain('FNR by race, line at lowest + 0.1')
      expect(chart).toContain('0.6767')

      // Each failing gate's row — its name, its groups, its threshold — ends within the first 900 px.
      const rows = await after.page.evaluate(() =>
        [...document.querySelectorAll('table')][0]
          ? [...(document.querySelector('table') as HTMLTableElement).rows].map((r) => ({
              text: r.textContent ?? '',
              bottom: r.getBoundingClientRect().bottom,
            }))
          : [],
      )
      for (const gate of ['False positive rates differ by race', 'False negative rates differ by race']) {
        const row = rows.find((r) => r.text.includes(gate))
        expect(row, gate).toBeDefined()
        expect(row?.text).toContain('African-American')
        expect(row?.text).toContain('Other')
        expect(row?.text).toContain('≤ 0.1')
        expect(row?.bottom).toBeLessThanOrEqual(900)
      }
      const top = await after.page.evaluate(() => document.querySelector('h2')?.textContent ?? '')
      expect(top).toContain('False negative rates differ by race')
      // Passing attributes are folded: the sex table is in a closed <details>.
      const sexHidden = await after.page.evaluate(() =>
        [...document.querySelectorAll('details')].some(
          (d) => !d.open && (d.querySelector('summary')?.textContent ?? '').includes('By sex'),
        ),
      )
      expect(sexHidden).toBe(true)
      await Promise.all([before.page.close(), after.page.close()])
    },
    120_000,
  )

  it.each<Theme>(['light', 'dark'])(
    'a passing comment (%s) is short and its folded chart draws',
    async (theme) => {
      const context = (browser as { context: BrowserContext }).context
      const r = await renderComment(context, bodies['compas-passing'] as string, theme)
      await r.page.screenshot({ path: join(OUT, `compas-passing-${theme}.png`), fullPage: true })
      for (const c of r.charts) {
        expect(c.error).toBeNull()
        expect(c.svg).toBe(true)
      }
      expect(r.height).toBeLessThanOrEqual(900)
      await r.page.close()
    },
    120_000,
  )
})
