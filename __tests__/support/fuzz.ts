/**
 * Run counts of the property tests. Each test gives the count that keeps `npm test` quick; FUZZ_RUNS
 * overrides every one of them (`FUZZ_RUNS=20000 npx vitest run FILE` to search longer), and
 * fuzzTimeout scales the test's timeout with it, so a longer search is never cut short.
 */
export function fuzzRuns(usual: number): number {
  const n = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(n) && n > 0 ? n : usual
}

/** A timeout for `runs` runs of about `msPerRun` each on an idle machine, with ten times that allowed, at least the suite's 180 s (vitest.config.ts: a busy machine runs a test several times slower). */
export function fuzzTimeout(runs: number, msPerRun: number): number {
  return Math.max(180_000, Math.ceil(runs * msPerRun * 10))
}
