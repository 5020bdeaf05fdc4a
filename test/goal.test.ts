/**
 * Issue 12 item 3, in memory: goals (`startGoal`, `runGoal`). The test plays the server: it
 * answers `thread/goal/*` and sends the turns the goal causes, so it decides exactly when each
 * event is routed relative to the client's calls.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import type { ThreadGoal, ThreadGoalStatus } from "../src/generated/schemas.js"
import { runGoal, startGoal } from "../src/internal/verbs/goal.js"
import type { TurnEvent } from "../src/TurnRegistry.js"
import * as Testing from "../src/testing.js"
import { consumeInto, takeUntil } from "./support/events.js"
import { clientWith, countSent, n, rawLines, server, within } from "./support/peer.js"

const T = "thread-2" // the first thread/start of the default server

const CREATED = 1795300000
const goalOf = (status: ThreadGoalStatus, createdAt: number = CREATED, objective = "ship it"): ThreadGoal => ({
  threadId: T,
  objective,
  status,
  tokenBudget: null,
  tokensUsed: 0,
  timeUsedSeconds: 0,
  createdAt,
  updatedAt: createdAt
})
const updated = (goal: ThreadGoal, turnId: string | null = null) =>
  Testing.notification("thread/goal/updated", { threadId: T, turnId, goal })
const cleared = Testing.notification("thread/goal/cleared", { threadId: T })

interface GoalServer {
  /** The status `thread/goal/set` answers when the client asks for `active` (default `active`). */
  readonly setStatus?: ThreadGoalStatus
  /** Sent right after the answer to `thread/goal/clear` (what codex sends when a goal existed). */
  readonly onClear?: ReadonlyArray<Testing.ServerMessage>
  /** Sent before the answer to `thread/goal/set` `active` (stale notifications of an older goal). */
  readonly beforeSet?: ReadonlyArray<Testing.ServerMessage>
  /** Sent right after the set's report, in the same write: the goal's first turns, as codex starts them at once. */
  readonly afterSet?: ReadonlyArray<Testing.ServerMessage>
  /** `thread/goal/get`'s goal (default: none answered, the request fails). */
  readonly get?: ThreadGoal | null
  /** The thread's status in `thread/read` (default idle). */
  readonly threadActive?: boolean
}

/** A server that answers `thread/goal/*` as codex does: the set is answered, then reported. */
const goalServer = (options: GoalServer = {}) =>
  server({
    other: (request, peer) => {
      switch (request.method) {
        case "thread/goal/clear":
          return peer.send(Testing.reply(request, { cleared: true }), ...(options.onClear ?? []))
        case "thread/goal/set": {
          const asked = request.params.status
          const goal = goalOf(asked === "active" ? options.setStatus ?? "active" : asked ?? "active")
          return peer.send(
            ...(asked === "active" ? options.beforeSet ?? [] : []),
            Testing.reply(request, { goal }),
            updated(goal),
            ...(asked === "active" ? options.afterSet ?? [] : [])
          )
        }
        case "thread/goal/get":
          return options.get === undefined ? undefined : peer.send(Testing.reply(request, { goal: options.get }))
        case "thread/read":
          return peer.send(Testing.reply(request, {
            thread: { ...Testing.thread(request.params.threadId), status: options.threadActive ? { type: "active", activeFlags: [] } : { type: "idle" } }
          } as never))
        default:
          return undefined
      }
    }
  })

const approval = (id: string, turnId: string) =>
  Testing.serverRequest(id, "item/commandExecution/requestApproval", {
    threadId: T,
    turnId,
    itemId: `item-${id}`,
    startedAtMs: 1,
    command: "make",
    cwd: "/w",
    commandActions: []
  })

/** A whole goal turn: started, one answer, completed with this status. */
const goalTurn = (turnId: string, answer: string, status: "completed" | "interrupted" = "completed") => [
  n.started(T, turnId),
  n.delta(T, turnId, answer),
  n.item(T, turnId, answer, "final_answer"),
  n.completed(T, turnId, status)
]

/** A goal's stream, consumed on a fiber of its own into a queue (scoped). */
const consume = consumeInto

/** Takes events off the queue until one with this method (bounded), returning all taken. */
const until = (events: Queue.Queue<TurnEvent>, method: string) => takeUntil(events, method, "the goal's stream")

const label = (event: TurnEvent) => {
  const p = event.params as any
  if (event.method === "thread/goal/updated") return `goal:${p?.goal?.status ?? "?"}`
  const id = p?.turn?.id ?? p?.turnId
  return id === undefined ? event.method : `${event.method}:${id}`
}

/** What the client wrote for this method, in order (params only). */
const sentParams = (method: string) =>
  Effect.map(Effect.flatMap(Testing.TestPeer, (peer) => peer.sent), (sent) =>
    sent.filter((m) => m.method === method).map((m) => (m as { params?: unknown }).params))

describe("in-memory: a goal's run", () => {
  it.live("clear, then set active with the budget; every server turn followed in order, ending after the turn that completed the goal", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it", { tokenBudget: 500 })
      assert.strictEqual(handle.goal.status, "active")
      const { events, fiber } = yield* consume(handle.stream)
      yield* peer.send(...goalTurn("g-1", "one"))
      yield* until(events, "turn/completed")
      // the model completes the goal in the middle of the second turn; the turn still runs to its end
      yield* peer.send(n.started(T, "g-2"), updated(goalOf("complete"), "g-2"), n.item(T, "g-2", "two", "final_answer"))
      yield* until(events, "item/completed")
      assert.isNull(fiber.unsafePoll(), "the run ended before the goal's last turn completed")
      yield* peer.send(n.completed(T, "g-2"))
      yield* Fiber.join(fiber).pipe(within(2000, "the goal's stream ends"))
      const result = yield* handle.result
      assert.strictEqual(result.outcome, "complete")
      assert.strictEqual(result.goal?.status, "complete")
      assert.deepStrictEqual(result.turns.map((x) => [x._tag, x.turnId]), [["Finished", "g-1"], ["Finished", "g-2"]])
      assert.strictEqual(result.finalResponse, "two")
      assert.deepStrictEqual(yield* sentParams("thread/goal/clear"), [{ threadId: T }])
      assert.deepStrictEqual(yield* sentParams("thread/goal/set"), [
        { threadId: T, objective: "ship it", status: "active", tokenBudget: 500 }
      ])
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))

  it.live("the stream is one logical stream: each turn from turn/started to turn/completed, the goal's notifications between", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const collected = yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* startGoal(t.id, "ship it")
        const running = yield* Effect.fork(Stream.runCollect(handle.stream))
        yield* peer.send(
          ...goalTurn("g-1", "one"),
          updated(goalOf("active"), "g-2"),
          n.started(T, "g-2"),
          updated(goalOf("budgetLimited"), "g-2"),
          n.completed(T, "g-2")
        )
        return yield* Fiber.join(running).pipe(within(2000, "the goal's stream"))
      }))
      assert.deepStrictEqual(Chunk.toReadonlyArray(collected).map(label), [
        "goal:active",
        "turn/started:g-1",
        "item/agentMessage/delta:g-1",
        "item/completed:g-1",
        "turn/completed:g-1",
        "goal:active",
        "turn/started:g-2",
        "goal:budgetLimited",
        "turn/completed:g-2"
      ])
    }).pipe(Effect.provide(clientWith(goalServer()))))

  it.live("notifications of an older goal, routed before this run's set is reported, do not end the run", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      // the clear's goal/cleared and an older goal's stop come before the report of this run's set
      const handle = yield* startGoal(t.id, "ship it")
      yield* peer.send(...goalTurn("g-1", "one"), updated(goalOf("complete"), "g-1"))
      const result = yield* handle.result.pipe(within(2000, "the goal's run"))
      assert.strictEqual(result.outcome, "complete")
      assert.deepStrictEqual(result.turns.map((x) => x.turnId), ["g-1"])
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer({
      onClear: [cleared],
      beforeSet: [updated(goalOf("complete", CREATED - 50, "the old goal"))]
    })))))

  it.live("turns the server runs in the same instant as it answers the set are not missed: the thread is subscribed first", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* runGoal(t.id, "ship it").pipe(within(2000, "the goal's run"))
      assert.strictEqual(result.outcome, "complete")
      assert.deepStrictEqual(result.turns.map((x) => x.turnId), ["g-1", "g-2"])
      assert.strictEqual(result.finalResponse, "two")
    }).pipe(Effect.provide(clientWith(goalServer({
      afterSet: [...goalTurn("g-1", "one"), ...goalTurn("g-2", "two").slice(0, 3), updated(goalOf("complete"), "g-2"), n.completed(T, "g-2")]
    })))))

  it.live("a set answered with a stopped goal ends the run at once, with no turn", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* runGoal(t.id, "ship it", { fresh: false }).pipe(within(2000, "the goal's run"))
      assert.strictEqual(result.outcome, "budgetLimited")
      assert.deepStrictEqual(result.turns, [])
      assert.strictEqual(yield* countSent("thread/goal/clear"), 0, "fresh: false clears nothing")
    }).pipe(Effect.provide(clientWith(goalServer({ setStatus: "budgetLimited" })))))

  it.live("a failed turn: the server blocks the goal; the run ends blocked, the turn kept as Failed", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it")
      yield* peer.send(
        n.started(T, "g-1"),
        updated(goalOf("blocked"), "g-1"),
        n.completed(T, "g-1", "failed", { message: "model unavailable" })
      )
      const result = yield* handle.result.pipe(within(2000, "the goal's run"))
      assert.strictEqual(result.outcome, "blocked")
      const [first] = result.turns
      assert(first?._tag === "Failed" && first.error._tag === "TurnFailedError")
      assert.strictEqual(first.error.message, "model unavailable")
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))

  it.live("a goal turn interrupted from elsewhere while the goal stays active: the run ends interrupted", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it")
      yield* peer.send(...goalTurn("g-1", "half", "interrupted"))
      const result = yield* handle.result.pipe(within(2000, "the goal's run"))
      assert.strictEqual(result.outcome, "interrupted")
      assert.strictEqual(result.goal?.status, "active")
      assert.strictEqual(yield* countSent("turn/interrupt"), 0)
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))

  it.live("the goal's approvals answer its turns' server requests", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it", {
        approvals: { "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const }) }
      })
      const { events } = yield* consume(handle.stream)
      yield* peer.send(n.started(T, "g-1"))
      yield* until(events, "turn/started")
      yield* peer.send(approval("ask-1", "g-1"))
      const answer = yield* peer.awaitSent((m) => m.method === undefined && m.id === "ask-1", { timeout: "2 seconds" })
      assert.deepStrictEqual((answer as any).result, { decision: "accept" })
      const seen = yield* until(events, "item/commandExecution/requestApproval")
      assert.strictEqual(seen.at(-1)?._tag, "ServerRequest", "the goal's stream carries its turns' requests")
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))
})

describe("in-memory: pause, resume, clear", () => {
  it.live("pause, resume and clear send thread/goal/set and thread/goal/clear; the run ends once the stop is reported and the turn is over", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it")
      const { events, fiber } = yield* consume(handle.stream)
      yield* peer.send(n.started(T, "g-1"))
      yield* until(events, "turn/started")
      const paused = yield* handle.pause
      assert.strictEqual(paused.status, "paused")
      yield* until(events, "thread/goal/updated")
      // paused, then resumed before the running turn ended: the run goes on
      assert.strictEqual((yield* handle.resume).status, "active")
      yield* until(events, "thread/goal/updated")
      yield* peer.send(...goalTurn("g-1", "one").slice(1), ...goalTurn("g-2", "two").slice(0, 2))
      yield* until(events, "item/agentMessage/delta")
      assert.isTrue(yield* handle.clear)
      yield* peer.send(cleared, ...goalTurn("g-2", "two").slice(2))
      yield* Fiber.join(fiber).pipe(within(2000, "the goal's stream ends"))
      const result = yield* handle.result
      assert.strictEqual(result.outcome, "cleared")
      assert.isUndefined(result.goal)
      assert.deepStrictEqual(result.turns.map((x) => x.turnId), ["g-1", "g-2"])
      assert.deepStrictEqual((yield* sentParams("thread/goal/set")).slice(1), [
        { threadId: T, status: "paused" },
        { threadId: T, status: "active" }
      ])
      assert.deepStrictEqual(yield* sentParams("thread/goal/clear"), [{ threadId: T }, { threadId: T }])
      // the run is over: resume has nothing to follow, and says so without sending anything
      const ended = yield* Effect.flip(handle.resume)
      assert(ended._tag === "GoalError" && ended.reason === "Ended")
      assert.strictEqual(yield* countSent("thread/goal/set"), 3)
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))
})

describe("in-memory: leaving, interruption, the connection", () => {
  it.live("interrupting runGoal's fiber pauses the goal, then interrupts its running turn: each once", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const run = yield* Effect.fork(runGoal(t.id, "ship it", {
        approvals: { "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const }) }
      }))
      yield* peer.awaitSent("thread/goal/set", { timeout: "2 seconds" })
      yield* peer.send(n.started(T, "g-1"))
      // asked until the goal's own handler answers (the client's would decline): then the run follows g-1
      yield* Effect.gen(function*() {
        for (let k = 1; k <= 20; k++) {
          yield* peer.send(approval(`ask-${k}`, "g-1"))
          const answer = yield* peer.awaitSent((m) => m.method === undefined && m.id === `ask-${k}`, { timeout: "2 seconds" })
          if ((answer as any).result?.decision === "accept") return
        }
        assert.fail("the goal's handler never answered: the run does not follow g-1")
      })
      yield* Fiber.interrupt(run).pipe(within(2000, "the run's interruption"))
      const interrupt = yield* peer.awaitSent("turn/interrupt", { timeout: "2 seconds" })
      assert.deepStrictEqual(interrupt.params, { threadId: T, turnId: "g-1" })
      const sent = yield* peer.sent
      const pauseAt = sent.findIndex((m) => m.method === "thread/goal/set" && (m.params as any).status === "paused")
      const interruptAt = sent.findIndex((m) => m.method === "turn/interrupt")
      assert.isAtLeast(pauseAt, 0, "the goal was not paused")
      assert.isBelow(pauseAt, interruptAt, "the turn was interrupted before the goal was paused")
      // the server completes the interrupted turn; nothing more is sent
      yield* peer.send(n.completed(T, "g-1", "interrupted"))
      // answered after that line: once it is, the line has been routed
      yield* Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))
      assert.strictEqual((yield* sentParams("thread/goal/set")).filter((p: any) => p.status === "paused").length, 1)
      assert.strictEqual(yield* countSent("turn/interrupt"), 1)
    }).pipe(Effect.provide(clientWith(goalServer()))))

  it.live("leaving startGoal's scope before the goal stopped: paused, then its turn interrupted; after the end, leaving sends nothing", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* startGoal(t.id, "ship it")
        const { events } = yield* consume(handle.stream)
        yield* peer.send(n.started(T, "g-1"))
        yield* until(events, "turn/started")
      }))
      const interrupt = yield* peer.awaitSent("turn/interrupt", { timeout: "2 seconds" })
      assert.deepStrictEqual(interrupt.params, { threadId: T, turnId: "g-1" })
      assert.deepStrictEqual((yield* sentParams("thread/goal/set")).at(-1), { threadId: T, status: "paused" })
      yield* peer.send(n.completed(T, "g-1", "interrupted"))

      // a run that ended by itself: leaving pauses nothing, interrupts nothing
      const before = (yield* peer.sent).length
      yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* startGoal(t.id, "ship it")
        yield* peer.send(...goalTurn("g-2", "done"), updated(goalOf("complete"), "g-2"))
        assert.strictEqual((yield* handle.result.pipe(within(2000, "the second run"))).outcome, "complete")
      }))
      const after = (yield* peer.sent).slice(before).map((m) => m.method)
      assert.deepStrictEqual(after, ["thread/goal/clear", "thread/goal/set"])
    }).pipe(Effect.provide(clientWith(goalServer()))))

  it.live("closing the connection fails the run's stream and result with the reason", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it")
      yield* peer.send(n.started(T, "g-1"))
      const result = yield* Effect.fork(handle.result)
      yield* peer.close()
      const exit = yield* Fiber.await(result).pipe(within(2000, "the run's result after the close"))
      assert(Exit.isFailure(exit) && exit.cause._tag === "Fail" && exit.cause.error._tag === "TransportError")
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))

  it.live("a goal notification of a newer shape (unknown status, no goal) is passed on and changes nothing", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it")
      const { events, fiber } = yield* consume(handle.stream)
      yield* peer.send(n.started(T, "g-1"))
      yield* until(events, "turn/started")
      yield* peer.sendRaw(rawLines(
        {
          method: "thread/goal/updated",
          params: { threadId: T, turnId: "g-1", goal: { ...goalOf("active"), status: "superseded", priority: 3 } }
        },
        { method: "thread/goal/updated", params: { threadId: T, turnId: "g-1", goal: 42 } },
        { method: "thread/goal/updated", params: { threadId: T } }
      ))
      yield* peer.send(...goalTurn("g-1", "one").slice(1))
      const taken = yield* until(events, "turn/completed")
      assert.strictEqual(taken.filter((e) => e._tag === "UnknownNotification").length, 3)
      assert.isNull(fiber.unsafePoll(), "a goal notification this version cannot read ended the run")
      yield* peer.send(...goalTurn("g-2", "two"), updated(goalOf("complete"), "g-2"))
      const result = yield* handle.result.pipe(within(2000, "the goal's run"))
      assert.strictEqual(result.outcome, "complete")
      assert.strictEqual(result.turns.length, 2)
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer()))))
})

describe("in-memory: a goal that goes silent", () => {
  it.live("active, no turn, the thread idle for idleTimeout: GoalError Stalled, and the goal is paused", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(runGoal(t.id, "ship it", { idleTimeout: "100 millis" })).pipe(
        within(2000, "the stalled run")
      )
      assert(error._tag === "GoalError" && error.reason === "Stalled")
      assert.deepStrictEqual((yield* sentParams("thread/goal/set")).at(-1), { threadId: T, status: "paused" })
    }).pipe(Effect.provide(clientWith(goalServer({ get: goalOf("active") })))))

  it.live("a stop whose notification was lost is found by the idle check", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const result = yield* runGoal(t.id, "ship it", { idleTimeout: "100 millis" }).pipe(within(2000, "the run"))
      assert.strictEqual(result.outcome, "complete")
      assert.strictEqual(yield* countSent("thread/read"), 0)
    }).pipe(Effect.provide(clientWith(goalServer({ get: goalOf("complete") })))))

  it.live("while a turn the run does not follow holds the thread, the idle check waits", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const handle = yield* startGoal(t.id, "ship it", { idleTimeout: "50 millis" })
      // two idle checks, both finding the thread busy
      let reads = 0
      yield* peer.awaitSent((m) => m.method === "thread/read" && ++reads === 2, { timeout: "2 seconds" })
      yield* peer.send(...goalTurn("g-1", "one"), updated(goalOf("complete"), "g-1"))
      assert.strictEqual((yield* handle.result.pipe(within(2000, "the run"))).outcome, "complete")
    }).pipe(Effect.scoped, Effect.provide(clientWith(goalServer({ get: goalOf("active"), threadActive: true })))))
})

