/**
 * Goals, as `Codex` verbs (re-exported by `Codex.ts`): `thread/goal/set` makes the server run a
 * thread's turns by itself, one after another, until the goal stops. `startGoal` follows every
 * one of those turns as one logical run; `runGoal` is its fold.
 *
 * What codex 0.169.0 does (checked on the real binary, offline, with a scripted model):
 * - `thread/goal/set` with `status: "active"` is answered with the goal, then the server sends
 *   `thread/goal/updated` (the goal as answered, `turnId: null`) and starts a turn
 *   (`turn/started`), and another as soon as one completes while the goal stays active. No flag
 *   or experimental capability is needed. The model gets three tools, `get_goal`, `create_goal`
 *   and `update_goal` (`status`: `complete`, `blocked` or `paused`).
 * - The goal stops when the model calls `update_goal`, when the budget is spent (`budgetLimited`,
 *   reported by the turn that spent it), when a turn fails (the server marks the goal `blocked`),
 *   and on `thread/goal/set` `paused` or `thread/goal/clear` (`thread/goal/cleared`). Each stop is
 *   a `thread/goal/updated` that can come in the middle of a turn: that turn still runs to its
 *   end, and then no other starts.
 * - Setting an objective on a thread that has a goal keeps that goal's usage and status unless
 *   a status is given: an objective alone set on a complete goal starts nothing.
 * - `turn/interrupt` of a goal's turn leaves the goal `active` with no turn running: the server
 *   starts no other turn until the goal is set active again.
 *
 * The Python SDK's goal support (`openai_codex/_goal.py`, `_goal_handle.py`) waits a fixed 30
 * seconds for the first turn and then fails (a goal answered already stopped, say over budget,
 * always waits them out); merges the turns into one turn whose ids are rewritten, so turn
 * boundaries, each turn's result and a failed turn are hidden; queues notifications without a
 * bound; waits on its interrupt state and for a next turn without a limit (a goal left active
 * with no turn, as after a `turn/interrupt`, hangs it); and finds the running turn by parsing the
 * text of an error. Here: the thread is subscribed before anything is sent; goal notifications
 * count from the one that reports this run's set (the clear's, or an older goal's, cannot end
 * it); a set answered with a stopped goal ends the run at once; every turn keeps its boundaries
 * and its own result; every buffer is bounded; and every wait ends, by the goal's stop, the
 * connection's close, or the idle check (`idleTimeout`).
 */
import * as Cause from "effect/Cause"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as ExecutionStrategy from "effect/ExecutionStrategy"
import * as Exit from "effect/Exit"
import * as FiberId from "effect/FiberId"
import * as Mailbox from "effect/Mailbox"
import * as Option from "effect/Option"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import {
  type FollowError,
  GoalError,
  type GoalRunError,
  type ProtocolError,
  type RequestError,
  TransportError,
  TurnBufferFullError,
  type TurnFailedError,
  type TurnResultError,
  type TurnStreamError
} from "../../CodexError.js"
import * as CodexClient from "../../CodexClient.js"
import type { ThreadGoal, ThreadGoalStatus, ThreadGoalUpdatedNotification } from "../../generated/schemas.js"
import { makeFold, type RunResult, type RunResultFold } from "../../RunResult.js"
import { attribution, type TurnEvent } from "../../TurnRegistry.js"
import { decodeNotification } from "../codec.js"
import { verb } from "../observability.js"

const client = CodexClient.CodexClient

// ---- errors ------------------------------------------------------------------------------------


// ---- models ------------------------------------------------------------------------------------

/**
 * Why a goal run ended: the goal's status when it stopped (`complete`, `paused`, `blocked`,
 * `usageLimited`, `budgetLimited`), `cleared`, or `interrupted` (a turn of the goal was
 * interrupted, by another client or a `turn/interrupt`, and the goal, still `active`, runs no
 * other turn).
 *
 * @since 0.1.0
 * @category models
 */
export type GoalOutcome = Exclude<ThreadGoalStatus, "active"> | "cleared" | "interrupted"

/**
 * One turn the goal ran: `Finished` (completed or interrupted: its `RunResult`) or `Failed`
 * (`TurnFailedError`; a `ProtocolError` for a status this version does not know).
 *
 * @since 0.1.0
 * @category models
 */
export type GoalTurn =
  | { readonly _tag: "Finished"; readonly turnId: string; readonly result: RunResult }
  | { readonly _tag: "Failed"; readonly turnId: string; readonly error: TurnFailedError | ProtocolError }

/**
 * What a goal run produced.
 *
 * @since 0.1.0
 * @category models
 */
export interface GoalResult {
  readonly threadId: string
  readonly outcome: GoalOutcome
  /** The goal as last reported (status, usage); `undefined` once cleared. */
  readonly goal: ThreadGoal | undefined
  /** Every turn of the run, in order. */
  readonly turns: ReadonlyArray<GoalTurn>
  /** The last answer: the `finalResponse` of the last turn that has one. */
  readonly finalResponse: string | undefined
}

/**
 * Options of `startGoal` and `runGoal`.
 *
 * @since 0.1.0
 * @category models
 */
export interface GoalOptions {
  /** The goal's token budget: past it, the goal stops as `budgetLimited`. */
  readonly tokenBudget?: number
  /**
   * Start from a new goal (default true): the thread's goal is cleared first, so usage and budget
   * start from zero. `false` keeps the thread's goal (its usage) and sets the objective and
   * `active` on it: the way to resume a goal a past run left paused.
   */
  readonly fresh?: boolean
  /** Handlers for the server requests of the goal's turns (see `TurnOptions.approvals`). */
  readonly approvals?: CodexClient.FollowOptions["approvals"]
  /**
   * How long the run waits without any event on the thread before asking the server (default 60
   * seconds). Between turns (`thread/goal/get`, `thread/read`): a goal that has stopped ends the
   * run with its status; one still active while no turn runs fails it with `GoalError`
   * `Stalled`. During a turn, as `TurnOptions.idleTimeout`: a lost `turn/completed` is recovered.
   */
  readonly idleTimeout?: Duration.DurationInput
  /**
   * Time limit of the `thread/goal/set` `paused` sent when the run is left or fails, and of the
   * `turn/interrupt` that follows it (default 5 seconds).
   */
  readonly interruptTimeout?: Duration.DurationInput
}

/**
 * A goal run, alive for its Scope.
 *
 * - `stream`: every event of the goal's turns (each from its `turn/started` to its
 *   `turn/completed`, so the boundaries show), the goal's notifications and the thread's own
 *   (`thread/status/changed`, ...), in the order they happened; it ends when the run ends. One
 *   consumer at a time; consume it or await `result`, since the run buffers at most 100,000
 *   unread events (past that it fails with `TurnBufferFullError`).
 * - `result`: drains what is left of `stream` and returns the run's `GoalResult`.
 * - `pause`, `resume`, `clear`: `thread/goal/set` `paused` / `active`, `thread/goal/clear`. The
 *   run ends once the goal has stopped and its running turn (if any) has completed, so a
 *   `resume` before then keeps it going; after it, `resume` fails with `GoalError` `Ended`.
 * - Leaving the scope before the run ended pauses the goal, then interrupts its running turn
 *   (each sent once, bounded by `interruptTimeout`). A turn the server starts in the instant
 *   before the pause lands, not yet seen by this client, runs to its end; no other starts.
 *
 * @since 0.1.0
 * @category models
 */
export interface GoalHandle {
  readonly threadId: string
  /** The goal as `thread/goal/set` answered. */
  readonly goal: ThreadGoal
  readonly stream: Stream.Stream<TurnEvent, GoalRunError>
  readonly result: Effect.Effect<GoalResult, GoalRunError>
  /** `thread/goal/set` `paused`; returns the goal as answered. */
  readonly pause: Effect.Effect<ThreadGoal, RequestError>
  /** `thread/goal/set` `active`; returns the goal as answered. */
  readonly resume: Effect.Effect<ThreadGoal, RequestError | GoalError>
  /** `thread/goal/clear`; returns whether there was a goal to clear. */
  readonly clear: Effect.Effect<boolean, RequestError>
}

// ---- the run -------------------------------------------------------------------------------------

const GOAL_UPDATED = "thread/goal/updated"
const GOAL_CLEARED = "thread/goal/cleared"
const STOPPED: ReadonlySet<string> = new Set(["paused", "blocked", "usageLimited", "budgetLimited", "complete"])
const IDLE_TIMEOUT = "60 seconds"
const INTERRUPT_TIMEOUT = "5 seconds"
/** Events taken off the thread stream ahead of the run (the thread stream itself is bounded). */
const INBOX_CAPACITY = 4096
/** Events the run keeps for its consumer. */
const OUTPUT_LIMIT = 100_000

/** The goal's turn that runs now. */
interface Current {
  readonly turnId: string
  readonly fold: RunResultFold
  /** The turn's follow: closed when the turn completes, or when the run is left or fails. */
  readonly scope: Scope.CloseableScope
  /** The follower's fold, from the registry: the completion it recovers when the thread stream has none. */
  readonly follower: Deferred.Deferred<RunResult, TurnResultError | FollowError>
}

const isNotification = (event: TurnEvent) => event._tag === "ServerNotification" || event._tag === "UnknownNotification"

const turnStartedId = (event: TurnEvent): string | undefined => {
  if (!isNotification(event) || event.method !== "turn/started") return undefined
  const id = (event.params as { turn?: { id?: unknown } | null } | null | undefined)?.turn?.id
  return typeof id === "string" ? id : undefined
}

/** The `turn/completed` a follower's result stands for (the registry recovered it), if it can tell. */
const completionOf = (
  threadId: string,
  turnId: string,
  exit: Exit.Exit<RunResult, TurnResultError | FollowError>
): TurnEvent | undefined => {
  if (Exit.isSuccess(exit)) return decodeNotification("turn/completed", { threadId, turn: exit.value.turn })
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure) || failure.value._tag !== "TurnFailedError") return undefined
  const error = failure.value
  return decodeNotification("turn/completed", {
    threadId,
    turn: {
      id: turnId,
      items: [],
      status: "failed",
      error: {
        message: error.message,
        codexErrorInfo: error.codexErrorInfo ?? null,
        additionalDetails: error.additionalDetails ?? null
      }
    }
  })
}

const start = (
  client: CodexClient.Service,
  threadId: string,
  objective: string,
  options: GoalOptions
): Effect.Effect<GoalHandle, RequestError, Scope.Scope> =>
  // Uninterruptible from the subscription to the forked run (each request is bounded by its
  // timeout): a goal set on the server must never be left without a follower that can pause it.
  Effect.uninterruptible(Effect.gen(function*() {
    const scope = yield* Effect.scope
    const idle = Duration.decode(options.idleTimeout ?? IDLE_TIMEOUT)
    const interruptTimeout = options.interruptTimeout ?? INTERRUPT_TIMEOUT

    // Subscribed before anything is sent: every event the goal causes is kept from here on.
    const events = yield* client.subscribeThread(threadId)
    const runScope = yield* Scope.fork(scope, ExecutionStrategy.sequential)
    /** The thread's events, taken off its stream as they come, for the run to read with a time limit. */
    const inbox = yield* Mailbox.make<TurnEvent, TurnStreamError>({ capacity: INBOX_CAPACITY, strategy: "suspend" })
    /** What the run passes on to `stream`. */
    const output = yield* Mailbox.make<TurnEvent, GoalRunError>({ capacity: OUTPUT_LIMIT, strategy: "suspend" })
    const done = yield* Deferred.make<GoalResult, GoalRunError>()

    /** The run is over (ended, failed or left): nothing more to pause. */
    let settled = false
    /** A `thread/goal/set` `active` may have reached the server. */
    let setSent = false
    let pauseSent = false
    let current: Current | undefined

    /** Pauses the goal once, bounded; a failure is only logged (the run is over either way). */
    const pauseOnServer = Effect.suspend(() => {
      if (pauseSent || !setSent) return Effect.void
      pauseSent = true
      return client.request("thread/goal/set", { threadId, status: "paused" }, { timeout: interruptTimeout }).pipe(
        Effect.asVoid,
        Effect.catchAll((error) =>
          Effect.logDebug(`thread/goal/set paused failed: ${error.message}`).pipe(
            Effect.annotateLogs({ method: "thread/goal/set", threadId })
          )
        )
      )
    })

    /** Leaves the running turn's follow: the registry interrupts it if it still runs. */
    const leaveTurn = Effect.suspend(() => {
      const turn = current
      current = undefined
      return turn === undefined ? Effect.void : Scope.close(turn.scope, Exit.void)
    })

    // Leaving before the run ended: pause first (no new turn can start), then interrupt.
    yield* Effect.addFinalizer(() =>
      Effect.suspend(() => {
        if (settled) return Effect.void
        settled = true
        Deferred.unsafeDone(done, Exit.interrupt(FiberId.none))
        output.unsafeDone(Exit.interrupt(FiberId.none))
        return Effect.zipRight(pauseOnServer, Scope.close(runScope, Exit.void))
      })
    )

    if (options.fresh !== false) yield* client.request("thread/goal/clear", { threadId })
    setSent = true
    const answered = yield* client.request("thread/goal/set", {
      threadId,
      objective,
      status: "active",
      ...(options.tokenBudget !== undefined ? { tokenBudget: options.tokenBudget } : {})
    }).pipe(
      Effect.tapErrorTag("RpcError", () => Effect.sync(() => (setSent = false)))
    )
    const initial = answered.goal

    // ---- the run's state, driven by the thread stream in order --------------------------------

    let status: ThreadGoalStatus = initial.status
    let goal: ThreadGoal | undefined = initial
    let cleared = false
    /**
     * Goal notifications count from the one that reports this run's set (same goal, same status),
     * or from the first turn of the goal: one routed before is about an older goal (the clear's
     * `thread/goal/cleared`, a stop of the goal this run replaces) and must not end this run.
     */
    let marked = false
    let lastInterrupted = false
    const seen = new Set<string>()
    const turns: Array<GoalTurn> = []

    const outcomeNow = (): GoalOutcome | undefined => {
      if (current !== undefined) return undefined
      if (cleared) return "cleared"
      if (status !== "active") return status
      return lastInterrupted ? "interrupted" : undefined
    }

    const emit = (event: TurnEvent): Effect.Effect<void, TurnBufferFullError> =>
      output.unsafeOffer(event)
        ? Effect.void
        : Effect.fail(new TurnBufferFullError({ threadId, turnId: "", capacity: OUTPUT_LIMIT }))

    const followOptions: CodexClient.FollowOptions = {
      interruptOnLeave: true,
      idleTimeout: idle,
      interruptTimeout,
      ...(options.approvals !== undefined ? { approvals: options.approvals } : {})
    }

    /** A turn of the goal started: followed at once (its approvals, its interruption on leave). */
    const beginTurn = (turnId: string) =>
      Effect.gen(function*() {
        const turnScope = yield* Scope.fork(runScope, ExecutionStrategy.sequential)
        const follower = yield* Deferred.make<RunResult, TurnResultError | FollowError>()
        seen.add(turnId)
        lastInterrupted = false
        marked = true
        current = { turnId, fold: makeFold(threadId, turnId), scope: turnScope, follower }
        yield* client.followTurn(threadId, turnId, followOptions).pipe(
          Scope.extend(turnScope),
          Effect.matchEffect({
            // Followed or not, the turn is folded from the thread stream; only its own approvals
            // and the recovery of a lost completion are missing.
            onFailure: (error) =>
              Effect.zipRight(
                Deferred.fail(follower, error),
                Effect.logDebug(`goal turn ${turnId} not followed: ${error.message}`)
              ),
            // drains the turn's buffer; its result stands for a completion the thread stream lacks
            onSuccess: (handle) =>
              handle.result.pipe(
                Effect.exit,
                Effect.flatMap((exit) => Deferred.done(follower, exit)),
                Effect.interruptible,
                Effect.forkIn(turnScope)
              )
          })
        )
      })

    const finishTurn = Effect.suspend(() => {
      const turn = current
      if (turn === undefined) return Effect.void
      const concluded = turn.fold.result()
      if (concluded !== undefined) {
        if ("_tag" in concluded) turns.push({ _tag: "Failed", turnId: turn.turnId, error: concluded })
        else {
          turns.push({ _tag: "Finished", turnId: turn.turnId, result: concluded })
          lastInterrupted = concluded.status === "interrupted"
        }
      }
      return leaveTurn
    })

    /** Applies a goal notification; whether it belongs to this run (and is passed on). */
    const applyGoal = (event: TurnEvent): boolean => {
      if (event.method === GOAL_CLEARED) {
        if (marked) cleared = true
        return marked
      }
      const params = event.params as {
        goal?: { status?: unknown; objective?: unknown; createdAt?: unknown } | null
        turnId?: unknown
      } | null | undefined
      const reported = params?.goal
      if (!marked) {
        const ofThisRun = (typeof params?.turnId === "string" && seen.has(params.turnId)) ||
          (reported?.createdAt === initial.createdAt && reported?.objective === initial.objective &&
            reported?.status === initial.status)
        if (!ofThisRun) return false
        marked = true
      }
      // a status this version does not know (a newer server's) changes nothing
      const next = reported?.status
      if (typeof next === "string" && (next === "active" || STOPPED.has(next))) {
        status = next as ThreadGoalStatus
        cleared = false
        if (event._tag === "ServerNotification") goal = (event.params as ThreadGoalUpdatedNotification).goal
      }
      return true
    }

    const onEvent = (event: TurnEvent): Effect.Effect<void, GoalRunError> => {
      const started = turnStartedId(event)
      if (started !== undefined) {
        if (current?.turnId === started || seen.has(started)) return Effect.void
        // a new turn while one is open: that one's completion was lost; it ends here
        return finishTurn.pipe(
          Effect.zipRight(beginTurn(started)),
          Effect.zipRight(Effect.suspend(() => {
            current?.fold.add(event)
            return emit(event)
          }))
        )
      }
      if (isNotification(event) && (event.method === GOAL_UPDATED || event.method === GOAL_CLEARED)) {
        return applyGoal(event) ? emit(event) : Effect.void
      }
      const at = attribution(event)
      if (at?.turnId !== undefined) {
        // another turn's event (one that ran before this run): not the goal's
        if (current === undefined || at.turnId !== current.turnId) return Effect.void
        current.fold.add(event)
        const completes = isNotification(event) && event.method === "turn/completed"
        return completes ? Effect.zipRight(emit(event), finishTurn) : emit(event)
      }
      return marked ? emit(event) : Effect.void
    }

    /** Nothing happened for `idle`: recover a lost completion, or ask the server how the goal stands. */
    const onIdle: Effect.Effect<void, GoalRunError> = Effect.suspend(() => {
      const turn = current
      if (turn !== undefined) {
        return Effect.flatMap(Deferred.poll(turn.follower), (polled) => {
          if (Option.isNone(polled)) return Effect.void // the turn runs, silently
          return Effect.flatMap(Effect.exit(polled.value), (exit) => {
            const completion = completionOf(threadId, turn.turnId, exit)
            return completion === undefined ? Effect.void : onEvent(completion)
          })
        })
      }
      return Effect.gen(function*() {
        const reported = (yield* client.request("thread/goal/get", { threadId })).goal
        marked = true
        if (reported == null) {
          cleared = true
          return
        }
        goal = reported
        status = reported.status
        cleared = false
        if (reported.status !== "active") return
        // a turn this run does not follow (one that ran before it) holds the thread: wait for it
        const thread = (yield* client.request("thread/read", { threadId })).thread
        if (thread.status.type === "active") return
        return yield* Effect.fail(
          new GoalError({
            threadId,
            reason: "Stalled",
            detail: `the goal is active but no turn ran for ${Duration.format(idle)}, and the thread is idle`
          })
        )
      })
    })

    const run = Effect.gen(function*() {
      let outcome = outcomeNow()
      while (outcome === undefined) {
        const taken = yield* Effect.timeoutOption(inbox.takeAll, idle)
        if (Option.isNone(taken)) {
          yield* onIdle
          outcome = outcomeNow()
          continue
        }
        const [chunk, ended] = taken.value
        for (const event of chunk) {
          yield* onEvent(event)
          outcome = outcomeNow()
          if (outcome !== undefined) break
        }
        if (outcome === undefined && ended) {
          return yield* Effect.fail(new TransportError({ reason: "Closed", detail: "the thread's event stream ended" }))
        }
      }
      let finalResponse: string | undefined
      for (const turn of turns) {
        if (turn._tag === "Finished" && turn.result.finalResponse !== undefined) finalResponse = turn.result.finalResponse
      }
      return { threadId, outcome, goal: cleared ? undefined : goal, turns, finalResponse } satisfies GoalResult
    })

    yield* events.pipe(
      Stream.runForEachChunk((chunk) => inbox.offerAll(chunk)),
      Effect.exit,
      Effect.flatMap((exit) => inbox.done(exit)),
      Effect.interruptible,
      Effect.forkIn(runScope)
    )
    yield* run.pipe(
      Effect.onExit((exit) => {
        if (Exit.isSuccess(exit)) {
          settled = true
          output.unsafeDone(Exit.void)
          return Deferred.succeed(done, exit.value)
        }
        if (Cause.isInterruptedOnly(exit.cause)) return leaveTurn // left: the finalizer paused first
        // failed: stop the goal (pause, then interrupt its turn), then report why
        settled = true
        return pauseOnServer.pipe(
          Effect.zipRight(leaveTurn),
          Effect.zipRight(Effect.sync(() => output.unsafeDone(Exit.failCause(exit.cause)))),
          Effect.zipRight(Deferred.failCause(done, exit.cause))
        )
      }),
      Effect.interruptible,
      Effect.forkIn(runScope)
    )

    const drain: Effect.Effect<void, GoalRunError> = Effect.flatMap(output.takeAll, ([, ended]) => ended ? Effect.void : drain)
    return {
      threadId,
      goal: initial,
      stream: Mailbox.toStream(output),
      result: Effect.zipRight(drain, Deferred.await(done)),
      pause: Effect.map(client.request("thread/goal/set", { threadId, status: "paused" }), (r) => r.goal),
      resume: Effect.suspend((): Effect.Effect<ThreadGoal, RequestError | GoalError> =>
        settled
          ? Effect.fail(
            new GoalError({
              threadId,
              reason: "Ended",
              detail: "this run is over; start a new one (fresh: false keeps the goal's usage)"
            })
          )
          : Effect.map(client.request("thread/goal/set", { threadId, status: "active" }), (r) => r.goal)
      ),
      clear: Effect.map(client.request("thread/goal/clear", { threadId }), (r) => r.cleared)
    } satisfies GoalHandle
  }))

// ---- verbs ---------------------------------------------------------------------------------------

/**
 * Sets a goal on a thread and follows, as one run alive for the Scope, every turn the server then
 * runs for it, until the goal completes, is paused, blocked, limited or cleared (see
 * `GoalHandle`). The thread is subscribed before the goal is set (nothing the goal causes can be
 * missed), and by default its goal is cleared first (`fresh`).
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Console from "effect/Console"
 * import * as Effect from "effect/Effect"
 * import * as Stream from "effect/Stream"
 *
 * const program = (threadId: string) =>
 *   Effect.scoped(Effect.gen(function*() {
 *     const handle = yield* Codex.startGoal(threadId, "Make the tests pass.", { tokenBudget: 200_000 })
 *     yield* handle.stream.pipe(
 *       Stream.filter(Codex.isNotification("turn/started")),
 *       Stream.runForEach((event) => Console.log(`turn ${event.params.turn.id}`))
 *     )
 *     const result = yield* handle.result
 *     return `${result.outcome} after ${result.turns.length} turns`
 *   })) // leaving the scope before the goal stopped pauses it and interrupts its turn
 * ```
 *
 * @since 0.1.0
 * @category goals
 */
export const startGoal: (
  threadId: string,
  objective: string,
  options?: GoalOptions
) => Effect.Effect<GoalHandle, RequestError, CodexClient.CodexClient | Scope.Scope> = verb(
  "Codex.startGoal",
  client,
  (client, threadId: string, objective: string, options: GoalOptions = {}) =>
    start(client, threadId, objective, options)
)

/**
 * Sets a goal on a thread and runs it to its stop: `startGoal`'s result. Interrupting the fiber
 * pauses the goal and interrupts its running turn.
 *
 * @example
 * ```ts
 * import { Codex } from "effect-codex"
 * import * as Effect from "effect/Effect"
 *
 * const program = (threadId: string) =>
 *   Codex.runGoal(threadId, "Make the tests pass.").pipe(
 *     Effect.map((result) => result.outcome === "complete" ? result.finalResponse : `stopped: ${result.outcome}`),
 *     Effect.timeout("30 minutes") // past it: the goal is paused, its turn interrupted
 *   )
 * ```
 *
 * @since 0.1.0
 * @category goals
 */
export const runGoal: (
  threadId: string,
  objective: string,
  options?: GoalOptions
) => Effect.Effect<GoalResult, GoalRunError, CodexClient.CodexClient> = verb(
  "Codex.runGoal",
  client,
  (client, threadId: string, objective: string, options: GoalOptions = {}) =>
    Effect.scoped(Effect.flatMap(start(client, threadId, objective, options), (handle) => handle.result))
)
