/**
 * Real binary: goals on the pinned codex, offline, with a scripted model. codex runs a goal's turns
 * by itself and offers the model `get_goal`, `create_goal` and `update_goal`; the script answers
 * each thread by the tag in its goal's objective, counting that goal's model requests. One
 * server for the file.
 */
import { assert, layer } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import { runGoal, startGoal } from "../src/internal/verbs/goal.js"
import * as Testing from "../src/testing.js"
import type { RecordedRequest, ScriptedResponse } from "../src/testing.js"

/** Model requests per goal tag, in order. */
const seen = new Map<string, number>()
/** The interrupt test's first model request has arrived. */
const interruptStarted = Deferred.unsafeMake<void>(FiberId.none)

const TAGS = ["[complete]", "[pause]", "[interrupt]", "[budget]", "[fail]"] as const
const tagOf = (request: RecordedRequest) => {
  const body = JSON.stringify(request.body?.input ?? [])
  return TAGS.find((tag) => body.includes(tag)) ?? "?"
}
const lastIsToolOutput = (request: RecordedRequest) => {
  const input = request.body?.input
  return Array.isArray(input) && input.at(-1)?.type === "function_call_output"
}
const slow = (text: string): ScriptedResponse => ({ items: [Testing.message(text)], chunkDelayMs: 100 })

const script = (request: RecordedRequest): ScriptedResponse => {
  if (request.lastUserText === "unrelated question") return { items: [Testing.message("unrelated answer")] }
  const tag = tagOf(request)
  const k = (seen.get(tag) ?? 0) + 1
  seen.set(tag, k)
  // after update_goal: the turn's closing answer
  if (lastIsToolOutput(request)) return { items: [Testing.message(`${tag} done`)] }
  switch (tag) {
    case "[complete]":
      return k === 1
        ? { items: [Testing.message("step one")] }
        : { items: [Testing.message("checking", "commentary"), Testing.functionCall("update_goal", { status: "complete" })] }
    case "[pause]":
      return slow("a slow answer of the first turn, word by word, so that it can be paused")
    case "[interrupt]":
      Deferred.unsafeDone(interruptStarted, Exit.void)
      return slow("a slow answer that will be interrupted long before it could ever end")
    case "[budget]":
      return { items: [Testing.message(`spend ${k}`)], usage: { inputTokens: 100, outputTokens: 100 } }
    case "[fail]":
      return { items: [], httpStatus: 400 }
    default:
      return { items: [Testing.message("(no goal)")] }
  }
}

const TestCodex = Testing.layer(script)

const goalStatus = (threadId: string) =>
  Effect.flatMap(CodexClient, (client) => client.request("thread/goal/get", { threadId })).pipe(
    Effect.map((r) => r.goal?.status)
  )

layer(TestCodex, { excludeTestServices: true, timeout: "60 seconds" })("real binary: goals", (it) => {
  it.effect("real binary: runGoal follows every turn codex runs for the goal until the model completes it with update_goal", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const result = yield* runGoal(thread.id, "[complete] write the release notes")
      assert.strictEqual(result.outcome, "complete")
      assert.strictEqual(result.goal?.status, "complete")
      assert.deepStrictEqual(result.turns.map((t) => t._tag === "Finished" ? t.result.status : t._tag), ["completed", "completed"])
      const [first, second] = result.turns
      assert(first?._tag === "Finished" && second?._tag === "Finished")
      assert.strictEqual(first.result.finalResponse, "step one")
      assert.strictEqual(result.finalResponse, "[complete] done")
      assert.strictEqual(yield* goalStatus(thread.id), "complete")
      // the turns are the thread's, in order
      const turns = yield* Stream.runCollect(Codex.listTurns(thread.id, { sortDirection: "asc" }))
      assert.deepStrictEqual(Chunk.toReadonlyArray(turns).map((t) => t.id), [first.turnId, second.turnId])
      // what makes the goal run: codex's own goal tools, offered to the model
      const requests = (yield* model.requests).filter((r) => tagOf(r) === "[complete]")
      const tools = (requests[0]?.body?.tools ?? []).map((t: { name?: string }) => t.name)
      assert.includeMembers(tools, ["get_goal", "create_goal", "update_goal"])
      assert.strictEqual(requests.length, 3, "two turns: one answer; update_goal, then the closing answer")
    }), 60_000)

  it.effect("real binary: startGoal's stream shows each turn; pause lets the running turn end, then the run ends paused", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const { methods, result } = yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* startGoal(thread.id, "[pause] tidy the docs")
        const methods: Array<string> = []
        let paused = false
        yield* handle.stream.pipe(
          Stream.runForEach((event) => {
            if (event.method !== "item/agentMessage/delta") methods.push(event.method)
            if (event.method !== "item/agentMessage/delta" || paused) return Effect.void
            paused = true
            return Effect.asVoid(handle.pause)
          })
        )
        return { methods, result: yield* handle.result }
      }))
      assert.strictEqual(result.outcome, "paused")
      assert.strictEqual(result.turns.length, 1)
      const [only] = result.turns
      assert(only?._tag === "Finished" && only.result.status === "completed", "the paused goal's turn ran to its end")
      assert.strictEqual(methods.filter((m) => m === "turn/started").length, 1)
      assert.strictEqual(methods.at(-1), "turn/completed")
      assert.isTrue(methods.indexOf("thread/goal/updated", 1) < methods.indexOf("turn/completed"), "paused during the turn")
      assert.strictEqual(yield* goalStatus(thread.id), "paused")
    }), 60_000)

  it.effect("real binary: interrupting runGoal's fiber pauses the goal and interrupts the running turn", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const completed = yield* Effect.scoped(Effect.gen(function*() {
        const events = yield* Codex.subscribeThread(thread.id)
        const completion = yield* events.pipe(
          Stream.filter(Codex.isNotification("turn/completed")),
          Stream.runHead,
          Effect.fork
        )
        const run = yield* Effect.fork(runGoal(thread.id, "[interrupt] refactor everything"))
        yield* Deferred.await(interruptStarted)
        yield* Fiber.interrupt(run)
        return yield* Fiber.join(completion)
      }))
      assert(completed._tag === "Some")
      assert.strictEqual(completed.value.params.turn.status, "interrupted")
      assert.strictEqual(yield* goalStatus(thread.id), "paused")
      // the paused goal runs nothing more: still one model request for it
      yield* Codex.run(thread.id, "unrelated question")
      const asked = (yield* model.requests).filter((r) => tagOf(r) === "[interrupt]" && r.lastUserText !== "unrelated question")
      assert.strictEqual(asked.length, 1)
    }), 60_000)

  it.effect("real binary: a token budget: the turn that spends it stops the goal as budgetLimited", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const result = yield* runGoal(thread.id, "[budget] count the files", { tokenBudget: 300 })
      assert.strictEqual(result.outcome, "budgetLimited")
      assert.strictEqual(result.turns.length, 2)
      assert.strictEqual(result.goal?.tokenBudget, 300)
      assert.isAtLeast(result.goal?.tokensUsed ?? 0, 300)
    }), 60_000)

  it.effect("real binary: a failed turn: codex blocks the goal; the run ends blocked with the turn's error", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const result = yield* runGoal(thread.id, "[fail] call the model")
      assert.strictEqual(result.outcome, "blocked")
      const [only, ...rest] = result.turns
      assert.deepStrictEqual(rest, [])
      assert(only?._tag === "Failed" && only.error._tag === "TurnFailedError")
      assert.include(only.error.message, "scripted model failure")
    }), 60_000)
})
