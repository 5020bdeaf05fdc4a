/**
 * Real binary, for the stdio transport: the pinned codex binary.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as CodexClientModule from "../src/CodexClient.js"
import { CodexClient } from "../src/CodexClient.js"
import { resolvePinnedBinary } from "../src/internal/binary.js"
import { tempDir } from "./support/tempDir.js"


describe("real codex binary: start-up failures", () => {
  it.scopedLive("codex with a bogus flag fails the first call with exit code 2 and clap's message, every time", () =>
    Effect.gen(function*() {
      assert.strictEqual(resolvePinnedBinary()._tag, "Found", "the pinned codex binary is installed")
      const home = yield* tempDir("effect-codex-home-")
      const userHome = yield* tempDir("effect-codex-user-home-")
      for (let i = 0; i < 10; i++) {
        const error = yield* Effect.scoped(
          Effect.gen(function*() {
            const context = yield* Layer.build(Layer.fresh(CodexClientModule.layer({
              args: ["--no-such-flag"],
              codexHome: home,
              env: { HOME: userHome, RUST_LOG: "error" }
            })))
            return yield* Effect.flip(Context.get(context, CodexClient).request("model/list", {}))
          })
        )
        assert(error._tag === "TransportError", `run ${i}: ${error._tag}: ${error.message}`)
        assert.strictEqual(error.reason, "Closed", `run ${i}: ${error.message}`)
        assert.strictEqual(error.exitCode, 2, `run ${i}`)
        assert.include(error.stderrTail ?? "", "unexpected argument '--no-such-flag'", `run ${i}`)
      }
    }), 60_000)
})
