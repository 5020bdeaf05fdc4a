/**
 * Issue 5, in-memory: overload retry (on the TestClock), bad input from the server, leak counts.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as Chunk from "effect/Chunk"
import * as Logger from "effect/Logger"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import { RpcError } from "../src/CodexError.js"
import * as RpcRouter from "../src/RpcRouter.js"
import * as Schedule from "effect/Schedule"
import * as Duration from "effect/Duration"
import * as TestClock from "effect/TestClock"
import * as Codex from "../src/Codex.js"
import type { RpcErrorObject } from "../src/internal/codec.js"
import * as Testing from "../src/testing.js"
import { clientWith, countSent, n, server, within } from "./support/peer.js"

const overloaded = { code: -32001, message: "Server overloaded; retry later." }

/** Answers model/list with `failures` errors first, then a result; thread/list always. */
const flaky = (failures: number, error: RpcErrorObject = overloaded) => {
  let calls = 0
  return server({
    other: (m, peer) => {
      switch (m.method) {
        case "model/list":
          return ++calls <= failures ? peer.send(Testing.replyError(m, error)) : peer.send(Testing.reply(m, { data: [] }))
        case "thread/list":
          return peer.send(Testing.reply(m, { data: [], nextCursor: null }))
        default:
          return undefined
      }
    }
  })
}

/**
 * Runs `model/list` through `attempts` attempts, moving the TestClock past each retry delay (the
 * overload schedule runs on Effect's Clock), and returns how the call ended.
 */
const modelListOver = (attempts: number) =>
  Effect.gen(function*() {
    const client = yield* CodexClient
    const peer = yield* Testing.TestPeer
    const running = yield* Effect.fork(client.request("model/list", {}))
    let last = 0
    for (let attempt = 1; attempt < attempts; attempt++) {
      const sent = yield* peer.awaitSent(
        (m): m is Testing.ClientRequestMessage<"model/list"> => m.method === "model/list" && m.id > last,
        { timeout: "1 second", what: `model/list attempt ${attempt}` }
      )
      last = sent.id
      // the reader routes in order: once this is answered, the attempt's error was routed before
      // it, and the caller waiting on it has started its retry delay
      yield* client.request("thread/list", {})
      yield* TestClock.adjust("3 seconds")
    }
    return yield* Fiber.await(running).pipe(within(1000, `model/list to end after ${attempts} attempts`))
  })

describe("in-memory: overload", () => {
  it.effect("-32001 is retried with backoff until it succeeds", () =>
    Effect.gen(function*() {
      const exit = yield* modelListOver(3)
      assert(Exit.isSuccess(exit), "the call failed")
      assert.deepStrictEqual(exit.value.data, [])
      assert.strictEqual(yield* countSent("model/list"), 3)
    }).pipe(Effect.provide(clientWith(flaky(2)))))

  it.effect("not before its delay: the first retry waits about 250 ms of clock time", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      const running = yield* Effect.fork(client.request("model/list", {}))
      yield* peer.awaitSent("model/list", { timeout: "1 second" })
      yield* client.request("thread/list", {})
      yield* TestClock.adjust("199 millis") // below 250 ms - 20 %
      yield* client.request("thread/list", {})
      assert.strictEqual(yield* countSent("model/list"), 1, "retried before its delay")
      yield* TestClock.adjust("101 millis") // past 250 ms + 20 %
      yield* Fiber.join(running).pipe(within(1000, "the retry to succeed"))
      assert.strictEqual(yield* countSent("model/list"), 2)
    }).pipe(Effect.provide(clientWith(flaky(1)))))

  it.effect("gives up after the configured attempts, saying how many, marked retryable", () =>
    Effect.gen(function*() {
      const exit = yield* modelListOver(4)
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail", "expected a typed failure")
      const error = exit.cause.error
      assert(error._tag === "RpcError")
      assert.strictEqual(error.code, -32001)
      assert.strictEqual(error.attempts, 4)
      assert.isTrue(error.retryable)
      assert.include(error.message, "after 4 attempts")
      assert.strictEqual(yield* countSent("model/list"), 4)
    }).pipe(Effect.provide(clientWith(flaky(100)))))

  it.effect("an error marked serverOverloaded is retried too", () =>
    Effect.gen(function*() {
      const exit = yield* modelListOver(2)
      assert(Exit.isSuccess(exit), "the call failed")
      assert.strictEqual(yield* countSent("model/list"), 2)
    }).pipe(Effect.provide(clientWith(
      flaky(1, { code: -32000, message: "busy", data: { codexErrorInfo: "serverOverloaded" } })
    ))))

  it.effect("no other error is retried", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* CodexClient).request("model/list", {}))
      assert(error._tag === "RpcError")
      assert.isFalse(error.retryable)
      assert.strictEqual(error.attempts, undefined)
      assert.strictEqual(yield* countSent("model/list"), 1)
    }).pipe(Effect.provide(clientWith(flaky(100, { code: -32600, message: "bad request" })))))

  it.effect("retry can be turned off", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip((yield* CodexClient).request("model/list", {}))
      assert(error._tag === "RpcError")
      assert.strictEqual(yield* countSent("model/list"), 1)
    }).pipe(Effect.provide(clientWith(flaky(100), { retry: false }))))

  it.effect("the default schedule: 3 retries after ~250, ~500, ~1000 ms (±20 %), capped at 2 s", () =>
    Effect.gen(function*() {
      const error = RpcError.fromWire("m", overloaded)
      // Schedule.run also emits the output of the step that stops; the recurrences come before it
      const delaysOf = (schedule: Schedule.Schedule<unknown, any>) =>
        Effect.map(
          Schedule.run(Schedule.delays(schedule), 0, Array(10).fill(error)),
          (out) => Chunk.toReadonlyArray(out).map(Duration.toMillis).slice(0, -1)
        )
      const delays = yield* delaysOf(RpcRouter.overloadSchedule())
      assert.strictEqual(delays.length, 3)
      for (const [i, base] of [250, 500, 1000].entries()) {
        assert.isAtLeast(delays[i]!, base * 0.8)
        assert.isAtMost(delays[i]!, base * 1.2)
      }
      const long = yield* delaysOf(RpcRouter.overloadSchedule({ attempts: 8, jitter: 0 }))
      assert.deepStrictEqual(long, [250, 500, 1000, 2000, 2000, 2000, 2000])
      const other = yield* Schedule.run(RpcRouter.overloadSchedule(), 0, [RpcError.fromWire("m", { code: 1, message: "x" })])
      assert.strictEqual(Chunk.size(other), 1, "stops at once: only the final output")
    }))
})

describe("in-memory: bad input from the server", () => {
  const collectLogs = () => {
    const lines: Array<string> = []
    const logger = Logger.make(({ message }) => {
      lines.push(Array.isArray(message) ? message.join(" ") : String(message))
    })
    return { lines, layer: Logger.replace(Logger.defaultLogger, logger) }
  }

  it.scopedLive("non-JSON lines are skipped and logged (redacted, bounded); more than the limit in a row fail the connection", () => {
    const logs = collectLogs()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      yield* client.initialize
      yield* peer.sendRaw("starting up with key sk-abcdefghijklmnopqrstuvwx\n" + "x".repeat(10_000) + "\n")
      // valid traffic around them is unaffected
      assert.deepStrictEqual((yield* client.request("model/list", {})).data, [])
      assert.strictEqual(logs.lines.filter((l) => l.includes("not a protocol message")).length, 2)
      assert(logs.lines.every((l) => !l.includes("abcdefghijklmnop")), "secrets are redacted from logs")
      assert(logs.lines.every((l) => l.length < 1000), "logged excerpts are bounded")
      // 5 in a row: over the limit of 4 whatever the clock says
      yield* peer.sendRaw("junk\n".repeat(5))
      const error = yield* Effect.flip(client.request("model/list", {}))
      assert(error._tag === "ProtocolError")
      assert.strictEqual(error.reason, "TooManyInvalidLines")
    }).pipe(Effect.provide(clientWith(server(), { maxInvalidLines: 4 })), Effect.provide(logs.layer))
  })

  it.scopedLive("responses to unknown ids, duplicates, unknown and invalid notifications disturb nothing", () => {
    const logs = collectLogs()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* Codex.turn(t.id, "x")
      const events = yield* Effect.fork(Stream.runCollect(handle.stream))
      // all in one read; what no typed message can be goes as raw lines
      yield* peer.sendRaw([
        { id: 999, result: {} }, // unknown id
        { id: 2, result: { thread: {} } }, // duplicate of thread/start's answer
        { method: "brand/new", params: {} },
        { method: "turn/started", params: { threadId: t.id, turn: { id: 5 } } }, // invalid payload
        n.delta(t.id, handle.turnId, "still here"),
        n.completed(t.id, handle.turnId)
      ].map((m) => JSON.stringify(m) + "\n").join(""))
      const got = Chunk.toReadonlyArray(yield* Fiber.join(events))
      assert.deepStrictEqual(got.map((e) => e.method), ["item/agentMessage/delta", "turn/completed"])
      assert.deepStrictEqual((yield* client.request("model/list", {})).data, [])
      assert.strictEqual(logs.lines.filter((l) => l.includes("unknown or expired request id")).length, 2)
      assert.deepStrictEqual(yield* diagnostics, { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 })
    }).pipe(Effect.provide(clientWith(server())), Effect.provide(logs.layer))
  })
})


/**
 * `turn/start` refused with -32001 `failures` times, then started; a started turn answers its
 * text and completes at once.
 */
const flakyTurns = (failures: number) => {
  let calls = 0
  return server({
    turnStart: (m, peer, turnId) =>
      ++calls <= failures
        ? peer.send(Testing.replyError(m, overloaded))
        : Effect.forEach([
          Testing.reply(m, { turn: Testing.turn(turnId, "inProgress") }),
          Testing.turnStarted(m.params.threadId, turnId),
          Testing.agentMessage(m.params.threadId, turnId, "started at last"),
          Testing.turnCompleted(m.params.threadId, turnId)
        ], (line) => peer.send(line), { discard: true }),
    other: (m, peer) => m.method === "thread/list" ? peer.send(Testing.reply(m, { data: [], nextCursor: null })) : undefined
  })
}

/** Runs a turn through `attempts` refused `turn/start`s, moving the TestClock past each delay. */
const runOver = (attempts: number) =>
  Effect.gen(function*() {
    const client = yield* CodexClient
    const peer = yield* Testing.TestPeer
    const running = yield* Effect.fork(Codex.run("thread-1", "hello"))
    let last = 0
    for (let attempt = 1; attempt < attempts; attempt++) {
      const sent = yield* peer.awaitSent(
        (m): m is Testing.ClientRequestMessage<"turn/start"> => m.method === "turn/start" && m.id > last,
        { timeout: "1 second", what: `turn/start attempt ${attempt}` }
      )
      last = sent.id
      yield* client.request("thread/list", {})
      yield* TestClock.adjust("3 seconds")
    }
    return yield* Fiber.await(running).pipe(within(1000, `the turn to end after ${attempts} attempts`))
  })

describe("in-memory: overloaded turn/start", () => {
  it.effect("a turn/start refused with -32001 and then accepted runs the turn (the retry keeps the turn registered)", () =>
    Effect.gen(function*() {
      const exit = yield* runOver(3)
      assert(Exit.isSuccess(exit), `the turn failed: ${Exit.isFailure(exit) ? String(exit.cause) : ""}`)
      assert.strictEqual(exit.value.finalResponse, "started at last")
      assert.strictEqual(yield* countSent("turn/start"), 3)
      const left = yield* diagnostics
      assert.strictEqual(left.busyThreads, 0)
      assert.strictEqual(left.turns, 0)
    }).pipe(Effect.provide(clientWith(flakyTurns(2)))))

  it.effect("a turn/start refused until the retry gives up fails with the RpcError and frees the thread", () =>
    Effect.gen(function*() {
      const exit = yield* runOver(4)
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail", "expected a typed failure")
      const error = exit.cause.error
      assert(error._tag === "RpcError")
      assert.strictEqual(error.attempts, 4)
      const left = yield* diagnostics
      assert.strictEqual(left.busyThreads, 0, "the thread is free again")
      assert.strictEqual(left.pendingRequests, 0)
    }).pipe(Effect.provide(clientWith(flakyTurns(100)))))

  it.effect("a caller interrupted between attempts leaves the thread free", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      const running = yield* Effect.fork(Codex.run("thread-1", "hello"))
      yield* peer.awaitSent("turn/start", { timeout: "1 second" })
      yield* client.request("thread/list", {}) // the refusal was routed: the caller waits for its retry
      yield* Fiber.interrupt(running)
      const left = yield* diagnostics
      assert.strictEqual(left.busyThreads, 0, "the thread is free again")
      assert.strictEqual(left.turns, 0)
      assert.strictEqual(left.pendingRequests, 0)
    }).pipe(Effect.provide(clientWith(flakyTurns(100)))))
})
