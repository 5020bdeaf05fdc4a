/**
 * Soak: many sequential turns, then many concurrent turns across as many threads, on the fake
 * app-server process. Afterwards the client's tables must be empty and the heap (after a forced
 * GC) within 10 % of what it was after the first `baselineAfter` turns.
 */
import * as Effect from "effect/Effect"
import { chmodSync } from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as v8 from "node:v8"
import * as vm from "node:vm"
import * as Codex from "../src/Codex.js"
import * as CodexClient from "../src/CodexClient.js"

v8.setFlagsFromString("--expose-gc")
const gc: () => void = vm.runInNewContext("gc")

const fake = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "fake-app-server.mjs")

export interface SoakOptions {
  readonly sequential: number
  readonly concurrent: number
  readonly baselineAfter: number
}

export interface SoakResult {
  readonly sequentialMs: number
  readonly concurrentMs: number
  readonly counts: { readonly pendingRequests: number; readonly turns: number; readonly busyThreads: number; readonly subscribers: number }
  readonly baselineHeap: number
  readonly finalHeap: number
  readonly heapRatio: number
}

const heapAfterGc = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

export const runSoak = (options: SoakOptions): Effect.Effect<SoakResult, unknown> =>
  Effect.gen(function*() {
    chmodSync(fake, 0o755)
    const thread = yield* Codex.startThread()
    let baselineHeap = 0
    const started = Date.now()
    for (let i = 1; i <= options.sequential; i++) {
      const result = yield* Codex.run(thread.id, "soak")
      if (result.status !== "completed") return yield* Effect.dieMessage(`turn ${i} ended ${result.status}`)
      if (i === options.baselineAfter) baselineHeap = heapAfterGc()
    }
    const sequentialMs = Date.now() - started
    const threads = yield* Effect.forEach(Array.from({ length: options.concurrent }), () => Codex.startThread(), {
      concurrency: 64
    })
    const concurrentStart = Date.now()
    yield* Effect.forEach(threads, (t) => Codex.run(t.id, "soak"), { concurrency: "unbounded", discard: true })
    const concurrentMs = Date.now() - concurrentStart
    const counts = yield* CodexClient.diagnostics
    const finalHeap = heapAfterGc()
    return { sequentialMs, concurrentMs, counts, baselineHeap, finalHeap, heapRatio: finalHeap / baselineHeap }
  }).pipe(
    Effect.provide(CodexClient.layer({ binaryPath: fake, env: { FAKE_MODE: "normal" } })),
    Effect.scoped
  )

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await Effect.runPromise(runSoak({ sequential: 10_000, concurrent: 1_000, baselineAfter: 1_000 }))
  console.log(JSON.stringify(result, null, 2))
}
