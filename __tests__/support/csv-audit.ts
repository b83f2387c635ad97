/** The audit config the CSV pass tests read their files with: `base`'s fields and `extra`'s, through the config loader. */
import { loadConfig } from '../../src/config/load.js'
import { formatProblem } from '../../src/config/problem.js'
import type { AuditConfig } from '../../src/config/types.js'

/** The audit `{ name: 't', data: 'x.csv', ...base, ...extra }` as the loader makes it; throws on a config problem. */
export function csvAudit(base: Record<string, unknown>, extra: Record<string, unknown> = {}): AuditConfig {
  const { config, problems } = loadConfig(
    JSON.stringify({ audits: [{ name: 't', data: 'x.csv', ...base, ...extra }] }),
    'audit.yml',
  )
  if (!config) throw new Error(problems.map(formatProblem).join('\n'))
  return config.audits[0] as AuditConfig
}
