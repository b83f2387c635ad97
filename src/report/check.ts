/**
 * A JSON report read back from a file — a baseline, or in `workflow_run` mode an artifact of
 * a run that a fork's pull request controlled. The renderer escapes every string it shows, but it writes numbers and
 * enumerations as they are; so before a downloaded report reaches a comment, every field the
 * renderer reads is checked to have its type (a number is a number, a level is error or
 * warning). A report that fails is refused, never rendered.
 */
import { DEFAULT_MIN_HISTORY } from '../config/types.js'
import { openVerified, type FileId } from '../files/open.js'
import { changeThreshold, comparesGroups, judge, statusOfVerdict, type GateStatus } from '../gate/evaluate.js'
import { MAX_RUN_GROUPS } from '../stats/accumulate.js'
import { baseMetricsOf, resolveMetricName, UNBOUNDED_METRICS } from '../stats/catalog.js'
import { MAX_CONTROLLED_CELLS } from '../stats/control.js'
import { jsonChunks, surelyShorter, WHOLE_CHARS, type TextBounds } from './json-text.js'
import { REPORT_CONFIG_CHARS } from './report-schema.js'
import type { validate as Validate } from './validate-report.generated.js'
import { REPORT_SCHEMA_VERSION, type Report } from './types.js'

export { REPORT_CONFIG_CHARS }

let validate: typeof Validate | undefined
let loading: Promise<void> | undefined

/**
 * Loads the report's validator: 240 KB of generated code, a chunk of its own in the bundle, so
 * that a run that reads no report back (no baseline, no history) never parses it (about a
 * twentieth of a 1,000-row audit's start-up). `readReportText` loads it while it reads the
 * file; a caller that has a report's text some other way awaits this before `parseReport`.
 */
export function loadReportValidator(): Promise<void> {
  return (loading ??= import('./validate-report.generated.js').then((m) => {
    validate = m.validate
  }))
}

/** Every way `data` is not a report this version renders (empty when it is). At most 10 listed. Needs `loadReportValidator()` first. */
export function checkReport(data: unknown): string[] {
  if (!validate) throw new Error('checkReport: the report validator is not loaded (await loadReportValidator() first)')
  if (validate(data)) return []
  return (validate.errors ?? [])
    .slice(0, 10)
    .map((e) =>
      e.instancePath === '/config' && e.keyword !== 'type'
        ? `/config must be the config's path: one line of visible characters, at most ${REPORT_CONFIG_CHARS.toLocaleString('en-US')}`
        : `${e.instancePath || '(the report)'} ${e.message ?? 'is invalid'}`,
    )
}

/**
 * Bounds on a report read back (a baseline, a workflow_run artifact), both PR-controlled: a
 * report this tool writes is about 4.9 KB and 140 JSON values per group (pretty-printed, most of
 * it the disparities' lists of skipped groups; measured on 10,000 groups: 49 MB, 1.38 M values),
 * so 32 MiB and 1,000,000 values hold about 6,500 groups in all — six attributes at the default
 * `max_groups` of 1,000 — and keep peak RSS well under 256 MB whatever the file holds (a 32 MB
 * file of 8 M one-letter strings took 314 MB). Its deepest value is 6 levels down.
 *
 * One string is bounded too, because rendering costs about 200 times a string's length (a 2 MiB
 * warning took 411 MB and 10.5 s, a 30 MiB one over 1 GB): 1 MiB, counted in characters of the
 * JSON text between its quotes. No string longer could be shown whole in the job summary (1 MiB)
 * or a comment (65,536 characters) anyway, and what the tool writes stays far below it: names,
 * paths and messages of a few hundred characters, a gate message listing its breaching groups
 * (1,000 groups of 100-character names are about 120 KB). A config `description` of over 1 MiB,
 * or some 7,000 groups or more (the values and bytes), would make a report these refuse: the
 * writer refuses to write one (`readableReportChunks`), so every report written is read back.
 */
export const REPORT_MAX_BYTES = 32 * 1024 * 1024
export const REPORT_MAX_VALUES = 1_000_000
export const REPORT_MAX_DEPTH = 32
export const REPORT_MAX_STRING_CHARS = 1024 * 1024
/**
 * Characters of a report read back's strings (keys and values) beyond `REPORT_STRING_ALLOWANCE`
 * each, in all: each string may be rendered whole in the comment and the summary, which are
 * rendered up to seven times each to fit, and one string's bound alone let 30 warnings just under
 * 1 MiB (31.5 MB, under every other bound) take the action over 20 s and 553 MB (red team 4 R4-2).
 * What the tool writes holds far less: a gate message names at most 20 groups, the compas example
 * has a few hundred characters beyond the allowance. 2 MiB.
 */
export const REPORT_MAX_TEXT_CHARS = 2 * 1024 * 1024
/**
 * Characters of each string that do not count toward `REPORT_MAX_TEXT_CHARS`: a metric name, a
 * reason such as 'no positive predictions', a short group name. Every string counts what is
 * beyond it, whatever its length: counting only strings longer than a threshold could always be
 * dodged one character below it (red team 6 N6-2: 13,000 groups of 999-character markup names,
 * 934 MB; red team 7 R7-6: with the threshold at 200, 40,000 groups of 199-character names, 633 MB).
 * Short strings are bounded by their number (`REPORT_MAX_VALUES`) and groups by `MAX_RUN_GROUPS`.
 */
export const REPORT_STRING_ALLOWANCE = 32
/**
 * Distinct object keys of a report read back. What the tool writes has a vocabulary, not keys
 * from data: field, metric and column names (an audit has at most 32 sensitive columns, 8 control
 * columns and 64 references, a config 50 audits: about 5,500 with the schema's). A report whose
 * `overall` held 990,000 distinct keys (15.7 MB, under every other bound) took 309 MB to parse
 * (red team 6 N6-b); 10,000 distinct keys cost what any other 1,000,000 values cost.
 */
export const REPORT_MAX_KEYS = 10_000

/** Why a text is not a report this version reads; each caller words it for its own input. */
export type ReportRejection =
  | { kind: 'json'; error: string }
  | { kind: 'too_large'; what: string }
  | { kind: 'not_report' }
  | { kind: 'version'; version: unknown }
  | { kind: 'invalid'; details: string[] }
  | { kind: 'inconsistent'; details: string[] }

/** Reads a report file of at most `REPORT_MAX_BYTES`, checked on the open file before any byte is read. */
export async function readReportText(
  path: string,
  expected?: FileId,
): Promise<{ text: string } | { rejected: ReportRejection }> {
  // Opened as the path guard approved it (no link followed, the same file): `files/open.ts`.
  // The validator that parseReport needs loads meanwhile.
  const [handle] = await Promise.all([openVerified(path, expected), loadReportValidator()])
  try {
    const { size } = await handle.stat()
    if (size > REPORT_MAX_BYTES)
      return {
        rejected: {
          kind: 'too_large',
          what: `${size.toLocaleString('en-US')} bytes, over the limit of ${REPORT_MAX_BYTES.toLocaleString('en-US')} (32 MiB)`,
        },
      }
    // Read at most one byte past the limit: a file that grows after the check is still refused.
    const buffer = Buffer.alloc(Math.min(size, REPORT_MAX_BYTES) + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) break
    }
    if (length > REPORT_MAX_BYTES)
      return {
        rejected: {
          kind: 'too_large',
          what: `over the limit of ${REPORT_MAX_BYTES.toLocaleString('en-US')} bytes (32 MiB)`,
        },
      }
    return { text: buffer.toString('utf8', 0, length) }
  } finally {
    await handle.close()
  }
}

/**
 * How many values a JSON text holds, how deep it nests and how long its longest string is,
 * counted on the text without building anything but a set of the distinct object keys (at most
 * `REPORT_MAX_KEYS`, slices of the text; no recursion): `[`, `{` and `,`
 * outside strings, and the characters between a string's quotes. Stops at the first bound passed.
 * The text may come in chunks (the writer's, `jsonChunks`): a string, an escape or a key may
 * span two, and the count is the same as on the whole text.
 */
function shapeProblem(chunks: Iterable<string>): string | null {
  const scan = new ShapeScan()
  for (const text of chunks) {
    const problem = scan.feed(text)
    if (problem) return problem
  }
  return null
}

/** `shapeProblem`'s state between chunks. */
class ShapeScan {
  private values = 1
  private depth = 0
  private inString = false
  private escaped = false
  private textChars = 0
  /** Characters of the open string in earlier chunks, and those characters (a key may span chunks). */
  private before = 0
  private pieces: string[] | null = null
  /** The string just closed, until the next character says whether it was a key. */
  private closed: { text: string; start: number; end: number; prefix: string } | null = null
  private readonly keys = new Set<string>()

  feed(text: string): string | null {
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (c === 0x5c) this.escaped = true
        else if (c === 0x22) {
          this.inString = false
          const length = this.before + i - start
          if (
            length > REPORT_STRING_ALLOWANCE &&
            (this.textChars += length - REPORT_STRING_ALLOWANCE) > REPORT_MAX_TEXT_CHARS
          )
            return `more than ${REPORT_MAX_TEXT_CHARS.toLocaleString('en-US')} characters (2 MiB) in its strings beyond the first ${REPORT_STRING_ALLOWANCE} of each`
          if (length > REPORT_MAX_STRING_CHARS)
            return `a string longer than ${REPORT_MAX_STRING_CHARS.toLocaleString('en-US')} characters (1 MiB)`
          this.closed = { text, start, end: i, prefix: this.pieces?.join('') ?? '' }
          this.before = 0
          this.pieces = null
          continue
        }
        if (this.before + i - start > REPORT_MAX_STRING_CHARS)
          return `a string longer than ${REPORT_MAX_STRING_CHARS.toLocaleString('en-US')} characters (1 MiB)`
        continue
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue
      if (this.closed) {
        const k = this.closed
        if (c === 0x3a && this.keys.add(k.prefix + k.text.slice(k.start, k.end)).size > REPORT_MAX_KEYS)
          return `more than ${REPORT_MAX_KEYS.toLocaleString('en-US')} distinct object keys (a report this tool writes has field, metric and column names: a few hundred)`
        this.closed = null
      }
      if (c === 0x22) {
        this.inString = true
        start = i + 1
      } else if (c === 0x5b || c === 0x7b) {
        if (++this.depth > REPORT_MAX_DEPTH) return `nested more than ${REPORT_MAX_DEPTH} levels deep`
        this.values++
      } else if (c === 0x5d || c === 0x7d) this.depth--
      else if (c === 0x2c && ++this.values > REPORT_MAX_VALUES)
        return `more than ${REPORT_MAX_VALUES.toLocaleString('en-US')} JSON values`
    }
    if (this.inString) {
      this.before += text.length - start
      ;(this.pieces ??= []).push(text.slice(start))
    }
    return null
  }
}

/**
 * The chunks of a report the tool writes, checked as they pass against the bounds of a report
 * read back (`readReportText`, `parseReport`): bytes, values, depth, strings and keys. A report
 * past them is one no later run could read as its baseline, its history or a `workflow_run`
 * report, so a change gate against it would never be checked (red team 32 R32-13: 19,200
 * groups of 2-4 character names wrote 77 MB, and the next run's `max_decrease` passed "not
 * checked"). The writer stops with a `ReportTooLargeError` and the old file stays.
 */
export function* readableReportChunks(chunks: Iterable<string>): Generator<string> {
  const scan = new ShapeScan()
  let bytes = 0
  for (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk)
    const problem =
      bytes > REPORT_MAX_BYTES ? `over ${REPORT_MAX_BYTES.toLocaleString('en-US')} bytes, 32 MiB` : scan.feed(chunk)
    if (problem) throw new ReportTooLargeError(problem)
    yield chunk
  }
}

/**
 * The text of `report` as the writer writes it (`jsonChunks`), checked against the bounds of a
 * report read back (`readableReportChunks`). A report that is surely within every bound by its
 * values (`surelyReadable`: what JSON.stringify can write of them at most) is one JSON.stringify,
 * not scanned again character by character: the bench's 1,000-row report (256 KB) took 6–8 ms
 * of a fresh process to scan, its values' walk about 1.5 ms. Any other report is scanned as
 * its chunks pass, and refused with a `ReportTooLargeError`.
 */
export function readableReport(report: object): Iterable<string> {
  return surelyReadable(report) ? [`${JSON.stringify(report, null, 2)}\n`] : readableReportChunks(jsonChunks(report))
}

/** The bounds of a report read back, as `surelyShorter` checks them. */
const READ_BACK: TextBounds = {
  depth: REPORT_MAX_DEPTH,
  values: REPORT_MAX_VALUES,
  stringChars: REPORT_MAX_STRING_CHARS,
  allowance: REPORT_STRING_ALLOWANCE,
  textChars: REPORT_MAX_TEXT_CHARS,
  keys: REPORT_MAX_KEYS,
}

/**
 * Whether `JSON.stringify(value, null, 2)` is surely a report `readableReportChunks` passes, by
 * upper bounds from the values alone (`surelyShorter` within the read-back bounds): at most
 * `WHOLE_CHARS` characters (so at most 12 MiB of UTF-8, under `REPORT_MAX_BYTES`), and within
 * `REPORT_MAX_VALUES`, `REPORT_MAX_DEPTH`, `REPORT_MAX_STRING_CHARS`, `REPORT_MAX_TEXT_CHARS`
 * and `REPORT_MAX_KEYS`. False as soon as a bound is not sure, or for a value with `toJSON`.
 */
export function surelyReadable(value: object): boolean {
  return surelyShorter(value, WHOLE_CHARS, READ_BACK)
}

/** A report the tool would write that no run reads back (`readableReportChunks`). */
export class ReportTooLargeError extends Error {
  constructor(readonly what: string) {
    super(
      `the JSON report would be one that no later run reads back as its baseline, history or workflow_run report (${what}), so no change gate could ever be checked against it; nothing was written: audit fewer groups (fewer sensitive attributes or intersections, a lower max_groups) or fewer metrics`,
    )
    this.name = 'ReportTooLargeError'
  }
}

/**
 * Groups over all audits and control levels, at most what a run writes (`MAX_RUN_GROUPS`: the
 * run's audits share it, and a controlled audit's (level, group) cells and levels count in it):
 * rendering follows the groups, and 60,000 groups of 14 values each (8 MB, under every other
 * bound) took 306 MB (red team 7 R7-2). And a controlled audit's (level, group) cells, at most
 * what one computes (`MAX_CONTROLLED_CELLS`): 100 levels of 200 groups each (20,000, under the
 * run's bound) were read back although no run could write them. Counted on the checked report,
 * before anything renders it.
 */
function groupsProblem(report: Report): string | null {
  let groups = 0
  let controlled: { index: number; cells: number } | null = null
  for (const [index, a] of report.audits.entries()) {
    groups += a.groups.length
    let cells = 0
    for (const level of a.control?.levels ?? []) cells += level.groups.length
    groups += cells
    if (cells > MAX_CONTROLLED_CELLS && !controlled) controlled = { index, cells }
  }
  if (groups > MAX_RUN_GROUPS)
    return `${groups.toLocaleString('en-US')} groups over its audits and control levels, more than the ${MAX_RUN_GROUPS.toLocaleString('en-US')} a run may have`
  return controlled
    ? `${controlled.cells.toLocaleString('en-US')} (level, group) cells in the control levels of audits[${controlled.index}], more than the ${MAX_CONTROLLED_CELLS.toLocaleString('en-US')} a controlled audit may have`
    : null
}

/**
 * Parses a report a previous run wrote: JSON, written by this tool, of this schema version,
 * and with every field the renderer reads of its type. The one gate for every report read
 * back, so a baseline and a workflow_run artifact are trusted on the same terms.
 */
export function parseReport(text: string): { report: Report } | { rejected: ReportRejection } {
  if (text.length > REPORT_MAX_BYTES)
    return {
      rejected: {
        kind: 'too_large',
        what: `${text.length.toLocaleString('en-US')} characters, over the limit of ${REPORT_MAX_BYTES.toLocaleString('en-US')}`,
      },
    }
  const shape = shapeProblem([text])
  if (shape) return { rejected: { kind: 'too_large', what: shape } }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { rejected: { kind: 'json', error: (e as Error).message } }
  }
  const r = data as Partial<Report> | null
  if (
    !r ||
    typeof r !== 'object' ||
    r.tool?.name !== 'model-audit-gate' ||
    !Array.isArray(r.audits) ||
    typeof r.config !== 'string' ||
    !r.summary
  )
    return { rejected: { kind: 'not_report' } }
  if (r.schema_version !== REPORT_SCHEMA_VERSION) return { rejected: { kind: 'version', version: r.schema_version } }
  const wrong = checkReport(r)
  if (wrong.length > 0) return { rejected: { kind: 'invalid', details: wrong } }
  const many = groupsProblem(r as Report)
  if (many) return { rejected: { kind: 'too_large', what: many } }
  const contradictions = inconsistencies(r as Report)
  if (contradictions.length > 0) return { rejected: { kind: 'inconsistent', details: contradictions } }
  return { report: r as Report }
}

/**
 * Where a report contradicts its own gates, the truth it was computed from: a gate's effect
 * against its status, an audit's and the report's `passed`, and the summary's counts. The
 * outputs read `passed` and the summary while the comment reads the gates, so a report edited
 * to say `passed: true` over a failing gate would make them disagree. At most 10 listed.
 */
export function inconsistencies(report: Report): string[] {
  const out: string[] = []
  const gates = report.audits.flatMap((a) => a.gates)
  report.audits.forEach((a, i) => {
    a.gates.forEach((g, j) => {
      const allowed =
        g.status === 'insufficient' ? (g.level === 'error' ? ['pass', 'warn', 'fail'] : ['pass', 'warn']) : [g.status]
      if (!allowed.includes(g.effect))
        out.push(
          `/audits/${i}/gates/${j}: effect '${g.effect}' does not follow from status '${g.status}' at level '${g.level}'`,
        )
    })
    a.gates.forEach((g, j) => {
      const why = statusProblem(g)
      if (why) out.push(`/audits/${i}/gates/${j}: status '${g.status}' ${why}`)
      // A controlled gate's levels are read back too: a baseline's level values judge the change
      // bounds level by level (red team 42 R42-10: a level value of 5 marked pass under max 0.3,
      // and a level listed twice, were taken as they were).
      const seen = new Set<string>()
      g.control?.levels.forEach((l, k) => {
        const at = `/audits/${i}/gates/${j}/control/levels/${k}`
        if (seen.has(l.level)) out.push(`${at}: level '${l.level}' is listed twice`)
        seen.add(l.level)
        const milder = levelStatusProblem(g, l)
        if (milder) out.push(`${at}: status '${l.status}' ${milder}`)
      })
    })
    const passed = !a.gates.some((g) => g.effect === 'fail')
    if (a.passed !== passed)
      out.push(`/audits/${i}/passed is ${String(a.passed)}, but ${passed ? 'no gate fails' : 'a gate fails'}`)
  })
  out.push(...outOfRange(report))
  const passed = !gates.some((g) => g.effect === 'fail')
  if (report.passed !== passed)
    out.push(`/passed is ${String(report.passed)}, but ${passed ? 'no gate fails' : 'a gate fails'}`)
  const summary = {
    gates: gates.length,
    failed: gates.filter((g) => g.effect === 'fail').length,
    warned: gates.filter((g) => g.effect === 'warn').length,
    insufficient: gates.filter((g) => g.status === 'insufficient').length,
    passed: gates.filter((g) => g.effect === 'pass').length,
  }
  for (const k of Object.keys(summary) as (keyof typeof summary)[]) {
    if (report.summary[k] !== summary[k])
      out.push(`/summary/${k} is ${String(report.summary[k])}, but the gates count ${summary[k]}`)
  }
  return out.slice(0, 10)
}

const STATUS_RANK: Record<GateStatus, number> = { pass: 0, insufficient: 1, warn: 2, fail: 3 }

/**
 * Why a gate's status is not one the gate module could give its value, or null: the status is
 * decided again from the value, the interval, the bounds, `on` and the level with the gate
 * module's own functions (`judge`, `statusOfVerdict`, `changeThreshold`), and one milder than that
 * decision was edited (red team 28 R28-8: every gate of a failing run's report relabelled `pass`,
 * "✅ accuracy 0.75 … ≥ 0.9" was published green). A status may be worse than the bounds alone
 * give (a change bound, another group of an `each_group` gate breaching), never milder; a gate
 * without a value is `insufficient`, as is one judged `on: interval` without an interval, and a
 * gate with a value is `insufficient` only where it compares groups (fewer than two with enough
 * data).
 */
function statusProblem(g: Report['audits'][number]['gates'][number]): string | null {
  if (g.value === null) return g.status === 'insufficient' ? null : 'but the gate has no value'
  const value = g.value
  const on = g.on ?? 'point'
  const ci = g.ci ?? undefined
  const milder = (need: GateStatus): boolean =>
    STATUS_RANK[g.status] < STATUS_RANK[need] && !(g.status === 'insufficient' && comparesGroups(g.metric))
  const bounded = g.threshold.min !== undefined || g.threshold.max !== undefined
  if (bounded) {
    if (on === 'interval' && !ci && !g.each_group) {
      if (g.status === 'pass') return 'but the gate is judged on its interval and has none'
    } else {
      const need = statusOfVerdict(judge(value, ci, g.threshold, on).verdict, g.level)
      if (milder(need))
        return `is milder than its value ${String(value)}${ci ? ` (interval [${String(ci[0])}, ${String(ci[1])}])` : ''} against its bounds gives ('${need}')`
    }
  }
  if (g.change) {
    const history = g.history
    const reference =
      g.against === 'history_median'
        ? history && history.count >= (g.min_history ?? DEFAULT_MIN_HISTORY)
          ? history.median
          : null
        : (g.delta?.baseline ?? null)
    if (reference !== null) {
      const need = statusOfVerdict(judge(value, ci, changeThreshold(reference, g.change), on).verdict, g.level)
      if (milder(need))
        return `is milder than its change from ${String(reference)} to ${String(value)} against its change bounds gives ('${need}')`
    }
  }
  return null
}

/**
 * Why a control level's status is milder than its value against the gate's bounds gives, or
 * null: as `statusProblem` for the gate's own value, on the point value (a level keeps no
 * interval), and only for a gate judged on its point value.
 */
function levelStatusProblem(
  g: Report['audits'][number]['gates'][number],
  l: { value: number | null; status: GateStatus },
): string | null {
  if (l.value === null) return null
  if ((g.on ?? 'point') !== 'point') return null
  if (g.threshold.min === undefined && g.threshold.max === undefined) return null
  const need = statusOfVerdict(judge(l.value, undefined, g.threshold, 'point').verdict, g.level)
  const milder = STATUS_RANK[l.status] < STATUS_RANK[need] && !(l.status === 'insufficient' && comparesGroups(g.metric))
  return milder ? `is milder than its value ${String(l.value)} against its bounds gives ('${need}')` : null
}

/** Whether a metric's values lie in [0, 1] (a rate, a difference or ratio of rates, ROC AUC), as the config's threshold check has it. */
function isBounded(metric: string): boolean {
  const resolved = resolveMetricName(metric)
  return resolved !== undefined && !baseMetricsOf(resolved).some((m) => UNBOUNDED_METRICS.has(m))
}

/**
 * Values no run could write: a rate (or a difference or ratio of rates) outside [0, 1], in the
 * overall and group metrics and in the gates' values and history (red team 8 R8-9: an accuracy of
 * 1e308 passed, and a trend chart's axis became -Infinity --> Infinity).
 */
function outOfRange(report: Report): string[] {
  const out: string[] = []
  const check = (path: string, metric: string, v: unknown): void => {
    if (typeof v === 'number' && (v < 0 || v > 1) && isBounded(metric))
      out.push(`${path} is ${String(v)}, outside [0, 1] where ${metric} lies`)
  }
  const metrics = (path: string, m: Readonly<Record<string, number | null>>): void => {
    for (const [k, v] of Object.entries(m)) check(`${path}/${k}`, k, v)
  }
  report.audits.forEach((a, i) => {
    metrics(`/audits/${i}/overall`, a.overall)
    a.groups.forEach((g, k) => metrics(`/audits/${i}/groups/${k}/metrics`, g.metrics))
    a.gates.forEach((g, j) => {
      check(`/audits/${i}/gates/${j}/value`, g.metric, g.value)
      g.control?.levels.forEach((l, k) => check(`/audits/${i}/gates/${j}/control/levels/${k}/value`, g.metric, l.value))
      g.history?.values.forEach((v, n) => check(`/audits/${i}/gates/${j}/history/values/${n}`, g.metric, v))
      if (g.history) check(`/audits/${i}/gates/${j}/history/median`, g.metric, g.history.median)
    })
  })
  return out.slice(0, 10)
}

/** Parses a baseline report, checked as strictly as any report read back; a problem (not an exception) when the text is not one. */
export function parseBaseline(
  input: string | { text: string } | { rejected: ReportRejection },
  source: string,
  /** What the report is read as, in the too-large message. */
  role = 'a baseline report',
): { report: Report } | { problem: string } {
  const parsed = typeof input === 'string' ? parseReport(input) : 'text' in input ? parseReport(input.text) : input
  if ('report' in parsed) return parsed
  const why = parsed.rejected
  switch (why.kind) {
    case 'json':
      return { problem: `${source} is not JSON (${why.error}); pass the JSON report of a previous run` }
    case 'too_large':
      return {
        problem: `${source} is too large for ${role} (${why.what}); pass the JSON report of a previous run, unedited`,
      }
    case 'not_report':
      return {
        problem: `${source} is not a model-audit-gate JSON report (no schema_version and audits); pass the report a previous run wrote`,
      }
    case 'version':
      return {
        problem: `${source} is a report of schema version ${String(why.version)}; this version reads ${REPORT_SCHEMA_VERSION}: compare against a report of the same tool version`,
      }
    case 'invalid':
      return {
        problem: `${source} is not a valid report (${why.details.join('; ')}); pass the report a previous run wrote, unedited`,
      }
    case 'inconsistent':
      return {
        problem: `${source} contradicts its own gates (${why.details.join('; ')}); pass the report a previous run wrote, unedited`,
      }
  }
}
