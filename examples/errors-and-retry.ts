/**
 * Errors are typed values: handle them by tag (`Effect.catchTag`, `Effect.catchTags`), and retry
 * the ones worth retrying with a `Schedule`.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  // 1. The server refuses a request: an RpcError with its code and message.
  yield* Codex.readThread("019a0000-0000-7000-8000-000000000000").pipe(
    Effect.catchTag("RpcError", (error) => Console.log(`readThread refused: ${error.code} ${error.detail}`))
  )

  // 2. A turn fails (here the model answers HTTP 500 twice): retried with exponential backoff.
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  let attempts = 0
  const result = yield* Effect.suspend(() => {
    attempts++
    return Codex.run(thread.id, "Say hello.")
  }).pipe(
    Effect.tapError((error) => Console.log(`attempt ${attempts} failed: ${error._tag}`)),
    Effect.retry({
      schedule: Schedule.exponential("100 millis").pipe(Schedule.intersect(Schedule.recurs(3))),
      while: (error) => error._tag === "TurnFailedError"
    })
  )
  yield* Console.log(`answer after ${attempts} attempts: ${result.finalResponse}`)

  // 3. A turn that outlives its time limit is interrupted on the server and fails with TurnTimeoutError.
  yield* Codex.run(thread.id, "Write a very long poem.", { timeout: "1 second" }).pipe(
    Effect.flatMap((done) => Console.log(`the poem finished in time: ${done.status}`)),
    Effect.catchTags({
      TurnTimeoutError: (error) => Console.log(`timed out after ${error.timeoutMs} ms; the turn was interrupted`),
      TurnFailedError: (error) => Console.log(`the turn failed: ${error.message}`)
    })
  )
})

// The scripted model: HTTP 500 for the first two requests to say hello, then an answer; the
// poem streams one word every 1.5 seconds.
let failures = 0
const script: ScriptedModel.Script = (request) =>
  request.lastUserText === "Say hello."
    ? failures++ < 2 ? { httpStatus: 500, items: [] } : { items: [ScriptedModel.message("Hello!")] }
    : { chunkDelayMs: 1_500, items: [ScriptedModel.message("Slowly, slowly.")] }

program.pipe(Effect.provide(exampleLayer(script)), NodeRuntime.runMain)
