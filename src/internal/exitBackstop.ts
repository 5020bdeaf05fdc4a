/**
 * A last resort for what must not outlive the process: synchronous cleanup hooks, run when the
 * process exits or is signalled without the Effect finalizers having run.
 *
 * Under a plain `Effect.runPromise`, Ctrl-C (SIGINT) or a SIGTERM ends Node at once: no finalizer
 * runs, the app-server (in a process group of its own, out of reach of the terminal's Ctrl-C) keeps
 * running, and the test kit's temporary directories stay. While at least one hook is registered,
 * this module listens for 'exit' and for SIGINT, SIGTERM and SIGHUP. On a signal nobody else
 * handles, it runs the hooks and raises the signal again, so the process still ends the way it
 * would have (by SIGINT: exit status 130 in a shell). When someone else handles the signal
 * (`NodeRuntime.runMain` interrupts the program, and so runs the finalizers), it leaves the signal
 * to them; whatever is still registered when the process exits runs then.
 *
 * Hooks run once, in phases: every "processes" hook first (kill what could still write), then
 * every "files" hook (remove what they wrote into); in registration order within a phase. With no
 * hook registered, no listener is installed: nothing leaks, nothing keeps the process alive.
 */
import { spawnSync } from "node:child_process"
import { descendantPids, killAll, processes } from "./procTree.js"

export type Phase = "processes" | "files"

const PHASES: ReadonlyArray<Phase> = ["processes", "files"]
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const
type Signal = typeof SIGNALS[number]

/** The part of `process` the backstop uses; tests pass a stand-in. */
export interface Target {
  readonly pid: number
  on(event: "exit", listener: () => void): unknown
  prependListener(event: Signal, listener: () => void): unknown
  removeListener(event: "exit" | Signal, listener: () => void): unknown
  listenerCount(event: Signal): number
  kill(pid: number, signal: Signal): unknown
}

export interface Backstop {
  /** Registers a hook until the returned function is called (calling it again does nothing). */
  readonly register: (phase: Phase, hook: () => void) => () => void
}

export const make = (target: Target): Backstop => {
  const hooks: Record<Phase, Set<() => void>> = { processes: new Set(), files: new Set() }
  const size = () => hooks.processes.size + hooks.files.size
  let installed = false

  const runHooks = () => {
    for (const phase of PHASES) {
      const due = [...hooks[phase]]
      hooks[phase].clear()
      for (const hook of due) {
        try {
          hook()
        } catch {
          // one failing hook must not keep the others from running
        }
      }
    }
    uninstall()
  }

  const onExit = () => runHooks()
  const onSignal = (signal: Signal) => () => {
    // Someone else decides what this signal means (runMain interrupts the program, whose
    // finalizers then do the work); what is left runs at 'exit'.
    if (target.listenerCount(signal) > 1) return
    runHooks()
    // no listener is left, so this one takes the default action
    target.kill(target.pid, signal)
  }
  const signalListeners = SIGNALS.map((signal) => [signal, onSignal(signal)] as const)

  const install = () => {
    if (installed) return
    installed = true
    target.on("exit", onExit)
    // First in line, so the count of other listeners is taken before any of them removes itself
    // (runMain's does, on the first signal).
    for (const [signal, listener] of signalListeners) target.prependListener(signal, listener)
  }

  const uninstall = () => {
    if (!installed) return
    installed = false
    target.removeListener("exit", onExit)
    for (const [signal, listener] of signalListeners) target.removeListener(signal, listener)
  }

  return {
    register: (phase, hook) => {
      // a function of its own, so the same hook can be registered twice and removed once
      const entry = () => hook()
      hooks[phase].add(entry)
      install()
      return () => {
        if (!hooks[phase].delete(entry)) return
        if (size() === 0) uninstall()
      }
    }
  }
}

/** One backstop per process, even when two copies of this module are loaded (dist and src). */
const GLOBAL_KEY = Symbol.for("effect-codex/internal/exitBackstop")

const shared = (): Backstop => {
  const holder = globalThis as { [GLOBAL_KEY]?: Backstop }
  return holder[GLOBAL_KEY] ??= make(process)
}

export const register = (phase: Phase, hook: () => void): (() => void) => shared().register(phase, hook)

/** How long `killTree` waits for what it killed to be dead (its last writes done). */
const DEATH_WAIT_MS = 2_000
const POLL_MS = 10

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * SIGKILLs, synchronously, a process started in a group of its own, the rest of its group, and its
 * descendants (codex runs commands in sessions of their own, out of reach of a group signal). Then
 * waits, bounded, until none of them runs: a killed process may still finish a write it was in.
 * Windows has no process groups: `taskkill /T /F` walks the tree.
 */
export const killTree = (pid: number): void => {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/T", "/F", "/PID", String(pid)], { timeout: 5_000, windowsHide: true, stdio: "ignore" })
    return
  }
  // snapshot before anything dies and its children lose their parent
  const tree = new Set([pid, ...descendantPids(pid)])
  try {
    process.kill(-pid, "SIGKILL")
  } catch {
    // the group is empty already
  }
  killAll([...tree], "SIGKILL")
  const deadline = Date.now() + DEATH_WAIT_MS
  // a zombie is dead (only not reaped yet): its writes are over
  const running = () => processes().some((p) => p.state !== "Z" && (tree.has(p.pid) || p.pgid === pid))
  while (running() && Date.now() < deadline) pause(POLL_MS)
}
