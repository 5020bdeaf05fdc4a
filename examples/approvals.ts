/**
 * Asking a human: command approvals answered on the terminal (y/n). When stdin is not a TTY
 * (CI, pipes), it falls back to the default policy, which declines. The thread works in a
 * temporary directory, with the scripted model or (`--real`) yours.
 */
import * as Effect from "effect/Effect"
import { existsSync } from "node:fs"
import * as path from "node:path"
import * as readline from "node:readline/promises"
import { Approvals, Codex, CodexClient } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer, tempDirectory } from "./support.js"

const ask = (question: string) =>
  Effect.acquireUseRelease(
    Effect.sync(() => readline.createInterface({ input: process.stdin, output: process.stdout })),
    (rl) => Effect.promise((signal) => rl.question(question, { signal })),
    (rl) => Effect.sync(() => rl.close())
  )

/** Asks on the terminal; without a TTY, the default (decline) answers instead. */
const terminalApprovals: Approvals.Handlers<CodexClient.CodexClient> = process.stdin.isTTY
  ? {
    "item/commandExecution/requestApproval": (params) =>
      Effect.map(
        ask(`\nCodex wants to run: ${params.command}\n  in ${params.cwd}\n  because: ${params.reason ?? "-"}\nAllow? [y/N] `),
        (reply) => ({ decision: /^y(es)?$/i.test(reply.trim()) ? "accept" as const : "decline" as const })
      )
  }
  : Approvals.declineAll

const program = Effect.gen(function*() {
  const cwd = yield* tempDirectory("effect-codex-approvals-")
  console.log(process.stdin.isTTY ? "Approvals are asked on this terminal." : "No TTY: the default policy declines.")
  const thread = yield* Codex.startThread({ cwd, approvalPolicy: "untrusted", sandbox: "read-only" })
  const result = yield* Codex.run(thread.id, "Create an empty file named MARKER here, with touch.")
  console.log(`final response: ${result.finalResponse}`)
  console.log(`marker created: ${existsSync(path.join(cwd, "MARKER"))}`)
}).pipe(Effect.scoped)

// The bundled scripted model asks to run `touch MARKER` with escalated permissions.
const layer = exampleLayer(
  (request) =>
    request.functionOutputs.length === 0
      ? {
        items: [ScriptedModel.functionCall("exec_command", {
          cmd: "touch MARKER",
          sandbox_permissions: "require_escalated",
          justification: "to show an approval prompt"
        })]
      }
      : { items: [ScriptedModel.message("Finished.")] },
  { approvals: terminalApprovals }
)

Effect.runPromise(program.pipe(Effect.provide(layer))).catch((error) => {
  console.error(String(error))
  process.exitCode = 1
})
