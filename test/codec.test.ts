import { assert, describe, it } from "@effect/vitest"
import { ProtocolError } from "../src/CodexError.js"
import {
  decodeEnvelope,
  decodeNotification,
  decodePayload,
  decodeServerRequest,
  encodeErrorResponse,
  encodeNotification,
  encodeRequest,
  encodeResponse
} from "../src/internal/codec.js"
import { ClientRequests } from "../src/generated/methods.js"

const delta = {
  threadId: "t1",
  turnId: "u1",
  itemId: "i1",
  delta: "hi"
}

describe("envelope codec", () => {
  it("classifies responses, error responses, notifications and server requests", () => {
    assert.deepStrictEqual(decodeEnvelope(`{"id":1,"result":{"ok":true}}`), {
      _tag: "Response",
      id: 1,
      result: { ok: true }
    })
    assert.deepStrictEqual(decodeEnvelope(`{"id":"a","error":{"code":-32001,"message":"Server overloaded; retry later."}}`), {
      _tag: "ErrorResponse",
      id: "a",
      error: { code: -32001, message: "Server overloaded; retry later." }
    })
    assert.deepStrictEqual(decodeEnvelope(`{"method":"x/y","params":{"a":1}}`), {
      _tag: "Notification",
      method: "x/y",
      params: { a: 1 }
    })
    assert.deepStrictEqual(decodeEnvelope(`{"id":0,"method":"item/tool/call","params":{}}`), {
      _tag: "ServerRequest",
      id: 0,
      method: "item/tool/call",
      params: {}
    })
  })

  it("keeps the id's JSON type so that answers echo it exactly", () => {
    const numeric = decodeEnvelope(`{"id":0,"method":"m"}`)
    const text = decodeEnvelope(`{"id":"0","method":"m"}`)
    assert(numeric._tag === "ServerRequest" && text._tag === "ServerRequest")
    assert.strictEqual(encodeResponse(numeric.id, {}), `{"id":0,"result":{}}`)
    assert.strictEqual(encodeResponse(text.id, {}), `{"id":"0","result":{}}`)
  })

  it("a null result is still a response", () => {
    assert.deepStrictEqual(decodeEnvelope(`{"id":3,"result":null}`), { _tag: "Response", id: 3, result: null })
  })

  const malformed: Array<[string, string, ProtocolError["reason"]]> = [
    ["not JSON", "Starting codex app-server...", "InvalidJson"],
    ["truncated JSON", `{"id":1,"res`, "InvalidJson"],
    ["a number", "42", "NotAnObject"],
    ["null", "null", "NotAnObject"],
    ["an array", "[1,2]", "NotAnObject"],
    ["an empty object", "{}", "InvalidEnvelope"],
    ["a non-string method", `{"method":5}`, "InvalidEnvelope"],
    ["an object id", `{"id":{},"result":1}`, "InvalidEnvelope"],
    ["a request with a boolean id", `{"id":true,"method":"m"}`, "InvalidEnvelope"],
    ["a response with neither result nor error", `{"id":1}`, "InvalidEnvelope"],
    ["an error without a code", `{"id":1,"error":{"message":"x"}}`, "InvalidEnvelope"]
  ]
  for (const [name, line, reason] of malformed) {
    it(`turns ${name} into a ProtocolError value, without throwing`, () => {
      const result = decodeEnvelope(line)
      assert(result instanceof ProtocolError, `expected a ProtocolError for ${line}`)
      assert.strictEqual(result.reason, reason)
      assert.include(result.excerpt ?? "", line.slice(0, 10))
    })
  }

  it("bounds the excerpt of a huge malformed line", () => {
    const line = "x".repeat(1_000_000)
    const result = decodeEnvelope(line)
    assert(result instanceof ProtocolError)
    assert.isBelow(result.excerpt!.length, 400)
    assert.include(result.excerpt!, "more chars")
    assert.include(result.message, "InvalidJson")
  })

  it("decodes strings with lone surrogates (escaped or raw) without error", () => {
    const escaped = decodeEnvelope(`{"method":"item/agentMessage/delta","params":{"threadId":"t","turnId":"u","itemId":"i","delta":"\\ud83d"}}`)
    assert(escaped._tag === "Notification")
    const decoded = decodeNotification(escaped.method, escaped.params)
    assert(decoded._tag === "ServerNotification" && decoded.method === "item/agentMessage/delta")
    assert.strictEqual(decoded.params.delta, "\ud83d")
    const raw = decodeEnvelope(JSON.stringify({ method: "m", params: { s: "a\udc00b" } }))
    assert(raw._tag === "Notification")
    assert.deepStrictEqual(raw.params, { s: "a\udc00b" })
    // and encode back to well-formed JSON
    assert.strictEqual(encodeNotification("m", { s: "\ud800" }), `{"method":"m","params":{"s":"\\ud800"}}`)
  })

  it("encodes outgoing messages without a jsonrpc field, omitting absent params", () => {
    assert.strictEqual(encodeRequest(1, "thread/start", { cwd: "/x" }), `{"id":1,"method":"thread/start","params":{"cwd":"/x"}}`)
    assert.strictEqual(encodeRequest(2, "account/logout", undefined), `{"id":2,"method":"account/logout"}`)
    assert.strictEqual(encodeNotification("initialized"), `{"method":"initialized"}`)
    assert.strictEqual(
      encodeErrorResponse(7, { code: -32601, message: "no" }),
      `{"id":7,"error":{"code":-32601,"message":"no"}}`
    )
    for (const s of [encodeRequest(1, "m", {}), encodeNotification("m"), encodeResponse(1, 1)]) {
      assert.notInclude(s, "jsonrpc")
    }
  })
})

describe("payload decoding", () => {
  it("decodes a known notification to its typed variant and keeps unknown fields", () => {
    const decoded = decodeNotification("item/agentMessage/delta", { ...delta, futureField: 1 })
    assert(decoded._tag === "ServerNotification")
    assert.strictEqual(decoded.method, "item/agentMessage/delta")
    assert.deepStrictEqual(decoded.params, { ...delta, futureField: 1 } as any)
  })

  it("an unknown method becomes UnknownNotification with method and params", () => {
    const decoded = decodeNotification("future/event", { a: 1 })
    assert.deepStrictEqual(decoded, {
      _tag: "UnknownNotification",
      method: "future/event",
      params: { a: 1 },
      reason: "UnknownMethod"
    })
  })

  it("a method named like an Object.prototype member is unknown, not a lookup into the tables", () => {
    for (const method of ["toString", "__proto__", "constructor", "hasOwnProperty"]) {
      const notification = decodeNotification(method, {})
      assert(notification._tag === "UnknownNotification")
      assert.strictEqual(notification.reason, "UnknownMethod")
      const request = decodeServerRequest(1, method, {})
      assert(request._tag === "UnknownServerRequest")
      assert.strictEqual(request.reason, "UnknownMethod")
    }
  })

  it("a known method with invalid params becomes UnknownNotification carrying the decode error", () => {
    const decoded = decodeNotification("item/agentMessage/delta", { ...delta, delta: 5 })
    assert(decoded._tag === "UnknownNotification")
    assert.strictEqual(decoded.reason, "InvalidParams")
    assert.include(decoded.decodeError!, "delta")
    const missing = decodeNotification("turn/completed", { threadId: "t" })
    assert(missing._tag === "UnknownNotification")
    assert.include(missing.decodeError!, "turn")
  })

  it("discriminated unions decode by their tag (ThreadItem)", () => {
    const decoded = decodeNotification("item/completed", {
      threadId: "t",
      turnId: "u",
      completedAtMs: 1,
      item: { type: "agentMessage", id: "m", text: "hello", phase: "final_answer" }
    })
    assert(decoded._tag === "ServerNotification" && decoded.method === "item/completed")
    const item = decoded.params.item
    assert(item.type === "agentMessage")
    assert.strictEqual(item.text, "hello")
    const wrong = decodeNotification("item/completed", {
      threadId: "t",
      turnId: "u",
      completedAtMs: 1,
      item: { type: "agentMessage", id: "m" }
    })
    assert.strictEqual(wrong._tag, "UnknownNotification")
  })

  it("server requests: typed, unknown method, invalid params; the id is preserved", () => {
    const ok = decodeServerRequest(0, "item/tool/call", {
      threadId: "t",
      turnId: "u",
      callId: "c",
      tool: "x",
      arguments: {}
    })
    assert.strictEqual(ok.id, 0)
    const unknown = decodeServerRequest("s-1", "future/request", null)
    assert.deepStrictEqual(unknown, {
      _tag: "UnknownServerRequest",
      id: "s-1",
      method: "future/request",
      params: null,
      reason: "UnknownMethod"
    })
    const invalid = decodeServerRequest(4, "item/commandExecution/requestApproval", { nope: true })
    assert(invalid._tag === "UnknownServerRequest")
    assert.strictEqual(invalid.reason, "InvalidParams")
    assert.strictEqual(invalid.id, 4)
  })

  it("responses decode against the method's schema, failing with a ProtocolError naming the problem", () => {
    const ok = decodePayload(ClientRequests["thread/start"].response, { thread: { id: "x" } }, "thread/start result")
    assert.strictEqual(ok._tag, "Invalid") // a thread has more required fields
    const initialize = decodePayload(
      ClientRequests.initialize.response,
      { userAgent: "codex/1", codexHome: "/h", platformFamily: "unix", platformOs: "linux" },
      "initialize result"
    )
    assert(initialize._tag === "Ok")
    assert.strictEqual(initialize.value.userAgent, "codex/1")
    const bad = decodePayload(ClientRequests.initialize.response, { userAgent: 1 }, "initialize result")
    assert(bad._tag === "Invalid")
    assert.strictEqual(bad.error.reason, "InvalidPayload")
    assert.include(bad.error.detail, "initialize result")
  })
})
