/**
 * Ring 3 support: the real pinned codex binary, offline, against the scripted model.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import * as path from "node:path"
import * as CodexClient from "../../src/CodexClient.js"
import * as ScriptedModel from "../../src/testing.js"

export interface RealEnv {
  readonly model: ScriptedModel.ScriptedModel
  readonly home: string
  readonly cwd: string
}

export const tempDir = (prefix: string) =>
  Effect.acquireRelease(
    Effect.sync(() => mkdtempSync(path.join(tmpdir(), prefix))),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

/** A CodexClient over the real binary with a scripted model; also provides the RealEnv. */
export const realClient = (
  script: ScriptedModel.Script,
  options: CodexClient.Options = {}
): Layer.Layer<CodexClient.CodexClient | RealEnvTag, never> =>
  Layer.unwrapScoped(
    Effect.gen(function*() {
      const model = yield* ScriptedModel.make(script)
      const home = yield* tempDir("effect-codex-home-")
      const cwd = yield* tempDir("effect-codex-cwd-")
      // HOME too: codex runs commands with `bash -lc`, and a test must not depend on (or disturb)
      // the user's shell profile
      const userHome = yield* tempDir("effect-codex-user-home-")
      const client = CodexClient.layer({
        ...options,
        config: model.config,
        codexHome: home,
        cwd,
        env: { RUST_LOG: "error", HOME: userHome }
      })
      return Layer.merge(client, Layer.succeed(RealEnvTag, { model, home, cwd })).pipe(Layer.orDie)
    })
  )

import * as Context from "effect/Context"
export class RealEnvTag extends Context.Tag("test/RealEnv")<RealEnvTag, RealEnv>() {}
