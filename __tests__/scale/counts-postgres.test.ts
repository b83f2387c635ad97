/**
 * The warehouse path in a real PostgreSQL (PGlite): the query `countsQuery` prints for
 * `--dialect postgres`, run on a table loaded from the fixture, gives counts whose audit
 * (`format: counts`) is the audit of the rows — the same groups, numbers, disparities and gates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { countsQuery } from '../../src/sql/generate.js'
import { auditOutcome, auditReport, comparable, groupsAndVerdict, parsedAudit } from '../support/duckdb.js'
import { countsFromPostgres, createPostgres, loadTable, type PGlite } from '../support/postgres.js'
import { SYNTHETIC_10K, syntheticEntry } from '../support/synthetic.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

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

describe('counts from PostgreSQL = rows', () => {
  it.each([
    ['TEXT', {}],
    ['typed', { y_true: 'INTEGER', y_pred: 'SMALLINT', score: 'DOUBLE PRECISION' }],
  ])('GROUPING SETS counts give the same report as the rows (synthetic 10k, %s columns)', async (_, types) => {
    ws.write('rows.csv', SYNTHETIC_10K)
    const rows = await auditReport(ws, syntheticEntry('rows.csv'))
    await loadTable(pg, ws, 'rows.csv', types)
    const sql = countsQuery(parsedAudit(syntheticEntry('rows.csv')), { dialect: 'postgres', table: 'predictions' })
    const csv = await countsFromPostgres(pg, ws, sql, 'counts.csv')
    expect(csv.split('\n')[0]).toBe(
      'grouping_set,gender,race,age_band,tp,fp,tn,fn,n_label_values,n_prediction_values,n_rows',
    )
    const counts = await auditReport(ws, syntheticEntry('counts.csv', { format: 'counts' }))
    expect(comparable(counts)).toEqual(comparable(rows))
    expect(counts.rows).toBe(10_000)
    expect(new Set(rows.gates.map((g) => g.status))).toEqual(new Set(['pass', 'fail']))
  })
})

describe('counts from PostgreSQL = rows: every missing policy, with weights, a binned control and an intersection', () => {
  it.each([['drop'], ['group'], ['error']])('missing: %s', async (missing) => {
    // Weights 1 + k/4: their sums are exact in any order, so PostgreSQL's SUM is the rows' exact sum.
    const lines = ['y,p,g,h,c,w']
    for (let i = 0; i < 600; i++)
      lines.push(
        `${i % 2},${(i >> 1) % 2},${missing !== 'error' && i % 17 === 0 ? '' : 'ABC'[i % 3]},${'xy'[i % 2]},${i % 5},${1 + (i % 7) / 4}`,
      )
    ws.write('policies.csv', `${lines.join('\n')}\n`)
    const entry = {
      name: 'm',
      label: 'y',
      prediction: 'p',
      weight: 'w',
      sensitive: ['g', 'h'],
      intersections: [['g', 'h']],
      control: ['c'],
      bins: { c: [2] },
      missing,
      confidence: false,
    }
    const rows = await auditReport(ws, { ...entry, data: 'policies.csv' })
    await loadTable(pg, ws, 'policies.csv', { w: 'DOUBLE PRECISION', c: 'INTEGER' })
    const sql = countsQuery(parsedAudit({ ...entry, data: 'policies.csv' }), {
      dialect: 'postgres',
      table: 'predictions',
    })
    await countsFromPostgres(pg, ws, sql, 'policies.counts.csv')
    const counts = await auditReport(ws, { ...entry, data: 'policies.counts.csv', format: 'counts' })
    // The bins' raw ranges aside, which a counts table cannot know.
    const strip = (r: AuditReport): unknown => ({ ...(comparable(r) as object), binning: undefined })
    expect(strip(counts)).toEqual(strip(rows))
  })
})

/** The audit's outcome: its groups, verdict and gates, or its problems. */
const outcome = (entry: Record<string, unknown>): Promise<unknown> =>
  auditOutcome(ws, entry, (a) => ({ ...groupsAndVerdict(a), gates: a.gates.map((g) => g.status) }))

describe('a PostgreSQL BOOLEAN label or prediction with a text positive_label (red team 34 R34-3)', () => {
  // Every label yes (COPY reads yes/no, t/f, on/off, y/n into a BOOLEAN), predictions yes/no as text: group A
  // misses half its positives, the rows fail the gate; the query read every BOOLEAN true as `true`, no `yes`.
  const entry = (positive: unknown): Record<string, unknown> => ({
    name: 'm',
    label: 'y',
    prediction: 'p',
    positive_label: positive,
    sensitive: ['g'],
    confidence: false,
    metrics: ['accuracy', 'true_positive_rate'],
    gates: [{ metric: 'true_positive_rate', min: 0.9 }],
  })
  function write(file: string, pos: string, neg: string): void {
    const lines = ['y,p,g']
    for (let i = 0; i < 50; i++) lines.push(`${pos},${neg},A`, `${pos},${pos},A`, `${pos},${pos},B`, `${pos},${pos},B`)
    ws.write(file, `${lines.join('\n')}\n`)
  }

  it.each([
    ['yes', 'no'],
    ['t', 'f'],
    ['on', 'off'],
  ])('%s/%s, positive_label the first: the query stops; loaded as text, the rows’ report', async (pos, neg) => {
    write('bool.csv', pos, neg)
    const rows = await outcome({ ...entry(pos), data: 'bool.csv' })
    expect(rows).toMatchObject({ passed: false })
    const sql = countsQuery(parsedAudit({ ...entry(pos), data: 'bool.csv' }), {
      dialect: 'postgres',
      table: 'predictions',
    })
    for (const types of [{ y: 'BOOLEAN' }, { p: 'BOOLEAN' }] as Record<string, string>[]) {
      await loadTable(pg, ws, 'bool.csv', types)
      const role = Object.keys(types)[0] as string
      await expect(countsFromPostgres(pg, ws, sql, 'x.csv')).rejects.toThrow(
        new RegExp(`column "${role}" is PostgreSQL's BOOLEAN type .*positive_label "${pos}"`),
      )
    }
    await loadTable(pg, ws, 'bool.csv')
    await countsFromPostgres(pg, ws, sql, 'text.csv')
    expect(await outcome({ ...entry(pos), data: 'text.csv', format: 'counts' })).toEqual(rows)
  })

  it.each([[true], [1], ['true']])('true/false at positive_label %s: a BOOLEAN column as before', async (positive) => {
    write('tf.csv', 'true', 'false')
    const rows = await outcome({ ...entry(positive), data: 'tf.csv' })
    expect(rows).toMatchObject({ passed: false })
    await loadTable(pg, ws, 'tf.csv', { y: 'BOOLEAN', p: 'BOOLEAN' })
    const sql = countsQuery(parsedAudit({ ...entry(positive), data: 'tf.csv' }), {
      dialect: 'postgres',
      table: 'predictions',
    })
    await countsFromPostgres(pg, ws, sql, 'tf.counts.csv')
    expect(await outcome({ ...entry(positive), data: 'tf.counts.csv', format: 'counts' })).toEqual(rows)
  })
})

describe('PostgreSQL extra_float_digits', () => {
  // Weights 1 + j/2^20 (j < 1024): 17 significant digits, whose sums and sums of squares are exact in any
  // order (at most 52 bits), so PostgreSQL's SUM is the rows' exact sum; written with 15 digits
  // (extra_float_digits 0), a sum is another double.
  function write(): void {
    const lines = ['y,p,g,w']
    let x = 12345
    for (let i = 0; i < 600; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31
      lines.push(
        `${i % 2},${(i >> 1) % 2 === 0 || i % 7 === 0 ? 1 : 0},${'ABC'[i % 3]},${String(1 + (x % 1024) / 2 ** 20)}`,
      )
    }
    ws.write('weighted.csv', `${lines.join('\n')}\n`)
  }
  const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'm',
    data,
    label: 'y',
    prediction: 'p',
    weight: 'w',
    sensitive: ['g'],
    confidence: false,
    metrics: ['selection_rate', 'accuracy', 'true_positive_rate'],
    ...extra,
  })

  it('below 1 the query stops, saying to set it; at 1 and 3 the counts audit is the rows audit', async () => {
    write()
    const rows = await auditReport(ws, entry('weighted.csv'))
    await loadTable(pg, ws, 'weighted.csv', { w: 'DOUBLE PRECISION' })
    const sql = countsQuery(parsedAudit(entry('weighted.csv')), { dialect: 'postgres', table: 'predictions' })
    try {
      for (const digits of [1, 3]) {
        await countsFromPostgres(pg, ws, sql, 'w.csv', `SET extra_float_digits = ${digits}`)
        expect(comparable(await auditReport(ws, entry('w.csv', { format: 'counts' })))).toEqual(comparable(rows))
      }
      // 15 digits: Σw rounded, the rates off in their last digits (the old query's counts passed as another report).
      for (const digits of [0, -3]) {
        await expect(countsFromPostgres(pg, ws, sql, 'w0.csv', `SET extra_float_digits = ${digits}`)).rejects.toThrow(
          /extra_float_digits is .*, so PostgreSQL writes a double rounded .* SET extra_float_digits = 1/,
        )
      }
    } finally {
      await pg.exec('RESET extra_float_digits')
    }
  })
})

describe('PostgreSQL collations: names compared, grouped and sorted by their bytes, as the rows do', () => {
  beforeAll(async () => {
    // Case-insensitive (ICU, nondeterministic): 'a' = 'A'.
    await pg.exec(
      `CREATE COLLATION IF NOT EXISTS audit_ci (provider = icu, locale = 'und@colStrength=secondary', deterministic = false)`,
    )
  })
  const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'm',
    data,
    label: 'y',
    prediction: 'p',
    positive_label: 'pos',
    sensitive: ['g'],
    confidence: false,
    metrics: ['accuracy', 'selection_rate'],
    gates: [{ metric: 'accuracy', min: 0.9 }],
    ...extra,
  })
  /** The rows' outcome and the counts' of the postgres query over the file loaded with `types`. */
  async function bothWays(file: string, types: Record<string, string>, extra: Record<string, unknown> = {}) {
    const rows = await outcome(entry(file, extra))
    await loadTable(pg, ws, file, types)
    const sql = countsQuery(parsedAudit(entry(file, extra)), { dialect: 'postgres', table: 'predictions' })
    const csv = await countsFromPostgres(pg, ws, sql, `${file}.counts.csv`)
    return { rows, counts: await outcome(entry(`${file}.counts.csv`, { ...extra, format: 'counts' })), csv }
  }

  it.each([['drop'], ['group'], ['error']])(
    "groups 'a' and 'A' of a case-insensitive column apart (missing: %s)",
    async (missing) => {
      // 'a' all wrong, 'A' all right: one group of 'a' and 'A' passed the gate at accuracy 0.9 overall.
      const lines = ['y,p,g']
      for (let i = 0; i < 20; i++) lines.push(`pos,neg,a`, `neg,pos,a`)
      for (let i = 0; i < 180; i++) lines.push(`pos,pos,A`, `neg,neg,A`)
      for (let i = 0; i < 200; i++) lines.push(`pos,pos,B`, `neg,neg,b`)
      ws.write('ci.csv', `${lines.join('\n')}\n`)
      const { rows, counts } = await bothWays('ci.csv', { g: 'TEXT COLLATE audit_ci' }, { missing })
      expect(rows).toMatchObject({ groups: expect.arrayContaining([expect.arrayContaining(['a', 40])]) })
      expect(counts).toEqual(rows)
    },
  )

  it('compares a case-insensitive label by its bytes: Pos is not positive_label pos, NEG a third value', async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 100; i++) lines.push(`Pos,pos,A`, `neg,neg,B`)
    ws.write('label.csv', `${lines.join('\n')}\n`)
    const two = await bothWays('label.csv', { y: 'TEXT COLLATE audit_ci', p: 'TEXT COLLATE audit_ci' })
    expect(two.rows).toEqual({ problems: expect.stringMatching(/label column 'y' .*positive_label "pos"/) })
    expect(two.counts).toEqual({ problems: expect.stringMatching(/no row's label is positive/) })
    lines.push('NEG,neg,A')
    ws.write('third.csv', `${lines.join('\n')}\n`.replaceAll('Pos,', 'pos,'))
    const three = await bothWays('third.csv', { y: 'VARCHAR(10) COLLATE audit_ci' })
    expect(three.rows).toEqual({ problems: expect.stringMatching(/label column 'y' has a third distinct value "NEG"/) })
    expect(three.counts).toEqual({ problems: expect.stringMatching(/n_label_values is 3/) })
  })

  it('sorts the result by bytes under a locale that sorts otherwise (_ a B Z under ICU)', async () => {
    const names = ['a', 'B', '_x', 'Z', 'é', 'e']
    const lines = ['y,p,g']
    for (const n of names) for (let i = 0; i < 10; i++) lines.push(`pos,pos,${n}`, `neg,neg,${n}`)
    ws.write('order.csv', `${lines.join('\n')}\n`)
    const { rows, counts, csv } = await bothWays('order.csv', { g: 'TEXT COLLATE "unicode"' })
    expect(counts).toEqual(rows)
    const order = csv
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('g,'))
      .map((l) => l.split(',')[1])
    expect(order).toEqual(['B', 'Z', '_x', 'a', 'e', 'é'])
    expect((rows as { groups: [string][] }).groups.map((g) => g[0])).toEqual(order)
  })
})

describe('PostgreSQL domains: a column is read as its base type (red team 36 R36-3)', () => {
  // `pg_typeof` names a domain, not its base type: a BOOLEAN domain label passed the BOOLEAN refusal (every
  // `yes` read as `true`, no positive, the failing gate insufficient), a TEXT domain of a case-insensitive
  // collation was grouped by that collation ('a' in 'A'), a REAL domain label was compared by its float text.
  beforeAll(async () => {
    await pg.exec(
      `CREATE COLLATION IF NOT EXISTS audit_ci (provider = icu, locale = 'und@colStrength=secondary', deterministic = false);
       CREATE DOMAIN audit_flag AS BOOLEAN; CREATE DOMAIN audit_flag2 AS audit_flag;
       CREATE DOMAIN audit_ci_text AS TEXT COLLATE audit_ci; CREATE DOMAIN audit_ci_text2 AS audit_ci_text;
       CREATE DOMAIN audit_real AS REAL`,
    )
  })
  const entry = (data: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'm',
    data,
    label: 'y',
    prediction: 'p',
    sensitive: ['g'],
    confidence: false,
    metrics: ['accuracy', 'true_positive_rate'],
    ...extra,
  })
  const query = (e: Record<string, unknown>): string =>
    countsQuery(parsedAudit(e), { dialect: 'postgres', table: 'predictions' })

  it.each([['audit_flag'], ['audit_flag2']])(
    'a label or prediction of a BOOLEAN domain (%s) at positive_label yes: the query stops',
    async (domain) => {
      const lines = ['y,p,g']
      for (let i = 0; i < 50; i++) lines.push('yes,no,A', 'yes,yes,A', 'yes,yes,B', 'yes,yes,B')
      ws.write('flag.csv', `${lines.join('\n')}\n`)
      const e = entry('flag.csv', { positive_label: 'yes', gates: [{ metric: 'true_positive_rate', min: 0.9 }] })
      expect(await outcome(e)).toMatchObject({ passed: false })
      for (const role of ['y', 'p']) {
        await loadTable(pg, ws, 'flag.csv', { [role]: domain })
        await expect(countsFromPostgres(pg, ws, query(e), 'flag.counts.csv')).rejects.toThrow(
          new RegExp(`column "${role}" is PostgreSQL's BOOLEAN type .*positive_label "yes"`),
        )
      }
    },
  )

  it.each([['audit_ci_text'], ['audit_ci_text2']])(
    "a group column of a TEXT domain of a case-insensitive collation (%s): 'a' and 'A' apart",
    async (domain) => {
      const lines = ['y,p,g']
      for (let i = 0; i < 200; i++) lines.push('1,1,A', '1,1,B')
      for (let i = 0; i < 40; i++) lines.push('1,0,a')
      ws.write('cid.csv', `${lines.join('\n')}\n`)
      const e = entry('cid.csv', { min_group_size: 30, gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }] })
      const rows = await outcome(e)
      expect(rows).toMatchObject({ passed: false, groups: expect.arrayContaining([expect.arrayContaining(['a', 40])]) })
      await loadTable(pg, ws, 'cid.csv', { g: domain })
      await countsFromPostgres(pg, ws, query(e), 'cid.counts.csv')
      expect(await outcome({ ...e, data: 'cid.counts.csv', format: 'counts' })).toEqual(rows)
    },
  )

  it('a label of a REAL domain is read as REAL is: the text of its double', async () => {
    const lines = ['y,p,g']
    for (let i = 0; i < 100; i++) lines.push('0.1,1,A', '0,0,B')
    ws.write('real.csv', `${lines.join('\n')}\n`)
    const sql = query(entry('real.csv', { positive_label: 0.10000000149011612 }))
    await loadTable(pg, ws, 'real.csv', { y: 'REAL' })
    const real = await countsFromPostgres(pg, ws, sql, 'real.counts.csv')
    // Group A's labels are positive_label (0.1f's double), its predictions 1 not: 100 false negatives.
    expect(real).toMatch(/^g,A,0,0,0,100,/m)
    await loadTable(pg, ws, 'real.csv', { y: 'audit_real' })
    expect(await countsFromPostgres(pg, ws, sql, 'real.counts.csv')).toBe(real)
  })
})

describe("the README's PostgreSQL load matches each file's header by name (red team 38 R38-1)", () => {
  // d1: y,s,g,h; d2 has g and h swapped (the rows match columns by name): its 40 wrong rows are in A.
  const entry = {
    name: 'm',
    data: 'swap/d*.csv',
    label: 'y',
    prediction: 's',
    sensitive: ['g'],
    missing: 'drop',
    confidence: false,
    metrics: ['accuracy'],
    gates: [{ metric: 'accuracy', each_group: { min: 0.9 } }],
  }
  const d1 = `${['y,s,g,h', ...Array<string>(50).fill('1,1,B,x'), ...Array<string>(50).fill('0,0,B,x'), ...Array<string>(50).fill('1,1,A,x')].join('\n')}\n`
  const d2 = `${['y,s,h,g', ...Array<string>(40).fill('1,0,,A')].join('\n')}\n`
  const ident = (n: string): string => `"${n.replace(/"/g, '""')}"`
  /** A TEXT table of d1's columns, each file loaded with one COPY (`columns`: its own list), and the audited counts. */
  async function counts(header: string, columns: boolean): Promise<unknown> {
    await pg.exec(`DROP TABLE IF EXISTS predictions; CREATE TABLE predictions ("y" TEXT, "s" TEXT, "g" TEXT, "h" TEXT)`)
    for (const text of [d1, d2]) {
      const list = columns ? ` (${text.split('\n')[0]!.split(',').map(ident).join(', ')})` : ''
      await pg.query(`COPY predictions${list} FROM '/dev/blob' WITH (FORMAT csv, HEADER ${header})`, [], {
        blob: new Blob([text]),
      })
    }
    const sql = countsQuery(parsedAudit(entry), { dialect: 'postgres', table: 'predictions' })
    await countsFromPostgres(pg, ws, sql, 'swap.counts.csv')
    return auditOutcome(ws, { ...entry, data: 'swap.counts.csv', format: 'counts' }, groupsAndVerdict, () => 'refused')
  }

  it('HEADER true loads by position (the other verdict); HEADER match refuses the swapped file, and with its own column list gives the rows', async () => {
    ws.write('swap/d1.csv', d1)
    ws.write('swap/d2.csv', d2)
    const rows = await auditOutcome(ws, entry, groupsAndVerdict, () => 'refused')
    expect(rows).toMatchObject({ passed: false })
    expect(await counts('true', false)).toMatchObject({ passed: true })
    await expect(counts('match', false)).rejects.toThrow(
      /column name mismatch in header line field 3: got "h", expected "g"/,
    )
    expect(await counts('match', true)).toEqual(rows)
  })
})
