/**
 * An Effect app that provides the Codex layer once and uses it from its own service.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { Codex, CodexClient, type CodexError } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

/** The app's own service: reviews a snippet with Codex. */
class Reviewer extends Context.Tag("app/Reviewer")<Reviewer, {
  readonly review: (code: string) => Effect.Effect<string, CodexError.CodexError>
}>() {}

const ReviewerLive = Layer.effect(
  Reviewer,
  Effect.gen(function*() {
    const client = yield* CodexClient.CodexClient
    const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only" }).pipe(
      Effect.provideService(CodexClient.CodexClient, client)
    )
    return {
      review: (code: string) =>
        Codex.run(thread.id, `Review this code:\n${code}`).pipe(
          Effect.map((result) => result.finalResponse ?? "(no answer)"),
          Effect.provideService(CodexClient.CodexClient, client)
        )
    }
  })
)

const program = Effect.gen(function*() {
  const reviewer = yield* Reviewer
  console.log(yield* reviewer.review("const x = 1 as any"))
  console.log(yield* reviewer.review("let y = x"))
})

// Provide Codex once at the edge: CodexLive in production, the scripted model here by default.
const AppLive = ReviewerLive.pipe(
  Layer.provide(exampleLayer([
    { items: [ScriptedModel.message("Avoid `as any`: it hides type errors.")] },
    { items: [ScriptedModel.message("Prefer const when the binding is not reassigned.")] }
  ]))
)

Effect.runPromise(program.pipe(Effect.provide(AppLive))).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
