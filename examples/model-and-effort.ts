/**
 * Choosing the model and the reasoning effort of a turn, from what `Codex.models` offers, and the
 * sandbox and approval policy of the thread with `Presets`.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { Codex, Presets } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  const models = yield* Codex.models()
  const model = models.find((candidate) => candidate.isDefault) ?? models[0]
  if (model === undefined) return yield* Console.log("the server offers no model")
  const efforts = model.supportedReasoningEfforts.map((option) => option.reasoningEffort)
  const effort = efforts.includes("high") ? "high" : model.defaultReasoningEffort
  yield* Console.log(`chose ${model.id} with effort ${effort} (of ${efforts.join("/")})`)

  const thread = yield* Codex.startThread({ cwd: process.cwd(), ...Presets.thread(Presets.readOnly, Presets.never) })
  // per turn: codex keeps them for the thread's later turns too
  const result = yield* Codex.run(thread.id, "Which model and effort are you running with?", {
    params: { model: model.id, effort }
  })
  yield* Console.log(`answer: ${result.finalResponse}`)
})

// The scripted model answers with the model and effort codex asked it for.
const script: ScriptedModel.Script = (request) => ({
  items: [ScriptedModel.message(
    `codex asked for model ${request.body?.model} with effort ${request.body?.reasoning?.effort ?? "(none)"}.`
  )]
})

program.pipe(Effect.provide(exampleLayer(script)), NodeRuntime.runMain)
