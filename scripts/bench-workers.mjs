#!/usr/bin/env node
/* global console, process, Buffer, performance */
/**
 * Would worker_threads over byte ranges pay? A measurement, not shipped code: the cached
 * 10M-row file is cut at newlines into N ranges, and N workers each run the fast pass's
 * inner loop shape (find fields, hash the four interned cells, parse the score from its
 * digits) over their range; the main thread waits for all. Prints the wall time for
 * N = 1, 2, 4 next to the machine's core count.
 *
 *   node scripts/bench-workers.mjs [--size 10M]
 */
import { openSync, readSync, statSync, closeSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

function scanRange(path, start, end) {
  const fd = openSync(path, 'r')
  const buf = Buffer.allocUnsafe(1 << 20)
  let pos = start
  let carry = 0
  let rows = 0
  let check = 0
  while (pos < end) {
    const want = Math.min(buf.length - carry, end - pos)
    const got = readSync(fd, buf, carry, want, pos)
    if (got <= 0) break
    pos += got
    const len = carry + got
    let p = 0
    let lastLine = 0
    while (p < len) {
      // One record: id, label, prediction, score, three groups.
      let col = 0
      let h = 0
      let mant = 0
      let q = p
      for (; q < len; q++) {
        const c = buf[q]
        if (c === 44) {
          col++
          continue
        }
        if (c === 10) break
        if (col === 3) {
          if (c !== 46) mant = mant * 10 + (c - 48)
        } else if (col > 0) h = Math.imul(h ^ c, 0x01000193)
      }
      if (q >= len) break
      check = (check + h + mant) | 0
      rows++
      p = q + 1
      lastLine = p
    }
    carry = len - lastLine
    buf.copy(buf, 0, lastLine, len)
  }
  closeSync(fd)
  return { rows, check }
}

if (!isMainThread) {
  parentPort.postMessage(scanRange(workerData.path, workerData.start, workerData.end))
} else {
  const i = process.argv.indexOf('--size')
  const size = i >= 0 ? process.argv[i + 1] : '10M'
  const path = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '.bench-cache', `eval-${size}.csv`)
  const total = statSync(path).size
  const fd = openSync(path, 'r')
  const cut = (at) => {
    const b = Buffer.alloc(4096)
    const n = readSync(fd, b, 0, b.length, at)
    const nl = b.subarray(0, n).indexOf(10)
    return nl < 0 ? total : at + nl + 1
  }
  console.log(`${size}: ${(total / 1e6).toFixed(0)} MB, ${availableParallelism()} cores\n`)
  console.log('| workers | s | MB/s | rows |')
  console.log('|---:|---:|---:|---:|')
  for (const n of [1, 2, 4]) {
    const bounds = [0, ...Array.from({ length: n - 1 }, (_, k) => cut(Math.floor((total * (k + 1)) / n))), total]
    const t0 = performance.now()
    const results = await Promise.all(
      bounds.slice(0, -1).map(
        (start, k) =>
          new Promise((res, rej) => {
            const w = new Worker(fileURLToPath(import.meta.url), { workerData: { path, start, end: bounds[k + 1] } })
            w.once('message', res)
            w.once('error', rej)
          }),
      ),
    )
    const s = (performance.now() - t0) / 1000
    console.log(
      `| ${n} | ${s.toFixed(2)} | ${(total / 1e6 / s).toFixed(0)} | ${results.reduce((a, r) => a + r.rows, 0)} |`,
    )
  }
  closeSync(fd)
}
