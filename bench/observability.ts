/**
 * What observability costs on the hot path, over the in-memory transport (no process, so the
 * SDK's own cost is all there is to see):
 *
 * - round trip: 20,000 sequential `model/list` requests (µs: median, mean, p99);
 * - one turn of 100,000 `item/agentMessage/delta` events through `Codex.run` (ms, events/s).
 *
 * Each scenario runs in four modes, alternating, medians of RUNS runs: `plain` (nothing
 * installed: Effect's default tracer, so no spans are made), `native` (`tracing: true` under the
 * default tracer: spans made and kept nowhere), `tracer` (a tracer that keeps every span in
 * memory) and `otel` (@effect/opentelemetry, a provider whose processor list is empty). Usage:
 * `npx tsx bench/observability.ts [runs] [modes, comma-separated]`.
 */
import * as Otel from "@effect/opentelemetry/Tracer"
import * as Resource from "@effect/opentelemetry/Resource"
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Tracer from "effect/Tracer"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"
import * as Testing from "../src/testing.js"

const RUNS = Number(process.argv[2] ?? 5)
const REQUESTS = 20_000
const DELTAS = 100_000
const BATCH = 1_000

// ---- the scripted server ---------------------------------------------------------------------

const script = Testing.server({
  turnStart: (request, peer, turnId) =>
    Effect.gen(function*() {
      const threadId = request.params.threadId
      yield* peer.send(Testing.reply(request, { turn: Testing.turn(turnId) }), Testing.turnStarted(threadId, turnId))
      const batch = Array.from({ length: BATCH }, () => Testing.agentMessageDelta(threadId, turnId, "token "))
      for (let sent = 0; sent < DELTAS; sent += BATCH) yield* peer.send(...batch)
      yield* peer.send(
        Testing.agentMessage(threadId, turnId, "done", "final_answer"),
        Testing.tokenUsage(threadId, turnId),
        Testing.turnCompleted(threadId, turnId)
      )
    })
})

// ---- tracers ---------------------------------------------------------------------------------

/** Keeps every span (ended ones counted, then dropped), as a test tracer would. */
const memoryTracer = () => {
  let ended = 0
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind) => {
      const attributes = new Map<string, unknown>()
      const span: Tracer.Span = {
        _tag: "Span",
        name,
        spanId: Math.random().toString(16).slice(2),
        traceId: parent._tag === "Some" ? parent.value.traceId : Math.random().toString(16).slice(2),
        parent,
        context,
        status: { _tag: "Started", startTime },
        attributes,
        links,
        sampled: true,
        kind,
        end: (endTime, exit) => {
          ;(span as { status: Tracer.SpanStatus }).status = { _tag: "Ended", startTime, endTime, exit }
          ended++
        },
        attribute: (key, value) => attributes.set(key, value),
        event: () => {},
        addLinks: () => {}
      }
      return span
    },
    context: (f) => f()
  })
  return { tracer, ended: () => ended }
}

const otelLayer = Otel.layer.pipe(
  Layer.provide(Layer.sync(Otel.OtelTracerProvider, () => new BasicTracerProvider({ spanProcessors: [] }))),
  Layer.provide(Resource.layer({ serviceName: "bench" }))
)

type Mode = "plain" | "native" | "tracer" | "otel"
const withMode = (mode: Mode) => <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> => {
  switch (mode) {
    case "plain":
    case "native":
      return self
    case "tracer":
      return Effect.withTracer(self, memoryTracer().tracer)
    case "otel":
      return Effect.provide(self, otelLayer)
  }
}

// ---- scenarios -------------------------------------------------------------------------------

const layerFor = (mode: Mode) =>
  CodexClient.layerFromTransport(mode === "native" ? { tracing: true } : {}).pipe(
    Layer.provideMerge(Testing.layerTransport(script))
  )

const roundTrip = Effect.gen(function*() {
  const client = yield* CodexClient.CodexClient
  for (let i = 0; i < 2_000; i++) yield* client.request("model/list", {})
  const samples = new Float64Array(REQUESTS)
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  for (let i = 0; i < REQUESTS; i++) {
    const t = process.hrtime.bigint()
    yield* client.request("model/list", {})
    samples[i] = Number(process.hrtime.bigint() - t) / 1000
  }
  const total = Number(process.hrtime.bigint() - start) / 1000
  const used = process.cpuUsage(cpu)
  samples.sort()
  return {
    medianUs: samples[REQUESTS >> 1]!,
    meanUs: total / REQUESTS,
    cpuUs: (used.user + used.system) / REQUESTS,
    p99Us: samples[Math.floor(REQUESTS * 0.99)]!
  }
})

const bigTurn = Effect.gen(function*() {
  const thread = yield* Codex.startThread()
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const result = yield* Codex.run(thread.id, "go")
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const used = process.cpuUsage(cpu)
  if (result.status !== "completed" || result.finalResponse !== "done") throw new Error("incomplete turn")
  return { ms, cpuMs: (used.user + used.system) / 1000, eventsPerSecond: (DELTAS + 4) / (ms / 1000) }
})

const once = <A>(scenario: Effect.Effect<A, unknown, CodexClient.CodexClient>, mode: Mode) =>
  Effect.runPromise(
    Effect.scoped(scenario).pipe(Effect.provide(layerFor(mode)), withMode(mode)) as Effect.Effect<A, unknown>
  )

const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[values.length >> 1]!

const allModes: ReadonlyArray<Mode> = ["plain", "native", "tracer", "otel"]
const modes = process.argv[3] !== undefined
  ? allModes.filter((mode) => process.argv[3]!.split(",").includes(mode))
  : allModes
const rt: Record<Mode, Array<{ medianUs: number; meanUs: number; cpuUs: number; p99Us: number }>> = {
  plain: [],
  native: [],
  tracer: [],
  otel: []
}
const turn: Record<Mode, Array<{ ms: number; cpuMs: number; eventsPerSecond: number }>> = {
  plain: [],
  native: [],
  tracer: [],
  otel: []
}

for (let r = 0; r < RUNS; r++) {
  for (const mode of modes) {
    rt[mode].push(await once(roundTrip, mode))
    turn[mode].push(await once(bigTurn, mode))
  }
  process.stderr.write(`run ${r + 1}/${RUNS}\n`)
}

const rows = modes.map((mode) => ({
  mode,
  "round trip median µs": median(rt[mode].map((s) => s.medianUs)).toFixed(1),
  "round trip mean µs": median(rt[mode].map((s) => s.meanUs)).toFixed(1),
  "round trip CPU µs": median(rt[mode].map((s) => s.cpuUs)).toFixed(1),
  "round trip p99 µs": median(rt[mode].map((s) => s.p99Us)).toFixed(1),
  "100k-delta turn ms": median(turn[mode].map((s) => s.ms)).toFixed(0),
  "100k-delta turn CPU ms": median(turn[mode].map((s) => s.cpuMs)).toFixed(0),
  "events/s": Math.round(median(turn[mode].map((s) => s.eventsPerSecond))).toLocaleString("en-US")
}))
console.table(rows)
console.log(JSON.stringify({ node: process.version, runs: RUNS, rows }))
