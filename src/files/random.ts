/**
 * Random numbers without `node:crypto`, whose loading took about 6 ms of CPU at the start of
 * every run (more than the rest of `node:fs`, `path` and `util` together). V8 seeds Math.random
 * once per process from the embedder's entropy source (Node's is OpenSSL's CSPRNG; V8's own
 * fallback reads the OS's), and no output of a run shows a value drawn from it, so whoever
 * writes a run's input knows it no better than randomBytes'. Its uses: the per-process seed of
 * the fast CSV pass's key hash and of the cell table's (no file can be made whose values share a
 * probe chain) and the name of a temporary report file (created O_EXCL | O_NOFOLLOW, so a name
 * known in advance could only make the write fail, never redirect it).
 */

/** A 32-bit signed integer, uniform. */
export function randomInt32(): number {
  return (Math.random() * 4294967296) | 0
}

/** `digits` hexadecimal digits (at most 13 per draw, 52 random bits), uniform. */
export function randomHex(digits: number): string {
  let out = ''
  while (out.length < digits)
    out += Math.floor(Math.random() * 2 ** 52)
      .toString(16)
      .padStart(13, '0')
  return out.slice(0, digits)
}
