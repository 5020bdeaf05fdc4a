/** Linux /proc helpers for process-tree assertions in tests. */
import { readdirSync, readFileSync } from "node:fs"

export interface Proc {
  readonly pid: number
  readonly ppid: number
  readonly pgid: number
  readonly sid: number
  readonly comm: string
  readonly cmdline: string
}

export const processes = (): Array<Proc> => {
  const out: Array<Proc> = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const close = stat.lastIndexOf(")")
      const comm = stat.slice(stat.indexOf("(") + 1, close)
      const fields = stat.slice(close + 2).split(" ")
      const state = fields[0]
      if (state === "Z") continue // zombies are gone, only not yet reaped
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim()
      out.push({ pid: Number(entry), ppid: Number(fields[1]), pgid: Number(fields[2]), sid: Number(fields[3]), comm, cmdline })
    } catch {
      // the process ended while we looked
    }
  }
  return out
}

export const descendants = (root: number, all = processes()): Array<Proc> => {
  const result: Array<Proc> = []
  const queue = [root]
  while (queue.length > 0) {
    const parent = queue.shift()!
    for (const p of all) {
      if (p.ppid === parent) {
        result.push(p)
        queue.push(p.pid)
      }
    }
  }
  return result
}

export const isAlive = (pid: number) => processes().some((p) => p.pid === pid)
