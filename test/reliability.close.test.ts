/**
 * Issue 9, item 1: closing the client ends everything that uses it. Whatever closes the client's
 * scope, every consumer running on a fiber outside that scope (a daemon, a root fiber) ends within
 * a second with TransportError reason "Closed", and a waiting approval handler is interrupted.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import { CodexClient, diagnostics } from "../src/CodexClient.js"
import * as CodexClientModule from "../src/CodexClient.js"
import type { CodexError } from "../src/CodexError.js"
import type { ServerRequestParams } from "../src/generated/methods.js"
import * as Testing from "../src/testing.js"
import { clientWith, n, server, turn, within } from "./support/peer.js"
import { isAlive } from "./support/procs.js"

type Env = CodexClient | Testing.TestPeer

/** Forks a consumer on a fiber that is not in the client's scope. */
type ForkOutside = <A>(consumer: Effect.Effect<A, CodexError, Env>) => Effect.Effect<Fiber.Fiber<A, CodexError>, never, Env>

/** One way of closing the client's scope: runs `body` with the client, then closes. */
interface Closing {
  readonly name: string
  readonly run: <X>(
    layer: Layer.Layer<Env>,
    body: (forkOutside: ForkOutside) => Effect.Effect<X, CodexError, Env>
  ) => Effect.Effect<{ readonly value: X; readonly closeStarted: number }, CodexError>
}

const runFork: ForkOutside = (consumer) =>
  Effect.flatMap(Effect.context<Env>(), (context) => Effect.sync(() => Effect.runFork(Effect.provide(consumer, context))))

const closings: ReadonlyArray<Closing> = [
  {
    name: "Effect.provide(layer) ends",
    run: (layer, body) =>
      Effect.gen(function*() {
        const value = yield* body((consumer) => Effect.forkDaemon(consumer))
        return { value, closeStarted: Date.now() }
      }).pipe(Effect.provide(layer))
  },
  {
    name: "Effect.scoped around Layer.buildWithScope ends",
    run: (layer, body) =>
      Effect.scoped(
        Effect.gen(function*() {
          const context = yield* Layer.buildWithScope(layer, yield* Effect.scope)
          const value = yield* Effect.provide(body(runFork), context)
          return { value, closeStarted: Date.now() }
        })
      )
  },
  {
    name: "ManagedRuntime.dispose()",
    run: (layer, body) =>
      Effect.gen(function*() {
        const runtime = ManagedRuntime.make(layer)
        const rt = yield* runtime.runtimeEffect
        const value = yield* Effect.provide(
          body((consumer) => Effect.sync(() => runtime.runFork(consumer))),
          rt.context
        ).pipe(Effect.onError(() => runtime.disposeEffect))
        const closeStarted = Date.now()
        yield* Effect.promise(() => runtime.dispose())
        return { value, closeStarted }
      })
  },
  {
    name: "Scope.close of a Layer.buildWithScope scope",
    run: (layer, body) =>
      Effect.gen(function*() {
        const scope = yield* Scope.make()
        const context = yield* Layer.buildWithScope(layer, scope)
        const value = yield* Effect.provide(body(runFork), context).pipe(
          Effect.onError(() => Scope.close(scope, Exit.void))
        )
        const closeStarted = Date.now()
        yield* Scope.close(scope, Exit.void)
        return { value, closeStarted }
      })
  }
]

/** The signals a test's peer gives: a turn/start was answered (and its turn/started sent). */
const makeSignals = () => ({
  turnStarted: Deferred.unsafeMake<string>(FiberId.none),
  handlerStarted: Deferred.unsafeMake<void>(FiberId.none),
  handlerInterrupted: Deferred.unsafeMake<void>(FiberId.none),
  firstEvent: Deferred.unsafeMake<void>(FiberId.none)
})
type Signals = ReturnType<typeof makeSignals>

/** A server whose turns start and never complete. */
const holdingServer = (signals: Signals) =>
  server({
    turnStart: (m, peer, turnId) =>
      peer.send({ id: m.id, result: { turn: turn(turnId) } }, n.started(m.params.threadId, turnId)).pipe(
        Effect.zipRight(Deferred.succeed(signals.turnStarted, turnId))
      )
  })

const commandApproval = (threadId: string, turnId: string): ServerRequestParams<"item/commandExecution/requestApproval"> => ({
  threadId,
  turnId,
  itemId: "item-1",
  startedAtMs: 1,
  command: "git status",
  cwd: "/work/repo",
  commandActions: [{ type: "unknown", command: "git status" }]
})

/** What was started: fibers that must fail with TransportError Closed, or a handler to interrupt. */
type Started = { readonly _tag: "Fiber"; readonly fiber: Fiber.Fiber<unknown, CodexError> } | { readonly _tag: "Handler" }

interface ConsumerKind {
  readonly name: string
  readonly start: (signals: Signals, forkOutside: ForkOutside) => Effect.Effect<Started, CodexError, Env>
}

/** Once the reader has answered this, it has routed everything the peer sent before. */
const roundTrip = Effect.flatMap(CodexClient, (client) => client.request("model/list", {}))

const turnConsumer = (
  name: string,
  consume: (threadId: string, signals: Signals) => Effect.Effect<unknown, CodexError, CodexClient>
): ConsumerKind => ({
  name,
  start: (signals, forkOutside) =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      const fiber = yield* forkOutside(consume(thread.id, signals))
      yield* Deferred.await(signals.turnStarted).pipe(within(2000, `${name}: turn/start to reach the peer`))
      yield* roundTrip
      return { _tag: "Fiber", fiber } as const
    })
})

const tapFirst = (signals: Signals) => Stream.tap(() => Deferred.succeed(signals.firstEvent, undefined))

const consumerKinds: ReadonlyArray<ConsumerKind> = [
  turnConsumer("Codex.run", (threadId) => Codex.run(threadId, "x")),
  turnConsumer("Codex.stream consumer", (threadId, signals) =>
    Stream.runDrain(Codex.stream(threadId, "x").pipe(tapFirst(signals)))),
  turnConsumer("TurnHandle.stream", (threadId, signals) =>
    Effect.scoped(Effect.flatMap(Codex.turn(threadId, "x"), (handle) => Stream.runDrain(handle.stream.pipe(tapFirst(signals)))))),
  turnConsumer("TurnHandle.result", (threadId) =>
    Effect.scoped(Effect.flatMap(Codex.turn(threadId, "x"), (handle) => handle.result))),
  {
    name: "client.notifications subscriber",
    start: (signals, forkOutside) =>
      Effect.gen(function*() {
        const client = yield* CodexClient
        const peer = yield* Testing.TestPeer
        const fiber = yield* forkOutside(Stream.runDrain(client.notifications.pipe(tapFirst(signals))))
        // a subscriber sees only what arrives after it subscribed. It subscribes at its first step,
        // before the reader routes the answer to this round trip; the count says so
        yield* roundTrip
        assert.strictEqual((yield* diagnostics).subscribers, 1, "the subscriber has not subscribed yet")
        yield* peer.send(Testing.notification("configWarning", { summary: "poke", details: null }))
        yield* Deferred.await(signals.firstEvent).pipe(within(1000, "the subscriber to see a notification"))
        return { _tag: "Fiber", fiber } as const
      })
  },
  {
    name: "approval handler",
    start: (signals) =>
      Effect.gen(function*() {
        const peer = yield* Testing.TestPeer
        yield* peer.send(
          Testing.serverRequest("approval-1", "item/commandExecution/requestApproval", commandApproval("thread-x", "turn-x"))
        )
        yield* Deferred.await(signals.handlerStarted).pipe(within(2000, "the approval handler to start"))
        return { _tag: "Handler" } as const
      })
  }
]

const clientFor = (signals: Signals) =>
  clientWith(holdingServer(signals), {
    approvals: {
      "item/commandExecution/requestApproval": () =>
        Deferred.succeed(signals.handlerStarted, undefined).pipe(
          Effect.zipRight(Effect.never),
          Effect.onInterrupt(() => Deferred.succeed(signals.handlerInterrupted, undefined))
        )
    }
  })

describe("in-memory: closing the client ends everything that uses it", () => {
  for (const closing of closings) {
    for (const kind of consumerKinds) {
      it.live(`in-memory: ${closing.name}: a running ${kind.name} ends within 1 s (TransportError Closed; handler interrupted)`, () =>
        Effect.gen(function*() {
          const signals = makeSignals()
          const { closeStarted, value: started } = yield* closing.run(clientFor(signals), (forkOutside) =>
            Effect.gen(function*() {
              yield* (yield* CodexClient).initialize
              return yield* kind.start(signals, forkOutside)
            })).pipe(within(3000, `${closing.name} to complete`))
          const left = Math.max(1, 1000 - (Date.now() - closeStarted))
          if (started._tag === "Handler") {
            yield* Deferred.await(signals.handlerInterrupted).pipe(
              within(left, `the approval handler to be interrupted after ${closing.name}`)
            )
            return
          }
          const exit = yield* Fiber.await(started.fiber).pipe(within(left, `${kind.name} to end after ${closing.name}`))
          assert(Exit.isFailure(exit), `${kind.name} succeeded after the close`)
          assert(exit.cause._tag === "Fail", `${kind.name} ended with ${exit.cause._tag}, not a typed failure`)
          const error = exit.cause.error
          assert.strictEqual(error._tag, "TransportError")
          assert.strictEqual(error._tag === "TransportError" ? error.reason : undefined, "Closed")
        }))
    }
  }
})

describe("in-memory: closing never waits for a handler that ignores interruption", () => {
  it.live("in-memory: Scope.close while an approval handler waits uninterruptibly completes within 1 s", () => {
    const gate = Deferred.unsafeMake<void>(FiberId.none)
    const started = Deferred.unsafeMake<void>(FiberId.none)
    return Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(
        clientWith(server(), {
          approvals: {
            "item/commandExecution/requestApproval": () =>
              Deferred.succeed(started, undefined).pipe(
                Effect.zipRight(Effect.uninterruptible(Deferred.await(gate))),
                Effect.as({ decision: "accept" as const })
              )
          }
        }),
        scope
      )
      yield* Context.get(context, CodexClient).initialize
      yield* Context.get(context, Testing.TestPeer).send(
        Testing.serverRequest("approval-1", "item/commandExecution/requestApproval", commandApproval("thread-x", "turn-x"))
      )
      yield* Deferred.await(started).pipe(within(1000, "the handler to start"))
      yield* Scope.close(scope, Exit.void).pipe(within(1000, "the close to complete while a handler ignores interruption"))
    }).pipe(Effect.ensuring(Deferred.succeed(gate, undefined)))
  })
})

// ---- fake process: a frozen server --------------------------------------------------------------

const fake = path.resolve(import.meta.dirname, "fixtures", "fake-app-server.mjs")
chmodSync(fake, 0o755)
const ladder = { afterEof: 300, afterTerm: 300, afterKill: 300 }

describe("fake process: closing while the server is frozen", () => {
  it.live("fake process: SIGSTOP: a control request times out, the close stays within the ladder, running turns fail within 1 s of the close, no process is left", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "effect-codex-frozen-"))
    const pidFile = path.join(dir, "fake.pid")
    let pid: number | undefined
    return Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(
        CodexClientModule.layer({
          binaryPath: fake,
          env: { FAKE_MODE: "hold-turns", FAKE_PID_FILE: pidFile },
          requestTimeout: "10 seconds",
          closeTimeouts: {
            afterEof: `${ladder.afterEof} millis`,
            afterTerm: `${ladder.afterTerm} millis`,
            afterKill: `${ladder.afterKill} millis`
          }
        }),
        scope
      )
      const client = Context.get(context, CodexClient)
      yield* client.initialize // the fake wrote its pid file before it read anything
      pid = Number(readFileSync(pidFile, "utf8"))
      const firstEvent = Deferred.unsafeMake<void>(FiberId.none)
      const provided = <A>(effect: Effect.Effect<A, CodexError, CodexClient>) =>
        Effect.runFork(Effect.provide(effect, context))
      const a = yield* Effect.provide(Codex.startThread(), context)
      const b = yield* Effect.provide(Codex.startThread(), context)
      const streaming = provided(
        Stream.runDrain(Codex.stream(a.id, "x").pipe(Stream.tap(() => Deferred.succeed(firstEvent, undefined))))
      )
      const running = provided(Codex.run(b.id, "y"))
      yield* Deferred.await(firstEvent).pipe(within(5000, "the first event of the streamed turn"))
      yield* client.request("thread/list", {}) // both turn/start answers have been routed

      process.kill(pid, "SIGSTOP")
      const timedOut = yield* Effect.flip(client.request("thread/list", {}, { timeout: "200 millis" })).pipe(
        within(2000, "a control request to a frozen server to time out")
      )
      assert.strictEqual(timedOut._tag, "RequestTimeoutError")

      const closeStarted = Date.now()
      const closing = yield* Effect.fork(Scope.close(scope, Exit.void))
      const turns: ReadonlyArray<readonly [string, Fiber.Fiber<unknown, CodexError>]> = [["Codex.stream", streaming], ["Codex.run", running]]
      for (const [name, fiber] of turns) {
        const left = Math.max(1, 1000 - (Date.now() - closeStarted))
        const exit = yield* Fiber.await(fiber).pipe(within(left, `the running ${name} to fail after the close started`))
        assert(Exit.isFailure(exit) && exit.cause._tag === "Fail", `${name} ended with ${Exit.isFailure(exit) ? exit.cause._tag : "success"}`)
        const error = exit.cause.error
        assert.strictEqual(error._tag, "TransportError")
        assert.strictEqual(error._tag === "TransportError" ? error.reason : undefined, "Closed")
      }
      const bound = ladder.afterEof + ladder.afterTerm + ladder.afterKill + 700
      yield* Fiber.join(closing).pipe(within(bound + 2000, "the close ladder to finish"))
      const took = Date.now() - closeStarted
      assert.isAtMost(took, bound, `closing took ${took} ms, beyond the ladder's ${bound} ms`)
      assert.isFalse(isAlive(pid), `the frozen fake (pid ${pid}) outlived the close`)
    }).pipe(
      Effect.ensuring(Effect.sync(() => {
        if (pid !== undefined) {
          for (const signal of ["SIGCONT", "SIGKILL"] as const) {
            try {
              process.kill(pid, signal)
            } catch {
              // already gone
            }
          }
        }
        rmSync(dir, { recursive: true, force: true })
      }))
    )
  }, 20_000)
})
