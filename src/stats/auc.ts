/**
 * Exact ROC AUC from streamed scores.
 *
 * A group keeps its positives' and negatives' scores in growable typed arrays (8 bytes a
 * row, never JS objects). The AUC is then the Mann–Whitney statistic: the share of
 * (positive, negative) pairs ranked correctly, ties counted half, which is exactly what
 * scikit-learn's `roc_auc_score` computes through the trapezoidal ROC curve.
 */

/** A growable Float64Array. */
export class ScoreBuffer {
  private data: Float64Array
  length = 0

  constructor(capacity = 64) {
    this.data = new Float64Array(capacity)
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }

  /** The filled part, sorted ascending in place. */
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort()
  }
}

/** Scores of one group, split by true label. */
export class ScoreSketch {
  readonly pos = new ScoreBuffer()
  readonly neg = new ScoreBuffer()

  add(score: number, positive: boolean): void {
    if (positive) this.pos.push(score)
    else this.neg.push(score)
  }
}

export interface AucResult {
  value: number | null
  reason?: string
}

/** ROC AUC of sorted positive and negative scores; null when one class is absent. */
export function aucFromSorted(pos: Float64Array, neg: Float64Array): AucResult {
  if (pos.length === 0 || neg.length === 0) {
    return { value: null, reason: pos.length === 0 ? 'no positive labels' : 'no negative labels' }
  }
  // For each positive score s: count negatives below s, plus half of those equal to s.
  let below = 0
  let wins = 0
  let i = 0
  while (i < pos.length) {
    const s = pos[i] as number
    while (below < neg.length && (neg[below] as number) < s) below++
    let equal = 0
    while (below + equal < neg.length && neg[below + equal] === s) equal++
    let same = 0
    while (i + same < pos.length && pos[i + same] === s) same++
    wins += same * (below + equal / 2)
    i += same
  }
  return { value: wins / (pos.length * neg.length) }
}

/** ROC AUC of one group's sketch. */
export function computeAuc(sketch: ScoreSketch): AucResult {
  return aucFromSorted(sketch.pos.sorted(), sketch.neg.sorted())
}
