/**
 * GitHub's published OpenAPI description (`@octokit/openapi`, api.github.com, dereferenced),
 * turned into a request checker: which operation a method + path is, and whether its path
 * parameters, query and JSON body are what GitHub accepts. The fake server records every
 * mismatch, so a test can assert that the action only sends requests GitHub would take.
 */
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type Schema = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
}

interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> }
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

interface Spec {
  paths: Record<string, Record<string, Operation | unknown>>
}

export interface MatchedOperation {
  operationId: string
  template: string
  params: Record<string, string>
}

interface CompiledPath {
  template: string
  regex: RegExp
  names: string[]
  methods: Record<string, Operation>
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

let cached: OpenApiChecker | undefined

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms, which is what ajv checks: `type: [t,
 * 'null']` beside a type (and `null` in its `enum`), and `anyOf: [the schema, {type: 'null'}]` where there is none (GitHub's
 * description has `{oneOf: […], nullable: true}`, e.g. an issue's `milestone`, which ajv refuses).
 */
function jsonSchemaOf(schema: unknown): Schema {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v === null || typeof v !== 'object') return v
    const out: Schema = {}
    for (const [k, x] of Object.entries(v as Schema)) out[k] = k === 'example' || k === 'examples' ? x : walk(x)
    if (out.nullable !== true) return out
    delete out.nullable
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null]
    if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] }
    if (Array.isArray(out.type)) return { ...out, type: [...(out.type as unknown[]), 'null'] }
    return { anyOf: [out, { type: 'null' }] }
  }
  return walk(schema) as Schema
}

/** Loads the description once per process: the file is large (~70 MB) and the same for every server. */
export function loadOpenApiChecker(): OpenApiChecker {
  cached ??= new OpenApiChecker(
    createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.deref.json') as Spec,
  )
  return cached
}

export class OpenApiChecker {
  private readonly paths: CompiledPath[]
  private readonly ajv: Ajv
  private readonly validators = new Map<string, ValidateFunction>()

  constructor(spec: Spec) {
    // OpenAPI 3.0 adds keywords (nullable, example, discriminator) that plain JSON Schema lacks.
    this.ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true })
    ;(addFormatsModule as unknown as (a: Ajv) => void)(this.ajv)
    this.paths = Object.entries(spec.paths).map(([template, item]) => {
      const names: string[] = []
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, n: string) => {
        names.push(n)
        return '([^/]+)'
      })
      const methods: Record<string, Operation> = {}
      for (const m of METHODS) {
        const op = item[m] as Operation | undefined
        if (op && typeof op === 'object' && op.operationId) methods[m] = op
      }
      return { template, regex: new RegExp(`^${source}$`), names, methods }
    })
    // A literal segment beats a parameter: /repos/{o}/{r}/issues/comments/{id} before /issues/{n}/{x}.
    this.paths.sort((a, b) => a.names.length - b.names.length)
  }

  /** The operation a request is, or null when GitHub has no such method on such a path. */
  match(method: string, pathname: string): MatchedOperation | null {
    const m = method.toLowerCase()
    for (const p of this.paths) {
      const hit = p.regex.exec(pathname)
      if (!hit || !p.methods[m]) continue
      const params: Record<string, string> = {}
      p.names.forEach((n, i) => (params[n] = decodeURIComponent(hit[i + 1] as string)))
      return { operationId: (p.methods[m] as Operation).operationId, template: p.template, params }
    }
    return null
  }

  private operation(match: MatchedOperation, method: string): Operation {
    const p = this.paths.find((x) => x.template === match.template) as CompiledPath
    return p.methods[method.toLowerCase()] as Operation
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let v = this.validators.get(key)
    if (!v) {
      v = this.ajv.compile(jsonSchemaOf(schema))
      this.validators.set(key, v)
    }
    return v
  }

  /** Every way a request differs from the description (empty when GitHub would accept it). */
  checkRequest(
    method: string,
    url: URL,
    headers: Record<string, string | string[] | undefined>,
    rawBody: string,
  ): { match: MatchedOperation | null; violations: string[] } {
    const where = `${method} ${url.pathname}${url.search}`
    const match = this.match(method, url.pathname)
    if (!match)
      return { match, violations: [`${where}: no operation in GitHub's OpenAPI description has this method and path`] }
    const op = this.operation(match, method)
    const violations: string[] = []
    const params = op.parameters ?? []
    for (const p of params.filter((x) => x.in === 'path')) {
      const value = match.params[p.name]
      if (value === undefined || !this.scalarFits(p.schema, value))
        violations.push(
          `${where}: path parameter ${p.name}=${JSON.stringify(value)} does not fit ${JSON.stringify(p.schema)}`,
        )
    }
    const declared = new Map(params.filter((x) => x.in === 'query').map((x) => [x.name, x]))
    for (const [name, value] of url.searchParams) {
      const p = declared.get(name)
      if (!p) violations.push(`${where}: query parameter ${name} is not declared for ${match.operationId}`)
      else if (!this.scalarFits(p.schema, value))
        violations.push(
          `${where}: query parameter ${name}=${JSON.stringify(value)} does not fit ${JSON.stringify(p.schema)}`,
        )
    }
    for (const p of declared.values())
      if (p.required && !url.searchParams.has(p.name))
        violations.push(`${where}: required query parameter ${p.name} is missing`)

    const bodySchema = op.requestBody?.content?.['application/json']?.schema
    if (rawBody.length > 0) {
      const type = String(headers['content-type'] ?? '')
      if (!bodySchema) violations.push(`${where}: ${match.operationId} takes no body, got ${rawBody.length} bytes`)
      else if (!type.startsWith('application/json'))
        violations.push(`${where}: body sent as ${JSON.stringify(type)}, not application/json`)
      else {
        let body: unknown
        try {
          body = JSON.parse(rawBody)
        } catch {
          violations.push(`${where}: the body is not JSON`)
        }
        if (body !== undefined) {
          const v = this.validator(`req ${match.operationId}`, bodySchema)
          if (!v(body))
            violations.push(
              ...(v.errors ?? []).map((e) => `${where}: body${e.instancePath} ${e.message ?? 'is invalid'}`),
            )
        }
      }
    } else if (op.requestBody?.required) {
      violations.push(`${where}: ${match.operationId} requires a body`)
    }
    return { match, violations }
  }

  /** Checks a response the fake server is about to send, so the fake stays as GitHub is. */
  checkResponse(match: MatchedOperation, method: string, status: number, body: unknown): string[] {
    const op = this.operation(match, method)
    const schema = op.responses[String(status)]?.content?.['application/json']?.schema
    if (!schema) return []
    const v = this.validator(`res ${match.operationId} ${status}`, schema)
    return v(body)
      ? []
      : (v.errors ?? []).map(
          (e) => `response of ${match.operationId} ${status}: ${e.instancePath} ${e.message ?? 'is invalid'}`,
        )
  }

  private scalarFits(schema: Schema | undefined, raw: string): boolean {
    if (!schema) return true
    const type = schema.type
    let value: unknown = raw
    if (type === 'integer' || type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return false
      value = Number(raw)
    } else if (type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') return false
      value = raw === 'true'
    }
    const v = this.validator(`scalar ${JSON.stringify(schema)}`, schema)
    return v(value)
  }
}
