/**
 * Every recipe of examples/workflows/ copied into one consumer repository, and the action run
 * for each trigger they use, as GitHub would run them (__tests__/support/recipes.ts): which
 * workflows fire, which jobs are skipped, the artifacts passed between runs, the comment, the
 * job summary and the exit status, against the loopback GitHub.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeRepo } from '../support/action-runner.js'
import { dirs, run, server, start, useActionHarness } from '../support/action-harness.js'
import {
  ArtifactStore,
  copyRecipes,
  dispatchEvent,
  loadRecipes,
  runRecipe,
  triggeredBy,
  type RecipeRun,
  type RunContext,
  type Trigger,
} from '../support/recipes.js'

useActionHarness()

const ROOT = join(import.meta.dirname, '..', '..')
const REPOSITORY = 'acme/credit-model'
const recipes = loadRecipes()

/**
 * The consumer's model: groups a and b, accuracy 1.0 and 0.5 (0.75 overall). `credit-model`
 * breaches its accuracy gate (an error) and bounds the gap's growth against the baseline;
 * `credit-model-lenient` passes.
 */
const CONFIG = `audits:
  - name: credit-model
    data: eval/predictions.csv
    label: y
    prediction: p
    sensitive: [grp]
    gates:
      - metric: accuracy
        min: 0.8
      - name: The accuracy gap may not widen
        metric: accuracy_difference
        max_increase: 0.05
        insufficient: pass
  - name: credit-model-lenient
    data: eval/predictions.csv
    label: y
    prediction: p
    sensitive: [grp]
    gates:
      - metric: accuracy
        min: 0.5
`
const CSV = 'y,p,grp\n1,1,a\n0,0,a\n1,1,a\n0,0,a\n1,1,b\n0,1,b\n1,0,b\n0,0,b\n'

function consumer(): RunContext {
  const repo = makeRepo({ '.github/model-audit.yml': CONFIG, 'eval/predictions.csv': CSV })
  dirs.push(repo)
  copyRecipes(repo, recipes)
  return {
    repo,
    repository: REPOSITORY,
    store: new ArtifactStore(),
    runAction: (workspace, eventName, eventPath, extra) => run(workspace, eventName, eventPath, extra),
  }
}

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, '__fixtures__', 'events', `${name}.json`), 'utf8')) as Record<string, unknown>

const PUSH_MAIN: Trigger = {
  eventName: 'push',
  payload: fixture('push'),
  branch: 'main',
  changed: ['eval/predictions.csv'],
}
const SAME_REPO_PR: Trigger = {
  eventName: 'pull_request',
  payload: fixture('pull_request.opened.same-repo'),
  branch: 'main',
  changed: ['eval/predictions.csv'],
}
const FORK_PR: Trigger = {
  eventName: 'pull_request',
  payload: fixture('pull_request.synchronize.fork'),
  branch: 'main',
  changed: ['eval/predictions.csv'],
}

/** The text a reader sees of escaped markdown (its entities decoded). */
const decoded = (md: string): string =>
  md
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const byRecipe = (runs: RecipeRun[], file: string): RecipeRun => {
  const found = runs.find((r) => r.recipe === file)
  if (!found) throw new Error(`${file} did not run; ran: ${runs.map((r) => r.recipe).join(', ')}`)
  return found
}
const stepOf = (r: RecipeRun, name: RegExp) => r.jobs.flatMap((j) => j.steps).find((s) => name.test(s.name))
const reportOf = (r: RecipeRun, artifact: string) => {
  const files = r.run.artifacts.get(artifact)
  const [content] = files?.values() ?? []
  if (!content) throw new Error(`${r.recipe} uploaded no ${artifact}`)
  return JSON.parse(content.toString('utf8')) as {
    passed: boolean
    audits: { name: string }[]
    baseline?: { status: string }
  }
}

// Up to four action runs a test, each a few seconds idle: the bound is ten times that.
describe('the recipes, copied together into one repository', { timeout: 180_000 }, () => {
  it('have distinct file names and workflow names, and the workflow_run pair names only the compute workflow', () => {
    const names = recipes.map((r) => r.workflow.name)
    expect(new Set(names).size).toBe(names.length)
    for (const r of recipes) {
      const workflows = (r.workflow.on.workflow_run?.workflows as string[] | undefined) ?? []
      for (const w of workflows)
        expect(recipes.filter((x) => x.workflow.name === w).map((x) => x.file)).toEqual(['model-audit-fork.yml'])
    }
  })

  it('pull_request from a branch: one sticky comment, first without a baseline, then against the failed main run', async () => {
    await start()
    const rc = consumer()
    // Reports the pull request commits where the recipe downloads main's (red team 8 R8-2): cleared before the downloads.
    for (const f of ['baseline/model-audit-report.json', 'history/1/model-audit-report.json']) {
      mkdirSync(dirname(join(rc.repo, f)), { recursive: true })
      writeFileSync(join(rc.repo, f), '{"planted": true}\n')
    }
    // Only the PR gate's job runs for a branch of this repository: the fork pair skips it, and the comment workflow with it.
    const first = await dispatchEvent(recipes, SAME_REPO_PR, rc)
    expect(first.map((r) => `${r.recipe} ${r.run.conclusion}`)).toEqual([
      'model-audit-fork.yml skipped',
      'model-audit-fork-comment.yml skipped',
      'model-audit-pr.yml failure',
    ])
    const pr = byRecipe(first, 'model-audit-pr.yml')
    expect(stepOf(pr, /default branch's last report/)?.note).toBe('no artifact found')
    expect(stepOf(pr, /Clear the download directories/)?.note).toBe('removed baseline, history')
    const [gate] = pr.actions
    expect(gate?.stderr ?? '').not.toContain('planted')
    expect(gate?.commands.map((c) => c.message).join('\n')).not.toMatch(/history report|is not a report/)
    expect(gate?.code).toBe(1)
    expect(gate?.commands.filter((c) => c.command === 'notice').map((c) => c.message)).toEqual([
      expect.stringMatching(/^No baseline comparison: baseline baseline\/model-audit-report\.json not found/),
    ])
    let comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('Model audit failed')
    expect(gate?.summary).toMatch(/^## ❌ Model audit failed/)

    // main's audit fails its gate too: the report is still uploaded, and PRs compare with it.
    const main = await dispatchEvent(recipes, PUSH_MAIN, rc)
    expect(main.map((r) => `${r.recipe} ${r.run.conclusion}`)).toEqual(['model-audit-main.yml failure'])
    expect(reportOf(main[0]!, 'model-audit-report').passed).toBe(false)

    const second = await dispatchEvent(
      recipes,
      { ...SAME_REPO_PR, payload: fixture('pull_request.synchronize.same-repo') },
      rc,
    )
    const again = byRecipe(second, 'model-audit-pr.yml')
    expect(stepOf(again, /default branch's last report/)?.note).toBe(
      `downloaded model-audit-report of run ${main[0]!.run.id}`,
    )
    expect(again.actions[0]?.stdout).toContain('Compared with the baseline report baseline/model-audit-report.json.')
    expect(again.actions[0]?.summary).toContain('change against the baseline report')
    comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('change against the baseline report')
    // The trend: main's one report so far, downloaded by the gh step, and this run.
    expect(stepOf(again, /recent reports/)?.note).toBe(`downloaded model-audit-report of runs ${main[0]!.run.id}`)
    expect(comments[0]?.body).toContain('#### Trend over the last run and this one')

    // Two more main runs: the PR's trend has the three, newest last, with a chart of each gated value.
    const more = [await dispatchEvent(recipes, PUSH_MAIN, rc), await dispatchEvent(recipes, PUSH_MAIN, rc)]
    const third = byRecipe(
      await dispatchEvent(recipes, { ...SAME_REPO_PR, payload: fixture('pull_request.synchronize.same-repo') }, rc),
      'model-audit-pr.yml',
    )
    const ids = [more[1]![0]!.run.id, more[0]![0]!.run.id, main[0]!.run.id]
    expect(stepOf(third, /recent reports/)?.note).toBe(`downloaded model-audit-report of runs ${ids.join(', ')}`)
    comments = server.commentsOn('acme', 'credit-model', 42)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('#### Trend over the last 3 runs and this one')
    expect(comments[0]?.body).toContain('xychart-beta')
    expect(third.actions[0]?.summary).toContain('#### Trend over the last 3 runs and this one')
  })

  it('pull_request from a fork: computed with no write, commented by the workflow_run pair with the baseline', async () => {
    await start()
    const rc = consumer()
    await dispatchEvent(recipes, PUSH_MAIN, rc)
    server.addPull({
      owner: 'acme',
      repo: 'credit-model',
      number: 43,
      state: 'open',
      head: {
        sha: 'd4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5',
        ref: 'fix-threshold',
        owner: 'contributor',
        repo: 'credit-model',
      },
    })
    const runs = await dispatchEvent(recipes, FORK_PR, rc)
    expect(runs.map((r) => `${r.recipe} ${r.run.conclusion}`)).toEqual([
      'model-audit-fork.yml failure',
      'model-audit-fork-comment.yml success',
      'model-audit-pr.yml skipped',
    ])
    const compute = byRecipe(runs, 'model-audit-fork.yml')
    expect(compute.actions[0]?.code).toBe(1)
    expect(reportOf(compute, 'model-audit-fork-report').baseline?.status).toBe('compared')
    const publish = byRecipe(runs, 'model-audit-fork-comment.yml')
    expect(publish.actions[0]?.code).toBe(0)
    expect(publish.actions[0]?.summary).toMatch(/^## ❌ Model audit failed/)
    // The compute run wrote nothing to GitHub; the comment workflow wrote the one comment.
    expect(server.requestsOf('issues/create-comment')).toHaveLength(1)
    const comments = server.commentsOn('acme', 'credit-model', 43)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body.split('\n')[0]).toContain('via="workflow_run"')
  })

  it("a fork's pull_request run of model-audit-main.yml from its own `main` is neither the PR gate's baseline nor its history (red team 40 R40-7)", async () => {
    await start()
    const rc = consumer()
    const main = (await dispatchEvent(recipes, PUSH_MAIN, rc))[0]!
    expect(main.run).toMatchObject({ recipe: 'model-audit-main.yml', event: 'push', fork: false })
    // A fork's pull request runs the fork's workflow files: its model-audit-main.yml also runs on
    // pull_request, from the fork's branch `main`, and uploads a model-audit-report of the fork's data.
    const mainRecipe = recipes.find((r) => r.file === 'model-audit-main.yml')!
    const forged = {
      ...mainRecipe,
      workflow: { ...mainRecipe.workflow, on: { ...mainRecipe.workflow.on, pull_request: null } },
    }
    const fork = makeRepo({
      '.github/model-audit.yml': CONFIG,
      'eval/predictions.csv': 'y,p,grp\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n',
    })
    dirs.push(fork)
    const planted = await runRecipe(forged, FORK_PR, { ...rc, repo: fork })
    expect(planted.run).toMatchObject({
      recipe: 'model-audit-main.yml',
      event: 'pull_request',
      branch: 'main',
      fork: true,
    })
    expect(reportOf(planted, 'model-audit-report').passed).toBe(true)

    const pr = byRecipe(await dispatchEvent(recipes, SAME_REPO_PR, rc), 'model-audit-pr.yml')
    // `--branch main` alone listed the fork's run first: its report was "the latest run" of the trend.
    expect(stepOf(pr, /recent reports/)?.note).toBe(`downloaded model-audit-report of runs ${main.run.id}`)
    expect(stepOf(pr, /default branch's last report/)?.note).toBe(`downloaded model-audit-report of run ${main.run.id}`)
  })

  it('workflow_run with no report (the fork run stopped before its audit): a warning and a summary, and green', async () => {
    await start()
    const rc = consumer()
    const broken = makeRepo({ '.github/model-audit.yml': 'audits: [', 'eval/predictions.csv': CSV })
    dirs.push(broken)
    copyRecipes(broken, recipes)
    const runs = await dispatchEvent(recipes, FORK_PR, { ...rc, repo: broken })
    const compute = byRecipe(runs, 'model-audit-fork.yml')
    expect(compute.run.conclusion).toBe('failure')
    expect(compute.run.artifacts.size).toBe(0)
    const publish = byRecipe(runs, 'model-audit-fork-comment.yml')
    expect(stepOf(publish, /report the fork's run computed/)?.outcome).toBe('failure')
    expect(publish.run.conclusion).toBe('success')
    expect(publish.actions[0]?.summary).toMatch(/^## ⚠️ Model audit: no report to publish/)
    expect(decoded(publish.actions[0]?.summary ?? '')).toContain(
      '"Model audit (fork PR)" run (failure), https://github.com/',
    )
    expect(server.comments).toEqual([])
  })

  it('push to another branch runs nothing; schedule: fail, fail, pass keeps one alert issue, then closes it', async () => {
    await start()
    const rc = consumer()
    expect(triggeredBy(recipes, { ...PUSH_MAIN, branch: 'feature' })).toEqual([])
    const schedule: Trigger = { eventName: 'schedule', payload: fixture('schedule') }
    const runs = await dispatchEvent(recipes, schedule, rc)
    expect(runs.map((r) => `${r.recipe} ${r.run.conclusion}`)).toEqual(['model-audit-nightly.yml failure'])
    const nightly = runs[0]!
    expect(nightly.actions[0]?.code).toBe(1)
    expect(nightly.actions[0]?.summary).toMatch(/^## ❌ Model audit failed/)
    expect(reportOf(nightly, 'model-audit-nightly').passed).toBe(false)
    expect(server.comments).toEqual([])
    let issues = server.issuesOf('acme', 'credit-model')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ state: 'open', labels: ['model-audit'] })
    expect(issues[0]?.body).toContain(`/actions/runs/${nightly.run.id}`)
    expect(nightly.actions[0]?.outputs['issue-url']).toMatch(/\/issues\/\d+$/)

    // The next night fails again: the same issue, its body now linking that run.
    const again = (await dispatchEvent(recipes, schedule, rc))[0]!
    expect(again.run.conclusion).toBe('failure')
    issues = server.issuesOf('acme', 'credit-model')
    expect(issues).toHaveLength(1)
    expect(issues[0]?.state).toBe('open')
    expect(issues[0]?.body).toContain(`/actions/runs/${again.run.id}`)

    // The model is fixed: the nightly audit passes, comments on the issue and closes it.
    writeFileSync(join(rc.repo, 'eval', 'predictions.csv'), 'y,p,grp\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n')
    const fixed = (await dispatchEvent(recipes, schedule, rc))[0]!
    expect(fixed.run.conclusion).toBe('success')
    issues = server.issuesOf('acme', 'credit-model')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(server.commentsOn('acme', 'credit-model', issues[0]!.number).at(-1)?.body).toMatch(/Passing again/)
  })

  it('workflow_dispatch: the form inputs reach the action (audit, fail-on)', async () => {
    await start()
    const rc = consumer()
    const dispatch = (inputs: Record<string, string>): Trigger => ({
      eventName: 'workflow_dispatch',
      payload: { ...fixture('workflow_dispatch'), inputs },
    })
    const one = await dispatchEvent(recipes, dispatch({ audit: 'credit-model-lenient', 'fail-on': 'error' }), rc)
    expect(one.map((r) => `${r.recipe} ${r.run.conclusion}`)).toEqual(['model-audit-manual.yml success'])
    expect(one[0]?.actions[0]?.summary).toMatch(/^## ✅ Model audit passed/)
    expect(one[0]?.actions[0]?.outputs).toMatchObject({ passed: 'true', 'failed-gates': '0' })
    expect(one[0]?.actions[0]?.stdout).toContain('Audit .github/model-audit.yml (audit credit-model-lenient)')
    const all = await dispatchEvent(recipes, dispatch({ audit: '', 'fail-on': 'never' }), rc)
    expect(all[0]?.actions[0]?.code).toBe(0)
    expect(all[0]?.actions[0]?.outputs).toMatchObject({ passed: 'false', 'failed-gates': '1' })
    expect(all[0]?.actions[0]?.stdout).toContain('fail-on: never, so the job passes')
    const strict = await dispatchEvent(recipes, dispatch({ audit: '', 'fail-on': 'error' }), rc)
    expect(strict[0]?.run.conclusion).toBe('failure')
    expect(server.requests).toEqual([])
  })

  it('release: a breached gate fails the audit job, and the jobs that need it do not run', async () => {
    await start()
    const rc = consumer()
    const runs = await dispatchEvent(recipes, { eventName: 'release', payload: fixture('release.published') }, rc)
    expect(runs.map((r) => r.recipe)).toEqual(['model-audit-release.yml'])
    expect(runs[0]?.jobs.map((j) => `${j.job} ${j.result}`)).toEqual(['audit failure', 'publish skipped'])
    expect(runs[0]?.actions[0]?.summary).toMatch(/^## ❌ Model audit failed/)
    expect(server.requests).toEqual([])
  })
})
