/**
 * CodexPool: one `CodexClient` backed by several app-server processes that share one
 * `CODEX_HOME`, so that every `Codex` verb, approvals included, works unchanged on a pool.
 *
 * Each member is a full `CodexClient` over its own connection (by default the stdio transport),
 * built in a `Scope` of its own, so that a member can be closed and restarted alone. codex keeps
 * one writer process per thread (a lock per thread, released only when that process exits), so
 * the pool keeps one home per thread and sends everything that names the thread there:
 *
 * - `thread/start` and `thread/fork` go to the least-loaded live member (fewest running turns
 *   plus requests in flight and queued, then fewest threads); the new thread's home is that
 *   member. A `thread/started` a member announces (a sub-agent's thread, a fork) makes it that
 *   thread's home too.
 * - A call that names a thread (`params.threadId`, `turn`, `reviewTurn`, `followTurn`,
 *   `threadEvents`, `subscribeThread`, `thread/resume`) goes to the thread's home. A thread
 *   without a live home (listed, from before, or whose member died) is first resumed
 *   (`thread/resume` with `excludeTurns`) on the least-loaded member when the call needs it
 *   loaded: `turn/start`, `turn/steer`, `turn/interrupt`, `review/start`,
 *   `thread/compact/start`, `thread/revert`, `thread/goal/set`, `thread/shellCommand`,
 *   `thread/inject_items` and the turn verbs. Any other such call goes to the home when there is
 *   one, else to the least-loaded member as is; if codex 0.169.0 answers it with
 *   `thread not found: <id>` (-32600: the thread is not loaded there), the thread is resumed on
 *   that member and the call sent again, once.
 * - A resume refused with `thread <id> already has an active writer` (-32600: another process
 *   holds the thread) makes the pool ask every live member for `thread/loaded/list`; the thread's
 *   home becomes the member that lists it, and the call is sent there, once. When no member lists
 *   it and a member is still shutting down, the resume is tried again once after that member's
 *   process has exited; otherwise the refusal is the call's error (the writer is a process
 *   outside the pool).
 * - Overload (`-32001`) from a member never reaches the caller while another member has room: a
 *   call that names no thread goes to another member at once, and when every member has refused
 *   it, waits under `overloadRetry` before the next round; a call bound to a thread is retried on
 *   its home under `overloadRetry`. Each member has at most `maxInFlightPerMember` requests in
 *   flight (default 100, under codex's queue of 128): the rest wait at the pool, in order, and
 *   are never dropped. The members' own retry of overloaded requests is off (`retry: false`):
 *   the pool's replaces it.
 * - Calls that act on something a request of another member started (`processId` of
 *   `command/exec`, `processHandle` of `process/spawn`, `watchId`, `subscriptionId`, the
 *   `sessionId` of a fuzzy file search, the `loginId` of a login) go to the member that started
 *   it.
 * - `thread/loaded/list` is the union over live members (`limit` and the returned `cursor` page
 *   through that union).
 *
 * When a member dies (its connection closes: process exit, EOF, a read failure), its running
 * turns and pending requests fail with `TransportError` (as on a single client; the pool does
 * not send again a request that may have reached the dead process, except reads: methods ending
 * in `/read`, `/list` or `/get` are sent once more to another member), its threads lose their
 * home once its process has exited (which frees their locks), and it is restarted in the
 * background under `restart`. The next call that names one of its threads resumes the thread on
 * a live member, history intact (the rollout is in the shared `CODEX_HOME`). A thread that was
 * started on the dead member and never ran a turn has nothing on disk: codex cannot resume it
 * (`no rollout found for thread id <id>`, -32600), and calls that name it fail with that error.
 *
 * With `memoryLimitBytes`, every `memoryCheckInterval` the pool reads each member's resident
 * memory (`VmRSS` of `/proc/<pid>/status`). A member past the limit gets no new threads (nor other
 * calls that name no thread) while another member is under it, and is recycled (closed gracefully, then started again) as soon as
 * it is idle: no running turn, no request in flight or queued, no `threadEvents` or
 * `subscribeThread` stream open through the pool on one of its threads, and no thread started
 * there that never ran a turn (that thread exists only in that process; ephemeral threads
 * excepted, which never have a rollout). Its threads then move as after a death.
 *
 * `notifications` and `subscribeNotifications` merge every member's notifications. A member's
 * death or recycle does not end them: that member's notifications stop, those of its replacement
 * follow once it is up, and nothing is replayed (a turn that was running on the dead member ends
 * for its own consumer with `TransportError`). They end with `TransportError` when the pool
 * closes. `threadEvents` and `subscribeThread` are the home member's: they fail with
 * `TransportError` when that member dies or is recycled; subscribe again to follow the thread on
 * its next home.
 *
 * Approvals: each member answers its own server requests exactly once, with the member options'
 * `approvals` (or the provided `Approvals` service; by default every request gets its safe
 * answer) or a turn's own `approvals`. A handler that uses `CodexClient` gets the member's
 * client, which holds the thread the request belongs to.
 *
 * Closing the pool closes every member (each with its close ladder, all at once): no process is
 * left behind.
 *
 * @example
 * ```ts
 * import { Codex, CodexPool } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * // Three codex processes sharing ~/.codex; every Codex verb works on the pool.
 * const Pool = CodexPool.layer({ size: 3, memoryLimitBytes: 1024 * 1024 * 1024 })
 *
 * const program = Effect.gen(function*() {
 *   const threads = yield* Effect.forEach([1, 2, 3], () => Codex.startThread())
 *   const answers = yield* Effect.forEach(threads, (thread) => Codex.run(thread.id, "hello"), {
 *     concurrency: "unbounded"
 *   })
 *   const pool = yield* CodexPool.CodexPool
 *   const members = yield* pool.members
 *   return { answers: answers.map((a) => a.finalResponse), threads: members.map((m) => m.threads) }
 * }).pipe(Effect.provide(Pool))
 * ```
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FiberId from "effect/FiberId"
import * as Layer from "effect/Layer"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import { readFileSync } from "node:fs"
import * as CodexClient from "./CodexClient.js"
import {
  type InitializeFailure,
  NotificationBufferFullError,
  type RequestError,
  RpcError,
  TransportError
} from "./CodexError.js"
import type { ClientRequestMethod, ClientRequestResponse } from "./generated/methods.js"
import * as DiagnosticsTable from "./internal/diagnostics.js"
import { registerClientTracing } from "./internal/observability.js"
import { pidOf } from "./internal/processInfo.js"
import type * as Subscriptions from "./internal/subscriptions.js"
import * as RpcRouter from "./RpcRouter.js"
import * as Transport from "./Transport.js"
import * as TurnRegistry from "./TurnRegistry.js"

// =================================================================================================
// Public surface
// =================================================================================================

/**
 * Options of a pool.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Number of members (app-server processes), at least 1. */
  readonly size: number
  /**
   * Options of every member: the client's (approvals, timeouts, buffers) and the stdio
   * transport's. `codexHome` (and the rest of the environment) is shared by all members. `retry`
   * is replaced by the pool's own handling of overload (see `overloadRetry`).
   */
  readonly member?: CodexClient.Options & Transport.StdioOptions
  /**
   * Makes the connection of member `index` for the life of the scope given (each start and
   * restart calls it again). Default: `Transport.makeStdio(member)`. For tests, and for
   * transports of your own; a member without a process (pid) is never recycled for memory.
   */
  readonly transport?: (index: number) => Effect.Effect<Transport.Transport.Service, TransportError, Scope.Scope>
  /**
   * How a dead member is restarted: the delay before each attempt, given why the member died or
   * why its start failed. Delays grow across consecutive failures; a member that ran for at
   * least 30 seconds starts the schedule afresh. When the schedule ends, the member stays down.
   * Default: exponential from 100 ms, doubling, capped at 10 s, jittered, forever.
   */
  readonly restart?: Schedule.Schedule<unknown, Transport.CloseReason>
  /**
   * A member whose resident memory passes this many bytes gets no new threads (nor other calls
   * that name no thread) while another member is under the limit, and is recycled as soon as it is idle (see the module's
   * documentation). Default: no limit.
   */
  readonly memoryLimitBytes?: number
  /** How often members' memory is read (default 10 seconds). Only with `memoryLimitBytes`. */
  readonly memoryCheckInterval?: Duration.DurationInput
  /**
   * Requests in flight per member (default 100, under codex's queue of 128, so that `-32001` is
   * not produced by the pool's own load); more wait at the pool, in order.
   */
  readonly maxInFlightPerMember?: number
  /**
   * Waits between rounds of a request every member refused as overloaded (`-32001`), and
   * between retries of a thread's request on its home. Default: 8 attempts, exponential from
   * 100 ms up to 2 s, ±20 % jitter. The last refusal is the call's error, with its `attempts`.
   */
  readonly overloadRetry?: Schedule.Schedule<unknown, RpcError>
  /**
   * How long a call waits for a live member when none is up (all restarting). Default: the
   * member's `requestTimeout`, else 60 seconds; then it fails with `TransportError` `Closed`.
   */
  readonly memberWaitTimeout?: Duration.DurationInput
}

/**
 * One member of a pool, as `CodexPool.members` sees it.
 *
 * @since 0.1.0
 * @category models
 */
export interface MemberInfo {
  /** Its place in the pool, from 0. Stable across restarts. */
  readonly index: number
  /** The pid of its current process (none while it is down, or for a transport without one). */
  readonly pid: Option.Option<number>
  /** Whether it takes calls now (false while it is down, restarting or being recycled). */
  readonly alive: boolean
  /** Threads whose home it is. */
  readonly threads: number
  /** Turns running on it (started, not yet completed by the server). */
  readonly runningTurns: number
  /** Requests the pool has sent it and that are not answered yet. */
  readonly inFlight: number
  /** Calls waiting at the pool for one of its `maxInFlightPerMember` slots. */
  readonly queued: number
  /** Processes started after the first (deaths and recycles alike). */
  readonly restarts: number
  /** Of those, the recycles (memory limit, or `recycle`). */
  readonly recycles: number
  /** Its resident memory at the last check (only with `memoryLimitBytes`). */
  readonly rssBytes: Option.Option<number>
}

/**
 * The pool's own operations, beside the `CodexClient` it provides.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Every member, in index order. */
  readonly members: Effect.Effect<ReadonlyArray<MemberInfo>>
  /** The index of the live member that is the thread's home, if any. */
  readonly ownerOf: (threadId: string) => Effect.Effect<Option.Option<number>>
  /**
   * Crashes member `index` on purpose (tests, chaos drills): sends `signal` (default `SIGKILL`)
   * to its process, or closes its connection when it has none. It is then handled as any dead
   * member. False when the member is down.
   */
  readonly kill: (index: number, signal?: NodeJS.Signals) => Effect.Effect<boolean>
  /**
   * Recycles member `index` as the memory limit would: as soon as it is idle, it is closed
   * gracefully and started again. Completes when its replacement is up (or the member stays
   * down because `restart` ended).
   */
  readonly recycle: (index: number) => Effect.Effect<void>
  /**
   * The `CodexClient` of member `index`'s current process, for requests that must reach one
   * process (such as `server/diagnostics`). What it does behind the pool's back (a thread it
   * resumes, say) the pool learns only through the active-writer fallback.
   */
  readonly client: (index: number) => Effect.Effect<Option.Option<CodexClient.Service>>
}

/**
 * The pool: `yield* CodexPool` gives its `Service`. `layer` provides it with the pool's
 * `CodexClient`.
 *
 * @since 0.1.0
 * @category tags
 */
export class CodexPool extends Context.Tag("effect-codex/CodexPool")<CodexPool, Service>() {}

/**
 * `CodexPool.Service`, on the tag too.
 *
 * @since 0.1.0
 * @category models
 */
export declare namespace CodexPool {
  /**
   * The service's operations.
   *
   * @since 0.1.0
   * @category models
   */
  export type Service = CodexPoolService
}

type CodexPoolService = Service

// =================================================================================================
// Internals
// =================================================================================================

/** How a member went down: recycled by the pool, or its connection closed. */
type DownReason = { readonly _tag: "Recycled" } | { readonly _tag: "Died"; readonly reason: Transport.CloseReason }

/** One process of a member: from its start to its end. */
interface Incarnation {
  readonly slot: Slot
  readonly scope: Scope.CloseableScope
  readonly client: CodexClient.Service
  readonly router: RpcRouter.RpcRouter.Service
  readonly transport: Transport.Transport.Service
  readonly pid: number | undefined
  readonly startedAt: number
  /** Completed when it goes down (connection closed, or recycle decided). */
  readonly down: Deferred.Deferred<DownReason>
  /** Completed once its scope is closed: its process is gone, and with it its thread locks. */
  readonly closed: Deferred.Deferred<void>
  state: "live" | "draining" | "down"
  /** Threads whose home it is. */
  threads: number
  /** Thread streams open through the pool on its threads. */
  watchers: number
  /** Threads started here that never ran a turn: nothing of them is on disk. */
  readonly fresh: Set<string>
}

/** A member's place in the pool: its counters outlive its processes. */
interface Slot {
  readonly index: number
  readonly permits: Effect.Semaphore
  current: Incarnation | undefined
  inFlight: number
  queued: number
  restarts: number
  recycles: number
  rss: number | undefined
  overLimit: boolean
  /** `restart` ended: the member stays down. */
  stopped: boolean
}

interface Home {
  readonly inc: Incarnation
  /** False when the pool chose this member for the thread but did not load it there yet. */
  loaded: boolean
}

/** A call that must be routed again: its member went down before the request was sent. */
class Reroute {
  readonly _tag = "Reroute"
}
const reroute = new Reroute()
const isReroute = (u: unknown): u is Reroute => u instanceof Reroute

const isRpcError = (u: unknown): u is RpcError =>
  typeof u === "object" && u !== null && (u as { _tag?: unknown })._tag === "RpcError"
const isOverloaded = (u: unknown): u is RpcError => isRpcError(u) && u.retryable

/** codex 0.169.0: `thread <id> already has an active writer` (-32600). */
const isActiveWriter = (u: unknown): u is RpcError => isRpcError(u) && /already has an active writer/.test(u.detail)

/** codex 0.169.0: `thread not found: <id>` (-32600), for a thread that is not loaded there. */
const isNotLoaded = (u: unknown, threadId: string): u is RpcError =>
  isRpcError(u) && u.detail.startsWith("thread not found: ") && u.detail.includes(threadId)

/** Methods that fail on a thread this process has not loaded (verified on codex 0.169.0). */
const NEEDS_LOADED: ReadonlySet<string> = new Set([
  "turn/start",
  "turn/steer",
  "turn/interrupt",
  "review/start",
  "thread/compact/start",
  "thread/revert",
  "thread/goal/set",
  "thread/shellCommand",
  "thread/inject_items"
])

/** Methods whose first success writes the thread to disk (a never-run thread then has a rollout). */
const MATERIALIZES: ReadonlySet<string> = new Set(["turn/start", "review/start", "thread/name/set"])

/** Reads: sent again to another member when their member died under them. */
const isRead = (method: string) => /\/(read|list|get)$/.test(method)

/** Params that name something one member started (a process, a watch, a search, a login). */
const STICKY_KEYS = ["processId", "processHandle", "watchId", "subscriptionId", "sessionId", "loginId"] as const
const MAX_STICKY = 10_000

/** A member that ran this long restarts its `restart` schedule afresh after a death. */
const HEALTHY_MS = 30_000

const defaultRestart: Schedule.Schedule<unknown, Transport.CloseReason> = Schedule.exponential("100 millis", 2).pipe(
  Schedule.union(Schedule.spaced("10 seconds")),
  Schedule.jittered
)

const defaultOverloadRetry: Schedule.Schedule<unknown, RpcError> = RpcRouter.overloadSchedule({
  attempts: 8,
  initialDelay: "100 millis",
  maxDelay: "2 seconds"
})

const rssOf = (pid: number): number | undefined => {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))
    return match === null ? undefined : Number(match[1]) * 1024
  } catch {
    return undefined
  }
}

const withAttempts = (error: RpcError, attempts: number): RpcError =>
  new RpcError({
    method: error.method,
    code: error.code,
    detail: error.detail,
    ...(error.data !== undefined ? { data: error.data } : {}),
    attempts
  })

const threadIdOf = (params: unknown): string | undefined => {
  const id = (params as { readonly threadId?: unknown } | null | undefined)?.threadId
  return typeof id === "string" ? id : undefined
}

/**
 * Makes the pool: its members are started (all at once) before it returns, and closed with the
 * scope. Returns the pool's `CodexClient` and its own service. Fails with `TransportError` when a
 * member cannot be started (reason `Config` for invalid options).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: Options
): Effect.Effect<readonly [CodexClient.Service, Service], TransportError, Scope.Scope> =>
  Effect.gen(function*() {
    const size = options.size
    if (!Number.isInteger(size) || size < 1) {
      return yield* Effect.fail(
        new TransportError({ reason: "Config", detail: `a pool needs a whole number of members, at least 1 (got ${size})` })
      )
    }
    const maxInFlight = Math.max(1, Math.floor(options.maxInFlightPerMember ?? 100))
    const memberOptions: CodexClient.Options & Transport.StdioOptions = { ...options.member, retry: false }
    const makeTransport = options.transport ?? (() => Transport.makeStdio(memberOptions))
    const restartSchedule = options.restart ?? defaultRestart
    const overloadRetry = options.overloadRetry ?? defaultOverloadRetry
    const waitTimeout = Duration.decode(
      options.memberWaitTimeout ?? options.member?.requestTimeout ?? "60 seconds"
    )
    const notificationBufferSize = options.member?.notificationBufferSize ?? 512
    // the members are built with the caller's services (an `Approvals`, say), in scopes of their own
    const context = Context.omit(Scope.Scope)(yield* Effect.context<never>())

    // ---- state ----------------------------------------------------------------------------------

    const slots: ReadonlyArray<Slot> = yield* Effect.forEach(
      Array.from({ length: size }, (_, index) => index),
      (index) =>
        Effect.map(Effect.makeSemaphore(maxInFlight), (permits): Slot => ({
          index,
          permits,
          current: undefined,
          inFlight: 0,
          queued: 0,
          restarts: 0,
          recycles: 0,
          rss: undefined,
          overLimit: false,
          stopped: false
        }))
    )
    const incarnations = new Set<Incarnation>()
    const homes = new Map<string, Home>()
    /** Threads being resumed somewhere: later callers wait for that, not resume them twice. */
    const homing = new Map<string, Deferred.Deferred<Option.Option<Incarnation>, RequestError>>()
    const sticky = new Map<string, Incarnation>()
    let shutdown = false
    const poolClosed = Deferred.unsafeMake<void>(FiberId.none)
    const closedError = () => new TransportError({ reason: "Closed", detail: "the pool is closed" })

    /** Completed and replaced whenever a member goes up or down. */
    let changed = Deferred.unsafeMake<void>(FiberId.none)
    const signal = () => {
      const previous = changed
      changed = Deferred.unsafeMake<void>(FiberId.none)
      Deferred.unsafeDone(previous, Exit.void)
    }

    const turnsOf = (inc: Incarnation) =>
      DiagnosticsTable.read<CodexClient.Diagnostics>(inc.client)?.turns ?? 0
    const busyThreadsOf = (inc: Incarnation) =>
      DiagnosticsTable.read<CodexClient.Diagnostics>(inc.client)?.busyThreads ?? 0
    const isLive = (inc: Incarnation | undefined): inc is Incarnation => inc !== undefined && inc.state === "live"

    const setHome = (threadId: string, inc: Incarnation, loaded: boolean) => {
      const home = homes.get(threadId)
      if (home !== undefined && home.inc === inc) {
        home.loaded = home.loaded || loaded
        return
      }
      if (home !== undefined) {
        home.inc.threads--
        home.inc.fresh.delete(threadId)
      }
      homes.set(threadId, { inc, loaded })
      inc.threads++
    }
    const dropHome = (threadId: string, inc?: Incarnation) => {
      const home = homes.get(threadId)
      if (home === undefined || (inc !== undefined && home.inc !== inc)) return
      homes.delete(threadId)
      home.inc.threads--
      home.inc.fresh.delete(threadId)
    }
    const purgeHomes = (inc: Incarnation) => {
      for (const [threadId, home] of homes) if (home.inc === inc) homes.delete(threadId)
      inc.threads = 0
      inc.fresh.clear()
      for (const [key, owner] of sticky) if (owner === inc) sticky.delete(key)
    }
    const remember = (key: string, inc: Incarnation) => {
      sticky.delete(key)
      sticky.set(key, inc)
      if (sticky.size > MAX_STICKY) sticky.delete(sticky.keys().next().value!)
    }

    // ---- choosing a member ------------------------------------------------------------------------

    let rotation = 0
    /** The least-loaded live member outside `exclude`: under the memory limit first, then by load, then threads. */
    const pick = (exclude?: ReadonlySet<Slot>): Incarnation | undefined => {
      let best: Incarnation | undefined
      let bestKey: readonly [number, number, number] | undefined
      const start = rotation++ % slots.length
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[(start + k) % slots.length]!
        const inc = slot.current
        if (!isLive(inc) || exclude?.has(slot)) continue
        const key = [slot.overLimit ? 1 : 0, turnsOf(inc) + slot.inFlight + slot.queued, inc.threads] as const
        if (
          bestKey === undefined || key[0] < bestKey[0] ||
          (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))
        ) {
          best = inc
          bestKey = key
        }
      }
      return best
    }

    const anyLive = () => slots.some((slot) => isLive(slot.current))

    /** A live member (the least-loaded), waiting while none is up; bounded by `memberWaitTimeout`. */
    const awaitPick: Effect.Effect<Incarnation, TransportError> = Effect.suspend(() => {
      const loop: Effect.Effect<Incarnation, TransportError> = Effect.suspend(() => {
        if (shutdown) return Effect.fail(closedError())
        const inc = pick()
        if (inc !== undefined) return Effect.succeed(inc)
        if (slots.every((slot) => slot.stopped)) {
          return Effect.fail(
            new TransportError({ reason: "Closed", detail: "every member of the pool is down and will not be restarted" })
          )
        }
        return Effect.zipRight(Deferred.await(changed), loop)
      })
      return loop.pipe(
        Effect.timeoutFail({
          duration: waitTimeout,
          onTimeout: () =>
            new TransportError({
              reason: "Closed",
              detail: `no member of the pool came up within ${Duration.format(waitTimeout)}`
            })
        })
      )
    })

    /**
     * Runs `f` on the member: waits for one of its slots (queued at the pool), then fails with
     * `Reroute` if the member went down meanwhile, else sends.
     */
    const onMember = <A, E, R>(
      inc: Incarnation,
      f: (inc: Incarnation) => Effect.Effect<A, E, R>
    ): Effect.Effect<A, E | Reroute, R> =>
      Effect.uninterruptibleMask((restore): Effect.Effect<A, E | Reroute, R> => {
        const slot = inc.slot
        if (inc.state !== "live") return Effect.fail(reroute)
        slot.queued++
        return restore(slot.permits.take(1)).pipe(
          Effect.onExit(() =>
            Effect.sync(() => {
              slot.queued--
            })
          ),
          Effect.flatMap((): Effect.Effect<A, E | Reroute, R> => {
            if (inc.state !== "live") return Effect.zipRight(slot.permits.release(1), Effect.fail(reroute))
            slot.inFlight++
            return restore(f(inc)).pipe(
              Effect.ensuring(Effect.suspend(() => {
                slot.inFlight--
                return slot.permits.release(1)
              }))
            )
          })
        )
      })

    /** `onMember`, retried on the same member while it answers `-32001`, under `overloadRetry`. */
    const onMemberRetrying = <A, E, R>(
      inc: Incarnation,
      f: (inc: Incarnation) => Effect.Effect<A, E, R>
    ): Effect.Effect<A, E | Reroute, R> =>
      Effect.suspend(() => {
        let attempts = 0
        return Effect.suspend(() => {
          attempts++
          return onMember(inc, f)
        }).pipe(
          Effect.retry({ schedule: overloadRetry as Schedule.Schedule<unknown, E | Reroute>, while: isOverloaded }),
          Effect.mapError((error) => (isOverloaded(error) ? withAttempts(error, attempts) as E : error))
        )
      })

    /**
     * A call bound to no thread: the least-loaded member; on `-32001`, at once the next member
     * with room, and when every member refused, `overloadRetry` before the next round. A read is
     * sent once more when its member died under it.
     */
    const unbound = <A, E, R>(
      method: string,
      f: (inc: Incarnation) => Effect.Effect<A, E, R>
    ): Effect.Effect<readonly [A, Incarnation], E | TransportError, R> =>
      Effect.gen(function*() {
        const refused = new Set<Slot>()
        let driver: Schedule.ScheduleDriver<unknown, RpcError> | undefined
        let attempts = 0
        let resent = false
        while (true) {
          let inc = pick(refused)
          if (inc === undefined && refused.size > 0) {
            // the members with room went down meanwhile: a fresh round
            refused.clear()
            inc = pick()
          }
          if (inc === undefined) inc = yield* awaitPick
          attempts++
          const result = yield* Effect.either(onMember(inc, f))
          if (Either.isRight(result)) return [result.right, inc] as const
          const error = result.left
          if (isReroute(error)) continue
          if (isOverloaded(error)) {
            refused.add(inc.slot)
            if (pick(refused) === undefined) {
              driver ??= yield* Schedule.driver(overloadRetry)
              const step = yield* Effect.either(driver.next(error))
              if (Either.isLeft(step)) return yield* Effect.fail(withAttempts(error, attempts) as E)
              refused.clear()
            }
            continue
          }
          if (
            !resent && isRead(method) && (error as { _tag?: unknown })._tag === "TransportError" &&
            inc.state !== "live"
          ) {
            resent = true
            continue
          }
          return yield* Effect.fail(error as E)
        }
      })

    // ---- homes ------------------------------------------------------------------------------------

    /** Waits until a member that went down is gone (its thread locks with it), then forgets its homes. */
    const awaitGone = (inc: Incarnation): Effect.Effect<void, TransportError> =>
      Effect.raceFirst(
        Deferred.await(inc.closed),
        Effect.zipRight(Deferred.await(poolClosed), Effect.fail(closedError()))
      )

    /** The live members that list the thread as loaded (`thread/loaded/list`, every page). */
    const findWriter = (threadId: string): Effect.Effect<Option.Option<Incarnation>> =>
      Effect.gen(function*() {
        const live = slots.map((slot) => slot.current).filter(isLive)
        const found = yield* Effect.forEach(
          live,
          (inc) =>
            onMember(inc, (inc) => loadedOf(inc)).pipe(
              Effect.map((ids) => (ids.includes(threadId) ? Option.some(inc) : Option.none())),
              Effect.orElseSucceed(() => Option.none<Incarnation>())
            ),
          { concurrency: "unbounded" }
        )
        return Option.firstSomeOf(found)
      })

    /** Every thread the member holds (`thread/loaded/list`, page after page). */
    const loadedOf = (inc: Incarnation): Effect.Effect<ReadonlyArray<string>, RequestError> =>
      Effect.gen(function*() {
        const all: Array<string> = []
        let cursor: string | undefined
        for (let page = 0; page < 10_000; page++) {
          const response = yield* inc.client.request("thread/loaded/list", cursor === undefined ? {} : { cursor })
          all.push(...response.data)
          const next = response.nextCursor
          if (next === undefined || next === null || next === cursor) break
          cursor = next
        }
        return all
      })

    /**
     * Sends `send` (a `thread/resume`) to `inc`; on success the thread's home is `inc`. Refused
     * because another process writes the thread: the member that lists it becomes its home and
     * the resume is sent there once; when none does but a member is still shutting down, once
     * more after it is gone.
     */
    const resumeOn = <A>(
      threadId: string,
      inc: Incarnation,
      send: (inc: Incarnation) => Effect.Effect<A, RequestError>,
      waited = false
    ): Effect.Effect<readonly [A, Incarnation], RequestError | Reroute> =>
      onMemberRetrying(inc, (inc) => Effect.tap(send(inc), () => setHome(threadId, inc, true))).pipe(
        Effect.map((value) => [value, inc] as const),
        // a resume only loads the thread: when its member died under it, it goes elsewhere
        Effect.catchIf(
          (error): error is TransportError => !isReroute(error) && error._tag === "TransportError" && inc.state !== "live",
          () => Effect.fail(reroute)
        ),
        Effect.catchIf(isActiveWriter, (refusal) =>
          Effect.flatMap(findWriter(threadId), (writer): Effect.Effect<readonly [A, Incarnation], RequestError | Reroute> => {
            if (Option.isSome(writer)) {
              setHome(threadId, writer.value, true)
              return onMemberRetrying(writer.value, send).pipe(Effect.map((value) => [value, writer.value] as const))
            }
            const leaving = Array.from(incarnations).filter((other) => other.state !== "live")
            if (waited || leaving.length === 0) return Effect.fail(refusal)
            return Effect.zipRight(
              Effect.forEach(leaving, awaitGone, { discard: true }),
              resumeOn(threadId, inc, send, true)
            )
          }))
      )

    const resumeQuietly = (threadId: string) => (inc: Incarnation) =>
      inc.client.request("thread/resume", { threadId, excludeTurns: true })

    /**
     * One homing per thread at a time: later callers wait for it. `None` (the member went down
     * meanwhile, or the homing caller was interrupted): resolve again.
     */
    const homeOnce = (
      threadId: string,
      run: Effect.Effect<Option.Option<Incarnation>, RequestError>
    ): Effect.Effect<Option.Option<Incarnation>, RequestError> =>
      Effect.suspend(() => {
        const pending = homing.get(threadId)
        if (pending !== undefined) return Deferred.await(pending)
        const deferred = Deferred.unsafeMake<Option.Option<Incarnation>, RequestError>(FiberId.none)
        homing.set(threadId, deferred)
        return run.pipe(
          Effect.onExit((exit) =>
            Effect.sync(() => {
              if (homing.get(threadId) === deferred) homing.delete(threadId)
              Deferred.unsafeDone(deferred, Exit.isInterrupted(exit) ? Exit.succeed(Option.none()) : exit)
            })
          )
        )
      })

    /**
     * The member a call naming the thread goes to: its live home; when `load`, loaded there
     * (resumed on the least-loaded member when it has no live home). Without `load`, a thread
     * with no home goes to the least-loaded member as is.
     */
    const resolve = (threadId: string, load: boolean): Effect.Effect<Incarnation, RequestError> =>
      Effect.suspend((): Effect.Effect<Incarnation, RequestError> => {
        if (shutdown) return Effect.fail(closedError())
        const home = homes.get(threadId)
        if (home !== undefined) {
          const inc = home.inc
          if (inc.state === "live") {
            if (!load || home.loaded) return Effect.succeed(inc)
            // chosen for the thread, not loaded there yet (`None`: it went down meanwhile)
            return Effect.flatMap(
              homeOnce(
                threadId,
                resumeOn(threadId, inc, resumeQuietly(threadId)).pipe(
                  Effect.map(([, at]) => Option.some(at)),
                  Effect.catchIf(isReroute, () => Effect.succeed(Option.none()))
                )
              ),
              (at) => Option.isSome(at) ? Effect.succeed(at.value) : resolve(threadId, load)
            )
          }
          return Effect.zipRight(
            awaitGone(inc),
            Effect.suspend(() => {
              dropHome(threadId, inc)
              return resolve(threadId, load)
            })
          )
        }
        if (!load) return awaitPick
        const rehome: Effect.Effect<Option.Option<Incarnation>, RequestError> = Effect.flatMap(awaitPick, (inc) =>
          resumeOn(threadId, inc, resumeQuietly(threadId)).pipe(
            Effect.map(([, at]) => Option.some(at)),
            Effect.catchIf(isReroute, () => rehome)
          ))
        return Effect.flatMap(
          homeOnce(threadId, rehome),
          (at) => Option.isSome(at) ? Effect.succeed(at.value) : resolve(threadId, load)
        )
      })

    /**
     * A call bound to a thread: on its home (loaded first when `load`), retried there on
     * `-32001`, routed again when the member went down before the call was sent. Without `load`,
     * a `thread not found` answer loads the thread on that member and sends the call again, once.
     */
    const onThread = <A, E, R>(
      threadId: string,
      load: boolean,
      f: (inc: Incarnation) => Effect.Effect<A, E, R>
    ): Effect.Effect<readonly [A, Incarnation], E | RequestError, R> => {
      const attempt = (load: boolean, reloaded: boolean): Effect.Effect<readonly [A, Incarnation], E | RequestError, R> =>
        Effect.flatMap(resolve(threadId, load), (inc) =>
          onMemberRetrying(inc, f).pipe(
            Effect.map((value) => [value, inc] as const),
            Effect.catchAll((error): Effect.Effect<readonly [A, Incarnation], E | RequestError, R> => {
              if (isReroute(error)) return attempt(load, reloaded)
              if (reloaded || !isNotLoaded(error, threadId)) return Effect.fail(error)
              // not loaded there after all: load it on that member, then once more
              const home = homes.get(threadId)
              if (home !== undefined && home.inc === inc) home.loaded = false
              else setHome(threadId, inc, false)
              return attempt(true, true)
            })
          ))
      return attempt(load, false)
    }

    /** `thread/resume` from the caller: on the thread's home, else on the least-loaded member. */
    const resumeRequest = (params: { readonly threadId: string }, options?: CodexClient.RequestOptions) => {
      const send = (inc: Incarnation) => inc.client.request("thread/resume", params as any, options)
      const loop = (): Effect.Effect<unknown, RequestError> =>
        Effect.suspend(() => {
          const home = homes.get(params.threadId)
          const target: Effect.Effect<Incarnation, RequestError> = home === undefined
            ? awaitPick
            : home.inc.state === "live"
            ? Effect.succeed(home.inc)
            : Effect.zipRight(awaitGone(home.inc), Effect.sync(() => dropHome(params.threadId, home.inc))).pipe(
              Effect.zipRight(awaitPick)
            )
          return Effect.flatMap(target, (inc) =>
            resumeOn(params.threadId, inc, send).pipe(
              Effect.map(([value]) => value),
              Effect.catchIf(isReroute, loop)
            ))
        })
      return loop()
    }

    /** Threads started (and never run) on `inc` pin it against recycling; a turn unpins them. */
    const materialized = (threadId: string, inc: Incarnation) => {
      inc.fresh.delete(threadId)
    }

    // ---- the client ---------------------------------------------------------------------------------

    const request = (method: string, params: any, options?: CodexClient.RequestOptions): Effect.Effect<unknown, RequestError> => {
      const send = (inc: Incarnation) => (inc.client.request as any)(method, params, options) as Effect.Effect<unknown, RequestError>
      // what an answer teaches the pool is recorded before the member's slot is released, so
      // that the memory check never sees the member idle in between
      const learn = (record: (response: unknown, inc: Incarnation) => void) => (inc: Incarnation) =>
        Effect.tap(send(inc), (response) => record(response, inc))
      const startedThread = (response: unknown) => (response as { thread?: { id?: unknown } }).thread?.id
      switch (method) {
        case "thread/start":
          return Effect.map(
            unbound(
              method,
              learn((response, inc) => {
                const id = startedThread(response)
                if (typeof id !== "string") return
                setHome(id, inc, true)
                if (params?.ephemeral !== true) inc.fresh.add(id)
              })
            ),
            ([response]) => response
          )
        case "thread/fork":
          return Effect.map(
            unbound(
              method,
              learn((response, inc) => {
                const id = startedThread(response)
                if (typeof id === "string") setHome(id, inc, true)
              })
            ),
            ([response]) => response
          )
        case "thread/resume":
          if (typeof params?.threadId === "string") return resumeRequest(params, options)
          break
        case "thread/loaded/list":
          return loadedList(params ?? {})
        case "account/login/start":
          return Effect.map(
            unbound(
              method,
              learn((response, inc) => {
                const loginId = (response as { loginId?: unknown }).loginId
                if (typeof loginId === "string") remember(`loginId:${loginId}`, inc)
              })
            ),
            ([response]) => response
          )
      }
      const threadId = threadIdOf(params)
      if (threadId !== undefined) {
        return Effect.map(onThread(threadId, NEEDS_LOADED.has(method), send), ([response, inc]) => {
          if (MATERIALIZES.has(method)) materialized(threadId, inc)
          if (method === "thread/delete") dropHome(threadId, inc)
          return response
        })
      }
      for (const key of STICKY_KEYS) {
        const value = params?.[key]
        if (typeof value !== "string") continue
        const id = `${key}:${value}`
        const owner = sticky.get(id)
        if (owner !== undefined && isLive(owner)) {
          return onMemberRetrying(owner, send).pipe(Effect.catchIf(isReroute, () => request(method, params, options)))
        }
        // the request that starts it: remembered as it is sent, for the calls that follow it
        return Effect.map(
          unbound(method, (inc) => Effect.zipRight(Effect.sync(() => remember(id, inc)), send(inc))),
          ([response]) => response
        )
      }
      return Effect.map(unbound(method, send), ([response]) => response)
    }

    /** `thread/loaded/list` over every live member; `limit` and `cursor` page through the union. */
    const loadedList = (params: { readonly cursor?: string | null; readonly limit?: number | null }) =>
      Effect.gen(function*() {
        const live = slots.map((slot) => slot.current).filter(isLive)
        const lists = yield* Effect.forEach(
          live,
          (inc) =>
            onMember(inc, loadedOf).pipe(
              Effect.catchIf(isReroute, () => Effect.succeed([] as ReadonlyArray<string>)),
              Effect.catchIf(
                (error): error is TransportError => error._tag === "TransportError" && inc.state !== "live",
                () => Effect.succeed([] as ReadonlyArray<string>)
              )
            ),
          { concurrency: "unbounded" }
        )
        const all = Array.from(new Set(lists.flat()))
        const offset = params.cursor === undefined || params.cursor === null ? 0 : Number(params.cursor)
        const start = Number.isInteger(offset) && offset >= 0 ? offset : 0
        const limit = params.limit ?? undefined
        if (limit === undefined || limit <= 0) return { data: all.slice(start), nextCursor: null }
        const end = start + limit
        return { data: all.slice(start, end), nextCursor: end < all.length ? String(end) : null }
      })

    const initialize: Effect.Effect<CodexClient.ServerInfo, InitializeFailure> = Effect.gen(function*() {
      if (!anyLive()) yield* awaitPick
      const live = slots.map((slot) => slot.current).filter(isLive)
      const results = yield* Effect.forEach(live, (inc) => Effect.either(inc.client.initialize), {
        concurrency: "unbounded"
      })
      const first = results.find(Either.isRight)
      if (first !== undefined) return first.right
      return yield* Effect.fail((results[0] as Either.Left<InitializeFailure, CodexClient.ServerInfo>).left)
    })

    /** A thread stream's member: the thread's home, loaded there if it can be (else chosen for it). */
    const resolveForEvents = (threadId: string): Effect.Effect<Incarnation, InitializeFailure> =>
      resolve(threadId, true).pipe(
        Effect.catchTags({
          RpcError: () => reserve(threadId),
          RequestTimeoutError: () => reserve(threadId)
        })
      )
    const reserve = (threadId: string): Effect.Effect<Incarnation, TransportError> =>
      Effect.suspend(() => {
        const home = homes.get(threadId)
        if (home !== undefined && isLive(home.inc)) return Effect.succeed(home.inc)
        return Effect.map(awaitPick, (inc) => {
          setHome(threadId, inc, false)
          return inc
        })
      })
    const watching = (inc: Incarnation) =>
      Effect.acquireRelease(
        Effect.sync(() => {
          inc.watchers++
        }),
        () =>
          Effect.sync(() => {
            inc.watchers--
          })
      )

    // ---- notifications --------------------------------------------------------------------------------

    const hub = new Set<Mailbox.Mailbox<RpcRouter.Notification, Transport.CloseReason>>()
    const subscriptions = new Set<(notification: RpcRouter.Notification) => void>()
    const stops = new Set<(exit: Exit.Exit<void, Subscriptions.SubscriptionError>) => void>()

    const notifications: Stream.Stream<RpcRouter.Notification, Transport.CloseReason> = Stream.unwrapScoped(
      Effect.gen(function*() {
        if (shutdown) return Stream.fail(closedError())
        const mailbox = yield* Mailbox.make<RpcRouter.Notification, Transport.CloseReason>({
          capacity: notificationBufferSize,
          strategy: "sliding"
        })
        yield* Effect.acquireRelease(
          Effect.sync(() => hub.add(mailbox)),
          () => Effect.sync(() => hub.delete(mailbox))
        )
        return Mailbox.toStream(mailbox)
      })
    )

    const subscribeNotifications = (
      predicate: (notification: RpcRouter.Notification) => boolean,
      subscribeOptions: Subscriptions.SubscribeOptions = {}
    ): Effect.Effect<Subscriptions.NotificationSubscription, never, Scope.Scope> =>
      Effect.gen(function*() {
        const capacity = Math.max(1, subscribeOptions.capacity ?? 4096)
        const mailbox = yield* Mailbox.make<RpcRouter.Notification, Subscriptions.SubscriptionError>({
          capacity,
          strategy: "suspend"
        })
        let open = true
        const stop = (exit: Exit.Exit<void, Subscriptions.SubscriptionError>) => {
          if (!open) return
          open = false
          subscriptions.delete(handler)
          stops.delete(stop)
          mailbox.unsafeDone(exit)
        }
        const handler = (notification: RpcRouter.Notification): void => {
          if (!open) return
          let matches: boolean
          try {
            matches = predicate(notification)
          } catch (defect) {
            return stop(Exit.die(defect))
          }
          if (matches && !mailbox.unsafeOffer(notification)) {
            stop(Exit.fail(
              new NotificationBufferFullError({
                subscription: subscribeOptions.name ?? "a notification subscription",
                capacity
              })
            ))
          }
        }
        yield* Effect.acquireRelease(
          Effect.sync(() => {
            subscriptions.add(handler)
            stops.add(stop)
          }),
          () => Effect.sync(() => stop(Exit.void))
        )
        if (shutdown) stop(Exit.fail(closedError()))
        return { stream: Mailbox.toStream(mailbox), end: Effect.sync(() => stop(Exit.void)) }
      })

    /** Every member's notifications: the pool's routing facts, then its subscribers. On the member's reader. */
    const forward = (inc: Incarnation) => (notification: RpcRouter.Notification): void => {
      switch (notification.method) {
        case "thread/started": {
          const id = (notification.params as { thread?: { id?: unknown } } | undefined)?.thread?.id
          if (typeof id === "string" && inc.state === "live") setHome(id, inc, true)
          break
        }
        case "thread/closed": {
          const home = homes.get(threadIdOf(notification.params) ?? "")
          if (home !== undefined && home.inc === inc) home.loaded = false
          break
        }
        case "thread/deleted": {
          const id = threadIdOf(notification.params)
          if (id !== undefined) dropHome(id, inc)
          break
        }
      }
      for (const mailbox of hub) mailbox.unsafeOffer(notification)
      for (const handler of subscriptions) handler(notification)
    }

    // ---- members ----------------------------------------------------------------------------------

    const members = yield* Scope.make(ExecutionStrategy.parallel)
    yield* Effect.addFinalizer(() => Scope.close(members, Exit.void))

    /** Starts one process of the member, in a scope of its own (a child of the pool's members). */
    const spawn = (slot: Slot): Effect.Effect<Incarnation, TransportError> =>
      Effect.gen(function*() {
        if (shutdown) return yield* Effect.fail(closedError())
        const scope = yield* Scope.fork(members, ExecutionStrategy.sequential)
        const built = yield* Effect.gen(function*() {
          const transport = yield* makeTransport(slot.index)
          const router = yield* RpcRouter.make(memberOptions).pipe(Effect.provideService(Transport.Transport, transport))
          const registry = yield* TurnRegistry.make(memberOptions).pipe(
            Effect.provideService(RpcRouter.RpcRouter, router)
          )
          const client = yield* CodexClient.make(memberOptions).pipe(
            Effect.provideService(RpcRouter.RpcRouter, router),
            Effect.provideService(TurnRegistry.TurnRegistry, registry)
          )
          return { transport, router, client }
        }).pipe(
          Scope.extend(scope),
          Effect.provide(context),
          Effect.onError(() => Scope.close(scope, Exit.void))
        )
        const inc: Incarnation = {
          slot,
          scope,
          ...built,
          pid: pidOf(built.transport),
          startedAt: Date.now(),
          down: Deferred.unsafeMake<DownReason>(FiberId.none),
          closed: Deferred.unsafeMake<void>(FiberId.none),
          state: "live",
          threads: 0,
          watchers: 0,
          fresh: new Set()
        }
        incarnations.add(inc)
        yield* built.router.subscribe(forward(inc)).pipe(Scope.extend(scope))
        slot.current = inc
        slot.overLimit = false
        slot.rss = undefined
        // synchronous, on the close path: the member is out of the routing before any caller
        // sees its failure
        yield* built.router.onClose((reason) => wentDown(inc, { _tag: "Died", reason }))
        signal()
        return inc
      })

    const wentDown = (inc: Incarnation, why: DownReason) => {
      if (inc.state === "down") return
      inc.state = "down"
      if (inc.slot.current === inc) inc.slot.current = undefined
      Deferred.unsafeDone(inc.down, Exit.succeed(why))
      signal()
    }

    /** Takes a member out of the routing and has its supervisor close and restart it. */
    const recycleNow = (inc: Incarnation) => {
      if (inc.state !== "live") return
      inc.state = "draining"
      if (inc.slot.current === inc) inc.slot.current = undefined
      Deferred.unsafeDone(inc.down, Exit.succeed({ _tag: "Recycled" }))
      signal()
    }

    const isIdle = (inc: Incarnation) =>
      inc.state === "live" && turnsOf(inc) === 0 && busyThreadsOf(inc) === 0 && inc.slot.inFlight === 0 &&
      inc.slot.queued === 0 && inc.watchers === 0 && inc.fresh.size === 0

    /** One member's life: wait for its end, close it (its process gone), restart it under `restart`. */
    const supervise = (slot: Slot, first: Incarnation) =>
      Effect.gen(function*() {
        const driver = yield* Schedule.driver(restartSchedule)
        let inc: Incarnation | undefined = first
        while (true) {
          if (inc !== undefined) {
            const why = yield* Deferred.await(inc.down)
            yield* Scope.close(inc.scope, Exit.void)
            incarnations.delete(inc)
            purgeHomes(inc)
            Deferred.unsafeDone(inc.closed, Exit.void)
            signal()
            if (shutdown) return
            if (why._tag === "Recycled") {
              slot.recycles++
            } else {
              if (Date.now() - inc.startedAt >= HEALTHY_MS) yield* driver.reset
              yield* Effect.logWarning(`member ${slot.index} of the pool went down: ${why.reason.message}`)
              if (Either.isLeft(yield* Effect.either(driver.next(why.reason)))) {
                slot.stopped = true
                signal()
                return
              }
            }
          }
          if (shutdown) return
          const next = yield* Effect.either(spawn(slot))
          if (Either.isLeft(next)) {
            inc = undefined
            if (shutdown) return
            yield* Effect.logWarning(`member ${slot.index} of the pool could not start: ${next.left.message}`)
            if (Either.isLeft(yield* Effect.either(driver.next(next.left)))) {
              slot.stopped = true
              signal()
              return
            }
            continue
          }
          inc = next.right
          slot.restarts++
        }
      }).pipe(Effect.annotateLogs({ module: "CodexPool", member: slot.index }))

    const firsts = yield* Effect.forEach(slots, spawn, { concurrency: "unbounded" })
    const supervisors = yield* Effect.forEach(
      slots,
      (slot, i) => Effect.forkScoped(Effect.interruptible(supervise(slot, firsts[i]!))),
      { concurrency: "unbounded" }
    )

    // ---- memory -----------------------------------------------------------------------------------

    const memoryLimit = options.memoryLimitBytes
    if (memoryLimit !== undefined) {
      const check = Effect.sync(() => {
        if (shutdown) return
        for (const slot of slots) {
          const inc = slot.current
          if (!isLive(inc) || inc.pid === undefined) continue
          const rss = rssOf(inc.pid)
          slot.rss = rss
          slot.overLimit = rss !== undefined && rss > memoryLimit
          if (slot.overLimit && isIdle(inc)) recycleNow(inc)
        }
      })
      yield* check.pipe(
        Effect.repeat(Schedule.spaced(options.memoryCheckInterval ?? "10 seconds")),
        Effect.interruptible,
        Effect.forkScoped
      )
    }

    // ---- closing ----------------------------------------------------------------------------------

    // Added last, so it runs first: no restart once the pool closes.
    yield* Effect.addFinalizer(() =>
      Effect.gen(function*() {
        shutdown = true
        Deferred.unsafeDone(poolClosed, Exit.void)
        signal()
        const reason = closedError()
        for (const mailbox of hub) mailbox.unsafeDone(Exit.fail(reason))
        hub.clear()
        for (const stop of Array.from(stops)) stop(Exit.fail(reason))
        yield* Fiber.interruptAll(supervisors)
        yield* Scope.close(members, Exit.void)
      })
    )

    // ---- the services -----------------------------------------------------------------------------

    const client: CodexClient.Service = {
      request: (<M extends ClientRequestMethod>(method: M, ...args: CodexClient.RequestArgs<M>) =>
        request(method, args[0], args[1]) as Effect.Effect<ClientRequestResponse<M>, RequestError>) as CodexClient.Service["request"],
      notifications,
      initialize,
      turn: (threadId, input, turnOptions) =>
        Effect.map(onThread(threadId, true, (inc) => inc.client.turn(threadId, input, turnOptions)), ([handle, inc]) => {
          materialized(threadId, inc)
          return handle
        }),
      reviewTurn: (threadId, target, reviewOptions) =>
        Effect.map(
          onThread(threadId, true, (inc) => inc.client.reviewTurn(threadId, target, reviewOptions)),
          ([handle, inc]) => {
            materialized(threadId, inc)
            return handle
          }
        ),
      followTurn: (threadId, turnId, followOptions) =>
        Effect.map(onThread(threadId, true, (inc) => inc.client.followTurn(threadId, turnId, followOptions)), ([handle]) =>
          handle),
      threadEvents: (threadId) =>
        Stream.unwrapScoped(
          Effect.flatMap(resolveForEvents(threadId), (inc) => Effect.as(watching(inc), inc.client.threadEvents(threadId)))
        ),
      subscribeThread: (threadId) =>
        Effect.flatMap(resolveForEvents(threadId), (inc) => Effect.zipRight(watching(inc), inc.client.subscribeThread(threadId))),
      subscribeNotifications
    }
    registerClientTracing(client, options.member?.tracing)
    DiagnosticsTable.register(client, (): CodexClient.Diagnostics => {
      const sum = { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: hub.size + subscriptions.size }
      for (const inc of incarnations) {
        const d = DiagnosticsTable.read<CodexClient.Diagnostics>(inc.client)
        if (d === undefined) continue
        sum.pendingRequests += d.pendingRequests
        sum.turns += d.turns
        sum.busyThreads += d.busyThreads
        sum.subscribers += d.subscribers
      }
      return sum
    })

    const info = (slot: Slot): MemberInfo => {
      const inc = slot.current
      return {
        index: slot.index,
        pid: inc?.pid === undefined ? Option.none() : Option.some(inc.pid),
        alive: isLive(inc),
        threads: inc?.threads ?? 0,
        runningTurns: inc === undefined ? 0 : turnsOf(inc),
        inFlight: slot.inFlight,
        queued: slot.queued,
        restarts: slot.restarts,
        recycles: slot.recycles,
        rssBytes: slot.rss === undefined ? Option.none() : Option.some(slot.rss)
      }
    }

    const slotAt = (index: number): Slot | undefined => slots[index]

    const pool: Service = {
      members: Effect.sync(() => slots.map(info)),
      ownerOf: (threadId) =>
        Effect.sync(() => {
          const home = homes.get(threadId)
          return home !== undefined && isLive(home.inc) ? Option.some(home.inc.slot.index) : Option.none()
        }),
      kill: (index, signalName = "SIGKILL") =>
        Effect.suspend(() => {
          const inc = slotAt(index)?.current
          if (!isLive(inc)) return Effect.succeed(false)
          if (inc.pid !== undefined) {
            return Effect.sync(() => {
              try {
                process.kill(inc.pid!, signalName)
                return true
              } catch {
                return false
              }
            })
          }
          return Effect.as(
            inc.router.closeWith(new TransportError({ reason: "Closed", detail: `member ${index} was killed` })),
            true
          )
        }),
      recycle: (index) =>
        Effect.suspend(() => {
          const slot = slotAt(index)
          if (slot === undefined) return Effect.void
          const before = slot.current
          const replaced = () =>
            slot.stopped || shutdown || (slot.current !== undefined && slot.current !== before && isLive(slot.current))
          return Effect.sync(() => {
            const inc = slot.current
            if (inc === before && isLive(inc) && isIdle(inc)) recycleNow(inc)
            return replaced()
          }).pipe(
            Effect.repeat({ schedule: Schedule.spaced("50 millis"), until: (done) => done }),
            Effect.asVoid
          )
        }),
      client: (index) =>
        Effect.sync(() => {
          const inc = slotAt(index)?.current
          return isLive(inc) ? Option.some(inc.client) : Option.none()
        })
    }

    return [client, pool] as const
  })

/**
 * The pool as a layer: its `CodexClient` (so every `Codex` verb runs on the pool) and the
 * `CodexPool` service. The members start when the layer is built and are closed with it.
 *
 * @example
 * ```ts
 * import { Codex, CodexPool } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const Pool = CodexPool.layer({
 *   size: 4,
 *   member: { config: { model: "gpt-5-codex" }, requestTimeout: "30 seconds" },
 *   memoryLimitBytes: 2 * 1024 * 1024 * 1024,
 *   memoryCheckInterval: "30 seconds"
 * })
 *
 * const program = Codex.startThread().pipe(
 *   Effect.flatMap((thread) => Codex.run(thread.id, "hello")),
 *   Effect.provide(Pool)
 * )
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<CodexClient.CodexClient | CodexPool, TransportError> =>
  Layer.scopedContext(
    Effect.map(make(options), ([client, pool]) =>
      Context.make(CodexClient.CodexClient, client).pipe(Context.add(CodexPool, pool)))
  )
