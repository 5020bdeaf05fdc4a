/**
 * In-memory: the client over the in-memory transport with a scripted peer (the test double of
 * `effect-codex/testing`). Everything the earlier codex SDKs' own tests covered, and what they could not.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Stream from "effect/Stream"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import { TransportError } from "../src/CodexError.js"
import * as Testing from "../src/testing.js"
import {
  clientWith,
  initializeResult,
  n,
  rawLines,
  server,
  textOf,
  thread,
  threadResult,
  turn,
  turnStartWith,
  within
} from "./support/peer.js"

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "package.json"), "utf8"))

/** A turn/start answer followed by these notifications, all in the same chunk. */
const turnWith = (...events: ReadonlyArray<(threadId: string, turnId: string) => Testing.ServerMessage>) =>
  server({
    turnStart: (message, peer, turnId) =>
      peer.send(
        { id: message.id, result: { turn: turn(turnId) } },
        ...events.map((e) => e(message.params.threadId, turnId))
      )
  })

/**
 * A notifications subscriber forked just before has subscribed once a round trip is back: its
 * subscription is made at its first step, which runs before the reader routes the answer. The
 * count says so, or the test fails here rather than miss events later.
 */
const subscribed = (count: number) =>
  Effect.gen(function*() {
    const client = yield* CodexClient
    yield* client.request("model/list", {})
    assert.strictEqual((yield* diagnostics).subscribers, count, "the notifications subscriber has not subscribed yet")
  })

describe("in-memory: initialization", () => {
  it.scopedLive("happens once under concurrency, with clientInfo and capabilities", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      yield* Effect.all(Array.from({ length: 10 }, () => client.request("model/list", {})), { concurrency: "unbounded" })
      const sent = yield* peer.sent
      assert.strictEqual(sent.filter((m) => m.method === "initialize").length, 1)
      const init = yield* peer.awaitSent("initialize")
      assert.deepStrictEqual(init.params, {
        clientInfo: { name: "effect-codex", version: pkg.version },
        capabilities: { experimentalApi: false }
      })
      assert.strictEqual(sent.filter((m) => m.method === "initialized").length, 1)
      assert.strictEqual(sent[1]?.method, "initialized")
      assert.strictEqual(sent.filter((m) => m.method === "model/list").length, 10)
      const info = yield* client.initialize
      assert.strictEqual(info.name, "codex_app_server_test")
      assert.strictEqual(info.version, "0.169.0")
    }).pipe(Effect.provide(clientWith(server()))))

  it.scopedLive("sends overridden clientInfo, experimentalApi and opt-outs", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      yield* client.initialize
      const init = yield* peer.awaitSent("initialize")
      assert.deepStrictEqual(init.params, {
        clientInfo: { name: "my-app", title: "My App", version: "9.9.9" },
        capabilities: { experimentalApi: true, optOutNotificationMethods: ["item/agentMessage/delta"] }
      })
    }).pipe(Effect.provide(clientWith(server(), {
      clientInfo: { name: "my-app", title: "My App", version: "9.9.9" },
      experimentalApi: true,
      optOutNotificationMethods: ["item/agentMessage/delta"]
    }))))

  it.scopedLive("prefers serverInfo when the server sends it", () =>
    Effect.gen(function*() {
      const info = yield* (yield* CodexClient).initialize
      assert.deepStrictEqual([info.name, info.version], ["codex-app-server", "1.2.3"])
    }).pipe(Effect.provide(clientWith(server({
      initialize: (m, peer) =>
        peer.send({ id: m.id, result: { ...initializeResult, serverInfo: { name: "codex-app-server", version: "1.2.3" } } })
    })))))

  for (
    const [name, result] of [
      ["no userAgent", { codexHome: "/h", platformFamily: "unix", platformOs: "linux" }],
      ["a userAgent without name/version", { ...initializeResult, userAgent: "codex" }]
    ] as const
  ) {
    it.scopedLive(`fails with InitializeError and closes the transport on ${name}`, () =>
      Effect.gen(function*() {
        const client = yield* CodexClient
        const error = yield* Effect.flip(client.request("model/list", {}))
        assert.strictEqual(error._tag, "InitializeError")
        assert.include(error.message, "missing required metadata")
        const later = yield* Effect.flip(client.request("model/list", {}))
        assert.strictEqual(later._tag, "TransportError")
        const peer = yield* Testing.TestPeer
        assert.strictEqual((yield* peer.sent).filter((m) => m.method === "initialized").length, 0)
      }).pipe(Effect.provide(clientWith(server({ initialize: (m, peer) => peer.send({ id: m.id, result }) })))))
  }

  it.scopedLive("a refused initialize can be retried by the next call", () => {
    let attempts = 0
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const first = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(first._tag, "InitializeError")
      assert.include(first.message, "busy")
      const second = yield* client.request("model/list", {})
      assert.deepStrictEqual(second.data, [])
      assert.strictEqual(attempts, 2)
    }).pipe(Effect.provide(clientWith(server({
      initialize: (m, peer) =>
        ++attempts === 1
          ? peer.send({ id: m.id, error: { code: -32603, message: "busy" } })
          : peer.send({ id: m.id, result: initializeResult })
    }))))
  })

  it.scopedLive("an overloaded initialize is retried within the same call", () => {
    let attempts = 0
    return Effect.gen(function*() {
      const models = yield* (yield* CodexClient).request("model/list", {})
      assert.deepStrictEqual(models.data, [])
      assert.strictEqual(attempts, 2)
    }).pipe(Effect.provide(clientWith(server({
      initialize: (m, peer) =>
        ++attempts === 1
          ? peer.send({ id: m.id, error: { code: -32001, message: "Server overloaded; retry later." } })
          : peer.send({ id: m.id, result: initializeResult })
    }), { retry: { initialDelay: "5 millis" } })))
  })
})

describe("in-memory: Codex.run", () => {
  it.scopedLive("accepts string input and returns a RunResult with items and usage", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "hello", { params: { model: "gpt-test" } })
      const start = yield* peer.awaitSent("turn/start")
      assert.deepStrictEqual(start.params, { model: "gpt-test", threadId: t.id, input: [{ type: "text", text: "hello" }] })
      assert.strictEqual(result.status, "completed")
      assert.strictEqual(result.finalResponse, "Hello.")
      assert.strictEqual(result.items.length, 1)
      assert.strictEqual(result.usage?.total.totalTokens, 26)
      assert.strictEqual(result.turnId, `${t.id}-turn-1`)
    }).pipe(Effect.provide(clientWith(turnWith(
      (th, tu) => n.item(th, tu, "Hello."),
      (th, tu) => n.usage(th, tu),
      (th, tu) => n.completed(th, tu)
    )))))

  const finalOf = (...items: ReadonlyArray<[string, "final_answer" | "commentary" | null | undefined]>) =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      return (yield* Codex.run(t.id, "x")).finalResponse
    }).pipe(Effect.provide(clientWith(turnWith(
      ...items.map(([text, phase]) => (th: string, tu: string) => n.item(th, tu, text, phase)),
      (th, tu) => n.completed(th, tu)
    ))))

  it.scopedLive("uses the last completed assistant message", () =>
    Effect.map(finalOf(["First message", undefined], ["Second message", undefined]), (r) =>
      assert.strictEqual(r, "Second message")))
  it.scopedLive("prefers an explicit final answer over later commentary", () =>
    Effect.map(finalOf(["Final answer", "final_answer"], ["Commentary", "commentary"]), (r) =>
      assert.strictEqual(r, "Final answer")))
  it.scopedLive("preserves an empty last assistant message", () =>
    Effect.map(finalOf(["First message", undefined], ["", null]), (r) => assert.strictEqual(r, "")))
  it.scopedLive("returns no final response when only commentary completes", () =>
    Effect.map(finalOf(["Thinking", "commentary"], ["More", "commentary"]), (r) => assert.strictEqual(r, undefined)))

  it.scopedLive("fails with TurnFailedError carrying the server's message and codexErrorInfo", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(Codex.run(t.id, "x"))
      assert(error._tag === "TurnFailedError")
      assert.strictEqual(error.message, "boom")
      assert.strictEqual(error.codexErrorInfo, "contextWindowExceeded")
      assert.strictEqual(error.threadId, t.id)
    }).pipe(Effect.provide(clientWith(turnWith(
      (th, tu) => n.completed(th, tu, "failed", { message: "boom", codexErrorInfo: "contextWindowExceeded" })
    )))))

  it.scopedLive("returns an interrupted turn as a result with that status, and the completed turn payload", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "x")
      assert.strictEqual(result.status, "interrupted")
      assert.deepStrictEqual(result.turn as unknown, turn(result.turnId, "interrupted"))
    }).pipe(Effect.provide(clientWith(turnWith((th, tu) => n.completed(th, tu, "interrupted"))))))

  it.scopedLive("passes typed input items through", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const input = [
        Codex.text("look"),
        Codex.image("https://example.invalid/a.png"),
        Codex.localImage("/tmp/a.png"),
        Codex.skill("s", "/skills/s"),
        Codex.mention("m", "/m")
      ]
      yield* Codex.run(t.id, input)
      const start = yield* peer.awaitSent("turn/start")
      assert.deepStrictEqual(start.params.input, input)
    }).pipe(Effect.provide(clientWith(turnWith((th, tu) => n.completed(th, tu))))))
})

describe("in-memory: turn streams", () => {
  it.scopedLive("delivers events that arrive in the same chunk as the turn/start response", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const events = yield* Codex.stream(t.id, "x").pipe(Stream.runCollect)
      assert.deepStrictEqual(
        Chunk.toReadonlyArray(events).map((e) => e.method),
        ["turn/started", "item/agentMessage/delta", "item/agentMessage/delta", "turn/completed"]
      )
    }).pipe(Effect.provide(clientWith(turnWith(
      (th, tu) => n.started(th, tu),
      (th, tu) => n.delta(th, tu, "a"),
      (th, tu) => n.delta(th, tu, "b"),
      (th, tu) => n.completed(th, tu)
    )))))

  it.scopedLive("routes interleaved turns on two threads by turn id, each in order, concurrently", () => {
    const pending: Array<[string, string]> = []
    const ready = Deferred.unsafeMake<void>(undefined as any)
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const a = yield* Codex.startThread()
      const b = yield* Codex.startThread()
      const collect = (id: string) => Codex.stream(id, "go").pipe(Stream.runCollect, Effect.fork)
      const fa = yield* collect(a.id)
      const fb = yield* collect(b.id)
      yield* Deferred.await(ready)
      const [ta, ua] = pending[0]!
      const [tb, ub] = pending[1]!
      // interleave the two turns' events in one chunk
      yield* peer.send(
        n.delta(ta!, ua!, "a1"),
        n.delta(tb!, ub!, "b1"),
        n.delta(ta!, ua!, "a2"),
        n.delta(tb!, ub!, "b2"),
        n.completed(tb!, ub!),
        n.delta(ta!, ua!, "a3"),
        n.completed(ta!, ua!)
      )
      const deltas = (c: Chunk.Chunk<any>) =>
        Chunk.toReadonlyArray(c).filter((e) => e.method === "item/agentMessage/delta").map((e) => e.params.delta)
      assert.deepStrictEqual(deltas(yield* Fiber.join(fa)), ["a1", "a2", "a3"])
      assert.deepStrictEqual(deltas(yield* Fiber.join(fb)), ["b1", "b2"])
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) =>
        Effect.gen(function*() {
          yield* peer.send({ id: m.id, result: { turn: turn(turnId) } })
          pending.push([m.params.threadId, turnId])
          if (pending.length === 2) yield* Deferred.succeed(ready, undefined)
        })
    }))))
  })

  it.scopedLive("rejects a second turn on a busy thread with ThreadBusyError, and allows it after completion", () => {
    let release: Deferred.Deferred<void> | undefined
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* Codex.turn(t.id, "first")
        const busy = yield* Effect.flip(Codex.run(t.id, "second"))
        assert(busy._tag === "ThreadBusyError")
        assert.strictEqual(busy.activeTurnId, handle.turnId)
        assert.include(busy.message, "steer")
        yield* peer.send(n.completed(t.id, handle.turnId))
        yield* handle.result
      }))
      // while a turn is still starting, too
      release = Deferred.unsafeMake<void>(undefined as any)
      const starting = yield* Effect.fork(Codex.run(t.id, "third"))
      yield* peer.awaitSent(turnStartWith("third"), { timeout: "1 second" })
      const whileStarting = yield* Effect.flip(Codex.run(t.id, "fourth"))
      assert(whileStarting._tag === "ThreadBusyError")
      assert.strictEqual(whileStarting.activeTurnId, undefined)
      yield* Deferred.succeed(release, undefined)
      const third = yield* Fiber.join(starting)
      assert.strictEqual(third.status, "completed")
      // and another thread is never blocked
      const other = yield* Codex.startThread()
      assert.strictEqual((yield* Codex.run(other.id, "x")).status, "completed")
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) =>
        textOf(m) === "first"
          ? peer.send({ id: m.id, result: { turn: turn(turnId) } })
          : Effect.gen(function*() {
            if (release !== undefined && textOf(m) === "third") yield* Deferred.await(release)
            yield* peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.completed(m.params.threadId, turnId))
          })
    }))))
  })

  it.scopedLive("the global notification stream and turn streams coexist, each seeing what it should", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const seen: Array<string> = []
      const global = yield* client.notifications.pipe(
        Stream.takeUntil((e) => e.method === "turn/completed"),
        Stream.runForEach((e) => Effect.sync(() => seen.push(e.method))),
        Effect.fork
      )
      yield* subscribed(1)
      const t = yield* Codex.startThread()
      const events = yield* Codex.stream(t.id, "x").pipe(Stream.runCollect)
      assert.deepStrictEqual(Chunk.toReadonlyArray(events).map((e) => e.method), [
        "item/agentMessage/delta",
        "turn/completed"
      ])
      yield* Fiber.join(global).pipe(within(1000, "the global stream to see turn/completed"))
      assert.deepStrictEqual(seen, ["configWarning", "item/agentMessage/delta", "turn/completed"])
      assert.strictEqual((yield* diagnostics).subscribers, 0)
    }).pipe(Effect.provide(clientWith(turnWith(
      () => Testing.notification("configWarning", { summary: "global only", details: null }),
      (th, tu) => n.delta(th, tu, "a"),
      (th, tu) => n.completed(th, tu)
    )))))

  it.scopedLive("turn notifications reach the global stream with no turn consumer", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      yield* client.initialize
      const first = yield* client.notifications.pipe(Stream.take(1), Stream.runCollect, Effect.fork)
      yield* subscribed(1)
      yield* peer.send(n.completed("thread-1", "turn-1"))
      const [event] = Chunk.toReadonlyArray(yield* Fiber.join(first))
      assert(event?._tag === "ServerNotification" && event.method === "turn/completed")
      assert.strictEqual(event.params.turn.id, "turn-1")
    }).pipe(Effect.provide(clientWith(server()))))

  it.scopedLive("an invalid notification payload falls back to UnknownNotification", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      yield* client.initialize
      const first = yield* client.notifications.pipe(Stream.take(2), Stream.runCollect, Effect.fork)
      yield* subscribed(1)
      // what no typed message can be: sent as raw lines
      yield* peer.sendRaw(rawLines(
        { method: "turn/completed", params: { threadId: "t", turn: { id: 5 } } },
        { method: "brand/new", params: { x: 1 } }
      ))
      const [bad, unknown] = Chunk.toReadonlyArray(yield* Fiber.join(first))
      assert(bad?._tag === "UnknownNotification" && bad.reason === "InvalidParams")
      assert(unknown?._tag === "UnknownNotification" && unknown.reason === "UnknownMethod")
    }).pipe(Effect.provide(clientWith(server()))))

  it.scopedLive("stream text is incremental and a parallel call completes while it streams", () => {
    let proceed: Deferred.Deferred<void> | undefined
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const t = yield* Codex.startThread()
      proceed = yield* Deferred.make<void>()
      const pull = yield* Stream.toPull(Codex.streamText(t.id, "x"))
      const first = yield* pull
      assert.deepStrictEqual(Chunk.toReadonlyArray(first), ["first"])
      // a control request completes while the turn is still streaming
      const models = yield* client.request("model/list", {})
      assert.deepStrictEqual(models.data, [])
      yield* Deferred.succeed(proceed, undefined)
      const rest = yield* Stream.runCollect(Stream.repeatEffectChunkOption(pull))
      assert.deepStrictEqual(Chunk.toReadonlyArray(rest), ["second", "third"])
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) =>
        Effect.gen(function*() {
          const th = m.params.threadId
          yield* peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.delta(th, turnId, "first"))
          yield* Effect.fork(
            Effect.gen(function*() {
              yield* Deferred.await(proceed!)
              yield* peer.send(n.delta(th, turnId, "second"), n.delta(th, turnId, "third"), n.completed(th, turnId))
            })
          )
        })
    }))))
  })

  it.scopedLive("parallel requests are in flight together", () => {
    const held: Array<Testing.ClientRequestMessage<"model/list">> = []
    const bothHeld = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const both = yield* Effect.all([client.request("model/list", {}), client.request("model/list", {})], {
        concurrency: "unbounded"
      }).pipe(Effect.fork)
      // the server answers neither: the second arrives only if it was sent while the first waits
      yield* Deferred.await(bothHeld).pipe(within(1000, "both requests to reach the server before either is answered"))
      const peer = yield* Testing.TestPeer
      for (const m of held.reverse()) yield* peer.send(Testing.reply(m, { data: [] }))
      assert.strictEqual((yield* Fiber.join(both)).length, 2)
    }).pipe(Effect.provide(clientWith(server({
      other: (m) =>
        m.method === "model/list"
          ? Effect.suspend(() => {
            held.push(m)
            return held.length === 2 ? Deferred.succeed(bothHeld, undefined) : Effect.void
          })
          : undefined
    }))))
  })
})

describe("in-memory: backpressure", () => {
  const flood = (count: number) =>
    server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        const events = Array.from({ length: count }, (_, i) => n.delta(th, turnId, `d${i}`))
        return peer.send({ id: m.id, result: { turn: turn(turnId) } }, ...events, n.completed(th, turnId))
      }
    })

  it.scopedLive("lossless by default: a slow consumer gets every event, in order", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const got: Array<string> = []
      yield* Codex.streamText(t.id, "x").pipe(
        // the sleep is the scenario: a consumer slower than the server
        Stream.runForEach((d) => Effect.zipRight(Effect.sleep("1 millis"), Effect.sync(() => got.push(d))))
      )
      assert.deepStrictEqual(got, Array.from({ length: 200 }, (_, i) => `d${i}`))
    }).pipe(Effect.provide(clientWith(flood(200), { turnBufferCapacity: 4 }))))

  it.scopedLive(`"fail" ends only the slow turn's stream with TurnBufferFullError; other turns flow`, () => {
    let turns = 0
    return Effect.gen(function*() {
      const slow = yield* Codex.startThread()
      const fast = yield* Codex.startThread()
      const stalled = yield* Codex.turn(slow.id, "slow") // nobody reads it yet
      const fastResult = yield* Codex.run(fast.id, "fast")
      assert.strictEqual(fastResult.status, "completed")
      const error = yield* Effect.flip(Stream.runDrain(stalled.stream))
      assert(error._tag === "TurnBufferFullError")
      assert.strictEqual(error.capacity, 4)
      assert.strictEqual(error.turnId, stalled.turnId)
    }).pipe(
      Effect.scoped,
      Effect.provide(clientWith(
        server({
          turnStart: (m, peer, turnId) => {
            const th = m.params.threadId
            const count = ++turns === 1 ? 50 : 3
            const events = Array.from({ length: count }, (_, i) => n.delta(th, turnId, `d${i}`))
            return peer.send({ id: m.id, result: { turn: turn(turnId) } }, ...events, n.completed(th, turnId))
          }
        }),
        { turnBufferCapacity: 4, onTurnBufferFull: "fail" }
      ))
    )
  })
})

describe("in-memory: closing and timeouts", () => {
  it.scopedLive("a transport close fails pending requests and live streams; later calls fail at once", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* Codex.turn(t.id, "x")
      const streaming = yield* Effect.fork(Stream.runDrain(handle.stream))
      const pendingRequest = yield* Effect.fork(client.request("thread/list", {}))
      yield* peer.awaitSent("thread/list", { timeout: "1 second" })
      yield* peer.close(new TransportError({ reason: "Closed", detail: "server exited", exitCode: 3 }))
      const streamExit = yield* Fiber.await(streaming)
      const requestExit = yield* Fiber.await(pendingRequest)
      for (const exit of [streamExit, requestExit] as Array<Exit.Exit<unknown, any>>) {
        assert(Exit.isFailure(exit))
        const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
        assert(error?._tag === "TransportError")
        assert.strictEqual(error.exitCode, 3)
      }
      const later = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(later._tag, "TransportError")
      const counts = yield* diagnostics
      assert.deepStrictEqual(counts, { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 })
      const notifications = yield* Effect.flip(Stream.runDrain(client.notifications))
      assert.strictEqual(notifications._tag, "TransportError")
    }).pipe(Effect.provide(clientWith(server({
      other: (m) => (m.method === "thread/list" ? Effect.void : undefined)
    })))))

  it.scopedLive("a request the server never answers fails with RequestTimeoutError and leaves no pending entry", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const error = yield* Effect.flip(client.request("thread/list", {}, { timeout: "50 millis" }))
      assert(error._tag === "RequestTimeoutError")
      assert.strictEqual(error.method, "thread/list")
      assert.strictEqual((yield* diagnostics).pendingRequests, 0)
    }).pipe(Effect.provide(clientWith(server({
      other: (m) => (m.method === "thread/list" ? Effect.void : undefined)
    }), { requestTimeout: "10 seconds" }))))

  it.scopedLive("error responses become RpcError with method, code, the server's message and data; message names method and code", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* CodexClient).request("thread/list", {}))
      assert(error._tag === "RpcError")
      assert.strictEqual(error.message, "thread/list failed with -32600: bad")
      assert.deepStrictEqual([error.method, error.code, error.detail, error.data], [
        "thread/list",
        -32600,
        "bad",
        { why: 1 }
      ])
      assert.isFalse(error.retryable)
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "thread/list"
          ? peer.send({ id: m.id, error: { code: -32600, message: "bad", data: { why: 1 } } })
          : undefined
    })))))

  it.scopedLive("a response that does not match the method's schema is a ProtocolError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* CodexClient).request("thread/list", {}))
      assert(error._tag === "ProtocolError")
      assert.strictEqual(error.reason, "InvalidPayload")
      assert.include(error.detail, "thread/list")
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => (m.method === "thread/list" ? peer.send({ id: m.id, result: { data: "nope" } }) : undefined)
    })))))

  it.scopedLive("interrupting Codex.run sends turn/interrupt for that turn; the thread frees when the server completes it", () => {
    const interrupted = Deferred.unsafeMake<any>(FiberId.none)
    const started = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const running = yield* Effect.fork(Codex.run(t.id, "long"))
      yield* Deferred.await(started)
      yield* Fiber.interrupt(running)
      const interrupt = yield* Deferred.await(interrupted)
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: `${t.id}-turn-1` })
      assert.strictEqual((yield* diagnostics).busyThreads, 1, "busy until the server completes the turn")
      yield* peer.send(n.completed(t.id, `${t.id}-turn-1`, "interrupted"))
      // the reader routes in order: once this answer is back, the completion has been routed
      yield* client.request("model/list", {})
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
      yield* Effect.fork(Codex.run(t.id, "next"))
      yield* peer.awaitSent(turnStartWith("next"), { timeout: "1 second" })
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) =>
        peer.send({ id: m.id, result: { turn: turn(turnId) } }).pipe(Effect.zipRight(Deferred.succeed(started, undefined))),
      other: (m, peer) =>
        m.method === "turn/interrupt"
          ? Deferred.succeed(interrupted, m).pipe(Effect.zipRight(peer.send({ id: m.id, result: {} })))
          : undefined
    }))))
  })

  it.scopedLive("closing a Codex.turn scope while the turn runs interrupts it; the thread frees on completion", () => {
    const interrupted = Deferred.unsafeMake<any>(FiberId.none)
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const turnId = yield* Effect.scoped(Effect.map(Codex.turn(t.id, "x"), (h) => h.turnId))
      assert.strictEqual((yield* Deferred.await(interrupted)).params.turnId, turnId)
      const before = yield* diagnostics
      assert.deepStrictEqual([before.turns, before.busyThreads], [1, 1], "tracked until the server completes it")
      yield* peer.send(n.completed(t.id, turnId, "interrupted"))
      // the reader routes in order: once this answer is back, the completion has been routed
      yield* client.request("model/list", {})
      assert.deepStrictEqual(yield* diagnostics, { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 })
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "turn/interrupt"
          ? peer.send({ id: m.id, result: {} }).pipe(Effect.zipRight(Deferred.succeed(interrupted, m)))
          : undefined
    }))))
  })

  it.scopedLive("a completed turn's handle does not send turn/interrupt on release", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      yield* Codex.run(t.id, "x")
      // the handle was released on return: an interrupt would be written before the next request
      yield* (yield* CodexClient).request("model/list", {})
      assert.isFalse((yield* peer.sent).some((m) => m.method === "turn/interrupt"))
    }).pipe(Effect.provide(clientWith(turnWith((th, tu) => n.completed(th, tu))))))

  it.scopedLive("steer sends turn/steer with the expected turn id", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* Codex.turn(t.id, "x")
      const steered = yield* handle.steer("more")
      assert.strictEqual(steered.turnId, handle.turnId)
      const steer = yield* peer.awaitSent("turn/steer")
      assert.deepStrictEqual(steer.params, {
        threadId: t.id,
        input: [{ type: "text", text: "more" }],
        expectedTurnId: handle.turnId
      })
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "turn/steer" ? peer.send({ id: m.id, result: { turnId: m.params.expectedTurnId } }) : undefined
    })))))

  it.scopedLive("thread verbs return decoded values", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread({ cwd: "/tmp" })
      assert.strictEqual(t.id, "thread-2")
      const listed = yield* Codex.listThreads({ limit: 5 })
      assert.deepStrictEqual(listed.data.map((x) => x.id), ["a", "b"])
      const read = yield* Codex.readThread("a", { includeTurns: true })
      assert.strictEqual(read.id, "a")
      yield* Codex.archiveThread("a")
      const resumed = yield* Codex.resumeThread("a")
      const forked = yield* Codex.forkThread("a")
      assert.deepStrictEqual([resumed.id, forked.id], ["a", "a-fork"])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => {
        switch (m.method) {
          case "thread/list":
            return peer.send({ id: m.id, result: { data: [thread("a"), thread("b")], nextCursor: null } })
          case "thread/read":
            return peer.send({ id: m.id, result: { thread: thread(m.params.threadId) } })
          case "thread/archive":
            return peer.send({ id: m.id, result: {} })
          case "thread/resume":
          case "thread/fork": {
            return peer.send({
              id: m.id,
              result: threadResult(m.params.threadId + (m.method === "thread/fork" ? "-fork" : ""))
            })
          }
          default:
            return undefined
        }
      }
    })))))
})


describe("in-memory: framing limits and subscribers", () => {
  it.scopedLive("an oversized line is a ProtocolError that closes the connection", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const error = yield* Effect.flip(client.request("thread/list", {}))
      assert(error._tag === "ProtocolError")
      assert.strictEqual(error.reason, "LineTooLong")
      const later = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(later._tag, "ProtocolError")
    }).pipe(Effect.provide(Testing.layerTest(
      server({ other: (m, peer) => (m.method === "thread/list" ? peer.sendRaw("x".repeat(5000)) : undefined) }),
      { maxLineBytes: 4096 }
    ))))

  it.scopedLive("a slow notifications subscriber keeps only its newest events and never blocks turns", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const t = yield* Codex.startThread()
      const gate = yield* Deferred.make<void>()
      const seen: Array<string> = []
      // stalls on every event until the turn is over
      const consumer = yield* client.notifications.pipe(
        Stream.tap((e) =>
          Effect.zipRight(
            Effect.sync(() => seen.push(e.method === "item/agentMessage/delta" ? (e.params as any).delta : e.method)),
            Deferred.await(gate)
          )
        ),
        Stream.takeUntil((e) => e.method === "turn/completed"),
        Stream.runDrain,
        Effect.fork
      )
      yield* subscribed(1)
      const result = yield* Codex.run(t.id, "x")
      assert.strictEqual(result.status, "completed")
      yield* Deferred.succeed(gate, undefined)
      yield* Fiber.join(consumer)
      // the burst of 22 events lands in one chunk; a buffer of 2 keeps the newest two
      assert.deepStrictEqual(seen, ["d19", "turn/completed"])
    }).pipe(Effect.provide(clientWith(
      server({
        turnStart: (m, peer, turnId) => {
          const th = m.params.threadId
          const deltas = Array.from({ length: 20 }, (_, i) => n.delta(th, turnId, `d${i}`))
          return peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.started(th, turnId), ...deltas, n.completed(th, turnId))
        }
      }),
      { notificationBufferSize: 2 }
    ))))
})
