/**
 * Fake process: a fake app-server process. Real spawning, pipes, exits and signals.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { execFile, execFileSync } from "node:child_process"
import { chmodSync, constants, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import * as net from "node:net"
import { promisify } from "node:util"
import * as ConfigProvider from "effect/ConfigProvider"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import * as CodexClientModule from "../src/CodexClient.js"
import type { TransportError } from "../src/CodexError.js"
import * as procTree from "../src/internal/procTree.js"
import { within } from "./support/peer.js"
import { isAlive } from "./support/procs.js"

const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
chmodSync(fake, 0o755)

const withFake = (mode: string, pidFile?: string, env: Record<string, string> = {}) =>
  CodexClientModule.layer({
    binaryPath: fake,
    env: { FAKE_MODE: mode, ...(pidFile !== undefined ? { FAKE_PID_FILE: pidFile } : {}), ...env },
    closeTimeouts: { afterEof: "300 millis", afterTerm: "300 millis", afterKill: "1 second" }
  })

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "expected a failure")
  assert(exit.cause._tag === "Fail", `expected a typed failure, got ${exit.cause._tag}`)
  return exit.cause.error
}

/**
 * The end of a FIFO's reading end (opened non-blocking): completes once every writer closed it,
 * that is once every process holding its writing end is gone. Call it after a writer opened it (a
 * FIFO that never had one reads as ended).
 */
const endOf = (fd: number): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    const socket = new net.Socket({ fd, readable: true, writable: false })
    socket.on("error", () => {})
    socket.on("close", () => resume(Effect.void))
    socket.resume()
    return Effect.sync(() => socket.destroy())
  })

describe("fake app-server process", () => {
  it.scopedLive("runs a turn over real pipes", () =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      const result = yield* Codex.run(thread.id, "hi")
      assert.strictEqual(result.status, "completed")
    }).pipe(Effect.provide(withFake("normal"))))

  it.scopedLive("a crash mid-turn fails the live stream and pending requests with exit code and stderr tail, within a second", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const thread = yield* Codex.startThread()
      const handle = yield* Codex.turn(thread.id, "hi")
      const streaming = yield* Effect.fork(Stream.runCollect(handle.stream))
      const pending = yield* Effect.fork(client.request("thread/read", { threadId: "t" }, { timeout: "30 seconds" }))
      const started = Date.now()
      const streamError = failureOf(yield* Fiber.await(streaming)) as TransportError
      const requestError = failureOf(yield* Fiber.await(pending)) as TransportError
      assert.isBelow(Date.now() - started, 1000)
      for (const error of [streamError, requestError]) {
        assert.strictEqual(error._tag, "TransportError")
        assert.strictEqual(error.reason, "Closed")
        assert.strictEqual(error.exitCode, 7)
        assert.include(error.stderrTail, "model stream broke")
        assert.notInclude(error.stderrTail, "abcdefghijklmnop", "secrets are redacted")
        assert.include(error.message, "exit code 7")
      }
      const later = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(later._tag, "TransportError")
    }).pipe(Effect.provide(withFake("crash-mid-turn"))))

  it.scopedLive("an exit mid-request fails the request with the exit code", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* CodexClient).request("thread/list", {}))
      assert(error._tag === "TransportError")
      assert.strictEqual(error.exitCode, 9)
      assert.include(error.stderrTail ?? "", "out of cheese")
    }).pipe(Effect.provide(withFake("crash-mid-request"))))

  it.scopedLive("the stderr tail errors carry is bounded to the last 64 KiB", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* CodexClient).request("thread/list", {}))
      assert(error._tag === "TransportError")
      const tail = error.stderrTail ?? ""
      assert.isAtMost(tail.length, 64 * 1024)
      assert.isAbove(tail.length, 60 * 1024, "the tail keeps as much as it may")
      assert.include(tail, "last words: out of cheese")
      assert.notInclude(tail, "log line 0 ", "the oldest output was dropped")
    }).pipe(Effect.provide(withFake("loud-crash"))))

  it.live("closing the scope leaves no process behind, even one that ignores EOF and SIGTERM", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-pid-"))
      try {
        for (const mode of ["normal", "stubborn"]) {
          const pidFile = path.join(dir, `${mode}.pid`)
          const started = Date.now()
          yield* Effect.scoped(
            Effect.gen(function*() {
              const client = yield* CodexClient
              yield* client.initialize
            }).pipe(Effect.provide(withFake(mode, pidFile)))
          )
          const pid = Number(readFileSync(pidFile, "utf8"))
          assert.isFalse(isAlive(pid), `${mode} fake (pid ${pid}) still alive after scope close`)
          assert.isBelow(Date.now() - started, 5000)
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }))

  it.live("a missing binary fails with TransportError reason Spawn naming the path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        Effect.scoped(Layer.build(CodexClientModule.layer({ binaryPath: "/nonexistent/codex" })))
      )
      assert.strictEqual(error._tag, "TransportError")
      assert.strictEqual(error.reason, "Spawn")
      assert.include(error.message, "/nonexistent/codex")
    }))

  it.scopedLive("stdout EOF while the process lives fails waiters within a second", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const started = Date.now()
      const error = yield* Effect.flip(client.request("thread/read", { threadId: "t" }))
      assert.isBelow(Date.now() - started, 1000)
      assert(error._tag === "TransportError")
      assert.strictEqual(error.reason, "Closed")
      assert.include(error.message, "closed its stdout")
    }).pipe(Effect.provide(withFake("close-stdout"))))

  it.scopedLive("a write to a dead stdin fails with TransportError, and so does every later call", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      // the fake closes its stdin just after it answered initialize, then says so on stdout
      const stdinClosed = yield* client.notifications.pipe(
        Stream.filter((e) => e.method === "fake/stdinClosed"),
        Stream.take(1),
        Stream.runDrain,
        Effect.fork
      )
      yield* client.initialize
      yield* Fiber.join(stdinClosed).pipe(within(5000, "the fake to say it closed its stdin"))
      const started = Date.now()
      const error = yield* Effect.flip(client.request("thread/list", {}))
      assert.isBelow(Date.now() - started, 1000)
      assert(error._tag === "TransportError")
      assert.strictEqual(error.reason, "Write")
      const later = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(later._tag, "TransportError")
    }).pipe(Effect.provide(withFake("close-stdin"))))

  it.live("a binary that is not executable fails with TransportError reason Spawn naming the path", () =>
    Effect.gen(function*() {
      const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-noexec-"))
      const file = path.join(dir, "codex")
      writeFileSync(file, "#!/bin/sh\necho hi\n", { mode: 0o644 })
      try {
        const error = yield* Effect.flip(Effect.scoped(Layer.build(CodexClientModule.layer({ binaryPath: file }))))
        assert.strictEqual(error.reason, "Spawn")
        assert.include(error.message, file)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }))

  // The close ladder snapshots the server's tree from /proc where there is one, from `ps`
  // elsewhere (macOS, BSD): both must find the detached child.
  for (const source of ["auto", "ps"] as const) {
    const name = "processes the server started in sessions of their own are killed too" +
      (source === "ps" ? " (process table from ps)" : "")
    it.live(name, () =>
      Effect.gen(function*() {
        const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-orphan-"))
        procTree.setSource(source)
        try {
          const pidFile = path.join(dir, "fake.pid")
          // the detached child holds this FIFO's writing end as its stdout: its reading end ends
          // when the child is gone
          const childOut = path.join(dir, "child.out")
          execFileSync("mkfifo", [childOut])
          const reader = openSync(childOut, constants.O_RDONLY | constants.O_NONBLOCK)
          const childGone = yield* Effect.scoped(
            Effect.gen(function*() {
              yield* (yield* CodexClient).initialize
              // the fake started the child before it read anything: the FIFO has its writer now
              return endOf(reader)
            }).pipe(Effect.provide(withFake("spawn-orphan", pidFile, { FAKE_CHILD_STDOUT: childOut })))
          )
          const child = Number(readFileSync(pidFile + ".child", "utf8"))
          // SIGKILL is delivered asynchronously: the FIFO's end says when the child died
          yield* childGone.pipe(within(5000, `the server's detached child ${child} to die`))
          assert.isFalse(isAlive(child), `the server's detached child ${child} outlived the client`)
          assert.isFalse(isAlive(Number(readFileSync(pidFile, "utf8"))))
        } finally {
          procTree.setSource("auto")
          rmSync(dir, { recursive: true, force: true })
        }
      }))
  }

  it.scopedLive("non-JSON lines before the protocol (banners) are skipped", () =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      assert.strictEqual(thread.id, "thread-2")
    }).pipe(Effect.provide(withFake("banner"))))
})

describe("layerConfig", () => {
  it.scopedLive("reads CODEX_PATH and friends through Effect Config", () =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      assert.strictEqual(thread.id, "thread-2")
    }).pipe(
      Effect.provide(CodexClientModule.layerConfig({ env: { FAKE_MODE: "normal" } })),
      Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["CODEX_PATH", fake], ["CODEX_REQUEST_TIMEOUT", "5 seconds"]])))
    ))
})

describe("package build", () => {
  it("npm run build emits JS and .d.ts that plain Node imports by package name, internals hidden", async () => {
    const root = path.resolve(import.meta.dirname, "..")
    const exec = promisify(execFile)
    await exec("npm", ["run", "build"], { cwd: root, timeout: 120_000 })
    const script = `
      import { Codex, CodexClient, CodexLive, Protocol } from "effect-codex"
      import * as Testing from "effect-codex/testing"
      let hidden = false
      try { await import("effect-codex/internal/codec.js") } catch (e) { hidden = e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED" }
      console.log(JSON.stringify({ run: typeof Codex.run, layer: typeof CodexClient.layer, live: typeof CodexLive,
        methods: Object.keys(Protocol.ClientRequests).length, testing: typeof Testing.make, double: typeof Testing.layerTest,
        peer: typeof Testing.TestPeer, hidden }))` // TestPeer is a class tag
    const { stdout } = await exec(process.execPath, ["--input-type=module", "-e", script], { cwd: root })
    assert.deepStrictEqual(JSON.parse(stdout), {
      run: "function", layer: "function", live: "object", methods: 184, testing: "function", double: "function",
      peer: "function", hidden: true
    })
    for (const file of ["index.d.ts", "Codex.d.ts", "testing.d.ts", "generated/methods.d.ts"]) {
      assert(existsSync(path.join(root, "dist", file)), `dist/${file} missing`)
    }
  }, 180_000)
})
