#!/usr/bin/env node
/* global console */
/**
 * Writes examples/adult-weighted/adult_rf_weighted.csv: the Adult-census model output
 * (__fixtures__/golden/adult_rf_binary.csv, unchanged) with a sample-weight column.
 *
 * The weight makes every education level carry the same total weight, as a sample stratified
 * by education and reweighted to equal strata would be: a row of level e weighs
 * N / (K · n_e), N rows in all, K levels, n_e rows of level e — so Σw = N, a Preschool row
 * (16 of 9,769) weighs 38.16 and an HS-grad row (3,214) 0.19. Weights are written with six
 * decimals, so every reader (and pandas) parses the same doubles.
 *
 *     node scripts/derive-adult-weights.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const [head, ...lines] = readFileSync(join(ROOT, '__fixtures__', 'golden', 'adult_rf_binary.csv'), 'utf8')
  .trimEnd()
  .split('\n')
const columns = head.split(',')
const edu = columns.indexOf('education')
const levels = new Map()
for (const l of lines) {
  const e = l.split(',')[edu]
  levels.set(e, (levels.get(e) ?? 0) + 1)
}
const N = lines.length
const K = levels.size
const weight = (e) => (N / (K * levels.get(e))).toFixed(6)
const out = [`${head},weight`, ...lines.map((l) => `${l},${weight(l.split(',')[edu])}`)]
const target = join(ROOT, 'examples', 'adult-weighted', 'adult_rf_weighted.csv')
writeFileSync(target, `${out.join('\n')}\n`)
console.log(`wrote ${target}: ${N} rows, ${K} education levels`)
