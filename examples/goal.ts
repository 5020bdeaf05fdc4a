/**
 * Goal turns: a goal runs as many turns as it needs, started by the server one after another,
 * until the model marks it complete (its `update_goal` tool), it is paused, blocked or out of
 * budget. `Codex.runGoal` follows all of them as one run; `Codex.startGoal` gives the handle
 * (stream, pause, resume, clear).
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.runGoal(thread.id, "List three primary colours, one per turn, then finish.", {
    tokenBudget: 200_000
  })
  yield* Console.log(`goal outcome: ${result.outcome} after ${result.turns.length} turns`)
  for (const [index, turn] of result.turns.entries()) {
    yield* Console.log(
      turn._tag === "Finished"
        ? `turn ${index + 1}: ${turn.result.finalResponse ?? "(no answer)"}`
        : `turn ${index + 1} failed: ${turn.error.message}`
    )
  }
  yield* Console.log(`final response: ${result.finalResponse ?? "(none)"}`)
})

/** Offline: the first turn answers, the second completes the goal through `update_goal`. */
let requests = 0
const script: ScriptedModel.Script = (request) => {
  requests++
  const input = request.body?.input
  if (Array.isArray(input) && input.at(-1)?.type === "function_call_output") {
    return { items: [ScriptedModel.message("Yellow and blue: all three listed.")] }
  }
  return requests === 1
    ? { items: [ScriptedModel.message("Red.")] }
    : { items: [ScriptedModel.functionCall("update_goal", { status: "complete" })] }
}

program.pipe(Effect.provide(exampleLayer(script)), NodeRuntime.runMain)
