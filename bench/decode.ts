/**
 * Hot path: what decoding one `item/agentMessage/delta` line costs next to `JSON.parse` alone.
 * Target: ratio at most 2.
 */
import { decodeEnvelope, decodeNotification } from "../src/internal/codec.js"

const line = JSON.stringify({
  method: "item/agentMessage/delta",
  params: {
    threadId: "019a6c1e-7d2f-7a51-9a3e-5b2d0c1f4e21",
    turnId: "019a6c1e-8a10-7b33-8c4f-2e9d7a6b5c10",
    itemId: "msg_0c5e2a8f1b3d4e6f",
    delta: "Hello, this is a streamed token "
  }
})

const measure = (label: string, iterations: number, fn: () => unknown) => {
  let sink: unknown
  for (let i = 0; i < 50_000; i++) sink = fn() // warm-up
  const runs: Array<number> = []
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < iterations; i++) sink = fn()
    runs.push(Number(process.hrtime.bigint() - start) / 1000 / iterations)
  }
  runs.sort((a, b) => a - b)
  if (sink === undefined) throw new Error("unreachable")
  return { label, usPerLine: runs[2]! }
}

export const runDecodeBench = (iterations = 500_000) => {
  const parse = measure("JSON.parse", iterations, () => JSON.parse(line))
  const full = measure("codec + schema decode", iterations, () => {
    const envelope = decodeEnvelope(line)
    if (envelope._tag !== "Notification") throw new Error("expected a notification")
    const decoded = decodeNotification(envelope.method, envelope.params)
    if (decoded._tag !== "ServerNotification") throw new Error("delta did not decode")
    return decoded
  })
  return { parse, full, ratio: full.usPerLine / parse.usPerLine }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runDecodeBench()
  console.log(`decode of item/agentMessage/delta (${line.length} bytes):`)
  console.log(`  JSON.parse alone        ${r.parse.usPerLine.toFixed(3)} µs/line`)
  console.log(`  codec + schema decode   ${r.full.usPerLine.toFixed(3)} µs/line`)
  console.log(`  ratio                   ${r.ratio.toFixed(2)} (target <= 2)`)
}
