/**
 * Reference implementations the tests hold the production AUC against: a group's scores
 * sorted on their own (`ScoreSketch`), the Mann–Whitney count over sorted scores
 * (`aucFromSorted`), and DeLong's placements (`delongAuc`), each written the textbook way.
 * The audit computes all of it in one sweep over the shared score store (`src/stats/auc.ts`:
 * `computeGroupAucs`, `delongFromSums`).
 */
import type { AucResult } from '../../src/stats/auc.js'
import type { AucEstimate } from '../../src/stats/intervals.js'

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

/** Scores of one group, split by true label: for a group on its own (the store below serves the pass). */
export class ScoreSketch {
  readonly pos = new ScoreBuffer()
  readonly neg = new ScoreBuffer()

  add(score: number, positive: boolean): void {
    if (positive) this.pos.push(score)
    else this.neg.push(score)
  }

  auc(): AucResult {
    return aucFromSorted(this.pos.sorted(), this.neg.sorted())
  }

  delong(): AucEstimate | null {
    return delongAuc(this.pos.sorted(), this.neg.sorted())
  }
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

/**
 * DeLong's estimate: the AUC is the mean of the positives' placements (the share of negatives
 * ranked below, ties half), and its variance is var(placements of positives)/m +
 * var(placements of negatives)/n. O(m + n) on sorted scores; null when a class is absent.
 */
export function delongAuc(pos: Float64Array, neg: Float64Array): AucEstimate | null {
  const m = pos.length
  const n = neg.length
  if (m === 0 || n === 0) return null
  // Placement of each positive: negatives strictly below + half of equal ones, over n.
  const v10 = new Float64Array(m)
  let below = 0
  for (let i = 0; i < m;) {
    const s = pos[i] as number
    while (below < n && (neg[below] as number) < s) below++
    let equal = 0
    while (below + equal < n && neg[below + equal] === s) equal++
    const v = (below + equal / 2) / n
    while (i < m && pos[i] === s) v10[i++] = v
  }
  // Placement of each negative: positives strictly above + half of equal ones, over m.
  const v01 = new Float64Array(n)
  let atOrBelow = 0
  for (let j = 0; j < n;) {
    const s = neg[j] as number
    while (atOrBelow < m && (pos[atOrBelow] as number) < s) atOrBelow++
    let equal = 0
    while (atOrBelow + equal < m && pos[atOrBelow + equal] === s) equal++
    const v = (m - atOrBelow - equal + equal / 2) / m
    while (j < n && neg[j] === s) v01[j++] = v
  }
  const auc = mean(v10)
  const variance = (m > 1 ? sampleVariance(v10, auc) / m : 0) + (n > 1 ? sampleVariance(v01, mean(v01)) / n : 0)
  return { auc, se: Math.sqrt(variance) }
}

function mean(xs: Float64Array): number {
  let s = 0
  for (const x of xs) s += x
  return s / xs.length
}

function sampleVariance(xs: Float64Array, mu: number): number {
  let s = 0
  for (const x of xs) s += (x - mu) * (x - mu)
  return s / (xs.length - 1)
}
