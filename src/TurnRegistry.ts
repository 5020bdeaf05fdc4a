/**
 * TurnRegistry: one buffer per running turn, fed by the reader fiber, and the one place that
 * knows which thread runs which turn.
 *
 * A thread's turn is tracked from the moment its `turn/start` is sent until the server reports
 * it complete, whatever happens to its consumer:
 * - events that arrive before the `turn/start` response (even `turn/completed`) are kept and
 *   delivered, in order, once the turn id is known;
 * - a consumer that leaves early, gives up while the turn is still starting, falls too far
 *   behind, or times out, is detached at once (the reader never waits for it) and the turn is
 *   sent `turn/interrupt`; its thread stays busy until the server completes that turn, so a
 *   prompt can never be merged into an orphaned turn;
 * - completion is decided from the routing fields alone (`method`, `threadId`, `turnId` /
 *   `turn.id`), so a newer server's payloads can never hang a turn; a lost `turn/completed` is
 *   recovered by asking the server (`idleTimeout`).
 * When the connection closes, the router fails every buffer with its reason.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type * as Tracer from "effect/Tracer"
import {
  type FollowError,
  ProtocolError,
  ThreadBusyError,
  TurnBufferFullError,
  TurnFailedError,
  type TurnStreamError,
  TurnTimeoutError,
  TurnUnavailableError
} from "./CodexError.js"
import {
  decodeNotification,
  decodePayload,
  idKey,
  type RequestId,
  type RpcErrorObject,
  type ServerRequest,
  type UnknownServerRequest
} from "./internal/codec.js"
import * as Connection from "./internal/connection.js"
import * as Diagnostics from "./internal/diagnostics.js"
import * as FastPath from "./internal/fastPath.js"
import {
  attr,
  eventRouted,
  isTracing,
  SPAN_TURN,
  turnEnded,
  turnStarted
} from "./internal/observability.js"
import type { ServerRequestMethod, ServerRequestParams, ServerRequestResponse } from "./generated/methods.js"
import type { Answer, ServerRequestHandler } from "./ServerRequestHandler.js"
import { type ReviewStartParams, type Turn as Turn_, type TurnStartParams, TurnStartResponse } from "./generated/schemas.js"
import { type Notification, type RequestError, RpcRouter, type Unanswered } from "./RpcRouter.js"

/**
 * The answer the client gave to a typed server request of this turn (what was decided), typed by
 * the request's method like the request itself: narrowing on `method` types `params` and the
 * answer's `result`.
 *
 * @example
 * ```ts
 * import type { TurnRegistry } from "effect-codex"
 *
 * const decided = (event: TurnRegistry.TurnEvent) => {
 *   if (event._tag === "ServerRequestAnswered" && event.method === "item/commandExecution/requestApproval") {
 *     event.params.command                                        // string | null | undefined
 *     if (event.answer._tag === "Result") return event.answer.result.decision
 *   }
 *   return undefined
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequestAnswered = {
  readonly [M in ServerRequestMethod]: {
    readonly _tag: "ServerRequestAnswered"
    readonly id: RequestId
    readonly method: M
    /** The request's params (they carry the thread and turn ids). */
    readonly params: ServerRequestParams<M>
    readonly answer:
      | { readonly _tag: "Result"; readonly result: ServerRequestResponse<M> }
      | { readonly _tag: "Error"; readonly error: RpcErrorObject }
  }
}[ServerRequestMethod]

/**
 * The answer the client gave to a server request it could not type (an `UnknownServerRequest`:
 * a method this version does not know, or params that do not decode): the safe answer, or an
 * error.
 *
 * @since 0.1.0
 * @category models
 */
export interface UnknownServerRequestAnswered {
  readonly _tag: "UnknownServerRequestAnswered"
  readonly id: RequestId
  readonly method: string
  readonly params: unknown
  readonly answer: Answer
}

/**
 * The connection dropped and came back while the turn ran (a WebSocket transport with
 * `reconnect`): the client resumed the thread on the new connection, and the turn's events go on
 * from here. Events the server sent while the connection was down are not replayed (deltas are
 * lost); each item's `item/completed` carries its whole content. A turn that ended meanwhile
 * gets, after this event, the `item/completed` of the items it had not delivered and its
 * `turn/completed`, from the resumed thread, so a fold over the stream is still right.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reconnected {
  readonly _tag: "Reconnected"
  readonly method: "effect-codex/reconnected"
  readonly params: {
    readonly threadId: string
    readonly turnId: string
    /** Which reconnect of the connection this is: 1, 2, … */
    readonly attempt: number
  }
}

/**
 * What a turn's stream carries: its notifications, the server requests made on its behalf, the
 * answers given to them, and `serverRequest/resolved`, in the order they happened.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnEvent =
  | Notification
  | ServerRequest
  | UnknownServerRequest
  | Reconnected
  | ServerRequestAnswered
  | UnknownServerRequestAnswered

/**
 * What happens when a turn's consumer falls behind. In both, the reader never waits for a
 * consumer, so control responses and other turns are never stuck behind a slow one.
 * - `"overflow"` (default, lossless while memory allows): events beyond `turnBufferCapacity` are
 *   kept, up to `turnOverflowLimit` events; past that, only that turn fails with
 *   `TurnBufferFullError` and is interrupted on the server.
 * - `"fail"`: at `turnBufferCapacity`, the turn fails with `TurnBufferFullError` and is interrupted.
 * - `"suspend"`: the former name of `"overflow"`.
 *
 * @since 0.1.0
 * @category models
 */
export type BufferFullPolicy = "overflow" | "fail" | "suspend"

/**
 * Options of the registry: how much a turn buffers, what a slow consumer costs, idle recovery and
 * tracing.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Events a turn buffers before its policy applies (default 4096). */
  readonly turnBufferCapacity?: number
  /** Under `"overflow"`, the most events a turn may hold unread (default 100,000). */
  readonly turnOverflowLimit?: number
  readonly onTurnBufferFull?: BufferFullPolicy
  /**
   * Client-wide default of `StartOptions.idleTimeout` (off by default). Without it, a turn the
   * client gave up on is still checked every `interruptTimeout` until the server completes it.
   */
  readonly turnIdleTimeout?: Duration.DurationInput
  /**
   * A `codex.turn` span per turn, from its `turn/start` to its completion (attributes
   * `codex.thread_id`, `codex.turn_id`, `codex.status`, `codex.events`), parent of the turn's
   * `turn/start`, `turn/interrupt` and approval spans. Default: on when a tracer other than
   * Effect's built-in one is installed (see `RpcRouter.Options.tracing`).
   */
  readonly tracing?: boolean
}

/**
 * Options of one `start`.
 *
 * @since 0.1.0
 * @category models
 */
export interface StartOptions {
  /** Time limit of the `turn/start` request (default: the router's request timeout). */
  readonly startTimeout?: Duration.DurationInput
  /**
   * Time limit of the whole turn (off by default): past it the turn is interrupted and its stream
   * fails with `TurnTimeoutError`.
   */
  readonly timeout?: Duration.DurationInput
  /**
   * When the turn has had no event for this long, ask the server (`thread/read` with its turns):
   * if it reports the turn finished, end it with that status and those items, as if
   * `turn/completed` had arrived; if it still runs, wait again. Off by default (client default:
   * `turnIdleTimeout`).
   */
  readonly idleTimeout?: Duration.DurationInput
  /** Time limit of the `turn/interrupt` sent for a turn the client gives up on (default 5 s). */
  readonly interruptTimeout?: Duration.DurationInput
  /**
   * Answers this turn's server requests, and no other's: those attributed to it (by turn id, or
   * by thread id for requests that name no turn) from its `turn/start` on, including requests
   * that arrive before the `turn/start` answer. Dropped as soon as the consumer leaves.
   */
  readonly serverRequests?: ServerRequestHandler.Service
}

/**
 * A started turn, subscribed for the life of the scope: its ids, the `turn/start` response and its
 * events.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnSubscription {
  readonly threadId: string
  readonly turnId: string
  readonly response: TurnStartResponse
  /** The turn's events, ending after `turn/completed`. One consumer at a time. */
  readonly events: Stream.Stream<TurnEvent, TurnStreamError>
  /** The same events in batches, without a Stream: `[batch, done]`; fails like `events`. */
  readonly takeAll: Effect.Effect<readonly [Iterable<TurnEvent>, boolean], TurnStreamError>
  /** Whether `turn/completed` has been routed for this turn. */
  readonly isCompleted: Effect.Effect<boolean>
}

/**
 * The registry's operations: `yield* TurnRegistry` gives them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /**
   * Sends `turn/start` and subscribes to the turn for the life of the scope. Fails with
   * `ThreadBusyError` while the thread has a turn that has not completed (or is still starting).
   * Closing the scope before the turn completed detaches the consumer at once and interrupts the
   * turn on the server in the background.
   */
  readonly start: (
    params: TurnStartParams,
    options?: StartOptions
  ) => Effect.Effect<TurnSubscription, ThreadBusyError | RequestError, Scope.Scope>
  /**
   * `start` for a review: sends `review/start` (inline: the review turn runs on the thread) and
   * subscribes to the review turn exactly as `start` does to a turn, events that arrive before
   * the answer included. The server runs the review under a turn of its own whose `rootTurnId` is
   * the answered turn: its events, items and completion all name that root turn.
   */
  readonly startReview: (
    params: ReviewStartParams,
    options?: StartOptions
  ) => Effect.Effect<TurnSubscription, ThreadBusyError | RequestError, Scope.Scope>
  /** Routes a client-made event (such as `ServerRequestAnswered`) into its turn's stream. */
  readonly emit: (event: TurnEvent) => Effect.Effect<void>
  /**
   * The handler of the turn a server request belongs to, if that turn has one and its consumer
   * is still there: the same attribution that routes the request into the turn's stream.
   */
  readonly handlerFor: (request: ServerRequest | UnknownServerRequest) => ServerRequestHandler.Service | undefined
  /**
   * The span of the turn a server request belongs to (same attribution as `handlerFor`), when that
   * turn is traced: the parent of the request's approval span.
   */
  readonly traceFor: (request: ServerRequest | UnknownServerRequest) => TurnTrace | undefined
  /**
   * Follows a running turn for the life of the scope: one the server started (a review, a goal's
   * turns, compaction, queued turns; registered when its `turn/started` arrived, its events kept
   * until someone follows it), or one started before this client connected (registered now and
   * checked with `thread/read`; a turn that is already over yields its completion). Fails with
   * `TurnUnavailableError` when the turn is not the server's, another consumer has its events, or
   * its buffer overflowed before anyone followed it; with `ThreadBusyError` when the thread runs
   * another turn. Leaving detaches; it interrupts the turn only with `interruptOnLeave`.
   */
  readonly follow: (
    threadId: string,
    turnId: string,
    options?: FollowOptions
  ) => Effect.Effect<TurnFollow, FollowError, Scope.Scope>
  /**
   * Every event of a thread, across its turns (client- and server-started), from when the stream
   * starts until it is left: notifications that name the thread, its server requests and the
   * answers to them. Lossless and bounded like a turn's stream (`turnOverflowLimit` events
   * unread, then `TurnBufferFullError` with an empty `turnId`); ends with the close reason when
   * the connection closes. Any number of thread streams may run at once.
   */
  readonly threadEvents: (threadId: string) => Stream.Stream<TurnEvent, TurnStreamError>
  /**
   * `threadEvents`, subscribed now: every event routed from the moment this effect completes is
   * kept for the returned stream, for the life of the scope. Subscribe, then start what causes the
   * events, and nothing is missed.
   */
  readonly subscribeThread: (threadId: string) => Effect.Effect<Stream.Stream<TurnEvent, TurnStreamError>, never, Scope.Scope>
}

/**
 * Options of `follow`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FollowOptions {
  /** This turn's own server-request handler while it is followed (see `StartOptions.serverRequests`). */
  readonly serverRequests?: ServerRequestHandler.Service
  /** As `StartOptions.idleTimeout`: ask the server after this long without an event. */
  readonly idleTimeout?: Duration.DurationInput
  /** Leaving the turn (or falling behind) interrupts it on the server (default false: only detach). */
  readonly interruptOnLeave?: boolean
  /** Time limit of that `turn/interrupt` (default 5 s). */
  readonly interruptTimeout?: Duration.DurationInput
}

/**
 * A followed turn: `TurnSubscription` without a `turn/start` response.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnFollow = Omit<TurnSubscription, "response">

/**
 * The TurnRegistry service: `yield* TurnRegistry` gives its `Service`.
 *
 * @since 0.1.0
 * @category tags
 */
export class TurnRegistry extends Context.Tag("effect-codex/TurnRegistry")<TurnRegistry, Service>() {}

/**
 * `TurnRegistry.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace TurnRegistry {
  /**
   * The service's operations.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = TurnRegistryService
}

type TurnRegistryService = Service

/**
 * The thread and turn an event belongs to: the one notion used for streams and for handlers.
 *
 * @since 0.1.0
 * @category models
 */
export interface Attribution {
  readonly threadId: string
  /** Undefined for requests that name only their thread (the legacy approvals). */
  readonly turnId: string | undefined
}

/**
 * Reads the routing fields only: `threadId` (or the legacy `conversationId`), and `turnId` or
 * `turn.id`. Never depends on the rest of the payload decoding.
 *
 * @since 0.1.0
 * @category utils
 */
export const attribution = (event: { readonly params: unknown }): Attribution | undefined => {
  const params = event.params as {
    threadId?: unknown
    conversationId?: unknown
    turnId?: unknown
    turn?: { id?: unknown; rootTurnId?: unknown } | null
  } | null | undefined
  if (params === null || typeof params !== "object") return undefined
  const threadId = params.threadId ?? params.conversationId
  if (typeof threadId !== "string") return undefined
  // A turn the server runs on behalf of another (a review's) names that root turn, as do its
  // items and its completion: the root is the turn.
  const turnId = params.turnId ?? params.turn?.rootTurnId ?? params.turn?.id
  return { threadId, turnId: typeof turnId === "string" ? turnId : undefined }
}

const isAnswer = (event: TurnEvent): event is ServerRequestAnswered | UnknownServerRequestAnswered =>
  event._tag === "ServerRequestAnswered" || event._tag === "UnknownServerRequestAnswered"

const isServerRequest = (event: TurnEvent) =>
  event._tag === "ServerRequest" || event._tag === "UnknownServerRequest" || isAnswer(event)

/** One turn, from its `turn/start` to its completion. */
interface Turn {
  readonly threadId: string
  /** Undefined until the `turn/start` response is routed. */
  turnId: string | undefined
  /** The consumer's buffer; undefined once the consumer is gone (left, gave up, too slow, timed out). */
  mailbox: Mailbox.Mailbox<TurnEvent, TurnStreamError> | undefined
  /** Events that arrived before the turn id was known. */
  early: Array<TurnEvent> | undefined
  completed: boolean
  /** Events routed so far; the idle watchdog compares it across a wait. */
  seen: number
  /** Fibers that watch this turn (timeout, idle recovery, interrupt); interrupted on completion. */
  readonly watchers: Set<Fiber.RuntimeFiber<unknown, unknown>>
  readonly idleTimeout: Duration.Duration | undefined
  readonly interruptTimeout: Duration.Duration
  interruptSent: boolean
  /** This turn's own server-request handler, while its consumer is there. */
  handler: ServerRequestHandler.Service | undefined
  /** Its span, when traced; ended when the turn leaves the registry. */
  readonly trace: Trace | undefined
  /** Counted out of `Metrics.liveTurns`, its span ended. */
  retired: boolean
  /** A consumer has taken this turn's events (once: a later follower would miss some). */
  consumed: boolean
  /** Leaving (or falling behind) interrupts the turn on the server. True when the client started it. */
  interruptOnLeave: boolean
  /** Started by the server and buffered past the limit before anyone followed it. */
  overflowed: boolean
}

/**
 * A turn's span, and the tracer it was made with (for spans made under it on other fibers).
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnTrace {
  readonly span: Tracer.Span
  readonly tracer: Tracer.Tracer
}

interface Trace extends TurnTrace {
  readonly clock: Clock.Clock
}

const exitVoid = Exit.void
const DEFAULT_INTERRUPT_TIMEOUT = Duration.seconds(5)

/** Refused interrupts are asked again: 50 ms doubling to 1 s, about 20 s in all. */
const interruptRetry = Schedule.exponential("50 millis").pipe(
  Schedule.union(Schedule.spaced("1 second")),
  Schedule.intersect(Schedule.recurs(24))
)

/**
 * Makes the registry over the router in context; it routes the router's notifications and server
 * requests into the turns' buffers for the life of the scope.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, never, RpcRouter | Scope.Scope> =>
  Effect.gen(function*() {
    const router = yield* RpcRouter
    const capacity = options.turnBufferCapacity ?? 4096
    const policy = options.onTurnBufferFull === "fail" ? "fail" : "overflow"
    const limit = policy === "fail" ? capacity : Math.max(capacity, options.turnOverflowLimit ?? 100_000)
    const defaultIdle = options.turnIdleTimeout !== undefined ? Duration.decode(options.turnIdleTimeout) : undefined
    /** threadId → its turn, from `turn/start` until the server completes it. */
    const threads = new Map<string, Turn>()
    /** Ids of the items each turn delivered, kept only when the connection can come back. */
    let completedItems: WeakMap<Turn, Set<string>> | undefined
    const noteItem = (turn: Turn, event: TurnEvent) => {
      const id = (event.params as { item?: { id?: unknown } } | null | undefined)?.item?.id
      if (typeof id !== "string") return
      let ids = completedItems!.get(turn)
      if (ids === undefined) completedItems!.set(turn, ids = new Set())
      ids.add(id)
    }
    /** turnId → its turn, once known. */
    const turns = new Map<string, Turn>()
    /** server request id → the turn it was made for, until `serverRequest/resolved`. */
    const requestTurns = new Map<string, Turn>()
    /** threadId → the buffers of its `threadEvents` streams. */
    const threadSubscribers = new Map<string, Set<Mailbox.Mailbox<TurnEvent, TurnStreamError>>>()
    /** Ids of the last turns that completed, so that a late `turn/started` registers nothing. */
    const recentlyDone = new Set<string>()
    const RECENTLY_DONE = 1024
    const rememberDone = (turnId: string) => {
      recentlyDone.add(turnId)
      if (recentlyDone.size > RECENTLY_DONE) recentlyDone.delete(recentlyDone.values().next().value!)
    }
    /**
     * Server-started turns that completed before anyone followed them, with their whole buffer:
     * a follower that comes right after the completion (a review's caller, once `review/start`
     * answers) still gets every event. The last few only.
     */
    const doneUnfollowed = new Map<string, Turn>()
    const DONE_UNFOLLOWED = 16
    const newBuffer = () => Effect.runSync(Mailbox.make<TurnEvent, TurnStreamError>({ capacity: limit, strategy: "suspend" }))
    const fibers = yield* FiberSet.make<unknown, unknown>()
    const runtime = yield* Effect.runtime<never>()
    /** Forks a fiber that watches `turn`, owned by the registry's scope, from any context. */
    const fork = (turn: Turn, effect: Effect.Effect<unknown, unknown>) => {
      // its logs name the turn; its requests are spans under the turn's
      let watched = Effect.annotateLogs(effect, {
        module: "TurnRegistry",
        threadId: turn.threadId,
        ...(turn.turnId !== undefined ? { turnId: turn.turnId } : {})
      })
      if (turn.trace !== undefined) {
        watched = watched.pipe(Effect.withParentSpan(turn.trace.span), Effect.withTracer(turn.trace.tracer))
      }
      const fiber = Runtime.runFork(runtime)(watched)
      FiberSet.unsafeAdd(fibers, fiber)
      turn.watchers.add(fiber)
      fiber.addObserver(() => turn.watchers.delete(fiber))
    }

    // ---- observability -----------------------------------------------------------------------

    /** Makes the turn's span when tracing is on, on the caller's fiber (its span is the parent). */
    const makeTrace = (threadId: string): Effect.Effect<Trace | undefined> =>
      Effect.withFiberRuntime((fiber) => {
        if (!isTracing(options.tracing, fiber)) return Effect.succeed(undefined)
        const tracer = fiber.currentTracer
        const clock = Context.get(fiber.currentDefaultServices, Clock.Clock)
        return Effect.map(
          Effect.makeSpan(SPAN_TURN, { attributes: { [attr.threadId]: threadId }, captureStackTrace: false }),
          (span): Trace => ({ span, tracer, clock })
        )
      })

    const endTrace = (trace: Trace | undefined, exit: Exit.Exit<unknown, unknown>) => {
      if (trace !== undefined) trace.span.end(trace.clock.unsafeCurrentTimeNanos(), exit)
    }

    /** The turn left the registry (completed, never started, or closed): once. */
    const retire = (turn: Turn, status: string, exit: Exit.Exit<unknown, unknown>) => {
      if (turn.retired) return
      turn.retired = true
      turnEnded()
      if (turn.trace !== undefined) {
        turn.trace.span.attribute(attr.status, status)
        turn.trace.span.attribute(attr.events, turn.seen)
        endTrace(turn.trace, exit)
      }
    }

    /** The status `turn/completed` reports, and the exit that goes with it. */
    const completion = (turn: Turn, event: TurnEvent): [string, Exit.Exit<unknown, unknown>] => {
      const reported = (event.params as { turn?: { status?: unknown; error?: { message?: unknown } | null } } | undefined)
        ?.turn
      const status = typeof reported?.status === "string" ? reported.status : "unknown"
      if (status !== "failed") return [status, exitVoid]
      const message = reported?.error?.message
      return [
        status,
        Exit.fail(
          new TurnFailedError({
            threadId: turn.threadId,
            turnId: turn.turnId ?? "",
            message: typeof message === "string" ? message : "the turn failed"
          })
        )
      ]
    }

    // ---- completion and giving up ----------------------------------------------------------

    const finish = (turn: Turn, event: TurnEvent) => {
      if (turn.trace !== undefined) {
        const [status, exit] = completion(turn, event)
        retire(turn, status, exit)
      } else retire(turn, "", exitVoid)
      turn.completed = true
      if (threads.get(turn.threadId) === turn) threads.delete(turn.threadId)
      if (turn.turnId !== undefined && turns.get(turn.turnId) === turn) turns.delete(turn.turnId)
      if (turn.turnId !== undefined) {
        rememberDone(turn.turnId)
        if (!turn.consumed && turn.mailbox !== undefined) {
          doneUnfollowed.set(turn.turnId, turn)
          if (doneUnfollowed.size > DONE_UNFOLLOWED) doneUnfollowed.delete(doneUnfollowed.keys().next().value!)
        }
      }
      for (const [id, owner] of requestTurns) if (owner === turn) requestTurns.delete(id)
      for (const fiber of turn.watchers) fiber.unsafeInterruptAsFork(FiberId.none)
    }

    /** The consumer is gone: nothing more is buffered for it. */
    const detach = (turn: Turn, exit: Exit.Exit<void, TurnStreamError>) => {
      const mailbox = turn.mailbox
      turn.mailbox = undefined
      // per-turn approvals never outlive the consumer that gave them
      turn.handler = undefined
      if (mailbox !== undefined) mailbox.unsafeDone(exit)
    }

    /**
     * Asks the server to end a turn nobody consumes, and keeps checking until it has: the thread
     * stays busy meanwhile. Runs in the background, so leaving a stream is never slowed by it.
     */
    const interruptOnServer = (turn: Turn) => {
      if (turn.completed || turn.turnId === undefined || turn.interruptSent) return
      turn.interruptSent = true
      const turnId = turn.turnId
      fork(
        turn,
        router.request("turn/interrupt", { threadId: turn.threadId, turnId }, { timeout: turn.interruptTimeout }).pipe(
          // codex answers turn/start before the turn is active and refuses to interrupt it until
          // then: keep asking until it accepts or the turn completes.
          Effect.retry({ schedule: interruptRetry, while: (error) => error._tag === "RpcError" && !turn.completed }),
          Effect.catchAll((error) =>
            Effect.logDebug(`turn/interrupt of ${turnId} failed: ${error.message}`).pipe(
              Effect.annotateLogs("method", "turn/interrupt")
            )
          )
        )
      )
      if (turn.idleTimeout === undefined) fork(turn, watchIdle(turn, turn.interruptTimeout))
    }

    const giveUp = (turn: Turn, error: TurnStreamError) => {
      detach(turn, Exit.fail(error))
      if (turn.interruptOnLeave) interruptOnServer(turn)
    }

    // ---- routing (on the reader fiber, synchronous) -------------------------------------------

    const deliver = (turn: Turn, event: TurnEvent) => {
      turn.seen++
      eventRouted()
      if (completedItems !== undefined && event.method === "item/completed") noteItem(turn, event)
      const isCompletion = event.method === "turn/completed" && !isServerRequest(event)
      if (isCompletion) finish(turn, event)
      const mailbox = turn.mailbox
      if (mailbox === undefined) return
      if (!mailbox.unsafeOffer(event)) {
        const error = new TurnBufferFullError({ threadId: turn.threadId, turnId: turn.turnId ?? "", capacity: limit })
        // a server-started turn nobody follows yet: its buffer goes, the turn runs on
        if (!turn.consumed) turn.overflowed = true
        if (isCompletion) detach(turn, Exit.fail(error))
        else giveUp(turn, error)
        return
      }
      if (isCompletion) {
        // a turn nobody has followed yet keeps its buffer, done, for a follower to come
        if (turn.consumed) turn.mailbox = undefined
        mailbox.unsafeDone(exitVoid)
      }
    }

    /** The turn of the thread `at` names, if `at` can be that turn (one notion, for everything). */
    const ownerOf = (at: Attribution): Turn | undefined => {
      const owner = threads.get(at.threadId)
      if (owner === undefined || owner.completed) return undefined
      if (at.turnId !== undefined && owner.turnId !== undefined && owner.turnId !== at.turnId) return undefined
      return owner
    }

    const route = (event: TurnEvent): void => {
      let at = attribution(event)
      if (at !== undefined && threadSubscribers.size > 0) toThread(at.threadId, event)
      if (event._tag === "ServerNotification" && event.method === "turn/started" && at?.turnId !== undefined) {
        const { threadId } = event.params
        const turnId = at.turnId
        if (!turns.has(turnId) && !recentlyDone.has(turnId) && threads.get(threadId) === undefined) {
          registerServerTurn(threadId, turnId)
        }
      }
      let owner: Turn | undefined
      if (event._tag === "ServerRequest" || event._tag === "UnknownServerRequest") {
        if (at !== undefined) {
          owner = ownerOf(at)
          if (owner !== undefined) requestTurns.set(idKey(event.id), owner)
        }
      } else if (event.method === "serverRequest/resolved" && !isAnswer(event)) {
        const id = (event.params as { requestId?: unknown } | null | undefined)?.requestId
        if (typeof id === "string" || typeof id === "number") {
          owner = requestTurns.get(idKey(id))
          requestTurns.delete(idKey(id))
        }
        at = undefined
      } else if (isAnswer(event)) {
        owner = requestTurns.get(idKey(event.id))
        at = undefined
      }
      if (owner === undefined && at !== undefined) {
        // Notifications that name no turn are the thread's, not the turn's.
        if (at.turnId === undefined) return
        owner = ownerOf(at)
      }
      if (owner === undefined || owner.completed) return
      if (owner.turnId === undefined) {
        // Still starting: keep everything of this thread until the turn id is known.
        const early = (owner.early ??= [])
        if (early.length >= limit) {
          owner.early = undefined
          giveUp(owner, new TurnBufferFullError({ threadId: owner.threadId, turnId: "", capacity: limit }))
          return
        }
        early.push(event)
        return
      }
      deliver(owner, event)
    }

    /** The `turn/start` response, routed on the reader before any later line. */
    const started = (turn: Turn, result: unknown) => {
      const id = (result as { turn?: { id?: unknown } } | null | undefined)?.turn?.id
      if (typeof id !== "string" || threads.get(turn.threadId) !== turn) {
        // Nothing can be routed without a turn id: the caller fails with a ProtocolError.
        if (threads.get(turn.threadId) === turn) threads.delete(turn.threadId)
        detach(turn, exitVoid)
        retire(
          turn,
          "not_started",
          Exit.fail(new ProtocolError({ reason: "InvalidPayload", detail: "turn/start answered without a turn id" }))
        )
        return
      }
      turn.turnId = id
      turn.trace?.span.attribute(attr.turnId, id)
      turns.set(id, turn)
      const early = turn.early ?? []
      turn.early = undefined
      for (const event of early) {
        if (turn.completed) break
        const at = attribution(event)
        if (at?.turnId !== undefined && at.turnId !== id) continue
        deliver(turn, event)
      }
      // The caller left while the request was in flight: the turn is an orphan from the start.
      if (turn.mailbox === undefined && !turn.completed) interruptOnServer(turn)
    }

    /** The `turn/start` was refused, or never written: no turn started. */
    const notStarted = (turn: Turn, why: Unanswered) => {
      if (turn.turnId !== undefined) return
      if (threads.get(turn.threadId) === turn) threads.delete(turn.threadId)
      detach(turn, exitVoid)
      retire(turn, "not_started", why === "Unsent" ? Exit.interrupt(FiberId.none) : Exit.fail(why))
    }

    // ---- thread streams and turns the server starts ---------------------------------------------

    /** Every thread stream of `threadId` gets the event; one that is too far behind ends. */
    const toThread = (threadId: string, event: TurnEvent) => {
      const subscribers = threadSubscribers.get(threadId)
      if (subscribers === undefined) return
      for (const mailbox of subscribers) {
        if (mailbox.unsafeOffer(event)) continue
        subscribers.delete(mailbox)
        mailbox.unsafeDone(Exit.fail(new TurnBufferFullError({ threadId, turnId: "", capacity: limit })))
      }
      if (subscribers.size === 0) threadSubscribers.delete(threadId)
    }

    /**
     * A turn this client did not start: kept (its events buffered, bounded) until the server
     * completes it, so that it can be followed; the thread is busy meanwhile, as for any turn.
     */
    const registerServerTurn = (threadId: string, turnId: string): Turn => {
      const turn: Turn = {
        threadId,
        turnId,
        mailbox: newBuffer(),
        early: undefined,
        completed: false,
        seen: 0,
        watchers: new Set(),
        idleTimeout: defaultIdle,
        interruptTimeout: Duration.seconds(5),
        interruptSent: false,
        handler: undefined,
        trace: undefined,
        retired: false,
        consumed: false,
        interruptOnLeave: false,
        overflowed: false
      }
      threads.set(threadId, turn)
      turns.set(turnId, turn)
      turnStarted()
      if (defaultIdle !== undefined) fork(turn, watchIdle(turn, defaultIdle))
      return turn
    }

    /** A turn registered for a follower that the server turned out not to know. */
    const unregister = (turn: Turn) => {
      if (turn.completed) return
      turn.completed = true
      if (threads.get(turn.threadId) === turn) threads.delete(turn.threadId)
      if (turn.turnId !== undefined && turns.get(turn.turnId) === turn) turns.delete(turn.turnId)
      detach(turn, exitVoid)
      retire(turn, "not_found", exitVoid)
      for (const fiber of turn.watchers) fiber.unsafeInterruptAsFork(FiberId.none)
    }

    /** The server's word on a turn registered for a follower: unknown, over, or running. */
    const check = (turn: Turn, timeout: Duration.Duration) =>
      router.request("thread/read", { threadId: turn.threadId, includeTurns: true }, { timeout }).pipe(
        Effect.flatMap((result) => {
          const listed = (result as { thread?: { turns?: unknown } } | null | undefined)?.thread?.turns
          const found = Array.isArray(listed)
            ? listed.find((t: { id?: unknown } | null) => t?.id === turn.turnId) as { status?: unknown } | undefined
            : undefined
          if (found === undefined) {
            return Effect.fail(
              new TurnUnavailableError({ threadId: turn.threadId, turnId: turn.turnId ?? "", reason: "NotFound" })
            )
          }
          if (found.status !== "inProgress" && !turn.completed) {
            deliver(turn, decodeNotification("turn/completed", { threadId: turn.threadId, turn: found }))
          }
          return Effect.void
        })
      )

    /** Hands the turn's buffer to one consumer, for the life of the scope. */
    const attach = (turn: Turn, followOptions: FollowOptions) =>
      Effect.uninterruptible(Effect.suspend((): Effect.Effect<TurnFollow, FollowError, Scope.Scope> => {
        const threadId = turn.threadId
        const turnId = turn.turnId ?? ""
        const mailbox = turn.mailbox
        if (turn.overflowed) return Effect.fail(new TurnUnavailableError({ threadId, turnId, reason: "Overflowed" }))
        if (turn.consumed || mailbox === undefined) {
          return Effect.fail(new TurnUnavailableError({ threadId, turnId, reason: "Consumed" }))
        }
        turn.consumed = true
        turn.handler = followOptions.serverRequests
        turn.interruptOnLeave = followOptions.interruptOnLeave === true
        if (followOptions.interruptTimeout !== undefined) {
          ;(turn as { interruptTimeout: Duration.Duration }).interruptTimeout = Duration.decode(followOptions.interruptTimeout)
        }
        if (followOptions.idleTimeout !== undefined && !turn.completed) {
          fork(turn, watchIdle(turn, Duration.decode(followOptions.idleTimeout)))
        }
        return Effect.as(
          Effect.flatMap(Effect.scope, (scope) =>
            Scope.addFinalizer(
              scope,
              Effect.sync(() => {
                if (turn.completed) return
                detach(turn, exitVoid)
                if (turn.interruptOnLeave) interruptOnServer(turn)
              })
            )),
          {
            threadId,
            turnId,
            events: Mailbox.toStream(mailbox),
            takeAll: mailbox.takeAll,
            isCompleted: Effect.sync(() => turn.completed)
          } satisfies TurnFollow
        )
      }))

    const follow: Service["follow"] = (threadId, turnId, followOptions = {}) =>
      Effect.suspend(() => {
        const known = turns.get(turnId) ?? doneUnfollowed.get(turnId)
        if (known !== undefined) {
          doneUnfollowed.delete(turnId)
          return known.threadId === threadId
            ? attach(known, followOptions)
            : Effect.fail(new TurnUnavailableError({ threadId, turnId, reason: "NotFound" }))
        }
        const busy = threads.get(threadId)
        if (busy !== undefined) {
          return Effect.fail(
            new ThreadBusyError({ threadId, ...(busy.turnId !== undefined ? { activeTurnId: busy.turnId } : {}) })
          )
        }
        // Unknown here (started before this client connected, or over): registered first, so
        // nothing routed while the server is asked is lost.
        const turn = registerServerTurn(threadId, turnId)
        const timeout = Duration.decode(followOptions.interruptTimeout ?? "5 seconds")
        return check(turn, timeout).pipe(
          Effect.onExit((exit) => Exit.isSuccess(exit) ? Effect.void : Effect.sync(() => unregister(turn))),
          Effect.zipRight(attach(turn, followOptions))
        )
      })

    const subscribeThread: Service["subscribeThread"] = (threadId) =>
      Effect.gen(function*() {
        const mailbox = yield* Mailbox.make<TurnEvent, TurnStreamError>({ capacity: limit, strategy: "suspend" })
        yield* Effect.acquireRelease(
          Effect.sync(() => {
            let subscribers = threadSubscribers.get(threadId)
            if (subscribers === undefined) threadSubscribers.set(threadId, subscribers = new Set())
            subscribers.add(mailbox)
          }),
          () =>
            Effect.sync(() => {
              const subscribers = threadSubscribers.get(threadId)
              subscribers?.delete(mailbox)
              if (subscribers?.size === 0) threadSubscribers.delete(threadId)
            })
        )
        // subscribed after the close: nothing will ever come
        const closed = yield* router.closeReason
        if (Option.isSome(closed)) mailbox.unsafeDone(Exit.fail(closed.value))
        return Mailbox.toStream(mailbox)
      })

    yield* router.subscribe(route)
    yield* router.observeServerRequests(route)

    // One close path: the router fails every turn with its reason, whatever closes first.
    yield* router.onClose((reason) => {
      const all = Array.from(threads.values())
      threads.clear()
      turns.clear()
      requestTurns.clear()
      for (const turn of all) {
        turn.completed = true
        detach(turn, Exit.fail(reason))
        retire(turn, "closed", Exit.fail(reason))
        for (const fiber of turn.watchers) fiber.unsafeInterruptAsFork(FiberId.none)
      }
      doneUnfollowed.clear()
      const subscribers = Array.from(threadSubscribers.values())
      threadSubscribers.clear()
      for (const set of subscribers) for (const mailbox of set) mailbox.unsafeDone(Exit.fail(reason))
    })

    // ---- recovery of a lost `turn/completed` -----------------------------------------------------

    /** Asks the server how the turn stands; ends it if the server says it finished. */
    const recover = (turn: Turn) =>
      router.request("thread/read", { threadId: turn.threadId, includeTurns: true }, { timeout: turn.interruptTimeout }).pipe(
        Effect.flatMap((result) =>
          Effect.sync(() => {
            const listed = (result as { thread?: { turns?: unknown } } | null | undefined)?.thread?.turns
            if (!Array.isArray(listed) || turn.completed) return
            const found = listed.find((t: { id?: unknown } | null) => t?.id === turn.turnId) as
              | { status?: unknown }
              | undefined
            if (found === undefined || found.status === "inProgress") return
            deliver(turn, decodeNotification("turn/completed", { threadId: turn.threadId, turn: found }))
          })
        ),
        Effect.catchAll((error) =>
          Effect.logDebug(`thread/read for turn ${turn.turnId} failed: ${error.message}`).pipe(
            Effect.annotateLogs("method", "thread/read")
          )
        )
      )

    const watchIdle = (turn: Turn, idle: Duration.Duration): Effect.Effect<void> =>
      Effect.suspend(() => {
        const before = turn.seen
        return Effect.sleep(idle).pipe(
          Effect.zipRight(Effect.suspend(() => {
            if (turn.completed) return Effect.void
            return turn.seen === before ? recover(turn) : Effect.void
          })),
          Effect.zipRight(Effect.suspend(() => (turn.completed ? Effect.void : watchIdle(turn, idle))))
        )
      })

    // ---- starting ----------------------------------------------------------------------------

    /**
     * Opens a turn without a scope (see `internal/fastPath.ts`): runs uninterruptibly, except
     * for the wait on the `turn/start` answer (`restore`). Registered before the request is
     * written, so nothing routed meanwhile is lost; released by the request's failure, or by the
     * caller once it has the release in hand.
     */
    const openWith: FastPath.OpenTurn = (method, params, openOptions, restore) =>
      Effect.flatMap(Mailbox.make<TurnEvent, TurnStreamError>({ capacity: limit, strategy: "suspend" }), (mailbox) =>
        Effect.flatMap(makeTrace(params.threadId), (trace) => {
          const startOptions = openOptions as StartOptions
          const threadId = params.threadId
          const busy = threads.get(threadId)
          if (busy !== undefined) {
            const error = new ThreadBusyError({ threadId, ...(busy.turnId !== undefined ? { activeTurnId: busy.turnId } : {}) })
            endTrace(trace, Exit.fail(error))
            return Effect.fail<ThreadBusyError | RequestError>(error)
          }
          const idle = startOptions.idleTimeout !== undefined ? Duration.decode(startOptions.idleTimeout) : defaultIdle
          const turn: Turn = {
            threadId,
            turnId: undefined,
            mailbox,
            early: undefined,
            completed: false,
            seen: 0,
            watchers: new Set(),
            idleTimeout: idle,
            interruptTimeout: startOptions.interruptTimeout !== undefined
              ? Duration.decode(startOptions.interruptTimeout)
              : DEFAULT_INTERRUPT_TIMEOUT,
            interruptSent: false,
            handler: startOptions.serverRequests,
            trace,
            retired: false,
            consumed: true,
            interruptOnLeave: true,
            overflowed: false
          }
          threads.set(threadId, turn)
          turnStarted()
          // Leaving, for whatever reason: detach at once; a turn that still runs is interrupted.
          const release = Effect.sync(() => {
            if (turn.completed) return
            detach(turn, exitVoid)
            interruptOnServer(turn)
          })
          // Until the router has the request, nothing of it will ever answer for the turn: a
          // caller interrupted before that unregisters it here.
          let registered = false
          const request = router.request(method, params, {
            ...(startOptions.startTimeout !== undefined ? { timeout: startOptions.startTimeout } : {}),
            outliveCaller: true,
            onRegistered: () => {
              registered = true
            },
            onResponse: (result) => started(turn, result),
            onUnanswered: (why) => notStarted(turn, why)
          })
          return restore(trace !== undefined ? Effect.withParentSpan(request, trace.span) : request).pipe(
            Effect.onError(() => registered ? release : Effect.sync(() => notStarted(turn, "Unsent"))),
            Effect.flatMap((response): Effect.Effect<FastPath.OpenedTurn, RequestError> => {
              const turnId = turn.turnId
              if (turnId === undefined) {
                const decoded = decodePayload(TurnStartResponse, response, "turn/start result")
                return Effect.zipRight(
                  release,
                  Effect.fail(
                    decoded._tag === "Invalid"
                      ? decoded.error
                      : new ProtocolError({ reason: "InvalidPayload", detail: "turn/start answered without a turn id" })
                  )
                )
              }
              if (startOptions.timeout !== undefined && !turn.completed) {
                const timeout = Duration.decode(startOptions.timeout)
                fork(
                  turn,
                  Effect.sleep(timeout).pipe(
                    Effect.zipRight(Effect.sync(() => {
                      if (!turn.completed) {
                        giveUp(turn, new TurnTimeoutError({ threadId, turnId, timeoutMs: Duration.toMillis(timeout) }))
                      }
                    }))
                  )
                )
              }
              if (idle !== undefined && !turn.completed) fork(turn, watchIdle(turn, idle))
              return Effect.succeed({
                subscription: {
                  threadId,
                  turnId,
                  response: response as TurnStartResponse,
                  events: Mailbox.toStream(mailbox),
                  takeAll: mailbox.takeAll,
                  isCompleted: Effect.sync(() => turn.completed)
                },
                takeAll: mailbox.takeAll,
                release
              })
            })
          )
        }))

    /** `openWith` for the life of the caller's scope: the release is its finalizer. */
    const startWith = (
      method: "turn/start" | "review/start",
      params: { readonly threadId: string },
      startOptions: StartOptions
    ): Effect.Effect<TurnSubscription, ThreadBusyError | RequestError, Scope.Scope> =>
      Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(Effect.scope, (scope) =>
          Effect.flatMap(openWith(method, params, startOptions, restore), (opened) =>
            Effect.as(Scope.addFinalizer(scope, opened.release), opened.subscription)))
      )

    const self: Service = {
      start: (params, startOptions = {}) => startWith("turn/start", params, startOptions),
      startReview: (params, startOptions = {}) => startWith("review/start", params, startOptions),
      emit: (event) => Effect.sync(() => route(event)),
      handlerFor: (request) => {
        const at = attribution(request)
        return at !== undefined ? ownerOf(at)?.handler : undefined
      },
      traceFor: (request) => {
        const at = attribution(request)
        const trace = at !== undefined ? ownerOf(at)?.trace : undefined
        return trace !== undefined ? { span: trace.span, tracer: trace.tracer } : undefined
      },
      follow,
      threadEvents: (threadId) => Stream.unwrapScoped(subscribeThread(threadId)),
      subscribeThread
    }
    FastPath.registerOpen(self, openWith)
    Connection.registerReattachable(self, {
      enable: () => {
        completedItems ??= new WeakMap()
      },
      runningThreads: () => Array.from(threads.keys()),
      reattached: (threadId, resumed, attempt) => {
        const turn = threads.get(threadId)
        if (turn === undefined || turn.completed || turn.turnId === undefined) return
        const turnId = turn.turnId
        deliver(turn, { _tag: "Reconnected", method: "effect-codex/reconnected", params: { threadId, turnId, attempt } })
        const thread = (resumed as { thread?: { turns?: ReadonlyArray<Turn_> } } | null | undefined)?.thread
        const now = thread?.turns?.find((t) => t?.id === turnId)
        if (now === undefined || now.status === "inProgress" || turn.completed) return
        // it ended while the connection was down: what it had not delivered, then its end
        const seen = completedItems?.get(turn)
        for (const item of now.items ?? []) {
          if (typeof item?.id === "string" && seen?.has(item.id)) continue
          deliver(turn, decodeNotification("item/completed", { threadId, turnId, item, completedAtMs: Date.now() }))
        }
        if (!turn.completed) deliver(turn, decodeNotification("turn/completed", { threadId, turn: now }))
      },
      lost: (threadId, error) => {
        // ended here, as the close path ends a turn: the thread is free again
        const turn = threads.get(threadId)
        if (turn === undefined || turn.completed) return
        turn.completed = true
        threads.delete(threadId)
        if (turn.turnId !== undefined && turns.get(turn.turnId) === turn) turns.delete(turn.turnId)
        for (const [id, owner] of requestTurns) if (owner === turn) requestTurns.delete(id)
        detach(turn, Exit.fail(error))
        retire(turn, "lost", Exit.fail(error))
        for (const fiber of turn.watchers) fiber.unsafeInterruptAsFork(FiberId.none)
      }
    })
    Diagnostics.register(self, () => ({
      turns: turns.size,
      busyThreads: threads.size,
      openRequests: requestTurns.size,
      threadSubscribers: threadSubscribers.size
    }))
    return self
  })

/**
 * The registry as a layer, over the `RpcRouter` it requires.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<TurnRegistry, never, RpcRouter> =>
  Layer.scoped(TurnRegistry, make(options))
