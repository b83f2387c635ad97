/**
 * The step fails by its exit code too, not only through @actions/core's setFailed:
 * @github/local-action replaces @actions/core with a stand-in whose setFailed only records the
 * failure, so `npm run local-action` exited 0 on a failing audit. Here setFailed is such a stand-in.
 */
import { describe, expect, it } from 'vitest'
import { failStep } from '../../src/github/log.js'

describe('failStep', () => {
  it('sets a failing exit code even when setFailed does not', () => {
    const before = process.exitCode
    const recorded: string[] = []
    try {
      process.exitCode = undefined
      failStep((m) => recorded.push(m), 'Model audit failed: 1 of 1 gates breached')
      expect(recorded).toEqual(['Model audit failed: 1 of 1 gates breached'])
      expect(process.exitCode).toBe(1)
    } finally {
      process.exitCode = before
    }
  })
})
