/**
 * What a finished turn gives back: `Codex.run` folds the turn's events into a `RunResult`.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.run(thread.id, "Name three primary colours, briefly.")
  yield* Console.log(`thread: ${result.threadId}, turn: ${result.turnId}`)
  yield* Console.log(`status: ${result.status}`)
  // the final answer; commentary the model wrote on the way is among the items
  yield* Console.log(`final response: ${result.finalResponse ?? "(none)"}`)
  const items = result.items.map((item) => item.type === "agentMessage" ? `agentMessage (${item.phase})` : item.type)
  yield* Console.log(`items: ${items.join(", ")}`)
  const usage = result.usage?.total
  yield* Console.log(`tokens: ${usage?.inputTokens ?? "?"} in, ${usage?.outputTokens ?? "?"} out, ${usage?.totalTokens ?? "?"} total`)
})

program.pipe(
  Effect.provide(exampleLayer([{
    items: [
      ScriptedModel.message("Thinking about colour theory.", "commentary"),
      ScriptedModel.message("Red, yellow and blue.")
    ],
    usage: { inputTokens: 120, outputTokens: 12 }
  }])),
  NodeRuntime.runMain
)
