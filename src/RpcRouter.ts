/**
 * RpcRouter: envelopes and pending requests. A reader fiber, forked in the layer's scope, reads the
 * transport's lines, completes the `Deferred` of each answered request (registered before the
 * request is written), hands server requests to the `ServerRequestHandler` on fibers of their own,
 * and passes notifications to subscribers in arrival order. The reader never waits for a consumer,
 * so responses are never stuck behind a slow turn. When the connection closes, for any reason,
 * the router owns what happens: every pending request fails with the reason, every table that
 * registered with `onClose` is failed with it, handler fibers are interrupted, and later calls
 * fail at once. That is one mechanism, whatever order the layers above close in.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
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
import type * as Tracer from "effect/Tracer"
import { ProtocolError, RequestTimeoutError, RpcError, TransportError } from "./CodexError.js"
import {
  decodeEnvelope,
  decodeNotification,
  decodeServerRequest,
  encodeErrorResponse,
  encodeNotification,
  encodeRequest,
  encodeResponse,
  excerpt,
  idKey,
  type RequestId,
  type ServerNotification,
  type ServerRequest,
  type UnknownNotification,
  type UnknownServerRequest
} from "./internal/codec.js"
import { attr, idsOf, isTracing, outcomeOf, recordRequest, SPAN_REQUEST } from "./internal/observability.js"
import * as Connection from "./internal/connection.js"
import * as Diagnostics from "./internal/diagnostics.js"
import * as FastPath from "./internal/fastPath.js"
import { redact } from "./internal/redact.js"
import * as ServerRequestHandler from "./ServerRequestHandler.js"
import { type CloseReason, type Incoming, type SendOptions, Transport } from "./Transport.js"

export type {
  /**
   * A JSON-RPC id as codex sends it: a string or an integer, echoed back with the same JSON type and
   * digits. An integer a double cannot hold exactly (beyond 2^53) is kept as a `bigint`.
   *
   * @since 0.1.0
   * @category models
   */
  RequestId,
  /**
   * A server notification whose params matched its method's schema, tagged `ServerNotification`:
   * narrowing on `method` types `params`.
   *
   * @since 0.1.0
   * @category models
   */
  ServerNotification,
  /**
   * A request from the server whose params matched its method's schema, tagged `ServerRequest`:
   * narrowing on `method` types `params`.
   *
   * @since 0.1.0
   * @category models
   */
  ServerRequest,
  /**
   * A notification this client cannot type: its method is not in the generated table
   * (`reason: "UnknownMethod"`), or its params failed to decode (`reason: "InvalidParams"`, with
   * the decode error). Never mistaken for a valid event.
   *
   * @since 0.1.0
   * @category models
   */
  UnknownNotification,
  /**
   * A server request this client cannot type (an unknown method, or params that do not decode);
   * it gets the safe answer, or a JSON-RPC error.
   *
   * @since 0.1.0
   * @category models
   */
  UnknownServerRequest
}

/**
 * A notification as the client hands it out: typed by its method, or unknown (never mislabelled).
 *
 * @since 0.1.0
 * @category models
 */
export type Notification = ServerNotification | UnknownNotification

/**
 * Errors of one request.
 *
 * @since 0.1.0
 * @category errors
 */
export type RequestError = RpcError | RequestTimeoutError | TransportError | ProtocolError

/**
 * How a request that outlives its caller ended without a result.
 *
 * @since 0.1.0
 * @category models
 */
export type Unanswered = RpcError | "Unsent"

/**
 * Options of one `request`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestOptions {
  /** Default: the router's `requestTimeout` (60 s). `Duration.infinity` waits for ever. */
  readonly timeout?: Duration.DurationInput
  /**
   * Runs on the reader fiber as the successful response is routed, before any later line is
   * read: the place to register state that the server's next messages depend on. An effect it
   * returns runs on the reader too, so it must not wait for the server.
   */
  readonly onResponse?: (result: unknown) => Effect.Effect<void> | void
  /**
   * The server acts on a request once it is written, whether or not anybody still waits for the
   * answer. With `outliveCaller`, a written request stays registered after its caller stops
   * waiting (its timeout passed, or it was interrupted): a late result still reaches
   * `onResponse`, and `onUnanswered` learns of an error answer or of a request that was never
   * written. The entry leaves with the answer, or with the connection.
   */
  readonly outliveCaller?: boolean
  /** With `outliveCaller`: the request ended without a result (an error answer, or never written). */
  readonly onUnanswered?: (why: Unanswered) => void
  /**
   * Called once the request is registered (synchronously, before it is written). From then on it
   * ends in `onResponse` or `onUnanswered`, or with the connection; a caller interrupted before
   * this never reached the router, and nothing of it will be called.
   */
  readonly onRegistered?: () => void
}

/**
 * Handles one notification on the reader fiber. Return nothing to stay on the fast path; an
 * Effect it returns runs on the reader, so it must not wait for anything the server sends.
 *
 * @since 0.1.0
 * @category models
 */
export type NotificationHandler = (notification: Notification) => Effect.Effect<void> | void

/**
 * Observes one server request on the reader fiber before it is answered.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequestObserver = (request: ServerRequest | UnknownServerRequest) => Effect.Effect<void> | void

/**
 * The router's operations: `yield* RpcRouter` gives them. `request` sends a request and waits for
 * its answer, `notify` sends a notification; the rest subscribes to what the server sends and to
 * the connection's end.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  readonly request: (
    method: string,
    params: unknown,
    options?: RequestOptions
  ) => Effect.Effect<unknown, RequestError>
  readonly notify: (method: string, params?: unknown) => Effect.Effect<void, TransportError | ProtocolError>
  /** Adds a notification handler for the life of the scope. */
  readonly subscribe: (handler: NotificationHandler) => Effect.Effect<void, never, Scope.Scope>
  /**
   * Installs the handler that answers server requests for the life of the scope (the previous one
   * is restored after). Each request runs on its own fiber; exactly one answer is written.
   */
  readonly handleServerRequests: (handler: ServerRequestHandler.ServerRequestHandler.Service) => Effect.Effect<void, never, Scope.Scope>
  /** Adds a server-request observer for the life of the scope. */
  readonly observeServerRequests: (observer: ServerRequestObserver) => Effect.Effect<void, never, Scope.Scope>
  /**
   * Registers a table of waiters with the close path, for the life of the router (not of a
   * scope: a table must be failed even when its own layer was released first). The listener is
   * called once, synchronously, when the connection closes, with the reason; at once if it is
   * already closed.
   */
  readonly onClose: (listener: (reason: CloseReason) => void) => Effect.Effect<void>
  /** Waits until the connection is closed and yields why. */
  readonly closed: Effect.Effect<CloseReason>
  /** The close reason, if closed. */
  readonly closeReason: Effect.Effect<Option.Option<CloseReason>>
  /** Closes the connection: every waiter fails at once; the transport then closes (bounded). */
  readonly close: Effect.Effect<void>
  /** Closes the connection with a reason of the caller's. */
  readonly closeWith: (reason: CloseReason) => Effect.Effect<void>
}

/**
 * The RpcRouter service: `yield* RpcRouter` gives its `Service`.
 *
 * @since 0.1.0
 * @category tags
 */
export class RpcRouter extends Context.Tag("effect-codex/RpcRouter")<RpcRouter, Service>() {}

/**
 * `RpcRouter.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace RpcRouter {
  /**
   * The service's operations.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = RpcRouterService
}

type RpcRouterService = Service

/**
 * Retry of requests the server refused as overloaded (`-32001`): exponential backoff with jitter.
 * Defaults: 4 attempts, 250 ms doubling up to 2 s, ±20 %. `false` turns it off.
 *
 * @since 0.1.0
 * @category models
 */
export interface RetryOptions {
  readonly attempts?: number
  readonly initialDelay?: Duration.DurationInput
  readonly maxDelay?: Duration.DurationInput
  /** Relative jitter: 0.2 spreads each delay over ±20 %. */
  readonly jitter?: number
}

/**
 * The retry schedule for overloaded requests, built from Effect `Schedule`.
 *
 * @since 0.1.0
 * @category utils
 */
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

/**
 * Options of the router: request timeouts and retries, tolerance of stray lines, tracing and wire
 * logging.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Default timeout of control requests (60 s). */
  readonly requestTimeout?: Duration.DurationInput
  /** Retry on overload (`-32001`); `false` turns it off. */
  readonly retry?: RetryOptions | false
  /**
   * Stray lines (not protocol messages) are logged and skipped. A burst closes the connection:
   * more than `maxInvalidLines` (default 100) in a row, or within one `invalidLineWindow`
   * (default 1 second, on Effect's Clock). Occasional ones over a long connection never do.
   */
  readonly maxInvalidLines?: number
  readonly invalidLineWindow?: Duration.DurationInput
  /**
   * A `codex.request` span per request attempt (attributes `codex.method`, `codex.request_id`,
   * `codex.outcome`). Default: on when a tracer other than Effect's built-in one is installed
   * (such as `@effect/opentelemetry`'s), off otherwise, where spans would go nowhere.
   */
  readonly tracing?: boolean
  /**
   * Logs every message written and read at `Trace` level (`→ ` or `← ` and the message), redacted
   * and cut to 1,024 characters. Off by default. Lines at `Trace` level show only under
   * `Logger.minimumLogLevel(LogLevel.Trace)`.
   */
  readonly logWire?: boolean
}

/**
 * A request's answer: set once (by the reader, the request's timer or the close), awaited by its
 * caller. Lighter than a `Deferred`, whose construction alone costs microseconds per request.
 */
interface Reply {
  exit: Exit.Exit<unknown, RequestError> | undefined
  waiters: Array<(exit: Exit.Exit<unknown, RequestError>) => void> | undefined
}

const makeReply = (): Reply => ({ exit: undefined, waiters: undefined })

const completeReply = (reply: Reply, exit: Exit.Exit<unknown, RequestError>): void => {
  if (reply.exit !== undefined) return
  reply.exit = exit
  const waiters = reply.waiters
  reply.waiters = undefined
  if (waiters !== undefined) for (const waiter of waiters) waiter(exit)
}

const awaitReply = (reply: Reply): Effect.Effect<unknown, RequestError> =>
  reply.exit !== undefined ? reply.exit : Effect.async<unknown, RequestError>((resume) => {
    if (reply.exit !== undefined) return resume(reply.exit)
    const waiter = (exit: Exit.Exit<unknown, RequestError>) => resume(exit)
    ;(reply.waiters ??= []).push(waiter)
    return Effect.sync(() => {
      const index = reply.waiters?.indexOf(waiter) ?? -1
      if (index !== -1) reply.waiters!.splice(index, 1)
    })
  })

interface Pending {
  readonly method: string
  readonly reply: Reply
  readonly options: RequestOptions | undefined
  /** Handed to the connection: the server will act on it. */
  written: boolean
}

const closedBy = (detail: string) => new TransportError({ reason: "Closed", detail })

/** Characters of a wire message that `logWire` logs. */
const WIRE_EXCERPT = 1024

const requestSpanOptions = { kind: "client", captureStackTrace: false } as const

/**
 * Makes the router over the Transport in context: its reader fiber runs for the life of the scope,
 * and closing the scope closes the connection.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: Options = {}): Effect.Effect<Service, never, Transport | Scope.Scope> =>
  Effect.gen(function*() {
    const transport = yield* Transport
    let handler: ServerRequestHandler.ServerRequestHandler.Service = Option.getOrElse(
      yield* Effect.serviceOption(ServerRequestHandler.ServerRequestHandler),
      () => ServerRequestHandler.rejectAll
    )
    const defaultTimeout = Duration.decode(options.requestTimeout ?? "60 seconds")
    const maxInvalidLines = options.maxInvalidLines ?? 100
    const invalidWindowMs = Duration.toMillis(Duration.decode(options.invalidLineWindow ?? "1 second"))
    const redactText = transport.redact ?? redact
    const logWire = options.logWire === true
    /** One wire message at Trace level: redacted (the patterns and live secrets, then the transport's), bounded. */
    const wire = (direction: "→" | "←", line: string, method?: string) =>
      Effect.logTrace(`${direction} ${redactText(excerpt(line, WIRE_EXCERPT))}`).pipe(
        Effect.annotateLogs(method !== undefined ? { module: "RpcRouter", method } : { module: "RpcRouter" })
      )

    const retrySchedule = options.retry === false ? undefined : overloadSchedule(options.retry)
    const pending = new Map<RequestId, Pending>()
    const subscribers = new Set<NotificationHandler>()
    const observers = new Set<ServerRequestObserver>()
    const closeListeners: Array<(reason: CloseReason) => void> = []
    const closedDeferred = yield* Deferred.make<CloseReason>()
    let closeReason: CloseReason | undefined
    let nextId = 1
    const handlerFibers = yield* FiberSet.make()

    // ---- the one close path ------------------------------------------------------------------

    const failWaiters = (reason: CloseReason) => {
      const entries = Array.from(pending.values())
      pending.clear()
      for (const entry of entries) completeReply(entry.reply, Exit.fail(reason))
      for (const listener of closeListeners.splice(0)) {
        try {
          listener(reason)
        } catch {
          // a table that cannot be failed must not keep the others waiting
        }
      }
      // Interrupt without waiting: a handler's own code may ignore interruption.
      for (const fiber of handlerFibers) fiber.unsafeInterruptAsFork(FiberId.none)
    }

    const closeWith = (reason: CloseReason): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (closeReason !== undefined) return Effect.void
        closeReason = reason
        failWaiters(reason)
        return Deferred.succeed(closedDeferred, reason).pipe(Effect.zipRight(transport.close))
      }).pipe(Effect.uninterruptible)

    // ---- a connection that comes back (WebSocket with reconnect) -------------------------------
    // A drop loses every answer still to come: the requests already written fail now (their
    // outcome on the server is unknown); those not yet written wait in the transport and go out
    // on the new connection. The server re-sends its pending requests to whoever resumes the
    // thread, with the same id: a handler still running answers once, when it is done; one
    // already answered is answered again with the same answer, without running the handler again.

    const lifecycle = Connection.lifecycleOf(transport)
    /** Server requests being handled, and the answers given (bounded), by id; only with a lifecycle. */
    const handling = lifecycle !== undefined ? new Map<string, string>() : undefined
    const answered = lifecycle !== undefined ? new Map<string, { readonly request: string; readonly line: string }>() : undefined
    const ANSWERS_KEPT = 1024
    if (lifecycle !== undefined) {
      lifecycle.onDrop((error) => {
        const dropped = new TransportError({
          reason: "Closed",
          detail: `the connection dropped before the answer came (reconnecting); the request may or may not have run: ${error.detail}`,
          cause: error
        })
        for (const [id, entry] of Array.from(pending)) {
          if (!entry.written) continue
          pending.delete(id)
          completeReply(entry.reply, Exit.fail(dropped))
        }
      })
    }
    /** Fingerprint of a server request: a re-sent one has the same id, method and params. */
    const fingerprint = (id: RequestId, method: string, params: unknown) => {
      try {
        return `${idKey(id)} ${method} ${JSON.stringify(params)}`
      } catch {
        return `${idKey(id)} ${method}`
      }
    }
    const remember = (key: string, request: string, line: string) => {
      if (answered === undefined) return
      answered.delete(key)
      answered.set(key, { request, line })
      if (answered.size > ANSWERS_KEPT) answered.delete(answered.keys().next().value!)
    }

    // ---- reading -------------------------------------------------------------------------------

    /** Every line the router writes goes through here. */
    const write = (line: string, sendOptions?: SendOptions, method?: string): Effect.Effect<void, TransportError> =>
      logWire
        ? Effect.zipRight(wire("→", line, method), transport.send(line, sendOptions))
        : transport.send(line, sendOptions)

    const send = (line: string | ProtocolError, method?: string): Effect.Effect<void, TransportError | ProtocolError> =>
      typeof line === "string" ? write(line, undefined, method) : Effect.fail(line)

    const answer = (request: ServerRequest | UnknownServerRequest, print?: string) =>
      Effect.suspend(() => handler.handle(request)).pipe(
        Effect.catchAllCause((cause) =>
          Effect.succeed<ServerRequestHandler.Answer>({
            _tag: "Error",
            error: { code: ServerRequestHandler.INTERNAL_ERROR, message: `handler failed: ${Cause.pretty(cause).split("\n")[0]}` }
          })
        ),
        Effect.flatMap((answer) => {
          const line = answer._tag === "Result"
            ? encodeResponse(request.id, answer.result)
            : encodeErrorResponse(request.id, answer.error)
          // exactly one answer: one that cannot be encoded is replaced, never dropped
          const sent = typeof line === "string" ? line : encodeErrorResponse(request.id, {
            code: ServerRequestHandler.INTERNAL_ERROR,
            message: `effect-codex could not encode the answer to ${request.method}; declined`
          })
          if (print === undefined || typeof sent !== "string") return send(sent)
          // until it is written, a re-sent request is this one still; once written, it is remembered
          return write(sent, {
            onWritten: () => {
              handling?.delete(idKey(request.id))
              remember(idKey(request.id), print, sent)
            }
          }, request.method)
        }),
        Effect.ensuring(Effect.sync(() => {
          if (print !== undefined && handling?.get(idKey(request.id)) === print) handling.delete(idKey(request.id))
        })),
        Effect.catchAll((error) => Effect.logWarning(redactText(`could not answer ${request.method}: ${error.message}`))),
        Effect.annotateLogs({ method: request.method, ...idsOf(request.params) })
      )

    let invalidInARow = 0
    let windowStart = 0
    let invalidInWindow = 0
    const invalid = (error: ProtocolError): Effect.Effect<void, ProtocolError> =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => {
        invalidInARow++
        if (now - windowStart >= invalidWindowMs) {
          windowStart = now
          invalidInWindow = 0
        }
        invalidInWindow++
        if (invalidInARow > maxInvalidLines || invalidInWindow > maxInvalidLines) {
          return Effect.fail(
            new ProtocolError({
              reason: "TooManyInvalidLines",
              detail: `more than ${maxInvalidLines} lines from the server ` +
                `${invalidInARow > maxInvalidLines ? "in a row" : `within ${invalidWindowMs} ms`} ` +
                `were not protocol messages; last: ${error.detail}`,
              ...(error.excerpt !== undefined ? { excerpt: (transport.redact ?? redact)(error.excerpt) } : {})
            })
          )
        }
        return Effect.logWarning(
          (transport.redact ?? redact)(
            `skipped a line that is not a protocol message (${error.reason}: ${error.detail}): ${error.excerpt ?? ""}`
          )
        )
      })

    const dispatch = (notification: Notification): Effect.Effect<void> | undefined => {
      let effects: Array<Effect.Effect<void>> | undefined
      for (const subscriber of subscribers) {
        const effect = subscriber(notification)
        if (effect !== undefined) (effects ??= []).push(effect)
      }
      if (notification._tag === "UnknownNotification") {
        const log = Effect.logDebug(
          redactText(
            `notification ${notification.method} is not typed (${notification.reason})` +
              (notification.decodeError ? `: ${notification.decodeError}` : "")
          )
        ).pipe(Effect.annotateLogs({ method: notification.method, ...idsOf(notification.params) }))
        ;(effects ??= []).push(log)
      }
      return effects === undefined ? undefined : Effect.forEach(effects, (e) => e, { discard: true })
    }

    /** Takes the entry an answer settles; an entry kept for a caller that left settles too. */
    const settle = (id: RequestId): Pending | undefined => {
      const entry = pending.get(id)
      if (entry !== undefined) pending.delete(id)
      return entry
    }

    /** Routes one line (see `handleLine`). */
    const routeLine = (line: Incoming): Effect.Effect<void, ProtocolError> | undefined => {
      if (typeof line !== "string") {
        const entry = settle(line.id)
        const error = new ProtocolError({
          reason: "LineTooLong",
          detail: `the response to ${entry?.method ?? "an unknown request"} is ${line.length}+ characters, over the line limit`,
          excerpt: line.excerpt
        })
        if (entry === undefined) return Effect.logWarning((transport.redact ?? redact)(error.message))
        completeReply(entry.reply, Exit.fail(error))
        return undefined
      }
      const envelope = decodeEnvelope(line)
      if (envelope._tag === "ProtocolError") return invalid(envelope)
      invalidInARow = 0
      switch (envelope._tag) {
        case "Notification":
          return dispatch(decodeNotification(envelope.method, envelope.params))
        case "Response":
        case "ErrorResponse": {
          const entry = settle(envelope.id)
          if (entry === undefined) {
            return Effect.logWarning((transport.redact ?? redact)(`response to unknown or expired request id ${String(envelope.id)}`))
          }
          if (envelope._tag === "Response") {
            const effect = entry.options?.onResponse?.(envelope.result)
            completeReply(entry.reply, Exit.succeed(envelope.result))
            return effect ?? undefined
          }
          const error = RpcError.fromWire(entry.method, envelope.error)
          // A refusal the retry will ask again about (the caller still waits) is not the end of
          // the request: the retry reports the refusal it gives up on (see `request`).
          if (!(retrySchedule !== undefined && error.retryable && (entry.reply.waiters?.length ?? 0) > 0)) {
            entry.options?.onUnanswered?.(error)
          }
          completeReply(entry.reply, Exit.fail(error))
          return undefined
        }
        case "ServerRequest": {
          let print: string | undefined
          if (handling !== undefined) {
            const key = idKey(envelope.id)
            print = fingerprint(envelope.id, envelope.method, envelope.params)
            // re-sent after a reconnect: answered once, by the handler that has it or from memory
            if (handling.get(key) === print) return undefined
            const earlier = answered!.get(key)
            if (earlier !== undefined && earlier.request === print) {
              // on a fiber of its own: the reader must not wait for the connection it reads
              return Effect.asVoid(FiberSet.run(
                handlerFibers,
                Effect.catchAll(send(earlier.line), (error) =>
                  Effect.logWarning(redactText(`could not answer ${envelope.method} again: ${error.message}`)))
              ))
            }
            handling.set(key, print)
          }
          const request = decodeServerRequest(envelope.id, envelope.method, envelope.params)
          let observed: Array<Effect.Effect<void>> | undefined
          for (const observer of observers) {
            const effect = observer(request)
            if (effect !== undefined) (observed ??= []).push(effect)
          }
          const run = FiberSet.run(handlerFibers, answer(request, print))
          return observed === undefined
            ? Effect.asVoid(run)
            : Effect.forEach(observed, (e) => e, { discard: true }).pipe(Effect.zipRight(run), Effect.asVoid)
        }
      }
    }

    /** Returns an effect only when the line needs one; the common path is synchronous. */
    const handleLine: (line: Incoming) => Effect.Effect<void, ProtocolError> | undefined = logWire
      ? (line) => {
        const effect = routeLine(line)
        const log = wire("←", typeof line === "string" ? line : `${line.excerpt}… (${line.length}+ characters, dropped)`)
        return effect === undefined ? log : Effect.zipRight(log, effect)
      }
      : routeLine

    /**
     * Lines are routed synchronously, but a large read is split into slices with a yield between
     * them: consumers (and a stream that wants to leave after three events) run while a flood of
     * ten thousand lines is still being routed.
     */
    const SLICE = 256
    const processChunk = (chunk: Chunk.Chunk<Incoming>): Effect.Effect<void, ProtocolError> =>
      Effect.suspend(() => {
        const lines = Chunk.toReadonlyArray(chunk)
        let i = 0
        const loop: Effect.Effect<void, ProtocolError> = Effect.suspend(() => {
          const end = Math.min(lines.length, i + SLICE)
          while (i < end) {
            const effect = handleLine(lines[i++]!)
            if (effect !== undefined) return Effect.zipRight(effect, loop)
          }
          return i < lines.length ? Effect.zipRight(Effect.yieldNow(), loop) : Effect.void
        })
        return loop
      })

    const scopeClosed = () => closedBy("the client's scope closed the connection")
    // A transport of ours is read straight from its buffer; any other through its stream.
    const pull = FastPath.pullOf(transport.incoming)
    const readAll: Effect.Effect<void, CloseReason | ProtocolError> = pull === undefined
      ? Stream.runForEachChunk(transport.incoming, processChunk)
      : Effect.suspend(() => {
        const loop: Effect.Effect<void, CloseReason | ProtocolError> = Effect.flatMap(pull.takeAll, ([lines, done]) => {
          pull.onTake()
          const routed = processChunk(lines)
          return done ? routed : Effect.zipRight(routed, loop)
        })
        return loop
      })
    yield* readAll.pipe(
      Effect.matchCauseEffect({
        onSuccess: () => closeWith(closedBy("the connection ended")),
        onFailure: (cause) =>
          closeWith(
            Option.getOrElse(Chunk.head(Cause.failures(cause)), () =>
              Cause.isInterruptedOnly(cause)
                ? scopeClosed()
                : new TransportError({
                  reason: "Read",
                  detail: (transport.redact ?? redact)(`the reader failed: ${excerpt(Cause.pretty(cause), 500)}`)
                }))
          )
      }),
      Effect.onInterrupt(() => closeWith(scopeClosed())),
      // the reader's logs, and those of the handler fibers it forks
      Effect.annotateLogs("module", "RpcRouter"),
      Effect.forkScoped
    )
    // Whatever else closes first, the router's own scope ends the connection too.
    yield* Effect.addFinalizer(() => closeWith(scopeClosed()))

    // ---- writing -------------------------------------------------------------------------------

    const schedule = retrySchedule
    /** A transport of ours takes a line synchronously when it can (not while wire logging). */
    const trySend = logWire ? undefined : FastPath.trySendOf(transport)

    const isRetryable = (error: RequestError) => error._tag === "RpcError" && error.retryable

    // The happy path pays for one attempt only: the retry schedule starts after a first retryable
    // failure, which is replayed into it so that attempts and delays are exactly the schedule's.
    const request = (method: string, params: unknown, requestOptions?: RequestOptions) => {
      const once = requestOnce(method, params, requestOptions)
      if (schedule === undefined) return once
      const onUnanswered = requestOptions?.onUnanswered
      // The refusal last routed without telling `onUnanswered` (the retry was to ask again);
      // told when the retry ends without a new attempt registered: given up, or interrupted.
      let untold: RpcError | undefined
      const retried = onUnanswered === undefined ? once : requestOnce(method, params, {
        ...requestOptions,
        onRegistered: () => {
          untold = undefined
          requestOptions?.onRegistered?.()
        }
      })
      return Effect.catchIf(once, isRetryable, (first) => {
        let attempts = 1
        let replay: RequestError | undefined = first
        untold = first as RpcError
        const attempt = Effect.suspend(() => {
          if (replay !== undefined) {
            const error = replay
            replay = undefined
            return Effect.fail(error)
          }
          attempts++
          return Effect.tapError(retried, (error) =>
            Effect.sync(() => {
              if (isRetryable(error)) untold = error as RpcError
            }))
        })
        return Effect.retry(attempt, schedule).pipe(
          Effect.mapError((error) =>
            isRetryable(error) && attempts > 1
              ? new RpcError({ ...(error as RpcError), attempts })
              : error
          ),
          Effect.onExit(() =>
            Effect.sync(() => {
              const error = untold
              untold = undefined
              if (error !== undefined) onUnanswered?.(error)
            })
          )
        )
      })
    }

    /**
     * One attempt. The time limit is a plain timer that fails the pending entry, not
     * `Effect.timeout`: a forked sleep fiber and a race per request cost ~300 µs of round trip.
     * The same failure withdraws the line if the connection has not taken it yet.
     */
    const requestOnce = (method: string, params: unknown, requestOptions?: RequestOptions) =>
      Effect.withFiberRuntime<unknown, RequestError>((fiber) =>
        isTracing(options.tracing, fiber)
          ? Effect.useSpan(
            SPAN_REQUEST,
            { ...requestSpanOptions, attributes: { [attr.method]: method } },
            (span) => startAttempt(method, params, requestOptions, span)
          )
          : startAttempt(method, params, requestOptions, undefined)
      )

    /**
     * Counted in `Metrics.requests` and `Metrics.requestDuration`, whatever its exit. Registering
     * the request and installing what cleans it up are one step that nothing can interrupt half
     * done: a request is either never registered, or its caller's exit (answer, timeout, close,
     * interruption) settles it, and a request that was never written tells `onUnanswered`.
     */
    const startAttempt = (
      method: string,
      params: unknown,
      requestOptions: RequestOptions | undefined,
      span: Tracer.Span | undefined
    ): Effect.Effect<unknown, RequestError> => {
      const started = performance.now()
      const outlive = requestOptions?.outliveCaller === true
      const record = (exit: Exit.Exit<unknown, RequestError>) => {
        const outcome = outcomeOf(exit)
        recordRequest(method, outcome, performance.now() - started)
        span?.attribute(attr.outcome, outcome)
      }
      /** Never written (closed, or params that cannot be encoded): nothing waits for an answer. */
      const failNow = (error: RequestError) => {
        const exit = Exit.fail(error)
        record(exit)
        if (outlive) requestOptions?.onUnanswered?.("Unsent")
        return exit
      }
      /** Registers the request; an Exit when it cannot even be registered. */
      const register = () => {
        if (closeReason !== undefined) return failNow(closeReason)
        const id = nextId++
        span?.attribute(attr.requestId, id)
        const line = encodeRequest(id, method, params)
        if (typeof line !== "string") return failNow(line)
        const reply = makeReply()
        const entry: Pending = { method, reply, options: requestOptions, written: false }
        const timeout = requestOptions?.timeout !== undefined ? Duration.decode(requestOptions.timeout) : defaultTimeout
        const timer = Duration.isFinite(timeout)
          ? setTimeout(() => {
            if (pending.get(id) !== entry) return
            if (!(outlive && entry.written)) pending.delete(id)
            completeReply(reply, Exit.fail(new RequestTimeoutError({ method, timeoutMs: Duration.toMillis(timeout) })))
          }, Duration.toMillis(timeout))
          : undefined
        pending.set(id, entry)
        requestOptions?.onRegistered?.()
        return { id, line, reply, entry, timer }
      }
      type Registered = Exclude<ReturnType<typeof register>, Exit.Exit<unknown, RequestError>>
      /** What ends the attempt, however it ends. */
      const cleanup = (request: Registered, exit: Exit.Exit<unknown, RequestError>) => {
        if (request.timer !== undefined) clearTimeout(request.timer)
        record(exit)
        if (outlive && request.entry.written) return // its answer is still to be routed
        if (pending.get(request.id) === request.entry) pending.delete(request.id)
        if (outlive && !request.entry.written && closeReason === undefined) requestOptions?.onUnanswered?.("Unsent")
      }
      /** Written through the transport's `send` (which may queue), then awaited; cleaned up on exit. */
      const sendAndAwait = (request: Registered, restore: <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>) =>
        restore(
          write(request.line, {
            abandon: awaitReply(request.reply),
            onWritten: () => {
              request.entry.written = true
            }
          }, method).pipe(Effect.zipRight(awaitReply(request.reply)))
        ).pipe(Effect.onExit((exit) => Effect.sync(() => cleanup(request, exit))))
      if (trySend === undefined || span !== undefined) {
        return Effect.uninterruptibleMask((restore) =>
          Effect.suspend(() => {
            const request = register()
            return Exit.isExit(request) ? request : sendAndAwait(request, restore)
          })
        )
      }
      // The common case: registered, handed to the pipe and awaited within one async step (its
      // registration runs to the end before anything can interrupt the fiber), settled by the
      // answer, the timer, the close or the interruption, with no extra frame per request.
      return Effect.async<unknown, RequestError>((resume) => {
        const request = register()
        if (Exit.isExit(request)) return resume(request)
        // the pipe pushes back: queued, as any line would be
        if (!trySend(request.line)) return resume(Effect.uninterruptibleMask((restore) => sendAndAwait(request, restore)))
        request.entry.written = true
        const reply = request.reply
        if (reply.exit !== undefined) {
          cleanup(request, reply.exit)
          return resume(reply.exit)
        }
        reply.waiters = [(exit) => {
          cleanup(request, exit)
          resume(exit)
        }]
        return Effect.sync(() => {
          reply.waiters = undefined
          cleanup(request, Exit.interrupt(FiberId.none))
        })
      })
    }

    const self: Service = {
      request,
      notify: (method, params) =>
        Effect.suspend(() =>
          closeReason !== undefined && closeReason._tag === "TransportError"
            ? Effect.fail(closeReason)
            : send(encodeNotification(method, params), method)
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
      onClose: (listener) =>
        Effect.sync(() => {
          if (closeReason !== undefined) listener(closeReason)
          else closeListeners.push(listener)
        }),
      closed: Deferred.await(closedDeferred),
      closeReason: Effect.sync(() => Option.fromNullable(closeReason)),
      close: closeWith(closedBy("the client closed the connection")),
      closeWith
    }
    Diagnostics.register(self, () => ({ pendingRequests: pending.size }))
    if (lifecycle !== undefined) Connection.registerLifecycle(self, lifecycle)
    return self
  })

/**
 * The router as a layer, over the `Transport` it requires.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options = {}): Layer.Layer<RpcRouter, never, Transport> =>
  Layer.scoped(RpcRouter, make(options))
