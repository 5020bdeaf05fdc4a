/**
 * Models and server metadata: who answered the handshake, and the models it offers, with the
 * reasoning efforts each supports.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { Codex, CodexClient } from "effect-codex"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  const client = yield* CodexClient.CodexClient
  const server = yield* client.initialize
  yield* Console.log(`server: ${server.name} ${server.version}`)

  // every page of model/list; `includeHidden: true` adds the hidden ones
  const models = yield* Codex.models()
  const defaultModel = models.find((model) => model.isDefault)
  yield* Console.log(`models: ${models.length} (default: ${defaultModel?.id ?? "none"})`)
  for (const model of models) {
    const efforts = model.supportedReasoningEfforts.map((option) => option.reasoningEffort).join("/")
    yield* Console.log(
      `- ${model.id} (${model.displayName}): effort ${efforts}, default ${model.defaultReasoningEffort}, ` +
        `input ${(model.inputModalities ?? ["text", "image"]).join("+")}`
    )
  }
})

// No turn runs: the scripted model is never asked anything.
program.pipe(Effect.provide(exampleLayer([])), NodeRuntime.runMain)
