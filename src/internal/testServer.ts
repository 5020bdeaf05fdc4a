/**
 * The scripted app-server of the test double, and builders of the messages it sends. Payloads have
 * the shapes codex 0.169.0 sends, so they pass the generated schemas.
 */
import * as Effect from "effect/Effect"
import {
  type ClientRequestMethod,
  type ClientRequestResponse,
  codexVersion,
  type ServerNotificationMethod,
  type ServerNotificationParams,
  type ServerRequestMethod,
  type ServerRequestParams
} from "../generated/methods.js"
import type {
  InitializeResponse,
  MessagePhase,
  Thread,
  ThreadStartResponse,
  Turn,
  TurnError,
  TurnStatus
} from "../generated/schemas.js"
import type { RequestId, RpcErrorObject } from "./codec.js"
import type {
  ClientRequestMessage,
  ServerNotificationMessage,
  ServerRequestMessage,
  ServerResponseMessage,
  TestPeerService,
  TestScript
} from "./testPeer.js"

// ---- payloads ------------------------------------------------------------------------------------

/** A valid `initialize` result: the server calls itself `codex_app_server_test` at the pinned version. */
export const initializeResponse: InitializeResponse = {
  userAgent: `codex_app_server_test/${codexVersion} (Linux; x86_64)`,
  codexHome: "/tmp/codex-home",
  platformFamily: "unix",
  platformOs: "linux"
}

/** An idle, loaded thread with this id and no turns. */
export const thread = (id: string): Thread => ({
  id,
  sessionId: id,
  preview: "",
  ephemeral: false,
  projectId: null,
  modelProvider: "mock",
  model: "mock-model",
  createdAt: 1795292028,
  updatedAt: 1795292028,
  status: { type: "idle" },
  cwd: "/tmp/effect-codex-test",
  cliVersion: codexVersion,
  source: "vscode",
  turns: []
})

/** A whole `thread/start` (or `thread/resume`, `thread/fork`) result for a thread id. */
export const threadResponse = (id: string): ThreadStartResponse => ({
  thread: thread(id),
  model: "mock-model",
  modelProvider: "mock",
  cwd: "/tmp/effect-codex-test",
  approvalPolicy: "untrusted",
  approvalsReviewer: "user",
  sandbox: { type: "readOnly", networkAccess: false }
})

/** A turn with no items (`inProgress` unless told). */
export const turn = (id: string, status: TurnStatus = "inProgress", error?: TurnError): Turn => ({
  id,
  items: [],
  status,
  ...(error !== undefined ? { error } : {})
})

// ---- messages ------------------------------------------------------------------------------------

/** The response to a request, with a result typed by the request's method. */
export const reply = <R extends ClientRequestMessage>(
  request: R,
  result: ClientRequestResponse<R["method"]>
): ServerResponseMessage => ({ id: request.id, result })

/** An error response to a request. */
export const replyError = (request: { readonly id: RequestId }, error: RpcErrorObject): ServerResponseMessage => ({
  id: request.id,
  error
})

/** Any server notification, typed by its method. */
export const notification = <M extends ServerNotificationMethod>(
  method: M,
  params: ServerNotificationParams<M>
): ServerNotificationMessage<M> => ({ method, params }) as ServerNotificationMessage<M>

/** Any server request (an approval, a tool call, ...), typed by its method. */
export const serverRequest = <M extends ServerRequestMethod>(
  id: RequestId,
  method: M,
  params: ServerRequestParams<M>
): ServerRequestMessage<M> => ({ id, method, params }) as ServerRequestMessage<M>

/** `turn/started` for a turn in progress. */
export const turnStarted = (threadId: string, turnId: string): ServerNotificationMessage<"turn/started"> =>
  notification("turn/started", { threadId, turn: turn(turnId) })

/** An `item/agentMessage/delta`. */
export const agentMessageDelta = (
  threadId: string,
  turnId: string,
  delta: string,
  itemId = "item-1"
): ServerNotificationMessage<"item/agentMessage/delta"> =>
  notification("item/agentMessage/delta", { threadId, turnId, itemId, delta })

/** `item/completed` for an assistant message (a final answer when `phase` says so). */
export const agentMessage = (
  threadId: string,
  turnId: string,
  text: string,
  phase?: MessagePhase | null
): ServerNotificationMessage<"item/completed"> =>
  notification("item/completed", {
    threadId,
    turnId,
    completedAtMs: 1,
    item: { type: "agentMessage", id: `msg-${text.length}`, text, ...(phase !== undefined ? { phase } : {}) }
  })

/** `thread/tokenUsage/updated` whose running total is `total` tokens. */
export const tokenUsage = (
  threadId: string,
  turnId: string,
  total = 26
): ServerNotificationMessage<"thread/tokenUsage/updated"> =>
  notification("thread/tokenUsage/updated", {
    threadId,
    turnId,
    tokenUsage: {
      last: { cachedInputTokens: 1, inputTokens: 2, outputTokens: 3, reasoningOutputTokens: 4, totalTokens: 9 },
      total: { cachedInputTokens: 5, inputTokens: 6, outputTokens: 7, reasoningOutputTokens: 8, totalTokens: total }
    }
  })

/** `turn/completed` (`completed` unless told; a failed turn carries its error). */
export const turnCompleted = (
  threadId: string,
  turnId: string,
  status: TurnStatus = "completed",
  error?: TurnError
): ServerNotificationMessage<"turn/completed"> => notification("turn/completed", { threadId, turn: turn(turnId, status, error) })

// ---- the scripted server -------------------------------------------------------------------------

export interface ServerHooks {
  /** Answers `initialize` (default: `initializeResponse`). */
  readonly initialize?: (request: ClientRequestMessage<"initialize">, peer: TestPeerService) => Effect.Effect<void>
  /**
   * Answers `turn/start`; `turnId` is the id the default would give (`${threadId}-turn-${k}`, k
   * counting from 1 over the server's life). Default: the turn, in progress, and nothing else.
   */
  readonly turnStart?: (request: ClientRequestMessage<"turn/start">, peer: TestPeerService, turnId: string) => Effect.Effect<void>
  /** Called first for every request; return `undefined` to fall through to the defaults. */
  readonly other?: (request: ClientRequestMessage, peer: TestPeerService) => Effect.Effect<void> | undefined
}

const methodNotFound = (method: ClientRequestMethod) => ({ code: -32601, message: `no ${method}` })

/**
 * A scripted app-server. Answers by default: `initialize` (`initializeResponse`), `thread/start`
 * (thread `thread-<request id>`), `turn/start` (turn `<threadId>-turn-<k>`, in progress),
 * `turn/interrupt` and `model/list` (empty); any other request gets -32601. Notifications and the
 * client's answers to server requests are only recorded (see `TestPeer.sent`, `awaitSent`).
 */
export const server = (hooks: ServerHooks = {}): TestScript => {
  let turns = 0
  return (message, peer) => {
    // client notifications (initialized) and answers to server requests
    if (message.id === undefined || message.method === undefined) return Effect.void
    const custom = hooks.other?.(message, peer)
    if (custom !== undefined) return custom
    switch (message.method) {
      case "initialize":
        return hooks.initialize?.(message, peer) ?? peer.send(reply(message, initializeResponse))
      case "thread/start":
        return peer.send(reply(message, threadResponse(`thread-${message.id}`)))
      case "turn/start": {
        const turnId = `${message.params.threadId}-turn-${++turns}`
        return hooks.turnStart?.(message, peer, turnId) ?? peer.send(reply(message, { turn: turn(turnId) }))
      }
      case "turn/interrupt":
        return peer.send(reply(message, {}))
      case "model/list":
        return peer.send(reply(message, { data: [] }))
      default:
        return peer.send(replyError(message, methodNotFound(message.method)))
    }
  }
}
