// The floor's client: a bare Node client of the fake app-server. child_process.spawn, readline,
// JSON.parse, a Map of pending requests, a Map of turns, no validation. The floor (floor.mjs) and
// the Effect ceilings (ceiling.mjs) both run this very module, so what separates them is only
// what they do with a turn's notifications.
import { spawn } from "node:child_process"
import * as path from "node:path"
import * as readline from "node:readline"
import { fileURLToPath } from "node:url"

export const server = path.join(path.dirname(fileURLToPath(import.meta.url)), "flood-server.mjs")

export const connect = () => {
  const child = spawn(server, ["app-server"], { stdio: ["pipe", "pipe", "inherit"] })
  const pending = new Map()
  const turns = new Map()
  let nextId = 1
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const m = JSON.parse(line)
    if (m.id !== undefined && m.method === undefined) {
      const entry = pending.get(m.id)
      pending.delete(m.id)
      entry?.onResult?.(m.result)
      entry?.resolve(m.result)
      return
    }
    if (m.method === undefined) return
    const turnId = m.params?.turnId ?? m.params?.turn?.id
    const turn = turnId === undefined ? undefined : turns.get(turnId)
    if (turn === undefined) return
    turn.event(m)
    if (m.method === "turn/completed") {
      turns.delete(turnId)
      turn.done()
    }
  })
  const request = (method, params, onResult) =>
    new Promise((resolve) => {
      const id = nextId++
      pending.set(id, { resolve, onResult })
      child.stdin.write(JSON.stringify({ id, method, params }) + "\n")
    })
  // Starts a turn; from the turn/start answer on, each of its notifications (turn/completed
  // included) goes to sink.event(message), in order, then sink.done() after turn/completed.
  const startTurn = (threadId, text, sink) =>
    request("turn/start", { threadId, input: [{ type: "text", text }] }, (result) => {
      turns.set(result.turn.id, sink)
    })
  // The floor's turn: counts its notifications, resolves with the count after turn/completed.
  const runTurn = (threadId, text) =>
    new Promise((resolve) => {
      let events = 0
      startTurn(threadId, text, { event: () => void events++, done: () => resolve(events) })
    })
  const initialize = async () => {
    const result = await request("initialize", { clientInfo: { name: "floor", version: "0" } })
    child.stdin.write(JSON.stringify({ method: "initialized" }) + "\n")
    return result
  }
  const close = () => child.stdin.end()
  return { request, startTurn, runTurn, initialize, close }
}
