/**
 * Shared by the examples: a CodexClient layer on the real pinned binary, driven either by the
 * user's Codex credentials or by the bundled scripted model on 127.0.0.1.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { CodexClient } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"

/** True when the user's CODEX_HOME has credentials (`account/read` reports an account). */
export const hasCredentials: Effect.Effect<boolean> = Effect.gen(function*() {
  if (process.env.EFFECT_CODEX_OFFLINE === "1") return false
  const client = yield* CodexClient.CodexClient
  const account = yield* client.request("account/read", {}, { timeout: "10 seconds" })
  return account.account !== null && account.account !== undefined
}).pipe(
  Effect.provide(CodexClient.layer({ env: { RUST_LOG: "error" } })),
  Effect.scoped,
  Effect.catchAll(() => Effect.succeed(false))
)

/** The real binary on the scripted model, in temporary directories removed afterwards. */
export const scriptedLayer = (script: ScriptedModel.Script): Layer.Layer<CodexClient.CodexClient> => ScriptedModel.layer(script)

/** The user's real Codex when asked for (`--real`) and available, otherwise the scripted model. */
export const exampleLayer = (script: ScriptedModel.Script) =>
  Layer.unwrapEffect(
    Effect.gen(function*() {
      const real = process.argv.includes("--real") && (yield* hasCredentials)
      yield* Effect.sync(() =>
        console.log(
          real
            ? "Using your Codex credentials."
            : "Using the bundled scripted model on 127.0.0.1 (pass --real to use your Codex credentials)."
        )
      )
      return real ? CodexClient.layer({ env: { RUST_LOG: "error" } }).pipe(Layer.orDie) : scriptedLayer(script)
    })
  )
