/**
 * Long runs do not leak (CI-sized counts; `npm run bench` runs 10,000 + 1,000).
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { runSoak } from "../bench/soak.js"

describe("fake process: soak", () => {
  it.live("sequential then concurrent turns leave empty tables and a flat heap", () =>
    Effect.gen(function*() {
      const result = yield* runSoak({ sequential: 2_000, concurrent: 300, baselineAfter: 500 })
      assert.deepStrictEqual(result.counts, { pendingRequests: 0, turns: 0, busyThreads: 0, subscribers: 0 })
      assert.isBelow(result.heapRatio, 1.1, `heap grew from ${result.baselineHeap} to ${result.finalHeap}`)
    }), 120_000)
})
