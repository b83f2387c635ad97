/** See compact-source.mjs. */
export function compactSource(code: string): string
