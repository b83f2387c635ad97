/**
 * The golden synthetic evaluation set (`__fixtures__/golden/synthetic-10k.csv`: 10,000 rows of
 * y_true, y_pred, score, gender, race, age_band) and the audit entry the warehouse tests run on it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const SYNTHETIC_10K = readFileSync(
  join(import.meta.dirname, '..', '..', '__fixtures__', 'golden', 'synthetic-10k.csv'),
  'utf8',
)

/**
 * An audit of `data` (the synthetic set, or counts of it) over gender, race, age_band and
 * gender × race, with gates that pass and fail on it; `extra` overrides or adds keys.
 */
export function syntheticEntry(data: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
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
