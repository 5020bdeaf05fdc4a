/**
 * The real-binary test kit (`effect-codex/testing`'s `layer`) with a working directory the user
 * prepared: the server runs there, and the kit leaves it alone.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as Testing from "../src/testing.js"

describe("real binary: the test kit", () => {
  it.live("real binary: a cwd the user prepared is where the server runs, and it is still there afterwards", () =>
    Effect.gen(function*() {
      const prepared = realpathSync(mkdtempSync(path.join(tmpdir(), "effect-codex-prepared-")))
      writeFileSync(path.join(prepared, "fixture.txt"), "kept")
      try {
        const seen = yield* Effect.gen(function*() {
          const { cwd } = yield* Testing.Offline
          const thread = yield* Codex.startThread()
          const result = yield* Codex.run(thread.id, "hi")
          return { cwd, threadCwd: thread.cwd, answer: result.finalResponse }
        }).pipe(Effect.provide(Testing.layer([{ items: [Testing.message("done")] }], { cwd: prepared })))
        assert.strictEqual(seen.cwd, prepared)
        assert.strictEqual(seen.threadCwd, prepared, "a thread started without a cwd runs in the server's")
        assert.strictEqual(seen.answer, "done")
        assert.isTrue(existsSync(path.join(prepared, "fixture.txt")), "the kit never removes the user's directory")
      } finally {
        rmSync(prepared, { recursive: true, force: true })
      }
    }), 60_000)
})
