/** `model-audit-gate sql` and the pass's progress reports. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runConfigText } from '../../src/audit.js'
import { runCli } from '../../src/cli/run.js'
import type { PassProgress } from '../../src/data/extract.js'
import { formatProgress } from '../../src/data/progress.js'
import { captureIO as io } from '../support/cli-io.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'


let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

const CONFIG = `audits:
  - name: credit
    data: preds.csv
    label: outcome
    prediction: decision
    positive_label: approved
    sensitive: [sex, race]
    intersections: [[sex, race]]
  - name: scored
    data: preds.csv
    label: y
    score: risk
    threshold: 0.3
    sensitive: [region]
    missing: group
    missing_group: "n/a"
`

describe('model-audit-gate sql', () => {
  it('prints the GROUPING SETS query of the chosen audit', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    const t = io(ws.dir)
    expect(await runCli(['sql', '--audit', 'credit', '--table', 'ml.preds'], t)).toBe(0)
    expect(t.err).toBe('')
    expect(t.out).toContain(`CASE WHEN "outcome" = 'approved' THEN 1 WHEN "outcome" IS NOT NULL THEN 0 END AS audit_y`)
    expect(t.out).toContain('FROM ml.preds')
    expect(t.out).toContain('GROUP BY GROUPING SETS (("sex"), ("race"), ("sex", "race"), ())')
    expect(t.out).toContain(`WHEN GROUPING("sex") = 0 AND GROUPING("race") = 0 THEN 'sex,race'`)
  })

  it.each([
    ['spark', '`region`', "COALESCE(CAST(`region` AS STRING), 'n/a')"],
    ['bigquery', '`region`', "COALESCE(CAST(`region` AS STRING), 'n/a')"],
    ['postgres', '"region"', `COALESCE(CAST("region" AS TEXT), 'n/a')`],
  ])('%s: quoting, a score threshold and missing: group', async (dialect, ident, coalesce) => {
    ws.write('.github/model-audit.yml', CONFIG)
    const t = io(ws.dir)
    expect(await runCli(['sql', '-a', 'scored', '--dialect', dialect], t)).toBe(0)
    expect(t.out).toContain(`GROUPING(${ident}) = 0`)
    expect(t.out).toContain(coalesce)
    expect(t.out).toMatch(/CASE WHEN [`"]risk[`"] >= 0\.3 THEN 1/)
  })

  it('says what is wrong: no --audit among several, an unknown audit or dialect', async () => {
    ws.write('.github/model-audit.yml', CONFIG)
    const cases: [string[], RegExp][] = [
      [['sql'], /the config has 2 audits; choose one with --audit \(credit, scored\)/],
      [['sql', '-a', 'credt'], /no audit named 'credt'.*credit/],
      [['sql', '-a', 'credit', '-d', 'duckbd'], /unknown dialect 'duckbd'.*duckdb/],
    ]
    for (const [argv, message] of cases) {
      const t = io(ws.dir)
      expect(await runCli(argv, t)).toBe(2)
      expect(t.err).toMatch(message)
      expect(t.out).toBe('')
    }
  })
})

describe('progress', () => {
  it('reports rows and bytes as the fast pass goes, ending at the whole file', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i % 2},${(i >> 1) % 2},g${i % 3}`)
    const content = `y,p,g\n${rows.join('\n')}\n`
    ws.write('big.csv', content)
    const seen: PassProgress[] = []
    const out = await runConfigText(JSON.stringify({ audits: [{ name: 'a', data: 'big.csv', label: 'y', prediction: 'p', sensitive: ['g'] }] }), 'c.yml', {
      workspace: ws.dir,
      onProgress: (audit, p) => {
        expect(audit).toBe('a')
        seen.push(p)
      },
      progressIntervalMs: 0,
    })
    expect(out.ok).toBe(true)
    expect(seen.length).toBeGreaterThanOrEqual(3)
    for (let i = 1; i < seen.length; i++) expect((seen[i] as PassProgress).rows).toBeGreaterThanOrEqual((seen[i - 1] as PassProgress).rows)
    expect(seen.at(-1)).toEqual({ file: 'big.csv', rows: 200_000, bytes: content.length, totalBytes: content.length })
    expect(formatProgress(seen.at(-1) as PassProgress, 2000)).toBe(`big.csv: 200,000 rows, 100,000 rows/s, 100% of ${(content.length / 1e6).toFixed(0)} MB`)
  })
})
