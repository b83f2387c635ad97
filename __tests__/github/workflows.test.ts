/**
 * The workflows we ship (.github/workflows/ and the recipes in examples/workflows/) and the
 * README's workflow snippets: what actionlint cannot check. actionlint (`npm run
 * lint:workflows`, in CI) does not read our action.yml for `uses: ./` or know the published
 * name, so every `with:` of our steps is checked against action.yml here; the README's
 * snippets must be excerpts of a recipe; the artifacts one recipe uploads must be the ones the
 * next downloads; the `$schema` URL must be the schema's `$id`; and the release workflow's
 * tag step must move the major tag.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { isOurAction, loadRecipes, type Step, type Workflow } from '../support/recipes.js'

const ROOT = join(import.meta.dirname, '..', '..')
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>
}
const shipped = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: `${dir}/${f}`, workflow: parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Workflow })),
)
const stepsOf = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps ?? [])
const recipes = loadRecipes()
const recipe = (file: string): Workflow => {
  const r = recipes.find((x) => x.file === file)
  if (!r) throw new Error(`no recipe ${file}`)
  return r.workflow
}
const step = (w: Workflow, uses: RegExp): Step => {
  const s = stepsOf(w).find((x) => uses.test(x.uses ?? ''))
  if (!s) throw new Error(`no step using ${String(uses)}`)
  return s
}

describe('every shipped workflow', () => {
  it('gives our action only inputs action.yml declares, and every required one', () => {
    const declared = Object.keys(action.inputs)
    const required = declared.filter(
      (k) => action.inputs[k]?.required === true && action.inputs[k]?.default === undefined,
    )
    let ours = 0
    for (const { path, workflow } of shipped)
      for (const s of stepsOf(workflow).filter((x) => isOurAction(x.uses))) {
        ours++
        const given = Object.keys(s.with ?? {})
        expect(given.filter((k) => !declared.includes(k)).map((k) => `${path}: ${k}`)).toEqual([])
        expect(required.filter((k) => !given.includes(k)).map((k) => `${path}: ${k}`)).toEqual([])
      }
    // The recipes and the dogfood job: a check that found no step would pass on nothing.
    expect(ours).toBeGreaterThanOrEqual(recipes.length)
  })

  it('names distinct workflows', () => {
    const names = shipped.map((s) => s.workflow.name)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('the recipes pass their artifacts to each other', () => {
  it('the PR gate and the fork compute download what model-audit-main.yml uploads, and read it where it lands', () => {
    const upload = step(recipe('model-audit-main.yml'), /^actions\/upload-artifact@/)
    expect(upload.if).toBe('always()')
    const main = recipe('model-audit-main.yml')
    const branches = (main.on.push?.branches as string[] | undefined) ?? []
    for (const file of ['model-audit-pr.yml', 'model-audit-fork.yml']) {
      const w = recipe(file)
      const download = step(w, /^dawidd6\/action-download-artifact@/).with ?? {}
      expect(download.workflow).toBe('model-audit-main.yml')
      expect(branches).toContain(download.branch)
      expect(download.workflow_conclusion).toBe('completed')
      expect(download.name).toBe(upload.with?.name)
      const ours = stepsOf(w).find((x) => isOurAction(x.uses))
      expect(ours?.with?.baseline).toBe(`${String(download.path)}/${basename(String(upload.with?.path))}`)
    }
    expect(step(main, /^model-audit-gate\//).with?.['report-path']).toBe(upload.with?.path)
  })

  it('the workflow_run half downloads what the fork compute uploads, from the run that triggered it', () => {
    const compute = recipe('model-audit-fork.yml')
    const comment = recipe('model-audit-fork-comment.yml')
    expect(comment.on.workflow_run?.workflows).toEqual([compute.name])
    const upload = step(compute, /^actions\/upload-artifact@/)
    const computed = stepsOf(compute).find((x) => isOurAction(x.uses))?.with ?? {}
    expect(computed.comment).toBe('never')
    expect(upload.with?.path).toBe(computed['report-path'])
    const download = step(comment, /^actions\/download-artifact@/)
    expect(download.with?.name).toBe(upload.with?.name)
    expect(download.with?.['run-id']).toBe('${{ github.event.workflow_run.id }}')
    expect(stepsOf(comment).find((x) => isOurAction(x.uses))?.with?.['report-path']).toBe(
      basename(String(upload.with?.path)),
    )
    // It never checks out (or runs) the fork's code.
    expect(stepsOf(comment).some((x) => /^actions\/checkout@/.test(x.uses ?? ''))).toBe(false)
    expect(stepsOf(comment).some((x) => x.run !== undefined)).toBe(false)
  })
})

/** The README's yaml blocks that are workflows (or parts of one), with the recipe each names on its first line. */
function readmeWorkflowSnippets(): { file: string | null; body: string[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => (m[1] as string).replace(/\n$/, '').split('\n'))
    .filter((lines) => lines.some((l) => /^\s*(- )?uses:|^on:|^jobs:|^permissions:/.test(l)))
    .map((lines) => {
      const named = /^# examples\/workflows\/([\w.-]+\.yml)$/.exec(lines[0] ?? '')
      return { file: named ? (named[1] as string) : null, body: named ? lines.slice(1) : lines }
    })
}

/** Whether `snippet` is `file` with lines left out where it says `# …`, indented alike. */
function isExcerpt(snippet: string[], file: string[]): boolean {
  const chunks: string[][] = [[]]
  for (const line of snippet) {
    if (line.trim() === '# …') chunks.push([])
    else chunks.at(-1)!.push(line)
  }
  let from = 0
  for (const chunk of chunks.filter((c) => c.length > 0)) {
    let found = -1
    for (let i = from; i + chunk.length <= file.length && found < 0; i++)
      if (chunk.every((l, j) => l === file[i + j])) found = i
    if (found < 0) return false
    from = found + chunk.length
  }
  return true
}

describe('the README', () => {
  const snippets = readmeWorkflowSnippets()

  it('shows workflows only as excerpts of a recipe, each naming its file', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(8)
    for (const s of snippets) {
      expect(s.file, `a README workflow snippet names no recipe:\n${s.body.join('\n')}`).not.toBeNull()
      const text = readFileSync(join(ROOT, 'examples', 'workflows', s.file!), 'utf8').split('\n')
      expect(isExcerpt(s.body, text), `not an excerpt of examples/workflows/${s.file}:\n${s.body.join('\n')}`).toBe(
        true,
      )
    }
  })

  it('links every recipe, and no workflow file that is gone', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    for (const r of recipes) expect(readme).toContain(`(examples/workflows/${r.file})`)
    expect(readme).not.toContain('model-audit.example.yml')
    expect(readme).not.toMatch(/OWNER\//)
  })

  it('the excerpt check refuses a changed line', () => {
    const file = ['a:', '  b: 1', '  c: 2', 'd: 3']
    expect(isExcerpt(['  b: 1', '  c: 2'], file)).toBe(true)
    expect(isExcerpt(['a:', '# …', 'd: 3'], file)).toBe(true)
    expect(isExcerpt(['  b: 1', '  c: 3'], file)).toBe(false)
    expect(isExcerpt(['d: 3', '# …', 'a:'], file)).toBe(false)
  })
})

describe('the $schema URL', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'audit-config.schema.json'), 'utf8')) as { $id: string }

  it("is the schema's $id, served from the repository's v1 tag, everywhere it is written", () => {
    expect(schema.$id).toBe(
      'https://raw.githubusercontent.com/model-audit-gate/model-audit-gate/v1/schema/audit-config.schema.json',
    )
    const files = [
      'README.md',
      ...['examples/compas', 'examples/adult-weighted'].flatMap((d) =>
        readdirSync(join(ROOT, d))
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => `${d}/${f}`),
      ),
    ]
    let seen = 0
    for (const f of files)
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/\$schema[=:]\s*"?([^\s"]+)/g)) {
        seen++
        expect(`${f}: ${m[1]}`).toBe(`${f}: ${schema.$id}`)
      }
    expect(seen).toBeGreaterThanOrEqual(4)
  })
})

describe('the release workflow', () => {
  const release = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow
  const steps = stepsOf(release)
  const named = (re: RegExp): Step => {
    const s = steps.find((x) => re.test(x.name ?? x.run ?? ''))
    if (!s) throw new Error(`release.yml has no step ${String(re)}`)
    return s
  }

  it('runs on version tags, checks the version, builds, tests and packs before it moves anything', () => {
    expect(release.on.push?.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    const order = [
      /package\.json's version/,
      /^npm ci$/,
      /dist\/ is the committed build/,
      /^Test/,
      /^Pack/,
      /major tag/,
      /Publish the release/,
    ]
    const at = order.map((re) => steps.findIndex((x) => re.test(x.name ?? x.run ?? '')))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(named(/Publish the release/).run).toContain('model-audit-gate-${TAG#v}.tgz')
  })

  function sh(cwd: string, script: string, env: Record<string, string> = {}): string {
    return execFileSync('bash', ['-euo', 'pipefail', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  }

  it('moves the major tag to each release of that major, as the typescript-action release script does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mag-release-'))
    try {
      sh(dir, 'git init -q --bare remote.git && git init -q -b main work')
      const work = join(dir, 'work')
      const commit = (message: string): string =>
        sh(
          work,
          `git -c user.name=t -c user.email=t@example.com commit -q --allow-empty -m "${message}" && git rev-parse HEAD`,
        ).trim()
      sh(work, `git remote add origin ${join(dir, 'remote.git')}`)
      const moveMajor = named(/major tag/).run ?? ''
      const release = (tag: string): void => {
        sh(
          work,
          `git -c user.name=t -c user.email=t@example.com tag -a ${tag} -m "${tag} Release" && git push -q origin main ${tag}`,
        )
        writeFileSync(join(dir, 'step.sh'), moveMajor)
        sh(work, `bash -euo pipefail ${join(dir, 'step.sh')} 2>&1`, { TAG: tag })
      }
      const remoteTag = (t: string): string => sh(dir, `git --git-dir=remote.git rev-parse "${t}^{commit}"`).trim()
      const first = commit('one')
      release('v1.0.0')
      expect(remoteTag('v1')).toBe(first)
      const second = commit('two')
      release('v1.1.0')
      expect(remoteTag('v1')).toBe(second)
      expect(remoteTag('v1.0.0')).toBe(first)
      const third = commit('three')
      release('v2.0.0')
      expect(remoteTag('v2')).toBe(third)
      expect(remoteTag('v1')).toBe(second)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
