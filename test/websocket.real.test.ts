/**
 * Real binary over WebSocket: the pinned codex listening on ws://127.0.0.1:0 and on a unix socket
 * (started by `CodexServer`), offline with the scripted model. Runs and streams over each, both
 * auth modes and a wrong token, a server killed under running work, a connection cut under a
 * running turn (the server stays up) and re-attached, and a flood of deltas.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import type { TransportError } from "../src/CodexError.js"
import * as CodexServer from "../src/CodexServer.js"
import * as Testing from "../src/testing.js"
import { makeProxy } from "./support/proxy.js"
import { isAlive } from "./support/procs.js"

const reply: Testing.Script = (request) => ({ items: [Testing.message(`re: ${request.lastUserText ?? ""}`)] })

/** Temporary directories for the life of the scope. */
const tempDir = (prefix: string) =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/** A listening codex, offline, on its own temporary homes; its scripted model and working directory. */
const offlineServer = (script: Testing.Script, options: Omit<CodexServer.Options, "config" | "codexHome"> = {}) =>
  Effect.gen(function*() {
    const model = yield* Testing.make(script)
    const home = yield* tempDir("effect-codex-ws-home-")
    const userHome = yield* tempDir("effect-codex-ws-user-")
    const cwd = yield* tempDir("effect-codex-ws-cwd-")
    const server = yield* CodexServer.make({
      ...options,
      config: model.config,
      codexHome: home,
      cwd,
      env: { RUST_LOG: "error", HOME: userHome }
    })
    return { server, model, cwd }
  })


const deltasOf = (events: Chunk.Chunk<{ readonly _tag: string; readonly method: string; readonly params: unknown }>) =>
  Chunk.toReadonlyArray(events).filter((e) => e._tag === "ServerNotification" && e.method === "item/agentMessage/delta")

describe("real binary over WebSocket", () => {
  it.scopedLive("real binary: run and stream over ws://127.0.0.1:0", () =>
    Effect.gen(function*() {
      const { server } = yield* offlineServer(reply)
      assert.match(server.url, /^ws:\/\/127\.0\.0\.1:\d+$/)
      const result = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        const first = yield* Codex.run(thread.id, "over tcp")
        const events = yield* Stream.runCollect(Codex.stream(thread.id, "streamed"))
        return { first, events }
      }).pipe(Effect.provide(CodexClient.layerWebSocket({ url: server.url })))
      assert.strictEqual(result.first.finalResponse, "re: over tcp")
      const text = deltasOf(result.events).map((e) => (e.params as { delta: string }).delta).join("")
      assert.strictEqual(text, "re: streamed")
      assert.strictEqual(Chunk.unsafeLast(result.events).method, "turn/completed")
    }), 90_000)

  it.scopedLive("real binary: run over unix:// (WebSocket over a 0600 unix socket)", () =>
    Effect.gen(function*() {
      const { server } = yield* offlineServer(reply, { listen: "unix" })
      assert.match(server.url, /^unix:\/\//)
      const result = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        return yield* Codex.run(thread.id, "over a unix socket")
      }).pipe(Effect.provide(CodexClient.layerWebSocket({ url: server.url })))
      assert.strictEqual(result.finalResponse, "re: over a unix socket")
    }), 90_000)

  it.scopedLive("real binary: capability token: the right token runs a turn; a wrong one is refused with the server's 401 body, and no token leaks", () =>
    Effect.gen(function*() {
      const token = Redacted.make("capability-token-for-the-test-0123456789")
      const { server } = yield* offlineServer(reply, { auth: { mode: "capability-token", token } })
      const result = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        return yield* Codex.run(thread.id, "with a token")
      }).pipe(Effect.provide(CodexClient.layerWebSocket({ url: server.url, bearerToken: token })))
      assert.strictEqual(result.finalResponse, "re: with a token")

      const wrong = "wrong-token-that-must-not-leak-0123456789"
      const refused = yield* Codex.listThreads().pipe(
        Effect.provide(CodexClient.layerWebSocket({ url: server.url, bearerToken: Redacted.make(wrong) })),
        Effect.flip
      )
      assert.strictEqual(refused._tag, "TransportError")
      const error = refused as TransportError
      assert.strictEqual(error.reason, "Connect")
      assert.strictEqual(error.httpStatus, 401)
      assert.isAbove(error.detail.length, "cannot connect".length)
      for (const text of [String(error), error.message, JSON.stringify(error)]) {
        assert.notInclude(text, wrong)
        assert.notInclude(text, Redacted.value(token))
      }
      const none = yield* Codex.listThreads().pipe(
        Effect.provide(CodexClient.layerWebSocket({ url: server.url })),
        Effect.flip
      )
      assert.strictEqual((none as TransportError).httpStatus, 401)
    }), 90_000)

  it.scopedLive("real binary: signed bearer token: a fresh JWT runs a turn; an expired one is refused", () =>
    Effect.gen(function*() {
      const secret = Redacted.make("a-shared-secret-of-at-least-32-bytes-0123456789")
      const { server } = yield* offlineServer(reply, { auth: { mode: "signed-bearer-token", sharedSecret: secret } })
      const result = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        return yield* Codex.run(thread.id, "signed")
      }).pipe(Effect.provide(CodexClient.layerWebSocket(server.connectOptions)))
      assert.strictEqual(result.finalResponse, "re: signed")

      const expired = CodexServer.signToken(secret, { expiresAt: new Date(Date.now() - 10 * 60_000) })
      const refused = yield* Codex.listThreads().pipe(
        Effect.provide(CodexClient.layerWebSocket({ url: server.url, bearerToken: expired })),
        Effect.flip
      )
      assert.strictEqual((refused as TransportError).reason, "Connect")
      assert.strictEqual((refused as TransportError).httpStatus, 401)
      assert.notInclude(String(refused), Redacted.value(expired))
    }), 90_000)

  it.scopedLive("real binary: a server killed with SIGKILL fails every waiter: the running turn and later calls", () =>
    Effect.gen(function*() {
      const asked = yield* Deferred.make<void>()
      const script: Testing.Script = (request) =>
        request.functionOutputs.length === 0
          ? { items: [Testing.functionCall("exec_command", { cmd: "true", sandbox_permissions: "require_escalated", justification: "t" })] }
          : { items: [Testing.message("done")] }
      const { cwd, server } = yield* offlineServer(script)
      const outcome = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread({ cwd, approvalPolicy: "untrusted", sandbox: "read-only" })
        const turn = yield* Effect.fork(Codex.run(thread.id, "hang on an approval"))
        yield* Deferred.await(asked)
        process.kill(server.pid, "SIGKILL")
        const exit = yield* Fiber.await(turn)
        const later = yield* Effect.exit(Codex.listThreads())
        return { exit, later }
      }).pipe(Effect.provide(CodexClient.layerWebSocket({
        url: server.url,
        approvals: {
          "item/commandExecution/requestApproval": () =>
            Effect.zipRight(Deferred.succeed(asked, undefined), Effect.never)
        }
      })))
      const failureOf = (exit: Exit.Exit<unknown, unknown>) =>
        Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
      assert.strictEqual((failureOf(outcome.exit) as { _tag?: string } | undefined)?._tag, "TransportError")
      assert.strictEqual((failureOf(outcome.later) as { _tag?: string } | undefined)?._tag, "TransportError")
    }), 90_000)

  it.scopedLive("real binary: reconnect re-attaches a running turn when the connection is cut and the server stays up; the approval is answered once", () =>
    Effect.gen(function*() {
      const script: Testing.Script = (request) =>
        request.functionOutputs.length === 0
          ? {
            items: [Testing.functionCall("exec_command", {
              cmd: "touch RECONNECT-MARKER",
              sandbox_permissions: "require_escalated",
              justification: "the test asked"
            })]
          }
          : { items: [Testing.message(`done with ${request.lastUserText}`)] }
      const { cwd, server } = yield* offlineServer(script)
      const proxy = yield* makeProxy(Number(server.url.split(":").pop()))
      const asked = yield* Deferred.make<void>()
      const go = yield* Deferred.make<void>()
      let calls = 0
      const events = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread({ cwd, approvalPolicy: "untrusted", sandbox: "read-only" })
        const turn = yield* Effect.fork(Stream.runCollect(Codex.stream(thread.id, "cut")))
        yield* Deferred.await(asked)
        yield* proxy.cut
        yield* Deferred.succeed(go, undefined)
        return yield* Fiber.join(turn)
      }).pipe(Effect.provide(CodexClient.layerWebSocket({
        url: proxy.url,
        reconnect: Schedule.spaced("50 millis").pipe(Schedule.intersect(Schedule.recurs(200))),
        approvals: {
          "item/commandExecution/requestApproval": () =>
            Effect.gen(function*() {
              calls++
              yield* Deferred.succeed(asked, undefined)
              yield* Deferred.await(go)
              return { decision: "accept" as const }
            })
        }
      })))
      const methods = Chunk.toReadonlyArray(events).map((e) => e.method)
      assert.strictEqual(calls, 1, "the approval handler ran once")
      assert.include(methods, "effect-codex/reconnected")
      assert.isAbove(proxy.accepted(), 1, "the client connected again")
      assert.strictEqual(methods[methods.length - 1], "turn/completed")
      assert.isTrue(existsSync(path.join(cwd, "RECONNECT-MARKER")), "the command approved across the cut ran")
      const answers = Chunk.toReadonlyArray(events).filter((e) => e._tag === "ServerRequestAnswered")
      assert.strictEqual(answers.length, 1, "one answer")
      const completed = Chunk.toReadonlyArray(events).filter((e) =>
        e._tag === "ServerNotification" && e.method === "item/completed" &&
        (e.params as { item: { type: string } }).item.type === "agentMessage"
      )
      assert.strictEqual((completed[0]?.params as { item: { text: string } } | undefined)?.item.text, "done with cut")
    }), 90_000)

  it.scopedLive("real binary: a flood of 150,000 deltas over WebSocket loses nothing", () =>
    Effect.gen(function*() {
      const chunks = Array.from({ length: 150_000 }, (_, i) => String(i % 10))
      const text = chunks.join("")
      const { server } = yield* offlineServer(() => ({ items: [{ type: "message", text, chunks }] }))
      let deltas = 0
      let received = ""
      const result = yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread()
        return yield* Codex.runForEach(thread.id, "flood", (event) => {
          if (event._tag === "ServerNotification" && event.method === "item/agentMessage/delta") {
            deltas++
            received += event.params.delta
          }
          return Effect.void
        })
      }).pipe(Effect.provide(CodexClient.layerWebSocket({ url: server.url })))
      assert.strictEqual(deltas, 150_000)
      assert.strictEqual(received, text)
      assert.strictEqual(result.finalResponse, text)
    }), 120_000)

  it.scopedLive("real binary: closing the server's scope leaves no process", () =>
    Effect.gen(function*() {
      const pid = yield* Effect.scoped(Effect.map(offlineServer(reply), ({ server }) => server.pid))
      assert.isFalse(isAlive(pid))
    }), 60_000)
})
