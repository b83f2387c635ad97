/**
 * Annotations: an error per breached gate and a warning per warned one, on the gate's line
 * in the config file, so the PR's "Files changed" view and the run page point at the rule.
 * GitHub shows at most 10 error and 10 warning annotations per step; past that, the last
 * slot says how many more there are instead of dropping them silently.
 */
import type * as core from '@actions/core'
import { problemMessage, type Problem } from '../config/problem.js'
import { escapedCore } from './log.js'
import type { GateResult } from '../gate/evaluate.js'
import type { Report } from '../report/types.js'

/** GitHub's per-step limit, per level. */
export const ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: 'error' | 'warning'
  message: string
  title: string
  file: string
  line?: number | undefined
  column?: number | undefined
}

function scope(g: GateResult): string {
  if (g.attribute === null) return 'overall'
  return Array.isArray(g.attribute) ? g.attribute.join(' × ') : g.attribute
}

/** The last slot, counting the `rest` that are not shown. */
function more(rest: number, level: Annotation['level'], file: string, what: string): Annotation {
  return {
    level,
    file,
    title: `${rest} more ${what}`,
    message: `${rest} more ${what} (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step); the job summary lists them all.`,
  }
}

/** Keeps the first `limit - 1` and folds the rest into one, when there are more than `limit`. */
function cap(list: Annotation[], level: Annotation['level'], file: string, what: string): Annotation[] {
  if (list.length <= ANNOTATIONS_PER_LEVEL) return list
  const kept = list.slice(0, ANNOTATIONS_PER_LEVEL - 1)
  return [...kept, more(list.length - kept.length, level, file, what)]
}

/** One annotation per failed or warned gate, on its line of `configFile` (relative to the repository root). */
export function gateAnnotations(report: Report, configFile: string): Annotation[] {
  const several = report.audits.length > 1
  const of = (effect: 'fail' | 'warn'): Annotation[] =>
    report.audits.flatMap((a) =>
      a.gates
        .filter((g) => g.effect === effect)
        .map((g) => ({
          level: effect === 'fail' ? ('error' as const) : ('warning' as const),
          file: configFile,
          line: g.line,
          title: `${effect === 'fail' ? 'Gate breached' : g.status === 'insufficient' ? 'Gate insufficient' : 'Gate warning'}: ${g.name ?? g.metric} (${scope(g)})`,
          message: `${several ? `[${a.name}] ` : ''}${g.message}`,
        })),
    )
  return [
    ...cap(of('fail'), 'error', configFile, 'breached gates'),
    ...cap(of('warn'), 'warning', configFile, 'gates with warnings'),
  ]
}

/**
 * Config and input problems (or, titled so, a downloaded report's) as error annotations at their
 * file:line:column. Only the problems shown are formatted; past `ANNOTATIONS_PER_LEVEL`, the rest
 * are counted in the last slot (32,000 problems were once all formatted, then 10 kept: 120 s).
 */
export function problemAnnotations(problems: readonly Problem[], title = 'Model audit config'): Annotation[] {
  const shown = problems.length <= ANNOTATIONS_PER_LEVEL ? problems : problems.slice(0, ANNOTATIONS_PER_LEVEL - 1)
  const list = shown.map((p): Annotation => ({
    level: 'error',
    file: p.file,
    line: p.line,
    column: p.column,
    title,
    message: problemMessage(p),
  }))
  const rest = problems.length - shown.length
  return rest === 0 ? list : [...list, more(rest, 'error', problems[0]?.file ?? '', 'config problems')]
}

/** Writes annotations; their messages and titles are escaped and bounded on the way (`escapedCore`). */
export function emitAnnotations(list: Annotation[]): void {
  for (const a of list) {
    const props: core.AnnotationProperties = { title: a.title, file: a.file }
    if (a.line !== undefined) props.startLine = a.line
    if (a.column !== undefined) props.startColumn = a.column
    if (a.level === 'error') escapedCore.error(a.message, props)
    else escapedCore.warning(a.message, props)
  }
}
