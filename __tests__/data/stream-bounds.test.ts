/**
 * The 8 MiB record cap holds while a file streams in, not after a record was buffered whole:
 * a tiny gzip file that expands to one huge line, string or field is refused with file:line
 * and without the memory. Gzip members concatenate into one stream, so a 1 GB line is a
 * 1 MB file built in milliseconds, and the tests need no committed giant fixture.
 */
import { readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeWorkspace, type Workspace } from '../support/workspace.js'

let ws: Workspace
beforeEach(() => {
  ws = makeWorkspace()
})
afterEach(() => ws.cleanup())

/** A gzip file: `head`, then `repeat` MiB of 'a', then `tail`. */
function gzBomb(head: string, repeat: number, tail: string): Buffer {
  const mib = gzipSync(Buffer.alloc(1024 * 1024, 'a'))
  return Buffer.concat([gzipSync(head), ...Array.from({ length: repeat }, () => mib), gzipSync(tail)])
}

async function problemsWithin(data: string, megabytes: number): Promise<string[]> {
  const before = process.memoryUsage().rss
  const problems = await ws.problems({ audits: [{ name: 'm', data, label: 'y', prediction: 'p', sensitive: ['sex'] }] })
  expect(process.memoryUsage().rss - before).toBeLessThan(megabytes * 1024 * 1024)
  return problems
}

describe('the record cap applies while streaming', () => {
  it('a 1 GB line in a 1 MB .jsonl.gz', async () => {
    ws.write('d.jsonl.gz', gzBomb('{"y":1,"p":1,"sex":"F"}\n{"y":0,"p":1,"sex":"', 1024, '"}\n'))
    expect(await problemsWithin('d.jsonl.gz', 150)).toEqual(['d.jsonl.gz:2: line is longer than 8 MiB'])
  })

  it('a 1 GB first line in a .jsonl.gz (the columns are read from it)', async () => {
    ws.write('d.jsonl.gz', gzBomb('{"y":1,"p":1,"sex":"', 1024, '"}\n'))
    expect(await problemsWithin('d.jsonl.gz', 150)).toEqual(['d.jsonl.gz:1: line is longer than 8 MiB'])
  })

  it('a 600 MB string in a JSON array', async () => {
    ws.write('d.json.gz', gzBomb('[{"y":1,"p":1,"sex":"F"},\n {"y":0,"p":1,"sex":"', 600, '"}]\n'))
    expect(await problemsWithin('d.json.gz', 150)).toEqual(['d.json.gz:2: a JSON element is longer than 8 MiB'])
  })

  it('a 1 GB quoted field in a .csv.gz', async () => {
    ws.write('d.csv.gz', gzBomb('y,p,sex\n1,1,F\n0,1,"', 1024, '"\n'))
    expect(await problemsWithin('d.csv.gz', 150)).toEqual([
      'd.csv.gz:3: a record is longer than 8 MiB; is this the right file and delimiter?',
    ])
  })
})

describe('every file a run opens is closed', () => {
  const openFds = (): number => readdirSync('/proc/self/fd').length

  it.each(['csv', 'csv.gz', 'jsonl', 'json'])('a glob of 300 .%s files leaves no descriptor open', async (ext) => {
    const rows = [
      { y: 1, p: 1, sex: 'F' },
      { y: 0, p: 1, sex: 'M' },
      { y: 1, p: 0, sex: 'F' },
      { y: 0, p: 0, sex: 'M' },
    ]
    const csv = `y,p,sex\n${rows.map((r) => `${r.y},${r.p},${r.sex}`).join('\n')}\n`
    const body =
      ext === 'json'
        ? `[${rows.map((r) => JSON.stringify(r)).join(',\n')}]\n`
        : ext === 'jsonl'
          ? `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`
          : csv
    for (let i = 0; i < 300; i++) {
      const name = `shards/part-${String(i).padStart(3, '0')}.${ext}`
      if (ext.endsWith('.gz')) ws.writeGz(name, body)
      else ws.write(name, body)
    }
    const before = openFds()
    const out = await ws.run({
      audits: [
        { name: 'm', data: `shards/*.${ext}`, label: 'y', prediction: 'p', sensitive: ['sex'], confidence: false },
      ],
    })
    expect(out.ok).toBe(true)
    // Closing is asynchronous: give the streams a moment to finish closing.
    await new Promise((r) => setTimeout(r, 200))
    expect(openFds() - before).toBeLessThan(10)
  })

  it('a JSON Lines record refused in the middle of its chunk closes the file (50 runs)', async () => {
    // The third record names `sex` twice with different values: refused as the pass reads it,
    // with the rest of its chunk not handed over.
    const rows = ['{"y":1,"p":1,"sex":"F"}', '{"y":0,"p":1,"sex":"M"}', '{"y":1,"p":1,"sex":"F","sex":"M"}']
    ws.write('d.jsonl', `${[...rows, ...Array<string>(10_000).fill(rows[0] as string)].join('\n')}\n`)
    const before = openFds()
    for (let i = 0; i < 50; i++) {
      const problems = await ws.problems({
        audits: [{ name: 'm', data: 'd.jsonl', label: 'y', prediction: 'p', sensitive: ['sex'], confidence: false }],
      })
      expect(problems).toEqual([
        'd.jsonl:3: the record has key "sex" more than once, and the copies differ ("F" and "M"); JSON readers disagree on which one counts: keep one',
      ])
    }
    await new Promise((r) => setTimeout(r, 200))
    expect(openFds() - before).toBeLessThan(10)
  })
})
