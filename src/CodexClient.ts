/**
 * CodexClient: typed methods over the router and the turn registry, lazy one-time initialization,
 * the global notification stream, and turn handles.
 *
 * @since 0.1.0
 */
import * as Channel from "effect/Channel"
import * as Chunk from "effect/Chunk"
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type * as Tracer from "effect/Tracer"
import { createRequire } from "node:module"
import {
  type FollowError,
  type InitializeFailure,
  ProtocolError,
  type RequestError,
  TransportError,
  type TurnResultError,
  type TurnStartError,
  type TurnStreamError
} from "./CodexError.js"
import {
  ClientRequests,
  type ClientRequestMethod,
  type ClientRequestParams,
  type ClientRequestResponse
} from "./generated/methods.js"
import type {
  InitializeResponse,
  ReviewDelivery,
  ReviewTarget,
  TurnStartParams,
  TurnSteerResponse,
  UserInput
} from "./generated/schemas.js"
import { decodePayload } from "./internal/codec.js"
import * as Connection from "./internal/connection.js"
import * as DiagnosticsTable from "./internal/diagnostics.js"
import * as FastPath from "./internal/fastPath.js"
import {
  attr,
  decisionOf,
  idsOf,
  isTracing,
  recordApproval,
  registerClientTracing,
  SPAN_APPROVAL
} from "./internal/observability.js"
import * as Approvals from "./Approvals.js"
import { makeHandshake } from "./internal/handshake.js"
import { makeNotificationHub } from "./internal/notificationHub.js"
import * as Subscriptions from "./internal/subscriptions.js"
import * as RpcRouter from "./RpcRouter.js"
import type * as ServerRequestHandler from "./ServerRequestHandler.js"
import { makeFold, type RunResult, type RunResultFold } from "./RunResult.js"
import * as Transport from "./Transport.js"
import * as TurnRegistry from "./TurnRegistry.js"

const packageVersion: string = (() => {
  try {
    return (createRequire(import.meta.url)("../package.json") as { version: string }).version
  } catch {
    return "0.0.0"
  }
})()

/**
 * What a turn takes as input: a string (a text item), one input item, or several.
 *
 * @since 0.1.0
 * @category models
 */
export type Input = string | UserInput | ReadonlyArray<UserInput>

/**
 * An `Input` as the list of input items `turn/start` and `turn/steer` send.
 *
 * @since 0.1.0
 * @category utils
 */
export const toUserInput = (input: Input): ReadonlyArray<UserInput> =>
  typeof input === "string" ? [{ type: "text", text: input }] : Array.isArray(input) ? input : [input as UserInput]

/**
 * Options of one `request`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestOptions {
  /** Overrides the client's request timeout for this call. */
  readonly timeout?: Duration.DurationInput
}

/**
 * The arguments of `request(method, …)`: params are optional exactly when the method takes none.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestArgs<M extends ClientRequestMethod> = undefined extends ClientRequestParams<M>
  ? [params?: ClientRequestParams<M>, options?: RequestOptions]
  : [params: ClientRequestParams<M>, options?: RequestOptions]

/**
 * Options of one turn (`turn`, and the `Codex` turn verbs).
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnOptions {
  /** Extra `turn/start` params (model, effort, cwd, approvalPolicy, outputSchema, …). */
  readonly params?: Partial<Omit<TurnStartParams, "threadId" | "input">>
  /**
   * Time limit of the `turn/start` request itself. A caller that gives up (this limit, or
   * interruption) while the request is in flight does not leave an orphan behind: when the late
   * response names the turn, the client interrupts it, and the thread stays busy until the
   * server completes it.
   */
  readonly startTimeout?: Duration.DurationInput
  /**
   * Time limit of the whole turn (off by default): past it the turn is interrupted on the server
   * and fails with `TurnTimeoutError`.
   */
  readonly timeout?: Duration.DurationInput
  /**
   * Recovery of a lost `turn/completed` (off by default; client default `turnIdleTimeout`): after
   * this long without an event the client asks the server (`thread/read`) and, if the turn has
   * finished, ends it with the server's status and items; if it still runs, waits again.
   */
  readonly idleTimeout?: Duration.DurationInput
  /** Time limit of the `turn/interrupt` sent when a running turn is left (default 5 s). */
  readonly interruptTimeout?: Duration.DurationInput
  /**
   * Handlers for this turn's server requests only: those attributed to this turn (by turn id, or
   * by thread id for requests that name no turn), from its `turn/start` on, including requests
   * that arrive before the `turn/start` answer. They never answer another turn's requests, and
   * are dropped as soon as the turn completes or its consumer leaves. A method without one falls
   * back to the client's `Approvals` (by default: the safe answer).
   */
  readonly approvals?: Approvals.Handlers<CodexClient>
}

/**
 * A running turn, alive for its Scope. Closing the scope while it runs detaches its buffer at once
 * and interrupts the turn on the server in the background.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnHandle {
  readonly threadId: string
  readonly turnId: string
  /** The turn's events, ending after `turn/completed`. One consumer at a time. */
  readonly stream: Stream.Stream<TurnRegistry.TurnEvent, TurnStreamError>
  /** Drains what is left of `stream` and folds the whole turn into a RunResult. */
  readonly result: Effect.Effect<RunResult, TurnResultError>
  /** Adds input to the running turn (`turn/steer`). */
  readonly steer: (input: Input) => Effect.Effect<TurnSteerResponse, RequestError>
  /** Asks the server to interrupt the turn; the stream then ends with status `interrupted`. */
  readonly interrupt: Effect.Effect<void, RequestError>
}

/**
 * Server facts from the `initialize` handshake.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerInfo {
  readonly name: string
  readonly version: string
  readonly userAgent: string
  readonly response: InitializeResponse
}

/**
 * The client's operations: `yield* CodexClient` gives them.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Any method of the protocol, typed from the method name; the response is validated. */
  readonly request: <M extends ClientRequestMethod>(
    method: M,
    ...args: RequestArgs<M>
  ) => Effect.Effect<ClientRequestResponse<M>, RequestError>
  /**
   * Every server notification (turn-scoped ones included), from a bounded sliding buffer per
   * subscriber: a slow subscriber loses its oldest notifications, never blocks the client.
   * Ends with the close reason when the connection closes.
   */
  readonly notifications: Stream.Stream<RpcRouter.Notification, TransportError | ProtocolError>
  /**
   * Initializes once and returns the server's facts. The handshake belongs to the client, not to
   * its first caller: concurrent callers share it, a caller that is interrupted or times out
   * leaves it running for the next one, and a refused handshake is tried again by the next call.
   */
  readonly initialize: Effect.Effect<ServerInfo, InitializeFailure>
  /** Starts a turn and returns its handle, alive for the Scope. */
  readonly turn: (
    threadId: string,
    input: Input,
    options?: TurnOptions
  ) => Effect.Effect<TurnHandle, TurnStartError, Scope.Scope>
  /**
   * Starts a review (`review/start`, inline on the thread) and returns the review turn's handle,
   * alive for the Scope, exactly like `turn`: the review's events are kept even when they arrive
   * before the answer, the thread is busy until the review completes, and leaving the scope while
   * it runs interrupts it.
   */
  readonly reviewTurn: (
    threadId: string,
    target: ReviewTarget,
    options?: ReviewOptions
  ) => Effect.Effect<TurnHandle, TurnStartError, Scope.Scope>
  /**
   * A handle on a running turn this client did not start (a review, a goal's turns, compaction,
   * a queued turn, or one started before this client connected), alive for the Scope: the same
   * `stream`, `result`, `steer` and `interrupt` as `turn`'s. See `FollowOptions`.
   */
  readonly followTurn: (
    threadId: string,
    turnId: string,
    options?: FollowOptions
  ) => Effect.Effect<TurnHandle, FollowError, Scope.Scope>
  /**
   * Every event of a thread, across its turns, for as long as the stream is consumed (see
   * `TurnRegistry.Service.threadEvents`).
   */
  readonly threadEvents: (threadId: string) => Stream.Stream<TurnRegistry.TurnEvent, TurnStreamError | InitializeFailure>
  /**
   * `threadEvents`, subscribed when this effect completes, for the life of the scope: subscribe,
   * then start what causes the events (a review, a goal), and nothing is missed.
   */
  readonly subscribeThread: (
    threadId: string
  ) => Effect.Effect<Stream.Stream<TurnRegistry.TurnEvent, TurnStreamError>, InitializeFailure, Scope.Scope>
  /**
   * The notifications that match `predicate`, subscribed when this effect completes, for the life
   * of the scope: subscribe, then send the request whose notifications you want, and none is
   * missed, not even those the server sends before its answer. Lossless and bounded, unlike
   * `notifications`: a consumer that falls `capacity` behind (default 4096) ends the stream with
   * `NotificationBufferFullError`; the connection's close ends it with the reason. `end` stops
   * matching (the stream yields what it holds, then ends). The predicate runs on the reader
   * fiber for every notification: keep it cheap; one that throws ends its subscription with a
   * defect. A client with no subscription does no work for them.
   */
  readonly subscribeNotifications: (
    predicate: (notification: RpcRouter.Notification) => boolean,
    options?: Subscriptions.SubscribeOptions
  ) => Effect.Effect<Subscriptions.NotificationSubscription, never, Scope.Scope>
}

export type {
  /**
   * What `subscribeNotifications` returns: the `stream` of matching notifications, and `end`,
   * which stops matching (the stream yields what it holds, then ends).
   *
   * @since 0.1.0
   * @category models
   */
  NotificationSubscription,
  /**
   * Options of `subscribeNotifications`: `capacity` (notifications held for a slow consumer,
   * default 4096) and `name` (names the subscription in its `NotificationBufferFullError`).
   *
   * @since 0.1.0
   * @category models
   */
  SubscribeOptions
} from "./internal/subscriptions.js"

/**
 * Options of `reviewTurn` (and `Codex.review`): where the review runs, and the per-turn options of
 * `TurnOptions` (approvals, time limits).
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewOptions extends Omit<TurnOptions, "params"> {
  /** `inline`: on the thread itself (the default, and the only delivery codex 0.169.0 has). */
  readonly delivery?: ReviewDelivery
}

/**
 * Options of `followTurn`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FollowOptions {
  /** Handlers for this turn's server requests while it is followed (see `TurnOptions.approvals`). */
  readonly approvals?: Approvals.Handlers<CodexClient>
  /** See `TurnOptions.idleTimeout`. */
  readonly idleTimeout?: Duration.DurationInput
  /**
   * Leaving the handle's scope while the turn runs interrupts it on the server. Default false: a
   * follower only detaches, and the turn goes on (it is not the follower's).
   */
  readonly interruptOnLeave?: boolean
  /** Time limit of that `turn/interrupt`, and of the `thread/read` that checks an unknown turn (5 s). */
  readonly interruptTimeout?: Duration.DurationInput
}

/**
 * The client service: `yield* CodexClient` gives its `Service`. Provide it with `layer`,
 * `layerConfig` or `CodexLive`.
 *
 * @since 0.1.0
 * @category tags
 */
export class CodexClient extends Context.Tag("effect-codex/CodexClient")<CodexClient, Service>() {}

/**
 * `CodexClient.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace CodexClient {
  /**
   * The service's operations.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = CodexClientService
}

type CodexClientService = Service

/**
 * Sizes of a client's internal tables: requests written and not yet answered, turns the server
 * has not completed, threads held by such a turn (or one still starting), `notifications`
 * subscribers. All four return to 0 when nothing is running: a leak check for tests and health
 * endpoints.
 *
 * @since 0.1.0
 * @category diagnostics
 */
export interface Diagnostics {
  readonly pendingRequests: number
  readonly turns: number
  readonly busyThreads: number
  readonly subscribers: number
}

const noDiagnostics: Diagnostics = { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 }

/**
 * The current `Diagnostics` of the provided client. Kept off the `Service` interface: a client made
 * by hand (a test double) has none, and reads as all zeros.
 *
 * @since 0.1.0
 * @category diagnostics
 */
export const diagnostics: Effect.Effect<Diagnostics, never, CodexClient> = Effect.map(
  CodexClient,
  (client) => DiagnosticsTable.read<Diagnostics>(client) ?? noDiagnostics
)

/**
 * Options of the client itself (the handshake, notifications, approvals).
 *
 * @since 0.1.0
 * @category models
 */
export interface ClientOptions {
  /** Sent in `initialize`; default `{ name: "effect-codex", version: <package version> }`. */
  readonly clientInfo?: { readonly name: string; readonly title?: string; readonly version: string }
  /** Opt into experimental methods and fields (default false). */
  readonly experimentalApi?: boolean
  /** Notification methods the server should not send. */
  readonly optOutNotificationMethods?: ReadonlyArray<string>
  /** Buffer of each `notifications` subscriber (default 512, sliding). */
  readonly notificationBufferSize?: number
  /**
   * Handlers for server requests (approvals and more). Default: the `Approvals` service when one
   * is provided, else `Approvals.declineAll` (every request gets its safe answer).
   */
  readonly approvals?: Approvals.Handlers<CodexClient>
  /** Time limit of one approval handler (default 5 minutes). */
  readonly approvalTimeout?: Duration.DurationInput
}

/**
 * Everything a client layer takes: the client's options and those of the router and the turn
 * registry below it.
 *
 * @since 0.1.0
 * @category models
 */
export type Options = ClientOptions & RpcRouter.Options & TurnRegistry.Options

/**
 * Makes the client over the router and the turn registry in context. Scoped: releasing the scope
 * closes the connection, so that every waiter fails at once with the reason.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: Options = {}
): Effect.Effect<Service, never, RpcRouter.RpcRouter | TurnRegistry.TurnRegistry | Scope.Scope> =>
  Effect.gen(function*() {
    const router = yield* RpcRouter.RpcRouter
    const registry = yield* TurnRegistry.TurnRegistry
    const provided = yield* Approvals.Approvals
    const approvals: Approvals.Service = {
      handlers: options.approvals ?? provided.handlers,
      timeout: options.approvalTimeout !== undefined ? Duration.decode(options.approvalTimeout) : provided.timeout
    }

    const hub = yield* makeNotificationHub(router, options.notificationBufferSize ?? 512)
    const subscriptions = yield* Subscriptions.makeSubscriptions(router)
    const { initialize, initialized, isDone, reinitialize } = yield* makeHandshake(router, {
      clientInfo: options.clientInfo ?? { name: "effect-codex", version: packageVersion },
      experimentalApi: options.experimentalApi ?? false,
      ...(options.optOutNotificationMethods !== undefined
        ? { optOutNotificationMethods: options.optOutNotificationMethods }
        : {}),
      requestTimeout: options.requestTimeout ?? "60 seconds"
    })

    const reattach = yield* reattachOnReconnect(router, registry, reinitialize)

    const requestRaw = (method: string, params: unknown, timeout?: Duration.DurationInput) =>
      Effect.flatMap(
        reattach === undefined
          ? router.request(method, params, timeout !== undefined ? { timeout } : undefined)
          : reattach.track(method, params, router.request(method, params, timeout !== undefined ? { timeout } : undefined)),
        (result) => {
          const spec = (ClientRequests as Record<string, { response: any }>)[method]
          if (spec === undefined) return Effect.succeed(result)
          const decoded = decodePayload(spec.response, result, `${method} result`)
          return decoded._tag === "Ok" ? Effect.succeed(decoded.value) : Effect.fail(decoded.error)
        }
      )

    const request = <M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>) =>
      Effect.suspend(() =>
        isDone()
          ? requestRaw(method, args[0], args[1]?.timeout)
          : Effect.zipRight(initialized(args[1]?.timeout), requestRaw(method, args[0], args[1]?.timeout))
      ) as Effect.Effect<ClientRequestResponse<M>, RequestError>

    /** A server-request handler from approval handlers, run with the client available. */
    function answerWith(handlers: Approvals.Handlers<CodexClient>): ServerRequestHandler.ServerRequestHandler.Service {
      return {
        handle: (request) =>
          Approvals.answer(handlers, approvals.timeout, request).pipe(Effect.provideService(CodexClient, self))
      }
    }

    const turn = (threadId: string, input: Input, turnOptions: TurnOptions = {}) =>
      Effect.gen(function*() {
        yield* initialize
        const subscription = yield* registry.start(
          { ...turnOptions.params, threadId, input: toUserInput(input) },
          startOptionsOf(turnOptions)
        )
        return handleOf(threadId, subscription)
      })

    /** The registry's options for a turn the client starts. */
    const startOptionsOf = (turnOptions: Omit<TurnOptions, "params">): TurnRegistry.StartOptions => ({
      ...(turnOptions.startTimeout !== undefined ? { startTimeout: turnOptions.startTimeout } : {}),
      ...(turnOptions.timeout !== undefined ? { timeout: turnOptions.timeout } : {}),
      ...(turnOptions.idleTimeout !== undefined ? { idleTimeout: turnOptions.idleTimeout } : {}),
      ...(turnOptions.interruptTimeout !== undefined ? { interruptTimeout: turnOptions.interruptTimeout } : {}),
      ...(turnOptions.approvals !== undefined
        ? { serverRequests: answerWith({ ...approvals.handlers, ...turnOptions.approvals }) }
        : {})
    })

    const reviewTurn = (threadId: string, target: ReviewTarget, reviewOptions: ReviewOptions = {}) =>
      Effect.gen(function*() {
        yield* initialize
        const subscription = yield* registry.startReview(
          { threadId, target, ...(reviewOptions.delivery !== undefined ? { delivery: reviewOptions.delivery } : {}) },
          startOptionsOf(reviewOptions)
        )
        return handleOf(threadId, subscription)
      })

    const followTurn = (threadId: string, turnId: string, followOptions: FollowOptions = {}) =>
      Effect.gen(function*() {
        yield* initialize
        const perTurn = followOptions.approvals
        const subscription = yield* registry.follow(threadId, turnId, {
          ...(followOptions.idleTimeout !== undefined ? { idleTimeout: followOptions.idleTimeout } : {}),
          ...(followOptions.interruptOnLeave !== undefined ? { interruptOnLeave: followOptions.interruptOnLeave } : {}),
          ...(followOptions.interruptTimeout !== undefined ? { interruptTimeout: followOptions.interruptTimeout } : {}),
          ...(perTurn !== undefined ? { serverRequests: answerWith({ ...approvals.handlers, ...perTurn }) } : {})
        })
        return handleOf(threadId, subscription)
      })

    /** The handle on a subscribed turn: its stream, its fold, steer and interrupt. */
    const handleOf = (threadId: string, subscription: TurnRegistry.TurnFollow): TurnHandle => {
      const { turnId } = subscription
      const interruptWithin = (timeout?: Duration.DurationInput) =>
        Effect.asVoid(requestRaw("turn/interrupt", { threadId, turnId }, timeout))
      const fold = makeFold(threadId, turnId)
      const stream = subscription.events.pipe(
        Stream.mapChunks((chunk) => {
          for (const event of chunk) fold.add(event)
          return chunk
        })
      )
      // The fold drains what is left of the turn in batches, without a Stream pipeline per turn
      // (which costs more than the turn itself when thousands run at once).
      const drain: Effect.Effect<void, TurnStreamError> = Effect.flatMap(subscription.takeAll, ([batch, done]) => {
        for (const event of batch) fold.add(event)
        return done ? Effect.void : drain
      })
      const result = Effect.zipRight(drain, resultOf(turnId, fold))
      return {
        threadId,
        turnId,
        stream,
        result,
        steer: (more: Input) =>
          requestRaw("turn/steer", { threadId, input: toUserInput(more), expectedTurnId: turnId }) as Effect.Effect<
            TurnSteerResponse,
            RequestError
          >,
        interrupt: interruptWithin()
      } satisfies TurnHandle
    }

    // ---- scope-free paths of the verbs that consume a turn on one fiber (internal/fastPath.ts)

    const open = FastPath.openOf(registry)

    /**
     * Starts a turn and hands it to `consume` on this fiber; the turn is released when `consume`
     * ends, however it ends. Without a scope when the registry is ours; through `start` and a
     * scope of its own otherwise.
     */
    const runTurn = <A, E, R>(
      threadId: string,
      input: Input,
      turnOptions: TurnOptions,
      consume: (turnId: string, takeAll: FastPath.OpenedTurn["takeAll"]) => Effect.Effect<A, E, R>
    ): Effect.Effect<A, E | TurnStartError, R> => {
      const params = { ...turnOptions.params, threadId, input: toUserInput(input) }
      const startOptions = startOptionsOf(turnOptions)
      if (open === undefined) {
        return Effect.zipRight(
          initialize,
          Effect.scoped(Effect.flatMap(registry.start(params, startOptions), (subscription) =>
            consume(
              subscription.turnId,
              Effect.map(subscription.takeAll, ([batch, done]) => [Chunk.fromIterable(batch), done] as const)
            )))
        )
      }
      return Effect.zipRight(
        initialize,
        Effect.uninterruptibleMask((restore) =>
          Effect.flatMap(open("turn/start", params, startOptions, restore), (opened) =>
            Effect.onExit(restore(consume(opened.subscription.turnId, opened.takeAll)), () => opened.release))
        )
      )
    }

    /** The fold's result once the turn is drained. */
    const resultOf = (turnId: string, fold: RunResultFold): Effect.Effect<RunResult, TurnResultError> =>
      Effect.suspend(() => {
        const folded = fold.result()
        if (folded === undefined) {
          return Effect.fail(
            new ProtocolError({ reason: "InvalidPayload", detail: `turn ${turnId} ended without turn/completed` })
          )
        }
        return "_tag" in folded ? Effect.fail(folded) : Effect.succeed(folded)
      })

    const paths: FastPath.ClientPaths = {
      run: (threadId, input, turnOptions = {}) =>
        runTurn(threadId, input, turnOptions, (turnId, takeAll) => {
          const fold = makeFold(threadId, turnId)
          const drain: Effect.Effect<void, TurnStreamError> = Effect.flatMap(takeAll, ([batch, done]) => {
            for (const event of batch) fold.add(event)
            return done ? Effect.void : drain
          })
          return Effect.zipRight(drain, resultOf(turnId, fold))
        }),
      runForEach: (threadId, input, f, turnOptions = {}) =>
        runTurn(threadId, input, turnOptions, (turnId, takeAll) => {
          const fold = makeFold(threadId, turnId)
          const loop: Effect.Effect<void, any, any> = Effect.flatMap(takeAll, ([batch, done]) => {
            const events = Chunk.toReadonlyArray(batch)
            let i = 0
            // one event at a time, folded as it is handed over: the result is the fold of what
            // the callback saw, and a callback that fails stops the turn at that event
            const next: Effect.Effect<void, any, any> = Effect.suspend(() => {
              while (i < events.length) {
                const event = events[i++]!
                fold.add(event)
                const effect = f(event)
                if (effect !== Effect.void) return Effect.zipRight(effect, next)
              }
              return done ? Effect.void : loop
            })
            return next
          })
          return Effect.zipRight(loop, resultOf(turnId, fold))
        }),
      stream: (threadId, input, turnOptions = {}) =>
        Stream.fromChannel(Channel.suspend(() => {
          let release: Effect.Effect<void> | undefined
          const params = { ...turnOptions.params, threadId, input: toUserInput(input) }
          const startOptions = startOptionsOf(turnOptions)
          const opened = Effect.zipRight(
            initialize,
            Effect.uninterruptibleMask((restore) =>
              Effect.map(open!("turn/start", params, startOptions, restore), (turn) => {
                release = turn.release
                return turn.takeAll
              })
            )
          )
          return Channel.fromEffect(opened).pipe(
            Channel.flatMap(FastPath.drainChannel),
            Channel.ensuring(Effect.suspend(() => release ?? Effect.void))
          )
        }))
    }

    const clientHandler = answerWith(approvals.handlers)
    const self: Service = {
      request,
      notifications: hub.notifications,
      initialize,
      turn,
      reviewTurn,
      followTurn,
      threadEvents: (threadId) => Stream.unwrap(Effect.as(initialize, registry.threadEvents(threadId))),
      subscribeThread: (threadId) => Effect.zipRight(initialize, registry.subscribeThread(threadId)),
      subscribeNotifications: subscriptions.subscribe
    }
    registerClientTracing(self, options.tracing)
    if (open !== undefined) FastPath.registerClient(self, paths)
    DiagnosticsTable.register(self, (): Diagnostics => ({
      pendingRequests: DiagnosticsTable.read<{ pendingRequests: number }>(router)?.pendingRequests ?? 0,
      turns: DiagnosticsTable.read<{ turns: number }>(registry)?.turns ?? 0,
      busyThreads: DiagnosticsTable.read<{ busyThreads: number }>(registry)?.busyThreads ?? 0,
      subscribers: hub.size() + subscriptions.size()
    }))

    // Releasing the client closes the connection first, so that everything that uses it fails
    // at once with the reason, before any layer below is released.
    yield* Effect.addFinalizer(() =>
      router.closeWith(new TransportError({ reason: "Closed", detail: "the client's scope closed the connection" }))
    )

    // Server requests: the handler of the turn the request belongs to (its own approvals over the
    // client's), else the client's Approvals; on the request's own fiber with the client
    // available; the answer is shown in the turn's stream before it is written.
    // Each answer is counted in `Metrics.approvals`; when traced, it is a `codex.approval` span
    // under its turn's span (made with the turn's tracer: this fiber is the router's).
    const answerRequest = (request: RpcRouter.ServerRequest | RpcRouter.UnknownServerRequest, span?: Tracer.Span) =>
      (registry.handlerFor(request) ?? clientHandler).handle(request).pipe(
        Effect.tap((answer) => {
          const decision = decisionOf(answer)
          recordApproval(request.method, decision)
          span?.attribute(attr.decision, decision)
          // a typed request's answer is typed by its method (the handlers' answers are checked
          // against the method's response schema before they get here)
          return registry.emit(
            request._tag === "ServerRequest"
              ? {
                _tag: "ServerRequestAnswered",
                id: request.id,
                method: request.method,
                params: request.params,
                answer
              } as TurnRegistry.ServerRequestAnswered
              : {
                _tag: "UnknownServerRequestAnswered",
                id: request.id,
                method: request.method,
                params: request.params,
                answer
              }
          )
        })
      )
    yield* router.handleServerRequests({
      handle: (request) =>
        Effect.withFiberRuntime((fiber) => {
          const trace = registry.traceFor(request)
          if (trace === undefined && !isTracing(options.tracing, fiber)) return answerRequest(request)
          const ids = idsOf(request.params)
          const traced = Effect.useSpan(
            SPAN_APPROVAL,
            {
              attributes: {
                [attr.method]: request.method,
                [attr.requestId]: String(request.id),
                ...(ids.threadId !== undefined ? { [attr.threadId]: ids.threadId } : {}),
                ...(ids.turnId !== undefined ? { [attr.turnId]: ids.turnId } : {})
              },
              ...(trace !== undefined ? { parent: trace.span } : {}),
              captureStackTrace: false
            },
            (span) => Effect.withParentSpan(answerRequest(request, span), span)
          )
          return trace !== undefined ? Effect.withTracer(traced, trace.tracer) : traced
        })
    })
    return self
  })

/** Methods whose answer names a thread this connection then has loaded. */
const LOADING = new Set(["thread/start", "thread/resume", "thread/fork"])
/** Methods after which the connection no longer has the thread loaded. */
const UNLOADING = new Set(["thread/unsubscribe", "thread/archive", "thread/delete"])

/**
 * With a transport that reconnects: the threads this connection has loaded, and the step that
 * re-attaches them on a new connection (initialize again, `thread/resume` each thread, tell their
 * running turns). Undefined over a transport that does not reconnect: nothing is tracked.
 */
const reattachOnReconnect = (
  router: RpcRouter.Service,
  registry: TurnRegistry.Service,
  reinitialize: Effect.Effect<void, InitializeFailure>
) =>
  Effect.suspend(() => {
    // the router passes on its transport's lifecycle, keyed by itself
    const lifecycle = Connection.lifecycleOf(router)
    const reattachable = Connection.reattachableOf(registry)
    if (lifecycle === undefined || reattachable === undefined) return Effect.succeed(undefined)
    reattachable.enable()
    const loaded = new Set<string>()
    lifecycle.onReattach(({ attempt }) =>
      Effect.gen(function*() {
        yield* reinitialize
        const threads = new Set([...loaded, ...reattachable.runningThreads()])
        yield* Effect.forEach(threads, (threadId) =>
          router.request("thread/resume", { threadId }, {
            onResponse: (result) => reattachable.reattached(threadId, result, attempt)
          }).pipe(
            Effect.catchAll((error) =>
              Effect.gen(function*() {
                // a drop during the re-attach ends it: the next reconnect starts over
                if (error._tag === "TransportError") return yield* error
                loaded.delete(threadId)
                reattachable.lost(
                  threadId,
                  new TransportError({
                    reason: "Closed",
                    detail: `the connection came back, but thread ${threadId} could not be resumed: ${error.message}`
                  })
                )
                yield* Effect.logWarning(`thread ${threadId} could not be resumed after a reconnect: ${error.message}`)
              })
            )
          ), { concurrency: 8, discard: true })
      }).pipe(Effect.annotateLogs({ module: "CodexClient", reconnect: attempt })))
    return Effect.succeed({
      track: <A, E, R>(method: string, params: unknown, request: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
        LOADING.has(method)
          ? Effect.tap(request, (result) =>
            Effect.sync(() => {
              const id = (result as { thread?: { id?: unknown } } | null | undefined)?.thread?.id
              if (typeof id === "string") loaded.add(id)
            }))
          : UNLOADING.has(method)
          ? Effect.tap(request, () =>
            Effect.sync(() => {
              const id = (params as { threadId?: unknown } | null | undefined)?.threadId
              if (typeof id === "string") loaded.delete(id)
            }))
          : request
    })
  })

/**
 * The client over whatever Transport the context provides (stdio, test, or your own).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerFromTransport = (options: Options = {}): Layer.Layer<CodexClient, never, Transport.Transport> =>
  Layer.scoped(CodexClient, make(options)).pipe(
    Layer.provide(TurnRegistry.layer(options)),
    Layer.provide(RpcRouter.layer(options))
  )

/**
 * The client over the stdio transport: spawns the pinned codex binary (or `binaryPath`).
 *
 * @example
 * ```ts
 * import { Approvals, Codex, CodexClient } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const CodexLayer = CodexClient.layer({
 *   // codex config overrides, passed as `-c model="gpt-5-codex"` and so on
 *   config: { model: "gpt-5-codex", model_reasoning_effort: "high" },
 *   cwd: "/work/repo",
 *   // time limit of control requests (default 60 s)
 *   requestTimeout: "30 seconds",
 *   // `git status` and `git diff …` may run; every other server request gets its safe answer
 *   approvals: Approvals.fromPredicates({ command: Approvals.commandPrefixes(["git status", "git diff"]) })
 * })
 *
 * // Spawns codex when run: `Effect.runPromise(program)`.
 * const program = Codex.listThreads({ limit: 10 }).pipe(Effect.provide(CodexLayer))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options & Transport.StdioOptions = {}
): Layer.Layer<CodexClient, TransportError> =>
  layerFromTransport(options).pipe(Layer.provide(Transport.layerStdio(options)))

/**
 * The client over a WebSocket (`ws://`, `wss://`) or a unix socket (`unix:///path`) to an
 * app-server that listens: a shared local daemon (`CodexServer`) or a remote one. Every `Codex`
 * verb works as over stdio. With `reconnect`, a dropped connection comes back: see
 * `Transport.WebSocketOptions`.
 *
 * @example
 * ```ts
 * import { Codex, CodexClient, Transport } from "effect-codex"
 * import * as Effect from "effect/Effect"
 * import * as Redacted from "effect/Redacted"
 *
 * const Remote = CodexClient.layerWebSocket({
 *   url: "ws://127.0.0.1:4500",
 *   bearerToken: Redacted.make(process.env.CODEX_WS_TOKEN ?? ""),
 *   reconnect: Transport.defaultReconnect
 * })
 * const program = Codex.listThreads({ limit: 10 }).pipe(Effect.provide(Remote))
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWebSocket = (
  options: Options & Transport.WebSocketOptions
): Layer.Layer<CodexClient, TransportError> =>
  layerFromTransport(options).pipe(Layer.provide(Transport.layerWebSocket(options)))

/**
 * `layer` configured from the environment through Effect `Config`:
 * `CODEX_PATH` (binary), `CODEX_HOME`, `CODEX_CWD`, `CODEX_REQUEST_TIMEOUT` (a duration such as
 * "30 seconds"), `CODEX_EXPERIMENTAL_API` (boolean). Explicit `options` win.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  options: Options & Transport.StdioOptions = {}
): Layer.Layer<CodexClient, TransportError | ConfigError.ConfigError> =>
  Layer.unwrapEffect(
    Effect.map(
      Config.all({
        binaryPath: Config.option(Config.string("CODEX_PATH")),
        codexHome: Config.option(Config.string("CODEX_HOME")),
        cwd: Config.option(Config.string("CODEX_CWD")),
        requestTimeout: Config.option(Config.duration("CODEX_REQUEST_TIMEOUT")),
        experimentalApi: Config.option(Config.boolean("CODEX_EXPERIMENTAL_API"))
      }),
      (config) => {
        const fromEnv: Record<string, unknown> = {}
        for (const [key, value] of Object.entries(config) as Array<[string, Option.Option<unknown>]>) {
          if (Option.isSome(value)) fromEnv[key] = value.value
        }
        return layer({ ...fromEnv, ...options } as Options & Transport.StdioOptions)
      }
    )
  )
