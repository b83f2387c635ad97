/**
 * hyparquet's random access to an approved file (verifiedAsyncBuffer): each slice opens and
 * checks the file again, unless a pass holds one checked handle (red team 7 R7-9: 10,000 one-row
 * row groups meant 10,000 opens a column, 11 s of CPU). Shown by removing the file mid-pass: a
 * held buffer still reads it through its handle, an unheld one cannot open it.
 */
import { unlinkSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { verifiedAsyncBuffer } from '../../src/files/open.js'
import { makeWorkspace } from '../support/workspace.js'

const ws = makeWorkspace()
afterAll(() => ws.cleanup())
const text = (b: ArrayBuffer): string => Buffer.from(b).toString('utf8')

describe('verifiedAsyncBuffer', () => {
  it('reads every slice of a pass through the one handle it holds, and lets it go after', async () => {
    const path = ws.write('held.bin', 'abcdefgh')
    const buffer = await verifiedAsyncBuffer(path)
    expect(buffer.byteLength).toBe(8)
    const release = buffer.hold()
    expect(text(await buffer.slice(0, 2))).toBe('ab')
    unlinkSync(path)
    expect(text(await buffer.slice(2, 5))).toBe('cde')
    expect(text(await buffer.slice(6))).toBe('gh')
    await release()
    await release() // a second release is a no-op
    await expect(buffer.slice(0, 1)).rejects.toThrow()
  })

  it('without a hold, opens the file again for each slice', async () => {
    const path = ws.write('unheld.bin', 'abcdefgh')
    const buffer = await verifiedAsyncBuffer(path)
    expect(text(await buffer.slice(0, 2))).toBe('ab')
    unlinkSync(path)
    await expect(buffer.slice(2, 5)).rejects.toThrow()
  })

  it('keeps the handle while any of two holds is held', async () => {
    const path = ws.write('two.bin', 'abcdefgh')
    const buffer = await verifiedAsyncBuffer(path)
    const one = buffer.hold()
    const two = buffer.hold()
    expect(text(await buffer.slice(0, 1))).toBe('a')
    unlinkSync(path)
    await one()
    expect(text(await buffer.slice(1, 2))).toBe('b')
    await two()
    await expect(buffer.slice(0, 1)).rejects.toThrow()
  })
})
