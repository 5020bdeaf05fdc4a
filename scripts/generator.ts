/**
 * A focused JSON Schema → Effect Schema generator for the codex app-server protocol bundle.
 *
 * Why not a general converter: quicktype's `typescript-effect-schema` target flattens every
 * discriminated union (ThreadItem becomes one class whose fields are all optional), turns every
 * "required but nullable" field into "optional and nullable", and emits nothing for the bundled
 * `definitions/v2` layout. The protocol leans on exactly those distinctions, so this generator
 * handles the subset of JSON Schema that the bundle uses ($ref, allOf of one, anyOf/oneOf,
 * enum, type arrays with null, objects, records, arrays) and fails loudly on anything else.
 *
 * Every definition becomes an exported TypeScript type plus a `Schema.Schema<T>` whose encoded
 * side equals its type (no transformations), so a payload that passes `Schema.is` can be used
 * as-is. That is what keeps the hot path cheap (see src/internal/codec.ts).
 *
 * No schema is built at import: each export is `lazy(name, build)` (see `lazyModule` below), a
 * suspension (`AST.Suspend`) that runs `build` on first use. Inside a build, a reference to a definition
 * declared earlier is `force(Name)`: its built schema, so that a built AST holds no suspensions
 * and is exactly what an eager declaration would have been. A reference to a definition not
 * declared yet can only be the back edge of a real cycle (definitions come dependency-first):
 * it stays the bare export, which is itself a suspension.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"

type Json = null | boolean | number | string | ReadonlyArray<Json> | Node
interface Node {
  readonly [key: string]: Json | undefined
}

/** Response schemas whose names do not follow `<Params name minus "Params">Response`. */
const responseOverrides: Record<string, string> = {
  "account/gatewayOAuth/cancel": "GatewayOAuthCancelResponse",
  "account/logout": "LogoutAccountResponse",
  "account/securitySetup/read": "GetAccountSecuritySetupResponse",
  "account/workspaceMessages/read": "GetWorkspaceMessagesResponse",
  "accountSession/list": "AccountSessionsResponse",
  "config/batchWrite": "ConfigWriteResponse",
  "config/mcpServer/reload": "McpServerRefreshResponse",
  "config/value/write": "ConfigWriteResponse",
  "externalAgentConfig/import/readHistories": "ExternalAgentConfigImportHistoriesReadResponse"
}

export interface GeneratedFiles {
  readonly version: string
  readonly files: Record<string, string>
  readonly counts: {
    readonly definitions: number
    readonly clientRequests: number
    readonly serverNotifications: number
    readonly serverRequests: number
    readonly clientNotifications: number
  }
}

export const readBundles = (binary: string): { experimental: Node; stable: Node } => {
  const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-schema-"))
  try {
    const run = (out: string, experimental: boolean) =>
      execFileSync(
        binary,
        ["app-server", "generate-json-schema", ...(experimental ? ["--experimental"] : []), "--out", out],
        { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, RUST_LOG: "error" } }
      )
    run(path.join(dir, "experimental"), true)
    run(path.join(dir, "stable"), false)
    const load = (sub: string) =>
      JSON.parse(readFileSync(path.join(dir, sub, "codex_app_server_protocol.schemas.json"), "utf8")) as Node
    return { experimental: load("experimental"), stable: load("stable") }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const isIdentifier = (s: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)
const propKey = (s: string) => (isIdentifier(s) ? s : JSON.stringify(s))
const asNode = (j: Json | undefined): Node | undefined =>
  j !== null && typeof j === "object" && !Array.isArray(j) ? (j as Node) : undefined
const asArray = (j: Json | undefined): ReadonlyArray<Json> => (Array.isArray(j) ? j : [])
const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("")

const docComment = (node: Node, indent: string): string => {
  const lines: Array<string> = []
  if (typeof node.description === "string") lines.push(...node.description.split("\n"))
  if (typeof node.format === "string") lines.push(`@format ${node.format}`)
  if (node.default !== undefined) lines.push(`@default ${JSON.stringify(node.default)}`)
  if (lines.length === 0) return ""
  const body = lines.map((l) => `${indent} *${l.length ? " " + l.replace(/\*\//g, "*\\/") : ""}`).join("\n")
  return `${indent}/**\n${body}\n${indent} */\n`
}

interface Emitted {
  readonly schema: string
  readonly type: string
}

interface Definition {
  readonly ref: string
  readonly name: string
  readonly node: Node
}

class Generator {
  readonly definitions: Array<Definition> = []
  readonly byRef = new Map<string, Definition>()
  readonly emitted = new Set<string>()
  readonly usedNames = new Set<string>()
  readonly out: Array<string> = []
  /** Whether a reference to a declared definition is its built schema (`force(Name)`) or its export. */
  forceRefs = true

  constructor(readonly bundle: Node) {
    const defs = asNode(bundle.definitions)!
    const v2 = asNode(defs.v2)!
    for (const [key, node] of Object.entries(v2)) this.add(`#/definitions/v2/${key}`, key, asNode(node)!)
    for (const [key, node] of Object.entries(defs)) {
      if (key === "v2") continue
      const existing = this.byRef.get(`#/definitions/v2/${key}`)
      if (existing !== undefined) {
        const strip = (n: Node) => {
          const { $schema: _s, title: _t, description: _d, ...rest } = n
          return JSON.stringify(rest)
        }
        if (strip(existing.node) === strip(asNode(node)!)) {
          this.byRef.set(`#/definitions/${key}`, existing)
          continue
        }
        this.add(`#/definitions/${key}`, `V1${key}`, asNode(node)!)
      } else {
        this.add(`#/definitions/${key}`, key, asNode(node)!)
      }
    }
  }

  add(ref: string, name: string, node: Node) {
    if (this.usedNames.has(name)) throw new Error(`duplicate definition name ${name}`)
    const def = { ref, name, node }
    this.definitions.push(def)
    this.byRef.set(ref, def)
    this.usedNames.add(name)
  }

  refName(ref: string): string {
    const def = this.byRef.get(ref)
    if (def === undefined) throw new Error(`unresolved $ref ${ref}`)
    return def.name
  }

  /** Dependency-first order so that only the back edges of cycles need a suspension. */
  order(): Array<Definition> {
    const seen = new Set<string>()
    const result: Array<Definition> = []
    const visit = (def: Definition) => {
      if (seen.has(def.name)) return
      seen.add(def.name)
      for (const ref of collectRefs(def.node)) visit(this.byRef.get(ref)!)
      result.push(def)
    }
    const sorted = [...this.definitions].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const def of sorted) visit(def)
    return result
  }

  /**
   * A declared definition is built by the time it is referenced: `force` hands over its built
   * schema. A definition not declared yet is the back edge of a cycle: its export, a suspension,
   * is built only when a value is checked against it.
   */
  ref(name: string): Emitted {
    if (this.emitted.has(name)) return { schema: this.forceRefs ? `force(${name})` : name, type: name }
    return { schema: name, type: name }
  }

  /** Emits a named variant (a titled object member of a union) before its union, when possible. */
  variant(member: Node, shared: Node | undefined, indent: string): Emitted {
    const title = typeof member.title === "string" ? pascal(member.title) : undefined
    const merged = mergeShared(member, shared)
    if (title === undefined || !isObjectNode(merged) || this.usedNames.has(title)) {
      return this.emit(merged, indent)
    }
    this.usedNames.add(title)
    this.declareNamed(title, merged)
    return this.ref(title)
  }

  declare(def: Definition) {
    this.declareNamed(def.name, def.node)
  }

  /** An object becomes an interface; anything else (unions, objects with alternatives) a type alias. */
  declareNamed(name: string, node: Node) {
    if (isObjectNode(node) && node.properties !== undefined && !node.oneOf && !node.anyOf) {
      const body = this.objectParts(node, "  ")
      this.out.push(
        `${docComment(node, "")}export interface ${name} ${body.type}\n` +
          `export const ${name}: Schema.Schema<${name}> = ${lazyOf(name, body.schema)}\n`
      )
    } else {
      const body = this.emit(node, "")
      this.out.push(
        `${docComment(node, "")}export type ${name} = ${body.type}\n` +
          `export const ${name}: Schema.Schema<${name}> = ${lazyOf(name, body.schema)}\n`
      )
    }
    this.emitted.add(name)
  }

  objectParts(node: Node, indent: string): Emitted {
    const props = asNode(node.properties) ?? {}
    const required = new Set(asArray(node.required) as Array<string>)
    const schemaFields: Array<string> = []
    const typeFields: Array<string> = []
    for (const key of Object.keys(props).sort()) {
      const prop = asNode(props[key]) ?? {}
      const e = this.emit(prop, indent + "  ")
      const k = propKey(key)
      if (required.has(key)) {
        schemaFields.push(`${indent}${k}: ${e.schema}`)
        typeFields.push(`${docComment(prop, indent)}${indent}readonly ${k}: ${e.type}`)
      } else {
        schemaFields.push(`${indent}${k}: Schema.optional(${e.schema})`)
        typeFields.push(`${docComment(prop, indent)}${indent}readonly ${k}?: ${e.type} | undefined`)
      }
    }
    const close = indent.slice(2)
    if (schemaFields.length === 0) return { schema: "Schema.Struct({})", type: "{}" }
    return {
      schema: `Schema.Struct({\n${schemaFields.join(",\n")}\n${close}})`,
      type: `{\n${typeFields.join("\n")}\n${close}}`
    }
  }

  emit(node: Node, indent: string): Emitted {
    if (typeof node.$ref === "string") return this.ref(this.refName(node.$ref))
    if (node.allOf !== undefined) {
      const all = asArray(node.allOf)
      if (all.length !== 1) throw new Error(`allOf with ${all.length} members is not supported`)
      return this.emit(asNode(all[0])!, indent)
    }
    const members = node.oneOf ?? node.anyOf
    if (members !== undefined) {
      const shared = node.properties !== undefined ? node : undefined
      return this.union(asArray(members).map((m) => asNode(m)!), shared, indent)
    }
    if (node.enum !== undefined) return literal(asArray(node.enum))
    const type = node.type
    if (Array.isArray(type)) {
      return this.union(type.map((t) => ({ ...node, type: t as string })), undefined, indent)
    }
    switch (type) {
      case "string":
        return { schema: "Schema.String", type: "string" }
      case "integer":
      case "number":
        return { schema: "Schema.Number", type: "number" }
      case "boolean":
        return { schema: "Schema.Boolean", type: "boolean" }
      case "null":
        return { schema: "Schema.Null", type: "null" }
      case "array": {
        const item = this.emit(asNode(node.items) ?? {}, indent)
        return { schema: `Schema.Array(${item.schema})`, type: `ReadonlyArray<${item.type}>` }
      }
      case "object": {
        if (node.properties !== undefined) return this.objectParts(node, indent + "  ")
        const extra = node.additionalProperties
        const value = asNode(extra) !== undefined
          ? this.emit(asNode(extra)!, indent)
          : { schema: "Schema.Unknown", type: "unknown" }
        return {
          schema: `Schema.Record({ key: Schema.String, value: ${value.schema} })`,
          type: `{ readonly [key: string]: ${value.type} }`
        }
      }
      case undefined:
        return { schema: "Schema.Unknown", type: "unknown" }
      default:
        throw new Error(`unsupported type ${JSON.stringify(type)}`)
    }
  }

  union(members: ReadonlyArray<Node>, shared: Node | undefined, indent: string): Emitted {
    const nullable = members.some((m) => m.type === "null" && m.enum === undefined)
    const rest = members.filter((m) => !(m.type === "null" && m.enum === undefined))
    // Plain string enums spread over several members collapse into one Literal.
    if (rest.length > 0 && rest.every((m) => m.enum !== undefined && m.properties === undefined)) {
      const values = rest.flatMap((m) => asArray(m.enum))
      return wrapNull(literal(values), nullable)
    }
    const parts = rest.map((m) => this.variant(m, shared, indent))
    if (parts.length === 0) return { schema: "Schema.Null", type: "null" }
    const inner = parts.length === 1
      ? parts[0]!
      : {
        schema: `Schema.Union(\n${parts.map((p) => `${indent}  ${p.schema}`).join(",\n")}\n${indent})`,
        type: parts.map((p) => p.type).join(" | ")
      }
    return wrapNull(parts.length === 1 ? inner : { ...inner, type: `(${inner.type})` }, nullable)
  }
}

const lazyOf = (name: string, schema: string) => `lazy(${JSON.stringify(name)}, () => ${schema})`

const isObjectNode = (node: Node) => node.type === "object" || (node.type === undefined && node.properties !== undefined)

const mergeShared = (member: Node, shared: Node | undefined): Node => {
  if (shared === undefined || !isObjectNode(member)) return member
  return {
    ...member,
    properties: { ...asNode(shared.properties), ...asNode(member.properties) },
    required: [...asArray(shared.required), ...asArray(member.required)]
  }
}

const literal = (values: ReadonlyArray<Json>): Emitted => {
  const unique = [...new Set(values.map((v) => JSON.stringify(v)))]
  return { schema: `Schema.Literal(${unique.join(", ")})`, type: unique.join(" | ") }
}

const wrapNull = (e: Emitted, nullable: boolean): Emitted =>
  nullable ? { schema: `Schema.NullOr(${e.schema})`, type: `${e.type} | null` } : e

const collectRefs = (node: Json | undefined, acc: Array<string> = []): Array<string> => {
  if (Array.isArray(node)) for (const n of node) collectRefs(n, acc)
  else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") acc.push(v)
      else collectRefs(v, acc)
    }
  }
  return acc
}

interface MethodEntry {
  readonly method: string
  readonly params: string
  readonly paramsType: string
  readonly response?: string
  readonly experimental: boolean
  readonly description: string | undefined
}

const methodsOf = (bundle: Node, union: string): Array<{ method: string; node: Node }> =>
  asArray(asNode(asNode(bundle.definitions)![union])!.oneOf).map((m) => {
    const node = asNode(m)!
    const method = asArray(asNode(asNode(node.properties)!.method)!.enum)[0] as string
    return { method, node }
  })

const header = (version: string) =>
  `/**\n * generated from codex ${version}; do not edit.\n * Regenerate with \`npm run generate\` (scripts/generate.ts).\n */\n`

/**
 * The helper every export of schemas.ts is declared with. Not re-exported by generated/index.ts
 * (nor by the package): its counter is for tests.
 */
const lazyModule = (version: string) =>
  header(version) +
  `/*
 * Schemas built on first use. Each export of schemas.ts is \`lazy(name, build)\`: a schema whose
 * AST is an \`AST.Suspend\` (what \`Schema.suspend\` makes; it memoizes its thunk) that runs
 * \`build\` once, on first use, with the definition's name as its identifier. Importing the
 * protocol builds none of them. Inside a build, \`force\` gives the built schema of a definition
 * declared earlier, so that built ASTs nest no suspensions; the back edge of a real cycle
 * references the export itself, a suspension.
 *
 * The export is an instance of one small class rather than \`Schema.suspend(...)\`, which makes a
 * class per schema: for the ~1400 exports, that alone costs ~7 MB of RSS at import.
 */
import { pipeArguments } from "effect/Pipeable"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"

let built = 0

/** How many lazy schemas have been built in this process so far (for tests). */
export const builtLazySchemas = (): number => built

const variance = {
  _A: (_: unknown) => _,
  _I: (_: unknown) => _,
  _R: (_: never) => _
}

class LazySchema {
  readonly ast: AST.Suspend
  private schema: Schema.Schema.Any | undefined = undefined
  private building = false

  constructor(identifier: string, private readonly build: () => Schema.Schema.Any) {
    this.ast = new AST.Suspend(() => {
      const schema = this.get()
      if (schema === undefined) throw new Error(\`the schema \${identifier} was used while it was being built\`)
      return schema.ast
    }, { [AST.IdentifierAnnotationId]: identifier })
  }

  /** The built schema, built now if needed; undefined while it is being built (a cycle). */
  get(): Schema.Schema.Any | undefined {
    if (this.schema === undefined) {
      if (this.building) return undefined
      this.building = true
      try {
        this.schema = this.build()
      } finally {
        this.building = false
      }
      built++
    }
    return this.schema
  }

  annotations(annotations: Schema.Annotations.GenericSchema<unknown>): Schema.Schema.Any {
    return Schema.make(this.ast).annotations(annotations)
  }

  pipe() {
    return pipeArguments(this, arguments)
  }

  toString() {
    return String(this.ast)
  }
}

Object.defineProperty(LazySchema.prototype, Schema.TypeId, { value: variance })

/** A schema whose \`build\` runs once, on first use (\`force\`, a decode, a guard's compilation). */
export const lazy = <A>(identifier: string, build: () => Schema.Schema<A>): Schema.Schema<A> =>
  new LazySchema(identifier, build) as unknown as Schema.Schema<A>

/**
 * The built schema of a \`lazy\` one (building it now if needed). While that schema is being built
 * (a cycle), the suspension itself; any other schema as it is.
 */
export const force = <A>(schema: Schema.Schema<A>): Schema.Schema<A> =>
  schema instanceof LazySchema ? ((schema.get() ?? schema) as Schema.Schema<A>) : schema
`

export const generate = (bundles: { experimental: Node; stable: Node }, version: string): GeneratedFiles => {
  const gen = new Generator(bundles.experimental)
  for (const def of gen.order()) gen.declare(def)

  const paramsOf = (node: Node): { schema: string; type: string } => {
    const props = asNode(node.properties)!
    const params = asNode(props.params)
    const required = asArray(node.required).includes("params")
    if (params === undefined || params.type === "null") {
      return { schema: "NoParams", type: "null | undefined" }
    }
    // A table entry holds exports (suspensions), never `force(Name)`: that would build at import.
    const declared = gen.out.length
    gen.forceRefs = false
    const e = gen.emit(params, "    ")
    gen.forceRefs = true
    if (gen.out.length !== declared) throw new Error("a method's params declare a schema inline; not supported")
    return required ? e : { schema: `Schema.UndefinedOr(${e.schema})`, type: `${e.type} | undefined` }
  }

  const table = (union: string, withResponse: boolean): Array<MethodEntry> => {
    const stable = new Set(methodsOf(bundles.stable, union).map((m) => m.method))
    return methodsOf(bundles.experimental, union).map(({ method, node }) => {
      const p = paramsOf(node)
      let response: string | undefined
      if (withResponse) {
        const override = responseOverrides[method]
        const refs = collectRefs(asNode(node.properties)!.params)
        const paramsName = refs.length > 0 ? gen.refName(refs[0]!) : undefined
        const byParams = paramsName?.endsWith("Params")
          ? paramsName.slice(0, -"Params".length) + "Response"
          : undefined
        const byMethod = pascal(method) + "Response"
        response = override ??
          (byParams !== undefined && gen.usedNames.has(byParams) ? byParams : byMethod)
        if (response === undefined || !gen.usedNames.has(response)) {
          throw new Error(
            `no response schema found for ${method} (tried ${response}); add it to responseOverrides in scripts/generator.ts`
          )
        }
      }
      return {
        method,
        params: p.schema,
        paramsType: p.type,
        ...(response !== undefined ? { response } : {}),
        experimental: !stable.has(method),
        description: typeof node.description === "string" ? node.description : undefined
      }
    })
  }

  const clientRequests = table("ClientRequest", true)
  const serverRequests = table("ServerRequest", true)
  // Every response definition must belong to some request: an unused one means a mapping is wrong.
  const usedResponses = new Set([...clientRequests, ...serverRequests].map((e) => e.response))
  const orphans = gen.definitions
    .map((d) => d.name)
    .filter((n) => n.endsWith("Response") && !n.startsWith("JSONRPC") && !usedResponses.has(n))
  if (orphans.length > 0) {
    throw new Error(`response schemas not matched to any method: ${orphans.join(", ")}; extend responseOverrides`)
  }
  const serverNotifications = table("ServerNotification", false)
  const clientNotifications = table("ClientNotification", false)

  const schemas = header(version) +
    `import * as Schema from "effect/Schema"\nimport { force, lazy } from "./lazy.js"\n\n` +
    gen.out.join("\n")

  const qualify = (s: string) =>
    s.replace(/(?<![.\w])([A-Z][A-Za-z0-9_]*)\b/g, (m) => (gen.usedNames.has(m) ? `S.${m}` : m))

  const mapInterface = (name: string, entries: Array<MethodEntry>, withResponse: boolean) =>
    `export interface ${name} {\n` +
    entries
      .map((e) =>
        `${e.description ? docComment({ description: e.description }, "  ") : ""}  readonly ${
          JSON.stringify(e.method)
        }: {\n    readonly params: ${qualify(e.paramsType)}\n` +
        (withResponse ? `    readonly response: S.${e.response}\n` : "") +
        `  }`
      )
      .join("\n") +
    `\n}\n`

  const mapValue = (name: string, mapName: string, entries: Array<MethodEntry>, withResponse: boolean) =>
    `export const ${name}: {\n  readonly [M in keyof ${mapName}]: ${
      withResponse ? "RequestSpec" : "NotificationSpec"
    }<${mapName}[M]["params"]${withResponse ? `, ${mapName}[M]["response"]` : ""}>\n} = {\n` +
    entries
      .map((e) =>
        `  ${JSON.stringify(e.method)}: { params: ${qualify(e.params)}, ${
          withResponse ? `response: S.${e.response}, ` : ""
        }experimental: ${e.experimental} }`
      )
      .join(",\n") +
    `\n}\n`

  const methods = header(version) +
    `import * as Schema from "effect/Schema"\nimport * as S from "./schemas.js"\n\n` +
    `/** The codex version these tables were generated from. */\n` +
    `export const codexVersion = ${JSON.stringify(version)}\n\n` +
    `/** Params of a method that takes none: absent on the wire. */\n` +
    `export const NoParams: Schema.Schema<null | undefined> = Schema.UndefinedOr(Schema.Null)\n\n` +
    `export interface RequestSpec<P, R> {\n  readonly params: Schema.Schema<P>\n  readonly response: Schema.Schema<R>\n` +
    `  /** Needs \`capabilities.experimentalApi: true\` at initialize. */\n  readonly experimental: boolean\n}\n\n` +
    `export interface NotificationSpec<P> {\n  readonly params: Schema.Schema<P>\n` +
    `  /** Only sent to clients that set \`capabilities.experimentalApi: true\`. */\n  readonly experimental: boolean\n}\n\n` +
    mapInterface("ClientRequestMap", clientRequests, true) + "\n" +
    mapInterface("ServerRequestMap", serverRequests, true) + "\n" +
    mapInterface("ServerNotificationMap", serverNotifications, false) + "\n" +
    mapInterface("ClientNotificationMap", clientNotifications, false) + "\n" +
    mapValue("ClientRequests", "ClientRequestMap", clientRequests, true) + "\n" +
    mapValue("ServerRequests", "ServerRequestMap", serverRequests, true) + "\n" +
    mapValue("ServerNotifications", "ServerNotificationMap", serverNotifications, false) + "\n" +
    mapValue("ClientNotifications", "ClientNotificationMap", clientNotifications, false) + "\n" +
    `export type ClientRequestMethod = keyof ClientRequestMap\n` +
    `export type ServerRequestMethod = keyof ServerRequestMap\n` +
    `export type ServerNotificationMethod = keyof ServerNotificationMap\n` +
    `export type ClientNotificationMethod = keyof ClientNotificationMap\n` +
    `export type ClientRequestParams<M extends ClientRequestMethod> = ClientRequestMap[M]["params"]\n` +
    `export type ClientRequestResponse<M extends ClientRequestMethod> = ClientRequestMap[M]["response"]\n` +
    `export type ServerRequestParams<M extends ServerRequestMethod> = ServerRequestMap[M]["params"]\n` +
    `export type ServerRequestResponse<M extends ServerRequestMethod> = ServerRequestMap[M]["response"]\n` +
    `export type ServerNotificationParams<M extends ServerNotificationMethod> = ServerNotificationMap[M]["params"]\n`

  const index = header(version) +
    `export * from "./schemas.js"\nexport * from "./methods.js"\n`

  return {
    version,
    files: { "schemas.ts": schemas, "methods.ts": methods, "index.ts": index, "lazy.ts": lazyModule(version) },
    counts: {
      definitions: gen.definitions.length,
      clientRequests: clientRequests.length,
      serverNotifications: serverNotifications.length,
      serverRequests: serverRequests.length,
      clientNotifications: clientNotifications.length
    }
  }
}
