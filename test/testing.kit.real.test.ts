/**
 * The real-binary test kit (`effect-codex/testing`'s `layer`) with a working directory the user
 * prepared: the server runs there, and the kit leaves it alone.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { spawn } from "node:child_process"
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

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it.live(`real binary: the kit's temporary directories are removed when a program under Effect.runPromise gets ${signal}`, () =>
      Effect.async<{ dirs: ReadonlyArray<string>; code: number | null; signal: string | null }, Error>((resume) => {
        const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "fixtures", "kit-under-runpromise.ts")], {
          cwd: path.resolve(import.meta.dirname, ".."),
          stdio: ["ignore", "pipe", "inherit"]
        })
        let dirs: ReadonlyArray<string> = []
        let out = ""
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString()
          const newline = out.indexOf("\n")
          if (newline === -1 || dirs.length > 0) return
          const { cwd, home } = JSON.parse(out.slice(0, newline))
          dirs = [cwd, home]
          if (!dirs.every((d) => existsSync(d))) resume(Effect.fail(new Error("the kit's directories were not there")))
          child.kill(signal)
        })
        child.on("exit", (code, exitSignal) => resume(Effect.succeed({ dirs, code, signal: exitSignal })))
        return Effect.sync(() => child.kill("SIGKILL"))
      }).pipe(
        Effect.timeoutFail({ duration: "30 seconds", onTimeout: () => new Error("the program did not end") }),
        Effect.map(({ dirs, signal: exitSignal }) => {
          assert.strictEqual(dirs.length, 2, "the program reported its directories")
          for (const dir of dirs) assert.isFalse(existsSync(dir), `${dir} is left behind`)
          assert.strictEqual(exitSignal, signal, "the process still ends by the signal")
        })
      ), 60_000)
  }
})
