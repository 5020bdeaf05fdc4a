/**
 * Structured output: give `Codex.run` an Effect `Schema` as `output`. Its JSON Schema goes to the
 * model as the turn's `outputSchema`, and `result.output` is the answer decoded with it, typed.
 * An answer that does not fit fails with `OutputDecodeError`.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const Review = Schema.Struct({
  verdict: Schema.Literal("approve", "request-changes"),
  summary: Schema.String,
  issues: Schema.Array(Schema.Struct({ line: Schema.Number, problem: Schema.String }))
})

const code = "export const sum = (a: number, b: number) => a - b"

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.run(thread.id, `Review this one-line file:\n${code}`, { output: Review })
  const review = result.output // typed: typeof Review.Type
  yield* Console.log(`verdict: ${review.verdict}`)
  yield* Console.log(`summary: ${review.summary}`)
  for (const issue of review.issues) yield* Console.log(`issue at line ${issue.line}: ${issue.problem}`)
}).pipe(
  Effect.catchTag("OutputDecodeError", (error) => Console.log(`the answer did not fit the schema: ${error.issue}`))
)

// The scripted model answers in JSON when codex sent it a JSON schema for the answer.
const script: ScriptedModel.Script = (request) => ({
  items: [ScriptedModel.message(
    request.body?.text?.format?.type === "json_schema"
      ? JSON.stringify({
        verdict: "request-changes",
        summary: "sum subtracts instead of adding.",
        issues: [{ line: 1, problem: "a - b should be a + b" }]
      })
      : "sum subtracts (no schema was sent, so no JSON either)."
  )]
})

program.pipe(Effect.provide(exampleLayer(script)), NodeRuntime.runMain)
