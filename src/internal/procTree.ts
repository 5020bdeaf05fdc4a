/**
 * Processes read from /proc (Linux). codex starts each command in a session of its own, out of
 * reach of a process-group signal, so the close ladder snapshots the server's descendants first
 * and kills whatever outlives it. Elsewhere (no /proc) this finds nothing and the process-group
 * signals are all there is.
 */
import { readdirSync, readFileSync } from "node:fs"

export interface Proc {
  readonly pid: number
  readonly ppid: number
  readonly pgid: number
  readonly sid: number
  readonly comm: string
  /** One-letter state; `Z` is a zombie: dead, not yet reaped. */
  readonly state: string
}

const read = (pid: string): Proc | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
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

/** Every process on the machine (none without /proc). */
export const processes = (): Array<Proc> => {
  let entries: Array<string>
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e))
  } catch {
    return []
  }
  return entries.map(read).filter((p): p is Proc => p !== undefined)
}

/** The descendants of `root`, breadth first. */
export const descendants = (root: number, all: ReadonlyArray<Proc> = processes()): Array<Proc> => {
  const children = new Map<number, Array<Proc>>()
  for (const p of all) {
    const list = children.get(p.ppid) ?? []
    list.push(p)
    children.set(p.ppid, list)
  }
  const result: Array<Proc> = []
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
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
