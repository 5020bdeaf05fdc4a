/**
 * Real binary: `exec` (`command/exec`) and `spawn` (`process/spawn`, experimental) on the pinned
 * codex, offline. Output and exit codes as codex streams them; stdin; a long command left while it
 * runs is terminated on the server, which then no longer knows it (checked with the server's own
 * answers and notifications, never with timing). One server for the file.
 */
import { assert, layer } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import { readdirSync, readFileSync } from "node:fs"
import * as CodexClient from "../src/CodexClient.js"
import { type CommandEvent, exec, spawn } from "../src/internal/verbs/command.js"
import * as Testing from "../src/testing.js"
import { within } from "./support/peer.js"

const TestCodex = Testing.layer([], { experimentalApi: true })

/** stdout and stderr as text, and the exit code. */
const fold = (events: Chunk.Chunk<CommandEvent>) => {
  let stdout = ""
  let stderr = ""
  let exitCode: number | undefined
  for (const event of events) {
    if (event._tag === "Exited") exitCode = event.exitCode
    else if (event.stream === "stdout") stdout += event.text
    else stderr += event.text
  }
  assert.strictEqual(Chunk.unsafeLast(events)._tag, "Exited", "the exit comes last")
  return { stdout, stderr, exitCode }
}

/** Waits (yielding, never sleeping) until the client has no request in flight. */
const settled: Effect.Effect<void, never, CodexClient.CodexClient> = Effect.flatMap(CodexClient.diagnostics, (d) =>
  d.pendingRequests === 0 ? Effect.void : Effect.zipRight(Effect.yieldNow(), settled))

/** Processes of this machine whose command line contains `marker` (a leak check, not a wait). */
const processesWith = (marker: string): ReadonlyArray<string> =>
  readdirSync("/proc").filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(marker)
    } catch {
      return false
    }
  })

/** Runs `events` until its first output chunk, then interrupts it. */
const interruptAfterFirstOutput = (events: Stream.Stream<CommandEvent, unknown, CodexClient.CodexClient>) =>
  Effect.gen(function*() {
    const started = yield* Deferred.make<void>()
    const fiber = yield* events.pipe(
      Stream.runForEach((event) => event._tag === "Output" ? Deferred.succeed(started, undefined) : Effect.void),
      Effect.fork
    )
    yield* Deferred.await(started).pipe(within(20_000, "the first output"))
    yield* Fiber.interrupt(fiber).pipe(within(5_000, "the interruption"))
  })

layer(TestCodex, { excludeTestServices: true, timeout: "60 seconds" })("real binary: commands", (it) => {
  it.effect("real binary: exec echo hello streams its output, then exit code 0", () =>
    Effect.gen(function*() {
      const events = yield* Stream.runCollect(exec(["echo", "hello"]))
      assert.deepStrictEqual(fold(events), { stdout: "hello\n", stderr: "", exitCode: 0 })
    }), 60_000)

  it.effect("real binary: exec keeps stdout and stderr apart, in order, and returns a non-zero exit code", () =>
    Effect.gen(function*() {
      const events = yield* Stream.runCollect(exec(["sh", "-c", "echo one; echo two >&2; echo three; exit 3"]))
      assert.deepStrictEqual(fold(events), { stdout: "one\nthree\n", stderr: "two\n", exitCode: 3 })
    }), 60_000)

  it.effect("real binary: exec writes stdin, then closes it", () =>
    Effect.gen(function*() {
      const events = yield* Stream.runCollect(exec(["cat"], { stdin: Stream.make("hello ", "from stdin\n") }))
      assert.deepStrictEqual(fold(events), { stdout: "hello from stdin\n", stderr: "", exitCode: 0 })
    }), 60_000)

  it.effect("real binary: a refused command fails with codex's RpcError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runDrain(exec([])))
      assert(error._tag === "RpcError" && error.method === "command/exec")
      assert.include(error.detail, "command must not be empty")
    }), 60_000)

  it.effect("real binary: an interrupted long exec is terminated: codex no longer knows it, the process is gone", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      const marker = "600.4711"
      const processId = "effect-codex-test-sleeper"
      yield* interruptAfterFirstOutput(
        exec(["sh", "-c", `echo started; exec sleep ${marker}`], { processId, disableTimeout: true })
      )
      // the background terminate, then the command's own answer (137), are in once nothing is pending
      yield* settled.pipe(within(10_000, "the terminate and the command's answer"))
      const refused = yield* Effect.flip(client.request("command/exec/terminate", { processId }))
      assert(refused._tag === "RpcError")
      assert.include(refused.detail, "no active command/exec")
      assert.deepStrictEqual(processesWith(`sleep\u0000${marker}`), [])
      // the id is free again: codex refuses a duplicate of a running one
      const again = yield* Stream.runCollect(exec(["true"], { processId }))
      assert.strictEqual(fold(again).exitCode, 0)
    }), 60_000)

  it.effect("real binary: spawn streams output and the exit code (experimental)", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const events = yield* Stream.runCollect(spawn(["sh", "-c", "echo out; echo err >&2; exit 4"], { cwd }))
      assert.deepStrictEqual(fold(events), { stdout: "out\n", stderr: "err\n", exitCode: 4 })
      const withStdin = yield* Stream.runCollect(spawn(["cat"], { cwd, stdin: Stream.make("piped\n") }))
      assert.deepStrictEqual(fold(withStdin), { stdout: "piped\n", stderr: "", exitCode: 0 })
    }), 60_000)

  it.effect("real binary: an interrupted long spawn is killed: codex reports its exit (137), the process is gone", () =>
    Effect.scoped(Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      const { cwd } = yield* Testing.Offline
      const marker = "600.4712"
      const processHandle = "effect-codex-test-spawned-sleeper"
      // a witness of the exit, subscribed before anything runs
      const exits = yield* client.subscribeNotifications((n) =>
        n.method === "process/exited" && (n.params as { processHandle?: unknown }).processHandle === processHandle
      )
      yield* interruptAfterFirstOutput(
        spawn(["sh", "-c", `echo started; exec sleep ${marker}`], { cwd, processHandle, timeoutMs: null })
      )
      const exited = yield* exits.stream.pipe(Stream.runHead, within(10_000, "process/exited"))
      assert(exited._tag === "Some")
      const notification = exited.value
      assert(notification._tag === "ServerNotification" && notification.method === "process/exited")
      assert.strictEqual(notification.params.exitCode, 137)
      yield* settled.pipe(within(10_000, "the kill's answer"))
      assert.deepStrictEqual(processesWith(`sleep\u0000${marker}`), [])
    })), 60_000)
})
