/**
 * `docs/metrics.md`, rendered from the metric catalog: `npm run docs` writes it, and a test
 * (run in CI) fails when the committed file is not what the catalog gives.
 */
import {
  ALL_METRIC_NAMES,
  BASE_METRICS,
  CELLS,
  classesOf,
  FAIRNESS_AGGREGATES,
  intervalMethod,
  metricSpec,
  type BaseMetric,
  type FairnessAggregate,
  type Linear,
} from './catalog.js'

const CELL_NAMES: Record<(typeof CELLS)[number], string> = { tp: 'TP', fp: 'FP', tn: 'TN', fn: 'FN' }

/** `2TP+FP+FN`. */
function linear(l: Linear): string {
  return CELLS.filter((c) => l[c] !== undefined)
    .map((c) => `${l[c] === 1 ? '' : String(l[c])}${CELL_NAMES[c]}`)
    .join('+')
}

const paren = (s: string): string => (s.includes('+') ? `(${s})` : s)

function formula(m: BaseMetric): string {
  const f = metricSpec(m).formula
  switch (f.kind) {
    case 'sum':
      return linear(f.of)
    case 'ratio':
      return `${paren(linear(f.num))} / ${paren(linear(f.den))}`
    case 'mean':
      return `mean of ${f.of.map((p) => `\`${p}\``).join(', ')}`
    case 'score':
      return 'area under the ROC curve of the score, ties counted half'
  }
}

function undefinedWhen(m: BaseMetric): string {
  const f = metricSpec(m).formula
  switch (f.kind) {
    case 'sum':
      return 'never'
    case 'ratio':
      return `${linear(f.den)} = 0 ("${f.undefinedWhen}")`
    case 'mean':
      return `a part is undefined ("${f.emptyReason}" when every part is); with \`zero_division: fairlearn\`, the mean of the parts whose denominator is positive, 0 when none is`
    case 'score':
      return 'no positive or no negative labels in the group, or no score column'
  }
}

const INTERVALS = { wilson: 'Wilson', bootstrap: 'bootstrap', delong: 'DeLong', none: '—' } as const

function needs(m: BaseMetric): string {
  const c = classesOf(m)
  const parts = [c.positives ? '`min_positives`' : '', c.negatives ? '`min_negatives`' : ''].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : '—'
}

function fairnessDefinition(name: FairnessAggregate): string {
  const spec = FAIRNESS_AGGREGATES[name]
  const parts = spec.parts.map((p) => `\`${p}_${spec.kind}\``)
  const method = spec.method ? `, always \`${spec.method}\`` : ''
  if (parts.length === 1) return `${parts[0] as string}${method}`
  const how =
    spec.combine === 'mean'
      ? 'mean of'
      : spec.kind === 'difference'
        ? 'larger of (`agg: mean`: mean of)'
        : 'smaller of (`agg: mean`: mean of)'
  return `${how} ${parts.join(' and ')}${method}`
}

const cell = (s: string): string => s.replace(/\|/g, '\\|')

/** The whole of docs/metrics.md. */
export function renderMetricsDoc(): string {
  const out: string[] = [
    '# Metrics',
    '',
    '<!-- Generated from src/stats/catalog.ts by `npm run docs`; a test fails when this file is stale. Do not edit. -->',
    '',
    'Every metric the audit computes, as its catalog (`src/stats/catalog.ts`) defines it. The reference is fairlearn (`MetricFrame`, `fairlearn.metrics`) over scikit-learn: where a value is defined, ours equals theirs (the golden tests hold it to 1e-9).',
    '',
    '## Per-group metrics',
    '',
    `Each group keeps its sufficient statistics, the cells ${CELLS.map((c) => CELL_NAMES[c]).join(', ')} (true/false positives and negatives, with the positive label as the configured \`positive_label\`); every count-based metric is computed from them. Positives P = TP+FN, negatives N = FP+TN.`,
    '',
    '| name | aliases | label | definition | undefined when | interval | group needs | favourable | equals |',
    '|---|---|---|---|---|---|---|---|---|',
  ]
  for (const m of BASE_METRICS) {
    const s = metricSpec(m)
    const aliases = (s.aliases ?? []).map((a) => `\`${a}\``).join(', ') || '—'
    const favourable = s.descriptive ? 'descriptive' : s.better
    out.push(
      `| \`${m}\` | ${aliases} | ${cell(s.label)} | ${cell(formula(m))} | ${cell(undefinedWhen(m))} | ${INTERVALS[intervalMethod(m)]} | ${needs(m)} | ${favourable} | ${cell(s.equals)} |`,
    )
  }
  out.push(
    '',
    '- **undefined**: with `zero_division: undefined` (the default) a value whose denominator is 0 is `null`, with the reason shown; aggregates skip such groups and name them. With `zero_division: fairlearn` it is 0, as scikit-learn\'s `zero_division="warn"` gives, so every number equals fairlearn\'s.',
    "- **interval**: Wilson's score interval for a share of rows (a proportion); a seeded Poisson bootstrap of the cells for the others; DeLong's variance for ROC AUC.",
    "- **group needs**: a group with fewer positive (negative) labels than `min_positives` (`min_negatives`) is left out of this metric's aggregates and gates.",
    '- **favourable**: which value is better, for the `best` reference group, for a tie for the `largest` one, and the worst-group mark in tables; a descriptive quantity gets no mark (as a reference, the higher value ranks first).',
    '',
    '## With sample weights',
    '',
    `With \`weight:\` each cell is the sum of its rows' weights (Σw), exactly scikit-learn's \`sample_weight\`, and every ratio and mean above reads those sums unchanged. A sum of cells (${BASE_METRICS.filter(
      (m) => metricSpec(m).formula.kind === 'sum',
    )
      .map((m) => `\`${m}\``)
      .join(', ')}) counts rows, never weights. The ${INTERVALS.wilson} intervals (${BASE_METRICS.filter(
      (m) => intervalMethod(m) === 'wilson',
    )
      .map((m) => `\`${m}\``)
      .join(
        ', ',
      )}) use the Kish effective size (Σw)² / Σw² of the rate's denominator; the bootstrap draws each cell as (Σw²/Σw)·Poisson((Σw)²/Σw²), the Poisson bootstrap's mean and variance; ROC AUC is the weighted Mann–Whitney statistic (scikit-learn's \`roc_auc_score(sample_weight=…)\`), undefined when every positive or every negative label weighs 0, with a weighted DeLong (influence-function) variance. \`min_group_size\`, \`min_positives\` and \`min_negatives\` apply to Kish sizes.`,
    '',
    '## Across groups',
    '',
    'For a metric `M` and one attribute or intersection:',
    '',
    '- `M_difference`: `between_groups` (default) max − min over groups; `to_overall` the largest |group − overall|; `to_reference` the largest |group − reference|.',
    '- `M_ratio`: `between_groups` min / max; `to_overall` the smallest of min(group/overall, overall/group); `to_reference` the same against the reference group.',
    "- The reference group (`reference`): `largest` (the most rows, or weight), `best` (the most favourable value: the highest, or the lowest for a rate of errors), or a named group. Groups tied for `largest` are ranked by the metric as `best` ranks them (the strictest of them), never by name: a name is not spelled alike in every path (a file's `2024-1-5` is a warehouse's DATE `2024-01-05`), and groups tied on size and value give every gap the same value.",
    '- `M_group_min`, `M_group_max`: the extreme group values, with the groups that gave them.',
    '- Groups that are absent (an empty combination of an intersection), below `min_group_size`, short of the class the metric needs, or whose value is undefined are skipped, and named. A gate that passes on the other groups while a group with enough data has an undefined value has not judged that group: it is `insufficient`, naming it, and its `insufficient:` policy decides; one that breaches on the other groups fails.',
    '',
    '## Fairness aggregates',
    '',
    '| name | definition | equals |',
    '|---|---|---|',
  )
  for (const name of Object.keys(FAIRNESS_AGGREGATES) as FairnessAggregate[]) {
    out.push(
      `| \`${name}\` | ${cell(fairnessDefinition(name))}. ${cell(FAIRNESS_AGGREGATES[name].description)} | ${cell(FAIRNESS_AGGREGATES[name].equals)} |`,
    )
  }
  out.push('', '## Every name a gate accepts', '', ALL_METRIC_NAMES.map((n) => `\`${n}\``).join(', '), '')
  return out.join('\n')
}
