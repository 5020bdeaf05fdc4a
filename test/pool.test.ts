/**
 * CodexPool in memory: members are full CodexClients over in-memory transports whose peers act as
 * codex processes sharing one CODEX_HOME (one writer per thread, released when the process ends;
 * a rollout only after a thread's first turn), with the answers codex 0.169.0 gives: `thread not
 * found: <id>`, `thread <id> already has an active writer`, `no rollout found for thread id <id>`
 * and `-32001` on demand. Routing, homes, the active-writer fallback, overload, the in-flight
 * limit, deaths and restarts, merged notifications and closing.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Chunk from "effect/Chunk"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Codex from "../src/Codex.js"
import { CodexClient } from "../src/CodexClient.js"
import * as CodexPool from "../src/CodexPool.js"
import * as Testing from "../src/testing.js"
import { within } from "./support/peer.js"

// ---- a fake cluster: codex processes sharing one CODEX_HOME ----------------------------------------

interface Fake {
  /** thread id → the process (incarnation token) that writes it */
  readonly writers: Map<string, object>
  /** threads with something on disk */
  readonly rollouts: Set<string>
  /** every peer, per member index, oldest first */
  readonly peers: Array<Array<Testing.TestPeer.Service>>
  /** `${index}:${method}` → how many more of those requests are refused with -32001 */
  readonly overload: Map<string, number>
  /** requests of these methods are answered only once their gate is open */
  readonly held: Map<string, Deferred.Deferred<void>>
  readonly transport: (index: number) => Effect.Effect<any, never, Scope.Scope>
}

const error = (request: { readonly id: any }, code: number, message: string) =>
  Testing.replyError(request, { code, message })

const makeFake = (size: number): Fake => {
  let threads = 0
  const fake: Fake = {
    writers: new Map(),
    rollouts: new Set(),
    peers: Array.from({ length: size }, () => []),
    overload: new Map(),
    held: new Map(),
    transport: (index) =>
      Effect.gen(function*() {
        const token = {}
        const loaded = new Set<string>()
        let turns = 0
        // the process' locks go with it
        yield* Effect.addFinalizer(() =>
          Effect.sync(() => {
            for (const [thread, writer] of fake.writers) if (writer === token) fake.writers.delete(thread)
          })
        )
        const script: Testing.TestScript = (message, peer) => {
          if (message.id === undefined || message.method === undefined) return Effect.void
          const request = message as any
          const params = request.params ?? {}
          const key = `${index}:${request.method}`
          const refusals = fake.overload.get(key) ?? 0
          if (refusals > 0) {
            fake.overload.set(key, refusals - 1)
            return peer.send(error(request, -32001, "Server overloaded; retry later."))
          }
          const gate = fake.held.get(request.method)
          if (gate !== undefined) {
            return Effect.forkDaemon(Effect.zipRight(Deferred.await(gate), answer(request, params)))
          }
          return answer(request, params)

          function answer(request: any, params: any): Effect.Effect<void> {
            const id: string = params.threadId
            switch (request.method) {
              case "initialize":
                return peer.send(Testing.reply(request, Testing.initializeResponse))
              case "thread/start": {
                const thread = `thr-${index}-${++threads}`
                loaded.add(thread)
                fake.writers.set(thread, token)
                return peer.send(
                  Testing.reply(request, Testing.threadResponse(thread)),
                  Testing.notification("thread/started", { thread: Testing.thread(thread) })
                )
              }
              case "thread/resume": {
                const writer = fake.writers.get(id)
                if (writer !== undefined && writer !== token) {
                  return peer.send(error(request, -32600, `thread ${id} already has an active writer`))
                }
                if (!fake.rollouts.has(id) && !loaded.has(id)) {
                  return peer.send(error(request, -32600, `no rollout found for thread id ${id}`))
                }
                loaded.add(id)
                fake.writers.set(id, token)
                return peer.send(Testing.reply(request, Testing.threadResponse(id)))
              }
              case "thread/loaded/list":
                return peer.send(Testing.reply(request, { data: Array.from(loaded), nextCursor: null }))
              case "thread/read":
                return peer.send(Testing.reply(request, { thread: Testing.thread(id) }))
              case "thread/list":
                return peer.send(Testing.reply(request, { data: [], nextCursor: null }))
              case "thread/goal/clear":
                if (!loaded.has(id)) return peer.send(error(request, -32600, `thread not found: ${id}`))
                return peer.send(Testing.reply(request, { cleared: false }))
              case "turn/start": {
                if (!loaded.has(id)) return peer.send(error(request, -32600, `thread not found: ${id}`))
                fake.rollouts.add(id)
                const turnId = `${id}-turn-${++turns}`
                const text: string = params.input?.[0]?.text ?? ""
                if (text === "hold") return peer.send(Testing.reply(request, { turn: Testing.turn(turnId) }))
                if (text === "ask") {
                  // the turn asks for an approval, and completes once it is answered
                  return Effect.gen(function*() {
                    yield* peer.send(
                      Testing.reply(request, { turn: Testing.turn(turnId) }),
                      Testing.serverRequest(7, "item/commandExecution/requestApproval", {
                        threadId: id,
                        turnId,
                        itemId: "cmd-1",
                        startedAtMs: 1,
                        command: "touch x"
                      })
                    )
                    const answer: any = yield* peer.awaitSent((m) => m.method === undefined && m.id === 7, {
                      timeout: "5 seconds"
                    })
                    yield* peer.send(
                      Testing.agentMessage(id, turnId, `${index}:${answer.result?.decision}`, "final_answer"),
                      Testing.turnCompleted(id, turnId)
                    )
                  }).pipe(Effect.orDie, Effect.forkDaemon, Effect.asVoid)
                }
                return peer.send(
                  Testing.reply(request, { turn: Testing.turn(turnId) }),
                  Testing.agentMessage(id, turnId, `${index}:${text}`, "final_answer"),
                  Testing.turnCompleted(id, turnId)
                )
              }
              case "turn/interrupt":
                return peer.send(Testing.reply(request, {}))
              case "model/list":
                return peer.send(Testing.reply(request, { data: [] }))
              case "command/exec":
                return peer.send(Testing.reply(request, { exitCode: 0, stdout: "", stderr: "" }))
              case "command/exec/terminate":
                return peer.send(Testing.reply(request, {}))
              default:
                return peer.send(error(request, -32601, `no ${request.method}`))
            }
          }
        }
        const { peer, transport } = yield* Testing.makeTransport(script)
        fake.peers[index]!.push(peer)
        return transport
      })
  }
  return fake
}

/** The live peer of member `index`. */
const peerOf = (fake: Fake, index: number) => fake.peers[index]![fake.peers[index]!.length - 1]!

/** Methods a peer received, handshake aside. */
const methodsOf = (peer: Testing.TestPeer.Service) =>
  Effect.map(peer.sent, (sent) =>
    sent.flatMap((m) => (m.method !== undefined && m.method !== "initialize" && m.method !== "initialized" ? [m.method] : [])))

const fast = {
  restart: Schedule.spaced("1 millis"),
  overloadRetry: Schedule.spaced("1 millis").pipe(Schedule.intersect(Schedule.recurs(5)))
}

const poolLayer = (fake: Fake, options: Partial<CodexPool.Options> = {}) =>
  CodexPool.layer({ size: fake.peers.length, transport: fake.transport, ...fast, ...options })

/** Polls the pool's own state until `done`, bounded. */
const until = (what: string, done: (members: ReadonlyArray<CodexPool.MemberInfo>) => boolean) =>
  Effect.flatMap(CodexPool.CodexPool, (pool) =>
    pool.members.pipe(
      Effect.filterOrFail(done, () => "not yet" as const),
      Effect.retry(Schedule.spaced("5 millis")),
      within(5_000, what)
    ))

const ownerOf = (threadId: string) =>
  Effect.flatMap(CodexPool.CodexPool, (pool) => Effect.map(pool.ownerOf(threadId), Option.getOrThrow))

describe("CodexPool (in memory)", () => {
  it.live("in memory: thread/start spreads over the members; a thread's calls go to its home", () => {
    const fake = makeFake(3)
    return Effect.gen(function*() {
      const threads = yield* Effect.forEach(Array.from({ length: 6 }), () => Codex.startThread())
      const pool = yield* CodexPool.CodexPool
      assert.deepStrictEqual((yield* pool.members).map((m) => m.threads), [2, 2, 2])
      for (const thread of threads) {
        const owner = yield* ownerOf(thread.id)
        assert.strictEqual(thread.id.split("-")[1], String(owner), "the thread was started on its home")
        const result = yield* Codex.run(thread.id, "hi")
        assert.strictEqual(result.finalResponse, `${owner}:hi`)
      }
      // nothing else was resumed anywhere: every call went to the thread's home
      for (let i = 0; i < 3; i++) assert.notInclude(yield* methodsOf(peerOf(fake, i)), "thread/resume")
      // concurrent starts spread too
      const more = yield* Effect.forEach(Array.from({ length: 6 }), () => Codex.startThread(), { concurrency: "unbounded" })
      assert.strictEqual(more.length, 6)
      assert.deepStrictEqual((yield* pool.members).map((m) => m.threads), [4, 4, 4])
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: a thread the pool does not know is resumed on the least-loaded member before a turn", () => {
    const fake = makeFake(3)
    fake.rollouts.add("old-1")
    fake.rollouts.add("old-2")
    return Effect.gen(function*() {
      const result = yield* Codex.run("old-1", "x")
      const owner = yield* ownerOf("old-1")
      assert.strictEqual(result.finalResponse, `${owner}:x`)
      const peer = peerOf(fake, owner)
      assert.deepStrictEqual(yield* methodsOf(peer), ["thread/resume", "turn/start"])
      const resume = yield* peer.awaitSent("thread/resume", { timeout: "1 second" })
      assert.deepStrictEqual(resume.params, { threadId: "old-1", excludeTurns: true })
      // a read needs no load: sent as is, nothing resumed, no home made
      yield* Codex.readThread("old-2")
      const pool = yield* CodexPool.CodexPool
      assert.isTrue(Option.isNone(yield* pool.ownerOf("old-2")))
      // two callers at once on a new thread: one resume
      fake.rollouts.add("old-3")
      yield* Effect.all([Codex.run("old-3", "a"), Codex.readThread("old-3"), Codex.setThreadName("old-3", "n").pipe(Effect.ignore)], {
        concurrency: "unbounded"
      })
      const resumes = yield* Effect.forEach([0, 1, 2], (i) =>
        Effect.map(methodsOf(peerOf(fake, i)), (methods) => methods.filter((m) => m === "thread/resume").length))
      assert.strictEqual(resumes.reduce((a, b) => a + b, 0), 2, "old-1 once, old-3 once")
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: an active writer elsewhere in the pool: the member that lists the thread becomes its home", () => {
    const fake = makeFake(3)
    fake.rollouts.add("busy-1")
    return Effect.gen(function*() {
      const pool = yield* CodexPool.CodexPool
      const member1 = Option.getOrThrow(yield* pool.client(1))
      // behind the pool's back: member 1 loads busy-1 (a resume announces nothing) and starts
      // threads of its own (announced: they weigh on member 1, which is no longer the least loaded)
      yield* member1.request("thread/resume", { threadId: "busy-1" })
      yield* Effect.forEach([1, 2, 3], () => member1.request("thread/start", {}))
      yield* until("member 1 to own its three threads", (members) => members[1]!.threads === 3)
      assert.isTrue(Option.isNone(yield* pool.ownerOf("busy-1")))

      const result = yield* Codex.run("busy-1", "x")
      assert.strictEqual(result.finalResponse, "1:x")
      assert.strictEqual(yield* ownerOf("busy-1"), 1)
      const refused = yield* Effect.forEach([0, 2], (i) => methodsOf(peerOf(fake, i)))
      assert.deepStrictEqual(refused.flat().filter((m) => m === "thread/resume").length, 1, "one refused resume")
      assert.include(yield* methodsOf(peerOf(fake, 1)), "thread/loaded/list")
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: a writer outside the pool: the refusal is the caller's error", () => {
    const fake = makeFake(2)
    fake.rollouts.add("outside-1")
    fake.writers.set("outside-1", {})
    return Effect.gen(function*() {
      const failure = yield* Effect.flip(Codex.run("outside-1", "x"))
      assert(failure._tag === "RpcError")
      assert.strictEqual(failure.detail, "thread outside-1 already has an active writer")
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: `thread not found` from a member loads the thread there and sends the call again, once", () => {
    const fake = makeFake(3)
    fake.rollouts.add("old-4")
    return Effect.gen(function*() {
      const client = yield* CodexClient
      const answer = yield* client.request("thread/goal/clear", { threadId: "old-4" })
      assert.deepStrictEqual(answer, { cleared: false })
      const owner = yield* ownerOf("old-4")
      assert.deepStrictEqual(yield* methodsOf(peerOf(fake, owner)), ["thread/goal/clear", "thread/resume", "thread/goal/clear"])
      // a thread codex knows nowhere: the resume's refusal is the error
      const unknown = yield* Effect.flip(client.request("thread/goal/clear", { threadId: "nowhere" }))
      assert(unknown._tag === "RpcError")
      assert.strictEqual(unknown.detail, "no rollout found for thread id nowhere")
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: -32001 on a call naming no thread goes to another member at once; all refusing: backoff, then the error", () => {
    const fake = makeFake(3)
    return Effect.gen(function*() {
      fake.overload.set("0:model/list", 100)
      fake.overload.set("1:model/list", 100)
      yield* Effect.forEach(Array.from({ length: 5 }), () => Codex.models())
      assert.strictEqual((yield* methodsOf(peerOf(fake, 2))).filter((m) => m === "model/list").length, 5)
      // every member refuses twice: rounds of backoff, then an answer
      fake.overload.set("0:model/list", 2)
      fake.overload.set("1:model/list", 2)
      fake.overload.set("2:model/list", 2)
      yield* Codex.models()
      // every member refuses for ever: the last refusal, with the attempts made
      for (const i of [0, 1, 2]) fake.overload.set(`${i}:model/list`, 1000)
      const failure = yield* Effect.flip(Codex.models())
      assert(failure._tag === "RpcError")
      assert.strictEqual(failure.code, -32001)
      assert.strictEqual(failure.attempts, 18, "six rounds of three members (recurs(5))")
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: -32001 on a thread's call is retried on its home; no other member sees it", () => {
    const fake = makeFake(3)
    return Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      const owner = yield* ownerOf(thread.id)
      fake.overload.set(`${owner}:turn/start`, 3)
      const result = yield* Codex.run(thread.id, "x")
      assert.strictEqual(result.finalResponse, `${owner}:x`)
      assert.strictEqual((yield* methodsOf(peerOf(fake, owner))).filter((m) => m === "turn/start").length, 4)
      for (const i of [0, 1, 2].filter((i) => i !== owner)) {
        assert.notInclude(yield* methodsOf(peerOf(fake, i)), "turn/start")
      }
      // past the schedule, the refusal reaches the caller with its attempts
      fake.overload.set(`${owner}:turn/start`, 1000)
      const failure = yield* Effect.flip(Codex.run(thread.id, "y"))
      assert(failure._tag === "RpcError")
      assert.strictEqual(failure.attempts, 6)
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: at most maxInFlightPerMember requests per member; the rest wait at the pool and all complete", () => {
    const fake = makeFake(1)
    return Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      yield* Codex.models() // the handshake, out of the way
      // thread/list answers wait for the gate
      fake.held.set("thread/list", gate)
      const calls = yield* Effect.fork(Effect.forEach(Array.from({ length: 10 }), () => Codex.listThreads(), {
        concurrency: "unbounded"
      }))
      const members = yield* until("two in flight, eight queued", (m) => m[0]!.inFlight === 2 && m[0]!.queued === 8)
      assert.strictEqual(members[0]!.inFlight, 2)
      const sent = (yield* methodsOf(peerOf(fake, 0))).filter((m) => m === "thread/list").length
      assert.strictEqual(sent, 2, "the member saw only two of the ten")
      yield* Deferred.succeed(gate, undefined)
      const pages = yield* Fiber.join(calls).pipe(within(5_000, "the ten calls"))
      assert.strictEqual(pages.length, 10)
      const after = yield* until("nothing in flight", (m) => m[0]!.inFlight === 0 && m[0]!.queued === 0)
      assert.strictEqual(after[0]!.queued, 0)
    }).pipe(Effect.provide(poolLayer(fake, { maxInFlightPerMember: 2 })))
  })

  it.live("in memory: a dead member: its turn fails with TransportError, its threads move on the next call, it restarts", () => {
    const fake = makeFake(2)
    return Effect.gen(function*() {
      const pool = yield* CodexPool.CodexPool
      const a = yield* Codex.startThread()
      const b = yield* Codex.startThread()
      const dying = yield* ownerOf(a.id)
      yield* Codex.run(a.id, "first")
      const held = yield* Effect.fork(Codex.run(a.id, "hold"))
      yield* until("the held turn to run", (m) => m[dying]!.runningTurns === 1)
      assert.isTrue(yield* pool.kill(dying))
      const exit = yield* Fiber.await(held).pipe(within(5_000, "the held turn to fail"))
      assert(Exit.isFailure(exit))
      const failure = Option.getOrThrow(Cause.failureOption(exit.cause))
      assert.strictEqual(failure._tag, "TransportError")

      const again = yield* Codex.run(a.id, "again")
      const home = yield* ownerOf(a.id)
      assert.strictEqual(again.finalResponse, `${home}:again`)
      const members = yield* until("the member to restart", (m) => m[dying]!.restarts === 1 && m[dying]!.alive)
      assert.strictEqual(members[dying]!.recycles, 0)
      assert.strictEqual(fake.peers[dying]!.length, 2, "a new connection")
      // the other thread (never run: nothing on disk) is gone with its process only if it lived there
      const bHome = Option.getOrUndefined(yield* pool.ownerOf(b.id))
      if (bHome === undefined) {
        const lost = yield* Effect.flip(Codex.run(b.id, "x"))
        assert(lost._tag === "RpcError")
        assert.strictEqual(lost.detail, `no rollout found for thread id ${b.id}`)
      }
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: notifications and subscriptions merge every member's, across a restart; the pool's close ends them", () => {
    const fake = makeFake(2)
    return Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(poolLayer(fake), scope)
      const pool = yield* Effect.provide(CodexPool.CodexPool, context)
      const client = yield* Effect.provide(CodexClient, context)
      const subscription = yield* client.subscribeNotifications((n) => n.method === "thread/started").pipe(
        Scope.extend(scope)
      )
      const global = yield* Effect.fork(Stream.runCollect(client.notifications.pipe(Stream.filter((n) => n.method === "thread/started"))))
      yield* Effect.yieldNow()
      const started = yield* Effect.forEach([1, 2], () => client.request("thread/start", {}))
      yield* pool.kill(0)
      yield* until("member 0 to restart", (m) => m[0]!.restarts === 1 && m[0]!.alive).pipe(
        Effect.provideService(CodexPool.CodexPool, pool)
      )
      const member0 = Option.getOrThrow(yield* pool.client(0))
      const later = yield* member0.request("thread/start", {})
      const seen = yield* subscription.stream.pipe(Stream.take(3), Stream.runCollect, within(5_000, "three thread/started"))
      assert.deepStrictEqual(
        Chunk.toReadonlyArray(seen).map((n) => (n.params as any).thread.id),
        [...started.map((s) => s.thread.id), later.thread.id]
      )
      yield* Scope.close(scope, Exit.void)
      const ended = yield* Fiber.await(global).pipe(within(5_000, "the notifications stream to end"))
      assert(Exit.isFailure(ended))
      const failure = yield* Effect.flip(client.request("model/list", {}))
      assert.strictEqual(failure._tag, "TransportError")
    })
  })

  it.live("in memory: a command's later calls go to the member that runs it; thread/loaded/list is the union", () => {
    const fake = makeFake(3)
    return Effect.gen(function*() {
      const client = yield* CodexClient
      yield* client.request("command/exec", { command: ["true"], processId: "p-1" })
      const owners = yield* Effect.forEach([0, 1, 2], (i) => Effect.map(methodsOf(peerOf(fake, i)), (m) => m.includes("command/exec")))
      const index = owners.indexOf(true)
      // load the other members so that the least-loaded is not the runner by chance
      yield* Effect.forEach(Array.from({ length: 4 }), () => Codex.startThread())
      for (let k = 0; k < 3; k++) yield* client.request("command/exec/terminate", { processId: "p-1" })
      const terminates = yield* Effect.forEach([0, 1, 2], (i) =>
        Effect.map(methodsOf(peerOf(fake, i)), (m) => m.filter((x) => x === "command/exec/terminate").length))
      assert.deepStrictEqual(terminates, [0, 1, 2].map((i) => (i === index ? 3 : 0)))

      const threads = yield* Effect.forEach(Array.from({ length: 3 }), () => Codex.startThread())
      const loaded = yield* Codex.listLoadedThreads()
      for (const t of threads) assert.include(loaded, t.id)
      const paged = yield* Codex.listLoadedThreads({ limit: 2 })
      assert.deepStrictEqual([...paged].sort(), [...loaded].sort())
    }).pipe(Effect.provide(poolLayer(fake)))
  })

  it.live("in memory: the member options' approvals answer each member's server requests, once; without them, the safe answer", () => {
    const accepting = makeFake(2)
    const declining = makeFake(2)
    const run = (fake: Fake) =>
      Effect.gen(function*() {
        const pool = yield* CodexPool.CodexPool
        const threads = yield* Effect.forEach([1, 2], () => Codex.startThread())
        const owners = yield* Effect.forEach(threads, (t) => ownerOf(t.id))
        assert.deepStrictEqual([...owners].sort(), [0, 1])
        const results = yield* Effect.forEach(threads, (t) => Codex.run(t.id, "ask"), { concurrency: "unbounded" })
        // each member answered its own request exactly once
        for (const index of [0, 1]) {
          const answers = (yield* peerOf(fake, index).sent).filter((m) => m.method === undefined && m.id === 7)
          assert.strictEqual(answers.length, 1, `member ${index} answered once`)
        }
        assert.isTrue(Option.isSome(yield* pool.client(0)))
        return results.map((r, i) => [owners[i], r.finalResponse])
      })
    return Effect.gen(function*() {
      const accepted = yield* run(accepting).pipe(Effect.provide(poolLayer(accepting, {
        member: { approvals: { "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const }) } }
      })))
      for (const [owner, text] of accepted) assert.strictEqual(text, `${owner}:accept`)
      const declined = yield* run(declining).pipe(Effect.provide(poolLayer(declining)))
      for (const [owner, text] of declined) assert.strictEqual(text, `${owner}:decline`)
    })
  })

  it.live("in memory: options are checked; a member that cannot start fails the layer", () =>
    Effect.gen(function*() {
      const zero = yield* Effect.flip(Effect.scoped(CodexPool.make({ size: 0 })))
      assert.strictEqual(zero.reason, "Config")
      const broken = yield* Effect.flip(Effect.scoped(CodexPool.make({
        size: 2,
        member: { binaryPath: "/nonexistent/codex" }
      })))
      assert.strictEqual(broken._tag, "TransportError")
      assert.strictEqual(broken.reason, "Spawn")
    }))
})
