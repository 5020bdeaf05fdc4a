/**
 * Flattening a nested config record into codex `-c dotted.key=<TOML value>` flags.
 */

export type ConfigValue =
  | string
  | number
  | boolean
  | ReadonlyArray<ConfigValue>
  | { readonly [key: string]: ConfigValue | undefined }

const bareKey = /^[A-Za-z0-9_-]+$/
const tomlKey = (key: string) => (bareKey.test(key) ? key : JSON.stringify(key))

/** A TOML value; JSON string escapes are valid TOML basic-string escapes. */
export const tomlValue = (value: ConfigValue): string => {
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "nan"
    if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf"
    return String(value)
  }
  if (Array.isArray(value)) return `[${value.map(tomlValue).join(", ")}]`
  const entries = Object.entries(value as Record<string, ConfigValue | undefined>)
    .filter((e): e is [string, ConfigValue] => e[1] !== undefined)
  return `{ ${entries.map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v)}`).join(", ")} }`
}

/** `{a: {b: 1}, c: "x"}` → `["-c", "a.b=1", "-c", "c=\"x\""]`. Nested records become dotted keys. */
export const configFlags = (config: Readonly<Record<string, ConfigValue | undefined>>): Array<string> => {
  const flags: Array<string> = []
  const walk = (prefix: string, record: Readonly<Record<string, ConfigValue | undefined>>) => {
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue
      const path = prefix === "" ? tomlKey(key) : `${prefix}.${tomlKey(key)}`
      if (typeof value === "object" && !Array.isArray(value)) {
        walk(path, value as Record<string, ConfigValue | undefined>)
      } else {
        flags.push("-c", `${path}=${tomlValue(value)}`)
      }
    }
  }
  walk("", config)
  return flags
}
