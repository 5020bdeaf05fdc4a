/**
 * Per-turn approvals belong to exactly one turn, found by the same attribution that routes the
 * turn's stream (in-memory). Each test has the peer wait for the client's answer before it goes
 * on, so the order of events is the test's, not the scheduler's.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Stream from "effect/Stream"
import type * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import * as Testing from "../src/testing.js"
import { clientWith, n, server, turn, within } from "./support/peer.js"

const accept: Approvals.Handlers = {
  "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const }),
  execCommandApproval: () => Effect.succeed({ decision: "approved" as const })
}
const declineExplicitly: Approvals.Handlers = {
  "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "decline" as const })
}

const commandApproval = (id: string, threadId: string, turnId: string) =>
  Testing.serverRequest(id, "item/commandExecution/requestApproval", {
    threadId,
    turnId,
    itemId: `item-${id}`,
    startedAtMs: 1,
    command: "touch x",
    cwd: "/w",
    commandActions: []
  })

/** A peer that records the client's answers and lets a script wait for one. */
const answerBook = () => {
  const answers = new Map<string, Deferred.Deferred<Testing.ClientAnswerMessage>>()
  const slot = (id: string) => {
    let d = answers.get(id)
    if (d === undefined) {
      d = Deferred.unsafeMake<Testing.ClientAnswerMessage>(FiberId.none)
      answers.set(id, d)
    }
    return d
  }
  /** Sends a server request and waits for the client's answer to it. */
  const ask = (peer: Testing.TestPeer.Service, request: Testing.ServerRequestMessage) =>
    peer.send(request).pipe(Effect.zipRight(Deferred.await(slot(String(request.id)))))
  const record = (script: Testing.TestScript): Testing.TestScript => (message, peer) =>
    message.method === undefined && message.id !== undefined
      ? Deferred.succeed(slot(String(message.id)), message).pipe(Effect.asVoid)
      : script(message, peer)
  return { ask, record, answer: (id: string) => Deferred.await(slot(id)).pipe(within(2000, `the answer to ${id}`)) }
}

/** Each turn asks one command approval (after its turn/start answer) and completes once answered. */
const askingServer = (book: ReturnType<typeof answerBook>, gate?: Deferred.Deferred<void>) =>
  book.record(server({
    turnStart: (m, peer, turnId) => {
      const th = m.params.threadId
      return peer.send({ id: m.id, result: { turn: turn(turnId) } }).pipe(
        Effect.zipRight(gate !== undefined ? Deferred.await(gate) : Effect.void),
        Effect.zipRight(book.ask(peer, commandApproval(`approve-${turnId}`, th, turnId))),
        Effect.zipRight(peer.send(n.completed(th, turnId))),
        Effect.fork,
        Effect.asVoid
      )
    }
  }))

describe("in-memory: per-turn approvals belong to exactly one turn", () => {
  it.live("in-memory: a later turn on the same thread without approvals gets the client's handlers, not the earlier turn's", () => {
    const book = answerBook()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        // the first turn completes, but its handle's scope is still open when the next turn runs
        const first = yield* Codex.turn(t.id, "first", { approvals: accept })
        yield* first.result
        yield* Codex.run(t.id, "second")
      }))
      assert.deepStrictEqual((yield* book.answer(`approve-${t.id}-turn-1`)).result, { decision: "accept" })
      assert.deepStrictEqual((yield* book.answer(`approve-${t.id}-turn-2`)).result, { decision: "decline" })
    }).pipe(Effect.provide(clientWith(askingServer(book))))
  })

  it.live("in-memory: a concurrent run that fails with ThreadBusyError neither removes nor replaces the running turn's handlers", () => {
    const book = answerBook()
    const gate = Deferred.unsafeMake<void>(FiberId.none)
    const started = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const running = yield* Effect.fork(Codex.run(t.id, "first", { approvals: accept }))
      // once the first turn/start is in, a second run on the same thread
      yield* Deferred.await(started).pipe(within(2000, "the first turn/start"))
      const busy = yield* Effect.flip(Codex.run(t.id, "second", { approvals: declineExplicitly }))
      assert.strictEqual(busy._tag, "ThreadBusyError")
      yield* Deferred.succeed(gate, undefined)
      assert.deepStrictEqual((yield* book.answer(`approve-${t.id}-turn-1`)).result, { decision: "accept" })
      yield* Fiber.join(running).pipe(within(2000, "the first turn to complete"))
    }).pipe(Effect.provide(clientWith(book.record(server({
      turnStart: (m, peer) =>
        Deferred.succeed(started, undefined).pipe(Effect.zipRight(askingServer(book, gate)(m, peer)))
    })))))
  })

  it.live("in-memory: a request that arrives before the turn/start answer is answered by that turn's handlers", () => {
    const book = answerBook()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "x", { approvals: accept })
      assert.strictEqual(result.status, "completed")
      assert.deepStrictEqual((yield* book.answer("early")).result, { decision: "accept" })
    }).pipe(Effect.provide(clientWith(book.record(server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        return book.ask(peer, commandApproval("early", th, turnId)).pipe(
          Effect.zipRight(peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.completed(th, turnId))),
          Effect.fork,
          Effect.asVoid
        )
      }
    })))))
  })

  it.live("in-memory: a request naming another turn of the same thread is not answered by this turn's handlers", () => {
    const book = answerBook()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      yield* Codex.run(t.id, "x", { approvals: accept })
      assert.deepStrictEqual((yield* book.answer("stale")).result, { decision: "decline" })
    }).pipe(Effect.provide(clientWith(book.record(server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        return peer.send({ id: m.id, result: { turn: turn(turnId) } }).pipe(
          Effect.zipRight(book.ask(peer, commandApproval("stale", th, "some-older-turn"))),
          Effect.zipRight(peer.send(n.completed(th, turnId))),
          Effect.fork,
          Effect.asVoid
        )
      }
    })))))
  })

  it.live("in-memory: per-turn approvals do not outlive the consumer that gave them", () => {
    const book = answerBook()
    const gate = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      // the consumer leaves while the turn still runs on the server
      yield* Effect.scoped(Codex.turn(t.id, "x", { approvals: accept }))
      yield* Deferred.succeed(gate, undefined)
      assert.deepStrictEqual((yield* book.answer(`approve-${t.id}-turn-1`)).result, { decision: "decline" })
    }).pipe(Effect.provide(clientWith(askingServer(book, gate))))
  })
})

describe("in-memory: one notion of which turn a request belongs to", () => {
  it.live("in-memory: a legacy execCommandApproval (conversationId only) is answered by its turn's handler and appears in its turn's stream", () => {
    const book = answerBook()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const events = Chunk.toReadonlyArray(
        yield* Codex.stream(t.id, "x", { approvals: accept }).pipe(Stream.runCollect, within(2000, "the turn"))
      )
      assert.deepStrictEqual(events.map((e) => `${e._tag}:${e.method}`), [
        "ServerRequest:execCommandApproval",
        "ServerRequestAnswered:execCommandApproval",
        "ServerNotification:turn/completed"
      ])
      assert.deepStrictEqual((yield* book.answer("legacy")).result, { decision: "approved" })
    }).pipe(Effect.provide(clientWith(book.record(server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        return peer.send({ id: m.id, result: { turn: turn(turnId) } }).pipe(
          Effect.zipRight(book.ask(peer, Testing.serverRequest("legacy", "execCommandApproval", {
            conversationId: th,
            callId: "c",
            command: ["touch", "x"],
            cwd: "/w",
            parsedCmd: []
          }))),
          Effect.zipRight(peer.send(n.completed(th, turnId))),
          Effect.fork,
          Effect.asVoid
        )
      }
    })))))
  })
})
