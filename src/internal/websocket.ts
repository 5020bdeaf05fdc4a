/**
 * The WebSocket transport: `codex app-server --listen ws://…` (or `unix://…`, WebSocket over a
 * unix socket), one JSON-RPC message per text frame.
 *
 * The `ws` package, because the platform's WebSocket has no request headers (the bearer token),
 * no unix sockets, no ping, and does not show the body of a refused upgrade.
 *
 * One socket at a time. Without `reconnect`, its end is the transport's end. With it, an
 * unexpected end starts a reconnect under the schedule: sends wait at a gate (racing the final
 * close), the steps registered through `internal/connection.ts` re-attach (initialize, resume,
 * re-attach turns), and the gate opens.
 */
import { Buffer } from "node:buffer"
import type { IncomingMessage } from "node:http"
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as FiberRef from "effect/FiberRef"
import * as FiberSet from "effect/FiberSet"
import * as Mailbox from "effect/Mailbox"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as Scope from "effect/Scope"
import WebSocket from "ws"
import { TransportError } from "../CodexError.js"
import type { CloseReason, Incoming, SendOptions, Transport, WebSocketOptions } from "../Transport.js"
import { attaching, type Lifecycle, type Reattach, registerLifecycle } from "./connection.js"
import * as FastPath from "./fastPath.js"
import { makeRedactor, registerSecrets } from "./redact.js"
import { asTransportError, closedError, messageOf, plainCause } from "./transportErrors.js"

const DEFAULT_MAX_MESSAGE = 128 * 1024 * 1024
const DEFAULT_MAX_OUTBOUND = 64 * 1024 * 1024
/** How much of a refused upgrade's body an error keeps. */
const BODY_LIMIT = 2048


const isLoopback = (hostname: string) => {
  const host = hostname.replace(/^\[|\]$/g, "")
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Where `ws` connects: `ws://` and `wss://` as given; `unix:///path` as `ws+unix:///path:/`. */
export const addressOf = (url: string, hasToken: boolean, allowInsecureToken: boolean): string | TransportError => {
  const invalid = (why: string) => new TransportError({ reason: "Config", detail: `invalid WebSocket url ${JSON.stringify(url)}: ${why}` })
  if (url.startsWith("unix://")) {
    const socketPath = url.slice("unix://".length)
    if (!socketPath.startsWith("/")) return invalid("a unix socket url is unix:///absolute/path")
    return `ws+unix://${socketPath}:/`
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return invalid("not a URL")
  }
  if (parsed.protocol !== "ws:" && parsed.protocol !== "wss:") return invalid("the scheme must be ws://, wss:// or unix://")
  if (parsed.username !== "" || parsed.password !== "") return invalid("credentials go in bearerToken, not in the url")
  if (parsed.protocol === "ws:" && hasToken && !allowInsecureToken && !isLoopback(parsed.hostname)) {
    return new TransportError({
      reason: "Config",
      detail: `refusing to send a bearer token in clear text to ${parsed.hostname}: use wss://, a loopback address, ` +
        "or a unix socket (allowInsecureToken: true overrides this)"
    })
  }
  return url
}


type Phase = "open" | "reconnecting" | "attaching"

export const make = (options: WebSocketOptions): Effect.Effect<Transport.Service, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    const token = options.bearerToken
    const tokenEffect: Effect.Effect<Redacted.Redacted<string> | undefined, TransportError> = token === undefined
      ? Effect.succeed(undefined)
      : Redacted.isRedacted(token)
      ? Effect.succeed(token as Redacted.Redacted<string>)
      : (token as Effect.Effect<Redacted.Redacted<string>, TransportError>)
    const address = addressOf(options.url, token !== undefined, options.allowInsecureToken === true)
    if (address instanceof TransportError) return yield* address
    const openMs = Duration.toMillis(Duration.decode(options.openTimeout ?? "10 seconds"))
    const closeMs = Duration.toMillis(Duration.decode(options.closeTimeout ?? "2 seconds"))
    const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE
    const maxOutboundBytes = options.maxOutboundBytes ?? DEFAULT_MAX_OUTBOUND
    const heartbeat = options.heartbeat === false ? undefined : {
      intervalMs: Duration.toMillis(Duration.decode(options.heartbeat?.interval ?? "15 seconds")),
      timeoutMs: Duration.toMillis(Duration.decode(options.heartbeat?.timeout ?? "10 seconds"))
    }

    // Every token this transport sent is redacted from what it renders, and from what the codec renders.
    const secrets: Array<string> = []
    let redactor = makeRedactor(secrets)
    const unregisters: Array<() => void> = []
    yield* Effect.addFinalizer(() => Effect.sync(() => unregisters.forEach((f) => f())))
    const remember = (value: string) => {
      if (secrets.includes(value)) return
      secrets.push(value)
      redactor = makeRedactor(secrets)
      unregisters.push(registerSecrets([value]))
    }
    const redact = (text: string) => redactor(text)

    const run = yield* FiberSet.makeRuntime<never>()
    const incoming = yield* Mailbox.make<Incoming, CloseReason>()
    const closedWith = yield* Deferred.make<CloseReason>()
    const closeDone = yield* Deferred.make<void>()

    // ---- connecting ---------------------------------------------------------------------------

    /** One attempt: the socket once it is open, or why not (typed, redacted, with the server's words). */
    const connectOnce: Effect.Effect<WebSocket, TransportError> = Effect.flatMap(tokenEffect, (bearer) =>
      Effect.async<WebSocket, TransportError>((resume) => {
        const headers: Record<string, string> = {}
        if (bearer !== undefined) {
          const value = Redacted.value(bearer)
          remember(value)
          headers.authorization = `Bearer ${value}`
        }
        const failed = (detail: string, extra: { httpStatus?: number; cause?: unknown } = {}) =>
          new TransportError({ reason: "Connect", detail: redact(`cannot connect to ${options.url}: ${detail}`), ...extra })
        let settled = false
        let socket: WebSocket | undefined
        const timer = setTimeout(() => settle(failed(`no answer within ${openMs} ms`)), openMs)
        /** A failed attempt: nothing of it may survive. */
        const settle = (error: TransportError) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          socket?.terminate()
          resume(Effect.fail(error))
        }
        try {
          socket = new WebSocket(address, {
            headers,
            maxPayload: maxMessageBytes,
            perMessageDeflate: false,
            followRedirects: false,
            handshakeTimeout: openMs
          })
        } catch (error) {
          settle(failed(messageOf(error), { cause: plainCause(error, redactor) }))
          return
        }
        const s = socket
        // an 'error' without a listener would crash the process; after open, 'close' tells the story
        s.on("error", (error) => {
          if (!settled) settle(failed(messageOf(error), { cause: plainCause(error, redactor) }))
        })
        s.on("unexpected-response", (request, response: IncomingMessage) => {
          const status = response.statusCode ?? 0
          let body = ""
          const finish = () => {
            request.destroy()
            const text = body.trim().slice(0, BODY_LIMIT)
            settle(failed(
              `the server refused the upgrade with HTTP ${status}${text.length > 0 ? `: ${text}` : ""}`,
              { httpStatus: status }
            ))
          }
          response.setEncoding("utf8")
          response.on("data", (chunk: string) => {
            body += chunk
            if (body.length >= BODY_LIMIT) finish()
          })
          response.on("end", finish)
          response.on("error", finish)
        })
        s.once("open", () => {
          if (settled) return s.terminate()
          settled = true
          clearTimeout(timer)
          resume(Effect.succeed(s))
        })
        return Effect.sync(() => {
          // interrupted: nothing of this attempt may survive
          settled = true
          clearTimeout(timer)
          s.terminate()
        })
      }))

    // ---- the connection -----------------------------------------------------------------------

    let ended = false
    let closing = false
    let phase: Phase = "open"
    let current: WebSocket | undefined
    /** Opens when the phase is "open" again; sends that arrive meanwhile wait for it. */
    let gate = Deferred.unsafeMake<void>(FiberId.none)
    Deferred.unsafeDone(gate, Exit.void)
    let attempt = 0
    const dropListeners: Array<(error: TransportError) => void> = []
    const reattachSteps: Array<(info: Reattach) => Effect.Effect<void, unknown>> = []

    const endWith = (reason: CloseReason) => {
      if (ended) return
      ended = true
      Deferred.unsafeDone(closedWith, Exit.succeed(reason))
      incoming.unsafeDone(Exit.fail(reason))
    }

    /** The socket's end, once: the reason, from its close code and what went wrong before it. */
    const install = (socket: WebSocket) => {
      current = socket
      let failure: TransportError | undefined
      let pongTimer: ReturnType<typeof setTimeout> | undefined
      let pingTimer: ReturnType<typeof setInterval> | undefined
      const alive = () => {
        if (pongTimer !== undefined) clearTimeout(pongTimer)
        pongTimer = undefined
      }
      if (heartbeat !== undefined) {
        pingTimer = setInterval(() => {
          if (pongTimer !== undefined || socket.readyState !== WebSocket.OPEN) return
          pongTimer = setTimeout(() => {
            failure = closedError(`no answer to a ping within ${heartbeat.timeoutMs} ms: the connection is dead`)
            socket.terminate()
          }, heartbeat.timeoutMs)
          pongTimer.unref()
          socket.ping()
        }, heartbeat.intervalMs)
        pingTimer.unref()
      }
      socket.on("pong", alive)
      socket.on("message", (data: Buffer | ArrayBuffer | Array<Buffer>) => {
        alive()
        if (socket !== current) return
        const text = Buffer.isBuffer(data)
          ? data.toString("utf8")
          : Array.isArray(data)
          ? Buffer.concat(data).toString("utf8")
          : Buffer.from(data).toString("utf8")
        incoming.unsafeOffer(text)
      })
      socket.on("error", (error) => {
        failure ??= (error as { code?: string }).code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"
          ? new TransportError({
            reason: "Read",
            detail: `the server sent a message longer than maxMessageBytes (${maxMessageBytes})`,
            cause: plainCause(error, redactor)
          })
          : new TransportError({
            reason: "Read",
            detail: redact(`the WebSocket failed: ${messageOf(error)}`),
            cause: plainCause(error, redactor)
          })
      })
      socket.on("close", (code: number, why: Buffer) => {
        alive()
        if (pingTimer !== undefined) clearInterval(pingTimer)
        if (socket !== current) return
        current = undefined
        if (closing || ended) return
        const text = why.toString("utf8")
        gone(
          failure ?? closedError(redact(`the server closed the connection (code ${code}${text.length > 0 ? `: ${text}` : ""})`))
        )
      })
    }

    const gone = (error: TransportError) => {
      if (options.reconnect === undefined) return endWith(error)
      if (phase === "open") gate = Deferred.unsafeMake<void>(FiberId.none)
      phase = "reconnecting"
      for (const listener of dropListeners) listener(error)
      run(reconnect(error))
    }

    const reconnect = (lastError: TransportError): Effect.Effect<void> =>
      Effect.gen(function*() {
        const socket = yield* Effect.retry(connectOnce, { schedule: options.reconnect!, while: () => !closing && !ended }).pipe(
          Effect.mapError((error) =>
            new TransportError({
              reason: error.reason,
              detail: `reconnecting failed: ${error.detail}`,
              ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}),
              cause: lastError
            })
          )
        )
        if (closing || ended) return socket.terminate()
        attempt += 1
        phase = "attaching"
        install(socket)
        for (const step of reattachSteps) {
          const exit = yield* Effect.exit(Effect.locally(step({ attempt }), attaching, true))
          if (current !== socket) return // dropped again: the next reconnect is under way
          if (Exit.isFailure(exit)) {
            current = undefined
            socket.terminate()
            return endWith(closedError(redact(`re-attaching after a reconnect failed: ${Cause.pretty(exit.cause)}`)))
          }
        }
        phase = "open"
        Deferred.unsafeDone(gate, Exit.void)
      }).pipe(Effect.catchAll((error) => Effect.sync(() => endWith(error))))

    // ---- closing ------------------------------------------------------------------------------

    const close: Effect.Effect<void> = Effect.suspend(() => {
      if (closing) return Deferred.await(closeDone)
      closing = true
      endWith(closedError("the client closed the connection"))
      const socket = current
      current = undefined
      if (socket === undefined) return Deferred.done(closeDone, Exit.void)
      return Effect.async<void>((resume) => {
        if (socket.readyState === WebSocket.CLOSED) return resume(Effect.void)
        const timer = setTimeout(() => {
          socket.terminate()
          resume(Effect.void)
        }, closeMs)
        socket.once("close", () => {
          clearTimeout(timer)
          resume(Effect.void)
        })
        try {
          socket.close(1000)
        } catch {
          socket.terminate()
        }
      }).pipe(Effect.ensuring(Deferred.done(closeDone, Exit.void)))
    }).pipe(Effect.uninterruptible)

    // ---- writing ------------------------------------------------------------------------------

    const failClosed = Effect.flatMap(Deferred.await(closedWith), (reason) => Effect.fail(asTransportError(reason)))

    /** Hands the line to the socket; waits (racing the close) only while the socket pushes back. */
    const write = (socket: WebSocket, line: string, options: SendOptions | undefined): Effect.Effect<void, TransportError> => {
      let outcome: { readonly error: Error | undefined } | undefined
      let waiter: ((error: Error | undefined) => void) | undefined
      socket.send(line, (error) => {
        // a socket torn down under a write calls back without an error: the line did not go out
        const failed = error ?? (socket.readyState !== WebSocket.OPEN ? new Error("the socket closed before the line was written") : undefined)
        outcome = { error: failed }
        waiter?.(failed)
      })
      options?.onWritten?.()
      if (socket.bufferedAmount <= maxOutboundBytes) return Effect.void
      const flushed = Effect.async<void, TransportError>((resume) => {
        const settle = (error: Error | undefined) =>
          resume(
            error === undefined ? Effect.void : Effect.fail(
              new TransportError({
                reason: "Write",
                detail: redact(`writing to the WebSocket failed: ${error.message}`),
                cause: plainCause(error, redactor)
              })
            )
          )
        if (outcome !== undefined) return settle(outcome.error)
        waiter = settle
      })
      return Effect.raceFirst(flushed, failClosed)
    }

    /**
     * Waits for the connection to come back, then sends. A line whose caller gave up first
     * (`abandon`) is never sent; the caller learns why from its own side (a timeout, the close).
     */
    const waitGate = (line: string, options: SendOptions | undefined): Effect.Effect<void, TransportError> => {
      const opened = Effect.raceFirst(Deferred.await(gate), failClosed)
      if (options?.abandon === undefined) return Effect.zipRight(opened, send(line, options))
      return Effect.raceFirst(Effect.as(opened, true), Effect.as(Effect.exit(options.abandon), false)).pipe(
        Effect.flatMap((go) => go ? send(line, options) : Effect.void)
      )
    }

    const send = (line: string, options?: SendOptions): Effect.Effect<void, TransportError> =>
      Effect.suspend(() => {
        if (ended) return failClosed
        const socket = current
        if (phase === "open" && socket !== undefined) return write(socket, line, options)
        return Effect.flatMap(FiberRef.get(attaching), (bypass) =>
          bypass && socket !== undefined && phase === "attaching" ? write(socket, line, options) : waitGate(line, options))
      })

    // ---- the first connection -----------------------------------------------------------------

    const first = yield* connectOnce
    yield* Effect.addFinalizer(() => close)
    install(first)

    const incomingStream = Mailbox.toStream(incoming)
    FastPath.registerPull(incomingStream, { takeAll: incoming.takeAll, onTake: () => {} })
    const service: Transport.Service = {
      send,
      incoming: incomingStream,
      close,
      queuedBytes: Effect.sync(() => current?.bufferedAmount ?? 0),
      redact
    }
    FastPath.registerTrySend(service, (line) => {
      const socket = current
      if (ended || phase !== "open" || socket === undefined || socket.bufferedAmount > maxOutboundBytes) return false
      socket.send(line)
      return true
    })
    if (options.reconnect !== undefined) {
      const lifecycle: Lifecycle = {
        onDrop: (f) => void dropListeners.push(f),
        onReattach: (f) => void reattachSteps.push(f)
      }
      registerLifecycle(service, lifecycle)
    }
    return service
  })

/** The default reconnect schedule: exponential from 100 ms, capped at 5 s, for at most a minute. */
export const defaultReconnect: Schedule.Schedule<unknown, TransportError> = Schedule.exponential("100 millis").pipe(
  Schedule.either(Schedule.spaced("5 seconds")),
  Schedule.upTo("1 minute")
)
