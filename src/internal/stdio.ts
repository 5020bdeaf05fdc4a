/**
 * The stdio transport: `codex app-server --listen stdio://` spawned with @effect/platform Command.
 */
import * as Command from "@effect/platform/Command"
import * as CommandExecutor from "@effect/platform/CommandExecutor"
import * as NodeCommandExecutor from "@effect/platform-node/NodeCommandExecutor"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { TransportError } from "../CodexError.js"
import type { CloseReason, StdioOptions, Transport } from "../Transport.js"
import { pinnedBinaryEnv, resolvePinnedBinary } from "./binary.js"
import { configFlags } from "./config.js"
import { framed } from "./framing.js"
import { descendantPids, killAll } from "./procTree.js"
import { redact } from "./redact.js"

const executorLayer = NodeCommandExecutor.layer.pipe(Layer.provide(NodeFileSystem.layer))

/** Keeps the last `limit` characters of a text stream. */
const makeTail = (limit: number) => {
  let text = ""
  const decoder = new TextDecoder()
  return {
    push: (bytes: Uint8Array) => {
      text += decoder.decode(bytes, { stream: true })
      if (text.length > limit * 2) text = text.slice(-limit)
    },
    get: () => redact(text.length > limit ? text.slice(-limit) : text)
  }
}

const signalOf = (error: unknown): string | undefined => {
  const match = /signal: (\w+)/.exec(String((error as { message?: unknown })?.message ?? error))
  return match?.[1]
}

export const make = (options: StdioOptions = {}): Effect.Effect<Transport, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    let binaryPath = options.binaryPath
    const env: Record<string, string> = {}
    if (binaryPath === undefined) {
      const pinned = resolvePinnedBinary()
      if (pinned._tag === "Missing") {
        return yield* new TransportError({ reason: "Spawn", detail: `cannot find the codex binary: ${pinned.message}` })
      }
      binaryPath = pinned.binary.path
      Object.assign(env, pinnedBinaryEnv(pinned.binary))
    }
    for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value
    if (options.codexHome !== undefined) env.CODEX_HOME = options.codexHome
    const args = [...configFlags(options.config ?? {}), "app-server", "--listen", "stdio://", ...(options.args ?? [])]
    let command = Command.make(binaryPath, ...args).pipe(Command.env(env))
    if (options.cwd !== undefined) command = Command.workingDirectory(command, options.cwd)

    const executor = yield* CommandExecutor.CommandExecutor.pipe(Effect.provide(executorLayer))
    const proc = yield* executor.start(command).pipe(
      Effect.mapError((error) =>
        new TransportError({
          reason: "Spawn",
          detail: `cannot start ${binaryPath}${options.cwd !== undefined ? ` in ${options.cwd}` : ""}: ${error.message}`,
          cause: error
        })
      )
    )

    const tail = makeTail(options.stderrTailBytes ?? 64 * 1024)
    const stderrFiber = yield* proc.stderr.pipe(
      Stream.runForEach((bytes) => Effect.sync(() => tail.push(bytes))),
      Effect.ignore,
      Effect.forkScoped
    )

    /** Exit code or signal, once the process has exited (one watcher for everyone). */
    const exited = yield* Deferred.make<{ readonly exitCode?: number; readonly signal?: string }>()
    yield* proc.exitCode.pipe(
      Effect.map((code): { exitCode?: number; signal?: string } => ({ exitCode: code as number })),
      Effect.catchAll((error) => {
        const signal = signalOf(error)
        return Effect.succeed(signal !== undefined ? { signal } : {})
      }),
      Effect.flatMap((info) => Deferred.succeed(exited, info)),
      Effect.forkScoped
    )

    const closedBy = yield* Deferred.make<TransportError>()
    /** Why the connection closed, if it has; otherwise `fallback`. */
    const reasonOr = (fallback: Effect.Effect<TransportError>) =>
      Effect.flatMap(Deferred.poll(closedBy), Option.getOrElse(() => fallback))
    const closedError = (detail: string) =>
      Effect.gen(function*() {
        // give the stderr drain a moment to catch the last words of a crashing server
        yield* Fiber.await(stderrFiber).pipe(Effect.timeout("100 millis"), Effect.ignore)
        const exit = yield* Deferred.await(exited).pipe(Effect.timeout("300 millis"), Effect.option)
        return new TransportError({
          reason: "Closed",
          detail,
          ...Option.getOrElse(exit, () => ({})),
          stderrTail: tail.get()
        })
      })

    // One long-lived writer fiber drains the outbound mailbox into stdin; ending the mailbox
    // flushes what is queued and then closes stdin (EOF).
    const outbound = yield* Mailbox.make<string>({ capacity: 4096 })
    const encoder = new TextEncoder()
    const writer: Fiber.RuntimeFiber<void> = yield* Mailbox.toStream(outbound).pipe(
      Stream.mapChunks((lines) => Chunk.of(encoder.encode(Chunk.join(lines, "\n") + "\n"))),
      Stream.run(proc.stdin),
      Effect.catchAll((error) =>
        Effect.gen(function*() {
          yield* outbound.shutdown
          const reason = new TransportError({
            reason: "Write",
            detail: `writing to the app-server failed: ${error.message}`,
            stderrTail: tail.get(),
            cause: error
          })
          yield* Deferred.succeed(closedBy, reason)
          // A server that cannot be written to is of no use: end it, so that its stdout reaches
          // EOF and the reader ends with this reason.
          yield* Effect.forkDaemon(Effect.suspend(() => closeWith(false)))
        })
      ),
      Effect.forkScoped
    )

    const timeouts = options.closeTimeouts ?? {}
    /** Waits at most `duration`; interruptible inside, so it stays bounded in uninterruptible code. */
    const bounded = <A, E>(effect: Effect.Effect<A, E>, duration: Duration.DurationInput) =>
      Effect.interruptible(effect).pipe(Effect.timeout(duration), Effect.option, Effect.map(Option.isSome))

    // stdin EOF → wait → SIGTERM to the process group → wait → SIGKILL → wait
    // (without the EOF wait when stdin is already dead)
    const ladder = (graceful: boolean) => Effect.gen(function*() {
      // what codex started, including commands in sessions of their own
      const tree = descendantPids(proc.pid)
      yield* Effect.addFinalizer(() => Effect.sync(() => killAll(tree, "SIGKILL")))
      yield* outbound.end
      yield* bounded(Fiber.await(writer), "500 millis")
      if (graceful && (yield* bounded(Deferred.await(exited), timeouts.afterEof ?? "2 seconds"))) return
      yield* bounded(Effect.ignore(proc.kill("SIGTERM")), timeouts.afterTerm ?? "2 seconds")
      if (yield* Deferred.isDone(exited)) return
      yield* bounded(Effect.ignore(proc.kill("SIGKILL")), timeouts.afterKill ?? "2 seconds")
    })
    // Runs once; bounded, so it runs to the end even when the fiber that started it is
    // interrupted. Later callers wait for the first one to finish.
    const closeDone = yield* Deferred.make<void>()
    let closing = false
    const closeWith = (graceful: boolean): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (closing) return Deferred.await(closeDone)
        closing = true
        return Deferred.succeed(closedBy, new TransportError({ reason: "Closed", detail: "the client closed the connection" }))
          .pipe(Effect.zipRight(Effect.scoped(ladder(graceful))), Effect.ensuring(Deferred.succeed(closeDone, undefined)))
      }).pipe(Effect.uninterruptible)
    const close = closeWith(true)
    yield* Effect.addFinalizer(() => close)

    // After EOF: the reason the connection closed (our close, a write failure, or the exit).
    const ended = Stream.fromEffect(
      reasonOr(Effect.tap(closedError("the app-server closed its stdout"), (error) => Deferred.succeed(closedBy, error)))
    ).pipe(Stream.flatMap((error): Stream.Stream<never, TransportError> => Stream.fail(error)))

    const incoming: Stream.Stream<string, CloseReason> = framed(
      proc.stdout.pipe(
        Stream.mapError((error) =>
          new TransportError({ reason: "Read", detail: `reading from the app-server failed: ${error.message}`, cause: error })
        )
      ),
      options.maxLineBytes ?? 16 * 1024 * 1024
    ).pipe(Stream.concat(ended))

    const send = (line: string): Effect.Effect<void, TransportError> =>
      Effect.flatMap(outbound.offer(line), (accepted) =>
        accepted
          ? Effect.void
          : Effect.flatMap(
            reasonOr(Effect.succeed(new TransportError({ reason: "Closed", detail: "the connection is closed" }))),
            Effect.fail
          ))

    return { send, incoming, close: Effect.asVoid(close) } satisfies Transport
  })
