/**
 * The in-memory test double of `effect-codex/testing`, used the way a user's unit test uses it:
 * the server's script is arranged before the body, the body runs the code under test, and the
 * assertions wait for what the client wrote with `awaitSent`, never with a sleep.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"

// ---- the code under test: a user's own function -----------------------------------------------

/** Asks codex for a one-line summary of `text` on a fresh thread, streaming the deltas to `onDelta`. */
const summarize = (text: string, onDelta: (delta: string) => void) =>
  Effect.gen(function*() {
    const thread = yield* Codex.startThread({ model: "gpt-test" })
    const handle = yield* Codex.turn(thread.id, `Summarize in one line: ${text}`)
    yield* handle.stream.pipe(
      Stream.runForEach((event) =>
        event._tag === "ServerNotification" && event.method === "item/agentMessage/delta"
          ? Effect.sync(() => onDelta(event.params.delta))
          : Effect.void
      )
    )
    const result = yield* handle.result
    return result.finalResponse ?? ""
  }).pipe(Effect.scoped)

describe("the in-memory test double", () => {
  it.effect("a user's unit test: the script answers the turn, the test checks the result and what was sent", () => {
    // arrange: a server whose turns stream two deltas, then the final answer, then complete
    const TestCodex = Testing.layerTest(Testing.server({
      turnStart: (request, peer, turnId) => {
        const threadId = request.params.threadId
        return peer.send(
          Testing.reply(request, { turn: Testing.turn(turnId) }),
          Testing.turnStarted(threadId, turnId),
          Testing.agentMessageDelta(threadId, turnId, "Effect is "),
          Testing.agentMessageDelta(threadId, turnId, "a library."),
          Testing.agentMessage(threadId, turnId, "Effect is a library.", "final_answer"),
          Testing.turnCompleted(threadId, turnId)
        )
      }
    }))

    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const deltas: Array<string> = []

      // act
      const summary = yield* summarize("Effect-TS is a TypeScript library for ...", (d) => deltas.push(d))

      // assert: what the user's code returned, and what it made the client write
      assert.strictEqual(summary, "Effect is a library.")
      assert.deepStrictEqual(deltas, ["Effect is ", "a library."])
      const start = yield* peer.awaitSent("thread/start", { timeout: "1 second" })
      assert.strictEqual(start.params.model, "gpt-test")
      const turnStart = yield* peer.awaitSent("turn/start", { timeout: "1 second" })
      assert.deepStrictEqual(turnStart.params.input, [{ type: "text", text: "Summarize in one line: Effect-TS is a TypeScript library for ..." }])
      // a completed turn is never interrupted when its handle is released
      assert.isFalse((yield* peer.sent).some((m) => m.method === "turn/interrupt"))
    }).pipe(Effect.provide(TestCodex))
  })

  it.effect("interrupting the code under test: awaitSent waits for the turn/interrupt, no sleep", () => {
    // arrange: turns start and stay in progress (the default); interrupts are answered (the default)
    const TestCodex = Testing.layerTest()

    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const thread = yield* Codex.startThread()
      const running = yield* Effect.fork(Codex.run(thread.id, "a long task"))
      // the turn/start is out: interrupted before or after its answer arrives, the client must
      // interrupt the turn on the server either way
      const start = yield* peer.awaitSent("turn/start", { timeout: "1 second" })
      assert.strictEqual(start.params.threadId, thread.id)

      yield* Fiber.interrupt(running)

      const interrupt = yield* peer.awaitSent("turn/interrupt", { timeout: "1 second" })
      assert.deepStrictEqual(interrupt.params, { threadId: thread.id, turnId: `${thread.id}-turn-1` })
    }).pipe(Effect.provide(TestCodex))
  })

  it.effect("a server request: the peer asks, awaitSent returns the client's typed answer", () => {
    const TestCodex = Testing.layerTest(Testing.server(), {
      approvals: {
        "item/commandExecution/requestApproval": (params) =>
          Effect.succeed({ decision: params.command === "git status" ? "accept" as const : "decline" as const })
      }
    })

    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      for (const [id, command] of [["a-1", "git status"], ["a-2", "rm -rf /"]] as const) {
        yield* peer.send(Testing.serverRequest(id, "item/commandExecution/requestApproval", {
          threadId: "thread-1",
          turnId: "turn-1",
          itemId: `item-${id}`,
          startedAtMs: 1,
          command,
          cwd: "/work/repo",
          commandActions: []
        }))
      }
      const answerTo = (id: string) =>
        peer.awaitSent((m): m is Testing.ClientAnswerMessage => m.method === undefined && m.id === id, {
          timeout: "1 second",
          what: `the answer to ${id}`
        })
      assert.deepStrictEqual((yield* answerTo("a-1")).result, { decision: "accept" })
      assert.deepStrictEqual((yield* answerTo("a-2")).result, { decision: "decline" })
    }).pipe(Effect.provide(TestCodex))
  })

  it.effect("sentRaw keeps a request id beyond 2^53 digit for digit (sent with a bigint id)", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      yield* peer.send(Testing.serverRequest(9007199254740993n, "currentTime/read", { threadId: "thread-1" }))
      // parsed, the id loses its last digit; the raw line has it
      yield* peer.awaitSent((m) => m.method === undefined && m.id !== undefined, { timeout: "1 second" })
      const answers = (yield* peer.sentRaw).filter((line) => !line.includes("\"method\""))
      assert.strictEqual(answers.length, 1)
      assert.match(answers[0]!, /^\{"id":9007199254740993,/)
    }).pipe(Effect.provide(Testing.layerTest())))

  it.effect("awaitSent, bounded, fails with NotSentError naming what it awaited and what was written", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      const error = yield* Effect.flip(peer.awaitSent("thread/archive", { timeout: "50 millis" }))
      assert.strictEqual(error._tag, "NotSentError")
      assert.strictEqual(error.reason, "Timeout")
      assert.strictEqual(error.message, "the client did not write a thread/archive request within 50 ms; it wrote: initialize, initialized")
      const named = yield* Effect.flip(peer.awaitSent((m) => m.method === "turn/steer", { timeout: "10 millis", what: "a steer" }))
      assert.include(named.message, "did not write a steer within 10 ms")
    }).pipe(Effect.provide(Testing.layerTest())))

  it.effect("awaitSent fails at once when the connection closes first", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      const waiting = yield* Effect.fork(peer.awaitSent("thread/archive"))
      yield* peer.close()
      const exit = yield* Fiber.await(waiting)
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail")
      assert.strictEqual(exit.cause.error.reason, "Closed")
      assert.include(exit.cause.error.message, "a thread/archive request before the connection closed")
    }).pipe(Effect.provide(Testing.layerTest())))
})
