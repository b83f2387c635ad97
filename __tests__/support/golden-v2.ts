/**
 * Helpers for the v2 golden files (`__fixtures__/golden/v2/`, see its README): run a golden
 * config through the engine and compare one binary BLOCK (per group, overall, group_min/max,
 * difference/ratio by method, the fairness aggregates and their variants) with the report,
 * every number within 1e-9. Groups are matched by key, never by position: the golden files
 * list groups by code point, the report in its own order (bins in bin order).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { parse } from 'yaml'
import { runConfigText } from '../../src/audit.js'
import { CONFIG_SCHEMA } from '../../src/config/schema.js'
import type { AuditReport } from '../../src/report/types.js'

export const GOLDEN_V2 = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'v2')
export const TOL = 1e-9

type Values = Record<string, number | null>
type ByMethod = Record<'between_groups' | 'to_overall', Values>

export interface GoldenBlock {
  sensitive: string[]
  overall: Values
  by_group: { group: Record<string, string>; key: string; present: boolean; metrics: Values }[]
  group_min: Values
  group_max: Values
  difference: ByMethod
  ratio: ByMethod
  overall_sizes: { count: number; counts?: { tp: number; fp: number; tn: number; fn: number } }
  fairness?: Values
  fairness_variants?: Record<string, Record<string, number | null | Record<string, number | null>>>
}

export interface GoldenFile {
  input: { rows: number; sensitive: string[]; intersections: string[][] }
  results: Record<string, GoldenBlock>
  [member: string]: unknown
}

export function readGolden(name: string): GoldenFile {
  return JSON.parse(readFileSync(join(GOLDEN_V2, name), 'utf8')) as GoldenFile
}

/** A golden config as an object, less the keys this engine's schema does not have (`task: binary`, its default). */
export function goldenConfig(name: string): { audits: Record<string, unknown>[] } {
  const raw = parse(readFileSync(join(GOLDEN_V2, name), 'utf8')) as { audits: Record<string, unknown>[] }
  const known = CONFIG_SCHEMA.definitions.audit.properties
  for (const a of raw.audits)
    for (const k of Object.keys(a)) if (!(k in known) && k === 'task' && a[k] === 'binary') delete a[k]
  return raw
}

export async function runGolden(
  config: { audits: Record<string, unknown>[] },
  file = 'golden.yml',
): Promise<AuditReport> {
  const out = await runConfigText(JSON.stringify(config), file, { workspace: GOLDEN_V2 })
  if (!out.ok) throw new Error(out.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join('\n'))
  return out.report.audits[0] as AuditReport
}

export function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual ?? null, what).toBeNull()
    return
  }
  expect(actual, what).not.toBeNull()
  expect(actual, what).not.toBeUndefined()
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL)
}

/** `sex+region` → ['sex', 'region']; `sex` → 'sex' (the report's `attribute`). */
export function attributeOf(blockName: string): string | string[] {
  const cols = blockName.split('+')
  return cols.length === 1 ? (cols[0] as string) : cols
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The disparity entry's value (`method` null for group_min/max). */
export function disparity(
  r: AuditReport,
  attribute: string | string[],
  metric: string,
  method: string | null,
): number | null | undefined {
  const d = r.disparities.find((x) => same(x.attribute, attribute) && x.metric === metric && x.method === method)
  expect(d, `disparity ${metric} ${method ?? ''} of ${JSON.stringify(attribute)}`).toBeDefined()
  return d?.value
}

/**
 * The gates that read the `agg: mean` fairness variants (the report lists `worst_case`): one
 * warning gate per variant, attribute and method, so their values come out of `r.gates`.
 */
export function variantGates(blocks: string[]): Record<string, unknown>[] {
  const gates: Record<string, unknown>[] = []
  for (const b of blocks)
    for (const metric of ['equalized_odds_difference', 'equalized_odds_ratio'])
      for (const method of ['between_groups', 'to_overall'])
        for (const agg of ['worst_case', 'mean'])
          gates.push({
            name: `${metric} ${agg} ${method} ${b}`,
            metric,
            attribute: attributeOf(b),
            method,
            agg,
            ...(metric.endsWith('ratio') ? { min: 0 } : { max: 1 }),
            level: 'warning',
            insufficient: 'pass',
          })
  return gates
}

/** Checks every number of one binary block against the report; returns how many were compared. */
export function checkBinaryBlock(r: AuditReport, blockName: string, g: GoldenBlock): number {
  const attribute = attributeOf(blockName)
  let compared = 0
  const cmp = (actual: number | null | undefined, expected: number | null, what: string): void => {
    close(actual, expected, `${blockName} ${what}`)
    compared++
  }
  for (const [m, v] of Object.entries(g.overall))
    cmp(m === 'count' ? r.rows : r.overall[m as keyof AuditReport['overall']], v, `overall.${m}`)
  if (g.overall_sizes.counts) expect(r.overall_counts).toEqual(g.overall_sizes.counts)

  const groups = r.groups.filter((x) => same(x.attribute, attribute))
  expect(new Set(groups.map((x) => x.key)), `${blockName} groups`).toEqual(new Set(g.by_group.map((x) => x.key)))
  for (const gg of g.by_group) {
    const ours = groups.find((x) => x.key === gg.key)
    expect(ours, `${blockName} group ${gg.key}`).toBeDefined()
    expect(ours!.group).toEqual(gg.group)
    expect(ours!.present, `${blockName} ${gg.key}.present`).toBe(gg.present)
    if (!gg.present) continue
    for (const [m, v] of Object.entries(gg.metrics))
      cmp(ours!.metrics[m as keyof AuditReport['overall']], v, `${gg.key}.${m}`)
  }
  for (const [m, v] of Object.entries(g.group_min))
    cmp(disparity(r, attribute, `${m}_group_min`, null), v, `group_min.${m}`)
  for (const [m, v] of Object.entries(g.group_max))
    cmp(disparity(r, attribute, `${m}_group_max`, null), v, `group_max.${m}`)
  for (const kind of ['difference', 'ratio'] as const)
    for (const method of ['between_groups', 'to_overall'] as const)
      for (const [m, v] of Object.entries(g[kind][method]))
        cmp(disparity(r, attribute, `${m}_${kind}`, method), v, `${kind}.${method}.${m}`)
  for (const [m, v] of Object.entries(g.fairness ?? {}))
    cmp(disparity(r, attribute, m, 'between_groups'), v, `fairness.${m}`)
  for (const [m, byKey] of Object.entries(g.fairness_variants ?? {})) {
    for (const [k, v] of Object.entries(byKey)) {
      if (typeof v === 'object' && v !== null) {
        // {agg: {method: value}}: worst_case from the disparities and the gates, mean from the gates.
        for (const [method, value] of Object.entries(v as Record<string, number | null>)) {
          if (k === 'worst_case')
            cmp(disparity(r, attribute, m, method), value, `fairness_variants.${m}.${k}.${method}`)
          const gate = r.gates.find((x) => x.name === `${m} ${k} ${method} ${blockName}`)
          expect(gate, `gate for ${m} ${k} ${method} ${blockName}`).toBeDefined()
          cmp(gate!.value, value, `fairness_variants.${m}.${k}.${method} (gate)`)
        }
      } else cmp(disparity(r, attribute, m, k), v, `fairness_variants.${m}.${k}`)
    }
  }
  return compared
}
