/**
 * Issue 9, items 3, 12 to 15 and 19, in memory: the handshake belongs to the client,
 * nothing JSON cannot hold kills anything, ids are echoed digit for digit, handler time limits hold
 * against handlers that ignore interruption, stray lines are a rate, and the server's facts are the
 * server's.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Queue from "effect/Queue"
import * as TestClock from "effect/TestClock"
import type * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import type { ServerRequestParams } from "../src/generated/methods.js"
import * as Testing from "../src/testing.js"
import { answersSent, clientWith, countSent, initializeResult, server, within } from "./support/peer.js"

const errorOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "expected a failure")
  assert(exit.cause._tag === "Fail", `expected a typed failure, got ${exit.cause._tag}`)
  return exit.cause.error
}

/** The typed error `self` fails with; a success or a defect fails the test. */
const failureOf = <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<E, never, R> => Effect.map(Effect.exit(self), errorOf)

/** Once the reader has answered this, it has routed everything the peer sent before it. */
const roundTrip = Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))

/**
 * A script that hands the client's answers to server requests to a queue (the default script
 * ignores them), and runs `base` for everything else.
 */
const answering = (base: Testing.TestScript = server()) => {
  const answers = Effect.runSync(Queue.unbounded<Testing.ClientAnswerMessage>())
  const script: Testing.TestScript = (m, peer) =>
    m.method === undefined && m.id !== undefined ? Queue.offer(answers, m) : base(m, peer)
  return { script, answers }
}

const commandApproval: ServerRequestParams<"item/commandExecution/requestApproval"> = {
  threadId: "thread-1",
  turnId: "turn-1",
  itemId: "item-1",
  startedAtMs: 1,
  command: "git status",
  cwd: "/work/repo",
  commandActions: [{ type: "unknown", command: "git status" }]
}

// ---- item 3 --------------------------------------------------------------------------------------

describe("in-memory: the first call never bricks the client", () => {
  /**
   * The first `initialize` is answered only once `release` completes (on a fiber of its own);
   * a second one gets what codex answers: "Already initialized".
   */
  const heldInitialize = () => {
    const received = Deferred.unsafeMake<void>(FiberId.none)
    const release = Deferred.unsafeMake<void>(FiberId.none)
    let initializes = 0
    const script = server({
      initialize: (m, peer) =>
        ++initializes > 1
          ? peer.send({ id: m.id, error: { code: -32600, message: "Already initialized" } })
          : Deferred.succeed(received, undefined).pipe(
            Effect.zipRight(Effect.fork(Deferred.await(release).pipe(Effect.zipRight(peer.send({ id: m.id, result: initializeResult }))))),
            Effect.asVoid
          )
    })
    return { script, received, release }
  }

  const afterwards = Effect.gen(function*() {
    const client = yield* CodexClient
    const models = yield* client.request("model/list", {}).pipe(within(1000, "the next call after the first one gave up"))
    assert.deepStrictEqual(models.data, [])
    const info = yield* client.initialize
    assert.strictEqual(info.version, "0.169.0")
    assert.strictEqual(yield* countSent("initialize"), 1, "exactly one initialize was ever written")
    assert.strictEqual(yield* countSent("initialized"), 1)
  })

  it.live("in-memory: the first caller interrupted while initialize is in flight: the handshake completes, the next call succeeds, one initialize", () => {
    const s = heldInitialize()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const first = yield* Effect.fork(client.request("model/list", {}))
      yield* Deferred.await(s.received).pipe(within(1000, "initialize to reach the peer"))
      yield* Fiber.interrupt(first).pipe(within(1000, "interrupting the first caller"))
      yield* Deferred.succeed(s.release, undefined)
      yield* afterwards
    }).pipe(Effect.provide(clientWith(s.script)))
  })

  it.live("in-memory: interrupted first caller, a second caller already waiting: the second gets the shared handshake's outcome", () => {
    const s = heldInitialize()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const first = yield* Effect.fork(client.request("model/list", {}))
      yield* Deferred.await(s.received).pipe(within(1000, "initialize to reach the peer"))
      const second = yield* Effect.fork(client.request("model/list", {}))
      yield* Fiber.interrupt(first).pipe(within(1000, "interrupting the first caller"))
      yield* Deferred.succeed(s.release, undefined)
      const models = yield* Fiber.join(second).pipe(within(1000, "the waiting second caller to be answered"))
      assert.deepStrictEqual(models.data, [])
      yield* afterwards
    }).pipe(Effect.provide(clientWith(s.script)))
  })

  it.live("in-memory: the first caller's own timeout expires during initialize: it fails in time; the next call succeeds, one initialize", () => {
    const s = heldInitialize()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const error = yield* failureOf(client.request("model/list", {}, { timeout: "100 millis" })).pipe(
        within(1000, "the first call to honour its 100 ms timeout while initialize is held")
      )
      assert.include(["RequestTimeoutError", "InitializeError"], error._tag)
      yield* Deferred.succeed(s.release, undefined)
      yield* afterwards
    }).pipe(Effect.provide(clientWith(s.script, { requestTimeout: "10 seconds" })))
  })

  it.live("in-memory: requestTimeout expires during initialize: the first call fails; the next call succeeds, one initialize", () => {
    const s = heldInitialize()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const error = yield* failureOf(client.request("model/list", {})).pipe(within(1000, "the first call to time out"))
      assert.include(["RequestTimeoutError", "InitializeError"], error._tag)
      yield* Deferred.succeed(s.release, undefined)
      yield* afterwards
    }).pipe(Effect.provide(clientWith(s.script, { requestTimeout: "100 millis" })))
  })
})

// ---- item 12 -------------------------------------------------------------------------------------

describe("in-memory: nothing dies", () => {
  const circular = (): any => {
    const value: any = { threadId: "thread-1" }
    value.self = value
    return value
  }
  const unencodable: ReadonlyArray<readonly [string, () => unknown]> = [
    ["a BigInt", () => ({ threadId: 1n })],
    ["a BigInt deep inside", () => ({ threadId: "thread-1", extra: { list: [1, { n: 2n }] } })],
    ["a circular object", circular]
  ]

  for (const [name, params] of unencodable) {
    it.live(`in-memory: params holding ${name} fail with ProtocolError Unencodable; nothing written, no pending entry, the client still works`, () =>
      Effect.gen(function*() {
        const client = yield* CodexClient
        yield* client.initialize
        const error = yield* failureOf(client.request("thread/read", params() as any)).pipe(within(1000, "the call to fail"))
        assert(error._tag === "ProtocolError", `expected ProtocolError, got ${error._tag}`)
        assert.strictEqual(error.reason, "Unencodable")
        assert.strictEqual(yield* countSent("thread/read"), 0, "something was written for an unencodable request")
        assert.strictEqual((yield* diagnostics).pendingRequests, 0)
        assert.deepStrictEqual((yield* roundTrip).data, [])
        assert.deepStrictEqual(yield* diagnostics, { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 })
      }).pipe(Effect.provide(clientWith(server()))))
  }

  it.live("in-memory: a turn whose params cannot be encoded fails with Unencodable and leaves its thread free", () =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      const error = yield* failureOf(Codex.run(thread.id, "x", { params: { model: 1n as any } })).pipe(within(1000, "the run to fail"))
      assert(error._tag === "ProtocolError" && error.reason === "Unencodable", `expected Unencodable, got ${error._tag}`)
      assert.strictEqual(yield* countSent("turn/start"), 0, "nothing was written for the turn")
      assert.strictEqual((yield* diagnostics).busyThreads, 0, "the thread was left busy")
      const next = yield* Codex.run(thread.id, "y").pipe(within(1000, "the next run on the same thread"))
      assert.strictEqual(next.status, "completed")
    }).pipe(Effect.provide(clientWith(server({
      turnStart: (request, peer, turnId) =>
        peer.send(
          Testing.reply(request, { turn: Testing.turn(turnId) }),
          Testing.turnCompleted(request.params.threadId, turnId)
        )
    })))))

  const badAnswers: ReadonlyArray<readonly [string, () => unknown]> = [
    ["a circular object", () => {
      const extra: any = {}
      extra.self = extra
      return { decision: "accept", extra }
    }],
    ["a BigInt inside", () => ({ decision: "accept", extra: { n: 10n } })]
  ]
  for (const [name, answer] of badAnswers) {
    it.live(`in-memory: an approval handler answering ${name}: the safe answer is written, exactly once; the client still works`, () => {
      const s = answering()
      return Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        yield* (yield* CodexClient).initialize
        yield* peer.send(Testing.serverRequest(41, "item/commandExecution/requestApproval", commandApproval))
        const reply = yield* Queue.take(s.answers).pipe(within(1000, "an answer to the approval request"))
        assert.strictEqual(reply.id, 41)
        assert.deepStrictEqual(reply.result, { decision: "decline" })
        yield* roundTrip
        yield* roundTrip
        assert.strictEqual(yield* Queue.size(s.answers), 0, "a second answer was written")
        assert.deepStrictEqual((yield* roundTrip).data, [])
      }).pipe(Effect.provide(clientWith(s.script, {
        approvals: { "item/commandExecution/requestApproval": () => Effect.succeed(answer() as any) }
      })))
    })
  }

  // Effect's own parser throws on some valid JSON (an object whose toString is not a function, where
  // a union expects a literal): the reader must not die of it.
  it.live("in-memory: payloads Effect's parser throws on ({toString: false} as a discriminator) are answered or skipped; the connection stays open", () => {
    const s = answering()
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const peer = yield* Testing.TestPeer
      yield* client.initialize
      yield* peer.sendRaw(
        JSON.stringify({
          method: "item/completed",
          params: { threadId: "thread-1", turnId: "turn-1", completedAtMs: 1, item: { type: { toString: false }, id: "x" } }
        }) + "\n" +
          JSON.stringify({
            id: 42,
            method: "mcpServer/elicitation/request",
            params: { threadId: "thread-1", serverName: "srv", mode: { toString: false }, message: "m" }
          }) + "\n"
      )
      const reply = yield* Queue.take(s.answers).pipe(within(1000, "an answer to the request with a hostile payload"))
      assert.strictEqual(reply.id, 42)
      assert.deepStrictEqual(reply.result, { action: "decline" })
      const models = yield* Effect.exit(roundTrip)
      assert(Exit.isSuccess(models), `the connection did not survive: ${Exit.isFailure(models) ? String(models.cause) : ""}`)
      assert.strictEqual(yield* Queue.size(s.answers), 0)
    }).pipe(Effect.provide(clientWith(s.script)))
  })
})

// ---- item 13 -------------------------------------------------------------------------------------

describe("in-memory: ids are echoed exactly", () => {
  for (const id of ["9007199254740993", "123456789012345678901234567890", "-9007199254740993"]) {
    it.live(`in-memory: a server request with id ${id} is answered with those exact digits, once`, () => {
      const s = answering()
      return Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        yield* (yield* CodexClient).initialize
        const params = JSON.stringify(commandApproval)
        yield* peer.sendRaw(`{"id":${id},"method":"item/commandExecution/requestApproval","params":${params}}\n`)
        yield* Queue.take(s.answers).pipe(within(1000, "an answer to the approval request"))
        yield* roundTrip
        const lines = (yield* peer.sentRaw).filter((line) => !line.includes("\"method\""))
        assert.strictEqual(lines.length, 1, `expected one answer, the client wrote: ${lines.join("\n")}`)
        const echoed = /"id"\s*:\s*(-?\d+)(?![\d.eE])/.exec(lines[0]!)
        assert.strictEqual(echoed?.[1], id, `the answer's id is not the request's digits: ${lines[0]}`)
        assert.deepStrictEqual(JSON.parse(lines[0]!).result, { decision: "decline" })
      }).pipe(Effect.provide(clientWith(s.script)))
    })
  }
})

// ---- item 14 -------------------------------------------------------------------------------------

describe("in-memory: handler time limits hold", () => {
  const stubborn: ReadonlyArray<
    readonly [string, (gate: Deferred.Deferred<void>) => Effect.Effect<void>]
  > = [
    ["waits uninterruptibly for a gate", (gate) => Effect.uninterruptible(Deferred.await(gate))],
    // the scenario: a slow handler that ignores interruption
    ["sleeps 600 ms uninterruptibly", () => Effect.uninterruptible(Effect.sleep("600 millis"))]
  ]
  for (const [name, body] of stubborn) {
    it.live(`in-memory: a handler that ${name}: the safe answer is written at the 100 ms limit, once; its late answer is discarded`, () => {
      const s = answering()
      const gate = Deferred.unsafeMake<void>(FiberId.none)
      const started = Deferred.unsafeMake<number>(FiberId.none)
      const finished = Deferred.unsafeMake<void>(FiberId.none)
      const handlers: Approvals.Handlers<CodexClient> = {
        "item/commandExecution/requestApproval": () =>
          Deferred.succeed(started, Date.now()).pipe(
            Effect.zipRight(body(gate)),
            Effect.ensuring(Deferred.succeed(finished, undefined)),
            Effect.as({ decision: "accept" as const })
          )
      }
      return Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        yield* (yield* CodexClient).initialize
        yield* peer.send(Testing.serverRequest(7, "item/commandExecution/requestApproval", commandApproval))
        const startedAt = yield* Deferred.await(started).pipe(within(1000, "the handler to start"))
        const reply = yield* Queue.take(s.answers).pipe(within(1000, "the safe answer at the handler's time limit"))
        const took = Date.now() - startedAt
        assert.isAtLeast(took, 90, `answered after ${took} ms, before the limit`)
        assert.isBelow(took, 500, `answered after ${took} ms: the limit waited for the handler`)
        assert.strictEqual(reply.id, 7)
        assert.deepStrictEqual(reply.result, { decision: "decline" })
        // the handler finishes later; its answer must not be written
        yield* Deferred.succeed(gate, undefined)
        yield* Deferred.await(finished).pipe(within(2000, "the stubborn handler to finish"))
        yield* roundTrip
        yield* roundTrip
        assert.strictEqual(yield* Queue.size(s.answers), 0, "the late answer was written too")
        assert.strictEqual((yield* answersSent).filter((m) => m.id === 7).length, 1)
      }).pipe(
        // a failed assertion must not leave the handler holding the client's close
        Effect.ensuring(Deferred.succeed(gate, undefined)),
        Effect.provide(clientWith(s.script, { approvals: handlers, approvalTimeout: "100 millis" }))
      )
    })
  }
})

// ---- item 15 -------------------------------------------------------------------------------------

describe("in-memory: stray lines are a rate, not a lifetime count", () => {
  const notice = JSON.stringify({ method: "configWarning", params: { summary: "still here", details: null } })

  /** 500 stray lines, each followed by a valid notification, 25 per second of clock time. */
  const spread = Effect.gen(function*() {
    const peer = yield* Testing.TestPeer
    for (let batch = 0; batch < 20; batch++) {
      yield* peer.sendRaw(Array.from({ length: 25 }, (_, i) => `stray line ${batch}-${i}\n${notice}\n`).join(""))
      const answered = yield* Effect.exit(roundTrip).pipe(within(1000, "the round trip after a batch of stray lines"))
      assert(Exit.isSuccess(answered), `closed after ${(batch + 1) * 25} spread stray lines: ${Exit.isFailure(answered) ? String(answered.cause) : ""}`)
      yield* TestClock.adjust("1 second")
    }
  })

  it.effect("in-memory: 500 stray lines spread over 20 s, each followed by a valid notification, never close; 101 in a row then do", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      yield* spread
      yield* peer.sendRaw("junk\n".repeat(101))
      const error = yield* failureOf(roundTrip).pipe(within(1000, "the call after 101 stray lines in a row to fail"))
      assert(error._tag === "ProtocolError", `expected ProtocolError, got ${error._tag}`)
      assert.strictEqual(error.reason, "TooManyInvalidLines")
    }).pipe(Effect.provide(clientWith(server()))))

  it.effect("in-memory: after 500 spread stray lines, 101 within one window (each followed by a valid line) close the connection", () =>
    Effect.gen(function*() {
      const peer = yield* Testing.TestPeer
      yield* (yield* CodexClient).initialize
      yield* spread
      yield* peer.sendRaw(Array.from({ length: 101 }, (_, i) => `burst ${i}\n${notice}\n`).join(""))
      const error = yield* failureOf(roundTrip).pipe(within(1000, "the call after a burst of 101 stray lines to fail"))
      assert(error._tag === "ProtocolError", `expected ProtocolError, got ${error._tag}`)
      assert.strictEqual(error.reason, "TooManyInvalidLines")
    }).pipe(Effect.provide(clientWith(server()))))
})

// ---- item 19 -------------------------------------------------------------------------------------

describe("in-memory: the server's facts are the server's", () => {
  const realShape = (client: string, version: string) =>
    `${client}/0.169.0 (Debian 12.0.0; x86_64) xterm (${client}; ${version})`

  it.live("in-memory: a userAgent that starts with the client's name (as codex writes it) gives name codex and the server's version", () =>
    Effect.gen(function*() {
      const info = yield* (yield* CodexClient).initialize
      assert.strictEqual(info.name, "codex")
      assert.strictEqual(info.version, "0.169.0")
      assert.strictEqual(info.userAgent, realShape("my-app", "1.0.0"))
    }).pipe(Effect.provide(clientWith(
      server({ initialize: (m, peer) => peer.send({ id: m.id, result: { ...initializeResult, userAgent: realShape("my-app", "1.0.0") } }) }),
      { clientInfo: { name: "my-app", version: "1.0.0" } }
    ))))

  it.live("in-memory: with the default clientInfo, ServerInfo.name is never effect-codex", () =>
    Effect.gen(function*() {
      const info = yield* (yield* CodexClient).initialize
      assert.notStrictEqual(info.name, "effect-codex")
      assert.strictEqual(info.name, "codex")
      assert.strictEqual(info.version, "0.169.0")
    }).pipe(Effect.provide(clientWith(server({
      initialize: (m, peer) =>
        peer.send({
          id: m.id,
          result: { ...initializeResult, userAgent: realShape(m.params.clientInfo.name, m.params.clientInfo.version) }
        })
    })))))
})
