/**
 * The thread verbs beyond start, read and run: models, the rest of a thread's lifecycle, the
 * listings that page with the server's cursor, and `resumeThread` with its fallback. Re-exported
 * by `Codex`; every verb is named (`Codex.models`, …) and fails only with `RequestError`.
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { ProtocolError, type RequestError, type RpcError } from "../../CodexError.js"
import * as CodexClient from "../../CodexClient.js"
import type {
  Model,
  ModelListParams,
  Thread,
  ThreadItemEntry,
  ThreadItemsListParams,
  ThreadListParams,
  ThreadResumeParams,
  ThreadRevertResponse,
  ThreadStartParams,
  ThreadTurnsListParams,
  ThreadUnsubscribeStatus,
  Turn
} from "../../generated/schemas.js"
import { METHOD_NOT_FOUND } from "../../ServerRequestHandler.js"
import { streamVerb, verb } from "../observability.js"

const client = CodexClient.CodexClient

// ---- paging ------------------------------------------------------------------------------------

/** One page of a cursor-paged listing, as every `…/list` method of the protocol answers. */
interface Page<A> {
  readonly data: ReadonlyArray<A>
  readonly nextCursor?: string | null | undefined
}

/**
 * Every element of a cursor-paged listing, page after page: the first request carries `first`
 * (if any), each next one the cursor the previous page returned, until a page has none. A server
 * that answers with the very cursor it was sent would make the listing loop forever: that is a
 * `ProtocolError`, not an endless stream.
 */
const paged = <A, C>(
  method: string,
  first: C | null | undefined,
  fetch: (cursor: C | string | undefined) => Effect.Effect<Page<A>, RequestError>
): Stream.Stream<A, RequestError> =>
  Stream.paginateChunkEffect(first ?? undefined, (cursor: C | string | undefined) =>
    Effect.flatMap(fetch(cursor), (page) => {
      const next = page.nextCursor
      if (next === undefined || next === null) {
        return Effect.succeed([Chunk.fromIterable(page.data), Option.none<string>()] as const)
      }
      if (next === cursor) {
        return Effect.fail(
          new ProtocolError({
            reason: "InvalidPayload",
            detail: `${method} answered with the cursor it was sent (${JSON.stringify(next).slice(0, 120)}): ` +
              `the listing would never end`
          })
        )
      }
      return Effect.succeed([Chunk.fromIterable(page.data), Option.some(next)] as const)
    }))

/** Params with `cursor` set, or without the key when there is none (nothing `undefined` on the wire). */
const withCursor = <P extends object, C>(params: P, cursor: C | undefined): P & { readonly cursor?: C } =>
  cursor === undefined ? params : { ...params, cursor }

// ---- models ------------------------------------------------------------------------------------

/**
 * What `models` takes: `model/list`'s params without the cursor, which it drives itself.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelsOptions extends Omit<ModelListParams, "cursor"> {}

/**
 * `model/list`, every page: the models this server offers, in its order. `includeHidden` adds
 * those hidden from the default picker; `limit` is the page size of each request (the server
 * picks one by default), not a cap on the result.
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
export const models: (
  options?: ModelsOptions
) => Effect.Effect<ReadonlyArray<Model>, RequestError, CodexClient.CodexClient> = verb(
  "Codex.models",
  client,
  (client, options: ModelsOptions = {}) =>
    paged("model/list", undefined, (cursor) => client.request("model/list", withCursor(options, cursor))).pipe(
      Stream.runCollect,
      Effect.map(Chunk.toReadonlyArray)
    )
)

// ---- a thread's lifecycle ----------------------------------------------------------------------

/**
 * `thread/unarchive`: brings an archived thread back into the listings. Returns the thread (not
 * loaded: resume it to run turns).
 *
 * @since 0.1.0
 * @category threads
 */
export const unarchiveThread: (
  threadId: string
) => Effect.Effect<Thread, RequestError, CodexClient.CodexClient> = verb(
  "Codex.unarchiveThread",
  client,
  (client, threadId: string) => Effect.map(client.request("thread/unarchive", { threadId }), (r) => r.thread)
)

/**
 * `thread/name/set`: names a thread (the server then sends `thread/name/updated`).
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const named = Effect.gen(function*() {
 *   const thread = yield* Codex.startThread()
 *   yield* Codex.setThreadName(thread.id, "release notes")
 *   return thread.id
 * })
 * ```
 *
 * @since 0.1.0
 * @category threads
 */
export const setThreadName: (
  threadId: string,
  name: string
) => Effect.Effect<void, RequestError, CodexClient.CodexClient> = verb(
  "Codex.setThreadName",
  client,
  (client, threadId: string, name: string) => Effect.asVoid(client.request("thread/name/set", { threadId, name }))
)

/**
 * `thread/compact/start`: asks the server to compact a thread's history. The server runs the
 * compaction as a turn of its own and answers at once; this returns with that answer and does not
 * wait for the turn (watch the thread's notifications for it).
 *
 * @since 0.1.0
 * @category threads
 */
export const compactThread: (threadId: string) => Effect.Effect<void, RequestError, CodexClient.CodexClient> = verb(
  "Codex.compactThread",
  client,
  (client, threadId: string) => Effect.asVoid(client.request("thread/compact/start", { threadId }))
)

/**
 * `thread/revert`: drops a loaded thread's turn `beforeTurnId` and every later turn from its
 * stored history (files the turns changed stay as they are). Returns the updated thread (its
 * `turns` empty) and the cursors that page the kept history backwards (`listTurns`, `listItems`
 * with `sortDirection: "desc"`).
 *
 * @since 0.1.0
 * @category threads
 */
export const revertThread: (
  threadId: string,
  beforeTurnId: string
) => Effect.Effect<ThreadRevertResponse, RequestError, CodexClient.CodexClient> = verb(
  "Codex.revertThread",
  client,
  (client, threadId: string, beforeTurnId: string) => client.request("thread/revert", { threadId, beforeTurnId })
)

/**
 * `thread/delete`: deletes a stored thread for good. An unknown id fails with the server's
 * `RpcError`.
 *
 * @since 0.1.0
 * @category threads
 */
export const deleteThread: (threadId: string) => Effect.Effect<void, RequestError, CodexClient.CodexClient> = verb(
  "Codex.deleteThread",
  client,
  (client, threadId: string) => Effect.asVoid(client.request("thread/delete", { threadId }))
)

/**
 * `thread/unsubscribe`: stops this connection's events for a thread. Returns what the server
 * did: `"unsubscribed"`, `"notSubscribed"` (this connection was not subscribed) or
 * `"notLoaded"` (the thread is not loaded).
 *
 * @since 0.1.0
 * @category threads
 */
export const unsubscribeThread: (
  threadId: string
) => Effect.Effect<ThreadUnsubscribeStatus, RequestError, CodexClient.CodexClient> = verb(
  "Codex.unsubscribeThread",
  client,
  (client, threadId: string) => Effect.map(client.request("thread/unsubscribe", { threadId }), (r) => r.status)
)

/**
 * What `listLoadedThreads` takes: the page size of each `thread/loaded/list` request.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoadedThreadsOptions {
  readonly limit?: number | null | undefined
}

/**
 * `thread/loaded/list`, every page: the ids of the threads this server holds in memory.
 *
 * @since 0.1.0
 * @category threads
 */
export const listLoadedThreads: (
  options?: LoadedThreadsOptions
) => Effect.Effect<ReadonlyArray<string>, RequestError, CodexClient.CodexClient> = verb(
  "Codex.listLoadedThreads",
  client,
  (client, options: LoadedThreadsOptions = {}) =>
    paged("thread/loaded/list", undefined, (cursor) => client.request("thread/loaded/list", withCursor(options, cursor)))
      .pipe(Stream.runCollect, Effect.map(Chunk.toReadonlyArray))
)

// ---- listings as streams -----------------------------------------------------------------------

/**
 * `thread/list`, as a stream of threads that fetches the next page when it is pulled. The params
 * (filters, sort, page size `limit`) go with every page; `cursor`, if given, is where the listing
 * starts.
 *
 * @example
 * ```ts
 * import { Codex, CodexLive } from "effect-codex"
 * import * as Effect from "effect/Effect"
 * import * as Stream from "effect/Stream"
 *
 * // the ten most recent threads, fetched a page of five at a time
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
export const listThreadsAll: (
  params?: ThreadListParams
) => Stream.Stream<Thread, RequestError, CodexClient.CodexClient> = streamVerb(
  "Codex.listThreadsAll",
  client,
  (client, params: ThreadListParams = {}) => {
    const { cursor, ...rest } = params
    return paged("thread/list", cursor, (next) => client.request("thread/list", withCursor(rest, next)))
  }
)

/**
 * What `listTurns` takes: `thread/turns/list`'s params but the thread id.
 *
 * @since 0.1.0
 * @category models
 */
export interface ListTurnsParams extends Omit<ThreadTurnsListParams, "threadId"> {}

/**
 * `thread/turns/list`, as a stream of a thread's turns, paged with the server's cursor. Newest
 * first unless `sortDirection: "asc"`; `itemsView` says how much of each turn's items comes
 * with it; `cursor`, if given, is where the listing starts (for instance a `revertThread` result's
 * `turnsBackwardsCursor`).
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Stream from "effect/Stream"
 *
 * const turnIds = (threadId: string) =>
 *   Codex.listTurns(threadId, { sortDirection: "asc" }).pipe(
 *     Stream.map((turn) => turn.id),
 *     Stream.runCollect
 *   )
 * ```
 *
 * @since 0.1.0
 * @category threads
 */
export const listTurns: (
  threadId: string,
  params?: ListTurnsParams
) => Stream.Stream<Turn, RequestError, CodexClient.CodexClient> = streamVerb(
  "Codex.listTurns",
  client,
  (client, threadId: string, params: ListTurnsParams = {}) => {
    const { cursor, ...rest } = params
    return paged(
      "thread/turns/list",
      cursor,
      (next) => client.request("thread/turns/list", withCursor({ ...rest, threadId }, next))
    )
  }
)

/**
 * What `listItems` takes: `thread/items/list`'s params but the thread id.
 *
 * @since 0.1.0
 * @category models
 */
export interface ListItemsParams extends Omit<ThreadItemsListParams, "threadId"> {}

/**
 * `thread/items/list`, as a stream of a thread's items (each with the id of its turn), paged
 * with the server's cursor. Oldest first unless `sortDirection: "desc"`; `turnId` keeps one
 * turn's items; `cursor`, if given, is where the listing starts (a cursor, or an item anchor).
 *
 * @since 0.1.0
 * @category threads
 */
export const listItems: (
  threadId: string,
  params?: ListItemsParams
) => Stream.Stream<ThreadItemEntry, RequestError, CodexClient.CodexClient> = streamVerb(
  "Codex.listItems",
  client,
  (client, threadId: string, params: ListItemsParams = {}) => {
    const { cursor, ...rest } = params
    return paged(
      "thread/items/list",
      cursor,
      (next) => client.request("thread/items/list", withCursor({ ...rest, threadId }, next))
    )
  }
)

// ---- resume, or start fresh --------------------------------------------------------------------

/** The settings `thread/resume` and `thread/start` share: what a fresh thread keeps by default. */
type SharedKey = keyof ThreadStartParams & keyof Omit<ThreadResumeParams, "threadId">

const sharedKeys = [
  "approvalPolicy",
  "approvalsReviewer",
  "baseInstructions",
  "config",
  "cwd",
  "developerInstructions",
  "model",
  "modelProvider",
  "permissions",
  "personality",
  "runtimeWorkspaceRoots",
  "sandbox",
  "serviceTier"
] as const satisfies ReadonlyArray<SharedKey>

// When a regenerated protocol adds a setting to both methods, this stops compiling until the list has it.
const sharedKeysComplete: [Exclude<SharedKey, typeof sharedKeys[number]>] extends [never] ? true : never = true
void sharedKeysComplete

/**
 * `resumeThread`'s options with a fallback: `thread/resume`'s params, and what to do when the
 * stored thread cannot be resumed.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResumeOrStartOptions extends Omit<ThreadResumeParams, "threadId"> {
  /**
   * `"start"`: when the server has nothing to resume (a thread with no turn yet has no rollout,
   * an unknown id, a deleted thread) or does not know `thread/resume`, start a fresh thread
   * instead. Any other failure (transport, timeout, a malformed id, a refused setting) still fails.
   */
  readonly onMissing: "start"
  /**
   * `thread/start` params of the fresh thread. Default: the settings given for the resume that
   * `thread/start` takes too (model, cwd, sandbox, approval policy, instructions, config, …).
   */
  readonly startParams?: ThreadStartParams
}

/**
 * What `resumeThread` with `onMissing: "start"` returns: the thread, and whether it is the one
 * asked for (`resumed: true`) or a fresh one (`resumed: false`, with the reason and the server's
 * answer that made it so).
 *
 * @since 0.1.0
 * @category models
 */
export type ResumeOutcome =
  | { readonly resumed: true; readonly thread: Thread }
  | {
    readonly resumed: false
    readonly thread: Thread
    /** `"NoRollout"`: nothing is stored under that id. `"Unsupported"`: the server has no `thread/resume`. */
    readonly reason: "NoRollout" | "Unsupported"
    /** The server's answer to the `thread/resume`. */
    readonly cause: RpcError
  }

/** What codex answers a request it cannot parse, an unknown method included. */
const INVALID_REQUEST = -32600

/**
 * Why the server could not resume, when the answer means there is nothing to resume; `undefined`
 * for every other failure. Matched on codex 0.169.0's answers: `-32600 "no rollout found for
 * thread id <id>"` (no turn yet, unknown or deleted id), `-32600 "Invalid request: unknown
 * variant \`thread/resume\`…"` (a server without the method) and the standard `-32601`.
 */
const missingReason = (error: RequestError): "NoRollout" | "Unsupported" | undefined => {
  if (error._tag !== "RpcError") return undefined
  if (error.code === METHOD_NOT_FOUND) return "Unsupported"
  if (error.code !== INVALID_REQUEST) return undefined
  if (error.detail.startsWith("no rollout found for thread id")) return "NoRollout"
  if (error.detail.includes("unknown variant `thread/resume`")) return "Unsupported"
  return undefined
}

/** The fresh thread's params: those given, else the resume's settings that `thread/start` takes too. */
const startParamsOf = (
  resume: Omit<ThreadResumeParams, "threadId">,
  given: ThreadStartParams | undefined
): ThreadStartParams => {
  if (given !== undefined) return given
  const params: Record<string, unknown> = {}
  for (const key of sharedKeys) {
    if (resume[key] !== undefined) params[key] = resume[key]
  }
  return params as ThreadStartParams
}

/**
 * `thread/resume`, overloaded: the plain form returns the thread; with `onMissing: "start"` it
 * falls back to a fresh thread and says which happened.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResumeThread {
  (
    threadId: string,
    options: ResumeOrStartOptions
  ): Effect.Effect<ResumeOutcome, RequestError, CodexClient.CodexClient>
  (
    threadId: string,
    params?: Omit<ThreadResumeParams, "threadId">
  ): Effect.Effect<Thread, RequestError, CodexClient.CodexClient>
}

/**
 * `thread/resume`: reopens a stored thread on this connection.
 *
 * With `onMissing: "start"`, a thread that cannot be resumed because nothing is stored under its
 * id (a thread started but never run has no rollout yet; an unknown or deleted id) or because the
 * server has no `thread/resume`, is replaced by a fresh `thread/start`; the result says which
 * (`resumed`). Only those answers count as missing: a transport failure, a timeout or any other
 * server error fails as usual.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * // continue yesterday's thread, or start over when there is nothing to continue
 * const session = (savedId: string) =>
 *   Effect.gen(function*() {
 *     const outcome = yield* Codex.resumeThread(savedId, { onMissing: "start", model: "gpt-5.5" })
 *     if (!outcome.resumed) yield* Effect.logInfo(`started afresh: ${outcome.reason}`)
 *     return outcome.thread.id
 *   })
 * ```
 *
 * @since 0.1.0
 * @category threads
 */
export const resumeThread: ResumeThread = verb(
  "Codex.resumeThread",
  client,
  (
    client,
    threadId: string,
    options: ResumeOrStartOptions | Omit<ThreadResumeParams, "threadId"> = {}
  ): Effect.Effect<Thread | ResumeOutcome, RequestError> => {
    // the fallback's own options never reach the server
    const { onMissing, startParams, ...params } = options as Partial<ResumeOrStartOptions>
    const resume = client.request("thread/resume", { ...params, threadId })
    if (onMissing !== "start") return Effect.map(resume, (r) => r.thread)
    return resume.pipe(
      Effect.map((r): ResumeOutcome => ({ resumed: true, thread: r.thread })),
      Effect.catchIf(
        (error): error is RpcError => missingReason(error) !== undefined,
        (cause) =>
          Effect.map(client.request("thread/start", startParamsOf(params, startParams)), (r): ResumeOutcome => ({
            resumed: false,
            thread: r.thread,
            reason: missingReason(cause)!,
            cause
          }))
      )
    )
  }
) as ResumeThread
