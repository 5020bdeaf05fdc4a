/**
 * The stdio transport: `codex app-server --listen stdio://` as a child process.
 *
 * Plain `node:child_process`, because every guarantee here is about timing that a stream wrapper
 * hides: which of exit, EOF and EPIPE came first, when stdin stops taking bytes, and whether a
 * grandchild still holds stdout after the server is gone.
 */
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FiberSet from "effect/FiberSet"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { ProtocolError, TransportError } from "../CodexError.js"
import type { CloseReason, Incoming, SendOptions, StdioOptions, Transport } from "../Transport.js"
import * as FastPath from "./fastPath.js"
import { makeLineFramer } from "./framing.js"
import { registerPid } from "./processInfo.js"
import { makeTail } from "./redact.js"
import { asTransportError, closedError, plainCause } from "./transportErrors.js"
import {
  drainStderr,
  type ExitInfo,
  forwardStderr,
  ladderTimeouts,
  makeOnce,
  prepare,
  snapshotTree,
  spawn,
  stop
} from "./serverProcess.js"

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


/** A line waiting for stdin to drain, with the caller waiting for it. */
interface Outbound {
  readonly data: string
  readonly bytes: number
  /** Counted against `maxOutboundBytes`; the rest wait for room, in order. */
  admitted: boolean
  readonly handed: Deferred.Deferred<void, TransportError>
  readonly onWritten: (() => void) | undefined
}

export const make = (
  options: StdioOptions = {},
  tuning: Tuning = {}
): Effect.Effect<Transport.Service, TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    // Secrets first: everything rendered from here on goes through this redactor.
    const { binaryPath, configFlags, env, redactor } = yield* prepare(options)
    const args = [...configFlags, "app-server", "--listen", "stdio://", ...(options.args ?? [])]
    const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE
    const maxOutboundBytes = options.maxOutboundBytes ?? DEFAULT_MAX_OUTBOUND
    const timeouts = ladderTimeouts(options.closeTimeouts)

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

    // In a process group of its own, with the exit backstop registered until the ladder is done.
    // The close ladder is installed below; should the build stop before that, the release is a
    // plain kill of the group.
    const spawned = yield* spawn(binaryPath, args, env, options.cwd, exited, redactor)
    const { child, pid } = spawned

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
      Effect.suspend(() => {
        const tree = snapshotTree(pid)
        flush() // lines handed before the close still go out, ahead of the EOF
        endWith(closedError("the client closed the connection"))
        return stop(spawned, tree, graceful, timeouts)
      })

    // Runs once, to the end, in bounded time, whoever started it; later callers wait for it.
    let closing = false
    const closeWith = (graceful: boolean): Effect.Effect<void> =>
      Effect.suspend(() => {
        if (closing) return Deferred.await(closeDone)
        closing = true
        return ladder(graceful).pipe(
          Effect.ensuring(Effect.sync(() => spawned.unregisterBackstop())),
          Effect.ensuring(Deferred.done(closeDone, Exit.void))
        )
      }).pipe(Effect.uninterruptible)

    // without the EOF wait when stdin is already dead
    const close = Effect.suspend(() => closeWith(!stdinFailed))
    spawned.setRelease(close)

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

    drainStderr(child, tail, stderrLog, stderrEnded)

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
    registerPid(service, pid)
    return service
  })
