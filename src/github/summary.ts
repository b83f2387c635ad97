/**
 * The job summary: every event gets it, and it is where the whole report lives when a PR
 * comment had to be shortened or could not be written. GitHub caps it at 1 MiB per step.
 */
import * as core from '@actions/core'
import { renderMarkdownWithin, SUMMARY_BUDGET, type Fitted } from '../report/fit.js'
import type { MarkdownOptions } from '../report/markdown.js'
import type { Report } from '../report/types.js'

/** The summary's markdown for a report, within 1 MiB. */
export function renderSummary(report: Report, commit: string | undefined, failOn?: MarkdownOptions['failOn']): Fitted {
  return renderMarkdownWithin(
    report,
    { commit, failOn },
    { ...SUMMARY_BUDGET, fullReportAt: 'the JSON report (the `report-path` output)' },
  )
}

/** Appends markdown to the step's summary; a warning value when the runner gives no summary file. */
export async function writeSummary(markdown: string): Promise<{ ok: true } | { ok: false; warning: string }> {
  try {
    await core.summary.addRaw(markdown, true).write()
    return { ok: true }
  } catch (e) {
    return { ok: false, warning: `Could not write the job summary: ${(e as Error).message}` }
  } finally {
    core.summary.emptyBuffer()
  }
}
