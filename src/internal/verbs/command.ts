/**
 * Standalone commands as `Codex` verbs (re-exported by `Codex.ts`): `exec` (`command/exec`, run
 * under the server's sandbox) and `spawn` (`process/spawn`, experimental, no sandbox).
 *
 * Each is a stream of the command's own output, ending with its exit code. What codex 0.169.0 does
 * (checked on the binary):
 * - `command/exec` with `streamStdoutStderr` (which needs a client-supplied `processId`) sends
 *   `command/exec/outputDelta` notifications while the process runs and answers only when it
 *   ends, with `{ exitCode, stdout: "", stderr: "" }`, after its last delta.
 *   `command/exec/terminate` answers `{}` and the command then answers with exit code 137.
 * - `process/spawn` answers `{}` once the process started; `process/outputDelta` notifications
 *   follow, then `process/exited { exitCode, … }`. `process/kill` answers `{}`, then
 *   `process/exited` comes with exit code 137.
 * - Both are killed by the server after 10 s unless told otherwise (`timeoutMs`; exit code 124).
 * - A `command/exec/write` or `process/kill` sent right after the command can arrive before the
 *   server has registered the process: it is refused ("no active …"), so both are asked again
 *   while the process has not ended.
 *
 * The output comes from a lossless subscription (`subscribeNotifications`) made before the
 * request is written, so a fast command's output is never missed. Leaving the stream while the
 * process runs (interruption, an early end, a failure) terminates it on the server once, in the
 * background, bounded by `terminateTimeout`.
 */
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { ProtocolError, type RequestError } from "../../CodexError.js"
import * as CodexClient from "../../CodexClient.js"
import type {
  CommandExecOutputDeltaNotification,
  CommandExecParams,
  CommandExecResponse,
  ProcessExitedNotification,
  ProcessOutputDeltaNotification,
  ProcessSpawnParams
} from "../../generated/schemas.js"
import type { Notification } from "../../RpcRouter.js"
import { streamVerb } from "../observability.js"
import type { NotificationBufferFullError } from "../../CodexError.js"

const client = CodexClient.CodexClient

// ---- models ------------------------------------------------------------------------------------

/**
 * A chunk of a command's output. `bytes` are the bytes as the process wrote them; `text` is them
 * decoded as UTF-8, carried on across the chunks of the same stream (a character split between
 * two chunks is in the second's `text`). `capReached` is set on the last chunk of a stream whose
 * output was cut at `outputBytesCap`.
 *
 * @example
 * ```ts
 * import type { Codex } from "effect-codex"
 *
 * const show = (event: Codex.CommandEvent): string =>
 *   event._tag === "Output" ? `${event.stream}: ${event.text}` : `exit code ${event.exitCode}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandOutput {
  readonly _tag: "Output"
  /** The command's `processId` (`exec`) or `processHandle` (`spawn`). */
  readonly processId: string
  readonly stream: "stdout" | "stderr"
  readonly bytes: Uint8Array
  readonly text: string
  readonly capReached: boolean
}

/**
 * The end of a command: its exit code (the server's own time limit ends it with 124, a
 * terminate with 137), whether each stream was cut at `outputBytesCap`, and (for `spawn`)
 * whether the server stopped waiting for output after the exit (`outputDrainTimedOut`).
 *
 * @example
 * ```ts
 * import type { Codex } from "effect-codex"
 *
 * const succeeded = (exited: Codex.CommandExited): boolean => exited.exitCode === 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExited {
  readonly _tag: "Exited"
  /** The command's `processId` (`exec`) or `processHandle` (`spawn`). */
  readonly processId: string
  readonly exitCode: number
  readonly stdoutCapReached: boolean
  readonly stderrCapReached: boolean
  readonly outputDrainTimedOut: boolean
}

/**
 * What `exec` and `spawn` stream: output chunks in the order the process wrote them, then one
 * `Exited`, last.
 *
 * @example
 * ```ts
 * import type { Codex } from "effect-codex"
 *
 * const exitCodeOf = (events: ReadonlyArray<Codex.CommandEvent>): number | undefined => {
 *   const last = events[events.length - 1]
 *   return last?._tag === "Exited" ? last.exitCode : undefined
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type CommandEvent = CommandOutput | CommandExited

/**
 * What a command's stream can fail with: a request's errors (the server refused the command,
 * with an `RpcError`: an empty argv, a duplicate process id, `spawn` without `experimentalApi`,
 * …; the connection closed; a payload that does not decode), or a consumer too far behind
 * (`NotificationBufferFullError`: the command is then terminated). A non-zero exit code is not a
 * failure: it is in `Exited`.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Effect from "effect/Effect"
 * import * as Stream from "effect/Stream"
 *
 * const lines = Codex.exec(["ls", "-1"]).pipe(
 *   Stream.runCollect,
 *   Effect.catchTag("NotificationBufferFullError", () => Effect.fail("read the output faster"))
 * )
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export type CommandError = RequestError | NotificationBufferFullError

/**
 * Options shared by `exec` and `spawn`.
 *
 * @example
 * ```ts
 * import type { Codex } from "effect-codex"
 * import * as Stream from "effect/Stream"
 *
 * const options: Codex.CommandOptions = {
 *   stdin: Stream.make("first line\n", "second line\n"),
 *   bufferSize: 1024,
 *   terminateTimeout: "2 seconds"
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandOptions {
  /**
   * Written to the process's stdin as it comes (strings as UTF-8), then stdin is closed. Without
   * it the process gets no stdin. A write the server refuses while the process runs fails the
   * stream; once the process has ended, what is left is dropped.
   */
  readonly stdin?: Stream.Stream<string | Uint8Array>
  /** Output chunks held for a slow consumer before the stream fails with `NotificationBufferFullError` (default 4096). */
  readonly bufferSize?: number
  /**
   * Time limit of the terminate sent in the background when the stream is left while the
   * process runs, retries included (default 5 seconds).
   */
  readonly terminateTimeout?: Duration.DurationInput
}

/**
 * `exec`'s options: `command/exec`'s params but the argv, and `CommandOptions`. `processId` is
 * generated unless given (give one to send `command/exec/resize` yourself); it must not be that
 * of another running command of this connection. Output is always streamed. The server ends the
 * command after 10 s unless `timeoutMs` or `disableTimeout` says otherwise.
 *
 * @example
 * ```ts
 * import type { Codex } from "effect-codex"
 *
 * const options: Codex.ExecOptions = { cwd: "/work/repo", timeoutMs: 60_000, env: { CI: "1" } }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ExecOptions
  extends Omit<CommandExecParams, "command" | "processId" | "streamStdin" | "streamStdoutStderr">, CommandOptions
{
  readonly processId?: string
}

/**
 * `spawn`'s options: `process/spawn`'s params but the argv, and `CommandOptions`. `cwd` is
 * required and absolute. `processHandle` is generated unless given (give one to send
 * `process/resizePty` yourself); it must not be that of another running process of this
 * connection. Output is always streamed. The server ends the process after 10 s unless
 * `timeoutMs` says otherwise (`null`: no limit).
 *
 * @example
 * ```ts
 * import type { Codex } from "effect-codex"
 *
 * const options: Codex.SpawnOptions = { cwd: "/work/repo", timeoutMs: null }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface SpawnOptions
  extends Omit<ProcessSpawnParams, "command" | "processHandle" | "streamStdin" | "streamStdoutStderr">, CommandOptions
{
  readonly processHandle?: string
}

// ---- machinery ---------------------------------------------------------------------------------

const DEFAULT_TERMINATE_TIMEOUT = "5 seconds"

let lastId = 0
/** Ids are connection-scoped: unique within this process is enough. */
const nextId = (kind: string): string => `effect-codex-${kind}-${++lastId}`

/** Refused writes and terminates are asked again while the process runs: 10 ms doubling to 250 ms. */
const retrySchedule = Schedule.exponential("10 millis").pipe(
  Schedule.union(Schedule.spaced("250 millis")),
  Schedule.intersect(Schedule.recurs(100))
)

/** The string a notification's params hold under `key`, if any (routing never needs a whole decode). */
const idOf = (notification: Notification, key: string): unknown =>
  (notification.params as Record<string, unknown> | null | undefined)?.[key]

const base64 = (data: string | Uint8Array): string =>
  (typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength))
    .toString("base64")

/** Bytes of their own (a small `Buffer` may be a view on a shared pool). */
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "base64"))
const fromUtf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"))

/**
 * Turns a command's notifications into events: output deltas decoded (bytes, and text carried on
 * per stream), the exit notification (for `spawn`) as `Exited`. A notification of this command
 * whose payload does not decode fails the stream with a `ProtocolError`.
 */
const makeDecoder = (processId: string) => {
  const text = { stdout: new TextDecoder(), stderr: new TextDecoder() }
  const capped = { stdout: false, stderr: false }
  const output = (stream: "stdout" | "stderr", bytes: Uint8Array, capReached: boolean): CommandOutput => {
    if (capReached) capped[stream] = true
    return { _tag: "Output", processId, stream, bytes, text: text[stream].decode(bytes, { stream: true }), capReached }
  }
  const exited = (exitCode: number, outputDrainTimedOut: boolean): CommandExited => ({
    _tag: "Exited",
    processId,
    exitCode,
    stdoutCapReached: capped.stdout,
    stderrCapReached: capped.stderr,
    outputDrainTimedOut
  })
  const decode = (chunk: Chunk.Chunk<Notification>): Effect.Effect<Chunk.Chunk<CommandEvent>, ProtocolError> => {
    const events: Array<CommandEvent> = []
    for (const notification of chunk) {
      if (notification._tag === "UnknownNotification") {
        return Effect.fail(
          new ProtocolError({
            reason: "InvalidPayload",
            detail: `${notification.method} for process ${processId} does not decode` +
              (notification.decodeError !== undefined ? `: ${notification.decodeError}` : "")
          })
        )
      }
      if (notification.method === "process/exited") {
        const params = notification.params as ProcessExitedNotification
        // a server that buffered output anyway: it is not lost
        if (params.stdout.length > 0) events.push(output("stdout", fromUtf8(params.stdout), params.stdoutCapReached))
        if (params.stderr.length > 0) events.push(output("stderr", fromUtf8(params.stderr), params.stderrCapReached))
        if (params.stdoutCapReached) capped.stdout = true
        if (params.stderrCapReached) capped.stderr = true
        events.push(exited(params.exitCode, params.outputDrainTimedOut ?? false))
      } else {
        const params = notification.params as CommandExecOutputDeltaNotification | ProcessOutputDeltaNotification
        events.push(output(params.stream, fromBase64(params.deltaBase64), params.capReached))
      }
    }
    return Effect.succeed(Chunk.unsafeFromArray(events))
  }
  /** `command/exec`'s answer: what it buffered anyway (nothing, as output is streamed), then `Exited`. */
  const answered = (response: CommandExecResponse): ReadonlyArray<CommandEvent> => [
    ...(response.stdout.length > 0 ? [output("stdout", fromUtf8(response.stdout), false)] : []),
    ...(response.stderr.length > 0 ? [output("stderr", fromUtf8(response.stderr), false)] : []),
    exited(response.exitCode, false)
  ]
  return { decode, answered }
}

/**
 * The stdin writer: every chunk of `stdin`, then a close. A write the server refuses is asked
 * again while the process runs (it may not be registered yet); once it has ended, the rest is
 * dropped.
 */
const writeStdin = (
  stdin: Stream.Stream<string | Uint8Array>,
  write: (deltaBase64: string | undefined, closeStdin: boolean) => Effect.Effect<unknown, RequestError>,
  isOver: () => boolean
): Effect.Effect<void, RequestError> => {
  const send = (deltaBase64: string | undefined, closeStdin: boolean) =>
    write(deltaBase64, closeStdin).pipe(
      Effect.retry({ schedule: retrySchedule, while: (error) => error._tag === "RpcError" && !isOver() })
    )
  return stdin.pipe(
    Stream.runForEach((data) => send(base64(data), false)),
    Effect.zipRight(Effect.suspend(() => send(undefined, true))),
    Effect.catchAll((error) => isOver() ? Effect.void : Effect.fail(error))
  )
}

/** The output stream, with the stdin writer running beside it (its failure fails the stream). */
const withStdin = <A, E>(
  events: Stream.Stream<A, E>,
  writer: Effect.Effect<void, RequestError> | undefined
): Stream.Stream<A, E | RequestError> =>
  writer === undefined ? events : Stream.merge(events, Stream.drain(Stream.fromEffect(writer)), { haltStrategy: "left" })

/**
 * Terminates a process that still runs, in the background: asked again while it is refused and
 * the process runs, then (for `command/exec`) the command's own answer is awaited so that it is
 * not left unrouted; all within `timeout`. Never waits for the server itself.
 */
const terminateInBackground = (
  method: string,
  processId: string,
  terminate: (timeout: Duration.Duration) => Effect.Effect<unknown, RequestError>,
  isOver: () => boolean,
  timeout: Duration.Duration,
  request?: Fiber.Fiber<unknown>
): Effect.Effect<void> =>
  Effect.suspend(() => {
    if (isOver()) return request !== undefined ? Fiber.interrupt(request) : Effect.void
    return terminate(timeout).pipe(
      Effect.retry({ schedule: retrySchedule, while: (error) => error._tag === "RpcError" && !isOver() }),
      Effect.catchAll((error) =>
        isOver() ? Effect.void : Effect.logDebug(`${method} of process ${processId} failed: ${error.message}`)
      ),
      Effect.zipRight(request !== undefined ? Fiber.await(request) : Effect.void),
      Effect.timeout(timeout),
      Effect.ignore,
      Effect.ensuring(request !== undefined ? Fiber.interrupt(request) : Effect.void),
      Effect.annotateLogs({ module: "Codex", method }),
      // it runs from a finalizer, whose region is uninterruptible: the timeout must be able to cut it
      Effect.interruptible,
      // the process belongs to the connection, not to the scope that left it: this outlives that
      // scope, bounded by `timeout` (and by the connection, whose close fails its requests)
      Effect.forkDaemon,
      Effect.asVoid
    )
  })

// ---- exec --------------------------------------------------------------------------------------

const execStream = (
  client: CodexClient.Service,
  command: ReadonlyArray<string>,
  options: ExecOptions
): Stream.Stream<CommandEvent, CommandError> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const { bufferSize, processId: given, stdin, terminateTimeout, ...params } = options
    const processId = given ?? nextId("exec")
    const timeout = Duration.decode(terminateTimeout ?? DEFAULT_TERMINATE_TIMEOUT)
    yield* client.initialize

    // subscribed before the request is written: a fast command's output comes before its answer
    const subscription = yield* client.subscribeNotifications(
      (notification) =>
        notification.method === "command/exec/outputDelta" && idOf(notification, "processId") === processId,
      { ...(bufferSize !== undefined ? { capacity: bufferSize } : {}), name: `the output of command ${processId}` }
    )
    const answer = yield* Deferred.make<CommandExecResponse, RequestError>()
    let over = false
    const isOver = () => over

    yield* Effect.uninterruptible(Effect.gen(function*() {
      // The answer comes when the process ends, after its last delta: the subscription then holds
      // all of them, and ends once they are read.
      const request = yield* client.request(
        "command/exec",
        {
          ...params,
          command,
          processId,
          streamStdoutStderr: true,
          ...(stdin !== undefined ? { streamStdin: true } : {})
        },
        { timeout: Duration.infinity }
      ).pipe(
        Effect.exit,
        Effect.flatMap((exit) => {
          over = true
          return Effect.zipRight(subscription.end, Deferred.done(answer, exit))
        }),
        Effect.interruptible,
        // kept past the stream's scope while a terminate is under way, so that the answer the
        // terminate causes is routed to it (see terminateInBackground)
        Effect.forkDaemon
      )
      yield* Effect.addFinalizer(() =>
        terminateInBackground(
          "command/exec/terminate",
          processId,
          (timeout) => client.request("command/exec/terminate", { processId }, { timeout }),
          isOver,
          timeout,
          request
        )
      )
    }))

    const decoder = makeDecoder(processId)
    const events = subscription.stream.pipe(
      Stream.mapChunksEffect(decoder.decode),
      Stream.concat(Stream.unwrap(Effect.map(Deferred.await(answer), (r) => Stream.fromIterable(decoder.answered(r)))))
    )
    return withStdin(
      events,
      stdin === undefined ? undefined : writeStdin(
        stdin,
        (deltaBase64, closeStdin) =>
          client.request("command/exec/write", {
            processId,
            ...(deltaBase64 !== undefined ? { deltaBase64 } : {}),
            ...(closeStdin ? { closeStdin } : {})
          }),
        isOver
      )
    )
  }))

/**
 * `command/exec`: runs a command (an argv vector, no shell) under the server's sandbox, as a
 * stream of its output chunks in the order it wrote them, then `Exited` with its exit code, last.
 * The output has a stream of its own (not the client's `notifications`): nothing is dropped; a
 * consumer `bufferSize` chunks behind fails the stream with `NotificationBufferFullError`.
 * Leaving the stream while the command runs (interrupting its fiber, `Stream.take`, a failure)
 * sends `command/exec/terminate` once, in the background. The server ends a command after 10 s
 * unless `timeoutMs` or `disableTimeout` says otherwise (exit code 124).
 *
 * @example
 * ```ts
 * import { Codex, CodexLive } from "effect-codex"
 * import * as Effect from "effect/Effect"
 * import * as Stream from "effect/Stream"
 *
 * // stdout as text, and the exit code
 * const status = Codex.exec(["git", "status", "--short"], { cwd: "/work/repo" }).pipe(
 *   Stream.runFold({ stdout: "", exitCode: -1 }, (acc, event) =>
 *     event._tag === "Output"
 *       ? event.stream === "stdout" ? { ...acc, stdout: acc.stdout + event.text } : acc
 *       : { ...acc, exitCode: event.exitCode }),
 *   Effect.provide(CodexLive)
 * )
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const exec: (
  command: ReadonlyArray<string>,
  options?: ExecOptions
) => Stream.Stream<CommandEvent, CommandError, CodexClient.CodexClient> = streamVerb(
  "Codex.exec",
  client,
  (client, command: ReadonlyArray<string>, options: ExecOptions = {}) => execStream(client, command, options)
)

// ---- spawn -------------------------------------------------------------------------------------

const spawnStream = (
  client: CodexClient.Service,
  command: ReadonlyArray<string>,
  options: SpawnOptions
): Stream.Stream<CommandEvent, CommandError> =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const { bufferSize, processHandle: given, stdin, terminateTimeout, ...params } = options
    const processHandle = given ?? nextId("spawn")
    const timeout = Duration.decode(terminateTimeout ?? DEFAULT_TERMINATE_TIMEOUT)
    yield* client.initialize

    // set on the reader as `process/exited` is routed, and when the server refuses the spawn
    let over = false
    const isOver = () => over
    const subscription = yield* client.subscribeNotifications(
      (notification) => {
        if (notification.method !== "process/outputDelta" && notification.method !== "process/exited") return false
        if (idOf(notification, "processHandle") !== processHandle) return false
        if (notification.method === "process/exited") over = true
        return true
      },
      { ...(bufferSize !== undefined ? { capacity: bufferSize } : {}), name: `the output of process ${processHandle}` }
    )
    // Left while the spawn is in flight or the process runs: killed. The spawn may have started
    // the process even when its caller did not see the answer.
    yield* Effect.addFinalizer(() =>
      terminateInBackground(
        "process/kill",
        processHandle,
        (timeout) => client.request("process/kill", { processHandle }, { timeout }),
        isOver,
        timeout
      )
    )
    yield* client.request("process/spawn", {
      ...params,
      command,
      processHandle,
      streamStdoutStderr: true,
      ...(stdin !== undefined ? { streamStdin: true } : {})
    }).pipe(
      Effect.tapError((error) =>
        Effect.sync(() => {
          // refused, or the connection is gone: no process to kill (an answer that does not
          // decode, or none in time, may still have started one)
          if (error._tag === "RpcError" || error._tag === "TransportError") over = true
        })
      )
    )

    const events = subscription.stream.pipe(
      Stream.mapChunksEffect(makeDecoder(processHandle).decode),
      Stream.takeUntil((event) => event._tag === "Exited")
    )
    return withStdin(
      events,
      stdin === undefined ? undefined : writeStdin(
        stdin,
        (deltaBase64, closeStdin) =>
          client.request("process/writeStdin", {
            processHandle,
            ...(deltaBase64 !== undefined ? { deltaBase64 } : {}),
            ...(closeStdin ? { closeStdin } : {})
          }),
        isOver
      )
    )
  }))

/**
 * `process/spawn`: starts a process (an argv vector, no shell) without a Codex sandbox, as a
 * stream of its output chunks in the order it wrote them, then `Exited` with its exit code, last.
 * Experimental: the client needs `experimentalApi: true` (else the server refuses with an
 * `RpcError`). `cwd` is required and absolute. Output, buffering and leaving work as `exec`'s:
 * leaving the stream while the process runs sends `process/kill` once, in the background. The
 * server ends a process after 10 s unless `timeoutMs` says otherwise (`null`: no limit).
 *
 * @example
 * ```ts
 * import { Codex, CodexClient } from "effect-codex"
 * import * as Effect from "effect/Effect"
 * import * as Option from "effect/Option"
 * import * as Stream from "effect/Stream"
 *
 * // a dev server's first 20 log lines: leaving the stream then kills the process
 * const logs = Codex.spawn(["npm", "run", "dev"], { cwd: "/work/app", timeoutMs: null }).pipe(
 *   Stream.filterMap((event) => event._tag === "Output" ? Option.some(event.text) : Option.none()),
 *   Stream.splitLines,
 *   Stream.take(20),
 *   Stream.runCollect,
 *   Effect.provide(CodexClient.layer({ experimentalApi: true }))
 * )
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const spawn: (
  command: ReadonlyArray<string>,
  options: SpawnOptions
) => Stream.Stream<CommandEvent, CommandError, CodexClient.CodexClient> = streamVerb(
  "Codex.spawn",
  client,
  (client, command: ReadonlyArray<string>, options: SpawnOptions) => spawnStream(client, command, options)
)
