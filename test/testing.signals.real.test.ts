/**
 * The real-binary test kit in a program that is signalled while a turn runs a command: neither
 * codex nor the command may outlive the program, and the kit's temporary directories must be gone,
 * whether the program runs under a plain `Effect.runPromise` (no finalizer runs: the exit backstop
 * does the work) or under `NodeRuntime.runMain` (the finalizers do). The program is test/fixtures/kit-signalled.ts, with
 * TMPDIR pointed at a directory of the test's own, so every directory the kit made is found there.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import { type ChildProcessByStdio, spawn } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import * as path from "node:path"
import type { Readable } from "node:stream"
import { killTree } from "../src/internal/exitBackstop.js"
import { killAll } from "../src/internal/procTree.js"
import { isAlive, processes } from "./support/procs.js"
import { tempDir } from "./support/tempDir.js"

const root = path.resolve(import.meta.dirname, "..")
const fixture = path.join(import.meta.dirname, "fixtures", "kit-signalled.ts")

interface Ready {
  readonly home: string
  readonly cwd: string
  readonly codexPid: number
  readonly tree: ReadonlyArray<number>
  /** The `sleep 300` codex runs for the model, in a session of its own. */
  readonly sleeper: number
}

interface Ended {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

interface Program {
  readonly child: ChildProcessByStdio<null, Readable, Readable>
  /** The program's first line: its directories and codex's pid, once codex waits on the model. */
  readonly ready: Promise<Ready>
  readonly readyNow: () => Ready | undefined
  readonly ended: Promise<Ended>
  readonly stderr: () => string
}

const kitDirs = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith("effect-codex-"))

/** Starts the fixture; killed (codex and its tree first) with the scope if the test ends first. */
const start = (mode: "runPromise" | "runMain", tmp: string) =>
  Effect.acquireRelease(
    Effect.sync((): Program => {
      const child = spawn(process.execPath, ["--import", "tsx", fixture, mode], {
        cwd: root,
        env: { ...process.env, TMPDIR: tmp },
        stdio: ["ignore", "pipe", "pipe"]
      })
      let stderr = ""
      child.stderr.on("data", (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-8192)
      })
      const ended = new Promise<Ended>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
      let readyValue: Ready | undefined
      const ready = new Promise<Ready>((resolve, reject) => {
        let out = ""
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString()
          const newline = out.indexOf("\n")
          if (newline === -1 || readyValue !== undefined) return
          readyValue = JSON.parse(out.slice(0, newline))
          resolve(readyValue!)
        })
        void ended.then(() => reject(new Error(`the program ended before it was ready; stderr: ${stderr}`)))
      })
      return { child, ready, readyNow: () => readyValue, ended, stderr: () => stderr }
    }),
    ({ child, ended, readyNow }, exit) =>
      Effect.gen(function*() {
        // when the test failed, nothing may be left running, or writing into the directories removed next
        const ready = readyNow()
        if (Exit.isFailure(exit) && ready !== undefined) {
          killTree(ready.codexPid)
          killAll([...ready.tree, ready.sleeper], "SIGKILL")
        }
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
        yield* Effect.promise(() => ended).pipe(Effect.timeout("10 seconds"), Effect.ignore)
      })
  )

const signalled = (mode: "runPromise" | "runMain", signal: "SIGINT" | "SIGTERM") =>
  Effect.gen(function*() {
    const tmp = yield* tempDir("effect-codex-signalled-")
    const program = yield* start(mode, tmp)
    const ready = yield* Effect.promise(() => program.ready).pipe(
      Effect.timeoutFail({ duration: "45 seconds", onTimeout: () => new Error(`not ready; stderr: ${program.stderr()}`) })
    )
    const before = kitDirs(tmp)
    assert.strictEqual(before.length, 3, `CODEX_HOME, HOME and cwd are in the test's TMPDIR: ${before.join(", ")}`)
    assert.isTrue(isAlive(ready.codexPid), "codex runs the turn")
    assert.include(ready.tree, ready.sleeper, "the command is one of codex's descendants")
    program.child.kill(signal)
    const ended = yield* Effect.promise(() => program.ended).pipe(
      Effect.timeoutFail({ duration: "20 seconds", onTimeout: () => new Error("the program did not end") })
    )
    // right away: nothing may be left to finish later
    const codexLeft = processes().filter((p) => p.pgid === ready.codexPid || p.pid === ready.codexPid)
    const treeLeft = ready.tree.filter(isAlive)
    const dirsLeft = kitDirs(tmp)
    assert.deepStrictEqual(codexLeft.map((p) => `${p.pid} ${p.cmdline}`), [], "codex and its group are dead")
    assert.deepStrictEqual(treeLeft, [], "codex's descendants are dead")
    assert.deepStrictEqual(dirsLeft, [], "every directory the kit made is gone")
    assert.isFalse(existsSync(ready.home))
    assert.isFalse(existsSync(ready.cwd))
    return { ended, stderr: program.stderr() }
  }).pipe(Effect.scoped)

describe("real binary: the test kit in a signalled program", () => {
  it.live("real binary: Ctrl-C under Effect.runPromise kills codex, removes the kit's directories, and still ends by SIGINT", () =>
    Effect.gen(function*() {
      const { ended, stderr } = yield* signalled("runPromise", "SIGINT")
      assert.deepStrictEqual(ended, { code: null, signal: "SIGINT" }, `stderr: ${stderr}`)
    }), 90_000)

  it.live("real binary: SIGTERM under Effect.runPromise kills codex, removes the kit's directories, and still ends by SIGTERM", () =>
    Effect.gen(function*() {
      const { ended, stderr } = yield* signalled("runPromise", "SIGTERM")
      assert.deepStrictEqual(ended, { code: null, signal: "SIGTERM" }, `stderr: ${stderr}`)
    }), 90_000)

  it.live("real binary: Ctrl-C under NodeRuntime.runMain runs the finalizers: codex closed, directories gone, exit code 0", () =>
    Effect.gen(function*() {
      const { ended, stderr } = yield* signalled("runMain", "SIGINT")
      // runMain interrupts the program and exits with 0 once an interruption is all that happened;
      // had the backstop acted on the signal, the program would have ended by SIGINT
      assert.deepStrictEqual(ended, { code: 0, signal: null }, `stderr: ${stderr}`)
    }), 90_000)
})
