/** /proc helpers for process-tree assertions: the SDK's own, plus the command lines tests match on. */
import { readFileSync } from "node:fs"
import { descendants as descendantsOf, type Proc, processes as all } from "../../src/internal/procTree.js"

export interface TestProc extends Proc {
  readonly cmdline: string
}

const withCmdline = (p: Proc): TestProc => {
  let cmdline = ""
  try {
    cmdline = readFileSync(`/proc/${p.pid}/cmdline`, "utf8").replace(/\0/g, " ").trim()
  } catch {
    // ended meanwhile
  }
  return { ...p, cmdline }
}

/** Live processes: zombies are dead, only not yet reaped. */
export const processes = (): Array<TestProc> => all().filter((p) => p.state !== "Z").map(withCmdline)

export const descendants = (root: number): Array<TestProc> =>
  descendantsOf(root).filter((p) => p.state !== "Z").map(withCmdline)

export const isAlive = (pid: number) => processes().some((p) => p.pid === pid)
