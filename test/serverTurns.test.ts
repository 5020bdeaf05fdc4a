/**
 * Issue 12 item 1, in memory: thread streams (`Codex.threadEvents`) and turns the server starts
 * (`Codex.followTurn`). The test plays the server through the peer, so it decides exactly when
 * each event is routed relative to the client's calls.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import type { TurnEvent } from "../src/TurnRegistry.js"
import * as Testing from "../src/testing.js"
import { consumeInto, takeUntil } from "./support/events.js"
import { clientWith, countSent, type Hooks, n, server, turn, within } from "./support/peer.js"

const APPROVAL = "item/commandExecution/requestApproval" as const
const approval = (id: string, threadId: string, turnId: string) =>
  Testing.serverRequest(id, APPROVAL, {
    threadId,
    turnId,
    itemId: `item-${id}`,
    startedAtMs: 1,
    command: "make",
    cwd: "/w",
    commandActions: []
  })

/** `thread/read` answered with these turns of the thread (the server's view). */
const threadRead = (turns: (threadId: string) => ReadonlyArray<unknown>): Hooks => ({
  other: (request, peer) =>
    request.method === "thread/read"
      ? peer.send(
        Testing.reply(request, {
          thread: { ...Testing.thread(request.params.threadId), turns: turns(request.params.threadId) }
        } as never)
      )
      : undefined
})

/** A thread stream, subscribed now and consumed on a fiber of its own into a queue (scoped). */
const follow = (threadId: string) => Effect.flatMap(Codex.subscribeThread(threadId), consumeInto)

/** Takes events off the queue until one with this method (bounded), returning all taken. */
const until = (events: Queue.Queue<TurnEvent>, method: string) => takeUntil(events, method, "the thread stream")

describe("in-memory: thread streams", () => {
  it.live("a thread's stream carries every event of its turns, in order, and nothing of another thread", () =>
    Effect.gen(function*() {
      const a = yield* Codex.startThread()
      const b = yield* Codex.startThread()
      const subscription = yield* Codex.subscribeThread(a.id)
      const collected = yield* subscription.pipe(
        Stream.takeUntil((event) => event.method === "turn/completed" && (event.params as any).turn.id === "a-2"),
        Stream.runCollect,
        Effect.fork
      )
      yield* Codex.run(a.id, "one")
      yield* Codex.run(b.id, "other thread")
      yield* Codex.run(a.id, "two")
      const events = Chunk.toReadonlyArray(yield* Fiber.join(collected).pipe(within(2000, "the thread stream")))
      const summary = events.map((e) => `${e.method}:${(e.params as any).turn?.id ?? (e.params as any).turnId ?? ""}`)
      assert.deepStrictEqual(summary, [
        "turn/started:a-1",
        "item/completed:a-1",
        "turn/completed:a-1",
        "turn/started:a-2",
        "item/completed:a-2",
        "turn/completed:a-2"
      ])
      assert.isFalse(events.some((e) => (e.params as any).threadId === b.id))
    }).pipe(Effect.scoped, Effect.provide(clientWith(server({
      other: (request, peer) =>
        request.method === "thread/start"
          ? peer.send(Testing.reply(request, Testing.threadResponse(request.id === 2 ? "a" : "b")))
          : undefined,
      turnStart: (request, peer) => {
        const threadId = request.params.threadId
        const turnId = threadId === "a" ? (request.params.input[0] as any).text === "one" ? "a-1" : "a-2" : "b-1"
        return peer.send(
          Testing.reply(request, { turn: turn(turnId) }),
          n.started(threadId, turnId),
          n.item(threadId, turnId, "done", "final_answer"),
          n.completed(threadId, turnId)
        )
      }
    })))))

  it.live("closing the connection ends every thread stream with the reason; one started after the close fails at once", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const running = yield* Effect.fork(Stream.runDrain(yield* Codex.subscribeThread(t.id)))
      yield* peer.close()
      const exit = yield* Fiber.await(running).pipe(within(2000, "the thread stream ends on close"))
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail" && exit.cause.error._tag === "TransportError")
      const late = yield* Effect.exit(Stream.runDrain(Codex.threadEvents(t.id)).pipe(within(2000, "a late thread stream")))
      assert(Exit.isFailure(late) && late.cause._tag === "Fail" && late.cause.error._tag === "TransportError")
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))

  it.live("a consumer that falls turnOverflowLimit events behind ends with TurnBufferFullError (no turnId); the turn goes on", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const first = yield* Deferred.make<void>()
      const release = yield* Deferred.make<void>()
      const slow = yield* (yield* Codex.subscribeThread(t.id)).pipe(
        Stream.mapEffect(() => Effect.zipRight(Deferred.succeed(first, undefined), Deferred.await(release))),
        Stream.runDrain,
        Effect.fork
      )
      yield* peer.send(n.started(t.id, "srv"))
      // the consumer holds the first event and takes no more: 8 fit in the buffer, the 9th does not
      yield* Deferred.await(first).pipe(within(2000, "the consumer took the first event"))
      yield* peer.send(...Array.from({ length: 10 }, () => n.delta(t.id, "srv", "x")))
      // answered after those lines: once it is, they have been routed; then the consumer moves on
      yield* Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))
      yield* Deferred.succeed(release, undefined)
      const exit = yield* Fiber.await(slow).pipe(within(2000, "the slow thread stream ends"))
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail" && exit.cause.error._tag === "TurnBufferFullError")
      assert.strictEqual(exit.cause.error.turnId, "")
      assert.include(exit.cause.error.message, "a thread stream's turns go on")
      assert.strictEqual(yield* countSent("turn/interrupt"), 0, "a thread stream never interrupts a turn")
    }).pipe(Effect.scoped, Effect.provide(clientWith(server(), { turnBufferCapacity: 8, turnOverflowLimit: 8 }))))
})

describe("in-memory: turns the server starts", () => {
  it.live("followed after its first events: the follower gets every event from turn/started on, and the fold is whole", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const { events } = yield* follow(t.id)
      yield* peer.send(
        n.started(t.id, "srv-1"),
        n.delta(t.id, "srv-1", "Hel"),
        n.delta(t.id, "srv-1", "lo"),
        n.item(t.id, "srv-1", "Hello", "final_answer")
      )
      yield* until(events, "item/completed")
      // the turn has run ahead of any follower; now follow it, then let it finish
      const result = yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* Codex.followTurn(t.id, "srv-1")
        yield* peer.send(n.completed(t.id, "srv-1"))
        const streamed = yield* Stream.runCollect(handle.stream)
        assert.deepStrictEqual(
          Chunk.toReadonlyArray(streamed).map((e) => e.method),
          ["turn/started", "item/agentMessage/delta", "item/agentMessage/delta", "item/completed", "turn/completed"]
        )
        return yield* handle.result
      }))
      assert.strictEqual(result.turnId, "srv-1")
      assert.strictEqual(result.finalResponse, "Hello")
      assert.strictEqual(result.status, "completed")
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))

  it.live("while it runs, the thread is busy (ThreadBusyError names it); once the server completes it, the thread is free", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const { events } = yield* follow(t.id)
      yield* peer.send(n.started(t.id, "srv-1"))
      yield* until(events, "turn/started")
      const busy = yield* Effect.flip(Codex.run(t.id, "mine"))
      assert(busy._tag === "ThreadBusyError")
      assert.strictEqual(busy.activeTurnId, "srv-1")
      yield* peer.send(n.completed(t.id, "srv-1"))
      yield* until(events, "turn/completed")
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
      // a late duplicate turn/started of the finished turn registers nothing
      yield* peer.send(n.started(t.id, "srv-1"))
      yield* until(events, "turn/started")
      assert.strictEqual((yield* diagnostics).busyThreads, 0, "a stale turn/started made a phantom turn")
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))

  it.live("one consumer: a second follower gets TurnUnavailableError Consumed, and so does a follower of the client's own turn", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const { events } = yield* follow(t.id)
      yield* peer.send(n.started(t.id, "srv-1"))
      yield* until(events, "turn/started")
      yield* Effect.scoped(Effect.gen(function*() {
        yield* Codex.followTurn(t.id, "srv-1")
        const second = yield* Effect.flip(Codex.followTurn(t.id, "srv-1"))
        assert(second._tag === "TurnUnavailableError")
        assert.strictEqual(second.reason, "Consumed")
      }))
      // the follower left: its events went to it, so nobody can follow the rest losslessly
      const after = yield* Effect.flip(Effect.scoped(Codex.followTurn(t.id, "srv-1")))
      assert(after._tag === "TurnUnavailableError" && after.reason === "Consumed")
      assert.strictEqual(yield* countSent("turn/interrupt"), 0, "leaving a followed turn does not interrupt it")
      yield* peer.send(n.completed(t.id, "srv-1"))
      yield* until(events, "turn/completed")

      yield* Effect.scoped(Effect.gen(function*() {
        const mine = yield* Codex.turn(t.id, "mine")
        const other = yield* Effect.flip(Codex.followTurn(t.id, mine.turnId))
        assert(other._tag === "TurnUnavailableError" && other.reason === "Consumed")
      }))
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))

  it.live("interruptOnLeave: leaving the handle while the turn runs sends turn/interrupt", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const { events } = yield* follow(t.id)
      yield* peer.send(n.started(t.id, "srv-1"))
      yield* until(events, "turn/started")
      yield* Effect.scoped(Codex.followTurn(t.id, "srv-1", { interruptOnLeave: true }))
      const interrupt = yield* peer.awaitSent("turn/interrupt", { timeout: "2 seconds" })
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: "srv-1" })
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))

  it.live("a server turn that overflows before anyone follows it: its buffer goes (Overflowed), the turn is not interrupted", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const client = yield* CodexClient
      const t = yield* Codex.startThread()
      // a request answered after these lines: once it is, they have all been routed
      const routed = client.request("model/list", {})
      const deltas = Array.from({ length: 12 }, () => n.delta(t.id, "srv-1", "x"))
      yield* peer.send(n.started(t.id, "srv-1"), ...deltas, n.item(t.id, "srv-1", "x", "final_answer"))
      yield* routed
      const error = yield* Effect.flip(Effect.scoped(Codex.followTurn(t.id, "srv-1")))
      assert(error._tag === "TurnUnavailableError" && error.reason === "Overflowed")
      assert.strictEqual(yield* countSent("turn/interrupt"), 0)
      assert.strictEqual((yield* diagnostics).busyThreads, 1, "the server's turn still runs")
      yield* peer.send(n.completed(t.id, "srv-1"))
      yield* routed
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
    }).pipe(Effect.scoped, Effect.provide(clientWith(server(), { turnBufferCapacity: 8, turnOverflowLimit: 8 }))))

  it.live("per-follow approvals answer only while followed; before and after, the client's (decline)", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const { events } = yield* follow(t.id)
      yield* peer.send(n.started(t.id, "srv-1"), approval("before", t.id, "srv-1"))
      const before = yield* peer.awaitSent((m) => m.method === undefined && m.id === "before", { timeout: "2 seconds" })
      assert.deepStrictEqual((before as any).result, { decision: "decline" })
      yield* Effect.scoped(Effect.gen(function*() {
        yield* Codex.followTurn(t.id, "srv-1", {
          approvals: { [APPROVAL]: () => Effect.succeed({ decision: "accept" as const }) }
        })
        yield* peer.send(approval("during", t.id, "srv-1"))
        const during = yield* peer.awaitSent((m) => m.method === undefined && m.id === "during", { timeout: "2 seconds" })
        assert.deepStrictEqual((during as any).result, { decision: "accept" })
      }))
      yield* peer.send(approval("after", t.id, "srv-1"))
      const after = yield* peer.awaitSent((m) => m.method === undefined && m.id === "after", { timeout: "2 seconds" })
      assert.deepStrictEqual((after as any).result, { decision: "decline" }, "per-follow approvals outlived the follower")
      void events
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))

  it.live("closing the connection fails a follower's stream and result with the reason", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const { events } = yield* follow(t.id)
      yield* peer.send(n.started(t.id, "srv-1"))
      yield* until(events, "turn/started")
      const exit = yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* Codex.followTurn(t.id, "srv-1")
        const result = yield* Effect.fork(handle.result)
        yield* peer.close()
        return yield* Fiber.await(result).pipe(within(2000, "the follower's result after the close"))
      }))
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail" && exit.cause.error._tag === "TransportError")
    }).pipe(Effect.scoped, Effect.provide(clientWith(server()))))
})

/** The thread/read of the last test, held by the server until the test answers it. */
const threadReadAsked = Deferred.unsafeMake<Testing.ClientRequestMessage<"thread/read">>(FiberId.none)

describe("in-memory: following a turn this client never saw start", () => {
  it.live("an unknown id: TurnUnavailableError NotFound, and the thread is left free", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(Effect.scoped(Codex.followTurn(t.id, "nope")))
      assert(error._tag === "TurnUnavailableError" && error.reason === "NotFound")
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
      assert.strictEqual((yield* Codex.run(t.id, "now")).status, "completed")
    }).pipe(Effect.provide(clientWith(server({
      ...threadRead(() => []),
      turnStart: (request, peer, turnId) =>
        peer.send(Testing.reply(request, { turn: turn(turnId) }), n.completed(request.params.threadId, turnId))
    })))))

  it.live("a turn that is already over: its completion and its items, from thread/read", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* Effect.scoped(Effect.flatMap(Codex.followTurn(t.id, "old"), (handle) => handle.result))
      assert.strictEqual(result.status, "completed")
      assert.strictEqual(result.finalResponse, "from before")
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
    }).pipe(Effect.provide(clientWith(server(threadRead(() => [{
      ...turn("old", "completed"),
      items: [{ type: "agentMessage", id: "m1", text: "from before", phase: "final_answer" }]
    }]))))))

  it.live("a turn still running: followed from now on, and events routed while the server was asked are kept", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handleFiber = yield* Effect.fork(Effect.scoped(Effect.gen(function*() {
        const handle = yield* Codex.followTurn(t.id, "running")
        return yield* handle.result
      })))
      const request = yield* Deferred.await(threadReadAsked).pipe(within(2000, "thread/read"))
      // an event of the turn arrives before the server's answer to thread/read
      yield* peer.send(n.item(t.id, "running", "early bird", "final_answer"))
      yield* peer.send(Testing.reply(request, {
        thread: { ...Testing.thread(t.id), turns: [turn("running")] }
      } as never))
      yield* peer.send(n.completed(t.id, "running"))
      const result = yield* Fiber.join(handleFiber).pipe(within(2000, "the followed turn's result"))
      assert.strictEqual(result.finalResponse, "early bird")
    }).pipe(Effect.provide(clientWith(server({
      other: (request) =>
        request.method === "thread/read" ? Deferred.succeed(threadReadAsked, request).pipe(Effect.asVoid) : undefined
    })))))
})

