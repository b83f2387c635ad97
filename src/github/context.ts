/**
 * Which event ran the action decides where results go. This turns the event name and its
 * payload into a target: a pull request (one sticky comment), a pull request still to be
 * found (a `workflow_run` from a fork, whose `pull_requests` list GitHub leaves empty), or
 * a commit (job summary and exit status only). Pure: the payload comes in as data.
 */

export interface PullRequestTarget {
  kind: 'pull_request'
  number: number
  /** The PR head, not GITHUB_SHA (which is the merge commit for pull_request events). */
  sha: string
  fromFork: boolean
}

/**
 * A `workflow_run` for a forked PR (GitHub leaves `pull_requests` empty), or one whose listed PRs
 * have none at the run's head sha: find it by head, insisting on that exact sha.
 */
export interface PullRequestByHead {
  kind: 'pull_request_by_head'
  sha: string
  /** `owner:branch`, as the pulls list's `head` filter takes it. */
  head: string
}

export interface CommitTarget {
  kind: 'commit'
  sha: string
}

export type Target = PullRequestTarget | PullRequestByHead | CommitTarget

/** Events where a run computes the audit; `workflow_run` instead publishes a report computed earlier. */
export type RunMode = 'compute' | 'publish_report'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

type Json = Record<string, unknown>

const obj = (v: unknown): Json | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined)
const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined

export function runModeFor(eventName: string): RunMode {
  return eventName === 'workflow_run' ? 'publish_report' : 'compute'
}

/**
 * The target of a run. `sha` is GITHUB_SHA, used when the payload names no better commit.
 * Unknown events (merge_group, repository_dispatch, …) are treated as a commit check.
 */
export function resolveTarget(eventName: string, payload: unknown, sha: string): Target {
  const p = obj(payload) ?? {}
  if (PR_EVENTS.has(eventName)) {
    const pr = obj(p.pull_request)
    const number = int(pr?.number) ?? int(p.number)
    if (number !== undefined) {
      const head = obj(pr?.head)
      const headRepo = str(obj(head?.repo)?.full_name)
      const baseRepo = str(obj(obj(pr?.base)?.repo)?.full_name)
      // A deleted fork leaves head.repo null: still not this repository.
      return {
        kind: 'pull_request',
        number,
        sha: str(head?.sha) ?? sha,
        fromFork: headRepo === undefined || headRepo !== baseRepo,
      }
    }
    return { kind: 'commit', sha }
  }
  if (eventName === 'push') {
    const after = str(p.after)
    return { kind: 'commit', sha: after && !/^0+$/.test(after) ? after : sha }
  }
  if (eventName === 'workflow_run') {
    const run = obj(p.workflow_run) ?? {}
    const headSha = str(run.head_sha) ?? sha
    if (!PR_EVENTS.has(str(run.event) ?? '')) return { kind: 'commit', sha: headSha }
    const prs = Array.isArray(run.pull_requests)
      ? run.pull_requests.map(obj).filter((x): x is Json => x !== undefined)
      : []
    // Only a pull request whose head is the run's own commit: no fallback to the first listed
    // (red team 28 R28-1). A listed PR whose head moved on, or one listed by branch name alone, is
    // not the commit this report audited; the exact-sha lookup below (or no comment) decides.
    const match = prs.find((x) => str(obj(x.head)?.sha) === headSha)
    const number = int(match?.number)
    if (number !== undefined) {
      // These minimal PR objects carry repository ids, not names.
      const headRepo = int(obj(obj(match?.head)?.repo)?.id)
      const baseRepo = int(obj(obj(match?.base)?.repo)?.id)
      return { kind: 'pull_request', number, sha: headSha, fromFork: headRepo !== baseRepo }
    }
    const owner = str(obj(obj(run.head_repository)?.owner)?.login)
    const branch = str(run.head_branch)
    if (owner && branch) return { kind: 'pull_request_by_head', sha: headSha, head: `${owner}:${branch}` }
    return { kind: 'commit', sha: headSha }
  }
  return { kind: 'commit', sha }
}
