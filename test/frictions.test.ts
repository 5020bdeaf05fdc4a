/**
 * Small frictions a new user hit (in-memory): approval handlers that need the user's own
 * services, and narrowing a turn's events by method.
 */
import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"
import { n, server, turn } from "./support/peer.js"

class Policy extends Context.Tag("test/Policy")<Policy, { readonly allows: (command: string) => boolean }>() {}

describe("in-memory: small frictions", () => {
  it.live("in-memory: Approvals.layer takes handlers that need the user's own services, and requires them", () => {
    const approvalsLayer = Approvals.layer({
      "item/commandExecution/requestApproval": (params) =>
        Effect.map(Policy, (policy) => ({ decision: policy.allows(params.command ?? "") ? "accept" as const : "decline" as const }))
    })
    // the layer asks for Policy, not for a Handlers<CodexClient>
    expectTypeOf(approvalsLayer).toEqualTypeOf<Layer.Layer<Approvals.Approvals, never, Policy>>()
    const answered = Deferred.unsafeMake<unknown>(FiberId.none)
    let current: { threadId: string; turnId: string } | undefined
    const script = server({
      turnStart: (m, peer, turnId) => {
        current = { threadId: m.params.threadId, turnId }
        return peer.send(
          { id: m.id, result: { turn: turn(turnId) } },
          {
            id: "ask",
            method: "item/commandExecution/requestApproval",
            params: { threadId: m.params.threadId, turnId, itemId: "i", startedAtMs: 1, command: "git status", cwd: "/w", commandActions: [] }
          }
        )
      }
    })
    // the client's answer to "ask" completes the turn
    const withAnswers: Testing.TestScript = (m, peer) => {
      const message = m as { readonly id?: unknown; readonly method?: unknown; readonly result?: unknown }
      if (message.method === undefined && message.id === "ask") {
        return Deferred.succeed(answered, message.result).pipe(
          Effect.zipRight(peer.send(n.completed(current!.threadId, current!.turnId)))
        )
      }
      return script(m, peer)
    }
    return Effect.gen(function*() {
      const t = yield* Codex.startThread()
      yield* Codex.run(t.id, "x")
      assert.deepStrictEqual(yield* Deferred.await(answered), { decision: "accept" })
    }).pipe(
      Effect.provide(
        CodexClient.layerFromTransport().pipe(
          Layer.provide(Testing.layerTransport(withAnswers)),
          Layer.provide(approvalsLayer),
          Layer.provide(Layer.succeed(Policy, { allows: (command) => command.startsWith("git ") }))
        )
      )
    )
  })

  it.live("in-memory: Codex.isNotification narrows a turn's events by method, typed params included", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const deltas = yield* Codex.stream(t.id, "x").pipe(
        Stream.filter(Codex.isNotification("item/agentMessage/delta")),
        Stream.map((event) => event.params.delta),
        Stream.runCollect
      )
      assert.deepStrictEqual(Chunk.toReadonlyArray(deltas), ["a", "b"])
    }).pipe(Effect.provide(
      CodexClient.layerFromTransport().pipe(Layer.provide(Testing.layerTransport(server({
        turnStart: (m, peer, turnId) =>
          peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.delta(m.params.threadId, turnId, "a")).pipe(
            // same method, params this version cannot type: not a delta notification
            Effect.zipRight(peer.sendRaw(
              JSON.stringify({ method: "item/agentMessage/delta", params: { threadId: m.params.threadId, turnId, delta: 42 } }) + "\n"
            )),
            Effect.zipRight(peer.send(n.delta(m.params.threadId, turnId, "b"), n.completed(m.params.threadId, turnId)))
          )
      }))))
    )))

  it.live("in-memory: ServerRequestAnswered is typed by method; an answer to a request this version cannot type is UnknownServerRequestAnswered", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const events = yield* Codex.stream(t.id, "x").pipe(Stream.runCollect, Effect.map(Chunk.toReadonlyArray))
      const typed = events.find((e) => e._tag === "ServerRequestAnswered")
      assert(typed?._tag === "ServerRequestAnswered" && typed.method === "item/commandExecution/requestApproval")
      // narrowing on method types the params and the answer's result
      expectTypeOf(typed.params.command).toEqualTypeOf<string | null | undefined>()
      assert.strictEqual(typed.params.command, "rm -rf /")
      assert(typed.answer._tag === "Result")
      expectTypeOf(typed.answer.result.decision).not.toBeUnknown()
      assert.strictEqual(typed.answer.result.decision, "decline")
      const unknown = events.find((e) => e._tag === "UnknownServerRequestAnswered")
      assert(unknown?._tag === "UnknownServerRequestAnswered")
      expectTypeOf(unknown.params).toBeUnknown()
      assert.strictEqual(unknown.method, "future/ask")
      assert(unknown.answer._tag === "Error")
      assert.strictEqual(unknown.answer.error.code, -32601)
    }).pipe(Effect.provide(
      Testing.layerTest(server({
        turnStart: (m, peer, turnId) => {
          const threadId = m.params.threadId
          return peer.send(
            { id: m.id, result: { turn: turn(turnId) } },
            {
              id: "typed",
              method: "item/commandExecution/requestApproval",
              params: { threadId, turnId, itemId: "i", startedAtMs: 1, command: "rm -rf /", cwd: "/w", commandActions: [] }
            },
          ).pipe(
            // a method this version does not know: only the raw line can carry it
            Effect.zipRight(peer.sendRaw(JSON.stringify({ id: "unknown", method: "future/ask", params: { threadId, turnId } }) + "\n")),
            Effect.zipRight(peer.awaitSent((sent) => sent.method === undefined && sent.id === "unknown", { timeout: "2 seconds" })),
            Effect.zipRight(peer.awaitSent((sent) => sent.method === undefined && sent.id === "typed", { timeout: "2 seconds" })),
            Effect.zipRight(peer.send(n.completed(threadId, turnId))),
            Effect.orDie
          )
        }
      }))
    )))
})
