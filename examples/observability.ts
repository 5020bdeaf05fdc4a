/**
 * Observability: the spans of one turn exported with `@effect/opentelemetry` to the console, and
 * the client's metrics read with `Metric.value`.
 *
 * With a tracer installed, the client makes a `codex.turn` span per turn (from `turn/start` to
 * completion), a `codex.request` span per request and a `codex.approval` span per answered server
 * request, all under the caller's span. Swap the `ConsoleSpanExporter` for an OTLP exporter to
 * send them to a collector.
 */
import { NodeSdk } from "@effect/opentelemetry"
import { ConsoleSpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"
import { Codex, Metrics } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.run(thread.id, "Say hello in five words.")
  console.log(`final response: ${result.finalResponse ?? "(none)"}`)

  const started = yield* Metric.value(Metrics.requestsFor("turn/start", "ok"))
  const live = yield* Metric.value(Metrics.liveTurns)
  const events = yield* Metric.value(Metrics.events)
  console.log(`metrics: turn/start ok ${started.count}, live turns ${live.value}, turn events ${events.count}`)
}).pipe(Effect.withSpan("example.observability"))

// Spans go to the console as each one ends; the layer flushes and shuts the provider down last.
const TracingLive = NodeSdk.layer(() => ({
  resource: { serviceName: "effect-codex-example" },
  spanProcessor: new SimpleSpanProcessor(new ConsoleSpanExporter())
}))

Effect.runPromise(
  program.pipe(
    Effect.provide(exampleLayer([{ items: [ScriptedModel.message("Hello from the scripted model.")] }])),
    Effect.provide(TracingLive)
  )
).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
