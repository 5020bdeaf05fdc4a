/**
 * `npm start`: one real turn through the real codex binary. Uses your Codex credentials when
 * `account/read` finds them; otherwise the bundled scripted model on 127.0.0.1, and says so first.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { Codex, CodexClient } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { hasCredentials, scriptedLayer } from "./support.js"

const prompt = "In one sentence, what is Effect-TS?"

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const handle = yield* Codex.turn(thread.id, prompt)
  process.stdout.write("streamed: ")
  yield* handle.stream.pipe(
    Stream.runForEach((event) =>
      Effect.sync(() => {
        if (event._tag === "ServerNotification" && event.method === "item/agentMessage/delta") {
          process.stdout.write(event.params.delta)
        }
      })
    )
  )
  const result = yield* handle.result
  console.log(`\nfinal response: ${result.finalResponse ?? "(none)"}`)
  console.log(`status: ${result.status}, tokens: ${result.usage?.total.totalTokens ?? "?"}`)
})

const main = Effect.gen(function*() {
  const real = yield* hasCredentials
  console.log(
    real
      ? "Codex credentials found: running a real turn on your account."
      : "No Codex credentials found: running on the bundled scripted model on 127.0.0.1 (offline)."
  )
  const layer: Layer.Layer<CodexClient.CodexClient> = real
    ? CodexClient.layer({ env: { RUST_LOG: "error" } }).pipe(Layer.orDie)
    : scriptedLayer([{
      items: [
        ScriptedModel.message(
          "Effect-TS is a TypeScript library for building typed, concurrent, resource-safe programs."
        )
      ]
    }])
  yield* Effect.scoped(program).pipe(Effect.provide(layer))
})

Effect.runPromise(main).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
