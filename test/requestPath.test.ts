/**
 * Fake process: the request path over real pipes, where a control request is registered, handed
 * to the pipe and awaited in one step (`RpcRouter`'s fast path) and lines sent in one tick share
 * one write. Every way a request can end must leave nothing registered, and a burst must lose and
 * reorder nothing.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Scope from "effect/Scope"
import { chmodSync } from "node:fs"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import * as CodexClientModule from "../src/CodexClient.js"
import { within } from "./support/peer.js"

const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
chmodSync(fake, 0o755)

/** The fake answers thread/list at once and never answers thread/read. */
const fakeClient = (options: CodexClientModule.Options = {}) =>
  CodexClientModule.layer({ binaryPath: fake, env: { FAKE_MODE: "normal" }, ...options })

const pendingRequests = Effect.map(diagnostics, (d) => d.pendingRequests)

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "expected a failure")
  const failure = Cause.failureOption(exit.cause)
  assert(failure._tag === "Some", `expected a typed failure, got ${Cause.pretty(exit.cause)}`)
  return failure.value
}

describe("fake process: control requests over real pipes", () => {
  it.live("fake process: 2,000 requests sent at once are all answered, and nothing stays registered", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const results = yield* Effect.forEach(
        Array.from({ length: 2000 }, (_, i) => i),
        () => client.request("thread/list", {}),
        { concurrency: "unbounded" }
      ).pipe(within(20_000, "2,000 concurrent thread/list answers"))
      assert.strictEqual(results.length, 2000)
      for (const result of results) assert.deepStrictEqual(result.data, [])
      assert.strictEqual(yield* pendingRequests, 0)
    }).pipe(Effect.provide(fakeClient())))

  it.live("fake process: turns and control requests interleaved in one burst: each turn gets its own events", () =>
    Effect.gen(function*() {
      const threads = yield* Effect.forEach(Array.from({ length: 50 }), () => Codex.startThread(), { concurrency: 10 })
      const [runs, lists] = yield* Effect.all([
        Effect.forEach(threads, (t) => Codex.run(t.id, "x"), { concurrency: "unbounded" }),
        Effect.forEach(threads, () => Effect.flatMap(CodexClient, (client) => client.request("thread/list", {})), {
          concurrency: "unbounded"
        })
      ], { concurrency: "unbounded" }).pipe(within(20_000, "50 turns and 50 control requests"))
      assert.deepStrictEqual(runs.map((r) => r.threadId), threads.map((t) => t.id))
      for (const r of runs) assert.strictEqual(r.status, "completed")
      assert.strictEqual(lists.length, 50)
      assert.strictEqual(yield* pendingRequests, 0)
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
    }).pipe(Effect.provide(fakeClient())))

  it.live("fake process: interrupting a request the server never answers: the caller ends at once, the request is unregistered, the client goes on", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const before = yield* pendingRequests
      const waiting = yield* Effect.fork(client.request("thread/read", { threadId: "t" }))
      // the fork registered it in its first step, long before this round trip is answered
      yield* client.request("thread/list", {})
      assert.strictEqual(yield* pendingRequests, before + 1, "the request is registered")
      const exit = yield* Fiber.interrupt(waiting).pipe(within(1000, "interrupting a request in flight"))
      assert(Exit.isInterrupted(exit), "the request was interrupted")
      assert.strictEqual(yield* pendingRequests, 0)
      const after = yield* client.request("thread/list", {}).pipe(within(2000, "a request after the interrupted one"))
      assert.deepStrictEqual(after.data, [])
    }).pipe(Effect.provide(fakeClient())))

  it.live("fake process: a request the server never answers times out with RequestTimeoutError and is unregistered", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const exit = yield* Effect.exit(client.request("thread/read", { threadId: "t" }, { timeout: "100 millis" })).pipe(
        within(2000, "the request's own timeout")
      )
      const error = failureOf(exit)
      assert.strictEqual(error._tag, "RequestTimeoutError")
      assert.strictEqual(yield* pendingRequests, 0)
    }).pipe(Effect.provide(fakeClient())))

  it.live("fake process: closing the client with 200 requests in flight fails every one with TransportError at once", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(fakeClient(), scope)
      const client = Context.get(context, CodexClient)
      yield* client.initialize
      const fibers = yield* Effect.forEach(
        Array.from({ length: 200 }),
        () => Effect.fork(client.request("thread/read", { threadId: "t" })),
        { concurrency: "unbounded" }
      )
      yield* client.request("thread/list", {}) // the forks registered theirs before this is answered
      assert.strictEqual(yield* Effect.provide(pendingRequests, context), 200)
      yield* Scope.close(scope, Exit.void).pipe(within(5000, "closing the client"))
      const exits = yield* Effect.forEach(fibers, Fiber.await).pipe(within(1000, "every waiter to fail after the close"))
      for (const exit of exits) assert.strictEqual(failureOf(exit)._tag, "TransportError")
    }))
})
