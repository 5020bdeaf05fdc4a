// The floor: a bare Node client on the same workload (client.mjs: child_process.spawn, readline,
// JSON.parse, a Map of pending requests, no validation). Usage: node bench/floor.mjs <scenario> [args...]
// Scenarios: raw <deltas> | single <deltas> | many <turns> <deltas> | latency <count> | startup <runs>
import { spawn } from "node:child_process"
import { connect, server } from "./client.mjs"

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
