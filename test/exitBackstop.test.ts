/**
 * The exit backstop (src/internal/exitBackstop.ts) in-process, on a stand-in for `process`: when it
 * listens, in which order its hooks run, and when it raises a signal again. The real signals, on
 * a real program, are in testing.signals.real.test.ts.
 */
import { assert, describe, it } from "@effect/vitest"
import { EventEmitter } from "node:events"
import * as ExitBackstop from "../src/internal/exitBackstop.js"

class FakeProcess extends EventEmitter {
  readonly pid = 4242
  readonly kills: Array<readonly [number, string]> = []
  kill(pid: number, signal: string) {
    this.kills.push([pid, signal])
  }
}

const EVENTS = ["exit", "SIGINT", "SIGTERM", "SIGHUP"] as const
const counts = (target: EventEmitter) => EVENTS.map((event) => target.listenerCount(event))

describe("exit backstop", () => {
  it("listens only while a hook is registered, and stops when the last one goes", () => {
    const target = new FakeProcess()
    const backstop = ExitBackstop.make(target)
    assert.deepStrictEqual(counts(target), [0, 0, 0, 0])
    const first = backstop.register("files", () => {})
    const second = backstop.register("processes", () => {})
    assert.deepStrictEqual(counts(target), [1, 1, 1, 1], "one listener per event, however many hooks")
    first()
    assert.deepStrictEqual(counts(target), [1, 1, 1, 1], "a hook is still registered")
    second()
    second()
    assert.deepStrictEqual(counts(target), [0, 0, 0, 0])
    const again = backstop.register("files", () => {})
    assert.deepStrictEqual(counts(target), [1, 1, 1, 1], "installed again for a new hook")
    again()
    assert.deepStrictEqual(counts(target), [0, 0, 0, 0])
  })

  it("at exit runs every processes hook before any files hook, each once, and stops listening", () => {
    const target = new FakeProcess()
    const backstop = ExitBackstop.make(target)
    const ran: Array<string> = []
    backstop.register("files", () => ran.push("files 1"))
    backstop.register("processes", () => ran.push("processes 1"))
    backstop.register("files", () => {
      throw new Error("a failing hook")
    })
    backstop.register("files", () => ran.push("files 2"))
    const gone = backstop.register("processes", () => ran.push("unregistered"))
    backstop.register("processes", () => ran.push("processes 2"))
    gone()
    target.emit("exit")
    target.emit("exit")
    assert.deepStrictEqual(ran, ["processes 1", "processes 2", "files 1", "files 2"])
    assert.deepStrictEqual(counts(target), [0, 0, 0, 0])
    assert.deepStrictEqual(target.kills, [], "an exit raises nothing")
  })

  it("on a signal nobody else handles, runs the hooks, then raises the signal again with no listener left", () => {
    const target = new FakeProcess()
    const backstop = ExitBackstop.make(target)
    const ran: Array<string> = []
    backstop.register("files", () => ran.push("files"))
    backstop.register("processes", () => ran.push("processes"))
    let listenersAtKill: ReadonlyArray<number> = []
    const kill = target.kill.bind(target)
    target.kill = (pid, signal) => {
      listenersAtKill = counts(target)
      kill(pid, signal)
    }
    target.emit("SIGTERM")
    assert.deepStrictEqual(ran, ["processes", "files"])
    assert.deepStrictEqual(target.kills, [[4242, "SIGTERM"]])
    assert.deepStrictEqual(listenersAtKill, [0, 0, 0, 0], "the raised signal takes its default action")
  })

  it("leaves a signal someone else handles to them (runMain), and sweeps what is left at exit", () => {
    const target = new FakeProcess()
    // registered first and removing itself when called, as NodeRuntime.runMain's listener does
    const runMain = () => target.removeListener("SIGINT", runMain)
    target.on("SIGINT", runMain)
    const backstop = ExitBackstop.make(target)
    const ran: Array<string> = []
    backstop.register("files", () => ran.push("files"))
    target.emit("SIGINT")
    assert.deepStrictEqual(ran, [], "the finalizers do the work")
    assert.deepStrictEqual(target.kills, [])
    assert.strictEqual(target.listenerCount("SIGINT"), 1, "the backstop still listens")
    target.emit("exit")
    assert.deepStrictEqual(ran, ["files"])
  })

  it("on the real process: the listeners come and go with the hooks, the signal ones first in line", () => {
    // someone else's listener, there first
    const other = () => {}
    process.on("SIGINT", other)
    try {
      const before = EVENTS.map((event) => process.listenerCount(event))
      const sigintBefore = process.listeners("SIGINT")
      const unregister = ExitBackstop.register("files", () => {
        throw new Error("must not run")
      })
      try {
        assert.deepStrictEqual(EVENTS.map((event) => process.listenerCount(event)), before.map((n) => n + 1))
        assert.deepStrictEqual(process.listeners("SIGINT").slice(1), sigintBefore, "prepended")
      } finally {
        unregister()
      }
      assert.deepStrictEqual(EVENTS.map((event) => process.listenerCount(event)), before)
    } finally {
      process.removeListener("SIGINT", other)
    }
  })
})
