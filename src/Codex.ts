/**
 * Codex: the user verbs. Threads, and turns run, streamed or held as handles.
 *
 * @example
 * ```ts
 * import { Codex, CodexLive } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   const result = yield* Codex.run(thread.id, "hello")
 *   return result.finalResponse
 * })
 *
 * // Spawns the pinned codex binary when run: `Effect.runPromise(main)`.
 * const main = program.pipe(Effect.provide(CodexLive))
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as JSONSchema from "effect/JSONSchema"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import {
  type FollowError,
  type InitializeFailure,
  OutputDecodeError,
  type RequestError,
  type RunError,
  type TurnStartError,
  type TurnStreamError
} from "./CodexError.js"
import * as CodexClient from "./CodexClient.js"
import type {
  Thread,
  ThreadForkParams,
  ThreadListParams,
  ThreadListResponse,
  ThreadStartParams,
  UserInput
} from "./generated/schemas.js"
import type { ServerNotificationMethod } from "./generated/methods.js"
import type * as RpcRouter from "./RpcRouter.js"
import type { RunResult, RunResultWithOutput } from "./RunResult.js"
import * as FastPath from "./internal/fastPath.js"
import { head } from "./internal/redact.js"
import type { TurnEvent } from "./TurnRegistry.js"
import { streamVerb, verb } from "./internal/observability.js"


const client = CodexClient.CodexClient

// Every verb is named (`Codex.run`, …): with tracing on it runs as an `Effect.fn` of that name.

// ---- threads -----------------------------------------------------------------------------------

/**
 * `thread/start`: a new thread.
 *
 * @since 0.1.0
 * @category threads
 */
export const startThread: (
  params?: ThreadStartParams
) => Effect.Effect<Thread, RequestError, CodexClient.CodexClient> = verb(
  "Codex.startThread",
  client,
  (client, params: ThreadStartParams = {}) => Effect.map(client.request("thread/start", params), (r) => r.thread)
)

/**
 * `thread/fork`: a new thread with a copy of another's history.
 *
 * @since 0.1.0
 * @category threads
 */
export const forkThread: (
  threadId: string,
  params?: Omit<ThreadForkParams, "threadId">
) => Effect.Effect<Thread, RequestError, CodexClient.CodexClient> = verb(
  "Codex.forkThread",
  client,
  (client, threadId: string, params: Omit<ThreadForkParams, "threadId"> = {}) =>
    Effect.map(client.request("thread/fork", { ...params, threadId }), (r) => r.thread)
)

/**
 * `thread/list`: one page of stored threads; pass `cursor: page.nextCursor` for the next.
 *
 * @since 0.1.0
 * @category threads
 */
export const listThreads: (
  params?: ThreadListParams
) => Effect.Effect<ThreadListResponse, RequestError, CodexClient.CodexClient> = verb(
  "Codex.listThreads",
  client,
  (client, params: ThreadListParams = {}) => client.request("thread/list", params)
)

/**
 * `thread/read`: a thread, with its turns when `includeTurns` is set.
 *
 * @since 0.1.0
 * @category threads
 */
export const readThread: (
  threadId: string,
  options?: { readonly includeTurns?: boolean }
) => Effect.Effect<Thread, RequestError, CodexClient.CodexClient> = verb(
  "Codex.readThread",
  client,
  (client, threadId: string, options: { readonly includeTurns?: boolean } = {}) =>
    Effect.map(client.request("thread/read", { ...options, threadId }), (r) => r.thread)
)

/**
 * `thread/archive`: archives a stored thread.
 *
 * @since 0.1.0
 * @category threads
 */
export const archiveThread: (threadId: string) => Effect.Effect<void, RequestError, CodexClient.CodexClient> = verb(
  "Codex.archiveThread",
  client,
  (client, threadId: string) => Effect.asVoid(client.request("thread/archive", { threadId }))
)

// ---- turns -------------------------------------------------------------------------------------

/**
 * Starts a turn and returns its handle, alive for the Scope. Closing the scope while the turn
 * runs sends `turn/interrupt` and releases the turn's buffer.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Effect from "effect/Effect"
 * import * as Option from "effect/Option"
 * import * as Stream from "effect/Stream"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   const handle = yield* Codex.turn(thread.id, "Say hello.")
 *   // the first delta as soon as it streams...
 *   const first = yield* Stream.runHead(Stream.filter(handle.stream, Codex.isNotification("item/agentMessage/delta")))
 *   if (Option.isSome(first)) console.log(first.value.params.delta)
 *   // ...then the rest of the turn, drained and folded with the events already read
 *   const result = yield* handle.result
 *   console.log(result.finalResponse)
 * }).pipe(Effect.scoped) // leaving the scope while the turn runs interrupts it
 *
 * // Here against the test double, whose turns stream "Hel", "lo." and complete.
 * const TestCodex = Testing.layerTest(Testing.server({
 *   turnStart: (request, peer, turnId) => peer.send(
 *     Testing.reply(request, { turn: Testing.turn(turnId) }),
 *     Testing.agentMessageDelta(request.params.threadId, turnId, "Hel"),
 *     Testing.agentMessageDelta(request.params.threadId, turnId, "lo."),
 *     Testing.agentMessage(request.params.threadId, turnId, "Hello.", "final_answer"),
 *     Testing.turnCompleted(request.params.threadId, turnId)
 *   )
 * }))
 * Effect.runPromise(program.pipe(Effect.provide(TestCodex)))
 * // Output:
 * // Hel
 * // Hello.
 * ```
 *
 * @since 0.1.0
 * @category turns
 */
export const turn: (
  threadId: string,
  input: CodexClient.Input,
  options?: CodexClient.TurnOptions
) => Effect.Effect<CodexClient.TurnHandle, TurnStartError, CodexClient.CodexClient | Scope.Scope> = verb(
  "Codex.turn",
  client,
  (client, threadId: string, input: CodexClient.Input, options?: CodexClient.TurnOptions) =>
    client.turn(threadId, input, options)
)

/**
 * Runs a turn to completion: the fold of `turn`. Interrupting the fiber interrupts the turn.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Effect from "effect/Effect"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   const result = yield* Codex.run(thread.id, "Say hello.")
 *   return result.finalResponse
 * })
 *
 * // Provide `CodexLive` to run it on codex; here, the test double, whose turns answer "Hello."
 * const TestCodex = Testing.layerTest(Testing.server({
 *   turnStart: (request, peer, turnId) => peer.send(
 *     Testing.reply(request, { turn: Testing.turn(turnId) }),
 *     Testing.agentMessage(request.params.threadId, turnId, "Hello.", "final_answer"),
 *     Testing.turnCompleted(request.params.threadId, turnId)
 *   )
 * }))
 * Effect.runPromise(program.pipe(Effect.provide(TestCodex))).then(console.log)
 * // Output: Hello.
 * ```
 *
 * @since 0.1.0
 * @category turns
 */
export const run: {
  <A, I, R>(
    threadId: string,
    input: CodexClient.Input,
    options: RunOptions<A, I, R>
  ): Effect.Effect<RunResultWithOutput<A>, RunError | OutputDecodeError, CodexClient.CodexClient | R>
  (
    threadId: string,
    input: CodexClient.Input,
    options?: CodexClient.TurnOptions
  ): Effect.Effect<RunResult, RunError, CodexClient.CodexClient>
} = verb(
  "Codex.run",
  client,
  (client, threadId: string, input: CodexClient.Input, options?: RunOptions<any, any, any> | CodexClient.TurnOptions) => {
    const output = options !== undefined && "output" in options ? options.output : undefined
    const turnOptions: CodexClient.TurnOptions | undefined = output === undefined ? options : {
      ...options,
      params: { ...options?.params, outputSchema: outputSchemaOf(output) }
    }
    const paths = FastPath.clientPaths<FastPath.ClientPaths>(client)
    const result = paths !== undefined
      ? paths.run(threadId, input, turnOptions)
      : Effect.scoped(Effect.flatMap(client.turn(threadId, input, turnOptions), (handle) => handle.result))
    return output === undefined
      ? result
      : Effect.flatMap(result, (done) => Effect.map(decodeOutput(output, done), (value) => ({ ...done, output: value })))
  }
) as any

/**
 * Runs a turn to completion, handing each event to `f` as it arrives, and returns the turn's
 * `RunResult` (the fold of the events `f` saw). The callback form of `stream` + `Stream.runForEach`:
 * the events come in batches from the turn's buffer with no Stream in between, which is what a
 * service running hundreds of turns at once wants. `f` runs on the caller's fiber, one event at a
 * time and in order; while it runs, later events wait in the turn's buffer (bounded as for any
 * turn, see `turnBufferCapacity`). A failure of `f` ends the turn (it is interrupted on the
 * server) and is the failure of `runForEach`; interrupting the fiber interrupts the turn.
 *
 * Choose it over `stream` when each event is handled by an effect and nothing downstream needs a
 * `Stream` (no `Stream.take`, `merge`, `groupBy`…), and over `run` when the events are wanted as
 * they come and not only the result. Returning `Effect.void` for the events you skip costs nothing.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Console from "effect/Console"
 * import * as Effect from "effect/Effect"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   const result = yield* Codex.runForEach(thread.id, "Say hello.", (event) =>
 *     Codex.isNotification("item/agentMessage/delta")(event) ? Console.log(event.params.delta) : Effect.void
 *   )
 *   console.log(result.finalResponse)
 * })
 *
 * // Here against the test double, whose turns stream two deltas, then the message, and complete.
 * const TestCodex = Testing.layerTest(Testing.server({
 *   turnStart: (request, peer, turnId) => peer.send(
 *     Testing.reply(request, { turn: Testing.turn(turnId) }),
 *     Testing.agentMessageDelta(request.params.threadId, turnId, "Hello, "),
 *     Testing.agentMessageDelta(request.params.threadId, turnId, "world."),
 *     Testing.agentMessage(request.params.threadId, turnId, "Hello, world.", "final_answer"),
 *     Testing.turnCompleted(request.params.threadId, turnId)
 *   )
 * }))
 * Effect.runPromise(program.pipe(Effect.provide(TestCodex)))
 * // Output:
 * // Hello,
 * // world.
 * // Hello, world.
 * ```
 *
 * @since 0.1.0
 * @category turns
 */
export const runForEach: <E, R>(
  threadId: string,
  input: CodexClient.Input,
  f: (event: TurnEvent) => Effect.Effect<void, E, R>,
  options?: CodexClient.TurnOptions
) => Effect.Effect<RunResult, RunError | E, CodexClient.CodexClient | R> = verb(
  "Codex.runForEach",
  client,
  <E, R>(
    client: CodexClient.Service,
    threadId: string,
    input: CodexClient.Input,
    f: (event: TurnEvent) => Effect.Effect<void, E, R>,
    options?: CodexClient.TurnOptions
  ): Effect.Effect<RunResult, RunError | E, R> => {
    const paths = FastPath.clientPaths<FastPath.ClientPaths>(client)
    if (paths !== undefined) return paths.runForEach(threadId, input, f, options)
    return Effect.scoped(Effect.flatMap(client.turn(threadId, input, options), (handle) =>
      Effect.zipRight(Stream.runForEach(handle.stream, f), handle.result)))
  }
) as any

/**
 * Options of `run` with structured output: `output` is an Effect `Schema` of the answer. Its
 * JSON Schema (`JSONSchema.make`) is sent as the turn's `outputSchema`, and the final answer is
 * parsed as JSON and decoded with it into `result.output`.
 *
 * @since 0.1.0
 * @category turns
 */
export interface RunOptions<A, I, R> extends CodexClient.TurnOptions {
  readonly output: Schema.Schema<A, I, R>
}

/** The JSON Schema codex gets as `outputSchema` (without `$schema`, which model APIs refuse). */
const outputSchemaOf = (schema: Schema.Schema<any, any, any>): Record<string, unknown> => {
  const { $schema: _, ...jsonSchema } = JSONSchema.make(schema) as unknown as Record<string, unknown>
  return jsonSchema
}

const OUTPUT_EXCERPT = 500

/** The final answer, parsed as JSON and decoded with the schema; an `OutputDecodeError` if not. */
const decodeOutput = <A, I, R>(
  schema: Schema.Schema<A, I, R>,
  done: RunResult
): Effect.Effect<A, OutputDecodeError, R> => {
  const fail = (issue: string) =>
    Effect.fail(
      new OutputDecodeError({
        threadId: done.threadId,
        turnId: done.turnId,
        text: head(done.finalResponse ?? "", OUTPUT_EXCERPT),
        issue: head(issue, OUTPUT_EXCERPT)
      })
    )
  const text = done.finalResponse
  if (text === undefined) return fail("the turn ended without a final answer")
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail(`not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return Schema.decodeUnknown(schema)(json).pipe(
    Effect.catchTag("ParseError", (error) => fail(ParseResult.TreeFormatter.formatErrorSync(error)))
  )
}

const turnEvents = (
  client: CodexClient.Service,
  threadId: string,
  input: CodexClient.Input,
  options?: CodexClient.TurnOptions
): Stream.Stream<TurnEvent, TurnStartError | TurnStreamError> => {
  const paths = FastPath.clientPaths<FastPath.ClientPaths>(client)
  return paths !== undefined
    ? paths.stream(threadId, input, options)
    : Stream.unwrapScoped(Effect.map(client.turn(threadId, input, options), (handle) => handle.stream))
}

/**
 * A stream that starts the turn and ends after its `turn/completed`.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Testing from "effect-codex/testing"
 * import * as Console from "effect/Console"
 * import * as Effect from "effect/Effect"
 * import * as Stream from "effect/Stream"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   yield* Codex.stream(thread.id, "Say hello.").pipe(
 *     Stream.runForEach((event) =>
 *       event._tag === "ServerNotification" && event.method === "item/agentMessage/delta"
 *         ? Console.log(event.params.delta)
 *         : Effect.void
 *     )
 *   )
 * })
 *
 * // Here against the test double, whose turns stream two deltas and complete.
 * const TestCodex = Testing.layerTest(Testing.server({
 *   turnStart: (request, peer, turnId) => peer.send(
 *     Testing.reply(request, { turn: Testing.turn(turnId) }),
 *     Testing.agentMessageDelta(request.params.threadId, turnId, "Hello, "),
 *     Testing.agentMessageDelta(request.params.threadId, turnId, "world."),
 *     Testing.turnCompleted(request.params.threadId, turnId)
 *   )
 * }))
 * Effect.runPromise(program.pipe(Effect.provide(TestCodex)))
 * // Output:
 * // Hello,
 * // world.
 * ```
 *
 * @since 0.1.0
 * @category turns
 */
export const stream: (
  threadId: string,
  input: CodexClient.Input,
  options?: CodexClient.TurnOptions
) => Stream.Stream<TurnEvent, TurnStartError | TurnStreamError, CodexClient.CodexClient> = streamVerb(
  "Codex.stream",
  client,
  turnEvents
)

/**
 * The text deltas of a turn's agent messages, as they stream.
 *
 * @since 0.1.0
 * @category turns
 */
export const streamText: (
  threadId: string,
  input: CodexClient.Input,
  options?: CodexClient.TurnOptions
) => Stream.Stream<string, TurnStartError | TurnStreamError, CodexClient.CodexClient> = streamVerb(
  "Codex.streamText",
  client,
  (client, threadId: string, input: CodexClient.Input, options?: CodexClient.TurnOptions) =>
    turnEvents(client, threadId, input, options).pipe(
      Stream.filterMap((event) =>
        event._tag === "ServerNotification" && event.method === "item/agentMessage/delta"
          ? Option.some(event.params.delta)
          : Option.none()
      )
    )
)

/**
 * A handle on a running turn this client did not start: one seen on `threadEvents` (a review, a
 * goal's turns, compaction, a queued turn), or one started before this client connected (after
 * `resumeThread`). The same `stream`, `result`, `steer` and `interrupt` as `turn`'s, alive for the
 * Scope; leaving only detaches unless `interruptOnLeave` is set. A turn that is already over
 * yields its completion (and its items, from `thread/read`).
 *
 * @since 0.1.0
 * @category turns
 */
export const followTurn: (
  threadId: string,
  turnId: string,
  options?: CodexClient.FollowOptions
) => Effect.Effect<CodexClient.TurnHandle, FollowError, CodexClient.CodexClient | Scope.Scope> = verb(
  "Codex.followTurn",
  client,
  (client, threadId: string, turnId: string, options?: CodexClient.FollowOptions) =>
    client.followTurn(threadId, turnId, options)
)

/**
 * Every event of a thread, across its turns (the client's and the server's own), for as long as
 * the stream is consumed: lossless and bounded like a turn's stream. Turns the server starts
 * (their `turn/started` is on this stream) can be followed with `followTurn`.
 *
 * @since 0.1.0
 * @category turns
 */
export const threadEvents: (
  threadId: string
) => Stream.Stream<TurnEvent, TurnStreamError | InitializeFailure, CodexClient.CodexClient> = streamVerb(
  "Codex.threadEvents",
  client,
  (client, threadId: string) => client.threadEvents(threadId)
)

/**
 * `threadEvents`, subscribed when this effect completes, for the life of the Scope: every event
 * routed from then on is kept for the returned stream. Subscribe, then start what causes the
 * events, and nothing is missed.
 *
 * @since 0.1.0
 * @category turns
 */
export const subscribeThread: (
  threadId: string
) => Effect.Effect<
  Stream.Stream<TurnEvent, TurnStreamError>,
  InitializeFailure,
  CodexClient.CodexClient | Scope.Scope
> = verb(
  "Codex.subscribeThread",
  client,
  (client, threadId: string) => client.subscribeThread(threadId)
)

// ---- narrowing events ----------------------------------------------------------------------

/**
 * A guard for one notification method, for turn and thread events alike: the event is that
 * notification, decoded (an `UnknownNotification` of the same method is not, so its params are
 * typed). Works as a `Stream.filter` refinement:
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Stream from "effect/Stream"
 *
 * const deltas = (threadId: string) =>
 *   Codex.stream(threadId, "hi").pipe(
 *     Stream.filter(Codex.isNotification("item/agentMessage/delta")),
 *     Stream.map((event) => event.params.delta)
 *   )
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isNotification = <M extends ServerNotificationMethod>(method: M) =>
(
  event: TurnEvent | RpcRouter.Notification
): event is Extract<RpcRouter.ServerNotification, { readonly method: M }> =>
  event._tag === "ServerNotification" && event.method === method

// ---- input items -------------------------------------------------------------------------------

/**
 * A text input item.
 *
 * @since 0.1.0
 * @category inputs
 */
export const text = (value: string): UserInput => ({ type: "text", text: value })
/**
 * An image input item, by URL.
 *
 * @since 0.1.0
 * @category inputs
 */
export const image = (url: string): UserInput => ({ type: "image", url })
/**
 * An image input item, by the path of a local file (codex reads it).
 *
 * @since 0.1.0
 * @category inputs
 */
export const localImage = (path: string): UserInput => ({ type: "localImage", path })
/**
 * A skill input item: the skill's name and path.
 *
 * @since 0.1.0
 * @category inputs
 */
export const skill = (name: string, path: string): UserInput => ({ type: "skill", name, path })
/**
 * A mention input item: a name and the path it refers to.
 *
 * @since 0.1.0
 * @category inputs
 */
export const mention = (name: string, path: string): UserInput => ({ type: "mention", name, path })

// ---- models, the rest of a thread's life, listings (bodies in internal/verbs/threads.ts) -------

export {
  /**
   * `thread/resume`: reopens a stored thread on this connection. With `onMissing: "start"`, a
   * thread that cannot be resumed because nothing is stored under its id (a thread started but
   * never run has no rollout yet; an unknown or deleted id) or because the server has no
   * `thread/resume` is replaced by a fresh `thread/start`, and the result says so (`resumed`).
   * Only those answers count as missing: a transport failure, a timeout or any other server error
   * fails as usual.
   *
   * @since 0.1.0
   * @category threads
   */
  resumeThread,
  /**
   * `thread/compact/start`: asks the server to compact a thread's history; returns with its
   * answer, without waiting for the compaction turn the server then runs.
   *
   * @since 0.1.0
   * @category threads
   */
  compactThread,
  /**
   * `thread/delete`: deletes a stored thread for good.
   *
   * @since 0.1.0
   * @category threads
   */
  deleteThread,
  /**
   * `thread/items/list` as a stream of a thread's items, paged with the server's cursor (oldest
   * first unless `sortDirection: "desc"`).
   *
   * @since 0.1.0
   * @category threads
   */
  listItems,
  /**
   * `thread/loaded/list`, every page: the ids of the threads the server holds in memory.
   *
   * @since 0.1.0
   * @category threads
   */
  listLoadedThreads,
  /**
   * `thread/list` as a stream of threads, paged with the server's cursor; the params go with
   * every page.
   *
   * @example
   * ```ts
   * import { Codex, CodexLive } from "effect-codex"
   * import * as Effect from "effect/Effect"
   * import * as Stream from "effect/Stream"
   *
   * // the ten most recently updated threads, fetched five at a time
   * const recent = Codex.listThreadsAll({ limit: 5, sortKey: "updated_at" }).pipe(
   *   Stream.take(10),
   *   Stream.runCollect,
   *   Effect.provide(CodexLive)
   * )
   * ```
   *
   * @since 0.1.0
   * @category threads
   */
  listThreadsAll,
  /**
   * `thread/turns/list` as a stream of a thread's turns, paged with the server's cursor (newest
   * first unless `sortDirection: "asc"`).
   *
   * @since 0.1.0
   * @category threads
   */
  listTurns,
  /**
   * `model/list`, every page: the models the server offers (`includeHidden` adds the hidden ones;
   * `limit` is the page size).
   *
   * @example
   * ```ts
   * import { Codex, CodexLive } from "effect-codex"
   * import * as Effect from "effect/Effect"
   *
   * const ids = Codex.models({ includeHidden: true }).pipe(
   *   Effect.map((models) => models.map((model) => model.id)),
   *   Effect.provide(CodexLive)
   * )
   * ```
   *
   * @since 0.1.0
   * @category server
   */
  models,
  /**
   * `thread/revert`: drops a loaded thread's turn `beforeTurnId` and every later one from its
   * stored history; returns the thread and the cursors that page the kept history backwards.
   *
   * @since 0.1.0
   * @category threads
   */
  revertThread,
  /**
   * `thread/name/set`: names a thread.
   *
   * @since 0.1.0
   * @category threads
   */
  setThreadName,
  /**
   * `thread/unarchive`: brings an archived thread back into the listings.
   *
   * @since 0.1.0
   * @category threads
   */
  unarchiveThread,
  /**
   * `thread/unsubscribe`: stops this connection's events for a thread; returns what the server
   * did (`"unsubscribed"`, `"notSubscribed"`, `"notLoaded"`).
   *
   * @since 0.1.0
   * @category threads
   */
  unsubscribeThread
} from "./internal/verbs/threads.js"

export type {
  /**
   * `listItems`' params: `thread/items/list`'s but the thread id.
   *
   * @since 0.1.0
   * @category models
   */
  ListItemsParams,
  /**
   * `listLoadedThreads`' options: the page size.
   *
   * @since 0.1.0
   * @category models
   */
  LoadedThreadsOptions,
  /**
   * `listTurns`' params: `thread/turns/list`'s but the thread id.
   *
   * @since 0.1.0
   * @category models
   */
  ListTurnsParams,
  /**
   * `models`' options: `model/list`'s params but the cursor.
   *
   * @since 0.1.0
   * @category models
   */
  ModelsOptions,
  /**
   * `resumeThread`'s options with `onMissing: "start"`: resume, or start a fresh thread when there
   * is nothing to resume.
   *
   * @since 0.1.0
   * @category models
   */
  ResumeOrStartOptions,
  /**
   * What `resumeThread` with `onMissing: "start"` returns: the thread, and `resumed` (with the
   * reason when it is a fresh one).
   *
   * @since 0.1.0
   * @category models
   */
  ResumeOutcome,
  /**
   * `resumeThread`'s overloads: a `Thread` from the plain form, a `ResumeOutcome` with
   * `onMissing: "start"`.
   *
   * @since 0.1.0
   * @category models
   */
  ResumeThread
} from "./internal/verbs/threads.js"

// ---- accounts and login (bodies in internal/verbs/account.ts) -----------------------------------

export {
  /**
   * `account/read`: the account codex uses (an API key, ChatGPT with its email and plan, …, or
   * `null`) and whether the configured provider needs OpenAI credentials (`requiresOpenaiAuth`).
   * `refreshToken: true` asks for a proactive refresh of a managed ChatGPT token first.
   *
   * @since 0.1.0
   * @category accounts
   */
  account,
  /**
   * `account/login/start` with an OpenAI API key, given as a `Redacted`; succeeds once codex has
   * stored it. The key's value is registered as a secret for the rest of the process: it never
   * shows in an error, a log line or the `logWire` trace, whatever it looks like.
   *
   * @since 0.1.0
   * @category login
   */
  loginApiKey,
  /**
   * `account/login/start` with `type: "chatgpt"`: a browser login. Returns at once with the
   * `authUrl` the user must open; the app-server hosts the local callback and completes the
   * login. The handle is alive for the Scope: `completed` waits for the login's
   * `account/login/completed` (a failure is a `LoginError`), `cancel` sends `account/login/cancel`
   * once, and closing the scope or interrupting the fiber that awaits `completed` while the login
   * is pending cancels it. Starting another login ends this one on the server, as a failure.
   *
   * @since 0.1.0
   * @category login
   */
  loginChatGpt,
  /**
   * `account/login/start` with `type: "chatgptDeviceCode"`: a device-code login, for machines
   * without a browser. Returns with the `verificationUrl` and `userCode` the user must see; the
   * handle works as `loginChatGpt`'s does. The server asks OpenAI for the code before it answers,
   * so this needs the network.
   *
   * @example
   * ```ts
   * import { Codex } from "effect-codex"
   * import * as Console from "effect/Console"
   * import * as Effect from "effect/Effect"
   *
   * const login = Effect.scoped(
   *   Effect.gen(function*() {
   *     const handle = yield* Codex.loginDeviceCode()
   *     yield* Console.log(`Open ${handle.verificationUrl} and enter ${handle.userCode}`)
   *     // Fails with LoginError if the user gives up; leaving the scope early cancels the login.
   *     return yield* handle.completed.pipe(Effect.timeout("15 minutes"))
   *   })
   * )
   * ```
   *
   * @since 0.1.0
   * @category login
   */
  loginDeviceCode,
  /**
   * `account/logout`: forgets the stored credentials.
   *
   * @since 0.1.0
   * @category accounts
   */
  logout,
  /**
   * `account/rateLimits/read`: the ChatGPT account's usage limits (an `RpcError` when the account
   * is not a ChatGPT one).
   *
   * @since 0.1.0
   * @category accounts
   */
  rateLimits
} from "./internal/verbs/account.js"

export type {
  /**
   * A browser login in progress: the `authUrl` to open, and the login's handle.
   *
   * @since 0.1.0
   * @category models
   */
  ChatGptLogin,
  /**
   * A device-code login in progress: the `verificationUrl` and `userCode` to show, and the
   * login's handle.
   *
   * @since 0.1.0
   * @category models
   */
  DeviceCodeLogin,
  /**
   * A login in progress, alive for its Scope: `loginId`, `completed` (the outcome, or
   * `LoginError`, or the close reason) and `cancel`.
   *
   * @since 0.1.0
   * @category models
   */
  LoginHandle,
  /**
   * Options of a browser or device-code login: `cancelTimeout`, the time limit of the
   * `account/login/cancel` sent when a pending login is left (default 5 seconds).
   *
   * @since 0.1.0
   * @category models
   */
  LoginOptions,
  /**
   * A login that succeeded: its `loginId` (and the onboarding the server names, if any).
   *
   * @since 0.1.0
   * @category models
   */
  LoginOutcome
} from "./internal/verbs/account.js"

// ---- review (bodies in internal/verbs/review.ts) -------------------------------------------------

export {
  /**
   * Runs a review of `target` (uncommitted changes, a base branch, a commit, or custom
   * instructions) to completion: a `RunResult` whose `finalResponse` is the review's text and
   * whose `items` are the review turn's. Interrupting the fiber interrupts the review.
   *
   * @since 0.1.0
   * @category review
   */
  review,
  /**
   * Starts a review of `target` and returns the review turn's `TurnHandle`, alive for the Scope.
   * The turn's events are kept from its `turn/started`, even when they arrive before the
   * `review/start` answer; leaving the scope while it runs interrupts it.
   *
   * @since 0.1.0
   * @category review
   */
  reviewTurn
} from "./internal/verbs/review.js"

// ---- commands (bodies in internal/verbs/command.ts) ----------------------------------------------

export {
  /**
   * `command/exec`: runs an argv (no shell) under the server's sandbox, as a `Stream` of its output
   * chunks in order, then `Exited` with its exit code, last. The output has a buffer of its own,
   * subscribed before the request is written: nothing is dropped; a consumer `bufferSize` chunks
   * behind fails with `NotificationBufferFullError`. Leaving the stream while the command runs
   * sends `command/exec/terminate` once, in the background. The server ends a command after 10 s
   * unless `timeoutMs` or `disableTimeout` says otherwise (exit code 124).
   *
   * @since 0.1.0
   * @category commands
   */
  exec,
  /**
   * `process/spawn` (experimental: the client needs `experimentalApi: true`): starts an argv
   * without a sandbox in an absolute `cwd`, as a `Stream` of its output chunks, then `Exited`.
   * Leaving the stream while the process runs sends `process/kill` once, in the background. The
   * server ends a process after 10 s unless `timeoutMs` says otherwise (`null`: no limit).
   *
   * @since 0.1.0
   * @category commands
   */
  spawn
} from "./internal/verbs/command.js"

export type {
  /**
   * What `exec` and `spawn` can fail with: a request's errors (a refusal is an `RpcError`) or
   * `NotificationBufferFullError`. A non-zero exit code is not a failure.
   *
   * @since 0.1.0
   * @category errors
   */
  CommandError,
  /**
   * What `exec` and `spawn` stream: `Output` chunks, then one `Exited`, last.
   *
   * @since 0.1.0
   * @category models
   */
  CommandEvent,
  /**
   * The end of a command: `exitCode` (124: the server's time limit; 137: terminated), whether each
   * stream was cut at `outputBytesCap`, and (spawn) `outputDrainTimedOut`.
   *
   * @since 0.1.0
   * @category models
   */
  CommandExited,
  /**
   * Options shared by `exec` and `spawn`: `stdin` (a Stream written, then closed), `bufferSize`
   * (default 4096 chunks), `terminateTimeout` (default 5 seconds).
   *
   * @since 0.1.0
   * @category models
   */
  CommandOptions,
  /**
   * A chunk of output: `stream` (stdout or stderr), `bytes`, `text` (UTF-8, carried on across
   * chunks of the same stream) and `capReached`.
   *
   * @since 0.1.0
   * @category models
   */
  CommandOutput,
  /**
   * `exec`'s options: `command/exec`'s params but the argv, an optional `processId`, and
   * `CommandOptions`.
   *
   * @since 0.1.0
   * @category models
   */
  ExecOptions,
  /**
   * `spawn`'s options: `process/spawn`'s params but the argv (`cwd` required), an optional
   * `processHandle`, and `CommandOptions`.
   *
   * @since 0.1.0
   * @category models
   */
  SpawnOptions
} from "./internal/verbs/command.js"

// ---- goals (bodies in internal/verbs/goal.ts) ------------------------------------------------------

export {
  /**
   * Sets a goal on a thread and runs it to its stop: the server runs the goal's turns by itself,
   * one after another, and the run follows every one of them, ending when the goal completes, is
   * paused, blocked, limited by its budget or usage, or cleared (or when a goal turn is interrupted
   * from elsewhere, after which codex runs no other). The thread's goal is cleared first unless
   * `fresh: false`. Interrupting the fiber pauses the goal, then interrupts its running turn.
   *
   * @example
   * ```ts
   * import { Codex } from "effect-codex"
   * import * as Testing from "effect-codex/testing"
   * import * as Effect from "effect/Effect"
   *
   * const program = Effect.gen(function*() {
   *   const thread = yield* Codex.startThread()
   *   const result = yield* Codex.runGoal(thread.id, "Say hello.", { tokenBudget: 100_000 })
   *   return `${result.outcome} after ${result.turns.length} turn: ${result.finalResponse}`
   * })
   *
   * // Provide `CodexLive` to run it on codex; here, the test double, whose goal runs one turn
   * // in which the model completes it.
   * const goal = (threadId: string, status: "active" | "complete") => ({
   *   threadId, objective: "Say hello.", status, tokenBudget: 100_000,
   *   tokensUsed: 0, timeUsedSeconds: 0, createdAt: 1, updatedAt: 1
   * })
   * const TestCodex = Testing.layerTest(Testing.server({
   *   other: (request, peer) => {
   *     if (request.method === "thread/goal/clear") return peer.send(Testing.reply(request, { cleared: false }))
   *     if (request.method !== "thread/goal/set") return undefined
   *     const threadId = request.params.threadId
   *     return peer.send(
   *       Testing.reply(request, { goal: goal(threadId, "active") }),
   *       Testing.notification("thread/goal/updated", { threadId, turnId: null, goal: goal(threadId, "active") }),
   *       Testing.turnStarted(threadId, "turn-1"),
   *       Testing.agentMessage(threadId, "turn-1", "Hello.", "final_answer"),
   *       Testing.notification("thread/goal/updated", { threadId, turnId: "turn-1", goal: goal(threadId, "complete") }),
   *       Testing.turnCompleted(threadId, "turn-1")
   *     )
   *   }
   * }))
   * Effect.runPromise(program.pipe(Effect.provide(TestCodex))).then(console.log)
   * // Output: complete after 1 turn: Hello.
   * ```
   *
   * @since 0.1.0
   * @category goals
   */
  runGoal,
  /**
   * Sets a goal on a thread and returns the handle of its run, alive for the Scope: `stream`
   * carries every event of the goal's turns (each from its `turn/started` to its
   * `turn/completed`), the goal's notifications and the thread's own, in order; `result` is the
   * run's `GoalResult`; `pause`, `resume` and `clear` act on the goal. The thread is subscribed
   * before the goal is set, so nothing the goal causes is missed. Leaving the scope before the
   * goal stopped pauses it, then interrupts its running turn.
   *
   * @example
   * ```ts
   * import { Codex } from "effect-codex"
   * import * as Console from "effect/Console"
   * import * as Effect from "effect/Effect"
   * import * as Stream from "effect/Stream"
   *
   * const program = (threadId: string) =>
   *   Effect.scoped(Effect.gen(function*() {
   *     const handle = yield* Codex.startGoal(threadId, "Make the tests pass.")
   *     yield* handle.stream.pipe(
   *       Stream.filter(Codex.isNotification("turn/started")),
   *       Stream.take(10),
   *       Stream.runForEach((event) => Console.log(`turn ${event.params.turn.id}`))
   *     )
   *     // ten turns are enough: pause; the run ends when the running turn does
   *     yield* handle.pause
   *     return yield* handle.result
   *   }))
   * ```
   *
   * @since 0.1.0
   * @category goals
   */
  startGoal
} from "./internal/verbs/goal.js"

export type {
  /**
   * A goal run, alive for its Scope: `threadId`, the `goal` as set, `stream`, `result`, `pause`,
   * `resume` (fails with `GoalError` `Ended` once the run is over) and `clear`.
   *
   * @since 0.1.0
   * @category models
   */
  GoalHandle,
  /**
   * Options of `startGoal` and `runGoal`: `tokenBudget`, `fresh` (default true: clear the
   * thread's goal first; false keeps its usage, to resume a paused goal), `approvals` for the
   * goal's turns, `idleTimeout` (default 60 s) and `interruptTimeout` (default 5 s).
   *
   * @since 0.1.0
   * @category models
   */
  GoalOptions,
  /**
   * Why a goal run ended: the goal's stop status (`complete`, `paused`, `blocked`,
   * `usageLimited`, `budgetLimited`), `cleared`, or `interrupted`.
   *
   * @since 0.1.0
   * @category models
   */
  GoalOutcome,
  /**
   * What a goal run produced: its `outcome`, the `goal` as last reported, every turn in order and
   * the last answer.
   *
   * @since 0.1.0
   * @category models
   */
  GoalResult,
  /**
   * One turn of a goal run: `Finished` with its `RunResult`, or `Failed` with its error.
   *
   * @since 0.1.0
   * @category models
   */
  GoalTurn
} from "./internal/verbs/goal.js"
