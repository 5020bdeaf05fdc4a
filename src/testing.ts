/**
 * effect-codex/testing: two test kits, one light and one true to codex.
 *
 * The in-memory test double: a `CodexClient` over an in-memory transport whose other end is a
 * `TestPeer`, driven by a script you arrange before the test body. No process, no binary: a unit
 * test of code that uses codex runs in milliseconds. The peer sees every message the client
 * writes, typed (`ClientMessage`: requests by method, notifications, answers to server requests),
 * and sends typed server messages (responses, notifications, server requests) or raw text: see
 * `layerTest` for an example.
 *
 * The real-binary kit: real codex turns, offline, against a scripted model (a Responses API on
 * 127.0.0.1), in temporary directories: see `layer`, or `make` for the model alone.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as CodexClient from "./CodexClient.js"
import * as Transport from "./Transport.js"
import type {
  ClientRequestResponse,
  ServerNotificationMethod,
  ServerNotificationParams,
  ServerRequestMethod,
  ServerRequestParams
} from "./generated/methods.js"
import type {
  InitializeResponse,
  MessagePhase,
  Thread,
  ThreadStartResponse,
  Turn,
  TurnError,
  TurnStatus
} from "./generated/schemas.js"
import type { RequestId } from "./internal/codec.js"
import * as ExitBackstop from "./internal/exitBackstop.js"
import * as testPeer from "./internal/testPeer.js"
import type {
  ClientRequestMessage,
  ServerNotificationMessage,
  ServerRequestMessage,
  ServerResponseMessage
} from "./internal/testPeer.js"
import * as testServer from "./internal/testServer.js"
import {
  offlineConfig as offlineConfigOf,
  type RecordedRequest,
  type Script,
  scriptedModelConfig,
  type ScriptedItem,
  type ScriptedResponse,
  startScriptedModel
} from "./internal/scriptedModel.js"

export type {
  /**
   * What codex sent, as recorded by the scripted model.
   *
   * @since 0.1.0
   * @category models
   */
  RecordedRequest,
  /**
   * The scripted model's script: the responses served in order (one per model request), or a
   * function of the recorded request.
   *
   * @since 0.1.0
   * @category models
   */
  Script,
  /**
   * One output item of a scripted model response: a message (streamed in chunks) or a function call.
   *
   * @since 0.1.0
   * @category models
   */
  ScriptedItem,
  /**
   * One scripted model response: its items, and optionally a pause between deltas, token usage, or
   * an HTTP status to script a model failure.
   *
   * @since 0.1.0
   * @category models
   */
  ScriptedResponse
}

// =================================================================================================
// The in-memory test double
// =================================================================================================

export type {
  /**
   * The signature of `TestPeer.awaitSent`: a request method (the message is typed by it), a
   * refinement, or a predicate.
   *
   * @since 0.1.0
   * @category models
   */
  AwaitSent,
  /**
   * How long `TestPeer.awaitSent` waits, and what it names in its `NotSentError`.
   *
   * @since 0.1.0
   * @category models
   */
  AwaitSentOptions,
  /**
   * The client's answer to a server request: the request's id with a result or an error.
   *
   * @since 0.1.0
   * @category models
   */
  ClientAnswerMessage,
  /**
   * Anything the client writes: a request, a notification, or an answer to a server request.
   *
   * @since 0.1.0
   * @category models
   */
  ClientMessage,
  /**
   * A notification the client wrote (`initialized`).
   *
   * @since 0.1.0
   * @category models
   */
  ClientNotificationMessage,
  /**
   * A request the client wrote, typed by its method (`M` narrows it to some methods).
   *
   * @since 0.1.0
   * @category models
   */
  ClientRequestMessage,
  /**
   * Anything the peer can send as a typed message. Other text goes through `sendRaw`.
   *
   * @since 0.1.0
   * @category models
   */
  ServerMessage,
  /**
   * A server notification, typed by its method.
   *
   * @since 0.1.0
   * @category models
   */
  ServerNotificationMessage,
  /**
   * A server request (an approval, a tool call, ...), typed by its method. A `bigint` id keeps its digits.
   *
   * @since 0.1.0
   * @category models
   */
  ServerRequestMessage,
  /**
   * A response to a client request, with a result or an error.
   *
   * @since 0.1.0
   * @category models
   */
  ServerResponseMessage,
  /**
   * Options of the in-memory transport: the longest accepted line from the peer.
   *
   * @since 0.1.0
   * @category models
   */
  TestOptions,
  /**
   * The server's side of the conversation: called with each message the client writes, in order,
   * on one fiber of its own (a script that waits holds back the next message; fork to go on).
   *
   * @since 0.1.0
   * @category models
   */
  TestScript
} from "./internal/testPeer.js"
export type {
  /**
   * The hooks of `server`: answers to `initialize` and `turn/start`, and `other`, asked first for
   * every request.
   *
   * @since 0.1.0
   * @category models
   */
  ServerHooks
} from "./internal/testServer.js"

export {
  /**
   * The server side of the in-memory transport, provided by `layerTest` and `layerTransport`:
   * `yield* TestPeer` gives its `TestPeer.Service`, with `awaitSent`, `sent`, `sentRaw` to see what
   * the client wrote and `send`, `sendRaw`, `close` to act as the server.
   *
   * @since 0.1.0
   * @category tags
   */
  TestPeer
} from "./internal/testPeer.js"

export {
  /**
   * `TestPeer.awaitSent` waited for something the client did not write (in time, or before the close).
   *
   * @since 0.1.0
   * @category errors
   */
  NotSentError
} from "./internal/testPeer.js"

/**
 * A linked in-memory transport and its peer, for the life of the scope. The peer's messages go
 * through the same line framer as stdio. `script` (if any) is called with each message the client
 * writes, in order, on a fiber of its own.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeTransport: (
  script?: testPeer.TestScript,
  options?: testPeer.TestOptions
) => Effect.Effect<{ readonly transport: Transport.Transport.Service; readonly peer: testPeer.TestPeer.Service }, never, Scope.Scope> =
  testPeer.make

/**
 * The in-memory transport as a layer, with its peer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerTransport = (
  script?: testPeer.TestScript,
  options?: testPeer.TestOptions
): Layer.Layer<Transport.Transport | testPeer.TestPeer> =>
  Layer.scopedContext(
    Effect.map(makeTransport(script, options), ({ peer, transport }) =>
      Context.make(Transport.Transport, transport).pipe(Context.add(testPeer.TestPeer, peer)))
  )

/**
 * A `CodexClient` over the in-memory transport, and the `TestPeer` at its other end. `script`
 * answers the client (default: `server()`, which answers the handshake, `thread/start`,
 * `turn/start`, `turn/interrupt` and `model/list`); `options` are the client's, plus the line limit.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Effect from "effect/Effect"
 *
 * // arrange: a server whose turns answer "Hello." and complete
 * const TestCodex = Testing.layerTest(Testing.server({
 *   turnStart: (request, peer, turnId) => {
 *     const threadId = request.params.threadId
 *     return peer.send(
 *       Testing.reply(request, { turn: Testing.turn(turnId) }),
 *       Testing.agentMessage(threadId, turnId, "Hello.", "final_answer"),
 *       Testing.turnCompleted(threadId, turnId)
 *     )
 *   }
 * }))
 *
 * const test = Effect.gen(function*() {
 *   const peer = yield* Testing.TestPeer
 *   const thread = yield* Codex.startThread()
 *   const result = yield* Codex.run(thread.id, "hi")
 *   assert.strictEqual(result.finalResponse, "Hello.")
 *   // what the client wrote, typed by its method: waited for, never slept for
 *   const start = yield* peer.awaitSent("turn/start", { timeout: "1 second" })
 *   assert.deepStrictEqual(start.params.input, [{ type: "text", text: "hi" }])
 * }).pipe(Effect.provide(TestCodex))
 *
 * Effect.runPromise(test)
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerTest = (
  script: testPeer.TestScript = testServer.server(),
  options: CodexClient.Options & testPeer.TestOptions = {}
): Layer.Layer<CodexClient.CodexClient | testPeer.TestPeer> =>
  CodexClient.layerFromTransport(options).pipe(Layer.provideMerge(layerTransport(script, options)))

/**
 * A scripted app-server with sensible defaults: `initialize` (`initializeResponse`), `thread/start`
 * (thread `thread-<request id>`), `turn/start` (turn `<threadId>-turn-<k>`, in progress, nothing
 * else), `turn/interrupt` and `model/list` are answered; any other request gets -32601. `hooks`
 * replace the answers (`other` is asked first for every request). Notifications and the client's
 * answers to server requests are recorded only (`TestPeer.sent`, `awaitSent`).
 *
 * @since 0.1.0
 * @category scripts
 */
export const server: (hooks?: testServer.ServerHooks) => testPeer.TestScript = testServer.server

/**
 * The response to a request, its result typed by the request's method.
 *
 * @since 0.1.0
 * @category messages
 */
export const reply: <R extends ClientRequestMessage>(
  request: R,
  result: ClientRequestResponse<R["method"]>
) => ServerResponseMessage = testServer.reply

/**
 * An error response to a request.
 *
 * @since 0.1.0
 * @category messages
 */
export const replyError: (
  request: { readonly id: RequestId },
  error: { readonly code: number; readonly message: string; readonly data?: unknown }
) => ServerResponseMessage = testServer.replyError

/**
 * Any server notification, typed by its method.
 *
 * @since 0.1.0
 * @category messages
 */
export const notification: <M extends ServerNotificationMethod>(
  method: M,
  params: ServerNotificationParams<M>
) => ServerNotificationMessage<M> = testServer.notification

/**
 * Any server request (an approval, a tool call, ...), typed by its method; a `bigint` id keeps its digits.
 *
 * @since 0.1.0
 * @category messages
 */
export const serverRequest: <M extends ServerRequestMethod>(
  id: RequestId,
  method: M,
  params: ServerRequestParams<M>
) => ServerRequestMessage<M> = testServer.serverRequest

/**
 * `turn/started` for a turn in progress.
 *
 * @since 0.1.0
 * @category messages
 */
export const turnStarted: (threadId: string, turnId: string) => ServerNotificationMessage<"turn/started"> =
  testServer.turnStarted

/**
 * An `item/agentMessage/delta` (item id `item-1` unless told).
 *
 * @since 0.1.0
 * @category messages
 */
export const agentMessageDelta: (
  threadId: string,
  turnId: string,
  delta: string,
  itemId?: string
) => ServerNotificationMessage<"item/agentMessage/delta"> = testServer.agentMessageDelta

/**
 * `item/completed` for an assistant message; `phase` `"final_answer"` marks the final answer.
 *
 * @since 0.1.0
 * @category messages
 */
export const agentMessage: (
  threadId: string,
  turnId: string,
  text: string,
  phase?: MessagePhase | null
) => ServerNotificationMessage<"item/completed"> = testServer.agentMessage

/**
 * `thread/tokenUsage/updated` whose running total is `total` tokens (default 26).
 *
 * @since 0.1.0
 * @category messages
 */
export const tokenUsage: (
  threadId: string,
  turnId: string,
  total?: number
) => ServerNotificationMessage<"thread/tokenUsage/updated"> = testServer.tokenUsage

/**
 * `turn/completed`: `completed` unless told; a failed turn carries its `TurnError`.
 *
 * @since 0.1.0
 * @category messages
 */
export const turnCompleted: (
  threadId: string,
  turnId: string,
  status?: TurnStatus,
  error?: TurnError
) => ServerNotificationMessage<"turn/completed"> = testServer.turnCompleted

/**
 * A valid `initialize` result (`codex_app_server_test` at the pinned codex version).
 *
 * @since 0.1.0
 * @category payloads
 */
export const initializeResponse: InitializeResponse = testServer.initializeResponse

/**
 * An idle thread with this id and no turns.
 *
 * @since 0.1.0
 * @category payloads
 */
export const thread: (id: string) => Thread = testServer.thread

/**
 * A `thread/start` (or resume, fork) result for this thread id.
 *
 * @since 0.1.0
 * @category payloads
 */
export const threadResponse: (id: string) => ThreadStartResponse = testServer.threadResponse

/**
 * A turn with no items, `inProgress` unless told.
 *
 * @since 0.1.0
 * @category payloads
 */
export const turn: (id: string, status?: TurnStatus, error?: TurnError) => Turn = testServer.turn

// =================================================================================================
// The real-binary kit
// =================================================================================================

/**
 * The config overrides that keep codex offline (plugin marketplace sync, remote plugins, apps,
 * tool suggestions, model discovery, analytics, feedback, OpenTelemetry export, update check, web
 * search off; the ChatGPT backend pointed at `chatgptBaseUrl`, which should be on loopback).
 * `ScriptedModel.config` already includes them; use this when you build your own config. Merge
 * nested records (`features`) key by key: a shallow spread replaces the whole record.
 *
 * @since 0.1.0
 * @category scripted model
 */
export const offlineConfig = (chatgptBaseUrl: string): Record<string, any> => offlineConfigOf(chatgptBaseUrl)

/**
 * A running scripted model: where it listens, the codex config that points at it, and what codex
 * asked it.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScriptedModel {
  readonly port: number
  /** `http://127.0.0.1:PORT/v1` */
  readonly baseUrl: string
  /** Codex config overrides pointing at this model; pass as `config` to the stdio transport. */
  readonly config: Record<string, any>
  /** The requests codex made so far, in order. */
  readonly requests: Effect.Effect<ReadonlyArray<RecordedRequest>>
}

/**
 * Starts a scripted Responses API for the life of the scope. `script` is a list of responses
 * served in order (one per model request), or a function of the recorded request.
 *
 * @example
 * ```ts
 * import { Codex, CodexClient } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Effect from "effect/Effect"
 *
 * // The model alone, for a client configured your way (`codexHome`: a directory of your own).
 * const test = (codexHome: string) =>
 *   Effect.gen(function*() {
 *     const model = yield* Testing.make([{ items: [{ type: "message", text: "hi" }] }])
 *     const layer = CodexClient.layer({ config: model.config, codexHome })
 *     const thread = yield* Codex.startThread().pipe(Effect.provide(layer))
 *     return thread.id
 *   }).pipe(Effect.scoped)
 * ```
 *
 * @since 0.1.0
 * @category scripted model
 */
export const make = (script: Script): Effect.Effect<ScriptedModel, never, Scope.Scope> =>
  Effect.map(
    Effect.acquireRelease(
      Effect.promise(() => startScriptedModel(script)),
      (server) => Effect.promise(() => server.close())
    ),
    (server) => ({
      port: server.port,
      baseUrl: server.baseUrl,
      config: scriptedModelConfig(server.baseUrl),
      requests: Effect.sync(server.requests)
    })
  )

/**
 * A model message, final answer by default, streamed word by word.
 *
 * @since 0.1.0
 * @category scripted model
 */
export const message = (text: string, phase: "final_answer" | "commentary" | null = "final_answer"): ScriptedItem =>
  phase === null ? { type: "message", text } : { type: "message", text, phase }

/**
 * A function call the model makes (for example `exec_command`).
 *
 * @since 0.1.0
 * @category scripted model
 */
export const functionCall = (name: string, args: unknown, callId?: string): ScriptedItem =>
  callId === undefined ? { type: "functionCall", name, arguments: args } : { type: "functionCall", name, arguments: args, callId }

/** What `layer` set up: the model, and the temporary directories it runs codex in. */
interface OfflineService {
  readonly model: ScriptedModel
  /** The temporary `CODEX_HOME`. */
  readonly home: string
  /** The temporary working directory of the server (a place for threads to run in). */
  readonly cwd: string
}

/**
 * What `layer` set up: `yield* Offline` gives the model and the temporary directories.
 *
 * @since 0.1.0
 * @category tags
 */
export class Offline extends Context.Tag("effect-codex/testing/Offline")<Offline, OfflineService>() {}

/**
 * `Offline.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace Offline {
  /**
   * The model, and the directories codex runs in.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = OfflineService
}

/** Retried: a server killed by the exit backstop may still finish one last write. */
const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })

/**
 * A temporary directory for the life of the scope. Should the process end without running
 * finalizers (a signal under a plain `Effect.runPromise`), the exit backstop removes it, after it
 * has killed the servers that could still write into it.
 */
const tempDir = (prefix: string) =>
  Effect.map(
    Effect.acquireRelease(
      Effect.sync(() => {
        const dir = mkdtempSync(path.join(tmpdir(), prefix))
        return { dir, unregister: ExitBackstop.register("files", () => removeDir(dir)) }
      }),
      ({ dir, unregister }) =>
        Effect.sync(() => {
          unregister()
          removeDir(dir)
        })
    ),
    ({ dir }) => dir
  )

/**
 * A `CodexClient` on the real pinned codex binary, driven by a scripted model on 127.0.0.1, in a
 * temporary `CODEX_HOME`, `HOME` and working directory, all removed with the layer. `HOME` too,
 * because codex runs commands with `bash -lc`: the user's shell profile must not take part.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Effect from "effect/Effect"
 *
 * // The real pinned codex, offline: its model answers the first request with "hi".
 * const TestCodex = Testing.layer([{ items: [Testing.message("hi")] }])
 *
 * const test = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   const result = yield* Codex.run(thread.id, "Say hi.")
 *   const { model } = yield* Testing.Offline
 *   const requests = yield* model.requests // what codex sent to the model
 *   return { answer: result.finalResponse, modelRequests: requests.length }
 * }).pipe(Effect.provide(TestCodex))
 * // Spawns codex when run (a few seconds: in vitest, `it.live`).
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  script: Script,
  options: CodexClient.Options & Omit<Transport.StdioOptions, "config" | "codexHome" | "cwd"> & {
    /**
     * The server's working directory: a directory you prepared (a checkout, fixtures). It is
     * yours: the kit never removes it. Default: a temporary directory, removed with the layer.
     */
    readonly cwd?: string
  } = {}
): Layer.Layer<CodexClient.CodexClient | Offline> =>
  Layer.unwrapScoped(
    Effect.gen(function*() {
      const model = yield* make(script)
      const home = yield* tempDir("effect-codex-home-")
      const userHome = yield* tempDir("effect-codex-user-home-")
      const cwd = options.cwd ?? (yield* tempDir("effect-codex-cwd-"))
      const client = CodexClient.layer({
        ...options,
        config: model.config,
        codexHome: home,
        cwd,
        env: { RUST_LOG: "error", HOME: userHome, ...options.env }
      })
      return Layer.merge(client, Layer.succeed(Offline, { model, home, cwd }))
    })
  ).pipe(Layer.orDie)
