/**
 * Issue 5 on the real binary: a hard kill mid-turn, and no orphans after scope close.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import { existsSync, readFileSync, watch } from "node:fs"
import * as path from "node:path"
import * as Codex from "../src/Codex.js"
import * as ScriptedModel from "../src/testing.js"
import { within } from "./support/peer.js"
import { descendants, isAlive, processes } from "./support/procs.js"
import { realClient, RealEnvTag } from "./support/real.js"

const codexProcess = () => {
  const mine = descendants(process.pid).filter((p) => p.comm === "codex")
  assert.strictEqual(mine.length, 1, "exactly one codex child")
  return mine[0]!
}

/**
 * The content of `file` once it exists: told by a file-system event (inotify, FSEvents), not by
 * polling. Write it with a rename, so that it appears whole.
 */
const fileAppears = (file: string): Effect.Effect<string> =>
  Effect.async<string>((resume) => {
    let done = false
    const check = () => {
      if (done || !existsSync(file)) return
      done = true
      watcher.close()
      resume(Effect.succeed(readFileSync(file, "utf8")))
    }
    const watcher = watch(path.dirname(file), (_event, name) => {
      if (name === path.basename(file)) check()
    })
    check()
    return Effect.sync(() => watcher.close())
  })

describe("reliability on the real binary", () => {
  it.scopedLive("codex killed with SIGKILL during a turn: the turn's stream fails with TransportError", () =>
    Effect.gen(function*() {
      const { cwd } = yield* RealEnvTag
      const thread = yield* Codex.startThread({ cwd })
      const handle = yield* Codex.turn(thread.id, "talk")
      const first = yield* Stream.toPull(handle.stream)
      yield* first // the turn is under way
      process.kill(codexProcess().pid, "SIGKILL")
      const rest = yield* Effect.exit(Stream.runDrain(handle.stream))
      assert(Exit.isFailure(rest) && rest.cause._tag === "Fail")
      const error = rest.cause.error
      assert(error._tag === "TransportError")
      assert.strictEqual(error.signal, "SIGKILL")
    }).pipe(Effect.provide(realClient([{ chunkDelayMs: 100, items: [ScriptedModel.message("slow ".repeat(100))] }]))), 30_000)

  it.live("closing the client's scope mid-command leaves no process behind (sleep 300 included)", () =>
    Effect.gen(function*() {
      let tree: Array<{ pid: number; pgid: number }> = []
      let codexPgid = 0
      yield* Effect.scoped(
        Effect.gen(function*() {
          const { cwd } = yield* RealEnvTag
          const thread = yield* Codex.startThread({ cwd, approvalPolicy: "untrusted", sandbox: "read-only" })
          const turn = yield* Effect.fork(Codex.run(thread.id, "sleep"))
          const codex = codexProcess()
          codexPgid = codex.pgid
          // the command writes its shell's pid, then becomes `sleep 300` in that same process
          const sleeper = Number(yield* fileAppears(path.join(cwd, "sleep.pid")).pipe(within(20_000, "the command to start")))
          tree = [codex, ...descendants(codex.pid)]
          assert(tree.some((p) => p.pid === sleeper), `the command (pid ${sleeper}) is not in codex's process tree`)
          yield* Fiber.interrupt(turn)
        }).pipe(Effect.provide(realClient(
          (request) =>
            request.functionOutputs.length === 0
              ? {
                items: [ScriptedModel.functionCall("exec_command", {
                  cmd: "echo $$ > .sleep.pid && mv .sleep.pid sleep.pid && exec sleep 300",
                  sandbox_permissions: "require_escalated",
                  justification: "a long command"
                })]
              }
              : { items: [ScriptedModel.message("done")] },
          { approvals: { "item/commandExecution/requestApproval": () => Effect.succeed({ decision: "accept" as const }) } }
        )))
      )
      assert.isAbove(tree.length, 1)
      const survivors = tree.filter((p) => isAlive(p.pid))
      assert.deepStrictEqual(survivors, [], "processes outlived the client's scope")
      assert.deepStrictEqual(processes().filter((p) => p.pgid === codexPgid), [], "codex's process group is empty")
    }), 60_000)
})
