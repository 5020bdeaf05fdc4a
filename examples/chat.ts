/**
 * A terminal chat: one thread, one turn per line you type, each answer streamed as it comes.
 * `/exit` or Ctrl-D ends it; Ctrl-C interrupts the running turn and closes codex cleanly. Without
 * a TTY it reads stdin until EOF: `printf 'hello\n' | npx tsx examples/chat.ts`.
 */
import { NodeRuntime } from "@effect/platform-node"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as readline from "node:readline"
import { Codex } from "effect-codex"
import * as ScriptedModel from "effect-codex/testing"
import { exampleLayer } from "./support.js"

const interactive = process.stdin.isTTY === true

/** The lines of stdin, for the life of the scope; on a terminal, with a prompt. */
const terminal = Effect.acquireRelease(
  Effect.sync(() => {
    const rl = readline.createInterface(
      interactive ? { input: process.stdin, output: process.stdout, terminal: true } : { input: process.stdin }
    )
    // in raw mode Ctrl-C reaches readline, not the process: hand it on to NodeRuntime.runMain,
    // which interrupts the program (and with it the running turn)
    rl.on("SIGINT", () => process.kill(process.pid, "SIGINT"))
    rl.setPrompt("you> ")
    // iterate from the start: lines that arrive before the loop reads them are kept, not lost
    const lines = rl[Symbol.asyncIterator]()
    return { prompt: Effect.sync(() => rl.prompt()), lines: { [Symbol.asyncIterator]: () => lines }, close: () => rl.close() }
  }),
  (terminal) => Effect.sync(() => terminal.close())
)

/** One turn: the answer printed delta by delta as it streams. */
const reply = (threadId: string, line: string) =>
  Effect.gen(function*() {
    if (!interactive) yield* Console.log(`you> ${line}`)
    yield* Effect.sync(() => process.stdout.write("codex> "))
    yield* Codex.streamText(threadId, line).pipe(
      Stream.runForEach((delta) => Effect.sync(() => process.stdout.write(delta)))
    )
    yield* Console.log("")
  })

const program = Effect.gen(function*() {
  const { lines, prompt } = yield* terminal
  const thread = yield* Codex.startThread({ cwd: process.cwd(), sandbox: "read-only", approvalPolicy: "never" })
  yield* Console.log("Chat with Codex: one message per line; /exit or Ctrl-D to leave.")
  yield* prompt
  yield* Stream.fromAsyncIterable(lines, (error) => error).pipe(
    Stream.orDie,
    Stream.map((line) => line.trim()),
    Stream.takeWhile((line) => line !== "/exit"),
    Stream.runForEach((line) => Effect.zipRight(line === "" ? Effect.void : reply(thread.id, line), prompt))
  )
  yield* Console.log("bye")
}).pipe(Effect.scoped)

program.pipe(
  Effect.provide(exampleLayer((request) => ({
    chunkDelayMs: 20,
    items: [ScriptedModel.message(`(scripted) You said: ${request.lastUserText}`)]
  }))),
  NodeRuntime.runMain
)
