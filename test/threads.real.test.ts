/**
 * Real binary: models across pages, a thread's whole lifecycle, listings after scripted turns,
 * `resumeThread` with `onMissing: "start"` on the answers codex really gives, and the presets as
 * codex applies them. One server (the real pinned codex, offline, scripted model) for the file.
 */
import { assert, layer } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
// The overloaded resumeThread (onMissing); see test/threads.test.ts.
import * as Presets from "../src/Presets.js"
import * as Testing from "../src/testing.js"

const TestCodex = Testing.layer((request) => ({ items: [Testing.message(`re: ${request.lastUserText ?? ""}`)] }))

/** A valid thread id nothing is stored under. */
const unknownId = "019a0000-0000-7000-8000-000000000000"

layer(TestCodex, { excludeTestServices: true, timeout: "60 seconds" })("real binary: thread verbs", (it) => {
  it.effect("real binary: models pages with the cursor and returns what one big page holds; includeHidden adds the hidden", () =>
    Effect.gen(function*() {
      const all = yield* Codex.models({ includeHidden: true })
      const paged = yield* Codex.models({ includeHidden: true, limit: 2 })
      assert.isAbove(all.length, 2, "the pinned codex offers more models than one page of two")
      assert.deepStrictEqual(paged.map((m) => m.id), all.map((m) => m.id))
      const visible = yield* Codex.models({ limit: 2 })
      assert.isTrue(all.some((m) => m.hidden), "includeHidden lists hidden models")
      assert.isFalse(visible.some((m) => m.hidden), "without it, no hidden model")
      assert.deepStrictEqual(visible.map((m) => m.id), all.filter((m) => !m.hidden).map((m) => m.id))
    }), 60_000)

  it.effect("real binary: a thread's life: name, listings after a turn, loaded list, unsubscribe, archive, unarchive, delete", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const result = yield* Codex.run(thread.id, "first question")
      assert.strictEqual(result.finalResponse, "re: first question")

      yield* Codex.setThreadName(thread.id, "release notes")
      assert.strictEqual((yield* Codex.readThread(thread.id)).name, "release notes")

      const turns = Chunk.toReadonlyArray(yield* Stream.runCollect(Codex.listTurns(thread.id)))
      assert.deepStrictEqual(turns.map((t) => [t.id, t.status]), [[result.turn.id, "completed"]])
      // one item per page: the listing really follows codex's cursor
      const items = Chunk.toReadonlyArray(yield* Stream.runCollect(Codex.listItems(thread.id, { limit: 1 })))
      assert.deepStrictEqual(items.map((e) => [e.turnId, e.item.type]), [
        [result.turn.id, "userMessage"],
        [result.turn.id, "agentMessage"]
      ])
      const answer = items[1]?.item
      assert(answer?.type === "agentMessage")
      assert.strictEqual(answer.text, "re: first question")

      assert.include(yield* Codex.listLoadedThreads({ limit: 1 }), thread.id)
      assert.strictEqual(yield* Codex.unsubscribeThread(thread.id), "unsubscribed")

      yield* Codex.archiveThread(thread.id)
      const archived = yield* Stream.runCollect(Codex.listThreadsAll({ archived: true, limit: 1 }))
      assert.include(Chunk.toReadonlyArray(archived).map((t) => t.id), thread.id)
      assert.notInclude(
        Chunk.toReadonlyArray(yield* Stream.runCollect(Codex.listThreadsAll())).map((t) => t.id),
        thread.id
      )
      const unarchived = yield* Codex.unarchiveThread(thread.id)
      assert.strictEqual(unarchived.id, thread.id)
      assert.strictEqual(unarchived.name, "release notes")
      assert.include(Chunk.toReadonlyArray(yield* Stream.runCollect(Codex.listThreadsAll())).map((t) => t.id), thread.id)

      yield* Codex.deleteThread(thread.id)
      assert.notInclude(
        Chunk.toReadonlyArray(yield* Stream.runCollect(Codex.listThreadsAll())).map((t) => t.id),
        thread.id
      )
      const gone = yield* Effect.flip(Codex.deleteThread(thread.id))
      assert(gone._tag === "RpcError")
      assert.strictEqual(gone.detail, `no rollout found for thread id ${thread.id}`)
    }), 60_000)

  it.effect("real binary: revertThread drops a turn and those after it; listTurns then pages the rest", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const thread = yield* Codex.startThread({ cwd })
      const first = yield* Codex.run(thread.id, "one")
      const second = yield* Codex.run(thread.id, "two")
      const before = yield* Stream.runCollect(Codex.listTurns(thread.id, { sortDirection: "asc", limit: 1 }))
      assert.deepStrictEqual(Chunk.toReadonlyArray(before).map((t) => t.id), [first.turn.id, second.turn.id])

      const reverted = yield* Codex.revertThread(thread.id, second.turn.id)
      assert.strictEqual(reverted.thread.id, thread.id)
      const after = yield* Stream.runCollect(Codex.listTurns(thread.id))
      assert.deepStrictEqual(Chunk.toReadonlyArray(after).map((t) => t.id), [first.turn.id])
    }), 60_000)

  it.effect("real binary: onMissing \"start\": a thread with no turn yet has no rollout, and a fresh thread replaces it", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const never = yield* Codex.startThread({ cwd })
      // the plain form fails with codex's answer
      const plain = yield* Effect.flip(Codex.resumeThread(never.id))
      assert(plain._tag === "RpcError")
      assert.deepStrictEqual([plain.code, plain.detail], [-32600, `no rollout found for thread id ${never.id}`])

      const outcome = yield* Codex.resumeThread(never.id, { onMissing: "start", cwd })
      assert(!outcome.resumed)
      assert.strictEqual(outcome.reason, "NoRollout")
      assert.strictEqual(outcome.cause.code, -32600)
      assert.notStrictEqual(outcome.thread.id, never.id)
      assert.strictEqual(outcome.thread.cwd, cwd)
      // the fresh thread is a real one: it runs a turn
      const result = yield* Codex.run(outcome.thread.id, "hello again")
      assert.strictEqual(result.finalResponse, "re: hello again")
    }), 60_000)

  it.effect("real binary: onMissing \"start\": an unknown id starts fresh; a stored thread resumes; a malformed id fails", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const unknown = yield* Codex.resumeThread(unknownId, { onMissing: "start" })
      assert(!unknown.resumed)
      assert.strictEqual(unknown.reason, "NoRollout")
      assert.strictEqual(unknown.cause.detail, `no rollout found for thread id ${unknownId}`)

      const stored = yield* Codex.startThread({ cwd })
      yield* Codex.run(stored.id, "remember me")
      const resumed = yield* Codex.resumeThread(stored.id, { onMissing: "start" })
      assert.isTrue(resumed.resumed)
      assert.strictEqual(resumed.thread.id, stored.id)

      const malformed = yield* Effect.flip(Codex.resumeThread("not-a-thread-id", { onMissing: "start" }))
      assert(malformed._tag === "RpcError")
      assert.strictEqual(malformed.code, -32600)
      assert.match(malformed.detail, /^invalid session id/)
    }), 60_000)

  it.effect("real binary: presets: codex applies a thread preset at start and a turn preset to the thread's later turns", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Testing.Offline
      const client = yield* CodexClient
      const started = yield* client.request("thread/start", { ...Presets.thread(Presets.workspaceWrite, Presets.never), cwd })
      assert.strictEqual(started.sandbox.type, "workspaceWrite")
      assert.strictEqual(started.approvalPolicy, "never")

      yield* Codex.run(started.thread.id, "hi", { params: Presets.turn(Presets.readOnly, Presets.untrusted) })
      const resumed = yield* client.request("thread/resume", { threadId: started.thread.id })
      assert.strictEqual(resumed.sandbox.type, "readOnly")
      assert.strictEqual(resumed.approvalPolicy, "untrusted")
    }), 60_000)
})
