/**
 * Sample weights through every reader, and what a weight means: CSV (the fast pass, and with
 * quoted weights), gzipped JSON Lines and Parquet give one report; an integer weight is the row
 * repeated that many times (every metric and aggregate, not the row count); a zero-weight row
 * counts as a row and changes no metric; a group whose rows all weigh 0 has undefined rates,
 * with the reason; and the weighted audit differs from the unweighted one.
 */
import { parquetWriteBuffer } from 'hyparquet-writer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditReport } from '../../src/report/types.js'
import { seededUniform } from '../../src/stats/bootstrap.js'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

interface Row {
  y: number
  p: number
  s: number
  w: number
  sex: string
  region: string
}

/** 2,000 rows with a signal, weights 0–6 (some 0), two attributes. */
function rows(): Row[] {
  const u = seededUniform(7, 'weights test')
  return Array.from({ length: 2000 }, () => {
    const sex = u.next() < 0.45 ? 'female' : 'male'
    const region = ['north', 'south', 'east'][Math.floor(u.next() * 3)] as string
    const y = u.next() < (sex === 'female' ? 0.4 : 0.55) ? 1 : 0
    const s = Math.round((y ? 0.3 + 0.6 * u.next() : 0.6 * u.next()) * 1000) / 1000
    const p = s >= 0.5 ? 1 : 0
    const w = Math.floor(u.next() * 7)
    return { y, p, s, w, sex, region }
  })
}

const csv = (rs: Row[], quote = false): string =>
  `y,p,s,w,sex,region\n${rs.map((r) => [r.y, r.p, r.s, quote ? `"${r.w}"` : r.w, r.sex, r.region].join(',')).join('\n')}\n`

function config(data: string, extra: Record<string, unknown> = {}): object {
  return {
    audits: [
      {
        name: 'm',
        data,
        label: 'y',
        prediction: 'p',
        score: 's',
        weight: 'w',
        sensitive: ['sex', 'region'],
        intersections: [['sex', 'region']],
        metrics: ['selection_rate', 'accuracy', 'true_positive_rate', 'false_positive_rate', 'f1', 'roc_auc'],
        gates: [{ metric: 'demographic_parity_difference', max: 0.5 }],
        ...extra,
      },
    ],
  }
}

async function audit(cfg: object): Promise<AuditReport> {
  const out = await ws.run(cfg)
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

const withoutFiles = (r: AuditReport): unknown => ({ ...r, data: [] })

describe('sample weights', () => {
  it('every reader gives the same weighted report', async () => {
    const rs = rows()
    ws.write('d.csv', csv(rs))
    const reference = await audit(config('d.csv'))
    expect(reference.overall_weighted?.weight_sum).toBe(rs.reduce((s, r) => s + r.w, 0))
    ws.write('q.csv', csv(rs, true))
    ws.writeGz('d.jsonl.gz', rs.map((r) => JSON.stringify(r)).join('\n'))
    ws.write(
      'd.parquet',
      Buffer.from(
        parquetWriteBuffer({
          rowGroupSize: 700,
          columnData: [
            { name: 'y', data: Int32Array.from(rs, (r) => r.y), type: 'INT32' },
            { name: 'p', data: Int32Array.from(rs, (r) => r.p), type: 'INT32' },
            { name: 's', data: Float64Array.from(rs, (r) => r.s), type: 'DOUBLE' },
            { name: 'w', data: Float64Array.from(rs, (r) => r.w), type: 'DOUBLE' },
            { name: 'sex', data: rs.map((r) => r.sex), type: 'STRING' },
            { name: 'region', data: rs.map((r) => r.region), type: 'STRING' },
          ],
        }),
      ),
    )
    for (const data of ['q.csv', 'd.jsonl.gz', 'd.parquet'])
      expect(withoutFiles(await audit(config(data))), data).toEqual(withoutFiles(reference))
  })

  it('an integer weight is the row repeated: same metrics and aggregates, rows counted once', async () => {
    const rs = rows()
    ws.write('w.csv', csv(rs))
    ws.write('r.csv', csv(rs.flatMap((r) => Array.from({ length: r.w }, () => ({ ...r, w: 1 })))))
    const weighted = await audit(config('w.csv', { confidence: false }))
    const repeated = await audit(config('r.csv', { confidence: false, weight: undefined }))
    expect(weighted.rows).toBe(2000)
    const close = (a: number | null, b: number | null, what: string): void => {
      if (b === null) return expect(a, what).toBeNull()
      expect(Math.abs((a as number) - b), what).toBeLessThan(1e-12)
    }
    for (const [m, v] of Object.entries(repeated.overall))
      if (m !== 'count') close(weighted.overall[m as keyof typeof weighted.overall], v, `overall ${m}`)
    for (const g of repeated.groups) {
      const h = weighted.groups.find(
        (x) => x.key === g.key && JSON.stringify(x.attribute) === JSON.stringify(g.attribute),
      )
      expect(h, g.key).toBeDefined()
      for (const [m, v] of Object.entries(g.metrics))
        if (m !== 'count') close(h!.metrics[m as keyof AuditReport['overall']], v, `${g.key} ${m}`)
      expect(h!.weighted!.weight_sum).toBe(g.count)
    }
    for (const d of repeated.disparities) {
      const e = weighted.disparities.find(
        (x) =>
          x.metric === d.metric && x.method === d.method && JSON.stringify(x.attribute) === JSON.stringify(d.attribute),
      )
      if (d.metric.startsWith('count')) continue
      close(e?.value ?? null, d.value, `${d.metric} ${d.method}`)
    }
  })

  it('a zero-weight row counts as a row and changes no metric; a group that weighs nothing has undefined rates', async () => {
    const rs = rows().filter((r) => r.w > 0)
    const zeros = [
      { y: 1, p: 0, s: 0.1, w: 0, sex: 'female', region: 'north' },
      { y: 0, p: 1, s: 0.9, w: 0, sex: 'other', region: 'west' },
      { y: 1, p: 1, s: 0.8, w: 0, sex: 'other', region: 'west' },
    ]
    ws.write('a.csv', csv(rs))
    ws.write('b.csv', csv([...rs, ...zeros]))
    const a = await audit(config('a.csv', { confidence: false }))
    const b = await audit(config('b.csv', { confidence: false }))
    expect(b.rows).toBe(a.rows + 3)
    const female = (r: AuditReport) => r.groups.find((g) => g.key === 'female')!
    expect(female(b).count).toBe(female(a).count + 1)
    expect(female(b).metrics.accuracy).toBe(female(a).metrics.accuracy)
    expect(female(b).metrics.roc_auc).toBe(female(a).metrics.roc_auc)
    const other = b.groups.find((g) => g.key === 'other')!
    expect(other.count).toBe(2)
    expect(other.weighted?.weight_sum).toBe(0)
    expect(other.metrics.accuracy).toBeNull()
    expect(other.undefined.accuracy).toBe('no rows of weight above 0')
    expect(other.metrics.true_positive_rate).toBeNull()
    expect(other.undefined.true_positive_rate).toBe('no positive labels of weight above 0')
    expect(other.metrics.roc_auc).toBeNull()
    expect(other.undefined.roc_auc).toBe('every positive label has weight 0')
  })

  it('the weighted audit is not the unweighted one', async () => {
    ws.write('d.csv', csv(rows()))
    const weighted = await audit(config('d.csv'))
    const plain = await audit(config('d.csv', { weight: undefined }))
    expect(plain.settings.weight).toBeUndefined()
    expect(plain.groups[0]?.weighted).toBeUndefined()
    expect(weighted.overall.accuracy).not.toBe(plain.overall.accuracy)
    expect(weighted.overall.roc_auc).not.toBe(plain.overall.roc_auc)
    expect(weighted.overall.count).toBe(plain.overall.count)
  })

  it('a threshold that makes every prediction positive is found by rows, not by weights (red team 14 R14-1)', async () => {
    const scored = (threshold: number): object => ({
      audits: [
        {
          name: 'm',
          data: 'f.csv',
          label: 'y',
          score: 's',
          threshold,
          weight: 'w',
          sensitive: ['g'],
          confidence: false,
        },
      ],
    })
    // Four rows, two above the threshold, each of weight 2: Σw of the positives is the row count.
    ws.write('f.csv', 'y,s,g,w\n1,0.9,A,2\n0,0.8,B,2\n1,0.1,A,1\n0,0.2,B,1\n')
    expect((await ws.run(scored(0.5))).ok).toBe(true)
    // Every row of weight 3 above a threshold under every score: Σw is three times the rows.
    ws.write('f.csv', 'y,s,g,w\n1,0.9,A,3\n0,0.8,B,3\n1,0.1,A,3\n0,0.2,B,3\n')
    expect(await ws.problems(scored(-1))).toEqual([
      "f.csv: threshold -1 makes every prediction positive (s >= -1 on all 4 rows; scores range from 0.1 to 0.9); check `threshold` against the score's scale",
    ])
  })

  it('min_group_size applies to the Kish effective size, and says so', async () => {
    const rs = rows()
    // One heavy row among light ones: 40 rows, n_eff far below 40.
    const small = Array.from({ length: 40 }, (_, i) => ({
      y: i % 2,
      p: i % 3 === 0 ? 1 : 0,
      s: 0.5,
      w: i === 0 ? 100 : 1,
      sex: 'x',
      region: 'north',
    }))
    ws.write('d.csv', csv([...rs, ...small]))
    const r = await audit(config('d.csv', { min_group_size: 30, confidence: false }))
    const x = r.groups.find((g) => g.key === 'x')!
    expect(x.count).toBe(40)
    expect(x.weighted!.n_eff).toBeLessThan(30)
    expect(x.sufficient).toBe(false)
    expect(x.insufficient_reason).toMatch(
      /^effective size 1\.\d+ \(Kish, of 40 weighted rows\), below min_group_size 30$/,
    )
  })
})
