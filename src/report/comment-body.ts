/**
 * The exact body of the sticky PR comment: a hidden marker, then the markdown report bounded
 * to GitHub's comment limit. Shared by the action and the CLI's `--markdown`, so a user can
 * preview locally what the PR will show.
 */
import { COMMENT_BUDGET, renderMarkdownWithin, type Fitted } from './fit.js'
import type { MarkdownOptions } from './markdown.js'
import type { Report } from './types.js'

/**
 * Percent-encodes like encodeURIComponent (so markers of earlier versions still match), which
 * leaves no `>`, `"`, space or newline. A lone surrogate, where encodeURIComponent throws, is
 * written as its three WTF-8 bytes (%ED%A0%80 for U+D800): bytes no well-formed string
 * encodes to, so two names never share a marker.
 */
export function encodeMarkerValue(s: string): string {
  return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]|[^\uD800-\uDFFF]+/g, (part) => {
    // Pairs and runs are well formed; a single surrogate here is a lone one.
    if (part.length > 1 || !/[\uD800-\uDFFF]/.test(part)) return encodeURIComponent(part)
    const u = part.charCodeAt(0)
    return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('')
  })
}

/**
 * The hidden marker that finds the comment again: one per config file, and per audit when the
 * run names one. It is the comment's whole first line. Values are percent-encoded so a path or
 * audit name (which a pull request controls) cannot close the HTML comment early, end the
 * line, or collide with another config's marker.
 */
export function commentMarker(configFile: string, audit?: string, via?: 'workflow_run'): string {
  const enc = encodeMarkerValue
  return `<!-- model-audit-gate config="${enc(configFile)}"${audit !== undefined ? ` audit="${enc(audit)}"` : ''}${via !== undefined ? ` via="${via}"` : ''} -->`
}

export interface CommentBodyOptions {
  /**
   * The config path the marker names, when not the report's: in `workflow_run` mode the
   * publishing step's own `config` input, which the pull request cannot write (the artifact's
   * `config` could name another publisher's, red team 7 R7-7).
   */
  markerConfig?: string | undefined
  /** The run's `audit` input, when one audit was named. */
  audit?: string | undefined
  commit?: string | undefined
  /**
   * `workflow_run`: the report is a downloaded artifact, whose `config` a pull request wrote.
   * Its marker then carries `via="workflow_run"`, which no run that computed its own report
   * writes: whatever config path an artifact names, its marker can only ever equal the marker
   * of another published artifact, never that of a comment a trusted run wrote (a
   * `pull_request_target` or same-repository workflow on the same pull request).
   */
  via?: 'workflow_run' | undefined
  /** The action's `fail-on`: the headline says what the verdict does to the job (`headline`). */
  failOn?: MarkdownOptions['failOn']
}

/** The marker a run's comment starts with (and is found again by). */
export function markerOf(report: Report, options: CommentBodyOptions = {}): string {
  return commentMarker(options.markerConfig ?? report.config, options.audit, options.via)
}

/** The marker and the report, within 65,536 characters; the job summary has the full report. */
export function renderCommentBody(report: Report, options: CommentBodyOptions = {}): Fitted {
  return renderMarkdownWithin(
    report,
    { commit: options.commit, preamble: markerOf(report, options), failOn: options.failOn },
    { ...COMMENT_BUDGET, fullReportAt: 'the job summary of the run' },
  )
}
