/**
 * Commands on the in-memory test double: `exec` (`command/exec`) and `spawn` (`process/spawn`)
 * as streams of their own output ending with the exit code, and the lossless subscription under
 * them (`CodexClient.Service.subscribeNotifications`). Output that comes before the answer, a
 * flood past the bound, leaving the stream (interruption, an early end: one terminate, in the
 * background), a refused terminate asked again, the connection's close, stdin, refusals.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as CodexClient from "../src/CodexClient.js"
import { type CommandEvent, exec, spawn } from "../src/internal/verbs/command.js"
import * as Testing from "../src/testing.js"
import { countSent, within } from "./support/peer.js"

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64")

const execDelta = (processId: string, stream: "stdout" | "stderr", text: string, capReached = false) =>
  Testing.notification("command/exec/outputDelta", { processId, stream, deltaBase64: b64(text), capReached })

const processDelta = (processHandle: string, stream: "stdout" | "stderr", text: string) =>
  Testing.notification("process/outputDelta", { processHandle, stream, deltaBase64: b64(text), capReached: false })

const processExited = (processHandle: string, exitCode: number) =>
  Testing.notification("process/exited", {
    processHandle,
    exitCode,
    outputDrainTimedOut: false,
    stdout: "",
    stdoutCapReached: false,
    stderr: "",
    stderrCapReached: false
  })

/** Events as comparable values (bytes as text). */
const plain = (events: Iterable<CommandEvent>) =>
  Array.from(events, (event) =>
    event._tag === "Output"
      ? { output: event.stream, text: event.text, bytes: Buffer.from(event.bytes).toString("utf8") }
      : { exitCode: event.exitCode })

const collect = (stream: Stream.Stream<CommandEvent, unknown, CodexClient.CodexClient>) =>
  Effect.map(Stream.runCollect(stream), plain).pipe(within(5000, "the command's stream to end"))

const diagnostics = CodexClient.diagnostics

/**
 * A round trip to the server after the stream has ended: a terminate its finalizer would have
 * forked is written by then (used before asserting that none was).
 */
const roundTrip = Effect.flatMap(CodexClient.CodexClient, (client) => client.request("model/list", {}))

/** Waits (yielding, never sleeping) until the client has no request in flight. */
const settled: Effect.Effect<void, never, CodexClient.CodexClient> = Effect.flatMap(diagnostics, (d) =>
  d.pendingRequests === 0 ? Effect.void : Effect.zipRight(Effect.yieldNow(), settled))

describe("in-memory: exec", () => {
  it.scopedLive("output that comes before the answer, in the same chunk, is all there, in order; then the exit code", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const events = yield* collect(exec(["sh", "-c", "work"], { cwd: "/work", timeoutMs: 1000 }))
      assert.deepStrictEqual(events, [
        { output: "stdout", text: "a\n", bytes: "a\n" },
        { output: "stderr", text: "b\n", bytes: "b\n" },
        { output: "stdout", text: "c\n", bytes: "c\n" },
        { exitCode: 3 }
      ])
      const request = yield* peer.awaitSent("command/exec", { timeout: "1 second" })
      assert.deepStrictEqual(request.params.command, ["sh", "-c", "work"])
      assert.strictEqual(request.params.cwd, "/work")
      assert.strictEqual(request.params.timeoutMs, 1000)
      assert.isTrue(request.params.streamStdoutStderr)
      assert.isUndefined(request.params.streamStdin)
      assert.match(request.params.processId ?? "", /^effect-codex-exec-\d+$/)
      // nothing left behind: no subscription, no request, no terminate (the command ended)
      yield* roundTrip
      const d = yield* diagnostics
      assert.strictEqual(d.subscribers, 0)
      assert.strictEqual(d.pendingRequests, 0)
      assert.strictEqual(yield* countSent("command/exec/terminate"), 0)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) => {
        if (request.method !== "command/exec") return undefined
        const id = request.params.processId!
        return peer.send(
          execDelta(id, "stdout", "a\n"),
          execDelta(id, "stderr", "b\n"),
          // another command's output, in between: not this one's
          execDelta("someone-else", "stdout", "not mine\n"),
          execDelta(id, "stdout", "c\n"),
          Testing.reply(request, { exitCode: 3, stdout: "", stderr: "" })
        )
      }
    })))))

  it.scopedLive("a character split between two chunks is decoded whole; buffered output in the answer is kept", () =>
    Effect.gen(function*() {
      const events = yield* Stream.runCollect(exec(["printf", "é"])).pipe(within(5000, "the stream to end"))
      const outputs = Chunk.toReadonlyArray(events).filter((e) => e._tag === "Output")
      assert.deepStrictEqual(outputs.map((e) => e._tag === "Output" ? e.text : ""), ["", "é", "tail"])
      assert.deepStrictEqual(outputs.map((e) => e._tag === "Output" ? e.bytes.length : 0), [1, 1, 4])
      const last = Chunk.unsafeLast(events)
      assert(last._tag === "Exited")
      assert.strictEqual(last.exitCode, 0)
      assert.isTrue(last.stdoutCapReached)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) => {
        if (request.method !== "command/exec") return undefined
        const processId = request.params.processId!
        const bytes = Buffer.from("é", "utf8")
        const part = (i: number, capReached: boolean) =>
          Testing.notification("command/exec/outputDelta", {
            processId,
            stream: "stdout",
            deltaBase64: bytes.subarray(i, i + 1).toString("base64"),
            capReached
          })
        return peer.send(part(0, false), part(1, true), Testing.reply(request, { exitCode: 0, stdout: "tail", stderr: "" }))
      }
    })))))

  it.scopedLive("a flood past the bound fails the stream with NotificationBufferFullError and terminates the command", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const error = yield* Effect.flip(Stream.runDrain(exec(["yes"], { bufferSize: 8 }))).pipe(
        within(2000, "the stream to fail")
      )
      assert(error._tag === "NotificationBufferFullError")
      assert.strictEqual(error.capacity, 8)
      const exec_ = yield* peer.awaitSent("command/exec", { timeout: "1 second" })
      assert.include(error.message, exec_.params.processId!)
      const terminate = yield* peer.awaitSent("command/exec/terminate", { timeout: "1 second" })
      assert.deepStrictEqual(terminate.params, { processId: exec_.params.processId! })
      yield* settled
      yield* roundTrip
      assert.strictEqual(yield* countSent("command/exec/terminate"), 1)
      assert.strictEqual((yield* diagnostics).subscribers, 0)
    }).pipe(Effect.provide(Testing.layerTest((() => {
      let running: Testing.ClientRequestMessage<"command/exec"> | undefined
      return Testing.server({
        other: (request, peer) => {
          switch (request.method) {
            case "command/exec": {
              running = request
              const id = request.params.processId!
              // 50 chunks in one read: routed before the consumer can take any
              return peer.send(...Array.from({ length: 50 }, (_, i) => execDelta(id, "stdout", `y${i}\n`)))
            }
            case "command/exec/terminate":
              return peer.send(Testing.reply(request, {}), Testing.reply(running!, { exitCode: 137, stdout: "", stderr: "" }))
            default:
              return undefined
          }
        }
      })
    })()))))

  /** A command that runs until terminated; the terminate is answered once `release` is done. */
  const runningServer = (release: Deferred.Deferred<void>, refuseFirst = false) => {
    let running: Testing.ClientRequestMessage<"command/exec"> | undefined
    let terminates = 0
    return Testing.server({
      other: (request, peer) => {
        switch (request.method) {
          case "command/exec":
            running = request
            return peer.send(execDelta(request.params.processId!, "stdout", "started\n"))
          case "command/exec/terminate":
            if (refuseFirst && ++terminates === 1) {
              return peer.send(Testing.replyError(request, {
                code: -32600,
                message: `no active command/exec for process id "${request.params.processId}"`
              }))
            }
            // answered later, on a fiber of its own: the script goes on reading
            return Effect.asVoid(Effect.forkDaemon(Effect.zipRight(
              Deferred.await(release),
              peer.send(
                Testing.reply(request, {}),
                Testing.reply(running!, { exitCode: 137, stdout: "", stderr: "" })
              )
            )))
          default:
            return undefined
        }
      }
    })
  }

  /** Runs `body` on a client whose command runs until terminated (see `runningServer`). */
  const withRunning = <A, E>(
    body: (release: Deferred.Deferred<void>) => Effect.Effect<A, E, CodexClient.CodexClient | Testing.TestPeer>,
    refuseFirst = false
  ) =>
    Effect.flatMap(Deferred.make<void>(), (release) =>
      body(release).pipe(Effect.provide(Testing.layerTest(runningServer(release, refuseFirst)))))

  it.scopedLive("interrupting the fiber sends exactly one terminate, in the background", () =>
    withRunning((release) =>
      Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        const started = yield* Deferred.make<void>()
        const fiber = yield* exec(["sleep", "600"]).pipe(
          Stream.runForEach(() => Deferred.succeed(started, undefined)),
          Effect.fork
        )
        yield* Deferred.await(started).pipe(within(2000, "the first output"))
        // returns although the server has not answered the terminate: it is not waited for
        yield* Fiber.interrupt(fiber).pipe(within(2000, "the interruption"))
        const request = yield* peer.awaitSent("command/exec", { timeout: "1 second" })
        const terminate = yield* peer.awaitSent("command/exec/terminate", { timeout: "1 second" })
        assert.deepStrictEqual(terminate.params, { processId: request.params.processId! })
        assert.strictEqual((yield* diagnostics).subscribers, 0)
        // the server answers the terminate, then the command (137): both reach their waiters
        yield* Deferred.succeed(release, undefined)
        yield* settled.pipe(within(2000, "the requests to be answered"))
        yield* roundTrip
        assert.strictEqual(yield* countSent("command/exec/terminate"), 1)
      })
    ))

  it.scopedLive("leaving early (Stream.take) terminates the command too; the taken output is kept", () =>
    withRunning((release) =>
      Effect.gen(function*() {
        const events = yield* collect(exec(["sleep", "600"]).pipe(Stream.take(1)))
        assert.deepStrictEqual(events, [{ output: "stdout", text: "started\n", bytes: "started\n" }])
        yield* Testing.TestPeer.pipe(Effect.flatMap((peer) => peer.awaitSent("command/exec/terminate", { timeout: "1 second" })))
        yield* Deferred.succeed(release, undefined)
        yield* settled.pipe(within(2000, "the requests to be answered"))
        yield* roundTrip
        assert.strictEqual(yield* countSent("command/exec/terminate"), 1)
      })
    ))

  it.scopedLive("a terminate refused while the command runs (not registered yet) is asked again", () =>
    withRunning((release) =>
      Effect.gen(function*() {
        const started = yield* Deferred.make<void>()
        const fiber = yield* exec(["sleep", "600"]).pipe(
          Stream.runForEach(() => Deferred.succeed(started, undefined)),
          Effect.fork
        )
        yield* Deferred.await(started).pipe(within(2000, "the first output"))
        yield* Deferred.succeed(release, undefined)
        yield* Fiber.interrupt(fiber)
        const peer = yield* Testing.TestPeer
        yield* peer.awaitSent((m) => m.method === "command/exec/terminate" && m.id !== undefined, { timeout: "1 second" })
        yield* settled.pipe(within(3000, "the command to be terminated"))
        yield* roundTrip
        assert.strictEqual(yield* countSent("command/exec/terminate"), 2)
      }), true))

  it.scopedLive("the connection's close fails the stream with its reason; nothing waits", () =>
    withRunning(() =>
      Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        const started = yield* Deferred.make<void>()
        const fiber = yield* exec(["sleep", "600"]).pipe(
          Stream.runForEach(() => Deferred.succeed(started, undefined)),
          Effect.fork
        )
        yield* Deferred.await(started).pipe(within(2000, "the first output"))
        yield* peer.close()
        const exit = yield* Fiber.await(fiber).pipe(within(2000, "the stream to end"))
        assert(Exit.isFailure(exit))
        const error = Cause.failureOption(exit.cause)
        assert(Option.isSome(error) && error.value._tag === "TransportError" && error.value.reason === "Closed")
        const d = yield* diagnostics
        assert.strictEqual(d.subscribers, 0)
        assert.strictEqual(d.pendingRequests, 0)
      })
    ))

  it.scopedLive("a refused command fails with the RpcError; nothing is terminated", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runDrain(exec([]))).pipe(within(5000, "the stream to fail"))
      assert(error._tag === "RpcError" && error.method === "command/exec")
      assert.strictEqual(error.detail, "command must not be empty")
      yield* roundTrip
      assert.strictEqual(yield* countSent("command/exec/terminate"), 0)
      assert.strictEqual((yield* diagnostics).subscribers, 0)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) =>
        request.method === "command/exec"
          ? peer.send(Testing.replyError(request, { code: -32600, message: "command must not be empty" }))
          : undefined
    })))))

  it.scopedLive("stdin is written chunk by chunk, then closed; a write refused before the command is registered is asked again", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const events = yield* collect(exec(["cat"], { stdin: Stream.make("one\n", new TextEncoder().encode("two\n")) }))
      assert.deepStrictEqual(events, [
        { output: "stdout", text: "one\ntwo\n", bytes: "one\ntwo\n" },
        { exitCode: 0 }
      ])
      const request = yield* peer.awaitSent("command/exec", { timeout: "1 second" })
      assert.isTrue(request.params.streamStdin)
      const writes = (yield* peer.sent).filter((m) => m.method === "command/exec/write").map((m) => m.params)
      const processId = request.params.processId!
      assert.deepStrictEqual(writes, [
        { processId, deltaBase64: b64("one\n") }, // refused
        { processId, deltaBase64: b64("one\n") },
        { processId, deltaBase64: b64("two\n") },
        { processId, closeStdin: true }
      ])
    }).pipe(Effect.provide(Testing.layerTest((() => {
      let writes = 0
      let written = ""
      let running: Testing.ClientRequestMessage<"command/exec"> | undefined
      return Testing.server({
        other: (request, peer) => {
          switch (request.method) {
            case "command/exec":
              running = request
              return Effect.void
            case "command/exec/write": {
              if (++writes === 1) {
                return peer.send(Testing.replyError(request, { code: -32600, message: "no active command/exec" }))
              }
              if (request.params.deltaBase64) written += Buffer.from(request.params.deltaBase64, "base64").toString()
              if (request.params.closeStdin !== true) return peer.send(Testing.reply(request, {}))
              const id = running!.params.processId!
              return peer.send(
                Testing.reply(request, {}),
                execDelta(id, "stdout", written),
                Testing.reply(running!, { exitCode: 0, stdout: "", stderr: "" })
              )
            }
            default:
              return undefined
          }
        }
      })
    })()))))
})

describe("in-memory: spawn", () => {
  it.scopedLive("output and the exit that come before the answer are all there; no kill after the exit", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const events = yield* collect(spawn(["make"], { cwd: "/work", timeoutMs: null, processHandle: "build" }))
      assert.deepStrictEqual(events, [
        { output: "stdout", text: "compiling\n", bytes: "compiling\n" },
        { output: "stderr", text: "warning\n", bytes: "warning\n" },
        { exitCode: 2 }
      ])
      const request = yield* peer.awaitSent("process/spawn", { timeout: "1 second" })
      assert.deepStrictEqual(request.params, {
        cwd: "/work",
        timeoutMs: null,
        command: ["make"],
        processHandle: "build",
        streamStdoutStderr: true
      })
      yield* roundTrip
      assert.strictEqual(yield* countSent("process/kill"), 0)
      assert.strictEqual((yield* diagnostics).subscribers, 0)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) =>
        request.method === "process/spawn"
          ? peer.send(
            processDelta("build", "stdout", "compiling\n"),
            processDelta("other", "stdout", "not mine\n"),
            processDelta("build", "stderr", "warning\n"),
            processExited("other", 0),
            processExited("build", 2),
            Testing.reply(request, {})
          )
          : undefined
    })))))

  it.scopedLive("interrupting the fiber sends exactly one process/kill, in the background", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const started = yield* Deferred.make<void>()
      const fiber = yield* spawn(["sleep", "600"], { cwd: "/" }).pipe(
        Stream.runForEach(() => Deferred.succeed(started, undefined)),
        Effect.fork
      )
      yield* Deferred.await(started).pipe(within(2000, "the first output"))
      yield* Fiber.interrupt(fiber).pipe(within(2000, "the interruption"))
      const request = yield* peer.awaitSent("process/spawn", { timeout: "1 second" })
      const kill = yield* peer.awaitSent("process/kill", { timeout: "1 second" })
      assert.deepStrictEqual(kill.params, { processHandle: request.params.processHandle })
      yield* settled.pipe(within(2000, "the kill to be answered"))
      yield* roundTrip
      assert.strictEqual(yield* countSent("process/kill"), 1)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) => {
        switch (request.method) {
          case "process/spawn":
            return peer.send(Testing.reply(request, {}), processDelta(request.params.processHandle, "stdout", "up\n"))
          case "process/kill":
            return peer.send(Testing.reply(request, {}), processExited(request.params.processHandle, 137))
          default:
            return undefined
        }
      }
    })))))

  it.scopedLive("a refused spawn fails with the RpcError; nothing is killed", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runDrain(spawn(["echo"], { cwd: "/" }))).pipe(within(5000, "the stream to fail"))
      assert(error._tag === "RpcError" && error.method === "process/spawn")
      yield* roundTrip
      assert.strictEqual(yield* countSent("process/kill"), 0)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server({
      other: (request, peer) =>
        request.method === "process/spawn"
          ? peer.send(Testing.replyError(request, { code: -32600, message: "process/spawn requires experimentalApi capability" }))
          : undefined
    })))))
})

describe("in-memory: subscribeNotifications", () => {
  const warning = (message: string) => Testing.notification("warning", { message })

  it.scopedLive("lossless while the consumer is slow, in order; end yields what is held, then ends", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const client = yield* CodexClient.CodexClient
      yield* client.initialize
      const subscription = yield* client.subscribeNotifications((n) => n.method === "command/exec/outputDelta", {
        capacity: 2000
      })
      // 1500 notifications in one read, far more than the global stream's sliding buffer (512)
      yield* peer.send(...Array.from({ length: 1500 }, (_, i) => execDelta("p", "stdout", String(i))))
      yield* peer.send(execDelta("p", "stdout", "last"))
      const seen: Array<string> = []
      yield* subscription.stream.pipe(
        Stream.map((n) => Buffer.from((n.params as { deltaBase64: string }).deltaBase64, "base64").toString()),
        Stream.tap((text) => Effect.sync(() => seen.push(text))),
        Stream.takeUntil((text) => text === "last"),
        Stream.runDrain
      )
      assert.deepStrictEqual(seen, [...Array.from({ length: 1500 }, (_, i) => String(i)), "last"])
      // a second subscription as a witness: once it has both, both were routed to the first too
      const witness = yield* client.subscribeNotifications((n) => n.method === "command/exec/outputDelta")
      yield* peer.send(execDelta("p", "stdout", "held 1"), execDelta("p", "stdout", "held 2"))
      yield* witness.stream.pipe(Stream.take(2), Stream.runDrain, within(2000, "the witness"))
      yield* subscription.end
      yield* peer.send(execDelta("p", "stdout", "after the end"))
      yield* witness.stream.pipe(Stream.take(1), Stream.runDrain, within(2000, "the witness"))
      const held = yield* Stream.runCollect(subscription.stream).pipe(within(2000, "the stream to end"))
      assert.deepStrictEqual(
        Chunk.toReadonlyArray(held).map((n) => Buffer.from((n.params as { deltaBase64: string }).deltaBase64, "base64").toString()),
        ["held 1", "held 2"]
      )
    }).pipe(Effect.provide(Testing.layerTest(Testing.server()))))

  it.scopedLive("the connection's close fails it with the reason; subscribing after the close too", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const client = yield* CodexClient.CodexClient
      yield* client.initialize
      const before = yield* client.subscribeNotifications(() => true)
      yield* peer.close()
      const first = yield* Effect.flip(Stream.runDrain(before.stream)).pipe(within(2000, "the stream to fail"))
      assert(first._tag === "TransportError" && first.reason === "Closed")
      const after = yield* client.subscribeNotifications(() => true)
      const second = yield* Effect.flip(Stream.runDrain(after.stream)).pipe(within(2000, "the stream to fail"))
      assert(second._tag === "TransportError" && second.reason === "Closed")
    }).pipe(Effect.provide(Testing.layerTest(Testing.server()))))

  it.scopedLive("a predicate that throws ends its own subscription with a defect; the client goes on", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const client = yield* CodexClient.CodexClient
      yield* client.initialize
      const throwing = yield* client.subscribeNotifications(() => {
        throw new Error("boom")
      })
      const healthy = yield* client.subscribeNotifications((n) => n.method === "warning")
      yield* peer.send(warning("one"))
      const exit = yield* Effect.exit(Stream.runDrain(throwing.stream)).pipe(within(2000, "the stream to end"))
      assert(Exit.isFailure(exit) && Cause.isDie(exit.cause))
      const got = yield* healthy.stream.pipe(Stream.take(1), Stream.runCollect)
      assert.strictEqual(got.length, 1)
      assert.deepStrictEqual(yield* client.request("model/list", {}), { data: [] })
    }).pipe(Effect.provide(Testing.layerTest(Testing.server()))))

  it.scopedLive("its scope's close removes it", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      yield* Effect.scoped(Effect.gen(function*() {
        yield* client.subscribeNotifications(() => true)
        yield* client.subscribeNotifications(() => true)
        assert.strictEqual((yield* diagnostics).subscribers, 2)
      }))
      assert.strictEqual((yield* diagnostics).subscribers, 0)
    }).pipe(Effect.provide(Testing.layerTest(Testing.server()))))
})
