/**
 * Approvals over the in-memory transport: every method, ids, failures, time limits, per-turn
 * handlers, the turn stream, and closing while a handler runs.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/TestClock"
import * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import type { ServerRequestMethod, ServerRequestParams } from "../src/generated/methods.js"
import { decodeServerRequest } from "../src/internal/codec.js"
import * as Testing from "../src/testing.js"
import { answersSent, answerTo, clientWith, n, server, turn, within } from "./support/peer.js"

const T = "thread-1"
const U = "turn-1"
const base = { threadId: T, turnId: U, itemId: "item-1", startedAtMs: 1 }

/** Valid params for every server request of codex 0.169.0. */
const samples: { readonly [M in ServerRequestMethod]: ServerRequestParams<M> } = {
  "item/commandExecution/requestApproval": {
    ...base,
    command: "git status",
    cwd: "/work/repo",
    commandActions: [{ type: "unknown", command: "git status" }]
  },
  "item/fileChange/requestApproval": base,
  "item/permissions/requestApproval": { ...base, cwd: "/work/repo", permissions: {} },
  "item/tool/requestUserInput": { ...base, isBlocking: true, questions: [] },
  "mcpServer/elicitation/request": {
    threadId: T,
    turnId: U,
    serverName: "srv",
    mode: "url",
    message: "open this",
    url: "https://example.invalid",
    elicitationId: "e1"
  },
  "item/tool/call": { threadId: T, turnId: U, callId: "c1", tool: "lookup", arguments: {} },
  "account/chatgptAuthTokens/refresh": { reason: "unauthorized" },
  "attestation/generate": {},
  "currentTime/read": { threadId: T },
  applyPatchApproval: { conversationId: T, callId: "c2", fileChanges: {} },
  execCommandApproval: { conversationId: T, callId: "c3", command: ["ls"], cwd: "/work", parsedCmd: [] }
}

const expected: Record<ServerRequestMethod, unknown> = {
  "item/commandExecution/requestApproval": { result: { decision: "decline" } },
  "item/fileChange/requestApproval": { result: { decision: "decline" } },
  "item/permissions/requestApproval": { result: { permissions: {}, scope: "turn" } },
  "item/tool/requestUserInput": { result: { answers: {} } },
  "mcpServer/elicitation/request": { result: { action: "decline" } },
  "item/tool/call": {
    result: { success: false, contentItems: [{ type: "inputText", text: "effect-codex: no handler for dynamic tool lookup" }] }
  },
  "account/chatgptAuthTokens/refresh": { error: { code: -32603 } },
  "attestation/generate": { error: { code: -32603 } },
  "currentTime/read": { error: { code: -32603 } },
  applyPatchApproval: { result: { decision: { denied: { rejection: "declined by effect-codex (no approval handler)" } } } },
  execCommandApproval: { result: { decision: { denied: { rejection: "declined by effect-codex (no approval handler)" } } } }
}

const answersTo = (id: string | number) => Effect.map(answersSent, (answers) => answers.filter((m) => m.id === id))

/**
 * Sends a server request (any method, any params: some tests send what codex never would) and
 * waits for the client's answer to it.
 */
const ask = (method: string, params: unknown, id: string | number) =>
  Effect.gen(function*() {
    const peer = yield* Testing.TestPeer
    yield* (yield* CodexClient).initialize
    yield* peer.sendRaw(JSON.stringify({ id, method, params }) + "\n")
    return yield* answerTo(id)
  })

/**
 * Once the reader has answered this, it has routed everything the peer sent before, and the
 * client has written whatever those messages made it write at once.
 */
const roundTrip = Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))

describe("in-memory: approvals: safe defaults", () => {
  it("the samples are valid params for every server request method", () => {
    for (const [method, params] of Object.entries(samples)) {
      const decoded = decodeServerRequest(1, method, params)
      assert.strictEqual(decoded._tag, "ServerRequest", `${method}: ${(decoded as any).decodeError}`)
    }
  })

  for (const method of Object.keys(samples) as Array<ServerRequestMethod>) {
    it.scopedLive(`${method}: answered safely, once, id echoed with its type`, () =>
      Effect.gen(function*() {
        for (const id of [7, "req-7"]) {
          const reply = yield* ask(method, samples[method], id)
          assert.strictEqual(reply.id, id)
          assert.strictEqual(typeof reply.id, typeof id)
          const want = expected[method] as any
          if (want.result !== undefined) assert.deepStrictEqual(reply.result, want.result)
          else assert.strictEqual(reply.error?.code, want.error.code)
          // a second answer would be written by the time a later request is answered
          yield* roundTrip
          yield* roundTrip
          assert.strictEqual((yield* answersTo(id)).length, 1)
        }
      }).pipe(Effect.provide(clientWith(server()))))
  }

  it.scopedLive("an unknown method gets -32601; invalid params get the safe answer or -32602", () =>
    Effect.gen(function*() {
      const unknown = yield* ask("future/request", { x: 1 }, 1)
      assert.strictEqual(unknown.error?.code, -32601)
      const invalidApproval = yield* ask("item/commandExecution/requestApproval", { nope: 1 }, 2)
      assert.deepStrictEqual(invalidApproval.result, { decision: "decline" })
      const invalidRefresh = yield* ask("account/chatgptAuthTokens/refresh", { reason: 5 }, 3)
      assert.strictEqual(invalidRefresh.error?.code, -32602)
    }).pipe(Effect.provide(clientWith(server()))))
})

describe("in-memory: approvals: handlers", () => {
  const command = samples["item/commandExecution/requestApproval"]

  it.scopedLive("a handler's typed answer is sent", () =>
    Effect.gen(function*() {
      const reply = yield* ask("item/commandExecution/requestApproval", command, 0)
      assert.deepStrictEqual(reply.result, { decision: "acceptForSession" })
    }).pipe(Effect.provide(clientWith(server(), {
      approvals: {
        "item/commandExecution/requestApproval": (params, info) =>
          Effect.succeed({ decision: params.command === "git status" && info.turnId === U ? "acceptForSession" : "decline" })
      }
    }))))

  // the time limit runs on Effect's clock: these tests move the TestClock past it
  const failing: Array<[string, (started: Deferred.Deferred<void>) => Approvals.Handlers]> = [
    ["fails", () => ({ "item/commandExecution/requestApproval": () => Effect.fail("no") })],
    ["dies", () => ({ "item/commandExecution/requestApproval": () => Effect.die(new Error("bug")) })],
    ["throws", () => ({ "item/commandExecution/requestApproval": () => { throw new Error("sync bug") } })],
    ["exceeds its time limit", (started) => ({
      "item/commandExecution/requestApproval": () =>
        Deferred.succeed(started, undefined).pipe(Effect.zipRight(Effect.never), Effect.as({ decision: "accept" as const }))
    })],
    ["returns an invalid answer", () => ({ "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "yes!" } as any) })]
  ]
  for (const [name, handlers] of failing) {
    it.effect(`a handler that ${name} produces the safe answer, once`, () => {
      const started = Deferred.unsafeMake<void>(FiberId.none)
      return Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        yield* (yield* CodexClient).initialize
        yield* peer.send(Testing.serverRequest(0, "item/commandExecution/requestApproval", command))
        if (name === "exceeds its time limit") {
          // its time limit started with it
          yield* Deferred.await(started).pipe(within(1000, "the handler to start"))
          yield* TestClock.adjust("100 millis")
        }
        const reply = yield* answerTo(0)
        assert.deepStrictEqual(reply.result, { decision: "decline" })
        // past the time limit, a second answer (the handler's, or the time limit's) would be written
        yield* TestClock.adjust("1 second")
        yield* roundTrip
        assert.strictEqual((yield* answersTo(0)).length, 1)
      }).pipe(Effect.provide(clientWith(server(), { approvals: handlers(started), approvalTimeout: "100 millis" })))
    })
  }

  it.scopedLive("a handler may use the client without deadlock", () =>
    Effect.gen(function*() {
      const reply = yield* ask("item/commandExecution/requestApproval", command, 0)
      assert.deepStrictEqual(reply.result, { decision: "accept" })
    }).pipe(Effect.provide(clientWith(
      server({
        other: (m, peer) => (m.method === "model/list" ? peer.send({ id: m.id, result: { data: [] } }) : undefined)
      }),
      {
        approvals: {
          "item/commandExecution/requestApproval": () =>
            Effect.gen(function*() {
              const client = yield* CodexClient
              const models = yield* client.request("model/list", {})
              return { decision: models.data.length === 0 ? "accept" as const : "decline" as const }
            })
        }
      }
    ))))

  it.scopedLive("a waiting handler never blocks the reader: other requests and turns flow", () => {
    const started = Deferred.unsafeMake<void>(FiberId.none)
    const release = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const client = yield* CodexClient
      yield* client.initialize
      yield* peer.send(Testing.serverRequest(0, "item/commandExecution/requestApproval", command))
      yield* Deferred.await(started).pipe(within(1000, "the handler to start"))
      // while the approval waits: a control request and a whole turn on another thread
      yield* client.request("model/list", {})
      const other = yield* Codex.startThread()
      const result = yield* Codex.run(other.id, "go")
      assert.strictEqual(result.status, "completed")
      assert.strictEqual((yield* answersTo(0)).length, 0, "the approval is still waiting")
      yield* Deferred.succeed(release, undefined)
      assert.deepStrictEqual((yield* answerTo(0)).result, { decision: "accept" })
    }).pipe(Effect.provide(clientWith(
      server({
        turnStart: (m, peer, turnId) =>
          peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.completed(m.params.threadId, turnId))
      }),
      {
        approvals: {
          "item/commandExecution/requestApproval": () =>
            Deferred.succeed(started, undefined).pipe(
              Effect.zipRight(Deferred.await(release)),
              Effect.as({ decision: "accept" as const })
            )
        }
      }
    )))
  })

  it.scopedLive("closing the transport interrupts a running handler and writes no answer", () => {
    const started = Deferred.unsafeMake<void>(FiberId.none)
    const interrupted = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      yield* peer.send(Testing.serverRequest(0, "item/commandExecution/requestApproval", command))
      yield* Deferred.await(started).pipe(within(1000, "the handler to start"))
      yield* peer.close()
      yield* Deferred.await(interrupted).pipe(within(1000, "the handler to be interrupted by the close"))
      assert.strictEqual((yield* answersTo(0)).length, 0)
    }).pipe(Effect.provide(clientWith(server(), {
      approvals: {
        "item/commandExecution/requestApproval": () =>
          Deferred.succeed(started, undefined).pipe(
            Effect.zipRight(Effect.never),
            Effect.onInterrupt(() => Deferred.succeed(interrupted, undefined))
          )
      }
    })))
  })
})

describe("in-memory: approvals: per turn and in the stream", () => {
  /**
   * turn/start answered, then an approval request for that turn; when the client answers, the
   * server resolves the request and completes the turn.
   */
  const resolvingServer = (): Testing.TestScript => {
    const turnOf = new Map<string, string>()
    const approvalTurn = server({
      turnStart: (m, peer, turnId) => {
        const threadId = m.params.threadId
        turnOf.set(threadId, turnId)
        return peer.send(
          { id: m.id, result: { turn: turn(turnId) } },
          Testing.serverRequest(`approve-${threadId}`, "item/commandExecution/requestApproval", {
            ...samples["item/commandExecution/requestApproval"],
            threadId,
            turnId
          })
        )
      }
    })
    return (m, peer) => {
      if (m.method === undefined && typeof m.id === "string" && m.id.startsWith("approve-")) {
        const threadId = m.id.slice("approve-".length)
        return peer.send(
          { method: "serverRequest/resolved", params: { threadId, requestId: m.id } },
          n.completed(threadId, turnOf.get(threadId)!)
        )
      }
      return approvalTurn(m, peer)
    }
  }

  it.scopedLive("per-turn handlers answer that turn's requests; other turns fall back to the client's", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      const a = yield* Codex.startThread()
      const b = yield* Codex.startThread()
      yield* Codex.run(a.id, "a", {
        approvals: { "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const }) }
      })
      yield* Codex.run(b.id, "b")
      const answers = (yield* peer.sent).filter((m) => m.method === undefined)
      assert.deepStrictEqual(answers.find((m) => m.id === `approve-${a.id}`)?.result, { decision: "accept" })
      assert.deepStrictEqual(answers.find((m) => m.id === `approve-${b.id}`)?.result, { decision: "decline" })
    }).pipe(Effect.provide(clientWith(resolvingServer()))))

  it.scopedLive("the turn stream carries the request, the answer and serverRequest/resolved, in order", () =>
    Effect.gen(function*() {
      const t = yield* Codex.startThread()
      const events = Chunk.toReadonlyArray(yield* Codex.stream(t.id, "x").pipe(Stream.runCollect))
      assert.deepStrictEqual(events.map((e) => `${e._tag}:${e.method}`), [
        "ServerRequest:item/commandExecution/requestApproval",
        "ServerRequestAnswered:item/commandExecution/requestApproval",
        "ServerNotification:serverRequest/resolved",
        "ServerNotification:turn/completed"
      ])
      const answered = events[1]
      assert(answered?._tag === "ServerRequestAnswered")
      assert.deepStrictEqual(answered.answer, { _tag: "Result", result: { decision: "decline" } })
      const counts = yield* diagnostics
      assert.strictEqual(counts.turns, 0)
    }).pipe(Effect.provide(clientWith(resolvingServer()))))
})

describe("in-memory: approvals: policies", () => {
  const cmd = (command: string, cwd = "/work/repo") =>
    ({ ...samples["item/commandExecution/requestApproval"] as object, command, cwd, commandActions: [{ type: "unknown", command }] }) as any
  const info: Approvals.RequestInfo = { id: 1, method: "item/commandExecution/requestApproval", threadId: T, turnId: U }

  it.effect("commandPrefixes accepts allowed argv prefixes inside the cwd and declines the rest", () =>
    Effect.gen(function*() {
      const handlers = Approvals.fromPredicates({
        command: Approvals.commandPrefixes(["git status", ["ls"]], { cwd: "/work/repo" })
      })
      const decide = (params: unknown) => handlers["item/commandExecution/requestApproval"]!(params as any, info)
      const run = (p: unknown) => Effect.map(decide(p), (r) => r.decision).pipe(Effect.provideService(CodexClient, {} as any))
      assert.strictEqual(yield* run(cmd("git status --short")), "accept")
      assert.strictEqual(yield* run(cmd("ls -la", "/work/repo/src")), "accept")
      assert.strictEqual(yield* run(cmd("git push")), "decline")
      assert.strictEqual(yield* run(cmd("rm -rf /")), "decline")
      assert.strictEqual(yield* run(cmd("git status", "/etc")), "decline")
      assert.strictEqual(yield* run(cmd("git status", "/work/repository")), "decline")
    }))

  it.effect("dangerouslyAcceptAll accepts commands and file changes and grants what was asked", () =>
    Effect.gen(function*() {
      const all = Approvals.dangerouslyAcceptAll
      assert.deepStrictEqual(yield* all["item/commandExecution/requestApproval"]!(cmd("rm -rf /"), info), { decision: "accept" })
      assert.deepStrictEqual(yield* all["item/fileChange/requestApproval"]!(base as any, info), { decision: "accept" })
      const granted = yield* all["item/permissions/requestApproval"]!(
        { ...base, cwd: "/w", permissions: { network: { enabled: true } } } as any,
        info
      )
      assert.deepStrictEqual(granted, { permissions: { network: { enabled: true } }, scope: "turn" })
    }))

  it.scopedLive("Approvals.layer provides the client's handlers", () =>
    Effect.gen(function*() {
      const reply = yield* ask("item/fileChange/requestApproval", base, 3)
      assert.deepStrictEqual(reply.result, { decision: "accept" })
    }).pipe(Effect.provide(clientWith(server())), Effect.provide(Approvals.layer({ "item/fileChange/requestApproval": () => Effect.succeed({ decision: "accept" as const }) }))))
})

