/**
 * Metrics: what the client counts, as Effect `Metric`s in Effect's global metric registry. Every
 * client in the process adds to the same metrics; read them with `Metric.value` (or
 * `Metric.snapshot`, or export them with `@effect/opentelemetry`'s `Metrics` layer).
 *
 * Updating them costs a few map lookups per request and one addition per turn event: they are
 * always on.
 *
 * @example
 * ```ts
 * import { Metrics } from "effect-codex"
 * import * as Effect from "effect/Effect"
 * import * as Metric from "effect/Metric"
 *
 * const report = Effect.gen(function* () {
 *   const started = yield* Metric.value(Metrics.requestsFor("turn/start", "ok"))   // { count }
 *   const live = yield* Metric.value(Metrics.liveTurns)                           // { value }
 *   const declined = yield* Metric.value(
 *     Metrics.approvalsFor("item/commandExecution/requestApproval", "decline")
 *   )
 *   return { turnsStarted: started.count, liveTurns: live.value, commandsDeclined: declined.count }
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as Metric from "effect/Metric"
import * as MetricBoundaries from "effect/MetricBoundaries"
import * as MetricLabel from "effect/MetricLabel"

/**
 * How a request ended: `ok` (a result), `rpc_error` (the server answered with an error),
 * `timeout`, `transport_error` (the connection closed or failed), `protocol_error` (an answer too
 * long, params that cannot be encoded), `interrupted` (the caller left), `defect`.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestOutcome = "ok" | "rpc_error" | "timeout" | "transport_error" | "protocol_error" | "interrupted" | "defect"

/**
 * Requests written to the app-server, one per attempt (a retried request counts each attempt),
 * tagged `method` and `outcome` (in that order).
 *
 * @since 0.1.0
 * @category metrics
 */
export const requests: Metric.Metric.Counter<number> = Metric.counter("codex.requests", {
  description: "Requests to the codex app-server, by method and outcome",
  incremental: true
})

/**
 * Round-trip time of each request attempt in milliseconds, from the write to the answer (or the
 * failure), tagged `method`. Buckets from 0.1 ms doubling to about 52 s.
 *
 * @since 0.1.0
 * @category metrics
 */
export const requestDuration: Metric.Metric.Histogram<number> = Metric.histogram(
  "codex.request.duration",
  MetricBoundaries.exponential({ start: 0.1, factor: 2, count: 20 }),
  "Round-trip time of requests to the codex app-server, in milliseconds, by method"
)

/**
 * Turns from their `turn/start` until they complete (or the connection closes).
 *
 * @since 0.1.0
 * @category metrics
 */
export const liveTurns: Metric.Metric.Gauge<number> = Metric.gauge("codex.turns.live", {
  description: "Turns started and not yet completed"
})

/**
 * Events routed to turns (notifications, server requests and the answers to them).
 *
 * @since 0.1.0
 * @category metrics
 */
export const events: Metric.Metric.Counter<number> = Metric.counter("codex.turn.events", {
  description: "Events routed to turns",
  incremental: true
})

/**
 * Server requests answered (approvals, user input, tool calls, …), tagged `method` and
 * `decision` (in that order). The decision is the answer's `decision` (`accept`, `decline`,
 * `acceptForSession`, `cancel`, `approved`, `denied`, …) or `action` (elicitations), `error` for a
 * JSON-RPC error answer, `answered` for any other result.
 *
 * @since 0.1.0
 * @category metrics
 */
export const approvals: Metric.Metric.Counter<number> = Metric.counter("codex.approvals", {
  description: "Server requests answered, by method and decision",
  incremental: true
})

/**
 * `requests` for one method and outcome (with the tags in the order the client writes them).
 *
 * @since 0.1.0
 * @category metrics
 */
export const requestsFor = (method: string, outcome: RequestOutcome): Metric.Metric.Counter<number> =>
  Metric.taggedWithLabels(requests, [MetricLabel.make("method", method), MetricLabel.make("outcome", outcome)])

/**
 * `requestDuration` for one method.
 *
 * @since 0.1.0
 * @category metrics
 */
export const requestDurationFor = (method: string): Metric.Metric.Histogram<number> =>
  Metric.taggedWithLabels(requestDuration, [MetricLabel.make("method", method)])

/**
 * `approvals` for one method and decision.
 *
 * @since 0.1.0
 * @category metrics
 */
export const approvalsFor = (method: string, decision: string): Metric.Metric.Counter<number> =>
  Metric.taggedWithLabels(approvals, [MetricLabel.make("method", method), MetricLabel.make("decision", decision)])
