/**
 * The warehouse path, end to end in a real DuckDB: the query `countsQuery` prints turns the
 * predictions into counts, and the audit of those counts (`format: counts`) is the audit
 * of the rows — the same groups, numbers, disparities and gates — in both counts shapes
 * and with each missing-value policy.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { normaliseLabel } from '../../src/data/values.js'
import { binary, binaryKey, countsQuery } from '../../src/sql/generate.js'
import { comparable, duckDbFixture, parsedAudit } from '../support/duckdb.js'
import { SYNTHETIC_10K, syntheticEntry } from '../support/synthetic.js'

const duck = duckDbFixture({ perTest: true })

describe('counts from DuckDB = rows', () => {
  it('GROUPING SETS counts give the same report as the rows (synthetic 10k)', async () => {
    duck.ws.write('rows.csv', SYNTHETIC_10K)
    const rows = await duck.report(syntheticEntry('rows.csv'))
    const sql = countsQuery(parsedAudit(syntheticEntry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    const csv = await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    expect(csv.split('\n')[0]).toBe(
      'grouping_set,gender,race,age_band,tp,fp,tn,fn,n_label_values,n_prediction_values,n_rows',
    )
    const counts = await duck.report(syntheticEntry('counts.csv', { format: 'counts' }))
    expect(comparable(counts)).toEqual(comparable(rows))
    expect(counts.rows).toBe(10_000)
    // The gates are not vacuous: at least one fails and one passes on this data.
    expect(new Set(rows.gates.map((g) => g.status))).toEqual(new Set(['pass', 'fail']))
  })

  it('a plain GROUP BY of every attribute (cells) gives the same report too', async () => {
    duck.ws.write('rows.csv', SYNTHETIC_10K)
    const rows = await duck.report(syntheticEntry('rows.csv'))
    await duck.countsFromDuckDb(
      'rows.csv',
      `SELECT gender, race, age_band,
         SUM(CASE WHEN y_true = 1 AND y_pred = 1 THEN 1 ELSE 0 END) AS tp, SUM(CASE WHEN y_true = 0 AND y_pred = 1 THEN 1 ELSE 0 END) AS fp,
         SUM(CASE WHEN y_true = 0 AND y_pred = 0 THEN 1 ELSE 0 END) AS tn, SUM(CASE WHEN y_true = 1 AND y_pred = 0 THEN 1 ELSE 0 END) AS fn
       FROM predictions GROUP BY ALL ORDER BY ALL`,
      'cells.csv',
    )
    expect(comparable(await duck.report(syntheticEntry('cells.csv', { format: 'counts' })))).toEqual(comparable(rows))
  })

  it.each(['group', 'drop'])(
    'with missing values and missing: %s, a score threshold and a text label',
    async (missing) => {
      // Every 7th gender and every 11th race blank; labels as text; prediction from the score.
      const lines = SYNTHETIC_10K.trimEnd().split('\n')
      const edited = lines.map((l, i) => {
        if (i === 0) return l
        const c = l.split(',')
        if (i % 7 === 0) c[4] = ''
        if (i % 11 === 0) c[5] = ''
        c[1] = c[1] === '1' ? 'granted' : 'denied'
        return c.join(',')
      })
      duck.ws.write('rows.csv', `${edited.join('\n')}\n`)
      const entry = (data: string, extra: Record<string, unknown> = {}) => {
        const { prediction: _p, ...base } = syntheticEntry(data, {
          missing,
          ...(missing === 'group' ? { missing_group: 'unknown' } : {}),
          positive_label: 'granted',
          score: 'score',
          threshold: 0.45,
          ...extra,
        })
        return base
      }
      const rows = await duck.report(entry('rows.csv'))
      const sql = countsQuery(parsedAudit(entry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
      await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
      const counts = await duck.report(entry('counts.csv', { format: 'counts' }))
      // The score gives ROC AUC on rows only; everything else must agree.
      const strip = (r: AuditReport): unknown =>
        JSON.parse(JSON.stringify(comparable(r), (k, v: unknown) => (k === 'roc_auc' ? undefined : v)))
      expect(strip(counts)).toEqual(strip(rows))
      expect(counts.dropped_rows).toBe(rows.dropped_rows)
      if (missing === 'group') expect(counts.groups.some((g) => g.group.gender === 'unknown')).toBe(true)
      else expect(rows.dropped_rows).toBeGreaterThan(0)
    },
  )
})

describe('a score the rows refuse is no prediction in the warehouse either (red team 14 R14-3)', () => {
  it.each(['nan', 'inf', '-inf'])('a score of %s: the rows and the counts are both refused', async (bad) => {
    const lines = ['y,s,g']
    for (let i = 0; i < 40; i++) lines.push(`${i % 2},${((i * 37) % 100) / 100},${'ABC'[i % 3]}`)
    lines[8] = `1,${bad},B`
    duck.ws.write('rows.csv', `${lines.join('\n')}\n`)
    const scored = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      name: 'model',
      data,
      label: 'y',
      score: 's',
      sensitive: ['g'],
      confidence: false,
      gates: [{ metric: 'selection_rate', each_group: { min: 0.3 } }],
      ...extra,
    })
    expect((await duck.ws.problems({ audits: [scored('rows.csv')] })).join('\n')).toMatch(
      /^rows\.csv:9:2: score column .s. has "-?(nan|inf)"; expected a finite number$/,
    )
    const sql = countsQuery(parsedAudit(scored('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    const counts = await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    // The score column is read as a number, its bad value included.
    expect(counts).toMatch(/^grouping_set,g,tp,fp,tn,fn,n_label_values,n_rows$/m)
    expect((await duck.ws.problems({ audits: [scored('counts.csv', { format: 'counts' })] })).join('\n')).toMatch(
      /counts\.csv:\d+:\d+: n_rows is \d+ but tp \+ fp \+ tn \+ fn is \d+: 1 row of this group has a NULL label or prediction \(a NULL, NaN or infinite score: the query reads no prediction from it, as the rows refuse it\)/,
    )
  })
})

describe('weighted counts from DuckDB = weighted rows', () => {
  const WEIGHTED = readFileSync(
    join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'v2', 'weighted-binary.csv'),
    'utf8',
  )
  const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'model',
    data,
    label: 'outcome',
    prediction: 'decision',
    weight: 'weight',
    sensitive: ['sex', 'region'],
    intersections: [['sex', 'region']],
    metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate', 'precision', 'f1'],
    min_group_size: 5,
    confidence: false,
    gates: [
      { metric: 'demographic_parity_difference', max: 0.1 },
      { metric: 'accuracy', min: 0.7 },
    ],
    ...extra,
  })

  /** The report's numbers, rounded to 12 significant digits: DuckDB sums weights in another order. */
  const rounded = (r: AuditReport): unknown =>
    JSON.parse(
      JSON.stringify(comparable(r), (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)),
    )

  it('w_ and w2_ columns of every cell, and the same report as the weighted rows (golden v2 weighted-binary)', async () => {
    duck.ws.write('rows.csv', WEIGHTED)
    const rows = await duck.report(entry('rows.csv'))
    const sql = countsQuery(parsedAudit(entry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    const csv = await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    expect(csv.split('\n')[0]).toBe(
      'grouping_set,sex,region,tp,fp,tn,fn,w_tp,w_fp,w_tn,w_fn,w2_tp,w2_fp,w2_tn,w2_fn,n_bad_weight,n_label_values,n_prediction_values,n_rows',
    )
    const counts = await duck.report(entry('counts.csv', { format: 'counts' }))
    expect(rounded(counts)).toEqual(rounded(rows))
    expect(counts.overall_weighted?.weight_sum).toBeCloseTo(rows.overall_weighted?.weight_sum as number, 9)
    expect(new Set(rows.gates.map((g) => g.status))).toEqual(new Set(['pass', 'fail']))
  })

  it('a NULL, negative or NaN weight in the warehouse is refused with the group that has it', async () => {
    const lines = WEIGHTED.trimEnd().split('\n')
    lines[5] = lines[5]!.replace(/,([0-9.]+),(male|female),/, ',-1,$2,')
    duck.ws.write('rows.csv', `${lines.join('\n')}\n`)
    const sql = countsQuery(parsedAudit(entry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const problems = await duck.ws.problems({ audits: [entry('counts.csv', { format: 'counts' })] })
    expect(problems.join('\n')).toMatch(
      /counts\.csv:\d+:\d+: 1 row of this group has a weight \('weight'\) that is NULL, negative, NaN, infinite or outside the rows' bounds; every row needs a weight of 0 or from 1e-12 to 1e12/,
    )
  })
})

describe('a text label or prediction is read as the rows read it (red team 14 R14-3, its second variant)', () => {
  const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'model',
    data,
    label: 'y',
    prediction: 'p',
    positive_label: '1',
    sensitive: ['g'],
    metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate'],
    confidence: false,
    gates: [
      { metric: 'true_positive_rate', each_group: { min: 0.5 } },
      { metric: 'accuracy', min: 0.6 },
    ],
    ...extra,
  })

  it("labels and predictions 1.0, True and 1 (0.0, False, 0): the counts give the rows' report and gates", async () => {
    // Each spelling of a class in each group; the text column holds them as written.
    const pos = ['1.0', 'True', '1', ' 1', 'TRUE', '1e0']
    const neg = ['0.0', 'False', '0', 'false', '-0', '0.']
    const lines = ['y,p,g']
    for (let i = 0; i < 120; i++) {
      const y = i % 2 === 0
      const p = i % 5 !== 0 ? y : !y
      lines.push(`${(y ? pos : neg)[i % 6]},${(p ? pos : neg)[(i >> 1) % 6]},${'AB'[i % 3 === 0 ? 1 : 0]}`)
    }
    duck.ws.write('rows.csv', `${lines.join('\n')}\n`)
    const rows = await duck.report(entry('rows.csv'))
    expect(rows.overall_counts.tp + rows.overall_counts.fn).toBe(60)
    const sql = countsQuery(parsedAudit(entry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    const counts = await duck.report(entry('counts.csv', { format: 'counts' }))
    expect(comparable(counts)).toEqual(comparable(rows))
    expect(rows.gates.map((g) => g.status)).toEqual(['pass', 'pass'])
  })

  it('every spelling, positive label and missing value: the query says what normaliseLabel says, or refuses', async () => {
    const values = [
      ...[
        '1',
        '1.0',
        ' 1 ',
        '+1',
        '1.',
        '.1e1',
        '1e0',
        '10e-1',
        '01',
        '1.000',
        '\u00a01\u3000',
        '\ufeff1',
        '\t1\n',
        '1\u000b',
        '\u00851',
      ],
      ...['0', '0.0', '-0', '.0', '0e5', '2', '0.5', '5e-1', '1e21', '1e+21', '-1', '1.5'],
      ...['True', 'true', 'TRUE', 'tRuE', 'False', 'false', 'FALSE', ' true', 'true ', 'yes', 'Yes', 'no', 'y'],
      ...['0x1', '1_0', '1,0', '1\u0085', '1 1', 'e1', '1e', '.', '+', 'Infinity', 'inf', 'nan ', '１', '١'],
      ...['', 'NA', 'nan', 'NaN', 'null', 'NULL', 'None', '<NA>', 'N/A', '#N/A', '-nan'],
    ]
    // Numbers the rows read but the query cannot compare exactly: NULL, which the counts audit refuses.
    const uncomparable = [`1${'0'.repeat(250)}`, '1e005', '1e999', `0.${'0'.repeat(210)}1`]
    const positives: (string | number | boolean)[] = [
      1,
      '1',
      '1.0',
      0,
      true,
      false,
      0.5,
      '1e21',
      'yes',
      'Yes',
      'Infinity',
    ]
    const con = await duck.db.connect()
    try {
      await con.run('CREATE OR REPLACE TABLE v (i INTEGER, y VARCHAR)')
      const all = [...values, ...uncomparable, null]
      const app = await con.createAppender('v')
      all.forEach((v, i) => {
        app.appendInteger(i)
        if (v === null) app.appendNull()
        else app.appendVarchar(v)
        app.endRow()
      })
      app.closeSync()
      for (const positive of positives) {
        const read = await con.runAndReadAll(
          `SELECT i, ${binary('y', positive, 'duckdb')} AS b FROM v AS audit_source ORDER BY i`,
        )
        const got = read.getRows().map((r) => (r[1] === null ? null : Number(r[1])))
        const p = normaliseLabel(positive)
        const want = all.map((v, i) => {
          const n = normaliseLabel(v)
          if (n === null) return null
          // Uncomparable numbers: NULL when the positive label is a number (or infinite), else never positive.
          if (i >= values.length) return p === 'Infinity' || Number.isFinite(Number(p)) ? null : 0
          return n === p ? 1 : 0
        })
        expect({ positive, got: all.map((v, i) => [v, got[i]]) }).toEqual({
          positive,
          got: all.map((v, i) => [v, want[i]]),
        })
      }
    } finally {
      con.closeSync()
    }
  })
})

describe('a third distinct label or prediction is refused in the warehouse too', () => {
  const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'model',
    data,
    label: 'y',
    prediction: 'p',
    sensitive: ['g'],
    confidence: false,
    gates: [{ metric: 'accuracy', each_group: { min: 0.5 } }],
    ...extra,
  })

  it.each([
    ['label', 0, 'y', '2'],
    ['prediction', 1, 'p', 'yes'],
  ] as const)('a %s of a third value: the rows and the counts are both refused', async (role, at, column, third) => {
    const lines = ['y,p,g']
    for (let i = 0; i < 40; i++) lines.push(`${i % 2},${i % 3 ? i % 2 : 1 - (i % 2)},${'AB'[i % 2]}`)
    const cells = (lines[10] as string).split(',')
    cells[at] = third
    lines[10] = cells.join(',')
    duck.ws.write('rows.csv', `${lines.join('\n')}\n`)
    expect((await duck.ws.problems({ audits: [entry('rows.csv')] })).join('\n')).toMatch(
      new RegExp(`^rows\\.csv:11:${at + 1}: ${role} column '${column}' has a third distinct value`),
    )
    const sql = countsQuery(parsedAudit(entry('rows.csv')), { dialect: 'duckdb', table: 'predictions' })
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    expect((await duck.ws.problems({ audits: [entry('counts.csv', { format: 'counts' })] })).join('\n')).toMatch(
      new RegExp(
        `^counts\\.csv:2:\\d+: n_${role}_values is 3: the ${role} column '${column}' has 3 distinct values in this group; ${role}s must be binary \\(the rows refuse a third distinct value\\)$`,
      ),
    )
    // Without the third value the counts are the rows.
    lines[10] = `1,1,B`
    duck.ws.write('rows.csv', `${lines.join('\n')}\n`)
    await duck.countsFromDuckDb('rows.csv', sql, 'counts.csv')
    expect(comparable(await duck.report(entry('counts.csv', { format: 'counts' })))).toEqual(
      comparable(await duck.report(entry('rows.csv'))),
    )
  })

  it('the query tells two values apart exactly when normaliseLabel does', async () => {
    const values = ['1', '1.0', ' 1 ', '+1', '1e0', 'True', 'TRUE', '0', '0.0', '-0', '.0', 'False', 'false']
    values.push('2', '2.0', '0.5', '5e-1', '1e21', '1e+21', '-1', 'yes', 'Yes', 'no', '1,0', 'inf', 'Infinity')
    const con = await duck.db.connect()
    try {
      await con.run('CREATE OR REPLACE TABLE k (i INTEGER, y VARCHAR)')
      const app = await con.createAppender('k')
      values.forEach((v, i) => {
        app.appendInteger(i)
        app.appendVarchar(v)
        app.endRow()
      })
      app.closeSync()
      const read = await con.runAndReadAll(
        `SELECT i, ${binaryKey('y', 'duckdb')} AS k FROM k AS audit_source ORDER BY i`,
      )
      const keys = read.getRows().map((r) => r[1])
      for (let a = 0; a < values.length; a++)
        for (let b = 0; b < values.length; b++)
          expect([values[a], values[b], keys[a] === keys[b]]).toEqual([
            values[a],
            values[b],
            normaliseLabel(values[a] as string) === normaliseLabel(values[b] as string),
          ])
    } finally {
      con.closeSync()
    }
  })
})
