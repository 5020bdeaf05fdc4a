/**
 * Several threads at once on one client: one turn each, concurrently, each with its own result.
 */
import * as Effect from "effect/Effect"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const questions = ["What is a fiber?", "What is a layer?", "What is a scope?"]

const program = Effect.forEach(
  questions,
  (question) =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only" })
      const result = yield* Codex.run(thread.id, question)
      console.log(`${question} -> ${result.finalResponse}`)
    }),
  { concurrency: "unbounded" }
)

Effect.runPromise(
  program.pipe(
    Effect.provide(exampleLayer((request) => ({
      chunkDelayMs: 10,
      items: [ScriptedModel.message(`(scripted) an answer to "${request.lastUserText}"`)]
    })))
  )
).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
