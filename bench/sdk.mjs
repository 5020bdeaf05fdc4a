// The SDK side of each benchmark scenario, through the public API (Codex.stream, CodexClient
// .request), every event decoded. Runs the compiled package (dist/) in plain Node, as users do.
// Usage: node bench/sdk.mjs <scenario> [args...]
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Codex, CodexClient } from "../dist/index.js"

const server = path.join(path.dirname(fileURLToPath(import.meta.url)), "flood-server.mjs")
const layer = CodexClient.layer({ binaryPath: server })
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9

const scenarios = {
  single: (deltas) =>
    Effect.gen(function*() {
      const thread = yield* Codex.startThread()
      const start = process.hrtime.bigint()
      const events = yield* Stream.runCount(Codex.stream(thread.id, `deltas:${deltas}`))
      const s = seconds(start)
      return { events, seconds: s, eventsPerSecond: events / s }
    }),
  // Codex.run: every event decoded and folded; the usage it reports proves the fold saw them all
  manyRun: (threads, deltas) =>
    Effect.gen(function*() {
      const ids = []
      for (let i = 0; i < Number(threads); i++) ids.push((yield* Codex.startThread()).id)
      const start = process.hrtime.bigint()
      const results = yield* Effect.forEach(ids, (id) => Codex.run(id, `deltas:${deltas}`), { concurrency: "unbounded" })
      const s = seconds(start)
      for (const r of results) {
        if (r.status !== "completed" || r.usage?.last.outputTokens !== Number(deltas)) throw new Error("incomplete turn")
      }
      const events = results.length * (Number(deltas) + 4) // turn/started, deltas, item, usage, completed
      return { events, seconds: s, eventsPerSecond: events / s }
    }),
  many: (threads, deltas) =>
    Effect.gen(function*() {
      const ids = []
      for (let i = 0; i < Number(threads); i++) ids.push((yield* Codex.startThread()).id)
      const start = process.hrtime.bigint()
      const counts = yield* Effect.forEach(ids, (id) => Stream.runCount(Codex.stream(id, `deltas:${deltas}`)), {
        concurrency: "unbounded"
      })
      const s = seconds(start)
      const events = counts.reduce((a, b) => a + b, 0)
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
const program = scenario === "startup"
  ? startup(Number(args[0]))
  : Effect.scoped(scenarios[scenario](...args)).pipe(Effect.provide(layer))
const result = await Effect.runPromise(program)
console.log(JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
process.exit(0)
