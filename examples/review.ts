/**
 * A code review (`Codex.review`) of the uncommitted changes in a git repository: here a temporary
 * one, with one commit and a change on top of it.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { execFileSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import * as path from "node:path"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer, tempDirectory } from "./support.js"

/** A git repository whose `sum.js` has an uncommitted bug. */
const repositoryWithAChange = Effect.gen(function*() {
  const repo = yield* tempDirectory("effect-codex-review-")
  yield* Effect.sync(() => {
    const git = (...args: Array<string>) => execFileSync("git", args, { cwd: repo, stdio: "pipe" })
    writeFileSync(path.join(repo, "sum.js"), "export const sum = (a, b) => a + b\n")
    git("init", "-q")
    git("add", "sum.js")
    git("-c", "user.email=example@example.com", "-c", "user.name=example", "commit", "-q", "-m", "sum")
    writeFileSync(path.join(repo, "sum.js"), "export const sum = (a, b) => a - b\n")
  })
  return repo
})

const program = Effect.gen(function*() {
  const repo = yield* repositoryWithAChange
  yield* Console.log("reviewing the uncommitted change to sum.js")
  const thread = yield* Codex.startThread({ cwd: repo, sandbox: "read-only", approvalPolicy: "never" })
  const result = yield* Codex.review(thread.id, { type: "uncommittedChanges" })
  yield* Console.log(`status: ${result.status}`)
  yield* Console.log(`review: ${result.finalResponse}`)
})

// The scripted model answers codex's request for a review of the working tree.
const script: ScriptedModel.Script = (request) => ({
  items: [ScriptedModel.message(
    request.lastUserText?.includes("Review the current code changes")
      ? "sum.js: sum now subtracts (a - b) instead of adding; restore a + b."
      : "(that was not a request for a review)"
  )]
})

program.pipe(Effect.scoped, Effect.provide(exampleLayer(script)), NodeRuntime.runMain)
