/**
 * Issue 9 on the real pinned binary with the scripted model: a frozen first call (item 3), a turn
 * abandoned while starting (item 4), and the server's own facts (item 19).
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Schedule from "effect/Schedule"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import * as ScriptedModel from "../src/testing.js"
import { within } from "./support/peer.js"
import { descendants } from "./support/procs.js"
import { realClient, RealEnvTag } from "./support/real.js"

const codexProcess = () => {
  const mine = descendants(process.pid).filter((p) => p.comm === "codex")
  assert.strictEqual(mine.length, 1, "exactly one codex child")
  return mine[0]!
}

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name)
  } catch {
    // already gone
  }
}

const errorOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "expected a failure")
  assert(exit.cause._tag === "Fail", `expected a typed failure, got ${exit.cause._tag}`)
  return exit.cause.error
}
const failureOf = <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<E, never, R> => Effect.map(Effect.exit(self), errorOf)

/** The conversation a model request carries: `role:text` of each user and assistant message, in order. */
const conversation = (request: ScriptedModel.RecordedRequest): Array<string> =>
  (Array.isArray(request.body?.input) ? request.body.input : [])
    .filter((item: any) => (item?.role === "user" || item?.role === "assistant") && Array.isArray(item.content))
    .map((item: any) => `${item.role}:${item.content.map((c: any) => c?.text ?? "").join("")}`)

describe("real binary: hostile", () => {
  it.scopedLive("real binary: codex frozen (SIGSTOP) during the first call: it times out; after SIGCONT the next call succeeds", () =>
    Effect.gen(function*() {
      const client = yield* CodexClient
      const { cwd } = yield* RealEnvTag
      const codex = codexProcess()
      return yield* Effect.gen(function*() {
        process.kill(codex.pid, "SIGSTOP")
        const error = yield* failureOf(client.request("thread/start", { cwd }, { timeout: "300 millis" })).pipe(
          within(3000, "the first call to a frozen codex to honour its 300 ms timeout")
        )
        assert.include(["RequestTimeoutError", "InitializeError"], error._tag)
        process.kill(codex.pid, "SIGCONT")
        const thread = yield* Codex.startThread({ cwd }).pipe(within(20_000, "the next call after SIGCONT"))
        assert.isString(thread.id)
        const info = yield* client.initialize
        assert.strictEqual(info.version, "0.169.0")
      }).pipe(Effect.ensuring(Effect.sync(() => signal(codex.pid, "SIGCONT"))))
    }).pipe(Effect.provide(realClient([], { requestTimeout: "10 seconds" }))), 60_000)

  it.scopedLive("real binary: a turn whose turn/start timed out is interrupted on the server when it starts late; its prompt is never merged into the next turn", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* RealEnvTag
      const codex = codexProcess()
      return yield* Effect.gen(function*() {
        const thread = yield* Codex.startThread({ cwd })
        process.kill(codex.pid, "SIGSTOP")
        const timedOut = yield* failureOf(Codex.run(thread.id, "orphan", { startTimeout: "300 millis" })).pipe(
          within(3000, "turn/start to a frozen codex to time out")
        )
        assert(timedOut._tag === "RequestTimeoutError", `expected RequestTimeoutError, got ${timedOut._tag}`)
        // the abandoned turn/start is still in codex's pipe: the thread is not free
        const busy = yield* failureOf(Codex.run(thread.id, "second")).pipe(within(1000, "a run while the orphan starts to fail"))
        assert.strictEqual(busy._tag, "ThreadBusyError")
        process.kill(codex.pid, "SIGCONT")
        const second = yield* Codex.run(thread.id, "second").pipe(
          Effect.retry({ while: (e) => e._tag === "ThreadBusyError", schedule: Schedule.spaced("50 millis") }),
          within(30_000, "the next turn once the orphan was interrupted and completed")
        )
        assert.strictEqual(second.finalResponse, "answer to second")
        const prompts = second.items.flatMap((item: any) =>
          item.type === "userMessage" ? item.content.map((c: any) => c.text) : []
        )
        assert.deepStrictEqual(prompts, ["second"], "the next turn carries the orphan's prompt")
        // the orphan was interrupted on the server, not left to run to completion
        const turns = (yield* Codex.readThread(thread.id, { includeTurns: true })).turns
        const promptsOf = (t: (typeof turns)[number]) =>
          t.items.flatMap((item: any) => item.type === "userMessage" ? item.content.map((c: any) => c.text) : [])
        assert.deepStrictEqual(turns.map((t) => t.status), ["interrupted", "completed"])
        // codex records the orphan's prompt only if the interrupt lands after it did: either is fine,
        // what matters is that the prompt stays in its own (interrupted) turn
        assert.include([[], ["orphan"]].map((p) => JSON.stringify(p)), JSON.stringify(promptsOf(turns[0]!)))
        assert.deepStrictEqual(promptsOf(turns[1]!), ["second"])
        const requests = yield* model.requests
        assert.isAtMost(requests.filter((r) => r.lastUserText === "orphan").length, 1)
        for (const request of requests) {
          const messages = conversation(request)
          const orphan = messages.indexOf("user:orphan")
          assert(
            orphan === -1 || messages[orphan + 1] !== "user:second",
            `model request ${request.index} has the orphaned prompt merged into the next turn: ${JSON.stringify(messages.slice(orphan))}`
          )
        }
      }).pipe(Effect.ensuring(Effect.sync(() => signal(codex.pid, "SIGCONT"))))
    }).pipe(Effect.provide(realClient(
      (request) =>
        request.lastUserText === "orphan"
          ? { chunkDelayMs: 100, items: [ScriptedModel.message("slow ".repeat(30).trim())] }
          : { items: [ScriptedModel.message(`answer to ${request.lastUserText}`)] }
    ))), 60_000)

  it.scopedLive("real binary: ServerInfo names codex and its version, never the client", () =>
    Effect.gen(function*() {
      const info = yield* (yield* CodexClient).initialize
      assert.notStrictEqual(info.name, "effect-codex")
      assert.strictEqual(info.name, "codex")
      assert.strictEqual(info.version, "0.169.0")
      assert.match(info.userAgent, /^effect-codex\/0\.169\.0 /, "codex's userAgent starts with the client's name")
    }).pipe(Effect.provide(realClient([]))), 30_000)
})
