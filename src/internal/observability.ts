/**
 * Spans, metrics and log annotations, kept off the hot path.
 *
 * - Spans are made only when tracing is on: `tracing: true`, or (by default) when the fiber's
 *   tracer is not Effect's built-in one, whose spans go nowhere. Deciding costs one comparison.
 * - Metrics are updated with `unsafeUpdate` and label arrays cached per method, so an update is a
 *   `WeakMap` hit and an addition; no fiber, no effect.
 */
import * as Cause from "effect/Cause"
import * as Channel from "effect/Channel"
import type * as Chunk from "effect/Chunk"
import * as Context from "effect/Context"
import * as DefaultServices from "effect/DefaultServices"
import * as Effect from "effect/Effect"
import type * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as MetricLabel from "effect/MetricLabel"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import type { RequestError } from "../CodexError.js"
import * as Metrics from "../Metrics.js"
import type { Answer } from "../ServerRequestHandler.js"

// ---- tracing -----------------------------------------------------------------------------------

/** Effect's default tracer: its spans are kept nowhere. */
const nativeTracer: Tracer.Tracer = Context.get(DefaultServices.liveServices, Tracer.Tracer)

/** Whether to make spans on this fiber: the option if set, else whether a real tracer is installed. */
export const isTracing = (option: boolean | undefined, fiber: Fiber.RuntimeFiber<unknown, unknown>): boolean =>
  option ?? fiber.currentTracer !== nativeTracer

export const SPAN_REQUEST = "codex.request"
export const SPAN_TURN = "codex.turn"
export const SPAN_APPROVAL = "codex.approval"

/** Span attribute names. */
export const attr = {
  method: "codex.method",
  requestId: "codex.request_id",
  outcome: "codex.outcome",
  threadId: "codex.thread_id",
  turnId: "codex.turn_id",
  status: "codex.status",
  events: "codex.events",
  decision: "codex.decision"
} as const

// ---- requests ------------------------------------------------------------------------------------

export const outcomeOf = (exit: Exit.Exit<unknown, RequestError>): Metrics.RequestOutcome => {
  if (exit._tag === "Success") return "ok"
  const failure = Cause.failureOption(exit.cause)
  if (failure._tag === "Some") {
    switch (failure.value._tag) {
      case "RpcError":
        return "rpc_error"
      case "RequestTimeoutError":
        return "timeout"
      case "TransportError":
        return "transport_error"
      case "ProtocolError":
        return "protocol_error"
    }
  }
  return Cause.isInterruptedOnly(exit.cause) ? "interrupted" : "defect"
}

/** Label arrays are cached (the metrics cache their hooks by array identity); a bounded cache. */
const MAX_CACHED = 1024
const labelCache = new Map<string, ReadonlyArray<MetricLabel.MetricLabel>>()
const labels = (key: string, make: () => ReadonlyArray<MetricLabel.MetricLabel>) => {
  let cached = labelCache.get(key)
  if (cached === undefined) {
    cached = make()
    if (labelCache.size < MAX_CACHED) labelCache.set(key, cached)
  }
  return cached
}

const NO_LABELS: ReadonlyArray<MetricLabel.MetricLabel> = []

/** A method's label arrays: by method alone, and by method and each outcome. */
interface MethodLabels {
  readonly method: ReadonlyArray<MetricLabel.MetricLabel>
  readonly outcomes: { [O in Metrics.RequestOutcome]?: ReadonlyArray<MetricLabel.MetricLabel> }
}
const byMethod = new Map<string, MethodLabels>()

/** Counts one request attempt and its round-trip time. */
export const recordRequest = (method: string, outcome: Metrics.RequestOutcome, ms: number): void => {
  let cached = byMethod.get(method)
  if (cached === undefined) {
    cached = { method: [MetricLabel.make("method", method)], outcomes: {} }
    if (byMethod.size < MAX_CACHED) byMethod.set(method, cached)
  }
  const tags = cached.outcomes[outcome] ??= [cached.method[0]!, MetricLabel.make("outcome", outcome)]
  Metrics.requests.unsafeUpdate(1, tags)
  Metrics.requestDuration.unsafeUpdate(ms, cached.method)
}

export const turnStarted = (): void => Metrics.liveTurns.unsafeModify(1, NO_LABELS)
export const turnEnded = (): void => Metrics.liveTurns.unsafeModify(-1, NO_LABELS)
export const eventRouted = (): void => Metrics.events.unsafeUpdate(1, NO_LABELS)

// ---- approvals -----------------------------------------------------------------------------------

/** What an answer decided, in one word (see `Metrics.approvals`). */
export const decisionOf = (answer: Answer): string => {
  if (answer._tag === "Error") return "error"
  const result = answer.result as { decision?: unknown; action?: unknown } | null | undefined
  const decision = result?.decision
  if (typeof decision === "string") return decision
  if (decision !== null && typeof decision === "object") {
    const key = Object.keys(decision)[0]
    if (key !== undefined) return key
  }
  if (typeof result?.action === "string") return result.action
  return "answered"
}

export const recordApproval = (method: string, decision: string): void =>
  Metrics.approvals.unsafeUpdate(
    1,
    labels(`a\u0000${method}\u0000${decision}`, () => [
      MetricLabel.make("method", method),
      MetricLabel.make("decision", decision)
    ])
  )

// ---- log annotations -----------------------------------------------------------------------------

/** The thread and turn a payload names (`threadId` or legacy `conversationId`, `turnId` or `turn.id`). */
export const idsOf = (params: unknown): { threadId?: string; turnId?: string } => {
  const p = params as {
    threadId?: unknown
    conversationId?: unknown
    turnId?: unknown
    turn?: { id?: unknown } | null
  } | null | undefined
  if (p === null || typeof p !== "object") return {}
  const threadId = p.threadId ?? p.conversationId
  const turnId = p.turnId ?? p.turn?.id
  return {
    ...(typeof threadId === "string" ? { threadId } : {}),
    ...(typeof turnId === "string" ? { turnId } : {})
  }
}

// ---- named verbs -------------------------------------------------------------------------------

/** Each client's `tracing` option, so that module-level verbs honour it (see `verb`). */
const clientTracing = new WeakMap<object, boolean | undefined>()

export const registerClientTracing = (client: object, option: boolean | undefined): void => {
  clientTracing.set(client, option)
}

/**
 * A public verb, named: with tracing on (the client's `tracing` option, else whether a real
 * tracer is installed) it runs as an `Effect.fn(name)` (a span of that name, with the call site);
 * otherwise the body runs bare. `Effect.fn` makes its span even under Effect's built-in tracer,
 * which costs about 13 µs a call here (a third of an in-memory round trip); deciding costs one
 * comparison.
 */
export const verb = <C extends object, RC, Args extends Array<any>, A, E, R>(
  name: string,
  client: Effect.Effect<C, never, RC>,
  body: (client: C, ...args: Args) => Effect.Effect<A, E, R>
): (...args: Args) => Effect.Effect<A, E, R | RC> => {
  const traced = Effect.fn(name)(function*(self: C, ...args: Args) {
    return yield* body(self, ...args)
  })
  return (...args) =>
    Effect.flatMap(client, (self) =>
      Effect.withFiberRuntime<A, E, R>((fiber) =>
        isTracing(clientTracing.get(self), fiber) ? traced(self, ...args) : body(self, ...args)
      ))
}

/** `verb` for a stream: the whole stream runs under a span of that name when tracing is on. */
export const streamVerb = <C extends object, RC, Args extends Array<any>, A, E, R>(
  name: string,
  client: Effect.Effect<C, never, RC>,
  body: (client: C, ...args: Args) => Stream.Stream<A, E, R>
): (...args: Args) => Stream.Stream<A, E, R | RC> =>
(...args) =>
  // `Channel.unwrap`, not `Stream.unwrap`: the stream's own channel continues the lookup, with no
  // stream of streams to flatten (a stage that costs every chunk of every turn)
  Stream.fromChannel(Channel.unwrap(Effect.flatMap(client, (self) =>
    Effect.withFiberRuntime<Channel.Channel<Chunk.Chunk<A>, unknown, E, unknown, unknown, unknown, R>, never, R>(
      (fiber) => {
        const stream = body(self, ...args)
        return Effect.succeed(Stream.toChannel(
          isTracing(clientTracing.get(self), fiber) ? Stream.withSpan(stream, name, { captureStackTrace: false }) : stream
        ))
      }
    ))))
