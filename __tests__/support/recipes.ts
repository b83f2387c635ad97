/**
 * The recipes of examples/workflows/ run as GitHub would run them in one consumer repository:
 * which workflows an event triggers (`on:` with its branch and path filters, `workflow_run`
 * by workflow name), which jobs and steps run (`if:`, `needs:`, `continue-on-error`), and what
 * each step does — our action through the action runner against the loopback GitHub, the
 * artifact actions on an in-memory artifact store, `actions/checkout` as a copy of the
 * consumer repository into the job's empty workspace (each job starts on a fresh runner).
 * `run:` steps are not executed (they are the recipes' placeholders), but for `rm -rf` of top-level
 * directories and the trend recipe's `gh run list | gh run download`.
 *
 * Expressions are evaluated by a small evaluator of the subset the recipes use (contexts
 * `github`, `inputs`, `steps`; `==`, `!=`, `&&`, `||`, `!`; `always()`, `success()`,
 * `failure()`); anything else throws, so a recipe that grows past it fails the test instead
 * of being misread. A later test extends this file for more actions (e.g. an issue step).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { parse } from 'yaml'
import type { ActionRun, RunOptions } from './action-runner.js'

const ROOT = join(import.meta.dirname, '..', '..')
export const RECIPES_DIR = join(ROOT, 'examples', 'workflows')

/** How a workflow names our action: the published name, or the repository itself. */
export const isOurAction = (uses: unknown): boolean =>
  typeof uses === 'string' && (uses === './' || /^model-audit-gate\/model-audit-gate@/.test(uses))

export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string | boolean
  with?: Record<string, string | number | boolean>
  'continue-on-error'?: boolean
}

export interface Job {
  if?: string | boolean
  needs?: string | string[]
  'runs-on': string
  steps: Step[]
}

export interface Workflow {
  name: string
  on: Record<string, Record<string, unknown> | null>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

export interface Recipe {
  /** The file name, e.g. model-audit-pr.yml (as `workflow:` and artifacts' lookups name it). */
  file: string
  text: string
  workflow: Workflow
}

/** Every recipe file, parsed. */
export function loadRecipes(dir = RECIPES_DIR): Recipe[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      return { file, text, workflow: parse(text) as Workflow }
    })
}

/** Copies every recipe to `.github/workflows/` of a consumer repository, as a team adopting them would. */
export function copyRecipes(workspace: string, recipes: Recipe[]): void {
  mkdirSync(join(workspace, '.github', 'workflows'), { recursive: true })
  for (const r of recipes) writeFileSync(join(workspace, '.github', 'workflows', r.file), r.text)
}

// ---------------------------------------------------------------- expressions

type Value = string | number | boolean | null | Record<string, unknown> | unknown[]

export interface ExpressionContext {
  github: Record<string, unknown>
  inputs: Record<string, unknown>
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>
  /** Whether an earlier step of the job failed (for `success()` / `failure()`). */
  jobFailed: boolean
}

const truthy = (v: unknown): boolean => v !== null && v !== undefined && v !== false && v !== 0 && v !== ''
const asString = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)

/** Evaluates one expression (without `${{ }}`). */
export function evaluate(expression: string, ctx: ExpressionContext): Value {
  const tokens =
    expression.match(/'(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*|\d+|\S/g) ?? []
  let i = 0
  const peek = (): string | undefined => tokens[i]
  const fail = (why: string): never => {
    throw new Error(`recipes.ts cannot evaluate \`${expression}\`: ${why}`)
  }
  const or = (): Value => {
    let left = and()
    while (peek() === '||') {
      i++
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  const and = (): Value => {
    let left = compare()
    while (peek() === '&&') {
      i++
      const right = compare()
      left = truthy(left) ? right : left
    }
    return left
  }
  const compare = (): Value => {
    const left = unary()
    const op = peek()
    if (op !== '==' && op !== '!=') return left
    i++
    const right = unary()
    // GitHub compares strings case-insensitively.
    const same = asString(left).toLowerCase() === asString(right).toLowerCase()
    return op === '==' ? same : !same
  }
  const unary = (): Value => {
    if (peek() === '!') {
      i++
      return !truthy(unary())
    }
    return primary()
  }
  const primary = (): Value => {
    const t = tokens[i++] ?? fail('unexpected end')
    if (t === '(') {
      const v = or()
      if (tokens[i++] !== ')') fail('missing )')
      return v
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'")
    if (/^\d+$/.test(t)) return Number(t)
    if (t === 'true' || t === 'false') return t === 'true'
    if (t === 'null') return null
    if (peek() === '(') {
      i++
      if (tokens[i++] !== ')') fail(`${t}() with arguments is not supported`)
      if (t === 'always') return true
      if (t === 'success') return !ctx.jobFailed
      if (t === 'failure') return ctx.jobFailed
      return fail(`unknown function ${t}()`)
    }
    const [head, ...rest] = t.split('.')
    const roots: Record<string, unknown> = { github: ctx.github, inputs: ctx.inputs, steps: ctx.steps }
    if (!(head! in roots)) return fail(`unknown context ${head}`)
    let v: unknown = roots[head!]
    for (const key of rest) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined
    return (v ?? null) as Value
  }
  const value = or()
  if (i !== tokens.length) fail(`unexpected ${tokens[i]}`)
  return value
}

/** A `with:` value or `if:` with its `${{ }}` parts evaluated, as the runner does. */
export function interpolate(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => asString(evaluate(e.trim(), ctx)))
}

function condition(raw: string | boolean | undefined, ctx: ExpressionContext, step: boolean): boolean {
  if (raw === undefined) return step ? !ctx.jobFailed : true
  if (typeof raw === 'boolean') return raw
  const expr = raw.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  // A step's `if:` without a status function implies success().
  const statusChecked = /\b(always|success|failure|cancelled)\(\)/.test(expr)
  return truthy(evaluate(expr, ctx)) && (!step || statusChecked || !ctx.jobFailed)
}

// ---------------------------------------------------------------- triggers

/** `**` and `*` of GitHub's filter patterns, enough for the recipes' `paths:` and `branches:`. */
function globMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*')
  return new RegExp(`^${re}$`).test(path)
}

export interface Trigger {
  eventName: string
  payload: Record<string, unknown>
  /** The branch a push went to, or a pull request's base branch. */
  branch?: string
  /** The files a pull request or push changed (for `paths:`). */
  changed?: string[]
  /** On `workflow_run`: the name of the workflow whose run completed. */
  completedWorkflow?: string
}

/** The recipes this event starts, by their `on:` and its filters. */
export function triggeredBy(recipes: Recipe[], t: Trigger): Recipe[] {
  return recipes.filter(({ workflow }) => {
    if (!(t.eventName in workflow.on)) return false
    const filter = workflow.on[t.eventName] ?? {}
    const branches = filter.branches as string[] | undefined
    if (branches && !branches.some((b) => globMatches(b, t.branch ?? ''))) return false
    const paths = filter.paths as string[] | undefined
    if (paths && !(t.changed ?? []).some((f) => paths.some((p) => globMatches(p, f)))) return false
    const types = filter.types as string[] | undefined
    const action =
      (t.payload.action as string | undefined) ?? (t.eventName === 'workflow_run' ? 'completed' : undefined)
    if (types && !types.includes(action ?? '')) return false
    const workflows = filter.workflows as string[] | undefined
    if (workflows && !workflows.includes(t.completedWorkflow ?? '')) return false
    return true
  })
}

// ---------------------------------------------------------------- artifacts

export interface WorkflowRun {
  id: number
  recipe: string
  name: string
  event: string
  /**
   * The branch a push went to, or a pull request's base branch — which is also the head branch's
   * name in the case the tests use it for: a fork's pull request from its own `main`.
   */
  branch: string
  /** A pull_request run from a fork: its head repository is not this one. */
  fork: boolean
  conclusion: 'success' | 'failure' | 'skipped'
  /** Artifact name → files (path relative to the artifact root → content). */
  artifacts: Map<string, Map<string, Buffer>>
}

/** Every run so far, newest last: what the artifact actions search. */
export class ArtifactStore {
  readonly runs: WorkflowRun[] = []
  private nextId = 1000

  newRunId(): number {
    return ++this.nextId
  }
}

function extract(files: Map<string, Buffer>, workspace: string, to: string): void {
  for (const [name, content] of files) {
    const at = join(workspace, to, name)
    mkdirSync(dirname(at), { recursive: true })
    writeFileSync(at, content)
  }
}

// ---------------------------------------------------------------- running

export interface StepResult {
  name: string
  uses?: string
  outcome: 'success' | 'failure' | 'skipped' | 'not simulated'
  /** What the step did, for the test's messages (an artifact found, a warning). */
  note?: string
  /** Our action's run, for its steps. */
  action?: ActionRun
}

export interface JobResult {
  job: string
  result: 'success' | 'failure' | 'skipped'
  steps: StepResult[]
}

export interface RecipeRun {
  recipe: string
  run: WorkflowRun
  jobs: JobResult[]
  /** Our action's runs, in order. */
  actions: ActionRun[]
}

export interface RunContext {
  /** The consumer repository as committed: what `actions/checkout` puts in a job's workspace. */
  repo: string
  /** `github.repository`. */
  repository: string
  store: ArtifactStore
  /** Runs our action in a workspace, on this event, with these inputs (the action harness's `run`). */
  runAction: (workspace: string, eventName: string, eventPath: string, extra: Partial<RunOptions>) => Promise<ActionRun>
}

/** Runs every job of one recipe for an event, as the runner would; records the run and its artifacts in the store. */
export async function runRecipe(recipe: Recipe, t: Trigger, rc: RunContext): Promise<RecipeRun> {
  const pr = t.payload.pull_request as
    { head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } } | undefined
  const run: WorkflowRun = {
    id: rc.store.newRunId(),
    recipe: recipe.file,
    name: recipe.workflow.name,
    event: t.eventName,
    branch: t.branch ?? '',
    fork: pr !== undefined && pr.head?.repo?.full_name !== pr.base?.repo?.full_name,
    conclusion: 'success',
    artifacts: new Map(),
  }
  const eventDir = mkdtempSync(join(tmpdir(), 'mag-recipe-event-'))
  const eventPath = join(eventDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(t.payload))
  const github = {
    event_name: t.eventName,
    event: t.payload,
    repository: rc.repository,
    token: 'ghs_installation_token_for_tests',
    ref_name: t.branch ?? '',
    run_id: run.id,
  }
  const inputs = t.eventName === 'workflow_dispatch' ? ((t.payload.inputs as Record<string, unknown>) ?? {}) : {}
  const jobs: JobResult[] = []
  const actions: ActionRun[] = []
  const workspaces: string[] = []
  try {
    for (const [name, job] of Object.entries(recipe.workflow.jobs)) {
      const needs = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? [])
      const ctx: ExpressionContext = { github, inputs, steps: {}, jobFailed: false }
      const blocked = needs.some((n) => jobs.find((j) => j.job === n)?.result !== 'success')
      if (blocked || !condition(job.if, ctx, false)) {
        jobs.push({ job: name, result: 'skipped', steps: [] })
        continue
      }
      const steps: StepResult[] = []
      // A fresh runner: an empty workspace until a checkout step.
      const workspace = mkdtempSync(join(tmpdir(), 'mag-recipe-job-'))
      workspaces.push(workspace)
      for (const step of job.steps) {
        const label = step.name ?? step.uses ?? step.run ?? '?'
        if (!condition(step.if, ctx, true)) {
          steps.push({ name: label, uses: step.uses, outcome: 'skipped' })
          continue
        }
        const w = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]),
        ) as Record<string, string>
        const result = await runStep(step, w, { ...rc, workspace, eventName: t.eventName, eventPath, run, actions })
        result.name = label
        steps.push(result)
        const outcome = result.outcome === 'not simulated' ? 'success' : result.outcome
        if (step.id)
          ctx.steps[step.id] = {
            outputs: result.action?.outputs ?? {},
            outcome,
            conclusion: outcome === 'failure' && step['continue-on-error'] ? 'success' : outcome,
          }
        if (result.outcome === 'failure' && !step['continue-on-error']) ctx.jobFailed = true
      }
      jobs.push({ job: name, result: ctx.jobFailed ? 'failure' : 'success', steps })
    }
  } finally {
    for (const d of [eventDir, ...workspaces]) rmSync(d, { recursive: true, force: true })
  }
  run.conclusion = jobs.some((j) => j.result === 'failure')
    ? 'failure'
    : jobs.every((j) => j.result === 'skipped')
      ? 'skipped'
      : 'success'
  rc.store.runs.push(run)
  return { recipe: recipe.file, run, jobs, actions }
}

async function runStep(
  step: Step,
  w: Record<string, string>,
  rc: RunContext & { workspace: string; eventName: string; eventPath: string; run: WorkflowRun; actions: ActionRun[] },
): Promise<StepResult> {
  const uses = step.uses
  if (uses === undefined) {
    if (step.run?.includes('gh run list')) return ghRunDownloads(step.run, rc)
    if (step.run !== undefined && /^rm -rf /.test(step.run.trim())) return removeDirs(step.run, rc.workspace)
    return { name: '', outcome: 'not simulated', note: 'a shell step' }
  }
  const action = uses.replace(/@.*$/, '')
  if (isOurAction(uses)) {
    const r = await rc.runAction(rc.workspace, rc.eventName, rc.eventPath, { inputs: w, runId: String(rc.run.id) })
    rc.actions.push(r)
    return { name: '', uses, outcome: r.code === 0 ? 'success' : 'failure', action: r }
  }
  if (action === 'actions/checkout') {
    cpSync(rc.repo, rc.workspace, { recursive: true })
    return { name: '', uses, outcome: 'success', note: 'checked out the repository' }
  }
  if (action === 'actions/upload-artifact') {
    const paths = (w.path ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean)
    const files = new Map<string, Buffer>()
    for (const p of paths)
      if (existsSync(join(rc.workspace, p))) files.set(relative('.', p), readFileSync(join(rc.workspace, p)))
    if (files.size === 0) {
      const policy = w['if-no-files-found'] ?? 'warn'
      return { name: '', uses, outcome: policy === 'error' ? 'failure' : 'success', note: `no files at ${w.path}` }
    }
    rc.run.artifacts.set(w.name ?? 'artifact', files)
    return { name: '', uses, outcome: 'success', note: `uploaded ${w.name}` }
  }
  if (action === 'actions/download-artifact') {
    const runId = Number(w['run-id'] ?? rc.run.id)
    const from = rc.store.runs.find((r) => r.id === runId)
    const files = from?.artifacts.get(w.name ?? '')
    if (!files) return { name: '', uses, outcome: 'failure', note: `no artifact ${w.name} in run ${runId}` }
    extract(files, rc.workspace, w.path ?? '.')
    return { name: '', uses, outcome: 'success', note: `downloaded ${w.name} of run ${runId}` }
  }
  if (action === 'dawidd6/action-download-artifact') {
    // Its default is the last *successful* run; `workflow_conclusion: completed` takes failed runs too.
    // A fork's runs only with `allow_forks: true` (false by default since its PR #290, advisory GHSA-5xr6-xhww-33m4).
    const wanted = w.workflow_conclusion ?? 'success'
    const candidates = rc.store.runs.filter(
      (r) =>
        r.recipe === w.workflow &&
        (w.branch === undefined || r.branch === w.branch) &&
        (!r.fork || w.allow_forks === 'true') &&
        r.conclusion !== 'skipped' &&
        (wanted === 'completed' || r.conclusion === wanted) &&
        (w.check_artifacts !== 'true' || r.artifacts.has(w.name ?? '')),
    )
    const found = candidates.at(-1)?.artifacts.get(w.name ?? '')
    if (!found) {
      const policy = w.if_no_artifact_found ?? 'fail'
      return { name: '', uses, outcome: policy === 'fail' ? 'failure' : 'success', note: 'no artifact found' }
    }
    extract(found, rc.workspace, w.path ?? '.')
    return { name: '', uses, outcome: 'success', note: `downloaded ${w.name} of run ${candidates.at(-1)?.id}` }
  }
  throw new Error(`recipes.ts does not simulate ${uses}: add it here`)
}

/**
 * The recipes' `rm -rf DIR…` step, which clears the download directories of files the pull
 * request committed there. Only plain relative names inside the workspace; anything else throws.
 */
function removeDirs(script: string, workspace: string): StepResult {
  const names = script
    .trim()
    .replace(/^rm -rf /, '')
    .split(/\s+/)
  for (const name of names) {
    if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..')
      throw new Error(`recipes.ts simulates rm -rf of plain directory names only, not ${name}`)
    rmSync(join(workspace, name), { recursive: true, force: true })
  }
  return { name: '', outcome: 'success', note: `removed ${names.join(', ')}` }
}

/**
 * The trend recipe's shell step: `gh run list --workflow W --branch B [--event E] --status completed
 * --limit N` piped into `gh run download ID --name A --dir "DIR/$id"` for each run, newest first, as
 * the GitHub CLI does it. `--branch` matches the run's branch by name, fork or not, as GitHub's
 * head-branch filter does; `--event` the event that started it. The script must have exactly that
 * shape (anything else throws, so a changed recipe is simulated on purpose or not at all).
 */
function ghRunDownloads(script: string, rc: { workspace: string; store: ArtifactStore; run: WorkflowRun }): StepResult {
  const flag = (name: string): string => {
    const m = new RegExp(`--${name} ("[^"]*"|\\S+)`).exec(script)
    if (!m?.[1]) throw new Error(`recipes.ts: the gh step has no --${name}:\n${script}`)
    return m[1].replace(/^"|"$/g, '')
  }
  if (flag('status') !== 'completed') throw new Error('recipes.ts simulates gh run list --status completed only')
  const workflow = flag('workflow')
  const branch = flag('branch')
  const event = script.includes('--event ') ? flag('event') : undefined
  const limit = Number(flag('limit'))
  const name = flag('name')
  const dir = flag('dir')
  if (!dir.endsWith('/$id')) throw new Error(`recipes.ts: gh run download --dir ${dir} is not per run ("…/$id")`)
  const listed = rc.store.runs
    .filter(
      (r) =>
        r.recipe === workflow &&
        r.branch === branch &&
        (event === undefined || r.event === event) &&
        r.conclusion !== 'skipped',
    )
    .slice(-limit)
    .reverse()
  const got: number[] = []
  for (const r of listed) {
    const files = r.artifacts.get(name)
    if (!files) continue
    extract(files, rc.workspace, dir.replace(/\$id$/, String(r.id)))
    got.push(r.id)
  }
  return { name: '', outcome: 'success', note: `downloaded ${name} of runs ${got.join(', ') || 'none'}` }
}

/**
 * The `workflow_run` event GitHub sends when `run` completes. For a pull request from a branch
 * of the repository it lists the pull request; for a fork's it lists none (the action then
 * looks the pull request up by head).
 */
export function workflowRunPayload(run: WorkflowRun, cause: Trigger, repository: string): Record<string, unknown> {
  const pr = cause.payload.pull_request as
    | {
        number: number
        head: { sha: string; ref: string; repo: { id: number; full_name: string; owner: { login: string } } }
        base: { repo: { id: number; full_name: string } }
      }
    | undefined
  const sameRepo = pr !== undefined && pr.head.repo.full_name === pr.base.repo.full_name
  return {
    action: 'completed',
    workflow_run: {
      id: run.id,
      name: run.name,
      event: run.event,
      status: 'completed',
      conclusion: run.conclusion,
      html_url: `https://github.com/${repository}/actions/runs/${run.id}`,
      head_branch: pr?.head.ref ?? run.branch,
      head_sha:
        pr?.head.sha ?? (cause.payload.after as string | undefined) ?? '9999999999999999999999999999999999999999',
      head_repository: pr
        ? { full_name: pr.head.repo.full_name, owner: { login: pr.head.repo.owner.login } }
        : undefined,
      pull_requests: sameRepo
        ? [
            {
              number: pr.number,
              head: { sha: pr.head.sha, ref: pr.head.ref, repo: { id: pr.head.repo.id } },
              base: { repo: { id: pr.base.repo.id } },
            },
          ]
        : [],
    },
    repository: cause.payload.repository,
  }
}

/**
 * An event in the consumer repository: every recipe it triggers runs, and each completed run
 * then triggers the recipes whose `workflow_run` names it (the fork-safe pair's second half).
 */
export async function dispatchEvent(recipes: Recipe[], t: Trigger, rc: RunContext): Promise<RecipeRun[]> {
  const runs: RecipeRun[] = []
  for (const recipe of triggeredBy(recipes, t)) {
    const done = await runRecipe(recipe, t, rc)
    runs.push(done)
    const next: Trigger = {
      eventName: 'workflow_run',
      payload: workflowRunPayload(done.run, t, rc.repository),
      branch: t.branch,
      completedWorkflow: done.run.name,
    }
    for (const follower of triggeredBy(recipes, next)) runs.push(await runRecipe(follower, next, rc))
  }
  return runs
}
