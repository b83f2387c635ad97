/**
 * The one pass over an audit's rows: labels and predictions coerced to binary, scores
 * parsed, sensitive values checked against the missing-value policy, each row handed to
 * the accumulator. Every rejected row is an error naming file, line and column.
 */
import type { AuditConfig } from '../config/types.js'
import { ProblemError, type Problem } from '../config/problem.js'
import { GroupAccumulator, TooManyGroupsError, type Grouping } from '../stats/accumulate.js'
import type { Table } from './readers.js'
import { groupValue, normaliseLabel, parseScore, PLAIN_NEGATIVES, positiveSet, showValue } from './values.js'

export interface ExtractStats {
  rows: number
  dropped: number
  missingAsGroup: number
}

/** The columns an audit reads, in a fixed order: label, prediction?, score?, sensitive…. */
export function sensitiveColumns(audit: AuditConfig): string[] {
  return [...new Set([...audit.sensitive, ...audit.intersections.flat()])]
}

export function groupingsOf(audit: AuditConfig): Grouping[] {
  return [...audit.sensitive.map((s) => ({ columns: [s] })), ...audit.intersections.map((x) => ({ columns: x }))]
}

interface BinaryTracker {
  column: string
  role: 'label' | 'prediction'
  seen: Map<string, { line: number; file: string }>
}

function trackBinary(t: BinaryTracker, value: string, file: string, line: number, col: number): void {
  if (t.seen.has(value)) return
  if (t.seen.size >= 2) {
    const list = [...t.seen.keys(), value].map((v) => showValue(v)).join(', ')
    throw new ProblemError([{ file, line, column: col, message: `${t.role} column '${t.column}' has a third distinct value ${showValue(value)} (values so far: ${list}); ${t.role}s must be binary` }])
  }
  t.seen.set(value, { line, file })
}

function checkPositive(t: BinaryTracker, positives: ReadonlySet<string>, positiveLabel: unknown): Problem | null {
  const values = [...t.seen.keys()]
  if (values.some((v) => positives.has(v))) return null
  if (values.every((v) => PLAIN_NEGATIVES.has(v))) return null
  const first = t.seen.values().next().value
  return {
    file: first?.file ?? '',
    message: `no value of ${t.role} column '${t.column}' equals positive_label ${showValue(positiveLabel as string)} (values seen: ${values.map((v) => showValue(v)).join(', ')}); set \`positive_label\` to the favourable value`,
  }
}

/**
 * Streams every table's rows into a new accumulator. Throws ProblemError on the first bad
 * row (and, after the pass, on policy violations that need the whole file to report).
 */
export async function accumulateRows(audit: AuditConfig, tables: { table: Table; display: string }[]): Promise<{ acc: GroupAccumulator; stats: ExtractStats }> {
  const sens = sensitiveColumns(audit)
  const wanted = [audit.label, ...(audit.prediction ? [audit.prediction] : []), ...(audit.score ? [audit.score] : []), ...sens]
  const predIdx = audit.prediction ? 1 : -1
  const scoreIdx = audit.score ? (audit.prediction ? 2 : 1) : -1
  const sensStart = 1 + (audit.prediction ? 1 : 0) + (audit.score ? 1 : 0)
  const withScores = !!audit.score && audit.metrics.includes('roc_auc')
  const acc = new GroupAccumulator(sens, groupingsOf(audit), withScores || (!!audit.score && audit.gates.some((g) => g.metric.startsWith('roc_auc'))), audit.max_groups)
  const positives = positiveSet(audit.positive_label)
  const labelT: BinaryTracker = { column: audit.label, role: 'label', seen: new Map() }
  const predT: BinaryTracker | null = audit.prediction ? { column: audit.prediction, role: 'prediction', seen: new Map() } : null
  const stats: ExtractStats = { rows: 0, dropped: 0, missingAsGroup: 0 }
  const missing = new Map<string, { count: number; lines: string[] }>()
  const values: string[] = new Array<string>(sens.length)
  let minScore = Infinity
  let maxScore = -Infinity

  for (const { table, display } of tables) {
    const colNumber = (name: string): number => table.columns.indexOf(name) + 1
    const labelCol = colNumber(audit.label)
    const predCol = audit.prediction ? colNumber(audit.prediction) : 0
    const scoreCol = audit.score ? colNumber(audit.score) : 0
    try {
      for await (const { cells, line } of table.records(wanted)) {
        const rawLabel = cells[0]
        const label = normaliseLabel(rawLabel)
        if (label === null) throw new ProblemError([{ file: display, line, column: labelCol, message: `label column '${audit.label}' is empty or NA; every row needs a label` }])
        trackBinary(labelT, label, display, line, labelCol)
        const isPos = positives.has(label)

        let score = 0
        if (scoreIdx >= 0) {
          const s = parseScore(cells[scoreIdx])
          if (s === null) throw new ProblemError([{ file: display, line, column: scoreCol, message: `score column '${audit.score}' has ${showValue(cells[scoreIdx])}; expected a finite number` }])
          score = s
          if (s < minScore) minScore = s
          if (s > maxScore) maxScore = s
        }
        let pred: boolean
        if (predIdx >= 0) {
          const p = normaliseLabel(cells[predIdx])
          if (p === null) throw new ProblemError([{ file: display, line, column: predCol, message: `prediction column '${audit.prediction}' is empty or NA; every row needs a prediction` }])
          trackBinary(predT as BinaryTracker, p, display, line, predCol)
          pred = positives.has(p)
        } else {
          pred = score >= audit.threshold
        }

        let drop = false
        for (let i = 0; i < sens.length; i++) {
          const v = groupValue(cells[sensStart + i])
          if (v !== null) {
            values[i] = v
            continue
          }
          if (audit.missing === 'group') {
            values[i] = audit.missing_group
            stats.missingAsGroup++
          } else if (audit.missing === 'drop') {
            drop = true
          } else {
            const col = sens[i] as string
            const m = missing.get(col) ?? { count: 0, lines: [] }
            m.count++
            if (m.lines.length < 10) m.lines.push(`${display}:${line}`)
            missing.set(col, m)
            drop = true
          }
        }
        if (drop) {
          stats.dropped++
          continue
        }
        acc.add(isPos, pred, score, values)
        stats.rows++
      }
    } catch (e) {
      if (e instanceof TooManyGroupsError) {
        throw new ProblemError([
          {
            file: display,
            message: `attribute ${e.columns.map((c) => `'${c}'`).join(' × ')} has more than ${e.limit} distinct values — is it an id or a continuous column? Bin it, or raise \`max_groups\``,
          },
        ])
      }
      throw e
    }
  }

  const problems: Problem[] = []
  for (const [col, m] of missing) {
    problems.push({
      file: m.lines[0]?.split(':')[0] ?? '',
      message: `sensitive column '${col}' is empty or NA in ${m.count} row(s) (${m.lines.join(', ')}${m.count > m.lines.length ? ', …' : ''}); set \`missing: group\` to audit them as their own group, or \`missing: drop\` to leave them out`,
    })
  }
  if (problems.length === 0 && stats.rows === 0) {
    problems.push({ file: tables.map((t) => t.display).join(', '), message: stats.dropped > 0 ? `every row was dropped (${stats.dropped}) for a missing sensitive value` : 'no data rows (only a header)' })
  }
  const lp = checkPositive(labelT, positives, audit.positive_label)
  if (lp && stats.rows > 0) problems.push(lp)
  if (predT && stats.rows > 0) {
    const pp = predT.seen.size === 2 ? checkPositive(predT, positives, audit.positive_label) : null
    if (pp) problems.push(pp)
  }
  if (!audit.prediction && stats.rows > 1 && problems.length === 0) {
    const positives = acc.overall.tp + acc.overall.fp
    if (positives === 0 || positives === stats.rows) {
      problems.push({
        file: tables.map((t) => t.display).join(', '),
        message: `threshold ${audit.threshold} makes every prediction ${positives === 0 ? 'negative' : 'positive'} (${audit.score} ${positives === 0 ? '<' : '>='} ${audit.threshold} on all ${stats.rows} rows; scores range from ${minScore} to ${maxScore}); check \`threshold\` against the score's scale`,
      })
    }
  }
  if (problems.length > 0) throw new ProblemError(problems)
  return { acc, stats }
}
