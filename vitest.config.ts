import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // No test may rely on a bound tighter than ten times its idle time: the slowest test takes
    // about 5 s on an idle 2-core machine; those that take longer set their own (fuzzTimeout).
    // 180 s: with four suites and a CPU hog on the 2 cores, tests of 1.6 s and 3 s idle ran past
    // 60 s (session 10's busy run).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Vitest's default on 2 cores is one worker (CPUs - 1). Three: the action and GitHub tests
    // spend much of their time waiting on a child process or a deliberately stalled answer,
    // and a third worker runs CPU-bound files meanwhile.
    maxWorkers: 3,
    // One module graph per worker instead of one per file: the per-file import of src/ and its
    // dependencies was a third of the suite's CPU. No test mocks modules, stubs globals or
    // changes the environment of the process (checked with --sequence.shuffle).
    isolate: false,
  },
})
