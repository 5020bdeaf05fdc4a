// The floor: a bare Node client on the same workload. child_process.spawn, readline, JSON.parse,
// a Map of pending requests, no validation. Usage: node bench/floor.mjs <scenario> [args...]
import { spawn } from "node:child_process"
import * as path from "node:path"
import * as readline from "node:readline"
import { fileURLToPath } from "node:url"

const server = path.join(path.dirname(fileURLToPath(import.meta.url)), "flood-server.mjs")

const connect = () => {
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
    turn.events++
    if (m.method === "turn/completed") {
      turns.delete(turnId)
      turn.resolve(turn.events)
    }
  })
  const request = (method, params, onResult) =>
    new Promise((resolve) => {
      const id = nextId++
      pending.set(id, { resolve, onResult })
      child.stdin.write(JSON.stringify({ id, method, params }) + "\n")
    })
  const runTurn = (threadId, text) =>
    new Promise((resolve) => {
      request("turn/start", { threadId, input: [{ type: "text", text }] }, (result) => {
        turns.set(result.turn.id, { events: 0, resolve })
      })
    })
  const initialize = async () => {
    const result = await request("initialize", { clientInfo: { name: "floor", version: "0" } })
    child.stdin.write(JSON.stringify({ method: "initialized" }) + "\n")
    return result
  }
  const close = () => child.stdin.end()
  return { request, runTurn, initialize, close }
}

const scenarios = {
  // the server check: count lines without parsing them, to show the server is not the bottleneck
  async raw(deltas) {
    const child = spawn(server, ["app-server"], { stdio: ["pipe", "pipe", "inherit"] })
    child.stdin.write(JSON.stringify({ id: 1, method: "turn/start", params: { threadId: "t", input: [{ type: "text", text: `deltas:${deltas}` }] } }) + "\n")
    const start = process.hrtime.bigint()
    let lines = 0
    await new Promise((resolve) => {
      child.stdout.on("data", (chunk) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
        if (lines >= Number(deltas) + 5) resolve()
      })
    })
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    child.stdin.end()
    return { events: lines - 1, seconds, eventsPerSecond: (lines - 1) / seconds }
  },
  async single(deltas) {
    const c = connect()
    await c.initialize()
    const { thread } = await c.request("thread/start", {})
    const start = process.hrtime.bigint()
    const events = await c.runTurn(thread.id, `deltas:${deltas}`)
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    c.close()
    return { events, seconds, eventsPerSecond: events / seconds }
  },
  async many(threads, deltas) {
    const c = connect()
    await c.initialize()
    const ids = []
    for (let i = 0; i < Number(threads); i++) ids.push((await c.request("thread/start", {})).thread.id)
    const start = process.hrtime.bigint()
    const counts = await Promise.all(ids.map((id) => c.runTurn(id, `deltas:${deltas}`)))
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const events = counts.reduce((a, b) => a + b, 0)
    c.close()
    return { events, seconds, eventsPerSecond: events / seconds }
  },
  async latency(count) {
    const c = connect()
    await c.initialize()
    for (let i = 0; i < 200; i++) await c.request("model/list", {}) // warm-up
    const samples = []
    for (let i = 0; i < Number(count); i++) {
      const start = process.hrtime.bigint()
      await c.request("model/list", {})
      samples.push(Number(process.hrtime.bigint() - start) / 1000)
    }
    c.close()
    samples.sort((a, b) => a - b)
    return { medianUs: samples[Math.floor(samples.length / 2)], p99Us: samples[Math.floor(samples.length * 0.99)] }
  },
  async startup(runs) {
    const samples = []
    for (let i = 0; i < Number(runs); i++) {
      const start = process.hrtime.bigint()
      const c = connect()
      await c.initialize()
      samples.push(Number(process.hrtime.bigint() - start) / 1e6)
      c.close()
    }
    samples.sort((a, b) => a - b)
    return { medianMs: samples[Math.floor(samples.length / 2)] }
  }
}

const [scenario, ...args] = process.argv.slice(2)
const result = await scenarios[scenario](...args)
console.log(JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
process.exit(0)
