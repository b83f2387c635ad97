/**
 * The exact body of the sticky PR comment: a hidden marker, then the markdown report bounded
 * to GitHub's comment limit. Shared by the action and the CLI's `--markdown`, so a user can
 * preview locally what the PR will show.
 */
import { COMMENT_BUDGET, renderMarkdownWithin, type Fitted } from './fit.js'
import type { Report } from './types.js'

/**
 * The hidden marker that finds the comment again: one per config file, and per audit when the
 * run names one. Values are percent-encoded so a path or audit name cannot close the HTML
 * comment early or collide with another config's marker.
 */
export function commentMarker(configFile: string, audit?: string): string {
  const enc = (s: string): string => encodeURIComponent(s)
  return `<!-- model-audit-gate config="${enc(configFile)}"${audit !== undefined ? ` audit="${enc(audit)}"` : ''} -->`
}

export interface CommentBodyOptions {
  /** The run's `audit` input, when one audit was named. */
  audit?: string | undefined
  commit?: string | undefined
}

/** The marker and the report, within 65,536 characters; the job summary has the full report. */
export function renderCommentBody(report: Report, options: CommentBodyOptions = {}): Fitted {
  return renderMarkdownWithin(report, { commit: options.commit, preamble: commentMarker(report.config, options.audit) }, { ...COMMENT_BUDGET, fullReportAt: 'the job summary of the run' })
}
