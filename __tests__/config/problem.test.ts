/**
 * Every error report is bounded and one line per problem, whatever the input: the one problem
 * formatter shortens long values, caps the message and the list, and shows control characters.
 */
import { describe, expect, it } from 'vitest'
import {
  addressSpaceMessage,
  formatProblem,
  formatProblems,
  MAX_PROBLEMS_SHOWN,
  PROBLEM_MESSAGE_CHARS,
  PROBLEMS_TEXT_CHARS,
  type Problem,
} from '../../src/config/problem.js'
import { problemAnnotations } from '../../src/github/annotations.js'

describe('formatProblem', () => {
  it('keeps an ordinary problem as it was', () => {
    expect(
      formatProblem({
        file: 'audit.yml',
        line: 4,
        column: 12,
        message: "label column 'Y' is not in data.csv (did you mean 'y'?)",
        path: 'audits[0].label',
      }),
    ).toBe("audit.yml:4:12: label column 'Y' is not in data.csv (did you mean 'y'?) (at audits[0].label)")
  })

  it('shows a newline, ESC or bidi control from a column name instead of obeying it', () => {
    const line = formatProblem({ file: 'd\n.csv', message: "column 'a\nb\u001b[2J\u202e' is empty" })
    expect(line).toBe("d<U+000A>.csv: column 'a<U+000A>b<U+001B>[2J<U+202E>' is empty")
  })

  it('shortens a 3 MB value to its start and its length, keeping the rest of the message', () => {
    const line = formatProblem({
      file: 'd.csv',
      message: `sensitive column 'zz' is not in d.csv; columns: y, ${'c'.repeat(3_000_000)}, p`,
    })
    expect(line).toBe(
      `d.csv: sensitive column 'zz' is not in d.csv; columns: y, ${'c'.repeat(160)}… (3,000,000 characters), p`,
    )
  })

  it('caps a message made of many short values', () => {
    const line = formatProblem({
      file: 'd.csv',
      message: `columns: ${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(', ')}`,
    })
    expect(line.length).toBeLessThanOrEqual(PROBLEM_MESSAGE_CHARS + 40)
    expect(line).toMatch(/… \(\d{3},\d{3} characters in all\)$/)
  })
})

describe('formatProblems', () => {
  const many = (n: number, size = 10): Problem[] =>
    Array.from({ length: n }, (_, i) => ({
      file: 'audit.yml',
      line: i + 1,
      message: `problem ${i} ${'x '.repeat(size)}`,
    }))

  it('lists a few problems whole', () => {
    expect(formatProblems(many(3))).toHaveLength(3)
  })

  it(`shows the first ${MAX_PROBLEMS_SHOWN} of 10,000 problems and counts the rest`, () => {
    const lines = formatProblems(many(10_000))
    expect(lines).toHaveLength(MAX_PROBLEMS_SHOWN + 1)
    expect(lines.at(-1)).toBe('… and 9,950 more problems not shown')
  })

  it(`stays within ${PROBLEMS_TEXT_CHARS} characters however long each problem is`, () => {
    const lines = formatProblems(many(50, 2000))
    expect(lines.join('\n').length).toBeLessThanOrEqual(PROBLEMS_TEXT_CHARS + 100)
    expect(lines.at(-1)).toMatch(/^… and \d+ more problems not shown$/)
  })

  it('bounds the annotation of a problem too', () => {
    const [a] = problemAnnotations([
      { file: 'd.csv', message: `bad value ${'v'.repeat(1_000_000)}\n::stop-commands::x` },
    ])
    expect(a?.message).toBe(`bad value ${'v'.repeat(160)}… (1,000,000 characters)<U+000A>::stop-commands::x`)
  })
})

describe('addressSpaceMessage', () => {
  it('says what to do when a WebAssembly memory cannot be reserved (red team 9 R9-8), and nothing for other errors', () => {
    const message = addressSpaceMessage(
      new RangeError('WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance'),
    )
    expect(message).toContain("this process's address space is limited (ulimit -v")
    expect(message).toContain('raise the limit to 64 GB, or remove it')
    expect(
      addressSpaceMessage(new RangeError('WebAssembly.Memory(): Out of memory: Cannot allocate Wasm memory')),
    ).toBe(message)
    expect(addressSpaceMessage(new RangeError('Invalid array length'))).toBeNull()
    expect(addressSpaceMessage(new Error('WebAssembly.Instance(): Out of memory'))).toBeNull()
    expect(addressSpaceMessage('Cannot allocate Wasm memory')).toBeNull()
  })
})
