/**
 * RpcRouter: envelopes and pending requests. A reader fiber, forked in the layer's scope, reads the
 * transport's lines, completes the `Deferred` of each answered request (registered before the
 * request is written), hands server requests to the `ServerRequestHandler` on fibers of their own,
 * and passes notifications to subscribers in arrival order. When the connection closes, for any
 * reason, every pending request fails with that reason and later calls fail at once.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as FiberSet from "effect/FiberSet"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ProtocolError, RequestTimeoutError, RpcError, TransportError } from "./CodexError.js"
import {
  decodeEnvelope,
  decodeNotification,
  decodeServerRequest,
  encodeErrorResponse,
  encodeNotification,
  encodeRequest,
  encodeResponse,
  type RequestId,
  type ServerNotification,
  type ServerRequest,
  type UnknownNotification,
  type UnknownServerRequest
} from "./internal/codec.js"
import { redact } from "./internal/redact.js"
import * as ServerRequestHandler from "./ServerRequestHandler.js"
import { type CloseReason, Transport } from "./Transport.js"

export type Notification = ServerNotification | UnknownNotification

/** Errors of one request. */
export type RequestError = RpcError | RequestTimeoutError | TransportError | ProtocolError

export interface RequestOptions {
  /** Default: the router's `requestTimeout` (60 s). `Duration.infinity` waits for ever. */
  readonly timeout?: Duration.DurationInput
  /**
   * Runs on the reader fiber as the successful response is routed, before any later line is
   * read: the place to register state that the server's next messages depend on.
   */
  readonly onResponse?: (result: unknown) => void
}

/**
 * Handles one notification on the reader fiber. Return nothing to stay on the fast path, or an
 * Effect to make the reader wait for it (that is how backpressure reaches the server).
 */
export type NotificationHandler = (notification: Notification) => Effect.Effect<void> | void

/** Observes one server request on the reader fiber before it is answered. */
export type ServerRequestObserver = (request: ServerRequest | UnknownServerRequest) => Effect.Effect<void> | void

export interface RpcRouter {
  readonly request: (
    method: string,
    params: unknown,
    options?: RequestOptions
  ) => Effect.Effect<unknown, RequestError>
  readonly notify: (method: string, params?: unknown) => Effect.Effect<void, TransportError>
  /** Adds a notification handler for the life of the scope. */
  readonly subscribe: (handler: NotificationHandler) => Effect.Effect<void, never, Scope.Scope>
  /**
   * Installs the handler that answers server requests for the life of the scope (the previous one
   * is restored after). Each request runs on its own fiber; exactly one answer is written.
   */
  readonly handleServerRequests: (handler: ServerRequestHandler.ServerRequestHandler) => Effect.Effect<void, never, Scope.Scope>
  /** Adds a server-request observer for the life of the scope. */
  readonly observeServerRequests: (observer: ServerRequestObserver) => Effect.Effect<void, never, Scope.Scope>
  /** Waits until the connection is closed and yields why. */
  readonly closed: Effect.Effect<CloseReason>
  /** The close reason, if closed. */
  readonly closeReason: Effect.Effect<Option.Option<CloseReason>>
  /** Closes the connection. */
  readonly close: Effect.Effect<void>
  /** Requests written and not yet answered (for tests and metrics). */
  readonly pendingCount: Effect.Effect<number>
}

export const RpcRouter: Context.Tag<RpcRouter, RpcRouter> = Context.GenericTag<RpcRouter>("effect-codex/RpcRouter")

/**
 * Retry of requests the server refused as overloaded (`-32001`): exponential backoff with jitter.
 * Defaults: 4 attempts, 250 ms doubling up to 2 s, ±20 %. `false` turns it off.
 */
export interface RetryOptions {
  readonly attempts?: number
  readonly initialDelay?: Duration.DurationInput
  readonly maxDelay?: Duration.DurationInput
  /** Relative jitter: 0.2 spreads each delay over ±20 %. */
  readonly jitter?: number
}

/** The retry schedule for overloaded requests, built from Effect `Schedule`. */
export const overloadSchedule = (options: RetryOptions = {}): Schedule.Schedule<unknown, RequestError> => {
  const jitter = options.jitter ?? 0.2
  const capped = Schedule.exponential(options.initialDelay ?? "250 millis", 2).pipe(
    Schedule.union(Schedule.spaced(options.maxDelay ?? "2 seconds"))
  )
  return (jitter > 0 ? Schedule.jitteredWith(capped, { min: 1 - jitter, max: 1 + jitter }) : capped).pipe(
    Schedule.intersect(Schedule.recurs(Math.max(0, (options.attempts ?? 4) - 1))),
    Schedule.whileInput((error: RequestError) => error._tag === "RpcError" && error.retryable)
  )
}

export interface Options {
  /** Default timeout of control requests (60 s). */
  readonly requestTimeout?: Duration.DurationInput
  /** Retry on overload (`-32001`); `false` turns it off. */
  readonly retry?: RetryOptions | false
  /** Invalid lines tolerated (logged and skipped) before the connection fails (default 100). */
  readonly maxInvalidLines?: number
}

interface Pending {
  readonly method: string
  readonly deferred: Deferred.Deferred<unknown, RequestError>
  readonly onResponse: ((result: unknown) => void) | undefined
}

export const make = (options: Options = {}): Effect.Effect<RpcRouter, never, Transport | Scope.Scope> =>
  Effect.gen(function*() {
    const transport = yield* Transport
    let handler: ServerRequestHandler.ServerRequestHandler = Option.getOrElse(
      yield* Effect.serviceOption(ServerRequestHandler.ServerRequestHandler),
      () => ServerRequestHandler.rejectAll
    )
    const defaultTimeout = Duration.decode(options.requestTimeout ?? "60 seconds")
    const maxInvalidLines = options.maxInvalidLines ?? 100

    const pending = new Map<RequestId, Pending>()
    const subscribers = new Set<NotificationHandler>()
    const observers = new Set<ServerRequestObserver>()
    const closedDeferred = yield* Deferred.make<CloseReason>()
    let closeReason: CloseReason | undefined
    let nextId = 1
    let invalidLines = 0
    const handlerFibers = yield* FiberSet.make()

    const closeWith = (reason: CloseReason) =>
      Effect.suspend(() => {
        if (closeReason !== undefined) return Effect.void
        closeReason = reason
        for (const entry of pending.values()) Deferred.unsafeDone(entry.deferred, Exit.fail(reason))
        pending.clear()
        return Deferred.succeed(closedDeferred, reason).pipe(
          Effect.zipRight(transport.close),
          Effect.zipRight(FiberSet.clear(handlerFibers))
        )
      }).pipe(Effect.uninterruptible)

    // ---- reading -------------------------------------------------------------------------------

    const answer = (request: ServerRequest | UnknownServerRequest) =>
      Effect.suspend(() => handler.handle(request)).pipe(
        Effect.catchAllCause((cause) =>
          Effect.succeed<ServerRequestHandler.Answer>({
            _tag: "Error",
            error: { code: ServerRequestHandler.INTERNAL_ERROR, message: `handler failed: ${cause}` }
          })
        ),
        Effect.flatMap((answer) =>
          transport.send(
            answer._tag === "Result"
              ? encodeResponse(request.id, answer.result)
              : encodeErrorResponse(request.id, answer.error)
          )
        ),
        Effect.catchAll((error) => Effect.logWarning(`could not answer ${request.method}: ${error.message}`))
      )

    const invalid = (error: ProtocolError): Effect.Effect<void, ProtocolError> => {
      invalidLines++
      if (invalidLines > maxInvalidLines) {
        return Effect.fail(
          new ProtocolError({
            reason: "TooManyInvalidLines",
            detail: `more than ${maxInvalidLines} lines from the server were not protocol messages; last: ${error.detail}`,
            ...(error.excerpt !== undefined ? { excerpt: redact(error.excerpt) } : {})
          })
        )
      }
      return Effect.logWarning(
        `skipped a line that is not a protocol message (${error.reason}: ${error.detail}): ${redact(error.excerpt ?? "")}`
      )
    }

    const dispatch = (
      notification: Notification
    ): Effect.Effect<void> | undefined => {
      let effects: Array<Effect.Effect<void>> | undefined
      for (const subscriber of subscribers) {
        const effect = subscriber(notification)
        if (effect !== undefined) (effects ??= []).push(effect)
      }
      if (notification._tag === "UnknownNotification") {
        const log = Effect.logDebug(
          `notification ${notification.method} is not typed (${notification.reason})` +
            (notification.decodeError ? `: ${notification.decodeError}` : "")
        )
        ;(effects ??= []).push(log)
      }
      return effects === undefined ? undefined : Effect.forEach(effects, (e) => e, { discard: true })
    }

    /** Returns an effect only when the line needs one; the common path is synchronous. */
    const handleLine = (line: string): Effect.Effect<void, ProtocolError> | undefined => {
      const envelope = decodeEnvelope(line)
      switch (envelope._tag) {
        case "ProtocolError":
          return invalid(envelope)
        case "Notification":
          return dispatch(decodeNotification(envelope.method, envelope.params))
        case "Response":
        case "ErrorResponse": {
          const entry = pending.get(envelope.id)
          if (entry === undefined) {
            return Effect.logWarning(`response to unknown or expired request id ${JSON.stringify(envelope.id)}`)
          }
          pending.delete(envelope.id)
          if (envelope._tag === "Response") {
            entry.onResponse?.(envelope.result)
            Deferred.unsafeDone(entry.deferred, Exit.succeed(envelope.result))
          } else {
            const { code, data, message } = envelope.error
            Deferred.unsafeDone(
              entry.deferred,
              Exit.fail(new RpcError({ method: entry.method, code, message, ...(data !== undefined ? { data } : {}) }))
            )
          }
          return undefined
        }
        case "ServerRequest": {
          const request = decodeServerRequest(envelope.id, envelope.method, envelope.params)
          let observed: Array<Effect.Effect<void>> | undefined
          for (const observer of observers) {
            const effect = observer(request)
            if (effect !== undefined) (observed ??= []).push(effect)
          }
          const run = FiberSet.run(handlerFibers, answer(request))
          return observed === undefined
            ? Effect.asVoid(run)
            : Effect.forEach(observed, (e) => e, { discard: true }).pipe(Effect.zipRight(run), Effect.asVoid)
        }
      }
    }

    const processChunk = (chunk: Chunk.Chunk<string>): Effect.Effect<void, ProtocolError> =>
      Effect.suspend(() => {
        const lines = Chunk.toReadonlyArray(chunk)
        let i = 0
        const loop: Effect.Effect<void, ProtocolError> = Effect.suspend(() => {
          while (i < lines.length) {
            const effect = handleLine(lines[i++]!)
            if (effect !== undefined) return Effect.zipRight(effect, loop)
          }
          return Effect.void
        })
        return loop
      })

    const scopeClosed = () => new TransportError({ reason: "Closed", detail: "the client's scope closed the connection" })
    yield* transport.incoming.pipe(
      Stream.runForEachChunk(processChunk),
      Effect.matchCauseEffect({
        onSuccess: () => closeWith(new TransportError({ reason: "Closed", detail: "the connection ended" })),
        onFailure: (cause) =>
          closeWith(Option.getOrElse(Chunk.head(Cause.failures(cause)), scopeClosed))
      }),
      Effect.onInterrupt(() => closeWith(scopeClosed())),
      Effect.forkScoped
    )

    // ---- writing -------------------------------------------------------------------------------

    const schedule = options.retry === false ? undefined : overloadSchedule(options.retry)

    const isRetryable = (error: RequestError) => error._tag === "RpcError" && error.retryable

    // The happy path pays for one attempt only: the retry schedule starts after a first retryable
    // failure, which is replayed into it so that attempts and delays are exactly the schedule's.
    const request = (method: string, params: unknown, requestOptions?: RequestOptions) => {
      const once = requestOnce(method, params, requestOptions)
      if (schedule === undefined) return once
      return Effect.catchIf(once, isRetryable, (first) => {
        let attempts = 1
        let replay: RequestError | undefined = first
        const attempt = Effect.suspend(() => {
          if (replay !== undefined) {
            const error = replay
            replay = undefined
            return Effect.fail(error)
          }
          attempts++
          return once
        })
        return Effect.retry(attempt, schedule).pipe(
          Effect.mapError((error) =>
            isRetryable(error) && attempts > 1
              ? new RpcError({
                ...(error as RpcError),
                message: `${error.message} (gave up after ${attempts} attempts)`,
                attempts
              })
              : error
          )
        )
      })
    }

    /**
     * One attempt. The time limit is a plain timer that fails the pending entry, not
     * `Effect.timeout`: a forked sleep fiber and a race per request cost ~300 µs of round trip.
     */
    const requestOnce = (method: string, params: unknown, requestOptions?: RequestOptions) =>
      Effect.suspend((): Effect.Effect<unknown, RequestError> => {
        if (closeReason !== undefined) return Effect.fail(closeReason)
        const id = nextId++
        const deferred = Deferred.unsafeMake<unknown, RequestError>(FiberId.none)
        const timeout = requestOptions?.timeout !== undefined ? Duration.decode(requestOptions.timeout) : defaultTimeout
        const timer = Duration.isFinite(timeout)
          ? setTimeout(() => {
            if (pending.get(id)?.deferred !== deferred) return
            pending.delete(id)
            Deferred.unsafeDone(
              deferred,
              Exit.fail(new RequestTimeoutError({ method, timeoutMs: Duration.toMillis(timeout) }))
            )
          }, Duration.toMillis(timeout))
          : undefined
        pending.set(id, { method, deferred, onResponse: requestOptions?.onResponse })
        return transport.send(encodeRequest(id, method, params)).pipe(
          Effect.zipRight(Deferred.await(deferred)),
          Effect.ensuring(Effect.sync(() => {
            if (timer !== undefined) clearTimeout(timer)
            pending.delete(id)
          }))
        )
      })

    return {
      request,
      notify: (method, params) =>
        Effect.suspend(() =>
          closeReason !== undefined && closeReason._tag === "TransportError"
            ? Effect.fail(closeReason)
            : transport.send(encodeNotification(method, params))
        ),
      subscribe: (subscriber) =>
        Effect.acquireRelease(
          Effect.sync(() => subscribers.add(subscriber)),
          () => Effect.sync(() => subscribers.delete(subscriber))
        ).pipe(Effect.asVoid),
      handleServerRequests: (next) =>
        Effect.acquireRelease(
          Effect.sync(() => {
            const previous = handler
            handler = next
            return previous
          }),
          (previous) => Effect.sync(() => (handler = previous))
        ).pipe(Effect.asVoid),
      observeServerRequests: (observer) =>
        Effect.acquireRelease(
          Effect.sync(() => observers.add(observer)),
          () => Effect.sync(() => observers.delete(observer))
        ).pipe(Effect.asVoid),
      closed: Deferred.await(closedDeferred),
      closeReason: Effect.sync(() => Option.fromNullable(closeReason)),
      close: closeWith(new TransportError({ reason: "Closed", detail: "the client closed the connection" })),
      pendingCount: Effect.sync(() => pending.size)
    } satisfies RpcRouter
  })

export const layer = (options: Options = {}): Layer.Layer<RpcRouter, never, Transport> =>
  Layer.scoped(RpcRouter, make(options))
