/**
 * Flattening a nested config record into codex `-c dotted.key=<TOML value>` flags, routing the
 * `Redacted` values of that record away from the command line, and deciding which of the values a
 * caller passed are secrets to redact from errors and logs.
 */
import * as Redacted from "effect/Redacted"

export type ConfigValue =
  | string
  | number
  | boolean
  | Redacted.Redacted<string>
  | ReadonlyArray<ConfigValue>
  | { readonly [key: string]: ConfigValue | undefined }

type ConfigRecord = Readonly<Record<string, ConfigValue | undefined>>

const bareKey = /^[A-Za-z0-9_-]+$/
const tomlKey = (key: string) => (bareKey.test(key) ? key : JSON.stringify(key))

const isRecord = (value: unknown): value is ConfigRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !Redacted.isRedacted(value)

const reveal = (value: Redacted.Redacted<unknown>): string => String(Redacted.value(value))

/**
 * A TOML value; JSON string escapes are valid TOML basic-string escapes. A `Redacted` value is
 * written as its secret only with `reveal: true` (a file codex reads); otherwise it is an error
 * to render it.
 */
export const tomlValue = (value: ConfigValue, options: { readonly reveal?: boolean } = {}): string => {
  if (Redacted.isRedacted(value)) {
    if (options.reveal !== true) throw new TypeError("a Redacted config value cannot be rendered on the command line")
    return JSON.stringify(reveal(value))
  }
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "nan"
    if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf"
    return String(value)
  }
  if (Array.isArray(value)) return `[${value.map((v) => tomlValue(v, options)).join(", ")}]`
  const entries = Object.entries(value as ConfigRecord)
    .filter((e): e is [string, ConfigValue] => e[1] !== undefined)
  return `{ ${entries.map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v, options)}`).join(", ")} }`
}

/** Every leaf (a value that is not a record) with its path; records are walked, arrays are leaves. */
const leavesOf = (config: ConfigRecord): Array<readonly [ReadonlyArray<string>, ConfigValue]> => {
  const out: Array<readonly [ReadonlyArray<string>, ConfigValue]> = []
  const walk = (path: ReadonlyArray<string>, record: ConfigRecord) => {
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue
      if (isRecord(value)) walk([...path, key], value)
      else out.push([[...path, key], value])
    }
  }
  walk([], config)
  return out
}

const dotted = (path: ReadonlyArray<string>) => path.map(tomlKey).join(".")

const containsRedacted = (value: ConfigValue): boolean =>
  Redacted.isRedacted(value) ||
  (Array.isArray(value) ? value.some(containsRedacted) : isRecord(value) && Object.values(value).some(
    (v) => v !== undefined && containsRedacted(v)
  ))

/**
 * `{a: {b: 1}, c: "x"}` → `["-c", "a.b=1", "-c", "c=\"x\""]`. Nested records become dotted keys.
 * For a config without `Redacted` values (one with them is planned by `planConfig`).
 */
export const configFlags = (config: ConfigRecord): Array<string> =>
  leavesOf(config).flatMap(([path, value]) => ["-c", `${dotted(path)}=${tomlValue(value)}`])

// ---------------------------------------------------------------------------------------------
// Secrets: how they reach codex.

/** The environment variable `apiKey` is passed in when the provider names none. */
export const API_KEY_ENV = "EFFECT_CODEX_API_KEY"
/** Prefix of the environment variables generated for `Redacted` config values. */
export const SECRET_ENV_PREFIX = "EFFECT_CODEX_SECRET_"

/**
 * Where each secret goes. `flags` never hold one: a `Redacted` value reaches codex through an
 * environment variable that a config key names (`env`), or, where codex has no such key, through
 * lines of a config.toml that the caller writes with mode 0600 (`file`).
 */
export interface ConfigPlan {
  readonly flags: ReadonlyArray<string>
  readonly env: Readonly<Record<string, string>>
  /** `dotted.key = <TOML value>` lines, secrets revealed, for `$CODEX_HOME/config.toml`. */
  readonly file: ReadonlyArray<string>
  /** The dotted keys that go to the file, for messages. */
  readonly fileKeys: ReadonlyArray<string>
  /** Every secret value in the plan. */
  readonly secrets: ReadonlyArray<string>
}

export type PlanResult =
  | { readonly _tag: "Plan"; readonly plan: ConfigPlan }
  | { readonly _tag: "Invalid"; readonly message: string }

/**
 * Keys that codex 0.169.0 can read from an environment variable instead (verified on the binary):
 * the value's path, and the path of the key that names the variable.
 */
const indirections: ReadonlyArray<{
  readonly matches: (path: ReadonlyArray<string>) => boolean
  readonly target: (path: ReadonlyArray<string>) => ReadonlyArray<string>
}> = [
  {
    // sent as `Authorization: Bearer <value>`
    matches: (p) => p.length === 3 && p[0] === "model_providers" && p[2] === "experimental_bearer_token",
    target: (p) => [p[0]!, p[1]!, "env_key"]
  },
  {
    matches: (p) => p.length === 4 && p[0] === "model_providers" && p[2] === "http_headers",
    target: (p) => [p[0]!, p[1]!, "env_http_headers", p[3]!]
  },
  {
    matches: (p) => p.length === 3 && p[0] === "mcp_servers" && p[2] === "bearer_token",
    target: (p) => [p[0]!, p[1]!, "bearer_token_env_var"]
  },
  {
    matches: (p) => p.length === 4 && p[0] === "mcp_servers" && p[2] === "http_headers",
    target: (p) => [p[0]!, p[1]!, "env_http_headers", p[3]!]
  }
]

const get = (config: ConfigRecord, path: ReadonlyArray<string>): ConfigValue | undefined => {
  let at: ConfigValue | undefined = config as ConfigValue
  for (const key of path) {
    if (!isRecord(at)) return undefined
    at = at[key]
  }
  return at
}

/**
 * Plans how `config` (and `apiKey`) reach codex without a secret on the command line.
 *
 * - `model_providers.<id>.experimental_bearer_token` → `model_providers.<id>.env_key`
 * - `model_providers.<id>.http_headers.<name>` → `model_providers.<id>.env_http_headers.<name>`
 * - `mcp_servers.<id>.bearer_token` → `mcp_servers.<id>.bearer_token_env_var`
 * - `mcp_servers.<id>.http_headers.<name>` → `mcp_servers.<id>.env_http_headers.<name>`
 * - any other `Redacted` value (or array holding one) → a config.toml line
 * - `apiKey` → the selected provider's `env_key` variable (`EFFECT_CODEX_API_KEY` unless the
 *   provider names its own); the provider must be defined in `config.model_providers` and
 *   selected by `config.model_provider`.
 */
export const planConfig = (
  config: ConfigRecord,
  secrets: {
    readonly apiKey?: Redacted.Redacted<string> | undefined
    /** Names of the secret environment variables the caller passes itself. */
    readonly secretEnvNames?: ReadonlyArray<string> | undefined
  } = {}
): PlanResult => {
  const apiKey = secrets.apiKey
  const flags: Array<string> = []
  const env: Record<string, string> = {}
  const file: Array<string> = []
  const fileKeys: Array<string> = []
  const values: Array<string> = []
  const claimed = new Set<string>()
  let next = 1
  const leaves = leavesOf(config)
  const given = new Set(leaves.map(([path]) => dotted(path)))

  for (const [path, value] of leaves) {
    if (!containsRedacted(value)) {
      flags.push("-c", `${dotted(path)}=${tomlValue(value)}`)
      continue
    }
    if (Redacted.isRedacted(value)) {
      const secret = reveal(value)
      values.push(secret)
      const indirection = indirections.find((i) => i.matches(path))
      if (indirection !== undefined) {
        const target = dotted(indirection.target(path))
        if (given.has(target) || claimed.has(target)) {
          return {
            _tag: "Invalid",
            message: `config ${dotted(path)} is Redacted and goes to codex through ${target}, which is set too; ` +
              `set one of them`
          }
        }
        claimed.add(target)
        const name = `${SECRET_ENV_PREFIX}${next++}`
        env[name] = secret
        flags.push("-c", `${target}=${JSON.stringify(name)}`)
        continue
      }
    } else {
      for (const secret of revealAll(value)) values.push(secret)
    }
    file.push(`${dotted(path)} = ${tomlValue(value, { reveal: true })}`)
    fileKeys.push(dotted(path))
  }

  if (apiKey !== undefined) {
    const key = reveal(apiKey)
    values.push(key)
    const id = config.model_provider
    const provider = typeof id === "string" ? get(config, ["model_providers", id]) : undefined
    if (typeof id !== "string" || !isRecord(provider)) {
      return {
        _tag: "Invalid",
        message: "apiKey needs a provider defined in config.model_providers and selected by config.model_provider " +
          `(${typeof id === "string" ? `"${id}" is not defined there` : "none is selected"}): the app-server reads ` +
          "the key of its built-in OpenAI provider only from auth.json or account/login/start, never from " +
          "OPENAI_API_KEY or CODEX_API_KEY. For a provider defined in your own config.toml, pass its env_key " +
          "variable in secretEnv instead"
      }
    }
    const envKey = provider.env_key
    if (typeof envKey === "string") {
      env[envKey] = key
    } else {
      const target = dotted(["model_providers", id, "env_key"])
      if (envKey !== undefined || claimed.has(target) || provider.experimental_bearer_token !== undefined) {
        return {
          _tag: "Invalid",
          message: `apiKey and config.model_providers.${tomlKey(id)}.experimental_bearer_token (or a Redacted env_key) ` +
            "both give the provider a key; set one of them"
        }
      }
      env[API_KEY_ENV] = key
      flags.push("-c", `${target}=${JSON.stringify(API_KEY_ENV)}`)
    }
  }
  // codex 0.169.0 hands its whole environment to the commands the model runs (it applies no
  // default excludes): its default filter, which drops every variable whose name contains KEY,
  // SECRET or TOKEN, is turned back on whenever a secret travels in the environment, unless the
  // caller decides that key. (An `exclude` list would replace the user's own from config.toml.)
  const secretNames = [...Object.keys(env), ...(secrets.secretEnvNames ?? [])]
  if (secretNames.length > 0 && !given.has(FILTER_KEY)) flags.push("-c", `${FILTER_KEY}=false`)
  return { _tag: "Plan", plan: { flags, env, file, fileKeys, secrets: values } }
}

const FILTER_KEY = "shell_environment_policy.ignore_default_excludes"

const revealAll = (value: ConfigValue): Array<string> => {
  if (Redacted.isRedacted(value)) return [reveal(value)]
  if (Array.isArray(value)) return value.flatMap(revealAll)
  if (isRecord(value)) return Object.values(value).flatMap((v) => (v === undefined ? [] : revealAll(v)))
  return []
}

// ---------------------------------------------------------------------------------------------
// Which of the values a caller passed are secrets (redacted from errors and logs by value).

/**
 * Leaf keys whose config values are identifiers everybody may see, and that errors need to be
 * readable (`model = "gpt-5"`, `wire_api = "responses"`).
 */
const plainConfigKeys: ReadonlySet<string> = new Set([
  "model",
  "review_model",
  "model_provider",
  "wire_api",
  "approval_policy",
  "sandbox_mode",
  "model_reasoning_effort",
  "model_reasoning_summary",
  "model_verbosity",
  "web_search",
  "name",
  "exporter",
  "trace_exporter",
  "metrics_exporter",
  "env_key",
  "bearer_token_env_var"
])

/** Environment variables whose values are paths or settings, never credentials. */
const plainEnvKeys: ReadonlySet<string> = new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "PWD",
  "TMPDIR",
  "TEMP",
  "TMP",
  "LANG",
  "LANGUAGE",
  "TERM",
  "TZ",
  "NO_COLOR",
  "RUST_LOG",
  "RUST_BACKTRACE",
  "LOG_FORMAT",
  "CODEX_HOME"
])

/** Values too short or too plain to be a credential: redacting them would shred ordinary text. */
const isBenign = (value: string): boolean =>
  value.length < 8 ||
  /^(?:true|false|yes|no|on|off|null|none)$/i.test(value) ||
  /^[-+]?\d+(?:\.\d+)?$/.test(value)

/** The parts of a URL that can carry credentials: user, password, query values. */
const urlSecrets = (value: string): Array<string> | undefined => {
  if (!/^(?:https?|wss?):\/\//i.test(value)) return undefined
  try {
    const url = new URL(value)
    const out: Array<string> = []
    if (url.username !== "") out.push(decodeURIComponent(url.username))
    if (url.password !== "") out.push(decodeURIComponent(url.password))
    for (const v of url.searchParams.values()) out.push(v)
    return out.filter((v) => !isBenign(v))
  } catch {
    return undefined
  }
}

const candidates = (value: string): Array<string> => urlSecrets(value) ?? (isBenign(value) ? [] : [value])

/**
 * The values of `env`, `config` and `args` that are redacted by value:
 *
 * - every `env` value, unless the variable is a well-known setting (PATH, HOME, TMPDIR, LANG, TERM,
 *   RUST_LOG, CODEX_HOME, …);
 * - every `config` string (also inside arrays), unless its key is a plain identifier (`model`,
 *   `model_provider`, `wire_api`, `approval_policy`, `sandbox_mode`, `name`, `env_key`, …);
 * - every `args` entry that is not a flag (and the value of `--flag=value`);
 *
 * each unless benign: shorter than 8 characters, a number, or a boolean word. Of a URL, only the
 * user, password and query values count. `Redacted` values, `secretEnv` and `apiKey` are always
 * secrets, whatever their length (4 characters or more).
 */
export const plainSecretValues = (options: {
  readonly env?: Readonly<Record<string, string | undefined>> | undefined
  readonly config?: ConfigRecord | undefined
  readonly args?: ReadonlyArray<string> | undefined
}): Array<string> => {
  const out: Array<string> = []
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value !== undefined && !plainEnvKeys.has(key) && !key.startsWith("LC_")) out.push(...candidates(value))
  }
  const strings = (value: ConfigValue): Array<string> =>
    typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(strings) : []
  for (const [path, value] of leavesOf(options.config ?? {})) {
    if (plainConfigKeys.has(path[path.length - 1]!)) continue
    for (const s of strings(value)) out.push(...candidates(s))
  }
  for (const arg of options.args ?? []) {
    if (!arg.startsWith("-")) out.push(...candidates(arg))
    else if (arg.includes("=")) out.push(...candidates(arg.slice(arg.indexOf("=") + 1)))
  }
  return out
}
