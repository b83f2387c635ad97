/**
 * Command-line parsing with messages a user acts on: Node's parseArgs, whose own errors
 * ("Unknown option '--confg'. To specify a positional argument starting with a '-', …")
 * become one line naming the option, with the closest known option, and one hint line.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { visibleValue } from '../config/log-escape.js'
import { suggest } from '../config/problem.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * What to print when parseArgs (strict) refused `argv`: one line naming the option — the closest
 * known one for a misspelling — and a hint to `--help`, instead of Node's text and the whole usage.
 */
export function argsErrorMessage(e: unknown, argv: string[], options: Options, command: string): string {
  return `${command}: ${describeArgsError(e, argv, options)}\nRun '${command} --help' for the options.\n`
}

function describeArgsError(e: unknown, argv: string[], options: Options): string {
  const code = (e as { code?: string }).code
  const longNames = Object.keys(options)
  const spelled = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`)
  const usage = (name: string): string => {
    const o = options[name]
    return o?.type === 'string' ? `${spelled(name)} VALUE` : spelled(name)
  }
  // The token parseArgs refused, found again with its lenient parse (which never throws on these).
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true })
  const known = (name: string): string | undefined =>
    name in options ? name : Object.keys(options).find((k) => options[k]?.short === name)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = tokens.find((t) => t.kind === 'option' && known(t.name) === undefined)
    if (unknown && unknown.kind === 'option') {
      const given = visibleValue(unknown.rawName)
      const close = suggest(unknown.name, longNames, 1)[0]
      return `unknown option ${given}${close === undefined ? '' : `; did you mean ${usage(close).split(' ')[0]}?`}`
    }
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const t of tokens) {
      if (t.kind !== 'option') continue
      const name = known(t.name)
      if (name === undefined) continue
      const type = options[name]?.type
      if (type === 'string' && t.value === undefined)
        return `option ${visibleValue(t.rawName)} needs a value: ${usage(name)}`
      if (type === 'boolean' && t.value !== undefined) return `option ${visibleValue(t.rawName)} takes no value`
    }
  }
  return visibleValue((e as Error).message)
}
