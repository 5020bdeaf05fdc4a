/**
 * Process-table helpers for process-tree assertions: the SDK's own table (/proc or `ps`, as
 * `procTree.setSource` chose), plus the command lines tests match on.
 */
import { readFileSync } from "node:fs"
import { currentSource, descendants as descendantsOf, type Proc, processes as all, runPs } from "../../src/internal/procTree.js"

export interface TestProc extends Proc {
  readonly cmdline: string
}

const cmdlineFromProc = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim()
  } catch {
    return "" // ended meanwhile
  }
}

/** Command lines of every process, from one `ps` run (one per process would be slow). */
const cmdlinesFromPs = (): Map<number, string> => {
  const lines = new Map<number, string>()
  for (const line of (runPs(["-A", "-o", "pid=,args="]) ?? "").split("\n")) {
    const match = /^\s*(\d+)\s?(.*)$/.exec(line)
    if (match !== null) lines.set(Number(match[1]), match[2]!.trim())
  }
  return lines
}

const withCmdlines = (procs: ReadonlyArray<Proc>): Array<TestProc> => {
  const live = procs.filter((p) => p.state !== "Z")
  if (currentSource() === "proc") return live.map((p) => ({ ...p, cmdline: cmdlineFromProc(p.pid) }))
  const cmdlines = cmdlinesFromPs()
  return live.map((p) => ({ ...p, cmdline: cmdlines.get(p.pid) ?? "" }))
}

/** Live processes: zombies are dead, only not yet reaped. */
export const processes = (): Array<TestProc> => withCmdlines(all())

export const descendants = (root: number): Array<TestProc> => withCmdlines(descendantsOf(root))

export const isAlive = (pid: number) => all().some((p) => p.pid === pid && p.state !== "Z")
