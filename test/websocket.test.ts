/**
 * The WebSocket transport, in-memory ring: a fake app-server on `ws` in this process
 * (`support/wsPeer.ts`) that drops, refuses, stalls, stops reading and never answers pings.
 * Connect errors, framing, limits, every write racing the close, the heartbeat, and reconnect
 * (re-attach order, failed and waiting requests, running turns, re-sent server requests).
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import { TransportError } from "../src/CodexError.js"
import * as Testing from "../src/testing.js"
import * as Transport from "../src/Transport.js"
import type { TurnEvent } from "../src/TurnRegistry.js"
import { within } from "./support/peer.js"
import * as WsPeer from "./support/wsPeer.js"

// ---- helpers ---------------------------------------------------------------------------------------

/** Reconnects every 20 ms, for a long while (outages in these tests last as long as the test wants). */
const reconnect = Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(250)))

type Options = CodexClient.Options & Transport.WebSocketOptions

/** A client over the WebSocket transport, for the life of the scope, with the transport itself. */
const connect = (options: Options) =>
  Effect.map(
    Layer.build(CodexClient.layerFromTransport(options).pipe(Layer.provideMerge(Transport.layerWebSocket(options)))),
    (context) => ({
      context,
      client: Context.get(context, CodexClient.CodexClient),
      transport: Context.get(context, Transport.Transport)
    })
  )

/** Fails the test (naming `what`) if `effect` is still running after `ms`. */
const bounded = (ms: number, what: string) => within(ms, what)

/** Repeats `check` every 5 ms until it holds; bounded. */
const eventually = <E, R>(what: string, check: Effect.Effect<boolean, E, R>, ms = 3000) =>
  check.pipe(
    Effect.repeat({ schedule: Schedule.spaced("5 millis"), until: (ok) => ok }),
    Effect.asVoid,
    bounded(ms, what)
  )

/** The failure of a fiber that must fail with a TransportError, within `ms`. */
const transportFailure = <A, E>(fiber: Fiber.Fiber<A, E>, what: string, ms = 3000) =>
  Effect.gen(function*() {
    const exit = yield* Fiber.await(fiber).pipe(bounded(ms, what))
    assert.isTrue(Exit.isFailure(exit), `${what}: expected a failure, got ${String(exit)}`)
    const error = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
    assert.instanceOf(error, TransportError, `${what}: expected a TransportError, got ${String(exit)}`)
    return error as TransportError
  })

/** Answers of the client to the server request with this id, on every connection. */
const answersTo = (peer: WsPeer.WsPeer, id: string) =>
  peer.received().filter((r) => r.message !== undefined && r.message.method === undefined && r.message.id === id)

/** Valid params of a command approval request. */
const approvalParams = (threadId: string, turnId: string) => ({
  threadId,
  turnId,
  itemId: "item-cmd",
  startedAtMs: 1,
  command: "git push --force",
  cwd: "/work/repo",
  commandActions: [{ type: "unknown" as const, command: "git push --force" }]
})

/** A request with this method arrived on connection `conn`. */
const arrived = (peer: WsPeer.WsPeer, method: string, conn?: number, timeoutMs?: number) =>
  peer.awaitMessage(
    `${method} on connection ${conn ?? "any"}`,
    (r) => r.message?.method === method && (conn === undefined || r.conn === conn),
    timeoutMs
  )

/** A fence: a request the peer answers. When it returns, everything the peer sent before its answer was routed. */
const fence = (client: CodexClient.Service) => client.request("model/list", {}).pipe(bounded(5000, "the model/list fence"))

// ---- 1. connect errors ---------------------------------------------------------------------------

describe("websocket: connect errors", () => {
  it.scopedLive("websocket: a url of another scheme, or with credentials, or a relative unix path, is reason Config", () =>
    Effect.gen(function*() {
      for (const url of ["http://127.0.0.1:4500", "127.0.0.1:4500", "not a url", "ws://user:pw@127.0.0.1:1", "unix://relative.sock"]) {
        const error = yield* Effect.flip(Transport.makeWebSocket({ url })).pipe(bounded(3000, `connect to ${url}`))
        assert.strictEqual(error._tag, "TransportError")
        assert.strictEqual(error.reason, "Config", `${url}: ${error.message}`)
      }
    }))

  it.scopedLive("websocket: ws:// to a non-loopback host with a bearer token is reason Config, before any token is computed", () =>
    Effect.gen(function*() {
      let computed = 0
      const token = Effect.sync(() => {
        computed++
        return Redacted.make("tok-never-sent-0123456789")
      })
      for (const url of ["ws://192.0.2.1:4500", "ws://localhost.example.com:4500", "ws://127.0.0.1.nip.io:4500", "ws://[::ffff:192.0.2.1]:4500"]) {
        const error = yield* Effect.flip(Transport.makeWebSocket({ url, bearerToken: token })).pipe(bounded(3000, url))
        assert.strictEqual(error.reason, "Config", `${url}: ${error.message}`)
      }
      assert.strictEqual(computed, 0)
      // the check is the gate: the override lets the attempt happen (and it fails to connect)
      const overridden = yield* Effect.flip(
        Transport.makeWebSocket({ url: "ws://192.0.2.1:4500", bearerToken: token, allowInsecureToken: true, openTimeout: "200 millis" })
      ).pipe(bounded(5000, "the insecure override"))
      assert.strictEqual(overridden.reason, "Connect")
    }))

  it.scopedLive("websocket: nobody listening is reason Connect (TCP and unix socket)", () =>
    Effect.gen(function*() {
      const port = yield* WsPeer.freePort
      const tcp = yield* Effect.flip(Transport.makeWebSocket({ url: `ws://127.0.0.1:${port}` })).pipe(bounded(5000, "refused TCP"))
      assert.strictEqual(tcp.reason, "Connect", tcp.message)
      const unix = yield* Effect.flip(Transport.makeWebSocket({ url: "unix:///nonexistent/effect-codex/nobody.sock" })).pipe(
        bounded(5000, "missing unix socket")
      )
      assert.strictEqual(unix.reason, "Connect", unix.message)
    }))

  it.scopedLive("websocket: a 401 with a body is reason Connect with httpStatus and the body; the token is in no rendering", () =>
    Effect.gen(function*() {
      const secret = "tok-SECRET-4242-abcdef-9876543210"
      const peer = yield* WsPeer.make()
      // a hostile server echoes the token it refuses
      peer.refuse(401, `invalid bearer token ${secret}: signature mismatch`)
      const error = yield* Effect.flip(Transport.makeWebSocket({ url: peer.url, bearerToken: Redacted.make(secret) })).pipe(
        bounded(5000, "the refused upgrade")
      )
      // the token did go out (the test would prove nothing otherwise)
      assert.strictEqual(peer.upgrades()[0]?.headers.authorization, `Bearer ${secret}`)
      assert.strictEqual(error.reason, "Connect")
      assert.strictEqual(error.httpStatus, 401)
      assert.include(error.detail, "signature mismatch")
      for (const [name, text] of [["String", String(error)], ["message", error.message], ["JSON", JSON.stringify(error)], ["detail", error.detail]]) {
        assert.notInclude(text, secret, `${name} shows the token`)
        assert.notInclude(text, "SECRET-4242", `${name} shows part of the token`)
      }
    }))

  it.scopedLive("websocket: a stalled upgrade is reason Connect within openTimeout, and the socket is gone", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      peer.stall()
      const started = Date.now()
      const error = yield* Effect.flip(Transport.makeWebSocket({ url: peer.url, openTimeout: "200 millis" })).pipe(
        bounded(3000, "the stalled upgrade")
      )
      const elapsed = Date.now() - started
      assert.strictEqual(error.reason, "Connect", error.message)
      assert.isAtLeast(elapsed, 150)
      assert.isBelow(elapsed, 2000)
      assert.strictEqual(peer.upgrades().length, 1)
      yield* peer.until("the stalled socket closed", () => peer.openSockets() === 0, 2000)
    }))

  it.scopedLive("websocket: interrupting the connect leaves no socket open on the server side", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      peer.stall()
      const fiber = yield* Effect.fork(Effect.scoped(Transport.makeWebSocket({ url: peer.url, openTimeout: "30 seconds" })))
      yield* peer.until("the upgrade request", () => peer.upgrades().length === 1 && peer.openSockets() === 1)
      yield* Fiber.interrupt(fiber).pipe(bounded(2000, "interrupting the connect"))
      yield* peer.until("the interrupted socket closed", () => peer.openSockets() === 0, 2000)
    }))
})

// ---- 2. upgrade headers --------------------------------------------------------------------------

describe("websocket: the upgrade", () => {
  it.scopedLive("websocket: the bearer token is the authorization header; no origin header", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      yield* Transport.makeWebSocket({ url: peer.url, bearerToken: Redacted.make("tok-abc-123") })
      const [upgrade] = peer.upgrades()
      assert.strictEqual(upgrade?.headers.authorization, "Bearer tok-abc-123")
      assert.isUndefined(upgrade?.headers.origin)
      assert.isUndefined(upgrade?.headers["sec-websocket-origin"])
      assert.notInclude(upgrade?.url ?? "", "tok-abc-123")
    }))

  it.scopedLive("websocket: a token given as an Effect is computed once per connection, across a reconnect", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      let computed = 0
      const bearerToken = Effect.sync(() => Redacted.make(`tok-${++computed}`))
      const { client } = yield* connect({ url: peer.url, bearerToken, reconnect })
      yield* client.initialize
      assert.strictEqual(computed, 1)
      peer.drop()
      yield* peer.until("the second connection", () => peer.connections() === 2)
      yield* fence(client)
      assert.strictEqual(computed, 2)
      assert.strictEqual(peer.upgrades().length, 2)
      assert.deepStrictEqual(peer.upgrades().map((u) => u.headers.authorization), ["Bearer tok-1", "Bearer tok-2"])
    }))
})

// ---- 3. framing ----------------------------------------------------------------------------------

describe("websocket: one message per frame", () => {
  it.scopedLive("websocket: 1,000 client sends arrive as 1,000 frames, each a complete JSON message, in order", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const transport = yield* Transport.makeWebSocket({ url: peer.url })
      const lines = Array.from({ length: 1000 }, (_, i) =>
        JSON.stringify({ jsonrpc: "2.0", method: "x/test", params: { i, pad: "é\n".repeat(i % 7) } }))
      for (const line of lines) yield* transport.send(line)
      yield* peer.until("1,000 frames", () => peer.received().length >= 1000)
      const got = peer.received()
      assert.strictEqual(got.length, 1000)
      assert.isTrue(got.every((r, i) => !r.binary && r.text === lines[i]), "every frame is exactly one line, in order")
    }))

  it.scopedLive("websocket: 20,000 server messages sent in a burst all arrive, in order", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const transport = yield* Transport.makeWebSocket({ url: peer.url })
      const n = 20_000
      const texts = Array.from({ length: n }, (_, i) => JSON.stringify({ method: "x/burst", params: { i } }))
      const collector = yield* Effect.fork(Stream.runCollect(Stream.take(transport.incoming, n)))
      peer.send(...texts)
      const got = Chunk.toReadonlyArray(yield* Fiber.join(collector).pipe(bounded(20_000, "20,000 messages")))
      assert.strictEqual(got.length, n)
      let inOrder = true
      for (let i = 0; i < n; i++) if (got[i] !== texts[i]) inOrder = false
      assert.isTrue(inOrder)
    }))

  it.scopedLive("websocket: a binary frame from the server is delivered as its UTF-8 text", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const transport = yield* Transport.makeWebSocket({ url: peer.url })
      const text = JSON.stringify({ method: "x/binary", params: { s: "héllo ✓ 🙂" } })
      const collector = yield* Effect.fork(Stream.runCollect(Stream.take(transport.incoming, 2)))
      peer.sendBinary(text)
      peer.send("after")
      const got = Chunk.toReadonlyArray(yield* Fiber.join(collector).pipe(bounded(3000, "the binary frame")))
      assert.deepStrictEqual(got, [text, "after"])
    }))
})

// ---- 4. maxMessageBytes --------------------------------------------------------------------------

describe("websocket: maxMessageBytes", () => {
  it.scopedLive("websocket: a message of exactly maxMessageBytes passes; one byte more ends the connection with reason Read", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const transport = yield* Transport.makeWebSocket({ url: peer.url, maxMessageBytes: 1024 })
      const collector = yield* Effect.fork(Stream.runCollect(transport.incoming))
      peer.send("a".repeat(1024))
      peer.send("b".repeat(1025))
      const exit = yield* Fiber.await(collector).pipe(bounded(3000, "the end of incoming"))
      assert.isTrue(Exit.isFailure(exit))
      const error = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
      assert.strictEqual(error?._tag, "TransportError")
      assert.strictEqual((error as TransportError).reason, "Read")
      assert.include((error as TransportError).detail, "maxMessageBytes")
      const sendAfter = yield* Effect.flip(transport.send("{}")).pipe(bounded(1000, "a send after the end"))
      assert.strictEqual(sendAfter.reason, "Read")
    }))

  it.scopedLive("websocket: a message over maxMessageBytes fails every pending request with reason Read", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      peer.handle("model/list", "ignore")
      const { client } = yield* connect({ url: peer.url, maxMessageBytes: 4096 })
      yield* client.initialize
      const first = yield* Effect.fork(client.request("model/list", {}))
      const second = yield* Effect.fork(client.request("model/list", { limit: 5 }))
      yield* peer.until("both requests", () => peer.received().filter((r) => r.message?.method === "model/list").length === 2)
      peer.sendJson({ method: "x/huge", params: { pad: "x".repeat(10_000) } })
      for (const [fiber, name] of [[first, "first"], [second, "second"]] as const) {
        const error = yield* transportFailure(fiber, `the ${name} pending request`)
        assert.strictEqual(error.reason, "Read", error.message)
        assert.include(error.message, "maxMessageBytes")
      }
    }))
})

// ---- 5. a drop without reconnect ------------------------------------------------------------------

describe("websocket: a drop without reconnect", () => {
  it.scopedLive("websocket: a server drop fails every waiter with TransportError; later sends fail at once", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      peer.handle("model/list", "ignore")
      const { client, context, transport } = yield* connect({ url: peer.url })
      const thread = yield* Codex.startThread().pipe(Effect.provide(context))
      const pending = yield* Effect.fork(client.request("model/list", {}))
      const run = yield* Effect.fork(Codex.run(thread.id, "hi").pipe(Effect.provide(context)))
      yield* arrived(peer, "model/list")
      yield* arrived(peer, "turn/start")
      peer.drop()
      const a = yield* transportFailure(pending, "the pending request")
      const b = yield* transportFailure(run, "the running turn")
      assert.strictEqual(a.reason, "Closed")
      assert.strictEqual(b.reason, "Closed")
      const later = yield* Effect.flip(client.request("model/list", {})).pipe(bounded(500, "a request after the drop"))
      assert.strictEqual(later._tag, "TransportError")
      const raw = yield* Effect.flip(transport.send("{}")).pipe(bounded(500, "a transport send after the drop"))
      assert.strictEqual(raw._tag, "TransportError")
    }))
})

describe("websocket: the server closes", () => {
  it.scopedLive("websocket: a clean close by the server ends the connection with reason Closed, its code and reason", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const transport = yield* Transport.makeWebSocket({ url: peer.url })
      const reader = yield* Effect.fork(Stream.runDrain(transport.incoming))
      peer.closeAll(1001, "going away")
      const error = yield* transportFailure(reader, "the end of incoming")
      assert.strictEqual(error.reason, "Closed")
      assert.include(error.detail, "1001")
      assert.include(error.detail, "going away")
      yield* peer.until("the server side closed", () => peer.openSockets() === 0)
    }))
})

// ---- 6. writes race the close ----------------------------------------------------------------------

describe("websocket: every write races the close", () => {
  const backPressured = Effect.gen(function*() {
    const peer = yield* WsPeer.make()
    const transport = yield* Transport.makeWebSocket({ url: peer.url, maxOutboundBytes: 1, closeTimeout: "200 millis" })
    peer.pause()
    const written = yield* Deferred.make<void>()
    const line = JSON.stringify({ method: "x/big", params: { pad: "x".repeat(32 * 1024 * 1024) } })
    const send = yield* Effect.fork(transport.send(line, { onWritten: () => Deferred.unsafeDone(written, Exit.void) }))
    yield* Deferred.await(written).pipe(bounded(5000, "the big line handed to the socket"))
    // it waits for the socket to drain: the peer does not read
    assert.isTrue(Option.isNone(yield* Fiber.poll(send)), "the send should wait while the socket is back-pressured")
    assert.isAbove(yield* transport.queuedBytes, 1)
    return { peer, transport, send }
  })

  it.scopedLive("websocket: a back-pressured send fails when the server goes away, never hangs", () =>
    Effect.gen(function*() {
      const { peer, send, transport } = yield* backPressured
      peer.drop()
      yield* transportFailure(send, "the back-pressured send", 5000)
      const later = yield* Effect.flip(transport.send("{}")).pipe(bounded(500, "a send after the drop"))
      assert.strictEqual(later._tag, "TransportError")
    }))

  it.scopedLive("websocket: close while a send is back-pressured: close is bounded and the send fails", () =>
    Effect.gen(function*() {
      const { send, transport } = yield* backPressured
      const started = Date.now()
      yield* transport.close.pipe(bounded(3000, "close"))
      assert.isBelow(Date.now() - started, 2000)
      yield* transportFailure(send, "the back-pressured send", 3000)
    }))
})

// ---- 7. heartbeat ----------------------------------------------------------------------------------

describe("websocket: heartbeat", () => {
  const heartbeat = { interval: "50 millis", timeout: "100 millis" } as const

  it.scopedLive("websocket: a peer that never answers pings: the connection ends with reason Closed, naming the ping", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make({ autoPong: false })
      const transport = yield* Transport.makeWebSocket({ url: peer.url, heartbeat })
      const exit = yield* Stream.runDrain(transport.incoming).pipe(Effect.exit, bounded(3000, "the dead connection noticed"))
      const error = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
      assert.strictEqual(error?._tag, "TransportError")
      assert.strictEqual((error as TransportError).reason, "Closed")
      assert.include((error as TransportError).detail, "ping")
      assert.isAtLeast(peer.pings(), 1)
    }))

  it.scopedLive("websocket: a peer that answers pings stays connected across several intervals", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make({ autoPong: true })
      const transport = yield* Transport.makeWebSocket({ url: peer.url, heartbeat })
      const reader = yield* Effect.fork(Stream.runDrain(transport.incoming))
      yield* peer.until("3 pings", () => peer.pings() >= 3, 3000)
      assert.isTrue(Option.isNone(yield* Fiber.poll(reader)), "the connection ended")
      yield* transport.send(JSON.stringify({ method: "x/alive" }))
      yield* peer.until("a message after the pings", () => peer.received().some((r) => r.message?.method === "x/alive"))
      assert.strictEqual(peer.connections(), 1)
    }))
})

// ---- 8. reconnect ----------------------------------------------------------------------------------

describe("websocket: reconnect", () => {
  it.scopedLive("websocket: after a drop: initialize, initialized, thread/resume of each loaded thread, then the requests of the outage", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      const t1 = yield* Codex.startThread().pipe(Effect.provide(context))
      const t2 = yield* Codex.startThread().pipe(Effect.provide(context))
      // the outage lasts until the test says so
      peer.refuse(503, "restarting")
      peer.drop()
      yield* peer.until("a refused reconnect attempt", () => peer.upgrades().some((u) => u.outcome === "refused"))
      const during = yield* Effect.fork(client.request("model/list", {}))
      yield* eventually(
        "the outage request registered",
        Effect.map(CodexClient.diagnostics.pipe(Effect.provide(context)), (d) => d.pendingRequests === 1)
      )
      peer.accept()
      yield* Fiber.join(during).pipe(bounded(5000, "the outage request answered"))
      const methods = WsPeer.methodsOn(peer, 2)
      assert.deepStrictEqual(methods.slice(0, 2), ["initialize", "initialized"])
      assert.deepStrictEqual(methods.slice(2, 4), ["thread/resume", "thread/resume"])
      assert.strictEqual(methods[4], "model/list")
      const resumed = peer.on(2).filter((r) => r.message?.method === "thread/resume").map((r) => r.message.params.threadId)
      assert.deepStrictEqual(new Set(resumed), new Set([t1.id, t2.id]))
    }))

  it.scopedLive("websocket: a request that times out waiting for the reconnect fails with RequestTimeoutError and is never sent", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const { client } = yield* connect({ url: peer.url, reconnect })
      yield* client.initialize
      peer.refuse(503, "restarting")
      peer.drop()
      yield* peer.until("a refused reconnect attempt", () => peer.upgrades().some((u) => u.outcome === "refused"))
      const exit = yield* client.request("model/list", { limit: 1 }, { timeout: "100 millis" }).pipe(
        Effect.exit,
        bounded(3000, "the request's own time limit")
      )
      assert.isTrue(Exit.isFailure(exit) && !Cause.isInterruptedOnly(exit.cause), `ended as ${String(exit)}`)
      const error = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
      assert.strictEqual(error?._tag, "RequestTimeoutError", String(exit))
      peer.accept()
      yield* fence(client)
      assert.isFalse(peer.received().some((r) => r.message?.method === "model/list" && r.message.params?.limit === 1))
    }))

  it.scopedLive("websocket: a request interrupted while waiting for the reconnect is never sent", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      yield* client.initialize
      peer.refuse(503, "restarting")
      peer.drop()
      yield* peer.until("a refused reconnect attempt", () => peer.upgrades().some((u) => u.outcome === "refused"))
      const during = yield* Effect.fork(client.request("model/list", { limit: 1 }))
      yield* eventually(
        "the outage request registered",
        Effect.map(CodexClient.diagnostics.pipe(Effect.provide(context)), (d) => d.pendingRequests === 1)
      )
      yield* Fiber.interrupt(during).pipe(bounded(1000, "interrupting the waiting request"))
      const after = yield* CodexClient.diagnostics.pipe(Effect.provide(context))
      assert.strictEqual(after.pendingRequests, 0)
      peer.accept()
      yield* fence(client)
      assert.isFalse(peer.received().some((r) => r.message?.method === "model/list" && r.message.params?.limit === 1))
    }))

  it.scopedLive("websocket: a request in flight at the drop fails with TransportError; the next one succeeds", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      peer.handle("model/list", "ignore")
      const { client } = yield* connect({ url: peer.url, reconnect })
      yield* client.initialize
      const inFlight = yield* Effect.fork(client.request("model/list", {}))
      yield* arrived(peer, "model/list", 1)
      peer.drop()
      const error = yield* transportFailure(inFlight, "the request in flight")
      assert.strictEqual(error.reason, "Closed")
      peer.handle("model/list", (_, c) => c.reply({ data: [] }))
      const after = yield* client.request("model/list", {}).pipe(bounded(5000, "the request after the reconnect"))
      assert.deepStrictEqual(after.data, [])
      assert.strictEqual(peer.connections(), 2)
      // the request in flight was not sent again
      assert.strictEqual(peer.on(2).filter((r) => r.message?.method === "model/list").length, 1)
    }))

  it.scopedLive("websocket: a running turn's stream gets Reconnected, then goes on to turn/completed; its result is right", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      let T = ""
      const U = "turn-live"
      peer.handle("turn/start", (m, c) => {
        c.reply({ turn: Testing.turn(U) })
        c.send(Testing.turnStarted(m.params.threadId, U), Testing.agentMessageDelta(m.params.threadId, U, "Hel"))
      })
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
      const handle = yield* client.turn(T, "hi")
      const collector = yield* Effect.fork(Stream.runCollect(handle.stream))
      yield* fence(client) // turn/started and the delta are routed
      peer.handle("thread/resume", (m, c) => {
        c.reply(WsPeer.threadWithTurns(m.params.threadId, [Testing.turn(U, "inProgress")]))
        c.send(
          WsPeer.itemCompleted(T, U, WsPeer.agentItem("msg-1", "Hello.")),
          Testing.turnCompleted(T, U)
        )
      })
      peer.drop()
      const events = Chunk.toReadonlyArray(yield* Fiber.join(collector).pipe(bounded(5000, "the turn's stream")))
      const methods = events.map((e: TurnEvent) => e.method)
      const reconnected = events.findIndex((e) => e._tag === "Reconnected")
      assert.isAtLeast(reconnected, 0, `no Reconnected in ${methods.join(", ")}`)
      assert.deepStrictEqual(events[reconnected]!.params, { threadId: T, turnId: U, attempt: 1 })
      assert.deepStrictEqual(methods.slice(reconnected), ["effect-codex/reconnected", "item/completed", "turn/completed"])
      assert.strictEqual(methods.filter((m) => m === "turn/completed").length, 1)
      const result = yield* handle.result.pipe(bounded(2000, "the turn's result"))
      assert.strictEqual(result.finalResponse, "Hello.")
      assert.strictEqual(result.status, "completed")
    }))

  it.scopedLive("websocket: Codex.run across a drop: the RunResult has the final text sent after the reconnect", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const U = "turn-run"
      peer.handle("turn/start", (m, c) => {
        c.reply({ turn: Testing.turn(U) })
        c.send(Testing.turnStarted(m.params.threadId, U))
      })
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      const T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
      const run = yield* Effect.fork(Codex.run(T, "hi").pipe(Effect.provide(context)))
      yield* arrived(peer, "turn/start", 1)
      yield* fence(client)
      peer.handle("thread/resume", (m, c) => {
        c.reply(WsPeer.threadWithTurns(m.params.threadId, [Testing.turn(U, "inProgress")]))
        c.send(WsPeer.itemCompleted(T, U, WsPeer.agentItem("msg-9", "After the storm.")), Testing.turnCompleted(T, U))
      })
      peer.drop()
      const result = yield* Fiber.join(run).pipe(bounded(5000, "Codex.run"))
      assert.strictEqual(result.finalResponse, "After the storm.")
      assert.deepStrictEqual(result.items.map((i) => (i as { id: string }).id), ["msg-9"])
    }))

  it.scopedLive("websocket: a turn that ended during the outage completes from the resumed thread, items not doubled", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const U = "turn-gone"
      const commentary = WsPeer.agentItem("msg-a", "Working on it", "commentary")
      const final = WsPeer.agentItem("msg-b", "Done.")
      peer.handle("turn/start", (m, c) => {
        c.reply({ turn: Testing.turn(U) })
        c.send(Testing.turnStarted(m.params.threadId, U), WsPeer.itemCompleted(m.params.threadId, U, commentary))
      })
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      const T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
      const run = yield* Effect.fork(Codex.run(T, "hi").pipe(Effect.provide(context)))
      yield* arrived(peer, "turn/start", 1)
      yield* fence(client) // msg-a is routed into the turn
      peer.handle("thread/resume", (m, c) =>
        c.reply(WsPeer.threadWithTurns(m.params.threadId, [{ ...Testing.turn(U, "completed"), items: [commentary, final] }])))
      peer.drop()
      const result = yield* Fiber.join(run).pipe(bounded(5000, "Codex.run of a turn that ended meanwhile"))
      assert.strictEqual(result.finalResponse, "Done.")
      assert.strictEqual(result.status, "completed")
      assert.deepStrictEqual(result.items.map((i) => (i as { id: string }).id), ["msg-a", "msg-b"])
    }))

  it.scopedLive("websocket: a drop during the re-attach starts over: the next connection re-attaches, the turn gets Reconnected once", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const U = "turn-twice"
      peer.handle("turn/start", (m, c) => {
        c.reply({ turn: Testing.turn(U) })
        c.send(Testing.turnStarted(m.params.threadId, U))
      })
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      const T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
      const handle = yield* client.turn(T, "hi")
      const collector = yield* Effect.fork(Stream.runCollect(handle.stream))
      yield* fence(client)
      // the second connection dies while its thread/resume is unanswered; the third one answers
      peer.handle("thread/resume", (m, c) => {
        if (c.conn === 2) return c.peer.drop()
        c.reply(WsPeer.threadWithTurns(m.params.threadId, [Testing.turn(U, "inProgress")]))
        c.send(WsPeer.itemCompleted(T, U, WsPeer.agentItem("msg-3", "Third time.")), Testing.turnCompleted(T, U))
      })
      peer.refuse(503, "restarting")
      peer.drop()
      yield* peer.until("a refused reconnect attempt", () => peer.upgrades().some((u) => u.outcome === "refused"))
      const during = yield* Effect.fork(client.request("model/list", {}))
      yield* eventually(
        "the outage request registered",
        Effect.map(CodexClient.diagnostics.pipe(Effect.provide(context)), (d) => d.pendingRequests === 1)
      )
      peer.accept()
      yield* Fiber.join(during).pipe(bounded(5000, "the outage request, after two reconnects"))
      const events = Chunk.toReadonlyArray(yield* Fiber.join(collector).pipe(bounded(5000, "the turn's stream")))
      const reconnected = events.filter((e) => e._tag === "Reconnected")
      assert.strictEqual(reconnected.length, 1)
      assert.deepStrictEqual(reconnected[0]!.params, { threadId: T, turnId: U, attempt: 2 })
      assert.strictEqual((yield* handle.result).finalResponse, "Third time.")
      assert.strictEqual(peer.connections(), 3)
      assert.deepStrictEqual(WsPeer.methodsOn(peer, 2).slice(0, 3), ["initialize", "initialized", "thread/resume"])
      assert.notInclude(WsPeer.methodsOn(peer, 2), "model/list")
      assert.deepStrictEqual(WsPeer.methodsOn(peer, 3).slice(0, 4), ["initialize", "initialized", "thread/resume", "model/list"])
    }))

  it.scopedLive("websocket: a thread the server cannot resume: its turn fails with TransportError, the rest goes on, the thread is usable again", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      const U = "turn-lost"
      peer.handle("turn/start", (m, c) => {
        c.reply({ turn: Testing.turn(U) })
        c.send(Testing.turnStarted(m.params.threadId, U))
      })
      const { client, context } = yield* connect({ url: peer.url, reconnect })
      const T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
      const run = yield* Effect.fork(Codex.run(T, "hi").pipe(Effect.provide(context)))
      yield* arrived(peer, "turn/start", 1)
      yield* fence(client)
      peer.handle("thread/resume", (_, c) => c.replyError({ code: -32600, message: "no rollout found for thread" }))
      peer.drop()
      const error = yield* transportFailure(run, "the turn of the lost thread", 5000)
      assert.strictEqual(error.reason, "Closed")
      assert.include(error.detail, "could not be resumed")
      // the connection itself is fine
      yield* fence(client)
      // the user resumes the thread by hand and runs a turn on it
      peer.handle("thread/resume", (m, c) => c.reply(Testing.threadResponse(m.params.threadId)))
      peer.handle("turn/start", (m, c) => {
        c.reply({ turn: Testing.turn("turn-new") })
        c.send(
          WsPeer.itemCompleted(m.params.threadId, "turn-new", WsPeer.agentItem("msg-n", "Back.")),
          Testing.turnCompleted(m.params.threadId, "turn-new")
        )
      })
      yield* client.request("thread/resume", { threadId: T }).pipe(bounded(3000, "thread/resume by hand"))
      const again = yield* Codex.run(T, "again").pipe(Effect.provide(context), Effect.either, bounded(3000, "a new turn on the thread"))
      assert.isTrue(again._tag === "Right", `the thread stays busy with the lost turn: ${JSON.stringify(again)}`)
      const diagnostics = yield* CodexClient.diagnostics.pipe(Effect.provide(context))
      assert.deepStrictEqual({ turns: diagnostics.turns, busyThreads: diagnostics.busyThreads }, { turns: 0, busyThreads: 0 })
    }))

  describe("websocket: a server request re-sent after the reconnect", () => {
    const approvalHarness = (handlerGate: Deferred.Deferred<void>) =>
      Effect.gen(function*() {
        const peer = yield* WsPeer.make()
        let calls = 0
        const started = yield* Deferred.make<void>()
        const { client, context } = yield* connect({
          url: peer.url,
          reconnect,
          approvals: {
            "item/commandExecution/requestApproval": () =>
              Effect.sync(() => calls++).pipe(
                Effect.zipRight(Deferred.succeed(started, undefined)),
                Effect.zipRight(Deferred.await(handlerGate)),
                Effect.as({ decision: "accept" as const })
              )
          }
        })
        const T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
        const request = Testing.serverRequest("req-7", "item/commandExecution/requestApproval", approvalParams(T, "turn-x"))
        return { peer, client, T, request, started, calls: () => calls }
      })

    it.scopedLive("websocket: a handler still running at the reconnect is not run again; exactly one answer in all", () =>
      Effect.gen(function*() {
        const gate = yield* Deferred.make<void>()
        const { calls, client, peer, request, started } = yield* approvalHarness(gate)
        peer.sendJson(request)
        yield* Deferred.await(started).pipe(bounded(3000, "the handler started"))
        peer.handle("thread/resume", (m, c) => {
          c.reply(Testing.threadResponse(m.params.threadId))
          c.send(request)
        })
        peer.drop()
        yield* peer.until("the second connection", () => peer.connections() === 2)
        yield* fence(client) // the re-sent request is routed
        assert.strictEqual(calls(), 1)
        yield* Deferred.succeed(gate, undefined)
        yield* peer.until("the answer", () => answersTo(peer, "req-7").length >= 1)
        yield* fence(client)
        yield* fence(client)
        const answers = answersTo(peer, "req-7")
        assert.strictEqual(answers.length, 1, `answers: ${JSON.stringify(answers)}`)
        assert.strictEqual(answers[0]!.conn, 2)
        assert.deepStrictEqual(answers[0]!.message.result, { decision: "accept" })
        assert.strictEqual(calls(), 1)
      }))

    it.scopedLive("websocket: an answered request re-sent after the reconnect gets the same answer again, without the handler", () =>
      Effect.gen(function*() {
        const gate = yield* Deferred.make<void>()
        yield* Deferred.succeed(gate, undefined)
        const { calls, client, peer, request } = yield* approvalHarness(gate)
        peer.sendJson(request)
        yield* peer.until("the first answer", () => answersTo(peer, "req-7").length === 1)
        peer.handle("thread/resume", (m, c) => {
          c.reply(Testing.threadResponse(m.params.threadId))
          c.send(request)
        })
        peer.drop()
        yield* peer.until("the answer again", () => answersTo(peer, "req-7").length >= 2)
        yield* fence(client)
        const answers = answersTo(peer, "req-7")
        assert.strictEqual(answers.length, 2)
        assert.deepStrictEqual(answers.map((a) => a.conn), [1, 2])
        assert.strictEqual(answers[1]!.text, answers[0]!.text)
        assert.strictEqual(calls(), 1)
      }))

    it.scopedLive("websocket: a re-sent request that comes before the thread/resume answer does not stall the re-attach", () =>
      Effect.gen(function*() {
        const gate = yield* Deferred.make<void>()
        yield* Deferred.succeed(gate, undefined)
        const { calls, client, peer, request } = yield* approvalHarness(gate)
        peer.sendJson(request)
        yield* peer.until("the first answer", () => answersTo(peer, "req-7").length === 1)
        // the server re-sends its pending requests first, then answers the resume
        peer.handle("thread/resume", (m, c) => {
          c.send(request)
          c.reply(Testing.threadResponse(m.params.threadId))
        })
        peer.drop()
        yield* peer.until("the second connection", () => peer.connections() === 2)
        yield* client.request("model/list", {}).pipe(
          bounded(3000, "a request after the reconnect (the re-attach never finished)")
        )
        yield* peer.until("the answer again", () => answersTo(peer, "req-7").length >= 2, 2000)
        const answers = answersTo(peer, "req-7")
        assert.strictEqual(answers.length, 2)
        assert.strictEqual(answers[1]!.text, answers[0]!.text)
        assert.strictEqual(calls(), 1)
      }))

    it.scopedLive("websocket: a handler that finishes during the outage: its answer and the re-sent request make one answer", () =>
      Effect.gen(function*() {
        const gate = yield* Deferred.make<void>()
        const { calls, client, peer, request, started } = yield* approvalHarness(gate)
        peer.sendJson(request)
        yield* Deferred.await(started).pipe(bounded(3000, "the handler started"))
        peer.refuse(503, "restarting")
        peer.drop()
        yield* peer.until("a refused attempt", () => peer.upgrades().filter((u) => u.outcome === "refused").length >= 1)
        yield* Deferred.succeed(gate, undefined) // the answer now waits for the connection
        const refusedBefore = peer.upgrades().length
        yield* peer.until("another refused attempt", () => peer.upgrades().length > refusedBefore)
        peer.handle("thread/resume", (m, c) => {
          c.reply(Testing.threadResponse(m.params.threadId))
          c.send(request)
        })
        peer.accept()
        yield* peer.until("the answer on the new connection", () => answersTo(peer, "req-7").some((a) => a.conn === 2))
        yield* fence(client)
        yield* fence(client)
        const answers = answersTo(peer, "req-7")
        assert.strictEqual(calls(), 1)
        assert.isTrue(answers.every((a) => a.text === answers[0]!.text))
        assert.strictEqual(answers.length, 1, `the server got ${answers.length} answers to one request: ${answers.map((a) => a.conn)}`)
      }))
  })

  it.scopedLive("websocket: when the schedule is exhausted, every waiter fails with TransportError", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make()
      peer.handle("model/list", "ignore")
      // the second token (the first reconnect attempt) waits until the test lets it go
      const hold = yield* Deferred.make<void>()
      let computed = 0
      const secret = "tok-RECONNECT-SECRET-5150-zyxw"
      const bearerToken = Effect.suspend(() =>
        ++computed === 2 ? Effect.as(Deferred.await(hold), Redacted.make(secret)) : Effect.succeed(Redacted.make(secret))
      )
      const { client, context } = yield* connect({
        url: peer.url,
        bearerToken,
        reconnect: Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(3)))
      })
      const T = (yield* Codex.startThread().pipe(Effect.provide(context))).id
      const run = yield* Effect.fork(Codex.run(T, "hi").pipe(Effect.provide(context)))
      const inFlight = yield* Effect.fork(client.request("model/list", {}))
      yield* arrived(peer, "turn/start", 1)
      yield* arrived(peer, "model/list", 1)
      peer.refuse(401, `go away, ${secret}`)
      peer.drop()
      const dropped = yield* transportFailure(inFlight, "the request in flight")
      assert.strictEqual(dropped.reason, "Closed")
      yield* eventually("the reconnect waits for its token", Effect.sync(() => computed === 2))
      const during = yield* Effect.fork(client.request("model/list", {}))
      yield* eventually(
        "the outage request registered",
        Effect.map(CodexClient.diagnostics.pipe(Effect.provide(context)), (d) => d.pendingRequests === 1)
      )
      yield* Deferred.succeed(hold, undefined)
      const turn = yield* transportFailure(run, "the running turn", 5000)
      assert.strictEqual(turn.reason, "Connect", turn.message)
      assert.strictEqual(turn.httpStatus, 401)
      assert.include(turn.detail, "go away")
      for (const text of [String(turn), turn.message, JSON.stringify(turn)]) assert.notInclude(text, "SECRET-5150")
      assert.strictEqual(peer.upgrades().filter((u) => u.outcome === "refused").length, 4)
      const later = yield* Effect.flip(client.request("model/list", {})).pipe(bounded(500, "a request after giving up"))
      assert.strictEqual(later._tag, "TransportError")
      assert.strictEqual(peer.connections(), 1)
      // the request that waited for the connection
      const waited = yield* transportFailure(during, "the request of the outage", 5000)
      assert.strictEqual(waited.reason, "Connect", waited.message)
      assert.strictEqual(waited.httpStatus, 401)
    }))
})

// ---- 9. closing during a reconnect -------------------------------------------------------------------

describe("websocket: closing during a reconnect", () => {
  for (const outage of ["stalled", "refused"] as const) {
    it.scopedLive(`websocket: closing the client scope during a reconnect (${outage}) ends quickly, leaves no socket, fails the waiters`, () =>
      Effect.gen(function*() {
        const peer = yield* WsPeer.make()
        const scope = yield* Scope.make()
        const options: Options = { url: peer.url, reconnect: Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(10_000))) }
        const context = yield* Layer.buildWithScope(
          CodexClient.layerFromTransport(options).pipe(Layer.provideMerge(Transport.layerWebSocket(options))),
          scope
        )
        const client = Context.get(context, CodexClient.CodexClient)
        yield* client.initialize
        if (outage === "stalled") peer.stall()
        else peer.refuse(503, "restarting")
        peer.drop()
        yield* peer.until("a reconnect attempt", () => peer.upgrades().length >= 2)
        if (outage === "stalled") yield* peer.until("the stalled socket", () => peer.openSockets() === 1)
        const during = yield* Effect.fork(client.request("model/list", {}))
        yield* eventually(
          "the outage request registered",
          Effect.map(CodexClient.diagnostics.pipe(Effect.provide(context)), (d) => d.pendingRequests === 1)
        )
        const startedAt = Date.now()
        yield* Scope.close(scope, Exit.void).pipe(bounded(3000, "closing the scope"))
        assert.isBelow(Date.now() - startedAt, 1000)
        yield* peer.until("no socket left", () => peer.openSockets() === 0 && peer.openWebSockets() === 0, 2000)
        // and it stays so: no attempt after the close (checked over ten reconnect intervals)
        const attempts = peer.upgrades().length
        yield* Effect.suspend(() =>
          peer.upgrades().length === attempts ? Effect.void : Effect.dieMessage("a reconnect attempt after the close")
        ).pipe(Effect.repeat(Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(10)))))
        // the request that waited for the connection
        yield* transportFailure(during, "the request of the outage", 2000)
      }))
  }
})

// ---- 10. unix socket -------------------------------------------------------------------------------

describe("websocket: unix socket", () => {
  it.scopedLive("websocket: unix:///path works against a unix-socket peer", () =>
    Effect.gen(function*() {
      const peer = yield* WsPeer.make({ unix: true })
      assert.match(peer.url, /^unix:\/\/\/.+\.sock$/)
      const { client, context } = yield* connect({ url: peer.url })
      const info = yield* client.initialize
      assert.strictEqual(info.userAgent, Testing.initializeResponse.userAgent)
      const thread = yield* Codex.startThread().pipe(Effect.provide(context))
      assert.match(thread.id, /^thread-/)
      assert.deepStrictEqual(WsPeer.methodsOn(peer, 1), ["initialize", "initialized", "thread/start"])
    }))
})
