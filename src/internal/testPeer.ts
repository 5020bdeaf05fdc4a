/**
 * The in-memory transport and its peer: the body of the test double in `effect-codex/testing`.
 * The client side is a `Transport` like any other (its input goes through the same line framer as
 * stdio); the server side is a `TestPeer` that a script or the test drives.
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Mailbox from "effect/Mailbox"
import type { Predicate, Refinement } from "effect/Predicate"
import * as Queue from "effect/Queue"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import { TransportError } from "../CodexError.js"
import type {
  ClientNotificationMap,
  ClientNotificationMethod,
  ClientRequestMethod,
  ClientRequestParams,
  ServerNotificationMethod,
  ServerNotificationParams,
  ServerRequestMethod,
  ServerRequestParams
} from "../generated/methods.js"
import type { CloseReason, Transport } from "../Transport.js"
import type { RequestId, RpcErrorObject } from "./codec.js"
import { framed } from "./framing.js"

// ---- what the client writes ----------------------------------------------------------------------

/** A request the client wrote, typed by its method (`M` narrows it to some methods). */
export type ClientRequestMessage<M extends ClientRequestMethod = ClientRequestMethod> = {
  readonly [K in M]: {
    readonly id: number
    readonly method: K
    readonly params: ClientRequestParams<K>
    readonly result?: undefined
    readonly error?: undefined
  }
}[M]

/** A notification the client wrote (`initialized`). */
export type ClientNotificationMessage = {
  readonly [K in ClientNotificationMethod]: {
    readonly id?: undefined
    readonly method: K
    readonly params?: ClientNotificationMap[K]["params"]
  }
}[ClientNotificationMethod]

/**
 * The client's answer to a server request: the request's id (as parsed: an integer beyond 2^53
 * loses digits here, `sentRaw` has them) with a result or an error.
 */
export type ClientAnswerMessage =
  | {
    readonly id: string | number
    readonly method?: undefined
    readonly result: unknown
    readonly error?: undefined
  }
  | {
    readonly id: string | number
    readonly method?: undefined
    readonly result?: undefined
    readonly error: RpcErrorObject
  }

/** Anything the client writes: a request, a notification, or an answer to a server request. */
export type ClientMessage = ClientRequestMessage | ClientNotificationMessage | ClientAnswerMessage

// ---- what the server sends -----------------------------------------------------------------------

/** A response to a client request, with a result or an error. */
export type ServerResponseMessage =
  | { readonly id: RequestId; readonly result: unknown }
  | { readonly id: RequestId; readonly error: RpcErrorObject }

/** A server notification, typed by its method. */
export type ServerNotificationMessage<M extends ServerNotificationMethod = ServerNotificationMethod> = {
  readonly [K in M]: { readonly method: K; readonly params: ServerNotificationParams<K> }
}[M]

/** A server request (an approval, a tool call, ...), typed by its method. A `bigint` id keeps its digits. */
export type ServerRequestMessage<M extends ServerRequestMethod = ServerRequestMethod> = {
  readonly [K in M]: { readonly id: RequestId; readonly method: K; readonly params: ServerRequestParams<K> }
}[M]

/** Anything the peer can send as a typed message. Other text goes through `sendRaw`. */
export type ServerMessage = ServerResponseMessage | ServerNotificationMessage | ServerRequestMessage

// ---- the peer ------------------------------------------------------------------------------------

/** `awaitSent` waited for something the client did not write. */
export class NotSentError extends Schema.TaggedError<NotSentError>()("NotSentError", {
  /** What was awaited. */
  awaited: Schema.String,
  /** `Timeout`: not within `timeoutMs`; `Closed`: the connection closed first. */
  reason: Schema.Literal("Timeout", "Closed"),
  timeoutMs: Schema.optional(Schema.Number),
  /** What the client did write, oldest first (methods, or `answer to <id>`). */
  written: Schema.Array(Schema.String)
}) {
  override get message(): string {
    const when = this.reason === "Timeout"
      ? `within ${this.timeoutMs} ms`
      : "before the connection closed"
    const written = this.written.length === 0 ? "nothing" : this.written.join(", ")
    return `the client did not write ${this.awaited} ${when}; it wrote: ${written}`
  }
}

export interface AwaitSentOptions {
  /**
   * Fail with `NotSentError` when nothing matching is written within this long. Real time, under
   * the live clock and under `TestClock` alike: it bounds the test, it is not part of the scenario.
   * Default: wait while the connection is open.
   */
  readonly timeout?: Duration.DurationInput
  /** What is awaited, for the error. Default: the method, or the predicate's source. */
  readonly what?: string
}

/** See `TestPeer.awaitSent`. */
export interface AwaitSent {
  <M extends ClientRequestMethod>(method: M, options?: AwaitSentOptions): Effect.Effect<ClientRequestMessage<M>, NotSentError>
  <A extends ClientMessage>(refinement: Refinement<ClientMessage, A>, options?: AwaitSentOptions): Effect.Effect<A, NotSentError>
  (predicate: Predicate<ClientMessage>, options?: AwaitSentOptions): Effect.Effect<ClientMessage, NotSentError>
}

/** The server side of an in-memory transport. */
export interface TestPeerService {
  /**
   * The first message the client wrote, or writes later, that matches: a request method, or a
   * predicate (a predicate that throws does not match). Because it looks at everything written so
   * far, it never misses a message that was written before it was called. Fails with
   * `NotSentError` after `options.timeout`, or when the connection closes first.
   */
  readonly awaitSent: AwaitSent
  /** Every message the client has written so far, parsed, in order. */
  readonly sent: Effect.Effect<ReadonlyArray<ClientMessage>>
  /** Every line the client has written so far, exactly as written (ids beyond 2^53 keep their digits). */
  readonly sentRaw: Effect.Effect<ReadonlyArray<string>>
  /** Sends messages to the client as lines, all in one chunk (one read on the client side). */
  readonly send: (...messages: ReadonlyArray<ServerMessage>) => Effect.Effect<void>
  /** Sends raw text, which may hold partial lines, several lines, or anything else. */
  readonly sendRaw: (text: string) => Effect.Effect<void>
  /** Ends the connection from the server side, as a crash or exit would (default: `TransportError` `Closed`). */
  readonly close: (error?: TransportError) => Effect.Effect<void>
}

/** The tag under which the test layers provide the peer. */
export class TestPeer extends Context.Tag("effect-codex/testing/TestPeer")<TestPeer, TestPeerService>() {}

export declare namespace TestPeer {
  /** The peer's operations. */
  export type Service = TestPeerService
}

/**
 * The server's side of the conversation: called with each message the client writes, in order, on
 * one fiber of its own (a script that waits holds back the next message; fork to go on).
 */
export type TestScript = (message: ClientMessage, peer: TestPeerService) => Effect.Effect<void>

export interface TestOptions {
  /** Longest accepted line from the peer, in characters (default 128 MiB, as stdio). */
  readonly maxLineBytes?: number
}

/** A server message as one line: a `bigint` id is written with all its digits. */
export const encodeServerMessage = (message: ServerMessage): string => {
  if (!("id" in message) || typeof message.id !== "bigint") return JSON.stringify(message)
  const { id, ...rest } = message
  const body = JSON.stringify(rest)
  return `{"id":${id.toString()}${body === "{}" ? "" : "," + body.slice(1, -1)}}`
}

const describeMessage = (message: ClientMessage): string =>
  message.method !== undefined ? message.method : `answer to ${JSON.stringify(message.id)}`

interface Waiter {
  readonly what: string
  readonly matches: (message: ClientMessage) => boolean
  readonly done: (result: Effect.Effect<ClientMessage, NotSentError>) => void
}

/** A linked in-memory transport and its peer. Chunks go through the same line framer as stdio. */
export const make = (
  script?: TestScript,
  options: TestOptions = {}
): Effect.Effect<{ readonly transport: Transport.Service; readonly peer: TestPeerService }, never, Scope.Scope> =>
  Effect.gen(function*() {
    const toClient = yield* Mailbox.make<string, CloseReason>()
    const fromClient = yield* Queue.unbounded<ClientMessage>()
    const log: Array<ClientMessage> = []
    const raw: Array<string> = []
    const waiters = new Set<Waiter>()
    let closed = false
    const closedError = (detail: string) => new TransportError({ reason: "Closed", detail })
    const notSent = (awaited: string, reason: "Timeout" | "Closed", timeoutMs?: number) =>
      new NotSentError({
        awaited,
        reason,
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        written: log.map(describeMessage)
      })

    const awaitSent = (
      selector: ClientRequestMethod | Predicate<ClientMessage>,
      awaitOptions: AwaitSentOptions = {}
    ): Effect.Effect<ClientMessage, NotSentError> =>
      Effect.async<ClientMessage, NotSentError>((resume) => {
        const test = typeof selector === "string"
          ? (message: ClientMessage) => message.method === selector && message.id !== undefined
          : selector
        const matches = (message: ClientMessage) => {
          try {
            return test(message)
          } catch {
            return false
          }
        }
        const what = awaitOptions.what ??
          (typeof selector === "string" ? `a ${selector} request` : `a message matching ${String(selector)}`)
        const found = log.find(matches)
        if (found !== undefined) return resume(Effect.succeed(found))
        if (closed) return resume(Effect.fail(notSent(what, "Closed")))
        let timer: ReturnType<typeof setTimeout> | undefined
        const waiter: Waiter = {
          what,
          matches,
          done: (result) => {
            waiters.delete(waiter)
            clearTimeout(timer)
            resume(result)
          }
        }
        waiters.add(waiter)
        if (awaitOptions.timeout !== undefined) {
          const ms = Duration.toMillis(awaitOptions.timeout)
          timer = setTimeout(() => waiter.done(Effect.fail(notSent(what, "Timeout", ms))), ms)
        }
        return Effect.sync(() => {
          waiters.delete(waiter)
          clearTimeout(timer)
        })
      })

    const endConnection = (error: CloseReason) =>
      Effect.suspend(() => {
        closed = true
        for (const waiter of [...waiters]) waiter.done(Effect.fail(notSent(waiter.what, "Closed")))
        return Effect.asVoid(toClient.fail(error))
      })

    const peer: TestPeerService = {
      awaitSent: awaitSent as AwaitSent,
      sent: Effect.sync(() => log.slice()),
      sentRaw: Effect.sync(() => raw.slice()),
      send: (...messages) =>
        Effect.asVoid(toClient.offer(messages.map((m) => encodeServerMessage(m) + "\n").join(""))),
      sendRaw: (text) => Effect.asVoid(toClient.offer(text)),
      close: (error) => endConnection(error ?? closedError("the test peer closed the connection"))
    }

    const record = (line: string) => {
      // the client writes only what its own encoder produced: a JSON object of one of these shapes
      const message = JSON.parse(line) as ClientMessage
      raw.push(line)
      log.push(message)
      for (const waiter of [...waiters]) {
        if (waiter.matches(message)) waiter.done(Effect.succeed(message))
      }
      return message
    }

    const transport: Transport.Service = {
      // never back-pressured: every line is handed over at once
      send: (line, sendOptions) =>
        Effect.suspend(() => {
          if (closed) return Effect.fail(closedError("the connection is closed"))
          const message = record(line)
          sendOptions?.onWritten?.()
          return script === undefined ? Effect.void : Queue.offer(fromClient, message)
        }).pipe(Effect.asVoid),
      incoming: framed(Mailbox.toStream(toClient), options.maxLineBytes ?? 128 * 1024 * 1024),
      close: endConnection(closedError("the client closed the connection")),
      queuedBytes: Effect.succeed(0)
    }
    if (script !== undefined) {
      yield* Queue.take(fromClient).pipe(
        Effect.flatMap((message) => script(message, peer)),
        Effect.forever,
        Effect.forkScoped
      )
    }
    return { transport, peer }
  })
