/**
 * In-memory: models, the rest of a thread's lifecycle, listings that page with the cursor,
 * `resumeThread` with `onMissing: "start"`, and the presets; plus the verbs' error channels.
 */
import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import type * as CodexClient from "../src/CodexClient.js"
import type { RequestError } from "../src/CodexError.js"
import type {
  Model,
  ModelListResponse,
  Thread,
  ThreadForkParams,
  ThreadItemEntry,
  ThreadResumeParams,
  ThreadStartParams,
  TurnStartParams
} from "../src/generated/schemas.js"
import * as Presets from "../src/Presets.js"
import * as Testing from "../src/testing.js"
import { clientWith, countSent, rawLines, server, sentRequests, within } from "./support/peer.js"

const model = (id: string): Model => ({
  id,
  model: id,
  displayName: id,
  description: `the ${id} model`,
  hidden: false,
  isDefault: false,
  defaultReasoningEffort: "medium",
  supportedReasoningEfforts: []
})

const item = (turnId: string, id: string): ThreadItemEntry => ({
  turnId,
  item: { type: "agentMessage", id, text: id }
})

/** The params of every request of this method the client wrote, in order. */
const paramsSent = (method: string) =>
  Effect.flatMap(Testing.TestPeer, (peer) =>
    Effect.map(peer.sent, (all) => all.flatMap((m) => (m.method === method ? [m.params as unknown] : []))))

const ids = <A extends { readonly id: string }>(as: Chunk.Chunk<A> | ReadonlyArray<A>) =>
  Array.from(as, (a) => a.id)

// ---- models ------------------------------------------------------------------------------------

describe("in-memory: Codex.models", () => {
  const pages: Record<string, ModelListResponse> = {
    "": { data: [model("a"), model("b")], nextCursor: "p2" },
    p2: { data: [], nextCursor: "p3" }, // an empty page in the middle does not end the listing
    p3: { data: [model("c")], nextCursor: null }
  }
  const modelServer = server({
    other: (m, peer) =>
      m.method === "model/list" ? peer.send(Testing.reply(m, pages[m.params.cursor ?? ""]!)) : undefined
  })

  it.effect("returns every model across pages, sending each page's cursor back with the same options", () =>
    Effect.gen(function*() {
      const models = yield* Codex.models({ includeHidden: true, limit: 2 })
      assert.deepStrictEqual(ids(models), ["a", "b", "c"])
      assert.deepStrictEqual(yield* paramsSent("model/list"), [
        { includeHidden: true, limit: 2 },
        { includeHidden: true, limit: 2, cursor: "p2" },
        { includeHidden: true, limit: 2, cursor: "p3" }
      ])
    }).pipe(Effect.provide(clientWith(modelServer))))

  it.effect("one page with no cursor at all: one request, no cursor on the wire", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(ids(yield* Codex.models()), ["solo"])
      assert.deepStrictEqual(yield* paramsSent("model/list"), [{}])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => m.method === "model/list" ? peer.send(Testing.reply(m, { data: [model("solo")] })) : undefined
    })))))

  it.effect("a failing page fails the verb with the server's RpcError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Codex.models())
      assert(error._tag === "RpcError")
      assert.deepStrictEqual([error.method, error.code, error.detail], ["model/list", -32603, "catalog unavailable"])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "model/list"
          ? peer.send(
            m.params.cursor === "p2"
              ? Testing.replyError(m, { code: -32603, message: "catalog unavailable" })
              : Testing.reply(m, { data: [model("a")], nextCursor: "p2" })
          )
          : undefined
    })))))
})

// ---- listings as streams -----------------------------------------------------------------------

/** thread/list in pages of two over `count` threads t1…tN; the cursor is the next index. */
const threadListServer = (count: number) =>
  server({
    other: (m, peer) => {
      if (m.method !== "thread/list") return undefined
      const from = Number(m.params.cursor ?? "0")
      const data = Array.from({ length: Math.max(0, Math.min(2, count - from)) }, (_, i) => Testing.thread(`t${from + i + 1}`))
      return peer.send(Testing.reply(m, { data, nextCursor: from + 2 < count ? String(from + 2) : null }))
    }
  })

describe("in-memory: listings page with the cursor", () => {
  it.effect("listThreadsAll streams every thread, page after page, with the filters on every page", () =>
    Effect.gen(function*() {
      const threads = yield* Stream.runCollect(Codex.listThreadsAll({ archived: true, sortKey: "created_at", limit: 2 }))
      assert.deepStrictEqual(ids(threads), ["t1", "t2", "t3", "t4", "t5"])
      const filters = { archived: true, sortKey: "created_at", limit: 2 }
      assert.deepStrictEqual(yield* paramsSent("thread/list"), [
        filters,
        { ...filters, cursor: "2" },
        { ...filters, cursor: "4" }
      ])
    }).pipe(Effect.provide(clientWith(threadListServer(5)))))

  it.effect("pages are fetched as the stream is pulled: taking three threads asks for two pages", () =>
    Effect.gen(function*() {
      const threads = yield* Stream.runCollect(Stream.take(Codex.listThreadsAll(), 3))
      assert.deepStrictEqual(ids(threads), ["t1", "t2", "t3"])
      assert.strictEqual(yield* countSent("thread/list"), 2)
    }).pipe(Effect.provide(clientWith(threadListServer(9)))))

  it.effect("a given cursor is where the listing starts; an empty listing is an empty stream", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(ids(yield* Stream.runCollect(Codex.listThreadsAll({ cursor: "4" }))), ["t5", "t6"])
      assert.deepStrictEqual(yield* paramsSent("thread/list"), [{ cursor: "4" }])
    }).pipe(Effect.provide(clientWith(threadListServer(6)))))

  it.effect("listTurns sends the thread id and params with every page and the cursor it was given back", () =>
    Effect.gen(function*() {
      const turns = yield* Stream.runCollect(
        Codex.listTurns("th-1", { sortDirection: "asc", itemsView: "full", limit: 1, cursor: "start" })
      )
      assert.deepStrictEqual(ids(turns), ["turn-1", "turn-2"])
      const page = { sortDirection: "asc", itemsView: "full", limit: 1, threadId: "th-1" }
      assert.deepStrictEqual(yield* paramsSent("thread/turns/list"), [
        { ...page, cursor: "start" },
        { ...page, cursor: "after-1" },
        { ...page, cursor: "after-2" }
      ])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => {
        if (m.method !== "thread/turns/list") return undefined
        switch (m.params.cursor) {
          case "start":
            return peer.send(Testing.reply(m, { data: [Testing.turn("turn-1", "completed")], nextCursor: "after-1" }))
          case "after-1":
            return peer.send(Testing.reply(m, { data: [Testing.turn("turn-2", "completed")], nextCursor: "after-2" }))
          default:
            return peer.send(Testing.reply(m, { data: [], nextCursor: null }))
        }
      }
    })))))

  it.effect("listItems starts from an item anchor and continues with the server's string cursors", () =>
    Effect.gen(function*() {
      const entries = yield* Stream.runCollect(
        Codex.listItems("th-1", { turnId: "turn-1", cursor: { type: "item", itemId: "i0" } })
      )
      assert.deepStrictEqual(Array.from(entries, (e) => e.item.id), ["i1", "i2", "i3"])
      assert.deepStrictEqual(yield* paramsSent("thread/items/list"), [
        { threadId: "th-1", turnId: "turn-1", cursor: { type: "item", itemId: "i0" } },
        { threadId: "th-1", turnId: "turn-1", cursor: "c2" }
      ])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => {
        if (m.method !== "thread/items/list") return undefined
        return peer.send(
          typeof m.params.cursor === "object"
            ? Testing.reply(m, { data: [item("turn-1", "i1"), item("turn-1", "i2")], nextCursor: "c2" })
            : Testing.reply(m, { data: [item("turn-1", "i3")] })
        )
      }
    })))))

  it.effect("a page that fails ends the stream with its RpcError, after the pages before it", () =>
    Effect.gen(function*() {
      const out = yield* Stream.runCollect(Stream.either(Codex.listThreadsAll()))
      const values = Chunk.toReadonlyArray(out)
      assert.deepStrictEqual(values.slice(0, 2).map((e) => Either.isRight(e) ? e.right.id : "error"), ["t1", "t2"])
      assert.strictEqual(values.length, 3)
      const last = values[2]!
      assert(Either.isLeft(last) && last.left._tag === "RpcError")
      assert.deepStrictEqual([last.left.method, last.left.code], ["thread/list", -32600])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "thread/list"
          ? peer.send(
            m.params.cursor === undefined
              ? Testing.reply(m, { data: [Testing.thread("t1"), Testing.thread("t2")], nextCursor: "2" })
              : Testing.replyError(m, { code: -32600, message: "invalid cursor" })
          )
          : undefined
    })))))

  it.effect("a server that answers with the cursor it was sent fails with ProtocolError instead of paging forever", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runDrain(Codex.listThreadsAll()))
      assert(error._tag === "ProtocolError", `expected ProtocolError, got ${error._tag}`)
      assert.strictEqual(error.reason, "InvalidPayload")
      assert.include(error.detail, "thread/list answered with the cursor it was sent")
      assert.strictEqual(yield* countSent("thread/list"), 2)
    }).pipe(Effect.provide(clientWith((() => {
      // echoes its cursor, and refuses a fourth page: a client without the guard ends on that RpcError
      let pages = 0
      return server({
        other: (m, peer) =>
          m.method === "thread/list"
            ? peer.send(
              ++pages <= 3
                ? Testing.reply(m, { data: [Testing.thread("t1")], nextCursor: "same" })
                : Testing.replyError(m, { code: -32600, message: "paged too far" })
            )
            : undefined
      })
    })()))))

  it.effect("listLoadedThreads collects the ids of every page", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(yield* Codex.listLoadedThreads({ limit: 1 }), ["a", "b"])
      assert.deepStrictEqual(yield* paramsSent("thread/loaded/list"), [{ limit: 1 }, { limit: 1, cursor: "1" }])
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) =>
        m.method === "thread/loaded/list"
          ? peer.send(
            m.params.cursor === "1" ? Testing.reply(m, { data: ["b"] }) : Testing.reply(m, { data: ["a"], nextCursor: "1" })
          )
          : undefined
    })))))
})

// ---- a thread's lifecycle ----------------------------------------------------------------------

describe("in-memory: lifecycle verbs", () => {
  const lifecycleServer = server({
    other: (m, peer) => {
      switch (m.method) {
        case "thread/unarchive":
          return peer.send(Testing.reply(m, { thread: Testing.thread(m.params.threadId) }))
        case "thread/name/set":
        case "thread/compact/start":
        case "thread/delete":
          return peer.send(Testing.reply(m, {}))
        case "thread/revert":
          return peer.send(Testing.reply(m, {
            thread: Testing.thread(m.params.threadId),
            turnsBackwardsCursor: "turns-back",
            itemsBackwardsCursor: "items-back"
          }))
        case "thread/unsubscribe":
          return peer.send(Testing.reply(m, { status: "notSubscribed" }))
        default:
          return undefined
      }
    }
  })

  it.effect("each verb sends its method with exactly its params and returns the decoded answer", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const unarchived = yield* Codex.unarchiveThread("th-1")
      assert.strictEqual(unarchived.id, "th-1")
      assert.isUndefined(yield* Codex.setThreadName("th-1", "release notes"))
      assert.isUndefined(yield* Codex.compactThread("th-1"))
      const reverted = yield* Codex.revertThread("th-1", "turn-2")
      assert.deepStrictEqual(
        [reverted.thread.id, reverted.turnsBackwardsCursor, reverted.itemsBackwardsCursor],
        ["th-1", "turns-back", "items-back"]
      )
      assert.strictEqual(yield* Codex.unsubscribeThread("th-1"), "notSubscribed")
      assert.isUndefined(yield* Codex.deleteThread("th-1"))
      const sent = (yield* sentRequests(peer)).map((m) => [m.method, "params" in m ? m.params : undefined])
      assert.deepStrictEqual(sent, [
        ["thread/unarchive", { threadId: "th-1" }],
        ["thread/name/set", { threadId: "th-1", name: "release notes" }],
        ["thread/compact/start", { threadId: "th-1" }],
        ["thread/revert", { threadId: "th-1", beforeTurnId: "turn-2" }],
        ["thread/unsubscribe", { threadId: "th-1" }],
        ["thread/delete", { threadId: "th-1" }]
      ])
    }).pipe(Effect.provide(clientWith(lifecycleServer))))

  it.effect("an answer that does not decode fails with ProtocolError, a refusal with the server's RpcError", () =>
    Effect.gen(function*() {
      const bad = yield* Effect.flip(Codex.unsubscribeThread("th-1"))
      assert(bad._tag === "ProtocolError")
      assert.strictEqual(bad.reason, "InvalidPayload")
      const refused = yield* Effect.flip(Codex.deleteThread("th-unknown"))
      assert(refused._tag === "RpcError")
      assert.deepStrictEqual(
        [refused.method, refused.code, refused.detail],
        ["thread/delete", -32600, "no rollout found for thread id th-unknown"]
      )
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => {
        switch (m.method) {
          case "thread/unsubscribe":
            return peer.sendRaw(rawLines({ id: m.id, result: { status: "gone" } }))
          case "thread/delete":
            return peer.send(Testing.replyError(m, { code: -32600, message: `no rollout found for thread id ${m.params.threadId}` }))
          default:
            return undefined
        }
      }
    })))))
})

// ---- resumeThread with onMissing ---------------------------------------------------------------

/** thread/resume answered with this error (or, with `undefined`, with the thread); thread/start with `fresh-…`. */
const resumeServer = (error?: { readonly code: number; readonly message: string }) =>
  server({
    other: (m, peer) => {
      switch (m.method) {
        case "thread/resume":
          return peer.send(
            error === undefined ? Testing.reply(m, Testing.threadResponse(m.params.threadId)) : Testing.replyError(m, error)
          )
        case "thread/start":
          return peer.send(Testing.reply(m, Testing.threadResponse(`fresh-${m.id}`)))
        default:
          return undefined
      }
    }
  })

const noRollout = (id: string) => ({ code: -32600, message: `no rollout found for thread id ${id}` })

describe("in-memory: resumeThread with onMissing: \"start\"", () => {
  it.effect("a thread that resumes is returned as resumed; nothing else is sent and the option stays off the wire", () =>
    Effect.gen(function*() {
      const outcome = yield* Codex.resumeThread("th-1", { onMissing: "start", model: "gpt-test" })
      assert.isTrue(outcome.resumed)
      assert.strictEqual(outcome.thread.id, "th-1")
      assert.deepStrictEqual(yield* paramsSent("thread/resume"), [{ model: "gpt-test", threadId: "th-1" }])
      assert.strictEqual(yield* countSent("thread/start"), 0)
    }).pipe(Effect.provide(clientWith(resumeServer()))))

  it.effect("no rollout: a fresh thread, with the settings thread/start shares, and the reason", () =>
    Effect.gen(function*() {
      const outcome = yield* Codex.resumeThread("th-new", {
        onMissing: "start",
        model: "gpt-test",
        cwd: "/work/repo",
        sandbox: "workspace-write",
        approvalPolicy: "on-request",
        excludeTurns: true // resume-only: not a thread/start param
      })
      assert(!outcome.resumed)
      assert.strictEqual(outcome.reason, "NoRollout")
      assert.match(outcome.thread.id, /^fresh-/)
      assert.strictEqual(outcome.cause._tag, "RpcError")
      assert.strictEqual(outcome.cause.detail, "no rollout found for thread id th-new")
      assert.deepStrictEqual(yield* paramsSent("thread/start"), [
        { model: "gpt-test", cwd: "/work/repo", sandbox: "workspace-write", approvalPolicy: "on-request" }
      ])
    }).pipe(Effect.provide(clientWith(resumeServer(noRollout("th-new"))))))

  it.effect("startParams, when given, are the fresh thread's params exactly", () =>
    Effect.gen(function*() {
      const outcome = yield* Codex.resumeThread("th-new", { onMissing: "start", model: "a", startParams: { model: "b" } })
      assert.isFalse(outcome.resumed)
      assert.deepStrictEqual(yield* paramsSent("thread/resume"), [{ model: "a", threadId: "th-new" }])
      assert.deepStrictEqual(yield* paramsSent("thread/start"), [{ model: "b" }])
    }).pipe(Effect.provide(clientWith(resumeServer(noRollout("th-new"))))))

  for (
    const [what, error] of [
      ["-32601 method not found", { code: -32601, message: "Method not found" }],
      ["codex's unknown variant `thread/resume`", {
        code: -32600,
        message: "Invalid request: unknown variant `thread/resume`, expected one of `initialize`, `thread/start`"
      }]
    ] as const
  ) {
    it.effect(`a server without thread/resume (${what}): a fresh thread, reason Unsupported`, () =>
      Effect.gen(function*() {
        const outcome = yield* Codex.resumeThread("th-1", { onMissing: "start" })
        assert(!outcome.resumed)
        assert.strictEqual(outcome.reason, "Unsupported")
        assert.strictEqual(outcome.cause.code, error.code)
        assert.deepStrictEqual(yield* paramsSent("thread/start"), [{}])
      }).pipe(Effect.provide(clientWith(resumeServer(error)))))
  }

  for (
    const [what, error] of [
      ["a malformed id", {
        code: -32600,
        message: "invalid session id: invalid character: expected an optional prefix of `urn:uuid:`"
      }],
      ["the no-rollout message under another code", { code: -32603, message: "no rollout found for thread id th-1" }],
      ["another method unknown", { code: -32600, message: "Invalid request: unknown variant `thread/resumeX`" }]
    ] as const
  ) {
    it.effect(`${what} is not missing: the RpcError, and no thread/start`, () =>
      Effect.gen(function*() {
        const failed = yield* Effect.flip(Codex.resumeThread("th-1", { onMissing: "start" }))
        assert(failed._tag === "RpcError")
        assert.deepStrictEqual([failed.method, failed.code], ["thread/resume", error.code])
        assert.strictEqual(yield* countSent("thread/start"), 0)
      }).pipe(Effect.provide(clientWith(resumeServer(error)))))
  }

  it.live("a timeout is not missing: RequestTimeoutError, and no thread/start", () =>
    Effect.gen(function*() {
      const failed = yield* Effect.flip(Codex.resumeThread("th-1", { onMissing: "start" })).pipe(
        within(5000, "the resume to time out")
      )
      assert.strictEqual(failed._tag, "RequestTimeoutError")
      assert.strictEqual(yield* countSent("thread/start"), 0)
    }).pipe(Effect.provide(clientWith(
      server({ other: (m) => (m.method === "thread/resume" ? Effect.void : undefined) }),
      { requestTimeout: "100 millis" }
    ))))

  it.effect("a connection that closes under the resume fails with TransportError", () =>
    Effect.gen(function*() {
      const failed = yield* Effect.flip(Codex.resumeThread("th-1", { onMissing: "start" }))
      assert.strictEqual(failed._tag, "TransportError")
    }).pipe(Effect.provide(clientWith(server({
      other: (m, peer) => (m.method === "thread/resume" ? peer.close() : undefined)
    })))))

  it.effect("without onMissing, a missing thread fails with the RpcError (the plain form never starts one)", () =>
    Effect.gen(function*() {
      const failed = yield* Effect.flip(Codex.resumeThread("th-new"))
      assert(failed._tag === "RpcError")
      assert.strictEqual(failed.detail, "no rollout found for thread id th-new")
      assert.strictEqual(yield* countSent("thread/start"), 0)
      const thread = yield* Effect.flip(Codex.resumeThread("th-new"))
      assert.strictEqual(thread._tag, "RpcError")
    }).pipe(Effect.provide(clientWith(resumeServer(noRollout("th-new"))))))
})

// ---- presets -----------------------------------------------------------------------------------

describe("in-memory: presets", () => {
  it("each preset spells its policy as thread params and as turn params expect", () => {
    assert.deepStrictEqual(Presets.readOnly.thread, { sandbox: "read-only" })
    assert.deepStrictEqual(Presets.readOnly.turn, { sandboxPolicy: { type: "readOnly" } })
    assert.deepStrictEqual(Presets.workspaceWrite.thread, { sandbox: "workspace-write" })
    assert.deepStrictEqual(Presets.workspaceWrite.turn, { sandboxPolicy: { type: "workspaceWrite" } })
    assert.deepStrictEqual(Presets.fullAccess.thread, { sandbox: "danger-full-access" })
    assert.deepStrictEqual(Presets.fullAccess.turn, { sandboxPolicy: { type: "dangerFullAccess" } })
    for (const [preset, policy] of [[Presets.never, "never"], [Presets.onRequest, "on-request"], [Presets.untrusted, "untrusted"]] as const) {
      assert.deepStrictEqual(preset.thread, { approvalPolicy: policy })
      assert.deepStrictEqual(preset.turn, { approvalPolicy: policy })
    }
    assert.deepStrictEqual(Presets.thread(Presets.workspaceWrite, Presets.untrusted), {
      sandbox: "workspace-write",
      approvalPolicy: "untrusted"
    })
    assert.deepStrictEqual(Presets.turn(Presets.fullAccess, Presets.never), {
      sandboxPolicy: { type: "dangerFullAccess" },
      approvalPolicy: "never"
    })
  })

  it.effect("on the wire: thread/start and turn/start carry the presets' policies", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const thread = yield* Codex.startThread({ ...Presets.thread(Presets.readOnly, Presets.onRequest), model: "m" })
      const running = yield* Effect.fork(Codex.run(thread.id, "hi", { params: Presets.turn(Presets.workspaceWrite, Presets.never) }))
      const start = yield* peer.awaitSent("thread/start", { timeout: "1 second" })
      assert.deepStrictEqual(start.params, { sandbox: "read-only", approvalPolicy: "on-request", model: "m" })
      const turnStart = yield* peer.awaitSent("turn/start", { timeout: "1 second" })
      assert.deepStrictEqual(turnStart.params.sandboxPolicy, { type: "workspaceWrite" })
      assert.strictEqual(turnStart.params.approvalPolicy, "never")
      yield* Fiber.interrupt(running)
    }).pipe(Effect.provide(clientWith(server()))))

  it("the presets fit the params they are meant for (types)", () => {
    expectTypeOf(Presets.thread(Presets.workspaceWrite, Presets.onRequest)).toMatchTypeOf<ThreadStartParams>()
    expectTypeOf(Presets.thread(Presets.readOnly, Presets.never)).toMatchTypeOf<Omit<ThreadResumeParams, "threadId">>()
    expectTypeOf(Presets.thread(Presets.fullAccess, Presets.untrusted)).toMatchTypeOf<Omit<ThreadForkParams, "threadId">>()
    expectTypeOf(Presets.turn(Presets.workspaceWrite, Presets.onRequest)).toMatchTypeOf<
      NonNullable<CodexClient.TurnOptions["params"]>
    >()
    expectTypeOf(Presets.readOnly.turn).toMatchTypeOf<Partial<TurnStartParams>>()
    expectTypeOf(Presets.never.thread).toMatchTypeOf<ThreadStartParams>()
    // literal types survive: a preset says which policy it is
    expectTypeOf(Presets.workspaceWrite.mode).toEqualTypeOf<"workspace-write">()
    expectTypeOf(Presets.workspaceWrite.policy).toEqualTypeOf<{ readonly type: "workspaceWrite" }>()
    expectTypeOf(Presets.turn(Presets.readOnly, Presets.untrusted)).toEqualTypeOf<{
      readonly sandboxPolicy: { readonly type: "readOnly" }
      readonly approvalPolicy: "untrusted"
    }>()
    // the turn form does not fit thread params, nor the thread form turn params
    expectTypeOf(Presets.readOnly.turn).not.toMatchTypeOf<ThreadStartParams>()
    expectTypeOf(Presets.readOnly.thread).not.toMatchTypeOf<Partial<TurnStartParams>>()
  })
})

// ---- error channels (types) --------------------------------------------------------------------

type ErrorOf<T> = T extends Effect.Effect<any, infer E, any> ? E : T extends Stream.Stream<any, infer E, any> ? E : never
type Tags<T> = ErrorOf<T> extends { readonly _tag: infer K } ? K : never
type RequestTags = "TransportError" | "RpcError" | "RequestTimeoutError" | "ProtocolError" | "InitializeError"

describe("precise error channels of the thread verbs", () => {
  it("every verb fails only with request errors (never ThreadBusyError or TurnFailedError)", () => {
    expectTypeOf<Tags<ReturnType<typeof Codex.models>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.unarchiveThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.setThreadName>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.compactThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.revertThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.deleteThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.unsubscribeThread>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.listLoadedThreads>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.listThreadsAll>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.listTurns>>>().toEqualTypeOf<RequestTags>()
    expectTypeOf<Tags<ReturnType<typeof Codex.listItems>>>().toEqualTypeOf<RequestTags>()
  })

  it("resumeThread: a Thread without onMissing, a ResumeOutcome with it; request errors either way", () => {
    const plain = Codex.resumeThread("t")
    const withParams = Codex.resumeThread("t", { model: "m" })
    const orStart = Codex.resumeThread("t", { onMissing: "start", model: "m" })
    expectTypeOf(plain).toEqualTypeOf<Effect.Effect<Thread, RequestError, CodexClient.CodexClient>>()
    expectTypeOf(withParams).toEqualTypeOf<Effect.Effect<Thread, RequestError, CodexClient.CodexClient>>()
    expectTypeOf(orStart).toEqualTypeOf<Effect.Effect<Codex.ResumeOutcome, RequestError, CodexClient.CodexClient>>()
    expectTypeOf<Tags<typeof orStart>>().toEqualTypeOf<RequestTags>()
    // the outcome narrows on `resumed`: only a fresh thread has a reason
    expectTypeOf<Extract<Codex.ResumeOutcome, { resumed: false }>["reason"]>().toEqualTypeOf<"NoRollout" | "Unsupported">()
    expectTypeOf<Codex.ResumeOutcome>().not.toHaveProperty("reason")
    // `onMissing` takes only "start", and the fallback's options need it
    // @ts-expect-error: not an onMissing value
    Codex.resumeThread("t", { onMissing: "fail" })
    // @ts-expect-error: startParams belong to the onMissing form
    Codex.resumeThread("t", { startParams: {} })
  })

  it("the listings' elements are decoded protocol types", () => {
    expectTypeOf<Stream.Stream.Success<ReturnType<typeof Codex.listThreadsAll>>>().toEqualTypeOf<Thread>()
    expectTypeOf<Effect.Effect.Success<ReturnType<typeof Codex.models>>>().toEqualTypeOf<ReadonlyArray<Model>>()
    expectTypeOf<Stream.Stream.Success<ReturnType<typeof Codex.listItems>>>().toEqualTypeOf<ThreadItemEntry>()
  })
})
