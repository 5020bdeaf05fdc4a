/**
 * Real binary: the real pinned codex binary, offline, against a scripted Responses API on 127.0.0.1.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import * as ScriptedModel from "../src/testing.js"
import { realClient, RealEnvTag } from "./support/real.js"

describe("real codex binary with a scripted model", () => {
  it.scopedLive("Codex.run returns the scripted text, items and usage", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* RealEnvTag
      const thread = yield* Codex.startThread({ cwd })
      const result = yield* Codex.run(thread.id, "say hello")
      assert.strictEqual(result.status, "completed")
      assert.strictEqual(result.finalResponse, "Hello from the scripted model.")
      assert(result.items.some((item) => item.type === "userMessage"))
      assert.strictEqual(result.usage?.last.outputTokens, 5)
      const [request] = yield* model.requests
      assert.strictEqual(request?.lastUserText, "say hello")
    }).pipe(Effect.provide(realClient([{ items: [ScriptedModel.message("Hello from the scripted model.")] }]))))

  it.scopedLive("deltas stream in order", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const thread = yield* Codex.startThread({ cwd })
      const deltas = yield* Codex.streamText(thread.id, "count").pipe(Stream.runCollect)
      assert.deepStrictEqual(Chunk.toReadonlyArray(deltas), ["one ", "two ", "three ", "four ", "five"])
    }).pipe(Effect.provide(realClient([{
      items: [{ type: "message", text: "one two three four five", chunks: ["one ", "two ", "three ", "four ", "five"] }]
    }]))))

  it.scopedLive("three threads run turns at once and each gets only its own events", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const names = ["alpha", "beta", "gamma"]
      const threads = yield* Effect.forEach(names, () => Codex.startThread({ cwd }))
      const results = yield* Effect.forEach(
        threads,
        (thread, i) =>
          Codex.stream(thread.id, `thread ${names[i]}`).pipe(
            Stream.runCollect,
            Effect.map((events) => ({ thread, events: Chunk.toReadonlyArray(events) }))
          ),
        { concurrency: "unbounded" }
      )
      for (const [i, { events, thread }] of results.entries()) {
        for (const event of events) {
          const params = event.params as { threadId?: string }
          assert.strictEqual(params.threadId, thread.id, `${event.method} leaked into another thread's stream`)
        }
        const text = events.flatMap((e) =>
          e._tag === "ServerNotification" && e.method === "item/agentMessage/delta" ? [e.params.delta] : []
        ).join("")
        assert.strictEqual(text, `answer for ${names[i]} `.repeat(5).trim())
        assert.strictEqual(events.at(-1)?.method, "turn/completed")
      }
    }).pipe(Effect.provide(realClient((request) => {
      const name = request.lastUserText?.split(" ")[1] ?? "?"
      return {
        chunkDelayMs: 20,
        items: [ScriptedModel.message(`answer for ${name} `.repeat(5).trim())]
      }
    }))))

  it.scopedLive("interrupting Codex.run makes the server complete the turn as interrupted", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const client = yield* CodexClient
      const thread = yield* Codex.startThread({ cwd })
      const completions = yield* client.notifications.pipe(
        Stream.filter((n) => n._tag === "ServerNotification" && n.method === "turn/completed"),
        Stream.take(1),
        Stream.runCollect,
        Effect.fork
      )
      const firstDelta = yield* client.notifications.pipe(
        Stream.filter((n) => n.method === "item/agentMessage/delta"),
        Stream.take(1),
        Stream.runDrain,
        Effect.fork
      )
      const running = yield* Effect.fork(Codex.run(thread.id, "talk slowly"))
      yield* Fiber.join(firstDelta)
      yield* Fiber.interrupt(running)
      const [completed] = Chunk.toReadonlyArray(yield* Fiber.join(completions).pipe(Effect.timeout("20 seconds")))
      assert(completed?._tag === "ServerNotification" && completed.method === "turn/completed")
      assert.strictEqual(completed.params.turn.status, "interrupted")
      // the thread is free again for the next turn
      const counts = yield* diagnostics
      assert.strictEqual(counts.turns, 0)
    }).pipe(Effect.provide(realClient([{
      chunkDelayMs: 100,
      items: [ScriptedModel.message("slow ".repeat(200))]
    }]))), 40_000)
})
