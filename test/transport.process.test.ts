/**
 * Fake process, for the stdio transport: the fake app-server process, real pipes, exits and signals.
 * Each test pins one guarantee of `Transport.makeStdio` that only a real process can break.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as CodexClientModule from "../src/CodexClient.js"
import { CodexClient } from "../src/CodexClient.js"
import type { CodexError } from "../src/CodexError.js"
import * as procTree from "../src/internal/procTree.js"
import * as stdio from "../src/internal/stdio.js"
import * as Transport from "../src/Transport.js"
import { isAlive } from "./support/procs.js"

const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
chmodSync(fake, 0o755)

const closeTimeouts = { afterEof: "300 millis", afterTerm: "300 millis", afterKill: "1 second" } as const

const fakeOptions = (mode: string, extra: Record<string, string> = {}): Transport.StdioOptions => ({
  binaryPath: fake,
  env: { FAKE_MODE: mode, ...extra },
  closeTimeouts
})

const tempDir = (prefix: string) =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/** Builds a layer into the test's scope: it lives until the test ends. */
const build = <A, E>(layer: Layer.Layer<A, E>) => Layer.build(Layer.fresh(layer))

const clientOf = <E>(layer: Layer.Layer<CodexClient, E>) =>
  Effect.map(build(layer), (context) => Context.get(context, CodexClient))

const killQuietly = (pid: number) => {
  try {
    process.kill(pid, "SIGKILL")
  } catch {
    // gone already
  }
}

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "expected a failure")
  assert(exit.cause._tag === "Fail", `expected a typed failure, got ${exit.cause._tag}`)
  return exit.cause.error
}

const transportError = (error: CodexError | Transport.CloseReason) => {
  assert(error._tag === "TransportError", `expected a TransportError, got ${error._tag}: ${error.message}`)
  return error
}

describe("stdio transport: the server's exit ends the connection", () => {
  it.scopedLive("a child that inherited stdout does not keep waiters hanging: they fail within a second of the exit", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir("effect-codex-exit-")
      const pidFile = path.join(dir, "fake.pid")
      const client = yield* clientOf(CodexClientModule.layer(fakeOptions("exit-holding-stdout", { FAKE_PID_FILE: pidFile })))
      yield* client.initialize // the fake is up, so its child and the pid file exist
      const sleeper = Number(readFileSync(pidFile + ".child", "utf8"))
      yield* Effect.addFinalizer(() => Effect.sync(() => killQuietly(sleeper)))
      assert(isAlive(sleeper), "the child holding stdout runs")

      const pending = yield* Effect.fork(client.request("thread/read", { threadId: "t" }, { timeout: "20 seconds" }))
      const started = Date.now()
      // the fake exits on thread/list, leaving `sleep 300` with its stdout and stderr
      const error = transportError(yield* Effect.flip(client.request("thread/list", {}, { timeout: "20 seconds" })))
      const pendingError = transportError(failureOf(yield* Fiber.await(pending)))
      assert.isBelow(Date.now() - started, 1000)
      for (const e of [error, pendingError]) {
        assert.strictEqual(e.reason, "Closed")
        assert.strictEqual(e.exitCode, 5)
        assert.include(e.stderrTail ?? "", "fatal: gone, child left behind")
      }
    }))
})

describe("stdio transport: bounded memory toward a server that stops reading", () => {
  const bigParams = { threadId: "x".repeat(1_000_000) }
  const lineBytes = JSON.stringify({ id: 1, method: "thread/read", params: bigParams }).length + 1

  it.scopedLive("300 timed-out 1 MB requests leave at most one line queued", () =>
    Effect.gen(function*() {
      const layer = CodexClientModule.layerFromTransport().pipe(
        Layer.provideMerge(Transport.layerStdio(fakeOptions("stop-reading")))
      )
      const context = yield* build(layer)
      const client = Context.get(context, CodexClient)
      const transport = Context.get(context, Transport.Transport)
      yield* client.initialize // after the handshake the fake stops reading
      // Liveness, not speed: every request ends (encoding 300 MB of JSON takes seconds on a
      // loaded machine, so the bound is generous); what is asserted is what stays queued.
      const exits = yield* Effect.forEach(
        Array.from({ length: 300 }, () => bigParams),
        (params) => Effect.exit(client.request("thread/read", params, { timeout: "200 millis" })),
        { concurrency: "unbounded" }
      ).pipe(
        Effect.timeoutFail({ duration: "60 seconds", onTimeout: () => new Error("300 requests to a server that stopped reading did not all end within 60 s") }),
        Effect.orDie
      )
      for (const exit of exits) assert.strictEqual(failureOf(exit)._tag, "RequestTimeoutError")
      const queued = yield* transport.queuedBytes
      assert.isAtMost(queued, lineBytes, `${queued} bytes still queued`)
    }), 90_000)

  it.scopedLive("send: fast while stdin takes writes, then queued within maxOutboundBytes; abandon, interruption and close release it", () =>
    Effect.gen(function*() {
      const maxOutboundBytes = 8 * 1024 * 1024
      const transport = yield* Transport.makeStdio({ ...fakeOptions("no-read"), maxOutboundBytes })
      const line = JSON.stringify({ method: "fake/pad", params: { pad: "y".repeat(1_000_000) } })

      // The first line goes straight to stdin: send completes without the server reading.
      let written = 0
      yield* transport.send(line, { onWritten: () => written++ })
      assert.strictEqual(written, 1)

      // From now on stdin pushes back. Each sender signals from its abandon effect, which runs
      // only once its line is queued and it waits.
      const giveUp = yield* Deferred.make<void>()
      const waiting = (n: number) =>
        Effect.gen(function*() {
          const entered = yield* Effect.forEach(Array.from({ length: n }), () => Deferred.make<void>())
          const fibers = yield* Effect.forEach(entered, (signal) =>
            Effect.fork(transport.send(line, {
              abandon: Effect.zipRight(Deferred.succeed(signal, undefined), Deferred.await(giveUp)),
              onWritten: () => written++
            })))
          yield* Effect.forEach(entered, Deferred.await, { discard: true })
          return fibers
        })

      const fibers = yield* waiting(40)
      const queued = yield* transport.queuedBytes
      // bounded by maxOutboundBytes (plus what stdin itself holds: at most the first line) …
      assert.isAtMost(queued, maxOutboundBytes + 2 * line.length)
      // … and really used: the queue holds as many lines as fit
      assert.isAtLeast(queued, maxOutboundBytes - line.length)
      for (const fiber of fibers) assert(Option.isNone(yield* Fiber.poll(fiber)), "a sender returned before its line was written")

      // Giving up withdraws every queued line: the senders return without error, nothing was written.
      yield* Deferred.succeed(giveUp, undefined)
      for (const fiber of fibers) yield* Fiber.join(fiber)
      assert.strictEqual(written, 1)
      assert.isAtMost(yield* transport.queuedBytes, line.length + 1)

      // An interrupted sender withdraws its line too.
      const stuck = yield* Deferred.make<void>()
      const entered = yield* Deferred.make<void>()
      const interrupted = yield* Effect.fork(transport.send(line, {
        abandon: Effect.zipRight(Deferred.succeed(entered, undefined), Deferred.await(stuck))
      }))
      yield* Deferred.await(entered)
      assert.isAbove(yield* transport.queuedBytes, line.length + 1)
      yield* Fiber.interrupt(interrupted)
      assert.isAtMost(yield* transport.queuedBytes, line.length + 1)

      // Closing fails the senders still waiting, with the close reason, and drops the queue.
      const last = yield* Deferred.make<void>()
      const lastSend = yield* Effect.fork(transport.send(line, {
        abandon: Effect.zipRight(Deferred.succeed(last, undefined), Deferred.await(stuck))
      }))
      yield* Deferred.await(last)
      yield* transport.close
      const error = transportError(failureOf(yield* Fiber.await(lastSend)))
      assert.strictEqual(error.reason, "Closed")
      assert.strictEqual(yield* transport.queuedBytes, 0)
      const incoming = yield* Effect.exit(Stream.runDrain(transport.incoming))
      assert.strictEqual(transportError(failureOf(incoming)).reason, "Closed")
    }))
  it.scopedLive("a line larger than maxOutboundBytes is queued when the queue is empty; the next one waits for room", () =>
    Effect.gen(function*() {
      const transport = yield* Transport.makeStdio({ ...fakeOptions("no-read"), maxOutboundBytes: 1000 })
      const line = JSON.stringify({ method: "fake/pad", params: { pad: "z".repeat(500_000) } })
      yield* transport.send(line) // straight to stdin, which then pushes back
      const inStdin = yield* transport.queuedBytes
      const giveUp = yield* Deferred.make<void>()
      const queue = (signal: Deferred.Deferred<void>) =>
        Effect.fork(transport.send(line, { abandon: Effect.zipRight(Deferred.succeed(signal, undefined), Deferred.await(giveUp)) }))
      const first = yield* Deferred.make<void>()
      const second = yield* Deferred.make<void>()
      const fibers = [yield* queue(first)]
      yield* Deferred.await(first)
      assert.strictEqual(yield* transport.queuedBytes, inStdin + line.length + 1, "the oversized line is queued")
      fibers.push(yield* queue(second))
      yield* Deferred.await(second)
      assert.strictEqual(yield* transport.queuedBytes, inStdin + line.length + 1, "the next line waits outside the bound")
      yield* Deferred.succeed(giveUp, undefined)
      for (const fiber of fibers) yield* Fiber.join(fiber)
      assert.strictEqual(yield* transport.queuedBytes, inStdin)
    }))
})

describe("stdio transport: a start-up crash says why", () => {
  it.scopedLive("a wrapper that prints to stderr and exits 3 fails the first call with its exit code and stderr, every time", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir("effect-codex-wrapper-")
      const wrapper = path.join(dir, "codex")
      writeFileSync(wrapper, "#!/bin/sh\necho \"fatal: bad config at /x\" >&2\nexit 3\n")
      chmodSync(wrapper, 0o755)
      for (let i = 0; i < 10; i++) {
        const error = yield* Effect.scoped(
          Effect.flatMap(
            clientOf(CodexClientModule.layer({ binaryPath: wrapper, closeTimeouts })),
            (client) => Effect.flip(client.request("model/list", {}))
          )
        )
        const e = transportError(error)
        assert.strictEqual(e.reason, "Closed", `run ${i}: ${e.message}`)
        assert.strictEqual(e.exitCode, 3, `run ${i}`)
        assert.include(e.stderrTail ?? "", "fatal: bad config at /x", `run ${i}`)
      }
    }), 60_000)
})

describe("stdio transport: long lines", () => {
  it.scopedLive("a 40 MB thread/read response arrives intact with the default options", () =>
    Effect.gen(function*() {
      const client = yield* clientOf(CodexClientModule.layer(fakeOptions("big")))
      const result = yield* client.request("thread/read", { threadId: "big" }, { timeout: "30 seconds" })
      assert.strictEqual(result.thread.id, "big")
      assert.strictEqual(result.thread.preview.length, 40_000_000)
    }), 60_000)

  it.scopedLive("over maxLineBytes, a response fails only its request; a notification closes the connection", () =>
    Effect.gen(function*() {
      const client = yield* clientOf(CodexClientModule.layer({ ...fakeOptions("big"), maxLineBytes: 1_000_000 }))
      const tooLong = yield* Effect.flip(client.request("thread/read", { threadId: "big" }, { timeout: "30 seconds" }))
      assert(tooLong._tag === "ProtocolError", tooLong.message)
      assert.strictEqual(tooLong.reason, "LineTooLong")
      // the connection lives on
      const list = yield* client.request("thread/list", {})
      assert.deepStrictEqual(list.data, [])
      // an oversized line that answers nobody cannot be attributed: the connection ends
      const closed = yield* Effect.flip(client.request("thread/read", { threadId: "notify" }, { timeout: "30 seconds" }))
      assert(closed._tag === "ProtocolError", closed.message)
      assert.strictEqual(closed.reason, "LineTooLong")
      const after = yield* Effect.flip(client.request("thread/list", {}))
      assert.include(["ProtocolError", "TransportError"], after._tag)
    }), 60_000)
})

describe("stdio transport: a reader that falls behind", () => {
  // Also shows stdout is read without anyone asking: the transport itself reaches the mark.
  it.scopedLive("pauses stdout past the high-water mark, so the pipe pushes back on the server, and loses nothing", () =>
    Effect.gen(function*() {
      const flooded = yield* Deferred.make<void>()
      const onSignal = () => Deferred.unsafeDone(flooded, Exit.void)
      yield* Effect.acquireRelease(
        Effect.sync(() => process.on("SIGUSR2", onSignal)),
        () => Effect.sync(() => process.off("SIGUSR2", onSignal))
      )
      const paused = yield* Deferred.make<void>()
      let resumed = 0
      const transport = yield* stdio.make(
        fakeOptions("flood", { FAKE_FLOOD_LINES: "2000", FAKE_FLOOD_BYTES: "5000", FAKE_NOTIFY_PID: String(process.pid) }),
        {
          highWaterLines: 100,
          lowWaterLines: 10,
          onPause: () => Deferred.unsafeDone(paused, Exit.void),
          onResume: () => resumed++
        }
      )
      yield* Deferred.await(paused)
      // 10 MB cannot have got through a pipe of at most 1 MB while nobody reads it
      assert.isFalse(yield* Deferred.isDone(flooded), "the server wrote everything although the reader was paused")
      const items: Array<Transport.Incoming> = []
      const exit = yield* Effect.exit(
        Stream.runForEachChunk(transport.incoming, (chunk) => Effect.sync(() => items.push(...Chunk.toReadonlyArray(chunk))))
      )
      yield* Deferred.await(flooded)
      assert.isAtLeast(resumed, 1)
      assert.strictEqual(items.length, 2001)
      assert.deepStrictEqual(items.slice(0, 2000).map((line) => JSON.parse(line as string).params.i), Array.from({ length: 2000 }, (_, i) => i))
      assert.strictEqual(transportError(failureOf(exit)).exitCode, 0)
    }))
})

describe("process table from ps", () => {
  it("processes() under ps finds this process and its parent, with the right ppid", () => {
    procTree.setSource("ps")
    try {
      assert.strictEqual(procTree.currentSource(), "ps")
      const all = procTree.processes()
      const me = all.find((p) => p.pid === process.pid)
      assert(me !== undefined, "this process is listed")
      assert.strictEqual(me.ppid, process.ppid)
      assert.strictEqual(me.state !== "Z", true)
      assert(all.some((p) => p.pid === process.ppid), "its parent is listed")
    } finally {
      procTree.setSource("auto")
    }
  })

  it("ps output is parsed robustly: a command name with spaces is the rest of the line", () => {
    const parsed = procTree.parsePs(
      "    1     0     1 Ss   init\n" +
        "  812   400   812 S+   /Applications/Some App.app/Contents/MacOS/Some App\n" +
        "garbage\n" +
        "  900   812   812 Z    \n"
    )
    assert.deepStrictEqual(parsed.map((p) => [p.pid, p.ppid, p.pgid, p.state, p.comm]), [
      [1, 0, 1, "S", "init"],
      [812, 400, 812, "S", "/Applications/Some App.app/Contents/MacOS/Some App"],
      [900, 812, 812, "Z", ""]
    ])
  })
})
