/**
 * The descendants of a process, read from /proc (Linux). codex starts each command in a session
 * of its own, out of reach of a process-group signal, so the close ladder snapshots the tree
 * first and kills whatever outlives it. Elsewhere (no /proc) this finds nothing and the
 * process-group signals are all there is.
 */
import { readdirSync, readFileSync } from "node:fs"

const parentOf = (pid: string): number | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
  } catch {
    return undefined
  }
}

export const descendantPids = (root: number): Array<number> => {
  let entries: Array<string>
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e))
  } catch {
    return []
  }
  const children = new Map<number, Array<number>>()
  for (const entry of entries) {
    const parent = parentOf(entry)
    if (parent === undefined) continue
    const list = children.get(parent) ?? []
    list.push(Number(entry))
    children.set(parent, list)
  }
  const result: Array<number> = []
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      result.push(child)
      queue.push(child)
    }
  }
  return result
}

export const killAll = (pids: ReadonlyArray<number>, signal: NodeJS.Signals): void => {
  for (const pid of pids) {
    try {
      process.kill(pid, signal)
    } catch {
      // already gone
    }
  }
}
