/**
 * The `initialize` handshake, owned by the client rather than by its first caller. codex accepts
 * `initialize` once per connection, so the request runs on a fiber of the client's, without a time
 * limit of its own: callers bound only their own wait, and one that is interrupted or times out
 * leaves the handshake running for the next. A refused handshake is tried again by the next call.
 */
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as FiberSet from "effect/FiberSet"
import type * as Scope from "effect/Scope"
import type { ServerInfo } from "../CodexClient.js"
import { type InitializeFailure, InitializeError, RequestTimeoutError, TransportError } from "../CodexError.js"
import { ClientRequests } from "../generated/methods.js"
import type { RpcRouter } from "../RpcRouter.js"
import { decodePayload } from "./codec.js"

export interface HandshakeOptions {
  readonly clientInfo: { readonly name: string; readonly title?: string; readonly version: string }
  readonly experimentalApi: boolean
  readonly optOutNotificationMethods?: ReadonlyArray<string>
  /** How long a caller waits for the handshake unless its own call says otherwise. */
  readonly requestTimeout: Duration.DurationInput
}

export interface Handshake {
  /** Waits for the shared handshake (starting it if none runs) and returns the server's facts. */
  readonly initialize: Effect.Effect<ServerInfo, InitializeFailure>
  /** The same for a call with its own time limit; free once initialized. */
  readonly initialized: (timeout: Duration.DurationInput | undefined) => Effect.Effect<void, InitializeFailure>
  /** Whether the handshake is done (then `initialized` is `Effect.void`). */
  readonly isDone: () => boolean
  /** On a new connection after a reconnect: initializes again, if the old one was. */
  readonly reinitialize: Effect.Effect<void, InitializeFailure>
}

/**
 * What a userAgent says of the server. codex writes `<originator>/<codex version> (…)`, where the
 * originator is the client's own `clientInfo.name`: that name is never the server's, which is
 * then `codex`.
 */
export const parseUserAgent = (
  userAgent: string,
  clientName: string
): { name: string; version: string } | undefined => {
  const match = /^([^/\s]+)\/(\S+)/.exec(userAgent)
  if (!match) return undefined
  return { name: match[1] === clientName ? "codex" : match[1]!, version: match[2]! }
}

export const makeHandshake = (router: RpcRouter.Service, options: HandshakeOptions): Effect.Effect<Handshake, never, Scope.Scope> =>
  Effect.gen(function*() {
    let serverInfo: ServerInfo | undefined
    let inFlight: Deferred.Deferred<ServerInfo, InitializeFailure> | undefined
    const fibers = yield* FiberSet.make()
    const capabilities = {
      experimentalApi: options.experimentalApi,
      ...(options.optOutNotificationMethods !== undefined
        ? { optOutNotificationMethods: options.optOutNotificationMethods }
        : {})
    }

    const handshake = Effect.gen(function*() {
      const raw = yield* router.request("initialize", { clientInfo: options.clientInfo, capabilities }, {
        timeout: Duration.infinity
      }).pipe(
        Effect.catchTags({
          RpcError: (cause) => new InitializeError({ detail: `the server refused: ${cause.message}`, cause }),
          RequestTimeoutError: (cause) => new InitializeError({ detail: cause.message, cause })
        })
      )
      const fail = (detail: string) => router.close.pipe(Effect.zipRight(new InitializeError({ detail })))
      const decoded = decodePayload(ClientRequests.initialize.response, raw, "initialize result")
      if (decoded._tag === "Invalid") {
        return yield* fail(`missing required metadata: ${decoded.error.detail}`)
      }
      const response = decoded.value
      const declared = (raw as { serverInfo?: { name?: unknown; version?: unknown } }).serverInfo
      const named = typeof declared?.name === "string" && typeof declared.version === "string"
        ? { name: declared.name, version: declared.version }
        : parseUserAgent(response.userAgent, options.clientInfo.name)
      if (response.userAgent.length === 0 || named === undefined) {
        return yield* fail("missing required metadata: userAgent with a server name and version")
      }
      yield* router.notify("initialized")
      return { ...named, userAgent: response.userAgent, response }
    })

    const run = (done: Deferred.Deferred<ServerInfo, InitializeFailure>) =>
      handshake.pipe(
        // On every exit, interruption by the closing client included: no caller waits for ever.
        Effect.onExit((exit) =>
          Effect.suspend(() => {
            if (Exit.isSuccess(exit)) serverInfo = exit.value
            else if (inFlight === done) inFlight = undefined
            return Deferred.done(
              done,
              Exit.isFailure(exit) && Cause.isInterruptedOnly(exit.cause)
                ? Exit.fail(new TransportError({ reason: "Closed", detail: "the client closed during initialize" }))
                : exit
            )
          })
        )
      )

    const waitFor = (done: Deferred.Deferred<ServerInfo, InitializeFailure>, timeout: Duration.DurationInput) =>
      Deferred.await(done).pipe(
        Effect.timeoutFail({
          duration: timeout,
          onTimeout: () => {
            const ms = Duration.toMillis(Duration.decode(timeout))
            return new InitializeError({
              detail: `no answer to initialize within ${Duration.format(Duration.decode(timeout))}; ` +
                `the handshake goes on and the next call waits for it`,
              cause: new RequestTimeoutError({ method: "initialize", timeoutMs: ms })
            })
          }
        })
      )

    const awaitHandshake = (timeout: Duration.DurationInput) =>
      Effect.suspend((): Effect.Effect<ServerInfo, InitializeFailure> => {
        if (serverInfo !== undefined) return Effect.succeed(serverInfo)
        if (inFlight !== undefined) return waitFor(inFlight, timeout)
        const done = Deferred.unsafeMake<ServerInfo, InitializeFailure>(FiberId.none)
        inFlight = done
        return FiberSet.run(fibers, run(done)).pipe(Effect.zipRight(waitFor(done, timeout)))
      })

    return {
      initialize: awaitHandshake(options.requestTimeout),
      initialized: (timeout) =>
        serverInfo !== undefined ? Effect.void : Effect.asVoid(awaitHandshake(timeout ?? options.requestTimeout)),
      isDone: () => serverInfo !== undefined,
      reinitialize: Effect.suspend(() =>
        serverInfo === undefined
          ? Effect.void // never initialized: the next call does it, on the new connection
          : Effect.map(handshake, (info) => {
            serverInfo = info
          })
      )
    }
  })
