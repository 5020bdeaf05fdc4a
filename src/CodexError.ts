/**
 * The typed errors of effect-codex. Every failure the public API can produce is one of these;
 * nothing from `@effect/platform` and no `ParseError` crosses the public boundary.
 *
 * @since 0.1.0
 */
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import { redact } from "./internal/redact.js"

const optional = Schema.optional

/**
 * The connection to the app-server failed or is gone.
 *
 * - `Spawn`: the process could not be started (missing or non-executable binary).
 * - `Config`: the options cannot be applied safely, for instance a `Redacted` config value that
 *   could only reach codex through a file in your own codex home; nothing was started.
 * - `Closed`: the process exited, stdout reached EOF, or the client's scope closed.
 * - `Write`: writing to the server failed.
 * - `Read`: reading from the server failed.
 * - `Connect`: a network transport (WebSocket, unix socket) could not connect: the address is
 *   wrong or nobody listens, the upgrade timed out, or the server refused it (`httpStatus` and,
 *   in `detail`, the server's own words, such as a 401 for a missing or wrong bearer token).
 *
 * No text here carries a secret the options passed (argv, config and env values, see
 * `StdioOptions`) or a known credential pattern: `detail` and `stderrTail` are redacted (the tail
 * before it is cut, and without terminal escape sequences), and `cause` is never a platform error
 * object (which would carry the whole command line), only `{ code, message }` with the message
 * redacted, or the ProtocolError that closed the connection.
 *
 * @since 0.1.0
 * @category errors
 */
export class TransportError extends Schema.TaggedError<TransportError>()("TransportError", {
  reason: Schema.Literal("Spawn", "Config", "Closed", "Write", "Read", "Connect"),
  detail: Schema.String,
  httpStatus: optional(Schema.Number),
  exitCode: optional(Schema.Number),
  signal: optional(Schema.String),
  stderrTail: optional(Schema.String),
  cause: optional(Schema.Unknown)
}) {
  override get message(): string {
    const parts = [`${this.reason}: ${this.detail}`]
    if (this.httpStatus !== undefined) parts.push(`HTTP ${this.httpStatus}`)
    if (this.exitCode !== undefined) parts.push(`exit code ${this.exitCode}`)
    if (this.signal !== undefined) parts.push(`signal ${this.signal}`)
    let text = parts.join(", ")
    if (this.stderrTail !== undefined && this.stderrTail.length > 0) {
      text += `\n--- stderr (tail) ---\n${this.stderrTail.slice(-2000)}`
    }
    return text
  }
}

/**
 * JSON-RPC error code the app-server uses when its queues are full.
 *
 * @since 0.1.0
 * @category constants
 */
export const OVERLOADED_CODE = -32001

/** How much of a server's error message an `RpcError` keeps (codex's "unknown variant" lists run to 4 kB). */
const SERVER_MESSAGE_LIMIT = 500

/**
 * The server answered a request with a JSON-RPC error. `message` says which method failed with
 * which code; `detail` is the server's own message, cut to a bounded excerpt.
 *
 * @since 0.1.0
 * @category errors
 */
export class RpcError extends Schema.TaggedError<RpcError>()("RpcError", {
  method: Schema.String,
  code: Schema.Number,
  detail: Schema.String,
  data: optional(Schema.Unknown),
  attempts: optional(Schema.Number)
}) {
  /**
   * An RpcError from a wire error object, with the server's message bounded.
   *
   * @since 0.1.0
   * @category constructors
   */
  static fromWire(method: string, error: { readonly code: number; readonly message: string; readonly data?: unknown }): RpcError {
    // The server's text can echo what it was sent (a URL with its api-key, a config value):
    // redacted before it is cut, so no part of a secret survives at the edge.
    const text = redact(error.message)
    return new RpcError({
      method,
      code: error.code,
      detail: text.length <= SERVER_MESSAGE_LIMIT
        ? text
        : `${text.slice(0, SERVER_MESSAGE_LIMIT)}… (${text.length - SERVER_MESSAGE_LIMIT} more chars)`,
      ...(error.data !== undefined ? { data: error.data } : {})
    })
  }
  /** True when the server said it is overloaded: the request may be retried later. */
  get retryable(): boolean {
    if (this.code === OVERLOADED_CODE) return true
    const info = (this.data as { codexErrorInfo?: unknown } | null | undefined)?.codexErrorInfo
    return info === "serverOverloaded"
  }
  override get message(): string {
    return `${this.method} failed with ${this.code}: ${this.detail}` +
      (this.attempts !== undefined && this.attempts > 1 ? ` (gave up after ${this.attempts} attempts)` : "") +
      (this.retryable ? " [retryable]" : "")
  }
}

/**
 * A control request got no answer in time. Its pending entry has been removed.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestTimeoutError extends Schema.TaggedError<RequestTimeoutError>()("RequestTimeoutError", {
  method: Schema.String,
  timeoutMs: Schema.Number
}) {
  override get message(): string {
    return `${this.method} got no response within ${this.timeoutMs} ms`
  }
}

/**
 * A turn completed with status `failed`.
 *
 * @since 0.1.0
 * @category errors
 */
export class TurnFailedError extends Schema.TaggedError<TurnFailedError>()("TurnFailedError", {
  threadId: Schema.String,
  turnId: Schema.String,
  message: Schema.String,
  codexErrorInfo: optional(Schema.Unknown),
  additionalDetails: optional(Schema.Unknown)
}) {}

/**
 * A second turn was started on a thread whose turn is still running (or still starting).
 *
 * @since 0.1.0
 * @category errors
 */
export class ThreadBusyError extends Schema.TaggedError<ThreadBusyError>()("ThreadBusyError", {
  threadId: Schema.String,
  activeTurnId: optional(Schema.String)
}) {
  override get message(): string {
    const which = this.activeTurnId === undefined ? "a turn that is still starting" : `turn ${this.activeTurnId}`
    return `thread ${this.threadId} already runs ${which}; use steer or interrupt on that turn, ` +
      `or wait for it to complete`
  }
}

/**
 * A turn's consumer fell `capacity` events behind (`turnBufferCapacity` under `"fail"`,
 * `turnOverflowLimit` under the default `"overflow"`): its stream was ended and the turn was
 * interrupted on the server (a turn the client started; a followed one only with
 * `interruptOnLeave`). For a thread stream (`Codex.threadEvents`) `turnId` is empty and only the
 * stream ends.
 *
 * @since 0.1.0
 * @category errors
 */
export class TurnBufferFullError extends Schema.TaggedError<TurnBufferFullError>()("TurnBufferFullError", {
  threadId: Schema.String,
  turnId: Schema.String,
  capacity: Schema.Number
}) {
  override get message(): string {
    if (this.turnId === "") {
      return `the consumer of thread ${this.threadId}'s events fell ${this.capacity} events behind; ` +
        `its stream was ended (a thread stream's turns go on; a goal run pauses its goal)`
    }
    return `the consumer of turn ${this.turnId} (thread ${this.threadId}) fell ${this.capacity} events behind; ` +
      `its stream was ended and the turn interrupted (see onTurnBufferFull)`
  }
}

/**
 * A turn ran longer than its `timeout`: it was interrupted on the server.
 *
 * @since 0.1.0
 * @category errors
 */
export class TurnTimeoutError extends Schema.TaggedError<TurnTimeoutError>()("TurnTimeoutError", {
  threadId: Schema.String,
  turnId: Schema.String,
  timeoutMs: Schema.Number
}) {
  override get message(): string {
    return `turn ${this.turnId} (thread ${this.threadId}) did not complete within ${this.timeoutMs} ms; it was interrupted`
  }
}

/**
 * A running turn that cannot be followed (`Codex.followTurn`): the server does not know it
 * (`NotFound`: `thread/read` does not list it on that thread), another consumer has (or had) its
 * events (`Consumed`: the client that started it, or an earlier follower), or it was started by
 * the server and buffered more events than `turnOverflowLimit` before anyone followed it
 * (`Overflowed`). Follow the thread instead (`Codex.threadEvents`) to see every event from now on.
 *
 * @since 0.1.0
 * @category errors
 */
export class TurnUnavailableError extends Schema.TaggedError<TurnUnavailableError>()("TurnUnavailableError", {
  threadId: Schema.String,
  turnId: Schema.String,
  reason: Schema.Literal("NotFound", "Consumed", "Overflowed")
}) {
  override get message(): string {
    const why = this.reason === "NotFound"
      ? "the server does not list it on that thread"
      : this.reason === "Consumed"
      ? "another consumer has, or had, its events"
      : "it buffered more events than turnOverflowLimit before anyone followed it"
    return `turn ${this.turnId} (thread ${this.threadId}) cannot be followed: ${why}`
  }
}

/**
 * The answer of a turn run with `output` (structured output) did not decode as that schema:
 * `text` is the answer as the model gave it (or empty when the turn ended without one) and `issue`
 * what was wrong (not JSON, or the schema's parse issue); both redacted and cut to a bounded
 * excerpt. The turn itself completed: its `RunResult` is not lost, only its `output`.
 *
 * @since 0.1.0
 * @category errors
 */
export class OutputDecodeError extends Schema.TaggedError<OutputDecodeError>()("OutputDecodeError", {
  threadId: Schema.String,
  turnId: Schema.String,
  text: Schema.String,
  issue: Schema.String
}) {
  override get message(): string {
    return `the answer of turn ${this.turnId} (thread ${this.threadId}) does not decode as the output schema: ${this.issue}`
  }
}

/**
 * A login that ended without success: the server said so (`Failed`, with its message), or it
 * was cancelled (`Cancelled`: by `cancel`, by interrupting the fiber that awaited `completed`, or
 * by closing the login's scope). `detail` is the server's message (redacted and bounded) or what
 * ended the login on the client's side.
 *
 * @since 0.1.0
 * @category errors
 */
export class LoginError extends Schema.TaggedError<LoginError>()("LoginError", {
  loginId: Schema.String,
  flow: Schema.Literal("chatgpt", "chatgptDeviceCode"),
  reason: Schema.Literal("Failed", "Cancelled"),
  detail: Schema.String
}) {
  override get message(): string {
    return `${this.flow} login ${this.loginId} ${this.reason === "Cancelled" ? "was cancelled" : "failed"}: ${this.detail}`
  }
}

/**
 * The consumer of a lossless notification subscription fell `capacity` notifications behind:
 * rather than drop one, the subscription ended with this error. `subscription` says which one
 * (for a command: its method and process id).
 *
 * @since 0.1.0
 * @category errors
 */
export class NotificationBufferFullError extends Schema.TaggedError<NotificationBufferFullError>()(
  "NotificationBufferFullError",
  {
    subscription: Schema.String,
    capacity: Schema.Number
  }
) {
  override get message(): string {
    return `the consumer of ${this.subscription} fell ${this.capacity} notifications behind; ` +
      `its stream was ended rather than lose one`
  }
}

/**
 * A goal run that cannot go on: `Stalled` (the goal stayed `active`, yet for `idleTimeout` no
 * turn of it ran and the thread was idle: nothing would ever end the run; it was paused) or
 * `Ended` (`resume` on a handle whose run is over: nothing was sent; start a new run, with
 * `fresh: false` to keep the goal's usage).
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const run = (threadId: string) =>
 *   Codex.runGoal(threadId, "Make the tests pass.").pipe(
 *     Effect.catchTag("GoalError", (error) => Effect.succeed(`gave up: ${error.message}`))
 *   )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class GoalError extends Schema.TaggedError<GoalError>()("GoalError", {
  threadId: Schema.String,
  reason: Schema.Literal("Stalled", "Ended"),
  detail: Schema.String
}) {
  override get message(): string {
    return `goal of thread ${this.threadId}: ${this.reason}: ${this.detail}`
  }
}

/**
 * How a goal run can fail once started: the thread's event stream failed (the connection closed,
 * or the run's consumer fell too far behind: `TurnBufferFullError` with an empty `turnId`), a
 * request of the idle check failed, or `GoalError`.
 *
 * @since 0.1.0
 * @category errors
 */
export type GoalRunError = TurnStreamError | RequestError | GoalError

/**
 * A message broke the protocol. From the server: a line that is not JSON, not an object, not one
 * of the three message shapes, too long, a payload that does not match its method's schema, or a
 * turn status this version does not know (`UnknownTurnStatus`). From the caller: params or an
 * answer JSON cannot hold, such as a BigInt or a circular object (`Unencodable`; nothing was sent).
 *
 * @since 0.1.0
 * @category errors
 */
export class ProtocolError extends Schema.TaggedError<ProtocolError>()("ProtocolError", {
  reason: Schema.Literal(
    "InvalidJson",
    "NotAnObject",
    "InvalidEnvelope",
    "InvalidPayload",
    "LineTooLong",
    "TooManyInvalidLines",
    "Unencodable",
    "UnknownTurnStatus"
  ),
  detail: Schema.String,
  excerpt: optional(Schema.String)
}) {
  override get message(): string {
    return `${this.reason}: ${this.detail}` + (this.excerpt !== undefined ? ` (line: ${this.excerpt})` : "")
  }
}

/**
 * The `initialize` handshake failed; the transport has been closed.
 *
 * @since 0.1.0
 * @category errors
 */
export class InitializeError extends Schema.TaggedError<InitializeError>()("InitializeError", {
  detail: Schema.String,
  cause: optional(Schema.Unknown)
}) {
  override get message(): string {
    return `initialize failed: ${this.detail}`
  }
}

/**
 * Every error the public API fails with. Each verb's error channel names only the members it
 * can produce (`RequestError`, `TurnStartError`, `TurnStreamError`, `RunError`, …), so a
 * `catchTags` over it lists no impossible case.
 *
 * @example
 * ```ts
 * import { Codex, CodexLive } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * // `Codex.run` fails with `RunError`, the part of the union it can produce: `catchTags` offers
 * // exactly those tags, and what is not handled stays in the error channel, typed.
 * const answer = Effect.gen(function* () {
 *   const thread = yield* Codex.startThread()
 *   const result = yield* Codex.run(thread.id, "Summarise the README in one sentence")
 *   return result.finalResponse ?? "(no answer)"
 * }).pipe(
 *   Effect.catchTags({
 *     TurnFailedError: (error) => Effect.succeed(`the turn failed: ${error.message}`),
 *     TurnTimeoutError: (error) => Effect.succeed(`no answer within ${error.timeoutMs} ms`),
 *     RpcError: (error) => error.retryable ? Effect.succeed("codex is overloaded, try later") : Effect.fail(error)
 *   }),
 *   Effect.provide(CodexLive)
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export type CodexError =
  | TransportError
  | RpcError
  | RequestTimeoutError
  | TurnFailedError
  | ThreadBusyError
  | TurnBufferFullError
  | TurnTimeoutError
  | TurnUnavailableError
  | OutputDecodeError
  | LoginError
  | NotificationBufferFullError
  | GoalError
  | ProtocolError
  | InitializeError

/**
 * What a control request can fail with: `client.request` and the thread verbs. The connection
 * (`TransportError`), the server's answer (`RpcError`), its absence (`RequestTimeoutError`), a
 * message that breaks the protocol (`ProtocolError`), or the handshake (`InitializeError`).
 *
 * @since 0.1.0
 * @category errors
 */
export type RequestError = TransportError | RpcError | RequestTimeoutError | ProtocolError | InitializeError

/**
 * What the handshake can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type InitializeFailure = TransportError | ProtocolError | InitializeError

/**
 * What starting a turn can fail with: a request's errors, or a thread that is busy.
 *
 * @since 0.1.0
 * @category errors
 */
export type TurnStartError = RequestError | ThreadBusyError

/**
 * What a running turn's stream can fail with: the connection, the protocol, a consumer too far
 * behind, or the turn's own time limit.
 *
 * @since 0.1.0
 * @category errors
 */
export type TurnStreamError = TransportError | ProtocolError | TurnBufferFullError | TurnTimeoutError

/**
 * What folding a running turn can fail with: its stream's errors, or a turn that failed.
 *
 * @since 0.1.0
 * @category errors
 */
export type TurnResultError = TurnStreamError | TurnFailedError

/**
 * What `Codex.run` can fail with: starting the turn, or folding it.
 *
 * @since 0.1.0
 * @category errors
 */
export type RunError = TurnStartError | TurnResultError

/**
 * What following a running turn can fail with (`Codex.followTurn`): a request's errors (the
 * `thread/read` that checks the turn), a thread whose running turn is another one
 * (`ThreadBusyError`), or a turn that cannot be followed (`TurnUnavailableError`).
 *
 * @since 0.1.0
 * @category errors
 */
export type FollowError = RequestError | ThreadBusyError | TurnUnavailableError

/**
 * The union as a schema, for matching or serialising errors.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodexError = Schema.Union(
  TransportError,
  RpcError,
  RequestTimeoutError,
  TurnFailedError,
  ThreadBusyError,
  TurnBufferFullError,
  TurnTimeoutError,
  TurnUnavailableError,
  OutputDecodeError,
  LoginError,
  NotificationBufferFullError,
  GoalError,
  ProtocolError,
  InitializeError
)

const tags: ReadonlySet<string> = new Set(CodexError.members.map((member) => member._tag))

/**
 * True for any effect-codex error.
 *
 * @since 0.1.0
 * @category guards
 */
export const isCodexError = (u: unknown): u is CodexError =>
  Predicate.hasProperty(u, "_tag") && typeof u._tag === "string" && tags.has(u._tag)
