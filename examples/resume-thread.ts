/**
 * Resuming a thread on a later connection: the first app-server starts a thread and runs a turn;
 * a second one, on the same Codex home, resumes it by id and goes on with its history.
 * `npx tsx examples/resume-thread.ts [threadId]` resumes that thread instead (or starts a fresh
 * one when nothing is stored under the id).
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { Codex, type CodexClient } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleHome } from "./support.js"

const firstConnection = (connect: Layer.Layer<CodexClient.CodexClient>) =>
  Effect.gen(function*() {
    const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
    const result = yield* Codex.run(thread.id, "My name is Ada. Please remember it.")
    yield* Console.log(`first connection: thread ${thread.id}: ${result.finalResponse}`)
    return thread.id
  }).pipe(Effect.provide(connect)) // the app-server exits when this effect is done

const secondConnection = (connect: Layer.Layer<CodexClient.CodexClient>, threadId: string) =>
  Effect.gen(function*() {
    const outcome = yield* Codex.resumeThread(threadId, { onMissing: "start" })
    yield* Console.log(
      outcome.resumed
        ? `second connection: resumed thread ${outcome.thread.id}`
        : `second connection: nothing to resume (${outcome.reason}), started thread ${outcome.thread.id}`
    )
    const result = yield* Codex.run(outcome.thread.id, "What is my name?")
    yield* Console.log(`answer: ${result.finalResponse}`)
  }).pipe(Effect.provide(connect))

// The scripted model answers from the history codex sends it.
const script: ScriptedModel.Script = (request) => {
  const history = JSON.stringify(request.body?.input ?? [])
  return {
    items: [ScriptedModel.message(
      request.lastUserText === "What is my name?"
        ? history.includes("My name is Ada") ? "Your name is Ada." : "I do not know your name."
        : "Nice to meet you, Ada."
    )]
  }
}

const program = Effect.gen(function*() {
  const { connect } = yield* exampleHome(script)
  const given = process.argv.slice(2).find((arg) => !arg.startsWith("--"))
  const threadId = given ?? (yield* firstConnection(connect))
  yield* secondConnection(connect, threadId)
})

program.pipe(Effect.scoped, NodeRuntime.runMain)
