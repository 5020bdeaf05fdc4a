/**
 * TurnRegistry: one bounded mailbox per (threadId, turnId), fed by the reader fiber.
 *
 * A turn is registered on the reader fiber while its `turn/start` response is routed, so events
 * that follow the response in the same chunk are never lost. One turn runs per thread; turns on
 * different threads run at once. A consumer holds its mailbox in a Scope: releasing it removes the
 * mailbox, so an abandoned turn cannot pin memory.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { type CodexError, ProtocolError, ThreadBusyError, TurnBufferFullError } from "./CodexError.js"
import { decodePayload, type RequestId, type ServerRequest, type UnknownServerRequest } from "./internal/codec.js"
import type { Answer } from "./ServerRequestHandler.js"
import { type TurnStartParams, TurnStartResponse } from "./generated/schemas.js"
import { type Notification, RpcRouter, type RequestError, type RequestOptions } from "./RpcRouter.js"

/** The answer the client gave to a server request of this turn (what was decided). */
export interface ServerRequestAnswered {
  readonly _tag: "ServerRequestAnswered"
  readonly id: RequestId
  readonly method: string
  /** The request's params (they carry the thread and turn ids). */
  readonly params: unknown
  readonly answer: Answer
}

/**
 * What a turn's stream carries: its notifications, the server requests made on its behalf, the
 * answers given to them, and `serverRequest/resolved`, in the order they happened.
 */
export type TurnEvent = Notification | ServerRequest | UnknownServerRequest | ServerRequestAnswered

/**
 * When a turn's consumer falls behind and its buffer is full:
 * - `"suspend"` (default, lossless): the reader waits for the consumer, which back-pressures the
 *   server through the pipe; every other turn waits too.
 * - `"fail"`: only that turn's stream ends with `TurnBufferFullError`; every other turn flows.
 */
export type BufferFullPolicy = "suspend" | "fail"

export interface Options {
  /** Events buffered per turn (default 4096). */
  readonly turnBufferCapacity?: number
  readonly onTurnBufferFull?: BufferFullPolicy
}

export interface TurnSubscription {
  readonly threadId: string
  readonly turnId: string
  readonly response: TurnStartResponse
  /** The turn's events, ending after `turn/completed`. One consumer at a time. */
  readonly events: Stream.Stream<TurnEvent, CodexError>
  /** The same events in batches, without a Stream: `[batch, done]`; fails like `events`. */
  readonly takeAll: Effect.Effect<readonly [Iterable<TurnEvent>, boolean], CodexError>
  /** Whether `turn/completed` has been routed for this turn. */
  readonly isCompleted: Effect.Effect<boolean>
}

export interface TurnRegistry {
  /**
   * Sends `turn/start` and subscribes to the turn for the life of the scope. Fails with
   * `ThreadBusyError` while the thread has a turn that has not completed (or is still starting).
   */
  readonly start: (
    params: TurnStartParams,
    options?: Pick<RequestOptions, "timeout">
  ) => Effect.Effect<TurnSubscription, CodexError, Scope.Scope>
  /** Routes a client-made event (such as `ServerRequestAnswered`) into its turn's stream. */
  readonly emit: (event: TurnEvent) => Effect.Effect<void>
  /** Live turn mailboxes and busy threads (for tests and metrics). */
  readonly counts: Effect.Effect<{ readonly turns: number; readonly busyThreads: number; readonly openRequests: number }>
}

export const TurnRegistry: Context.Tag<TurnRegistry, TurnRegistry> = Context.GenericTag<TurnRegistry>(
  "effect-codex/TurnRegistry"
)

interface Entry {
  readonly threadId: string
  readonly turnId: string
  readonly mailbox: Mailbox.Mailbox<TurnEvent, CodexError>
  completed: boolean
}

const exitVoid = Exit.void
const exitFail = <E>(e: E) => Exit.fail(e)

/** The (threadId, turnId) a notification or server request belongs to, if any. */
const scopeOf = (event: TurnEvent): readonly [string, string] | undefined => {
  const params = event.params as { threadId?: unknown; turnId?: unknown; turn?: { id?: unknown } } | null | undefined
  if (params === null || typeof params !== "object") return undefined
  const threadId = params.threadId
  const turnId = params.turnId ?? params.turn?.id
  return typeof threadId === "string" && typeof turnId === "string" ? [threadId, turnId] : undefined
}

export const make = (options: Options = {}): Effect.Effect<TurnRegistry, never, RpcRouter | Scope.Scope> =>
  Effect.gen(function*() {
    const router = yield* RpcRouter
    const capacity = options.turnBufferCapacity ?? 4096
    const policy = options.onTurnBufferFull ?? "suspend"
    /** turnId → its entry (turn ids are unique; the entry also checks the thread id). */
    const turns = new Map<string, Entry>()
    /** threadId → the id of its running turn, or undefined while its turn/start is in flight. */
    const busy = new Map<string, string | undefined>()

    /** request id → the turn whose server request it was, until `serverRequest/resolved`. */
    const requestTurns = new Map<string, readonly [string, string]>()

    const route = (event: TurnEvent): Effect.Effect<void> | undefined => {
      let scope = scopeOf(event)
      if (event._tag === "ServerRequest" || event._tag === "UnknownServerRequest") {
        if (scope !== undefined) requestTurns.set(JSON.stringify(event.id), scope)
      } else if (scope === undefined && event._tag === "ServerNotification" && event.method === "serverRequest/resolved") {
        const id = JSON.stringify(event.params.requestId)
        scope = requestTurns.get(id)
        requestTurns.delete(id)
      }
      if (scope === undefined) return undefined
      const [threadId, turnId] = scope
      const isCompletion = event._tag === "ServerNotification" && event.method === "turn/completed"
      if (isCompletion && busy.get(threadId) === turnId) busy.delete(threadId)
      const entry = turns.get(turnId)
      if (entry === undefined || entry.completed || entry.threadId !== threadId) return undefined
      if (isCompletion) {
        entry.completed = true
        turns.delete(turnId)
        for (const [id, owner] of requestTurns) {
          if (owner[0] === threadId && owner[1] === turnId) requestTurns.delete(id)
        }
      }
      if (entry.mailbox.unsafeOffer(event)) {
        if (isCompletion) entry.mailbox.unsafeDone(exitVoid)
        return undefined
      }
      if (policy === "fail") {
        turns.delete(turnId)
        entry.completed = true
        entry.mailbox.unsafeDone(exitFail(new TurnBufferFullError({ threadId, turnId, capacity })))
        return undefined
      }
      // lossless: the reader waits for the consumer
      return entry.mailbox.offer(event).pipe(
        Effect.zipRight(isCompletion ? entry.mailbox.end : Effect.void),
        Effect.asVoid
      )
    }

    yield* router.subscribe(route)
    yield* router.observeServerRequests(route)

    // When the connection closes, every live turn stream ends with the reason.
    yield* router.closed.pipe(
      Effect.flatMap((reason) =>
        Effect.sync(() => {
          for (const entry of turns.values()) entry.mailbox.unsafeDone(exitFail(reason))
          turns.clear()
          busy.clear()
          requestTurns.clear()
        })
      ),
      Effect.forkScoped
    )

    const start: TurnRegistry["start"] = (params, requestOptions) =>
      Effect.gen(function*() {
        const threadId = params.threadId
        if (busy.has(threadId)) {
          const active = busy.get(threadId)
          return yield* new ThreadBusyError({ threadId, ...(active !== undefined ? { activeTurnId: active } : {}) })
        }
        busy.set(threadId, undefined)
        const mailbox = yield* Mailbox.make<TurnEvent, CodexError>({ capacity, strategy: "suspend" })
        let entry: Entry | undefined
        const register = (result: unknown) => {
          const decoded = decodePayload(TurnStartResponse, result, "turn/start result")
          if (decoded._tag === "Invalid") return
          const turnId = decoded.value.turn.id
          entry = { threadId, turnId, mailbox, completed: false }
          turns.set(turnId, entry)
          busy.set(threadId, turnId)
        }
        const release = Effect.sync(() => {
          if (entry !== undefined) {
            if (turns.get(entry.turnId) === entry) turns.delete(entry.turnId)
          } else if (busy.has(threadId) && busy.get(threadId) === undefined) {
            busy.delete(threadId)
          }
        }).pipe(Effect.zipRight(mailbox.shutdown))
        yield* Effect.addFinalizer(() => release)
        const response = yield* router.request("turn/start", params, {
          ...requestOptions,
          onResponse: register
        }).pipe(
          Effect.tapError(() =>
            Effect.sync(() => {
              if (busy.get(threadId) === undefined) busy.delete(threadId)
            })
          )
        ) as Effect.Effect<TurnStartResponse, RequestError>
        if (entry === undefined) {
          const decoded = decodePayload(TurnStartResponse, response, "turn/start result")
          return yield* decoded._tag === "Invalid"
            ? decoded.error
            : new ProtocolError({ reason: "InvalidPayload", detail: "turn/start answered without a turn id" })
        }
        const registered = entry
        return {
          threadId,
          turnId: registered.turnId,
          response,
          events: Mailbox.toStream(mailbox),
          takeAll: mailbox.takeAll,
          isCompleted: Effect.sync(() => registered.completed)
        } satisfies TurnSubscription
      })

    return {
      start,
      emit: (event) => Effect.suspend(() => route(event) ?? Effect.void),
      counts: Effect.sync(() => ({ turns: turns.size, busyThreads: busy.size, openRequests: requestTurns.size }))
    } satisfies TurnRegistry
  })

export const layer = (options: Options = {}): Layer.Layer<TurnRegistry, never, RpcRouter> =>
  Layer.scoped(TurnRegistry, make(options))
