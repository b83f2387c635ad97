/** An exact reference for sums of doubles (`ExactSums`), by BigInt. */
const K = 1100
/** The exact sum of any finite doubles, as an integer times 2^-1100, rounded once (to nearest, ties to even). */
export function exactSum(terms: readonly number[]): number {
  let total = 0n
  for (const t of terms) {
    const e = Math.max(-1074, Math.floor(Math.log2(Math.abs(t))) - 52)
    total += BigInt(t / 2 ** e) << BigInt(e + K)
  }
  if (total === 0n) return 0
  const sign = total < 0n ? -1 : 1
  const abs = total < 0n ? -total : total
  const shift = Math.max(0, abs.toString(2).length - 53)
  let q = abs >> BigInt(shift)
  const rem = abs - (q << BigInt(shift))
  const half = shift > 0 ? 1n << BigInt(shift - 1) : 0n
  if (shift > 0 && (rem > half || (rem === half && (q & 1n) === 1n))) q += 1n
  // Two factors, so that neither overflows nor underflows on the way.
  const k = shift - K
  return sign * Number(q) * 2 ** Math.trunc(k / 2) * 2 ** (k - Math.trunc(k / 2))
}
