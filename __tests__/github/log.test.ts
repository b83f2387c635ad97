/**
 * The escaped core's setFailed fails the process itself: @github/local-action replaces
 * @actions/core with a stand-in whose setFailed only records the failure, so `npm run
 * local-action` exited 0 on a failing audit. Here @actions/core is such a stand-in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

vi.mock('@actions/core', () => ({
  setFailed: vi.fn(),
  debug: vi.fn(),
  info: vi.fn(),
  notice: vi.fn(),
  warning: vi.fn(),
  error: vi.fn(),
  startGroup: vi.fn(),
  group: vi.fn(),
}))

afterEach(() => {
  process.exitCode = undefined
})

describe('escapedCore.setFailed', () => {
  it('sets a failing exit code even when @actions/core does not', async () => {
    const core = await import('@actions/core')
    const { escapedCore } = await import('../../src/github/log.js')
    process.exitCode = undefined
    escapedCore.setFailed('Model audit failed: 1 of 1 gates breached')
    expect(core.setFailed).toHaveBeenCalledWith('Model audit failed: 1 of 1 gates breached')
    expect(process.exitCode).toBe(1)
  })
})
