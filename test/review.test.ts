/**
 * Issue 12 item 2: review. In memory: the review turn's events are kept even when they arrive
 * before the `review/start` answer; leaving interrupts it. Real binary with the scripted model: a
 * review of uncommitted changes in a temporary git repository.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import { execFileSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import * as path from "node:path"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { diagnostics } from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"
import { clientWith, n, server, turn, within } from "./support/peer.js"
import { realClient } from "./support/real.js"

const reviewItem = (threadId: string, turnId: string, review: string) =>
  Testing.notification("item/completed", {
    threadId,
    turnId,
    item: { type: "exitedReviewMode", id: `review-${turnId}`, review }
  } as never)

/**
 * review/start answered after the whole review turn has already been sent (the hardest order), in
 * codex 0.169.0's shape: the turn runs as a physical turn whose `rootTurnId` is the answered turn,
 * and everything else (items, completion) names that root turn.
 */
const reviewServer = (complete: boolean) =>
  server({
    other: (request, peer) => {
      if (request.method !== "review/start") return undefined
      const threadId = request.params.threadId
      return peer.send(
        Testing.notification("turn/started", { threadId, turn: { ...turn("physical-7"), rootTurnId: "review-1" } } as never),
        n.delta(threadId, "review-1", "Looks"),
        reviewItem(threadId, "review-1", "Looks good: no findings."),
        ...(complete ? [n.completed(threadId, "review-1")] : []),
        Testing.reply(request, { reviewThreadId: threadId, turn: turn("review-1") } as never)
      )
    }
  })

describe("in-memory: review", () => {
  it.live("the whole review turn, even when it ran before review/start answered: finalResponse is the review text", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const result = yield* Codex.review(t.id, { type: "uncommittedChanges" })
      assert.strictEqual(result.turnId, "review-1")
      assert.strictEqual(result.finalResponse, "Looks good: no findings.")
      assert.deepStrictEqual(result.items.map((item) => item.type), ["exitedReviewMode"])
      const start = yield* peer.awaitSent("review/start", { timeout: "1 second" })
      assert.deepStrictEqual(start.params.target, { type: "uncommittedChanges" })
    }).pipe(Effect.provide(clientWith(reviewServer(true)))))

  it.live("the review turn's stream has every event, its physical turn/started included (attributed to the root turn)", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const methods = yield* Effect.scoped(Effect.flatMap(
        Codex.reviewTurn(t.id, { type: "uncommittedChanges" }),
        (handle) => Effect.map(Stream.runCollect(handle.stream), (events) => Chunk.toReadonlyArray(events).map((e) => e.method))
      ))
      assert.deepStrictEqual(methods, ["turn/started", "item/agentMessage/delta", "item/completed", "turn/completed"])
      assert.strictEqual((yield* diagnostics).busyThreads, 0, "no phantom turn is left for the physical turn id")
    }).pipe(Effect.provide(clientWith(reviewServer(true)))))

  it.live("reviewTurn's stream starts at turn/started; leaving while it runs sends turn/interrupt", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      yield* Effect.scoped(Effect.gen(function*() {
        const handle = yield* Codex.reviewTurn(t.id, { type: "baseBranch", branch: "main" })
        assert.strictEqual(handle.turnId, "review-1")
      }))
      const interrupt = yield* peer.awaitSent("turn/interrupt", { timeout: "2 seconds" })
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: "review-1" })
    }).pipe(Effect.provide(clientWith(reviewServer(false)))))

  it.live("a caller interrupted while review/start is in flight leaves no review running unfollowed", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const t = yield* Codex.startThread()
      const fiber = yield* Effect.fork(Codex.review(t.id, { type: "custom", instructions: "check" }))
      const request = yield* peer.awaitSent("review/start", { timeout: "1 second" })
      const interrupted = yield* Effect.fork(Fiber.interrupt(fiber))
      // the server answers after the caller left: the review it started is interrupted
      yield* peer.send(
        n.started(t.id, "review-9"),
        Testing.reply(request, { reviewThreadId: t.id, turn: turn("review-9") } as never)
      )
      const interrupt = yield* peer.awaitSent("turn/interrupt", { timeout: "2 seconds" })
      assert.deepStrictEqual(interrupt.params, { threadId: t.id, turnId: "review-9" })
      const exit = yield* Fiber.join(interrupted).pipe(Effect.zipRight(Fiber.await(fiber)), within(2000, "the interrupt"))
      assert(Exit.isInterrupted(exit))
    }).pipe(Effect.provide(clientWith(server({ other: (request) => request.method === "review/start" ? Effect.void : undefined })))))
})

describe("real binary: review", () => {
  it.live("a review of uncommitted changes in a temporary git repository, with the scripted model", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* Testing.Offline
      const git = (...args: Array<string>) => execFileSync("git", args, { cwd, stdio: "pipe" })
      git("init", "-q")
      git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "start")
      writeFileSync(path.join(cwd, "sum.js"), "export const sum = (a, b) => a - b\n")
      const t = yield* Codex.startThread({ cwd })
      const result = yield* Codex.review(t.id, { type: "uncommittedChanges" })
      assert.strictEqual(result.status, "completed")
      assert.include(result.finalResponse ?? "", "sum subtracts")
      assert.isTrue(result.items.some((item) => item.type === "exitedReviewMode"))
      // codex asked the model for a review of the working tree
      const [request] = yield* model.requests
      assert.include(request?.lastUserText ?? "", "Review the current code changes")
    }).pipe(Effect.provide(realClient([{ items: [Testing.message("sum subtracts instead of adding.")] }]))), 60_000)
})
