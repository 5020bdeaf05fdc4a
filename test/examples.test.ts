/**
 * Every example runs offline, as a user would run it (tsx), against the real binary.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import { promisify } from "node:util"

const root = path.resolve(import.meta.dirname, "..")
const run = async (example: string) => {
  const home = mkdtempSync(path.join(tmpdir(), "effect-codex-examples-"))
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join("examples", `${example}.ts`)],
      // a fresh CODEX_HOME has no credentials, so nothing can reach the network
      // HOME as well: commands run through `bash -lc`, which must not read the user's profile
      { cwd: root, env: { ...process.env, CODEX_HOME: home, HOME: home, EFFECT_CODEX_OFFLINE: "1" }, timeout: 60_000 }
    )
    return stdout
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}

describe("examples", () => {
  it("quickstart (npm start) says it is offline first, then streams and prints the final response", async () => {
    const out = (await run("quickstart")).split("\n")
    assert.include(out[0], "scripted model on 127.0.0.1")
    assert.include(out[1], "streamed: Effect-TS is a TypeScript library")
    assert.include(out[2], "final response: Effect-TS is a TypeScript library")
    assert.include(out[3], "status: completed")
  }, 60_000)

  it("streaming prints deltas between turn/started and turn/completed", async () => {
    const out = await run("streaming")
    assert.match(out, /\[turn .+ started\][\s\S]*Bytes drift downstream[\s\S]*\[turn completed\]/)
  }, 60_000)

  it("many-threads answers every question on its own thread", async () => {
    const out = await run("many-threads")
    for (const q of ["fiber", "layer", "scope"]) {
      assert.include(out, `What is a ${q}? -> (scripted) an answer to "What is a ${q}?"`)
    }
  }, 60_000)

  it("approvals falls back to the default (decline) without a TTY", async () => {
    const out = await run("approvals")
    assert.include(out, "No TTY: the default policy declines.")
    assert.include(out, "final response: Finished.")
    assert.include(out, "marker created: false")
  }, 60_000)

  it("effect-app provides Codex once to its own service", async () => {
    const out = await run("effect-app")
    assert.include(out, "Avoid `as any`")
    assert.include(out, "Prefer const")
  }, 60_000)

  it("observability prints the turn's spans (OpenTelemetry console exporter) and the metrics", async () => {
    const out = await run("observability")
    assert.include(out, "name: 'codex.turn'")
    assert.include(out, "'codex.status': 'completed'")
    assert.match(out, /name: 'codex\.request'[\s\S]*'codex\.method': 'turn\/start'/)
    assert.include(out, "final response: Hello from the scripted model.")
    assert.include(out, "metrics: turn/start ok 1, live turns 0")
  }, 60_000)
})
