/**
 * Steering and interrupting a running turn through its handle (`Codex.turn`): `steer` adds input
 * to the turn while it runs, `interrupt` stops it (its status is then `interrupted`).
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { Codex, type CodexClient } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

/** Waits until the turn streams its first words (or ends). */
const firstWords = (handle: CodexClient.TurnHandle) =>
  handle.stream.pipe(Stream.filter(Codex.isNotification("item/agentMessage/delta")), Stream.runHead)

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })

  // the handle lives for its scope; leaving the scope while the turn runs would interrupt it
  const steered = yield* Effect.scoped(Effect.gen(function*() {
    const handle = yield* Codex.turn(thread.id, "Tell me a short story about a dog.")
    yield* firstWords(handle)
    yield* Console.log("steering the running turn")
    yield* handle.steer("Make it about a cat instead.").pipe(
      Effect.catchTag("RpcError", (error) => Console.log(`too late to steer: ${error.detail}`))
    )
    return yield* handle.result // the rest of the turn, folded with what was already read
  }))
  yield* Console.log(`steered turn: ${steered.status}: ${steered.finalResponse}`)

  const interrupted = yield* Effect.scoped(Effect.gen(function*() {
    const handle = yield* Codex.turn(thread.id, "Count to one thousand, one number per line.")
    yield* firstWords(handle)
    yield* Console.log("interrupting the running turn")
    yield* handle.interrupt
    return yield* handle.result
  }))
  yield* Console.log(`interrupted turn: ${interrupted.status}`)
})

// The scripted model streams slowly, so that the turn is still running when it is steered or
// interrupted; it answers the steered request with the new instruction.
const script: ScriptedModel.Script = (request) =>
  request.lastUserText?.includes("cat")
    ? { items: [ScriptedModel.message("A cat napped in the sun, and that was the whole story.")] }
    : { chunkDelayMs: 250, items: [ScriptedModel.message("Once upon a time, one, two")] }

program.pipe(Effect.provide(exampleLayer(script)), NodeRuntime.runMain)
