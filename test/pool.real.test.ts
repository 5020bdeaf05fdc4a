/**
 * Real binary: CodexPool over three real codex processes sharing one temporary CODEX_HOME,
 * offline, against the scripted model. One pool for the routing, load, crash and active-writer
 * tests; a second, small one for the memory recycle, whose processes are checked gone after it
 * closes. Every wait is on the pool's own state, bounded; no sleeps.
 */
import { assert, describe, layer } from "@effect/vitest"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import type * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import type { CodexClient } from "../src/CodexClient.js"
import * as CodexPool from "../src/CodexPool.js"
import * as Testing from "../src/testing.js"
import { it as plain } from "@effect/vitest"
import { isAlive } from "./support/procs.js"
import { tempDir } from "./support/tempDir.js"

/** "hold…": the model asks to run a command with escalated permissions (an approval); else it echoes. */
const script: Testing.Script = (request) =>
  request.lastUserText?.startsWith("hold") === true && request.functionOutputs.length === 0
    ? {
      items: [Testing.functionCall("exec_command", {
        cmd: "touch HELD",
        sandbox_permissions: "require_escalated",
        justification: "the test holds this turn"
      })]
    }
    : { items: [Testing.message(`re: ${request.lastUserText ?? ""}`)] }

class Dirs extends Context.Tag("test/pool/Dirs")<Dirs, { readonly home: string; readonly cwd: string }>() {}

/** A pool on the real binary, offline: shared temp CODEX_HOME, temp HOME, as `Testing.layer` runs one client. */
const realPool = (options: Omit<CodexPool.Options, "member">) =>
  Layer.unwrapScoped(
    Effect.gen(function*() {
      const model = yield* Testing.make(script)
      const home = yield* tempDir("effect-codex-pool-home-")
      const userHome = yield* tempDir("effect-codex-pool-user-")
      const cwd = yield* tempDir("effect-codex-pool-cwd-")
      const pool = CodexPool.layer({
        ...options,
        member: { config: model.config, codexHome: home, cwd, env: { RUST_LOG: "error", HOME: userHome } }
      })
      return Layer.merge(pool, Layer.succeed(Dirs, { home, cwd }))
    })
  )

const untrusted = (cwd: string) => ({ cwd, approvalPolicy: "untrusted" as const, sandbox: "read-only" as const })

/** Per-turn approvals that signal `asked` and then wait for `gate` (declining when it opens). */
const holding = (asked: Deferred.Deferred<void>, gate: Deferred.Deferred<void>): Approvals.Handlers<CodexClient> => ({
  "item/commandExecution/requestApproval": () =>
    Deferred.succeed(asked, undefined).pipe(
      Effect.zipRight(Deferred.await(gate)),
      Effect.as({ decision: "decline" as const })
    )
})

/** Polls the pool's members until `done`, bounded in time (the pool's own state: no sleeps). */
const until = (what: string, done: (members: ReadonlyArray<CodexPool.MemberInfo>) => boolean, limit: Duration.DurationInput = "30 seconds") =>
  Effect.flatMap(CodexPool.CodexPool, (pool) =>
    pool.members.pipe(
      Effect.filterOrFail(done, () => `${what}: not yet`),
      Effect.retry(Schedule.spaced("20 millis").pipe(Schedule.upTo(limit))),
      Effect.orDie
    ))

const ownerOf = (threadId: string) =>
  Effect.flatMap(CodexPool.CodexPool, (pool) => Effect.map(pool.ownerOf(threadId), Option.getOrThrow))

const pidOf = (members: ReadonlyArray<CodexPool.MemberInfo>, index: number) => Option.getOrThrow(members[index]!.pid)

/** Threads started in the first test, run in the second, checked again after the crash. */
const started: Array<string> = []

layer(realPool({ size: 3 }), { excludeTestServices: true, timeout: "120 seconds" })("real binary: CodexPool of 3", (it) => {
  it.effect("real binary: six thread/starts spread 2/2/2 over the members", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Dirs
      const pool = yield* CodexPool.CodexPool
      const members = yield* pool.members
      assert.strictEqual(members.length, 3)
      assert.strictEqual(new Set(members.map((m) => Option.getOrThrow(m.pid))).size, 3, "three processes")
      for (let i = 0; i < 6; i++) started.push((yield* Codex.startThread(untrusted(cwd))).id)
      assert.deepStrictEqual((yield* pool.members).map((m) => m.threads), [2, 2, 2])
      const owners = yield* Effect.forEach(started, ownerOf)
      assert.deepStrictEqual([0, 1, 2].map((i) => owners.filter((o) => o === i).length), [2, 2, 2])
    }), 120_000)

  it.effect("real binary: a turn on each thread runs on its owner: each member holds exactly its own threads", () =>
    Effect.gen(function*() {
      const pool = yield* CodexPool.CodexPool
      const owners = yield* Effect.forEach(started, ownerOf)
      const results = yield* Effect.forEach(started, (id, i) => Codex.run(id, `first ${i}`), { concurrency: "unbounded" })
      assert.deepStrictEqual(results.map((r) => r.finalResponse), started.map((_, i) => `re: first ${i}`))
      assert.deepStrictEqual(yield* Effect.forEach(started, ownerOf), owners, "the turns did not move the threads")
      for (const index of [0, 1, 2]) {
        // the member's own process lists the threads it holds: those whose owner it is, and no other
        const member = Option.getOrThrow(yield* pool.client(index))
        const own = yield* member.request("thread/loaded/list", {})
        assert.deepStrictEqual(
          [...own.data].sort(),
          started.filter((_, i) => owners[i] === index).sort(),
          `member ${index} holds its threads`
        )
      }
      const union = yield* Codex.listLoadedThreads()
      assert.deepStrictEqual([...union].sort(), [...started].sort(), "thread/loaded/list on the pool is the union")
    }), 120_000)

  it.effect("real binary: 300 concurrent Codex.run turns on 300 threads: all succeed, no -32001 reaches a caller", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Dirs
      const begun = Date.now()
      const threads = yield* Effect.forEach(Array.from({ length: 300 }), () => Codex.startThread({ cwd }), {
        concurrency: "unbounded"
      })
      const results = yield* Effect.forEach(threads, (thread, i) => Effect.either(Codex.run(thread.id, `q${i}`)), {
        concurrency: "unbounded"
      })
      const failures = results.flatMap((r) => (r._tag === "Left" ? [r.left] : []))
      assert.deepStrictEqual(failures.map((f) => f.message).slice(0, 3), [], "no turn failed")
      assert.deepStrictEqual(
        results.map((r) => (r._tag === "Right" ? r.right.finalResponse : undefined)),
        threads.map((_, i) => `re: q${i}`)
      )
      const elapsed = Date.now() - begun
      assert.isBelow(elapsed, 120_000)
      const members = yield* until("nothing in flight", (m) => m.every((x) => x.inFlight === 0 && x.queued === 0))
      for (const member of members) assert.isAbove(member.threads, 90, `member ${member.index} took its share`)
    }), 180_000)

  it.effect("real binary: SIGKILL a member mid-turn: that turn fails with TransportError, its threads resume elsewhere with their history, it restarts", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Dirs
      const pool = yield* CodexPool.CodexPool
      const thread = yield* Codex.startThread(untrusted(cwd))
      yield* Codex.run(thread.id, "before the crash")
      const dying = yield* ownerOf(thread.id)
      const before = yield* pool.members
      const pid = pidOf(before, dying)
      const ofDying = [thread.id, ...(yield* Effect.filter(started, (id) => Effect.map(ownerOf(id), (o) => o === dying)))]
      assert.isAtLeast(ofDying.length, 3)

      const asked = yield* Deferred.make<void>()
      const gate = yield* Deferred.make<void>()
      const held = yield* Effect.fork(Codex.run(thread.id, "hold on", { approvals: holding(asked, gate) }))
      yield* Deferred.await(asked).pipe(Effect.timeout("30 seconds"))
      process.kill(pid, "SIGKILL")
      const exit = yield* Fiber.await(held).pipe(Effect.timeout("30 seconds"))
      assert(Exit.isFailure(exit))
      const failure = Option.getOrThrow(Cause.failureOption(exit.cause))
      assert.strictEqual(failure._tag, "TransportError")

      // each of its threads: the next call works, on another process, with the history intact
      for (const id of ofDying) {
        const result = yield* Codex.run(id, "after the crash")
        assert.strictEqual(result.finalResponse, "re: after the crash")
        const home = yield* ownerOf(id)
        assert.notStrictEqual(pidOf(yield* pool.members, home), pid, "another process")
        const read = yield* Codex.readThread(id, { includeTurns: true })
        const texts = read.turns.flatMap((turn) =>
          turn.items.flatMap((item) => (item.type === "agentMessage" ? [item.text] : []))
        )
        assert.include(texts, "re: after the crash")
        assert.isAtLeast(read.turns.length, 2, "the earlier turns are there")
        assert.isTrue(texts[0]!.startsWith("re: "), "the first answer is the earlier turn's")
      }
      const heldTurns = (yield* Codex.readThread(thread.id, { includeTurns: true })).turns
      assert.deepStrictEqual(heldTurns.map((t) => t.status), ["completed", "interrupted", "completed"])

      const after = yield* until(
        "the killed member to restart",
        (m) => m[dying]!.alive && m[dying]!.restarts === 1 && Option.isSome(m[dying]!.pid) && pidOf(m, dying) !== pid
      )
      assert.strictEqual(after[dying]!.recycles, 0)
      assert.isFalse(isAlive(pid))
      const fresh = yield* Codex.startThread({ cwd })
      assert.strictEqual((yield* Codex.run(fresh.id, "still serving")).finalResponse, "re: still serving")
    }), 120_000)

  it.effect("real binary: an active writer in another member: codex's refusal, then the pool runs the turn on the writer", () =>
    Effect.gen(function*() {
      const { cwd } = yield* Dirs
      const pool = yield* CodexPool.CodexPool
      const thread = yield* Codex.startThread({ cwd })
      yield* Codex.run(thread.id, "one")
      const first = yield* ownerOf(thread.id)
      // recycle its member: the thread has no home any more, and its lock is gone with the process
      yield* pool.recycle(first).pipe(Effect.timeout("60 seconds"))
      assert.isTrue(Option.isNone(yield* pool.ownerOf(thread.id)))
      // behind the pool's back, another member loads it: it is now that process' to write
      const writer = (first + 1) % 3
      const writerClient = Option.getOrThrow(yield* pool.client(writer))
      yield* writerClient.request("thread/resume", { threadId: thread.id, excludeTurns: true })
      // the error codex 0.169.0 gives a second process that resumes it
      const fresh = Option.getOrThrow(yield* pool.client(first))
      const refusal = yield* Effect.flip(fresh.request("thread/resume", { threadId: thread.id, excludeTurns: true }))
      assert(refusal._tag === "RpcError")
      assert.strictEqual(refusal.code, -32600)
      assert.strictEqual(refusal.detail, `thread ${thread.id} already has an active writer`)
      // and what a not-loaded thread gives
      const notLoaded = yield* Effect.flip(fresh.request("turn/start", { threadId: thread.id, input: [] }))
      assert(notLoaded._tag === "RpcError")
      assert.strictEqual(notLoaded.detail, `thread not found: ${thread.id}`)

      // the recycled member is the least loaded (no threads): the pool resumes there first, is
      // refused, asks every member, and runs the turn where the thread is loaded
      const members = yield* pool.members
      assert.strictEqual(members[first]!.threads, 0)
      const result = yield* Codex.run(thread.id, "two")
      assert.strictEqual(result.finalResponse, "re: two")
      assert.strictEqual(yield* ownerOf(thread.id), writer)
      const turns = (yield* Codex.readThread(thread.id, { includeTurns: true })).turns
      assert.strictEqual(turns.length, 2)
    }), 120_000)
})

describe("real binary: CodexPool memory recycle", () => {
  plain.live("real binary: past memoryLimitBytes an idle member is recycled, a busy one only after its turn; after close no member process is left", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(
        realPool({ size: 2, memoryLimitBytes: 1, memoryCheckInterval: "200 millis" }),
        scope
      )
      const pids = new Set<number>()
      const inPool = <A, E>(effect: Effect.Effect<A, E, CodexPool.CodexPool | CodexClient | Dirs>) =>
        Effect.provide(effect, context)
      const watch = (members: ReadonlyArray<CodexPool.MemberInfo>) => {
        for (const m of members) if (Option.isSome(m.pid)) pids.add(m.pid.value)
        return members
      }

      yield* inPool(Effect.gen(function*() {
        const { cwd } = yield* Dirs
        const thread = yield* Codex.startThread(untrusted(cwd))
        const busy = yield* ownerOf(thread.id)
        const idle = 1 - busy
        const asked = yield* Deferred.make<void>()
        const gate = yield* Deferred.make<void>()
        const held = yield* Effect.fork(Codex.run(thread.id, "hold it", { approvals: holding(asked, gate) }))
        yield* Deferred.await(asked).pipe(Effect.timeout("60 seconds"))
        const during = watch(yield* until("the turn to run", (m) => m[busy]!.runningTurns === 1))
        const busyPid = pidOf(during, busy)
        // the idle member is recycled, twice, while the busy one runs its turn
        const recycled = watch(yield* until("the idle member to be recycled twice", (m) => {
          watch(m)
          return m[idle]!.recycles >= during[idle]!.recycles + 2
        }, "60 seconds"))
        assert.strictEqual(pidOf(recycled, busy), busyPid, "the busy member kept its process")
        assert.strictEqual(recycled[busy]!.recycles, during[busy]!.recycles, "and was not recycled")
        assert.isTrue(Option.isSome(recycled[busy]!.rssBytes))

        yield* Deferred.succeed(gate, undefined)
        const result = yield* Fiber.join(held).pipe(Effect.timeout("60 seconds"))
        assert.strictEqual(result.status, "completed")
        const later = watch(yield* until("the busy member to be recycled once idle", (m) => {
          watch(m)
          return m[busy]!.recycles > during[busy]!.recycles
        }, "60 seconds"))
        assert.notStrictEqual(pidOf(later, busy), busyPid, "a new process")
        // its thread moves on the next call, history intact
        const again = yield* Codex.run(thread.id, "after the recycle")
        assert.strictEqual(again.finalResponse, "re: after the recycle")
        const turns = (yield* Codex.readThread(thread.id, { includeTurns: true })).turns
        assert.strictEqual(turns.length, 2)
        watch(yield* Effect.flatMap(CodexPool.CodexPool, (pool) => pool.members))
      }))

      assert.isAtLeast(pids.size, 4, "recycles started new processes")
      yield* Scope.close(scope, Exit.void)
      const left = Array.from(pids).filter(isAlive)
      assert.deepStrictEqual(left, [], "no member process is left after the pool closed")
    }).pipe(Effect.timeout(Duration.minutes(3))), 200_000)
})
