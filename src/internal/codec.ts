/**
 * The envelope codec and per-method payload decoding. Pure functions, no Effect runtime:
 * the reader calls them once per line, so they stay allocation-light and never throw.
 */
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import { ProtocolError } from "../CodexError.js"
import { type Guard, guardOf } from "./guard.js"
import { head, redact } from "./redact.js"
import {
  ServerNotifications,
  type ServerNotificationMethod,
  type ServerNotificationParams,
  ServerRequests,
  type ServerRequestMethod,
  type ServerRequestParams
} from "../generated/methods.js"

/**
 * A JSON-RPC id as codex sends it: a string or an integer, echoed back with the same JSON type and
 * digits. An integer a double cannot hold exactly (beyond 2^53) is kept as a `bigint`.
 */
export type RequestId = string | number | bigint

/** A map key for an id: ids of different JSON types never collide. */
export const idKey = (id: RequestId): string => (typeof id === "string" ? `s${id}` : `n${id}`)

/** An id as JSON text: a `bigint` keeps its digits. */
export const encodeId = (id: RequestId): string => (typeof id === "bigint" ? id.toString() : JSON.stringify(id))

/** An id token as written on the wire (`123`, `"abc"`), or undefined if it is neither. */
export const parseIdToken = (token: string): RequestId | undefined => {
  if (/^-?(?:0|[1-9]\d*)$/.test(token)) {
    const n = Number(token)
    return Number.isSafeInteger(n) ? n : BigInt(token)
  }
  if (token.startsWith("\"")) {
    try {
      const value: unknown = JSON.parse(token)
      return typeof value === "string" ? value : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

/**
 * The raw text of the top-level `"id"` value of a JSON object line, found by a scan that skips
 * strings and nested values. Only called for ids JSON.parse could not hold exactly.
 */
const topLevelIdToken = (line: string): string | undefined => {
  let depth = 0
  let i = 0
  const n = line.length
  while (i < n) {
    const c = line[i]!
    if (c === "\"") {
      const start = i
      i++
      while (i < n && line[i] !== "\"") i += line[i] === "\\" ? 2 : 1
      i++
      if (depth === 1 && line.slice(start, i) === "\"id\"") {
        let j = i
        while (j < n && /\s/.test(line[j]!)) j++
        if (line[j] !== ":") continue
        j++
        while (j < n && /\s/.test(line[j]!)) j++
        let k = j
        while (k < n && /[-+0-9.eE]/.test(line[k]!)) k++
        return line.slice(j, k)
      }
      continue
    }
    if (c === "{" || c === "[") depth++
    else if (c === "}" || c === "]") depth--
    i++
  }
  return undefined
}

export interface RpcErrorObject {
  readonly code: number
  readonly message: string
  readonly data?: unknown
}

/** One classified line from the server, payload not yet decoded. */
export type Envelope =
  | { readonly _tag: "Response"; readonly id: RequestId; readonly result: unknown }
  | { readonly _tag: "ErrorResponse"; readonly id: RequestId; readonly error: RpcErrorObject }
  | { readonly _tag: "Notification"; readonly method: string; readonly params: unknown }
  | { readonly _tag: "ServerRequest"; readonly id: RequestId; readonly method: string; readonly params: unknown }

const EXCERPT_LIMIT = 240

/**
 * A bounded excerpt of a line, for errors and logs: secrets redacted (the patterns, and every value
 * a live transport registered) before it is cut, so that no part of a key survives at the cut.
 */
export const excerpt = (line: string, limit = EXCERPT_LIMIT): string =>
  line.length <= limit ? redact(line) : `${head(line, limit)}… (${line.length - limit} more chars)`

/**
 * JSON.parse's message, without the quote of the input V8 adds (`Unexpected token 's', "sk-proj-AB"...
 * is not valid JSON`): that quote is cut at a fixed length, mid-secret, where no redaction sees it.
 */
const parseFailure = (e: unknown): string => {
  const message = e instanceof Error ? e.message : String(e)
  const quote = message.indexOf("\"")
  return redact(quote === -1 ? message : message.slice(0, quote).replace(/[\s,]+$/, ""))
}

const isId = (u: unknown): u is RequestId =>
  typeof u === "string" || (typeof u === "number" && Number.isFinite(u))

/** The id exactly as written: integers beyond 2^53 are re-read from the line as `bigint`s. */
const exactId = (id: RequestId, line: string): RequestId => {
  if (typeof id !== "number" || Number.isSafeInteger(id)) return id
  const token = topLevelIdToken(line)
  const exact = token !== undefined ? parseIdToken(token) : undefined
  return exact ?? id
}

const invalid = (reason: ProtocolError["reason"], detail: string, line: string) =>
  new ProtocolError({ reason, detail, excerpt: excerpt(line) })

/**
 * Classifies one line. Never throws: anything that is not one of the three message shapes
 * becomes a `ProtocolError` value naming the problem.
 */
export const decodeEnvelope = (line: string): Envelope | ProtocolError => {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (e) {
    return invalid("InvalidJson", `not JSON (${parseFailure(e)})`, line)
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return invalid("NotAnObject", `expected a JSON object, got ${json === null ? "null" : Array.isArray(json) ? "an array" : typeof json}`, line)
  }
  const msg = json as { id?: unknown; method?: unknown; params?: unknown; result?: unknown; error?: unknown }
  const hasId = msg.id !== undefined
  if (typeof msg.method === "string") {
    if (!hasId) return { _tag: "Notification", method: msg.method, params: msg.params }
    if (!isId(msg.id)) return invalid("InvalidEnvelope", "request id must be a string or a number", line)
    return { _tag: "ServerRequest", id: exactId(msg.id, line), method: msg.method, params: msg.params }
  }
  if (msg.method !== undefined) return invalid("InvalidEnvelope", "method must be a string", line)
  if (!hasId) return invalid("InvalidEnvelope", "neither a response (id) nor a notification (method)", line)
  if (!isId(msg.id)) {
    return invalid("InvalidEnvelope", "response id must be a string or a number", line)
  }
  if ("error" in msg && msg.error !== undefined) {
    const err = msg.error as { code?: unknown; message?: unknown; data?: unknown } | null
    if (err === null || typeof err !== "object" || typeof err.code !== "number") {
      return invalid("InvalidEnvelope", "error response without a numeric error.code", line)
    }
    const error: RpcErrorObject = {
      code: err.code,
      message: typeof err.message === "string" ? err.message : "",
      ...(err.data !== undefined ? { data: err.data } : {})
    }
    return { _tag: "ErrorResponse", id: msg.id, error }
  }
  if (!("result" in msg)) return invalid("InvalidEnvelope", "response with neither result nor error", line)
  return { _tag: "Response", id: msg.id, result: msg.result }
}

// ---------------------------------------------------------------------------------------------
// Outgoing messages. No "jsonrpc" field: codex does not use one. Encoding never throws: a value
// JSON cannot hold (a BigInt, a circular object) becomes a ProtocolError naming what was sent.

const unencodable = (what: string, e: unknown) =>
  new ProtocolError({
    reason: "Unencodable",
    detail: `${what} cannot be encoded as JSON: ${e instanceof Error ? e.message : String(e)}`
  })

const json = (value: unknown, what: string): string | ProtocolError => {
  try {
    const text = JSON.stringify(value)
    return text === undefined ? unencodable(what, "no JSON value") : text
  } catch (e) {
    return unencodable(what, e)
  }
}

export const encodeRequest = (id: RequestId, method: string, params: unknown): string | ProtocolError => {
  if (params === undefined) return `{"id":${encodeId(id)},"method":${JSON.stringify(method)}}`
  const body = json(params, `the params of ${method}`)
  return typeof body === "string" ? `{"id":${encodeId(id)},"method":${JSON.stringify(method)},"params":${body}}` : body
}

export const encodeNotification = (method: string, params?: unknown): string | ProtocolError => {
  if (params === undefined) return `{"method":${JSON.stringify(method)}}`
  const body = json(params, `the params of ${method}`)
  return typeof body === "string" ? `{"method":${JSON.stringify(method)},"params":${body}}` : body
}

export const encodeResponse = (id: RequestId, result: unknown): string | ProtocolError => {
  const body = json(result === undefined ? null : result, "the answer")
  return typeof body === "string" ? `{"id":${encodeId(id)},"result":${body}}` : body
}

export const encodeErrorResponse = (id: RequestId, error: RpcErrorObject): string | ProtocolError => {
  const body = json(error, "the error answer")
  return typeof body === "string" ? `{"id":${encodeId(id)},"error":${body}}` : body
}

// ---------------------------------------------------------------------------------------------
// Payload decoding, forward-compatible.

/** A server notification whose params matched its method's schema. */
export type ServerNotification = {
  readonly [M in ServerNotificationMethod]: {
    readonly _tag: "ServerNotification"
    readonly method: M
    readonly params: ServerNotificationParams<M>
  }
}[ServerNotificationMethod]

/**
 * A notification this client cannot type: its method is not in the generated table
 * (`reason: "UnknownMethod"`), or its params failed to decode (`reason: "InvalidParams"`, with
 * the decode error). Never mistaken for a valid event.
 */
export interface UnknownNotification {
  readonly _tag: "UnknownNotification"
  readonly method: string
  readonly params: unknown
  readonly reason: "UnknownMethod" | "InvalidParams"
  readonly decodeError?: string
}

/** A request from the server whose params matched its method's schema. */
export type ServerRequest = {
  readonly [M in ServerRequestMethod]: {
    readonly _tag: "ServerRequest"
    readonly id: RequestId
    readonly method: M
    readonly params: ServerRequestParams<M>
  }
}[ServerRequestMethod]

/** A server request this client cannot type; the client answers it with a JSON-RPC error. */
export interface UnknownServerRequest {
  readonly _tag: "UnknownServerRequest"
  readonly id: RequestId
  readonly method: string
  readonly params: unknown
  readonly reason: "UnknownMethod" | "InvalidParams"
  readonly decodeError?: string
}

type Check = { readonly is: Guard; readonly schema: Schema.Schema<any> }

/**
 * Generated schemas have no transformations (their encoded side equals their type), so a value
 * that passes the guard is already the decoded value: unknown fields stay on it, and the hot path
 * pays for one validation pass, not a rebuild. Only a failure pays for a full decode to explain it.
 */
const guards = new WeakMap<Schema.Schema<any>, Guard>()
const guardFor = (schema: Schema.Schema<any>): Guard => {
  let guard = guards.get(schema)
  if (guard === undefined) {
    guard = guardOf(schema)
    guards.set(schema, guard)
  }
  return guard
}

const hasOwn = Object.prototype.hasOwnProperty

/**
 * A method's check, made on the first decode of that method and kept: importing the codec compiles
 * nothing, and builds none of the (lazy) generated schemas.
 */
const checksOf = (table: Record<string, { readonly params: Schema.Schema<any> }>) => {
  const checks = new Map<string, Check>()
  return (method: string): Check | undefined => {
    const check = checks.get(method)
    if (check !== undefined) return check
    if (!hasOwn.call(table, method)) return undefined
    const schema = table[method]!.params
    const made: Check = { is: guardFor(schema), schema }
    checks.set(method, made)
    return made
  }
}

const notificationCheck = checksOf(ServerNotifications)
const requestCheck = checksOf(ServerRequests)

/** A short, bounded explanation of why a value does not match: the first issue and its path. */
const explain = (schema: Schema.Schema<any>, value: unknown): string => {
  try {
    const result = ParseResult.decodeUnknownEither(schema, { errors: "first" })(value)
    if (result._tag === "Right") return "invalid value"
    const [first] = ParseResult.ArrayFormatter.formatIssueSync(result.left)
    if (first === undefined) return "invalid value"
    const at = first.path.length > 0 ? `at ${first.path.map((p) => JSON.stringify(p)).join(".")}: ` : ""
    return excerpt(`${at}${first.message}`, 300)
  } catch (e) {
    // the parser itself can throw on hostile values; the explanation must not
    return `invalid value (the schema parser failed: ${excerpt(e instanceof Error ? e.message : String(e), 300)})`
  }
}

export const decodeNotification = (method: string, params: unknown): ServerNotification | UnknownNotification => {
  const check = notificationCheck(method)
  if (check === undefined) return { _tag: "UnknownNotification", method, params, reason: "UnknownMethod" }
  if (check.is(params)) return { _tag: "ServerNotification", method, params } as ServerNotification
  return {
    _tag: "UnknownNotification",
    method,
    params,
    reason: "InvalidParams",
    decodeError: explain(check.schema, params)
  }
}

export const decodeServerRequest = (
  id: RequestId,
  method: string,
  params: unknown
): ServerRequest | UnknownServerRequest => {
  const check = requestCheck(method)
  if (check === undefined) return { _tag: "UnknownServerRequest", id, method, params, reason: "UnknownMethod" }
  if (check.is(params)) return { _tag: "ServerRequest", id, method, params } as ServerRequest
  return {
    _tag: "UnknownServerRequest",
    id,
    method,
    params,
    reason: "InvalidParams",
    decodeError: explain(check.schema, params)
  }
}

/** Decodes a payload against a schema with the same guard-first strategy; used for responses. */
export const decodePayload = <A>(
  schema: Schema.Schema<A>,
  value: unknown,
  what: string
): { readonly _tag: "Ok"; readonly value: A } | { readonly _tag: "Invalid"; readonly error: ProtocolError } => {
  if (guardFor(schema)(value)) return { _tag: "Ok", value: value as A }
  return {
    _tag: "Invalid",
    error: new ProtocolError({
      reason: "InvalidPayload",
      detail: `${what} does not match the protocol: ${explain(schema, value)}`,
      excerpt: excerpt(safeStringify(value))
    })
  }
}

const safeStringify = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
