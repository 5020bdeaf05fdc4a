/**
 * A thread's life: start, run, name, list its turns and items, fork, archive, unarchive, delete.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Chunk from "effect/Chunk"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

/** Whether the listing (paged as it is pulled) holds the thread; stops at the first match. */
const listed = (id: string, archived = false) =>
  Codex.listThreadsAll({ archived }).pipe(Stream.filter((thread) => thread.id === id), Stream.runHead, Effect.map(Option.isSome))

const program = Effect.gen(function*() {
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  yield* Codex.run(thread.id, "Draft release notes for 1.0.")
  yield* Console.log(`started: ${thread.id}`)

  yield* Codex.setThreadName(thread.id, "release notes")
  yield* Console.log(`named: ${(yield* Codex.readThread(thread.id)).name}`)

  const turns = yield* Stream.runCollect(Codex.listTurns(thread.id))
  yield* Console.log(`turns: ${turns.length} (${Chunk.join(Chunk.map(turns, (turn) => turn.status), ", ")})`)
  const items = yield* Stream.runCollect(Codex.listItems(thread.id))
  yield* Console.log(`items: ${Chunk.join(Chunk.map(items, (entry) => entry.item.type), ", ")}`)

  const fork = yield* Codex.forkThread(thread.id)
  yield* Console.log(`forked: ${fork.id}, with the history of ${thread.id}`)

  yield* Codex.archiveThread(thread.id)
  yield* Console.log(`archived: listed as archived ${yield* listed(thread.id, true)}`)
  yield* Codex.unarchiveThread(thread.id)
  yield* Console.log(`unarchived: listed ${yield* listed(thread.id)}`)

  yield* Codex.deleteThread(fork.id)
  yield* Codex.deleteThread(thread.id)
  yield* Console.log(`deleted: listed ${yield* listed(thread.id)}`)
})

program.pipe(
  Effect.provide(exampleLayer([{ items: [ScriptedModel.message("Version 1.0: first stable release.")] }])),
  NodeRuntime.runMain
)
