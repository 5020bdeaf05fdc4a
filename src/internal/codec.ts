/**
 * The envelope codec and per-method payload decoding. Pure functions, no Effect runtime:
 * the reader calls them once per line, so they stay allocation-light and never throw.
 */
import * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import { ProtocolError } from "../CodexError.js"
import { type Guard, guardOf } from "./guard.js"
import {
  ServerNotifications,
  type ServerNotificationMethod,
  type ServerNotificationParams,
  ServerRequests,
  type ServerRequestMethod,
  type ServerRequestParams
} from "../generated/methods.js"

/** A JSON-RPC id as codex sends it: a string or an integer, echoed back with the same JSON type. */
export type RequestId = string | number

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

/** A bounded excerpt of a line, for errors and logs. */
export const excerpt = (line: string, limit = EXCERPT_LIMIT): string =>
  line.length <= limit ? line : `${line.slice(0, limit)}… (${line.length - limit} more chars)`

const isId = (u: unknown): u is RequestId =>
  typeof u === "string" || (typeof u === "number" && Number.isFinite(u))

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
    return invalid("InvalidJson", `not JSON (${(e as Error).message})`, line)
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return invalid("NotAnObject", `expected a JSON object, got ${json === null ? "null" : Array.isArray(json) ? "an array" : typeof json}`, line)
  }
  const msg = json as { id?: unknown; method?: unknown; params?: unknown; result?: unknown; error?: unknown }
  const hasId = msg.id !== undefined
  if (typeof msg.method === "string") {
    if (!hasId) return { _tag: "Notification", method: msg.method, params: msg.params }
    if (!isId(msg.id)) return invalid("InvalidEnvelope", "request id must be a string or a number", line)
    return { _tag: "ServerRequest", id: msg.id, method: msg.method, params: msg.params }
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
// Outgoing messages. No "jsonrpc" field: codex does not use one.

export const encodeRequest = (id: RequestId, method: string, params: unknown): string =>
  params === undefined ? JSON.stringify({ id, method }) : JSON.stringify({ id, method, params })

export const encodeNotification = (method: string, params?: unknown): string =>
  params === undefined ? JSON.stringify({ method }) : JSON.stringify({ method, params })

export const encodeResponse = (id: RequestId, result: unknown): string => JSON.stringify({ id, result })

export const encodeErrorResponse = (id: RequestId, error: RpcErrorObject): string =>
  JSON.stringify({ id, error })

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

const buildChecks = (table: Record<string, { readonly params: Schema.Schema<any> }>) => {
  const checks = new Map<string, Check>()
  for (const [method, spec] of Object.entries(table)) {
    checks.set(method, { is: guardFor(spec.params), schema: spec.params })
  }
  return checks
}

const notificationChecks = buildChecks(ServerNotifications)
const requestChecks = buildChecks(ServerRequests)

/** A short, bounded explanation of why a value does not match: the first issue and its path. */
const explain = (schema: Schema.Schema<any>, value: unknown): string => {
  const result = ParseResult.decodeUnknownEither(schema, { errors: "first" })(value)
  if (result._tag === "Right") return "invalid value"
  const [first] = ParseResult.ArrayFormatter.formatIssueSync(result.left)
  if (first === undefined) return "invalid value"
  const at = first.path.length > 0 ? `at ${first.path.map((p) => JSON.stringify(p)).join(".")}: ` : ""
  return excerpt(`${at}${first.message}`, 300)
}

export const decodeNotification = (method: string, params: unknown): ServerNotification | UnknownNotification => {
  const check = notificationChecks.get(method)
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
  const check = requestChecks.get(method)
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
