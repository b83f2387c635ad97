/**
 * The control-features golden file of v2 (`__fixtures__/golden/v2/control.*`, fairlearn 0.14.0
 * `MetricFrame(control_features=…)`), read and matched to a report's `control.levels`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AuditReport, ControlLevelReport } from '../../src/report/types.js'

export const V2_DIR = join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'v2')

type Values = Record<string, number | null>
type PerLevel = Record<string, Values>

export interface ControlBlock {
  sensitive: string[]
  control: string[]
  overall: PerLevel
  by_group: {
    control: Record<string, string>
    group: Record<string, string>
    key: string
    present: boolean
    metrics: Values
  }[]
  group_min: PerLevel
  group_max: PerLevel
  difference: Record<'between_groups' | 'to_overall', PerLevel>
  ratio: Record<'between_groups' | 'to_overall', PerLevel>
}

export interface ControlGolden {
  input: {
    csv: string
    label: string
    prediction: string
    positive_label: number
    control: string[]
    sensitive: string[]
    intersections: string[][]
    metrics: string[]
    rows: number
  }
  results: Record<string, ControlBlock>
}

export function readControlGolden(): ControlGolden {
  return JSON.parse(readFileSync(join(V2_DIR, 'control.json'), 'utf8')) as ControlGolden
}

/** The config the golden file describes (control.yml without the keys this version does not read, such as `task`). */
export function controlConfig(g: ControlGolden, extra: Record<string, unknown> = {}): string {
  const i = g.input
  return JSON.stringify({
    audits: [
      {
        name: 'control',
        data: i.csv,
        label: i.label,
        prediction: i.prediction,
        positive_label: i.positive_label,
        control: i.control,
        sensitive: i.sensitive,
        intersections: i.intersections,
        zero_division: 'fairlearn',
        metrics: i.metrics,
        ...extra,
      },
    ],
  })
}

/** A block's attribute as the report writes it: `sex`, or `["sex", "region"]` for `sex+region`. */
export function attributeOfBlock(block: ControlBlock): string | string[] {
  return block.sensitive.length === 1 ? (block.sensitive[0] as string) : block.sensitive
}

/** The report's level named by a golden `control` member ({channel: online}). */
export function levelOf(report: AuditReport, control: Record<string, string>): ControlLevelReport | undefined {
  return report.control?.levels.find((l) => JSON.stringify(l.control) === JSON.stringify(control))
}
