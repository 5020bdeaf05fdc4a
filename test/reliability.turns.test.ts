/**
 * Issue 9, items 4 to 10, in memory: turns that are still starting, buffers that fill,
 * streams left early, consumers that call back into the client, events that arrive early, newer
 * servers, and `turn/completed` that never comes.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import type { RunError } from "../src/CodexError.js"
import * as Testing from "../src/testing.js"
import {
  clientWith,
  completedWithStatus,
  countSent,
  n,
  rawLines,
  sentRequests,
  server,
  textOf,
  thread,
  turn,
  within
} from "./support/peer.js"

/** Once the reader has answered this, it has routed everything the peer sent before it. */
const roundTrip = Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))

/** The typed error `self` fails with; a success or a defect fails the test. */
const failureOf = <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<E, never, R> => Effect.map(Effect.exit(self), errorOf)

const errorOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "expected a failure")
  assert(exit.cause._tag === "Fail", `expected a typed failure, got ${exit.cause._tag}`)
  return exit.cause.error
}

// ---- item 4 --------------------------------------------------------------------------------------

describe("in-memory: a turn that is still starting", () => {
  /**
   * turn/start for "orphan" is answered only when `release` completes (on a fiber of its own, so
   * the peer keeps answering everything else); any other turn completes at once with "fresh".
   */
  const lateStart = () => {
    const startReceived = Deferred.unsafeMake<any>(FiberId.none)
    const release = Deferred.unsafeMake<void>(FiberId.none)
    const interruptReceived = Deferred.unsafeMake<any>(FiberId.none)
    const orphanTurnId = Deferred.unsafeMake<string>(FiberId.none)
    const script = server({
      turnStart: (m, peer, turnId) =>
        textOf(m) === "orphan"
          ? Deferred.succeed(startReceived, m).pipe(
            Effect.zipRight(Deferred.succeed(orphanTurnId, turnId)),
            Effect.zipRight(
              Effect.fork(Deferred.await(release).pipe(Effect.zipRight(peer.send({ id: m.id, result: { turn: turn(turnId) } }))))
            ),
            Effect.asVoid
          )
          : peer.send(
            { id: m.id, result: { turn: turn(turnId) } },
            n.item(m.params.threadId, turnId, "fresh"),
            n.completed(m.params.threadId, turnId)
          ),
      other: (m, peer) =>
        m.method === "turn/interrupt"
          ? Deferred.succeed(interruptReceived, m).pipe(Effect.zipRight(peer.send({ id: m.id, result: {} })))
          : undefined
    })
    return { script, startReceived, release, interruptReceived, orphanTurnId }
  }

  const orphanScenario = (
    giveUp: (threadId: string, peerSaw: Deferred.Deferred<any>) => Effect.Effect<void, any, CodexClient>
  ) => {
    const s = lateStart()
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      yield* giveUp(t.id, s.startReceived)

      // the orphan's turn/start is still in flight: the thread is not free yet
      const early = yield* failureOf(Codex.run(t.id, "second")).pipe(within(1000, "a run while the orphan starts to fail"))
      assert.strictEqual(early._tag, "ThreadBusyError", "a new turn started while the abandoned turn/start was in flight")
      assert.strictEqual(yield* countSent("turn/start"), 1, "no second turn/start may be written while the first is in flight")

      // the server answers late: the client must interrupt exactly that turn
      yield* Deferred.succeed(s.release, undefined)
      const orphan = yield* Deferred.await(s.orphanTurnId)
      const interrupt = yield* Deferred.await(s.interruptReceived).pipe(
        within(1000, "turn/interrupt for the turn whose turn/start was answered after its caller gave up")
      )
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: orphan })

      // and the thread stays busy until the server completes it
      const busy = yield* failureOf(Codex.run(t.id, "second")).pipe(within(1000, "a run before the orphan completed to fail"))
      assert(busy._tag === "ThreadBusyError", `expected ThreadBusyError, got ${busy._tag}`)
      assert.strictEqual(busy.activeTurnId, orphan)
      assert.strictEqual(yield* countSent("turn/start"), 1)

      yield* peer.send(n.completed(t.id, orphan, "interrupted"))
      yield* roundTrip
      const next = yield* Codex.run(t.id, "second").pipe(within(1000, "the next turn after the orphan completed"))
      assert.strictEqual(next.finalResponse, "fresh")
      assert.strictEqual(yield* countSent("turn/interrupt"), 1, "exactly one turn/interrupt for the orphan")
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
    }).pipe(Effect.provide(clientWith(s.script)))
  }

  it.live("in-memory: interrupting Codex.run while turn/start is in flight: the late turn is interrupted on the server and holds its thread until it completes", () =>
    orphanScenario((threadId, startReceived) =>
      Effect.gen(function*() {
        const running = yield* Effect.fork(Codex.run(threadId, "orphan"))
        yield* Deferred.await(startReceived).pipe(within(1000, "turn/start to reach the peer"))
        yield* Fiber.interrupt(running).pipe(within(1000, "interrupting a run whose turn/start is in flight"))
      })
    ))

  it.live("in-memory: startTimeout expiring while turn/start is in flight: the late turn is interrupted on the server and holds its thread until it completes", () =>
    orphanScenario((threadId) =>
      Effect.gen(function*() {
        const error = yield* failureOf(Codex.run(threadId, "orphan", { startTimeout: "100 millis" })).pipe(
          within(1000, "the start timeout to expire")
        )
        assert(error._tag === "RequestTimeoutError", `expected RequestTimeoutError, got ${error._tag}`)
        assert.strictEqual(error.method, "turn/start")
      })
    ))

  // issue 13: the scope-free paths of runForEach and stream, and the scoped path of Codex.turn

  it.live("in-memory: interrupting Codex.runForEach while turn/start is in flight: the late turn is interrupted on the server and holds its thread until it completes; f is never called", () => {
    let calls = 0
    return orphanScenario((threadId, startReceived) =>
      Effect.gen(function*() {
        const running = yield* Effect.fork(Codex.runForEach(threadId, "orphan", () => Effect.sync(() => void calls++)))
        yield* Deferred.await(startReceived).pipe(within(1000, "turn/start to reach the peer"))
        yield* Fiber.interrupt(running).pipe(within(1000, "interrupting a runForEach whose turn/start is in flight"))
      })
    ).pipe(Effect.tap(() => assert.strictEqual(calls, 0, "f was called for an abandoned turn")))
  })

  it.live("in-memory: interrupting a Codex.stream consumer while turn/start is in flight: the late turn is interrupted on the server and holds its thread until it completes", () => {
    let events = 0
    return orphanScenario((threadId, startReceived) =>
      Effect.gen(function*() {
        const running = yield* Effect.fork(Stream.runForEach(Codex.stream(threadId, "orphan"), () => Effect.sync(() => void events++)))
        yield* Deferred.await(startReceived).pipe(within(1000, "turn/start to reach the peer"))
        yield* Fiber.interrupt(running).pipe(within(1000, "interrupting a stream whose turn/start is in flight"))
      })
    ).pipe(Effect.tap(() => assert.strictEqual(events, 0, "the stream emitted for an abandoned turn")))
  })

  it.live("in-memory: closing a Codex.turn scope (interrupted) while turn/start is in flight: the late turn is interrupted on the server and holds its thread until it completes", () =>
    orphanScenario((threadId, startReceived) =>
      Effect.gen(function*() {
        const running = yield* Effect.fork(Effect.scoped(Codex.turn(threadId, "orphan")))
        yield* Deferred.await(startReceived).pipe(within(1000, "turn/start to reach the peer"))
        yield* Fiber.interrupt(running).pipe(within(1000, "interrupting a Codex.turn whose turn/start is in flight"))
      })
    ))

  const startTimeoutConsumers: ReadonlyArray<readonly [string, (threadId: string) => Effect.Effect<unknown, RunError, CodexClient>]> = [
    ["Codex.runForEach", (threadId) => Codex.runForEach(threadId, "orphan", () => Effect.void, { startTimeout: "100 millis" })],
    ["Codex.stream", (threadId) => Stream.runDrain(Codex.stream(threadId, "orphan", { startTimeout: "100 millis" }))]
  ]
  for (const [name, consume] of startTimeoutConsumers) {
    it.live(`in-memory: startTimeout expiring while turn/start is in flight (${name}): the late turn is interrupted on the server and holds its thread until it completes`, () =>
      orphanScenario((threadId) =>
        Effect.gen(function*() {
          const error = yield* failureOf(consume(threadId)).pipe(within(1000, "the start timeout to expire"))
          assert(error._tag === "RequestTimeoutError", `expected RequestTimeoutError, got ${error._tag}`)
          assert.strictEqual(error.method, "turn/start")
        })
      ))
  }
})

describe("in-memory: a turn interrupted before the server made it active", () => {
  /**
   * Like codex 0.169.0: turn/start is answered before the turn is active; the turn becomes active
   * (turn/started) about 100 ms later, and until then turn/interrupt is refused with -32600 "no
   * active turn to interrupt" (and the turn then runs to its end). An accepted interrupt completes
   * the turn as interrupted. turn/start for "orphan" is answered only once `release` completes.
   */
  const codexLike = () => {
    const release = Deferred.unsafeMake<void>(FiberId.none)
    const accepted = Deferred.unsafeMake<any>(FiberId.none)
    const active = new Set<string>()
    let refused = 0
    const script = server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        if (textOf(m) === "next") {
          return peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.started(th, turnId), n.item(th, turnId, "next answer"), n.completed(th, turnId))
        }
        const late = textOf(m) === "orphan" ? Deferred.await(release) : Effect.void
        return late.pipe(
          Effect.zipRight(peer.send({ id: m.id, result: { turn: turn(turnId) } })),
          // the scenario: codex makes the turn active about 100 ms after it answered turn/start
          Effect.zipRight(Effect.sleep("100 millis")),
          Effect.zipRight(Effect.suspend(() => {
            active.add(turnId)
            return peer.send(n.started(th, turnId))
          })),
          Effect.fork,
          Effect.asVoid
        )
      },
      other: (m, peer) => {
        if (m.method !== "turn/interrupt") return undefined
        if (!active.has(m.params.turnId)) {
          refused++
          return peer.send({ id: m.id, error: { code: -32600, message: "no active turn to interrupt" } })
        }
        return Deferred.succeed(accepted, m).pipe(
          Effect.zipRight(peer.send({ id: m.id, result: {} }, n.completed(m.params.threadId, m.params.turnId, "interrupted")))
        )
      }
    })
    return { script, release, accepted, refused: () => refused }
  }

  it.live("in-memory: an orphan whose late turn/start answer comes before the turn is active (early interrupts refused, as codex does) is still interrupted", () => {
    const s = codexLike()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* failureOf(Codex.run(t.id, "orphan", { startTimeout: "100 millis" })).pipe(within(1000, "the start timeout"))
      assert.strictEqual(error._tag, "RequestTimeoutError")
      yield* Deferred.succeed(s.release, undefined)
      const interrupt = yield* Deferred.await(s.accepted).pipe(
        within(2000, "an accepted turn/interrupt for the orphan once the server made it active")
      )
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: `${t.id}-turn-1` })
      yield* roundTrip
      const next = yield* Codex.run(t.id, "next").pipe(within(1000, "the next turn after the orphan was interrupted"))
      assert.strictEqual(next.finalResponse, "next answer")
    }).pipe(Effect.provide(clientWith(s.script)))
  })

  it.live("in-memory: a turn handle released right after turn/start was answered, before the turn is active, still gets the turn interrupted", () => {
    const s = codexLike()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const turnId = yield* Effect.scoped(Effect.map(Codex.turn(t.id, "x"), (handle) => handle.turnId)).pipe(
        within(1000, "Codex.turn to start and its scope to close")
      )
      const interrupt = yield* Deferred.await(s.accepted).pipe(
        within(2000, "an accepted turn/interrupt once the server made the released turn active")
      )
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId })
      yield* roundTrip
      const next = yield* Codex.run(t.id, "next").pipe(within(1000, "the next turn after the released one was interrupted"))
      assert.strictEqual(next.finalResponse, "next answer")
    }).pipe(Effect.provide(clientWith(s.script)))
  })
})

// ---- item 5 --------------------------------------------------------------------------------------

describe("in-memory: a turn the client gives up on", () => {
  it.live(`in-memory: onTurnBufferFull "fail": the failed turn is sent turn/interrupt; its thread stays busy until the server completes it`, () => {
    const interruptReceived = Deferred.unsafeMake<any>(FiberId.none)
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        const stalled = yield* Codex.turn(t.id, "flood") // nobody reads it
        const error = yield* failureOf(Stream.runDrain(stalled.stream)).pipe(within(1000, "the overfull turn to fail"))
        assert(error._tag === "TurnBufferFullError", `expected TurnBufferFullError, got ${error._tag}`)
        assert.deepStrictEqual([error.threadId, error.turnId], [t.id, stalled.turnId])
        // the client gave up on the turn: the server must hear of it while the handle is still held
        const interrupt = yield* Deferred.await(interruptReceived).pipe(within(1000, "turn/interrupt for the failed turn"))
        assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: stalled.turnId })
      }))
      const turnId = `${t.id}-turn-1`
      const busy = yield* failureOf(Codex.run(t.id, "again")).pipe(within(1000, "a run on the busy thread to fail"))
      assert(busy._tag === "ThreadBusyError", `expected ThreadBusyError, got ${busy._tag}`)
      assert.strictEqual(busy.activeTurnId, turnId)
      yield* peer.send(n.completed(t.id, turnId, "interrupted"))
      yield* roundTrip
      const again = yield* Codex.run(t.id, "again").pipe(within(1000, "the next turn after the failed one completed"))
      assert.strictEqual(again.status, "completed")
      assert.strictEqual(yield* countSent("turn/interrupt"), 1)
      assert.strictEqual((yield* diagnostics).busyThreads, 0)
    }).pipe(Effect.provide(clientWith(
      server({
        turnStart: (m, peer, turnId) => {
          const th = m.params.threadId
          if (textOf(m) === "flood") {
            const deltas = Array.from({ length: 50 }, (_, i) => n.delta(th, turnId, `d${i}`))
            return peer.send({ id: m.id, result: { turn: turn(turnId) } }, ...deltas)
          }
          return peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.completed(th, turnId))
        },
        other: (m, peer) =>
          m.method === "turn/interrupt"
            ? Deferred.succeed(interruptReceived, m).pipe(Effect.zipRight(peer.send({ id: m.id, result: {} })))
            : undefined
      }),
      { turnBufferCapacity: 4, onTurnBufferFull: "fail" }
    )))
  })
})

// ---- item 6 --------------------------------------------------------------------------------------

describe("in-memory: leaving a stream early", () => {
  it.live("in-memory: Stream.take(3) on a turn flooding 10,000 deltas returns within 200 ms; a concurrent request is answered meanwhile", () => {
    const modelList = Deferred.unsafeMake<Fiber.Fiber<unknown, unknown>>(FiberId.none)
    // the flood is built before the clock starts: only the client's work is measured
    let flood = ""
    return Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.initialize
      const t = yield* Codex.startThread()
      const turnId = `${t.id}-turn-1`
      flood = Array.from({ length: 10_000 }, (_, i) => JSON.stringify(n.delta(t.id, turnId, `d${i}`)) + "\n").join("")
      // what is measured is the leaving: from the third event to the stream's return (routing
      // the flood itself is bounded by the 3 s below, and by the bench, not by this assertion)
      let third = 0
      const taken = yield* Codex.stream(t.id, "x").pipe(
        Stream.tap(() =>
          Effect.flatMap(Deferred.isDone(modelList), (done) =>
            done ? Effect.void : Effect.flatMap(Effect.forkDaemon(client.request("model/list", {})), (f) => Deferred.succeed(modelList, f)))
        ),
        Stream.take(3),
        Stream.tap(() => Effect.sync(() => (third = Date.now()))),
        Stream.runCollect,
        within(3000, "Stream.take(3) to return")
      )
      const took = Date.now() - third
      assert.deepStrictEqual(Chunk.toReadonlyArray(taken).map((e: any) => e.params.delta), ["d0", "d1", "d2"])
      assert.isBelow(took, 200, `leaving the stream took ${took} ms`)
      const models = yield* Fiber.join(yield* Deferred.await(modelList)).pipe(
        within(1000, "model/list, sent from another fiber while the turn flooded, to be answered")
      )
      assert.deepStrictEqual((models as any).data, [])
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) => peer.sendRaw(JSON.stringify({ id: m.id, result: { turn: turn(turnId) } }) + "\n" + flood)
    }))))
  })
})

// ---- item 7 --------------------------------------------------------------------------------------

describe("in-memory: a consumer that calls the client from inside its stream", () => {
  for (const policy of ["overflow (the default)", "suspend (an alias of overflow)"] as const) {
    it.live(`in-memory: ${policy}, a 16-event buffer and 1,000 deltas already sent: request, steer and interrupt from the first event are answered; nothing is lost`, () =>
      Effect.gen(function*() {
        const client = yield* CodexClient
        const t = yield* Codex.startThread()
        const calls: Array<string> = []
        const events = yield* Effect.scoped(Effect.gen(function*() {
          const handle = yield* Codex.turn(t.id, "x")
          let first = true
          return yield* handle.stream.pipe(
            Stream.tap(() => {
              if (!first) return Effect.void
              first = false
              return Effect.gen(function*() {
                const models = yield* client.request("model/list", {})
                calls.push(`model/list:${models.data.length}`)
                const steered = yield* handle.steer("more")
                calls.push(`steer:${steered.turnId === handle.turnId}`)
                yield* handle.interrupt
                calls.push("interrupt")
              })
            }),
            Stream.runCollect
          )
        })).pipe(within(3000, "the consumer's own calls to be answered and its turn to end"))
        assert.deepStrictEqual(calls, ["model/list:0", "steer:true", "interrupt"])
        const all = Chunk.toReadonlyArray(events) as Array<any>
        const deltas = all.filter((e) => e.method === "item/agentMessage/delta").map((e) => e.params.delta)
        assert.deepStrictEqual(deltas, Array.from({ length: 1000 }, (_, i) => `d${i}`), "every delta, in order")
        assert.strictEqual(all.at(-1)?.method, "turn/completed")
        assert.strictEqual(all.at(-1)?.params.turn.status, "interrupted")
      }).pipe(Effect.provide(clientWith(
        server({
          turnStart: (m, peer, turnId) => {
            const th = m.params.threadId
            const deltas = Array.from({ length: 1000 }, (_, i) => n.delta(th, turnId, `d${i}`))
            return peer.send({ id: m.id, result: { turn: turn(turnId) } }, ...deltas)
          },
          other: (m, peer) => {
            switch (m.method) {
              case "turn/steer":
                return peer.send({ id: m.id, result: { turnId: m.params.expectedTurnId } })
              case "turn/interrupt":
                return peer.send({ id: m.id, result: {} }, n.completed(m.params.threadId, m.params.turnId, "interrupted"))
              default:
                return undefined
            }
          }
        }),
        policy.startsWith("suspend") ? { turnBufferCapacity: 16, onTurnBufferFull: "suspend" } : { turnBufferCapacity: 16 }
      ))))
  }

  it.live("in-memory: a flood beyond turnOverflowLimit fails only that turn (TurnBufferFullError, turn/interrupt sent); another thread's turn completes", () => {
    const interruptReceived = Deferred.unsafeMake<any>(FiberId.none)
    return Effect.gen(function*() {
      const flooded = yield* Codex.startThread()
      const other = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        const stalled = yield* Codex.turn(flooded.id, "flood") // nobody reads it yet
        const result = yield* Codex.run(other.id, "calm").pipe(within(1000, "the other thread's turn to complete"))
        assert.strictEqual(result.status, "completed")
        assert.strictEqual(result.finalResponse, "calm answer")
        const error = yield* failureOf(Stream.runDrain(stalled.stream)).pipe(within(1000, "the flooded turn to fail"))
        assert(error._tag === "TurnBufferFullError", `expected TurnBufferFullError, got ${error._tag}`)
        assert.deepStrictEqual([error.threadId, error.turnId], [flooded.id, stalled.turnId])
        const interrupt = yield* Deferred.await(interruptReceived).pipe(within(1000, "turn/interrupt for the flooded turn"))
        assert.deepStrictEqual(interrupt.params, { threadId: flooded.id, turnId: stalled.turnId })
      }))
      assert.strictEqual(yield* countSent("turn/interrupt"), 1)
    }).pipe(Effect.provide(clientWith(
      server({
        turnStart: (m, peer, turnId) => {
          const th = m.params.threadId
          if (textOf(m) === "flood") {
            const deltas = Array.from({ length: 1000 }, (_, i) => n.delta(th, turnId, `d${i}`))
            return peer.send({ id: m.id, result: { turn: turn(turnId) } }, ...deltas)
          }
          return peer.send(
            { id: m.id, result: { turn: turn(turnId) } },
            n.delta(th, turnId, "a"),
            n.item(th, turnId, "calm answer"),
            n.completed(th, turnId)
          )
        },
        other: (m, peer) =>
          m.method === "turn/interrupt"
            ? Deferred.succeed(interruptReceived, m).pipe(Effect.zipRight(peer.send({ id: m.id, result: {} })))
            : undefined
      }),
      { turnBufferCapacity: 16, turnOverflowLimit: 200 }
    )))
  })
})

// ---- item 8 --------------------------------------------------------------------------------------

describe("in-memory: events that arrive before the turn/start response", () => {
  let syncs = 0
  /**
   * Sends each message in a read of its own: after each, a server request the client answers at
   * once; its answer proves the reader has routed the message before it.
   */
  const oneByOne = (peer: Testing.TestPeer.Service, messages: ReadonlyArray<Testing.ServerMessage>) =>
    Effect.forEach(messages, (message) =>
      Effect.gen(function*() {
        yield* peer.send(message)
        const id = `sync-${++syncs}`
        yield* peer.send(Testing.serverRequest(id, "account/chatgptAuthTokens/refresh", { reason: "unauthorized" }))
        yield* peer.awaitSent((m) => m.method === undefined && m.id === id, { timeout: "1 second", what: `the answer to ${id}` })
      }).pipe(Effect.orDie), { discard: true })

  const early = (th: string, tu: string) => [
    n.started(th, tu),
    n.delta(th, tu, "a"),
    n.delta(th, tu, "b"),
    n.item(th, tu, "early answer"),
    n.completed(th, tu)
  ]

  /** First turn: every event before the response, as `deliver` sends them; later turns: normal. */
  const earlyServer = (
    deliver: (peer: Testing.TestPeer.Service, m: Testing.ClientRequestMessage<"turn/start">, turnId: string) => Effect.Effect<void>
  ) => {
    let turns = 0
    return server({
      turnStart: (m, peer, turnId) =>
        ++turns === 1
          ? deliver(peer, m, turnId)
          : peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.item(m.params.threadId, turnId, "second"), n.completed(m.params.threadId, turnId))
    })
  }

  const runsFully = Effect.gen(function*() {
    const t = yield* Codex.startThread()
    const result = yield* Codex.run(t.id, "x").pipe(within(1000, "Codex.run of a turn whose events all came before its response"))
    assert.strictEqual(result.status, "completed")
    assert.strictEqual(result.finalResponse, "early answer")
    assert.deepStrictEqual(result.items.map((i: any) => i.text), ["early answer"])
    assert.strictEqual(result.turnId, `${t.id}-turn-1`)
    const next = yield* Codex.run(t.id, "y").pipe(within(1000, "the next turn on the same thread"))
    assert.strictEqual(next.finalResponse, "second")
    assert.strictEqual((yield* diagnostics).busyThreads, 0)
  })

  it.live("in-memory: turn/started, deltas, item/completed and turn/completed before the response, same chunk: run returns the full result; the thread is free", () =>
    runsFully.pipe(Effect.provide(clientWith(earlyServer((peer, m, turnId) =>
      peer.send(...early(m.params.threadId, turnId), { id: m.id, result: { turn: turn(turnId) } })
    )))))

  it.live("in-memory: the same events before the response, each in a read of its own: run returns the full result; the thread is free", () =>
    runsFully.pipe(Effect.provide(clientWith(earlyServer((peer, m, turnId) =>
      oneByOne(peer, early(m.params.threadId, turnId)).pipe(
        Effect.zipRight(peer.send({ id: m.id, result: { turn: turn(turnId) } }))
      )
    )))))

  it.live("in-memory: Codex.stream delivers early events (separate reads) and later ones (same read as the response) in order", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const events = yield* Codex.stream(t.id, "x").pipe(Stream.runCollect, within(1000, "the stream to end"))
      assert.deepStrictEqual(
        Chunk.toReadonlyArray(events).map((e: any) => e.method === "item/agentMessage/delta" ? `delta:${e.params.delta}` : e.method),
        ["turn/started", "delta:a", "delta:b", "item/completed", "turn/completed"]
      )
    }).pipe(Effect.provide(clientWith(earlyServer((peer, m, turnId) => {
      const th = m.params.threadId
      return oneByOne(peer, [n.started(th, turnId), n.delta(th, turnId, "a")]).pipe(
        Effect.zipRight(peer.send(
          { id: m.id, result: { turn: turn(turnId) } },
          n.delta(th, turnId, "b"),
          n.item(th, turnId, "early answer"),
          n.completed(th, turnId)
        ))
      )
    })))))
})

// ---- item 9 --------------------------------------------------------------------------------------

describe("in-memory: a newer server never hangs a turn", () => {
  const hologram = { type: "hologram", id: "h1", shimmer: { level: 3 } }
  /** First turn: the answer, then these events; later turns complete normally. */
  const newer = (events: (th: string, tu: string) => ReadonlyArray<unknown>) => {
    let turns = 0
    return server({
      turnStart: (m, peer, turnId) =>
        ++turns === 1
          ? peer.sendRaw(rawLines({ id: m.id, result: { turn: turn(turnId) } }, ...events(m.params.threadId, turnId)))
          : peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.completed(m.params.threadId, turnId))
    })
  }
  const threadFree = (threadId: string) =>
    Effect.gen(function*() {
      const next = yield* Codex.run(threadId, "next").pipe(within(1000, "the next turn on the same thread"))
      assert.strictEqual(next.status, "completed")
    })

  it.live("in-memory: turn/completed whose turn.items holds an unknown item type, with unknown fields: run returns promptly with the known answer", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "x").pipe(within(1000, "Codex.run to return on a turn/completed from a newer server"))
      assert.strictEqual(result.status, "completed")
      assert.strictEqual(result.finalResponse, "known answer")
      assert.strictEqual((result.items[0] as any).type, "agentMessage")
      for (const item of result.items as ReadonlyArray<any>) {
        assert.notStrictEqual(item.type, "hologram", "an unknown item must be kept as UnknownItem, never as if it were known")
        if (item.type === "unknown") assert.strictEqual(item.originalType, "hologram")
      }
      yield* threadFree(t.id)
    }).pipe(Effect.provide(clientWith(newer((th, tu) => [
      n.item(th, tu, "known answer", "final_answer"),
      {
        method: "turn/completed",
        params: {
          threadId: th,
          turn: { id: tu, status: "completed", items: [hologram], futureField: { x: 1 } },
          futureTopLevel: [1, 2]
        }
      }
    ])))))

  it.live("in-memory: item/completed with an unknown item type: run keeps it as UnknownItem in items; the stream carries it", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "x").pipe(within(1000, "Codex.run to return"))
      assert.strictEqual(result.finalResponse, "known answer")
      assert.strictEqual(result.items.length, 2)
      assert.deepStrictEqual(result.items[0] as unknown, { type: "unknown", originalType: "hologram", raw: hologram })
      assert.strictEqual((result.items[1] as any).text, "known answer")

      const t2 = yield* Codex.startThread()
      const events = Chunk.toReadonlyArray(yield* Codex.stream(t2.id, "x").pipe(Stream.runCollect, within(1000, "the stream to end")))
      assert.deepStrictEqual(events.map((e) => e.method), ["item/completed", "item/completed", "turn/completed"])
      const item = (events[0]!.params as any).item
      assert(
        item.type === "hologram" || (item.type === "unknown" && item.originalType === "hologram"),
        `the stream's first event does not carry the unknown item: ${JSON.stringify(item)}`
      )
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        return peer.sendRaw(rawLines(
          { id: m.id, result: { turn: turn(turnId) } },
          { method: "item/completed", params: { threadId: th, turnId, completedAtMs: 1, item: hologram } },
          n.item(th, turnId, "known answer"),
          n.completed(th, turnId)
        ))
      }
    })))))

  it.live(`in-memory: turn/completed with an unknown status ("paused"): run fails promptly with ProtocolError UnknownTurnStatus; the thread frees`, () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* failureOf(Codex.run(t.id, "x")).pipe(within(1000, "Codex.run to fail on an unknown turn status"))
      assert(error._tag === "ProtocolError", `expected ProtocolError, got ${error._tag}`)
      assert.strictEqual(error.reason, "UnknownTurnStatus")
      yield* threadFree(t.id)
    }).pipe(Effect.provide(clientWith(newer((th, tu) => [
      n.item(th, tu, "half"),
      completedWithStatus(th, tu, "paused")
    ])))))

  it.live(`in-memory: a stream whose turn/completed has an unknown status ends promptly`, () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const exit = yield* Effect.exit(Stream.runCollect(Codex.stream(t.id, "x"))).pipe(
        within(1000, "the stream to end on an unknown turn status")
      )
      if (Exit.isFailure(exit)) {
        const error = errorOf(exit)
        assert(error._tag === "ProtocolError", `expected ProtocolError, got ${error._tag}`)
        assert.strictEqual(error.reason, "UnknownTurnStatus")
      } else {
        assert.strictEqual(Chunk.toReadonlyArray(exit.value).at(-1)?.method, "turn/completed")
      }
    }).pipe(Effect.provide(clientWith(newer((th, tu) => [completedWithStatus(th, tu, "paused")])))))
})

// ---- item 10 -------------------------------------------------------------------------------------

/**
 * Drives the TestClock in steps until `done` holds or `maxMillis` of clock time have passed,
 * letting the other fibers run after each step. Returns whether `done` held.
 */
const advanceUntil = (done: () => Effect.Effect<boolean>, maxMillis: number, stepMillis = 50) =>
  Effect.gen(function*() {
    for (let elapsed = 0; elapsed <= maxMillis; elapsed += stepMillis) {
      for (let i = 0; i < 20; i++) yield* Effect.yieldNow()
      if (yield* done()) return true
      yield* TestClock.adjust(`${stepMillis} millis`)
    }
    for (let i = 0; i < 20; i++) yield* Effect.yieldNow()
    return yield* done()
  })

const agentMessage = (id: string, text: string) => ({ type: "agentMessage", id, text, phase: "final_answer" })

describe("in-memory: a lost turn/completed", () => {
  it.effect("in-memory: idleTimeout: no event for that long asks thread/read; inProgress waits again, completed ends the turn with the server's items", () => {
    const reads: Array<{ readonly at: number; readonly params: any }> = []
    const eventTimes: Array<number> = []
    let turnId = ""
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const running = yield* Effect.fork(Codex.run(t.id, "x", { idleTimeout: "1 second" }))
      const done = () => Effect.map(Fiber.poll(running), Option.isSome)
      // events every 600 ms keep the turn alive: no thread/read while they flow
      yield* advanceUntil(() => Effect.succeed(eventTimes.length === 3), 5000)
      assert.strictEqual(eventTimes.length, 3, "the peer's three spaced events")
      assert.strictEqual(reads.length, 0, "thread/read was sent while events still flowed")
      // then silence: a first thread/read, answered "inProgress", then a second one
      assert.isTrue(yield* advanceUntil(() => Effect.succeed(reads.length >= 1), 5000), "no thread/read after a second of silence")
      assert.isTrue(yield* advanceUntil(done, 5000), "the turn did not end after thread/read reported it completed")
      const lastEvent = eventTimes.at(-1)!
      assert.strictEqual(reads.length, 2, "one thread/read per idle period, until the server says the turn finished")
      assert.isAtLeast(reads[0]!.at - lastEvent, 1000, "asked before the turn had been idle for idleTimeout")
      assert.isAtMost(reads[0]!.at - lastEvent, 1200)
      assert.isAtLeast(reads[1]!.at - reads[0]!.at, 1000, "asked again without waiting another idle period")
      for (const read of reads) assert.deepStrictEqual(read.params, { threadId: t.id, includeTurns: true })
      const result = yield* Fiber.join(running)
      assert.strictEqual(result.status, "completed")
      assert.strictEqual(result.turnId, turnId)
      assert.strictEqual(result.finalResponse, "recovered")
      assert.deepStrictEqual(result.items.map((i: any) => i.text), ["recovered"])
      // ended as if turn/completed had arrived: the thread is free
      const next = yield* Effect.fork(Codex.run(t.id, "next"))
      assert.isTrue(yield* advanceUntil(() => Effect.map(Fiber.poll(next), Option.isSome), 1000), "the next turn did not run")
      assert.strictEqual((yield* Fiber.join(next)).status, "completed")
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, id) => {
        const th = m.params.threadId
        if (textOf(m) !== "x") return peer.send({ id: m.id, result: { turn: turn(id) } }, n.completed(th, id))
        turnId = id
        return peer.send({ id: m.id, result: { turn: turn(id) } }, n.started(th, id)).pipe(
          // the scenario: an event every 600 ms of clock time
          Effect.zipRight(Effect.forkDaemon(Effect.forEach([1, 2, 3], (i) =>
            Effect.sleep("600 millis").pipe(
              Effect.zipRight(peer.send(n.delta(th, id, `d${i}`))),
              Effect.zipRight(Effect.flatMap(Clock.currentTimeMillis, (now) => Effect.sync(() => eventTimes.push(now))))
            )))),
          Effect.asVoid
        )
      },
      other: (m, peer) => {
        if (m.method !== "thread/read") return undefined
        return Effect.gen(function*() {
          reads.push({ at: yield* Clock.currentTimeMillis, params: m.params })
          const status = reads.length === 1 ? "inProgress" : "completed"
          const items = status === "completed" ? [agentMessage("m-recovered", "recovered")] : []
          yield* peer.send({
            id: m.id,
            result: {
              thread: {
                ...thread(m.params.threadId),
                turns: [
                  { id: "older-turn", status: "completed", items: [agentMessage("m-old", "an older turn")] },
                  { id: turnId, status, items }
                ]
              }
            }
          })
        })
      }
    }))))
  })

  it.effect("in-memory: idleTimeout: thread/read reporting the turn failed ends it with TurnFailedError and the server's message", () => {
    let turnId = ""
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const running = yield* Effect.fork(Codex.run(t.id, "x", { idleTimeout: "1 second" }))
      assert.isTrue(yield* advanceUntil(() => Effect.map(Fiber.poll(running), Option.isSome), 5000), "the turn never ended")
      const error = errorOf(yield* Fiber.await(running))
      assert(error._tag === "TurnFailedError", `expected TurnFailedError, got ${error._tag}`)
      assert.deepStrictEqual([error.threadId, error.turnId, error.message], [t.id, turnId, "the model gave up"])
      assert.strictEqual(yield* countSent("thread/read"), 1)
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, id) => {
        turnId = id
        return peer.send({ id: m.id, result: { turn: turn(id) } })
      },
      other: (m, peer) =>
        m.method === "thread/read"
          ? peer.send({
            id: m.id,
            result: {
              thread: {
                ...thread(m.params.threadId),
                turns: [{ id: turnId, status: "failed", items: [], error: { message: "the model gave up" } }]
              }
            }
          })
          : undefined
    }))))
  })

  it.effect("in-memory: timeout: past it the turn is sent turn/interrupt and fails with TurnTimeoutError, not before", () => {
    let turnId = ""
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const running = yield* Effect.fork(Codex.run(t.id, "x", { timeout: "1 second" }))
      const done = () => Effect.map(Fiber.poll(running), Option.isSome)
      yield* advanceUntil(() => Effect.succeed(false), 900)
      assert.isFalse(yield* done(), "the turn ended before its timeout")
      assert.strictEqual(yield* countSent("turn/interrupt"), 0, "interrupted before its timeout")
      assert.isTrue(yield* advanceUntil(done, 3000), "the turn did not end after its timeout")
      const error = errorOf(yield* Fiber.await(running)) as any
      assert.strictEqual(error._tag, "TurnTimeoutError")
      assert.deepStrictEqual([error.threadId, error.turnId, error.timeoutMs], [t.id, turnId, 1000])
      const interrupts = (yield* sentRequests(yield* Testing.TestPeer)).filter((m) => m.method === "turn/interrupt")
      assert.deepStrictEqual(interrupts.map((m) => m.params), [{ threadId: t.id, turnId }])
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, id) => {
        turnId = id
        return peer.send({ id: m.id, result: { turn: turn(id) } }, n.started(m.params.threadId, id))
      },
      other: (m, peer) =>
        m.method === "turn/interrupt"
          ? peer.send({ id: m.id, result: {} }, n.completed(m.params.threadId, m.params.turnId, "interrupted"))
          : undefined
    }))))
  })
})
