/**
 * CodexClient: typed methods over the router and the turn registry, lazy one-time initialization,
 * the global notification stream, and turn handles.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { createRequire } from "node:module"
import { type CodexError, InitializeError, ProtocolError, TransportError } from "./CodexError.js"
import {
  ClientRequests,
  type ClientRequestMethod,
  type ClientRequestParams,
  type ClientRequestResponse
} from "./generated/methods.js"
import type { InitializeResponse, TurnStartParams, TurnSteerResponse, UserInput } from "./generated/schemas.js"
import { decodePayload } from "./internal/codec.js"
import * as Approvals from "./Approvals.js"
import * as RpcRouter from "./RpcRouter.js"
import { makeFold, type RunResult } from "./RunResult.js"
import * as Transport from "./Transport.js"
import * as TurnRegistry from "./TurnRegistry.js"

const packageVersion: string = (() => {
  try {
    return (createRequire(import.meta.url)("../package.json") as { version: string }).version
  } catch {
    return "0.0.0"
  }
})()

/** What a turn takes as input: a string (a text item), one input item, or several. */
export type Input = string | UserInput | ReadonlyArray<UserInput>

export const toUserInput = (input: Input): ReadonlyArray<UserInput> =>
  typeof input === "string" ? [{ type: "text", text: input }] : Array.isArray(input) ? input : [input as UserInput]

export interface RequestOptions {
  /** Overrides the client's request timeout for this call. */
  readonly timeout?: Duration.DurationInput
}

/** The arguments of `request(method, …)`: params are optional exactly when the method takes none. */
export type RequestArgs<M extends ClientRequestMethod> = undefined extends ClientRequestParams<M>
  ? [params?: ClientRequestParams<M>, options?: RequestOptions]
  : [params: ClientRequestParams<M>, options?: RequestOptions]

export interface TurnOptions {
  /** Extra `turn/start` params (model, effort, cwd, approvalPolicy, outputSchema, …). */
  readonly params?: Partial<Omit<TurnStartParams, "threadId" | "input">>
  /** Timeout of the `turn/start` request itself; the turn has no timeout. */
  readonly startTimeout?: Duration.DurationInput
  /** How long releasing a running turn waits for `turn/interrupt` (default 5 s). */
  readonly interruptTimeout?: Duration.DurationInput
  /**
   * Handlers for this turn's server requests only; a method without one falls back to the
   * client's `Approvals` (by default: the safe answer).
   */
  readonly approvals?: Approvals.Handlers<CodexClient>
}

/** A running turn, alive for its Scope; closing the scope while it runs interrupts it. */
export interface TurnHandle {
  readonly threadId: string
  readonly turnId: string
  /** The turn's events, ending after `turn/completed`. One consumer at a time. */
  readonly stream: Stream.Stream<TurnRegistry.TurnEvent, CodexError>
  /** Drains what is left of `stream` and folds the whole turn into a RunResult. */
  readonly result: Effect.Effect<RunResult, CodexError>
  /** Adds input to the running turn (`turn/steer`). */
  readonly steer: (input: Input) => Effect.Effect<TurnSteerResponse, CodexError>
  /** Asks the server to interrupt the turn; the stream then ends with status `interrupted`. */
  readonly interrupt: Effect.Effect<void, CodexError>
}

/** Server facts from the `initialize` handshake. */
export interface ServerInfo {
  readonly name: string
  readonly version: string
  readonly userAgent: string
  readonly response: InitializeResponse
}

export interface CodexClient {
  /** Any method of the protocol, typed from the method name; the response is validated. */
  readonly request: <M extends ClientRequestMethod>(
    method: M,
    ...args: RequestArgs<M>
  ) => Effect.Effect<ClientRequestResponse<M>, CodexError>
  /**
   * Every server notification (turn-scoped ones included), from a bounded sliding buffer per
   * subscriber: a slow subscriber loses its oldest notifications, never blocks the client.
   * Ends with the close reason when the connection closes.
   */
  readonly notifications: Stream.Stream<RpcRouter.Notification, CodexError>
  /** Initializes once (concurrent callers share one handshake) and returns the server's facts. */
  readonly initialize: Effect.Effect<ServerInfo, CodexError>
  /** Starts a turn and returns its handle, alive for the Scope. */
  readonly turn: (
    threadId: string,
    input: Input,
    options?: TurnOptions
  ) => Effect.Effect<TurnHandle, CodexError, Scope.Scope>
  /** Sizes of internal tables, for tests and leak checks. */
  readonly counts: Effect.Effect<{
    readonly pendingRequests: number
    readonly turns: number
    readonly busyThreads: number
    readonly subscribers: number
  }>
}

export const CodexClient: Context.Tag<CodexClient, CodexClient> = Context.GenericTag<CodexClient>(
  "effect-codex/CodexClient"
)

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

export type Options = ClientOptions & RpcRouter.Options & TurnRegistry.Options

const parseUserAgent = (userAgent: string): { name: string; version: string } | undefined => {
  const match = /^([^/\s]+)\/(\S+)/.exec(userAgent)
  return match ? { name: match[1]!, version: match[2]! } : undefined
}

export const make = (
  options: Options = {}
): Effect.Effect<CodexClient, never, RpcRouter.RpcRouter | TurnRegistry.TurnRegistry | Scope.Scope> =>
  Effect.gen(function*() {
    const router = yield* RpcRouter.RpcRouter
    const registry = yield* TurnRegistry.TurnRegistry
    const provided = yield* Effect.serviceOption(Approvals.Approvals)
    const approvals: Approvals.Approvals = {
      handlers: options.approvals ?? Option.match(provided, {
        onNone: () => Approvals.declineAll,
        onSome: (a) => a.handlers
      }),
      timeout: options.approvalTimeout !== undefined
        ? Duration.decode(options.approvalTimeout)
        : Option.match(provided, { onNone: () => Approvals.DEFAULT_TIMEOUT, onSome: (a) => a.timeout })
    }
    /** Per-turn handlers, by thread: a thread runs one turn at a time. */
    const threadApprovals = new Map<string, Approvals.Handlers<CodexClient>>()

    // ---- notifications: one sliding mailbox per subscriber, fed synchronously by the reader
    const subscribers = new Set<Mailbox.Mailbox<RpcRouter.Notification, CodexError>>()
    yield* router.subscribe((notification) => {
      for (const mailbox of subscribers) mailbox.unsafeOffer(notification)
    })
    yield* router.closed.pipe(
      Effect.flatMap((reason) =>
        Effect.sync(() => {
          for (const mailbox of subscribers) mailbox.unsafeDone(Exit.fail(reason))
          subscribers.clear()
        })
      ),
      Effect.forkScoped
    )
    const notifications: Stream.Stream<RpcRouter.Notification, CodexError> = Stream.unwrapScoped(
      Effect.gen(function*() {
        const reason = yield* router.closeReason
        if (Option.isSome(reason)) return Stream.fail(reason.value)
        const mailbox = yield* Mailbox.make<RpcRouter.Notification, CodexError>({
          capacity: options.notificationBufferSize ?? 512,
          strategy: "sliding"
        })
        yield* Effect.acquireRelease(
          Effect.sync(() => subscribers.add(mailbox)),
          () => Effect.sync(() => subscribers.delete(mailbox))
        )
        return Mailbox.toStream(mailbox)
      })
    )

    // ---- initialization: once, lazily, retried after a failure that left the connection open
    let serverInfo: ServerInfo | undefined
    const initLock = yield* Effect.makeSemaphore(1)
    const handshake = Effect.gen(function*() {
      const capabilities = {
        experimentalApi: options.experimentalApi ?? false,
        ...(options.optOutNotificationMethods !== undefined
          ? { optOutNotificationMethods: options.optOutNotificationMethods }
          : {})
      }
      const raw = yield* router.request("initialize", {
        clientInfo: options.clientInfo ?? { name: "effect-codex", version: packageVersion },
        capabilities
      }).pipe(
        Effect.catchTags({
          RpcError: (cause) => new InitializeError({ detail: `the server refused: ${cause.message}`, cause }),
          RequestTimeoutError: (cause) => new InitializeError({ detail: cause.message, cause })
        })
      )
      const fail = (detail: string) =>
        router.close.pipe(Effect.zipRight(new InitializeError({ detail })))
      const decoded = decodePayload(ClientRequests.initialize.response, raw, "initialize result")
      if (decoded._tag === "Invalid") {
        return yield* fail(`missing required metadata: ${decoded.error.detail}`)
      }
      const response = decoded.value
      const declared = (raw as { serverInfo?: { name?: unknown; version?: unknown } }).serverInfo
      const named = typeof declared?.name === "string" && typeof declared.version === "string"
        ? { name: declared.name, version: declared.version }
        : parseUserAgent(response.userAgent)
      if (response.userAgent.length === 0 || named === undefined) {
        return yield* fail("missing required metadata: userAgent with a server name and version")
      }
      yield* router.notify("initialized")
      return { ...named, userAgent: response.userAgent, response }
    })
    const initialize: Effect.Effect<ServerInfo, CodexError> = Effect.suspend(() =>
      serverInfo !== undefined
        ? Effect.succeed(serverInfo)
        : initLock.withPermits(1)(
          Effect.suspend(() =>
            serverInfo !== undefined
              ? Effect.succeed(serverInfo)
              : Effect.tap(handshake, (info) => Effect.sync(() => (serverInfo = info)))
          )
        )
    )

    const requestRaw = (method: string, params: unknown, timeout?: Duration.DurationInput) =>
      Effect.flatMap(
        router.request(method, params, timeout !== undefined ? { timeout } : undefined),
        (result) => {
          const spec = (ClientRequests as Record<string, { response: any }>)[method]
          if (spec === undefined) return Effect.succeed(result)
          const decoded = decodePayload(spec.response, result, `${method} result`)
          return decoded._tag === "Ok" ? Effect.succeed(decoded.value) : Effect.fail(decoded.error)
        }
      )

    const request = <M extends ClientRequestMethod>(method: M, ...args: RequestArgs<M>) =>
      Effect.zipRight(initialize, requestRaw(method, args[0], args[1]?.timeout)) as Effect.Effect<
        ClientRequestResponse<M>,
        CodexError
      >

    const turn = (threadId: string, input: Input, turnOptions: TurnOptions = {}) =>
      Effect.gen(function*() {
        yield* initialize
        if (turnOptions.approvals !== undefined) {
          const handlers = turnOptions.approvals
          yield* Effect.acquireRelease(
            Effect.sync(() => threadApprovals.set(threadId, handlers)),
            () => Effect.sync(() => threadApprovals.get(threadId) === handlers && threadApprovals.delete(threadId))
          )
        }
        const subscription = yield* registry.start(
          { ...turnOptions.params, threadId, input: toUserInput(input) },
          turnOptions.startTimeout !== undefined ? { timeout: turnOptions.startTimeout } : undefined
        )
        const { turnId } = subscription
        const interruptWithin = (timeout?: Duration.DurationInput) =>
          Effect.asVoid(requestRaw("turn/interrupt", { threadId, turnId }, timeout))
        // Structured concurrency reaches the server: releasing a running turn interrupts it.
        yield* Effect.addFinalizer(() =>
          Effect.flatMap(subscription.isCompleted, (completed) =>
            completed ? Effect.void : Effect.ignore(interruptWithin(turnOptions.interruptTimeout ?? "5 seconds"))
          )
        )
        const fold = makeFold(threadId, turnId)
        const stream = subscription.events.pipe(
          Stream.mapChunks((chunk) => {
            for (const event of chunk) fold.add(event)
            return chunk
          })
        )
        // The fold drains what is left of the turn in batches, without a Stream pipeline per turn
        // (which costs more than the turn itself when thousands run at once).
        const drain: Effect.Effect<void, CodexError> = Effect.flatMap(subscription.takeAll, ([batch, done]) => {
          for (const event of batch) fold.add(event)
          return done ? Effect.void : drain
        })
        const result = drain.pipe(
          Effect.zipRight(Effect.suspend((): Effect.Effect<RunResult, CodexError> => {
            const folded = fold.result()
            if (folded === undefined) {
              return Effect.fail(
                new ProtocolError({
                  reason: "InvalidPayload",
                  detail: `turn ${turnId} ended without turn/completed`
                })
              )
            }
            return folded instanceof Error ? Effect.fail(folded) : Effect.succeed(folded)
          }))
        )
        return {
          threadId,
          turnId,
          stream,
          result,
          steer: (more: Input) =>
            requestRaw("turn/steer", { threadId, input: toUserInput(more), expectedTurnId: turnId }) as Effect.Effect<
              TurnSteerResponse,
              CodexError
            >,
          interrupt: interruptWithin()
        } satisfies TurnHandle
      })

    const self: CodexClient = {
      request,
      notifications,
      initialize,
      turn,
      counts: Effect.gen(function*() {
        const pendingRequests = yield* router.pendingCount
        const { busyThreads, turns } = yield* registry.counts
        return { pendingRequests, turns, busyThreads, subscribers: subscribers.size }
      })
    }

    // Server requests: the turn's own handler for the method if it has one, else the client's
    // Approvals; run on the request's own fiber with the client available; the answer is shown
    // in the turn's stream before it is written.
    yield* router.handleServerRequests({
      handle: (request) => {
        const info = Approvals.requestInfo(request)
        const perTurn = info.threadId !== undefined ? threadApprovals.get(info.threadId) : undefined
        const useTurn = perTurn !== undefined && request._tag === "ServerRequest" &&
          perTurn[request.method] !== undefined
        return Approvals.answer(useTurn ? perTurn : approvals.handlers, approvals.timeout, request).pipe(
          Effect.provideService(CodexClient, self),
          Effect.tap((answer) =>
            registry.emit({
              _tag: "ServerRequestAnswered",
              id: request.id,
              method: request.method,
              params: request.params,
              answer
            })
          )
        )
      }
    })
    return self
  })

/** The client over whatever Transport the context provides (stdio, test, or your own). */
export const layerFromTransport = (options: Options = {}): Layer.Layer<CodexClient, never, Transport.Transport> =>
  Layer.scoped(CodexClient, make(options)).pipe(
    Layer.provide(TurnRegistry.layer(options)),
    Layer.provide(RpcRouter.layer(options))
  )

/** The client over the stdio transport: spawns the pinned codex binary (or `binaryPath`). */
export const layer = (
  options: Options & Transport.StdioOptions = {}
): Layer.Layer<CodexClient, TransportError> =>
  layerFromTransport(options).pipe(Layer.provide(Transport.layerStdio(options)))

/**
 * `layer` configured from the environment through Effect `Config`:
 * `CODEX_PATH` (binary), `CODEX_HOME`, `CODEX_CWD`, `CODEX_REQUEST_TIMEOUT` (a duration such as
 * "30 seconds"), `CODEX_EXPERIMENTAL_API` (boolean). Explicit `options` win.
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
