/**
 * The rendered COMPAS comment under docs/ is generated here from the real example, so the
 * README's "what the comment looks like" is never hand-written or stale. The passing
 * config CI's dogfood job runs is checked to pass.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runConfigFile } from '../../src/audit.js'
import { renderCommentBody } from '../../src/report/comment-body.js'

const ROOT = join(import.meta.dirname, '..', '..')

describe('docs', () => {
  it('docs/compas-comment.md is the comment the action posts for the COMPAS example', async () => {
    const out = await runConfigFile('examples/compas/model-audit.yml', { workspace: ROOT })
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const body = renderCommentBody(out.report, { commit: '3f2c1a9b7d4e5f60718293a4b5c6d7e8f9012345' })
    expect(body.shortened).toBeNull()
    expect(body.markdown).toMatch(
      /^<!-- model-audit-gate config="examples%2Fcompas%2Fmodel-audit\.yml" -->\n## ❌ Model audit failed: 2 of 6 gates breached/,
    )
    await expect(body.markdown).toMatchFileSnapshot(join(ROOT, 'docs', 'compas-comment.md'))
  })

  it('the passing COMPAS config that CI dogfoods passes every gate', async () => {
    const out = await runConfigFile('examples/compas/model-audit.passing.yml', { workspace: ROOT })
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    expect(out.report.summary).toEqual({ gates: 3, failed: 0, warned: 0, insufficient: 0, passed: 3 })
  })
})
