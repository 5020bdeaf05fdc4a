/**
 * Command policies on the real codex binary: the scripted model asks to run exactly the text of
 * the user's message (escalated, on an "untrusted" read-only thread, so codex must ask us), and
 * a `commandPrefixes` policy answers. codex 0.169.0 reports `ls && touch PWNED` as
 * `command: "/bin/bash -lc 'ls && touch PWNED'"`, `commandActions: [{type: "unknown", command:
 * "ls && touch PWNED"}]` and proposes the amendment `["ls"]`: the policy must judge the command.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { existsSync, writeFileSync } from "node:fs"
import * as path from "node:path"
import * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import * as ScriptedModel from "../src/testing.js"
import { realClient, RealEnvTag } from "./support/real.js"

/** First request of a thread: run the user's text as a command; then a final answer. */
const script: ScriptedModel.Script = (request) =>
  request.functionOutputs.length === 0
    ? {
      items: [ScriptedModel.functionCall("exec_command", {
        cmd: request.lastUserText ?? "true",
        sandbox_permissions: "require_escalated",
        justification: "the test asks for exactly this command"
      })]
    }
    : { items: [ScriptedModel.message("done")] }

const untrusted = (cwd: string) => ({ cwd, approvalPolicy: "untrusted" as const, sandbox: "read-only" as const })

const policy = Approvals.fromPredicates({ command: Approvals.commandPrefixes(["git status", "git diff", "ls"]) })

/** Runs one turn on a fresh thread and returns the approval codex asked for and our answer. */
const runCommand = (cwd: string, command: string) =>
  Effect.gen(function*() {
    const thread = yield* Codex.startThread(untrusted(cwd))
    const events = Chunk.toReadonlyArray(yield* Codex.stream(thread.id, command).pipe(Stream.runCollect))
    const asked = events.find((e) => e._tag === "ServerRequest" && e.method === "item/commandExecution/requestApproval")
    const answered = events.find((e) => e._tag === "ServerRequestAnswered" && e.method === "item/commandExecution/requestApproval")
    assert(asked?._tag === "ServerRequest", `codex asked for approval of ${command}`)
    assert(answered?._tag === "ServerRequestAnswered")
    const completed = events.at(-1)
    assert(completed?.method === "turn/completed")
    const item = events.flatMap((e) =>
      e._tag === "ServerNotification" && e.method === "item/completed" && e.params.item.type === "commandExecution"
        ? [e.params.item]
        : []
    )[0]
    return { threadId: thread.id, params: asked.params as any, answer: answered.answer, item }
  })

describe("real binary: command policies judge the command that runs", () => {
  it.scopedLive("real binary: commandPrefixes([git status, git diff, ls]) declines `ls && touch PWNED` and accepts `ls`", () =>
    Effect.gen(function*() {
      const { cwd, model } = yield* RealEnvTag
      writeFileSync(path.join(cwd, "listed-by-ls.txt"), "")

      const pwned = yield* runCommand(cwd, "ls && touch PWNED")
      assert.include(pwned.params.command, "ls && touch PWNED")
      assert.strictEqual(Approvals.parseCommand(pwned.params.command)._tag, "Complex")
      assert.deepStrictEqual(pwned.answer, { _tag: "Result", result: { decision: "decline" } })
      assert.strictEqual(pwned.item?.status, "declined")
      assert.isFalse(existsSync(path.join(cwd, "PWNED")), "the declined command must not run")

      const ls = yield* runCommand(cwd, "ls")
      assert.deepStrictEqual(Approvals.parseCommand(ls.params.command), { _tag: "Simple", argv: ["ls"] })
      assert.deepStrictEqual(ls.answer, { _tag: "Result", result: { decision: "accept" } })
      assert.strictEqual(ls.item?.status, "completed")
      // the command ran: its output reached the model's next request as function_call_output
      const requests = yield* model.requests
      const outputs = requests.flatMap((r) => r.functionOutputs).map((o) => JSON.stringify(o.output))
      assert(outputs.some((o) => o.includes("listed-by-ls.txt")), `ls output reached the model: ${outputs.join(" | ")}`)
      assert.isFalse(existsSync(path.join(cwd, "PWNED")))
    }).pipe(Effect.provide(realClient(script, { approvals: policy }))), 60_000)
})
