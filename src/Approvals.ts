/**
 * Approvals: typed handlers for the server's own requests (command and file-change approvals,
 * permissions, user input, dynamic tool calls, elicitations, …), safe by default.
 *
 * - Without configuration every request gets its safe answer: commands and file changes are
 *   declined, no permission is granted, user input and elicitations are declined, dynamic tool
 *   calls get an error result, and methods with no decline get a JSON-RPC error.
 * - Each request is answered exactly once, with its id echoed. A handler that fails, dies,
 *   exceeds its time limit (default 5 minutes) or returns an invalid answer produces the safe
 *   answer, and the failure is logged.
 * - Handlers run on fibers of their own, so a slow one never blocks other threads, and they may
 *   use the client (`CodexClient`) without deadlock.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { CodexClient } from "./CodexClient.js"
import {
  ServerRequests,
  type ServerRequestMethod,
  type ServerRequestParams,
  type ServerRequestResponse
} from "./generated/methods.js"
import {
  decodePayload,
  encodeResponse,
  type RequestId,
  type ServerRequest,
  type UnknownServerRequest
} from "./internal/codec.js"
import { type Answer, INTERNAL_ERROR, METHOD_NOT_FOUND } from "./ServerRequestHandler.js"

export const INVALID_PARAMS = -32602

/** Who asked: the request's id and method, and the thread and turn it belongs to, if any. */
export interface RequestInfo {
  readonly id: RequestId
  readonly method: string
  readonly threadId: string | undefined
  readonly turnId: string | undefined
}

/** Answers one server-request method. A failure or defect is turned into the safe answer. */
export type Handler<M extends ServerRequestMethod, R = never> = (
  params: ServerRequestParams<M>,
  request: RequestInfo
) => Effect.Effect<ServerRequestResponse<M>, unknown, R>

/** Handlers by method; a method without one gets its safe answer. */
export type Handlers<R = never> = { readonly [M in ServerRequestMethod]?: Handler<M, R> }

export interface Approvals {
  /** Handlers may use the client, for example to read the thread before deciding. */
  readonly handlers: Handlers<CodexClient>
  /** Time limit of one handler; past it, the safe answer. */
  readonly timeout: Duration.Duration
}

export const Approvals: Context.Tag<Approvals, Approvals> = Context.GenericTag<Approvals>("effect-codex/Approvals")

export const DEFAULT_TIMEOUT: Duration.Duration = Duration.minutes(5)

/** The client's approvals as a layer, provided to `CodexClient.layer` (or `CodexLive`). */
export const layer = (
  handlers: Handlers<CodexClient>,
  options: { readonly timeout?: Duration.DurationInput } = {}
): Layer.Layer<Approvals> =>
  Layer.succeed(Approvals, { handlers, timeout: Duration.decode(options.timeout ?? DEFAULT_TIMEOUT) })

// ---- policies ----------------------------------------------------------------------------------

/** The default: every request gets its safe answer (decline, grant nothing, error result). */
export const declineAll: Handlers = {}

/**
 * Accepts every command, file change and permission request, and approves legacy approvals.
 * Named so that nobody picks it by accident: only for sandboxes you are willing to lose.
 */
export const dangerouslyAcceptAll: Handlers = {
  "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" }),
  "item/fileChange/requestApproval": () => Effect.succeed({ decision: "accept" }),
  "item/permissions/requestApproval": (params) =>
    Effect.succeed({
      permissions: {
        ...(params.permissions.fileSystem != null ? { fileSystem: params.permissions.fileSystem } : {}),
        ...(params.permissions.network != null ? { network: params.permissions.network } : {})
      },
      scope: "turn"
    }),
  applyPatchApproval: () => Effect.succeed({ decision: "approved" }),
  execCommandApproval: () => Effect.succeed({ decision: "approved" })
}

type Predicate<P> = (params: P, request: RequestInfo) => boolean | Effect.Effect<boolean, unknown, CodexClient>

/** A policy from predicates: accept what a predicate approves, decline the rest. */
export const fromPredicates = (predicates: {
  readonly command?: Predicate<ServerRequestParams<"item/commandExecution/requestApproval">>
  readonly fileChange?: Predicate<ServerRequestParams<"item/fileChange/requestApproval">>
}): Handlers<CodexClient> => {
  const decide = <P>(predicate: Predicate<P>, params: P, request: RequestInfo) => {
    const verdict = predicate(params, request)
    return typeof verdict === "boolean" ? Effect.succeed(verdict) : verdict
  }
  return {
    ...(predicates.command !== undefined
      ? {
        "item/commandExecution/requestApproval": (params, request) =>
          Effect.map(decide(predicates.command!, params, request), (ok) => ({ decision: ok ? "accept" : "decline" }))
      }
      : {}),
    ...(predicates.fileChange !== undefined
      ? {
        "item/fileChange/requestApproval": (params, request) =>
          Effect.map(decide(predicates.fileChange!, params, request), (ok) => ({ decision: ok ? "accept" : "decline" }))
      }
      : {})
  }
}

/** The argv of a command approval request, as codex parsed it (best effort). */
export const commandArgv = (params: ServerRequestParams<"item/commandExecution/requestApproval">): ReadonlyArray<string> => {
  if (params.proposedExecpolicyAmendment != null && params.proposedExecpolicyAmendment.length > 0) {
    return params.proposedExecpolicyAmendment
  }
  const action = params.commandActions?.[0]?.command ?? params.command ?? ""
  return action.split(/\s+/).filter((word) => word.length > 0)
}

/**
 * A command predicate: the argv starts with one of the allowed prefixes (`["git", "status"]` or
 * `"git status"`), and, when `cwd` is given, the command runs inside that directory.
 */
export const commandPrefixes = (
  prefixes: ReadonlyArray<string | ReadonlyArray<string>>,
  options: { readonly cwd?: string } = {}
): Predicate<ServerRequestParams<"item/commandExecution/requestApproval">> => {
  const allowed = prefixes.map((p) => (typeof p === "string" ? p.split(/\s+/).filter(Boolean) : p))
  return (params) => {
    if (options.cwd !== undefined) {
      const root = options.cwd.endsWith("/") ? options.cwd : options.cwd + "/"
      const cwd = params.cwd ?? ""
      if (cwd !== options.cwd && !cwd.startsWith(root)) return false
    }
    const argv = commandArgv(params)
    return allowed.some((prefix) => prefix.length > 0 && prefix.every((word, i) => argv[i] === word))
  }
}

// ---- answering ---------------------------------------------------------------------------------

const result = (value: unknown): Answer => ({ _tag: "Result", result: value })
const error = (code: number, message: string): Answer => ({ _tag: "Error", error: { code, message } })

/** The answer a request gets when nobody (or no working handler) decides: fail closed. */
export const safeAnswer = (request: ServerRequest | UnknownServerRequest): Answer => {
  switch (request.method) {
    case "item/commandExecution/requestApproval":
    case "item/fileChange/requestApproval":
      return result({ decision: "decline" })
    case "item/permissions/requestApproval":
      return result({ permissions: {}, scope: "turn" })
    case "item/tool/requestUserInput":
      return result({ answers: {} })
    case "mcpServer/elicitation/request":
      return result({ action: "decline" })
    case "item/tool/call": {
      const tool = (request.params as { tool?: unknown } | undefined)?.tool
      return result({
        success: false,
        contentItems: [{ type: "inputText", text: `effect-codex: no handler for dynamic tool ${String(tool)}` }]
      })
    }
    case "applyPatchApproval":
    case "execCommandApproval":
      return result({ decision: { denied: { rejection: "declined by effect-codex (no approval handler)" } } })
    default:
      return request._tag === "UnknownServerRequest" && request.reason === "UnknownMethod"
        ? error(METHOD_NOT_FOUND, `effect-codex does not handle ${request.method}`)
        : error(INTERNAL_ERROR, `effect-codex has no handler for ${request.method}; declined`)
  }
}

export const requestInfo = (request: ServerRequest | UnknownServerRequest): RequestInfo => {
  const params = request.params as { threadId?: unknown; turnId?: unknown; conversationId?: unknown } | null | undefined
  const threadId = params?.threadId ?? params?.conversationId
  return {
    id: request.id,
    method: request.method,
    threadId: typeof threadId === "string" ? threadId : undefined,
    turnId: typeof params?.turnId === "string" ? params.turnId : undefined
  }
}

/**
 * Answers one request with `handlers`: the handler's answer when it succeeds in time with a valid
 * response, otherwise the safe answer (logged). Never fails.
 */
export const answer = <R>(
  handlers: Handlers<R>,
  timeout: Duration.DurationInput,
  request: ServerRequest | UnknownServerRequest
): Effect.Effect<Answer, never, R> => {
  if (request._tag === "UnknownServerRequest") {
    if (request.reason === "UnknownMethod") return Effect.succeed(safeAnswer(request))
    const fallback = safeAnswer(request)
    return Effect.as(
      Effect.logWarning(`${request.method} request ${String(request.id)} has invalid params (${request.decodeError}); answered safely`),
      fallback._tag === "Error" ? error(INVALID_PARAMS, `invalid params: ${request.decodeError ?? ""}`) : fallback
    )
  }
  const handler = handlers[request.method] as Handler<ServerRequestMethod, R> | undefined
  if (handler === undefined) return Effect.succeed(safeAnswer(request))
  const fallback = (why: string) =>
    Effect.as(
      Effect.logWarning(`approval handler for ${request.method} (request ${String(request.id)}) ${why}; answered safely`),
      safeAnswer(request)
    )
  // `disconnect`: the time limit holds even for a handler that ignores interruption; it is left
  // to finish on its own and its late answer goes nowhere.
  return Effect.suspend(() => handler(request.params as never, requestInfo(request))).pipe(
    Effect.disconnect,
    Effect.timeoutFail({ duration: timeout, onTimeout: () => new TimedOut() }),
    Effect.matchCauseEffect({
      onSuccess: (response): Effect.Effect<Answer> => {
        const spec = ServerRequests[request.method] as { response: any }
        const checked = decodePayload(spec.response, response, `answer to ${request.method}`)
        if (checked._tag === "Invalid") return fallback(`returned an invalid answer (${checked.error.detail})`)
        const encoded = encodeResponse(request.id, response)
        return typeof encoded === "string"
          ? Effect.succeed(result(response))
          : fallback(`returned an answer that cannot be sent (${encoded.detail})`)
      },
      onFailure: (cause) =>
        Cause.isInterruptedOnly(cause)
          ? Effect.interrupt
          : fallback(
            Cause.failureOption(cause).pipe((o) => o._tag === "Some" && o.value instanceof TimedOut)
              ? `exceeded its time limit of ${Duration.format(Duration.decode(timeout))}`
              : `failed: ${Cause.pretty(cause).split("\n")[0]}`
          )
    })
  )
}

class TimedOut {
  readonly _tag = "TimedOut"
}

/** Re-exported for handler authors. */
export type { Answer, RequestId, ServerRequestResponse }
