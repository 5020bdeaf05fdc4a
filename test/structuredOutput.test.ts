/**
 * Issue 12 item 4: structured output. `Codex.run(threadId, input, { output: schema })` sends the
 * schema's JSON Schema as `outputSchema` and decodes the final answer into `result.output`.
 * In memory (what is sent, every way the answer can be wrong) and on the real binary.
 */
import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Codex from "../src/Codex.js"
import * as Testing from "../src/testing.js"
import { clientWith, n, server, turn } from "./support/peer.js"
import { realClient } from "./support/real.js"

const Answer = Schema.Struct({ answer: Schema.String, confidence: Schema.optional(Schema.NumberFromString) })

/** A server whose every turn answers `text` as its final answer. */
const answering = (text: string | undefined) =>
  clientWith(server({
    turnStart: (request, peer, turnId) => {
      const threadId = request.params.threadId
      return peer.send(
        Testing.reply(request, { turn: turn(turnId) }),
        ...(text === undefined ? [] : [n.item(threadId, turnId, text, "final_answer")]),
        n.completed(threadId, turnId)
      )
    }
  }))

describe("in-memory: structured output", () => {
  it.live("the answer decodes into result.output, typed as the schema's type; the JSON Schema went out as outputSchema", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "what is it?", { output: Answer })
      expectTypeOf(result.output).toEqualTypeOf<{ readonly answer: string; readonly confidence?: number }>()
      assert.deepStrictEqual(result.output, { answer: "42", confidence: 0.5 })
      assert.strictEqual(result.finalResponse, `{"answer":"42","confidence":"0.5"}`)
      const start = yield* peer.awaitSent("turn/start", { timeout: "1 second" })
      const sent = start.params.outputSchema as Record<string, unknown>
      assert.isUndefined(sent.$schema, "model APIs refuse $schema")
      assert.strictEqual(sent.type, "object")
      assert.deepStrictEqual(sent.required, ["answer"])
      assert.strictEqual(sent.additionalProperties, false)
    }).pipe(Effect.provide(answering(`{"answer":"42","confidence":"0.5"}`))))

  it.live("without output, run is unchanged: no outputSchema, no output field", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const result = yield* Codex.run(t.id, "hi")
      assert.isFalse("output" in result)
      const start = yield* peer.awaitSent("turn/start", { timeout: "1 second" })
      assert.isUndefined(start.params.outputSchema)
    }).pipe(Effect.provide(answering("plain text"))))

  it.live("an answer that is not JSON: OutputDecodeError with the text and why", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(Codex.run(t.id, "x", { output: Answer }))
      assert(error._tag === "OutputDecodeError")
      assert.strictEqual(error.text, "The answer is 42.")
      assert.match(error.issue, /^not JSON/)
      assert.include(error.message, "does not decode as the output schema")
    }).pipe(Effect.provide(answering("The answer is 42."))))

  it.live("JSON of the wrong shape: OutputDecodeError with the schema's parse issue", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(Codex.run(t.id, "x", { output: Answer }))
      assert(error._tag === "OutputDecodeError")
      assert.include(error.issue, "answer")
      assert.include(error.issue, "Expected string")
    }).pipe(Effect.provide(answering(`{"answer":42}`))))

  it.live("no final answer at all: OutputDecodeError, not a defect", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(Codex.run(t.id, "x", { output: Answer }))
      assert(error._tag === "OutputDecodeError")
      assert.strictEqual(error.text, "")
      assert.include(error.issue, "without a final answer")
    }).pipe(Effect.provide(answering(undefined))))

  it.live("a huge wrong answer is cut to a bounded excerpt, and a secret in it is redacted", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const error = yield* Effect.flip(Codex.run(t.id, "x", { output: Answer }))
      assert(error._tag === "OutputDecodeError")
      assert.isAtMost(error.text.length, 600)
      assert.isAtMost(error.issue.length, 600)
      assert.notInclude(error.text + error.issue, "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789")
    }).pipe(Effect.provide(answering(`sk-proj-abcdefghijklmnopqrstuvwxyz0123456789 ${"x".repeat(100_000)}`))))
})

describe("real binary: structured output", () => {
  it.live("the scripted model answers {\"answer\":\"42\"}: result.output.answer is \"42\", and codex sent the schema to the model", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* Testing.Offline
      const t = yield* Codex.startThread({ cwd })
      const result = yield* Codex.run(t.id, "what is the answer?", { output: Schema.Struct({ answer: Schema.String }) })
      assert.strictEqual(result.output.answer, "42")
      const [request] = yield* model.requests
      // the Responses API carries the schema in text.format
      const format = request?.body?.text?.format
      assert.strictEqual(format?.type, "json_schema")
      assert.deepStrictEqual(format?.schema?.required, ["answer"])
    }).pipe(Effect.provide(realClient([{ items: [Testing.message(`{"answer":"42"}`)] }]))), 60_000)
})
