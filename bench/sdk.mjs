// The SDK side of each benchmark scenario, through the public API (Codex.stream, Codex.run,
// Codex.runForEach, CodexClient.request), every event decoded. Runs the compiled package (dist/)
// in plain Node, as users do. The per-event callback (`count`) is consumer.mjs's, the one the
// Effect ceilings (ceiling.mjs) use too.
// Usage: node bench/sdk.mjs <scenario> [args...]
// Scenarios: stream|run|forEach <turns> <deltas> | latency <count> | startup <runs>
// A side whose verb is missing from dist/ prints {"missing": "<verb>"} instead of a result.
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Codex, CodexClient } from "../dist/index.js"
import { count, counted } from "./consumer.mjs"

const server = path.join(path.dirname(fileURLToPath(import.meta.url)), "flood-server.mjs")
const layer = CodexClient.layer({ binaryPath: server })
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9

// Threads are started before the clock starts; then every turn runs at once, as fibers.
const turns = (threads, deltas, runTurn) =>
  Effect.gen(function*() {
    const ids = []
    for (let i = 0; i < Number(threads); i++) ids.push((yield* Codex.startThread()).id)
    const start = process.hrtime.bigint()
    const results = yield* Effect.forEach(ids, (id) => runTurn(id, `deltas:${deltas}`), { concurrency: "unbounded" })
    return { results, seconds: seconds(start) }
  })

// Codex.run and Codex.runForEach: the usage a turn reports proves its fold saw every delta
const verify = (results, deltas) => {
  for (const r of results) {
    if (r.status !== "completed" || r.usage?.last.outputTokens !== Number(deltas)) throw new Error("incomplete turn")
  }
}

const scenarios = {
  // Codex.stream consumed with Stream.runForEach(count): count sees every event
  stream: (threads, deltas) =>
    Effect.map(turns(threads, deltas, (id, text) => Stream.runForEach(Codex.stream(id, text), count)), ({ seconds: s }) => {
      const events = counted()
      return { events, seconds: s, eventsPerSecond: events / s }
    }),
  // Codex.run: every event decoded and folded; the fold's count is not public, so the events are
  // what the flood server sends per turn (turn/started, the deltas, item/completed, usage,
  // turn/completed: deltas + 4), which the other sides count and the bench checks
  run: (threads, deltas) =>
    Effect.map(turns(threads, deltas, (id, text) => Codex.run(id, text)), ({ results, seconds: s }) => {
      verify(results, deltas)
      const events = results.length * (Number(deltas) + 4)
      return { events, seconds: s, eventsPerSecond: events / s }
    }),
  // Codex.runForEach(threadId, input, count): a callback per event, no Stream, then the RunResult
  forEach: (threads, deltas) =>
    Effect.map(turns(threads, deltas, (id, text) => Codex.runForEach(id, text, count)), ({ results, seconds: s }) => {
      verify(results, deltas)
      const events = counted()
      return { events, seconds: s, eventsPerSecond: events / s }
    }),
  latency: (count) =>
    Effect.gen(function*() {
      const client = yield* CodexClient.CodexClient
      for (let i = 0; i < 200; i++) yield* client.request("model/list", {}) // warm-up
      const samples = []
      for (let i = 0; i < Number(count); i++) {
        const start = process.hrtime.bigint()
        yield* client.request("model/list", {})
        samples.push(Number(process.hrtime.bigint() - start) / 1000)
      }
      samples.sort((a, b) => a - b)
      return { medianUs: samples[Math.floor(samples.length / 2)], p99Us: samples[Math.floor(samples.length * 0.99)] }
    })
}

const startup = (runs) =>
  Effect.gen(function*() {
    const samples = []
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint()
      yield* Effect.scoped(
        Effect.gen(function*() {
          const client = yield* CodexClient.CodexClient
          yield* client.initialize
          samples.push(Number(process.hrtime.bigint() - start) / 1e6)
        }).pipe(Effect.provide(Layer.fresh(layer)))
      )
    }
    samples.sort((a, b) => a - b)
    return { medianMs: samples[Math.floor(samples.length / 2)] }
  })

const [scenario, ...args] = process.argv.slice(2)
if (scenario === "forEach" && typeof Codex.runForEach !== "function") {
  console.log(JSON.stringify({ missing: "Codex.runForEach" }))
  process.exit(0)
}
const program = scenario === "startup"
  ? startup(Number(args[0]))
  : Effect.scoped(scenarios[scenario](...args)).pipe(Effect.provide(layer))
const result = await Effect.runPromise(program)
console.log(JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
process.exit(0)
