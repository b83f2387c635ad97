/**
 * The warehouse path in a real PostgreSQL (PGlite): the query `countsQuery` prints for
 * `--dialect postgres`, run on a table loaded from the fixture, gives counts whose audit
 * (`format: counts`) is the audit of the rows — the same groups, numbers, disparities and gates.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { countsQuery } from '../../src/sql/generate.js'
import { auditReport, parsedAudit } from '../support/duckdb.js'
import { countsFromPostgres, createPostgres, loadTable, type PGlite } from '../support/postgres.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

const SYNTHETIC = readFileSync(
  join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'synthetic-10k.csv'),
  'utf8',
)

let ws: Workspace
let pg: PGlite
beforeAll(async () => {
  ws = makeWorkspace()
  pg = await createPostgres()
})
afterAll(async () => {
  await pg.close()
  ws.cleanup()
})

function auditEntry(data: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'model',
    data,
    label: 'y_true',
    prediction: 'y_pred',
    sensitive: ['gender', 'race', 'age_band'],
    intersections: [['gender', 'race']],
    metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate', 'precision', 'f1'],
    min_group_size: 30,
    gates: [
      { metric: 'demographic_parity_difference', max: 0.1 },
      { metric: 'equalized_odds_ratio', min: 0.8, attribute: ['gender', 'race'] },
      { metric: 'accuracy', min: 0.7 },
      { metric: 'true_positive_rate_group_min', min: 0.3, attribute: 'race' },
    ],
    ...extra,
  }
}

/** Everything but where the data came from. */
function comparable(r: AuditReport): unknown {
  const { data: _data, warnings: _warnings, ...rest } = r
  return rest
}

describe('counts from PostgreSQL = rows', () => {
  it.each([
    ['TEXT', {}],
    ['typed', { y_true: 'INTEGER', y_pred: 'SMALLINT', score: 'DOUBLE PRECISION' }],
  ])('GROUPING SETS counts give the same report as the rows (synthetic 10k, %s columns)', async (_, types) => {
    ws.write('rows.csv', SYNTHETIC)
    const rows = await auditReport(ws, auditEntry('rows.csv'))
    await loadTable(pg, ws, 'rows.csv', types)
    const sql = countsQuery(parsedAudit(auditEntry('rows.csv')), { dialect: 'postgres', table: 'predictions' })
    const csv = await countsFromPostgres(pg, ws, sql, 'counts.csv')
    expect(csv.split('\n')[0]).toBe(
      'grouping_set,gender,race,age_band,tp,fp,tn,fn,n_label_values,n_prediction_values,n_rows',
    )
    const counts = await auditReport(ws, auditEntry('counts.csv', { format: 'counts' }))
    expect(comparable(counts)).toEqual(comparable(rows))
    expect(counts.rows).toBe(10_000)
    expect(new Set(rows.gates.map((g) => g.status))).toEqual(new Set(['pass', 'fail']))
  })
})
