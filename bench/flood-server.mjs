#!/usr/bin/env node
// A fake app-server for benchmarks: answers at once and floods schema-valid notifications.
// A turn's input text "deltas:N" makes it stream N agent-message deltas. Output is batched into
// large writes and respects pipe backpressure, so the server is never the bottleneck.
import { once } from "node:events"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import * as readline from "node:readline"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
process.stdout.setMaxListeners(0)
const transcript = readFileSync(path.join(here, "..", "test", "fixtures", "transcript.jsonl"), "utf8")
  .trim().split("\n").map((l) => JSON.parse(l))
const threadResponse = transcript.find((e) => e.dir === "in" && e.message.result?.thread).message.result

let buffer = []
let size = 0
const FLUSH = 64 * 1024
const flush = async () => {
  if (buffer.length === 0) return
  const chunk = buffer.join("")
  buffer = []
  size = 0
  if (!process.stdout.write(chunk)) await once(process.stdout, "drain")
}
const push = async (message) => {
  const line = JSON.stringify(message) + "\n"
  buffer.push(line)
  size += line.length
  if (size >= FLUSH) await flush()
}
let scheduled = false
const send = (message) => {
  push(message)
  if (!scheduled) {
    scheduled = true
    setImmediate(() => {
      scheduled = false
      flush()
    })
  }
}

const turn = (id, status = "inProgress") => ({ id, items: [], status })
let turns = 0
let threads = 0

const flood = async (threadId, turnId, count) => {
  await push({ method: "turn/started", params: { threadId, turn: turn(turnId) } })
  // every delta line is the same bytes: serialise once, then copy
  const line = JSON.stringify({ method: "item/agentMessage/delta", params: { threadId, turnId, itemId: `msg-${turnId}`, delta: "token " } }) + "\n"
  const perChunk = Math.max(1, Math.floor(FLUSH / line.length))
  const block = line.repeat(perChunk)
  let left = count
  await flush()
  while (left >= perChunk) {
    if (!process.stdout.write(block)) await once(process.stdout, "drain")
    left -= perChunk
  }
  if (left > 0) buffer.push(line.repeat(left)), (size += line.length * left)
  await push({
    method: "item/completed",
    params: { threadId, turnId, completedAtMs: Date.now(), item: { type: "agentMessage", id: `msg-${turnId}`, text: "token ".repeat(Math.min(count, 1000)), phase: "final_answer" } }
  })
  await push({
    method: "thread/tokenUsage/updated",
    params: {
      threadId,
      turnId,
      tokenUsage: {
        last: { cachedInputTokens: 0, inputTokens: 10, outputTokens: count, reasoningOutputTokens: 0, totalTokens: 10 + count },
        total: { cachedInputTokens: 0, inputTokens: 10, outputTokens: count, reasoningOutputTokens: 0, totalTokens: 10 + count }
      }
    }
  })
  await push({ method: "turn/completed", params: { threadId, turn: turn(turnId, "completed") } })
  await flush()
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const m = JSON.parse(line)
  if (m.id === undefined || m.method === undefined) return
  switch (m.method) {
    case "initialize":
      return send({ id: m.id, result: { userAgent: "flood_server/0.0.1", codexHome: "/tmp", platformFamily: "unix", platformOs: "linux" } })
    case "thread/start":
      return send({ id: m.id, result: { ...threadResponse, thread: { ...threadResponse.thread, id: `thread-${++threads}` } } })
    case "model/list":
      return send({ id: m.id, result: { data: [] } })
    case "turn/start": {
      const turnId = `turn-${++turns}`
      const count = Number(/deltas:(\d+)/.exec(m.params.input?.[0]?.text ?? "")?.[1] ?? 10)
      send({ id: m.id, result: { turn: turn(turnId) } })
      setImmediate(() => flood(m.params.threadId, turnId, count))
      return
    }
    default:
      return send({ id: m.id, error: { code: -32601, message: `flood: no ${m.method}` } })
  }
})
process.stdin.on("end", () => flush().then(() => process.exit(0)))
