import { assert, describe, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import * as path from "node:path"
import { ClientNotifications, ClientRequests, ServerRequests } from "../src/generated/methods.js"
import { decodeEnvelope, decodeNotification, decodePayload, decodeServerRequest } from "../src/internal/codec.js"

/**
 * test/fixtures/transcript.jsonl was recorded from the real pinned binary by
 * `npm run record` (scripts/record-transcript.ts): initialize, thread/start, one turn with text
 * deltas, one command approval request and its resolution.
 */
const transcript: Array<{ dir: "in" | "out"; message: any }> = readFileSync(
  path.resolve(import.meta.dirname, "fixtures", "transcript.jsonl"),
  "utf8"
).trim().split("\n").map((line) => JSON.parse(line))

describe("real transcript", () => {
  it("covers the handshake, a thread, a turn with deltas and an approval", () => {
    const methods = new Set(transcript.map((e) => e.message.method).filter(Boolean))
    for (const m of [
      "initialize",
      "initialized",
      "thread/start",
      "turn/start",
      "turn/started",
      "item/agentMessage/delta",
      "item/commandExecution/requestApproval",
      "serverRequest/resolved",
      "turn/completed"
    ]) assert(methods.has(m), `transcript lacks ${m}`)
  })

  it("every line decodes to its typed variant; none falls back to unknown", () => {
    const clientMethodById = new Map<unknown, string>()
    const serverMethodById = new Map<unknown, string>()
    let checked = 0
    for (const { dir, message } of transcript) {
      const line = JSON.stringify(message)
      if (dir === "out") {
        if (message.method !== undefined && message.id !== undefined) {
          clientMethodById.set(message.id, message.method)
          const spec = ClientRequests[message.method as keyof typeof ClientRequests]
          assert(spec !== undefined, `unknown client method ${message.method}`)
          const r = decodePayload(spec.params as any, message.params, `${message.method} params`)
          assert(r._tag === "Ok", r._tag === "Invalid" ? r.error.message : "")
        } else if (message.method !== undefined) {
          assert(message.method in ClientNotifications)
        } else {
          const method = serverMethodById.get(message.id)!
          const spec = ServerRequests[method as keyof typeof ServerRequests]
          const r = decodePayload(spec.response as any, message.result, `${method} answer`)
          assert(r._tag === "Ok", r._tag === "Invalid" ? r.error.message : "")
        }
        checked++
        continue
      }
      const envelope = decodeEnvelope(line)
      assert(!("reason" in envelope), `envelope failed: ${line.slice(0, 200)}`)
      switch (envelope._tag) {
        case "Notification": {
          const n = decodeNotification(envelope.method, envelope.params)
          assert(
            n._tag === "ServerNotification",
            `${envelope.method} fell back to unknown: ${n._tag === "UnknownNotification" ? n.decodeError : ""}`
          )
          break
        }
        case "ServerRequest": {
          serverMethodById.set(envelope.id, envelope.method)
          const r = decodeServerRequest(envelope.id, envelope.method, envelope.params)
          assert(r._tag === "ServerRequest", `${envelope.method} fell back to unknown`)
          break
        }
        case "Response": {
          const method = clientMethodById.get(envelope.id)!
          const spec = ClientRequests[method as keyof typeof ClientRequests]
          const r = decodePayload(spec.response as any, envelope.result, `${method} result`)
          assert(r._tag === "Ok", r._tag === "Invalid" ? r.error.message : "")
          break
        }
        case "ErrorResponse":
          assert.fail(`unexpected error response ${line}`)
      }
      checked++
    }
    assert.strictEqual(checked, transcript.length)
  })
})
