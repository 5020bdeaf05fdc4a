/**
 * Keeps secrets out of errors and logs: API keys, bearer tokens and Authorization headers.
 */
const patterns: ReadonlyArray<[RegExp, string]> = [
  [/\b(authorization)(["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',}]+/gi, "$1$2[REDACTED]"],
  [/\bbearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, "Bearer [REDACTED]"],
  [/\bsk-[A-Za-z0-9_-]{8,}/g, "sk-[REDACTED]"]
]

export const redact = (text: string): string => {
  let out = text
  for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement)
  return out
}
