/**
 * Issue 13: the scope-free paths of `Codex.run`, `Codex.runForEach` and `Codex.stream`
 * (internal/fastPath.ts), attacked. In memory (the test double) and over the fake app-server
 * process. Most scenarios run through each of the three verbs, on the client's own fast path and
 * on a hand-made `CodexClient.Service` (the scoped fallback), and must give the same answers.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Equal from "effect/Equal"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Metric from "effect/Metric"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import { chmodSync } from "node:fs"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as CodexClientModule from "../src/CodexClient.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import { type RunError, TransportError } from "../src/CodexError.js"
import * as FastPath from "../src/internal/fastPath.js"
import * as Metrics from "../src/Metrics.js"
import { makeFold, type RunResult } from "../src/RunResult.js"
import * as Testing from "../src/testing.js"
import type { TurnEvent } from "../src/TurnRegistry.js"
import { splitAt } from "./support/chunks.js"
import { clientWith, completedWithStatus, countSent, n, rawLines, server, textOf, turn, within } from "./support/peer.js"

// ---- the three verbs, on two paths ---------------------------------------------------------------

type Kind = "run" | "runForEach" | "stream"
const kinds: ReadonlyArray<Kind> = ["run", "runForEach", "stream"]

/** How the verb reaches the client: the client itself (fast path), or a hand-made copy (fallback). */
interface Via {
  readonly name: string
  readonly wrap: <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R | CodexClient>
}

const fast: Via = {
  name: "",
  wrap: (self) =>
    Effect.flatMap(CodexClient, (client) => {
      assert(FastPath.clientPaths(client) !== undefined, "the client did not register its fast paths")
      return self
    })
}

/**
 * A hand-made `CodexClient.Service`: the client's own operations in a new object, which is not
 * registered for the fast paths, so the verbs take the scoped path through `client.turn`.
 */
const handMade: Via = {
  name: " (hand-made client: the scoped fallback)",
  wrap: (self) =>
    Effect.flatMap(CodexClient, (client) => {
      const copy: CodexClientModule.Service = { ...client }
      assert(FastPath.clientPaths(copy) === undefined, "the copy must not have the fast paths")
      return Effect.provideService(self, CodexClient, copy)
    })
}

const vias: ReadonlyArray<Via> = [fast, handMade]

/** Whatever client is provided (inside a callback, the one its caller was given). */
const provided: Via = { name: "", wrap: (self) => self }

/**
 * One turn through one verb. `onEvent` sees each event where the verb hands them out
 * (runForEach's callback, the stream's elements consumed with `Stream.runForEach`; run hands out
 * none). Returns the RunResult of run and runForEach, undefined for the stream.
 */
const consume = <E = never, R = never>(
  kind: Kind,
  threadId: string,
  input: string,
  onEvent: (event: TurnEvent) => Effect.Effect<void, E, R> = () => Effect.void,
  via: Via = fast,
  options: CodexClientModule.TurnOptions = {}
): Effect.Effect<RunResult | undefined, RunError | E, CodexClient | R> => {
  switch (kind) {
    case "run":
      return via.wrap(Codex.run(threadId, input, options))
    case "runForEach":
      return via.wrap(Codex.runForEach(threadId, input, onEvent, options))
    case "stream":
      return via.wrap(Effect.as(Stream.runForEach(Codex.stream(threadId, input, options), onEvent), undefined))
  }
}

// ---- the peer --------------------------------------------------------------------------------------

/** Once the reader has answered this, it has routed everything the peer sent before it. */
const roundTrip = Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))

const idle = { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 }

/**
 * Nothing left over: the client's diagnostics are all zero, and no turn is counted live
 * (`Metrics.liveTurns` is per process; each test file runs in a worker of its own, and every
 * test here ends with its turns completed or its client closed).
 */
const assertIdle = (what = "nothing left over") =>
  Effect.gen(function*() {
    assert.deepStrictEqual(yield* diagnostics, idle, what)
    assert.strictEqual((yield* Metric.value(Metrics.liveTurns)).value, 0, `${what}: turns still counted live`)
  })

/** The scripted turn: what the peer sends after the turn/start answer of a plain turn. */
const scripted = (th: string, tu: string): Array<Testing.ServerMessage> => [
  n.started(th, tu),
  n.delta(th, tu, "Hel"),
  n.delta(th, tu, "lo."),
  n.item(th, tu, "thinking", "commentary"),
  n.item(th, tu, "Hello.", "final_answer"),
  n.usage(th, tu, 42),
  n.item(th, tu, "afterthought", "commentary"),
  n.completed(th, tu)
]

/** What a running turn has sent before the test acts: turn/started and three deltas. */
const heldEvents = (th: string, tu: string): Array<Testing.ServerMessage> => [
  n.started(th, tu),
  n.delta(th, tu, "d0"),
  n.delta(th, tu, "d1"),
  n.delta(th, tu, "d2")
]

const FLOOD = 200

/**
 * The test's server. What a turn does depends on its input text:
 * - "x": the answer and the scripted turn, in one chunk (it completes);
 * - "split": the same, as raw text cut into many small chunks;
 * - "manual": the answer only (the test sends the events);
 * - "hold": the answer, turn/started and three deltas (it never completes by itself);
 * - "late": as "hold", but answered only once the test calls `release` for the thread;
 * - "never": never answered;
 * - "flood": the answer, turn/started and FLOOD deltas (no completion);
 * - "next": the answer, an item "next answer", completion;
 * - "noid": an answer without a turn id;
 * - "failed": the answer, turn/started, an item, and a failed completion;
 * - "paused": the answer, turn/started, and a completion with a status this version does not know.
 * turn/interrupt is answered, recorded and signalled, but completes nothing: the test decides
 * when the server completes the turn.
 */
const makeStage = () => {
  const signals = new Map<string, Deferred.Deferred<any>>()
  const signal = (key: string): Deferred.Deferred<any> => {
    let d = signals.get(key)
    if (d === undefined) signals.set(key, d = Deferred.unsafeMake<any>(FiberId.none))
    return d
  }
  const interrupts: Array<{ readonly threadId: string; readonly turnId: string }> = []
  const script = server({
    turnStart: (m, peer, turnId) => {
      const th = m.params.threadId
      const reply = { id: m.id, result: { turn: turn(turnId) } }
      const answered = Deferred.succeed(signal(`answered:${th}`), turnId)
      const answer = (...events: ReadonlyArray<Testing.ServerMessage>) => Effect.zipRight(peer.send(reply, ...events), answered)
      const received = Deferred.succeed(signal(`received:${th}`), turnId)
      switch (textOf(m)) {
        case "split": {
          const text = rawLines(reply, ...scripted(th, turnId))
          const cuts = Array.from({ length: Math.floor(text.length / 7) }, (_, i) => i * 7 + (i % 5))
          return received.pipe(
            Effect.zipRight(Effect.forEach(splitAt(text, cuts), (piece) => peer.sendRaw(piece), { discard: true })),
            Effect.zipRight(answered)
          )
        }
        case "manual":
          return Effect.zipRight(received, answer())
        case "hold":
          return Effect.zipRight(received, answer(...heldEvents(th, turnId)))
        case "late":
          return Effect.zipRight(
            received,
            Effect.asVoid(Effect.fork(Effect.zipRight(Deferred.await(signal(`release:${th}`)), answer(...heldEvents(th, turnId)))))
          )
        case "never":
          return Effect.asVoid(received)
        case "flood":
          return Effect.zipRight(
            received,
            answer(n.started(th, turnId), ...Array.from({ length: FLOOD }, (_, i) => n.delta(th, turnId, `f${i}`)))
          )
        case "next":
          return Effect.zipRight(received, answer(n.item(th, turnId, "next answer"), n.completed(th, turnId)))
        case "noid":
          return Effect.zipRight(received, peer.send({ id: m.id, result: { turn: { items: [], status: "inProgress" } } }))
        case "failed":
          return Effect.zipRight(
            received,
            answer(
              n.started(th, turnId),
              n.item(th, turnId, "half"),
              n.completed(th, turnId, "failed", { message: "boom", codexErrorInfo: "contextWindowExceeded" })
            )
          )
        case "paused":
          return Effect.zipRight(
            received,
            Effect.zipRight(
              peer.sendRaw(rawLines(reply, n.started(th, turnId), completedWithStatus(th, turnId, "paused"))),
              answered
            )
          )
        default:
          return Effect.zipRight(received, answer(...scripted(th, turnId)))
      }
    },
    other: (m, peer) =>
      m.method === "turn/interrupt"
        ? Effect.suspend(() => {
          interrupts.push(m.params)
          return Effect.zipRight(peer.send({ id: m.id, result: {} }), Deferred.succeed(signal(`interrupt:${m.params.turnId}`), m.params))
        })
        : undefined
  })
  return {
    script,
    interrupts,
    /** The thread's turn/start reached the peer; its turn id. */
    received: (th: string) => Deferred.await(signal(`received:${th}`) as Deferred.Deferred<string>).pipe(within(2000, `turn/start of ${th} to reach the peer`)),
    /** The thread's turn/start was answered (and its first events sent); its turn id. */
    answered: (th: string) => Deferred.await(signal(`answered:${th}`) as Deferred.Deferred<string>).pipe(within(2000, `turn/start of ${th} to be answered`)),
    /** A turn/interrupt for this turn reached the peer; its params. */
    interrupted: (tu: string) => Deferred.await(signal(`interrupt:${tu}`)).pipe(within(1000, `turn/interrupt for ${tu}`)),
    /** Lets the "late" turn/start of this thread be answered. */
    release: (th: string) => Deferred.succeed(signal(`release:${th}`), undefined)
  }
}
type Stage = ReturnType<typeof makeStage>

/**
 * The turn was given up by the client: the thread stays busy (ThreadBusyError naming the turn)
 * until the server completes it, then it is free, nothing is left over, and a next turn runs.
 * `late` are events the server sends for the turn before its completion.
 */
const heldUntilCompleted = (threadId: string, turnId: string, late: ReadonlyArray<Testing.ServerMessage> = []) =>
  Effect.gen(function*() {
    const peer = yield* Testing.TestPeer
    const busy = yield* Effect.flip(Codex.run(threadId, "next")).pipe(within(1000, "a run on the thread held by the left turn"))
    assert(busy._tag === "ThreadBusyError", `expected ThreadBusyError, got ${busy._tag}`)
    assert.strictEqual(busy.activeTurnId, turnId)
    const before = yield* diagnostics
    assert.deepStrictEqual([before.turns, before.busyThreads], [1, 1], "the left turn is tracked until the server completes it")
    yield* peer.send(...late, n.completed(threadId, turnId, "interrupted"))
    yield* roundTrip
    yield* assertIdle("nothing left over once the server completed the turn")
    const next = yield* Codex.run(threadId, "next").pipe(within(1000, "the next turn on the freed thread"))
    assert.strictEqual(next.finalResponse, "next answer")
    yield* assertIdle()
  })

// ---- comparing results -----------------------------------------------------------------------------

/** What the client should hand out for these messages: as they crossed the wire. */
const asSent = (messages: ReadonlyArray<Testing.ServerMessage>) =>
  messages.map((m) => JSON.parse(JSON.stringify({ _tag: "ServerNotification", method: (m as any).method, params: (m as any).params })))

const asSeen = (events: ReadonlyArray<TurnEvent>) =>
  events.map((e) => ({ _tag: e._tag, method: e.method, params: e.params }))

/** A RunResult without its ids, to compare turns of different threads. */
const shapeOf = (r: RunResult) => ({
  status: r.status,
  finalResponse: r.finalResponse,
  items: r.items,
  usage: r.usage,
  turnStatus: r.turn.status,
  turnItems: r.turn.items
})

/** The fold of events, as `run` would return it. */
const foldOf = (threadId: string, turnId: string, events: ReadonlyArray<TurnEvent>): RunResult => {
  const fold = makeFold(threadId, turnId)
  for (const event of events) fold.add(event)
  const result = fold.result()
  assert(result !== undefined && !("_tag" in result), "the events do not fold to a result")
  return result
}

/** The typed error `self` fails with; a success or a defect fails the test. */
const failureOf = <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<E, never, R> =>
  Effect.map(Effect.exit(self), (exit) => {
    assert(Exit.isFailure(exit), "expected a failure")
    assert(exit.cause._tag === "Fail", `expected a typed failure, got ${Cause.pretty(exit.cause)}`)
    return exit.cause.error
  })

class Boom extends Data.TaggedError("Boom")<{ readonly at: number }> {}

// ---- 1. results ------------------------------------------------------------------------------------

describe("in-memory: the three verbs give the same, complete results", () => {
  /**
   * Runs a turn of `input` through each verb on a thread of its own; checks that runForEach's
   * callback and the stream saw exactly what the peer sent, in order, and that the three results
   * (the stream's folded) are the same.
   */
  const allThree = (
    stage: Stage,
    input: string,
    via: Via,
    sendEvents?: (th: string, tu: string) => Effect.Effect<void, RunError, CodexClient | Testing.TestPeer>
  ) =>
    Effect.gen(function*() {
      const shapes: Array<ReturnType<typeof shapeOf>> = []
      for (const kind of kinds) {
        const t = yield* Codex.startThread()
        const seen: Array<TurnEvent> = []
        const running = yield* Effect.fork(consume(kind, t.id, input, (e) => Effect.sync(() => void seen.push(e)), via))
        const turnId = yield* stage.answered(t.id)
        if (sendEvents !== undefined) yield* sendEvents(t.id, turnId)
        const result = yield* Fiber.join(running).pipe(within(3000, `${kind} to return`))
        if (kind !== "run") assert.deepStrictEqual(asSeen(seen), asSent(scripted(t.id, turnId)), `${kind}: every event, in order`)
        else assert.strictEqual(seen.length, 0)
        const final = kind === "stream" ? foldOf(t.id, turnId, seen) : result!
        assert.deepStrictEqual([final.threadId, final.turnId], [t.id, turnId])
        shapes.push(shapeOf(final))
      }
      const [run, runForEach, stream] = shapes
      assert.strictEqual(run!.finalResponse, "Hello.")
      assert.strictEqual(run!.status, "completed")
      assert.deepStrictEqual(run!.items.map((i: any) => i.text), ["thinking", "Hello.", "afterthought"])
      assert.strictEqual(run!.usage?.total.totalTokens, 42)
      assert.deepStrictEqual(runForEach, run, "runForEach's RunResult is run's")
      assert.deepStrictEqual(stream, run, "the stream's events fold to run's RunResult")
      assert.strictEqual(yield* countSent("turn/interrupt"), 0)
      yield* assertIdle()
    })

  for (const via of vias) {
    it.live(`in-memory: the answer and every event in one chunk${via.name}`, () => {
      const stage = makeStage()
      return allThree(stage, "x", via).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: the answer and the events cut into chunks of about 7 characters${via.name}`, () => {
      const stage = makeStage()
      return allThree(stage, "split", via).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: each event in a read of its own, after the answer${via.name}`, () => {
      const stage = makeStage()
      return allThree(stage, "manual", via, (th, tu) =>
        Effect.gen(function*() {
          const peer = yield* Testing.TestPeer
          for (const event of scripted(th, tu)) {
            yield* peer.send(event)
            yield* roundTrip
          }
        })).pipe(Effect.provide(clientWith(stage.script)))
    })
  }

  it.live("in-memory: a turn of 10,000 deltas loses nothing, in order, through each verb (bounded)", () => {
    const COUNT = 10_000
    const turnOf = new Map<string, string>()
    return Effect.gen(function*() {
      const shapes: Array<ReturnType<typeof shapeOf>> = []
      for (const kind of kinds) {
        const t = yield* Codex.startThread()
        const seen: Array<TurnEvent> = []
        const result = yield* consume(kind, t.id, "big", (e) => Effect.sync(() => void seen.push(e))).pipe(
          within(10_000, `${kind} of 10,000 deltas to return`)
        )
        if (kind !== "run") {
          const deltas = seen.flatMap((e) =>
            e._tag === "ServerNotification" && e.method === "item/agentMessage/delta" ? [e.params.delta] : []
          )
          assert.strictEqual(deltas.length, COUNT, `${kind}: every delta`)
          assert(deltas.every((d, i) => d === `d${i}`), `${kind}: the deltas in order`)
          assert.strictEqual(seen.length, COUNT + 3)
          assert.deepStrictEqual([seen[0]!.method, seen.at(-2)!.method, seen.at(-1)!.method], [
            "turn/started",
            "item/completed",
            "turn/completed"
          ])
        }
        shapes.push(shapeOf(kind === "stream" ? foldOf(t.id, turnOf.get(t.id)!, seen) : result!))
      }
      assert.strictEqual(shapes[0]!.finalResponse, "all of it")
      assert.deepStrictEqual(shapes[1], shapes[0])
      assert.deepStrictEqual(shapes[2], shapes[0])
      yield* assertIdle()
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (m, peer, turnId) => {
        const th = m.params.threadId
        turnOf.set(th, turnId)
        const flood = Array.from({ length: COUNT }, (_, i) => JSON.stringify(n.delta(th, turnId, `d${i}`)) + "\n").join("")
        return peer.sendRaw(
          rawLines({ id: m.id, result: { turn: turn(turnId) } }, n.started(th, turnId)) + flood +
            rawLines(n.item(th, turnId, "all of it"), n.completed(th, turnId))
        )
      }
    }))))
  })

  it.live("in-memory: the same Codex.stream and Codex.runForEach values run twice run two turns, each complete; the thread is free between", () => {
    const stage = makeStage()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const stream = Codex.stream(t.id, "x")
      let seen = 0
      const forEach = Codex.runForEach(t.id, "x", () => Effect.sync(() => void seen++))
      const first = Chunk.toReadonlyArray(yield* Stream.runCollect(stream).pipe(within(1000, "the first run of the stream")))
      const second = Chunk.toReadonlyArray(yield* Stream.runCollect(stream).pipe(within(1000, "the second run of the stream")))
      assert.deepStrictEqual(asSeen(first), asSent(scripted(t.id, `${t.id}-turn-1`)))
      assert.deepStrictEqual(asSeen(second), asSent(scripted(t.id, `${t.id}-turn-2`)))
      const a = yield* forEach.pipe(within(1000, "the first runForEach"))
      const b = yield* forEach.pipe(within(1000, "the second runForEach"))
      assert.deepStrictEqual([a.turnId, b.turnId], [`${t.id}-turn-3`, `${t.id}-turn-4`])
      assert.strictEqual(seen, 16)
      assert.deepStrictEqual(shapeOf(a), shapeOf(b))
      yield* assertIdle()
    }).pipe(Effect.provide(clientWith(stage.script)))
  })
})

describe("in-memory: the three verbs end the same way on turns that do not succeed", () => {
  for (const via of vias) {
    it.live(`in-memory: a failed turn: run and runForEach fail with the same TurnFailedError after f saw every event; the stream carries every event and ends${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const errors: Array<unknown> = []
        for (const kind of kinds) {
          const t = yield* Codex.startThread()
          const seen: Array<TurnEvent> = []
          const exit = yield* Effect.exit(consume(kind, t.id, "failed", (e) => Effect.sync(() => void seen.push(e)), via)).pipe(
            within(1000, `${kind} of a failed turn`)
          )
          const turnId = yield* stage.answered(t.id)
          if (kind !== "run") {
            assert.deepStrictEqual(asSeen(seen), asSent([
              n.started(t.id, turnId),
              n.item(t.id, turnId, "half"),
              n.completed(t.id, turnId, "failed", { message: "boom", codexErrorInfo: "contextWindowExceeded" })
            ]))
          }
          if (kind === "stream") {
            assert(Exit.isSuccess(exit), "the stream of a failed turn ends with its turn/completed")
            continue
          }
          assert(Exit.isFailure(exit) && exit.cause._tag === "Fail", `${kind}: expected a typed failure`)
          const error = exit.cause.error
          assert(error._tag === "TurnFailedError", `${kind}: expected TurnFailedError, got ${error._tag}`)
          assert.deepStrictEqual([error.threadId, error.turnId], [t.id, turnId])
          errors.push({ message: error.message, codexErrorInfo: error.codexErrorInfo })
        }
        assert.deepStrictEqual(errors, [
          { message: "boom", codexErrorInfo: "contextWindowExceeded" },
          { message: "boom", codexErrorInfo: "contextWindowExceeded" }
        ])
        assert.strictEqual(yield* countSent("turn/interrupt"), 0)
        yield* assertIdle()
      }).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: a completion with an unknown status: run and runForEach fail with ProtocolError UnknownTurnStatus; the stream ends; the thread is free${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        for (const kind of kinds) {
          const t = yield* Codex.startThread()
          const exit = yield* Effect.exit(consume(kind, t.id, "paused", () => Effect.void, via)).pipe(within(1000, `${kind} of a paused turn`))
          if (kind === "stream") {
            if (Exit.isFailure(exit)) {
              assert(exit.cause._tag === "Fail" && exit.cause.error._tag === "ProtocolError", Cause.pretty(exit.cause))
            }
          } else {
            assert(Exit.isFailure(exit) && exit.cause._tag === "Fail", `${kind}: expected a typed failure`)
            const error = exit.cause.error
            assert(error._tag === "ProtocolError", `${kind}: expected ProtocolError, got ${error._tag}`)
            assert.strictEqual(error.reason, "UnknownTurnStatus")
          }
          assert.strictEqual((yield* Codex.run(t.id, "next").pipe(within(1000, "the next turn"))).finalResponse, "next answer")
        }
        yield* assertIdle()
      }).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: turn/start answered without a turn id: each verb fails with ProtocolError, f is never called, the thread is free${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        for (const kind of kinds) {
          const t = yield* Codex.startThread()
          let calls = 0
          const error = yield* failureOf(consume(kind, t.id, "noid", () => Effect.sync(() => void calls++), via)).pipe(
            within(1000, `${kind} to fail on an answer without a turn id`)
          )
          assert(error._tag === "ProtocolError", `${kind}: expected ProtocolError, got ${error._tag}`)
          assert.strictEqual(calls, 0)
          yield* assertIdle()
          assert.strictEqual((yield* Codex.run(t.id, "next").pipe(within(1000, "the next turn"))).finalResponse, "next answer")
        }
        assert.strictEqual(yield* countSent("turn/interrupt"), 0)
      }).pipe(Effect.provide(clientWith(stage.script)))
    })
  }
})

// ---- 3. interrupting mid-turn ----------------------------------------------------------------------

describe("in-memory: interrupting the caller mid-turn", () => {
  for (const via of vias) {
    for (const kind of kinds) {
      it.live(`in-memory: ${kind} interrupted after some events: one turn/interrupt for that turn, the caller ends promptly, the thread frees on completion${via.name}`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const t = yield* Codex.startThread()
          const fourth = Deferred.unsafeMake<void>(FiberId.none)
          let seen = 0
          const running = yield* Effect.fork(consume(kind, t.id, "hold", () =>
            Effect.suspend(() => ++seen === 4 ? Deferred.succeed(fourth, undefined) : Effect.void), via))
          const turnId = yield* stage.answered(t.id)
          if (kind === "run") yield* roundTrip
          else yield* Deferred.await(fourth).pipe(within(1000, "the four events the peer sent"))
          const exit = yield* Fiber.interrupt(running).pipe(within(1000, `interrupting ${kind} mid-turn`))
          assert(Exit.isInterrupted(exit), `expected an interruption, got ${Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "a success"}`)
          assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
          yield* heldUntilCompleted(t.id, turnId, [n.delta(t.id, turnId, "late")])
          assert.strictEqual(seen, kind === "run" ? 0 : 4, "nothing handed out after the interruption")
          assert.deepStrictEqual(stage.interrupts, [{ threadId: t.id, turnId }], "exactly one turn/interrupt")
        }).pipe(Effect.provide(clientWith(stage.script)))
      })
    }

    for (const kind of ["runForEach", "stream"] as const) {
      it.live(`in-memory: ${kind} interrupted while its callback waits: one turn/interrupt, the caller ends promptly${via.name}`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const t = yield* Codex.startThread()
          const waiting = Deferred.unsafeMake<void>(FiberId.none)
          let seen = 0
          const running = yield* Effect.fork(consume(kind, t.id, "hold", () =>
            ++seen === 2 ? Effect.zipRight(Deferred.succeed(waiting, undefined), Effect.never) : Effect.void, via))
          const turnId = yield* stage.answered(t.id)
          yield* Deferred.await(waiting).pipe(within(1000, "the callback to wait at the second event"))
          const exit = yield* Fiber.interrupt(running).pipe(within(1000, `interrupting ${kind} while its callback waits`))
          assert(Exit.isInterrupted(exit))
          assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
          yield* heldUntilCompleted(t.id, turnId)
          assert.strictEqual(seen, 2)
          assert.strictEqual(stage.interrupts.length, 1)
        }).pipe(Effect.provide(clientWith(stage.script)))
      })
    }
  }
})

// ---- 2b. an interrupt while the turn is being opened --------------------------------------------

describe("in-memory: an interrupt that reaches the caller while its turn is being opened", () => {
  /**
   * The verbs, plus the scoped `Codex.turn` (whose `start` now opens through the same `openWith`).
   * Each ends with the turn released: no handle is kept.
   */
  const openers: ReadonlyArray<readonly [string, (threadId: string) => Effect.Effect<unknown, RunError, CodexClient>]> = [
    ["Codex.run", (th) => Codex.run(th, "x")],
    ["Codex.runForEach", (th) => Codex.runForEach(th, "x", () => Effect.void)],
    ["Codex.stream", (th) => Stream.runDrain(Codex.stream(th, "x"))],
    ["Codex.turn (scoped)", (th) => Effect.scoped(Codex.turn(th, "x"))]
  ]

  const startsOn = (threadId: string) =>
    Effect.map(
      Effect.flatMap(Testing.TestPeer, (peer) => peer.sent),
      (sent) => sent.filter((m) => m.method === "turn/start" && m.params.threadId === threadId).length
    )

  /** After the interrupted opening: nothing left over, and the thread runs its next turn. */
  const threadFreeAfter = (threadId: string, what: string) =>
    Effect.gen(function*() {
      yield* roundTrip
      const d = yield* diagnostics
      assert.strictEqual(
        d.busyThreads,
        0,
        `${what}: the thread is still busy (${yield* startsOn(threadId)} turn/start written for it, ${d.pendingRequests} pending request(s))`
      )
      const next = yield* Effect.exit(Codex.run(threadId, "next")).pipe(within(1000, `${what}: the next turn`))
      assert(Exit.isSuccess(next), `${what}: the next turn failed: ${Exit.isFailure(next) ? Cause.pretty(next.cause) : ""}`)
      assert.strictEqual(next.value.finalResponse, "next answer")
      yield* assertIdle(what)
    })

  /**
   * A tracer that, once armed, interrupts the fiber making the next \`codex.turn\` span: the span
   * is made on the caller's fiber while the registry opens the turn, before turn/start is written.
   * (At HEAD, before issue 13, the interrupt took effect right there and the thread stayed free.)
   */
  const interruptingTracer = () => {
    let armed = false
    const tracer = Tracer.make({
      span: (name, parent, context, links, startTime, kind) => {
        if (armed && name === "codex.turn") {
          armed = false
          const current = Fiber.getCurrentFiber()
          assert(Option.isSome(current), "the span is made on a fiber")
          current.value.unsafeInterruptAsFork(FiberId.none)
        }
        return {
          _tag: "Span",
          name,
          spanId: "span",
          traceId: "trace",
          parent,
          context,
          status: { _tag: "Started", startTime },
          attributes: new Map(),
          links,
          sampled: true,
          kind,
          end: () => {},
          attribute: () => {},
          event: () => {},
          addLinks: () => {}
        }
      },
      context: (f) => f()
    })
    return { tracer, arm: Effect.sync(() => void (armed = true)) }
  }

  for (const [name, open] of openers) {
    it.live(`in-memory: ${name} interrupted while its turn is being opened (before turn/start is written): the thread stays free`, () => {
      const stage = makeStage()
      const { arm, tracer } = interruptingTracer()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        yield* arm
        const exit = yield* Fiber.await(yield* Effect.fork(open(t.id))).pipe(within(1000, `${name} to end`))
        assert(Exit.isInterrupted(exit), `expected an interruption, got ${Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "a success"}`)
        yield* threadFreeAfter(t.id, name)
      }).pipe(Effect.provide(clientWith(stage.script)), Effect.withTracer(tracer))
    })
  }

  /**
   * Where the interrupt lands: as soon as the registry has the turn (the thread is busy), or as
   * soon as the router has the turn/start request pending; in both, before turn/start is written.
   */
  const moments = [
    ["registered", (d: CodexClientModule.Diagnostics) => d.busyThreads === 1],
    ["pending in the router", (d: CodexClientModule.Diagnostics) => d.pendingRequests === 1]
  ] as const

  for (const [name, open] of openers) {
    for (const [moment, reached] of moments) {
      it.live(`in-memory: ${name} on a caller that yields every few operations, interrupted once its turn/start is ${moment} but not yet written: the thread stays free (a sweep of yield budgets)`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const peer = yield* Testing.TestPeer
          for (const budget of [10, 12, 16, 20, 24, 32]) {
            const t = yield* Codex.startThread()
            const startsBefore = yield* countSent("turn/start")
            // a caller that yields every `budget` operations, as a busy fiber does every 2048
            const fiber = yield* Effect.fork(Effect.withMaxOpsBeforeYield(open(t.id), budget))
            let hit = false
            for (let polls = 0; polls < 2000; polls++) {
              yield* Effect.yieldNow()
              if (Option.isSome(yield* Fiber.poll(fiber))) break
              if ((yield* peer.sent).filter((m) => m.method === "turn/start").length > startsBefore) break
              if (reached(yield* diagnostics)) {
                hit = true
                break
              }
            }
            yield* Fiber.interrupt(fiber).pipe(within(1000, `interrupting ${name}`))
            yield* threadFreeAfter(t.id, `${name}, yielding every ${budget} operations${hit ? `, interrupted once ${moment}` : ""}`)
          }
        }).pipe(Effect.provide(clientWith(stage.script)))
      })
    }
  }
})

// ---- 4. runForEach's callback ----------------------------------------------------------------------

describe("in-memory: Codex.runForEach's callback", () => {
  for (const via of vias) {
    it.live(`in-memory: f failing at the third event: that very error, f never called again, the turn interrupted on the server, the thread free after completion${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        const seen: Array<TurnEvent> = []
        const boom = new Boom({ at: 2 })
        const error = yield* failureOf(via.wrap(Codex.runForEach(t.id, "hold", (e) => {
          seen.push(e)
          return seen.length === 3 ? Effect.fail(boom) : Effect.void
        }))).pipe(within(1000, "runForEach to fail with f's error"))
        assert.strictEqual(error, boom, "runForEach fails with exactly f's error")
        const turnId = yield* stage.answered(t.id)
        assert.deepStrictEqual(asSeen(seen), asSent(heldEvents(t.id, turnId).slice(0, 3)))
        assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
        yield* heldUntilCompleted(t.id, turnId, [n.delta(t.id, turnId, "late"), n.item(t.id, turnId, "late item")])
        assert.strictEqual(seen.length, 3, "f was called after it failed")
        assert.strictEqual(stage.interrupts.length, 1)
      }).pipe(Effect.provide(clientWith(stage.script)))
    })

    for (const how of ["dies", "throws"] as const) {
      it.live(`in-memory: f that ${how} at the second event: runForEach dies with that defect, f never called again, the turn interrupted, the thread free after completion${via.name}`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const t = yield* Codex.startThread()
          let calls = 0
          const kaboom = new Error("kaboom")
          const exit = yield* Effect.exit(via.wrap(Codex.runForEach(t.id, "hold", () => {
            if (++calls < 2) return Effect.void
            if (how === "throws") throw kaboom
            return Effect.die(kaboom)
          }))).pipe(within(1000, "runForEach to end on f's defect"))
          assert(Exit.isFailure(exit), "expected a failure")
          assert.isTrue(Option.isNone(Cause.failureOption(exit.cause)), "a defect is not a typed failure")
          assert.strictEqual(Option.getOrUndefined(Cause.dieOption(exit.cause)), kaboom)
          const turnId = yield* stage.answered(t.id)
          assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
          yield* heldUntilCompleted(t.id, turnId, [n.delta(t.id, turnId, "late")])
          assert.strictEqual(calls, 2)
          assert.strictEqual(stage.interrupts.length, 1)
        }).pipe(Effect.provide(clientWith(stage.script)))
      })
    }

    it.live(`in-memory: f failing on turn/completed: that error; no turn/interrupt for a completed turn; the thread is free at once${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        let calls = 0
        const boom = new Boom({ at: 7 })
        const error = yield* failureOf(via.wrap(Codex.runForEach(t.id, "x", (e) => {
          calls++
          return e.method === "turn/completed" ? Effect.fail(boom) : Effect.void
        }))).pipe(within(1000, "runForEach to fail"))
        assert.strictEqual(error, boom)
        assert.strictEqual(calls, 8)
        yield* roundTrip
        assert.strictEqual(yield* countSent("turn/interrupt"), 0, "a completed turn is never interrupted")
        yield* assertIdle()
        assert.strictEqual((yield* Codex.run(t.id, "next").pipe(within(1000, "the next turn"))).finalResponse, "next answer")
      }).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: f calling back into the client (a request; run, runForEach and stream on other threads; all three on its own busy thread) neither deadlocks nor disturbs the turn${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const client = yield* CodexClient
        const peer = yield* Testing.TestPeer
        const t = yield* Codex.startThread()
        const others = yield* Effect.all([Codex.startThread(), Codex.startThread(), Codex.startThread()])
        const calledBack = Deferred.unsafeMake<ReadonlyArray<string>>(FiberId.none)
        const seen: Array<TurnEvent> = []
        const running = yield* Effect.fork(via.wrap(Codex.runForEach(t.id, "hold", (e) => {
          seen.push(e)
          if (seen.length !== 1) return Effect.void
          return Effect.gen(function*() {
            const notes: Array<string> = []
            const models = yield* client.request("model/list", {})
            notes.push(`model/list:${models.data.length}`)
            const ran = yield* Codex.run(others[0]!.id, "x")
            notes.push(`run:${ran.finalResponse}`)
            let nested = 0
            const each = yield* Codex.runForEach(others[1]!.id, "x", () => Effect.sync(() => void nested++))
            notes.push(`runForEach:${each.finalResponse}:${nested}`)
            const streamed = yield* Stream.runCollect(Codex.stream(others[2]!.id, "x"))
            notes.push(`stream:${Chunk.size(streamed)}`)
            for (const kind of kinds) {
              const busy = yield* failureOf(consume(kind, t.id, "again", undefined, provided))
              notes.push(`${kind}:${busy._tag}:${busy._tag === "ThreadBusyError" ? busy.activeTurnId : ""}`)
            }
            yield* Deferred.succeed(calledBack, notes)
          })
        })))
        const turnId = yield* stage.answered(t.id)
        const notes = yield* Deferred.await(calledBack).pipe(within(3000, "f's calls into the client to return"))
        assert.deepStrictEqual(notes, [
          "model/list:0",
          "run:Hello.",
          "runForEach:Hello.:8",
          "stream:8",
          `run:ThreadBusyError:${turnId}`,
          `runForEach:ThreadBusyError:${turnId}`,
          `stream:ThreadBusyError:${turnId}`
        ])
        yield* peer.send(n.item(t.id, turnId, "done", "final_answer"), n.completed(t.id, turnId))
        const result = yield* Fiber.join(running).pipe(within(1000, "the turn to end"))
        assert.strictEqual(result.finalResponse, "done")
        assert.deepStrictEqual(
          asSeen(seen),
          asSent([...heldEvents(t.id, turnId), n.item(t.id, turnId, "done", "final_answer"), n.completed(t.id, turnId)])
        )
        assert.strictEqual(yield* countSent("turn/interrupt"), 0)
        yield* assertIdle()
      }).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: a slow f while the server floods a 4-event buffer: nothing is lost under the default policy${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        const t = yield* Codex.startThread()
        const gate = Deferred.unsafeMake<void>(FiberId.none)
        const blocked = Deferred.unsafeMake<void>(FiberId.none)
        const deltas: Array<string> = []
        let first = true
        const running = yield* Effect.fork(via.wrap(Codex.runForEach(t.id, "flood", (e) => {
          if (first) {
            first = false
            // the slow consumer: stuck on its first event until everything has been routed
            return Effect.zipRight(Deferred.succeed(blocked, undefined), Deferred.await(gate))
          }
          if (e._tag === "ServerNotification" && e.method === "item/agentMessage/delta") deltas.push(e.params.delta)
          return Effect.void
        })))
        const turnId = yield* stage.answered(t.id)
        yield* Deferred.await(blocked).pipe(within(1000, "f to hold its first event"))
        yield* peer.send(n.item(t.id, turnId, "flooded", "final_answer"), n.completed(t.id, turnId))
        yield* roundTrip // every event routed while f was stuck
        yield* Deferred.succeed(gate, undefined)
        const result = yield* Fiber.join(running).pipe(within(2000, "the flooded turn to end"))
        assert.deepStrictEqual(deltas, Array.from({ length: FLOOD }, (_, i) => `f${i}`))
        assert.strictEqual(result.finalResponse, "flooded")
        assert.strictEqual(yield* countSent("turn/interrupt"), 0)
        yield* assertIdle()
      }).pipe(Effect.provide(clientWith(stage.script, { turnBufferCapacity: 4 })))
    })

    it.live(`in-memory: a slow f while the server floods a 4-event buffer under "fail": TurnBufferFullError, one turn/interrupt, the thread free after completion${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        const gate = Deferred.unsafeMake<void>(FiberId.none)
        const blocked = Deferred.unsafeMake<void>(FiberId.none)
        let calls = 0
        const running = yield* Effect.fork(via.wrap(Codex.runForEach(t.id, "flood", () => {
          if (++calls > 1) return Effect.void
          return Effect.zipRight(Deferred.succeed(blocked, undefined), Deferred.await(gate))
        })))
        const turnId = yield* stage.answered(t.id)
        yield* Deferred.await(blocked).pipe(within(1000, "f to hold its first event"))
        yield* roundTrip
        yield* Deferred.succeed(gate, undefined)
        const error = yield* failureOf(Fiber.join(running)).pipe(within(1000, "the overfull turn to fail"))
        assert(error._tag === "TurnBufferFullError", `expected TurnBufferFullError, got ${error._tag}`)
        assert.deepStrictEqual([error.threadId, error.turnId, error.capacity], [t.id, turnId, 4])
        assert.isBelow(calls, FLOOD, "f saw fewer events than were sent")
        assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
        yield* heldUntilCompleted(t.id, turnId)
        assert.strictEqual(stage.interrupts.length, 1)
      }).pipe(Effect.provide(clientWith(stage.script, { turnBufferCapacity: 4, onTurnBufferFull: "fail" })))
    })

    it.live(`in-memory: f gets its requirements and fiber-local state from the caller${via.name}`, () => {
      class Label extends Context.Tag("test/fastPath/Label")<Label, string>() {}
      const local = FiberRef.unsafeMake("outside")
      const stage = makeStage()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        const seen: Array<string> = []
        const result = yield* via.wrap(Codex.runForEach(t.id, "x", () =>
          Effect.gen(function*() {
            seen.push(`${yield* Label}:${yield* FiberRef.get(local)}`)
          }))).pipe(Effect.locally(local, "inside"), Effect.provideService(Label, "mine"), within(1000, "runForEach"))
        assert.strictEqual(result.finalResponse, "Hello.")
        assert.deepStrictEqual(seen, Array.from({ length: 8 }, () => "mine:inside"))
      }).pipe(Effect.provide(clientWith(stage.script)))
    })
  }

  it.live("in-memory: f runs on the caller's fiber, one event at a time (fast path)", () => {
    const stage = makeStage()
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const ids: Array<FiberId.FiberId> = []
      let inside = 0
      let overlapped = false
      const caller = yield* Effect.flatMap(Effect.fiberId, (caller) =>
        Effect.as(
          Codex.runForEach(t.id, "x", () =>
            Effect.gen(function*() {
              if (++inside > 1) overlapped = true
              ids.push(yield* Effect.fiberId)
              yield* Effect.yieldNow()
              inside--
            })),
          caller
        )).pipe(within(1000, "runForEach"))
      assert.strictEqual(ids.length, 8)
      assert.isFalse(overlapped, "two events were handled at once")
      assert(ids.every((id) => Equal.equals(id, caller)), "f ran on another fiber than the caller's")
    }).pipe(Effect.provide(clientWith(stage.script)))
  })
})

// ---- 5. a stream left early ------------------------------------------------------------------------

describe("in-memory: Codex.stream left early", () => {
  for (const via of vias) {
    const leavers = [
      ["Stream.take(3) and runDrain", 3, (s: Stream.Stream<TurnEvent, any, CodexClient>) =>
        Effect.map(Stream.runCollect(Stream.take(s, 3)), Chunk.toReadonlyArray)],
      ["Stream.runHead", 1, (s: Stream.Stream<TurnEvent, any, CodexClient>) =>
        Effect.map(Stream.runHead(s), (head) => Option.toArray(head))]
    ] as const
    for (const [name, count, leave] of leavers) {
      it.live(`in-memory: ${name} on a running turn: the first events, one turn/interrupt, the thread freed after completion, no turn left over${via.name}`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const t = yield* Codex.startThread()
          const taken = yield* via.wrap(leave(Codex.stream(t.id, "hold"))).pipe(within(1000, `${name} to return`))
          const turnId = yield* stage.answered(t.id)
          assert.deepStrictEqual(asSeen(taken), asSent(heldEvents(t.id, turnId).slice(0, count)))
          assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
          yield* heldUntilCompleted(t.id, turnId, [n.delta(t.id, turnId, "late")])
          assert.strictEqual(stage.interrupts.length, 1)
        }).pipe(Effect.provide(clientWith(stage.script)))
      })

      it.live(`in-memory: ${name} on a turn that completed in the same chunk: no turn/interrupt, the thread free at once${via.name}`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const t = yield* Codex.startThread()
          const taken = yield* via.wrap(leave(Codex.stream(t.id, "x"))).pipe(within(1000, `${name} to return`))
          const turnId = yield* stage.answered(t.id)
          assert.deepStrictEqual(asSeen(taken), asSent(scripted(t.id, turnId).slice(0, count)))
          yield* roundTrip
          assert.strictEqual(yield* countSent("turn/interrupt"), 0, "a completed turn is never interrupted")
          yield* assertIdle()
        }).pipe(Effect.provide(clientWith(stage.script)))
      })
    }

    it.live(`in-memory: a stream pulled once (Stream.toPull) whose scope then closes: one turn/interrupt, the thread freed after completion${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        const first = yield* Effect.scoped(Effect.flatMap(Stream.toPull(Codex.stream(t.id, "hold")), (pull) => pull)).pipe(
          via.wrap,
          within(1000, "one pull")
        )
        const turnId = yield* stage.answered(t.id)
        assert.isAtLeast(Chunk.size(first), 1)
        assert.strictEqual(Chunk.unsafeGet(first, 0).method, "turn/started")
        assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
        yield* heldUntilCompleted(t.id, turnId)
        assert.strictEqual(stage.interrupts.length, 1)
      }).pipe(Effect.provide(clientWith(stage.script)))
    })

    it.live(`in-memory: a stream whose consumer fails at the third event: that error, one turn/interrupt, the thread freed after completion${via.name}`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const t = yield* Codex.startThread()
        let calls = 0
        const boom = new Boom({ at: 2 })
        const error = yield* failureOf(via.wrap(Stream.runForEach(Codex.stream(t.id, "hold"), () =>
          ++calls === 3 ? Effect.fail(boom) : Effect.void))).pipe(within(1000, "the stream to fail"))
        assert.strictEqual(error, boom)
        const turnId = yield* stage.answered(t.id)
        assert.deepStrictEqual(yield* stage.interrupted(turnId), { threadId: t.id, turnId })
        yield* heldUntilCompleted(t.id, turnId)
        assert.strictEqual(calls, 3)
        assert.strictEqual(stage.interrupts.length, 1)
      }).pipe(Effect.provide(clientWith(stage.script)))
    })
  }
})

// ---- 6. the client closing -------------------------------------------------------------------------

describe("in-memory: the client closing under the three verbs", () => {
  /** Forks each verb on a thread of its own, on a daemon fiber, with `input`; waits until each runs. */
  const startAll = (stage: Stage, input: "hold" | "never", context: Context.Context<CodexClient | Testing.TestPeer>) =>
    Effect.gen(function*() {
      const threads = yield* Effect.provide(Effect.all(kinds.map(() => Codex.startThread())), context)
      const fibers: Array<readonly [Kind, Fiber.RuntimeFiber<RunResult | undefined, RunError>]> = []
      const firstEvents: Array<Deferred.Deferred<void>> = []
      for (const [i, kind] of kinds.entries()) {
        const first = Deferred.unsafeMake<void>(FiberId.none)
        firstEvents.push(first)
        const fiber = yield* Effect.forkDaemon(
          Effect.provide(consume(kind, threads[i]!.id, input, () => Deferred.succeed(first, undefined)), context)
        )
        fibers.push([kind, fiber])
      }
      for (const [i, t] of threads.entries()) {
        if (input === "never") yield* stage.received(t.id)
        else {
          yield* stage.answered(t.id)
          if (kinds[i] !== "run") yield* Deferred.await(firstEvents[i]!).pipe(within(1000, `the first event of ${kinds[i]}`))
        }
      }
      yield* Effect.provide(roundTrip, context)
      return fibers
    })

  const failsWith = (fibers: ReadonlyArray<readonly [Kind, Fiber.Fiber<unknown, RunError>]>, check: (error: TransportError) => void) =>
    Effect.gen(function*() {
      const closed = Date.now()
      for (const [kind, fiber] of fibers) {
        const left = Math.max(1, 1000 - (Date.now() - closed))
        const error = yield* failureOf(Fiber.join(fiber)).pipe(within(left, `${kind} to fail after the close`))
        assert(error._tag === "TransportError", `${kind}: expected TransportError, got ${error._tag}`)
        check(error)
      }
    })

  for (const input of ["hold", "never"] as const) {
    const when = input === "hold" ? "mid-turn" : "while turn/start is in flight"
    it.live(`in-memory: the peer failing ${when}: run, runForEach and stream each fail with its TransportError within a second`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const context = yield* Layer.build(clientWith(stage.script))
        const fibers = yield* startAll(stage, input, context)
        const peer = Context.get(context, Testing.TestPeer)
        yield* peer.close(new TransportError({ reason: "Closed", detail: "server exited", exitCode: 3 }))
        yield* failsWith(fibers, (error) => assert.strictEqual(error.exitCode, 3))
        yield* Effect.provide(assertIdle("nothing left over after the close"), context)
      }).pipe(Effect.scoped)
    })

    it.live(`in-memory: closing the client's layer scope ${when}: run, runForEach and stream on daemon fibers each fail with TransportError Closed within a second`, () => {
      const stage = makeStage()
      return Effect.gen(function*() {
        const scope = yield* Scope.make()
        const context = yield* Layer.buildWithScope(clientWith(stage.script), scope)
        const fibers = yield* startAll(stage, input, context).pipe(Effect.onError(() => Scope.close(scope, Exit.void)))
        yield* Scope.close(scope, Exit.void).pipe(within(1000, "the client's scope to close"))
        yield* failsWith(fibers, (error) => assert.strictEqual(error.reason, "Closed"))
        assert.strictEqual((yield* Metric.value(Metrics.liveTurns)).value, 0, "turns still counted live after the close")
      })
    })
  }
})

// ---- 7. ThreadBusyError ----------------------------------------------------------------------------

describe("in-memory: a second turn on a busy thread", () => {
  for (const via of vias) {
    for (const first of kinds) {
      it.live(`in-memory: while ${first} holds a thread (starting, then running), run, runForEach and stream on it fail with ThreadBusyError and leave the running turn undisturbed${via.name}`, () => {
        const stage = makeStage()
        return Effect.gen(function*() {
          const peer = yield* Testing.TestPeer
          const t = yield* Codex.startThread()
          const seen: Array<TurnEvent> = []
          const running = yield* Effect.fork(consume(first, t.id, "late", (e) => Effect.sync(() => void seen.push(e)), via))
          yield* stage.received(t.id)
          const attempts = (activeTurnId: string | undefined) =>
            Effect.forEach(kinds, (kind) =>
              Effect.gen(function*() {
                let calls = 0
                const error = yield* failureOf(consume(kind, t.id, "second", () => Effect.sync(() => void calls++), via)).pipe(
                  within(1000, `${kind} on the busy thread to fail`)
                )
                assert(error._tag === "ThreadBusyError", `${kind}: expected ThreadBusyError, got ${error._tag}`)
                assert.strictEqual(error.activeTurnId, activeTurnId)
                assert.strictEqual(calls, 0)
              }), { discard: true })
          yield* attempts(undefined)
          yield* stage.release(t.id)
          const turnId = yield* stage.answered(t.id)
          yield* roundTrip
          yield* attempts(turnId)
          assert.strictEqual(yield* countSent("turn/start"), 1, "a busy attempt wrote a turn/start")
          assert.strictEqual(yield* countSent("turn/interrupt"), 0, "a busy attempt interrupted the running turn")
          const during = yield* diagnostics
          assert.deepStrictEqual([during.turns, during.busyThreads], [1, 1])
          // the running turn goes on: its last events reach its own consumer
          yield* peer.send(n.item(t.id, turnId, "done", "final_answer"), n.completed(t.id, turnId))
          const result = yield* Fiber.join(running).pipe(within(1000, `the first ${first} to end`))
          const all = [...heldEvents(t.id, turnId), n.item(t.id, turnId, "done", "final_answer"), n.completed(t.id, turnId)]
          if (first !== "run") assert.deepStrictEqual(asSeen(seen), asSent(all))
          const final = first === "stream" ? foldOf(t.id, turnId, seen) : result!
          assert.strictEqual(final.finalResponse, "done")
          assert.strictEqual(final.status, "completed")
          yield* roundTrip
          assert.strictEqual(yield* countSent("turn/interrupt"), 0)
          yield* assertIdle()
        }).pipe(Effect.provide(clientWith(stage.script)))
      })
    }
  }
})

// ---- 8. many at once -------------------------------------------------------------------------------

describe("in-memory: many turns at once", () => {
  it.live("in-memory: 200 turns on 200 threads (run, runForEach and stream in turn), all in flight together, their events interleaved: each gets its own, complete; nothing left over", () => {
    const N = 200
    const pending: Array<{ readonly id: number; readonly th: string; readonly tu: string }> = []
    const events = (th: string, tu: string): Array<Testing.ServerMessage> => [
      n.started(th, tu),
      n.delta(th, tu, `${th}:a`),
      n.delta(th, tu, `${th}:b`),
      n.item(th, tu, `answer of ${th}`, "final_answer"),
      n.usage(th, tu, th.length),
      n.completed(th, tu)
    ]
    return Effect.gen(function*() {
      const threads = yield* Effect.forEach(Array.from({ length: N }), () => Codex.startThread(), { concurrency: "unbounded" })
      const outcomes = yield* Effect.forEach(threads, (t, i) => {
        const kind = kinds[i % 3]!
        const seen: Array<TurnEvent> = []
        return Effect.map(
          consume(kind, t.id, "x", (e) => Effect.sync(() => void seen.push(e))),
          (result) => ({ kind, threadId: t.id, seen, result })
        )
      }, { concurrency: "unbounded" }).pipe(within(20_000, "200 concurrent turns to end"))
      assert.strictEqual(pending.length, N)
      const turnOf = new Map(pending.map((p) => [p.th, p.tu]))
      for (const { kind, result, seen, threadId } of outcomes) {
        const turnId = turnOf.get(threadId)!
        if (kind !== "run") assert.deepStrictEqual(asSeen(seen), asSent(events(threadId, turnId)), `${kind} on ${threadId}`)
        const final = kind === "stream" ? foldOf(threadId, turnId, seen) : result!
        assert.deepStrictEqual([final.threadId, final.turnId, final.finalResponse, final.usage?.total.totalTokens], [
          threadId,
          turnId,
          `answer of ${threadId}`,
          threadId.length
        ])
      }
      yield* roundTrip
      assert.strictEqual(yield* countSent("turn/interrupt"), 0)
      yield* assertIdle()
    }).pipe(Effect.provide(clientWith(server({
      // every turn/start is held until all N are in flight; then the answers, then the events in
      // rounds, each round one chunk holding the next event of every turn
      turnStart: (m, peer, turnId) =>
        Effect.suspend(() => {
          pending.push({ id: m.id, th: m.params.threadId, tu: turnId })
          if (pending.length < N) return Effect.void
          const all = pending.map((p) => events(p.th, p.tu))
          return peer.send(...pending.map((p) => ({ id: p.id, result: { turn: turn(p.tu) } }))).pipe(
            Effect.zipRight(Effect.forEach(all[0]!.keys(), (r) => peer.send(...all.map((e) => e[r]!)), { discard: true }))
          )
        })
    }))))
  }, 30_000)
})

// ---- with tracing on ------------------------------------------------------------------------------

describe("in-memory: the three verbs with tracing on", () => {
  /** A tracer that keeps each span's name and whether it ended. */
  const endingTracer = () => {
    const spans: Array<{ readonly name: string; ended: boolean }> = []
    const tracer = Tracer.make({
      span: (name, parent, context, links, startTime, kind) => {
        const record = { name, ended: false }
        spans.push(record)
        return {
          _tag: "Span",
          name,
          spanId: `span-${spans.length}`,
          traceId: "trace",
          parent,
          context,
          status: { _tag: "Started", startTime },
          attributes: new Map(),
          links,
          sampled: true,
          kind,
          end: () => {
            record.ended = true
          },
          attribute: () => {},
          event: () => {},
          addLinks: () => {}
        }
      },
      context: (f) => f()
    })
    return { spans, tracer }
  }

  it.live("in-memory: completed, interrupted, left, failed-callback and busy turns through each verb: same results, every span ends, one codex.turn span per turn/start", () => {
    const stage = makeStage()
    const { spans, tracer } = endingTracer()
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const shapes: Array<ReturnType<typeof shapeOf>> = []
      for (const kind of kinds) {
        // completed
        const a = yield* Codex.startThread()
        const seen: Array<TurnEvent> = []
        const result = yield* consume(kind, a.id, "x", (e) => Effect.sync(() => void seen.push(e))).pipe(within(1000, `${kind}`))
        const turnId = yield* stage.answered(a.id)
        if (kind !== "run") assert.deepStrictEqual(asSeen(seen), asSent(scripted(a.id, turnId)))
        shapes.push(shapeOf(kind === "stream" ? foldOf(a.id, turnId, seen) : result!))
        // interrupted mid-turn; a busy attempt meanwhile
        const b = yield* Codex.startThread()
        const first = Deferred.unsafeMake<void>(FiberId.none)
        const running = yield* Effect.fork(consume(kind, b.id, "hold", () => Deferred.succeed(first, undefined)))
        const held = yield* stage.answered(b.id)
        if (kind === "run") yield* roundTrip
        else yield* Deferred.await(first).pipe(within(1000, "the first event"))
        const busy = yield* failureOf(consume(kind, b.id, "again")).pipe(within(1000, "the busy attempt"))
        assert.strictEqual(busy._tag, "ThreadBusyError")
        yield* Fiber.interrupt(running).pipe(within(1000, "the interruption"))
        yield* stage.interrupted(held)
        yield* peer.send(n.completed(b.id, held, "interrupted"))
      }
      // a stream left early, and a callback that fails
      const c = yield* Codex.startThread()
      yield* Stream.runDrain(Stream.take(Codex.stream(c.id, "hold"), 2)).pipe(within(1000, "take(2)"))
      const d = yield* Codex.startThread()
      const boom = new Boom({ at: 0 })
      const failed = yield* failureOf(Codex.runForEach(d.id, "hold", () => Effect.fail(boom))).pipe(within(1000, "f failing"))
      // under a span, Effect hands the error back wrapped (a Proxy carrying the span): same tag and fields
      assert(failed._tag === "Boom" && failed.at === 0, `expected f's error, got ${failed._tag}`)
      for (const th of [c.id, d.id]) {
        const tu = yield* stage.answered(th)
        yield* stage.interrupted(tu)
        yield* peer.send(n.completed(th, tu, "interrupted"))
      }
      yield* roundTrip
      assert.deepStrictEqual(shapes[1], shapes[0])
      assert.deepStrictEqual(shapes[2], shapes[0])
      yield* assertIdle()
      assert.strictEqual(stage.interrupts.length, 5)
      const turnSpans = spans.filter((s) => s.name === "codex.turn")
      assert.strictEqual(turnSpans.length, 8 + 3, "a codex.turn span per turn/start, and one per busy attempt")
      const open = spans.filter((s) => !s.ended).map((s) => s.name)
      assert.deepStrictEqual(open, [], "spans left open")
      for (const name of ["Codex.run", "Codex.runForEach", "Codex.stream"]) {
        assert.isAbove(spans.filter((s) => s.name === name).length, 0, `no ${name} span`)
      }
    }).pipe(Effect.provide(clientWith(stage.script)), Effect.withTracer(tracer))
  })
})

// ---- fake process ----------------------------------------------------------------------------------

const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
chmodSync(fake, 0o755)

const withFake = (mode: string) =>
  CodexClientModule.layer({
    binaryPath: fake,
    env: { FAKE_MODE: mode },
    closeTimeouts: { afterEof: "300 millis", afterTerm: "300 millis", afterKill: "300 millis" }
  })

describe("fake process: the three verbs over real pipes", () => {
  it.live("fake process: run, runForEach and stream give the same events and results", () =>
    Effect.gen(function*() {
      const shapes: Array<ReturnType<typeof shapeOf>> = []
      const seenBy: Array<ReadonlyArray<string>> = []
      for (const kind of kinds) {
        const t = yield* Codex.startThread()
        const seen: Array<TurnEvent> = []
        const result = yield* consume(kind, t.id, "hi", (e) => Effect.sync(() => void seen.push(e))).pipe(
          within(5000, `${kind} over the fake process`)
        )
        const turnId = kind === "run" ? result!.turnId : (seen[0]?.params as any)?.turn?.id
        if (kind !== "run") seenBy.push(seen.map((e) => e.method === "item/agentMessage/delta" ? `delta:${(e.params as any).delta}` : e.method))
        shapes.push(shapeOf(kind === "stream" ? foldOf(t.id, turnId, seen) : result!))
      }
      assert.deepStrictEqual(seenBy, [
        ["turn/started", "delta:partial", "turn/completed"],
        ["turn/started", "delta:partial", "turn/completed"]
      ])
      assert.strictEqual(shapes[0]!.status, "completed")
      assert.deepStrictEqual(shapes[1], shapes[0])
      assert.deepStrictEqual(shapes[2], shapes[0])
      yield* assertIdle()
    }).pipe(Effect.provide(withFake("normal"))), 20_000)

  for (const kind of kinds) {
    it.live(`fake process: the server crashing mid-turn fails ${kind} with its TransportError (exit code 7) within a second of the crash`, () =>
      Effect.gen(function*() {
        const t = yield* Codex.startThread()
        let events = 0
        const error = yield* failureOf(consume(kind, t.id, "hi", () => Effect.sync(() => void events++))).pipe(
          within(3000, `${kind} to fail on the crash`)
        )
        assert(error._tag === "TransportError", `expected TransportError, got ${error._tag}`)
        assert.strictEqual(error.exitCode, 7)
        if (kind !== "run") assert.strictEqual(events, 2, "turn/started and the delta came before the crash")
        yield* assertIdle()
      }).pipe(Effect.provide(withFake("crash-mid-turn"))), 20_000)
  }

  it.live("fake process: closing the client's scope mid-turn: run, runForEach and stream on daemon fibers each fail with TransportError Closed within a second", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(withFake("hold-turns"), scope)
      const body = Effect.gen(function*() {
        const threads = yield* Effect.provide(Effect.all(kinds.map(() => Codex.startThread())), context)
        const firsts = kinds.map(() => Deferred.unsafeMake<void>(FiberId.none))
        const fibers = yield* Effect.forEach(kinds, (kind, i) =>
          Effect.forkDaemon(Effect.provide(consume(kind, threads[i]!.id, "hi", () => Deferred.succeed(firsts[i]!, undefined)), context)))
        yield* Deferred.await(firsts[1]!).pipe(within(5000, "runForEach's first event"))
        yield* Deferred.await(firsts[2]!).pipe(within(5000, "the stream's first event"))
        return fibers
      })
      const fibers = yield* body.pipe(Effect.onError(() => Scope.close(scope, Exit.void)))
      const closed = Date.now()
      yield* Effect.fork(Scope.close(scope, Exit.void))
      for (const [i, fiber] of fibers.entries()) {
        const left = Math.max(1, 1000 - (Date.now() - closed))
        const error = yield* failureOf(Fiber.join(fiber)).pipe(within(left, `${kinds[i]} to fail after the close`))
        assert(error._tag === "TransportError", `${kinds[i]}: expected TransportError, got ${error._tag}`)
        assert.strictEqual(error.reason, "Closed")
      }
    }), 20_000)
})
