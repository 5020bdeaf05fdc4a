/**
 * The stdio transport: `codex app-server --listen stdio://` as a child process.
 *
 * Plain `node:child_process`, because every guarantee here is about timing that a stream wrapper
 * hides: which of exit, EOF and EPIPE came first, when stdin stops taking bytes, and whether a
 * grandchild still holds stdout after the server is gone.
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process"
import { closeSync, existsSync, fchmodSync, mkdirSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from "node:fs"
import { homedir } from "node:os"
import * as path from "node:path"
import { randomUUID } from "node:crypto"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberSet from "effect/FiberSet"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ProtocolError, TransportError } from "../CodexError.js"
import type { CloseReason, Incoming, SendOptions, StdioOptions, Transport } from "../Transport.js"
import { pinnedBinaryEnv, resolvePinnedBinary } from "./binary.js"
import { planConfig, plainSecretValues } from "./config.js"
import * as ExitBackstop from "./exitBackstop.js"
import * as FastPath from "./fastPath.js"
import { makeLineFramer } from "./framing.js"
import { descendantPids, killAll } from "./procTree.js"
import { makeLines, makeRedactor, makeTail, type Redactor, registerSecrets } from "./redact.js"

const isWindows = process.platform === "win32"

/**
 * Lines the reader may fall behind before stdout is paused. The router consumes synchronously, so
 * this is reached only when it is stuck; pausing then lets the pipe push back on the server.
 */
const HIGH_WATER_LINES = 65_536
const LOW_WATER_LINES = 1_024

/** Knobs and probes for tests of the read side; not part of the public options. */
export interface Tuning {
  readonly highWaterLines?: number
  readonly lowWaterLines?: number
  /** Called when stdout is paused because the reader fell behind, and when it is resumed. */
  readonly onPause?: () => void
  readonly onResume?: () => void
}

/** After the server exits, how long stdout may take to deliver what is still in the pipe. */
const EXIT_GRACE_MS = 150
/**
 * How long an EPIPE or EOF waits for the 'exit' event before deciding the process is alive. A
 * process that exits closes its pipes a moment before the parent hears of the exit: without this
 * wait a start-up crash would be reported as a write failure instead of its exit code and stderr.
 */
const EXIT_WAIT_MS = 500
/** How long a report waits for stderr to end, so the tail holds a crashing server's last words. */
const STDERR_WAIT_MS = 200

const DEFAULT_MAX_LINE = 128 * 1024 * 1024
const DEFAULT_MAX_OUTBOUND = 64 * 1024 * 1024
/** Characters of lines sent in one tick that are written together (see `writeBatched`). */
const BATCH_CHARS = 64 * 1024

interface ExitInfo {
  readonly exitCode?: number
  readonly signal?: string
}

/**
 * Something that happens once, set from an event handler. Waiting on it is bounded and needs no
 * interruption, so the close ladder can wait inside an uninterruptible region and still finish.
 */
interface Once<A> {
  readonly set: (value: A) => void
  readonly get: () => A | undefined
  /** Calls `f` when the value is set, or at once if it is. */
  readonly onSet: (f: (a: A) => void) => void
  /** Waits at most `ms`; the value, or undefined on timeout. */
  readonly within: (ms: number) => Effect.Effect<A | undefined>
}

const makeOnce = <A>(): Once<A> => {
  let value: { readonly a: A } | undefined
  const waiters = new Set<(a: A) => void>()
  return {
    set: (a) => {
      if (value !== undefined) return
      value = { a }
      for (const waiter of waiters) waiter(a)
      waiters.clear()
    },
    get: () => value?.a,
    onSet: (f) => {
      if (value !== undefined) f(value.a)
      else waiters.add(f)
    },
    within: (ms) =>
      Effect.async<A | undefined>((resume) => {
        if (value !== undefined) return resume(Effect.succeed(value.a))
        const waiter = (a: A) => {
          clearTimeout(timer)
          resume(Effect.succeed(a))
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          resume(Effect.succeed(undefined))
        }, ms)
        waiters.add(waiter)
        return Effect.sync(() => {
          clearTimeout(timer)
          waiters.delete(waiter)
        })
      })
  }
}

const messageOf = (error: unknown): string => error instanceof Error ? error.message : String(error)

/**
 * What an error keeps of a platform error: its code and its message, redacted. Never the object
 * itself: Node's spawn errors carry the whole command line (`spawnargs`), and whatever else a
 * platform puts on them would be serialised with the error.
 */
const plainCause = (error: unknown, redactor: Redactor): { readonly code?: string; readonly message: string } => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string"
    ? { code, message: redactor(messageOf(error)) }
    : { message: redactor(messageOf(error)) }
}

/**
 * Waits for 'spawn' or 'error': a missing or non-executable binary is only reported asynchronously.
 * The exit is recorded from the first moment, because a server that crashes at start-up can exit
 * before the caller gets to attach its own listeners.
 */
const spawnChild = (
  file: string,
  args: ReadonlyArray<string>,
  env: Record<string, string>,
  cwd: string | undefined,
  exited: Once<ExitInfo>,
  redactor: Redactor
): Effect.Effect<ChildProcessWithoutNullStreams, TransportError> =>
  Effect.async<ChildProcessWithoutNullStreams, TransportError>((resume) => {
    const failed = (error: unknown) =>
      resume(Effect.fail(
        new TransportError({
          reason: "Spawn",
          detail: redactor(`cannot start ${file}${cwd !== undefined ? ` in ${cwd}` : ""}: ${messageOf(error)}`),
          cause: plainCause(error, redactor)
        })
      ))
    let child: ChildProcessWithoutNullStreams
    try {
      child = spawn(file, args, {
        cwd,
        env: { ...process.env, ...env },
        stdio: "pipe",
        // its own process group, so the close ladder can signal everything it started at once
        detached: !isWindows,
        windowsHide: true
      })
    } catch (error) {
      return failed(error)
    }
    let spawned = false
    child.on("error", (error) => {
      // after 'spawn', an 'error' means a signal could not be delivered: the ladder copes with that
      if (!spawned) failed(error)
    })
    child.once("spawn", () => {
      spawned = true
      resume(Effect.succeed(child))
    })
    child.on("exit", (code, signal) =>
      exited.set(code !== null ? { exitCode: code } : signal !== null ? { signal } : {}))
  })

const closedError = (detail: string) => new TransportError({ reason: "Closed", detail })

/** `send` can only fail with a TransportError; a protocol violation that closed the connection becomes its cause. */
const asTransportError = (reason: CloseReason): TransportError =>
  reason._tag === "TransportError"
    ? reason
    : new TransportError({ reason: "Closed", detail: `the connection closed: ${reason.message}`, cause: reason })

/** A line waiting for stdin to drain, with the caller waiting for it. */
interface Outbound {
  readonly data: string
  readonly bytes: number
  /** Counted against `maxOutboundBytes`; the rest wait for room, in order. */
  admitted: boolean
  readonly handed: Deferred.Deferred<void, TransportError>
  readonly onWritten: (() => void) | undefined
}

/** First line of a config.toml effect-codex wrote; the rest of the line names the writer. */
const MARKER = "# effect-codex: secret config of a running app-server, removed when it closes;"

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as { code?: string }).code === "EPERM"
  }
}

const realpathOrSelf = (p: string) => {
  try {
    return realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

/**
 * Writes the `Redacted` config values that have no environment indirection to
 * `<codexHome>/config.toml` (mode 0600, created exclusively), for the life of the scope. Only in a
 * codex home of the caller's own that has no config.toml yet: never in `~/.codex` or in the
 * `$CODEX_HOME` the user's other codex runs use, never over a config.toml it did not write (one
 * left by a process that is gone is replaced).
 */
const writeSecretConfig = (
  home: string | undefined,
  lines: ReadonlyArray<string>,
  keys: ReadonlyArray<string>,
  redactor: Redactor
): Effect.Effect<void, TransportError, Scope.Scope> =>
  Effect.suspend(() => {
    const refuse = (why: string) =>
      Effect.fail(
        new TransportError({
          reason: "Config",
          detail: redactor(
            `config ${keys.join(", ")} ${keys.length === 1 ? "is" : "are"} Redacted, and codex reads ` +
              `${keys.length === 1 ? "it" : "them"} from no environment variable: the only way in that stays off the ` +
              `command line is a config.toml in the codex home, and ${why}. Pass codexHome: a directory of ` +
              "your own (effect-codex writes its config.toml with mode 0600 and removes it on close), or put " +
              "the values in your config.toml yourself (chmod 600)"
          )
        })
      )
    if (home === undefined) return refuse("no codexHome was given (codex would use ~/.codex, which effect-codex does not write into)")
    const resolved = realpathOrSelf(home)
    const personal = [path.join(homedir(), ".codex"), process.env.CODEX_HOME].filter((p): p is string => p !== undefined)
    if (personal.some((p) => realpathOrSelf(p) === resolved)) {
      return refuse(`${home} is your own codex home, which effect-codex does not write into`)
    }
    const file = path.join(home, "config.toml")
    const id = `${process.pid} ${randomUUID()}`
    const firstLine = `${MARKER} ${id}`
    return Effect.acquireRelease(
      Effect.suspend(() => {
        try {
          mkdirSync(home, { recursive: true, mode: 0o700 })
          if (existsSync(file)) {
            const existing = readFileSync(file, "utf8")
            const writer = existing.startsWith(MARKER) ? Number(existing.slice(MARKER.length).trim().split(" ")[0]) : NaN
            if (Number.isNaN(writer)) return refuse(`${file} exists and is not effect-codex's`)
            if (isAlive(writer)) return refuse(`${file} belongs to another running app-server (process ${writer})`)
            unlinkSync(file)
          }
          const fd = openSync(file, "wx", 0o600)
          try {
            fchmodSync(fd, 0o600)
            writeSync(fd, [firstLine, ...lines, ""].join("\n"))
          } finally {
            closeSync(fd)
          }
          return Effect.void
        } catch (e) {
          return refuse(`writing ${file} failed (${(e as { code?: string }).code ?? messageOf(e)})`)
        }
      }),
      () =>
        Effect.sync(() => {
          try {
            if (readFileSync(file, "utf8").startsWith(firstLine)) unlinkSync(file)
          } catch {
            // gone already
          }
        })
    )
  })

/** Characters of one forwarded stderr line, and how many lines may wait for the logger. */
const STDERR_LINE_LIMIT = 2048
const STDERR_LOG_BACKLOG = 4096

/**
 * `logStderr`: complete stderr lines, redacted and bounded, to the Effect Logger at Debug level,
 * in order, from one fiber of the transport's scope. Never waits: a backlog drops its oldest lines.
 */
const forwardStderr = (redactor: Redactor) =>
  Effect.gen(function*() {
    const lines = makeLines(STDERR_LINE_LIMIT, redactor)
    const backlog = yield* Mailbox.make<string>({ capacity: STDERR_LOG_BACKLOG, strategy: "sliding" })
    yield* Mailbox.toStream(backlog).pipe(
      Stream.runForEach((line) => Effect.logDebug(line)),
      Effect.annotateLogs({ module: "Transport", stream: "stderr" }),
      Effect.forkScoped
    )
    const offer = (out: Array<string>) => {
      if (out.length > 0) backlog.unsafeOfferAll(out)
    }
    return {
      push: (chunk: Uint8Array) => offer(lines.push(chunk)),
      end: () => {
        offer(lines.end())
        backlog.unsafeDone(Exit.void)
      }
    }
  })

export const make = (
  options: StdioOptions = {},
  tuning: Tuning = {}
): Effect.Effect<Transport.Service, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    // Secrets first: everything rendered from here on goes through this redactor.
    const planned = planConfig(options.config ?? {}, {
      apiKey: options.apiKey,
      secretEnvNames: Object.keys(options.secretEnv ?? {})
    })
    const secretEnv = Object.entries(options.secretEnv ?? {}).map(([key, value]) =>
      [key, String(Redacted.value(value))] as const
    )
    const secrets = [
      ...plainSecretValues(options),
      ...secretEnv.map(([, value]) => value),
      ...(planned._tag === "Plan" ? planned.plan.secrets : [])
    ]
    const redactor = makeRedactor(secrets)
    // Also for text rendered where no transport is at hand (payload excerpts in the codec).
    yield* Effect.acquireRelease(Effect.sync(() => registerSecrets(secrets)), (unregister) => Effect.sync(unregister))
    if (planned._tag === "Invalid") {
      return yield* new TransportError({ reason: "Config", detail: redactor(planned.message) })
    }
    const plan = planned.plan

    let binaryPath = options.binaryPath
    const env: Record<string, string> = {}
    if (binaryPath === undefined) {
      const pinned = resolvePinnedBinary()
      if (pinned._tag === "Missing") {
        return yield* new TransportError({
          reason: "Spawn",
          detail: redactor(`cannot find the codex binary: ${pinned.message}`)
        })
      }
      binaryPath = pinned.binary.path
      Object.assign(env, pinnedBinaryEnv(pinned.binary))
    }
    for (const [key, value] of Object.entries(options.env ?? {})) if (value !== undefined) env[key] = value
    for (const [key, value] of secretEnv) env[key] = value
    Object.assign(env, plan.env)
    if (options.codexHome !== undefined) env.CODEX_HOME = options.codexHome
    if (plan.file.length > 0) {
      yield* writeSecretConfig(options.codexHome ?? options.env?.CODEX_HOME, plan.file, plan.fileKeys, redactor)
    }
    const args = [...plan.flags, "app-server", "--listen", "stdio://", ...(options.args ?? [])]
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE
    const maxOutboundBytes = options.maxOutboundBytes ?? DEFAULT_MAX_OUTBOUND
    const timeouts = options.closeTimeouts ?? {}
    const afterEof = Duration.toMillis(timeouts.afterEof ?? "2 seconds")
    const afterTerm = Duration.toMillis(timeouts.afterTerm ?? "2 seconds")
    const afterKill = Duration.toMillis(timeouts.afterKill ?? "2 seconds")

    // Fibers started from process events; interrupted with the scope.
    const run = yield* FiberSet.makeRuntime<never>()
    const incoming = yield* Mailbox.make<Incoming, CloseReason>()
    const closedWith = yield* Deferred.make<CloseReason>()
    const closeDone = yield* Deferred.make<void>()
    const tail = makeTail(options.stderrTailBytes ?? 64 * 1024, redactor)
    const stderrLog = options.logStderr === true ? yield* forwardStderr(redactor) : undefined
    const exited = makeOnce<ExitInfo>()
    const stdoutEnded = makeOnce<true>()
    const stderrEnded = makeOnce<true>()

    // The close ladder is installed below; should the build stop before that, the release must
    // still not leak the process, so it starts as a plain kill of the group.
    let release: Effect.Effect<void> = Effect.void
    // Should the process end without running finalizers (a signal under a plain Effect.runPromise),
    // the backstop kills the server's tree; registered with the spawn, until the ladder is done.
    let unregisterBackstop = () => {}
    const child = yield* Effect.acquireRelease(
      Effect.tap(spawnChild(binaryPath, args, env, options.cwd, exited, redactor), (child) =>
        Effect.sync(() => {
          const spawned = child.pid!
          unregisterBackstop = ExitBackstop.register("processes", () => ExitBackstop.killTree(spawned))
        })),
      () => Effect.suspend(() => release).pipe(Effect.ensuring(Effect.sync(() => unregisterBackstop())))
    )
    const pid = child.pid!
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (isWindows) child.kill(signal)
        else process.kill(-pid, signal)
      } catch {
        // the group is empty already
      }
    }
    release = Effect.sync(() => killGroup("SIGKILL"))

    /** Windows has no process groups: `taskkill /T` walks the tree instead (bounded, not awaited). */
    const taskkillTree = () => {
      execFile("taskkill", ["/T", "/F", "/PID", String(pid)], { timeout: 5_000, windowsHide: true }, () => {})
    }

    // ---- ending ---------------------------------------------------------------------------------
    // One decision, taken once: the reason the connection ended. Every waiter (incoming, queued
    // sends, later sends) learns it from here.

    let ended = false
    let outbound: Array<Outbound> = []
    let admittedBytes = 0
    let stdinFailed = false

    const endWith = (reason: CloseReason) => {
      if (ended) return
      ended = true
      Deferred.unsafeDone(closedWith, Exit.succeed(reason))
      incoming.unsafeDone(Exit.fail(reason))
      const error = Exit.fail(asTransportError(reason))
      for (const entry of outbound) Deferred.unsafeDone(entry.handed, error)
      outbound = []
      admittedBytes = 0
    }

    const exitedReason = (info: ExitInfo) =>
      Effect.map(stderrEnded.within(STDERR_WAIT_MS), () =>
        new TransportError({ reason: "Closed", detail: "the app-server exited", ...info, stderrTail: tail.get() }))

    // ---- closing --------------------------------------------------------------------------------
    // stdin EOF → wait → SIGTERM the group → wait → SIGKILL the group → wait, then SIGKILL whatever
    // of the server's tree outlived it: codex runs commands in sessions of their own, which a
    // group signal does not reach, so the tree is snapshotted before anything dies and loses its
    // parent.

    const ladder = (graceful: boolean) =>
      Effect.gen(function*() {
        const tree = isWindows ? [] : descendantPids(pid)
        flush() // lines handed before the close still go out, ahead of the EOF
        endWith(closedError("the client closed the connection"))
        try {
          child.stdin.end()
        } catch {
          // already destroyed
        }
        if (exited.get() === undefined && graceful) yield* exited.within(afterEof)
        if (exited.get() === undefined) {
          if (isWindows) taskkillTree()
          else killGroup("SIGTERM")
          yield* exited.within(afterTerm)
        }
        if (exited.get() === undefined) {
          killGroup("SIGKILL")
          yield* exited.within(afterKill)
        }
        if (!isWindows) killGroup("SIGKILL") // members of its group that outlived it
        killAll(tree, "SIGKILL")
        child.stdin.destroy()
        child.stdout.destroy()
        child.stderr.destroy()
      })

    // Runs once, to the end, in bounded time, whoever started it; later callers wait for it.
    let closing = false
    const closeWith = (graceful: boolean): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (closing) return Deferred.await(closeDone)
        closing = true
        return ladder(graceful).pipe(
          Effect.ensuring(Effect.sync(() => unregisterBackstop())),
          Effect.ensuring(Deferred.done(closeDone, Exit.void))
        )
      }).pipe(Effect.uninterruptible)

    // without the EOF wait when stdin is already dead
    const close = Effect.suspend(() => closeWith(!stdinFailed))
    release = close

    // ---- reading --------------------------------------------------------------------------------

    const framer = makeLineFramer(maxLineBytes, redactor)
    const highWater = tuning.highWaterLines ?? HIGH_WATER_LINES
    const lowWater = tuning.lowWaterLines ?? LOW_WATER_LINES
    let paused = false
    const pause = () => {
      paused = true
      child.stdout.pause()
      tuning.onPause?.()
    }
    const resume = () => {
      paused = false
      child.stdout.resume()
      tuning.onResume?.()
    }

    /** An oversized line nobody can be blamed for: the stream is unusable from here on. */
    const protocolFailure = (error: ProtocolError) => {
      endWith(error)
      run(close)
    }

    child.stdout.on("data", (chunk: Buffer) => {
      if (ended) return
      const items = framer.push(chunk)
      if (items instanceof ProtocolError) return protocolFailure(items)
      if (items.length > 0) incoming.unsafeOfferAll(items)
      if (!paused && Option.getOrElse(incoming.unsafeSize(), () => 0) > highWater) pause()
    })

    child.stdout.on("end", () => {
      stdoutEnded.set(true)
      if (ended) return
      const rest = framer.end()
      if (rest instanceof ProtocolError) return protocolFailure(rest)
      if (rest.length > 0) incoming.unsafeOfferAll(rest)
      run(Effect.gen(function*() {
        const info = yield* exited.within(EXIT_WAIT_MS)
        if (info !== undefined) return endWith(yield* exitedReason(info))
        endWith(new TransportError({ reason: "Closed", detail: "the app-server closed its stdout", stderrTail: tail.get() }))
      }))
    })

    /** A pipe that failed while the process lives: redacted, with a plain cause. */
    const pipeFailure = (reason: "Read" | "Write", what: string, error: Error) =>
      new TransportError({
        reason,
        detail: redactor(`${what} the app-server failed: ${error.message}`),
        stderrTail: tail.get(),
        cause: plainCause(error, redactor)
      })

    child.stdout.on("error", (error) => {
      endWith(pipeFailure("Read", "reading from", error))
      run(close)
    })

    child.stderr.on("data", (chunk: Buffer) => {
      tail.push(chunk)
      stderrLog?.push(chunk)
    })
    child.stderr.on("close", () => {
      stderrLog?.end()
      stderrEnded.set(true)
    })
    child.stderr.on("error", () => stderrEnded.set(true))

    exited.onSet((info) => {
      // Nothing more will be produced; what is in the pipe may flow even past the high-water mark.
      if (paused) resume()
      run(Effect.gen(function*() {
        if ((yield* stdoutEnded.within(EXIT_GRACE_MS)) !== undefined) return // the EOF handler reports
        // Something the server started inherited stdout and keeps it open: EOF may never come, and
        // the server's exit must still end the connection.
        child.stdout.destroy()
        const reason = yield* exitedReason(info)
        child.stderr.destroy()
        endWith(reason)
      }))
    })

    const onTake = () => {
      if (paused && !ended && Option.getOrElse(incoming.unsafeSize(), () => 0) < lowWater) resume()
    }
    const incomingStream: Stream.Stream<Incoming, CloseReason> = Mailbox.toStream(incoming).pipe(
      Stream.mapChunks((chunk) => {
        onTake()
        return chunk
      })
    )
    // the router reads the buffer directly (see internal/fastPath.ts)
    FastPath.registerPull(incomingStream, { takeAll: incoming.takeAll, onTake })

    // ---- writing --------------------------------------------------------------------------------
    // While stdin takes writes, a line goes straight to it. Once it pushes back, lines queue here
    // (bounded in bytes) until 'drain', and their senders wait, so a server that stops reading
    // costs at most `maxOutboundBytes` plus one line.

    let needDrain = false

    const write = (data: string) => {
      if (!child.stdin.write(data)) needDrain = true
    }

    // Lines sent in the same tick go to the pipe in one write (a system call per line is most of
    // what a burst of turn/starts costs). A line is handed once it is in this batch: the batch
    // is written before anything sent later, and before stdin is ended.
    // A batch is at most BATCH_CHARS: past that it is written at once, and the pipe's answer
    // (take more, or wait for 'drain') decides where the next line goes, as for a single line.
    let batch: Array<string> = []
    let batchChars = 0
    let flushScheduled = false
    const flush = () => {
      if (batch.length === 0) return
      const data = batch.length === 1 ? batch[0]! : batch.join("")
      batch = []
      batchChars = 0
      if (ended || stdinFailed) return
      write(data)
    }
    const scheduledFlush = () => {
      flushScheduled = false
      flush()
    }
    /** Whether the line was taken into the batch (else the pipe pushes back: queue it). */
    const writeBatched = (data: string): boolean => {
      if (batchChars > 0 && batchChars + data.length > BATCH_CHARS) {
        flush()
        if (needDrain) return false
      }
      batch.push(data)
      batchChars += data.length
      if (!flushScheduled) {
        flushScheduled = true
        queueMicrotask(scheduledFlush)
      }
      return true
    }
    const batchBytes = () => {
      let bytes = 0
      for (const line of batch) bytes += Buffer.byteLength(line)
      return bytes
    }

    /** Admits waiting lines to the queue in order while they fit; one line always fits an empty queue. */
    const admit = () => {
      for (const entry of outbound) {
        if (entry.admitted) continue
        if (admittedBytes > 0 && admittedBytes + entry.bytes > maxOutboundBytes) return
        entry.admitted = true
        admittedBytes += entry.bytes
      }
    }

    child.stdin.on("drain", () => {
      needDrain = false
      flush()
      while (!needDrain && !ended && outbound.length > 0) {
        const entry = outbound.shift()!
        if (entry.admitted) admittedBytes -= entry.bytes
        write(entry.data)
        entry.onWritten?.()
        Deferred.unsafeDone(entry.handed, Exit.void)
      }
      admit()
    })

    child.stdin.on("error", (error) => {
      if (stdinFailed) return
      stdinFailed = true
      run(Effect.gen(function*() {
        // EPIPE from a process that is exiting is not the story: its exit code and stderr are.
        const info = yield* exited.within(EXIT_WAIT_MS)
        if (info !== undefined) return endWith(yield* exitedReason(info))
        endWith(pipeFailure("Write", "writing to", error))
        // A server that cannot be written to is of no use.
        yield* close
      }))
    })

    const failClosed = Effect.flatMap(Deferred.await(closedWith), (reason) => Effect.fail(asTransportError(reason)))

    const enqueue = (data: string, options: SendOptions | undefined) =>
      Effect.flatMap(Deferred.make<void, TransportError>(), (handed) => {
        const entry: Outbound = {
          data,
          bytes: Buffer.byteLength(data),
          admitted: false,
          handed,
          onWritten: options?.onWritten
        }
        outbound.push(entry)
        admit()
        const withdraw = Effect.sync(() => {
          const index = outbound.indexOf(entry)
          if (index === -1) return // already written, or dropped by close
          outbound.splice(index, 1)
          if (entry.admitted) admittedBytes -= entry.bytes
          admit()
        })
        const written = Deferred.await(handed)
        const abandon = options?.abandon
        const waited = abandon === undefined
          ? written
          : Effect.raceFirst(written, Effect.zipRight(Effect.exit(abandon), withdraw))
        return Effect.onInterrupt(waited, () => withdraw)
      })

    const send = (line: string, options?: SendOptions): Effect.Effect<void, TransportError> =>
      Effect.suspend(() => {
        // after a stdin failure the reason is still being worked out: wait for it, do not write
        if (ended || stdinFailed) return failClosed
        const data = line + "\n"
        if (!needDrain && outbound.length === 0 && writeBatched(data)) {
          options?.onWritten?.()
          return Effect.void
        }
        return enqueue(data, options)
      })

    const service: Transport.Service = {
      send,
      incoming: incomingStream,
      close,
      queuedBytes: Effect.sync(() => admittedBytes + batchBytes() + child.stdin.writableLength),
      redact: redactor
    }
    FastPath.registerTrySend(service, (line) => {
      if (ended || stdinFailed || needDrain || outbound.length > 0) return false
      return writeBatched(line + "\n")
    })
    return service
  })
