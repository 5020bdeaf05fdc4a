/**
 * The process table. codex starts each command in a session of its own, out of reach of a
 * process-group signal, so the close ladder snapshots the server's descendants first and kills
 * whatever outlives it.
 *
 * Linux has /proc, which is cheap to read; macOS and the BSDs do not, so there the table comes
 * from `ps`. Windows has neither: nothing is found, and the close ladder relies on `taskkill /T`.
 */
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"

export interface Proc {
  readonly pid: number
  readonly ppid: number
  readonly pgid: number
  /** Session id; only /proc knows it (`ps` has no portable column for it), otherwise -1. */
  readonly sid: number
  readonly comm: string
  /** One-letter state; `Z` is a zombie: dead, not yet reaped. */
  readonly state: string
}

export type Source = "proc" | "ps" | "auto"

let source: Source = "auto"

/** Chooses where the process table comes from; `auto` (the default) prefers /proc. Tests force `ps`. */
export const setSource = (next: Source): void => {
  source = next
}

let procReadable: boolean | undefined

/** The source `processes` reads now, with `auto` resolved. */
export const currentSource = (): "proc" | "ps" => {
  if (source !== "auto") return source
  if (procReadable === undefined) {
    try {
      readFileSync("/proc/self/stat", "utf8")
      procReadable = true
    } catch {
      procReadable = false
    }
  }
  return procReadable ? "proc" : "ps"
}

const readProc = (pid: string): Proc | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // comm sits in parentheses and may itself hold spaces and ")"; the last ")" ends it
    const close = stat.lastIndexOf(")")
    const fields = stat.slice(close + 2).split(" ")
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      pgid: Number(fields[2]),
      sid: Number(fields[3]),
      comm: stat.slice(stat.indexOf("(") + 1, close),
      state: fields[0]!
    }
  } catch {
    return undefined // it ended while we looked
  }
}

const fromProc = (): Array<Proc> => {
  let entries: Array<string>
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e))
  } catch {
    return []
  }
  return entries.map(readProc).filter((p): p is Proc => p !== undefined)
}

/** Runs `ps` with a bounded wait; undefined when there is no `ps` or it fails. */
export const runPs = (args: ReadonlyArray<string>): string | undefined => {
  try {
    return execFileSync("ps", args, {
      encoding: "utf8",
      timeout: 5_000,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
      windowsHide: true
    })
  } catch {
    return undefined
  }
}

// pid ppid pgid stat comm; comm is the rest of the line and may hold spaces (macOS prints a path);
// the columns are padded, so the spaces around it are not part of it
const PS_LINE = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)(?:\s+(.*))?$/

/** Parses `ps -o pid=,ppid=,pgid=,stat=,comm=` output; lines it cannot read are skipped. */
export const parsePs = (output: string): Array<Proc> => {
  const result: Array<Proc> = []
  for (const line of output.split("\n")) {
    const match = PS_LINE.exec(line)
    if (match === null) continue
    result.push({
      pid: Number(match[1]),
      ppid: Number(match[2]),
      pgid: Number(match[3]),
      sid: -1,
      comm: (match[5] ?? "").trim(),
      state: match[4]!.charAt(0)
    })
  }
  return result
}

const fromPs = (): Array<Proc> => {
  const output = runPs(["-A", "-o", "pid=,ppid=,pgid=,stat=,comm="])
  return output === undefined ? [] : parsePs(output)
}

/** Every process on the machine (none when neither /proc nor `ps` can be read). */
export const processes = (): Array<Proc> => (currentSource() === "proc" ? fromProc() : fromPs())

/** The descendants of `root`, breadth first. */
export const descendants = (root: number, all: ReadonlyArray<Proc> = processes()): Array<Proc> => {
  const children = new Map<number, Array<Proc>>()
  for (const p of all) {
    const list = children.get(p.ppid) ?? []
    list.push(p)
    children.set(p.ppid, list)
  }
  const result: Array<Proc> = []
  // ps on macOS lists pid 0 as its own parent: never walk a pid twice
  const seen = new Set([root])
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child.pid)) continue
      seen.add(child.pid)
      result.push(child)
      queue.push(child.pid)
    }
  }
  return result
}

export const descendantPids = (root: number): Array<number> => descendants(root).map((p) => p.pid)

export const killAll = (pids: ReadonlyArray<number>, signal: NodeJS.Signals): void => {
  for (const pid of pids) {
    try {
      process.kill(pid, signal)
    } catch {
      // already gone
    }
  }
}
