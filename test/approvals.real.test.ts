/**
 * Approvals on the real codex binary: the scripted model asks to run `touch MARKER` with
 * escalated permissions on a thread with approvalPolicy "untrusted", so codex must ask us.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import { existsSync } from "node:fs"
import * as path from "node:path"
import type * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import type { CodexClient } from "../src/CodexClient.js"
import * as ScriptedModel from "../src/testing.js"
import { within } from "./support/peer.js"
import { realClient, RealEnvTag } from "./support/real.js"

/** First request: run the command; second (with its output): the final answer. */
const script: ScriptedModel.Script = (request) =>
  request.functionOutputs.length === 0
    ? {
      items: [ScriptedModel.functionCall("exec_command", {
        cmd: `touch MARKER-${request.lastUserText ?? "x"}`,
        sandbox_permissions: "require_escalated",
        justification: "the test asked for a marker"
      })]
    }
    : { items: [ScriptedModel.message(`done with ${request.lastUserText}`)] }

const untrusted = (cwd: string) => ({ cwd, approvalPolicy: "untrusted" as const, sandbox: "read-only" as const })

const accept: Approvals.Handlers<CodexClient> = {
  "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const })
}

describe("approvals on the real binary", () => {
  it.scopedLive("an accepting handler: the command runs and the turn completes with the scripted text", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const thread = yield* Codex.startThread(untrusted(cwd))
      const result = yield* Codex.run(thread.id, "a")
      assert.strictEqual(result.finalResponse, "done with a")
      assert.isTrue(existsSync(path.join(cwd, "MARKER-a")), "the accepted command ran")
      const command = result.items.find((item) => item.type === "commandExecution")
      assert.strictEqual(command?.type === "commandExecution" ? command.status : undefined, "completed")
    }).pipe(Effect.provide(realClient(script, { approvals: accept }))))

  it.scopedLive("the default declines: the command does not run and the turn still completes", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const thread = yield* Codex.startThread(untrusted(cwd))
      const result = yield* Codex.run(thread.id, "b")
      assert.strictEqual(result.status, "completed")
      assert.isFalse(existsSync(path.join(cwd, "MARKER-b")), "the declined command must not run")
      const command = result.items.find((item) => item.type === "commandExecution")
      assert.strictEqual(command?.type === "commandExecution" ? command.status : undefined, "declined")
    }).pipe(Effect.provide(realClient(script))))

  it.scopedLive("a failing handler declines; the turn completes and nothing hangs", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const thread = yield* Codex.startThread(untrusted(cwd))
      const result = yield* Codex.run(thread.id, "c")
      assert.strictEqual(result.status, "completed")
      assert.isFalse(existsSync(path.join(cwd, "MARKER-c")))
    }).pipe(Effect.provide(realClient(script, {
      approvals: { "item/commandExecution/requestApproval": () => Effect.fail("handler broke") }
    }))))

  it.scopedLive("per-turn approvals accept for that turn only", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const thread = yield* Codex.startThread(untrusted(cwd))
      yield* Codex.run(thread.id, "d", { approvals: accept })
      yield* Codex.run(thread.id, "e")
      assert.isTrue(existsSync(path.join(cwd, "MARKER-d")))
      assert.isFalse(existsSync(path.join(cwd, "MARKER-e")))
    }).pipe(Effect.provide(realClient(script))))

  it.scopedLive("two threads: while one handler waits 2 s, the other thread's turn completes", () => {
    const handlerStarted = Deferred.unsafeMake<number>(FiberId.none)
    return Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const slow = yield* Codex.startThread(untrusted(cwd))
      const fast = yield* Codex.startThread({ cwd })
      const started = Date.now()
      const slowTurn = yield* Effect.fork(Codex.run(slow.id, "slow"))
      const waitingSince = yield* Deferred.await(handlerStarted).pipe(within(20_000, "the slow turn's approval handler to start"))
      const fastResult = yield* Codex.run(fast.id, "fast")
      const fastDoneAt = Date.now()
      const slowResult = yield* Fiber.join(slowTurn)
      const slowDone = Date.now() - started
      assert.strictEqual(fastResult.finalResponse, "quick answer")
      assert.strictEqual(slowResult.finalResponse, "done with slow")
      assert.isBelow(fastDoneAt - waitingSince, 2000, "the fast turn completed during the 2 s wait")
      assert.isAtLeast(slowDone, 2000)
      assert.isTrue(existsSync(path.join(cwd, "MARKER-slow")))
    }).pipe(Effect.provide(realClient(
      (request) => (request.lastUserText === "fast" ? { items: [ScriptedModel.message("quick answer")] } : script(request)),
      {
        approvals: {
          // the scenario: a handler that takes 2 s to decide
          "item/commandExecution/requestApproval": () =>
            Effect.sync(() => Date.now()).pipe(
              Effect.flatMap((now) => Deferred.succeed(handlerStarted, now)),
              Effect.zipRight(Effect.sleep("2 seconds")),
              Effect.as({ decision: "accept" as const })
            )
        }
      }
    )))
  }, 30_000)
})
