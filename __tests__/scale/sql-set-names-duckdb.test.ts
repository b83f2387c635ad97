/**
 * A group column whose name holds a comma or spaces, in the `grouping_set` text (red team 29 R29-9).
 * The query names a set by its columns joined with commas, so a sensitive column `a,b` beside the
 * intersection [a, b] (or a column `()`, the overall row's other spelling) gave two sets one name:
 * `sql` printed the query, and the counts audit refused its result with messages about NULL values
 * and missing sets. Both now refuse the config, naming the two groupings. A column `b,a` or `b, a`
 * alone collides with nothing, but the counts reader looked its set up by the column's name while
 * it reads a set's text split at commas and trimmed, so its rows were never found ("no rows with
 * grouping_set 'b,a'"): now the query's counts give the rows' report.
 */
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { countsQuery } from '../../src/sql/generate.js'
import { captureIO as io } from '../support/cli-io.js'
import { duckDbFixture, parsedAudit } from '../support/duckdb.js'

const duck = duckDbFixture()

const ROWS = 'a,b,"a,b","b,a","b, a","()",y,p\nx,u,q,q,q,q,1,1\nx,v,q,r,q,q,0,1\ny,u,r,q,r,r,1,0\ny,v,r,r,r,r,0,0\n'

describe('grouping_set names (R29-9)', () => {
  it.each([
    [['a', 'b', 'a,b'], [['a', 'b']], "the column 'a,b' and the set ['a', 'b'] have one `grouping_set` name, 'a,b'"],
    [['a', 'b', 'b,a'], [['a', 'b']], "the column 'b,a' and the set ['a', 'b'] have one `grouping_set` name, 'a,b'"],
    [['a', '()'], [], "the overall row and the column '()' have one `grouping_set` name, ''"],
  ])(
    'sensitive %j with intersections %j: refused by sql and by the counts audit, not by the rows',
    async (sensitive, intersections, said) => {
      duck.ws.write('rows.csv', ROWS)
      const entry = { name: 'm', label: 'y', prediction: 'p', sensitive, intersections, min_group_size: 1 }
      duck.ws.write('.github/model-audit.yml', JSON.stringify({ audits: [{ ...entry, data: 'rows.csv' }] }))
      const t = io(duck.ws.dir)
      expect(await runCli(['sql'], t)).toBe(2)
      expect(t.out).toBe('')
      expect(t.err).toContain(`model-audit-gate sql: ${said}`)
      expect(t.err).toContain('nothing was printed: rename the column in the data and the config')
      await duck.report({ ...entry, data: 'rows.csv' })
      duck.ws.write('counts.csv', 'grouping_set,tp,fp,tn,fn\n,1,1,1,1\n')
      const problems = await duck.ws.problems({ audits: [{ ...entry, data: 'counts.csv', format: 'counts' }] })
      expect(problems.filter((p) => p.includes(said))).toEqual([expect.stringMatching(/^audit\.yml:\d+:\d+: /)])
    },
  )

  it.each([['b,a'], ['b, a']])('a column %j alone: the query’s counts give the rows’ report', async (column) => {
    duck.ws.write('rows.csv', ROWS)
    const entry = {
      name: 'm',
      label: 'y',
      prediction: 'p',
      sensitive: ['a', column],
      intersections: [['a', column]],
      min_group_size: 1,
      confidence: false,
    }
    const sql = countsQuery(parsedAudit({ ...entry, data: 'rows.csv' }), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const report = async (data: string, extra: Record<string, unknown> = {}) => {
      const a = await duck.report({ ...entry, data, ...extra })
      return a.groups.map((g) => [g.attribute, g.key, g.counts])
    }
    const rows = await report('rows.csv')
    expect(rows).toHaveLength(2 + 2 + 4)
    expect(await report('counts.csv', { format: 'counts' })).toEqual(rows)
  })
})
