/**
 * Streaming a turn with `Stream.runForEach`: every event, as it arrives.
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only" })
  yield* Codex.stream(thread.id, "Write a haiku about streams.").pipe(
    Stream.runForEach((event) =>
      Effect.sync(() => {
        if (event._tag !== "ServerNotification") return
        switch (event.method) {
          case "turn/started":
            return console.log(`[turn ${event.params.turn.id} started]`)
          case "item/agentMessage/delta":
            return process.stdout.write(event.params.delta)
          case "item/completed":
            return console.log(`\n[item completed: ${event.params.item.type}]`)
          case "turn/completed":
            return console.log(`[turn ${event.params.turn.status}]`)
        }
      })
    )
  )
})

Effect.runPromise(
  program.pipe(
    Effect.provide(exampleLayer([{
      items: [ScriptedModel.message("Bytes drift downstream\nchunk by chunk the river speaks\nthe turn completes, still")]
    }]))
  )
).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
